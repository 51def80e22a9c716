//! The DDH app: a Leptos client-side shell around the engine.
//!
//! One `RwSignal<Scenario>` is the single source of truth; the report is a `Memo` of it. Views read the
//! report and format it, and change the scenario only by dispatching the engine's edits; they compute
//! nothing of their own.
//!
//! Each area of the app is a module of its own (`src/bin/`), loaded when the area is first shown (see
//! `public/areas.js`): a first visit downloads the frame and one area, not every area.

pub mod areas;
pub mod chart;
pub mod export;
mod field_names;
pub mod format;
pub mod locale;
mod state;
mod storage;
pub mod texts;
mod view;

/// Starts area `A` in the page. Each area's `start` calls this, and each module's `main`
/// (`src/bin/ddh-<slug>.rs`) calls its area's `start`: instantiated here, inside the library, rather
/// than in the module's `main` (another crate), because there the same code measured 5,6 KB gzip more
/// in every module.
fn mount<A: areas::Area>() {
    // A panic would stop the page; this at least tells the console why.
    console_error_panic_hook::set_once();
    view::mount::<A>();
}
