//! The user's named scenarios in localStorage: the list (`ddh.library`, [`Index`]) and each scenario
//! but the active one under `ddh.library.<id>`. The active one is the scenario every area saves
//! (`ddh.scenario`), so the areas need know nothing of the list.
//!
//! Everything read is untrusted. A scenario that cannot be read stays under its key, untouched, and is
//! listed as unreadable until the user deletes it; a list that cannot be read is set aside under
//! `ddh.library.unreadable` and built again from the scenarios found in storage, so that nothing is
//! dropped without the user seeing it.

use super::{local_storage, set, SaveProblem};
use ddh_engine::library::{Index, IndexError, MAX_SCENARIOS};
use ddh_engine::{Error, Scenario};

const INDEX_KEY: &str = "ddh.library";
const ENTRY_PREFIX: &str = "ddh.library.";
const UNREADABLE_INDEX_KEY: &str = "ddh.library.unreadable";

/// A scenario of the list other than the active one, as found in storage.
#[derive(Clone, PartialEq)]
pub enum Kept {
    Scenario(Box<Scenario>),
    /// Stored text this version cannot read: kept as it is, for deleting or repairing by hand.
    Unreadable {
        text: String,
        error: Error,
    },
    /// Listed, but not in storage (removed by hand or by the browser).
    Missing,
}

/// The list and the scenarios in it but the active one, in the list's order.
pub struct Shelf {
    pub index: Index,
    pub others: Vec<(u32, Kept)>,
}

/// Reads the list and its scenarios. With no list yet, the active scenario is the only one; with an
/// unreadable list, the list is built from every `ddh.library.<id>` in storage and the error returned.
pub fn load() -> (Shelf, Option<IndexError>) {
    let stored = local_storage().and_then(|s| s.get_item(INDEX_KEY).ok().flatten());
    let (index, problem) = match stored.map(|text| (Index::from_json(&text), text)) {
        None => (Index::new(), None),
        Some((Ok(index), _)) => (index, None),
        Some((Err(error), text)) => {
            let _ = set(UNREADABLE_INDEX_KEY, &text);
            (rebuilt(), Some(error))
        }
    };
    let others = index
        .ids
        .iter()
        .filter(|&&id| id != index.active)
        .map(|&id| (id, read(id)))
        .collect();
    (Shelf { index, others }, problem)
}

/// A list of the active scenario and every scenario found under its key, the active one first with
/// an id none of them has.
fn rebuilt() -> Index {
    let Some(storage) = local_storage() else {
        return Index::new();
    };
    let mut found: Vec<u32> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| key.strip_prefix(ENTRY_PREFIX)?.parse().ok())
        .filter(|&id| id > 0)
        .collect();
    ddh_engine::order::sort_by(&mut found, u32::cmp);
    found.truncate(MAX_SCENARIOS - 1);
    let active = found.last().map_or(1, |last| last.saturating_add(1));
    let mut ids = vec![active];
    ids.extend(found);
    Index {
        active,
        ids,
        ..Index::new()
    }
}

fn key(id: u32) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

fn read(id: u32) -> Kept {
    let text = local_storage().and_then(|s| s.get_item(&key(id)).ok().flatten());
    match text {
        None => Kept::Missing,
        Some(text) => match Scenario::from_json(&text) {
            Ok(scenario) => Kept::Scenario(Box::new(scenario)),
            Err(error) => Kept::Unreadable { text, error },
        },
    }
}

/// Stores a scenario of the list under its id.
pub fn write(id: u32, scenario: &Scenario) -> Result<(), SaveProblem> {
    set(&key(id), &scenario.to_json())
}

/// Stores text as it was found (an unreadable scenario put back by undo).
pub fn write_text(id: u32, text: &str) -> Result<(), SaveProblem> {
    set(&key(id), text)
}

/// Stores the list.
pub fn write_index(index: &Index) -> Result<(), SaveProblem> {
    set(INDEX_KEY, &index.to_json())
}

/// Removes a scenario's copy (it became the active one, or was deleted). Best effort: a copy left
/// behind is found again only if the list itself is lost.
pub fn remove(id: u32) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&key(id));
    }
}
