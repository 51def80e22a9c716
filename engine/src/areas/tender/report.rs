//! The tender's sections of the report: the budget's totals, and the price per citizen with each
//! member's bill.

use crate::common::dataset::Region;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

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
