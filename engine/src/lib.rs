//! The cost engine of Den Digitale Hotline (DDH): a [`Scenario`] in, a [`Report`] out.
//!
//! Pure and deterministic: no I/O, no clock, no UI. The web app and the `ddh` command line are thin
//! shells around [`evaluate`] and [`Scenario::apply`]. Why it is built this way: `DESIGN.md` at the
//! repository root.
//!
//! The engine is built in layers, each a folder whose modules import only the layers below it
//! (`DESIGN.md`, "Layers"; the test `engine/tests/layers.rs` refuses any import against the direction):
//!
//! - [`services`]: undo, the library of named scenarios, share links, the comparison of scenarios;
//! - [`document`]: the scenario with every area's section, the edits dispatched to the areas, evaluate
//!   and the report, migration, the engine's texts gathered;
//! - [`areas`]: members, tender, leaving, procurement, hours (with staffing), keys, each with its
//!   section, edits, report and words;
//! - [`words`]: what the common ground says, in Danish and English; it knows no area;
//! - [`common`]: money, dates, the data set, the error type, limits, CSV and number formats.
//!
//! The modules a user of the engine needs are also here at the top (`ddh_engine::money`,
//! `ddh_engine::hours`, `ddh_engine::history`, …).
//!
//! ```
//! use ddh_engine::{evaluate, Scenario};
//! # fn main() -> Result<(), ddh_engine::Error> {
//! let report = evaluate(&Scenario::default());
//! let tender = report.tender?;
//! // The slides' small tender, 1.550.000 kr., over the 13 members named in 2024–25 (1.053.499 citizens).
//! assert_eq!(tender.population, 1_053_499);
//! assert_eq!(tender.price_per_citizen.to_string(), "1.47");
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

pub mod areas;
pub mod common;
pub mod document;
pub mod services;
pub mod words;

pub use areas::hours::{self, staffing};
pub use areas::members::{self, presets};
pub use areas::{keys, leaving, procurement, tender, years};
pub use common::error::{Error, Problem};
pub use common::{
    area, csv, danish, dataset, date, english, error, ids, json_path, limits, money, order, pretty,
    rng,
};
pub use document::{edit, evaluate, report, scenario, text, Edit, Evaluation, Report, Scenario};
pub use services::{compare, history, library, share};
