//! The members' calls: the user's, or an illustrative default for whoever takes part.
//!
//! The illustrative calls are the opening-hours area's calls a year spread by population, except the
//! two members the 2024 proposal uses as examples: Skanderborg at 1,05 % of the calls against 3,33 %
//! of the population (a ratio of 315 ‰), and Odsherred at 1.300 call-hours against 741 at twice its
//! population share (a ratio of 3.509 ‰). So the examples show, floor and cap, when they take part.

use super::shape::share;
use crate::areas::keys::field::Field;
use crate::areas::members::Member;
use crate::common::error::Error;

/// Calls per citizen relative to the average, in ‰, for the proposal's two examples.
pub const EXAMPLE_RATIOS: [(u16, u128); 2] = [(746, 315), (306, 3_509)];

/// Skanderborg and Odsherred, the examples.
pub const SKANDERBORG: u16 = 746;
/// Odsherred.
pub const ODSHERRED: u16 = 306;

/// The illustrative calls for `members` (largest first), adding up to `per_year`.
///
/// # Errors
/// Numbers too large to weigh.
pub fn illustrative(members: &[&Member], per_year: u64) -> Result<Vec<u64>, Error> {
    let weights: Vec<u128> = members
        .iter()
        .map(|m| {
            let ratio = EXAMPLE_RATIOS
                .iter()
                .find(|(code, _)| *code == m.code)
                .map_or(1_000, |(_, ratio)| *ratio);
            u128::from(m.population) * ratio
        })
        .collect();
    share(per_year, &weights, &Field::Calls)
}
