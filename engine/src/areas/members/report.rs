//! The members section of the report.

use crate::common::dataset::Quarter;
use serde::Serialize;

/// Where the populations come from and how many members there are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembersReport {
    /// The FOLK1A quarter used; its source is in the text table (`ddh_engine::words::Messages::quarter_source`).
    pub quarter: Quarter,
    /// Number of members.
    pub count: usize,
    /// How many members have a population typed by the user.
    pub overridden_count: usize,
}
