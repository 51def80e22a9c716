//! Population quarters read from a CSV file: as Danmarks Statistik's StatBank exports table FOLK1A,
//! and in the data set's own layout (`code,name,region,population`, as `engine/data/` carries it).
//!
//! - StatBank: `;` between fields, Windows-1252 or UTF-8 (decode the bytes with
//!   [`crate::csv::decode`]), title lines above the table, the municipality as `101 København` or as
//!   its name, and the quarter either as a column of its own (`TID`, values like `2025K4`, one row per
//!   municipality and quarter) or as the headings of the value columns (one column per quarter).
//!   Rows for the whole country, the regions and Christiansø (not a municipality) are passed over.
//! - The data set's layout has no quarter: it is read from the file's name (`kommuner-2025K4.csv`).
//!
//! Every quarter found is one table; a refusal names the row and the column (from 1, as the
//! spreadsheet numbers them), and the file changes nothing.

use crate::areas::members::names::named;
use crate::areas::years::rules::QuarterLabel;
use crate::areas::years::section::{QuarterPopulation, QuarterTable};
use crate::common::csv::{rows, separator, ImportError, Row};
use crate::common::dataset;
use crate::common::error::Problem;

/// The quarters in `text`, a file named `file_name`.
///
/// ```
/// use ddh_engine::years::quarter_csv::parse;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let statbank = "Befolkningen den 1. i kvartalet efter område og tid\n;2025K3;2025K4\n\
///                 Hele landet;6.001.000;6.010.000\n101 København;666.000;667.500\n751 Aarhus;373.000;374.000\n";
/// let tables = parse(statbank, "FOLK1A.csv")?;
/// let quarters: Vec<String> = tables.iter().map(|t| t.quarter.to_string()).collect();
/// assert_eq!(quarters, ["2025K3", "2025K4"]);
/// assert_eq!(tables[1].populations.iter().map(|p| (p.code, p.population)).collect::<Vec<_>>(),
///            [(101, 667_500), (751, 374_000)]);
/// let own = "code,name,region,population\n751,Aarhus,Region Midtjylland,374000\n";
/// assert_eq!(parse(own, "kommuner-2025K4.csv")?[0].quarter.to_string(), "2025K4");
/// # Ok(())
/// # }
/// ```
///
/// # Errors
/// A row whose municipality is unknown or whose population is not a whole number above 0; a
/// municipality given twice in a quarter; a file with no quarter ([`Problem::NoQuarter`]) or no row
/// with a population ([`Problem::NoRows`]).
pub fn parse(text: &str, file_name: &str) -> Result<Vec<QuarterTable>, ImportError> {
    let rows = rows(text, separator(text));
    let source = file_name.to_owned();
    let from_name = quarter_in_name(file_name);
    // The quarters' columns: a heading row whose cells after the first are quarters (wide), or a
    // column whose cells in the rows below are quarters (long).
    let wide = rows.iter().find_map(|row| {
        let columns: Vec<(usize, QuarterLabel)> = row
            .cells
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(i, cell)| QuarterLabel::parse(cell).map(|q| (i, q)))
            .collect();
        let heading = row.cells.iter().all(|cell| population(cell).is_err());
        (!columns.is_empty() && heading).then_some((row.line, columns))
    });
    let mut tables: Vec<QuarterTable> = Vec::new();
    let mut add = |quarter: QuarterLabel, code: u16, population: i64, at: (usize, usize)| {
        let index = match tables.iter().position(|t| t.quarter == quarter) {
            Some(index) => index,
            None => {
                tables.push(QuarterTable {
                    quarter,
                    source: source.clone(),
                    populations: Vec::new(),
                });
                tables.len() - 1
            }
        };
        let Some(table) = tables.get_mut(index) else {
            return Ok(());
        };
        if table.populations.iter().any(|p| p.code == code) {
            let (line, column) = at;
            return Err(ImportError {
                line,
                column,
                problem: Problem::Duplicate { code },
            });
        }
        table
            .populations
            .push(QuarterPopulation { code, population });
        Ok(())
    };
    for row in &rows {
        if wide.as_ref().is_some_and(|(line, _)| row.line <= *line) {
            continue;
        }
        let code = match municipality(row) {
            Who::Code(code) => code,
            Who::Skip => continue,
            Who::Unknown => {
                // A title or a note, unless it holds a population where the quarter is known: then a
                // municipality this reader does not know, refused so that none is lost unseen.
                let has_number = row.cells.iter().skip(1).any(|c| population(c).is_ok());
                let quarter_given = wide.is_some()
                    || from_name.is_some()
                    || row
                        .cells
                        .iter()
                        .skip(1)
                        .any(|c| QuarterLabel::parse(c).is_some());
                if has_number && quarter_given {
                    let first = row.cells.first().map_or("", String::as_str);
                    return Err(unknown(row, first));
                }
                continue;
            }
        };
        match &wide {
            Some((_, columns)) => {
                for &(column, quarter) in columns {
                    let cell = row.cells.get(column).map_or("", String::as_str);
                    let value = population(cell).map_err(|problem| ImportError {
                        line: row.line,
                        column: column + 1,
                        problem,
                    })?;
                    add(quarter, code, value, (row.line, 1))?;
                }
            }
            None => {
                let quarter = row
                    .cells
                    .iter()
                    .skip(1)
                    .find_map(|cell| QuarterLabel::parse(cell))
                    .or(from_name)
                    .ok_or(ImportError {
                        line: 0,
                        column: 0,
                        problem: Problem::NoQuarter,
                    })?;
                let last = row.cells.iter().rposition(|c| !c.is_empty()).unwrap_or(0);
                let cell = row.cells.get(last).map_or("", String::as_str);
                let value = population(cell).map_err(|problem| ImportError {
                    line: row.line,
                    column: last + 1,
                    problem,
                })?;
                add(quarter, code, value, (row.line, 1))?;
            }
        }
    }
    if tables.is_empty() {
        return Err(ImportError {
            line: 0,
            column: 0,
            problem: Problem::NoRows,
        });
    }
    Ok(tables)
}

