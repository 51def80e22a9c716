//! The leaving area: the price per citizen as members leave in a chosen order, the band over random
//! orders, and how few members can carry the cost at a target price.
//!
//! The area owns its section of the scenario ([`section`]), the changes a user makes to it ([`edit`]),
//! and its section of the report ([`mod@report`]).

pub mod edit;
pub mod field;
pub mod report;
pub mod section;

pub use crate::areas::leaving::field::Field;
use crate::areas::leaving::report::{
    BandPoint, LeavingReport, LeavingStep, MemberName, RandomBand, TargetReport,
};
use crate::areas::leaving::section::{LeavingAnalysis, LeavingOrder};
use crate::areas::members::{self, largest_first, Member};
use crate::areas::tender::{price_per_citizen, rounded_price, within_target};
use crate::common::dataset::{self, Quarter};
use crate::common::error::{Error, Problem};
use crate::common::money::round_half_away;
use crate::common::money::Money;
use crate::common::rng::SplitMix64;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// More random orders than this add nothing visible to a band and cost time in the browser.
pub const MAX_RANDOM_DRAWS: u32 = 5_000;
/// Decimals of the price with all members beside a target, so that 1,4713 does not read as 1,47.
const PRECISE_DECIMALS: u32 = 4;
/// A target above this per citizen is a typing error.
pub const MAX_TARGET_KRONER: i64 = 1_000_000;

/// The leaving section of the report. `members` are ordered by code and not empty; `total` is checked.
///
/// # Errors
/// A setting breaking its rule, naming its field: `leaving.random_draws` (1 to [`MAX_RANDOM_DRAWS`]),
/// `leaving.target_price_per_citizen` (above 0, at most [`MAX_TARGET_KRONER`]), `leaving.custom_order[i]`
/// (a known municipality, listed once).
///
/// ```
/// use ddh_engine::leaving::section::LeavingAnalysis;
/// use ddh_engine::members::section::MemberSelection;
/// use ddh_engine::tender::section::TenderBudget;
/// # fn main() -> Result<(), ddh_engine::error::Error> {
/// let selection = MemberSelection::default(); // the 13 named in 2024–25
/// let members = ddh_engine::members::resolve(&selection)?;
/// let total = ddh_engine::tender::totals(&TenderBudget::default())?.total;
/// let report = ddh_engine::leaving::report(&LeavingAnalysis::default(), selection.quarter, total, &members)?;
/// // 1.550.000 kr. over the 13 members named in 2024–25: 1,47 kr. per citizen with all of them.
/// assert_eq!(report.steps[0].price_per_citizen.to_string(), "1.47");
/// // Aarhus, the largest, leaves first.
/// assert_eq!(report.steps[1].leaver_name.as_deref(), Some("Aarhus"));
/// # Ok(())
/// # }
/// ```
pub fn report(
    analysis: &LeavingAnalysis,
    quarter: Quarter,
    total: Money,
    members: &[Member],
) -> Result<LeavingReport, Error> {
    check(analysis, quarter)?;
    let order = order(analysis, members);
    let steps = steps(&order, total)?;
    let target = analysis
        .target_price_per_citizen
        .map(|target| target_report(target, total, &steps, &order))
        .transpose()?;
    Ok(LeavingReport {
        order: analysis.order,
        order_codes: order.iter().map(|m| m.code).collect(),
        steps,
        random_band: random_band(members, total, analysis.random_draws, analysis.seed)?,
        target,
    })
}

fn check(analysis: &LeavingAnalysis, quarter: Quarter) -> Result<(), Error> {
    if analysis.random_draws == 0 {
        let value = "0".to_owned();
        return Err(Error::new(
            Field::RandomDraws,
            Problem::NotPositive { value },
        ));
    }
    if analysis.random_draws > MAX_RANDOM_DRAWS {
        return Err(Error::new(
            Field::RandomDraws,
            Problem::TooLarge {
                value: analysis.random_draws.to_string(),
                max: MAX_RANDOM_DRAWS.to_string(),
            },
        ));
    }
    if let Some(target) = analysis.target_price_per_citizen {
        let field = Field::TargetPricePerCitizen;
        let value = target.to_string();
        if target <= Decimal::ZERO {
            return Err(Error::new(field, Problem::NotPositive { value }));
        }
        if target > Decimal::from(MAX_TARGET_KRONER) {
            let max = MAX_TARGET_KRONER.to_string();
            return Err(Error::new(field, Problem::TooLarge { value, max }));
        }
    }
    let mut seen = BTreeSet::new();
    for (index, &code) in analysis.custom_order.iter().enumerate() {
        let field = Field::CustomOrderEntry(index);
        if dataset::find(quarter, code).is_none() {
            return Err(Error::new(field, Problem::UnknownMunicipality { code }));
        }
        if !seen.insert(code) {
            return Err(Error::new(field, Problem::Duplicate { code }));
        }
    }
    Ok(())
}

