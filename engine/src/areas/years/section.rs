//! The scenario's `years` section: the span of budget years, what is projected over it, the index
//! values and population quarters it is regulated with, and the members joining and leaving. Format
//! in `engine/FORMATS.md`.

use crate::areas::keys::report::KeyId;
use crate::areas::members::MAX_POPULATION;
use crate::areas::years::field::Field;
use crate::areas::years::index::{Chain, IndexValue, BASE_2015};
use crate::areas::years::rules::{Periods, QuarterLabel};
use crate::common::dataset;
use crate::common::date::Date;
use crate::common::error::{Error, Problem};
use crate::common::limits::check_amount;
use crate::common::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The first and last budget year accepted.
pub const YEARS: (i32, i32) = (2000, 2100);
/// The longest span projected, in years: a contract's years ahead, not a century.
pub const MAX_SPAN: i32 = 30;
/// Most yearly costs listed.
pub const MAX_COSTS: usize = 100;
/// Most January values typed.
pub const MAX_INDEX_VALUES: usize = 100;
/// Most imported quarters.
pub const MAX_QUARTERS: usize = 20;
/// Most members joining or leaving.
pub const MAX_CHANGES: usize = 98;
/// Decimals of a January value (Danmarks Statistik publishes one).
pub const INDEX_DECIMALS: u32 = 3;
/// The largest January value accepted (2015=100 or a later base).
pub const MAX_INDEX: i64 = 10_000;
/// Decimals of a chaining factor.
pub const CHAIN_DECIMALS: u32 = 6;
/// The largest chaining factor accepted.
pub const MAX_CHAIN: i64 = 100;

/// The budget years ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Years {
    /// The first budget year of the span.
    pub first_year: i32,
    /// The last, at most [`MAX_SPAN`] years after the first counted in.
    pub last_year: i32,
    /// The key each year's cost is split by: population (today's), or another of Fordeling's.
    pub key: KeyId,
    /// The agreement's rule: entry and exit on 1 January or 1 July, charged by half years. Off:
    /// any day, charged by the months a member is one on their first day.
    pub half_year_rule: bool,
    /// Yearly operating costs the user lists.
    pub costs: Vec<YearlyCost>,
    /// The staffing cost of a schedule in the opening-hours area.
    pub staffing: Staffing,
    /// The purchase's yearly and monthly lines (Indkøb) over its term.
    pub purchase: Purchase,
    /// The tender budget, once.
    pub tender: TenderOnce,
    /// January values typed by the user, and the chaining factors of later bases.
    pub index: IndexSeries,
    /// FOLK1A quarters imported by the user (the data set carries 2025K1 and 2026K1).
    pub quarters: Vec<QuarterTable>,
    /// Members joining or leaving during the span.
    pub changes: Vec<MembershipChange>,
}

/// A yearly cost in one year's prices, from one budget year to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyCost {
    /// Stable identity, from 1.
    pub id: u32,
    /// What it is, e.g. "Licenser".
    pub name: String,
    /// Kroner a year, in `base_year`'s prices.
    pub amount: Money,
    /// The budget year whose prices `amount` is in.
    pub base_year: i32,
    /// The first budget year it is paid.
    pub from_year: i32,
    /// The last.
    pub to_year: i32,
}

/// Which schedule of the opening-hours area is staffed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    /// Today's.
    Today,
    /// The proposed one.
    Proposed,
}

/// The staffing plan's cost, computed for each budget year's calendar at the opening-hours area's
/// hourly rate, which is in the prices of that area's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staffing {
    /// Whether it is projected.
    pub include: bool,
    /// Which schedule.
    pub schedule: Schedule,
}

/// The purchase's recurring lines over its term, from 1 January of `first_year`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purchase {
    /// Whether it is projected.
    pub include: bool,
    /// The contract's first budget year.
    pub first_year: i32,
    /// The budget year whose prices its lines are in.
    pub base_year: i32,
}

/// The tender budget, paid in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenderOnce {
    /// Whether it is projected.
    pub include: bool,
    /// The budget year it is paid in.
    pub year: i32,
    /// The budget year whose prices its items are in.
    pub base_year: i32,
}

