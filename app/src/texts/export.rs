//! The texts of the export dialog (the module `ddh-eksport`), one table per language.

/// This table in the language the module is built in ([`crate::locale::LANGUAGE`]); only that language's
/// table is linked into the module.
pub fn current() -> &'static ExportTexts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The export dialog's texts in one language.
pub struct ExportTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub tables: &'static str,
    pub charts: &'static str,
    pub nothing: &'static str,
    pub csv: &'static str,
    pub copy: &'static str,
    pub svg: &'static str,
    pub png: &'static str,
    pub close: &'static str,
    pub checked: &'static str,
    pub unchecked: &'static str,
    /// A table or chart with no name of its own: "Tabel 2".
    pub table_n: fn(usize) -> String,
    pub chart_n: fn(usize) -> String,
    /// A button's accessible name: the action and what it acts on.
    pub action_on: fn(action: &str, name: &str) -> String,
    pub copied: fn(name: &str) -> String,
    pub copy_failed: &'static str,
    pub saved: fn(file: &str) -> String,
    pub png_failed: &'static str,
    /// A file's name where a table or chart's name has no letter or digit in it.
    pub untitled: &'static str,
}

pub static DA: ExportTexts = ExportTexts {
    heading: "Eksportér",
    intro: "Tabellerne og diagrammerne i dette område, som de står på siden. CSV åbnes i Excel med danske tal; \
            Kopiér lægger tabellen på udklipsholderen, så den kan sættes ind i Excel eller PowerPoint.",
    tables: "Tabeller",
    charts: "Diagrammer",
    nothing: "Der er ingen tabeller eller diagrammer på skærmen her. Fold dem ud, og prøv igen.",
    csv: "CSV (Excel)",
    copy: "Kopiér",
    svg: "SVG",
    png: "PNG",
    close: "Luk",
    checked: "ja",
    unchecked: "nej",
    table_n: |n| format!("Tabel {n}"),
    chart_n: |n| format!("Diagram {n}"),
    action_on: |action, name| format!("{action}: {name}"),
    copied: |name| format!("\u{201c}{name}\u{201d} er kopieret. Sæt den ind med Ctrl+V."),
    copy_failed: "Browseren tillader ikke at kopiere her. Brug CSV i stedet.",
    saved: |file| format!("{file} er hentet."),
    png_failed: "Diagrammet kunne ikke gemmes som PNG i denne browser. Brug SVG i stedet.",
    untitled: "tabel",
};

/// English, for the app's English build.
pub static EN: ExportTexts = ExportTexts {
    heading: "Export",
    intro: "The tables and charts in this area, as they appear on the page. CSV opens in Excel with numbers \
            in English format; Copy puts the table on the clipboard, ready to paste into Excel or PowerPoint.",
    tables: "Tables",
    charts: "Charts",
    nothing: "There are no tables or charts on the screen here. Expand them and try again.",
    csv: "CSV (Excel)",
    copy: "Copy",
    svg: "SVG",
    png: "PNG",
    close: "Close",
    checked: "yes",
    unchecked: "no",
    table_n: |n| format!("Table {n}"),
    chart_n: |n| format!("Chart {n}"),
    action_on: |action, name| format!("{action}: {name}"),
    copied: |name| format!("\u{201c}{name}\u{201d} has been copied. Paste it with Ctrl+V."),
    copy_failed: "The browser does not allow copying here. Use CSV instead.",
    saved: |file| format!("{file} has been downloaded."),
    png_failed: "The chart could not be saved as PNG in this browser. Use SVG instead.",
    untitled: "table",
};
