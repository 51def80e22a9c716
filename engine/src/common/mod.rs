//! The common ground of the DDH engine: what every area builds on, and nothing of any area.
//!
//! Exact money ([`money`]), dates ([`date`]), the municipalities and their populations by quarter
//! ([`dataset`]), the error every area refuses input with ([`error`]) and the fields it names ([`field`]), the limits of amounts a user can
//! type ([`limits`]), numbers as Danish and English write them ([`danish`], [`english`]), CSV as Excel
//! writes it ([`csv`]), and JSON helpers for the formats ([`json_path`], [`pretty`]). The areas, the
//! scenario document and the services sit above it (`DESIGN.md`, "Layers"); `engine/tests/layers.rs`
//! keeps it from importing any of them.

pub mod area;
pub mod csv;
pub mod danish;
pub mod dataset;
pub mod date;
pub mod english;
pub mod error;
pub mod field;
pub mod ids;
pub mod json_path;
pub mod limits;
pub mod money;
pub mod order;
pub mod pretty;
pub mod rng;
