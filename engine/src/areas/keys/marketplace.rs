//! Key 4, base + marketplace (the 2025 slides, "Dynamisk vagtfordeling"): a base share of each
//! member's population-key hours is its own; the rest of them, with any base hours members offer back,
//! go on a marketplace where members bid for hours. Oversubscribed, the bids are cut pro rata;
//! undersubscribed, the hours left go by the fill rule the user picks. Members above their
//! population-key hours are paid a compensation per hour by the members below, in proportion to the
//! hours each is above or below: the settlement sums to zero. With no bids and nothing offered back,
//! every member supplies its population-key hours exactly.
//!
//! In whole minutes: a member's base is its population-key minutes times the base share, rounded down;
//! every split is the largest remainder. The compensation in all is the minutes moved times the rate
//! ÷ 60, rounded to the øre (half up).

use super::section::{basis_points, Fill, Marketplace};
use super::shape::{share, share_cost, Input, Key, Split};
use crate::areas::keys::field::Field;
use crate::common::error::{Error, Problem};
use crate::common::money::Money;

/// Minutes per hour.
const MINUTES: u64 = 60;

/// The marketplace's outcome, per member in the order of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Base minutes: the population-key minutes times the base share, rounded down.
    pub base: Vec<u64>,
    /// Base minutes offered back.
    pub offered: Vec<u64>,
    /// Minutes bid for.
    pub bid: Vec<u64>,
    /// Minutes won on the marketplace.
    pub won: Vec<u64>,
    /// Minutes handed out by the fill rule.
    pub filled: Vec<u64>,
    /// The minutes the member supplies: base − offered + won + filled.
    pub minutes: Vec<u64>,
    /// Above (+) or below (−) the population key, minutes.
    pub moved: Vec<i64>,
    /// Compensation paid (+) or received (−), øre.
    pub settlement: Vec<i64>,
    /// Minutes on the marketplace: the rest after the base, and the base offered back.
    pub supply: u64,
    /// Minutes bid for in all.
    pub demand: u64,
}

/// The marketplace for these members.
///
/// # Errors
/// A bid for more hours than there are, an offer of more hours than the member's base (both naming
/// the bid), numbers too large to weigh.
pub fn outcome(market: &Marketplace, input: &Input) -> Result<Outcome, Error> {
    let total = input.total.minutes;
    let pops = input.populations();
    let base_bp = basis_points(market.base_percent)
        .ok_or_else(|| Error::new(Field::BasePercent, Problem::Overflow))?;
    let by_population = &input.by_population.minutes;
    let base: Vec<u64> = by_population
        .iter()
        .map(|&m| u64::try_from(u128::from(m) * base_bp / 10_000).unwrap_or(m))
        .collect();
    // Each member's population-key minutes beyond its base: what it brings to the marketplace.
    let brought: Vec<u64> = by_population
        .iter()
        .zip(&base)
        .map(|(p, b)| p - b)
        .collect();
    let base_total: u64 = base.iter().sum();
    let count = input.parties.len();
    let (mut offered, mut bid) = (vec![0u64; count], vec![0u64; count]);
    for (i, entry) in market.bids.iter().enumerate() {
        let Some(at) = input
            .parties
            .iter()
            .position(|p| p.member.code == entry.code)
        else {
            continue; // a bid kept from a member no longer taking part
        };
        let minutes = entry.hours.unsigned_abs().saturating_mul(MINUTES);
        let base_here = base.get(at).copied().unwrap_or(0);
        if entry.hours > 0 && minutes > total {
            return Err(Error::new(
                Field::BidHours(i),
                Problem::TooLarge {
                    value: entry.hours.to_string(),
                    max: (total / MINUTES).to_string(),
                },
            ));
        }
        if entry.hours < 0 && minutes > base_here {
            return Err(Error::new(
                Field::BidHours(i),
                Problem::MoreThanBase {
                    value: entry.hours.unsigned_abs().to_string(),
                    base: (base_here / MINUTES).to_string(),
                },
            ));
        }
        let slot = if entry.hours > 0 {
            &mut bid
        } else {
            &mut offered
        };
        if let Some(slot) = slot.get_mut(at) {
            *slot = minutes;
        }
    }
    let supply = total - base_total + offered.iter().sum::<u64>();
    let demand: u64 = bid.iter().sum();
    let wide = |values: &[u64]| values.iter().map(|&v| u128::from(v)).collect::<Vec<u128>>();
    let (won, filled) = if demand >= supply {
        let won = if supply == 0 {
            vec![0; count]
        } else {
            share(supply, &wide(&bid), &Field::Bids)?
        };
        (won, vec![0; count])
    } else {
        let rest = supply - demand;
        // By population: in proportion to what each member brought (its population-key minutes
        // beyond the base). Hours nobody takes go back by the key, to those that offered some back too.
        let by_population: Vec<u128> = brought.iter().map(|&b| u128::from(b)).collect();
        let weights = match market.fill {
            Fill::Bidders if demand > 0 => wide(&bid),
            _ if by_population.iter().any(|&w| w > 0) => by_population,
            _ => pops.clone(),
        };
        (bid.clone(), share(rest, &weights, &Field::Fill)?)
    };
    let minutes: Vec<u64> = (0..count)
        .map(|i| {
            let at = |v: &[u64]| v.get(i).copied().unwrap_or(0);
            at(&base) - at(&offered) + at(&won) + at(&filled)
        })
        .collect();
    let moved: Vec<i64> = minutes
        .iter()
        .zip(by_population)
        .map(|(&m, &p)| i64::try_from(m).unwrap_or(i64::MAX) - i64::try_from(p).unwrap_or(i64::MAX))
        .collect();
    let settlement = settle(&moved, market.compensation_per_hour)?;
    Ok(Outcome {
        base,
        offered,
        bid,
        won,
        filled,
        minutes,
        moved,
        settlement,
        supply,
        demand,
    })
}

