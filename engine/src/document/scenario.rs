//! The scenario: the one document users edit, save, share and feed to the CLI. Format described in
//! `engine/FORMATS.md`; this module is its definition. Edits to it are in [`crate::edit`], the reading
//! of older versions in `migrate.rs`.
//!
//! **Sections read by the modules that show them.** The procurement, hours and keys sections are read
//! into their types only where the caller asks for them ([`Sections`]); a section not asked for is
//! kept as its JSON text and written back as it came. Each module of the app reads the sections of the
//! areas it shows, so it links the reading of those alone (a section's reader is most of its format's
//! code), and a section it does not show is checked by the module that shows it. The command line, the
//! tests and the scenarios' module read them all ([`Scenario::from_json`]).

use crate::document::field::Field;
use crate::document::sections::{Reader, Sections};
use crate::error::{Error, Problem};
use crate::hours::section::Hours;
use crate::keys::section::Keys;
use crate::procurement::section::Procurement;
use crate::years::section::Years;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::sync::Arc;

pub use crate::areas::leaving::section::{LeavingAnalysis, LeavingOrder};
pub use crate::areas::members::section::{MemberSelection, PopulationOverride};
pub use crate::areas::tender::section::{CostItem, CostKind, TenderBudget};

/// The scenario format version this build writes. Versions from 1 up to this one are read; older ones
/// are migrated on reading (see `engine/src/document/migrate.rs`).
pub const SCENARIO_VERSION: u32 = 7;

/// Everything a question about money and fairness needs, in one versioned document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// Format version; see [`SCENARIO_VERSION`].
    pub version: u32,
    /// A name the user gives the scenario.
    pub name: String,
    /// Who takes part, and with which populations.
    pub members: MemberSelection,
    /// The tender's cost items.
    pub tender: TenderBudget,
    /// How the price moves as members leave.
    pub leaving: LeavingAnalysis,
    /// The purchase, its procurement rules and the vendor offers. A document of version 1 or 2 has
    /// none, and reads with the defaults.
    pub procurement: Procurement,
    /// Opening hours, staffing and service level. A document of version 1 to 3 has none, and reads
    /// with the defaults.
    pub hours: Hours,
    /// Allocation keys for shifts and costs, and the steering group's seats. A document of version 1
    /// to 4 has none, and reads with the defaults.
    pub keys: Keys,
    /// Budget years: the costs projected over a span of years, indexed, and the members joining
    /// and leaving. A document of version 1 to 6 has none, and reads with the defaults. Changed only
    /// through [`Scenario::apply`], which keeps its written form (`Kept::years`) in step.
    pub years: Years,
    /// The sections read without their reader, as their text: the typed section beside it then holds
    /// its default, and is not what is written.
    kept: Kept,
}

/// The sections a reading kept as their JSON text (compact), each written back in its place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Kept {
    procurement: Option<Arc<str>>,
    hours: Option<Arc<str>>,
    keys: Option<Arc<str>>,
    /// The years section is always written from its text: the text read, or the one its last edit
    /// wrote (`None`: the defaults, and the section is left out). So only a module that edits the
    /// years links their writer, and a link to a scenario that does not use them is no longer for them.
    years: Option<Arc<str>>,
    /// Whether the years section was read into its type (or is the defaults), so that it may be
    /// edited; `false` where it is kept unread.
    years_typed: bool,
}

/// Which sections a scenario keeps as their text: an edit of one would not be written.
pub(super) struct KeptAsText {
    pub(super) procurement: bool,
    pub(super) hours: bool,
    pub(super) keys: bool,
    pub(super) years: bool,
}

/// The document as it is read: the sections that only some modules read, as their text.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reading<'a> {
    /// Read before the rest (`document_version`), and current once the document is migrated.
    #[serde(rename = "version")]
    _version: serde::de::IgnoredAny,
    #[serde(default)]
    name: String,
    members: MemberSelection,
    tender: TenderBudget,
    leaving: LeavingAnalysis,
    #[serde(default, borrow, deserialize_with = "present")]
    procurement: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present")]
    hours: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present")]
    keys: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present")]
    years: Option<&'a RawValue>,
}

