//! Older scenario documents, brought up to the current version before their shape is checked.
//!
//! Each step takes a document of version N to N + 1 on the JSON tree, so a step never needs the old
//! Rust types, and a document of any older version passes through every later step in turn. A step only
//! adds what the newer version requires; anything it does not recognise is left for the reader to refuse
//! with the field named.
//!
//! | from | to | what changes |
//! |---|---|---|
//! | 1 | 2 | each cost item gets an `id`: its position, counted from 1 |

use crate::scenario::SCENARIO_VERSION;
use serde_json::Value;

/// Migrates `document`, which states `version` (already checked to be known), to [`SCENARIO_VERSION`].
pub(crate) fn to_current(document: &mut Value, version: u32) {
    for from in version..SCENARIO_VERSION {
        if from == 1 {
            version_1_to_2(document);
        }
        if let Some(stated) = document.get_mut("version") {
            *stated = Value::from(from + 1);
        }
    }
}

/// Version 2 gives cost items stable ids, so that an edit or a row on screen names the same item after
/// others are added or removed. A version-1 item gets its position, from 1, which is unique.
fn version_1_to_2(document: &mut Value) {
    let items = document
        .pointer_mut("/tender/cost_items")
        .and_then(Value::as_array_mut);
    for (position, item) in items.into_iter().flatten().enumerate() {
        if let Some(item) = item.as_object_mut() {
            item.entry("id").or_insert(Value::from(position + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use crate::{Error, Scenario};

    /// The default scenario as version 1 wrote it: no ids on the cost items.
    const VERSION_1: &str = r#"{
      "version": 1,
      "name": "Lille udbud",
      "members": { "quarter": "2025K1", "codes": [751, 727], "population_overrides": [] },
      "tender": { "cost_items": [
        { "name": "Konsulent", "amount": "400000.00", "kind": "internal" },
        { "name": "Anskaffelse", "amount": 600000, "kind": "supplier" }
      ] },
      "leaving": { "order": "largest_first", "custom_order": [], "random_draws": 200, "seed": 2025,
                   "target_price_per_citizen": "2.00" }
    }"#;

    #[test]
    fn a_version_1_document_is_read_by_this_version() -> Result<(), Error> {
        let scenario = Scenario::from_json(VERSION_1)?;
        assert_eq!(scenario.version, crate::scenario::SCENARIO_VERSION);
        let items: Vec<(u32, &str)> = scenario
            .tender
            .cost_items
            .iter()
            .map(|i| (i.id, i.name.as_str()))
            .collect();
        assert_eq!(items, vec![(1, "Konsulent"), (2, "Anskaffelse")]);
        assert_eq!(
            scenario.tender.cost_items[1].amount.to_ore(),
            Some(60_000_000)
        );
        // Written again, it is a current document that reads back the same.
        assert_eq!(Scenario::from_json(&scenario.to_json())?, scenario);
        Ok(())
    }

    #[test]
    fn a_version_1_document_with_a_fault_still_names_the_field() {
        let broken = VERSION_1.replace(r#""kind": "supplier""#, r#""kind": "leverandør""#);
        let error = Scenario::from_json(&broken).unwrap_err();
        assert_eq!(error.field, "tender.cost_items[1].kind");
    }

    #[test]
    fn a_current_document_with_an_item_lacking_its_id_is_refused() {
        let current = VERSION_1.replace(r#""version": 1"#, r#""version": 2"#);
        let error = Scenario::from_json(&current).unwrap_err();
        assert_eq!(error.field, "tender.cost_items[0]");
    }
}
