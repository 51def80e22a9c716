//! The page: one section per area, each a component that reads the shared state.

mod budget;
mod fields;
mod leaving;
mod members;
mod results;

use crate::format::{count, kroner};
use crate::state::AppState;
use crate::storage::{self, Loaded};
use crate::texts::DA;
use ddh_engine::Scenario;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let (initial, load_problem) = match storage::load() {
        Loaded::Nothing => (Scenario::default(), None),
        Loaded::Scenario(scenario) => (scenario, None),
        Loaded::Unreadable(reason) => (Scenario::default(), Some(reason)),
    };
    let state = AppState::new(initial);
    let save_problem = RwSignal::new(None::<String>);
    // Autosave: the only bridge to the outside world, so that a reload finds the user's work.
    Effect::new(move |_| {
        let result = state.scenario.with(storage::save);
        save_problem.set(result.err());
    });
    let before_reset = RwSignal::new(None::<Scenario>);
    let reset = move |_| {
        before_reset.set(Some(state.scenario.get_untracked()));
        state.restructure(|s| *s = Scenario::default());
    };
    let undo_reset = move |_| {
        if let Some(previous) = before_reset.get_untracked() {
            state.restructure(|s| *s = previous);
        }
        before_reset.set(None);
    };
    // Undo is offered only while nothing has changed since the reset; undoing later edits would lose them.
    let can_undo = move || {
        before_reset.with(Option::is_some) && state.scenario.with(|s| *s == Scenario::default())
    };

    // The key figures stay in view (and are read out) while the user edits further down the page.
    let summary = move || {
        state.report.with(|report| match report {
            Ok(report) => format!(
                "{} {} · {} {} · {} {} · {} {}",
                DA.price_per_citizen,
                kroner(report.tender.price_per_citizen),
                report.tender.member_count,
                DA.summary_members,
                count(report.tender.population),
                DA.summary_citizens,
                DA.total,
                kroner(report.tender.total.kroner()),
            ),
            Err(_) => DA.cannot_compute.trim_end_matches(':').to_owned(),
        })
    };
    view! {
        <nav class="skip-links" aria-label=DA.skip_to>
            <a href="#resultat">{DA.skip_to}" "{DA.results_heading}</a>
            <a href="#medlemmer">{DA.skip_to}" "{DA.members_heading}</a>
            <a href="#budget">{DA.skip_to}" "{DA.budget_heading}</a>
            <a href="#fraald">{DA.skip_to}" "{DA.leaving_heading}</a>
        </nav>
        <header class="page-header">
            <div>
                <h1>{DA.title}</h1>
                <p class="tagline">{DA.tagline}</p>
                <p class="summary" aria-live="polite" data-testid="summary">{summary}</p>
            </div>
            <div class="header-actions">
                <button type="button" data-testid="reset" on:click=reset>{DA.reset}</button>
                <Show when=can_undo>
                    <button type="button" data-testid="undo-reset" on:click=undo_reset>{DA.undo_reset}</button>
                </Show>
            </div>
        </header>
        {load_problem.map(|reason| view! {
            <p class="notice" role="alert" data-testid="load-problem">{DA.saved_unreadable}" "{reason}</p>
        })}
        {move || save_problem.get().map(|reason| view! {
            <p class="notice" role="alert">{DA.save_failed}" "{reason}</p>
        })}
        <main>
            <results::Results state=state />
            <div class="columns">
                <members::Members state=state />
                <budget::Budget state=state />
            </div>
            <leaving::Leaving state=state />
        </main>
    }
}
