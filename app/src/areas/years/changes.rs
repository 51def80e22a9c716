//! Municipalities joining and leaving, with their days and notice (rows keyed by municipality), what
//! each leaver owes for its notice period; and the population quarters imported.

use super::{read, report, send, texts};
use crate::field_names::FieldId;
use crate::format::kroner;
use crate::state::AppState;
use crate::view::blocks::{render, Block};
use crate::view::import::{read_chosen, Reading};
use ddh_engine::dataset::{self, Municipality};
use ddh_engine::date::Date;
use ddh_engine::years::edit::YearsEdit as Y;
use ddh_engine::years::report::LeaverReport;
use ddh_engine::years::Field;
use leptos::prelude::*;

/// Every municipality, by code.
fn municipalities() -> &'static [Municipality] {
    dataset::municipalities(dataset::Quarter::default()).unwrap_or_default()
}

fn name_of(code: u16) -> &'static str {
    municipalities()
        .iter()
        .find(|m| m.code == code)
        .map_or("", |m| m.name.as_str())
}

/// A select of municipalities that adds a change: the members (`member`) or the others, less those
/// already listed.
fn add_select(
    state: AppState,
    label: &'static str,
    member: bool,
    testid: &'static str,
) -> impl IntoView {
    let y = texts::current();
    let options = move || {
        state.scenario.with(|s| {
            municipalities()
                .iter()
                .filter(|m| s.members.codes.contains(&m.code) == member)
                .filter(|m| !s.years.changes.iter().any(|c| c.code == m.code))
                .map(|m| (m.code, m.name.as_str()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <label class="choice">
            <span>{label}</span>
            <select data-testid=testid prop:value="" on:change=move |event| {
                if let Ok(code) = event_target_value(&event).parse::<u16>() {
                    send(state, Y::AddChange { code, member });
                }
            }>
                <option value="">{y.choose}</option>
                {move || options().into_iter().map(|(code, name)| view! {
                    <option value=code.to_string()>{name}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn Changes(state: AppState) -> impl IntoView {
    let y = texts::current();
    let codes = move || {
        read(state, |s| {
            s.changes.iter().map(|c| c.code).collect::<Vec<_>>()
        })
    };
    let leavers = move || report(state, |r| r.leavers.clone()).unwrap_or_default();
    view! {
        <section class="panel" aria-labelledby="changes-heading">
            <h3 id="changes-heading">{y.changes_heading}</h3>
            <p class="note">{y.changes_intro}</p>
            <div class="field-grid">
                {add_select(state, y.add_leaver, true, "add-leaver")}
                {add_select(state, y.add_joiner, false, "add-joiner")}
            </div>
            <div class="table-scroll">
            <table class="stack-narrow" data-testid="changes">
                <thead><tr>
                    <th scope="col">{y.column_municipality}</th>
                    <th scope="col">{y.column_joins}</th>
                    <th scope="col">{y.column_notice}</th>
                    <th scope="col">{y.column_leaves}</th>
                    <th scope="col">{y.column_pays}</th>
                    <th scope="col"><span class="visually-hidden">{y.remove}</span></th>
                </tr></thead>
                <tbody>
                    <For each=codes key=|code| *code children=move |code| view! { <ChangeRow state=state code=code /> } />
                </tbody>
            </table>
            </div>
            <div data-testid="leavers">
                {move || leavers().into_iter().map(|leaver| render(leaver_blocks(&leaver))).collect_view()}
            </div>
        </section>
    }
}

/// A date field of a change: empty for none; a date the browser cannot read is said here.
fn date_cell(
    state: AppState,
    code: u16,
    column: &'static str,
    field: fn(usize) -> Field,
    value: fn(&ddh_engine::years::section::MembershipChange) -> Option<Date>,
    edit: fn(u16, Option<Date>) -> Y,
) -> impl IntoView {
    let y = texts::current();
    let unreadable = RwSignal::new(false);
    let index = move || {
        read(state, |s| {
            s.changes.iter().position(|c| c.code == code).unwrap_or(0)
        })
    };
    let text = move || {
        read(state, |s| {
            s.changes.iter().find(|c| c.code == code).and_then(value)
        })
        .map(|d| d.to_string())
        .unwrap_or_default()
    };
    let error = move || state.error_at(&FieldId::of(field(index())));
    let testid = format!("change-{code}-{}", column.to_lowercase().replace(' ', "-"));
    view! {
        <td data-label=column>
            <label>
                <span class="visually-hidden">{(y.change_field)(column, name_of(code))}</span>
                <input type="date" data-testid=testid min="2000-01-01" max="2100-12-31"
                    aria-invalid=move || if error().is_some() || unreadable.get() { "true" } else { "false" }
                    prop:value=text
                    on:change=move |event| {
                        let typed = event_target_value(&event);
                        match (typed.is_empty(), Date::parse(&typed)) {
                            (true, _) => { unreadable.set(false); send(state, edit(code, None)); }
                            (false, Some(date)) => { unreadable.set(false); send(state, edit(code, Some(date))); }
                            (false, None) => unreadable.set(true),
                        }
                    }
                />
                {move || unreadable.get().then_some(view! { <span class="field-error" role="alert">{y.date_unreadable}</span> })}
                {move || error().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
            </label>
        </td>
    }
}

#[component]
fn ChangeRow(state: AppState, code: u16) -> impl IntoView {
    let y = texts::current();
    let member = move || state.scenario.with(|s| s.members.codes.contains(&code));
    let pays = move || {
        read(state, |s| {
            s.changes
                .iter()
                .find(|c| c.code == code)
                .is_some_and(|c| c.pays_notice)
        })
    };
    view! {
        <tr data-testid=format!("change-{code}")>
            <th scope="row">{name_of(code)}</th>
            {move || if member() {
                view! { <td data-label=y.column_joins>"–"</td> }.into_any()
            } else {
                date_cell(state, code, y.column_joins, Field::ChangeJoins, |c| c.joins, |code, date| Y::SetJoins { code, date }).into_any()
            }}
            {date_cell(state, code, y.column_notice, Field::ChangeNotice, |c| c.notice, |code, date| Y::SetNotice { code, date })}
            {date_cell(state, code, y.column_leaves, Field::ChangeLeaves, |c| c.leaves, |code, date| Y::SetLeaves { code, date })}
            <td data-label=y.column_pays>
                <label class="check">
                    <input type="checkbox" data-testid=format!("change-{code}-pays")
                        prop:checked=pays
                        on:change=move |event| send(state, Y::SetPaysNotice { code, pays: event_target_checked(&event) })
                    />
                    <span class="visually-hidden">{(y.change_field)(y.column_pays, name_of(code))}</span>
                </label>
            </td>
            <td>
                <button type="button" class="link" data-testid=format!("change-{code}-remove")
                    aria-label=format!("{} {}", y.remove, name_of(code))
                    on:click=move |_| send(state, Y::RemoveChange(code))>{y.remove}</button>
            </td>
        </tr>
    }
}

/// What a leaver's notice gives: its exit, its fee for the notice period, who pays it if it does not.
fn leaver_blocks(leaver: &LeaverReport) -> Vec<Block> {
    let y = texts::current();
    let date = |d: Date| crate::format::date(&d.to_string());
    let mut blocks = vec![Block::Text {
        text: (y.exit_summary)(
            &leaver.name,
            &date(leaver.notice),
            &date(leaver.earliest_exit),
            &date(leaver.exit),
        ),
        strong: String::new(),
        testid: "leaver",
    }];
    if let Ok(fee) = &leaver.fee {
        let periods: Vec<String> = leaver.notice_periods.iter().map(|&d| date(d)).collect();
        blocks.push(Block::Text {
            text: (y.fee_summary)(&periods.join(", ")),
            strong: kroner(fee.amount.kroner()),
            testid: "leaver-fee",
        });
        if leaver.outside_span {
            blocks.push(Block::Note(y.outside_span.to_owned()));
        }
        if !fee.others.is_empty() {
            let heading = if leaver.pays {
                y.others_pay_if
            } else {
                y.others_pay
            };
            blocks.push(Block::Table {
                label: heading(&leaver.name),
                head: vec![heading(&leaver.name), y.column_span.to_owned()],
                rows: fee
                    .others
                    .iter()
                    .map(|o| vec![o.name.clone(), kroner(o.total.kroner())])
                    .collect(),
                testid: "leaver-others",
            });
        }
    }
    blocks
}

#[component]
pub fn Quarters(state: AppState) -> impl IntoView {
    let y = texts::current();
    let h = crate::texts::import::current();
    let message = RwSignal::new(None::<(bool, String)>);
    let reading: Reading = StoredValue::new_local(None);
    let on_file = move |event: leptos::ev::Event| {
        read_chosen(&event, reading, move |text, name| {
            let outcome = match text.map(|text| ddh_engine::years::quarter_csv::parse(&text, &name))
            {
                None => (false, h.unreadable.to_owned()),
                Some(Err(error)) => {
                    let problem = (state.texts.engine.words.problem)(&error.problem);
                    (false, (h.failed)(error.line, error.column, &problem))
                }
                Some(Ok(tables)) => {
                    let names: Vec<String> = tables.iter().map(|t| t.quarter.to_string()).collect();
                    match state.dispatch(ddh_engine::Edit::Years(Y::ImportQuarters(tables))) {
                        Ok(()) => (true, (y.import_done)(&names.join(", "))),
                        Err(error) => (false, state.described(&error)),
                    }
                }
            };
            message.set(Some(outcome));
        });
    };
    let quarters = move || {
        read(state, |s| {
            s.quarters
                .iter()
                .map(|q| (q.quarter, q.source.clone(), q.populations.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="panel" aria-labelledby="quarters-heading">
            <h3 id="quarters-heading">{y.quarters_heading}</h3>
            <p class="note">{y.quarters_intro}</p>
            <label class="file-field">
                <span>{y.import_label}</span>
                <input type="file" accept=".csv,text/csv,text/plain" data-testid="quarters-import" on:change=on_file />
            </label>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "status" } else { "notice" } role="alert" data-testid="quarters-message">{text}</p>
            })}
            <ul data-testid="quarters">
                {move || quarters().into_iter().map(|(quarter, source, count)| view! {
                    <li>
                        {format!("{quarter} · {source} · {count}")}" "
                        <button type="button" class="link" data-testid=format!("quarter-{quarter}-remove")
                            on:click=move |_| send(state, Y::RemoveQuarter(quarter))>{(y.remove_quarter)(&quarter.to_string())}</button>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
