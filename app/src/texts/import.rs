//! What the imports of a CSV file say (the call profile in Åbningstid, the calls per member in
//! Fordeling), one table per language, found by [`current`] in the language the module is built in.

/// This table in the language the module is built in ([`crate::locale::LANGUAGE`]).
pub fn current() -> &'static ImportTexts {
    match crate::locale::LANGUAGE {
        crate::locale::Language::Danish => &DA,
        crate::locale::Language::English => &EN,
    }
}

/// The imports' texts in one language.
pub struct ImportTexts {
    pub failed: fn(line: usize, column: usize, problem: &str) -> String,
    pub unreadable: &'static str,
}

pub static DA: ImportTexts = ImportTexts {
    failed: |line, column, problem| {
        let place = match (line, column) {
            (0, _) => String::from("Filen"),
            (line, 0) => format!("Række {line}"),
            (line, column) => format!("Række {line}, kolonne {column}"),
        };
        format!("{place}: {problem}. Intet er ændret.")
    },
    unreadable: "Filen kunne ikke læses. Intet er ændret.",
};

/// English, for the app's English build.
pub static EN: ImportTexts = ImportTexts {
    failed: |line, column, problem| {
        let place = match (line, column) {
            (0, _) => String::from("The file"),
            (line, 0) => format!("Row {line}"),
            (line, column) => format!("Row {line}, column {column}"),
        };
        format!("{place}: {problem}. Nothing has been changed.")
    },
    unreadable: "The file could not be read. Nothing has been changed.",
};
