//! The areas: each a folder with the same files (`mod.rs` its figures, `section.rs` its part of the
//! scenario, `edit.rs` its changes, `report.rs` its part of the report, `text.rs` its own words where it
//! has any). An area imports the common ground, the words and the areas it builds on, never the
//! document or the services.

pub mod hours;
pub mod keys;
pub mod leaving;
pub mod members;
pub mod procurement;
pub mod tender;
pub mod years;
