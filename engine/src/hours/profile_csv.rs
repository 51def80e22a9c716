//! A call profile read from a CSV file as Danish Excel writes it (`;` between fields, decimal comma,
//! thousands dots) or as English Excel does (`,` between fields, decimal point), or pasted with tabs;
//! the app decodes the bytes with [`crate::csv::decode`] (UTF-8, with or without a byte-order mark, or
//! Windows-1252).
//!
//! The layout is the one the app shows: a first line of headings (any text), then 24 lines, one per
//! hour from 0 to 23, each the hour (`8`, `08`, `08:00` or `08-09`) and seven weights, Monday to
//! Sunday. A weight is any number ≥ 0: calls counted in the hour, or a share. A refusal names the
//! line and the column (both from 1), and the file changes nothing.

use super::section::{HOURS, WEEKDAYS};
use crate::csv::{cells, reader_for, ReadNumber};
use crate::error::Problem;
use rust_decimal::Decimal;

pub use crate::csv::ImportError;

/// The profile in the file, 7 rows (Monday first) of 24 weights.
///
/// ```
/// use ddh_engine::hours::profile_csv::parse;
/// let mut text = String::from("time;man;tir;ons;tor;fre;lør;søn\n");
/// for hour in 0..24 {
///     text.push_str(&format!("{hour:02}:00;1.200;0,5;0;0;0;0;0\n"));
/// }
/// let profile = parse(&text).unwrap();
/// assert_eq!(profile[0][8].to_string(), "1200");
/// assert_eq!(profile[1][23].to_string(), "0.5");
/// let error = parse(&text.replace("0,5;0;0;0;0;0\n", "0,5;x;0;0;0;0\n")).unwrap_err();
/// assert_eq!((error.line, error.column), (2, 4));
/// ```
pub fn parse(text: &str) -> Result<Vec<Vec<Decimal>>, ImportError> {
    parse_pasted_as(text, crate::danish::read_number)
}

/// [`parse`], with tab-separated text (pasted from a spreadsheet) read by `pasted`, the user's
/// language's reader; a file with `;` is read the Danish way and one with `,` the English way.
pub fn parse_pasted_as(text: &str, pasted: ReadNumber) -> Result<Vec<Vec<Decimal>>, ImportError> {
    let lines = crate::csv::lines(text);
    let separator = crate::csv::separator(lines.first());
    let read_number = reader_for(separator, pasted);
    // The headings' line, unless the first line is already an hour's.
    let data: Vec<(usize, &str)> = match lines.first() {
        Some((_, first))
            if hour_of(cells(first, separator).first().map_or("", String::as_str)).is_none() =>
        {
            lines.iter().skip(1).copied().collect()
        }
        _ => lines,
    };
    if data.len() != HOURS {
        return Err(ImportError {
            line: 0,
            column: 0,
            problem: Problem::WrongShape {
                expected: HOURS,
                found: data.len(),
            },
        });
    }
    let mut profile = vec![vec![Decimal::ZERO; HOURS]; WEEKDAYS];
    let mut seen = [false; HOURS];
    for (line, text) in data {
        let at = |column: usize, problem: Problem| ImportError {
            line,
            column,
            problem,
        };
        let cells = cells(text, separator);
        if cells.len() < WEEKDAYS + 1 {
            let problem = Problem::WrongShape {
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
        let english = parse_pasted_as(&pasted, crate::english::read_number).unwrap();
        assert_eq!(english[0][8], Decimal::new(125, 2));
    }
}
