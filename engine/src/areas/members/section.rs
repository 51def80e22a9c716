//! The members section of the scenario: which municipalities take part, and the populations used.

use crate::areas::members::presets::NAMED_2024_25;
use crate::common::dataset::Quarter;
use serde::{Deserialize, Serialize};

/// Which municipalities take part, and the populations used for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberSelection {
    /// The FOLK1A quarter whose populations are used.
    #[serde(default)]
    pub quarter: Quarter,
    /// Municipality codes of the participating members.
    pub codes: Vec<u16>,
    /// Populations the user sets in place of the data set's; kept also for municipalities not ticked.
    #[serde(default)]
    pub population_overrides: Vec<PopulationOverride>,
}

/// A population typed by the user for one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationOverride {
    /// The municipality's code.
    pub code: u16,
    /// Residents; signed so that a negative number gets a clear message rather than a parse error.
    pub population: i64,
}

impl Default for MemberSelection {
    /// The 13 members named in the 2024–25 documents, with the default quarter's populations.
    fn default() -> MemberSelection {
        MemberSelection {
            quarter: Quarter::default(),
            codes: NAMED_2024_25.to_vec(),
            population_overrides: Vec::new(),
        }
    }
}
