//! The leaving section of the scenario: the order in which members leave, the random band, the target.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How the price per citizen moves as members leave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeavingAnalysis {
    /// The order in which members leave.
    pub order: LeavingOrder,
    /// The user's own order of leaving (codes, first to leave first), used when `order` is `custom`.
    /// Codes no longer among the members are skipped; members not listed leave last, largest first.
    #[serde(default)]
    pub custom_order: Vec<u16>,
    /// How many random orders of leaving make the band.
    pub random_draws: u32,
    /// Seed of the random orders, so that a band can be reproduced.
    pub seed: u64,
    /// The price per citizen (kr.) the members can accept; `None` for no target.
    #[serde(default)]
    pub target_price_per_citizen: Option<Decimal>,
}

/// The order in which members leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeavingOrder {
    /// The largest population first (the worst case for the rest).
    LargestFirst,
    /// The smallest population first.
    SmallestFirst,
    /// The user's own order, [`LeavingAnalysis::custom_order`].
    Custom,
}

impl Default for LeavingAnalysis {
    /// Largest first, a band of 200 random orders from seed 2025, and a target of 2,00 kr. per citizen.
    fn default() -> LeavingAnalysis {
        LeavingAnalysis {
            order: LeavingOrder::LargestFirst,
            custom_order: Vec::new(),
            random_draws: 200,
            seed: 2025,
            target_price_per_citizen: Some(Decimal::new(200, 2)),
        }
    }
}
