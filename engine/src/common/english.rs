//! Numbers and dates written the English way, for the app in English: a decimal point and thousands
//! commas (`1,550,000.00`), and dates as `31 December 2025`. The rules are Danish's
//! ([`crate::common::danish`]) with the marks swapped, so the two cannot drift apart.

use crate::common::danish::{self, ReadError};
use rust_decimal::Decimal;
use std::str::FromStr;

/// A decimal number as Rust writes it (`-1234567.5`) in English form (`-1,234,567.5`). Text that is
/// not such a number comes back unchanged.
///
/// ```
/// use ddh_engine::english::number;
/// assert_eq!(number("1550000.00"), "1,550,000.00");
/// assert_eq!(number("-999"), "-999");
/// assert_eq!(number("n/a"), "n/a");
/// ```
pub fn number(text: &str) -> String {
    danish::write(text, Some(','), '.')
}

/// A decimal in English form, as [`number`] writes its `to_string()`.
///
/// ```
/// use ddh_engine::english::decimal;
/// use rust_decimal::Decimal;
/// assert_eq!(decimal(Decimal::new(155_000_000, 2)), "1,550,000.00");
/// assert_eq!(decimal(Decimal::new(-5, 3)), "-0.005");
/// ```
pub fn decimal(value: Decimal) -> String {
    danish::decimal_with(value, ',', '.')
}

/// A date `YYYY-MM-DD` the English way, `31 December 2025`. Text that is not such a date comes back
/// unchanged.
///
/// ```
/// use ddh_engine::english::date;
/// assert_eq!(date("2026-01-01"), "1 January 2026");
/// assert_eq!(date("soon"), "soon");
/// ```
pub fn date(text: &str) -> String {
    use chrono::Datelike;
    let Some(day) = crate::common::date::Date::parse(text) else {
        return text.to_owned();
    };
    // chrono's own month names are English.
    let month = chrono::Month::try_from(u8::try_from(day.0.month()).unwrap_or(1))
        .map(|month| month.name())
        .unwrap_or_default();
    format!("{} {month} {}", day.0.day(), day.0.year())
}

/// Reads a number as an English-speaking user types it: `1,550,000.00`, `1550000`, `1.22`,
/// `DKK 400,000`.
///
/// A point is the decimal mark; commas must split the whole part into groups of three. A comma used
/// as a decimal mark (`1,22`) is refused rather than guessed, since `1,225` would then be ambiguous.
///
/// ```
/// use ddh_engine::english::read_number;
/// use rust_decimal::Decimal;
/// assert_eq!(read_number("1,550,000.00"), Ok(Decimal::new(155_000_000, 2)));
/// assert_eq!(read_number("DKK 400,000"), Ok(Decimal::new(400_000, 0)));
/// assert_eq!(read_number("1.22 kr."), Ok(Decimal::new(122, 2)));
/// assert!(read_number("1,22").is_err());
/// ```
pub fn read_number(text: &str) -> Result<Decimal, ReadError> {
    let cleaned = danish::bare(text)?;
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if !danish::grouped_by(whole, ',') || fraction.contains(',') {
        return Err(ReadError::NotANumber);
    }
    Decimal::from_str(&cleaned.replace(',', "")).map_err(|_| ReadError::NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What is written is read back as the same number, for any sign, size and scale.
        #[test]
        fn reads_what_it_writes(low in any::<u32>(), mid in any::<u32>(), negative in any::<bool>(), scale in 0u32..=10) {
            let value = Decimal::from_parts(low, mid, 0, negative, scale);
            prop_assert_eq!(read_number(&decimal(value)), Ok(value));
            prop_assert_eq!(decimal(value), number(&value.to_string()));
        }
    }

    #[test]
    fn refuses_what_is_not_an_english_number() {
        for text in ["1,22", "1,55,000", "12x", "1.5e6", "1.000,50"] {
            assert_eq!(read_number(text), Err(ReadError::NotANumber), "{text}");
        }
        assert_eq!(read_number("  "), Err(ReadError::Empty));
    }
}
