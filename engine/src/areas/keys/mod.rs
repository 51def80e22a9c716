//! Allocation keys (fordelingsnøgler): who supplies how many agent hours and who bears what cost,
//! under today's population key, the cooperation agreement's economic model, Skanderborg's bounded
//! call share (two variants) and base + marketplace, side by side; with a jumpseat cut on top of any
//! of them, and the steering group's seats per region.
//!
//! Every key has one shape ([`shape::Key`]): members and a total in, each member's minutes and cost
//! out, adding up exactly.

pub mod bounded;
pub mod calls;
pub mod calls_csv;
pub mod economic;
pub mod edit;
pub mod field;
pub mod marketplace;
pub mod population;
pub mod report;
pub mod seats;
pub mod section;
pub mod shape;
pub mod table_csv;

use crate::areas::hours::report::HoursReport;
pub use crate::areas::keys::field::Field;
use crate::areas::members::{largest_first, Member};
use crate::common::error::{Error, Problem};
use crate::common::money::Money;
use report::{
    BoundedPart, EconomicPart, KeyId, KeyPart, KeySum, KeysReport, MarketPart, MarketTotals,
    MemberKeys,
};
use rust_decimal::Decimal;
use section::{Keys, Source};
use shape::{Input, Key, Party, Split, Total};

/// Minutes per hour.
const MINUTES: u64 = 60;

