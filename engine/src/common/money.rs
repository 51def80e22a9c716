//! Money in Danish kroner, exact to the øre, and the one way the engine splits an amount.
//!
//! Amounts are [`Decimal`]s, never floats. A split over members is done on whole øre by the
//! largest-remainder method, so the parts always add up to the total exactly.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Decimals of a krone amount in whole øre (100 øre to the krone).
const ORE_DECIMALS: u32 = 2;

/// An amount in kroner. Serialized as a decimal string (`"1550000.00"`), so no float ever rounds it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(Decimal);

impl Money {
    /// Zero kroner.
    /// Written `0.00`, like every amount the engine computes.
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));

    /// Kroner as given, keeping the scale of the input.
    pub fn from_kroner(kroner: Decimal) -> Money {
        Money(kroner)
    }

    /// A whole number of øre, shown with two decimals.
    ///
    /// ```
    /// use ddh_engine::money::Money;
    /// assert_eq!(Money::from_ore(155_000_000).to_string(), "1550000.00");
    /// ```
    pub fn from_ore(ore: i64) -> Money {
        Money(Decimal::new(ore, 2))
    }

    /// The amount in kroner.
    pub fn kroner(self) -> Decimal {
        self.0
    }

    /// The amount in whole øre, or `None` when it has a fraction of an øre or does not fit.
    ///
    /// ```
    /// use ddh_engine::money::Money;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Money::from_kroner(Decimal::new(40_000_000, 2)).to_ore(), Some(40_000_000));
    /// assert_eq!(Money::from_kroner(Decimal::new(1_005, 3)).to_ore(), None); // 1,005 kr.
    /// ```
    pub fn to_ore(self) -> Option<i64> {
        // From the decimal's integer mantissa and its scale (value = mantissa / 10^scale), without
        // a decimal multiplication: the engine converts thousands of amounts per evaluation. The
        // mantissa has 96 bits and the scale is at most 28, so nothing here leaves i128.
        let (mantissa, scale) = (self.0.mantissa(), self.0.scale());
        let ore = match scale.checked_sub(ORE_DECIMALS) {
            None => mantissa.checked_mul(10i128.checked_pow(ORE_DECIMALS - scale)?)?,
            Some(extra) => {
                let divisor = 10i128.checked_pow(extra)?;
                if mantissa % divisor != 0 {
                    return None;
                }
                mantissa / divisor
            }
        };
        i64::try_from(ore).ok()
    }

    /// The sum of two amounts, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Whether the amount is below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// Splits the amount over `weights` in proportion, on whole øre, by [`allocate_ore`]: the parts add up
    /// to the amount exactly.
    ///
    /// # Errors
    /// [`AllocationError`] for a fraction of an øre, a negative amount, or weights that sum to zero.
    ///
    /// ```
    /// use ddh_engine::money::{AllocationError, Money};
    /// # fn main() -> Result<(), AllocationError> {
    /// // The slides' 1.550.000 kr. over Aarhus and Odder by population (2025K1).
    /// let parts = Money::from_ore(155_000_000).allocate(&[373_388, 24_083])?;
    /// assert_eq!(parts, vec![Money::from_ore(145_608_459), Money::from_ore(9_391_541)]);
    /// assert_eq!(Money::from_ore(100).allocate(&[0, 0]), Err(AllocationError::NoWeight));
    /// # Ok(())
    /// # }
    /// ```
    pub fn allocate(self, weights: &[u64]) -> Result<Vec<Money>, AllocationError> {
        let ore = self.to_ore().ok_or(AllocationError::FractionOfOre)?;
        let parts = allocate_ore(ore, weights)?;
        Ok(parts.into_iter().map(Money::from_ore).collect())
    }

    /// The amount divided by `by`, rounded half away from zero to whole øre; `None` for `by` = 0.
    ///
    /// ```
    /// use ddh_engine::money::Money;
    /// assert_eq!(Money::from_ore(155_000_000).divided_by(1_100_000), Some(Money::from_ore(141)));
    /// assert_eq!(Money::from_ore(-5).divided_by(2), Some(Money::from_ore(-3)));
    /// assert_eq!(Money::from_ore(100).divided_by(0), None);
    /// ```
    pub fn divided_by(self, by: u64) -> Option<Money> {
        if by == 0 {
            return None;
        }
        // Whole øre by integers: exact (a decimal quotient stops at 28 digits), and a fraction of
        // the decimal division's cost; the random band and the offers ask for hundreds of these.
        if let Some(ore) = self.to_ore() {
            let (magnitude, by) = (i128::from(ore).unsigned_abs(), u128::from(by));
            let rounded = i64::try_from((2 * magnitude + by) / (2 * by)).ok()?;
            return Some(Money::from_ore(if ore < 0 { -rounded } else { rounded }));
        }
        let quotient = self.0.checked_div(Decimal::from(by))?;
        Some(Money(round_half_away(quotient, 2)))
    }

    /// Rounded to whole øre, half away from zero (commercial rounding, not banker's).
    pub fn round_to_ore(self) -> Money {
        Money(round_half_away(self.0, 2))
    }
}