/// The members in the order they leave. Ties in population go by code, so the order is deterministic.
pub fn order<'a>(analysis: &LeavingAnalysis, members: &'a [Member]) -> Vec<&'a Member> {
    let mut by_size: Vec<&Member> = members.iter().collect();
    crate::common::order::sort_by(&mut by_size, |a, b| largest_first(a, b));
    match analysis.order {
        LeavingOrder::LargestFirst => by_size,
        LeavingOrder::SmallestFirst => {
            let mut smallest_first: Vec<&Member> = members.iter().collect();
            crate::common::order::sort_by(&mut smallest_first, |a, b| {
                a.population.cmp(&b.population).then(a.code.cmp(&b.code))
            });
            smallest_first
        }
        LeavingOrder::Custom => {
            let mut order: Vec<&Member> = analysis
                .custom_order
                .iter()
                .filter_map(|code| members.iter().find(|m| m.code == *code))
                .collect();
            let listed: Vec<u16> = order.iter().map(|m| m.code).collect();
            order.extend(by_size.into_iter().filter(|m| !listed.contains(&m.code)));
            order
        }
    }
}

/// One step per number of members, from all of them down to the last one.
fn steps(order: &[&Member], total: Money) -> Result<Vec<LeavingStep>, Error> {
    let mut population: u64 = order.iter().map(|m| m.population).sum();
    let mut steps = Vec::with_capacity(order.len());
    steps.push(LeavingStep {
        members: order.len(),
        leaver: None,
        leaver_name: None,
        leaver_population: None,
        population,
        price_per_citizen: rounded_price(total, population)?,
    });
    // The last member cannot leave: a step with nobody left has no price.
    for (left, leaver) in order.iter().enumerate().take(order.len().saturating_sub(1)) {
        population = population.saturating_sub(leaver.population);
        steps.push(LeavingStep {
            members: order.len() - left - 1,
            leaver: Some(leaver.code),
            leaver_name: Some(leaver.name.clone()),
            leaver_population: Some(leaver.population),
            population,
            price_per_citizen: rounded_price(total, population)?,
        });
    }
    Ok(steps)
}

fn target_report(
    target: Decimal,
    total: Money,
    steps: &[LeavingStep],
    order: &[&Member],
) -> Result<TargetReport, Error> {
    // As members leave the population only falls, so the steps within target are a prefix.
    let fewest = steps
        .iter()
        .take_while(|step| within_target(total, step.population, target))
        .last();
    let fewest_members = fewest.map(|step| step.members);
    // The members still there are the last `fewest_members` of the order of leaving; largest first.
    let mut remaining: Vec<&Member> = order
        .iter()
        .skip(order.len().saturating_sub(fewest_members.unwrap_or(0)))
        .copied()
        .collect();
    crate::common::order::sort_by(&mut remaining, |a, b| largest_first(a, b));
    let population_needed = total
        .kroner()
        .checked_div(target)
        .map(|citizens| citizens.ceil())
        .and_then(|citizens| citizens.to_u64())
        .ok_or_else(|| Error::new(Field::TargetPricePerCitizen, Problem::Overflow))?;
    let all_members = steps.first().map_or(0, |step| step.population);
    let price_with_all_members = price_per_citizen(total, all_members)
        .map(|price| round_half_away(price, PRECISE_DECIMALS))
        .ok_or_else(|| Error::new(members::Field::Codes, Problem::NoMembers))?;
    // At least øre precision on display, so that "2" reads as 2,00 kr. beside the other prices.
    let mut shown_target = target;
    if shown_target.scale() < 2 {
        shown_target.rescale(2);
    }
    Ok(TargetReport {
        price_per_citizen: shown_target,
        fewest_members,
        remaining: remaining
            .into_iter()
            .map(|m| MemberName {
                code: m.code,
                name: m.name.clone(),
            })
            .collect(),
        price_at_fewest: fewest.map(|step| step.price_per_citizen),
        population_needed,
        price_with_all_members,
    })
}

