//! Two or three scenarios side by side: each area's headline figures and each member's bill, with the
//! differences from the first scenario in the figure's unit and in per cent.
//!
//! A figure an area cannot compute for a scenario is `None` (the area's own page says why), and so is
//! any difference that needs it. A percentage is of the first scenario's figure, rounded half away from
//! zero to one decimal; there is none where that figure is 0.
//!
//! ```
//! use ddh_engine::{edit::{Edit, TenderEdit}, money::Money, Scenario};
//! use ddh_engine::compare::{compare, Figure, Headline};
//! use rust_decimal::Decimal;
//! # fn main() -> Result<(), ddh_engine::Error> {
//! let base = Scenario::default();
//! let mut cheaper = base.clone();
//! cheaper.apply(Edit::Tender(TenderEdit::SetItemAmount { id: 1, amount: Money::from_ore(245_000_00) }))?; // Konsulent −155.000
//! let comparison = compare(&[&base, &cheaper]);
//! let total = &comparison.headlines[1];
//! assert_eq!(total.figure, Headline::TenderTotal);
//! assert_eq!(total.values[1], Some(Figure::Kroner(Decimal::new(1_395_000_00, 2))));
//! let difference = total.differences[1].as_ref();
//! assert_eq!(difference.map(|d| d.by), Some(Decimal::new(-155_000_00, 2)));
//! assert_eq!(difference.and_then(|d| d.percent), Some(Decimal::new(-100, 1))); // −10,0 %
//! # Ok(())
//! # }
//! ```

use crate::money::{round_half_away, Money};
use crate::report::Route;
use crate::{Evaluation, Scenario};
use rust_decimal::Decimal;

/// The figures of every scenario compared, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// One row per headline figure, in the order of [`Headline::ALL`].
    pub headlines: Vec<HeadlineRow>,
    /// One row per municipality that is a member in any of the scenarios: the first scenario's
    /// members in its bills' order (largest first), then those only in later ones.
    pub members: Vec<MemberRow>,
}

/// The headline figures, area by area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Headline {
    /// Tender: price per citizen, kr.
    PricePerCitizen,
    /// Tender: the budget's total, kr.
    TenderTotal,
    /// Tender: members.
    Members,
    /// Tender: citizens of the members.
    Population,
    /// Procurement: the contract value, kr.
    ContractValue,
    /// Procurement: the EU threshold in force on the launch date, kr.
    Threshold,
    /// Procurement: the route the value implies.
    Route,
    /// Opening hours: the proposed schedule's open minutes a week.
    WeeklyOpenMinutes,
    /// Opening hours: the proposed schedule's open minutes in the year.
    YearlyOpenMinutes,
    /// Opening hours: the proposed schedule's staffing cost in the year, kr.
    StaffingCost,
    /// Allocation keys: the cost the keys share, kr. (given by the keys' settings and the opening
    /// hours; the members' calls do not change it).
    SharedCost,
}

impl Headline {
    /// Every headline, in the order the rows come.
    pub const ALL: [Headline; 11] = [
        Headline::PricePerCitizen,
        Headline::TenderTotal,
        Headline::Members,
        Headline::Population,
        Headline::ContractValue,
        Headline::Threshold,
        Headline::Route,
        Headline::WeeklyOpenMinutes,
        Headline::YearlyOpenMinutes,
        Headline::StaffingCost,
        Headline::SharedCost,
    ];
}

/// One figure of one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// An amount in kroner, exact as the area gives it.
    Kroner(Decimal),
    /// A count (members, citizens).
    Count(u64),
    /// Minutes, shown as hours.
    Minutes(u64),
    /// A procurement route: compared by sameness, not by amount.
    Route(Route),
}

impl Figure {
    /// The figure as a number to subtract; a route is none.
    fn amount(self) -> Option<Decimal> {
        match self {
            Figure::Kroner(kroner) => Some(kroner),
            Figure::Count(n) | Figure::Minutes(n) => Some(Decimal::from(n)),
            Figure::Route(_) => None,
        }
    }
}

/// A scenario's figure less the first scenario's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    /// In the figure's unit (kroner, members, citizens, minutes); negative where it is lower.
    pub by: Decimal,
    /// `by` in per cent of the first scenario's figure, one decimal; `None` where that is 0.
    pub percent: Option<Decimal>,
}

/// One headline figure across the scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadlineRow {
    /// Which figure.
    pub figure: Headline,
    /// Its value in each scenario, `None` where the area cannot be computed.
    pub values: Vec<Option<Figure>>,
    /// Each scenario's difference from the first; the first's own is always `None`.
    pub differences: Vec<Option<Difference>>,
}