/// The document as it is written: each section typed, or its kept text.
#[derive(Serialize)]
struct Writing<'a> {
    version: u32,
    name: &'a str,
    members: &'a MemberSelection,
    tender: &'a TenderBudget,
    leaving: &'a LeavingAnalysis,
    procurement: Section<'a, Procurement>,
    hours: Section<'a, Hours>,
    keys: Section<'a, Keys>,
    /// Its text (`Kept::years`), or left out at its defaults.
    #[serde(skip_serializing_if = "Option::is_none")]
    years: Option<&'a RawValue>,
}

/// A section as it is written: its type's JSON, or the text kept from the reading.
#[derive(Serialize)]
#[serde(untagged)]
enum Section<'a, T> {
    Typed(&'a T),
    Kept(&'a RawValue),
}

impl<'a, T> Section<'a, T> {
    /// The kept text where there is one (valid JSON: it was read as such), else the typed section.
    fn of(typed: &'a T, kept: Option<&'a Arc<str>>) -> Section<'a, T> {
        match kept.and_then(|text| serde_json::from_str::<&RawValue>(text).ok()) {
            Some(raw) => Section::Kept(raw),
            None => Section::Typed(typed),
        }
    }
}

impl Serialize for Scenario {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Writing {
            version: self.version,
            name: &self.name,
            members: &self.members,
            tender: &self.tender,
            leaving: &self.leaving,
            procurement: Section::of(&self.procurement, self.kept.procurement.as_ref()),
            hours: Section::of(&self.hours, self.kept.hours.as_ref()),
            keys: Section::of(&self.keys, self.kept.keys.as_ref()),
            years: self
                .kept
                .years
                .as_ref()
                .and_then(|text| serde_json::from_str::<&RawValue>(text).ok()),
        }
        .serialize(serializer)
    }
}

impl Default for Scenario {
    /// The members named in the 2024–25 documents carrying the 2025 slides' small tender.
    fn default() -> Scenario {
        Scenario {
            version: SCENARIO_VERSION,
            name: "Lille udbud, medlemmerne nævnt 2024–25".to_owned(),
            members: MemberSelection::default(),
            tender: TenderBudget::default(),
            leaving: LeavingAnalysis::default(),
            procurement: Procurement::default(),
            hours: Hours::default(),
            keys: Keys::default(),
            years: Years::default(),
            kept: Kept {
                years_typed: true,
                ..Kept::default()
            },
        }
    }
}

