//! Key 3, Skanderborg's proposal (styregruppemøde 18. april 2024): hours and cost by the share of last
//! year's calls, held within [floor, cap] of the population share.
//!
//! Two variants. The proposal's spreadsheet bounds each call share ("column H") and rescales the
//! bounded shares to 100 % ("column I"), after which a share can sit outside its bounds again. The
//! exact variant gives each member `clamp(λ · call share, floor, cap)` for the one λ at which the shares
//! add up to 100 %: it fixes the members outside their bounds on the side that falls further out,
//! rescales the rest by calls, and repeats until none is outside. Should no λ reach 100 % (every member
//! with calls at its cap, short of it), the rest is spread by population over the members at their
//! floor, which keeps every share within its bounds.
//!
//! All shares are exact integers over a common denominator: with P the population and C the calls,
//! a call share is `calls_i · 10000 · P` and a bound `bp · pop_i · C` (bp: the bound in basis points),
//! both over `10000 · P · C`.

use super::section::{basis_points, Bounded};
use super::shape::{split_by, Input, Key, Split};
use crate::areas::keys::field::Field;
use crate::common::error::{Error, Problem};

/// Where a member's share ends, against its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Within its bounds: its call share (rescaled).
    Free,
    /// Held at its floor.
    Floor,
    /// Held at its cap.
    Cap,
}

/// The spreadsheet's variant.
pub struct Spreadsheet<'a>(pub &'a Bounded);
/// The exact variant.
pub struct Exact<'a>(pub &'a Bounded);

/// The shares of one variant as integer weights, and where each member ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shares {
    /// Weights proportional to the shares.
    pub weights: Vec<u128>,
    /// Each member against its bounds.
    pub bounds: Vec<Bound>,
}

struct Terms {
    /// `calls_i · 10000 · P`.
    calls: Vec<u128>,
    /// `floor_bp · pop_i · C`.
    floor: Vec<u128>,
    /// `cap_bp · pop_i · C`.
    cap: Vec<u128>,
}

fn overflow() -> Error {
    Error::new(Field::Calls, Problem::Overflow)
}

fn terms(bounded: &Bounded, input: &Input) -> Result<Terms, Error> {
    let (population, calls) = (input.population(), input.calls());
    if calls == 0 {
        return Err(Error::new(Field::Calls, Problem::AllZero));
    }
    let floor = basis_points(bounded.floor_percent).ok_or_else(overflow)?;
    let cap = basis_points(bounded.cap_percent).ok_or_else(overflow)?;
    let scaled = |a: u128, b: u128, c: u128| a.checked_mul(b)?.checked_mul(c);
    let mut terms = Terms {
        calls: Vec::new(),
        floor: Vec::new(),
        cap: Vec::new(),
    };
    for party in &input.parties {
        let pop = u128::from(party.member.population);
        let call = u128::from(party.calls);
        terms
            .calls
            .push(scaled(call, 10_000, population).ok_or_else(overflow)?);
        terms
            .floor
            .push(scaled(floor, pop, calls).ok_or_else(overflow)?);
        terms
            .cap
            .push(scaled(cap, pop, calls).ok_or_else(overflow)?);
    }
    Ok(terms)
}

/// The spreadsheet's shares: each call share clamped to its bounds; the weights rescale them.
///
/// # Errors
/// No calls at all; numbers too large to weigh exactly.
pub fn spreadsheet(bounded: &Bounded, input: &Input) -> Result<Shares, Error> {
    let terms = terms(bounded, input)?;
    let mut shares = Shares {
        weights: Vec::new(),
        bounds: Vec::new(),
    };
    for ((&call, &floor), &cap) in terms.calls.iter().zip(&terms.floor).zip(&terms.cap) {
        let (weight, bound) = if call < floor {
            (floor, Bound::Floor)
        } else if call > cap {
            (cap, Bound::Cap)
        } else {
            (call, Bound::Free)
        };
        shares.weights.push(weight);
        shares.bounds.push(bound);
    }
    Ok(shares)
}

/// For each member, whether the spreadsheet's rescaled share (`shares`, from [`spreadsheet`]) lies
/// outside its bounds: exactly, by
/// comparing `w_i / Σw` with `bound_i / (10000 · P · C)` cross-multiplied in 256 bits.
///
/// # Errors
/// No calls at all; numbers too large to weigh exactly.
pub fn rescaled_outside(
    bounded: &Bounded,
    input: &Input,
    shares: &Shares,
) -> Result<Vec<bool>, Error> {
    let terms = terms(bounded, input)?;
    let sum: u128 = shares.weights.iter().sum();
    let whole = input
        .population()
        .checked_mul(10_000)
        .and_then(|w| w.checked_mul(input.calls()))
        .ok_or_else(overflow)?;
    Ok(shares
        .weights
        .iter()
        .zip(terms.floor.iter().zip(&terms.cap))
        .map(|(&w, (&floor, &cap))| {
            let share = wide_product(w, whole);
            share < wide_product(floor, sum) || share > wide_product(cap, sum)
        })
        .collect())
}