/// One municipality's bill for the tender across the scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    /// The municipality's code.
    pub code: u16,
    /// Its name.
    pub name: String,
    /// Its bill in each scenario: `None` where it is not a member (or the bills cannot be computed).
    pub bills: Vec<Option<Money>>,
    /// Each scenario's difference from the first, where both have a bill.
    pub differences: Vec<Option<Difference>>,
}

/// Compares `scenarios` (meant for two or three; any number works) against the first.
pub fn compare(scenarios: &[&Scenario]) -> Comparison {
    let figures: Vec<[Option<Figure>; Headline::ALL.len()]> =
        scenarios.iter().map(|s| headline_figures(s)).collect();
    let headlines = Headline::ALL
        .iter()
        .enumerate()
        .map(|(index, &figure)| {
            let values: Vec<Option<Figure>> = figures
                .iter()
                .map(|f| f.get(index).copied().flatten())
                .collect();
            let differences = against_first(&values, |v| v.and_then(Figure::amount));
            HeadlineRow {
                figure,
                values,
                differences,
            }
        })
        .collect();
    Comparison {
        headlines,
        members: member_rows(scenarios),
    }
}

/// Each headline figure of one scenario, in the order of [`Headline::ALL`].
fn headline_figures(scenario: &Scenario) -> [Option<Figure>; Headline::ALL.len()] {
    let evaluation = Evaluation::new(scenario);
    let tender = evaluation.tender().ok();
    let procurement = evaluation.procurement().ok();
    let hours = evaluation.hours().ok();
    // The total alone: every key's split is the keys area's to show, and would double this module.
    let keys = evaluation.keys_shared().ok();
    let kroner = |money: Money| Figure::Kroner(money.kroner());
    [
        tender.as_ref().map(|t| Figure::Kroner(t.price_per_citizen)),
        tender.as_ref().map(|t| kroner(t.total)),
        tender
            .as_ref()
            .map(|t| Figure::Count(t.member_count as u64)),
        tender.as_ref().map(|t| Figure::Count(t.population)),
        procurement.as_ref().map(|p| kroner(p.value.total)),
        procurement.as_ref().map(|p| kroner(p.threshold.threshold)),
        procurement.as_ref().map(|p| Figure::Route(p.route.route)),
        hours
            .as_ref()
            .map(|h| Figure::Minutes(u64::from(h.proposed.weekly_minutes))),
        hours
            .as_ref()
            .map(|h| Figure::Minutes(h.proposed.yearly_minutes)),
        hours.as_ref().map(|h| kroner(h.proposed.staffed.cost)),
        keys.map(|(_, cost)| kroner(cost)),
    ]
}

/// The members' bills side by side, every member of any scenario once.
fn member_rows(scenarios: &[&Scenario]) -> Vec<MemberRow> {
    let bills: Vec<Vec<crate::report::Bill>> = scenarios
        .iter()
        .map(|s| {
            Evaluation::new(s)
                .tender()
                .map(|t| t.bills)
                .unwrap_or_default()
        })
        .collect();
    let mut rows: Vec<MemberRow> = Vec::new();
    for (column, scenario_bills) in bills.iter().enumerate() {
        for bill in scenario_bills {
            let at = match rows.iter().position(|row| row.code == bill.code) {
                Some(at) => at,
                None => {
                    rows.push(MemberRow {
                        code: bill.code,
                        name: bill.name.clone(),
                        bills: vec![None; scenarios.len()],
                        differences: Vec::new(),
                    });
                    rows.len() - 1
                }
            };
            if let Some(cell) = rows.get_mut(at).and_then(|row| row.bills.get_mut(column)) {
                *cell = Some(bill.bill);
            }
        }
    }
    for row in &mut rows {
        row.differences = against_first(&row.bills, |bill| bill.map(Money::kroner));
    }
    rows
}

/// Each value's difference from the first, where both are numbers.
fn against_first<T: Copy>(
    values: &[T],
    amount: impl Fn(T) -> Option<Decimal>,
) -> Vec<Option<Difference>> {
    let first = values.first().copied().and_then(&amount);
    values
        .iter()
        .enumerate()
        .map(|(index, &value)| {
            let (base, value) = (first?, amount(value)?);
            (index > 0).then(|| difference(base, value)).flatten()
        })
        .collect()
}

