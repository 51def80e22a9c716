//! The tender area: the budget financed by population, its total, the price per citizen, and each
//! member's bill.
//!
//! The area owns its section of the scenario ([`section`]), the changes a user makes to it ([`edit`]),
//! and its sections of the report ([`mod@report`]).

pub mod edit;
pub mod field;
pub mod report;
pub mod section;
pub mod text;

use crate::areas::members::{self, largest_first, Member};
pub use crate::areas::tender::field::Field;
use crate::areas::tender::report::{Bill, BudgetReport, LargestMember, TenderReport};
use crate::areas::tender::section::{CostKind, TenderBudget};
use crate::common::error::{Error, Problem};
use crate::common::money::{round_half_away, AllocationError, Money};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

pub use crate::common::limits::{check_amount, MAX_AMOUNT_KRONER as MAX_ITEM_KRONER};
/// More lines than anyone would put in a tender budget.
pub const MAX_COST_ITEMS: usize = 100;

/// Decimals of a percentage share in the report, rounded half away from zero.
const SHARE_DECIMALS: u32 = 2;

/// The budget's total, split in supplier and internal costs, after checking every item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// All items.
    pub total: Money,
    /// The items paid to the supplier.
    pub supplier: Money,
    /// The members' own costs.
    pub internal: Money,
}

impl Totals {
    /// The budget section of the report.
    pub fn report(self) -> BudgetReport {
        BudgetReport {
            total: self.total.round_to_ore(),
            supplier_total: self.supplier.round_to_ore(),
            internal_total: self.internal.round_to_ore(),
        }
    }
}

/// Checks every cost item and adds them up.
///
/// # Errors
/// The first item breaking a rule, naming its field: more than [`MAX_COST_ITEMS`] items
/// (`tender.cost_items`), an id used twice (`tender.cost_items[i].id`), an amount below zero, above
/// [`MAX_ITEM_KRONER`] or with a fraction of an øre (`tender.cost_items[i].amount`).
///
/// ```
/// use ddh_engine::money::Money;
/// use ddh_engine::tender::{section::TenderBudget, totals};
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// let totals = totals(&TenderBudget::default())?;
/// assert_eq!(totals.total, Money::from_ore(155_000_000)); // the slides' small tender, 1.550.000 kr.
/// assert_eq!(totals.supplier, Money::from_ore(80_000_000)); // acquisition 600.000 + implementation 200.000
/// assert_eq!(totals.internal, Money::from_ore(75_000_000)); // consultant, legal, IT
/// # Ok(())
/// # }
/// ```
pub fn totals(budget: &TenderBudget) -> Result<Totals, Error> {
    if budget.cost_items.len() > MAX_COST_ITEMS {
        return Err(Error::new(
            Field::CostItems,
            Problem::TooMany {
                max: MAX_COST_ITEMS,
            },
        ));
    }
    let mut totals = Totals {
        total: Money::ZERO,
        supplier: Money::ZERO,
        internal: Money::ZERO,
    };
    let mut ids = BTreeSet::new();
    for (index, item) in budget.cost_items.iter().enumerate() {
        if !ids.insert(item.id) {
            return Err(Error::new(
                Field::Id(index),
                Problem::DuplicateId { id: item.id },
            ));
        }
        check_amount(item.amount, Field::Amount(index))?;
        let overflow = || Error::new(Field::Amount(index), Problem::Overflow);
        totals.total = totals.total.checked_add(item.amount).ok_or_else(overflow)?;
        let part = match item.kind {
            CostKind::Supplier => &mut totals.supplier,
            CostKind::Internal => &mut totals.internal,
        };
        *part = part.checked_add(item.amount).ok_or_else(overflow)?;
    }
    Ok(totals)
}

/// Total divided by population, in kroner per citizen, unrounded (28 significant digits).
/// `None` for an empty population or on overflow.
///
/// ```
/// use ddh_engine::money::{round_half_away, Money};
/// use ddh_engine::tender::price_per_citizen;
/// // The slides' first case: 1.550.000 kr. over 1.270.000 citizens.
/// let price = price_per_citizen(Money::from_ore(155_000_000), 1_270_000);
/// assert_eq!(price.map(|p| round_half_away(p, 2).to_string()), Some("1.22".to_owned()));
/// ```
pub fn price_per_citizen(total: Money, population: u64) -> Option<Decimal> {
    if population == 0 {
        return None;
    }
    total.kroner().checked_div(Decimal::from(population))
}

