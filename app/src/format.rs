//! Danish number formats for display (`1.550.000,00 kr.`) and the reading of numbers users type.
//!
//! Only text work happens here: the engine has already computed and rounded every figure. Every number
//! goes through the engine's one Danish formatter, `ddh_engine::danish::number` (for decimals by way
//! of `danish::decimal`, which writes the same without writing the number twice).

use rust_decimal::Decimal;
use std::str::FromStr;

/// `1234567.5` → `1.234.567,5`: thousands dots, decimal comma, digits kept as they are.
pub fn danish_number(value: Decimal) -> String {
    ddh_engine::danish::decimal(value)
}

/// An amount already rounded to øre by the engine: `1.550.000,00 kr.`
pub fn kroner(value: Decimal) -> String {
    let mut text = danish_number(value);
    text.push_str(" kr.");
    text
}

/// An amount as typed, shown with at least two decimals (`450000` → `450000.00`), never rounded:
/// a fraction of an øre stays visible so that the engine's objection to it makes sense.
pub fn at_least_ore(mut value: Decimal) -> Decimal {
    if value.scale() < 2 {
        value.rescale(2);
    }
    value
}

/// A whole count: `1.053.499`.
pub fn count(value: u64) -> String {
    danish_number(Decimal::from(value))
}

/// Minutes as hours: `3.016 t`, `73 t 15 min`, `-12 t`.
pub fn duration(minutes: i64) -> String {
    let (hours, rest) = (minutes.unsigned_abs() / 60, minutes.unsigned_abs() % 60);
    let mut text = String::with_capacity(16);
    if minutes < 0 {
        text.push('-');
    }
    text.push_str(&count(hours));
    text.push_str(" t");
    if rest > 0 {
        text.push(' ');
        text.push_str(&count(rest));
        text.push_str(" min");
    }
    text
}

/// A share the engine gives to 4 decimals, as a percentage: `0.8973` → `89,73 %`.
pub fn share(value: Decimal) -> String {
    percent((value * Decimal::ONE_HUNDRED).normalize())
}

/// A price for a chart axis or label, to øre: `5,88`. Chart coordinates are floats; the figure is
/// only drawn, never summed.
pub fn chart_price(value: f64) -> String {
    ddh_engine::danish::number(&format!("{value:.2}"))
}

/// A percentage already rounded by the engine: `35,44 %`.
pub fn percent(value: Decimal) -> String {
    let mut text = danish_number(value);
    text.push_str(" %");
    text
}

pub use ddh_engine::danish::{read_number, ReadError};

/// Reads a price per citizen: small amounts, so a single dot is a decimal point (`1.225` is 1,225 kr.),
/// as is a comma; dots and a comma together are read as [`read_number`] reads them.
pub fn read_price(text: &str) -> Result<Decimal, ReadError> {
    if !text.contains(',') && text.matches('.').count() == 1 {
        let cleaned = text
            .trim()
            .trim_end_matches("kr.")
            .trim_end_matches("kr")
            .trim();
        if !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
        {
            return Err(ReadError::NotANumber);
        }
        return Decimal::from_str(cleaned).map_err(|_| ReadError::NotANumber);
    }
    read_number(text)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_else(|_| panic!("{text} in a test is not a decimal"))
    }

    #[test]
    fn danish_display() {
        assert_eq!(kroner(dec("1550000.00")), "1.550.000,00 kr.");
        assert_eq!(kroner(dec("1.47")), "1,47 kr.");
        assert_eq!(kroner(dec("-123456.5")), "-123.456,5 kr.");
        assert_eq!(count(1_053_499), "1.053.499");
        assert_eq!(count(999), "999");
        assert_eq!(percent(dec("35.44")), "35,44 %");
        assert_eq!(duration(4_395), "73 t 15 min");
        assert_eq!(duration(-720), "-12 t");
        assert_eq!(duration(180_960), "3.016 t");
        assert_eq!(share(dec("0.8973")), "89,73 %");
        assert_eq!(share(dec("1.0000")), "100 %");
    }

    #[test]
    fn reading_what_danes_type() {
        assert_eq!(read_number("1.550.000,00"), Ok(dec("1550000.00")));
        assert_eq!(read_number("400.000"), Ok(dec("400000")));
        assert_eq!(read_number(" 400 000 kr."), Ok(dec("400000")));
        assert_eq!(read_number("1,22"), Ok(dec("1.22")));
        assert_eq!(read_number("1.22"), Ok(dec("1.22")));
        assert_eq!(read_number("-5"), Ok(dec("-5")));
        assert_eq!(read_number(""), Err(ReadError::Empty));
        assert_eq!(read_number("12x"), Err(ReadError::NotANumber));
        assert_eq!(read_number("1,5e6"), Err(ReadError::NotANumber));
        assert_eq!(read_price("1.5e2"), Err(ReadError::NotANumber));
        assert_eq!(at_least_ore(dec("450000")).to_string(), "450000.00");
        assert_eq!(at_least_ore(dec("0.001")).to_string(), "0.001");
        assert_eq!(read_number("1.55.000,0"), Err(ReadError::NotANumber));
        assert_eq!(read_price("1.225"), Ok(dec("1.225")));
        assert_eq!(read_price("1,225"), Ok(dec("1.225")));
        assert_eq!(read_price("2 kr."), Ok(dec("2")));
        assert_eq!(read_price("1.000,50"), Ok(dec("1000.50")));
    }
}
