//! The engine names a refused field by its path in the scenario format (`tender.cost_items[2].amount`);
//! users see it by the name it has on screen ("Udbudsbudget, IT (DBA/GDPR): beløb").

use ddh_engine::dataset;
use ddh_engine::Scenario;

/// The on-screen name of the field at `path`, or the path itself where there is none.
pub fn field_label(path: &str, scenario: &Scenario) -> String {
    let (head, index, tail) = split(path);
    let item_name = |i: usize| {
        scenario
            .tender
            .cost_items
            .get(i)
            .map(|item| item.name.clone())
            .unwrap_or_else(|| format!("post {}", i + 1))
    };
    let municipality = |code: Option<u16>| {
        code.and_then(|c| dataset::find(scenario.members.quarter, c))
            .map(|m| m.name.clone())
            .or_else(|| code.map(|c| format!("kode {c}")))
            .unwrap_or_default()
    };
    match (head, index, tail) {
        ("members.codes", None, _) => "Medlemmer".to_owned(),
        ("members.codes", Some(i), _) => {
            format!(
                "Medlemmer: {}",
                municipality(scenario.members.codes.get(i).copied())
            )
        }
        ("members.population_overrides", Some(i), _) => format!(
            "Indbyggertal for {}",
            municipality(scenario.members.population_overrides.get(i).map(|o| o.code))
        ),
        ("tender.cost_items", None, _) => "Udbudsbudget".to_owned(),
        ("tender.cost_items", Some(i), "amount") => {
            format!("Udbudsbudget, {}: beløb", item_name(i))
        }
        ("tender.cost_items", Some(i), _) => format!("Udbudsbudget, {}", item_name(i)),
        ("leaving.target_price_per_citizen", ..) => "Målpris pr. borger".to_owned(),
        ("leaving.random_draws", ..) => "Tilfældige udtræk".to_owned(),
        ("leaving.seed", ..) => "Startværdi (seed)".to_owned(),
        ("leaving.custom_order", ..) => "Egen rækkefølge".to_owned(),
        _ => path.to_owned(),
    }
}

/// `a.b[3].c` → (`a.b`, Some(3), `c`); a path without an index → (path, None, "").
fn split(path: &str) -> (&str, Option<usize>, &str) {
    let Some((head, rest)) = path.split_once('[') else {
        return (path, None, "");
    };
    let Some((index, tail)) = rest.split_once(']') else {
        return (path, None, "");
    };
    (head, index.parse().ok(), tail.trim_start_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_screen_names() {
        let mut scenario = Scenario::default();
        scenario.members.population_overrides = vec![ddh_engine::scenario::PopulationOverride {
            code: 727,
            population: 0,
        }];
        assert_eq!(
            field_label("tender.cost_items[2].amount", &scenario),
            "Udbudsbudget, IT (DBA/GDPR): beløb"
        );
        assert_eq!(
            field_label("members.population_overrides[0].population", &scenario),
            "Indbyggertal for Odder"
        );
        assert_eq!(field_label("members.codes", &scenario), "Medlemmer");
        assert_eq!(
            field_label("members.codes[0]", &scenario),
            "Medlemmer: Aarhus"
        );
        assert_eq!(field_label("version", &scenario), "version");
    }
}