impl Scenario {
    /// Reads a scenario from JSON, migrating a document of an older version to this one. A broken
    /// document gives one error naming where it broke.
    ///
    /// # Errors
    /// [`Problem::Unreadable`] for text that is not JSON or not the scenario's shape (the field says
    /// where), [`Problem::UnsupportedVersion`] for a version this build does not know.
    ///
    /// ```
    /// use ddh_engine::{scenario::Scenario, Error};
    /// # fn main() -> Result<(), Error> {
    /// let scenario = Scenario::from_json(&Scenario::default().to_json())?;
    /// assert_eq!(scenario.tender.cost_items.len(), 5); // the slides' small tender
    /// let refused = Scenario::from_json(r#"{"version": 2, "members": {"codes": "x"}}"#);
    /// assert_eq!(refused.map_err(|error| error.field).err().as_deref(), Some("members.codes"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_json(text: &str) -> Result<Scenario, Error> {
        // The readers alone: `Sections::ALL` holds the edit rules too, and naming it here would link
        // every section's rules into each module that reads a file or a link.
        Scenario::from_json_reading(text, &Sections::READ_ONLY)
    }

    /// Reads a scenario as [`Scenario::from_json`] does, its procurement, hours, keys and years sections with
    /// the readers of the `sections` given: a section not among them is kept as its text, unchecked,
    /// and written back as it came, its typed field holding the default (and its edits refused,
    /// [`Scenario::apply_in`]).
    ///
    /// # Errors
    /// As [`Scenario::from_json`], for the sections read.
    pub fn from_json_reading(text: &str, sections: &Sections) -> Result<Scenario, Error> {
        let version = document_version(text)?;
        check_version(version)?;
        let read: Reading<'_> =
            serde_json::from_str(text).map_err(|error| unreadable(&error, text, ""))?;
        // The version is this build's: `migrate::to_current` brings the document's up to it.
        let mut scenario = Scenario {
            name: read.name,
            members: read.members,
            tender: read.tender,
            leaving: read.leaving,
            ..Scenario::default()
        };
        let kept = &mut scenario.kept;
        take(
            "procurement",
            read.procurement,
            sections.procurement.map(|shown| shown.read),
            &mut scenario.procurement,
            &mut kept.procurement,
        )?;
        take(
            "hours",
            read.hours,
            sections.hours.map(|shown| shown.read),
            &mut scenario.hours,
            &mut kept.hours,
        )?;
        take(
            "keys",
            read.keys,
            sections.keys.map(|shown| shown.read),
            &mut scenario.keys,
            &mut kept.keys,
        )?;
        // The years' text is kept whether or not they are read: it is what is written.
        let years_reader = sections.years.map(|shown| shown.read);
        kept.years_typed = years_reader.is_some() || read.years.is_none();
        take(
            "years",
            read.years,
            years_reader,
            &mut scenario.years,
            &mut kept.years,
        )?;
        if let (Some(raw), Some(_)) = (read.years, years_reader) {
            kept.years = Some(crate::pretty::compact(raw.get()).into());
        }
        crate::document::migrate::to_current(&mut scenario, version)?;
        Ok(scenario)
    }

    /// Which sections this scenario keeps as their text, read without their reader.
    pub(super) fn kept_as_text(&self) -> KeptAsText {
        KeptAsText {
            procurement: self.kept.procurement.is_some(),
            hours: self.kept.hours.is_some(),
            keys: self.kept.keys.is_some(),
            years: !self.kept.years_typed,
        }
    }

    /// The scenario as pretty-printed JSON, the form the CLI prints and the app exports.
    pub fn to_json(&self) -> String {
        crate::pretty::indent(&self.to_compact_json())
    }

    /// Keeps the years' written form in step with the years, after an edit of them.
    pub(super) fn years_edited(&mut self) {
        self.kept.years = (self.years != Years::default()).then(|| {
            serde_json::to_string(&self.years)
                .unwrap_or_default()
                .into()
        });
    }

    /// The scenario as JSON without whitespace, the form a share link compresses.
    pub fn to_compact_json(&self) -> String {
        // Serializing plain structs with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads the section `name` with its `reader` into `typed`, or keeps its text in `kept` where there is
/// no reader; an absent section leaves both as they are (the default, nothing kept).
fn take<T>(
    name: &str,
    raw: Option<&RawValue>,
    reader: Option<Reader<T>>,
    typed: &mut T,
    kept: &mut Option<Arc<str>>,
) -> Result<(), Error> {
    let Some(raw) = raw else {
        return Ok(());
    };
    match reader {
        Some(reader) => *typed = reader(raw.get()).map_err(|e| unreadable(&e, raw.get(), name))?,
        None => *kept = Some(crate::pretty::compact(raw.get()).into()),
    }
    Ok(())
}

/// The reader's refusal of `text`, the section `section` of the document (`""`: the document itself),
/// at the place it stopped, as a path of the document.
fn unreadable(error: &serde_json::Error, text: &str, section: &str) -> Error {
    let place = crate::json_path::path_at(text, error.line(), error.column());
    let path = match (section, place.as_str()) {
        (section, "") => section.to_owned(),
        ("", place) => place.to_owned(),
        // A section that is a list where an object belongs: `keys[0]`.
        (section, place) if place.starts_with('[') => format!("{section}{place}"),
        (section, place) => format!("{section}.{place}"),
    };
    Error::unreadable(Field::ReadAt(path), error)
}

/// A section given in the document, `null` included (which its reader refuses, as any other value
/// that is not the section); absent, the field's default, `None`.
fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(deserializer).map(Some)
}

