//! Budget years (budgetår): the costs projected over a span of years, each regulated by January's net
//! price index (samarbejdsaftale § 6.1.3), each year's members and populations (§§ 6.1.2, 6.1.4),
//! and each member's bill, year by year, split by the key the user picks; members joining and
//! leaving with notice (§ 7.1), and what a leaver owes for its notice period and what the others
//! would pay if it does not.
//!
//! The rules are functions with the agreement's own examples ([`rules`]), the index and its exact
//! regulation ([`index`]); this module turns a scenario into the years' figures.
//!
//! Rounding: each cost line is regulated with the exact chained factor and rounded once to øre, half
//! away from zero, per year and line. A year's total is cut into its periods (half years, or months
//! without the agreement's rule) by the largest remainder, the earlier period taking a tie; periods in
//! a row with the same members, and the same standing of each notice, are split as one, by the key,
//! on whole øre, by the largest remainder over the members largest first. So every year's bills add up
//! to its total exactly.
//!
//! ```
//! use ddh_engine::{evaluate, Scenario};
//! use ddh_engine::years::index::IndexValue;
//! use rust_decimal::Decimal;
//! # fn main() -> Result<(), ddh_engine::Error> {
//! let mut scenario = Scenario::default();
//! // No January after 2024 is published here: the user types 2025 and 2026 (assumed values).
//! for (year, value) in [(2025, 120_0), (2026, 122_4)] {
//!     let value = Decimal::new(value, 1);
//!     scenario.years.index.values.push(IndexValue { year, value, base: 2015 });
//! }
//! scenario.years.last_year = 2027;
//! let report = evaluate(&scenario).years?;
//! let year = report.years[0].figures.as_ref().map_err(Clone::clone)?;
//! let bills: Vec<i64> = year.bills.iter().filter_map(|b| b.bill.to_ore()).collect();
//! assert_eq!(bills.iter().sum::<i64>(), year.total.to_ore().unwrap_or(-1));
//! assert_eq!(year.quarter.rule.to_string(), "2025K4"); // not carried: 2026K1 stands in
//! assert!(year.quarter.stood_in);
//! # Ok(())
//! # }
//! ```

pub mod edit;
pub mod field;
pub mod index;
pub mod quarter_csv;
pub mod report;
pub mod rules;
pub mod section;
pub mod table_csv;

use crate::areas::hours::section::Hours;
use crate::areas::keys::report::KeyId;
use crate::areas::keys::section::Keys;
use crate::areas::members::section::MemberSelection;
use crate::areas::members::Member;
use crate::areas::procurement::section::{Basis, Procurement, Timing};
use crate::areas::tender::Totals;
pub use crate::areas::years::field::Field;
use crate::common::dataset::{self, Region};
use crate::common::date::Date;
use crate::common::error::{Error, Problem};
use crate::common::money::{largest_remainder, round_half_away, Money};
use chrono::Datelike;
use index::{divide_half_away, january, regulate};
use report::{
    CostLine, JanuaryUse, LeaverReport, LineSource, NoticeFee, QuarterUse, SpanBill, SpanTotals,
    YearBill, YearFigures, YearRow, YearsReport,
};
use rules::{Periods, QuarterLabel, Tenure};
use rust_decimal::Decimal;
use section::{Schedule, Years};

/// What the other areas give the projection.
pub struct Sources<'a> {
    /// The scenario's members (resolved): the members when the span starts.
    pub members: Result<&'a [Member], &'a Error>,
    /// Their section: its quarter and population overrides.
    pub selection: &'a MemberSelection,
    /// The tender budget's totals.
    pub tender: Result<&'a Totals, &'a Error>,
    /// The procurement section: the purchase's lines and term.
    pub procurement: &'a Procurement,
    /// The hours section: the schedules, the calendar's holidays and the hourly rate.
    pub hours: &'a Hours,
    /// The keys section: the key's parameters and the members' calls.
    pub keys: &'a Keys,
    /// The agent minutes the keys share (the marketplace key hands them out); asked only for it.
    pub key_minutes: &'a dyn Fn() -> Result<u64, Error>,
}