impl fmt::Display for Money {
    /// Kroner with two decimals and a decimal point, as in the JSON formats.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", round_half_away(self.0, 2))
    }
}

/// `value` rounded to `decimals` places, half away from zero, with exactly that many places.
///
/// ```
/// use ddh_engine::money::round_half_away;
/// use rust_decimal::Decimal;
/// assert_eq!(round_half_away(Decimal::new(1225, 3), 2).to_string(), "1.23"); // banker's would give 1.22
/// assert_eq!(round_half_away(Decimal::new(3, 0), 2).to_string(), "3.00");
/// ```
pub fn round_half_away(value: Decimal, decimals: u32) -> Decimal {
    let mut rounded =
        value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(decimals);
    rounded
}

/// Why an amount cannot be split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllocationError {
    /// The weights sum to zero (or there are none): there is nobody to split over.
    NoWeight,
    /// The amount is below zero.
    NegativeTotal,
    /// The amount has a fraction of an øre, or is too large to count in øre.
    FractionOfOre,
    /// The total times a weight does not fit in 128 bits.
    TooLarge,
}

impl std::fmt::Display for AllocationError {
    /// Neutral, for logs: a caller turns the cause into an error at its own field.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AllocationError::NoWeight => "no weight to split over",
            AllocationError::NegativeTotal => "a total below zero",
            AllocationError::FractionOfOre => "a fraction of an øre",
            AllocationError::TooLarge => "a product beyond 128 bits",
        })
    }
}

impl std::error::Error for AllocationError {}

/// Splits `total_ore` over `weights` in proportion, on whole øre, by the largest-remainder method.
///
/// Every part is the floor of its exact share; the øre left over go one each to the parts with the
/// largest remainders, ties going to the earlier position (callers order their members by code, so
/// the tie-break is deterministic). A zero weight gets zero. The parts add up to `total_ore` exactly.
///
/// # Errors
/// [`AllocationError::NegativeTotal`] for a total below zero, [`AllocationError::NoWeight`] when the
/// weights sum to zero.
///
/// ```
/// use ddh_engine::money::{allocate_ore, AllocationError};
/// # fn main() -> Result<(), AllocationError> {
/// // 100 øre over three equal weights: 34 + 33 + 33, the first wins the tie.
/// assert_eq!(allocate_ore(100, &[1, 1, 1])?, vec![34, 33, 33]);
/// assert_eq!(allocate_ore(100, &[0, 3, 1])?, vec![0, 75, 25]);
/// # Ok(())
/// # }
/// ```
pub fn allocate_ore(total_ore: i64, weights: &[u64]) -> Result<Vec<i64>, AllocationError> {
    let total = u128::try_from(total_ore).map_err(|_| AllocationError::NegativeTotal)?;
    let weights: Vec<u128> = weights.iter().map(|&w| u128::from(w)).collect();
    // total < 2^63 and each weight < 2^64, so no product overflows and `TooLarge` cannot occur.
    let parts = largest_remainder(total, &weights)?;
    // Every part is at most the total, which came from an i64.
    Ok(parts
        .into_iter()
        .map(|p| i64::try_from(p).unwrap_or(i64::MAX))
        .collect())
}

/// The largest-remainder split of [`allocate_ore`] for wide weights (exact fractions over a common
/// denominator, as the allocation keys make): the same rule and the same tie-break.
///
/// # Errors
/// [`AllocationError::NoWeight`] when the weights sum to zero, [`AllocationError::TooLarge`] when the
/// total times a weight, or the weights' sum, does not fit in 128 bits.
///
/// ```
/// use ddh_engine::money::largest_remainder;
/// assert_eq!(largest_remainder(100, &[1 << 100, 1 << 100, 1 << 100]), Ok(vec![34, 33, 33]));
/// ```
pub fn largest_remainder(total: u128, weights: &[u128]) -> Result<Vec<u128>, AllocationError> {
    let weight_sum = weights
        .iter()
        .try_fold(0u128, |sum, &w| sum.checked_add(w))
        .ok_or(AllocationError::TooLarge)?;
    if weight_sum == 0 {
        return Err(AllocationError::NoWeight);
    }
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let largest = weights.iter().copied().max().unwrap_or(0);
    // Where every product fits in 64 bits, divide in 64 bits: a 128-bit division is several times
    // slower, and the keys split a few dozen times per evaluation.
    let narrow = total
        .checked_mul(largest)
        .and_then(|p| u64::try_from(p).ok())
        .zip(u64::try_from(weight_sum).ok());
    for (index, &weight) in weights.iter().enumerate() {
        let (part, remainder) = match narrow {
            Some((_, sum)) => {
                // total · weight ≤ total · largest < 2^64, so both fit.
                let exact = u64::try_from(total * weight).unwrap_or(u64::MAX);
                (u128::from(exact / sum), u128::from(exact % sum))
            }
            None => {
                let exact = total.checked_mul(weight).ok_or(AllocationError::TooLarge)?;
                (exact / weight_sum, exact % weight_sum)
            }
        };
        parts.push(part);
        remainders.push((remainder, index));
    }
    // Each part is at most its exact share, so the parts sum to at most the total.
    let handed_out: u128 = parts.iter().sum();
    let left_over = total.saturating_sub(handed_out);
    // left_over < the number of non-zero remainders, so a zero weight (remainder 0) is never reached.
    let left_over = usize::try_from(left_over).unwrap_or(usize::MAX);
    select_first(&mut remainders, left_over);
    for &(_, index) in remainders.iter().take(left_over) {
        if let Some(part) = parts.get_mut(index) {
            *part += 1;
        }
    }
    Ok(parts)
}

