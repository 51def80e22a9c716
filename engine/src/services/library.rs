//! The user's named scenarios: which there are, in the user's order, and which one is active (the one
//! every area shows and changes). Each scenario carries its own name ([`crate::Scenario`]'s `name`); this is the
//! list around them, kept by the web app beside the scenarios themselves.
//!
//! The list is stored text and so untrusted: [`Index::from_json`] refuses anything that is not a list
//! this build can use (a newer format, ids repeated, the active one missing, too many) with an
//! [`IndexError`], never a panic.
//!
//! ```
//! use ddh_engine::library::Index;
//! let mut index = Index::new();
//! let copy = index.add_after(1);
//! assert_eq!((index.active, index.ids.as_slice()), (1, &[1, 2][..]));
//! index.active = copy;
//! assert_eq!(Index::from_json(&index.to_json()), Ok(index));
//! ```

use serde::{Deserialize, Serialize};
use std::fmt;

/// The format of the list this build writes and the newest it reads.
pub const INDEX_FORMAT: u32 = 1;
/// The most scenarios kept: each is a few kilobytes of the browser's 5 MB for the page.
pub const MAX_SCENARIOS: usize = 100;
/// The largest id read: far above any list's, and far enough below `u32::MAX` that adding to it
/// never wraps.
pub const MAX_ID: u32 = 1 << 30;
/// The longest name, in characters: it must fit a column heading when scenarios are compared.
pub const MAX_NAME: usize = 80;

/// The named scenarios, by id, in the user's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    /// The list's format, [`INDEX_FORMAT`].
    pub format: u32,
    /// The id of the scenario every area shows.
    pub active: u32,
    /// Every scenario's id, in the order the user sees them; each once, the active one among them.
    pub ids: Vec<u32>,
}

/// Why a stored list cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexError {
    /// Not JSON, or not the list's shape; the parser's words (English) for whoever repairs it.
    Unreadable(String),
    /// Written by a newer version of the app.
    Newer {
        /// The format the list states.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// Read, but not a list that can be used: no ids, an id twice, 0 or above [`MAX_ID`], the
    /// active one not among them, or more than [`MAX_SCENARIOS`].
    Inconsistent,
}

impl Default for Index {
    fn default() -> Index {
        Index::new()
    }
}

impl Index {
    /// A list of one scenario, id 1, active.
    pub fn new() -> Index {
        Index {
            format: INDEX_FORMAT,
            active: 1,
            ids: vec![1],
        }
    }

