//! The engine names a refused field by its path in the scenario format (`tender.cost_items[2].amount`);
//! users see it by the name it has on screen ("Beløb, IT (DBA/GDPR)"), in their language.

use crate::texts::Texts;
use ddh_engine::dataset;
use ddh_engine::Scenario;

/// An area's own field names, where they are not shared by every module (so that a module links the
/// texts of its own area only): the name of a path, or `None`.
pub type Labels = fn(path: &str, scenario: &Scenario, t: &'static Texts) -> Option<String>;

/// No field names of an area's own.
pub fn no_labels(_: &str, _: &Scenario, _: &'static Texts) -> Option<String> {
    None
}

/// The on-screen name of the field at `path` (`own`: the module's area's names, tried first), or the
/// path itself where there is none.
pub fn field_label(path: &str, scenario: &Scenario, t: &'static Texts, own: Labels) -> String {
    if let Some(label) = own(path, scenario, t).or_else(|| hours_label(path)) {
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

/// The on-screen name of a field of the hours section: "Mandag, lukker (forslag)", "Timetakst".
fn hours_label(path: &str) -> Option<String> {
    let h = crate::texts::hours::fields();
    if path == "hours" {
        return Some(h.heading.to_owned());
    }
    let rest = path.strip_prefix("hours.")?;
    let simple = match rest {
        "holidays.grundlovsdag" => Some(h.grundlovsdag),
        "holidays.juleaftensdag" => Some(h.juleaftensdag),
        "holidays.nytaarsaftensdag" => Some(h.nytaarsaftensdag),
        "calls.profile_is_illustrative" => Some(h.profile_heading),
        "calls.moved_to" => Some(h.moved_to),
        "year" => Some(h.year_label),
        "staffing.agents_per_hour" => Some(h.agents_per_hour),
        "staffing.hourly_rate" => Some(h.hourly_rate),
        "calls.per_year" => Some(h.calls_per_year),
        "calls.moved_percent" => Some(h.moved_percent),
        "calls.profile" => Some(h.profile_heading),
        "service.aht_seconds" => Some(h.aht),
        "service.target_percent" => Some(h.target_percent),
        "service.target_seconds" => Some(h.target_seconds),
        "service.shrinkage_percent" => Some(h.shrinkage),
        "service.max_occupancy_percent" => Some(h.max_occupancy),
        "service.patience_seconds" => Some(h.patience),
        "jumpseat_percent" => Some(h.jumpseat_percent),
        _ => None,
    };
    if let Some(label) = simple {
        return Some(label.to_owned());
    }
    // `today[0][1].close`, `proposed[4]`, `calls.profile[2][9]`.
    let (schedule, indices) = if let Some(indices) = rest.strip_prefix("today") {
        (h.today_lower, indices)
    } else if let Some(indices) = rest.strip_prefix("proposed") {
        (h.proposed_lower, indices)
    } else {
        let indices = rest.strip_prefix("calls.profile")?;
        let (day, hour, _) = indices_of(indices);
        let day = h.weekdays.get(day?).copied().unwrap_or_default();
        return Some(match hour {
            Some(hour) => (h.weight_of)(day, hour),
            None => format!("{}, {day}", h.profile_heading),
        });
    };
    let (day, _, part) = indices_of(indices);
    // No day: the week as a whole (a week of six days in an imported document).
    let day = match day {
        Some(d) => h.weekdays.get(d).copied().unwrap_or_default(),
        None => h.weeks_heading,
    };
    let part = match part {
        "open" => h.opens_lower,
        "close" => h.closes_lower,
        "agents" => h.agents_lower,
        _ => "",
    };
    let what = if part.is_empty() {
        day.to_owned()
    } else {
        format!("{day}, {part}")
    };
    Some(format!("{what} ({schedule})"))
}

/// The on-screen name of a field of the keys section: "Bud, Odder", "Loft og bund: loft (…)".
pub fn keys_label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let k = crate::texts::keys::current();
    if path == "keys" {
        return Some(k.heading.to_owned());
    }
    let rest = path.strip_prefix("keys.")?;
    let name_of = |code: Option<u16>| {
        code.and_then(|c| dataset::find(scenario.members.quarter, c))
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let (head, index, _) = split(rest);
    let label = match (head, index) {
        ("typed_hours", _) => k.typed_hours,
        ("typed_cost", _) => k.typed_cost,
        ("jumpseat.hours", _) => k.jumpseat_hours,
        ("economic.population_weight_percent", _) => k.population_weight,
        ("economic.calls_weight_percent", _) => k.calls_weight,
        ("economic", _) => k.keys[1],
        ("bounded.floor_percent", _) => k.floor,
        ("bounded.cap_percent", _) => k.cap,
        ("bounded", _) => k.keys[3],
        ("marketplace", _) => k.keys[4],
        ("marketplace.base_percent", _) => k.base,
        ("marketplace.compensation_per_hour", _) => k.compensation,
        ("seats.count", _) => k.seats_count,
        ("source", _) => k.source_label,
        ("calls_illustrative", _) => k.use_illustrative,
        ("marketplace.bids", None) => k.bid,
        ("marketplace.fill", _) => k.fill_label,
        ("jumpseat.apply", _) => k.jumpseat_apply,
        ("seats.method", _) => return Some(format!("{}: {}", k.seats_heading, k.seats_method)),
        ("seats.aarhus", _) => k.seats_aarhus,
        ("calls", Some(i)) => {
            return Some((k.calls_of)(&name_of(
                scenario.keys.calls.get(i).map(|e| e.code),
            )))
        }
        ("marketplace.bids", Some(i)) => {
            let bid = scenario.keys.marketplace.bids.get(i);
            return Some((k.bid_of)(&name_of(bid.map(|b| b.code))));
        }
        ("calls", None) => k.calls_heading,
        _ => return None,
    };
    Some(label.to_owned())
}

/// The on-screen name of a field of the procurement section: "Lanceringsdato", "Beløb, Licens".
pub fn procurement_label(
    path: &str,
    scenario: &Scenario,
    _texts: &'static Texts,
) -> Option<String> {
    let p = crate::texts::procurement::current();
    let rest = path.strip_prefix("procurement")?;
    let procurement = &scenario.procurement;
    let named = |column: &str, name: Option<&str>, number: usize| match name {
        Some(name) if !name.trim().is_empty() => format!("{column}, {name}"),
        _ => format!("{column}, {number}"),
    };
    let (head, index, tail) = split(rest.trim_start_matches('.'));
    let label = match (head, index, tail) {
        ("", None, _) => p.heading,
        ("category", ..) => p.category_label,
        ("launch_date", ..) => p.launch_date_label,
        ("term.indefinite", ..) => p.indefinite_label,
        ("term.months", ..) => p.term_months_label,
        ("extension_months", ..) => p.extension_label,
        ("include_tender_supplier_items", ..) => p.include_tender_items,
        ("lines", None, _) => p.lines_heading,
        ("lines", Some(i), column) => {
            let column = match column {
                "role" => p.column_role,
                "timing" => p.column_timing,
                "basis" => p.column_basis,
                "amount" => p.column_amount,
                _ => p.column_name,
            };
            let name = procurement.lines.get(i).map(|l| l.name.as_str());
            return Some(named(column, name, i + 1));
        }
        ("cross_border_interest", ..) => p.cross_border_label,
        ("working_rules.announce_above", ..) => p.announce_above_label,
        ("working_rules.market_terms_above", ..) => p.market_terms_above_label,
        ("price_cap.component", ..) => p.cap_component_label,
        ("price_cap.margin_percent", ..) => p.margin_label,
        ("price_cap.consequence", ..) => p.consequence_label,
        ("price_cap", ..) => p.cap_heading,
        ("offers", None, _) => p.offers_heading,
        ("offers", Some(i), column) => {
            let column = match column {
                "basis" => p.column_basis,
                "setup" => p.column_setup,
                "yearly" => p.column_yearly,
                "yearly_high" => p.column_yearly_high,
                _ => p.column_offer,
            };
            let name = procurement.offers.get(i).map(|o| o.name.as_str());
            return Some(named(column, name, i + 1));
        }
        ("offer_years", ..) => p.offer_years_label,
        _ => return None,
    };
    Some(label.to_owned())
}

/// `[2][9].close` → (Some(2), Some(9), `close`).
fn indices_of(text: &str) -> (Option<usize>, Option<usize>, &str) {
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
fn split(path: &str) -> (&str, Option<usize>, &str) {
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
                    Some("procurement") => procurement_label,
                    Some("keys") => keys_label,
                    _ => no_labels,
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
        let label = |path| field_label(path, &scenario, &DA, keys_label);
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
            field_label("keys.seats.count", &scenario, &DA, no_labels),
            "keys.seats.count"
        );
    }
}