/// The band of prices when the leavers are drawn at random: for each number of members, the lowest,
/// median and highest price over `draws` random orders (seeded). With an even number of draws the
/// median is the lower of the two middle prices.
fn random_band(
    members: &[Member],
    total: Money,
    draws: u32,
    seed: u64,
) -> Result<RandomBand, Error> {
    let count = members.len();
    // One row per draw: row[k] is the population left with k + 1 members. Rows are written in order
    // and read back a column at a time, which keeps 200 draws well within a millisecond.
    let mut table = vec![0u64; count * draws as usize];
    let mut rng = SplitMix64::new(seed);
    let mut order: Vec<u64> = members.iter().map(|m| m.population).collect();
    let full: u64 = order.iter().sum();
    for row in table.chunks_exact_mut(count.max(1)) {
        rng.shuffle(&mut order);
        let mut left = full;
        for (slot, leaver) in row.iter_mut().rev().zip(&order) {
            *slot = left;
            left = left.saturating_sub(*leaver);
        }
    }
    let mut column: Vec<u64> = Vec::with_capacity(draws as usize);
    let mut points = Vec::with_capacity(count);
    for index in (0..count).rev() {
        column.clear();
        column.extend(table.iter().skip(index).step_by(count));
        // A larger population gives a lower price. In populations from largest to smallest, prices
        // ascend; (len − 1) / 2 is the middle, or the lower middle for an even count. Selecting that
        // one element, rather than sorting the column, is cheaper still.
        let median_position = column.len().saturating_sub(1) / 2;
        let largest = column.iter().copied().max().unwrap_or(0);
        let smallest = column.iter().copied().min().unwrap_or(0);
        // An empty column (no draws: `check` refuses that) has no median to select.
        let median = if column.is_empty() {
            0
        } else {
            *column
                .select_nth_unstable_by(median_position, |a, b| b.cmp(a))
                .1
        };
        points.push(BandPoint {
            members: index + 1,
            min: rounded_price(total, largest)?,
            median: rounded_price(total, median)?,
            max: rounded_price(total, smallest)?,
        });
    }
    Ok(RandomBand {
        draws,
        seed,
        points,
    })
}

#[cfg(test)]
mod tests {
    // `unwrap_err` asserts a refusal: a test that panics there has found a scenario wrongly accepted.
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::common::dataset::Region;

    fn member(code: u16, population: u64) -> Member {
        Member {
            code,
            name: format!("K{code}"),
            region: Region::Midtjylland,
            population,
            population_overridden: false,
        }
    }

    /// `target` in øre per citizen.
    fn analysis(order: LeavingOrder, custom: &[u16], target: Option<i64>) -> LeavingAnalysis {
        LeavingAnalysis {
            order,
            custom_order: custom.to_vec(),
            random_draws: 101,
            seed: 1,
            target_price_per_citizen: target.map(|ore| Decimal::new(ore, 2)),
        }
    }

    fn kroner(ore: i64) -> Decimal {
        Decimal::new(ore, 2)
    }

    /// The limits are inclusive: 5.000 draws and a target of 1.000.000 kr. are read, one more of either
    /// is refused at its field.
    #[test]
    fn the_largest_draws_and_target_are_read_and_one_more_is_refused() {
        let quarter = Quarter::default();
        let mut limits = analysis(LeavingOrder::LargestFirst, &[], None);
        limits.random_draws = MAX_RANDOM_DRAWS;
        limits.target_price_per_citizen = Some(Decimal::from(MAX_TARGET_KRONER));
        assert_eq!(check(&limits, quarter), Ok(()));
        let mut draws = limits.clone();
        draws.random_draws += 1;
        assert_eq!(
            check(&draws, quarter).map_err(|e| e.field),
            Err("leaving.random_draws".to_owned())
        );
        let mut target = limits;
        target.target_price_per_citizen =
            Some(Decimal::from(MAX_TARGET_KRONER) + Decimal::new(1, 2));
        assert_eq!(
            check(&target, quarter).map_err(|e| e.field),
            Err("leaving.target_price_per_citizen".to_owned())
        );
    }

    /// The target is shown with at least two decimals (2 kr. as 2,00), never fewer, and with more when
    /// typed with more (1,255 stays 1,255).
    #[test]
    fn the_target_is_shown_to_the_ore_or_finer() {
        let members = [member(101, 1_000), member(751, 3_000)];
        let total = Money::from_ore(1_000_000);
        for (typed, shown) in [
            (Decimal::from(2), "2.00"),
            (Decimal::new(1255, 3), "1.255"),
            (Decimal::new(25, 1), "2.50"),
        ] {
            let mut settings = analysis(LeavingOrder::LargestFirst, &[], None);
            settings.target_price_per_citizen = Some(typed);
            let report = report(&settings, Quarter::default(), total, &members).unwrap();
            let target = report.target.unwrap();
            assert_eq!(target.price_per_citizen.to_string(), shown);
        }
    }

