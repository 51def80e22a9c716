//! The fields of the document itself that a refusal can name: the whole, its version, and a place the
//! JSON reader stopped at in a document without the scenario's shape.

use crate::common::field::FieldPath;

/// A field of the scenario document outside the areas' sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The document as a whole (not JSON at all, or a stored hand-over that cannot be read): `""`.
    Document,
    /// `version`
    Version,
    /// Where the JSON reader stopped in a document that does not have the scenario's shape, as the
    /// path of that place (`members.codes`, `tender.cost_items[2]`): found by its position in the
    /// text, so any place of the document, not one an area names.
    ReadAt(String),
}

impl FieldPath for Field {
    fn path(&self) -> String {
        match self {
            Field::Document => String::new(),
            Field::Version => "version".to_owned(),
            Field::ReadAt(path) => path.clone(),
        }
    }
}
