//! A time of day as the format writes it, `08:00`, to the minute; `24:00` is the end of the day.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Minutes in a day.
pub const DAY_MINUTES: u16 = 24 * 60;

/// A time of day, in minutes after midnight, `0..=1440`. Opening and closing times must fall on the
/// quarter hour; that is a rule of the schedule, checked with the field's name, not of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct ClockTime(u16);

impl ClockTime {
    /// `hour:minute`, if it is a time of day (`24:00` included).
    pub fn new(hour: u16, minute: u16) -> Option<ClockTime> {
        let minutes = hour.checked_mul(60)?.checked_add(minute)?;
        (minute < 60 && minutes <= DAY_MINUTES).then_some(ClockTime(minutes))
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    /// Whether the time falls on a quarter hour (`08:15`, not `08:10`).
    pub fn on_quarter_hour(self) -> bool {
        self.0.is_multiple_of(15)
    }

    /// Reads `8:00` or `08:00` (and `24:00`); `None` for anything else.
    ///
    /// ```
    /// use ddh_engine::hours::clock::ClockTime;
    /// assert_eq!(ClockTime::parse("08:30"), ClockTime::new(8, 30));
    /// assert_eq!(ClockTime::parse("24:00").map(|t| t.minutes()), Some(1440));
    /// assert_eq!(ClockTime::parse("24:15"), None);
    /// assert_eq!(ClockTime::parse("8.30"), None);
    /// ```
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (hour, minute) = text.split_once(':')?;
        let number = |part: &str| {
            (!part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())?
        };
        if minute.len() != 2 {
            return None;
        }
        ClockTime::new(number(hour)?, number(minute)?)
    }
}

impl fmt::Display for ClockTime {
    /// `08:00`, the format's form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    /// Read by a visitor, so that a wrong time is reported where the string is, not after its object.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ClockTime, D::Error> {
        deserializer.deserialize_str(ClockVisitor)
    }
}

struct ClockVisitor;

impl de::Visitor<'_> for ClockVisitor {
    type Value = ClockTime;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a time of day written HH:MM")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ClockTime, E> {
        ClockTime::parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}
