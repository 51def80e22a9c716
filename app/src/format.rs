//! Numbers, amounts and dates for display in the module's language (`1.550.000,00 kr.` in Danish,
//! `DKK 1,550,000.00` in English), and the reading of numbers users type.
//!
//! Only text work happens here: the engine has already computed and rounded every figure. Every number
//! goes through the engine's formatter of the language ([`ddh_engine::danish`] or
//! [`ddh_engine::english`], chosen when the module is built, see [`crate::texts::LANGUAGE`]).

use rust_decimal::Decimal;
#[cfg(any(test, not(feature = "english")))]
use std::str::FromStr;

#[cfg(not(feature = "english"))]
use ddh_engine::danish as language;
#[cfg(feature = "english")]
use ddh_engine::english as language;

/// `1234567.5` → `1.234.567,5` (Danish) or `1,234,567.5` (English), digits kept as they are.
pub fn number(value: Decimal) -> String {
    language::decimal(value)
}

/// A number as Rust writes it (`5.88`, from a chart's float) in the language's form (`5,88`).
pub fn number_text(text: &str) -> String {
    language::number(text)
}

/// A date `YYYY-MM-DD` in the language's form: `1. januar 2026`, `1 January 2026`.
pub fn date(text: &str) -> String {
    language::date(text)
}

/// An amount already rounded to øre by the engine: `1.550.000,00 kr.`, `DKK 1,550,000.00`.
pub fn kroner(value: Decimal) -> String {
    if cfg!(feature = "english") {
        let mut text = String::from("DKK ");
        text.push_str(&number(value));
        return text;
    }
    let mut text = number(value);
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
    number(Decimal::from(value))
}

/// The hour's unit: `t` (time) in Danish, `h` in English.
const HOUR: &str = if cfg!(feature = "english") {
    " h"
} else {
    " t"
};

/// Minutes as hours: `3.016 t`, `73 t 15 min`, `-12 t` (English: `73 h 15 min`).
pub fn duration(minutes: i64) -> String {
    let (hours, rest) = (minutes.unsigned_abs() / 60, minutes.unsigned_abs() % 60);
    let mut text = String::with_capacity(16);
    if minutes < 0 {
        text.push('-');
    }
    text.push_str(&count(hours));
    text.push_str(HOUR);
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
    number_text(&format!("{value:.2}"))
}

/// Millions after a short figure on a chart's axis: `1,2 mio.`, `1.2m`.
pub const MILLIONS: &str = if cfg!(feature = "english") {
    "m"
} else {
    " mio."
};

/// Seconds after a figure: `20 sek.`, `20 s`.
pub const SECONDS: &str = if cfg!(feature = "english") {
    " s"
} else {
    " sek."
};

/// The heading over a column of whole hours of the day: `kl.` (klokken), `Hour`.
pub const CLOCK: &str = if cfg!(feature = "english") {
    "Hour"
} else {
    "kl."
};

/// An hour of the day after a weekday's name: `kl. 09`, `09:00`.
pub fn clock_hour(hour: usize) -> String {
    if cfg!(feature = "english") {
        format!("{hour:02}:00")
    } else {
        format!("kl. {hour:02}")
    }
}

/// The percent sign after a number: `35,44 %` in Danish, `35.44%` in English.
pub const PERCENT: &str = if cfg!(feature = "english") { "%" } else { " %" };

/// A percentage already rounded by the engine: `35,44 %`, `35.44%`.
pub fn percent(value: Decimal) -> String {
    let mut text = number(value);
    text.push_str(PERCENT);
    text
}

pub use ddh_engine::danish::ReadError;
pub use language::read_number;

/// Reads a price per citizen. In English, as [`read_number`] reads any number.
#[cfg(feature = "english")]
pub fn read_price(text: &str) -> Result<Decimal, ReadError> {
    read_number(text)
}

/// Reads a price per citizen: small amounts, so a single dot is a decimal point (`1.225` is 1,225 kr.),
/// as is a comma; dots and a comma together are read as [`read_number`] reads them.
#[cfg(not(feature = "english"))]
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

#[cfg(all(test, not(feature = "english")))]
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

#[cfg(all(test, feature = "english"))]
mod english_tests {
    #![allow(clippy::panic)]
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_else(|_| panic!("{text} in a test is not a decimal"))
    }

    #[test]
    fn english_display() {
        assert_eq!(kroner(dec("1550000.00")), "DKK 1,550,000.00");
        assert_eq!(kroner(dec("-123456.5")), "DKK -123,456.5");
        assert_eq!(count(1_053_499), "1,053,499");
        assert_eq!(percent(dec("35.44")), "35.44%");
        assert_eq!(duration(4_395), "73 h 15 min");
        assert_eq!(share(dec("0.8973")), "89.73%");
        assert_eq!(date("2026-12-04"), "4 December 2026");
    }

    #[test]
    fn reading_what_english_speakers_type() {
        assert_eq!(read_number("1,550,000.00"), Ok(dec("1550000.00")));
        assert_eq!(read_number("DKK 400,000"), Ok(dec("400000")));
        assert_eq!(read_price("1.225"), Ok(dec("1.225")));
        assert_eq!(read_price("1,225"), Ok(dec("1225")));
        assert_eq!(read_number("1,22"), Err(ReadError::NotANumber));
    }
}