/// `a · b` in 256 bits, as (high, low) halves, which compare as the product does.
fn wide_product(a: u128, b: u128) -> (u128, u128) {
    let mask = u128::from(u64::MAX);
    let (a1, a0, b1, b0) = (a >> 64, a & mask, b >> 64, b & mask);
    let (low, middle_a, middle_b, high) = (a0 * b0, a1 * b0, a0 * b1, a1 * b1);
    // The middle terms and the carry out of the low half, each below 2^129 in sum, split over the halves.
    let middle = (low >> 64) + (middle_a & mask) + (middle_b & mask);
    let low = (low & mask) | (middle << 64);
    let high = high + (middle_a >> 64) + (middle_b >> 64) + (middle >> 64);
    (high, low)
}

/// The exact variant's shares: every one within its bounds, adding up to 100 %.
///
/// # Errors
/// No calls at all; numbers too large to weigh exactly.
pub fn exact(bounded: &Bounded, input: &Input) -> Result<Shares, Error> {
    let floor_bp = basis_points(bounded.floor_percent).ok_or_else(overflow)?;
    let cap_bp = basis_points(bounded.cap_percent).ok_or_else(overflow)?;
    let pops: Vec<u128> = input.populations();
    let calls: Vec<u128> = input.parties.iter().map(|p| u128::from(p.calls)).collect();
    let mut bounds = vec![Bound::Free; pops.len()];
    // In units of 1 / (10000 · P) (the common factor C divided out): a fixed member's share is
    // `bp · pop_i`; what is left for the free members is `rest = 10000 · P − Σ fixed`, split by calls.
    let as_signed = |value: u128| i128::try_from(value).map_err(|_| overflow());
    let whole = as_signed(
        input
            .population()
            .checked_mul(10_000)
            .ok_or_else(overflow)?,
    )?;
    // Each round fixes at least one more member, so there are at most as many rounds as members.
    for _ in 0..=bounds.len() {
        let mut fixed: i128 = 0;
        let mut free_calls: u128 = 0;
        for ((&bound, &pop), &call) in bounds.iter().zip(&pops).zip(&calls) {
            match bound {
                Bound::Free => free_calls += call,
                _ => fixed += as_signed(bound_bp(bound, floor_bp, cap_bp) * pop)?,
            }
        }
        if free_calls == 0 {
            break;
        }
        let rest = whole - fixed;
        let free_calls = as_signed(free_calls)?;
        // Each free member's share `rest · calls_i / free_calls` against its bounds `bp · pop_i`, all
        // times `free_calls`: how far below its floor, or above its cap, it falls.
        let mut below: Vec<(usize, i128)> = Vec::new();
        let mut above: Vec<(usize, i128)> = Vec::new();
        for (i, ((&bound, &pop), &call)) in bounds.iter().zip(&pops).zip(&calls).enumerate() {
            if bound != Bound::Free {
                continue;
            }
            let share = rest.checked_mul(as_signed(call)?).ok_or_else(overflow)?;
            let at = |bp: u128| -> Result<i128, Error> {
                as_signed(bp * pop)?
                    .checked_mul(free_calls)
                    .ok_or_else(overflow)
            };
            let (floor, cap) = (at(floor_bp)?, at(cap_bp)?);
            if share < floor {
                below.push((i, floor - share));
            } else if share > cap {
                above.push((i, share - cap));
            }
        }
        if below.is_empty() && above.is_empty() {
            let weights = bounds
                .iter()
                .zip(&pops)
                .zip(&calls)
                .map(|((&bound, &pop), &call)| match bound {
                    Bound::Free => Ok(u128::try_from(rest).unwrap_or(0) * call),
                    _ => (bound_bp(bound, floor_bp, cap_bp) * pop)
                        .checked_mul(u128::try_from(free_calls).unwrap_or(0))
                        .ok_or_else(overflow),
                })
                .collect::<Result<Vec<u128>, Error>>()?;
            return Ok(Shares { weights, bounds });
        }
        // Fix only the side that falls further out: fixing members at their floor takes from the rest,
        // which may bring those above their cap back within it, and the other way round. Fixing both
        // at once could hold a member at a bound the solution does not reach.
        let total = |side: &[(usize, i128)]| side.iter().map(|(_, by)| by).sum::<i128>();
        let (short, over) = (total(&below), total(&above));
        if short >= over {
            for &(i, _) in &below {
                if let Some(bound) = bounds.get_mut(i) {
                    *bound = Bound::Floor;
                }
            }
        }
        if over >= short {
            for &(i, _) in &above {
                if let Some(bound) = bounds.get_mut(i) {
                    *bound = Bound::Cap;
                }
            }
        }
    }
    all_fixed(bounds, &pops, floor_bp, cap_bp, whole)
}

