//! Older scenario documents, brought up to the current version as they are read.
//!
//! A document of an older version is read into the current types, where every field a later version
//! added has a default that marks it as absent, and each step then fills in what its version requires.
//! This keeps one reader (the smallest code in the browser) and needs no copy of the old types. A future
//! version that renames or restructures a field will need its step to work on the JSON text instead; it
//! goes here, in the table below, with a test that reads a document of the older version.
//!
//! | from | to | what changes |
//! |---|---|---|
//! | 1 | 2 | each cost item gets an `id`: its position, counted from 1 |

use crate::error::{Error, Problem, Unreadable};
use crate::scenario::{Scenario, SCENARIO_VERSION};

/// Migrates `scenario`, read from a document that states `version` (already checked to be known), to
/// [`SCENARIO_VERSION`].
///
/// # Errors
/// A current document lacking what its version requires (a cost item without its `id`) is refused,
/// naming the field, as the reader would have refused any other missing field. So is an id given twice:
/// rows on screen and edits are keyed by id, so a document must never reach them with a repeated one.
pub(crate) fn to_current(scenario: &mut Scenario, version: u32) -> Result<(), Error> {
    if version < 2 {
        version_1_to_2(scenario);
    }
    let mut seen = std::collections::BTreeSet::new();
    for (index, item) in scenario.tender.cost_items.iter().enumerate() {
        let field = crate::areas::tender::Field::Id(index);
        if item.id == 0 {
            let reason = Unreadable::MissingField { name: "id".into() };
            let detail = String::new();
            return Err(Error::new(field, Problem::Unreadable { reason, detail }));
        }
        if !seen.insert(item.id) {
            return Err(Error::new(field, Problem::DuplicateId { id: item.id }));
        }
    }
    scenario.version = SCENARIO_VERSION;
    Ok(())
}

/// Version 2 gives cost items stable ids, so that an edit or a row on screen names the same item after
/// others are added or removed. A version-1 item gets its position, from 1, which is unique.
fn version_1_to_2(scenario: &mut Scenario) {
    for (item, id) in scenario.tender.cost_items.iter_mut().zip(1..) {
        item.id = id;
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
    fn a_document_with_an_id_given_twice_is_refused_on_reading() {
        let current = VERSION_1
            .replace(r#""version": 1"#, r#""version": 2"#)
            .replace(r#"{ "name""#, r#"{ "id": 4, "name""#);
        let error = Scenario::from_json(&current).unwrap_err();
        assert_eq!(error.field, "tender.cost_items[1].id");
    }

    #[test]
    fn a_current_document_with_an_item_lacking_its_id_is_refused() {
        let current = VERSION_1.replace(r#""version": 1"#, r#""version": 2"#);
        let error = Scenario::from_json(&current).unwrap_err();
        assert_eq!(error.field, "tender.cost_items[0].id");
    }

    #[test]
    fn a_version_5_keys_section_weighs_the_bounded_key_and_a_chosen_one_is_kept(
    ) -> Result<(), Error> {
        use crate::keys::edit::KeysEdit;
        use crate::keys::report::KeyId;
        use crate::Edit;
        // Version 5 had no `chosen_key`: the keys section as version 5 wrote it.
        let mut version_5 = Scenario::default();
        version_5.keys.chosen_key = KeyId::Population;
        let text = version_5
            .to_json()
            .replace(r#""version": 7"#, r#""version": 5"#)
            .replace(",\n    \"chosen_key\": \"population\"", "");
        assert!(!text.contains("chosen_key"), "the key removed: {text}");
        let mut read = Scenario::from_json(&text)?;
        assert_eq!(read.keys.chosen_key, KeyId::Bounded);
        assert_eq!(read.version, crate::scenario::SCENARIO_VERSION);

        read.apply(Edit::Keys(KeysEdit::ChooseKey(KeyId::Marketplace)))?;
        let written = read.to_json();
        assert!(
            written.contains(r#""chosen_key": "marketplace""#),
            "{written}"
        );
        assert_eq!(
            Scenario::from_json(&written)?.keys.chosen_key,
            KeyId::Marketplace
        );
        Ok(())
    }
}
