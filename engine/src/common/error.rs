//! Why a scenario, or an edit of it, is refused: the field, in the scenario format's own path syntax, and
//! the rule broken.
//!
//! The field path stays in the format's English names (`tender.cost_items[2].amount`) so that it points
//! at exactly one place in the JSON document and one input on screen; every path used here is listed in
//! `engine/FORMATS.md` (a test checks it). The sentence for the user comes from a language's table
//! (`ddh_engine::words::Messages::problem`); `Display` is neutral, the problem as the report writes it, for logs
//! and for whoever repairs a file by hand.

use crate::common::date::Date;
use crate::common::field::FieldPath;
use serde::Serialize;
use std::fmt;

/// A scenario or an edit the engine refuses, and why. Never a panic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    /// Path of the offending field, e.g. `tender.cost_items[2].amount`; empty for the document as a whole.
    pub field: String,
    /// The rule broken, with the values a message needs.
    pub problem: Problem,
}

/// What an imported table's count is of, so that a refusal can say what it counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// Rows of a call profile, one for each hour of the day.
    HourRows,
    /// Cells in a row.
    Cells,
    /// Cells in a row that are filled in.
    FilledCells,
}

/// The rule a field breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The document is not valid JSON or does not have the scenario's shape.
    Unreadable {
        /// What kind of fault, for a sentence in the user's language.
        reason: Unreadable,
        /// The JSON parser's own words (English), for whoever repairs the file by hand.
        detail: String,
    },
    /// A format version this build does not know.
    UnsupportedVersion {
        /// The version the document states.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The member set is empty.
    NoMembers,
    /// No municipality has this code in the chosen quarter.
    UnknownMunicipality {
        /// The code given.
        code: u16,
    },
    /// The same municipality is listed twice.
    Duplicate {
        /// The code listed twice.
        code: u16,
    },
    /// Two cost items have the same id.
    DuplicateId {
        /// The id given twice.
        id: u32,
    },
    /// An edit names a cost item that is not in the budget.
    UnknownItem {
        /// The id given.
        id: u32,
    },
    /// An edit moves a municipality that is not a member.
    NotAMember {
        /// The code given.
        code: u16,
    },
    /// A position in a list beyond its end (positions count from 1).
    NoSuchPosition {
        /// The position asked for, from 1.
        position: usize,
        /// The last position there is.
        last: usize,
    },
    /// Must be greater than zero.
    NotPositive {
        /// The value given, as the format writes it.
        value: String,
    },
    /// Must not be below zero.
    Negative {
        /// The value given, as the format writes it.
        value: String,
    },
    /// Above the largest value that makes sense here.
    TooLarge {
        /// The value given, as the format writes it.
        value: String,
        /// The largest value accepted, as the format writes it.
        max: String,
    },
    /// A money amount with a fraction of an øre.
    FractionOfOre {
        /// The value given, as the format writes it.
        value: String,
    },
    /// A list longer than allowed.
    TooMany {
        /// The most entries accepted.
        max: usize,
    },
    /// A sum that does not fit in the engine's number types.
    Overflow,
    /// Must be below a limit (a margin of 100 % or more).
    NotBelow {
        /// The value given, as the format writes it.
        value: String,
        /// The limit it must stay below.
        limit: String,
    },
    /// The top of a range below its bottom.
    BelowLow {
        /// The top given.
        value: String,
        /// The bottom of the range.
        low: String,
    },
    /// An offer with no price at all.
    NoPrice,
    /// Below the smallest value that makes sense here.
    TooSmall {
        /// The value given, as the format writes it.
        value: String,
        /// The smallest value accepted.
        min: String,
    },
    /// A list with the wrong number of entries (a week of 6 days).
    WrongLength {
        /// Entries the list must have.
        expected: usize,
        /// Entries it has.
        found: usize,
    },
    /// A time of day that is not on the quarter hour.
    OffQuarterHour {
        /// The time given, `HH:MM`.
        value: String,
    },
    /// An interval that closes at or before it opens.
    ClosesBeforeOpening {
        /// Opens, `HH:MM`.
        open: String,
        /// Closes, `HH:MM`.
        close: String,
    },
    /// An interval that overlaps an earlier one of the same day.
    Overlaps {
        /// The earlier interval, `HH:MM–HH:MM`.
        other: String,
    },
    /// No room for another interval after one that closes at midnight.
    DayFull,
    /// Weights that are all zero where some must be above zero.
    AllZero,
    /// Text that is not a number where a number must be (in an imported file).
    NotANumber {
        /// The text found.
        text: String,
    },
    /// An hour listed twice in an imported profile.
    DuplicateHour {
        /// The hour, 0–23.
        hour: usize,
    },
    /// An imported table with the wrong number of rows or cells.
    WrongShape {
        /// What was counted.
        counted: Counted,
        /// How many were expected.
        expected: usize,
        /// How many were found.
        found: usize,
    },
    /// A load that more agents than the engine searches cannot carry.
    LoadTooHigh {
        /// The most agents searched.
        max: String,
    },
    /// A percent with more decimals than the rule can use.
    TooPrecise {
        /// The value given.
        value: String,
        /// The most decimals accepted.
        decimals: u32,
    },
    /// Weights that must add up to 100 % and do not.
    NotHundred {
        /// What they add up to, %.
        sum: String,
    },
    /// A value that must be given here.
    Missing,
    /// An imported file with no line to read.
    NoRows,
    /// A municipality name no municipality has (in an imported file).
    UnknownName {
        /// The text found.
        text: String,
    },
    /// More hours offered back than the member's base.
    MoreThanBase {
        /// Hours offered back.
        value: String,
        /// The member's base hours.
        base: String,
    },
    /// An edit of a section the module does not show: it keeps the section as the text it read and
    /// writes that back, so the edit would be lost (see `engine/src/document/sections.rs`).
    NotShownHere,
    /// A span of budget years longer than the limit.
    SpanTooLong {
        /// Years in the span given.
        value: i32,
        /// The most years accepted.
        max: i32,
    },
    /// A year listed twice (an index value, a base).
    DuplicateYear {
        /// The year.
        year: i32,
    },
    /// A population quarter imported twice.
    DuplicateQuarter {
        /// The quarter, `2025K4`.
        quarter: String,
    },
    /// An index value on a later base without the factor that chains it to 2015=100.
    NoChain {
        /// The base, e.g. 2025.
        base: u16,
    },
    /// A municipality said to join that is a member already.
    AlreadyMember {
        /// Its code.
        code: u16,
    },
    /// A day of entry or exit that is not 1 January or 1 July while the agreement's rule is on
    /// (without it: not the first of a month).
    NotOnPeriodStart {
        /// The day given, `YYYY-MM-DD`.
        date: Date,
        /// Whether the agreement's rule is on (1 January or 1 July), or off (the first of a month).
        half_years: bool,
    },
    /// A day that must come after another and does not (an exit on or before the entry).
    NotAfter {
        /// The day given, `YYYY-MM-DD`.
        date: Date,
        /// The day it must come after.
        after: Date,
    },
    /// A notice to leave that does not reach the exit day: six months' notice to 1 January or 1 July.
    NoticeTooLate {
        /// The day notice was given.
        notice: Date,
        /// The earliest exit it allows.
        earliest: Date,
        /// The exit day given.
        exit: Date,
    },
    /// A member missing from the population quarter a year uses.
    NotInQuarter {
        /// The member's code.
        code: u16,
        /// The quarter, `2025K4`.
        quarter: String,
    },
    /// A file whose quarter cannot be told: no quarter column and none in its name.
    NoQuarter,
    /// A date outside every period the rule table knows.
    DateOutsideRules {
        /// The date given, `YYYY-MM-DD`.
        date: String,
        /// The periods that are known.
        periods: Vec<DatePeriod>,
    },
}

