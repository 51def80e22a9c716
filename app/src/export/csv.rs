//! A table as text for Excel: CSV, and tab-separated text for pasting into Excel or PowerPoint. Cells
//! are exported as the page writes them; in a figure column, the unit is dropped where what is left is
//! a number, so that Excel takes it as a number rather than as text.
//!
//! In Danish, for Danish Excel: `;` between cells (what Excel expects where the decimal sign is a
//! comma), figures as on screen (`1.550.000,00`). In English, for English Excel: `,` between cells
//! and figures without thousands commas (`1550000.00`), so that no figure needs quotes and the app's
//! own import reads the file back.

/// The separator between cells in a CSV file of the module's language.
const SEPARATOR: char = crate::locale::LOCALE.csv_separator;

/// Rows of cells as CSV: a byte-order mark (Excel reads UTF-8 by it), `;` between cells (`,` in
/// English), CRLF after each row; a cell holding the separator, a quote or a line break is quoted, its
/// quotes doubled.
///
/// ```
/// use ddh_app::export::csv::to_csv;
/// let rows = vec![vec!["Kommune".to_owned(), "Regning".to_owned()], vec!["Aarhus".to_owned(), "549.361,13".to_owned()]];
/// assert_eq!(to_csv(&rows), "\u{feff}Kommune;Regning\r\nAarhus;549.361,13\r\n");
/// assert_eq!(to_csv(&[vec!["a;b".to_owned(), "\"x\"".to_owned()]]), "\u{feff}\"a;b\";\"\"\"x\"\"\"\r\n");
/// ```
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| quoted(cell, SEPARATOR)).collect();
        out.push_str(&cells.join(&SEPARATOR.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// Rows of cells as tab-separated text, as Excel puts a range on the clipboard.
///
/// ```
/// use ddh_app::export::csv::to_tsv;
/// assert_eq!(to_tsv(&[vec!["Aarhus".to_owned(), "35,44".to_owned()]]), "Aarhus\t35,44\r\n");
/// ```
pub fn to_tsv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| quoted(cell, '\t')).collect();
        out.push_str(&cells.join("\t"));
        out.push_str("\r\n");
    }
    out
}

fn quoted(cell: &str, separator: char) -> String {
    let cell = guarded(cell);
    if cell.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

/// A cell Excel would take as a formula (`=`, `+`, `-` or `@` first: a scenario's name comes from
/// whoever sent the link) behind an apostrophe, which Excel shows as text; numbers as they are.
///
/// ```
/// use ddh_app::export::csv::to_csv;
/// let rows = vec![vec!["=HYPERLINK(\"x\")".to_owned(), "-3,2".to_owned(), "@navn".to_owned()]];
/// assert_eq!(to_csv(&rows), "\u{feff}\"'=HYPERLINK(\"\"x\"\")\";-3,2;'@navn\r\n");
/// ```
pub fn guarded(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Whether `text` is a number as the page writes it: a sign or none, digits, thousands dots and a
/// decimal comma.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A figure cell's text with its unit dropped where what is left is a Danish number: `1,47 kr.` →
/// `1,47`, `35,44 %` → `35,44`, `−12,5 %` → `-12,5`; anything else as it is (`73 t 15 min`, `–`).
///
/// ```
/// use ddh_app::export::csv::figure;
/// assert_eq!(figure("1.550.000,00 kr."), "1.550.000,00");
/// assert_eq!(figure("+10,0 %"), "+10,0");
/// assert_eq!(figure("\u{2212}3,2 %"), "-3,2");
/// assert_eq!(figure("73 t 15 min"), "73 t 15 min");
/// assert_eq!(figure("ikke medlem"), "ikke medlem");
/// ```
pub fn figure(text: &str) -> String {
    let locale = crate::locale::LOCALE;
    let (before, after) = locale.currency;
    let bare = text
        .strip_prefix(before)
        .and_then(|rest| rest.strip_suffix(after))
        .or_else(|| text.strip_suffix(locale.percent))
        .unwrap_or(text)
        .replace('\u{2212}', "-");
    match (is_number(&bare), locale.csv_ungrouped) {
        (false, _) => text.to_owned(),
        (true, Some(mark)) => bare.replace(mark, ""),
        (true, None) => bare,
    }
}

/// A name made safe for a file: letters and digits kept (æ, ø, å too), the rest one `-`; `untitled`
/// where nothing is left.
///
/// ```
/// use ddh_app::export::csv::file_stem;
/// assert_eq!(file_stem("Regning pr. medlem (13)", "tabel"), "Regning-pr-medlem-13");
/// assert_eq!(file_stem("(–)", "tabel"), "tabel");
/// ```
pub fn file_stem(name: &str, untitled: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        untitled.to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}
