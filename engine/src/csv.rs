//! What the CSV imports share: how a refusal names its place, and reading the bytes Danish Excel
//! writes (UTF-8, with or without a byte-order mark, or Windows-1252).

use crate::error::Problem;

/// Why a file was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// Line, from 1; 0 for the file as a whole.
    pub line: usize,
    /// Column, from 1; 0 for the line as a whole.
    pub column: usize,
    /// The rule broken.
    pub problem: Problem,
}

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

/// The lines with content, numbered from 1, carriage returns dropped.
pub(crate) fn lines(text: &str) -> Vec<(usize, &str)> {
    text.strip_prefix('\u{feff}')
        .unwrap_or(text)
        .lines()
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.trim().trim_matches([';', ',', '\t']).is_empty())
        .collect()
}

/// How a number in a cell is read: [`crate::danish::read_number`] or [`crate::english::read_number`].
pub type ReadNumber = fn(&str) -> Result<rust_decimal::Decimal, crate::danish::ReadError>;

/// The reader for a file's numbers, by its separator: `;` is Danish Excel's (decimal commas), `,` is
/// English Excel's (decimal points; a thousands comma only inside quotes); text pasted with tabs is
/// read as the user's language reads it (`pasted`).
pub(crate) fn reader_for(separator: char, pasted: ReadNumber) -> ReadNumber {
    match separator {
        ';' => crate::danish::read_number,
        ',' => crate::english::read_number,
        _ => pasted,
    }
}

/// A line's cells at `separator`, each trimmed. A cell in quotes, as Excel writes one that holds the
/// separator or a quote (`"41,200"`), is read without them, a doubled quote inside as one.
///
/// ```
/// # use ddh_engine::csv::cells;
/// assert_eq!(cells(r#"Aarhus,"41,200", 3 "#, ','), ["Aarhus", "41,200", "3"]);
/// assert_eq!(cells(r#""Sagt ""ja""";2"#, ';'), ["Sagt \"ja\"", "2"]);
/// ```
pub fn cells(line: &str, separator: char) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted || cell.trim().is_empty() => quoted = !quoted,
            c if c == separator && !quoted => {
                cells.push(std::mem::take(&mut cell).trim().to_owned())
            }
            c => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// The separator of a file whose first line is `first`: `;`, else a tab, else `,`.
pub(crate) fn separator(first: Option<&(usize, &str)>) -> char {
    first
        .map(|(_, line)| {
            [';', '\t', ',']
                .into_iter()
                .find(|&s| line.contains(s))
                .unwrap_or(';')
        })
        .unwrap_or(';')
}