/// The January values the user gives, and how later bases chain to 2015=100.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct IndexSeries {
    /// January values, each year once; a year the data file has too is the user's correction.
    pub values: Vec<IndexValue>,
    /// The chaining factor of each later base a value is on.
    pub chains: Vec<Chain>,
}

/// One imported FOLK1A quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuarterTable {
    /// Its label, `2025K4`.
    pub quarter: QuarterLabel,
    /// Where it came from (the file's name), shown beside the figures.
    pub source: String,
    /// Each municipality's population, as the file gave it.
    pub populations: Vec<QuarterPopulation>,
}

/// A municipality's population in an imported quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuarterPopulation {
    /// Municipality code.
    pub code: u16,
    /// Residents; signed so that a negative number gets a clear message.
    pub population: i64,
}

/// A municipality joining or leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipChange {
    /// Municipality code.
    pub code: u16,
    /// The day its entry takes effect; required for a municipality not among the members.
    #[serde(default)]
    pub joins: Option<Date>,
    /// The day its exit takes effect; without it, the earliest its notice allows.
    #[serde(default)]
    pub leaves: Option<Date>,
    /// The day it gave notice to leave.
    #[serde(default)]
    pub notice: Option<Date>,
    /// Whether it pays its fee for the notice period; if not, the others cover it by the key.
    #[serde(default = "yes")]
    pub pays_notice: bool,
}

fn yes() -> bool {
    true
}

impl Default for Years {
    /// The new contract's five years, 2027–2031, split by population: today's staffing and the
    /// purchase's lines from 2027 (in 2027's prices, as offered), the tender budget in 2027 (the
    /// 2025 slides' prices). No index value after January 2024 is known here: the user types them.
    fn default() -> Years {
        Years {
            first_year: 2027,
            last_year: 2031,
            key: KeyId::Population,
            half_year_rule: true,
            costs: Vec::new(),
            staffing: Staffing {
                include: true,
                schedule: Schedule::Today,
            },
            purchase: Purchase {
                include: true,
                first_year: 2027,
                base_year: 2027,
            },
            tender: TenderOnce {
                include: true,
                year: 2027,
                base_year: 2025,
            },
            index: IndexSeries::default(),
            quarters: Vec::new(),
            changes: Vec::new(),
        }
    }
}

/// A budget year outside [`YEARS`], refused at `field`.
fn check_year(year: i32, field: Field) -> Result<(), Error> {
    let (first, last) = YEARS;
    let value = year.to_string();
    if year < first {
        let min = first.to_string();
        return Err(Error::new(field, Problem::TooSmall { value, min }));
    }
    if year > last {
        let max = last.to_string();
        return Err(Error::new(field, Problem::TooLarge { value, max }));
    }
    Ok(())
}

/// A decimal in (0, `max`] with at most `decimals` decimals, refused at `field`.
fn check_positive(value: Decimal, max: i64, decimals: u32, field: Field) -> Result<(), Error> {
    let text = value.to_string();
    if value <= Decimal::ZERO {
        return Err(Error::new(field, Problem::NotPositive { value: text }));
    }
    if value > Decimal::from(max) {
        let max = max.to_string();
        return Err(Error::new(field, Problem::TooLarge { value: text, max }));
    }
    if value.normalize().scale() > decimals {
        return Err(Error::new(
            field,
            Problem::TooPrecise {
                value: text,
                decimals,
            },
        ));
    }
    Ok(())
}

/// The entries of `list` before position `i`: those an entry must not repeat.
fn before<T>(list: &[T], i: usize) -> &[T] {
    list.get(..i).unwrap_or_default()
}

/// A list longer than `max`, refused at `field`.
fn check_count<T>(list: &[T], max: usize, field: Field) -> Result<(), Error> {
    if list.len() > max {
        return Err(Error::new(field, Problem::TooMany { max }));
    }
    Ok(())
}

