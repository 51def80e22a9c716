//! The app's state: the scenario, its report, and what the views need to reach them.

use ddh_engine::{evaluate, Error, Report, Scenario};
use leptos::prelude::*;

/// Shared by every view. `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Result<Report, Error>>,
    /// Counts replacements of the scenario from outside its fields (reset, undo, a preset, a removed
    /// row). Rows are keyed by it, so text half-typed into a field never lands on another row.
    pub generation: RwSignal<u32>,
    /// Names of the fields holding text that is not a number: the results use their last good value,
    /// and say so.
    pub unreadable: RwSignal<Vec<String>>,
}

impl AppState {
    pub fn new(initial: Scenario) -> AppState {
        let scenario = RwSignal::new(initial);
        let report = Memo::new(move |_| scenario.with(evaluate));
        AppState {
            scenario,
            report,
            generation: RwSignal::new(0),
            unreadable: RwSignal::new(Vec::new()),
        }
    }

    /// Changes the scenario in a way that moves or replaces rows: fields start again from the scenario.
    pub fn restructure(self, change: impl FnOnce(&mut Scenario)) {
        self.scenario.update(change);
        self.generation.update(|g| *g = g.wrapping_add(1));
    }

    /// Records whether the field named `label` holds unreadable text.
    pub fn mark_unreadable(self, label: &str, unreadable: bool) {
        let listed = self
            .unreadable
            .with_untracked(|all| all.iter().any(|l| l == label));
        if unreadable && !listed {
            self.unreadable.update(|all| all.push(label.to_owned()));
        } else if !unreadable && listed {
            self.unreadable.update(|all| all.retain(|l| l != label));
        }
    }

    /// The engine's message when it refuses exactly `field`, for showing next to that input.
    pub fn error_at(self, field: &str) -> Option<String> {
        self.report.with(|report| match report {
            Err(error) if error.field == field => Some(error.problem.to_string()),
            _ => None,
        })
    }
}
