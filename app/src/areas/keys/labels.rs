//! The names on screen of the keys section's fields: "Bud, Odder", "Loft og bund: loft (…)".

use crate::field_names::split;
use crate::texts::Texts;
use ddh_engine::dataset;
use ddh_engine::Scenario;

/// The on-screen name of a field of the keys section: "Bud, Odder", "Loft og bund: loft (…)".
pub(super) fn label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let k = crate::areas::keys::texts::current();
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
