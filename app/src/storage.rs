//! The scenario kept in the browser's localStorage, so that a reload brings back what the user did.
//!
//! Stored state is untrusted (another version of the app, a hand edit, a full disk): it is read through
//! the engine's own parser, which migrates older versions, and a document that cannot be read is set
//! aside, never silently dropped. A browser that refuses storage altogether (blocked site data, some
//! managed browsers) or whose storage is full is told to the user in their language; the app works on
//! without saving.

use ddh_engine::{Error, Scenario};
use web_sys::Storage;

const SCENARIO_KEY: &str = "ddh.scenario";
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

pub fn load() -> Loaded {
    let Some(text) =
        local_storage().and_then(|storage| storage.get_item(SCENARIO_KEY).ok().flatten())
    else {
        return Loaded::Nothing;
    };
    match Scenario::from_json(&text) {
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
    let storage = local_storage().ok_or(SaveProblem::NoStorage)?;
    storage
        .set_item(SCENARIO_KEY, &scenario.to_json())
        .map_err(|error| {
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
