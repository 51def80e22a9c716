//! The allocation keys' fields a refusal can name (`engine/FORMATS.md`, the scenario's `keys`).

use crate::common::field::{index, FieldPath};

/// A field of the keys section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `keys`: the section as a whole.
    Section,
    /// `keys.source`: the hours and cost shared, from Åbningstid or typed.
    Source,
    /// `keys.typed_hours`
    TypedHours,
    /// `keys.typed_cost`
    TypedCost,
    /// `keys.calls`: the calls per member as a whole.
    Calls,
    /// `keys.calls[i].code`
    CallCode(usize),
    /// `keys.calls[i].calls`
    CallCount(usize),
    /// `keys.calls_illustrative`
    CallsIllustrative,
    /// `keys.economic`: the economic model as a whole (its weights together).
    Economic,
    /// `keys.economic.population_weight_percent`
    PopulationWeightPercent,
    /// `keys.economic.calls_weight_percent`
    CallsWeightPercent,
    /// `keys.bounded`: the bounded call share as a whole (its floor and cap together).
    Bounded,
    /// `keys.bounded.floor_percent`
    FloorPercent,
    /// `keys.bounded.cap_percent`
    CapPercent,
    /// `keys.marketplace`: the base and marketplace as a whole.
    Marketplace,
    /// `keys.marketplace.base_percent`
    BasePercent,
    /// `keys.marketplace.bids`: the bids as a whole.
    Bids,
    /// `keys.marketplace.bids[i].code`
    BidCode(usize),
    /// `keys.marketplace.bids[i].hours`
    BidHours(usize),
    /// `keys.marketplace.fill`
    Fill,
    /// `keys.marketplace.compensation_per_hour`
    CompensationPerHour,
    /// `keys.jumpseat.apply`
    JumpseatApply,
    /// `keys.jumpseat.hours`
    JumpseatHours,
    /// `keys.seats.count`
    SeatsCount,
    /// `keys.seats.method`
    SeatsMethod,
    /// `keys.seats.aarhus`
    SeatsAarhus,
    /// `keys.chosen_key`
    ChosenKey,
}

/// The fields that are not in a list, by their path after `keys` (`""` for the section), for
/// [`Field::parse`]; a test holds it to what [`FieldPath::path`] writes.
const SINGLE: [(&str, Field); 23] = [
    ("", Field::Section),
    (".source", Field::Source),
    (".typed_hours", Field::TypedHours),
    (".typed_cost", Field::TypedCost),
    (".calls", Field::Calls),
    (".calls_illustrative", Field::CallsIllustrative),
    (".economic", Field::Economic),
    (
        ".economic.population_weight_percent",
        Field::PopulationWeightPercent,
    ),
    (".economic.calls_weight_percent", Field::CallsWeightPercent),
    (".bounded", Field::Bounded),
    (".bounded.floor_percent", Field::FloorPercent),
    (".bounded.cap_percent", Field::CapPercent),
    (".marketplace", Field::Marketplace),
    (".marketplace.base_percent", Field::BasePercent),
    (".marketplace.bids", Field::Bids),
    (".marketplace.fill", Field::Fill),
    (
        ".marketplace.compensation_per_hour",
        Field::CompensationPerHour,
    ),
    (".jumpseat.apply", Field::JumpseatApply),
    (".jumpseat.hours", Field::JumpseatHours),
    (".seats.count", Field::SeatsCount),
    (".seats.method", Field::SeatsMethod),
    (".seats.aarhus", Field::SeatsAarhus),
    (".chosen_key", Field::ChosenKey),
];

impl FieldPath for Field {
    fn path(&self) -> String {
        let single = |name: &str| format!("keys.{name}");
        match self {
            Field::CallCode(i) => format!("keys.calls[{i}].code"),
            Field::CallCount(i) => format!("keys.calls[{i}].calls"),
            Field::BidCode(i) => format!("keys.marketplace.bids[{i}].code"),
            Field::BidHours(i) => format!("keys.marketplace.bids[{i}].hours"),
            Field::Section => "keys".to_owned(),
            Field::Source => single("source"),
            Field::TypedHours => single("typed_hours"),
            Field::TypedCost => single("typed_cost"),
            Field::Calls => single("calls"),
            Field::CallsIllustrative => single("calls_illustrative"),
            Field::Economic => single("economic"),
            Field::PopulationWeightPercent => single("economic.population_weight_percent"),
            Field::CallsWeightPercent => single("economic.calls_weight_percent"),
            Field::Bounded => single("bounded"),
            Field::FloorPercent => single("bounded.floor_percent"),
            Field::CapPercent => single("bounded.cap_percent"),
            Field::Marketplace => single("marketplace"),
            Field::BasePercent => single("marketplace.base_percent"),
            Field::Bids => single("marketplace.bids"),
            Field::Fill => single("marketplace.fill"),
            Field::CompensationPerHour => single("marketplace.compensation_per_hour"),
            Field::JumpseatApply => single("jumpseat.apply"),
            Field::JumpseatHours => single("jumpseat.hours"),
            Field::SeatsCount => single("seats.count"),
            Field::SeatsMethod => single("seats.method"),
            Field::SeatsAarhus => single("seats.aarhus"),
            Field::ChosenKey => single("chosen_key"),
        }
    }
}

impl Field {
    /// The field at `path`, as [`FieldPath::path`] writes it; `None` for any other text.
    pub fn parse(path: &str) -> Option<Field> {
        let rest = path.strip_prefix("keys")?;
        if let Some((i, part)) = rest.strip_prefix(".calls").and_then(index) {
            return match part {
                ".code" => Some(Field::CallCode(i)),
                ".calls" => Some(Field::CallCount(i)),
                _ => None,
            };
        }
        if let Some((i, part)) = rest.strip_prefix(".marketplace.bids").and_then(index) {
            return match part {
                ".code" => Some(Field::BidCode(i)),
                ".hours" => Some(Field::BidHours(i)),
                _ => None,
            };
        }
        SINGLE
            .iter()
            .find(|(name, _)| *name == rest)
            .map(|(_, field)| *field)
    }
}
