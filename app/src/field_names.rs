//! The engine names a refused field by its path in the scenario format (`tender.cost_items[2].amount`);
//! users see it by the name it has on screen ("Beløb, IT (DBA/GDPR)"), in their language.
//!
//! Both ends use the engine's typed fields (`tender::Field::Amount(2)`): an input says which field it
//! is with a [`FieldId`] made from one, and a refusal's path is read back with the area's
//! `Field::parse` and named by an exhaustive `match`, so that a field without a name on screen does
//! not compile. The fields every module shows (the document's, the members', the tender's, the
//! leaving order's) are named here, the hours' by `areas::hours::labels` (Fordeling and Udbud show
//! the hours' jumpseat share and any module may open a document refused there), the rest by their
//! area's `labels.rs`.

use crate::texts::Texts;
use ddh_engine::common::field::FieldPath;
use ddh_engine::document::field::Field as DocumentField;
use ddh_engine::{dataset, leaving, members, tender, Scenario};

/// An area's own field names, where they are not shared by every module (so that a module links the
/// texts of its own area only): the name of a path, or `None`.
pub type Labels = fn(path: &str, scenario: &Scenario, t: &'static Texts) -> Option<String>;

/// The field an input edits, as the engine names it when it refuses it; made only from a typed field,
/// so that no input spells a path of its own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldId(Option<String>);

impl FieldId {
    /// The input of `field`.
    pub fn of(field: impl FieldPath) -> FieldId {
        FieldId(Some(field.path()))
    }

    /// An input the engine never refuses by itself (a population not yet corrected): no refusal is
    /// shown at it.
    pub fn nowhere() -> FieldId {
        FieldId(None)
    }

    /// Whether a refusal at `path` is about this input.
    pub fn is(&self, path: &str) -> bool {
        self.0.as_deref() == Some(path)
    }
}

/// The on-screen name of the field at `path` (`own`: the module's area's names, tried first). A place
/// that is no field of its own (`tender.cost_items[2]`, where the JSON reader found an item without
/// its amount) is named by the nearest field that holds it ("Udbudsbudget"); the path itself only
/// where none has a name.
pub fn field_label(path: &str, scenario: &Scenario, t: &'static Texts, own: Labels) -> String {
    let mut at = Some(path);
    while let Some(place) = at {
        let label = own(place, scenario, t)
            .or_else(|| crate::areas::hours::labels::label(place))
            .or_else(|| shared_label(place, scenario, t));
        if let Some(label) = label {
            return label;
        }
        at = enclosing(place);
    }
    path.to_owned()
}

/// The field that holds the one at `path`: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → none.
fn enclosing(path: &str) -> Option<&str> {
    path.rfind(['.', '[']).and_then(|cut| path.get(..cut))
}

/// The name of a field every module shows: the document's own, the members', the tender budget's,
/// the leaving order's.
fn shared_label(path: &str, scenario: &Scenario, t: &'static Texts) -> Option<String> {
    let item_name = |i: usize| {
        scenario
            .tender
            .cost_items
            .get(i)
            .map(|item| item.name.clone())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| (t.item_number)(i + 1))
    };
    let municipality = |code: Option<u16>| {
        code.and_then(|c| dataset::find(scenario.members.quarter, c))
            .map(|m| m.name.clone())
            .or_else(|| code.map(t.code_field))
            .unwrap_or_default()
    };
    if let Some(field) = DocumentField::parse(path) {
        return match field {
            // The whole document has no name of its own: the sentence says what is wrong with it.
            DocumentField::Document | DocumentField::ReadAt(_) => None,
            DocumentField::Version => Some(t.field_version.to_owned()),
            DocumentField::Name => Some(t.field_name.to_owned()),
        };
    }
    if let Some(field) = members::Field::parse(path) {
        let override_of =
            |i: usize| municipality(scenario.members.population_overrides.get(i).map(|o| o.code));
        return Some(match field {
            members::Field::Quarter => t.quarter_label.to_owned(),
            members::Field::Codes => t.field_members.to_owned(),
            members::Field::Code(i) => {
                (t.member_field)(&municipality(scenario.members.codes.get(i).copied()))
            }
            members::Field::PopulationOverrides => t.field_overrides.to_owned(),
            members::Field::OverrideCode(i) | members::Field::OverridePopulation(i) => {
                (t.population_of)(&override_of(i))
            }
        });
    }
    if let Some(field) = tender::Field::parse(path) {
        return Some(match field {
            tender::Field::CostItems => t.field_budget.to_owned(),
            tender::Field::Amount(i) => (t.amount_of)(&item_name(i)),
            tender::Field::Name(i) => (t.name_of)(&item_name(i)),
            tender::Field::Kind(i) => (t.kind_of)(&item_name(i)),
            tender::Field::Id(i) => (t.item_field)(&item_name(i)),
        });
    }
    let field = leaving::Field::parse(path)?;
    Some(
        match field {
            leaving::Field::Order => t.order_label,
            leaving::Field::CustomOrder | leaving::Field::CustomOrderEntry(_) => {
                t.field_custom_order
            }
            leaving::Field::RandomDraws => t.draws_label,
            leaving::Field::Seed => t.seed_label,
            leaving::Field::TargetPricePerCitizen => t.target_label,
        }
        .to_owned(),
    )
}

/// What the engine's tests read of `engine/FORMATS.md`: the test below reads its fields the same way.
#[cfg(test)]
#[path = "../../engine/tests/formats/mod.rs"]
mod formats;

