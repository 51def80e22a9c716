//! The scenarios area (Scenarier): the user's named scenarios (create, rename, duplicate, delete with
//! undo, open), two or three of them compared, and the active one shared as a link, exported and
//! imported as JSON. A link opened here is shown beside the user's own and kept only if they ask.

mod compare;
mod library;
mod list;
mod share;
mod shared;
pub(crate) mod texts;

use crate::format::kroner;
use crate::state::{area, computed, AppState, Areas};
use crate::view::headline::{Answer, Figure, Headline};
use ddh_engine::document::sections::Sections;
use ddh_engine::library::IndexError;
use ddh_engine::Scenario;
use leptos::prelude::*;
use library::Library;

/// The scenarios' answer: which scenario the other areas show and change, and its price per citizen.
pub(crate) fn headline(state: AppState) -> Option<Headline> {
    let t = crate::areas::scenarios::texts::current();
    let tender = state.areas.tender();
    let name = state.scenario.with(|s| s.name.clone());
    let name = if name.trim().is_empty() {
        t.unnamed.to_owned()
    } else {
        name
    };
    let price = tender
        .figures
        .with(|figures| figures.as_ref().map(|f| kroner(f.price_per_citizen)));
    let bar = match &price {
        Some(price) => format!(
            "{} {name} · {} {price}",
            t.active_label, state.texts.price_per_citizen
        ),
        None => format!("{} {name}", t.active_label),
    };
    let active = Figure::new(t.active_label, name, "headline-active");
    let price =
        price.map(|price| Figure::new(state.texts.price_per_citizen, price, "headline-price"));
    Some(Headline {
        main: active,
        qualifiers: price.into_iter().collect(),
        bar,
        stale: tender.error.with(Option::is_some),
    })
}

#[component]
pub fn ScenariosArea(state: AppState) -> impl IntoView {
    let t = crate::areas::scenarios::texts::current();
    let (library, problem) = Library::load(state);
    let problem = problem.map(|problem: IndexError| {
        view! {
            <p class="notice" role="alert" data-testid="library-problem">
                {t.index_unreadable}" "{(t.index_reason)(&problem)}
            </p>
        }
    });
    view! {
        <section class="area" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading">{t.heading}</h2>
            <p class="note">{t.intro}</p>
            <Answer state=state headline=headline />
            {problem}
            <div class="bar-actions">
                <button type="button" data-testid="present" on:click=move |_| crate::areas::present::begin_from_click()>{t.present}</button>
            </div>
            <shared::SharedLink state=state library=library />
            <list::ScenarioList state=state library=library />
            <compare::CompareTicked library=library />
            <share::ShareAndExport state=state library=library />
        </section>
    }
}

/// Starts the scenarios area (Scenarier) in the page: its module's `main`.
pub fn start() {
    crate::mount::<Module>();
}

/// The scenarios area's module (`ddh-scenarier`).
pub struct Module;

impl super::Area for Module {
    const ID: super::AreaId = super::AreaId::Scenarios;
    // Scenarios are compared, stored and shared whole, every area's figures beside each other.
    const SECTIONS: Sections = Sections::READ_ONLY;

    fn headline(state: AppState) -> Option<Headline> {
        headline(state)
    }

    fn body(state: AppState) -> impl IntoView + 'static {
        view! { <ScenariosArea state=state /> }
    }

    /// The tender's figures, for the headline: the comparison evaluates each scenario it shows.
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas {
        let report = computed(scenario, |e| e.tender());
        Areas {
            budget: None,
            tender: Some(area(report, |r| r)),
            leaving: None,
            procurement: None,
            offers: None,
            hours: None,
            keys: None,
            years: None,
        }
    }
}