/// Largest remainder first; on equal remainders the earlier position first.
fn comes_first(a: &(u128, usize), b: &(u128, usize)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// Moves the `count` remainders that come first (by [`comes_first`]) to the front of `remainders`,
/// in no particular order: a quickselect. Which members get the extra øre is all the split needs,
/// and selecting them is several times faster than sorting every remainder, which the keys do a few
/// dozen times per evaluation. Positions are distinct, so the chosen set is exactly a sort's.
fn select_first(remainders: &mut [(u128, usize)], count: usize) {
    let (mut low, mut high) = (0, remainders.len());
    // The first `low` hold remainders that come first, those from `high` on ones that come after.
    while low < count && count < high {
        // The middle one as pivot, parked at the end; then those coming before it moved in front.
        let last = high - 1;
        remainders.swap(low + (high - low) / 2, last);
        let Some(&pivot) = remainders.get(last) else {
            return;
        };
        let mut before = low;
        for position in low..last {
            if remainders
                .get(position)
                .is_some_and(|item| comes_first(item, &pivot))
            {
                remainders.swap(position, before);
                before += 1;
            }
        }
        remainders.swap(before, last);
        // Now `before` items precede the pivot, which sits at `before`.
        if count <= before {
            high = before;
        } else {
            low = before + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slides_budget_splits_over_named_members_to_the_ore() {
        // Aarhus and Odder (2025K1 populations) carrying 1.550.000 kr.
        let parts = allocate_ore(155_000_000, &[373_388, 24_083]);
        // Exact shares 145_608_459.485… and 9_391_540.514… øre: the left-over øre goes to Odder,
        // whose remainder is the larger.
        assert_eq!(parts, Ok(vec![145_608_459, 9_391_541]));
    }

    #[test]
    fn no_weight_or_negative_total_is_refused_with_its_cause() {
        assert_eq!(allocate_ore(100, &[]), Err(AllocationError::NoWeight));
        assert_eq!(allocate_ore(100, &[0, 0]), Err(AllocationError::NoWeight));
        assert_eq!(allocate_ore(-1, &[1]), Err(AllocationError::NegativeTotal));
        let sub_ore = Money::from_kroner(Decimal::new(1, 3));
        assert_eq!(sub_ore.allocate(&[1]), Err(AllocationError::FractionOfOre));
    }

    #[test]
    fn fraction_of_an_ore_is_not_whole_ore() {
        assert_eq!(Money::from_kroner(Decimal::new(12345, 3)).to_ore(), None);
        assert_eq!(Money::from_kroner(Decimal::new(-5, 1)).to_ore(), Some(-50));
    }

    /// Trailing zeros beyond the øre (a typed "1,000" or "12,3400") are whole øre, divided away.
    #[test]
    fn trailing_zeros_beyond_the_ore_are_whole_ore() {
        assert_eq!(
            Money::from_kroner(Decimal::new(1_000, 3)).to_ore(),
            Some(100)
        );
        assert_eq!(
            Money::from_kroner(Decimal::new(-123_400, 4)).to_ore(),
            Some(-1_234)
        );
    }

    /// The causes read in a log, one sentence each.
    #[test]
    fn allocation_errors_say_their_cause() {
        let said: Vec<String> = [
            AllocationError::NoWeight,
            AllocationError::NegativeTotal,
            AllocationError::FractionOfOre,
            AllocationError::TooLarge,
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            said,
            [
                "no weight to split over",
                "a total below zero",
                "a fraction of an øre",
                "a product beyond 128 bits"
            ]
        );
    }

    #[test]
    fn display_rounds_half_away_from_zero() {
        assert_eq!(
            Money::from_kroner(Decimal::new(-1225, 3)).to_string(),
            "-1.23"
        );
        assert_eq!(Money::from_kroner(Decimal::new(90, 0)).to_string(), "90.00");
    }

    fn weights() -> impl Strategy<Value = Vec<u64>> {
        prop::collection::vec(prop_oneof![Just(0u64), 1u64..2_000_000], 1..120)
    }

    proptest! {
        #[test]
        fn parts_add_up_to_the_total(total in 0i64..10_000_000_000_000, weights in weights()) {
            prop_assume!(weights.iter().any(|&w| w > 0));
            let parts = allocate_ore(total, &weights).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(parts.iter().sum::<i64>(), total);
        }

        #[test]
        fn zero_weight_gets_zero(total in 0i64..10_000_000_000, weights in weights()) {
            prop_assume!(weights.iter().any(|&w| w > 0));
            let parts = allocate_ore(total, &weights).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for (part, weight) in parts.iter().zip(&weights) {
                if *weight == 0 { prop_assert_eq!(*part, 0); }
            }
        }

        #[test]
        fn each_part_is_within_one_ore_of_its_exact_share(total in 0i64..10_000_000_000, weights in weights()) {
            let sum: u64 = weights.iter().sum();
            prop_assume!(sum > 0);
            let parts = allocate_ore(total, &weights).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for (part, weight) in parts.iter().zip(&weights) {
                let exact = total as f64 * *weight as f64 / sum as f64;
                prop_assert!((*part as f64 - exact).abs() < 1.0 + 1e-6 * exact.max(1.0));
            }
        }

        #[test]
        fn a_larger_weight_never_gets_less(total in 0i64..10_000_000_000, weights in weights()) {
            prop_assume!(weights.iter().any(|&w| w > 0));
            let parts = allocate_ore(total, &weights).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            for i in 0..weights.len() {
                for j in 0..weights.len() {
                    if weights[i] > weights[j] { prop_assert!(parts[i] >= parts[j]); }
                }
            }
        }

        /// Whole øre read from the mantissa and scale agree with multiplying by 100 in decimals.
        #[test]
        fn whole_ore_agree_with_decimal_arithmetic(mantissa in any::<i64>(), scale in 0u32..=28) {
            use rust_decimal::prelude::ToPrimitive;
            let amount = Decimal::new(mantissa, scale);
            let by_decimals = amount
                .checked_mul(Decimal::from(100))
                .filter(|ore| ore.fract().is_zero())
                .and_then(|ore| ore.to_i64());
            prop_assert_eq!(Money::from_kroner(amount).to_ore(), by_decimals);
        }

        /// The same with trailing zeros in the mantissa, as typed amounts have ("1,000"): random
        /// mantissas rarely have them, and then the division by the extra scale is never tried.
        #[test]
        fn whole_ore_with_trailing_zeros_agree(base in any::<i32>(), zeros in 0u32..=9, scale in 0u32..=28) {
            use rust_decimal::prelude::ToPrimitive;
            let amount = Decimal::new(i64::from(base) * 10i64.pow(zeros), scale);
            let by_decimals = amount
                .checked_mul(Decimal::from(100))
                .filter(|ore| ore.fract().is_zero())
                .and_then(|ore| ore.to_i64());
            prop_assert_eq!(Money::from_kroner(amount).to_ore(), by_decimals);
        }

        /// Dividing whole øre by integers agrees with the decimal division, rounded.
        #[test]
        fn division_agrees_with_decimal_arithmetic(ore in -1_000_000_000_000i64..1_000_000_000_000, by in 1u64..10_000_000) {
            let by_decimals = round_half_away(Decimal::new(ore, 2) / Decimal::from(by), 2);
            prop_assert_eq!(Money::from_ore(ore).divided_by(by), Some(Money::from_kroner(by_decimals)));
        }

        /// The selection hands the left-over øre to exactly the members a full sort would: largest
        /// remainder first, the earlier position on a tie. Few distinct weights make many ties.
        #[test]
        fn left_over_ore_go_where_a_sort_would_send_them(
            total in 0u128..1_000_000,
            weights in prop::collection::vec(prop_oneof![0u128..4, 1u128..1_000_000], 1..120),
        ) {
            prop_assume!(weights.iter().any(|&w| w > 0));
            let sum: u128 = weights.iter().sum();
            let mut expected: Vec<u128> = weights.iter().map(|w| total * w / sum).collect();
            let mut by_remainder: Vec<(u128, usize)> =
                weights.iter().enumerate().map(|(i, w)| (total * w % sum, i)).collect();
            #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
            by_remainder.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let left_over = total - expected.iter().sum::<u128>();
            for &(_, index) in by_remainder.iter().take(left_over as usize) {
                expected[index] += 1;
            }
            prop_assert_eq!(largest_remainder(total, &weights), Ok(expected));
        }
    }
}
