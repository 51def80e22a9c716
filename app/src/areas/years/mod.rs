//! The budget years area (Budgetår): the costs projected over a span of years, each regulated by
//! January's net price index, each year's members, quarter and bills, the members joining and leaving
//! with notice, and what a leaver owes for its notice period.

mod changes;
pub(crate) mod chart;
mod index;
mod labels;
mod results;
mod settings;
pub(crate) mod texts;

use crate::format::{kroner, percent};
use crate::state::{area, computed, AppState, Areas};
use crate::texts::Texts;
use crate::view::headline::{Answer, Figure, Headline};
use crate::view::AreaNotice;
use ddh_engine::document::sections::{self, Sections};
use ddh_engine::years::edit::YearsEdit;
use ddh_engine::years::report::YearsReport;
use ddh_engine::years::section::Years;
use ddh_engine::{Edit, Scenario};
use leptos::prelude::*;

/// Reads the years section.
fn read<R>(state: AppState, pick: impl FnOnce(&Years) -> R) -> R {
    state.scenario.with(|s| pick(&s.years))
}

/// Dispatches a years edit; the engine refuses only edits of costs and changes that are gone, which
/// leaves nothing to tell the user.
fn send(state: AppState, edit: YearsEdit) {
    let _ = state.dispatch(Edit::Years(edit));
}

/// The area's answer: the first year's price per citizen, the change to the last year, and what the
/// years cost in all; while a January value is missing, which ones, where the answer would be.
fn headline(state: AppState) -> Option<Headline> {
    let y = texts::current();
    let area = state.areas.years();
    let stale = area.error.with(Option::is_some);
    area.figures.with(|report| {
        let report = report.as_ref()?;
        let first = report.years.first()?;
        let label = (y.price_in)(first.year);
        let price = match &first.figures {
            Ok(figures) => kroner(figures.price_per_citizen),
            Err(_) => y.not_known.to_owned(),
        };
        let main = Figure::new(label.clone(), price, "headline-price");
        let (change, total) = match &report.totals {
            Ok(totals) => (
                percent(totals.change_percent),
                kroner(totals.total.kroner()),
            ),
            Err(_) => (y.not_known.to_owned(), y.not_known.to_owned()),
        };
        let change = Figure::new(
            (y.change_over)(report.first_year, report.last_year),
            change,
            "headline-change",
        );
        let total = Figure::new(y.span_total, total, "headline-total");
        let bar = (y.bar)(
            &label,
            &main.value,
            &format!("{} {}", change.label, change.value),
        );
        let missing: Vec<String> = report
            .januaries
            .iter()
            .filter(|j| j.point.is_none())
            .map(|j| j.year.to_string())
            .collect();
        let mut qualifiers = vec![change, total];
        if !missing.is_empty() {
            let missing = Figure::new(y.missing_januaries, missing.join(", "), "headline-missing");
            qualifiers.push(missing);
        }
        Some(Headline {
            main,
            qualifiers,
            bar,
            stale,
        })
    })
}

#[component]
fn YearsArea(state: AppState) -> impl IntoView {
    let y = texts::current();
    let area = state.areas.years();
    let has_figures = Signal::derive(move || area.figures.with(Option::is_some));
    view! {
        <section class="area" aria-labelledby="years-heading">
            <h2 id="years-heading">{y.heading}</h2>
            <p class="note">{y.intro}</p>
            <Answer state=state headline=headline />
            <div class="area-figures" class:stale=move || area.error.with(Option::is_some) data-testid="years-figures">
                <AreaNotice state=state error=area.error has_figures=has_figures testid="years-error" />
                <results::YearTable state=state />
            </div>
            <index::Index state=state />
            <chart::PriceChart state=state />
            <div class="columns">
                <settings::Span state=state />
                <settings::Projected state=state />
            </div>
            <settings::Costs state=state />
            <changes::Changes state=state />
            <changes::Quarters state=state />
            <results::Lines state=state />
            <results::Bills state=state />
            <chart::BillsChart state=state />
            <p class="note">{y.rounding}</p>
        </section>
    }
}

/// Starts the budget years area (Budgetår) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The budget years area's module (`ddh-budgetaar`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Years;
    // The other areas' sections are read for what the years project (the staffing, the purchase's
    // lines, the key's parameters), and edited where they are shown.
    const SECTIONS: Sections = Sections {
        procurement: Some(sections::PROCUREMENT.read_only()),
        hours: Some(sections::HOURS.read_only()),
        keys: Some(sections::KEYS.read_only()),
        years: Some(sections::YEARS),
    };

    fn headline(state: AppState) -> Option<Headline> {
        headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <YearsArea state=state /> }
    }

    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| e.years());
        Areas {
            budget: None,
            tender: None,
            leaving: None,
            procurement: None,
            offers: None,
            hours: None,
            keys: None,
            years: Some(area(report, |r| r)),
        }
    }

    fn labels(path: &str, scenario: &Scenario, texts: &'static Texts) -> Option<String> {
        labels::label(path, scenario, texts)
    }
}

/// The figures of the years that could be computed, for the views: `None` before any.
fn report<R>(state: AppState, pick: impl FnOnce(&YearsReport) -> R) -> Option<R> {
    state.areas.years().figures.with(|r| r.as_ref().map(pick))
}
