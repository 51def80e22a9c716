//! Inputs that keep what the user typed: a text that is not a number stays in the field with a message,
//! and the engine's objection to a value is shown next to the field it concerns.

use crate::format::{read_count, read_number, ReadError};
use crate::state::AppState;
use crate::texts::DA;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A number input in Danish format. `shown` is the scenario's value as text; `commit` receives every
/// number the user types; `field` is the scenario path the engine uses in its errors.
#[component]
pub fn NumberField(
    state: AppState,
    #[prop(into)] label: String,
    #[prop(into)] field: Signal<String>,
    #[prop(into)] shown: Signal<String>,
    commit: Callback<Decimal>,
    #[prop(optional, into)] testid: String,
    #[prop(optional)] hide_label: bool,
    /// Accept whole numbers only (a population, a count).
    #[prop(optional)]
    whole: bool,
) -> impl IntoView {
    let read = move |text: &str| {
        if whole {
            read_count(text).map(Decimal::from)
        } else {
            read_number(text)
        }
    };
    // What the user is typing, kept until the field is left with a readable number.
    let draft = RwSignal::new(None::<String>);
    let read_problem = move || {
        draft.get().and_then(|text| match read(&text) {
            Ok(_) => None,
            Err(ReadError::Empty) => Some(DA.empty_number.to_owned()),
            Err(ReadError::NotANumber) if whole => Some(format!("\"{text}\" {}", DA.not_whole)),
            Err(ReadError::NotANumber) => Some(format!("\"{text}\" {}", DA.not_a_number)),
        })
    };
    let problem = move || read_problem().or_else(|| state.error_at(&field.get()));
    let on_input = move |event| {
        let text = event_target_value(&event);
        if let Ok(number) = read(&text) {
            commit.run(number);
        }
        draft.set(Some(text));
    };
    let on_change = move |event| {
        if read(&event_target_value(&event)).is_ok() {
            draft.set(None);
        }
    };
    view! {
        <label class="number-field" class:invalid=move || problem().is_some()>
            <span class:visually-hidden=hide_label>{label}</span>
            <input
                type="text"
                inputmode="decimal"
                data-testid=testid
                aria-invalid=move || if problem().is_some() { "true" } else { "false" }
                prop:value=move || draft.get().unwrap_or_else(|| shown.get())
                on:input=on_input
                on:change=on_change
            />
            {move || problem().map(|message| view! { <span class="field-error" role="alert">{message}</span> })}
        </label>
    }
}