/// The keys area's figures.
///
/// # Errors
/// The first refused field of the keys section; the members' error; the hours area's error when the
/// hours come from it; a cut larger than the hours; no calls at all.
pub fn report(
    keys: &Keys,
    calls_per_year: i64,
    members: Result<&[Member], &Error>,
    hours: Result<&HoursReport, &Error>,
) -> Result<KeysReport, Error> {
    section::check(keys)?;
    let mut members: Vec<&Member> = members.map_err(Clone::clone)?.iter().collect();
    crate::order::sort_by(&mut members, |a, b| largest_first(a, b));
    let (source_minutes, source_cost) = source(keys, hours)?;
    let (cut_minutes, cut_cost) = cut(keys, hours, source_minutes, source_cost)?;
    let total = net(source_minutes, source_cost, cut_minutes, cut_cost);
    let input = Input::new(parties(keys, calls_per_year, &members)?, total)?;
    // Each key's own figures once; its split (the one shape, [`Key`]) from them.
    let by_population = population::Population.split(&input)?;
    let settlement = economic::settlement(&keys.economic, &input)?;
    let spreadsheet = bounded::spreadsheet(&keys.bounded, &input)?;
    let exact = bounded::exact(&keys.bounded, &input)?;
    let outside = bounded::rescaled_outside(&keys.bounded, &input, &spreadsheet)?;
    let market = marketplace::outcome(&keys.marketplace, &input)?;
    let splits: Vec<Split> = vec![
        Split {
            minutes: by_population.minutes.clone(),
            cost: settlement.fee.clone(),
        },
        shape::split_by(&input, &spreadsheet.weights, &Field::Bounded)?,
        shape::split_by(&input, &exact.weights, &Field::Bounded)?,
        marketplace::split_of(&market, &input)?,
    ];
    let splits: Vec<Split> = std::iter::once(by_population).chain(splits).collect();
    let (population, calls) = (input.population(), input.calls());
    let spreadsheet_sum: u128 = spreadsheet.weights.iter().sum();
    let exact_sum: u128 = exact.weights.iter().sum();
    let mut rows = Vec::new();
    for (i, party) in input.parties.iter().enumerate() {
        let at = |split: &Split| {
            (
                split.minutes.get(i).copied().unwrap_or(0),
                split.cost.get(i).copied().unwrap_or(0),
            )
        };
        let (base_minutes, base_cost) = splits.first().map(at).unwrap_or((0, 0));
        let parts = splits
            .iter()
            .map(|split| {
                let (minutes, cost) = at(split);
                KeyPart {
                    minutes,
                    cost: Money::from_ore(cost),
                    minutes_change: signed(minutes) - signed(base_minutes),
                    cost_change: Money::from_ore(cost.saturating_sub(base_cost)),
                }
            })
            .collect();
        let money = |values: &[i64]| values.get(i).copied().unwrap_or(0);
        let minutes = |values: &[u64]| values.get(i).copied().unwrap_or(0);
        let (fee, credit) = (money(&settlement.fee), money(&settlement.credit));
        let weight = |values: &[u128]| values.get(i).copied().unwrap_or(0);
        // The spreadsheet's weights are shares in units of 1 / (10000 · P · C).
        let bounded_share = percent(
            weight(&spreadsheet.weights),
            population.saturating_mul(10_000).saturating_mul(calls),
        );
        rows.push(MemberKeys {
            code: party.member.code,
            name: party.member.name.clone(),
            population: party.member.population,
            calls: party.calls,
            calls_given: keys.calls_illustrative
                || keys.calls.iter().any(|e| e.code == party.member.code),
            population_share: percent(u128::from(party.member.population), population),
            call_share: percent(u128::from(party.calls), calls),
            keys: parts,
            economic: EconomicPart {
                fee: Money::from_ore(fee),
                credit: Money::from_ore(credit),
                net: Money::from_ore(fee.saturating_sub(credit)),
            },
            bounded: BoundedPart {
                bounded_share,
                bound: spreadsheet
                    .bounds
                    .get(i)
                    .copied()
                    .unwrap_or(bounded::Bound::Free),
                rescaled_share: percent(weight(&spreadsheet.weights), spreadsheet_sum),
                rescaled_outside: outside.get(i).copied().unwrap_or(false),
                exact_share: percent(weight(&exact.weights), exact_sum),
                exact_bound: exact.bounds.get(i).copied().unwrap_or(bounded::Bound::Free),
                differs: splits.get(2).map(|s| at(s).0) != splits.get(3).map(|s| at(s).0),
            },
            marketplace: MarketPart {
                base: minutes(&market.base),
                offered: minutes(&market.offered),
                bid: minutes(&market.bid),
                won: minutes(&market.won),
                filled: minutes(&market.filled),
                moved: market.moved.get(i).copied().unwrap_or(0),
                settlement: Money::from_ore(money(&market.settlement)),
            },
        });
    }
    let base_cost = splits.first().map(|s| s.cost.clone()).unwrap_or_default();
    let by_change = splits
        .iter()
        .map(|split| {
            let change: Vec<i64> = split
                .cost
                .iter()
                .zip(&base_cost)
                .map(|(&c, &b)| c.saturating_sub(b))
                .collect();
            let mut positions: Vec<usize> = (0..rows.len()).collect();
            crate::common::order::sort_by(&mut positions, |&a, &b| {
                change.get(a).cmp(&change.get(b))
            });
            positions
        })
        .collect();
    let cost = Money::from_ore(total.cost_ore);
    let sums: Vec<KeySum> = KeyId::ALL
        .iter()
        .zip(&splits)
        .map(|(&key, split)| KeySum {
            key,
            minutes: split.minutes.iter().sum(),
            cost: Money::from_ore(sum_ore(&split.cost)),
        })
        .collect();
    let sums_equal = sums
        .iter()
        .all(|s| s.minutes == total.minutes && s.cost == cost);
    let received: Vec<i64> = market
        .settlement
        .iter()
        .map(|&s| s.min(0).saturating_neg())
        .collect();
    let compensation = sum_ore(&received);
    Ok(KeysReport {
        source: keys.source,
        source_minutes,
        source_cost,
        jumpseat_minutes: cut_minutes,
        jumpseat_cost: cut_cost,
        minutes: total.minutes,
        cost,
        calls_illustrative: keys.calls_illustrative,
        calls: u64::try_from(calls).unwrap_or(u64::MAX),
        keys: KeyId::ALL.to_vec(),
        sums,
        sums_equal,
        members: rows,
        by_change,
        marketplace: MarketTotals {
            base: market.base.iter().sum(),
            supply: market.supply,
            demand: market.demand,
            oversubscribed: market.demand > market.supply,
            fill: keys.marketplace.fill,
            compensation: Money::from_ore(compensation),
        },
        seats: seats::apportion(&keys.seats, &input.parties),
    })
}

