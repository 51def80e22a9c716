//! The tender section of the scenario: the budget's cost items.

use crate::common::money::Money;
use serde::{Deserialize, Serialize};

/// The tender's cost items, financed by the participants in proportion to population.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenderBudget {
    /// The budget's lines, in the order the user sees them.
    pub cost_items: Vec<CostItem>,
}

/// One line of the tender budget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostItem {
    /// Stable identity of the line, from 1: edits name it, and it does not change when other lines come
    /// or go. Absent (0) only in a version-1 document, which migration numbers.
    #[serde(default)]
    pub id: u32,
    /// What the line is for, e.g. "Konsulent".
    pub name: String,
    /// Kroner excl. VAT, at most two decimals.
    pub amount: Money,
    /// Paid to the supplier, or the members' own cost.
    pub kind: CostKind,
}

/// Whether a cost is paid to the supplier under the contract being procured (it will count towards the
/// contract's value) or is the members' own cost of running the tender (advisers, legal, own IT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    /// Paid to the supplier under the contract.
    Supplier,
    /// The members' own cost of running the tender.
    Internal,
}

impl Default for TenderBudget {
    /// The 2025 slides' small tender, 1.550.000 kr.: three internal costs and two paid to the supplier,
    /// named as the slides name them.
    fn default() -> TenderBudget {
        let item = |id: u32, name: &str, kroner: i64, kind| CostItem {
            id,
            name: name.to_owned(),
            amount: Money::from_ore(kroner * 100),
            kind,
        };
        TenderBudget {
            cost_items: vec![
                item(1, "Konsulent", 400_000, CostKind::Internal),
                item(2, "Jura", 200_000, CostKind::Internal),
                item(3, "IT (DBA/GDPR)", 150_000, CostKind::Internal),
                item(4, "Anskaffelse", 600_000, CostKind::Supplier),
                item(5, "Implementering", 200_000, CostKind::Supplier),
            ],
        }
    }
}
