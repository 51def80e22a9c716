//! The fields of the document itself that a refusal can name: the whole, its version, its name, and a
//! place the JSON reader stopped at in a document without the scenario's shape.

use crate::common::field::FieldPath;

/// A field of the scenario document outside the areas' sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// The document as a whole (not JSON at all, or a stored hand-over that cannot be read): `""`.
    Document,
    /// `version`
    Version,
    /// `name`: refused only by the JSON reader (a name that is not text).
    Name,
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
            Field::Name => "name".to_owned(),
            Field::ReadAt(path) => path.clone(),
        }
    }
}

impl Field {
    /// The document's own field at `path` (the whole, `version`, `name`), as [`FieldPath::path`]
    /// writes it; `None` for any other text, an area's fields included.
    pub fn parse(path: &str) -> Option<Field> {
        match path {
            "" => Some(Field::Document),
            "version" => Some(Field::Version),
            "name" => Some(Field::Name),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documents_own_fields_are_read_back_and_no_others() {
        for field in [Field::Document, Field::Version, Field::Name] {
            assert_eq!(Field::parse(&field.path()), Some(field));
        }
        for other in ["members", "Version", "name.x", " ", "tender.cost_items[0]"] {
            assert_eq!(Field::parse(other), None, "{other:?}");
        }
    }
}
