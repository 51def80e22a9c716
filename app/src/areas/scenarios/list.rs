//! The list of named scenarios: each with its name (renamed in place), its price per citizen and
//! members, a tick box for comparing, and open, copy and delete; below it, saving the current scenario
//! as a new one, undoing a deletion, and what the last action did.

use super::library::{Library, Notice};
use crate::format::{count, kroner};
use crate::state::AppState;
use crate::storage::library::Kept;
use ddh_engine::Evaluation;
use leptos::prelude::*;

#[component]
pub fn ScenarioList(state: AppState, library: Library) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let ids = move || library.index.with(|index| index.ids.clone());
    let notice = move |alert: bool| {
        move || {
            library
                .notice
                .get()
                .filter(|notice: &Notice| notice.alert == alert)
                .map(|notice| notice.text)
        }
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=t.heading>
            <table class="scenario-table stack-narrow" data-testid="scenario-list">
                <thead>
                    <tr>
                        <th scope="col">{t.column_compare}</th>
                        <th scope="col">{t.column_name}</th>
                        <th scope="col" class="number">{t.column_price}</th>
                        <th scope="col" class="number">{t.column_members}</th>
                        <th scope="col">{t.column_actions}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=ids key=|id| *id children=move |id| view! { <ScenarioRow state=state library=library id=id /> } />
                </tbody>
            </table>
        </div>
        <div class="bar-actions list-actions">
            <button type="button" data-testid="create-scenario" on:click=move |_| library.create()>{t.create}</button>
            {move || library.can_undo_delete().then(|| view! {
                <button type="button" data-testid="undo-delete" on:click=move |_| library.undo_delete()>{t.undo_delete}</button>
            })}
        </div>
        <p class="status-line" role="status" data-testid="library-notice">{notice(false)}</p>
        {move || notice(true)().map(|text| view! { <p class="notice" role="alert" data-testid="library-alert">{text}</p> })}
    }
}

/// What a row shows of its scenario.
#[derive(Clone, PartialEq)]
enum Row {
    Readable {
        name: String,
        price: Option<String>,
        members: Option<String>,
    },
    Unreadable(String),
    Missing,
}

#[component]
fn ScenarioRow(state: AppState, library: Library, id: u32) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let engine = state.texts.engine;
    let row = Memo::new(move |_| {
        library.with_kept(id, |kept| match kept {
            Some(Kept::Scenario(scenario)) => {
                let tender = Evaluation::new(scenario).tender().ok();
                Row::Readable {
                    name: scenario.name.clone(),
                    price: tender.as_ref().map(|t| kroner(t.price_per_citizen)),
                    members: tender.as_ref().map(|t| count(t.member_count as u64)),
                }
            }
            Some(Kept::Unreadable { error, .. }) => {
                let problem = (engine.words.problem)(&error.problem);
                Row::Unreadable(if error.field.is_empty() {
                    problem
                } else {
                    format!("{}: {problem}", error.field)
                })
            }
            _ => Row::Missing,
        })
    });
    let name = move || match row.get() {
        Row::Readable { name, .. } => name,
        _ => String::new(),
    };
    let readable = move || matches!(row.get(), Row::Readable { .. });
    let active = move || library.is_active(id);
    let ticked = move || library.compared.with(|c| c.contains(&id));
    let full = move || library.compared.with(|c| c.len() >= 3);
    let only_one = move || library.index.with(|index| index.ids.len() < 2);
    let position = move || {
        library
            .index
            .with(|index| index.ids.iter().position(|&i| i == id).unwrap_or(0) + 1)
    };
    let problem = move || {
        library
            .name_problems
            .with(|p| p.iter().find(|(i, _)| *i == id).map(|(_, m)| m.clone()))
    };
    let error_id = format!("scenario-name-{id}-problem");
    let figure = move |pick: fn(&Row) -> Option<String>| {
        move || pick(&row.get()).unwrap_or_else(|| "–".to_owned())
    };
    let labelled = move |action: &'static str| move || (t.action_on)(action, &name());
    view! {
        <tr data-testid=format!("scenario-{id}") class:active-row=active aria-current=move || active().then_some("true")>
            <td>
                <input type="checkbox" data-testid=format!("compare-{id}")
                    aria-label=move || (t.compare_of)(&name())
                    prop:checked=ticked
                    disabled=move || !readable() || (full() && !ticked())
                    on:change=move |event| library.toggle_compared(id, event_target_checked(&event)) />
            </td>
            <td>
                {move || match row.get() {
                    Row::Readable { .. } => {
                        let error_id = error_id.clone();
                        view! {
                            <input type="text" class="scenario-name" data-testid=format!("scenario-name-{id}")
                                aria-label=move || (t.name_of)(position())
                                aria-invalid=move || problem().is_some().then_some("true")
                                aria-describedby=move || problem().is_some().then(|| error_id.clone())
                                prop:value=name
                                on:change=move |event| library.rename(id, &event_target_value(&event)) />
                            {move || active().then(|| view! { <span class="active-mark">{t.active_mark}</span> })}
                            {move || problem().map(|message| view! {
                                <p class="field-error" id=format!("scenario-name-{id}-problem") role="alert">{message}</p>
                            })}
                        }.into_any()
                    }
                    Row::Unreadable(reason) => view! {
                        <p class="field-error">{t.unreadable_entry}" "{reason}</p>
                    }.into_any(),
                    Row::Missing => view! { <p class="field-error">{t.missing_entry}</p> }.into_any(),
                }}
            </td>
            <td class="number" data-label=t.column_price>{figure(|r| match r { Row::Readable { price, .. } => price.clone(), _ => None })}</td>
            <td class="number" data-label=t.column_members>{figure(|r| match r { Row::Readable { members, .. } => members.clone(), _ => None })}</td>
            <td class="row-actions">
                <button type="button" data-testid=format!("open-{id}") aria-label=labelled(t.open)
                    disabled=move || active() || !readable() on:click=move |_| library.open(id)>{t.open}</button>
                <button type="button" data-testid=format!("duplicate-{id}") aria-label=labelled(t.duplicate)
                    disabled=move || !readable() on:click=move |_| library.duplicate(id)>{t.duplicate}</button>
                <button type="button" data-testid=format!("delete-{id}") aria-label=labelled(t.delete)
                    disabled=only_one on:click=move |_| library.delete(id)>{t.delete}</button>
            </td>
        </tr>
    }
}
