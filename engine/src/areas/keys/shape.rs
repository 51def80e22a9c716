//! The one shape every allocation key has: it takes the members (with their calls) and the total, and
//! gives each member's agent minutes and cost. A new key is one file implementing [`Key`].
//!
//! Rounding, the same for every key and for the tender bills: minutes and øre are split by the largest
//! remainder over exact integer weights ([`crate::money::largest_remainder`]), ties to the earlier
//! member, and members are listed largest first (lower code first on equal populations), so the parts
//! add up to the total exactly.

use crate::areas::members::{self, Member};
use crate::common::error::{Error, Problem};
use crate::common::field::FieldPath;
use crate::common::money::{largest_remainder, AllocationError};

/// A member taking part in the keys: who, and last year's calls.
#[derive(Debug, Clone, Copy)]
pub struct Party<'a> {
    /// The member.
    pub member: &'a Member,
    /// Its calls in the year.
    pub calls: u64,
}

/// What is shared: agent minutes a year and their cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    /// Agent minutes.
    pub minutes: u64,
    /// Cost, in whole øre.
    pub cost_ore: i64,
}

/// The members and the total a key shares. `parties` is largest first.
#[derive(Debug)]
pub struct Input<'a> {
    /// The members with their calls, largest first.
    pub parties: Vec<Party<'a>>,
    /// What to share.
    pub total: Total,
    /// The population key's split, which every key is compared with and several build on: made once.
    pub by_population: Split,
}

/// Each member's part, in the order of [`Input::parties`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Agent minutes; they add up to the total's.
    pub minutes: Vec<u64>,
    /// Cost the member bears, in øre (integers, so that the report's sums and changes are quick and
    /// exact); it adds up to the total's.
    pub cost: Vec<i64>,
}

/// An allocation key.
pub trait Key {
    /// Each member's minutes and cost.
    ///
    /// # Errors
    /// A rule of the key's parameters the input breaks, naming its field.
    fn split(&self, input: &Input) -> Result<Split, Error>;
}

impl<'a> Input<'a> {
    /// The input for `parties` (largest first) and `total`, with the population key's split.
    ///
    /// # Errors
    /// No population to weigh (`members.codes`).
    pub fn new(parties: Vec<Party<'a>>, total: Total) -> Result<Input<'a>, Error> {
        let mut input = Input {
            parties,
            total,
            by_population: Split {
                minutes: Vec::new(),
                cost: Vec::new(),
            },
        };
        input.by_population = split_by(&input, &input.populations(), &members::Field::Codes)?;
        Ok(input)
    }

    /// The members' populations, as weights.
    pub fn populations(&self) -> Vec<u128> {
        self.parties
            .iter()
            .map(|p| u128::from(p.member.population))
            .collect()
    }

    /// The sum of the populations.
    pub fn population(&self) -> u128 {
        self.populations().iter().sum()
    }

    /// The sum of the calls.
    pub fn calls(&self) -> u128 {
        self.parties.iter().map(|p| u128::from(p.calls)).sum()
    }
}

/// `total` over `weights` by the largest remainder; `field` is named when it cannot be done (a key's
/// own field, or the members' when the populations are shared).
pub(crate) fn share(
    total: u64,
    weights: &[u128],
    field: &dyn FieldPath,
) -> Result<Vec<u64>, Error> {
    let parts = largest_remainder(u128::from(total), weights).map_err(|cause| match cause {
        AllocationError::NoWeight => Error::new(field, Problem::AllZero),
        _ => Error::new(field, Problem::Overflow),
    })?;
    // Every part is at most the total, which came from a u64.
    Ok(parts
        .into_iter()
        .map(|p| u64::try_from(p).unwrap_or(u64::MAX))
        .collect())
}

/// The cost over `weights`, in whole øre.
pub(crate) fn share_cost(
    total: Total,
    weights: &[u128],
    field: &dyn FieldPath,
) -> Result<Vec<i64>, Error> {
    let ore = u64::try_from(total.cost_ore).unwrap_or(0);
    Ok(share(ore, weights, field)?
        .into_iter()
        .map(|ore| i64::try_from(ore).unwrap_or(i64::MAX))
        .collect())
}

/// Minutes and cost both over the same weights.
pub(crate) fn split_by(
    input: &Input,
    weights: &[u128],
    field: &dyn FieldPath,
) -> Result<Split, Error> {
    Ok(Split {
        minutes: share(input.total.minutes, weights, field)?,
        cost: share_cost(input.total, weights, field)?,
    })
}
