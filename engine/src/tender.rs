//! The tender budget financed by population: the total, the price per citizen, and each member's bill.

use crate::error::{Error, Problem};
use crate::members::Member;
use crate::money::{round_half_away, Money};
use crate::report::{Bill, LargestMember, TenderReport};
use crate::scenario::{CostKind, TenderBudget};
use rust_decimal::Decimal;

/// A single cost item above one milliard kroner is a typing error for a contact centre's tender.
pub const MAX_ITEM_KRONER: i64 = 1_000_000_000;
/// More lines than anyone would put in a tender budget.
pub const MAX_COST_ITEMS: usize = 100;

/// Decimals of a percentage share in the report, rounded half away from zero.
const SHARE_DECIMALS: u32 = 2;

/// The budget's total, split in supplier and internal costs, after checking every item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub total: Money,
    pub supplier: Money,
    pub internal: Money,
}

/// Checks every cost item and adds them up.
///
/// ```
/// use ddh_engine::{scenario::Scenario, tender::totals, money::Money};
/// let totals = totals(&Scenario::default().tender).unwrap();
/// assert_eq!(totals.total, Money::from_ore(155_000_000)); // 1.550.000 kr.
/// assert_eq!(totals.supplier, Money::from_ore(80_000_000)); // acquisition + implementation
/// ```
pub fn totals(budget: &TenderBudget) -> Result<Totals, Error> {
    if budget.cost_items.len() > MAX_COST_ITEMS {
        return Err(Error::new(
            "tender.cost_items",
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
    for (index, item) in budget.cost_items.iter().enumerate() {
        let field = |name: &str| format!("tender.cost_items[{index}].{name}");
        check_amount(item.amount, &field("amount"))?;
        let overflow = || Error::new(field("amount"), Problem::Overflow);
        totals.total = totals.total.checked_add(item.amount).ok_or_else(overflow)?;
        let part = match item.kind {
            CostKind::Supplier => &mut totals.supplier,
            CostKind::Internal => &mut totals.internal,
        };
        *part = part.checked_add(item.amount).ok_or_else(overflow)?;
    }
    Ok(totals)
}

fn check_amount(amount: Money, field: &str) -> Result<(), Error> {
    let value = amount.kroner().to_string();
    if amount.is_negative() {
        return Err(Error::new(field, Problem::Negative { value }));
    }
    if amount.kroner() > Decimal::from(MAX_ITEM_KRONER) {
        let max = MAX_ITEM_KRONER.to_string();
        return Err(Error::new(field, Problem::TooLarge { value, max }));
    }
    if amount.to_ore().is_none() {
        return Err(Error::new(field, Problem::FractionOfOre { value }));
    }
    Ok(())
}

/// Total divided by population, in kroner per citizen, unrounded (28 significant digits).
/// `None` for an empty population or on overflow.
///
/// ```
/// use ddh_engine::{tender::price_per_citizen, money::Money};
/// let price = price_per_citizen(Money::from_ore(155_000_000), 1_270_000).unwrap();
/// assert_eq!(ddh_engine::money::round_half_away(price, 2).to_string(), "1.22");
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
pub fn rounded_price(total: Money, population: u64) -> Result<Decimal, Error> {
    price_per_citizen(total, population)
        .map(|price| round_half_away(price, 2))
        .ok_or_else(|| Error::new("members", Problem::Overflow))
}

/// The whole tender section of the report for `members` (ordered by code, at least one).
pub fn report(totals: Totals, members: &[Member]) -> Result<TenderReport, Error> {
    let population: u64 = members.iter().map(|m| m.population).sum();
    let weights: Vec<u64> = members.iter().map(|m| m.population).collect();
    let parts = totals
        .total
        .allocate(&weights)
        .ok_or_else(|| Error::new("members.codes", Problem::NoMembers))?;
    let bills_total = parts
        .iter()
        .try_fold(Money::ZERO, |sum, part| sum.checked_add(*part))
        .ok_or_else(|| Error::new("tender.cost_items", Problem::Overflow))?;
    let mut bills: Vec<Bill> = members
        .iter()
        .zip(parts)
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
    bills.sort_by(|a, b| b.population.cmp(&a.population).then(a.code.cmp(&b.code)));
    let largest = bills
        .first()
        .ok_or_else(|| Error::new("members.codes", Problem::NoMembers))?;
    Ok(TenderReport {
        total: totals.total.round_to_ore(),
        supplier_total: totals.supplier.round_to_ore(),
        internal_total: totals.internal.round_to_ore(),
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
    use crate::scenario::CostItem;

    /// Cost items of the given amounts in øre, or with `(mantissa, scale)` for sub-øre amounts.
    fn budget(amounts: &[(i64, u32)]) -> TenderBudget {
        TenderBudget {
            cost_items: amounts
                .iter()
                .map(|&(mantissa, scale)| CostItem {
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
