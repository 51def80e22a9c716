//! The cooperation agreement's calendar rules (samarbejdsaftale §§ 6.1.2–6.1.4 and 7.1), each a
//! function with the agreement's own example as its test: when a member's entry and exit take
//! effect, the notice to leave, and which index values and which population quarter a budget year
//! uses.
//!
//! A budget year is cut into periods that are charged whole: half years under the agreement's rule
//! (entry and exit take effect 1 January or 1 July, and a half year is charged as half a year's
//! fee), or months where a scenario turns the rule off. A member is charged for a period when it is
//! a member on the period's first day.

use crate::common::date::Date;
use chrono::{Datelike, Months};

/// Months of notice to leave (§ 7.1: "et skriftligt varsel på 6 måneder").
pub const NOTICE_MONTHS: u32 = 6;

/// How a budget year is cut into the periods a member is charged for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Periods {
    /// The agreement's rule: two half years, starting 1 January and 1 July.
    HalfYears,
    /// Without the rule: twelve months, each starting on its first day.
    Months,
}

impl Periods {
    /// The rule in force: half years when `half_year_rule` is on.
    pub fn of(half_year_rule: bool) -> Periods {
        if half_year_rule {
            Periods::HalfYears
        } else {
            Periods::Months
        }
    }

    /// Periods in a year: 2 or 12.
    pub fn per_year(self) -> u32 {
        match self {
            Periods::HalfYears => 2,
            Periods::Months => 12,
        }
    }

    /// The first day of period `index` (from 0) of `year`; `None` past the calendar's end.
    ///
    /// ```
    /// use ddh_engine::years::rules::Periods;
    /// use ddh_engine::date::Date;
    /// assert_eq!(Periods::HalfYears.start(2027, 1), Date::from_ymd(2027, 7, 1));
    /// assert_eq!(Periods::Months.start(2027, 11), Date::from_ymd(2027, 12, 1));
    /// ```
    pub fn start(self, year: i32, index: u32) -> Option<Date> {
        let months_each = 12 / self.per_year();
        Date::from_ymd(year, 1 + index * months_each, 1)
    }

    /// Whether entry or exit can take effect on `date`: the first day of a period.
    ///
    /// ```
    /// use ddh_engine::years::rules::Periods;
    /// use ddh_engine::date::Date;
    /// let day = |m, d| Date::from_ymd(2027, m, d).unwrap_or_default();
    /// assert!(Periods::HalfYears.takes_effect_on(day(7, 1)));
    /// assert!(!Periods::HalfYears.takes_effect_on(day(4, 1)));
    /// assert!(Periods::Months.takes_effect_on(day(4, 1)));
    /// assert!(!Periods::Months.takes_effect_on(day(4, 2)));
    /// ```
    pub fn takes_effect_on(self, date: Date) -> bool {
        let months_each = 12 / self.per_year();
        date.0.day() == 1 && (date.0.month() - 1).is_multiple_of(months_each)
    }

    /// The first period start on or after `date`.
    fn first_start_from(self, date: Date) -> Option<Date> {
        (0..self.per_year())
            .filter_map(|index| self.start(date.0.year(), index))
            .chain(self.start(date.0.year() + 1, 0))
            .find(|start| *start >= date)
    }

    /// The earliest day a member that gives notice on `notice` can leave: the first period start
    /// after six months have passed (§ 7.1). "Ønsker en kommune fx at udmelde sig pr. 1. januar 2022,
    /// skal udmeldelse ske skriftligt med udgangen af juni 2021": notice on 30 June reaches 1 January,
    /// notice on 1 July does not.
    ///
    /// ```
    /// use ddh_engine::years::rules::Periods;
    /// use ddh_engine::date::Date;
    /// let day = Date::from_ymd;
    /// assert_eq!(Periods::HalfYears.earliest_exit(day(2021, 6, 30).unwrap_or_default()), day(2022, 1, 1));
    /// assert_eq!(Periods::HalfYears.earliest_exit(day(2021, 7, 1).unwrap_or_default()), day(2022, 7, 1));
    /// assert_eq!(Periods::HalfYears.earliest_exit(day(2021, 12, 31).unwrap_or_default()), day(2022, 7, 1));
    /// ```
    pub fn earliest_exit(self, notice: Date) -> Option<Date> {
        let passed = notice.0.checked_add_months(Months::new(NOTICE_MONTHS))?;
        let next_day = passed.succ_opt()?;
        self.first_start_from(Date(next_day))
    }
}

/// The January index values the budget for `year` is regulated with (§ 6.1.3): those of the two years
/// before it. "Ved budget for 2024 bruges prisindeks for hhv. januar 2022 og januar 2023."
///
/// ```
/// use ddh_engine::years::rules::index_januaries;
/// assert_eq!(index_januaries(2024), (2022, 2023));
/// ```
pub fn index_januaries(year: i32) -> (i32, i32) {
    (year - 2, year - 1)
}

/// The FOLK1A quarter whose populations the budget for `year` uses (§ 6.1.4): the last quarter two
/// years before. "Ved budget for 2024 bruges statistiktal 2022K4."
///
/// ```
/// use ddh_engine::years::rules::population_quarter;
/// assert_eq!(population_quarter(2024).to_string(), "2022K4");
/// ```
pub fn population_quarter(year: i32) -> QuarterLabel {
    QuarterLabel {
        year: year - 2,
        quarter: 4,
    }
}

