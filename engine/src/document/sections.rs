//! What a module does with the sections of the areas it shows: reads them into their types and applies
//! their edits. A module of the app names those sections ([`Sections`]), one function pointer for each
//! reading and each kind of edit, so that the code of a section it does not name is never referenced
//! and the linker leaves it out; the section itself is kept as its JSON text and written back as it
//! came ([`Scenario::from_json_reading`]). The command line and the tests use [`Sections::ALL`]; the
//! modules that show every area's figures and edit none of them, [`Sections::READ_ONLY`].
//!
//! Members, tender and leaving are not here: every module shows them.

use crate::document::edit;
use crate::error::Error;
use crate::hours::edit::HoursEdit;
use crate::hours::section::Hours;
use crate::keys::edit::KeysEdit;
use crate::keys::section::Keys;
use crate::procurement::edit::ProcurementEdit;
use crate::procurement::section::Procurement;
use crate::scenario::Scenario;
use crate::years::edit::YearsEdit;
use crate::years::section::Years;
use serde::de::DeserializeOwned;

/// How a section's JSON text is read into its type.
pub type Reader<T> = fn(&str) -> Result<T, serde_json::Error>;

/// How an edit of a section is applied to the scenario (the whole of it: an edit may need another
/// section, as the keys' need the members and the hours' calls).
pub type Applier<E> = fn(&mut Scenario, E) -> Result<(), Error>;

/// A section a module shows: its reader, and the rules of its edits where the module edits it.
pub struct Shown<T, E> {
    /// Reads the section's JSON text.
    pub read: Reader<T>,
    /// Applies an edit of the section; `None` where the module only shows its figures.
    pub apply: Option<Applier<E>>,
}

impl<T, E> Shown<T, E> {
    /// The section read, its edits refused: for a module that shows its figures and edits none.
    #[must_use]
    pub const fn read_only(self) -> Shown<T, E> {
        Shown {
            read: self.read,
            apply: None,
        }
    }
}

// Two function pointers are copied whatever the section and its edits are (a derive would ask
// `T: Copy` and `E: Copy`).
impl<T, E> Clone for Shown<T, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, E> Copy for Shown<T, E> {}

/// The procurement section, read and edited.
pub const PROCUREMENT: Shown<Procurement, ProcurementEdit> = Shown {
    read: read_json,
    apply: Some(edit::apply_procurement),
};

/// The hours section, read and edited.
pub const HOURS: Shown<Hours, HoursEdit> = Shown {
    read: read_json,
    apply: Some(edit::apply_hours),
};

/// The keys section, read and edited.
pub const KEYS: Shown<Keys, KeysEdit> = Shown {
    read: read_json,
    apply: Some(edit::apply_keys),
};

/// The years section, read and edited.
pub const YEARS: Shown<Years, YearsEdit> = Shown {
    read: read_json,
    apply: Some(edit::apply_years),
};

/// The sections a module shows: read into their types and, where the module edits them, edited there.
/// The others are kept as their text and written back as they came. An edit of a section the module
/// does not edit is refused ([`Problem::NotShownHere`](crate::Problem::NotShownHere)): for one kept as
/// text, the text, not the edit, would be written.
///
/// ```
/// use ddh_engine::document::sections::{self, Sections};
/// use ddh_engine::{edit::Edit, keys::edit::KeysEdit};
/// use ddh_engine::{Problem, Scenario};
/// # fn main() -> Result<(), ddh_engine::Error> {
/// let mut full = Scenario::default();
/// full.hours.year = 2031;
/// // A module that shows the hours only: the keys and procurement are kept as they came.
/// let hours_only = Sections { hours: Some(sections::HOURS), ..Sections::NONE };
/// let mut read = Scenario::from_json_reading(&full.to_json(), &hours_only)?;
/// assert_eq!(read.hours.year, 2031);
/// assert_eq!(read.to_json(), full.to_json());
/// // ... and refuses an edit of the keys, which it would not write.
/// let refused = read.apply_in(Edit::Keys(KeysEdit::SetTypedHours(100)), &hours_only);
/// assert_eq!(refused.map_err(|e| (e.field, e.problem)), Err(("keys".to_owned(), Problem::NotShownHere)));
/// assert_eq!(read.to_json(), full.to_json());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Copy)]
pub struct Sections {
    /// The procurement section, or `None` to keep it as text.
    pub procurement: Option<Shown<Procurement, ProcurementEdit>>,
    /// The hours section, or `None` to keep it as text.
    pub hours: Option<Shown<Hours, HoursEdit>>,
    /// The keys section, or `None` to keep it as text.
    pub keys: Option<Shown<Keys, KeysEdit>>,
    /// The years section, or `None` to keep it as text.
    pub years: Option<Shown<Years, YearsEdit>>,
}

impl Sections {
    /// Every section, read and edited: the command line and the tests.
    pub const ALL: Sections = Sections {
        procurement: Some(PROCUREMENT),
        hours: Some(HOURS),
        keys: Some(KEYS),
        years: Some(YEARS),
    };

    /// Every section read, none edited: a module that shows the figures of every area and edits
    /// none of these sections (Scenarier, the presentation), so that their edit rules are not linked.
    pub const READ_ONLY: Sections = Sections {
        procurement: Some(PROCUREMENT.read_only()),
        hours: Some(HOURS.read_only()),
        keys: Some(KEYS.read_only()),
        years: Some(YEARS.read_only()),
    };

    /// None of them (members, tender and leaving always are read): a module showing none of these areas.
    pub const NONE: Sections = Sections {
        procurement: None,
        hours: None,
        keys: None,
        years: None,
    };
}

/// Reads a section's JSON text into its type: the reader of every section.
///
/// # Errors
/// The JSON reader's own, for text that is not the section's shape.
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}
