//! The scenario's `keys` section: what is shared (hours and cost), the members' calls, and each
//! allocation key's parameters. Values are kept as the user typed them; [`check`] refuses the ones the
//! keys cannot use, naming the field.

use crate::areas::keys::field::Field;
use crate::areas::keys::report::KeyId;
use crate::common::error::{Error, Problem};
use crate::common::limits::check_amount;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most calls a member can have in a year: far above any municipality's.
pub const MAX_CALLS: i64 = 100_000_000;
/// The most agent hours a year a typed total can have (2.000 agents around the clock).
pub const MAX_HOURS: i64 = 20_000_000;
/// The most steering-group seats.
pub const MAX_SEATS: u32 = 50;

/// Where the hours and the cost to share come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The opening-hours area's staffing plan for today's schedule.
    Today,
    /// The same for the proposed schedule.
    Proposed,
    /// The totals typed here.
    Typed,
}

/// How hours left on the marketplace when the bids do not take them all are handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fill {
    /// By population: in proportion to the hours each member brought to the marketplace.
    Population,
    /// In proportion to the bids, among the members that bid (by population when nobody bid).
    Bidders,
}

/// How the steering-group seats are apportioned over the regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatMethod {
    /// Hare quota, the seats left over to the largest remainders.
    LargestRemainder,
    /// Highest averages, divisors 1, 2, 3, …
    Dhondt,
}

/// How Aarhus's fixed seat (samarbejdsaftale §1.4, vedtægter) is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AarhusSeat {
    /// As one of Region Midtjylland's seats: the region gets at least one, and Aarhus holds it.
    WithinRegion,
    /// On top: the other seats are apportioned without it.
    InAddition,
}

/// Allocation keys for shifts and costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keys {
    /// Where the hours and cost come from.
    pub source: Source,
    /// Agent hours a year to share, when `source` is `typed`.
    pub typed_hours: i64,
    /// Their cost, when `source` is `typed`.
    pub typed_cost: Money,
    /// Last year's calls per member. Entries for municipalities no longer ticked are kept, unused.
    pub calls: Vec<CallsEntry>,
    /// Whether the calls are the illustrative default (computed for whoever takes part) rather than
    /// the user's.
    pub calls_illustrative: bool,
    /// The cooperation agreement's economic model.
    pub economic: Economic,
    /// Skanderborg's call share with bounds.
    pub bounded: Bounded,
    /// Base + marketplace.
    pub marketplace: Marketplace,
    /// Jumpseat hours taken off before any key shares.
    pub jumpseat: JumpseatCut,
    /// The steering group's seats.
    pub seats: Seats,
    /// The key the meeting weighs against today's: the area orders its members by their change under
    /// it, names who gains and who loses most, and shows it in detail and on the presentation's slide.
    /// Absent before version 6: the call share with bounds, the key the area showed first until then.
    #[serde(default)]
    pub chosen_key: KeyId,
}

/// One member's calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallsEntry {
    /// Municipality code.
    pub code: u16,
    /// Calls in the year; signed so that a negative number gets a clear message.
    pub calls: i64,
}

/// The fee's weights (samarbejdsaftale §1.3 a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Economic {
    /// Weight of the population share, %.
    pub population_weight_percent: Decimal,
    /// Weight of the call share, %.
    pub calls_weight_percent: Decimal,
}

/// The bounds of the call share, in % of the population share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounded {
    /// The floor, % (the proposal: 50).
    pub floor_percent: Decimal,
    /// The cap, % (the proposal: 200).
    pub cap_percent: Decimal,
}

/// Base + marketplace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marketplace {
    /// Share of the hours handed out by population, % (the slides: 60–70).
    pub base_percent: Decimal,
    /// Members' bids, in whole hours a year.
    pub bids: Vec<Bid>,
    /// How hours nobody bid for are handed out.
    pub fill: Fill,
    /// Paid per hour taken above the population key, by the members below it.
    pub compensation_per_hour: Money,
}

/// A member's bid on the marketplace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bid {
    /// Municipality code.
    pub code: u16,
    /// Hours a year wanted above the base; negative: base hours offered back to the marketplace.
    pub hours: i64,
}

