//! The DDH app: a Leptos client-side shell around the engine.
//!
//! One `RwSignal<Scenario>` is the single source of truth; the report is a `Memo` of it. Views read the
//! report and format it, and change the scenario only by dispatching the engine's edits; they compute
//! nothing of their own.
//!
//! Each area of the app is a module of its own (`src/bin/`), loaded when the area is first shown (see
//! `public/areas.js`): a first visit downloads the frame and one area, not every area.

pub mod chart;
pub mod export;
mod field_names;
pub mod format;
pub mod locale;
mod state;
mod storage;
pub mod texts;
mod view;

/// Starts the tender area (Udbud) in the page: the module `ddh-udbud`.
pub fn mount_tender() {
    start(view::AreaId::Tender, view::tender, state::tender_areas);
}

/// Starts the procurement area (Indkøb) in the page: the module `ddh-indkob`.
pub fn mount_procurement() {
    start(
        view::AreaId::Procurement,
        view::procurement,
        state::procurement_areas,
    );
}

/// Starts the opening-hours area (Åbningstid) in the page: the module `ddh-aabningstid`.
pub fn mount_hours() {
    start(view::AreaId::Hours, view::hours, state::hours_areas);
}

/// Starts the allocation keys area (Fordeling) in the page: the module `ddh-fordeling`.
pub fn mount_keys() {
    start(view::AreaId::Keys, view::keys, state::keys_areas);
}

/// Starts the scenarios area (Scenarier) in the page: the module `ddh-scenarier`.
pub fn mount_scenarios() {
    start(
        view::AreaId::Scenarios,
        view::scenarios,
        state::scenarios_areas,
    );
}

/// Starts the presentation (Præsentér) in the page: the module `ddh-praesentation`.
pub fn mount_present() {
    start(view::AreaId::Present, view::present, state::scenarios_areas);
}

fn start<V: leptos::IntoView + 'static>(
    area: view::AreaId,
    body: fn(state::AppState) -> V,
    evaluate: state::Evaluator,
) {
    // A panic would stop the page; this at least tells the console why.
    console_error_panic_hook::set_once();
    view::mount(area, body, evaluate);
}
