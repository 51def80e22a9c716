//! Why a scenario cannot be evaluated: the field, in the scenario format's own path syntax, and the rule broken.
//!
//! Messages are in Danish, the users' language; the field path stays in the format's English names so that
//! it points at exactly one place in the JSON document and one input on screen.

use crate::danish::number as danish;
use serde::Serialize;
use std::fmt;

/// A scenario the engine refuses, and why. Never a panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    /// Path of the offending field, e.g. `tender.cost_items[2].amount`; empty for the document as a whole.
    pub field: String,
    pub problem: Problem,
}

/// The rule a field breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The document is not valid JSON or does not have the scenario's shape.
    Unreadable { detail: String },
    /// A format version this build does not know.
    UnsupportedVersion { found: u32, supported: u32 },
    /// The member set is empty.
    NoMembers,
    /// No municipality has this code in the chosen quarter.
    UnknownMunicipality { code: u16 },
    /// The same municipality is listed twice.
    Duplicate { code: u16 },
    /// Must be greater than zero.
    NotPositive { value: String },
    /// Must not be below zero.
    Negative { value: String },
    /// Above the largest value that makes sense here.
    TooLarge { value: String, max: String },
    /// A money amount with a fraction of an øre.
    FractionOfOre { value: String },
    /// A list longer than allowed.
    TooMany { max: usize },
    /// A sum that does not fit in the engine's number types.
    Overflow,
}

impl Error {
    /// An error at `field`.
    pub fn new(field: impl Into<String>, problem: Problem) -> Error {
        Error {
            field: field.into(),
            problem,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable { detail } => write!(f, "kan ikke læses: {detail}"),
            Problem::UnsupportedVersion { found, supported } => write!(
                f,
                "formatversion {found} kendes ikke (denne udgave læser version {supported})"
            ),
            Problem::NoMembers => write!(f, "der skal være mindst ét medlem"),
            Problem::UnknownMunicipality { code } => {
                write!(f, "der findes ingen kommune med kode {code}")
            }
            Problem::Duplicate { code } => write!(f, "kommune {code} står der to gange"),
            Problem::NotPositive { value } => {
                write!(f, "skal være større end 0 (er {})", danish(value))
            }
            Problem::Negative { value } => write!(f, "må ikke være negativ (er {})", danish(value)),
            Problem::TooLarge { value, max } => {
                write!(
                    f,
                    "er urimeligt stor ({}); højst {}",
                    danish(value),
                    danish(max)
                )
            }
            Problem::FractionOfOre { value } => {
                write!(
                    f,
                    "{} har brøkdele af en øre; højst 2 decimaler",
                    danish(value)
                )
            }
            Problem::TooMany { max } => write!(f, "højst {max} stk."),
            Problem::Overflow => write!(f, "summen er for stor til at regne med"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.field, self.problem)
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_the_field_on_one_line() {
        let error = Error::new(
            "members.population_overrides[0].population",
            Problem::NotPositive { value: "0".into() },
        );
        assert_eq!(
            error.to_string(),
            "members.population_overrides[0].population: skal være større end 0 (er 0)"
        );
        let large = Problem::TooLarge {
            value: "1500000000.5".into(),
            max: "1000000000".into(),
        };
        assert_eq!(
            large.to_string(),
            "er urimeligt stor (1.500.000.000,5); højst 1.000.000.000"
        );
        let unreadable = Error::new("", Problem::Unreadable { detail: "x".into() });
        assert!(!unreadable.to_string().contains('\n'));
    }
}