    /// Reads a stored list.
    ///
    /// # Errors
    /// See [`IndexError`].
    pub fn from_json(text: &str) -> Result<Index, IndexError> {
        #[derive(Deserialize)]
        struct Format {
            format: u64,
        }
        let format = serde_json::from_str::<Format>(text)
            .map_err(|e| IndexError::Unreadable(e.to_string()))?
            .format;
        let format = u32::try_from(format).unwrap_or(u32::MAX);
        if format > INDEX_FORMAT {
            return Err(IndexError::Newer {
                found: format,
                supported: INDEX_FORMAT,
            });
        }
        let index: Index =
            serde_json::from_str(text).map_err(|e| IndexError::Unreadable(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        let consistent = index.format == INDEX_FORMAT
            && !index.ids.is_empty()
            && index.ids.len() <= MAX_SCENARIOS
            && index
                .ids
                .iter()
                .all(|&id| id > 0 && id <= MAX_ID && seen.insert(id))
            && seen.contains(&index.active);
        if consistent {
            Ok(index)
        } else {
            Err(IndexError::Inconsistent)
        }
    }

    /// The list as stored.
    pub fn to_json(&self) -> String {
        // A struct of numbers cannot fail to serialize.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether another scenario can be added.
    pub fn has_room(&self) -> bool {
        self.ids.len() < MAX_SCENARIOS
    }

    /// Adds a new id just after `after` (at the end where `after` is not listed) and returns it: one
    /// above the largest, so never one listed (a removed one can come again: see [`Index::restore`]).
    pub fn add_after(&mut self, after: u32) -> u32 {
        let id = self.fresh_id();
        let at = self
            .ids
            .iter()
            .position(|&existing| existing == after)
            .map_or(self.ids.len(), |at| at + 1);
        self.ids.insert(at, id);
        id
    }

    /// Takes `id` out of the list and returns where it was, for [`Index::restore`]. The last scenario
    /// is never removed; an active one hands being active to its neighbour (the next, else the one
    /// before).
    pub fn remove(&mut self, id: u32) -> Option<usize> {
        if self.ids.len() < 2 {
            return None;
        }
        let at = self.ids.iter().position(|&existing| existing == id)?;
        self.ids.remove(at);
        if self.active == id {
            let neighbour = self
                .ids
                .get(at)
                .or_else(|| self.ids.get(at.wrapping_sub(1)));
            self.active = neighbour.copied().unwrap_or(self.active);
        }
        Some(at)
    }

    /// Puts a removed `id` back where it was and returns the id it has now: `id` itself, or a new one
    /// where `id` was handed out again meanwhile (the largest was removed, then a scenario added).
    pub fn restore(&mut self, id: u32, at: usize) -> u32 {
        let id = if self.ids.contains(&id) {
            self.fresh_id()
        } else {
            id
        };
        self.ids.insert(at.min(self.ids.len()), id);
        id
    }

    /// One above the largest id: never one listed.
    fn fresh_id(&self) -> u32 {
        self.ids.iter().max().map_or(1, |max| max.saturating_add(1))
    }
}

/// Why a name is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_NAME`] characters.
    TooLong {
        /// The most characters accepted.
        max: usize,
    },
    /// Another scenario has it: compared side by side, the two could not be told apart.
    Taken,
}

/// The name as kept (spaces trimmed at both ends), or why it is refused. `others` are the names of
/// the other scenarios; case and spaces count, as they show.
///
/// # Errors
/// See [`NameProblem`].
pub fn check_name<'a>(
    name: &str,
    mut others: impl Iterator<Item = &'a str>,
) -> Result<String, NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME {
        Err(NameProblem::TooLong { max: MAX_NAME })
    } else if others.any(|other| other.trim() == name) {
        Err(NameProblem::Taken)
    } else {
        Ok(name.to_owned())
    }
}

/// The first of `candidate(1)`, `candidate(2)`, … that no name in `taken` has: a copy's name in the
/// user's language ("Basis (kopi)", "Basis (kopi 2)"), cut to [`MAX_NAME`] characters.
pub fn free_name(taken: &[&str], candidate: impl Fn(u32) -> String) -> String {
    (1..=u32::try_from(MAX_SCENARIOS + 1).unwrap_or(u32::MAX))
        .map(|n| candidate(n).chars().take(MAX_NAME).collect::<String>())
        .find(|name| !taken.iter().any(|t| t.trim() == name.trim()))
        .unwrap_or_else(|| candidate(0))
}

impl fmt::Display for IndexError {
    /// Neutral, for logs: the user reads a sentence from the app's table in their language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::Unreadable(detail) => {
                write!(f, "the list of scenarios is unreadable ({detail})")
            }
            IndexError::Newer { found, supported } => {
                write!(
                    f,
                    "a list of scenarios of format {found}, newer than {supported}"
                )
            }
            IndexError::Inconsistent => f.write_str("the list of scenarios is inconsistent"),
        }
    }
}

