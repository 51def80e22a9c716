//! The scenario kept in the browser's localStorage, so that a reload brings back what the user did.
//!
//! Stored state is untrusted (another version of the app, a hand edit, a full disk): it is read through
//! the engine's own parser, which migrates older versions, and a document that cannot be read is set
//! aside, never silently dropped. A browser that refuses storage altogether (blocked site data, some
//! managed browsers) or whose storage is full is told to the user in their language; the app works on
//! without saving.

pub mod library;

use ddh_engine::document::sections::Sections;
use ddh_engine::history::{self, History};
use ddh_engine::{Error, Scenario};
use web_sys::Storage;

const SCENARIO_KEY: &str = "ddh.scenario";
/// The scenario and its undo history, handed from the area left to the area shown (sessionStorage:
/// this tab only, gone with it).
const HAND_OVER_KEY: &str = "ddh.hand-over";
/// The language chosen, by its code (`en`); read by the loader (public/areas.js) to pick the modules.
const LANGUAGE_KEY: &str = "ddh.language";
/// Where an unreadable stored scenario is moved, so the user's work can still be recovered by hand.
const UNREADABLE_KEY: &str = "ddh.scenario.unreadable";

/// What was found in storage at start.
pub enum Loaded {
    /// Nothing stored: start from the default.
    Nothing,
    Scenario(Box<Scenario>),
    /// Something stored that is not a scenario this version can read; kept under [`UNREADABLE_KEY`].
    Unreadable(Error),
}

/// Why the scenario could not be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser gives no storage to this page.
    NoStorage,
    /// The storage is full.
    Full,
    /// The browser refused for another reason.
    Refused,
}

/// The page's localStorage, or `None` where the browser refuses it. Reading `window.localStorage`
/// itself throws when site data is blocked, so nothing here may assume it exists.
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps `language` as the user's choice, for the loader to pick its modules at the next load; false
/// where the browser refuses storage.
pub fn keep_language(language: crate::locale::Language) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(LANGUAGE_KEY, language.code()).is_ok())
}

/// The saved scenario, its sections read as `sections` name (the module's own areas', `Area::SECTIONS`).
pub fn load(sections: &Sections) -> Loaded {
    let Some(text) =
        local_storage().and_then(|storage| storage.get_item(SCENARIO_KEY).ok().flatten())
    else {
        return Loaded::Nothing;
    };
    match Scenario::from_json_reading(&text, sections) {
        Ok(scenario) => Loaded::Scenario(Box::new(scenario)),
        Err(error) => {
            // Best effort: if this fails too, the message still shows and the text stays under its key.
            if let Some(storage) = local_storage() {
                let _ = storage.set_item(UNREADABLE_KEY, &text);
            }
            Loaded::Unreadable(error)
        }
    }
}

/// Saves the scenario, or says why the browser would not.
pub fn save(scenario: &Scenario) -> Result<(), SaveProblem> {
    set(SCENARIO_KEY, &scenario.to_json())
}

/// Stores `text` under `key`, or says why the browser would not.
fn set(key: &str, text: &str) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::NoStorage)?;
    storage.set_item(key, text).map_err(|error| {
        use leptos::wasm_bindgen::JsCast;
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name);
        match name.as_deref() {
            Some("QuotaExceededError") => SaveProblem::Full,
            _ => SaveProblem::Refused,
        }
    })
}

/// Leaves the scenario and its history for the area shown next. Best effort: without it, the next
/// area takes the saved scenario up as a step of its own.
pub fn hand_over(scenario: &Scenario, history: &History) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(HAND_OVER_KEY, &history::hand_over(scenario, history));
    }
}

/// What the area left handed over, taken once: a later reload starts from the saved scenario. Text
/// that cannot be read is dropped (the saved scenario is the user's work; this is only its history).
/// Its sections are read as `sections` name, as [`load`]'s.
pub fn take_over(sections: &Sections) -> Option<(Scenario, History)> {
    let storage = session_storage()?;
    let text = storage.get_item(HAND_OVER_KEY).ok().flatten()?;
    let _ = storage.remove_item(HAND_OVER_KEY);
    history::take_over(&text, sections).ok()
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
