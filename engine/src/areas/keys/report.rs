//! The report's `keys` section: what was shared, each member under each key side by side, each key's
//! own figures, and the steering group's seats. Described field by field in `engine/FORMATS.md`.

use super::bounded::Bound;
use super::seats::SeatsReport;
use super::section::{Fill, Source};
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The allocation keys, in the order of the side-by-side columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyId {
    /// Today's population key.
    Population,
    /// The cooperation agreement's economic model.
    Economic,
    /// Call share with bounds, as the proposal's spreadsheet rescales: the key a scenario weighs
    /// unless it chooses another (the 2024 proposal's, the one the meetings discussed first).
    #[default]
    Bounded,
    /// Call share with bounds that hold after rescaling.
    BoundedExact,
    /// Base + marketplace.
    Marketplace,
}

impl KeyId {
    /// Every key, in column order.
    pub const ALL: [KeyId; 5] = [
        KeyId::Population,
        KeyId::Economic,
        KeyId::Bounded,
        KeyId::BoundedExact,
        KeyId::Marketplace,
    ];
}

/// The allocation keys' figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeysReport {
    /// Where the hours and cost came from.
    pub source: Source,
    /// Agent minutes a year before the jumpseat cut.
    pub source_minutes: u64,
    /// Their cost.
    pub source_cost: Money,
    /// Minutes the jumpseat cut takes off (0 when it does not apply).
    pub jumpseat_minutes: u64,
    /// The cost it takes off: the source cost in proportion, rounded to øre.
    pub jumpseat_cost: Money,
    /// Agent minutes shared by every key.
    pub minutes: u64,
    /// Cost shared by every key.
    pub cost: Money,
    /// Whether the calls are the illustrative default.
    pub calls_illustrative: bool,
    /// The members' calls in all.
    pub calls: u64,
    /// The keys, in the order of each member's `keys`.
    pub keys: Vec<KeyId>,
    /// Each key's minutes and cost added up over the members, in the order of `keys`.
    pub sums: Vec<KeySum>,
    /// Whether every key's sums equal the shared minutes and cost.
    pub sums_equal: bool,
    /// Each member, largest first.
    pub members: Vec<MemberKeys>,
    /// For each key (in the order of `keys`), the positions in `members` ordered by the change in cost
    /// against the population key, the largest saving first; equal changes in the order of `members`.
    pub by_change: Vec<Vec<usize>>,
    /// The marketplace as a whole.
    pub marketplace: MarketTotals,
    /// The steering group's seats.
    pub seats: SeatsReport,
}

/// One key's parts added up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeySum {
    /// The key.
    pub key: KeyId,
    /// Minutes.
    pub minutes: u64,
    /// Cost.
    pub cost: Money,
}

/// One member under every key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberKeys {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Population used.
    pub population: u64,
    /// Calls used.
    pub calls: u64,
    /// Whether the calls are the user's (or illustrative) rather than missing, read as 0.
    pub calls_given: bool,
    /// Share of the members' population, %, 4 decimals.
    pub population_share: Decimal,
    /// Share of the calls, %, 4 decimals.
    pub call_share: Decimal,
    /// The member under each key, in the order of [`KeysReport::keys`].
    pub keys: Vec<KeyPart>,
    /// Under the economic model.
    pub economic: EconomicPart,
    /// Under the call share with bounds.
    pub bounded: BoundedPart,
    /// On the marketplace.
    pub marketplace: MarketPart,
}

/// A member's part under one key, and the change against today's population key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeyPart {
    /// Agent minutes.
    pub minutes: u64,
    /// Cost the member bears.
    pub cost: Money,
    /// Minutes less the population key's.
    pub minutes_change: i64,
    /// Cost less the population key's.
    pub cost_change: Money,
}

/// A member under the economic model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EconomicPart {
    /// The fee.
    pub fee: Money,
    /// The credit for its agent hours.
    pub credit: Money,
    /// Fee less credit: paid (+) or received (−).
    pub net: Money,
}

/// A member under the call share with bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BoundedPart {
    /// Its call share bounded, before rescaling ("column H"), %, 4 decimals.
    pub bounded_share: Decimal,
    /// Where the bounding put it.
    pub bound: Bound,
    /// The spreadsheet's share after rescaling ("column I"), %, 4 decimals.
    pub rescaled_share: Decimal,
    /// Whether that share (exactly) lies outside the member's bounds.
    pub rescaled_outside: bool,
    /// The exact variant's share, %, 4 decimals.
    pub exact_share: Decimal,
    /// Where the exact variant holds it.
    pub exact_bound: Bound,
    /// Whether the two variants give it different minutes.
    pub differs: bool,
}

/// A member on the marketplace, minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MarketPart {
    /// Base: its population-key minutes times the base share, rounded down.
    pub base: u64,
    /// Base offered back.
    pub offered: u64,
    /// Bid for.
    pub bid: u64,
    /// Won.
    pub won: u64,
    /// Handed out by the fill rule.
    pub filled: u64,
    /// Above (+) or below (−) the population key.
    pub moved: i64,
    /// Compensation paid (+) or received (−).
    pub settlement: Money,
}

/// The marketplace as a whole, minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MarketTotals {
    /// Handed out by population as the base.
    pub base: u64,
    /// On the marketplace: the rest and the base offered back.
    pub supply: u64,
    /// Bid for.
    pub demand: u64,
    /// Whether the bids exceed what is on offer (and were cut pro rata).
    pub oversubscribed: bool,
    /// The fill rule used when they do not.
    pub fill: Fill,
    /// The compensation paid in all (and received in all).
    pub compensation: Money,
}
