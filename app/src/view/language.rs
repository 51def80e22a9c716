//! The switch to another language. Each module is built in one language ([`LANGUAGE`]), so switching
//! keeps the choice for the loader (public/areas.js), hands the scenario and its undo history over as
//! moving between areas does, and loads the page again in the language chosen. The default scenario's
//! names that the user has not changed are given in that language.

use crate::locale::{Language, LANGUAGE};
use crate::state::AppState;
use ddh_engine::text::rename_defaults;
use leptos::prelude::*;

/// A button for each other language, named in that language (`lang`), so that a screen reader says
/// "English" in English.
#[component]
pub fn LanguageSwitch(state: AppState) -> impl IntoView {
    Language::ALL
        .into_iter()
        .filter(|&language| language != LANGUAGE)
        .map(|language| view! { <SwitchTo state language /> })
        .collect_view()
}

#[component]
fn SwitchTo(state: AppState, language: Language) -> impl IntoView {
    let t = state.texts;
    let switch = move |_| {
        // Offline, the other language's modules are not kept (public/sw.js): the page would not load.
        if !window().navigator().on_line() {
            state.status.set(Some(t.language_offline.to_owned()));
            return;
        }
        if !crate::storage::keep_language(language) {
            state.status.set(Some(t.language_not_kept.to_owned()));
            return;
        }
        state.scenario.update(|scenario| {
            rename_defaults(scenario, t.engine.default_names, language.default_names())
        });
        state.hand_over();
        let _ = window().location().reload();
    };
    view! {
        <button type="button" lang=language.code() data-testid="language" on:click=switch>{language.name()}</button>
    }
}