impl std::error::Error for IndexError {}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_bad_list_is_named() {
        let cases = [
            ("", "unreadable"),
            ("[1,2", "unreadable"),
            (r#"{"format":1,"active":1}"#, "unreadable"),
            (
                r#"{"format":1,"active":1,"ids":[1],"more":0}"#,
                "unreadable",
            ),
            (r#"{"format":"1","active":1,"ids":[1]}"#, "unreadable"),
            (r#"{"format":2,"active":1,"ids":[1]}"#, "newer"),
            (r#"{"format":99999999999,"active":1,"ids":[1]}"#, "newer"),
            (r#"{"format":0,"active":1,"ids":[1]}"#, "inconsistent"),
            (r#"{"format":1,"active":1,"ids":[]}"#, "inconsistent"),
            (r#"{"format":1,"active":3,"ids":[1,2]}"#, "inconsistent"),
            (r#"{"format":1,"active":1,"ids":[1,1]}"#, "inconsistent"),
            (r#"{"format":1,"active":0,"ids":[0]}"#, "inconsistent"),
        ];
        for (text, expected) in cases {
            let kind = match Index::from_json(text) {
                Err(IndexError::Unreadable(_)) => "unreadable",
                Err(IndexError::Newer { .. }) => "newer",
                Err(IndexError::Inconsistent) => "inconsistent",
                Ok(_) => "read",
            };
            assert_eq!(kind, expected, "{text}");
        }
        let too_many = Index {
            format: 1,
            active: 1,
            ids: (1..=101).collect(),
        };
        assert_eq!(
            Index::from_json(&too_many.to_json()),
            Err(IndexError::Inconsistent)
        );
    }

    #[test]
    fn removing_the_active_one_activates_its_neighbour_and_restoring_puts_it_back() {
        let mut index = Index::new();
        index.add_after(1);
        let third = index.add_after(2);
        index.active = 2;
        let at = index.remove(2).unwrap();
        assert_eq!((index.active, index.ids.clone()), (third, vec![1, 3]));
        index.restore(2, at);
        assert_eq!(index.ids, vec![1, 2, 3]);
        index.remove(3);
        index.active = 1;
        assert_eq!(index.remove(1), Some(0));
        assert_eq!((index.active, index.ids.clone()), (2, vec![2]));
        assert_eq!(index.remove(2), None, "the last scenario stays");
        // A copy goes just after its original, with an id none listed has.
        assert_eq!(index.add_after(2), 3);
        assert_eq!(index.add_after(2), 4);
        assert_eq!(index.ids, vec![2, 4, 3]);
    }

    #[test]
    fn a_removed_id_handed_out_again_is_restored_under_a_new_one() {
        let mut index = Index::new();
        index.add_after(1);
        let third = index.add_after(2);
        let at = index.remove(third).unwrap();
        // The largest gone, the next scenario added takes its id.
        assert_eq!(index.add_after(1), third);
        let restored = index.restore(third, at);
        assert_eq!(restored, 4);
        assert_eq!(index.ids, vec![1, 3, 4, 2]);
        assert_eq!(Index::from_json(&index.to_json()), Ok(index));
    }

    #[test]
    fn an_id_near_the_end_of_u32_is_refused() {
        let text = format!("{{\"format\":1,\"active\":1,\"ids\":[1,{}]}}", u32::MAX);
        assert_eq!(Index::from_json(&text), Err(IndexError::Inconsistent));
    }

    #[test]
    fn names_are_trimmed_and_must_be_unique_and_short() {
        let others = ["Basis", "Stort udbud"];
        assert_eq!(check_name("  Nyt  ", others.into_iter()), Ok("Nyt".into()));
        assert_eq!(check_name(" ", others.into_iter()), Err(NameProblem::Empty));
        assert_eq!(
            check_name("Basis ", others.into_iter()),
            Err(NameProblem::Taken)
        );
        assert_eq!(check_name("basis", others.into_iter()), Ok("basis".into()));
        let long = "Æ".repeat(MAX_NAME + 1);
        assert_eq!(
            check_name(&long, others.into_iter()),
            Err(NameProblem::TooLong { max: MAX_NAME })
        );
        assert!(check_name(&long[..long.len() - 2], others.into_iter()).is_ok());
        let copy = |n: u32| {
            if n == 1 {
                "Basis (kopi)".to_owned()
            } else {
                format!("Basis (kopi {n})")
            }
        };
        assert_eq!(free_name(&others, copy), "Basis (kopi)");
        assert_eq!(
            free_name(&["Basis (kopi)", "Basis (kopi 2)"], copy),
            "Basis (kopi 3)"
        );
    }

    /// The list's rules read from a JSON value, written out without the engine's code: `None` when
    /// the text is not the list's shape (not JSON, a field missing, misspelt or of another type).
    fn naive_reading(text: &str) -> Option<Result<Index, IndexError>> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        let object = value.as_object()?;
        if object
            .keys()
            .any(|k| !["format", "active", "ids"].contains(&k.as_str()))
        {
            return None;
        }
        let number = |v: &serde_json::Value| v.as_u64().and_then(|n| u32::try_from(n).ok());
        let format = object.get("format")?.as_u64()?;
        if format > u64::from(INDEX_FORMAT) {
            let found = u32::try_from(format).unwrap_or(u32::MAX);
            return Some(Err(IndexError::Newer {
                found,
                supported: INDEX_FORMAT,
            }));
        }
        let format = u32::try_from(format).ok()?;
        let active = number(object.get("active")?)?;
        let ids: Vec<u32> = object
            .get("ids")?
            .as_array()?
            .iter()
            .map(number)
            .collect::<Option<_>>()?;
        let unique = ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id));
        let usable = format == INDEX_FORMAT
            && (1..=MAX_SCENARIOS).contains(&ids.len())
            && unique
            && ids.iter().all(|&id| (1..=MAX_ID).contains(&id))
            && ids.contains(&active);
        Some(if usable {
            Ok(Index {
                format,
                active,
                ids,
            })
        } else {
            Err(IndexError::Inconsistent)
        })
    }

    proptest! {
        /// A valid list with one character deleted, inserted or replaced: read as a list that passes
        /// every rule, or refused for the reason a reading written out here gives.
        #[test]
        fn a_list_one_character_off_is_read_or_refused_for_its_reason(
            ids in proptest::sample::subsequence((1u32..=12).collect::<Vec<u32>>(), 1..12).prop_shuffle(),
            active in any::<proptest::sample::Index>(),
            at in any::<proptest::sample::Index>(),
            change in 0u8..3,
            letter in proptest::sample::select("{}[],:\"0123456789 formatcveids".chars().collect::<Vec<char>>()),
        ) {
            let index = Index { format: INDEX_FORMAT, active: *active.get(&ids), ids };
            let mut text = index.to_json();
            let at = at.index(text.len());
            match change {
                0 => { text.remove(at); }
                1 => text.insert(at, letter),
                _ => text.replace_range(at..=at, &letter.to_string()),
            }
            let expected = naive_reading(&text);
            match Index::from_json(&text) {
                Ok(read) => prop_assert_eq!(Some(Ok(read)), expected),
                Err(IndexError::Unreadable(_)) => prop_assert_eq!(expected, None, "{}", text),
                Err(refused) => prop_assert_eq!(expected, Some(Err(refused)), "{}", text),
            }
        }

        #[test]
        fn a_list_read_is_one_the_app_can_use(
            active in 0u32..6,
            ids in proptest::collection::vec(0u32..6, 0..8),
            format in 0u32..3,
        ) {
            let text = format!(r#"{{"format":{format},"active":{active},"ids":{ids:?}}}"#);
            if let Ok(index) = Index::from_json(&text) {
                prop_assert!(index.ids.contains(&index.active));
                let mut sorted = index.ids.clone();
                #[allow(clippy::disallowed_methods)] // a test sorts as it likes; the wasm has one sort
                sorted.sort_unstable();
                sorted.dedup();
                prop_assert_eq!(sorted.len(), index.ids.len());
            }
        }

        #[test]
        fn adding_and_removing_keep_the_list_usable(steps in proptest::collection::vec((any::<bool>(), 0usize..10), 0..40)) {
            let mut index = Index::new();
            for (add, pick) in steps {
                let id = index.ids[pick % index.ids.len()];
                if add && index.has_room() {
                    index.active = index.add_after(id);
                } else if let Some(at) = index.remove(id) {
                    prop_assert!(at <= index.ids.len());
                }
                prop_assert_eq!(Index::from_json(&index.to_json()), Ok(index.clone()));
            }
        }
    }
}