/// Whether `total` over `population` stays at or below `target` kr. per citizen, compared exactly
/// (total ≤ target × population), so that no rounding decides a borderline case.
pub fn within_target(total: Money, population: u64, target: Decimal) -> bool {
    Decimal::from(population)
        .checked_mul(target)
        .is_some_and(|carried| total.kroner() <= carried)
}

/// The price per citizen rounded to øre, half away from zero, as the report states it.
///
/// # Errors
/// [`Problem::NoMembers`] at `members.codes` for a population of zero (nobody to carry the cost).
///
/// ```
/// use ddh_engine::money::Money;
/// use ddh_engine::tender::rounded_price;
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// // The slides' second case: 1.550.000 kr. over 1.100.000 citizens is 1,409… kr., so 1,41 (the slide says 1,45).
/// assert_eq!(rounded_price(Money::from_ore(155_000_000), 1_100_000)?.to_string(), "1.41");
/// assert!(rounded_price(Money::from_ore(100), 0).is_err());
/// # Ok(())
/// # }
/// ```
pub fn rounded_price(total: Money, population: u64) -> Result<Decimal, Error> {
    total
        .divided_by(population)
        .map(Money::kroner)
        .ok_or_else(|| Error::new(members::Field::Codes, Problem::NoMembers))
}

/// The whole tender section of the report for `members` (ordered by code).
///
/// # Errors
/// [`Problem::NoMembers`] at `members.codes` when there is nobody to bill; a total that is not whole
/// øre at `tender.cost_items` (which [`totals`] has already refused).
///
/// ```
/// use ddh_engine::money::Money;
/// use ddh_engine::members::section::MemberSelection;
/// use ddh_engine::tender::section::TenderBudget;
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// let members = ddh_engine::members::resolve(&MemberSelection::default())?; // the 13 named in 2024–25
/// let report = ddh_engine::tender::report(ddh_engine::tender::totals(&TenderBudget::default())?, &members)?;
/// // Aarhus, 373.388 of the 1.053.499 citizens, carries 35,44 % of 1.550.000 kr.
/// assert_eq!(report.largest_member.name, "Aarhus");
/// assert_eq!(report.largest_member.bill, Money::from_ore(54_936_113));
/// assert_eq!(report.bills_total, report.total); // the bills add up to the øre
/// # Ok(())
/// # }
/// ```
pub fn report(totals: Totals, members: &[Member]) -> Result<TenderReport, Error> {
    let population: u64 = members.iter().map(|m| m.population).sum();
    let weights: Vec<u64> = members.iter().map(|m| m.population).collect();
    let parts = totals
        .total
        .allocate(&weights)
        .map_err(|cause| match cause {
            AllocationError::NoWeight => Error::new(members::Field::Codes, Problem::NoMembers),
            AllocationError::NegativeTotal
            | AllocationError::FractionOfOre
            | AllocationError::TooLarge => Error::new(
                Field::CostItems,
                Problem::FractionOfOre {
                    value: totals.total.kroner().to_string(),
                },
            ),
        })?;
    let bills_total = parts
        .iter()
        .try_fold(Money::ZERO, |sum, part| sum.checked_add(*part))
        .ok_or_else(|| Error::new(Field::CostItems, Problem::Overflow))?;
    let mut billed: Vec<(&Member, Money)> = members.iter().zip(parts).collect();
    crate::common::order::sort_by(&mut billed, |(a, _), (b, _)| largest_first(a, b));
    let bills: Vec<Bill> = billed
        .into_iter()
        .map(|(member, bill)| Bill {
            code: member.code,
            name: member.name.clone(),
            region: member.region,
            population: member.population,
            population_overridden: member.population_overridden,
            share_percent: share_percent(member.population, population),
            bill,
        })
        .collect();
    let largest = bills
        .first()
        .ok_or_else(|| Error::new(members::Field::Codes, Problem::NoMembers))?;
    Ok(TenderReport {
        total: totals.total.round_to_ore(),
        population,
        member_count: members.len(),
        price_per_citizen: rounded_price(totals.total, population)?,
        largest_member: LargestMember {
            code: largest.code,
            name: largest.name.clone(),
            share_percent: largest.share_percent,
            bill: largest.bill,
        },
        bills,
        bills_total,
    })
}