/// What a row's first cell names.
enum Who {
    /// A municipality, by its code.
    Code(u16),
    /// The country, a region, Christiansø, a heading: passed over.
    Skip,
    /// Nothing known: a title, or a municipality misspelt.
    Unknown,
}

/// The municipality a row names in its first cell: `101 København`, `101`, `København`, `Københavns
/// Kommune`.
fn municipality(row: &Row) -> Who {
    let cell = row.cells.first().map_or("", |c| c.trim());
    let known = |code: u16| dataset::find(dataset::Quarter::default(), code).is_some();
    let (digits, rest) = cell.split_at(
        cell.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(cell.len()),
    );
    if !digits.is_empty() {
        // `101 København`: the code decides. A code that is no municipality's, with a name that is
        // meant to be passed over (`411 Christiansø`, `000 Hele landet`), is passed over.
        return match digits.parse::<u16>() {
            Ok(code) if known(code) => Who::Code(code),
            _ if !rest.trim().is_empty() && passed_over(rest.trim()) => Who::Skip,
            _ => Who::Unknown,
        };
    }
    if passed_over(cell) {
        return Who::Skip;
    }
    named(cell).map_or(Who::Unknown, Who::Code)
}

/// A first cell that is not a municipality and is meant not to be: the country, a region,
/// Christiansø, the table's headings.
fn passed_over(cell: &str) -> bool {
    let lower: String = cell.chars().map(|c| c.to_ascii_lowercase()).collect();
    lower.is_empty()
        || lower.starts_with("hele landet")
        || lower.starts_with("region ")
        || lower.starts_with("landsdel ")
        || lower.starts_with("christians")
        || ["område", "omrÅde", "code", "kode", "kommune", "tid"].contains(&lower.as_str())
}

fn unknown(row: &Row, text: &str) -> ImportError {
    ImportError {
        line: row.line,
        column: 1,
        problem: Problem::UnknownName {
            text: text.to_owned(),
        },
    }
}

/// A population: a whole number above 0, thousands dots allowed (`667.099`).
fn population(cell: &str) -> Result<i64, Problem> {
    let digits: String = cell.chars().filter(|&c| c != '.' && c != ' ').collect();
    if digits.is_empty() {
        return Err(Problem::Missing);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !crate::common::danish::grouped_by(cell, '.')
    {
        return Err(Problem::NotANumber {
            text: cell.to_owned(),
        });
    }
    let value: i64 = digits.parse().map_err(|_| Problem::TooLarge {
        value: digits.clone(),
        max: crate::areas::members::MAX_POPULATION.to_string(),
    })?;
    if value == 0 {
        return Err(Problem::NotPositive { value: digits });
    }
    if value > crate::areas::members::MAX_POPULATION {
        let max = crate::areas::members::MAX_POPULATION.to_string();
        return Err(Problem::TooLarge { value: digits, max });
    }
    Ok(value)
}

/// A quarter in a file's name: `kommuner-2025K4.csv` → 2025K4.
fn quarter_in_name(name: &str) -> Option<QuarterLabel> {
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(5))
        .filter_map(|at| name.get(at..at + 6))
        .find_map(QuarterLabel::parse)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn statbank_long_form_in_windows_1252_is_read() {
        let bytes = b"\"Befolkningen den 1. i kvartalet\"\r\n\"OMR\xc5DE\";\"TID\";\"INDHOLD\"\r\n\"101 K\xf8benhavn\";\"2025K4\";667500\r\n\"169 H\xf8je-Taastrup\";\"2025K4\";58000\r\n\"411 Christians\xf8\";\"2025K4\";90\r\n";
        let text = crate::common::csv::decode(bytes);
        let tables = parse(&text, "FOLK1A.csv").unwrap();
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].quarter.to_string(), "2025K4");
        let rows: Vec<(u16, i64)> = tables[0]
            .populations
            .iter()
            .map(|p| (p.code, p.population))
            .collect();
        assert_eq!(rows, [(101, 667_500), (169, 58_000)]);
    }

    #[test]
    fn names_without_codes_and_official_names_are_read() {
        let text =
            ";2025K4\nKøbenhavns Kommune;667.500\nAarhus;374.000\nRegion Midtjylland;1.400.000\n";
        let tables = parse(text, "x.csv").unwrap();
        assert_eq!(tables[0].populations.len(), 2);
    }

    #[test]
    fn refusals_name_the_row_and_column() {
        let unknown = parse(";2025K4\nAarhus;374.000\nAarhuus;1\n", "x.csv").unwrap_err();
        assert_eq!((unknown.line, unknown.column), (3, 1));
        assert!(matches!(unknown.problem, Problem::UnknownName { .. }));
        let bad = parse(";2025K4\nAarhus;mange\n", "x.csv").unwrap_err();
        assert_eq!((bad.line, bad.column), (2, 2));
        let twice = parse(";2025K4\nAarhus;1\n751 Aarhus;2\n", "x.csv").unwrap_err();
        assert_eq!(
            (twice.line, twice.problem),
            (3, Problem::Duplicate { code: 751 })
        );
        let no_quarter = parse(
            "code,name,region,population\n751,Aarhus,Region Midtjylland,1\n",
            "kommuner.csv",
        );
        assert_eq!(no_quarter.unwrap_err().problem, Problem::NoQuarter);
        assert_eq!(
            parse("titel\n", "x.csv").unwrap_err().problem,
            Problem::NoRows
        );
    }
}
