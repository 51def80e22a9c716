//! The contract value by udbudsloven: every payment excl. VAT, options, extensions and add-ons
//! included (§ 30); a fixed term up to 48 months counts in full, an indefinite term or one longer than
//! 48 months counts as the monthly value × 48 (§ 38).
//!
//! Rounding: a yearly price over a number of months that is not a multiple of 12 is a fraction of an
//! øre; the recurring payments are summed exactly and rounded once, half away from zero, to whole øre.

use super::section::{Basis, LineRole, PriceLine, Procurement, Timing};
use crate::areas::members::Member;
use crate::areas::procurement::field::Field;
use crate::areas::procurement::report::{TermRule, ValueReport, ValueStep, ValueStepKind};
use crate::areas::tender::Totals;
use crate::common::error::{Error, Problem};
use crate::common::money::{round_half_away, Money};
use rust_decimal::Decimal;

/// The act's sections each step of the value follows (in the report as the act is cited in Danish;
/// the app writes them in its language, [`crate::areas::procurement::cited`]).
pub(crate) const SECTION_30: &str = "udbudsloven § 30";
pub(crate) const SECTION_38: &str = "udbudsloven § 38";
pub(crate) const SECTIONS_30_38: &str = "udbudsloven §§ 30 og 38";

/// Months of § 38's rule for an indefinite term, or one longer than this.
pub const HORIZON_MONTHS: u32 = 48;

/// The months the value counts, and the rule that gives them.
///
/// ```
/// use ddh_engine::procurement::{section::Term, value::months_counted};
/// use ddh_engine::procurement::report::TermRule;
/// let fixed = |months| Term { indefinite: false, months };
/// assert_eq!(months_counted(fixed(48), 0), (48, TermRule::FixedWithin48));
/// assert_eq!(months_counted(fixed(49), 0), (48, TermRule::LongerThan48));
/// assert_eq!(months_counted(fixed(36), 24), (48, TermRule::LongerThan48)); // the extension counts
/// assert_eq!(months_counted(Term { indefinite: true, months: 12 }, 0), (48, TermRule::Indefinite));
/// ```
pub fn months_counted(term: super::section::Term, extension_months: u32) -> (u32, TermRule) {
    let months = term.months.saturating_add(extension_months);
    if term.indefinite {
        (HORIZON_MONTHS, TermRule::Indefinite)
    } else if months <= HORIZON_MONTHS {
        (months, TermRule::FixedWithin48)
    } else {
        (HORIZON_MONTHS, TermRule::LongerThan48)
    }
}

/// The value, step by step.
///
/// # Errors
/// The members' error when a price is per municipality or per citizen, the budget's when its
/// supplier items are included, [`Problem::Overflow`] for sums beyond the engine's numbers.
pub(crate) fn contract_value(
    procurement: &Procurement,
    members: Result<&[Member], &Error>,
    budget: Result<&Totals, &Error>,
) -> Result<ValueReport, Error> {
    let overflow = || Error::new(Field::Lines, Problem::Overflow);
    let (months, rule) = months_counted(procurement.term, procurement.extension_months);
    let months_decimal = Decimal::from(months);
    let tender_items = if procurement.include_tender_supplier_items {
        Some(budget.map_err(Clone::clone)?.supplier)
    } else {
        None
    };
    // Recurring prices are summed as kroner a year, exact; the one division by 12 comes last.
    let over_months = |yearly: Decimal| {
        yearly
            .checked_mul(months_decimal)
            .map(|sum| sum / Decimal::from(12))
            .ok_or_else(overflow)
    };
    let mut one_off = tender_items.map_or(Decimal::ZERO, Money::kroner);
    let mut yearly = Decimal::ZERO;
    // Options and extensions likewise: their one-off and yearly kroner summed exactly, so that their
    // part of the term is divided and rounded once, as the recurring total is.
    let (mut not_base_once, mut not_base_yearly) = (Decimal::ZERO, Decimal::ZERO);
    for line in &procurement.lines {
        let (line_once, line_yearly) = line_amounts(line, members)?;
        one_off = one_off.checked_add(line_once).ok_or_else(overflow)?;
        yearly = yearly.checked_add(line_yearly).ok_or_else(overflow)?;
        if line.role != LineRole::Base {
            not_base_once = not_base_once.checked_add(line_once).ok_or_else(overflow)?;
            not_base_yearly = not_base_yearly
                .checked_add(line_yearly)
                .ok_or_else(overflow)?;
        }
    }
    let not_base = not_base_once
        .checked_add(over_months(not_base_yearly)?)
        .ok_or_else(overflow)?;
    let monthly = yearly / Decimal::from(12);
    let recurring = round_half_away(over_months(yearly)?, 2);
    let total = one_off.checked_add(recurring).ok_or_else(overflow)?;
    let money = |kroner: Decimal| Money::from_kroner(round_half_away(kroner, 2));
    let step = |kind, amount: Decimal, paragraph| ValueStep {
        kind,
        amount: money(amount),
        paragraph,
    };
    let mut steps = Vec::with_capacity(6);
    if let Some(items) = tender_items {
        steps.push(step(
            ValueStepKind::TenderSupplierItems,
            items.kroner(),
            SECTION_30,
        ));
    }
    steps.push(step(ValueStepKind::OneOff, one_off, SECTION_30));
    steps.push(step(ValueStepKind::Monthly, monthly, SECTION_38));
    steps.push(step(ValueStepKind::Recurring, recurring, SECTION_38));
    steps.push(step(ValueStepKind::NotBase, not_base, SECTION_30));
    steps.push(step(ValueStepKind::Total, total, SECTIONS_30_38));
    // The value as it builds up month by month, for the chart against the threshold.
    let mut by_month = Vec::with_capacity(months as usize + 1);
    for month in 0..=months {
        let so_far = yearly
            .checked_mul(Decimal::from(month))
            .map(|sum| round_half_away(sum / Decimal::from(12), 2))
            .and_then(|recurring| one_off.checked_add(recurring))
            .ok_or_else(overflow)?;
        by_month.push(money(so_far));
    }
    Ok(ValueReport {
        one_off: money(one_off),
        monthly: money(monthly),
        yearly: money(yearly),
        months_counted: months,
        rule,
        recurring: money(recurring),
        options_included: money(not_base),
        total: money(total),
        steps,
        by_month,
    })
}

/// A line's one-off kroner and its kroner a year, exact, for the members taking part.
fn line_amounts(
    line: &PriceLine,
    members: Result<&[Member], &Error>,
) -> Result<(Decimal, Decimal), Error> {
    let units = units(line.basis, members)?;
    let amount = line
        .amount
        .kroner()
        .checked_mul(Decimal::from(units))
        .ok_or_else(|| Error::new(Field::Lines, Problem::Overflow))?;
    Ok(match line.timing {
        Timing::OneOff => (amount, Decimal::ZERO),
        Timing::Monthly => (
            Decimal::ZERO,
            amount
                .checked_mul(Decimal::from(12))
                .ok_or_else(|| Error::new(Field::Lines, Problem::Overflow))?,
        ),
        Timing::Yearly => (Decimal::ZERO, amount),
    })
}

/// What a price per `basis` is multiplied by: 1, the number of members, or their citizens.
pub(crate) fn units(basis: Basis, members: Result<&[Member], &Error>) -> Result<u64, Error> {
    Ok(match basis {
        Basis::Flat => 1,
        Basis::PerMunicipality => members.map_err(Clone::clone)?.len() as u64,
        Basis::PerCitizen => members
            .map_err(Clone::clone)?
            .iter()
            .map(|m| m.population)
            .sum(),
    })
}
