//! The tender's fields a refusal can name (`engine/FORMATS.md`, the scenario's `tender`).

use crate::common::field::{index, FieldPath};

/// A field of the tender section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `tender.cost_items`: the budget as a whole (too many lines, an id not in it, a total that overflows).
    CostItems,
    /// `tender.cost_items[i].id`
    Id(usize),
    /// `tender.cost_items[i].name`
    Name(usize),
    /// `tender.cost_items[i].amount`
    Amount(usize),
    /// `tender.cost_items[i].kind`
    Kind(usize),
}

impl FieldPath for Field {
    fn path(&self) -> String {
        let (i, part) = match self {
            Field::CostItems => return "tender.cost_items".to_owned(),
            Field::Id(i) => (i, "id"),
            Field::Name(i) => (i, "name"),
            Field::Amount(i) => (i, "amount"),
            Field::Kind(i) => (i, "kind"),
        };
        format!("tender.cost_items[{i}].{part}")
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let list = path.strip_prefix("tender.cost_items")?;
        if list.is_empty() {
            return Some(Field::CostItems);
        }
        match index(list)? {
            (i, ".id") => Some(Field::Id(i)),
            (i, ".name") => Some(Field::Name(i)),
            (i, ".amount") => Some(Field::Amount(i)),
            (i, ".kind") => Some(Field::Kind(i)),
            _ => None,
        }
    }
}
