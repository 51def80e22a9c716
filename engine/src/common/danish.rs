//! Numbers written the Danish way, by one rule for the engine's messages, the app's display, the charts and
//! the command line's CSV: a decimal comma, and thousands dots where grouping is wanted (`1.550.000,00` on
//! screen; `1550000,00` in a CSV file for Excel).

use rust_decimal::Decimal;
use std::str::FromStr;

/// A decimal number as Rust writes it (`-1234567.5`) in Danish form (`-1.234.567,5`): thousands dots,
/// decimal comma, digits kept as they are. Text that is not such a number comes back unchanged.
///
/// ```
/// use ddh_engine::danish::number;
/// assert_eq!(number("1550000.00"), "1.550.000,00");
/// assert_eq!(number("-999"), "-999");
/// assert_eq!(number("n/a"), "n/a");
/// ```
pub fn number(text: &str) -> String {
    write(text, Some('.'), ',')
}

/// A decimal in Danish form, exactly as [`number`] writes its `to_string()`, without writing it twice:
/// the app shows a few thousand figures per edit, and this is most of their formatting's cost.
///
/// ```
/// use ddh_engine::danish::decimal;
/// use rust_decimal::Decimal;
/// assert_eq!(decimal(Decimal::new(155_000_000, 2)), "1.550.000,00");
/// assert_eq!(decimal(Decimal::new(-5, 3)), "-0,005");
/// ```
pub fn decimal(value: Decimal) -> String {
    decimal_with(value, '.', ',')
}

/// [`decimal`] with the given thousands and decimal marks (English writes `1,550,000.00`).
pub fn decimal_with(value: Decimal, group: char, point: char) -> String {
    let magnitude = u64::try_from(value.mantissa().unsigned_abs()).ok();
    // Beyond 64 bits, and a negative zero (however the decimal writes it), by the general rule.
    let Some(magnitude) = magnitude.filter(|&m| m != 0 || !value.is_sign_negative()) else {
        return write(&value.to_string(), Some(group), point);
    };
    // The digits, least significant first, with zeros up to at least one before the decimal comma.
    let scale = value.scale() as usize;
    let mut digits = Vec::with_capacity(21);
    let mut rest = magnitude;
    while rest > 0 || digits.len() <= scale {
        digits.push(b'0' + (rest % 10) as u8);
        rest /= 10;
    }
    let whole = digits.len() - scale;
    let mut written = String::with_capacity(digits.len() + whole / 3 + 2);
    if value.is_sign_negative() {
        written.push('-');
    }
    for (index, digit) in digits.iter().rev().enumerate() {
        if index == whole {
            written.push(point);
        } else if index > 0 && index < whole && (whole - index).is_multiple_of(3) {
            written.push(group);
        }
        written.push(char::from(*digit));
    }
    written
}

/// A decimal number with a decimal comma and no thousands dots, as Danish Excel reads a CSV cell.
///
/// ```
/// use ddh_engine::danish::ungrouped;
/// assert_eq!(ungrouped("549361.13"), "549361,13");
/// assert_eq!(ungrouped("35"), "35");
/// ```
pub fn ungrouped(text: &str) -> String {
    write(text, None, ',')
}

/// A date `YYYY-MM-DD` the Danish way, `31. december 2025`. Text that is not such a date comes back
/// unchanged.
///
/// ```
/// use ddh_engine::danish::date;
/// assert_eq!(date("2026-01-01"), "1. januar 2026");
/// assert_eq!(date("soon"), "soon");
/// ```
pub fn date(text: &str) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let Some(day) = crate::common::date::Date::parse(text) else {
        return text.to_owned();
    };
    let month = MONTHS
        .get(day.0.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{}. {month} {}", day.0.day(), day.0.year())
}

