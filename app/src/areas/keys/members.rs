//! Each member's calls (typed, pasted from Excel or imported from a CSV file) and its marketplace bid.

use super::member_table::MemberTable;
use super::settled::Settled;
use super::{read, send};
use crate::state::AppState;
use crate::view::import::{read_chosen, Reading};
use ddh_engine::keys::edit::KeysEdit as K;
use leptos::prelude::*;

/// Reads calls from CSV text for the members taking part, and stores them; a message either way.
fn import(state: AppState, text: &str) -> (bool, String) {
    let t = crate::areas::keys::texts::current();
    let h = crate::texts::import::current();
    let members = state
        .scenario
        .with_untracked(|s| ddh_engine::members::resolve(&s.members));
    let members = match members {
        Ok(members) => members,
        Err(error) => return (false, state.described(&error)),
    };
    match ddh_engine::keys::calls_csv::parse_pasted_as(text, &members, crate::format::read_number) {
        Ok(calls) => match send(state, K::ImportCalls(calls)) {
            Ok(()) => (true, t.import_done.to_owned()),
            Err(error) => (false, state.described(&error)),
        },
        Err(error) => {
            let problem = (state.texts.engine.words.problem)(&error.problem);
            (false, (h.failed)(error.line, error.column, &problem))
        }
    }
}

#[component]
pub fn Calls(state: AppState, settled: Settled) -> impl IntoView {
    let t = crate::areas::keys::texts::current();
    let h = crate::texts::import::current();
    let message = RwSignal::new(None::<(bool, String)>);
    let reading: Reading = StoredValue::new_local(None);
    let on_file = move |event: leptos::ev::Event| {
        read_chosen(&event, reading, move |text, _| {
            let outcome = match text {
                None => (false, h.unreadable.to_owned()),
                Some(text) => import(state, &text),
            };
            message.set(Some(outcome));
        });
    };
    let pasted = RwSignal::new(String::new());
    let editing = RwSignal::new(false);
    let missing = move || {
        state.areas.keys().figures.with(|r| {
            let names: Vec<&str> = r
                .iter()
                .flat_map(|r| &r.members)
                .filter(|m| !m.calls_given)
                .map(|m| m.name.as_str())
                .collect();
            (!names.is_empty()).then(|| (t.missing_calls)(&names.join(", ")))
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
            <MemberTable state=state settled=settled />
            })}
            </details>
        </section>
    }
}
