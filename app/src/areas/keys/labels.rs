//! The names on screen of the keys section's fields: "Bud, Odder", "Loft og bund: loft (…)".

use crate::texts::Texts;
use ddh_engine::keys::Field;
use ddh_engine::{dataset, Scenario};

/// The on-screen name of a field of the keys section: "Bud, Odder", "Loft og bund: loft (…)".
pub(super) fn label(path: &str, scenario: &Scenario, _texts: &'static Texts) -> Option<String> {
    let k = crate::areas::keys::texts::current();
    let name_of = |code: Option<u16>| {
        code.and_then(|c| dataset::find(scenario.members.quarter, c))
            .map(|m| m.name.clone())
            .unwrap_or_default()
    };
    let calls_of = |i: usize| (k.calls_of)(&name_of(scenario.keys.calls.get(i).map(|e| e.code)));
    let bid_of = |i: usize| {
        let bid = scenario.keys.marketplace.bids.get(i);
        (k.bid_of)(&name_of(bid.map(|b| b.code)))
    };
    let label = match Field::parse(path)? {
        Field::Section => k.heading,
        Field::Source => k.source_label,
        Field::TypedHours => k.typed_hours,
        Field::TypedCost => k.typed_cost,
        Field::Calls => k.calls_heading,
        Field::CallCode(i) | Field::CallCount(i) => return Some(calls_of(i)),
        Field::CallsIllustrative => k.use_illustrative,
        Field::Economic => k.keys[1],
        Field::PopulationWeightPercent => k.population_weight,
        Field::CallsWeightPercent => k.calls_weight,
        Field::Bounded => k.keys[3],
        Field::FloorPercent => k.floor,
        Field::CapPercent => k.cap,
        Field::Marketplace => k.keys[4],
        Field::BasePercent => k.base,
        Field::Bids => k.bid,
        Field::BidCode(i) | Field::BidHours(i) => return Some(bid_of(i)),
        Field::Fill => k.fill_label,
        Field::CompensationPerHour => k.compensation,
        Field::JumpseatApply => k.jumpseat_apply,
        Field::JumpseatHours => k.jumpseat_hours,
        Field::SeatsCount => k.seats_count,
        Field::SeatsMethod => return Some(format!("{}: {}", k.seats_heading, k.seats_method)),
        Field::SeatsAarhus => k.seats_aarhus,
        Field::ChosenKey => k.chosen_label,
    };
    Some(label.to_owned())
}