/// Refuses what the section cannot be computed from, naming the field; `members` are the codes of
/// the scenario's members, who are members when the span starts.
///
/// # Errors
/// The first broken rule: a year outside [`YEARS`], a span longer than [`MAX_SPAN`] or ending before
/// it starts, a cost's amount or years, an index value or chaining factor out of range, a quarter
/// given twice or a population out of range, a change of an unknown municipality, a member joining,
/// a non-member without the day it joins, a date that is not the start of a period under the rule,
/// an exit before entry, or a notice that does not reach the exit.
pub fn check(years: &Years, members: &[u16]) -> Result<(), Error> {
    check_year(years.first_year, Field::FirstYear)?;
    check_year(years.last_year, Field::LastYear)?;
    if years.last_year < years.first_year {
        let (value, low) = (years.last_year.to_string(), years.first_year.to_string());
        return Err(Error::new(
            Field::LastYear,
            Problem::BelowLow { value, low },
        ));
    }
    let span = years.last_year - years.first_year + 1;
    if span > MAX_SPAN {
        let problem = Problem::SpanTooLong {
            value: span,
            max: MAX_SPAN,
        };
        return Err(Error::new(Field::LastYear, problem));
    }
    check_costs(&years.costs)?;
    check_year(years.purchase.first_year, Field::PurchaseFirstYear)?;
    check_year(years.purchase.base_year, Field::PurchaseBaseYear)?;
    check_year(years.tender.year, Field::TenderYear)?;
    check_year(years.tender.base_year, Field::TenderBaseYear)?;
    check_index(&years.index)?;
    check_quarters(&years.quarters)?;
    check_changes(years, members)
}

fn check_costs(costs: &[YearlyCost]) -> Result<(), Error> {
    check_count(costs, MAX_COSTS, Field::Costs)?;
    for (i, cost) in costs.iter().enumerate() {
        if cost.id == 0 {
            return Err(Error::new(
                Field::CostId(i),
                Problem::NotPositive { value: "0".into() },
            ));
        }
        if before(costs, i).iter().any(|earlier| earlier.id == cost.id) {
            return Err(Error::new(
                Field::CostId(i),
                Problem::DuplicateId { id: cost.id },
            ));
        }
        check_amount(cost.amount, Field::CostAmount(i))?;
        check_year(cost.base_year, Field::CostBaseYear(i))?;
        check_year(cost.from_year, Field::CostFromYear(i))?;
        check_year(cost.to_year, Field::CostToYear(i))?;
        if cost.to_year < cost.from_year {
            let (value, low) = (cost.to_year.to_string(), cost.from_year.to_string());
            return Err(Error::new(
                Field::CostToYear(i),
                Problem::BelowLow { value, low },
            ));
        }
    }
    Ok(())
}

fn check_index(index: &IndexSeries) -> Result<(), Error> {
    check_count(&index.values, MAX_INDEX_VALUES, Field::IndexValues)?;
    check_count(&index.chains, MAX_INDEX_VALUES, Field::Chains)?;
    for (i, chain) in index.chains.iter().enumerate() {
        check_positive(
            chain.factor,
            MAX_CHAIN,
            CHAIN_DECIMALS,
            Field::ChainFactor(i),
        )?;
        if chain.base <= BASE_2015 {
            let (value, min) = (chain.base.to_string(), (BASE_2015 + 1).to_string());
            return Err(Error::new(
                Field::ChainBase(i),
                Problem::TooSmall { value, min },
            ));
        }
        if before(&index.chains, i)
            .iter()
            .any(|c| c.base == chain.base)
        {
            let year = i32::from(chain.base);
            return Err(Error::new(
                Field::ChainBase(i),
                Problem::DuplicateYear { year },
            ));
        }
    }
    for (i, value) in index.values.iter().enumerate() {
        check_year(value.year, Field::IndexYear(i))?;
        if before(&index.values, i)
            .iter()
            .any(|v| v.year == value.year)
        {
            let year = value.year;
            return Err(Error::new(
                Field::IndexYear(i),
                Problem::DuplicateYear { year },
            ));
        }
        check_positive(value.value, MAX_INDEX, INDEX_DECIMALS, Field::IndexValue(i))?;
        if value.base != BASE_2015 && !index.chains.iter().any(|c| c.base == value.base) {
            let problem = Problem::NoChain { base: value.base };
            return Err(Error::new(Field::IndexBase(i), problem));
        }
    }
    Ok(())
}

