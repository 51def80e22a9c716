//! The cost engine of Den Digitale Hotline (DDH): a [`Scenario`] in, a [`Report`] out.
//!
//! Pure and deterministic: no I/O, no clock, no UI. The web app and the `ddh` command line are thin
//! shells around [`evaluate`] and [`Scenario::apply`]. Why it is built this way: `DESIGN.md` at the
//! repository root.
//!
//! The engine is built in layers, each a crate that imports only the layers below it, so that the
//! compiler refuses a cycle (`DESIGN.md`, "Layers"): the core (`ddh-core`); the areas (`ddh-members`,
//! `ddh-tender`, `ddh-leaving`, `ddh-procurement`, `ddh-hours`, `ddh-keys`); the scenario document
//! (`ddh-document`); the services (`ddh-services`). This crate gathers them under one name for the app
//! and the command line.
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

pub use ddh_document::*;
pub use ddh_services::{compare, history, library, share};