/// A fixed member's bound in basis points.
fn bound_bp(bound: Bound, floor_bp: u128, cap_bp: u128) -> u128 {
    if bound == Bound::Cap {
        cap_bp
    } else {
        floor_bp
    }
}

/// Every member fixed (or free with no calls, at a floor of 0): the difference to 100 % is spread by
/// population over the members at their floor when short, at their cap when over.
fn all_fixed(
    mut bounds: Vec<Bound>,
    pops: &[u128],
    floor_bp: u128,
    cap_bp: u128,
    whole: i128,
) -> Result<Shares, Error> {
    for bound in bounds.iter_mut().filter(|b| **b == Bound::Free) {
        *bound = Bound::Floor;
    }
    let bp = |bound: Bound| bound_bp(bound, floor_bp, cap_bp);
    let fixed: u128 = bounds.iter().zip(pops).map(|(&b, &pop)| bp(b) * pop).sum();
    let rest = whole - i128::try_from(fixed).map_err(|_| overflow())?;
    let side = if rest >= 0 { Bound::Floor } else { Bound::Cap };
    let side_population: u128 = bounds
        .iter()
        .zip(pops)
        .filter(|(&b, _)| b == side)
        .map(|(_, &pop)| pop)
        .sum();
    let side_population = i128::try_from(side_population.max(1)).map_err(|_| overflow())?;
    let weights = bounds
        .iter()
        .zip(pops)
        .map(|(&bound, &pop)| {
            let pop = i128::try_from(pop).map_err(|_| overflow())?;
            let base = i128::try_from(bp(bound)).map_err(|_| overflow())? * pop * side_population;
            let lifted = if bound == side {
                base + rest * pop
            } else {
                base
            };
            u128::try_from(lifted).map_err(|_| overflow())
        })
        .collect::<Result<Vec<u128>, Error>>()?;
    Ok(Shares { weights, bounds })
}

impl Key for Spreadsheet<'_> {
    fn split(&self, input: &Input) -> Result<Split, Error> {
        split_by(input, &spreadsheet(self.0, input)?.weights, &Field::Bounded)
    }
}

impl Key for Exact<'_> {
    fn split(&self, input: &Input) -> Result<Split, Error> {
        split_by(input, &exact(self.0, input)?.weights, &Field::Bounded)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::wide_product;
    use proptest::prelude::*;

    /// The product by schoolbook multiplication of 32-bit digits: slow and plain, to hold the
    /// four-part multiplication to.
    fn naive_product(a: u128, b: u128) -> (u128, u128) {
        let digits = |x: u128| {
            [0, 32, 64, 96].map(|shift| u64::try_from((x >> shift) & 0xffff_ffff).unwrap_or(0))
        };
        let (a, b) = (digits(a), digits(b));
        let mut product = [0u64; 8];
        for i in 0..4 {
            let mut carry = 0u64;
            for j in 0..4 {
                let sum = product[i + j] + a[i] * b[j] + carry;
                product[i + j] = sum & 0xffff_ffff;
                carry = sum >> 32;
            }
            product[i + 4] += carry;
        }
        let half = |digits: &[u64]| {
            digits
                .iter()
                .rev()
                .fold(0u128, |x, &d| (x << 32) | u128::from(d))
        };
        (half(&product[4..]), half(&product[..4]))
    }

    proptest! {
        #[test]
        fn wide_products_are_the_schoolbook_products(a in any::<u128>(), b in any::<u128>(), shift in 0u32..128) {
            prop_assert_eq!(wide_product(a, b), naive_product(a, b));
            prop_assert_eq!(wide_product(a >> shift, b), naive_product(a >> shift, b));
        }
    }

    #[test]
    fn wide_products_compare_as_the_products() {
        assert_eq!(wide_product(1 << 100, 1 << 100), (1 << 72, 0));
        assert_eq!(wide_product(u128::MAX, 2), (1, u128::MAX - 1));
        assert_eq!(wide_product(3, 5), (0, 15));
        assert!(wide_product(u128::MAX, u128::MAX) > wide_product(u128::MAX, u128::MAX - 1));
    }
}