/// A FOLK1A quarter as Danmarks Statistik names it (`2022K4`: the population on 1 October 2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuarterLabel {
    /// The year.
    pub year: i32,
    /// The quarter, 1 to 4.
    pub quarter: u8,
}

impl QuarterLabel {
    /// Reads `2025K4` (also `2025k4` and `2025Q4`); `None` for anything else.
    ///
    /// ```
    /// use ddh_engine::years::rules::QuarterLabel;
    /// assert_eq!(QuarterLabel::parse("2025K4"), Some(QuarterLabel { year: 2025, quarter: 4 }));
    /// assert_eq!(QuarterLabel::parse("2025K5"), None);
    /// assert_eq!(QuarterLabel::parse("25K4"), None);
    /// ```
    pub fn parse(text: &str) -> Option<QuarterLabel> {
        let text = text.trim();
        let (year, quarter) = (text.get(..4)?, text.get(4..)?);
        let quarter = quarter
            .strip_prefix(['K', 'k', 'Q', 'q'])
            .filter(|q| q.len() == 1)?;
        let quarter: u8 = quarter.parse().ok().filter(|q| (1..=4).contains(q))?;
        let year = year
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| year.parse().ok())??;
        Some(QuarterLabel { year, quarter })
    }

    /// Quarters from the start of year 0, for the distance between two quarters.
    pub fn ordinal(self) -> i64 {
        i64::from(self.year) * 4 + i64::from(self.quarter) - 1
    }
}

impl std::fmt::Display for QuarterLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}K{}", self.year, self.quarter)
    }
}

impl serde::Serialize for QuarterLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for QuarterLabel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<QuarterLabel, D::Error> {
        let text = String::deserialize(deserializer)?;
        QuarterLabel::parse(&text).ok_or_else(|| {
            serde::de::Error::invalid_value(
                serde::de::Unexpected::Str(&text),
                &"a quarter written like 2025K4",
            )
        })
    }
}

/// A member's time in the collaboration: from `joins` (or before the span) until `leaves` (or after
/// it), the day its exit takes effect being its first day outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tenure {
    /// The day its entry takes effect; `None` for a member from before.
    pub joins: Option<Date>,
    /// The day its exit takes effect; `None` for one that stays.
    pub leaves: Option<Date>,
}

impl Tenure {
    /// Whether the member is charged for the period starting `start`: a member on that day.
    ///
    /// Joining 1 July is half a year (§ 6.1.4):
    /// ```
    /// use ddh_engine::years::rules::{Periods, Tenure};
    /// use ddh_engine::date::Date;
    /// let tenure = Tenure { joins: Date::from_ymd(2027, 7, 1), leaves: None };
    /// assert_eq!(tenure.periods_in(2027, Periods::HalfYears), 1);
    /// assert_eq!(tenure.periods_in(2028, Periods::HalfYears), 2);
    /// ```
    pub fn member_on(self, start: Date) -> bool {
        self.joins.is_none_or(|joins| joins <= start)
            && self.leaves.is_none_or(|leaves| start < leaves)
    }

    /// The periods of `year` it is charged for.
    pub fn periods_in(self, year: i32, periods: Periods) -> u32 {
        (0..periods.per_year())
            .filter_map(|index| periods.start(year, index))
            .filter(|&start| self.member_on(start))
            .fold(0, |count, _| count + 1)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> Option<Date> {
        Date::from_ymd(year, month, day)
    }

    #[test]
    fn a_quarter_counts_from_the_first_of_year_0() {
        assert_eq!(
            QuarterLabel {
                year: 0,
                quarter: 1
            }
            .ordinal(),
            0
        );
        let k4 = QuarterLabel::parse("2025K4").unwrap();
        let k1 = QuarterLabel::parse("2026K1").unwrap();
        assert_eq!((k4.ordinal(), k1.ordinal() - k4.ordinal()), (8_103, 1));
    }

    #[test]
    fn a_member_is_charged_for_the_periods_it_is_a_member_on_their_first_day() {
        let tenure = |joins, leaves| Tenure { joins, leaves };
        let half = Periods::HalfYears;
        assert_eq!(tenure(None, None).periods_in(2027, half), 2);
        assert_eq!(tenure(day(2027, 7, 1), None).periods_in(2027, half), 1);
        assert_eq!(tenure(None, day(2027, 7, 1)).periods_in(2027, half), 1);
        assert_eq!(tenure(None, day(2027, 1, 1)).periods_in(2027, half), 0);
        assert_eq!(tenure(day(2028, 1, 1), None).periods_in(2027, half), 0);
        // Without the rule, by months: in from 1 April, out from 1 October.
        let months = tenure(day(2027, 4, 1), day(2027, 10, 1));
        assert_eq!(months.periods_in(2027, Periods::Months), 6);
        // A day that is no period's start: charged from the next one, until the one before it.
        let mid = tenure(day(2027, 4, 15), day(2027, 10, 15));
        assert_eq!(mid.periods_in(2027, Periods::Months), 6);
    }
}
