//! A call profile read from a CSV file as Danish Excel writes it (`;` between fields, decimal comma,
//! thousands dots) or as English Excel does (`,` between fields, decimal point), or pasted with tabs;
//! the app decodes the bytes with [`crate::csv::decode`] (UTF-8, with or without a byte-order mark, or
//! Windows-1252).
//!
//! The layout is the one the app shows: a first row of headings (any text), then 24 rows, one per
//! hour from 0 to 23, each the hour (`8`, `08`, `08:00` or `08-09`) and seven weights, Monday to
//! Sunday. A weight is any number ≥ 0: calls counted in the hour, or a share. Rows are read as
//! [`crate::csv::rows`] reads them; a refusal names the row and the column (both from 1, as the
//! spreadsheet numbers them), and the file changes nothing.

use super::section::{HOURS, WEEKDAYS};
use crate::common::csv::{reader_for, rows, separator, ReadNumber, Row};
use crate::common::error::{Counted, Problem};
use rust_decimal::Decimal;

pub use crate::common::csv::ImportError;

/// The profile in the file, 7 rows (Monday first) of 24 weights.
///
/// ```
/// use ddh_engine::hours::profile_csv::parse;
/// # fn main() -> Result<(), ddh_engine::csv::ImportError> {
/// let mut text = String::from("time;man;tir;ons;tor;fre;lør;søn\n");
/// for hour in 0..24 {
///     text.push_str(&format!("{hour:02}:00;1.200;0,5;0;0;0;0;0\n"));
/// }
/// let profile = parse(&text)?;
/// assert_eq!(profile[0][8].to_string(), "1200");
/// assert_eq!(profile[1][23].to_string(), "0.5");
/// let refused = parse(&text.replace("0,5;0;0;0;0;0\n", "0,5;x;0;0;0;0\n"));
/// assert_eq!(refused.map_err(|error| (error.line, error.column)), Err((2, 4)));
/// # Ok(())
/// # }
/// ```
pub fn parse(text: &str) -> Result<Vec<Vec<Decimal>>, ImportError> {
    parse_pasted_as(text, crate::common::danish::read_number)
}

/// [`parse`], with tab-separated text (pasted from a spreadsheet) read by `pasted`, the user's
/// language's reader; a file with `;` is read the Danish way and one with `,` the English way.
pub fn parse_pasted_as(text: &str, pasted: ReadNumber) -> Result<Vec<Vec<Decimal>>, ImportError> {
    let separator = separator(text);
    let rows = rows(text, separator);
    let read_number = reader_for(separator, pasted);
    // The headings' row, unless the first row is already an hour's.
    let data: &[Row] = match rows.split_first() {
        Some((first, rest))
            if hour_of(first.cells.first().map_or("", String::as_str)).is_none() =>
        {
            rest
        }
        _ => &rows,
    };
    if data.len() != HOURS {
        return Err(ImportError {
            line: 0,
            column: 0,
            problem: Problem::WrongShape {
                counted: Counted::HourRows,
                expected: HOURS,
                found: data.len(),
            },
        });
    }
    let mut profile = vec![vec![Decimal::ZERO; HOURS]; WEEKDAYS];
    let mut seen = [false; HOURS];
    for row in data {
        let at = |column: usize, problem: Problem| ImportError {
            line: row.line,
            column,
            problem,
        };
        let cells = &row.cells;
        if cells.len() < WEEKDAYS + 1 {
            let problem = Problem::WrongShape {
                counted: Counted::Cells,
                expected: WEEKDAYS + 1,
                found: cells.len(),
            };
            return Err(at(0, problem));
        }
        let hour_text = cells.first().map_or("", String::as_str);
        let hour = hour_of(hour_text).ok_or_else(|| {
            at(
                1,
                Problem::NotANumber {
                    text: hour_text.to_owned(),
                },
            )
        })?;
        let first_time = seen
            .get_mut(hour)
            .map(|seen| !std::mem::replace(seen, true));
        if first_time != Some(true) {
            return Err(at(1, Problem::DuplicateHour { hour }));
        }
        for (day, cell) in cells.iter().skip(1).take(WEEKDAYS).enumerate() {
            let column = day + 2;
            let weight = read_number(cell)
                .map_err(|_| at(column, Problem::NotANumber { text: cell.clone() }))?;
            if weight.is_sign_negative() && !weight.is_zero() {
                return Err(at(
                    column,
                    Problem::Negative {
                        value: weight.to_string(),
                    },
                ));
            }
            if let Some(slot) = profile.get_mut(day).and_then(|row| row.get_mut(hour)) {
                *slot = weight;
            }
        }
    }
    Ok(profile)
}

