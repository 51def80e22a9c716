//! The report: every figure the app shows and the CLI prints. Format described in `engine/FORMATS.md`.

use crate::dataset::{Quarter, Region};
use crate::money::Money;
use crate::scenario::LeavingOrder;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The report format version this build writes.
pub const REPORT_VERSION: u32 = 1;

/// How the engine rounds, stated once in every report.
pub const ROUNDING_NOTE: &str = "Beløb i kr. med 2 decimaler. Regningerne er fordelt på hele øre efter \
største rest, så de summerer præcist til totalen; lige rester går til laveste kommunekode. Pris pr. borger \
og andele er afrundet halvt væk fra nul (2 decimaler); målprisen sammenlignes med den uafrundede pris.";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub version: u32,
    pub rounding: String,
    pub members: MembersReport,
    pub tender: TenderReport,
    pub leaving: LeavingReport,
}

/// Where the populations come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembersReport {
    pub quarter: Quarter,
    pub source: String,
    pub count: usize,
    /// How many members have a population typed by the user.
    pub overridden_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TenderReport {
    pub total: Money,
    pub supplier_total: Money,
    pub internal_total: Money,
    pub member_count: usize,
    /// Citizens of all participating members.
    pub population: u64,
    /// Kroner per citizen, rounded to øre.
    pub price_per_citizen: Decimal,
    pub largest_member: LargestMember,
    /// One bill per member, largest population first (ties by code); they add up to `total` exactly.
    pub bills: Vec<Bill>,
    /// The bills added up: equal to `total`, stated so that anyone can check.
    pub bills_total: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LargestMember {
    pub code: u16,
    pub name: String,
    pub share_percent: Decimal,
    pub bill: Money,
}

/// What one member pays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bill {
    pub code: u16,
    pub name: String,
    pub region: Region,
    pub population: u64,
    pub population_overridden: bool,
    /// The member's share of the participating population, in per cent, 2 decimals.
    pub share_percent: Decimal,
    pub bill: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeavingReport {
    pub order: LeavingOrder,
    /// Member codes in the order they leave.
    pub order_codes: Vec<u16>,
    /// From all members down to one: who left and the price then.
    pub steps: Vec<LeavingStep>,
    pub random_band: RandomBand,
    pub target: Option<TargetReport>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeavingStep {
    /// Members still taking part.
    pub members: usize,
    /// The member who left at this step (code and name); `None` at the start.
    pub leaver: Option<u16>,
    pub leaver_name: Option<String>,
    pub population: u64,
    pub price_per_citizen: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RandomBand {
    pub draws: u32,
    pub seed: u64,
    /// From all members down to one.
    pub points: Vec<BandPoint>,
}

/// Lowest, median and highest price per citizen over the random orders, for one number of members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandPoint {
    pub members: usize,
    pub min: Decimal,
    pub median: Decimal,
    pub max: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetReport {
    pub price_per_citizen: Decimal,
    /// The fewest members, leaving in the chosen order, whose price stays at or below the target;
    /// `None` when even all members together are above it.
    pub fewest_members: Option<usize>,
    /// Citizens needed to carry the total at the target price (rounded up).
    pub population_needed: u64,
    /// The price per citizen with all members, to 4 decimals, for comparing with the target: a price
    /// of 1,4713 kr. is above a target of 1,47 kr. though both show as 1,47.
    pub price_with_all_members: Decimal,
}
