//! The DDH app: a Leptos client-side shell around the engine.
//!
//! One `RwSignal<Scenario>` is the single source of truth; the report is a `Memo` of it. Views read the
//! report and format it, and change the scenario only by dispatching the engine's edits; they compute
//! nothing of their own.

pub mod chart;
mod field_names;
pub mod format;
mod state;
mod storage;
pub mod texts;
mod view;

/// Starts the app in the page's body.
pub fn mount() {
    // A panic would stop the page; this at least tells the console why.
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(view::App);
}