/// Someone charged in some year of the span: a member when it starts, or one joining.
struct Party {
    code: u16,
    name: String,
    region: Region,
    tenure: Tenure,
    /// The notice given, and whether the notice period's fee is paid.
    notice: Option<(Date, bool)>,
}

/// A year's figures and each leaver's part of the notice periods in it.
struct YearOutcome {
    figures: YearFigures,
    /// Each party's bill, øre, by its place in the parties (0 where it is not charged).
    by_party: Vec<i64>,
    /// Whether each party is charged for some of the year.
    charged: Vec<bool>,
    fees: Vec<NoticePart>,
}

/// A leaver's part of one run of notice periods, and what each other party would pay in its place.
struct NoticePart {
    /// The leaver, by its place in the parties.
    leaver: usize,
    /// Its part, øre.
    part: i64,
    /// The others (by place) and their parts of it, øre, adding up to `part`.
    others: Vec<(usize, i64)>,
}

/// The budget years' figures.
///
/// # Errors
/// The first refused field of the years section; the members' error; the tender budget's where it is
/// projected; the procurement section's term and lines where the purchase is, the hours section's
/// schedules and staffing where the staffing is; the keys section's where the key is not population. An error of one year
/// alone (a missing index value) stays in that year's row.
pub fn report(years: &Years, sources: &Sources) -> Result<YearsReport, Error> {
    let members = sources.members.map_err(Clone::clone)?;
    let codes: Vec<u16> = members.iter().map(|m| m.code).collect();
    section::check(years, &codes)?;
    if years.tender.include {
        sources.tender.map_err(Clone::clone)?;
    }
    if years.purchase.include {
        crate::areas::procurement::section::check_purchase(sources.procurement)?;
    }
    if years.staffing.include {
        crate::areas::hours::section::check_staffing(sources.hours)?;
    }
    if years.key != KeyId::Population {
        crate::areas::keys::section::check(sources.keys)?;
    }
    let projection = Projection::new(years, sources, members);
    let span: Vec<i32> = (years.first_year..=years.last_year).collect();
    let outcomes: Vec<Result<YearOutcome, Error>> =
        span.iter().map(|&year| projection.year(year)).collect();
    let totals = projection.totals(&outcomes);
    let leavers = projection.leavers(&outcomes);
    let rows = span
        .iter()
        .zip(outcomes)
        .map(|(&year, outcome)| YearRow {
            year,
            figures: outcome.map(|o| o.figures),
        })
        .collect();
    Ok(YearsReport {
        first_year: years.first_year,
        last_year: years.last_year,
        key: years.key,
        periods_per_year: projection.periods.per_year(),
        years: rows,
        totals,
        januaries: projection.januaries(),
        leavers,
    })
}

struct Projection<'a> {
    years: &'a Years,
    sources: &'a Sources<'a>,
    periods: Periods,
    parties: Vec<Party>,
}

