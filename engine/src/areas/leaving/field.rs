//! The leaving analysis's fields a refusal can name (`engine/FORMATS.md`, the scenario's `leaving`).

use crate::common::field::{index, FieldPath};

/// A field of the leaving section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `leaving.order`: largest first, smallest first or the custom order.
    Order,
    /// `leaving.custom_order`: the custom order as a whole.
    CustomOrder,
    /// `leaving.custom_order[i]`: one member's place in it.
    CustomOrderEntry(usize),
    /// `leaving.random_draws`
    RandomDraws,
    /// `leaving.seed`
    Seed,
    /// `leaving.target_price_per_citizen`
    TargetPricePerCitizen,
}

impl FieldPath for Field {
    fn path(&self) -> String {
        let name = match self {
            Field::Order => "order",
            Field::CustomOrder => "custom_order",
            Field::CustomOrderEntry(i) => return format!("leaving.custom_order[{i}]"),
            Field::RandomDraws => "random_draws",
            Field::Seed => "seed",
            Field::TargetPricePerCitizen => "target_price_per_citizen",
        };
        format!("leaving.{name}")
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let rest = path.strip_prefix("leaving.")?;
        if let Some(list) = rest.strip_prefix("custom_order") {
            return match list {
                "" => Some(Field::CustomOrder),
                _ => match index(list)? {
                    (i, "") => Some(Field::CustomOrderEntry(i)),
                    _ => None,
                },
            };
        }
        match rest {
            "order" => Some(Field::Order),
            "random_draws" => Some(Field::RandomDraws),
            "seed" => Some(Field::Seed),
            "target_price_per_citizen" => Some(Field::TargetPricePerCitizen),
            _ => None,
        }
    }
}