/// Each member (largest first) with its calls: the user's, or the illustrative calls spread over
/// these members.
fn parties<'m>(
    keys: &Keys,
    calls_per_year: i64,
    members: &[&'m Member],
) -> Result<Vec<Party<'m>>, Error> {
    let illustrative = calls::illustrative(members, u64::try_from(calls_per_year).unwrap_or(0))?;
    Ok(members
        .iter()
        .zip(&illustrative)
        .map(|(&member, &illustrative)| Party {
            member,
            calls: if keys.calls_illustrative {
                illustrative
            } else {
                keys.calls
                    .iter()
                    .find(|entry| entry.code == member.code)
                    .map_or(0, |entry| entry.calls.unsigned_abs())
            },
        })
        .collect())
}

/// `cost_ore` split among `members` (largest first) by `key` alone, as the area would split it were
/// they its members and `minutes` the agent minutes shared: for a caller that splits other amounts
/// over other members by one key (the budget years, half year by half year). The parts add up to
/// `cost_ore` exactly.
///
/// # Errors
/// As [`report()`] for the section and the key's own rules over these members.
pub fn split_cost(
    keys: &Keys,
    key: KeyId,
    calls_per_year: i64,
    members: &[&Member],
    minutes: u64,
    cost_ore: i64,
) -> Result<Vec<i64>, Error> {
    section::check(keys)?;
    let total = Total { minutes, cost_ore };
    let input = Input::new(parties(keys, calls_per_year, members)?, total)?;
    let split = match key {
        KeyId::Population => return Ok(input.by_population.cost),
        KeyId::Economic => return Ok(economic::settlement(&keys.economic, &input)?.fee),
        KeyId::Bounded => {
            let weights = bounded::spreadsheet(&keys.bounded, &input)?.weights;
            shape::split_by(&input, &weights, &Field::Bounded)?
        }
        KeyId::BoundedExact => {
            let weights = bounded::exact(&keys.bounded, &input)?.weights;
            shape::split_by(&input, &weights, &Field::Bounded)?
        }
        KeyId::Marketplace => {
            let outcome = marketplace::outcome(&keys.marketplace, &input)?;
            marketplace::split_of(&outcome, &input)?
        }
    };
    Ok(split.cost)
}

/// `part / whole` in %, to 4 decimals, half away from zero; by integers, as a division of decimals for
/// every member and share would cost more than the keys themselves.
fn percent(part: u128, whole: u128) -> Decimal {
    let whole = whole.max(1);
    let scaled = part
        .checked_mul(2_000_000)
        .and_then(|p| p.checked_add(whole))
        .zip(whole.checked_mul(2))
        .map(|(p, w)| p / w)
        .and_then(|q| i64::try_from(q).ok());
    scaled.map_or(Decimal::ZERO, |q| Decimal::new(q, 4))
}

/// Øre added up; the format's limits keep every sum far below `i64::MAX`, and a sum that would pass it
/// stops there rather than wrap.
pub(crate) fn sum_ore(values: &[i64]) -> i64 {
    let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
    i64::try_from(sum).unwrap_or(if sum < 0 { i64::MIN } else { i64::MAX })
}

fn signed(minutes: u64) -> i64 {
    i64::try_from(minutes).unwrap_or(i64::MAX)
}

/// The agent minutes and the cost every key shares (the source less the jumpseat cut), after the
/// section's own rules: [`KeysReport::minutes`] and [`KeysReport::cost`] without splitting them, for a
/// caller that needs the total alone (the comparison of scenarios).
///
/// # Errors
/// As [`report()`] for the section and the source; the members' calls are not looked at.
pub fn shared(keys: &Keys, hours: Result<&HoursReport, &Error>) -> Result<(u64, Money), Error> {
    section::check(keys)?;
    let (source_minutes, source_cost) = source(keys, hours)?;
    let (cut_minutes, cut_cost) = cut(keys, hours, source_minutes, source_cost)?;
    let total = net(source_minutes, source_cost, cut_minutes, cut_cost);
    Ok((total.minutes, Money::from_ore(total.cost_ore)))
}