/// A number as Rust writes it (`-1234567.5`) with the given thousands mark (none: ungrouped) and
/// decimal mark; text that is not such a number comes back unchanged.
pub fn write(text: &str, group: Option<char>, point: char) -> String {
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return text.to_owned();
    }
    let mut written = String::with_capacity(text.len() + whole.len() / 3);
    written.push_str(sign);
    for (index, digit) in whole.chars().enumerate() {
        if let Some(mark) = group.filter(|_| index > 0 && (whole.len() - index) % 3 == 0) {
            written.push(mark);
        }
        written.push(digit);
    }
    if !fraction.is_empty() {
        written.push(point);
        written.push_str(fraction);
    }
    written
}

/// The weekdays' names, Monday first, as the schedules list them.
pub const WEEKDAYS: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];

/// Why a typed number could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Nothing but spaces.
    Empty,
    /// Not a number in any form a Dane writes one.
    NotANumber,
}

impl std::fmt::Display for ReadError {
    /// Neutral, for logs: the user reads a sentence from the app's table in their language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReadError::Empty => "nothing to read",
            ReadError::NotANumber => "not a number",
        })
    }
}

impl std::error::Error for ReadError {}

/// Reads a number as a Danish user types it: `1.550.000,00`, `1550000`, `1,22`, `400 000 kr.`.
///
/// A comma is the decimal mark. Without a comma, dots that split the digits into groups of three are
/// thousands separators (`400.000`); a single dot followed by other than three digits is a decimal
/// point (`1.22`), since that is what people paste from elsewhere.
pub fn read_number(text: &str) -> Result<Decimal, ReadError> {
    let cleaned = bare(text)?;
    let canonical = if cleaned.contains(',') {
        if !thousands_grouped(cleaned.split(',').next().unwrap_or_default()) {
            return Err(ReadError::NotANumber);
        }
        cleaned.replace('.', "").replacen(',', ".", 1)
    } else if thousands_grouped(&cleaned) {
        cleaned.replace('.', "")
    } else {
        cleaned
    };
    Decimal::from_str(&canonical).map_err(|_| ReadError::NotANumber)
}

/// A typed number without its currency (`kr.`, `DKK`) and spaces, if what is left has only digits,
/// signs, dots and commas; how those read is the language's rule.
pub fn bare(text: &str) -> Result<String, ReadError> {
    let trimmed = text.trim();
    let trimmed = trimmed.strip_prefix("DKK").unwrap_or(trimmed);
    let trimmed = trimmed.strip_suffix("DKK").unwrap_or(trimmed);
    let cleaned: String = trimmed
        .trim_end_matches("kr.")
        .trim_end_matches("kr")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        return Err(ReadError::Empty);
    }
    if !cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'))
    {
        return Err(ReadError::NotANumber);
    }
    Ok(cleaned)
}

/// Whether `whole` (sign allowed) has no dots, or dots exactly between groups of three digits.
fn thousands_grouped(whole: &str) -> bool {
    grouped_by(whole, '.')
}

/// Whether `whole` (sign allowed) has no `mark`, or `mark` exactly between groups of three digits.
pub fn grouped_by(whole: &str, mark: char) -> bool {
    let digits = whole.strip_prefix(['-', '+']).unwrap_or(whole);
    let mut groups = digits.split(mark);
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) || !digits.contains(mark));
    first_ok && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The quick path writes what the general rule writes, for any sign, size and scale.
        #[test]
        fn decimal_writes_what_number_writes(low in any::<u32>(), mid in any::<u32>(), high in prop_oneof![Just(0u32), any::<u32>()], negative in any::<bool>(), scale in 0u32..=28) {
            let value = Decimal::from_parts(low, mid, high, negative, scale);
            prop_assert_eq!(decimal(value), number(&value.to_string()));
        }
    }

    #[test]
    fn decimal_writes_zeros_and_small_fractions_as_number_does() {
        for value in [
            Decimal::ZERO,
            Decimal::new(0, 2),
            -Decimal::new(0, 2),
            Decimal::new(-1, 28),
            Decimal::new(1000, 0),
            Decimal::new(-100_000, 1),
        ] {
            assert_eq!(decimal(value), number(&value.to_string()), "{value:?}");
        }
    }
}
