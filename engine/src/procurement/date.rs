//! Calendar dates as the format writes them, `2026-06-01` (ISO 8601, what `<input type="date">` gives).
//!
//! Read and written here rather than through chrono's `serde` feature, whose general format parser
//! would add to every representative's download for this one shape.

use chrono::{Datelike, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day, no time and no time zone: the day a procurement is launched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LaunchDate(pub NaiveDate);

impl LaunchDate {
    /// The date, if it exists in the calendar.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<LaunchDate> {
        NaiveDate::from_ymd_opt(year, month, day).map(LaunchDate)
    }

    /// Reads `YYYY-MM-DD` (four-digit year); `None` for anything else or a day the calendar lacks.
    ///
    /// ```
    /// use ddh_engine::procurement::date::LaunchDate;
    /// assert_eq!(LaunchDate::parse("2025-12-31"), LaunchDate::from_ymd(2025, 12, 31));
    /// assert_eq!(LaunchDate::parse("2025-02-29"), None);
    /// assert_eq!(LaunchDate::parse("31-12-2025"), None);
    /// ```
    pub fn parse(text: &str) -> Option<LaunchDate> {
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
        LaunchDate::from_ymd(year, number(5..7)?, number(8..10)?)
    }
}

impl fmt::Display for LaunchDate {
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

impl Serialize for LaunchDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LaunchDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LaunchDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        LaunchDate::parse(&text).ok_or_else(|| {
            de::Error::invalid_value(de::Unexpected::Str(&text), &"a date written YYYY-MM-DD")
        })
    }
}
