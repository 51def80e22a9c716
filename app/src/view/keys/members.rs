//! Each member's calls (typed, pasted from Excel or imported from a CSV file) and its marketplace bid.

use super::{read, send, signed_whole};
use crate::format::danish_number;
use crate::state::AppState;
use crate::view::fields::{whole_number, NumberField};
use crate::view::import::{read_chosen, Reading};
use ddh_engine::keys::edit::KeysEdit as K;
use ddh_engine::keys::section::{MAX_CALLS, MAX_HOURS};
use ddh_engine::Edit;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Reads calls from CSV text for the members taking part, and stores them; a message either way.
fn import(state: AppState, text: &str) -> (bool, String) {
    let t = crate::texts::keys::of(state.texts);
    let h = crate::texts::hours::of(state.texts);
    let members = state
        .scenario
        .with_untracked(|s| ddh_engine::members::resolve(&s.members));
    let members = match members {
        Ok(members) => members,
        Err(error) => return (false, state.described(&error)),
    };
    match ddh_engine::keys::calls_csv::parse(text, &members) {
        Ok(calls) => match send(state, K::ImportCalls(calls)) {
            Ok(()) => (true, t.import_done.to_owned()),
            Err(error) => (false, state.described(&error)),
        },
        Err(error) => {
            let problem = (state.texts.engine.problem)(&error.problem);
            (false, (h.import_failed)(error.line, error.column, &problem))
        }
    }
}

#[component]
pub fn Calls(state: AppState) -> impl IntoView {
    let t = crate::texts::keys::of(state.texts);
    let h = crate::texts::hours::of(state.texts);
    let message = RwSignal::new(None::<(bool, String)>);
    let reading: Reading = StoredValue::new_local(None);
    let on_file = move |event: leptos::ev::Event| {
        read_chosen(&event, reading, move |text| {
            let outcome = match text {
                None => (false, h.import_unreadable.to_owned()),
                Some(text) => import(state, &text),
            };
            message.set(Some(outcome));
        });
    };
    let pasted = RwSignal::new(String::new());
    let editing = RwSignal::new(false);
    // The members from the scenario, not from the figures: while the area is refused, its rows are
    // still there to put it right.
    let rows = Memo::new(move |_| {
        // In code order, as the engine resolves them: no sort of its own in the download.
        state.scenario.with(|s| {
            let members = ddh_engine::members::resolve(&s.members).unwrap_or_default();
            members
                .into_iter()
                .map(|m| (m.code, m.name))
                .collect::<Vec<_>>()
        })
    });
    let missing = move || {
        state.areas.keys.figures.with(|r| {
            let names: Vec<&str> = r
                .iter()
                .flat_map(|r| &r.members)
                .filter(|m| !m.calls_given)
                .map(|m| m.name.as_str())
                .collect();
            (!names.is_empty()).then(|| (t.missing_calls)(&names.join(", ")))
        })
    };
    let figure = move |code: u16, pick: fn(&ddh_engine::keys::report::MemberKeys) -> Decimal| {
        state.areas.keys.figures.with(|r| {
            r.as_ref()
                .and_then(|r| r.members.iter().find(|m| m.code == code))
                .map(pick)
        })
    };
    view! {
        <section class="panel" aria-labelledby="keys-calls-heading">
            <h3 id="keys-calls-heading">{t.calls_heading}</h3>
            <p class="note" data-testid="keys-calls-kind">
                {move || if read(state, |k| k.calls_illustrative) { t.calls_illustrative } else { t.calls_own }}
            </p>
            <button type="button" data-testid="keys-illustrative"
                disabled=move || read(state, |k| k.calls_illustrative)
                on:click=move |_| { let _ = send(state, K::UseIllustrativeCalls); }>{t.use_illustrative}</button>
            <label class="file-field">
                <span>{t.import_label}</span>
                <input type="file" accept=".csv,text/csv,text/plain" data-testid="keys-calls-import" on:change=on_file />
            </label>
            <p class="note">{t.import_format}</p>
            <label class="paste-field">
                <span>{t.paste_label}</span>
                <textarea rows="3" data-testid="keys-calls-paste" prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
            </label>
            <button type="button" data-testid="keys-calls-paste-apply"
                on:click=move |_| message.set(Some(import(state, &pasted.get_untracked())))>{t.paste_apply}</button>
            {move || message.get().map(|(ok, text)| view! {
                <p class=if ok { "status" } else { "notice" } role="alert" data-testid="keys-import-message">{text}</p>
            })}
            {move || missing().map(|text| view! { <p class="notice" data-testid="keys-missing-calls">{text}</p> })}
            // Member by member only while open: 98 rows of two fields each follow every edit.
            <details data-testid="keys-members-details" on:toggle=move |event| editing.set(event_target::<web_sys::HtmlDetailsElement>(&event).open())>
            <summary>{t.edit_members}</summary>
            {move || editing.get().then(|| view! {
            <p class="note">{t.bid_note}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.calls_heading>
                <table class="steps-table" data-testid="keys-calls-table">
                    <thead><tr>
                        <th scope="col">{t.member}</th>
                        <th scope="col">{t.calls}</th>
                        <th scope="col">{t.bid}</th>
                    </tr></thead>
                    <tbody>
                        // Rebuilt only when the members change (the memo compares them), so no keyed list.
                        {move || rows.get().into_iter().map(|(code, name)| {
                            {
                                view! {
                                    <tr>
                                        <th scope="row">{name.clone()}</th>
                                        <td><NumberField state=state key=format!("keys-calls-{code}")
                                            label=(t.calls_of)(&name) hide_label=true
                                            field="keys.calls".to_owned()
                                            value=Signal::derive(move || figure(code, |m| m.calls.into()))
                                            shown=danish_number
                                            to_edit=whole_number(state, 0, MAX_CALLS.unsigned_abs(), move |calls: i64| Edit::Keys(K::SetCalls { code, calls }))
                                            testid=format!("keys-calls-{code}") /></td>
                                        <td><NumberField state=state key=format!("keys-bid-{code}")
                                            label=(t.bid_of)(&name) hide_label=true
                                            field=Signal::derive(move || {
                                                let at = read(state, |k| k.marketplace.bids.iter().position(|b| b.code == code));
                                                at.map(|i| format!("keys.marketplace.bids[{i}].hours")).unwrap_or_default()
                                            })
                                            value=Signal::derive(move || read(state, |k| k.marketplace.bids.iter().find(|b| b.code == code).map(|b| b.hours.into())))
                                            shown=danish_number optional=true
                                            to_edit=signed_whole(state, MAX_HOURS, move |hours| K::SetBid { code, hours })
                                            restore=Callback::new(move |before: Option<Decimal>| {
                                                let hours = before.and_then(|b| i64::try_from(b).ok()).unwrap_or(0);
                                                Some(Edit::Keys(K::SetBid { code, hours }))
                                            })
                                            testid=format!("keys-bid-{code}") /></td>
                                    </tr>
                                }
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            })}
            </details>
        </section>
    }
}
