//! The app's areas, each a folder of one shape (DESIGN.md, "Adding an area"): `mod.rs` with the area's
//! page and its [`Area`], the views it is made of, `chart.rs` for its charts, `texts.rs` for its words
//! in each language, `labels.rs` for its fields' names on screen. The frame every area shares (title,
//! navigation, key bar, undo, notices) is in `crate::view`.
//!
//! Each area is a WebAssembly module of its own (`src/bin/ddh-<slug>.rs`, built once per language),
//! whose `main` calls its area's `start`, which mounts the area's [`Area`]: this registry is what a
//! module needs to know of its area, so the frame and the state list no areas of their own.

pub mod hours;
pub mod keys;
pub mod present;
pub mod procurement;
pub mod scenarios;
pub mod tender;
pub mod years;

use crate::state::{AppState, Areas};
use crate::texts::Texts;
use crate::view::headline::Headline;
use ddh_engine::document::sections::Sections;
use ddh_engine::Scenario;
use leptos::prelude::*;

/// An area of the app, as its module mounts it.
pub trait Area {
    /// Which area: its address and module name, its place in the navigation.
    const ID: AreaId;

    /// The scenario's sections the area's module reads into their types and edits: those of the areas
    /// it shows. The others it keeps as their text, unread and unchecked, and writes back as they came,
    /// so that their reading and their edits are not linked into the module
    /// (`ddh_engine::document::sections`).
    const SECTIONS: Sections;

    /// The area's answer to its question, from its figures (`None` before any could be computed): shown
    /// first on its page (`view::headline::Answer`) and, in one line, in the key bar.
    fn headline(state: AppState) -> Option<Headline>;

    /// The area's page, below the frame; it shows its headline first.
    fn body(state: AppState) -> impl IntoView + 'static;

    /// The figures the area shows: the others are `AreaView::absent` (`state.rs`), so that the module
    /// links only its own areas' code.
    fn evaluate(scenario: RwSignal<Scenario>) -> Areas;

    /// The names on screen of the area's own fields (`field_names::Labels`): only the
    /// area's module links them. The fields every module shows are named by the frame.
    fn labels(_path: &str, _scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
        None
    }
}

/// The app's areas, each with the fragment of the address that shows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AreaId {
    Tender,
    Procurement,
    Hours,
    Keys,
    Years,
    Scenarios,
    Present,
}

impl AreaId {
    /// The areas in the navigation, in its order; the presentation starts from the scenarios area.
    ///
    /// Budgetår (`AreaId::Years`) is built (`ddh-budgetaar`) and not yet in the page: its module is
    /// over the first load's budget (DESIGN.md, "Budget years, not yet in the page").
    pub const NAVIGATION: [AreaId; 5] = [
        AreaId::Tender,
        AreaId::Procurement,
        AreaId::Hours,
        AreaId::Keys,
        AreaId::Scenarios,
    ];

    /// The address's fragment that shows the area, and the name of its module (`ddh-udbud`); the
    /// loader (`public/areas.js`) lists the same.
    pub fn slug(self) -> &'static str {
        match self {
            AreaId::Tender => "udbud",
            AreaId::Procurement => "indkob",
            AreaId::Hours => "aabningstid",
            AreaId::Keys => "fordeling",
            AreaId::Years => "budgetaar",
            AreaId::Scenarios => "scenarier",
            AreaId::Present => "praesentation",
        }
    }

    /// The area's name in the navigation.
    pub fn name(self, t: &'static Texts) -> &'static str {
        match self {
            AreaId::Tender => t.area_tender,
            AreaId::Procurement => t.area_procurement,
            AreaId::Hours => t.area_hours,
            AreaId::Keys => t.area_keys,
            AreaId::Years => t.area_years,
            AreaId::Scenarios | AreaId::Present => t.area_scenarios,
        }
    }

    /// The area's place in the texts' lists of titles and questions.
    fn position(self) -> usize {
        match self {
            AreaId::Tender => 0,
            AreaId::Procurement => 1,
            AreaId::Hours => 2,
            AreaId::Keys => 3,
            AreaId::Years => 4,
            AreaId::Scenarios => 5,
            AreaId::Present => 6,
        }
    }

    /// The area's title: the page's heading, and the window's title while the area is shown.
    pub fn title(self, t: &'static Texts) -> &'static str {
        t.titles.get(self.position()).copied().unwrap_or(t.product)
    }

    /// The question the area answers, under its title.
    pub fn question(self, t: &'static Texts) -> &'static str {
        t.questions
            .get(self.position())
            .copied()
            .unwrap_or_default()
    }
}
