//! Calendar dates as the format writes them, `2026-06-01` (ISO 8601, what `<input type="date">` gives).
//!
//! Read and written here rather than through chrono's `serde` feature, whose general format parser
//! would add to every representative's download for this one shape.

use chrono::{Datelike, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day, no time and no time zone: a launch date, a holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Date(pub NaiveDate);

impl Date {
    /// The date, if it exists in the calendar.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Reads `YYYY-MM-DD` (four-digit year); `None` for anything else or a day the calendar lacks.
    ///
    /// ```
    /// use ddh_engine::date::Date;
    /// assert_eq!(Date::parse("2025-12-31"), Date::from_ymd(2025, 12, 31));
    /// assert_eq!(Date::parse("2025-02-29"), None);
    /// assert_eq!(Date::parse("31-12-2025"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let year = i32::try_from(number(0..4)?).ok()?;
        Date::from_ymd(year, number(5..7)?, number(8..10)?)
    }
}

impl fmt::Display for Date {
    /// `2026-06-01`, the format's form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Str(&text), &"a date written YYYY-MM-DD")
        })
    }
}