/// `value` less `base`, and that in per cent of `base`. `None` only where the arithmetic overflows,
/// which figures of this size (at most 10^15 kr.) cannot reach.
fn difference(base: Decimal, value: Decimal) -> Option<Difference> {
    let by = value.checked_sub(base)?;
    let percent = if base.is_zero() {
        None
    } else {
        Some(round_half_away(
            by.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(base)?,
            1,
        ))
    };
    Some(Difference { by, percent })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::edit::{Edit, MembersEdit, TenderEdit};
    use crate::presets::PresetId;

    #[test]
    fn a_scenario_against_itself_differs_by_nothing() {
        let scenario = Scenario::default();
        let comparison = compare(&[&scenario, &scenario, &scenario]);
        for row in &comparison.headlines {
            assert!(row.values.iter().all(Option::is_some), "{:?}", row.figure);
            assert_eq!(row.differences[0], None);
            if row.figure != Headline::Route {
                assert_eq!(
                    row.differences[1].unwrap().by,
                    Decimal::ZERO,
                    "{:?}",
                    row.figure
                );
            }
        }
        assert_eq!(comparison.members.len(), 13);
    }

    #[test]
    fn members_of_either_scenario_are_listed_once_with_their_bills() {
        let small = Scenario::default();
        let mut all = Scenario::default();
        all.apply(Edit::Members(MembersEdit::ApplyPreset(PresetId::All)))
            .unwrap();
        let comparison = compare(&[&small, &all]);
        assert_eq!(comparison.members.len(), 98);
        let tender = crate::evaluate(&all).tender.unwrap();
        // Every bill of the larger scenario is in its column, and the column adds up to its total.
        let column: Vec<Money> = comparison
            .members
            .iter()
            .map(|r| r.bills[1].unwrap())
            .collect();
        let sum = column
            .iter()
            .fold(Money::from_ore(0), |a, &b| a.checked_add(b).unwrap());
        assert_eq!(sum, tender.bills_total);
        // A municipality only in the second scenario has no bill, so no difference, in the first.
        let only_second = comparison
            .members
            .iter()
            .find(|r| r.bills[0].is_none())
            .unwrap();
        assert_eq!(only_second.differences[1], None);
        // Aarhus (751) pays less when the 98 share the same budget.
        let aarhus = comparison.members.iter().find(|r| r.code == 751).unwrap();
        let (before, after) = (
            aarhus.bills[0].unwrap().kroner(),
            aarhus.bills[1].unwrap().kroner(),
        );
        let difference = aarhus.differences[1].unwrap();
        assert_eq!(difference.by, after - before);
        assert!(difference.by < Decimal::ZERO);
        assert_eq!(
            difference.percent,
            Some(round_half_away(
                (after - before) * Decimal::ONE_HUNDRED / before,
                1
            ))
        );
    }

    #[test]
    fn an_area_that_cannot_be_computed_has_no_figures_and_no_difference() {
        let good = Scenario::default();
        let mut refused = Scenario::default();
        refused
            .apply(Edit::Tender(TenderEdit::SetItemAmount {
                id: 2,
                amount: Money::from_ore(-500),
            }))
            .unwrap();
        let comparison = compare(&[&good, &refused]);
        let total = &comparison.headlines[1];
        assert_eq!(total.values[1], None);
        assert_eq!(total.differences[1], None);
        // The opening hours do not depend on the budget.
        let weekly = comparison
            .headlines
            .iter()
            .find(|r| r.figure == Headline::WeeklyOpenMinutes)
            .unwrap();
        assert_eq!(weekly.differences[1].unwrap().by, Decimal::ZERO);
    }

    #[test]
    fn the_shared_cost_is_the_keys_reports() {
        let mut scenario = Scenario::default();
        scenario
            .apply(Edit::Members(MembersEdit::ApplyPreset(PresetId::All)))
            .unwrap();
        let keys = crate::evaluate(&scenario).keys.unwrap();
        let (minutes, cost) = Evaluation::new(&scenario).keys_shared().unwrap();
        assert_eq!((minutes, cost), (keys.minutes, keys.cost));
        let row = &compare(&[&scenario]).headlines[10];
        assert_eq!(
            (row.figure, row.values[0]),
            (
                Headline::SharedCost,
                Some(Figure::Kroner(keys.cost.kroner()))
            )
        );
    }

    #[test]
    fn a_difference_from_zero_has_no_percentage() {
        assert_eq!(
            difference(Decimal::ZERO, Decimal::TEN).unwrap().percent,
            None
        );
        // 1/3 is 33,33… %: one decimal, half away from zero.
        assert_eq!(
            difference(Decimal::from(3), Decimal::from(4))
                .unwrap()
                .percent,
            Some(Decimal::new(333, 1))
        );
        assert_eq!(
            difference(Decimal::from(8), Decimal::from(7))
                .unwrap()
                .percent,
            Some(Decimal::new(-125, 1))
        );
    }
}
