//! Key 2, the cooperation agreement's economic model (samarbejdsaftale §1.3): the fee by a weighted
//! mix of population share and call share; agent hours by population share, credited against the fee
//! at the hourly rate (the cost of those hours); the net payment is the fee less the credit.

use super::section::{basis_points, Economic};
use super::shape::{share_cost, Input, Key, Split};
use crate::areas::keys::field::Field;
use crate::common::error::{Error, Problem};

/// Each member's fee, credit and net payment, in the order of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settlement {
    /// The fee (driftsvederlag): the total cost by the weighted mix, øre.
    pub fee: Vec<i64>,
    /// The credit for the member's agent hours: the total cost by population.
    pub credit: Vec<i64>,
}

/// The mix of shares as exact integer weights: `w_pop · pop_i · C + w_calls · calls_i · P`, which is
/// `(w_pop · pop_i / P + w_calls · calls_i / C)` times the common `P · C`.
fn mix(economic: &Economic, input: &Input) -> Result<Vec<u128>, Error> {
    let field = Field::CallsWeightPercent;
    let overflow = || Error::new(field, Problem::Overflow);
    let w_pop = basis_points(economic.population_weight_percent).ok_or_else(overflow)?;
    let w_calls = basis_points(economic.calls_weight_percent).ok_or_else(overflow)?;
    let (population, calls) = (input.population(), input.calls());
    if calls == 0 && w_calls > 0 {
        return Err(Error::new(Field::Calls, Problem::AllZero));
    }
    input
        .parties
        .iter()
        .map(|p| {
            let by_population = w_pop
                .checked_mul(u128::from(p.member.population))?
                .checked_mul(calls.max(1))?;
            let by_calls = w_calls
                .checked_mul(u128::from(p.calls))?
                .checked_mul(population)?;
            by_population.checked_add(by_calls)
        })
        .collect::<Option<Vec<u128>>>()
        .ok_or_else(overflow)
}

/// The fee and the credit per member.
///
/// # Errors
/// No calls at all while the calls weigh; numbers too large to weigh exactly.
pub fn settlement(economic: &Economic, input: &Input) -> Result<Settlement, Error> {
    Ok(Settlement {
        fee: share_cost(input.total, &mix(economic, input)?, &Field::Economic)?,
        credit: input.by_population.cost.clone(),
    })
}

impl Key for Economic {
    /// Hours by population; what the member bears is its fee (its own agents' cost is credited back).
    fn split(&self, input: &Input) -> Result<Split, Error> {
        Ok(Split {
            minutes: input.by_population.minutes.clone(),
            cost: settlement(self, input)?.fee,
        })
    }
}