    #[test]
    fn largest_first_curve_and_fewest_members() -> Result<(), Box<dyn std::error::Error>> {
        // 1.000 kr. over 500 + 300 + 200 citizens.
        let members = [member(101, 500), member(147, 300), member(151, 200)];
        let total = Money::from_ore(100_000);
        let report = report(
            &analysis(LeavingOrder::LargestFirst, &[], Some(200)),
            Quarter::Q2025K1,
            total,
            &members,
        )?;
        let prices: Vec<Decimal> = report.steps.iter().map(|s| s.price_per_citizen).collect();
        assert_eq!(prices, vec![kroner(100), kroner(200), kroner(500)]);
        assert_eq!(report.order_codes, vec![101, 147, 151]);
        // 2 kr. is exactly 1.000 / 500: at or below, so two members carry it.
        let target = report.target.ok_or("no target")?;
        assert_eq!(
            (target.fewest_members, target.population_needed),
            (Some(2), 500)
        );
        // Largest first: 101 leaves, 147 and 151 remain, at 1.000 / 500 = 2,00 kr.
        let remaining: Vec<u16> = target.remaining.iter().map(|m| m.code).collect();
        assert_eq!(remaining, vec![147, 151]);
        assert_eq!(target.price_at_fewest, Some(kroner(200)));
        assert_eq!(report.steps[1].leaver_population, Some(500));
        Ok(())
    }

    #[test]
    fn smallest_first_and_custom_orders() -> Result<(), Error> {
        let members = [member(101, 500), member(147, 300), member(151, 200)];
        let total = Money::from_ore(100_000);
        let smallest = report(
            &analysis(LeavingOrder::SmallestFirst, &[], None),
            Quarter::Q2025K1,
            total,
            &members,
        )?;
        assert_eq!(smallest.order_codes, vec![151, 147, 101]);
        assert_eq!(smallest.steps[2].price_per_citizen, kroner(200));
        // 147 first as the user set; 151 no longer a member is skipped; the rest largest first.
        let custom = report(
            &analysis(LeavingOrder::Custom, &[147, 153], None),
            Quarter::Q2025K1,
            total,
            &members,
        )?;
        assert_eq!(custom.order_codes, vec![147, 101, 151]);
        Ok(())
    }

    #[test]
    fn a_target_nobody_reaches_has_no_fewest_count() -> Result<(), Error> {
        let members = [member(101, 500)];
        let report = report(
            &analysis(LeavingOrder::LargestFirst, &[], Some(1)),
            Quarter::Q2025K1,
            Money::from_ore(100_000),
            &members,
        )?;
        assert_eq!(report.target.map(|t| t.fewest_members), Some(None));
        Ok(())
    }

    #[test]
    fn band_lies_around_every_fixed_order() -> Result<(), Error> {
        let members: Vec<Member> = (0..12)
            .map(|i| member(101 + i, 1_000 + 997 * u64::from(i)))
            .collect();
        let total = Money::from_ore(155_000_000);
        let report = report(
            &analysis(LeavingOrder::LargestFirst, &[], None),
            Quarter::Q2025K1,
            total,
            &members,
        )?;
        let band = &report.random_band.points;
        assert_eq!(band.len(), 12);
        assert_eq!(band[0].members, 12);
        assert_eq!(band[0].min, band[0].max);
        for (point, step) in band.iter().zip(&report.steps) {
            assert_eq!(point.members, step.members);
            assert!(point.min <= point.median && point.median <= point.max);
            // Largest first is the worst order, so the band never lies above it.
            assert!(point.max <= step.price_per_citizen);
        }
        Ok(())
    }

    #[test]
    fn bad_settings_name_their_field() {
        let members = [member(101, 500)];
        let total = Money::from_ore(100);
        let field = |a: LeavingAnalysis| {
            report(&a, Quarter::Q2025K1, total, &members)
                .unwrap_err()
                .field
        };
        assert_eq!(
            field(analysis(LeavingOrder::LargestFirst, &[], Some(0))),
            "leaving.target_price_per_citizen"
        );
        assert_eq!(
            field(analysis(LeavingOrder::LargestFirst, &[], Some(-100))),
            "leaving.target_price_per_citizen"
        );
        assert_eq!(
            field(analysis(LeavingOrder::Custom, &[101, 9], None)),
            "leaving.custom_order[1]"
        );
        assert_eq!(
            field(analysis(LeavingOrder::Custom, &[101, 101], None)),
            "leaving.custom_order[1]"
        );
        let mut none = analysis(LeavingOrder::LargestFirst, &[], None);
        none.random_draws = 0;
        assert_eq!(field(none), "leaving.random_draws");
    }
}
