//! The limits of what a user can type, shared by every area that takes an amount.

use crate::common::error::{Error, Problem};
use crate::common::field::FieldPath;
use crate::common::money::Money;
use rust_decimal::Decimal;

/// A single amount above one milliard kroner is a typing error for a contact centre's budget: the
/// largest amount of the format, in every area.
pub const MAX_AMOUNT_KRONER: i64 = 1_000_000_000;

/// An amount from 0 to [`MAX_AMOUNT_KRONER`] in whole øre, or the error at `field` that says which
/// bound it breaks.
///
/// # Errors
///
/// [`Problem::Negative`] below 0, [`Problem::TooLarge`] above the limit, [`Problem::FractionOfOre`]
/// for a fraction of an øre.
///
/// ```
/// use ddh_engine::{limits::check_amount, money::Money, error::Problem, tender::Field};
/// assert!(check_amount(Money::from_ore(155_000_000), Field::Amount(0)).is_ok());
/// let refused = check_amount(Money::from_ore(-1), Field::Amount(0)).err();
/// assert_eq!(refused.as_ref().map(|e| e.field.as_str()), Some("tender.cost_items[0].amount"));
/// assert!(matches!(refused.map(|e| e.problem), Some(Problem::Negative { .. })));
/// ```
pub fn check_amount(amount: Money, field: impl FieldPath) -> Result<(), Error> {
    let value = amount.kroner().to_string();
    if amount.is_negative() {
        return Err(Error::new(field, Problem::Negative { value }));
    }
    if amount.kroner() > Decimal::from(MAX_AMOUNT_KRONER) {
        let max = MAX_AMOUNT_KRONER.to_string();
        return Err(Error::new(field, Problem::TooLarge { value, max }));
    }
    if amount.to_ore().is_none() {
        return Err(Error::new(field, Problem::FractionOfOre { value }));
    }
    Ok(())
}