/// The agent minutes the keys share, from the sections alone: the chosen schedule's staffing plan in the
/// opening-hours area's year ([`crate::hours::staffed_minutes`], no service-level mathematics) or the
/// typed hours, less the jumpseat cut where it applies. For a caller that needs the minutes and not the
/// rest of the hours area (the budget years, whose marketplace key hands them out).
///
/// # Errors
/// As [`shared`]; and [`Problem::Missing`] at `keys.jumpseat.hours` where the cut is the opening-hours
/// area's estimate, which only that area's mathematics gives.
pub fn shared_minutes(keys: &Keys, hours: &crate::hours::section::Hours) -> Result<u64, Error> {
    section::check(keys)?;
    let source = match keys.source {
        Source::Typed => keys.typed_hours.unsigned_abs() * MINUTES,
        Source::Today => crate::hours::staffed_minutes(hours, &hours.today, hours.year)?,
        Source::Proposed => crate::hours::staffed_minutes(hours, &hours.proposed, hours.year)?,
    };
    if !keys.jumpseat.apply {
        return Ok(source);
    }
    let field = Field::JumpseatHours;
    let cut = keys
        .jumpseat
        .hours
        .ok_or_else(|| Error::new(field, Problem::Missing))?
        .unsigned_abs()
        * MINUTES;
    source.checked_sub(cut).ok_or_else(|| {
        let (value, max) = ((cut / MINUTES).to_string(), (source / MINUTES).to_string());
        Error::new(field, Problem::TooLarge { value, max })
    })
}

/// The source less the jumpseat cut, which [`cut`] keeps within the source.
fn net(source_minutes: u64, source_cost: Money, cut_minutes: u64, cut_cost: Money) -> Total {
    Total {
        minutes: source_minutes - cut_minutes,
        cost_ore: source_cost.to_ore().unwrap_or(0) - cut_cost.to_ore().unwrap_or(0),
    }
}

/// The hours and cost before the cut: the chosen schedule's staffing plan, or the typed totals.
fn source(keys: &Keys, hours: Result<&HoursReport, &Error>) -> Result<(u64, Money), Error> {
    match keys.source {
        Source::Typed => Ok((keys.typed_hours.unsigned_abs() * MINUTES, keys.typed_cost)),
        Source::Today | Source::Proposed => {
            let hours = hours.map_err(Clone::clone)?;
            let schedule = if keys.source == Source::Today {
                &hours.today
            } else {
                &hours.proposed
            };
            Ok((schedule.staffed.agent_minutes, schedule.staffed.cost))
        }
    }
}

/// The jumpseat cut: its minutes (typed, or the hours area's estimate for the chosen schedule) and the
/// cost in proportion, rounded to øre half away from zero.
fn cut(
    keys: &Keys,
    hours: Result<&HoursReport, &Error>,
    minutes: u64,
    cost: Money,
) -> Result<(u64, Money), Error> {
    if !keys.jumpseat.apply {
        return Ok((0, Money::ZERO));
    }
    let field = Field::JumpseatHours;
    let cut = match (keys.jumpseat.hours, keys.source) {
        (Some(hours), _) => hours.unsigned_abs() * MINUTES,
        (None, Source::Typed) => return Err(Error::new(field, Problem::Missing)),
        (None, source) => {
            let hours = hours.map_err(Clone::clone)?;
            let schedule = if source == Source::Today {
                &hours.today
            } else {
                &hours.proposed
            };
            schedule.jumpseat.yearly_minutes
        }
    };
    if cut > minutes {
        return Err(Error::new(
            field,
            Problem::TooLarge {
                value: (cut / MINUTES).to_string(),
                max: (minutes / MINUTES).to_string(),
            },
        ));
    }
    // cost · cut / minutes in øre, half away from zero, by integers (a decimal division first would
    // round before the multiplication). The cost is at most 10^11 øre and the minutes below 2^31.
    let cost_ore = u128::try_from(cost.to_ore().unwrap_or(0)).unwrap_or(0);
    let (cut_wide, whole) = (u128::from(cut), u128::from(minutes.max(1)));
    let ore = (2 * cut_wide * cost_ore + whole) / (2 * whole);
    let share = Money::from_ore(i64::try_from(ore).unwrap_or(i64::MAX));
    Ok((cut, share))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sums of øre stop at the ends of `i64` rather than wrap (the format's limits keep real sums far
    /// from them).
    #[test]
    fn sums_of_ore_stop_at_the_ends_of_the_range() {
        assert_eq!(sum_ore(&[i64::MAX, 1]), i64::MAX);
        assert_eq!(sum_ore(&[i64::MIN, -1]), i64::MIN);
        assert_eq!(sum_ore(&[i64::MAX, -1, 1]), i64::MAX);
        assert_eq!(sum_ore(&[-5, 3]), -2);
    }
}
