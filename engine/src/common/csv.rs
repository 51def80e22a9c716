//! What the CSV imports share: how a refusal names its place, reading the bytes Danish Excel writes
//! (UTF-8, with or without a byte-order mark, or Windows-1252), and its rows and cells.
//!
//! Rows and cells are read as RFC 4180 and spreadsheets write them (a cell in quotes may hold the
//! separator, a doubled quote, or line breaks), exactly as `csv-core` reads them. Rows are numbered as
//! the spreadsheet shows them: a line break inside a quoted cell does not start a new row. An empty
//! line, which a spreadsheet never writes (its empty rows are separators only), is passed over and
//! not counted.

use crate::common::error::Problem;
use std::fmt;

/// Why a file was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// Row, from 1, as the spreadsheet numbers it; 0 for the file as a whole.
    pub line: usize,
    /// Column, from 1; 0 for the row as a whole.
    pub column: usize,
    /// The rule broken.
    pub problem: Problem,
}

/// Neutral, for logs and the command line; the app says it in the user's language.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => write!(f, "the file: {}", self.problem),
            (line, 0) => write!(f, "row {line}: {}", self.problem),
            (line, column) => write!(f, "row {line}, column {column}: {}", self.problem),
        }
    }
}

impl std::error::Error for ImportError {}

/// Windows-1252's characters for the bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1); the five
/// bytes it leaves undefined read as U+FFFD.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// The file's text: UTF-8 when it is valid UTF-8 (a byte-order mark dropped), else Windows-1252, which
/// is what Danish Excel writes when "CSV (semikolonsepareret)" is chosen.
///
/// ```
/// use ddh_engine::csv::decode;
/// assert_eq!(decode("Høje-Taastrup".as_bytes()), "Høje-Taastrup");
/// assert_eq!(decode(b"H\xf8je-Taastrup;1.200"), "Høje-Taastrup;1.200"); // Windows-1252
/// assert_eq!(decode(b"\xef\xbb\xbfAarhus"), "Aarhus");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        Err(_) => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => CP1252_HIGH
                    .get(usize::from(b - 0x80))
                    .copied()
                    .unwrap_or('\u{fffd}'),
                _ => char::from(b),
            })
            .collect(),
    }
}

/// How a number in a cell is read: [`crate::common::danish::read_number`] or [`crate::common::english::read_number`].
pub type ReadNumber = fn(&str) -> Result<rust_decimal::Decimal, crate::common::danish::ReadError>;

/// The reader for a file's numbers, by its separator: `;` is Danish Excel's (decimal commas), `,` is
/// English Excel's (decimal points; a thousands comma only inside quotes); text pasted with tabs is
/// read as the user's language reads it (`pasted`).
pub fn reader_for(separator: char, pasted: ReadNumber) -> ReadNumber {
    match separator {
        ';' => crate::common::danish::read_number,
        ',' => crate::common::english::read_number,
        _ => pasted,
    }
}

/// One row of a file: its number as the spreadsheet shows it (from 1) and its cells, each trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The row's number, from 1.
    pub line: usize,
    /// Its cells, quotes taken off and a doubled quote read as one.
    pub cells: Vec<String>,
}

/// The rows of `text` with at least one cell that is not blank, cells split at `separator` (an ASCII
/// character: `;`, `,` or a tab), a byte-order mark dropped.
///
/// Written here rather than taken from `csv-core`, which costs each module that imports a file 1,6 KB
/// gzip and would put Fordeling over its budget; a property test below holds it to the `csv` crate's
/// (that is `csv-core`'s) reading of the same text.
///
/// ```
/// # use ddh_engine::csv::rows;
/// let text = "Kommune;Opkald\r\n\"Aarhus\r\nKommune\";\"41.200\"\r\n;\r\n\"Sagt \"\"ja\"\"\"; 2 \r\n";
/// let rows = rows(text, ';');
/// assert_eq!(rows.len(), 3);
/// assert_eq!((rows[1].line, rows[1].cells.clone()), (2, vec!["Aarhus\r\nKommune".to_owned(), "41.200".to_owned()]));
/// assert_eq!((rows[2].line, rows[2].cells.clone()), (4, vec!["Sagt \"ja\"".to_owned(), "2".to_owned()])); // row 3 is blank
/// ```
pub fn rows(text: &str, separator: char) -> Vec<Row> {
    /// Where the reader is, as RFC 4180 (and `csv-core`) has it.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum At {
        /// Before a row: line breaks here are empty lines, passed over.
        RowStart,
        /// Before a cell.
        CellStart,
        /// In a cell without quotes.
        Plain,
        /// In a cell in quotes: separators and line breaks are the cell's own.
        Quoted,
        /// A quote in a quoted cell: a second one is a quote, anything else ends the quotes.
        QuoteInQuoted,
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let mut line = 0;
    let mut at = At::RowStart;
    let end_cell = |cells: &mut Vec<String>, cell: &mut String| {
        cells.push(cell.trim().to_owned());
        cell.clear();
    };
    let mut end_row = |cells: &mut Vec<String>| {
        line += 1;
        let row = std::mem::take(cells);
        if row.iter().any(|c| !c.is_empty()) {
            rows.push(Row { line, cells: row });
        }
    };
    for c in text.chars() {
        let line_break = c == '\r' || c == '\n';
        at = match (at, c) {
            (At::RowStart, _) if line_break => At::RowStart,
            (At::RowStart | At::CellStart, '"') => At::Quoted,
            (At::Quoted, '"') => At::QuoteInQuoted,
            (At::QuoteInQuoted, '"') => {
                cell.push('"');
                At::Quoted
            }
            (At::Quoted, c) => {
                cell.push(c);
                At::Quoted
            }
            (_, c) if c == separator => {
                end_cell(&mut cells, &mut cell);
                At::CellStart
            }
            (_, _) if line_break => {
                end_cell(&mut cells, &mut cell);
                end_row(&mut cells);
                At::RowStart
            }
            (_, c) => {
                cell.push(c);
                At::Plain
            }
        };
    }
    if at != At::RowStart {
        end_cell(&mut cells, &mut cell);
        end_row(&mut cells);
    }
    rows
}

