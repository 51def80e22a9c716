//! The switch to the other language. Each module is built in one language (`texts::LANGUAGE`), so
//! switching keeps the choice for the loader (public/areas.js), hands the scenario and its undo
//! history over as moving between areas does, and loads the page again in the other language.

use crate::state::AppState;
use crate::texts::{Language, LANGUAGE};
use leptos::prelude::*;

/// A button named by the other language, in that language (`lang`), so that a screen reader says
/// "English" in English.
#[component]
pub fn LanguageSwitch(state: AppState) -> impl IntoView {
    let t = state.texts;
    let other = match LANGUAGE {
        Language::Danish => Language::English,
        Language::English => Language::Danish,
    };
    let switch = move |_| {
        if !crate::storage::keep_language(other) {
            state.status.set(Some(t.language_not_kept.to_owned()));
            return;
        }
        state.hand_over();
        let _ = window().location().reload();
    };
    view! {
        <button type="button" lang=other.code() data-testid="language" on:click=switch>{t.other_language}</button>
    }
}
