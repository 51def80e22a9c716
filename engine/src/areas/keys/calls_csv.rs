//! Calls per member read from a CSV file as Danish Excel writes it: `;` between fields (a tab or `,`
//! also), thousands dots (`12.345`), UTF-8 or Windows-1252 (decode the bytes with
//! [`crate::csv::decode`]).
//!
//! One row per member: the municipality (its code, `751`, or its name, `Aarhus` or `Aarhus Kommune`)
//! in the first column and its calls, a whole number ≥ 0, in the last, or in the column whose heading
//! begins with "Opkald" or "Calls" (as the app's members' table, exported in Danish or English, has
//! them; the English export has `,` between fields and no thousands separators). A first row of headings is
//! skipped. Rows are read as [`crate::csv::rows`] reads them; a refusal names the row and the column
//! (both from 1, as the spreadsheet numbers them), and the file changes nothing.

use crate::areas::members::names::{fold, named, same_name};
use crate::areas::members::Member;
use crate::common::csv::{reader_for, rows, separator, ImportError, ReadNumber};
use crate::common::error::{Counted, Problem};
use rust_decimal::prelude::ToPrimitive;

use super::section::MAX_CALLS;

/// Each member named in the file with its calls, in the file's order.
///
/// ```
/// use ddh_engine::keys::calls_csv::parse;
/// use ddh_engine::members::{resolve, section::MemberSelection};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let members = resolve(&MemberSelection::default())?; // the 13 named in 2024–25
/// let calls = parse("Kommune;Opkald\nAarhus;41.200\n746;1.050\nHøje-Taastrup Kommune;3.000\n", &members)?;
/// assert_eq!(calls, vec![(751, 41_200), (746, 1_050), (169, 3_000)]);
/// let refused = parse("Kommune;Opkald\nAarhus;41.200\nOdder;mange\n", &members);
/// assert_eq!(refused.map_err(|error| (error.line, error.column)), Err((3, 2)));
/// # Ok(())
/// # }
/// ```
pub fn parse(text: &str, members: &[Member]) -> Result<Vec<(u16, u64)>, ImportError> {
    parse_pasted_as(text, members, crate::common::danish::read_number)
}

/// [`parse`], with tab-separated text (pasted from a spreadsheet) read by `pasted`, the user's
/// language's reader; a file with `;` is read the Danish way and one with `,` the English way.
pub fn parse_pasted_as(
    text: &str,
    members: &[Member],
    pasted: ReadNumber,
) -> Result<Vec<(u16, u64)>, ImportError> {
    let separator = separator(text);
    let rows = rows(text, separator);
    let read_number = reader_for(separator, pasted);
    // A heading that names the calls ("Opkald", "Opkald 2025", or in English "Calls"): the calls are
    // in that column, not the last (the app's own members' table, exported, has the bids after them).
    let calls_column = rows.first().and_then(|first| {
        first.cells.iter().position(|cell| {
            // ASCII case only: `to_lowercase` would ship Unicode's case tables in the app (10 KB gzip).
            let heading = cell.as_bytes();
            ["opkald", "calls"].iter().any(|name| {
                heading
                    .get(..name.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(name.as_bytes()))
            })
        })
    });
    let mut calls: Vec<(u16, u64)> = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let at = |column: usize, problem: Problem| ImportError {
            line: row.line,
            column,
            problem,
        };
        let cells = &row.cells;
        let last =
            calls_column.unwrap_or_else(|| cells.iter().rposition(|c| !c.is_empty()).unwrap_or(0));
        let (who, number) = (
            cells.first().map_or("", String::as_str),
            cells.get(last).map_or("", String::as_str),
        );
        let read = read_number(number);
        // The headings: a first line without a number last, or one that names no municipality first
        // ("Kommune;2024").
        if index == 0 && (read.is_err() || (find(who, members).is_none() && named(who).is_none())) {
            continue;
        }
        // The calls' cell: under its heading, or the last one filled in; the name's is the first.
        match calls_column {
            Some(column) if cells.len() <= column => {
                let problem = Problem::WrongShape {
                    counted: Counted::Cells,
                    expected: column + 1,
                    found: cells.len(),
                };
                return Err(at(0, problem));
            }
            Some(column) if number.is_empty() => return Err(at(column + 1, Problem::Missing)),
            None if last == 0 => {
                let problem = Problem::WrongShape {
                    counted: Counted::FilledCells,
                    expected: 2,
                    found: cells.iter().filter(|c| !c.is_empty()).count(),
                };
                return Err(at(0, problem));
            }
            _ => {}
        }
        let column = last + 1;
        let value = read.map_err(|_| {
            at(
                column,
                Problem::NotANumber {
                    text: number.to_owned(),
                },
            )
        })?;
        if value.is_sign_negative() && !value.is_zero() {
            return Err(at(
                column,
                Problem::Negative {
                    value: value.to_string(),
                },
            ));
        }
        if !value.fract().is_zero() {
            return Err(at(
                column,
                Problem::TooPrecise {
                    value: value.to_string(),
                    decimals: 0,
                },
            ));
        }
        let value = value
            .to_u64()
            .filter(|&v| v <= MAX_CALLS.unsigned_abs())
            .ok_or_else(|| {
                at(
                    column,
                    Problem::TooLarge {
                        value: value.to_string(),
                        max: MAX_CALLS.to_string(),
                    },
                )
            })?;
        let member = find(who, members).ok_or_else(|| {
            let problem = match who.parse::<u16>() {
                Ok(code) if crate::common::dataset::find(Default::default(), code).is_some() => {
                    Problem::NotAMember { code }
                }
                _ if named(who).is_some() => Problem::NotAMember {
                    code: named(who).unwrap_or(0),
                },
                _ => Problem::UnknownName {
                    text: who.to_owned(),
                },
            };
            at(1, problem)
        })?;
        if calls.iter().any(|(code, _)| *code == member.code) {
            return Err(at(1, Problem::Duplicate { code: member.code }));
        }
        calls.push((member.code, value));
    }
    if calls.is_empty() {
        // An empty file, headings only, or text this reader cannot see (a UTF-16 "Unicode-tekst" file).
        return Err(ImportError {
            line: 0,
            column: 0,
            problem: Problem::NoRows,
        });
    }
    Ok(calls)
}