/// The separator of a file: `;` if its first row has one, else a tab, else `,`; `;` for a file with
/// none. The first row is read as [`rows`] reads it: a separator or a line break inside quotes (a
/// heading wrapped in Excel, `"Time⏎(kl.)"`) is the cell's own.
pub fn separator(text: &str) -> char {
    let first_row = text.trim_start_matches(['\u{feff}', '\r', '\n']);
    let mut quoted = false;
    let mut found = [false; 3];
    const CANDIDATES: [char; 3] = [';', '\t', ','];
    for c in first_row.chars() {
        match c {
            '"' => quoted = !quoted,
            '\r' | '\n' if !quoted => break,
            c if !quoted => {
                if let Some(at) = CANDIDATES.iter().position(|&s| s == c) {
                    if let Some(seen) = found.get_mut(at) {
                        *seen = true;
                    }
                }
            }
            _ => {}
        }
    }
    CANDIDATES
        .iter()
        .zip(found)
        .find_map(|(&s, seen)| seen.then_some(s))
        .unwrap_or(';')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use proptest::prelude::*;

    /// A cell as Excel writes it: in quotes, inner quotes doubled, when it holds the separator, a
    /// quote, a line break or spaces at its ends.
    fn excel_cell(cell: &str, separator: char) -> String {
        let needs_quotes = cell.contains([separator, '"', '\n', '\r']) || cell.trim() != cell;
        if needs_quotes {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_owned()
        }
    }

    /// The `csv` crate's reading of the same text: its records (empty lines passed over), each cell
    /// trimmed, numbered from 1, those with no cell that is not blank left out.
    fn by_the_csv_crate(text: &str, separator: char) -> Vec<Row> {
        let mut reader = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(u8::try_from(separator).unwrap())
            .from_reader(text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes());
        reader
            .records()
            .enumerate()
            .map(|(index, record)| Row {
                line: index + 1,
                cells: record
                    .unwrap()
                    .iter()
                    .map(|c| c.trim().to_owned())
                    .collect(),
            })
            .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
            .collect()
    }

    proptest! {
        /// A table written as Excel writes it is read back cell for cell, row for row, whatever its
        /// cells hold (separators, quotes, line breaks of either kind, Danish letters).
        #[test]
        fn a_table_written_as_excel_writes_it_is_read_back(
            // Two cells or more a row, as the imports have: a row of one empty cell would be an empty
            // line, which is not counted (the module's rule, held to the csv crate below).
            table in proptest::collection::vec(proptest::collection::vec("[a-zæøå0-9 ;,\"\\r\\n\\t.-]{0,8}", 2..5), 0..8),
            separator in proptest::sample::select(vec![';', ',', '\t']),
            crlf in any::<bool>(),
        ) {
            let end = if crlf { "\r\n" } else { "\n" };
            let text: String = table
                .iter()
                .map(|row| {
                    let cells: Vec<String> = row.iter().map(|c| excel_cell(c, separator)).collect();
                    format!("{}{end}", cells.join(&separator.to_string()))
                })
                .collect();
            let expected: Vec<Row> = table
                .iter()
                .enumerate()
                .map(|(index, row)| Row {
                    line: index + 1,
                    cells: row.iter().map(|c| c.trim().to_owned()).collect(),
                })
                .filter(|row| row.cells.iter().any(|c| !c.is_empty()))
                .collect();
            prop_assert_eq!(rows(&text, separator), expected);
        }

        /// Any text near CSV (quotes in odd places, stray carriage returns, empty lines) is read as
        /// the csv crate reads it.
        #[test]
        fn any_text_is_read_as_the_csv_crate_reads_it(
            text in "\u{feff}?[aø1 ;,\"\\r\\n]{0,60}",
            separator in proptest::sample::select(vec![';', ',']),
        ) {
            prop_assert_eq!(rows(&text, separator), by_the_csv_crate(&text, separator));
        }
    }

    #[test]
    fn the_separator_is_found_in_the_first_row_outside_quotes() {
        assert_eq!(separator("\n\nKommune;Opkald\n"), ';');
        assert_eq!(separator("Kommune\tOpkald, 2024\n"), '\t');
        assert_eq!(separator("Kommune,Opkald\n"), ',');
        assert_eq!(separator(""), ';');
        // A heading or a name wrapped in Excel: the first line alone has no separator, the row has.
        assert_eq!(separator("\"Time\n(kl.)\";Man;Tir\n"), ';');
        assert_eq!(separator("\"Aarhus,\r\nKommune\";41.200\r\n"), ';');
        assert_eq!(separator("\"Aarhus;Kommune\",41200\n"), ',');
    }
}