/// Every field of the scenario format has a name on screen, in the language the module is built in
/// (`cargo xtask test` runs the app's tests in Danish and in English): a refusal never shows a path.
/// The fields are `engine/FORMATS.md`'s, read as the engine's tests read them; the engine's tests
/// hold each of them to a typed field and back.
#[cfg(test)]
mod every_field {
    use super::*;
    use crate::areas::Area;

    #[test]
    fn every_documented_field_has_a_name_on_screen() {
        let t = crate::texts::current();
        let scenario = Scenario::default();
        let mut fields = formats::documented("", 0);
        fields.extend(formats::documented("", 7));
        assert!(
            fields.len() > 200,
            "{} fields read from FORMATS.md",
            fields.len()
        );
        let missing: Vec<String> = fields
            .iter()
            .filter_map(|path| {
                let own: Labels = match path.split('.').next() {
                    Some("procurement") => <crate::areas::procurement::Module as Area>::labels,
                    Some("keys") => <crate::areas::keys::Module as Area>::labels,
                    Some("years") => <crate::areas::years::Module as Area>::labels,
                    _ => <crate::areas::tender::Module as Area>::labels,
                };
                let label = field_label(path, &scenario, t, own);
                // A path, or a piece of one, left in the name.
                let sections = [
                    "version",
                    "name",
                    "members",
                    "tender",
                    "leaving",
                    "procurement",
                    "hours",
                    "keys",
                    "years",
                ];
                let path_like = label.contains('_')
                    || sections
                        .iter()
                        .any(|s| label == *s || label.starts_with(&format!("{s}.")));
                (label.is_empty() || label == *path || path_like)
                    .then(|| format!("{path} → {label:?}"))
            })
            .collect();
        assert!(missing.is_empty(), "fields without a name: {missing:#?}");
    }

    #[test]
    fn a_place_without_a_name_is_named_by_the_field_that_holds_it() {
        assert_eq!(
            enclosing("tender.cost_items[2].amount"),
            Some("tender.cost_items[2]")
        );
        assert_eq!(enclosing("tender.cost_items[2]"), Some("tender.cost_items"));
        assert_eq!(enclosing("tender"), None);
        let t = crate::texts::current();
        let label = |path| {
            field_label(
                path,
                &Scenario::default(),
                t,
                <crate::areas::tender::Module as Area>::labels,
            )
        };
        assert_eq!(label("tender.cost_items[2]"), label("tender.cost_items"));
        assert_eq!(label("hours.today[0][1]"), label("hours.today[0]"));
        assert_eq!(label("members.codes[0].x"), label("members.codes[0]"));
        // Nothing of the scenario's: the path as it is.
        assert_eq!(label("colour[3]"), "colour[3]");
        assert_eq!(label(""), "");
    }

    #[test]
    fn an_input_is_its_field_and_no_other() {
        let amount = FieldId::of(tender::Field::Amount(2));
        assert!(amount.is("tender.cost_items[2].amount"));
        assert!(!amount.is("tender.cost_items[3].amount"));
        assert!(!FieldId::nowhere().is(""));
        assert!(!FieldId::nowhere().is("tender"));
    }
}

// The Danish texts; the English build's are checked in the browser (tests/browser/english.test.mjs).
#[cfg(all(test, not(feature = "english")))]
mod tests {
    use super::*;
    use crate::areas::Area;
    use crate::texts::DA;

    #[test]
    fn paths_become_screen_names() {
        let mut scenario = Scenario::default();
        scenario.members.population_overrides = vec![ddh_engine::scenario::PopulationOverride {
            code: 727,
            population: 0,
        }];
        scenario.keys.marketplace.bids = vec![ddh_engine::keys::section::Bid {
            code: 727,
            hours: -900,
        }];
        let label = |path| {
            field_label(
                path,
                &scenario,
                &DA,
                <crate::areas::keys::Module as Area>::labels,
            )
        };
        assert_eq!(label("tender.cost_items[2].amount"), "Beløb, IT (DBA/GDPR)");
        assert_eq!(label("tender.cost_items[0].id"), "Udbudsbudget, Konsulent");
        assert_eq!(
            label("members.population_overrides[0].population"),
            "Indbyggertal for Odder"
        );
        assert_eq!(label("members.codes"), "Medlemmer");
        assert_eq!(label("members.codes[0]"), "Medlemmer: Aarhus");
        assert_eq!(label("leaving.random_draws"), "Tilfældige udtræk");
        assert_eq!(label("version"), "Formatets version");
        assert_eq!(
            label("hours.proposed[0][0].close"),
            "Mandag, lukker (forslag)"
        );
        assert_eq!(label("hours.today[6]"), "Søndag (i dag)");
        assert_eq!(label("hours.today"), "Ugeskemaer (i dag)");
        assert_eq!(label("hours.calls.profile[2][9]"), "Onsdag kl. 09");
        assert_eq!(
            label("hours.service.aht_seconds"),
            "Gns. behandlingstid (sek.)"
        );
        assert_eq!(label("keys.marketplace.bids[0].hours"), "Bud, Odder");
        assert_eq!(
            label("keys.economic.calls_weight_percent"),
            "Økonomimodel: vægt på opkaldsandel (%)"
        );
        assert_eq!(
            field_label(
                "keys.seats.count",
                &scenario,
                &DA,
                <crate::areas::tender::Module as Area>::labels
            ),
            "keys.seats.count"
        );
    }
}