/// The member a cell names, by code or by name.
fn find<'m>(cell: &str, members: &'m [Member]) -> Option<&'m Member> {
    if let Ok(code) = cell.parse::<u16>() {
        return members.iter().find(|m| m.code == code);
    }
    let wanted = fold(cell);
    members.iter().find(|m| same_name(&m.name, &wanted))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::areas::members::resolve;
    use crate::areas::members::section::MemberSelection;

    fn members(codes: &[u16]) -> Vec<Member> {
        resolve(&MemberSelection {
            quarter: Default::default(),
            codes: codes.to_vec(),
            population_overrides: Vec::new(),
        })
        .unwrap()
    }

    #[test]
    fn excel_quotes_official_names_and_a_year_as_heading_are_read() {
        let members = members(&[101, 400, 751]);
        let text = "Kommune;2024\r\nKøbenhavns Kommune;\"41.200\"\r\nBornholms Regionskommune;900\r\n751;12\r\n";
        assert_eq!(
            parse(text, &members).unwrap(),
            vec![(101, 41_200), (400, 900), (751, 12)]
        );
    }

    /// A name cell with a line break inside its quotes, as Excel writes a wrapped cell (LF inside,
    /// CRLF between rows, or CRLF inside too): one row, the name read with the break as a space, and
    /// a refusal further down names the row as Excel shows it.
    #[test]
    fn a_line_break_inside_a_quoted_cell_is_part_of_the_cell() {
        let members = members(&[101, 751, 727]);
        for inside in ["\n", "\r\n"] {
            let text = format!(
                "Kommune;Opkald\r\n\"Aarhus{inside}Kommune\";41.200\r\n\"Københavns{inside}Kommune\";\"1.200\"\r\nOdder;12\r\n"
            );
            assert_eq!(
                parse(&text, &members).unwrap(),
                vec![(751, 41_200), (101, 1_200), (727, 12)],
                "{inside:?}"
            );
            let error = parse(&text.replace(";12", ";mange"), &members).unwrap_err();
            assert_eq!((error.line, error.column), (4, 2), "{inside:?}");
        }
    }

    /// A row short of cells says what it counted: under a calls heading, the cells up to that column;
    /// without one, the cells filled in (the name and the calls). An empty calls cell is missing.
    #[test]
    fn a_short_row_says_what_it_counted() {
        let members = members(&[751, 727]);
        let refused = |text: &str| parse(text, &members).map_err(|e| (e.line, e.column, e.problem));
        let cells = |expected, found| Problem::WrongShape {
            counted: Counted::Cells,
            expected,
            found,
        };
        assert_eq!(
            refused("Kommune;Opkald\nAarhus;12\nOdder\n"),
            Err((3, 0, cells(2, 1)))
        );
        assert_eq!(
            refused("Kommune;Opkald\nAarhus;\n"),
            Err((2, 2, Problem::Missing))
        );
        let filled = Problem::WrongShape {
            counted: Counted::FilledCells,
            expected: 2,
            found: 1,
        };
        assert_eq!(
            refused("Kommune;2024\nAarhus;12\nOdder;;\n"),
            Err((3, 0, filled))
        );
        // No heading, the first name wrapped: the separator is found in the row, not its first line.
        assert_eq!(
            parse("\"Aarhus\r\nKommune\";41.200\r\nOdder;12\r\n", &members),
            Ok(vec![(751, 41_200), (727, 12)])
        );
    }

    #[test]
    fn the_column_headed_opkald_holds_the_calls_as_the_app_exports_them() {
        let members = members(&[101, 751]);
        // The members' table as Eksportér writes it: the bids after the calls, some of them empty.
        let text = "\u{feff}Medlem;Opkald;Bud (timer)\r\nKøbenhavn;41.200;\r\nAarhus;12;-40\r\n";
        assert_eq!(
            parse(text, &members).unwrap(),
            vec![(101, 41_200), (751, 12)]
        );
        let error = parse("Medlem;Opkald;Bud (timer)\r\nAarhus;;5\r\n", &members).unwrap_err();
        assert_eq!((error.line, error.column), (2, 2));
    }

    #[test]
    fn the_english_export_is_read_by_its_calls_heading() {
        let members = members(&[101, 751]);
        let text = "\u{feff}Member,Calls,Bid (hours)\r\nKøbenhavn,41200,\r\nAarhus,12,-40\r\n";
        assert_eq!(
            parse(text, &members).unwrap(),
            vec![(101, 41_200), (751, 12)]
        );
        // English Excel quotes a figure written with a thousands comma.
        let text = "Member,Calls\r\nKøbenhavn,\"41,200\"\r\nAarhus,12\r\n";
        assert_eq!(
            parse(text, &members).unwrap(),
            vec![(101, 41_200), (751, 12)]
        );
        // Pasted with tabs, as the user's language writes it.
        let pasted = "København\t41,200\nAarhus\t12\n";
        let english =
            parse_pasted_as(pasted, &members, crate::common::english::read_number).unwrap();
        assert_eq!(english, vec![(101, 41_200), (751, 12)]);
    }

    #[test]
    fn a_file_with_nothing_to_read_is_refused() {
        let members = members(&[751]);
        for text in ["", "Kommune;Opkald\r\n", "\u{0}K\u{0}o\u{0}m"] {
            let error = parse(text, &members).unwrap_err();
            assert_eq!(
                (error.line, error.column, error.problem),
                (0, 0, Problem::NoRows)
            );
        }
    }

    #[test]
    fn a_municipality_that_is_not_a_member_is_named_at_its_line() {
        let members = members(&[751]);
        let error = parse("Aarhus;5\nOdder;7\n", &members).unwrap_err();
        assert_eq!((error.line, error.column), (2, 1));
        assert_eq!(error.problem, Problem::NotAMember { code: 727 });
        let error = parse("Aarhus;5\nAtlantis;7\n", &members).unwrap_err();
        assert_eq!(
            error.problem,
            Problem::UnknownName {
                text: "Atlantis".into()
            }
        );
    }

    /// A code names a municipality as its name does: one that is not a member is named as such, a
    /// code no municipality has is an unknown name.
    #[test]
    fn a_code_is_read_as_the_municipality_it_names() {
        let members = members(&[751]);
        let error = parse("751;5\n727;7\n", &members).unwrap_err();
        assert_eq!(
            (error.line, error.problem),
            (2, Problem::NotAMember { code: 727 })
        );
        let error = parse("751;5\n999;7\n", &members).unwrap_err();
        assert_eq!(
            (error.line, error.problem),
            (2, Problem::UnknownName { text: "999".into() })
        );
    }

    /// Only the first row can be a heading; a later row whose number does not read is refused at its
    /// cell, and negative calls are refused (a zero with a sign is zero).
    #[test]
    fn only_the_first_row_is_a_heading_and_calls_are_not_negative() {
        let members = members(&[751, 727]);
        let error = parse("Aarhus;41.200\nOdder;mange\n", &members).unwrap_err();
        assert_eq!((error.line, error.column), (2, 2));
        assert_eq!(
            error.problem,
            Problem::NotANumber {
                text: "mange".into()
            }
        );
        let error = parse("Aarhus;41.200\nOdder;-3\n", &members).unwrap_err();
        assert_eq!((error.line, error.column), (2, 2));
        assert!(matches!(error.problem, Problem::Negative { .. }));
        assert_eq!(
            parse("Aarhus;-0\nOdder;4\n", &members).unwrap(),
            [(751, 0), (727, 4)]
        );
    }
}