/// The hour a line is for: `8`, `08`, `08:00`, `08.00` or `08-09`.
fn hour_of(cell: &str) -> Option<usize> {
    let start = cell.trim().split(['-', ':', '.', '–']).next()?.trim();
    if start.is_empty() || start.len() > 2 || !start.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    start.parse::<usize>().ok().filter(|&h| h < HOURS)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn an_hour_is_one_or_two_digits_from_0_to_23() {
        for (cell, hour) in [
            ("8", 8),
            ("08", 8),
            ("08:00", 8),
            ("08.00", 8),
            ("08-09", 8),
            (" 23 ", 23),
        ] {
            assert_eq!(hour_of(cell), Some(hour), "{cell}");
        }
        // Three digits, a sign (which Rust's own reading takes), the 25th hour, nothing.
        for cell in ["008", "+8", "24", "", "-", "Time"] {
            assert_eq!(hour_of(cell), None, "{cell}");
        }
    }

    /// A profile of 24 hours with `monday` at 8 o'clock, written with `separator` between the cells.
    fn file(separator: &str, monday: &str) -> String {
        let mut text = format!("Time{separator}Man{separator}Tir{separator}Ons{separator}Tor{separator}Fre{separator}Lør{separator}Søn\n");
        for hour in 0..HOURS {
            let first = if hour == 8 { monday } else { "0" };
            let rest = ["0"; WEEKDAYS - 1].join(separator);
            text.push_str(&format!("{hour}{separator}{first}{separator}{rest}\n"));
        }
        text
    }

    /// Headings wrapped in Excel ("Man⏎dag" in quotes) are one row; a file one hour short or long says
    /// it counted rows of hours, and a short row that it counted its cells.
    #[test]
    fn a_wrapped_heading_is_one_row_and_a_wrong_count_says_what_it_counted() {
        let wrapped = file(";", "3").replacen("Time;", "\"Time\r\n(kl.)\";", 1);
        assert_eq!(parse(&wrapped).unwrap()[0][8], Decimal::from(3));
        let extra = format!("{wrapped}24;0;0;0;0;0;0;0\n");
        assert_eq!(
            parse(&extra).unwrap_err().problem,
            Problem::WrongShape {
                counted: Counted::HourRows,
                expected: 24,
                found: 25
            }
        );
        let short = wrapped.replace("\n5;0;0;0;0;0;0;0\n", "\n5;0;0\n");
        let error = parse(&short).unwrap_err();
        assert_eq!((error.line, error.column), (7, 0));
        assert_eq!(
            error.problem,
            Problem::WrongShape {
                counted: Counted::Cells,
                expected: 8,
                found: 3
            }
        );
    }

    #[test]
    fn each_file_is_read_by_its_separators_rule() {
        // Danish Excel: `;` and a decimal comma; English Excel: `,` and a decimal point.
        assert_eq!(
            parse(&file(";", "0,125")).unwrap()[0][8],
            Decimal::new(125, 3)
        );
        assert_eq!(
            parse(&file(",", "0.125")).unwrap()[0][8],
            Decimal::new(125, 3)
        );
        assert_eq!(
            parse(&file(",", "\"1,250.5\"")).unwrap()[0][8],
            Decimal::new(12505, 1)
        );
        // Pasted with tabs: the user's language decides.
        let pasted = file("\t", "1.250");
        assert_eq!(parse(&pasted).unwrap()[0][8], Decimal::new(1250, 0));
        let english = parse_pasted_as(&pasted, crate::common::english::read_number).unwrap();
        assert_eq!(english[0][8], Decimal::new(125, 2));
    }
}
