//! The scenario kept in the browser's localStorage, so that a reload brings back what the user did.
//!
//! Stored state is untrusted (another version of the app, a hand edit, a full disk): it is read through
//! the engine's own parser and a document that cannot be read is set aside, never silently dropped.

use ddh_engine::Scenario;
use gloo_storage::{LocalStorage, Storage};

const SCENARIO_KEY: &str = "ddh.scenario";
/// Where an unreadable stored scenario is moved, so the user's work can still be recovered by hand.
const UNREADABLE_KEY: &str = "ddh.scenario.unreadable";

/// What was found in storage at start.
pub enum Loaded {
    /// Nothing stored: start from the default.
    Nothing,
    Scenario(Scenario),
    /// Something stored that is not a scenario this version can read; kept under [`UNREADABLE_KEY`].
    Unreadable(String),
}

pub fn load() -> Loaded {
    let Ok(text) = LocalStorage::raw().get_item(SCENARIO_KEY) else {
        return Loaded::Nothing;
    };
    let Some(text) = text else {
        return Loaded::Nothing;
    };
    match Scenario::from_json(&text) {
        Ok(scenario) => Loaded::Scenario(scenario),
        Err(error) => {
            // Best effort: if even this fails the browser refuses storage, and the message still shows.
            let _ = LocalStorage::raw().set_item(UNREADABLE_KEY, &text);
            Loaded::Unreadable(error.to_string())
        }
    }
}

/// Saves the scenario; `Err` carries the browser's reason (private mode, quota) for the user to see.
pub fn save(scenario: &Scenario) -> Result<(), String> {
    LocalStorage::raw()
        .set_item(SCENARIO_KEY, &scenario.to_json())
        .map_err(|error| format!("{error:?}"))
}