/// Jumpseat hours taken off the hours to share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JumpseatCut {
    /// Whether the cut applies.
    pub apply: bool,
    /// Hours a year; `None` for the opening-hours area's estimate for the chosen schedule.
    pub hours: Option<i64>,
}

/// The steering group's seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seats {
    /// Seats in all, Aarhus's included (vedtægter: up to 13).
    pub count: u32,
    /// The apportionment method.
    pub method: SeatMethod,
    /// How Aarhus's fixed seat counts.
    pub aarhus: AarhusSeat,
}

impl Default for Keys {
    /// Today's schedule, illustrative calls, the agreement's 50/50 weights, the proposal's 50–200 %
    /// bounds, a 65 % base, compensation at the hours area's default rate, 13 seats; the call share with
    /// bounds chosen.
    fn default() -> Keys {
        let percent = |value: i64| Decimal::new(value, 0);
        Keys {
            source: Source::Today,
            typed_hours: 21_112,
            typed_cost: Money::from_ore(496_132_000),
            calls: Vec::new(),
            calls_illustrative: true,
            economic: Economic {
                population_weight_percent: percent(50),
                calls_weight_percent: percent(50),
            },
            bounded: Bounded {
                floor_percent: percent(50),
                cap_percent: percent(200),
            },
            marketplace: Marketplace {
                base_percent: percent(65),
                bids: Vec::new(),
                fill: Fill::Population,
                compensation_per_hour: Money::from_ore(23_500),
            },
            jumpseat: JumpseatCut {
                apply: false,
                hours: None,
            },
            seats: Seats {
                count: 13,
                method: SeatMethod::LargestRemainder,
                aarhus: AarhusSeat::WithinRegion,
            },
            chosen_key: KeyId::default(),
        }
    }
}

/// A percent as basis points (1 % = 100), for exact integer shares; `None` beyond two decimals.
pub(crate) fn basis_points(percent: Decimal) -> Option<u128> {
    let points = percent.checked_mul(Decimal::ONE_HUNDRED)?;
    if !points.fract().is_zero() || points.is_sign_negative() {
        return None;
    }
    u128::try_from(points).ok()
}

fn refuse(field: Field, problem: Problem) -> Error {
    Error::new(field, problem)
}

/// A value from 0 to `max`, else the problem with its field.
fn check_range<T: PartialOrd + std::fmt::Display>(
    field: Field,
    value: T,
    zero: T,
    max: T,
) -> Result<(), Error> {
    if value < zero {
        let value = value.to_string();
        return Err(refuse(field, Problem::Negative { value }));
    }
    if value > max {
        let (value, max) = (value.to_string(), max.to_string());
        return Err(refuse(field, Problem::TooLarge { value, max }));
    }
    Ok(())
}

/// A percent from 0 to `max` with at most two decimals.
fn check_percent(field: Field, value: Decimal, max: Decimal) -> Result<(), Error> {
    check_range(field, value, Decimal::ZERO, max)?;
    if basis_points(value).is_none() {
        return Err(refuse(
            field,
            Problem::TooPrecise {
                value: value.to_string(),
                decimals: 2,
            },
        ));
    }
    Ok(())
}

/// A code some municipality has (in every quarter of the data set the codes are the same 98). Entries for
/// municipalities not ticked are kept, so that ticking one again finds its calls; a code of none is a
/// typing error.
fn known(field: Field, code: u16) -> Result<(), Error> {
    match crate::common::dataset::find(Default::default(), code) {
        Some(_) => Ok(()),
        None => Err(refuse(field, Problem::UnknownMunicipality { code })),
    }
}

/// A whole number from 0 to `max`.
pub(crate) fn check_count(field: Field, value: i64, max: i64) -> Result<(), Error> {
    check_range(field, value, 0, max)
}