/// The compensation: the minutes moved above the population key times the rate a minute, rounded to
/// øre, received by the members above in proportion to their minutes above, and paid by those below
/// in proportion to theirs. Both sides are the same amount, so it sums to zero exactly.
fn settle(moved: &[i64], rate: Money) -> Result<Vec<i64>, Error> {
    let field = Field::CompensationPerHour;
    let rate_ore = u128::try_from(rate.to_ore().unwrap_or(0)).unwrap_or(0);
    let above: Vec<u128> = moved
        .iter()
        .map(|&m| u128::try_from(m.max(0)).unwrap_or(0))
        .collect();
    let below: Vec<u128> = moved
        .iter()
        .map(|&m| u128::from(m.min(0).unsigned_abs()))
        .collect();
    let moved_minutes: u128 = above.iter().sum();
    let amount = (moved_minutes * rate_ore + u128::from(MINUTES / 2)) / u128::from(MINUTES);
    if amount == 0 {
        return Ok(vec![0; moved.len()]);
    }
    let amount = u64::try_from(amount).map_err(|_| Error::new(field, Problem::Overflow))?;
    let received = share(amount, &above, &field)?;
    let paid = share(amount, &below, &field)?;
    Ok(received
        .iter()
        .zip(&paid)
        .map(|(&r, &p)| i64::try_from(p).unwrap_or(i64::MAX) - i64::try_from(r).unwrap_or(i64::MAX))
        .collect())
}

impl Key for Marketplace {
    /// The minutes the marketplace gives; the cost in proportion to the population share plus the
    /// minutes moved (`pop_i / P + moved_i / M`, so with nothing moved it is the population key's to
    /// the øre), plus the compensation paid (less the compensation received).
    fn split(&self, input: &Input) -> Result<Split, Error> {
        split_of(&outcome(self, input)?, input)
    }
}

/// The marketplace key's split for its outcome.
///
/// # Errors
/// Numbers too large to weigh.
pub fn split_of(outcome: &Outcome, input: &Input) -> Result<Split, Error> {
    let (population, minutes) = (input.population(), u128::from(input.total.minutes));
    if minutes == 0 {
        // No hours to move: the cost (if any) by population, as the population key's.
        let cost = input.by_population.cost.iter().zip(&outcome.settlement);
        return Ok(Split {
            minutes: outcome.minutes.clone(),
            cost: cost
                .map(|(&own, &settled)| own.saturating_add(settled))
                .collect(),
        });
    }
    let weights: Vec<u128> = input
        .parties
        .iter()
        .zip(&outcome.moved)
        .map(|(party, &moved)| {
            let base = u128::from(party.member.population) * minutes;
            let change = u128::from(moved.unsigned_abs()) * population;
            // A member left with no minutes can sit a fraction of a minute below its exact share.
            if moved < 0 {
                base.saturating_sub(change)
            } else {
                base + change
            }
        })
        .collect();
    let own = share_cost(input.total, &weights, &Field::Marketplace)?;
    let cost = own
        .iter()
        .zip(&outcome.settlement)
        .map(|(&own, &settled)| own.saturating_add(settled))
        .collect();
    Ok(Split {
        minutes: outcome.minutes.clone(),
        cost,
    })
}
