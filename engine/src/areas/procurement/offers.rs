//! Vendor offers compared as the number of members runs from one to all, members leaving in the
//! tender area's order: each offer's total over the chosen years and per member, the cheapest at each
//! count, and the counts at which one offer overtakes another (found by going through every count,
//! so there is no formula to get wrong at a tie). Each offer is also checked against the threshold
//! over § 38's 48 months with all members, at both ends of a price range.
//!
//! Rounding: totals are whole øre (prices are whole øre, multiplied by whole numbers); the cost per
//! member is rounded half away from zero to whole øre and is for reading, never summed.

use super::section::{
    check_count, check_ids, Basis, Offer, Procurement, MAX_OFFERS, MAX_OFFER_YEARS,
};
use super::thresholds::ThresholdRow;
use super::value::HORIZON_MONTHS;
use crate::areas::members::Member;
use crate::areas::procurement::field::Field;
use crate::areas::procurement::report::{
    BreakEven, OfferCost, OfferSummary, OffersAtCount, OffersReport,
};
use crate::common::error::{Error, Problem};
use crate::common::limits::check_amount;
use crate::common::money::Money;
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// Refuses offers that cannot be compared, naming the field.
pub(crate) fn check(offers: &[Offer], years: u32) -> Result<(), Error> {
    check_count(years, 1, MAX_OFFER_YEARS, Field::OfferYears)?;
    if offers.len() > MAX_OFFERS {
        return Err(Error::new(
            Field::Offers,
            Problem::TooMany { max: MAX_OFFERS },
        ));
    }
    let ids: Vec<u32> = offers.iter().map(|offer| offer.id).collect();
    check_ids(&ids, Field::OfferId)?;
    for (index, offer) in offers.iter().enumerate() {
        check_amount(offer.setup, Field::OfferSetup(index))?;
        check_amount(offer.yearly, Field::OfferYearly(index))?;
        if let Some(high) = offer.yearly_high {
            check_amount(high, Field::OfferYearlyHigh(index))?;
            if high < offer.yearly {
                let (value, low) = (high.kroner().to_string(), offer.yearly.kroner().to_string());
                return Err(Error::new(
                    Field::OfferYearlyHigh(index),
                    Problem::BelowLow { value, low },
                ));
            }
        }
        let priced = [Some(offer.setup), Some(offer.yearly), offer.yearly_high]
            .into_iter()
            .flatten()
            .any(|amount| amount > Money::ZERO);
        if !priced {
            return Err(Error::new(Field::OfferYearly(index), Problem::NoPrice));
        }
    }
    Ok(())
}

