//! The members' fields a refusal can name (`engine/FORMATS.md`, the scenario's `members`).

use crate::common::field::{index, FieldPath};

/// A field of the members' section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `members.quarter`: the population quarter.
    Quarter,
    /// `members.codes`: the members as a whole (none, or a code no municipality has).
    Codes,
    /// `members.codes[i]`: one member's code.
    Code(usize),
    /// `members.population_overrides`: the overrides as a whole.
    PopulationOverrides,
    /// `members.population_overrides[i].code`: whose population an override is.
    OverrideCode(usize),
    /// `members.population_overrides[i].population`: the population typed.
    OverridePopulation(usize),
}

impl FieldPath for Field {
    fn path(&self) -> String {
        match self {
            Field::Quarter => "members.quarter".to_owned(),
            Field::Codes => "members.codes".to_owned(),
            Field::Code(i) => format!("members.codes[{i}]"),
            Field::PopulationOverrides => "members.population_overrides".to_owned(),
            Field::OverrideCode(i) => format!("members.population_overrides[{i}].code"),
            Field::OverridePopulation(i) => format!("members.population_overrides[{i}].population"),
        }
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let rest = path.strip_prefix("members.")?;
        if let Some(list) = rest.strip_prefix("codes") {
            return match list {
                "" => Some(Field::Codes),
                _ => match index(list)? {
                    (i, "") => Some(Field::Code(i)),
                    _ => None,
                },
            };
        }
        if let Some(list) = rest.strip_prefix("population_overrides") {
            if list.is_empty() {
                return Some(Field::PopulationOverrides);
            }
            return match index(list)? {
                (i, ".code") => Some(Field::OverrideCode(i)),
                (i, ".population") => Some(Field::OverridePopulation(i)),
                _ => None,
            };
        }
        (rest == "quarter").then_some(Field::Quarter)
    }
}
