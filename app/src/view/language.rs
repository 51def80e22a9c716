//! The switch to the other language. Each module is built in one language (`texts::LANGUAGE`), so
//! switching keeps the choice for the loader (public/areas.js), hands the scenario and its undo
//! history over as moving between areas does, and loads the page again in the other language. The
//! default scenario's names that the user has not changed are given in the other language.

use crate::state::AppState;
use crate::texts::{Language, LANGUAGE};
use ddh_engine::text::{rename_defaults, DEFAULT_NAMES_DA, DEFAULT_NAMES_EN};
use leptos::prelude::*;

/// A button named by the other language, in that language (`lang`), so that a screen reader says
/// "English" in English.
#[component]
pub fn LanguageSwitch(state: AppState) -> impl IntoView {
    let t = state.texts;
    let (other, other_names) = match LANGUAGE {
        Language::Danish => (Language::English, &DEFAULT_NAMES_EN),
        Language::English => (Language::Danish, &DEFAULT_NAMES_DA),
    };
    let switch = move |_| {
        // Offline, the other language's modules are not kept (public/sw.js): the page would not load.
        if !window().navigator().on_line() {
            state.status.set(Some(t.language_offline.to_owned()));
            return;
        }
        if !crate::storage::keep_language(other) {
            state.status.set(Some(t.language_not_kept.to_owned()));
            return;
        }
        state
            .scenario
            .update(|scenario| rename_defaults(scenario, t.engine.default_names, other_names));
        state.hand_over();
        let _ = window().location().reload();
    };
    view! {
        <button type="button" lang=other.code() data-testid="language" on:click=switch>{t.other_language}</button>
    }
}
