//! The engine names a refused field by its path in the scenario format (`tender.cost_items[2].amount`);
//! users see it by the name it has on screen ("Beløb, IT (DBA/GDPR)"), in their language.

use crate::texts::Texts;
use ddh_engine::dataset;
use ddh_engine::Scenario;

/// An area's own field names, where they are not shared by every module (so that a module links the
/// texts of its own area only): the name of a path, or `None`.
pub type Labels = fn(path: &str, scenario: &Scenario, t: &'static Texts) -> Option<String>;

/// The on-screen name of the field at `path` (`own`: the module's area's names, tried first), or the
/// path itself where there is none.
pub fn field_label(path: &str, scenario: &Scenario, t: &'static Texts, own: Labels) -> String {
    if let Some(label) = own(path, scenario, t).or_else(|| crate::areas::hours::labels::label(path))
    {
        return label;
    }
    let (head, index, tail) = split(path);
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
    match (head, index, tail) {
        ("version", ..) => t.field_version.to_owned(),
        ("name", ..) => t.field_name.to_owned(),
        ("members.quarter", ..) => t.quarter_label.to_owned(),
        ("members.population_overrides", None, _) => t.field_overrides.to_owned(),
        ("leaving.order", ..) => t.order_label.to_owned(),
        ("members.codes", None, _) => t.field_members.to_owned(),
        ("members.codes", Some(i), _) => {
            (t.member_field)(&municipality(scenario.members.codes.get(i).copied()))
        }
        ("members.population_overrides", Some(i), _) => (t.population_of)(&municipality(
            scenario.members.population_overrides.get(i).map(|o| o.code),
        )),
        ("tender.cost_items", None, _) => t.field_budget.to_owned(),
        ("tender.cost_items", Some(i), "amount") => (t.amount_of)(&item_name(i)),
        ("tender.cost_items", Some(i), "name") => (t.name_of)(&item_name(i)),
        ("tender.cost_items", Some(i), "kind") => (t.kind_of)(&item_name(i)),
        ("tender.cost_items", Some(i), _) => (t.item_field)(&item_name(i)),
        ("leaving.target_price_per_citizen", ..) => t.target_label.to_owned(),
        ("leaving.random_draws", ..) => t.draws_label.to_owned(),
        ("leaving.seed", ..) => t.seed_label.to_owned(),
        ("leaving.custom_order", ..) => t.field_custom_order.to_owned(),
        _ => path.to_owned(),
    }
}

/// `[2][9].close` → (Some(2), Some(9), `close`).
pub(crate) fn indices_of(text: &str) -> (Option<usize>, Option<usize>, &str) {
    let mut numbers = [None, None];
    let mut rest = text;
    for number in &mut numbers {
        let Some((index, after)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
            break;
        };
        *number = index.parse().ok();
        rest = after;
    }
    let [first, second] = numbers;
    (first, second, rest.trim_start_matches('.'))
}

/// `a.b[3].c` → (`a.b`, Some(3), `c`); a path without an index → (path, None, "").
pub(crate) fn split(path: &str) -> (&str, Option<usize>, &str) {
    let Some((head, rest)) = path.split_once('[') else {
        return (path, None, "");
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return (path, None, "");
    };
    (head, index.parse().ok(), tail.trim_start_matches('.'))
}

/// Every field of the scenario format has a name on screen, in the language the module is built in
/// (`cargo xtask test` runs the app's tests in Danish and in English): a refusal never shows a path.
#[cfg(test)]
mod every_field {
    use super::*;
    use crate::areas::Area;

    /// The fields of `engine/FORMATS.md`'s scenario table, indices as `[0]` (`.b` after `a.x`: `a.b`).
    fn documented_fields() -> Vec<String> {
        let formats = include_str!("../../engine/FORMATS.md");
        let scenario = formats
            .split("\n## ")
            .find(|section| section.starts_with("Scenario, version"))
            .unwrap_or_default();
        let mut fields = Vec::new();
        for row in scenario.lines().filter(|line| line.starts_with("| `")) {
            let first_cell = row.split(" | ").next().unwrap_or_default();
            let mut parent = String::new();
            for path in first_cell.split('`').skip(1).step_by(2) {
                let path = match path.strip_prefix('.') {
                    Some(last) => format!("{parent}.{last}"),
                    None => path.to_owned(),
                };
                parent = path
                    .rsplit_once('.')
                    .map_or_else(String::new, |(p, _)| p.to_owned());
                fields.push(path.replace("[i]", "[0]"));
            }
        }
        fields
    }

    #[test]
    fn every_documented_field_has_a_name_on_screen() {
        let fields = documented_fields();
        assert!(
            fields.len() > 80,
            "{} fields read from FORMATS.md",
            fields.len()
        );
        let t = crate::texts::current();
        let scenario = Scenario::default();
        let missing: Vec<String> = fields
            .iter()
            .filter_map(|path| {
                let own: Labels = match path.split('.').next() {
                    Some("procurement") => <crate::areas::procurement::Module as Area>::labels,
                    Some("keys") => <crate::areas::keys::Module as Area>::labels,
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
