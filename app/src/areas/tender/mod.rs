//! The tender area (Udbud): the key figures, the members and the budget, and who could leave.

mod budget;
pub(crate) mod chart;
pub(crate) mod leaving;
mod members;
mod results;

use crate::state::{area, computed, AppState, Areas};
use crate::view::headline::Headline;
use ddh_engine::document::sections::Sections;
use ddh_engine::Scenario;
use leptos::prelude::*;

/// Starts the tender area (Udbud) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The tender area's module (`ddh-udbud`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Tender;
    // Members, tender and leaving are read by every module.
    const SECTIONS: Sections = Sections::NONE;

    fn headline(state: AppState) -> Option<Headline> {
        results::headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        let t = state.texts;
        view! {
            <nav class="skip-links" aria-label=t.skip_to>
                <a href="#resultat">{t.skip_to}" "{t.results_heading}</a>
                <a href="#medlemmer">{t.skip_to}" "{t.members_heading}</a>
                <a href="#budget">{t.skip_to}" "{t.budget_heading}</a>
                <a href="#fraald">{t.skip_to}" "{t.leaving_heading}</a>
            </nav>
            <results::Results state=state />
            <div class="columns">
                <members::Members state=state />
                <budget::Budget state=state />
            </div>
            <leaving::Leaving state=state />
        }
    }

    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| (e.budget(), e.tender(), e.leaving()));
        Areas {
            budget: Some(area(report, |r| &r.0)),
            tender: Some(area(report, |r| &r.1)),
            leaving: Some(area(report, |r| &r.2)),
            procurement: None,
            offers: None,
            hours: None,
            keys: None,
            years: None,
        }
    }
}
