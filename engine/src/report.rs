//! The report: every figure the app shows and the CLI prints, one section per area. Format described in
//! `engine/FORMATS.md`.
//!
//! Each area is its own `Result`: its figures, or the error that keeps it from being computed. An error
//! blocks only the areas that depend on the refused field, so a typing error in one area never hides
//! the figures of another.

use crate::dataset::{Quarter, Region};
use crate::error::Error;
use crate::money::Money;
use crate::scenario::LeavingOrder;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// The report format version this build writes.
pub const REPORT_VERSION: u32 = 2;

/// An area's figures, or why they cannot be computed.
pub type Area<T> = Result<T, Error>;

/// Every figure of a scenario, by area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// See [`REPORT_VERSION`].
    pub version: u32,
    /// Who takes part. Depends on `members` of the scenario.
    #[serde(serialize_with = "area")]
    pub members: Area<MembersReport>,
    /// The budget's totals. Depends on `tender.cost_items` only.
    #[serde(serialize_with = "area")]
    pub budget: Area<BudgetReport>,
    /// Price per citizen and bills. Depends on the members and the budget.
    #[serde(serialize_with = "area")]
    pub tender: Area<TenderReport>,
    /// Members leaving. Depends on the members, the budget and `leaving`.
    #[serde(serialize_with = "area")]
    pub leaving: Area<LeavingReport>,
}

impl Report {
    /// Every distinct error in the report, in area order: an error that blocks several areas is listed once.
    ///
    /// ```
    /// use ddh_engine::{evaluate, money::Money, Edit, Scenario};
    /// # fn main() -> Result<(), ddh_engine::Error> {
    /// let mut scenario = Scenario::default();
    /// // IT (DBA/GDPR) at −5 kr.: the budget, the bills and the leaving curve all wait for it.
    /// scenario.apply(Edit::SetItemAmount { id: 3, amount: Money::from_ore(-500) })?;
    /// let report = evaluate(&scenario);
    /// let fields: Vec<&str> = report.errors().iter().map(|e| e.field.as_str()).collect();
    /// assert_eq!(fields, ["tender.cost_items[2].amount"]);
    /// assert!(report.members.is_ok());
    /// # Ok(())
    /// # }
    /// ```
    pub fn errors(&self) -> Vec<&Error> {
        let mut errors: Vec<&Error> = Vec::new();
        let areas = [
            self.members.as_ref().err(),
            self.budget.as_ref().err(),
            self.tender.as_ref().err(),
            self.leaving.as_ref().err(),
        ];
        for error in areas.into_iter().flatten() {
            if !errors.contains(&error) {
                errors.push(error);
            }
        }
        errors
    }
}

/// An area's figures as they are, or `{"error": {...}}` in their place.
fn area<T: Serialize, S: Serializer>(area: &Area<T>, serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Refused<'a> {
        error: &'a Error,
    }
    match area {
        Ok(figures) => figures.serialize(serializer),
        Err(error) => Refused { error }.serialize(serializer),
    }
}

/// Where the populations come from and how many members there are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MembersReport {
    /// The FOLK1A quarter used; its source is in the text table ([`crate::text::Messages::quarter_source`]).
    pub quarter: Quarter,
    /// Number of members.
    pub count: usize,
    /// How many members have a population typed by the user.
    pub overridden_count: usize,
}

/// The tender budget's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BudgetReport {
    /// Sum of the cost items.
    pub total: Money,
    /// Sum of the items paid to the supplier.
    pub supplier_total: Money,
    /// Sum of the members' own costs.
    pub internal_total: Money,
}

/// What the tender costs the members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TenderReport {
    /// The amount billed: the budget's total.
    pub total: Money,
    /// Number of members.
    pub member_count: usize,
    /// Citizens of all participating members.
    pub population: u64,
    /// Kroner per citizen, rounded to øre.
    pub price_per_citizen: Decimal,
    /// The member with the largest population.
    pub largest_member: LargestMember,
    /// One bill per member, largest population first (ties by code); they add up to `total` exactly.
    pub bills: Vec<Bill>,
    /// The bills added up: equal to `total`, stated so that anyone can check.
    pub bills_total: Money,
}

/// The largest member and what it carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LargestMember {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Share of the participating population, in per cent, 2 decimals.
    pub share_percent: Decimal,
    /// Its bill.
    pub bill: Money,
}

/// What one member pays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bill {
    /// Municipality code.
    pub code: u16,
    /// Name.
    pub name: String,
    /// Region.
    pub region: Region,
    /// The population used: the data set's or the user's override.
    pub population: u64,
    /// Whether `population` is the user's override.
    pub population_overridden: bool,
    /// The member's share of the participating population, in per cent, 2 decimals.
    pub share_percent: Decimal,
    /// The member's bill, whole øre.
    pub bill: Money,
}

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
