//! Inputs that keep what the user typed: a text that is not a number stays in the field with a message,
//! a number the scenario cannot hold is refused with a message, and the engine's objection to a value
//! is shown next to the field it concerns.

use crate::format::{count, read_number, read_price, ReadError};
use crate::state::AppState;
use crate::texts::DA;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How a field reads what is typed.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Reading {
    /// Kroner and counts in Danish format: `1.550.000,00`, `400.000`.
    #[default]
    Amount,
    /// A price per citizen: small, so a single dot is a decimal point (`1.25`), as is a comma.
    Price,
}

/// A number input in Danish format. `shown` is the scenario's value as text; `commit` receives every
/// readable number typed and returns `Some(message)` when the scenario cannot take it; `field` is the
/// scenario path the engine uses in its errors.
#[component]
pub fn NumberField(
    state: AppState,
    #[prop(into)] label: String,
    #[prop(into)] field: Signal<String>,
    #[prop(into)] shown: Signal<String>,
    commit: Callback<Decimal, Option<String>>,
    #[prop(optional, into)] testid: String,
    #[prop(optional)] hide_label: bool,
    #[prop(optional)] reading: Reading,
) -> impl IntoView {
    let read = move |text: &str| match reading {
        Reading::Amount => read_number(text),
        Reading::Price => read_price(text),
    };
    // What the user is typing, kept until the field is left with a number the scenario took.
    let draft = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    // A number still being typed ("1.550.") is not yet an error.
    let unfinished = |text: &str| text.ends_with(['.', ',']);
    let read_problem = move || {
        let text = draft.get()?;
        if unfinished(&text) {
            return None;
        }
        match read(&text) {
            Ok(_) => refused.get(),
            Err(ReadError::Empty) => Some(DA.empty_number.to_owned()),
            Err(ReadError::NotANumber) => Some(format!("\"{text}\" {}", DA.not_a_number)),
        }
    };
    let name = label.clone();
    on_cleanup(move || {
        if let Some(unreadable) = state.unreadable.try_get_untracked() {
            if unreadable.contains(&name) {
                state.unreadable.update(|all| all.retain(|l| l != &name));
            }
        }
    });
    let name = label.clone();
    let problem = move || read_problem().or_else(|| state.error_at(&field.get()));
    let on_input = move |event| {
        let text = event_target_value(&event);
        let number = read(&text);
        refused.set(number.as_ref().ok().and_then(|n| commit.run(*n)));
        state.mark_unreadable(&name, number.is_err() && !unfinished(&text));
        draft.set(Some(text));
    };
    let on_change = move |event| {
        if read(&event_target_value(&event)).is_ok() && refused.get_untracked().is_none() {
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

/// A commit for a whole number in `min..=max` (a count, a population, a seed): anything else is
/// refused with a message that states the range in Danish.
pub fn whole_number<T: TryFrom<u64> + 'static>(
    min: u64,
    max: u64,
    store: impl Fn(T) + Send + Sync + 'static,
) -> Callback<Decimal, Option<String>> {
    Callback::new(move |number: Decimal| {
        let whole = number
            .fract()
            .is_zero()
            .then(|| u64::try_from(number).ok())
            .flatten()
            .filter(|n| (min..=max).contains(n))
            .and_then(|n| T::try_from(n).ok());
        match whole {
            Some(value) => {
                store(value);
                None
            }
            None if max == u64::MAX => Some(format!("{} {}", DA.whole_from, count(min))),
            None => Some(format!(
                "{} {} og {}",
                DA.whole_between,
                count(min),
                count(max)
            )),
        }
    })
}
