//! The price cap (beløbsgrænse): the highest one-off or monthly price that keeps the contract value
//! below the threshold with the margin the user sets.
//!
//! The ceiling is the threshold less the margin, rounded down to whole øre, and at least one øre
//! below the threshold (a value at the threshold is an EU tender). The cap is the largest price in
//! whole øre whose contract value is at most the ceiling: one øre more would pass it.

use super::section::{CapComponent, Procurement};
use super::thresholds::ThresholdRow;
use crate::areas::procurement::field::Field;
use crate::areas::procurement::report::{PriceCapReport, ValueReport};
use crate::common::error::{Error, Problem};
use crate::common::money::Money;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The cap for the procurement's chosen price.
///
/// # Errors
/// [`Problem::Overflow`] at `procurement.price_cap` for amounts beyond whole øre in 64 bits.
pub(crate) fn price_cap(
    procurement: &Procurement,
    value: &ValueReport,
    threshold: &ThresholdRow,
) -> Result<PriceCapReport, Error> {
    let overflow = || Error::new(Field::PriceCap, Problem::Overflow);
    let cap = procurement.price_cap;
    let threshold_ore = threshold.kroner.checked_mul(100).ok_or_else(overflow)?;
    let kept = (Decimal::ONE_HUNDRED - cap.margin_percent) / Decimal::ONE_HUNDRED;
    let ceiling = Decimal::from(threshold_ore)
        .checked_mul(kept)
        .and_then(|ore| ore.floor().to_i64())
        .ok_or_else(overflow)?
        .min(threshold_ore - 1);
    let one_off = value.one_off.to_ore().ok_or_else(overflow)?;
    let recurring = value.recurring.to_ore().ok_or_else(overflow)?;
    let months = i64::from(value.months_counted.max(1));
    let (price, value_at_cap) = match cap.component {
        CapComponent::OneOff => {
            let price = ceiling - recurring;
            (price, price + recurring)
        }
        CapComponent::Monthly => {
            let price = (ceiling - one_off).div_euclid(months);
            (price, one_off + price * months)
        }
    };
    let possible = price >= 0;
    Ok(PriceCapReport {
        component: cap.component,
        margin_percent: cap.margin_percent,
        consequence: cap.consequence,
        ceiling: Money::from_ore(ceiling),
        cap: possible.then(|| Money::from_ore(price)),
        value_at_cap: possible.then(|| Money::from_ore(value_at_cap)),
    })
}