impl<'a> Projection<'a> {
    fn new(years: &'a Years, sources: &'a Sources<'a>, members: &[Member]) -> Projection<'a> {
        let periods = Periods::of(years.half_year_rule);
        let change_of = |code: u16| years.changes.iter().find(|c| c.code == code);
        let mut parties: Vec<Party> = members
            .iter()
            .map(|m| (m.code, m.name.clone(), m.region))
            .chain(years.changes.iter().filter_map(|change| {
                let known = members.iter().any(|m| m.code == change.code);
                let municipality = dataset::find(dataset::Quarter::default(), change.code);
                municipality
                    .filter(|_| !known)
                    .map(|m| (m.code, m.name.clone(), m.region))
            }))
            .map(|(code, name, region)| {
                let change = change_of(code);
                let notice = change.and_then(|c| c.notice.map(|n| (n, c.pays_notice)));
                let leaves = change.and_then(|c| {
                    c.leaves
                        .or_else(|| c.notice.and_then(|n| periods.earliest_exit(n)))
                });
                Party {
                    code,
                    name,
                    region,
                    tenure: Tenure {
                        joins: change.and_then(|c| c.joins),
                        leaves,
                    },
                    notice,
                }
            })
            .collect();
        crate::common::order::sort_by(&mut parties, |a, b| a.code.cmp(&b.code));
        Projection {
            years,
            sources,
            periods,
            parties,
        }
    }

    /// The quarter `year` uses, and where its populations are: an imported table's place, or the
    /// quarter the data set carries.
    fn quarter(&self, year: i32) -> (QuarterUse, Option<usize>, Option<dataset::Quarter>) {
        let rule = rules::population_quarter(year);
        let imported = self.years.quarters.iter().map(|t| t.quarter);
        let carried = dataset::Quarter::ALL
            .iter()
            .filter_map(|q| QuarterLabel::parse(q.label()));
        let mut loaded: Vec<QuarterLabel> = imported.chain(carried).collect();
        crate::common::order::sort_by(&mut loaded, |a, b| a.cmp(b));
        let used = if loaded.contains(&rule) {
            rule
        } else {
            // The nearest loaded quarter; between two as near, the earlier.
            loaded
                .iter()
                .copied()
                .min_by_key(|q| ((q.ordinal() - rule.ordinal()).abs(), q.ordinal()))
                .unwrap_or(rule)
        };
        let table = self.years.quarters.iter().position(|t| t.quarter == used);
        let carried = dataset::Quarter::ALL
            .into_iter()
            .find(|q| QuarterLabel::parse(q.label()) == Some(used));
        let quarter = QuarterUse {
            rule,
            used,
            stood_in: used != rule,
            imported: table.is_some(),
        };
        (quarter, table, carried)
    }

    /// A party's population in the quarter used.
    fn population(
        &self,
        code: u16,
        quarter: &QuarterUse,
        table: Option<usize>,
        carried: Option<dataset::Quarter>,
    ) -> Result<u64, Error> {
        if let Some(i) = table {
            let rows = self.years.quarters.get(i).map(|t| t.populations.as_slice());
            let row = rows.unwrap_or_default().iter().find(|r| r.code == code);
            let missing = || {
                let quarter = quarter.used.to_string();
                Error::new(Field::Quarter(i), Problem::NotInQuarter { code, quarter })
            };
            return row
                .and_then(|r| u64::try_from(r.population).ok())
                .ok_or_else(missing);
        }
        let selection = self.sources.selection;
        let overridden = selection
            .population_overrides
            .iter()
            .find(|o| o.code == code && Some(selection.quarter) == carried);
        if let Some(population) = overridden.and_then(|o| u64::try_from(o.population).ok()) {
            return Ok(population);
        }
        carried
            .and_then(|q| dataset::find(q, code))
            .map(|m| m.population)
            .ok_or_else(|| {
                let quarter = quarter.used.to_string();
                Error::new(Field::Quarters, Problem::NotInQuarter { code, quarter })
            })
    }

    /// One budget year.
    fn year(&self, year: i32) -> Result<YearOutcome, Error> {
        let per_year = self.periods.per_year();
        let starts: Vec<Date> = (0..per_year)
            .filter_map(|i| self.periods.start(year, i))
            .collect();
        let sets: Vec<Vec<usize>> = starts
            .iter()
            .map(|&start| {
                (0..self.parties.len())
                    .filter(|&p| {
                        self.parties
                            .get(p)
                            .is_some_and(|party| party.tenure.member_on(start))
                    })
                    .collect()
            })
            .collect();
        let (quarter, table, carried) = self.quarter(year);
        let mut populations = vec![0u64; self.parties.len()];
        for &p in sets.iter().flatten() {
            if let (Some(party), Some(slot)) = (self.parties.get(p), populations.get_mut(p)) {
                *slot = self.population(party.code, &quarter, table, carried)?;
            }
        }
        let lines = self.lines(year, &sets, &populations)?;
        let overflow = || Error::new(Field::Costs, Problem::Overflow);
        let total_ore = lines
            .iter()
            .try_fold(0i64, |sum, line| sum.checked_add(line.amount.to_ore()?))
            .ok_or_else(overflow)?;
        let total_wide = u128::try_from(total_ore).map_err(|_| overflow())?;
        let period_costs = largest_remainder(total_wide, &vec![1; sets.len()])
            .map_err(|_| Error::new(Field::FirstYear, Problem::NoMembers))?;

        let mut bills = vec![0i64; self.parties.len()];
        let mut extras = vec![0i64; self.parties.len()];
        let mut periods_charged = vec![0u32; self.parties.len()];
        let mut fees: Vec<NoticePart> = Vec::new();
        // Periods in a row with the same members and the same standing of each notice are one.
        let mut p = 0;
        while p < sets.len() {
            let standing = |q: usize| {
                let start = starts.get(q).copied().unwrap_or_default();
                (
                    sets.get(q).cloned().unwrap_or_default(),
                    self.in_notice(start),
                )
            };
            let here = standing(p);
            let mut end = p + 1;
            while end < sets.len() && standing(end) == here {
                end += 1;
            }
            let cost: u128 = period_costs.get(p..end).unwrap_or_default().iter().sum();
            let cost = i64::try_from(cost).map_err(|_| overflow())?;
            let (set, in_notice) = here;
            for &party in &set {
                if let Some(count) = periods_charged.get_mut(party) {
                    *count += u32::try_from(end - p).unwrap_or(0);
                }
            }
            let parts = self.split(&set, &populations, cost)?;
            let unpaid: Vec<usize> = in_notice
                .iter()
                .filter(|&&party| {
                    self.parties
                        .get(party)
                        .and_then(|x| x.notice)
                        .is_some_and(|(_, pays)| !pays)
                })
                .copied()
                .collect();
            for (&party, &part) in set.iter().zip(&parts) {
                if !unpaid.contains(&party) {
                    add(&mut bills, party, part);
                }
            }
            for &leaver in &in_notice {
                let part = set
                    .iter()
                    .position(|&x| x == leaver)
                    .and_then(|i| parts.get(i).copied())
                    .unwrap_or(0);
                let others: Vec<usize> = set
                    .iter()
                    .copied()
                    .filter(|&x| x != leaver && !unpaid.contains(&x))
                    .collect();
                if others.is_empty() {
                    return Err(Error::new(Field::Changes, Problem::NoMembers));
                }
                let extra = self.split(&others, &populations, part)?;
                let extra: Vec<(usize, i64)> = others.iter().copied().zip(extra).collect();
                if unpaid.contains(&leaver) {
                    for &(other, amount) in &extra {
                        add(&mut bills, other, amount);
                        add(&mut extras, other, amount);
                    }
                }
                fees.push(NoticePart {
                    leaver,
                    part,
                    others: extra,
                });
            }
            p = end;
        }

        let weight: u128 = sets
            .iter()
            .flatten()
            .map(|&p| u128::from(populations.get(p).copied().unwrap_or(0)))
            .sum();
        let per_year_wide = i128::from(per_year);
        let price_ore = i128::try_from(weight)
            .ok()
            .and_then(|w| divide_half_away(i128::from(total_ore) * per_year_wide, w))
            .unwrap_or(0);
        let citizens = Decimal::from_i128_with_scale(i128::try_from(weight).unwrap_or(0), 0)
            / Decimal::from(per_year);
        let mut charged: Vec<usize> = (0..self.parties.len())
            .filter(|&p| periods_charged.get(p).is_some_and(|&c| c > 0))
            .collect();
        // Largest first, the lower code first on equal populations (`members::largest_first`).
        crate::common::order::sort_by(&mut charged, |&a, &b| {
            let population = |p: usize| populations.get(p).copied().unwrap_or(0);
            population(b)
                .cmp(&population(a))
                .then(self.code(a).cmp(&self.code(b)))
        });
        let bill_rows = charged
            .iter()
            .filter_map(|&p| {
                let party = self.parties.get(p)?;
                Some(YearBill {
                    code: party.code,
                    name: party.name.clone(),
                    population: populations.get(p).copied().unwrap_or(0),
                    periods: periods_charged.get(p).copied().unwrap_or(0),
                    bill: Money::from_ore(bills.get(p).copied().unwrap_or(0)),
                    extra: Money::from_ore(extras.get(p).copied().unwrap_or(0)),
                })
            })
            .collect();
        let point = |year| january(year, &self.years.index).ok();
        let (from, to) = rules::index_januaries(year);
        Ok(YearOutcome {
            figures: YearFigures {
                lines,
                total: Money::from_ore(total_ore),
                index_from: point(from),
                index_to: point(to),
                quarter,
                member_count: charged.len(),
                citizens: round_half_away(citizens, 2),
                price_per_citizen: Decimal::new(i64::try_from(price_ore).unwrap_or(0), 2),
                bills: bill_rows,
            },
            by_party: bills,
            charged: periods_charged.iter().map(|&count| count > 0).collect(),
            fees,
        })
    }

    fn code(&self, party: usize) -> u16 {
        self.parties.get(party).map_or(0, |p| p.code)
    }

    /// The leavers whose notice period holds the period starting `start`, in party order.
    fn in_notice(&self, start: Date) -> Vec<usize> {
        (0..self.parties.len())
            .filter(|&p| {
                self.parties.get(p).is_some_and(|party| match party.notice {
                    Some((notice, _)) => {
                        notice <= start && party.tenure.leaves.is_some_and(|exit| start < exit)
                    }
                    None => false,
                })
            })
            .collect()
    }

    /// The parties as members, with their populations in the year.
    fn members_of(&self, parties: &[usize], populations: &[u64]) -> Vec<Member> {
        parties
            .iter()
            .filter_map(|&p| {
                let party = self.parties.get(p)?;
                Some(Member {
                    code: party.code,
                    name: party.name.clone(),
                    region: party.region,
                    population: populations.get(p).copied().unwrap_or(0),
                    population_overridden: false,
                })
            })
            .collect()
    }

    /// `cost_ore` split among `set` by the key, in `set`'s order.
    fn split(&self, set: &[usize], populations: &[u64], cost_ore: i64) -> Result<Vec<i64>, Error> {
        // Largest first, the lower code first on equal populations (`members::largest_first`).
        let population = |i: usize| set.get(i).and_then(|&p| populations.get(p)).copied();
        let mut order: Vec<usize> = (0..set.len()).collect();
        crate::common::order::sort_by(&mut order, |&a, &b| {
            let code = |i: usize| set.get(i).map(|&p| self.code(p));
            population(b)
                .cmp(&population(a))
                .then(code(a).cmp(&code(b)))
        });
        let parts = if self.years.key == KeyId::Population {
            let weights: Vec<u128> = order
                .iter()
                .map(|&i| u128::from(population(i).unwrap_or(0)))
                .collect();
            let total = u128::try_from(cost_ore).unwrap_or(0);
            largest_remainder(total, &weights)
                .map_err(|_| Error::new(Field::Key, Problem::AllZero))?
                .into_iter()
                .map(|p| i64::try_from(p).unwrap_or(i64::MAX))
                .collect()
        } else {
            let minutes = if self.years.key == KeyId::Marketplace {
                (self.sources.key_minutes)()?
            } else {
                0
            };
            let members = self.members_of(set, populations);
            let sorted: Vec<&Member> = order.iter().filter_map(|&i| members.get(i)).collect();
            let calls = self.sources.hours.calls.per_year;
            crate::areas::keys::split_cost(
                self.sources.keys,
                self.years.key,
                calls,
                &sorted,
                minutes,
                cost_ore,
            )?
        };
        // Back from largest first to `set`'s order.
        let mut in_set = vec![0i64; set.len()];
        for (&i, part) in order.iter().zip(parts) {
            if let Some(slot) = in_set.get_mut(i) {
                *slot = part;
            }
        }
        Ok(in_set)
    }

    /// The costs paid in `year`, each regulated to its prices.
    fn lines(
        &self,
        year: i32,
        sets: &[Vec<usize>],
        populations: &[u64],
    ) -> Result<Vec<CostLine>, Error> {
        let years = self.years;
        let mut lines = Vec::new();
        let overflow = || Error::new(Field::Costs, Problem::Overflow);
        for cost in &years.costs {
            if (cost.from_year..=cost.to_year).contains(&year) {
                let ore = cost.amount.to_ore().ok_or_else(overflow)?;
                let source = LineSource::Listed { id: cost.id };
                lines.push(self.line(
                    year,
                    source,
                    &cost.name,
                    cost.base_year,
                    (i128::from(ore), 1),
                )?);
            }
        }
        if years.staffing.include {
            let hours = self.sources.hours;
            let week = match years.staffing.schedule {
                Schedule::Today => &hours.today,
                Schedule::Proposed => &hours.proposed,
            };
            let minutes = crate::areas::hours::staffed_minutes(hours, week, year)?;
            let rate = hours.staffing.hourly_rate.to_ore().ok_or_else(overflow)?;
            let base = (i128::from(rate) * i128::from(minutes), 60);
            lines.push(self.line(year, LineSource::Staffing, "", hours.year, base)?);
        }
        if years.purchase.include {
            lines.extend(self.purchase(year, sets, populations)?);
        }
        if years.tender.include && years.tender.year == year {
            let totals = self.sources.tender.map_err(Clone::clone)?;
            let ore = totals.total.to_ore().ok_or_else(overflow)?;
            let base = (i128::from(ore), 1);
            lines.push(self.line(year, LineSource::Tender, "", years.tender.base_year, base)?);
        }
        Ok(lines)
    }

    /// The purchase's recurring lines in `year`: each a price a year (a monthly one twelve times)
    /// times its units (1, the members or their citizens, each counted for the periods it is charged)
    /// for the months of the term in the year.
    fn purchase(
        &self,
        year: i32,
        sets: &[Vec<usize>],
        populations: &[u64],
    ) -> Result<Vec<CostLine>, Error> {
        let purchase = self.years.purchase;
        let procurement = self.sources.procurement;
        let overflow = || Error::new(Field::Costs, Problem::Overflow);
        let elapsed = i64::from(year - purchase.first_year) * 12;
        let term = if procurement.term.indefinite {
            i64::MAX
        } else {
            i64::from(procurement.term.months) + i64::from(procurement.extension_months)
        };
        let months = if elapsed < 0 {
            0
        } else {
            (term - elapsed).clamp(0, 12)
        };
        if months == 0 {
            return Ok(Vec::new());
        }
        let per_year = i128::from(self.periods.per_year());
        let mut lines = Vec::new();
        for line in &procurement.lines {
            let times_a_year = match line.timing {
                Timing::OneOff => continue,
                Timing::Monthly => 12,
                Timing::Yearly => 1,
            };
            let units: i128 = match line.basis {
                Basis::Flat => per_year,
                Basis::PerMunicipality => sets.iter().map(|s| s.len() as i128).sum(),
                Basis::PerCitizen => sets
                    .iter()
                    .flatten()
                    .map(|&p| i128::from(populations.get(p).copied().unwrap_or(0)))
                    .sum(),
            };
            let ore = line.amount.to_ore().ok_or_else(overflow)?;
            let numerator = i128::from(ore)
                .checked_mul(times_a_year * units * i128::from(months))
                .ok_or_else(overflow)?;
            let base = (numerator, 12 * per_year);
            let source = LineSource::Purchase { id: line.id };
            lines.push(self.line(year, source, &line.name, purchase.base_year, base)?);
        }
        Ok(lines)
    }

    /// A cost of `base` (øre over a denominator) in `base_year`'s prices, regulated to `year`'s.
    fn line(
        &self,
        year: i32,
        source: LineSource,
        name: &str,
        base_year: i32,
        base: (i128, i128),
    ) -> Result<CostLine, Error> {
        let overflow = || Error::new(Field::Costs, Problem::Overflow);
        let (numerator, denominator) = base;
        let base_ore = divide_half_away(numerator, denominator).ok_or_else(overflow)?;
        let base_amount = Money::from_ore(i64::try_from(base_ore).map_err(|_| overflow())?);
        let (amount, factor) = if base_year == year {
            (base_amount, round_half_away(Decimal::ONE, 6))
        } else {
            let to = january(year - 1, &self.years.index)?;
            let from = january(base_year - 1, &self.years.index)?;
            let factor = index::factor(&to, &from);
            let ore = regulate(numerator, denominator, factor).ok_or_else(overflow)?;
            let shown = factor.0.checked_div(factor.1).ok_or_else(overflow)?;
            (Money::from_ore(ore), round_half_away(shown, 6))
        };
        Ok(CostLine {
            source,
            name: name.to_owned(),
            base_year,
            base_amount,
            factor,
            amount,
        })
    }

    /// The span's totals, or the first year's error.
    fn totals(&self, outcomes: &[Result<YearOutcome, Error>]) -> Result<SpanTotals, Error> {
        let figures: Vec<&YearFigures> = outcomes
            .iter()
            .map(|o| o.as_ref().map(|o| &o.figures).map_err(Clone::clone))
            .collect::<Result<_, _>>()?;
        let overflow = || Error::new(Field::Costs, Problem::Overflow);
        let total = figures
            .iter()
            .try_fold(Money::ZERO, |sum, f| sum.checked_add(f.total))
            .ok_or_else(overflow)?;
        let first_price = figures
            .first()
            .map_or(Decimal::ZERO, |f| f.price_per_citizen);
        let last_price = figures
            .last()
            .map_or(Decimal::ZERO, |f| f.price_per_citizen);
        let change_percent = if first_price.is_zero() {
            Decimal::ZERO
        } else {
            round_half_away(
                (last_price - first_price) * Decimal::ONE_HUNDRED / first_price,
                2,
            )
        };
        // Each party's bills added up, by its place in the parties.
        let mut sums = vec![0i64; self.parties.len()];
        let mut charged = vec![false; self.parties.len()];
        for outcome in outcomes.iter().flatten() {
            let parts = outcome.by_party.iter().zip(&outcome.charged);
            for ((sum, seen), (&bill, &in_year)) in
                sums.iter_mut().zip(charged.iter_mut()).zip(parts)
            {
                *sum = sum.checked_add(bill).ok_or_else(overflow)?;
                *seen |= in_year;
            }
        }
        let mut bills: Vec<SpanBill> = self
            .parties
            .iter()
            .zip(sums.iter().zip(&charged))
            .filter(|(_, (_, &seen))| seen)
            .map(|(party, (&total, _))| SpanBill {
                code: party.code,
                name: party.name.clone(),
                total: Money::from_ore(total),
            })
            .collect();
        crate::common::order::sort_by(&mut bills, |a, b| {
            b.total.cmp(&a.total).then(a.code.cmp(&b.code))
        });
        Ok(SpanTotals {
            total,
            first_price,
            last_price,
            change_percent,
            bills,
        })
    }

    /// The January values the span needs: each year's own step, and each cost's base year.
    fn januaries(&self) -> Vec<JanuaryUse> {
        let years = self.years;
        let mut needed: Vec<i32> = (years.first_year..=years.last_year)
            .flat_map(|y| {
                let (from, to) = rules::index_januaries(y);
                [from, to]
            })
            .collect();
        let mut bases: Vec<i32> = years.costs.iter().map(|c| c.base_year).collect();
        if years.staffing.include {
            bases.push(self.sources.hours.year);
        }
        if years.purchase.include {
            bases.push(years.purchase.base_year);
        }
        if years.tender.include {
            bases.push(years.tender.base_year);
        }
        needed.extend(bases.iter().map(|b| b - 1));
        crate::common::order::sort_by(&mut needed, |a, b| a.cmp(b));
        needed.dedup();
        needed
            .into_iter()
            .map(|year| JanuaryUse {
                year,
                point: january(year, &years.index).ok(),
            })
            .collect()
    }

    /// Each member leaving, with its notice and its fee for the notice period.
    fn leavers(&self, outcomes: &[Result<YearOutcome, Error>]) -> Vec<LeaverReport> {
        let mut leavers = Vec::new();
        for change in &self.years.changes {
            let Some((p, party)) = self
                .parties
                .iter()
                .enumerate()
                .find(|(_, x)| x.code == change.code)
            else {
                continue;
            };
            let (Some((notice, pays)), Some(exit)) = (party.notice, party.tenure.leaves) else {
                continue;
            };
            let earliest_exit = self.periods.earliest_exit(notice).unwrap_or(exit);
            let mut starts = Vec::new();
            let mut outside_span = false;
            for year in notice.0.year()..=exit.0.year() {
                for start in
                    (0..self.periods.per_year()).filter_map(|i| self.periods.start(year, i))
                {
                    if notice <= start && start < exit {
                        if (self.years.first_year..=self.years.last_year).contains(&year) {
                            starts.push(start);
                        } else {
                            outside_span = true;
                        }
                    }
                }
            }
            leavers.push(LeaverReport {
                code: party.code,
                name: party.name.clone(),
                notice,
                earliest_exit,
                exit,
                notice_periods: starts.clone(),
                outside_span,
                pays,
                fee: self.fee(p, &starts, outcomes),
            });
        }
        leavers
    }

    /// A leaver's fee over the years of its notice period, and the others' parts of it.
    fn fee(
        &self,
        leaver: usize,
        starts: &[Date],
        outcomes: &[Result<YearOutcome, Error>],
    ) -> Result<NoticeFee, Error> {
        let mut amount = 0i64;
        let mut others: Vec<(usize, i64)> = Vec::new();
        let span_years: Vec<i32> = (self.years.first_year..=self.years.last_year).collect();
        for (year, outcome) in span_years.iter().zip(outcomes) {
            if !starts.iter().any(|s| s.0.year() == *year) {
                continue;
            }
            let outcome = outcome.as_ref().map_err(Clone::clone)?;
            for notice in outcome.fees.iter().filter(|notice| notice.leaver == leaver) {
                amount = amount.saturating_add(notice.part);
                for &(other, add_) in &notice.others {
                    match others.iter_mut().find(|(o, _)| *o == other) {
                        Some((_, sum)) => *sum = sum.saturating_add(add_),
                        None => others.push((other, add_)),
                    }
                }
            }
        }
        let mut others: Vec<SpanBill> = others
            .into_iter()
            .filter_map(|(p, total)| {
                let party = self.parties.get(p)?;
                Some(SpanBill {
                    code: party.code,
                    name: party.name.clone(),
                    total: Money::from_ore(total),
                })
            })
            .collect();
        crate::common::order::sort_by(&mut others, |a, b| {
            b.total.cmp(&a.total).then(a.code.cmp(&b.code))
        });
        Ok(NoticeFee {
            amount: Money::from_ore(amount),
            others,
        })
    }
}

fn add(values: &mut [i64], at: usize, amount: i64) {
    if let Some(value) = values.get_mut(at) {
        *value = value.saturating_add(amount);
    }
}