/// The section's own rules (those that need no members or totals), the first broken one named.
///
/// # Errors
/// A negative or oversized number of hours, calls or seats; weights outside 0–100 % or not adding up
/// to 100 %; a floor outside 0–100 %, a cap below the floor or below 100 %; a base share outside
/// 0–100 %; an amount below zero or with a fraction of an øre; a municipality listed twice.
pub fn check(keys: &Keys) -> Result<(), Error> {
    check_count(Field::TypedHours, keys.typed_hours, MAX_HOURS)?;
    check_amount(keys.typed_cost, Field::TypedCost)?;
    let mut seen = Vec::new();
    for (i, entry) in keys.calls.iter().enumerate() {
        known(Field::CallCode(i), entry.code)?;
        if seen.contains(&entry.code) {
            return Err(refuse(
                Field::CallCode(i),
                Problem::Duplicate { code: entry.code },
            ));
        }
        seen.push(entry.code);
        check_count(Field::CallCount(i), entry.calls, MAX_CALLS)?;
    }
    let hundred = Decimal::ONE_HUNDRED;
    let economic = keys.economic;
    check_percent(
        Field::PopulationWeightPercent,
        economic.population_weight_percent,
        hundred,
    )?;
    check_percent(
        Field::CallsWeightPercent,
        economic.calls_weight_percent,
        hundred,
    )?;
    // A rule of the two weights together is the model's, not either field's: the app shows it at the
    // weight the user is changing.
    let sum = economic.population_weight_percent + economic.calls_weight_percent;
    if sum != hundred {
        return Err(refuse(
            Field::Economic,
            Problem::NotHundred {
                sum: sum.normalize().to_string(),
            },
        ));
    }
    let bounded = keys.bounded;
    check_percent(Field::FloorPercent, bounded.floor_percent, Decimal::MAX)?;
    check_percent(
        Field::CapPercent,
        bounded.cap_percent,
        Decimal::new(10_000, 0),
    )?;
    if bounded.cap_percent < bounded.floor_percent {
        // Likewise the floor and the cap together: shown at whichever the user is changing.
        return Err(refuse(
            Field::Bounded,
            Problem::BelowLow {
                value: bounded.cap_percent.to_string(),
                low: bounded.floor_percent.to_string(),
            },
        ));
    }
    check_percent(Field::FloorPercent, bounded.floor_percent, hundred)?;
    if bounded.cap_percent < hundred {
        // Caps below 100 % cannot hold every member's share up to the whole.
        return Err(refuse(
            Field::CapPercent,
            Problem::TooSmall {
                value: bounded.cap_percent.to_string(),
                min: "100".to_owned(),
            },
        ));
    }
    let market = &keys.marketplace;
    check_percent(Field::BasePercent, market.base_percent, hundred)?;
    check_amount(market.compensation_per_hour, Field::CompensationPerHour)?;
    let mut seen = Vec::new();
    for (i, bid) in market.bids.iter().enumerate() {
        known(Field::BidCode(i), bid.code)?;
        if seen.contains(&bid.code) {
            return Err(refuse(
                Field::BidCode(i),
                Problem::Duplicate { code: bid.code },
            ));
        }
        seen.push(bid.code);
        if bid.hours.unsigned_abs() > MAX_HOURS.unsigned_abs() {
            return Err(refuse(
                Field::BidHours(i),
                Problem::TooLarge {
                    value: bid.hours.to_string(),
                    max: MAX_HOURS.to_string(),
                },
            ));
        }
    }
    if let Some(hours) = keys.jumpseat.hours {
        check_count(Field::JumpseatHours, hours, MAX_HOURS)?;
    }
    if keys.seats.count == 0 {
        return Err(refuse(
            Field::SeatsCount,
            Problem::NotPositive {
                value: "0".to_owned(),
            },
        ));
    }
    check_count(
        Field::SeatsCount,
        i64::from(keys.seats.count),
        i64::from(MAX_SEATS),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::basis_points;
    use rust_decimal::Decimal;

    #[test]
    fn a_percent_is_basis_points_only_to_two_decimals_and_not_below_zero() {
        assert_eq!(basis_points(Decimal::new(1234, 2)), Some(1_234));
        assert_eq!(basis_points(Decimal::new(100, 0)), Some(10_000));
        assert_eq!(basis_points(Decimal::new(5, 3)), None); // 0,005 %
        assert_eq!(basis_points(Decimal::new(12_345, 3)), None); // 12,345 %
        assert_eq!(basis_points(Decimal::new(-5, 0)), None);
        assert_eq!(basis_points(Decimal::new(-5, 3)), None);
    }
}