fn check_quarters(quarters: &[QuarterTable]) -> Result<(), Error> {
    check_count(quarters, MAX_QUARTERS, Field::Quarters)?;
    for (i, table) in quarters.iter().enumerate() {
        if before(quarters, i)
            .iter()
            .any(|t| t.quarter == table.quarter)
        {
            let quarter = table.quarter.to_string();
            return Err(Error::new(
                Field::QuarterLabel(i),
                Problem::DuplicateQuarter { quarter },
            ));
        }
        for (j, row) in table.populations.iter().enumerate() {
            if dataset::find(dataset::Quarter::default(), row.code).is_none() {
                let problem = Problem::UnknownMunicipality { code: row.code };
                return Err(Error::new(Field::QuarterCode(i, j), problem));
            }
            if before(&table.populations, j)
                .iter()
                .any(|r| r.code == row.code)
            {
                let problem = Problem::Duplicate { code: row.code };
                return Err(Error::new(Field::QuarterCode(i, j), problem));
            }
            let field = Field::QuarterPopulation(i, j);
            let value = row.population.to_string();
            if row.population <= 0 {
                return Err(Error::new(field, Problem::NotPositive { value }));
            }
            if row.population > MAX_POPULATION {
                let max = MAX_POPULATION.to_string();
                return Err(Error::new(field, Problem::TooLarge { value, max }));
            }
        }
    }
    Ok(())
}

fn check_changes(years: &Years, members: &[u16]) -> Result<(), Error> {
    let changes = &years.changes;
    check_count(changes, MAX_CHANGES, Field::Changes)?;
    let periods = Periods::of(years.half_year_rule);
    for (i, change) in changes.iter().enumerate() {
        let code = change.code;
        if dataset::find(dataset::Quarter::default(), code).is_none() {
            let problem = Problem::UnknownMunicipality { code };
            return Err(Error::new(Field::ChangeCode(i), problem));
        }
        if before(changes, i).iter().any(|c| c.code == code) {
            return Err(Error::new(
                Field::ChangeCode(i),
                Problem::Duplicate { code },
            ));
        }
        match (members.contains(&code), change.joins) {
            (true, Some(_)) => {
                return Err(Error::new(
                    Field::ChangeJoins(i),
                    Problem::AlreadyMember { code },
                ))
            }
            (false, None) => return Err(Error::new(Field::ChangeJoins(i), Problem::Missing)),
            _ => {}
        }
        for (date, field) in [
            (change.joins, Field::ChangeJoins(i)),
            (change.leaves, Field::ChangeLeaves(i)),
        ] {
            if let Some(date) = date.filter(|&date| !periods.takes_effect_on(date)) {
                let problem = Problem::NotOnPeriodStart {
                    date,
                    half_years: years.half_year_rule,
                };
                return Err(Error::new(field, problem));
            }
        }
        if let (Some(joins), Some(leaves)) = (change.joins, change.leaves) {
            if leaves <= joins {
                let problem = Problem::NotAfter {
                    date: leaves,
                    after: joins,
                };
                return Err(Error::new(Field::ChangeLeaves(i), problem));
            }
        }
        if let Some(notice) = change.notice {
            let earliest = periods.earliest_exit(notice).ok_or_else(|| {
                let max = YEARS.1.to_string();
                Error::new(
                    Field::ChangeNotice(i),
                    Problem::TooLarge {
                        value: notice.to_string(),
                        max,
                    },
                )
            })?;
            if let Some(leaves) = change.leaves.filter(|&leaves| leaves < earliest) {
                let problem = Problem::NoticeTooLate {
                    notice,
                    earliest,
                    exit: leaves,
                };
                return Err(Error::new(Field::ChangeNotice(i), problem));
            }
        }
    }
    Ok(())
}