/// `part / whole` as a percentage with [`SHARE_DECIMALS`] decimals.
fn share_percent(part: u64, whole: u64) -> Decimal {
    if whole == 0 {
        return Decimal::ZERO;
    }
    let ratio = Decimal::from(part)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|hundreds| hundreds.checked_div(Decimal::from(whole)))
        .unwrap_or_default();
    round_half_away(ratio, SHARE_DECIMALS)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use crate::areas::tender::section::CostItem;

    /// Cost items of the given amounts in øre, or with `(mantissa, scale)` for sub-øre amounts.
    fn budget(amounts: &[(i64, u32)]) -> TenderBudget {
        TenderBudget {
            cost_items: amounts
                .iter()
                .zip(1..)
                .map(|(&(mantissa, scale), id)| CostItem {
                    id,
                    name: "Post".into(),
                    amount: Money::from_kroner(Decimal::new(mantissa, scale)),
                    kind: CostKind::Supplier,
                })
                .collect(),
        }
    }

    #[test]
    fn slides_three_cases_from_their_own_rounded_populations() {
        let total = Money::from_ore(155_000_000);
        assert_eq!(rounded_price(total, 1_270_000), Ok(Decimal::new(122, 2)));
        // The slides say 1,45 and 1,9; their own rounded populations give 1,41 and 1,85.
        assert_eq!(rounded_price(total, 1_100_000), Ok(Decimal::new(141, 2)));
        assert_eq!(rounded_price(total, 840_000), Ok(Decimal::new(185, 2)));
    }

    #[test]
    fn bad_amounts_name_their_item() {
        let field = |amounts: &[(i64, u32)]| totals(&budget(amounts)).err().map(|e| e.field);
        let item = |index: usize| Some(format!("tender.cost_items[{index}].amount"));
        assert_eq!(field(&[(1, 0), (-1, 0)]), item(1));
        assert_eq!(field(&[(100_000_000_001, 2)]), item(0)); // 1.000.000.000,01 kr.
        assert_eq!(field(&[(1, 3)]), item(0)); // 0,001 kr.
        assert_eq!(field(&[(1_000_000_000, 0)]), None);
        let mut repeated = budget(&[(1, 0), (2, 0)]);
        repeated.cost_items[1].id = 1;
        assert_eq!(
            totals(&repeated).err().map(|e| e.field),
            Some("tender.cost_items[1].id".to_owned())
        );
    }

    /// The budget holds up to 100 items: the hundredth is read, the hundred-and-first refused.
    #[test]
    fn a_budget_of_the_most_items_is_read_and_one_more_is_refused() {
        let mut full = budget(&[(100, 0); MAX_COST_ITEMS]);
        assert_eq!(
            totals(&full).map(|t| t.total),
            Ok(Money::from_ore(100 * 100 * 100))
        );
        full.cost_items.push(CostItem {
            id: 999,
            ..full.cost_items[0].clone()
        });
        let refused = totals(&full).err();
        assert_eq!(
            refused.map(|e| (e.field, e.problem)),
            Some((
                "tender.cost_items".to_owned(),
                Problem::TooMany {
                    max: MAX_COST_ITEMS
                }
            ))
        );
    }

    #[test]
    fn target_is_compared_exactly() {
        let total = Money::from_ore(100);
        // 1 kr. over 3 citizens is 0,333… per citizen: not within 0,33 but within 0,34.
        assert!(!within_target(total, 3, Decimal::new(33, 2)));
        assert!(within_target(total, 3, Decimal::new(34, 2)));
        assert!(within_target(total, 4, Decimal::new(25, 2)));
    }
}
