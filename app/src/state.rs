//! The app's state: the scenario, its report, and what the views need to reach them.

use ddh_engine::{evaluate, Error, Report, Scenario};
use leptos::prelude::*;

/// Shared by every view. `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Result<Report, Error>>,
}

impl AppState {
    pub fn new(initial: Scenario) -> AppState {
        let scenario = RwSignal::new(initial);
        let report = Memo::new(move |_| scenario.with(evaluate));
        AppState { scenario, report }
    }

    /// The engine's message when it refuses exactly `field`, for showing next to that input.
    pub fn error_at(self, field: &str) -> Option<String> {
        self.report.with(|report| match report {
            Err(error) if error.field == field => Some(error.problem.to_string()),
            _ => None,
        })
    }
}