/// A period of a rule table, both days included, `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatePeriod {
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
}

/// What is wrong with a document that cannot be read, classified so that it can be said in any language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "fault", rename_all = "snake_case")]
pub enum Unreadable {
    /// Not JSON at this place.
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// The text stops before the document ends.
    Truncated,
    /// A field the format does not have (often a typing error in its name).
    UnknownField {
        /// The name found.
        name: String,
    },
    /// A field the format requires is missing.
    MissingField {
        /// The name of the missing field.
        name: String,
    },
    /// A value that is not one of the choices the field allows.
    UnknownChoice {
        /// The value found.
        value: String,
    },
    /// A value of the wrong kind (text for a number, a number for a list, …).
    WrongType,
}

impl Unreadable {
    /// Classifies a JSON parser error by its kind and, for shape errors, by serde's stable message prefixes.
    pub fn of(error: &serde_json::Error) -> Unreadable {
        use serde_json::error::Category;
        let text = error.to_string();
        let quoted = |prefix: &str| {
            text.strip_prefix(prefix)
                .and_then(|rest| rest.split('`').nth(1))
                .map(str::to_owned)
        };
        match error.classify() {
            Category::Eof => Unreadable::Truncated,
            // serde_json gives column 0 for a fault found on reading a line break (the line's
            // start, before its first character): the user is shown the line's first column.
            Category::Syntax | Category::Io => Unreadable::Syntax {
                line: error.line(),
                column: error.column().max(1),
            },
            Category::Data => {
                if let Some(name) = quoted("unknown field") {
                    Unreadable::UnknownField { name }
                } else if let Some(name) = quoted("missing field") {
                    Unreadable::MissingField { name }
                } else if let Some(value) = quoted("unknown variant") {
                    Unreadable::UnknownChoice { value }
                } else {
                    Unreadable::WrongType
                }
            }
        }
    }
}

