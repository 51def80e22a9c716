//! The leaving section of the report: the price per citizen as members leave, the random band and the
//! target.

use crate::areas::leaving::section::LeavingOrder;
use rust_decimal::Decimal;
use serde::Serialize;

/// How the price per citizen moves as members leave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeavingReport {
    /// The order used.
    pub order: LeavingOrder,
    /// Member codes in the order they leave.
    pub order_codes: Vec<u16>,
    /// From all members down to one: who left and the price then.
    pub steps: Vec<LeavingStep>,
    /// The band over random orders of leaving.
    pub random_band: RandomBand,
    /// The answer to "how few members can carry it", when a target is set.
    pub target: Option<TargetReport>,
}

/// One step of the chosen order of leaving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeavingStep {
    /// Members still taking part.
    pub members: usize,
    /// The member who left at this step; `None` at the start.
    pub leaver: Option<u16>,
    /// Its name.
    pub leaver_name: Option<String>,
    /// Its own population.
    pub leaver_population: Option<u64>,
    /// The population of the members still taking part.
    pub population: u64,
    /// The price per citizen for them, kr., 2 decimals.
    pub price_per_citizen: Decimal,
}

/// The band of prices when the leavers are drawn at random.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RandomBand {
    /// How many random orders were drawn.
    pub draws: u32,
    /// The generator's seed.
    pub seed: u64,
    /// From all members down to one.
    pub points: Vec<BandPoint>,
}

/// Lowest, median and highest price per citizen over the random orders, for one number of members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandPoint {
    /// Members still taking part.
    pub members: usize,
    /// Lowest price.
    pub min: Decimal,
    /// Median price (the lower middle with an even number of draws).
    pub median: Decimal,
    /// Highest price.
    pub max: Decimal,
}

/// A member named in an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberName {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
}

/// How few members can carry the cost at the target price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetReport {
    /// The target, kr. per citizen, with at least 2 decimals.
    pub price_per_citizen: Decimal,
    /// The fewest members, leaving in the chosen order, whose price stays at or below the target;
    /// `None` when even all members together are above it.
    pub fewest_members: Option<usize>,
    /// The members still taking part at `fewest_members`, largest first; empty when it is `None`.
    pub remaining: Vec<MemberName>,
    /// The price per citizen at `fewest_members`, 2 decimals.
    pub price_at_fewest: Option<Decimal>,
    /// Citizens needed to carry the total at the target price (rounded up).
    pub population_needed: u64,
    /// The price per citizen with all members, to 4 decimals, for comparing with the target: a price
    /// of 1,4713 kr. is above a target of 1,47 kr. though both show as 1,47.
    pub price_with_all_members: Decimal,
}
