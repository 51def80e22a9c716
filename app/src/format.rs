//! Numbers, amounts and dates for display in the module's language (`1.550.000,00 kr.` in Danish,
//! `DKK 1,550,000.00` in English), and the reading of numbers users type.
//!
//! Only text work happens here: the engine has already computed and rounded every figure. The form is
//! the language's [`Locale`]; the free functions write in the module's own ([`LOCALE`]).

use crate::locale::{Locale, LOCALE};
use rust_decimal::Decimal;

pub use ddh_engine::danish::ReadError;

impl Locale {
    /// An amount already rounded to øre by the engine: `1.550.000,00 kr.`, `DKK 1,550,000.00`.
    pub fn kroner(&self, value: Decimal) -> String {
        let (before, after) = self.currency;
        let mut text = String::from(before);
        text.push_str(&(self.decimal)(value));
        text.push_str(after);
        text
    }

    /// A percentage already rounded by the engine: `35,44 %`, `35.44%`.
    pub fn percent(&self, value: Decimal) -> String {
        let mut text = (self.decimal)(value);
        text.push_str(self.percent);
        text
    }

    /// Minutes as hours: `3.016 t`, `73 t 15 min`, `-12 t` (English: `73 h 15 min`).
    pub fn duration(&self, minutes: i64) -> String {
        let (hours, rest) = (minutes.unsigned_abs() / 60, minutes.unsigned_abs() % 60);
        let mut text = String::with_capacity(16);
        if minutes < 0 {
            text.push('-');
        }
        text.push_str(&(self.decimal)(Decimal::from(hours)));
        text.push_str(self.hour);
        if rest > 0 {
            text.push(' ');
            text.push_str(&(self.decimal)(Decimal::from(rest)));
            text.push_str(" min");
        }
        text
    }

    /// An hour of the day after a weekday's name: `kl. 09`, `09:00`.
    pub fn clock_hour(&self, hour: usize) -> String {
        let (before, after) = self.clock_hour;
        format!("{before}{hour:02}{after}")
    }
}

/// `1234567.5` → `1.234.567,5` (Danish) or `1,234,567.5` (English), digits kept as they are.
pub fn number(value: Decimal) -> String {
    (LOCALE.decimal)(value)
}

/// A number as Rust writes it (`5.88`, from a chart's float) in the language's form (`5,88`).
pub fn number_text(text: &str) -> String {
    (LOCALE.number)(text)
}

/// A date `YYYY-MM-DD` in the language's form: `1. januar 2026`, `1 January 2026`.
pub fn date(text: &str) -> String {
    (LOCALE.date)(text)
}