impl Error {
    /// An error at `field`.
    pub fn new(field: impl FieldPath, problem: Problem) -> Error {
        Error {
            field: field.path(),
            problem,
        }
    }

    /// A document that could not be read, at `field`.
    pub fn unreadable(field: impl FieldPath, error: &serde_json::Error) -> Error {
        Error::new(
            field,
            Problem::Unreadable {
                reason: Unreadable::of(error),
                detail: error.to_string(),
            },
        )
    }
}

impl fmt::Display for Problem {
    /// The problem as the report writes it (`{"kind":"not_positive","value":"0"}`): neutral, in no
    /// user's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

impl fmt::Display for Error {
    /// `field: problem` on one line; the problem alone for the whole document.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.field, self.problem)
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    /// A field by its path, as an area's type writes it (the areas are above this layer).
    struct Path(&'static str);

    impl FieldPath for Path {
        fn path(&self) -> String {
            self.0.to_owned()
        }
    }

    #[test]
    fn message_names_the_field_on_one_line_in_no_language() {
        let error = Error::new(
            Path("members.population_overrides[0].population"),
            Problem::NotPositive { value: "0".into() },
        );
        assert_eq!(
            error.to_string(),
            r#"members.population_overrides[0].population: {"kind":"not_positive","value":"0"}"#
        );
        assert_eq!(
            Error::new(Path(""), Problem::NoMembers).to_string(),
            r#"{"kind":"no_members"}"#
        );
    }

    #[test]
    fn parser_errors_are_classified_not_passed_on() {
        /// A document with a required field and no unknown ones, as the scenario is.
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Document {
            version: u32,
            members: Vec<u16>,
            #[serde(default)]
            name: String,
        }
        let classify = |text: &str| {
            serde_json::from_str::<Document>(text)
                .err()
                .map(|e| Unreadable::of(&e))
        };
        assert_eq!(classify("{\"version\": 1,"), Some(Unreadable::Truncated));
        assert_eq!(
            classify("{\"version\": x}"),
            Some(Unreadable::Syntax {
                line: 1,
                column: 13
            })
        );
        // A line break inside a string: serde_json says column 0, the user is shown column 1.
        assert_eq!(
            classify("{\"name\": \"a\nb\"}"),
            Some(Unreadable::Syntax { line: 2, column: 1 })
        );
        assert_eq!(
            classify("{\"versio\": 1}"),
            Some(Unreadable::UnknownField {
                name: "versio".into()
            })
        );
        assert_eq!(
            classify("{\"version\": 2}"),
            Some(Unreadable::MissingField {
                name: "members".into()
            })
        );
        assert_eq!(
            classify("{\"version\": \"2\"}"),
            Some(Unreadable::WrongType)
        );
    }
}
