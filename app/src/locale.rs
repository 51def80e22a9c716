//! How each language writes and reads figures: numbers, amounts, percentages, hours, dates, CSV for
//! its Excel, and the default scenario's names. Words are in the text tables (`texts/`); this is the
//! form figures take around them.
//!
//! Each module is built in one language ([`LANGUAGE`], chosen by cargo feature, DESIGN.md "Two
//! languages"), and [`LOCALE`] is that language's `Locale`: a constant, so a module links the
//! formatting of its own language only. A third language is one more [`Language`] variant, one more
//! `Locale` constant here and one more text table per area; every `match` on `Language` and every field
//! of `Locale` must then be filled before the app compiles.

use ddh_engine::danish::ReadError;
use ddh_engine::text::{DefaultNames, DEFAULT_NAMES_DA, DEFAULT_NAMES_EN};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The languages the app speaks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Language {
    Danish,
    English,
}

impl Language {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Language; 2] = [Language::Danish, Language::English];

    /// The language's code: the stored choice (`ddh.language`) the loader reads (public/areas.js
    /// keys its modules and `<html lang>` on it), and the switch's `lang`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Danish => "da",
            Language::English => "en",
        }
    }

    /// The language's name in itself, as the switch to it says it.
    pub const fn name(self) -> &'static str {
        match self {
            Language::Danish => "Dansk",
            Language::English => "English",
        }
    }

    /// The default scenario's names in the language, which the switch gives the names a user has not
    /// changed.
    pub fn default_names(self) -> &'static DefaultNames {
        match self {
            Language::Danish => &DEFAULT_NAMES_DA,
            Language::English => &DEFAULT_NAMES_EN,
        }
    }

    /// The language's form of figures.
    pub const fn locale(self) -> Locale {
        match self {
            Language::Danish => DANISH,
            Language::English => ENGLISH,
        }
    }
}

/// The language this module is built in: Danish, or English with the cargo feature `english`. The one
/// place the feature is read.
pub const LANGUAGE: Language = if cfg!(feature = "english") {
    Language::English
} else {
    Language::Danish
};

/// The form of figures in the language this module is built in.
pub const LOCALE: Locale = LANGUAGE.locale();

/// The form figures take in one language.
#[derive(Clone, Copy)]
pub struct Locale {
    /// `1234567.5` as a decimal → `1.234.567,5`, `1,234,567.5`.
    pub decimal: fn(Decimal) -> String,
    /// A number as Rust writes it (`5.88`) in the language's form (`5,88`).
    pub number: fn(&str) -> String,
    /// `YYYY-MM-DD` → `1. januar 2026`, `1 January 2026`.
    pub date: fn(&str) -> String,
    /// A number as a user of the language types it.
    pub read_number: fn(&str) -> Result<Decimal, ReadError>,
    /// A price per citizen as typed: a small amount, where Danish takes a single dot as a decimal mark.
    pub read_price: fn(&str) -> Result<Decimal, ReadError>,
    /// What stands before and after an amount: `` / ` kr.`, `DKK ` / ``.
    pub currency: (&'static str, &'static str),
    /// The percent sign after a number: ` %`, `%`.
    pub percent: &'static str,
    /// The hour's unit after a count: ` t` (time), ` h`.
    pub hour: &'static str,
    /// Millions after a short figure on a chart's axis: ` mio.`, `m`.
    pub millions: &'static str,
    /// Seconds after a figure: ` sek.`, ` s`.
    pub seconds: &'static str,
    /// The heading over a column of whole hours of the day: `kl.` (klokken), `Hour`.
    pub clock: &'static str,
    /// What stands before and after an hour of the day's two digits: `kl. 09`, `09:00`.
    pub clock_hour: (&'static str, &'static str),
    /// The separator between cells in CSV for the language's Excel: `;` where the decimal mark is a
    /// comma, `,` in English.
    pub csv_separator: char,
    /// The thousands mark taken out of figures in CSV, where the language's Excel would otherwise read
    /// a figure as text or need it quoted: English's `,`; Danish Excel reads `1.550.000,00`.
    pub csv_ungrouped: Option<char>,
}

/// Danish: `1.550.000,00 kr.`, `35,44 %`, `73 t 15 min`, `1. januar 2026`, `;` in CSV.
pub const DANISH: Locale = Locale {
    decimal: ddh_engine::danish::decimal,
    number: ddh_engine::danish::number,
    date: ddh_engine::danish::date,
    read_number: ddh_engine::danish::read_number,
    read_price: read_danish_price,
    currency: ("", " kr."),
    percent: " %",
    hour: " t",
    millions: " mio.",
    seconds: " sek.",
    clock: "kl.",
    clock_hour: ("kl. ", ""),
    csv_separator: ';',
    csv_ungrouped: None,
};

/// English: `DKK 1,550,000.00`, `35.44%`, `73 h 15 min`, `1 January 2026`, `,` in CSV.
pub const ENGLISH: Locale = Locale {
    decimal: ddh_engine::english::decimal,
    number: ddh_engine::english::number,
    date: ddh_engine::english::date,
    read_number: ddh_engine::english::read_number,
    // A dot is always the decimal mark in English, so a price reads as any number.
    read_price: ddh_engine::english::read_number,
    currency: ("DKK ", ""),
    percent: "%",
    hour: " h",
    millions: "m",
    seconds: " s",
    clock: "Hour",
    clock_hour: ("", ":00"),
    csv_separator: ',',
    csv_ungrouped: Some(','),
};

/// Reads a Danish price per citizen: small amounts, so a single dot is a decimal point (`1.225` is
/// 1,225 kr.), as is a comma; dots and a comma together are read as Danish numbers are.
fn read_danish_price(text: &str) -> Result<Decimal, ReadError> {
    if !text.contains(',') && text.matches('.').count() == 1 {
        let cleaned = text
            .trim()
            .trim_end_matches("kr.")
            .trim_end_matches("kr")
            .trim();
        if !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
        {
            return Err(ReadError::NotANumber);
        }
        return Decimal::from_str(cleaned).map_err(|_| ReadError::NotANumber);
    }
    ddh_engine::danish::read_number(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_code_name_and_names() {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["da", "en"]);
        assert_eq!(Language::English.name(), "English");
        assert_eq!(
            Language::English.default_names().scenario,
            DEFAULT_NAMES_EN.scenario
        );
        assert_ne!(
            Language::Danish.default_names().scenario,
            Language::English.default_names().scenario
        );
    }

    #[test]
    fn the_module_is_danish_unless_built_in_english() {
        let expected = if cfg!(feature = "english") {
            "en"
        } else {
            "da"
        };
        assert_eq!(LANGUAGE.code(), expected);
        assert_eq!(LOCALE.csv_separator, LANGUAGE.locale().csv_separator);
    }
}