/// An amount already rounded to øre by the engine: `1.550.000,00 kr.`, `DKK 1,550,000.00`.
pub fn kroner(value: Decimal) -> String {
    LOCALE.kroner(value)
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

/// Minutes as hours: `3.016 t`, `73 t 15 min`, `-12 t` (English: `73 h 15 min`).
pub fn duration(minutes: i64) -> String {
    LOCALE.duration(minutes)
}

/// A share the engine gives to 4 decimals, as a percentage with two: `0.8973` → `89,73 %`,
/// `0.949` → `94,90 %`, so that shares side by side have the same decimals.
pub fn share(value: Decimal) -> String {
    let mut percent_value = value * Decimal::ONE_HUNDRED;
    percent_value.rescale(2);
    percent(percent_value)
}

/// A price for a chart axis or label, to øre: `5,88`. Chart coordinates are floats; the figure is
/// only drawn, never summed.
pub fn chart_price(value: f64) -> String {
    number_text(&format!("{value:.2}"))
}

/// Millions after a short figure on a chart's axis: `1,2 mio.`, `1.2m`.
pub const MILLIONS: &str = LOCALE.millions;

/// Seconds after a figure: `20 sek.`, `20 s`.
pub const SECONDS: &str = LOCALE.seconds;

/// The heading over a column of whole hours of the day: `kl.` (klokken), `Hour`.
pub const CLOCK: &str = LOCALE.clock;

/// An hour of the day after a weekday's name: `kl. 09`, `09:00`.
pub fn clock_hour(hour: usize) -> String {
    LOCALE.clock_hour(hour)
}

/// The percent sign after a number: `35,44 %` in Danish, `35.44%` in English.
pub const PERCENT: &str = LOCALE.percent;

/// A percentage already rounded by the engine: `35,44 %`, `35.44%`.
pub fn percent(value: Decimal) -> String {
    LOCALE.percent(value)
}

/// Reads a number as a user of the module's language types it (`1.550.000,00`, `1,550,000.00`).
pub fn read_number(text: &str) -> Result<Decimal, ReadError> {
    (LOCALE.read_number)(text)
}

/// Reads a price per citizen: in Danish a single dot is a decimal point (`1.225` is 1,225 kr.), as
/// is a comma; otherwise as [`read_number`] reads any number.
pub fn read_price(text: &str) -> Result<Decimal, ReadError> {
    (LOCALE.read_price)(text)
}

// Both languages' forms are tested in every build: each is a constant, whichever the module speaks.
#[cfg(test)]
mod tests {
    #![allow(clippy::panic)]
    use crate::locale::{DANISH, ENGLISH};
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_else(|_| panic!("{text} in a test is not a decimal"))
    }

    #[test]
    fn danish_display() {
        let da = DANISH;
        assert_eq!(da.kroner(dec("1550000.00")), "1.550.000,00 kr.");
        assert_eq!(da.kroner(dec("1.47")), "1,47 kr.");
        assert_eq!(da.kroner(dec("-123456.5")), "-123.456,5 kr.");
        assert_eq!((da.decimal)(Decimal::from(1_053_499)), "1.053.499");
        assert_eq!(da.percent(dec("35.44")), "35,44 %");
        assert_eq!(da.duration(4_395), "73 t 15 min");
        assert_eq!(da.duration(-720), "-12 t");
        assert_eq!(da.duration(180_960), "3.016 t");
        assert_eq!(da.clock_hour(9), "kl. 09");
        assert_eq!((da.date)("2026-12-04"), "4. december 2026");
    }

    #[test]
    fn the_module_s_share_is_a_percentage_to_two_decimals() {
        // Always two decimals, so that shares side by side line up: 94,90 % beside 96,13 %.
        let expected = if cfg!(feature = "english") {
            ["89.73%", "100.00%", "94.90%"]
        } else {
            ["89,73 %", "100,00 %", "94,90 %"]
        };
        assert_eq!(super::share(dec("0.8973")), expected[0]);
        assert_eq!(super::share(dec("1.0000")), expected[1]);
        assert_eq!(super::share(dec("0.949")), expected[2]);
    }

    #[test]
    fn reading_what_danes_type() {
        let (read_number, read_price) = (DANISH.read_number, DANISH.read_price);
        assert_eq!(read_number("1.550.000,00"), Ok(dec("1550000.00")));
        assert_eq!(read_number("400.000"), Ok(dec("400000")));
        assert_eq!(read_number(" 400 000 kr."), Ok(dec("400000")));
        assert_eq!(read_number("1,22"), Ok(dec("1.22")));
        assert_eq!(read_number("1.22"), Ok(dec("1.22")));
        assert_eq!(read_number("-5"), Ok(dec("-5")));
        assert_eq!(read_number(""), Err(super::ReadError::Empty));
        assert_eq!(read_number("12x"), Err(super::ReadError::NotANumber));
        assert_eq!(read_number("1,5e6"), Err(super::ReadError::NotANumber));
        assert_eq!(read_price("1.5e2"), Err(super::ReadError::NotANumber));
        assert_eq!(super::at_least_ore(dec("450000")).to_string(), "450000.00");
        assert_eq!(super::at_least_ore(dec("0.001")).to_string(), "0.001");
        assert_eq!(read_number("1.55.000,0"), Err(super::ReadError::NotANumber));
        assert_eq!(read_price("1.225"), Ok(dec("1.225")));
        assert_eq!(read_price("1,225"), Ok(dec("1.225")));
        assert_eq!(read_price("2 kr."), Ok(dec("2")));
        assert_eq!(read_price("1.000,50"), Ok(dec("1000.50")));
    }

    #[test]
    fn english_display() {
        let en = ENGLISH;
        assert_eq!(en.kroner(dec("1550000.00")), "DKK 1,550,000.00");
        assert_eq!(en.kroner(dec("-123456.5")), "DKK -123,456.5");
        assert_eq!((en.decimal)(Decimal::from(1_053_499)), "1,053,499");
        assert_eq!(en.percent(dec("35.44")), "35.44%");
        assert_eq!(en.duration(4_395), "73 h 15 min");
        assert_eq!(en.clock_hour(9), "09:00");
        assert_eq!((en.date)("2026-12-04"), "4 December 2026");
    }

    #[test]
    fn reading_what_english_speakers_type() {
        let (read_number, read_price) = (ENGLISH.read_number, ENGLISH.read_price);
        assert_eq!(read_number("1,550,000.00"), Ok(dec("1550000.00")));
        assert_eq!(read_number("DKK 400,000"), Ok(dec("400000")));
        assert_eq!(read_price("1.225"), Ok(dec("1.225")));
        assert_eq!(read_price("1,225"), Ok(dec("1225")));
        assert_eq!(read_number("1,22"), Err(super::ReadError::NotANumber));
    }
}