/// The comparison, `members` in the order they leave (the first leaves first).
pub(crate) fn compare(
    procurement: &Procurement,
    members: &[&Member],
    threshold: &ThresholdRow,
) -> Result<OffersReport, Error> {
    let overflow = || Error::new(Field::Offers, Problem::Overflow);
    let offers = &procurement.offers;
    let years = Decimal::from(procurement.offer_years);
    let horizon_years = Decimal::from(HORIZON_MONTHS / 12);
    let all = members.len();
    let all_population: u64 = members.iter().map(|m| m.population).sum();
    let mut summaries = Vec::with_capacity(offers.len());
    for offer in offers {
        let value = |yearly: Money| {
            cost(
                offer,
                all,
                all_population,
                offer.setup,
                yearly,
                horizon_years,
            )
            .ok_or_else(overflow)
        };
        let value_low = value(offer.yearly)?;
        let value_high = offer.yearly_high.map(value).transpose()?;
        let at_or_above = |value: Money| value >= threshold.amount();
        summaries.push(OfferSummary {
            id: offer.id,
            name: offer.name.clone(),
            source: offer.source.clone(),
            basis: offer.basis,
            value_48_months: value_low,
            value_48_months_high: value_high,
            at_or_above_threshold: at_or_above(value_low),
            at_or_above_threshold_high: value_high.map(at_or_above),
        });
    }
    // What one unit (the whole, a member, a citizen) costs over the years does not depend on the
    // count, so it is worked out once per offer rather than for each of up to 98 counts.
    let per_unit: Vec<(Option<Decimal>, Option<Option<Decimal>>)> = offers
        .iter()
        .map(|offer| {
            let of = |yearly: Money| per_unit(offer.setup, yearly, years);
            (of(offer.yearly), offer.yearly_high.map(of))
        })
        .collect();
    let mut counts = Vec::with_capacity(all);
    for count in 1..=all {
        let population: u64 = members.iter().skip(all - count).map(|m| m.population).sum();
        let mut costs = Vec::with_capacity(offers.len());
        for (offer, (low, high)) in offers.iter().zip(&per_unit) {
            let total = |per_unit: Option<Decimal>| {
                per_unit
                    .and_then(|per_unit| times_units(offer.basis, per_unit, count, population))
                    .ok_or_else(overflow)
            };
            let (low, high) = (total(*low)?, high.map(total).transpose()?);
            // count ≥ 1, so the division is defined.
            let per_member = |total: Money| total.divided_by(count as u64).unwrap_or(total);
            costs.push(OfferCost {
                id: offer.id,
                total: low,
                per_member: per_member(low),
                total_high: high,
                per_member_high: high.map(per_member),
            });
        }
        let lowest = costs.iter().map(|c| c.total).min();
        let cheapest = costs
            .iter()
            .filter(|c| Some(c.total) == lowest)
            .map(|c| c.id)
            .collect();
        counts.push(OffersAtCount {
            members: count,
            population,
            costs,
            cheapest,
        });
    }
    Ok(OffersReport {
        years: procurement.offer_years,
        member_count: all,
        threshold: threshold.amount(),
        break_evens: break_evens(offers, &counts),
        offers: summaries,
        counts,
    })
}

/// What `offer` costs over `years` for `count` members of `population` citizens; `None` on overflow.
fn cost(
    offer: &Offer,
    count: usize,
    population: u64,
    setup: Money,
    yearly: Money,
    years: Decimal,
) -> Option<Money> {
    times_units(
        offer.basis,
        per_unit(setup, yearly, years)?,
        count,
        population,
    )
}

/// What one unit of an offer's basis costs over `years`, the setup included; `None` on overflow.
fn per_unit(setup: Money, yearly: Money, years: Decimal) -> Option<Decimal> {
    yearly
        .kroner()
        .checked_mul(years)?
        .checked_add(setup.kroner())
}

/// `per_unit` times the units of `basis` for `count` members of `population` citizens.
fn times_units(basis: Basis, per_unit: Decimal, count: usize, population: u64) -> Option<Money> {
    let units = Decimal::from(match basis {
        Basis::Flat => 1,
        Basis::PerMunicipality => count as u64,
        Basis::PerCitizen => population,
    });
    per_unit.checked_mul(units).map(Money::from_kroner)
}

/// For each pair of offers, every count at which their order differs from the count before: the
/// cheaper of the two changes, or they cost the same (`cheaper` is then `None`).
fn break_evens(offers: &[Offer], counts: &[OffersAtCount]) -> Vec<BreakEven> {
    let total = |at: &OffersAtCount, index: usize| at.costs.get(index).map(|c| c.total);
    let mut found = Vec::new();
    for (a, first) in offers.iter().enumerate() {
        for (b, second) in offers.iter().enumerate().skip(a + 1) {
            let order_at = |at: &OffersAtCount| total(at, a).cmp(&total(at, b));
            for pair in counts.windows(2) {
                let [before, at] = pair else { continue };
                let is = order_at(at);
                if order_at(before) != is {
                    found.push(BreakEven {
                        first: first.id,
                        second: second.id,
                        members: at.members,
                        cheaper: match is {
                            Ordering::Less => Some(first.id),
                            Ordering::Greater => Some(second.id),
                            Ordering::Equal => None,
                        },
                    });
                }
            }
        }
    }
    found
}