/// The `version` field alone, read before the rest so that an old document can be migrated.
fn document_version(text: &str) -> Result<u32, Error> {
    #[derive(Deserialize)]
    struct Versioned {
        version: u64,
    }
    let versioned: Versioned = serde_json::from_str(text).map_err(|error| {
        // Not JSON at all belongs to the document; any fault of shape here is the version's, the only field.
        let field = if error.is_data() {
            Field::Version
        } else {
            Field::Document
        };
        Error::unreadable(field, &error)
    })?;
    // A version beyond u32 is as unknown as any other future version.
    Ok(u32::try_from(versioned.version).unwrap_or(u32::MAX))
}

/// The one version check: a document states a version from 1 up to [`SCENARIO_VERSION`].
///
/// # Errors
/// [`Problem::UnsupportedVersion`] at `version` for 0 or a version newer than this build.
///
/// ```
/// use ddh_engine::scenario::{check_version, SCENARIO_VERSION};
/// assert!(check_version(1).is_ok()); // read and migrated
/// assert!(check_version(SCENARIO_VERSION).is_ok());
/// assert_eq!(check_version(SCENARIO_VERSION + 1).map_err(|e| e.field), Err("version".to_owned()));
/// ```
pub fn check_version(version: u32) -> Result<(), Error> {
    if (1..=SCENARIO_VERSION).contains(&version) {
        Ok(())
    } else {
        Err(Error::new(
            Field::Version,
            Problem::UnsupportedVersion {
                found: version,
                supported: SCENARIO_VERSION,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    // `unwrap_err` asserts a refusal: a test that panics there has found a scenario wrongly accepted.
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::money::Money;

    #[test]
    fn default_scenario_is_the_slides_small_tender() {
        let scenario = Scenario::default();
        let total = scenario
            .tender
            .cost_items
            .iter()
            .try_fold(Money::ZERO, |sum, item| sum.checked_add(item.amount));
        assert_eq!(total, Some(Money::from_ore(155_000_000)));
        assert_eq!(scenario.members.codes.len(), 13);
        let ids: Vec<u32> = scenario.tender.cost_items.iter().map(|i| i.id).collect();
        assert_eq!(ids, vec![1, 2, 3, 4, 5]);
    }

    #[test]
    fn json_round_trip_keeps_everything() {
        let scenario = Scenario::default();
        assert_eq!(Scenario::from_json(&scenario.to_json()), Ok(scenario));
    }

    #[test]
    fn amounts_are_written_as_decimal_strings() {
        let json = Scenario::default().to_json();
        assert!(json.contains(r#""amount": "400000.00""#), "{json}");
    }

    #[test]
    fn amounts_may_also_be_json_numbers() -> Result<(), Error> {
        let json = Scenario::default()
            .to_json()
            .replace(r#""400000.00""#, "400000.5");
        let scenario = Scenario::from_json(&json)?;
        assert_eq!(
            scenario.tender.cost_items[0].amount,
            Money::from_ore(40_000_050)
        );
        Ok(())
    }

    #[test]
    fn an_unknown_value_names_its_field() {
        let json = Scenario::default()
            .to_json()
            .replace("largest_first", "tallest_first");
        let error = Scenario::from_json(&json).unwrap_err();
        assert_eq!(error.field, "leaving.order");
    }

    #[test]
    fn an_unknown_field_is_refused() {
        let json = Scenario::default()
            .to_json()
            .replace(r#""seed""#, r#""sed": 1, "seed""#);
        let error = Scenario::from_json(&json).unwrap_err();
        assert!(error.to_string().contains("sed"), "{error}");
    }

    #[test]
    fn a_future_version_is_named() {
        let json = Scenario::default().to_json().replace(
            &format!(r#""version": {SCENARIO_VERSION}"#),
            r#""version": 8"#,
        );
        let error = Scenario::from_json(&json).unwrap_err();
        assert_eq!(error.field, "version");
        assert!(matches!(
            error.problem,
            Problem::UnsupportedVersion { found: 8, .. }
        ));
    }

    #[test]
    fn broken_json_is_one_line() {
        let error = Scenario::from_json("{ \"version\": 2,").unwrap_err();
        assert!(!error.to_string().contains('\n'));
        let error = Scenario::from_json(r#"{"version": "2"}"#).unwrap_err();
        assert_eq!(error.field, "version");
    }
}
