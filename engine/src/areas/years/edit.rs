//! The changes a user makes to the years section, and their rules. An edit refuses only what cannot
//! be stored (a cost or a change that is not there, too many entries); what is stored and breaks a
//! rule is refused by the area's figures, at its field, and the rest of the scenario still shows.

use crate::areas::keys::report::KeyId;
use crate::areas::years::field::Field;
use crate::areas::years::index::{Chain, IndexValue};
use crate::areas::years::rules::QuarterLabel;
use crate::areas::years::section::{
    MembershipChange, QuarterTable, Schedule, YearlyCost, Years, MAX_CHANGES, MAX_COSTS,
    MAX_INDEX_VALUES, MAX_QUARTERS,
};
use crate::common::date::Date;
use crate::common::error::{Error, Problem};
use crate::common::money::Money;
use rust_decimal::Decimal;

/// One change to the years section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearsEdit {
    /// The span's first year.
    SetFirstYear(i32),
    /// The span's last year.
    SetLastYear(i32),
    /// The key the bills are split by.
    SetKey(KeyId),
    /// The agreement's half-year rule on or off.
    SetHalfYearRule(bool),
    /// A new yearly cost at the end of the list, 0 kr. in the span's first year's prices, paid over
    /// the whole span.
    AddCost,
    /// Removes a cost.
    RemoveCost(u32),
    /// A cost's name.
    SetCostName {
        /// The cost.
        id: u32,
        /// Its new name.
        name: String,
    },
    /// A cost's amount a year.
    SetCostAmount {
        /// The cost.
        id: u32,
        /// Kroner a year in its base year's prices.
        amount: Money,
    },
    /// The year whose prices a cost is in.
    SetCostBaseYear {
        /// The cost.
        id: u32,
        /// The year.
        year: i32,
    },
    /// The first year a cost is paid.
    SetCostFromYear {
        /// The cost.
        id: u32,
        /// The year.
        year: i32,
    },
    /// The last year a cost is paid.
    SetCostToYear {
        /// The cost.
        id: u32,
        /// The year.
        year: i32,
    },
    /// Whether the staffing plan is projected.
    IncludeStaffing(bool),
    /// Which schedule's staffing.
    SetStaffingSchedule(Schedule),
    /// Whether the purchase is projected.
    IncludePurchase(bool),
    /// The purchase's first year.
    SetPurchaseFirstYear(i32),
    /// The year whose prices the purchase's lines are in.
    SetPurchaseBaseYear(i32),
    /// Whether the tender budget is projected.
    IncludeTender(bool),
    /// The year the tender budget is paid.
    SetTenderYear(i32),
    /// The year whose prices the tender budget is in.
    SetTenderBaseYear(i32),
    /// A January value typed, or `None` to take it away (the published one, if any, counts again).
    SetIndexValue {
        /// The year whose January it is.
        year: i32,
        /// The value, or none.
        value: Option<Decimal>,
        /// Its base, 2015 or a later one.
        base: u16,
    },
    /// A later base's chaining factor, or `None` to take it away.
    SetChain {
        /// The base.
        base: u16,
        /// Points on 2015=100 per point on the base, or none.
        factor: Option<Decimal>,
    },
    /// Imported quarters, each replacing one of the same quarter.
    ImportQuarters(Vec<QuarterTable>),
    /// Takes an imported quarter away.
    RemoveQuarter(QuarterLabel),
    /// A municipality joining (one not a member, from the span's first 1 January) or leaving (a
    /// member; its notice or exit then typed).
    AddChange {
        /// The municipality.
        code: u16,
        /// Whether it is among the members when the span starts.
        member: bool,
    },
    /// Takes a change away.
    RemoveChange(u16),
    /// The day a municipality's entry takes effect.
    SetJoins {
        /// The municipality.
        code: u16,
        /// The day, or none (a member from before).
        date: Option<Date>,
    },
    /// The day a member's exit takes effect, or none (the earliest its notice allows).
    SetLeaves {
        /// The municipality.
        code: u16,
        /// The day, or none.
        date: Option<Date>,
    },
    /// The day a member gave notice, or none.
    SetNotice {
        /// The municipality.
        code: u16,
        /// The day, or none.
        date: Option<Date>,
    },
    /// Whether a leaver pays its fee for the notice period.
    SetPaysNotice {
        /// The municipality.
        code: u16,
        /// Whether it pays.
        pays: bool,
    },
}

impl Years {
    /// Applies `edit`. On an error the section is unchanged.
    ///
    /// # Errors
    /// [`Problem::UnknownItem`] for a cost that is not listed, [`Problem::NotAMember`] for a change of
    /// a municipality not listed among the changes, [`Problem::TooMany`] for a list at its limit.
    ///
    /// ```
    /// use ddh_engine::years::{edit::YearsEdit, section::Years};
    /// use ddh_engine::date::Date;
    /// # fn main() -> Result<(), ddh_engine::error::Error> {
    /// let mut years = Years::default();
    /// years.apply(YearsEdit::AddChange { code: 727, member: true })?; // Odder leaves...
    /// years.apply(YearsEdit::SetNotice { code: 727, date: Date::from_ymd(2027, 6, 30) })?;
    /// assert_eq!(years.changes[0].notice, Date::from_ymd(2027, 6, 30));
    /// assert!(years.apply(YearsEdit::SetNotice { code: 101, date: None }).is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: YearsEdit) -> Result<(), Error> {
        match edit {
            YearsEdit::SetFirstYear(year) => self.first_year = year,
            YearsEdit::SetLastYear(year) => self.last_year = year,
            YearsEdit::SetKey(key) => self.key = key,
            YearsEdit::SetHalfYearRule(on) => self.half_year_rule = on,
            YearsEdit::AddCost => {
                if self.costs.len() >= MAX_COSTS {
                    return Err(Error::new(
                        Field::Costs,
                        Problem::TooMany { max: MAX_COSTS },
                    ));
                }
                let id = self.costs.iter().map(|c| c.id).max().unwrap_or(0) + 1;
                self.costs.push(YearlyCost {
                    id,
                    name: String::new(),
                    amount: Money::ZERO,
                    base_year: self.first_year,
                    from_year: self.first_year,
                    to_year: self.last_year,
                });
            }
            YearsEdit::RemoveCost(id) => {
                self.cost(id)?;
                self.costs.retain(|c| c.id != id);
            }
            YearsEdit::SetCostName { id, name } => self.cost(id)?.name = name,
            YearsEdit::SetCostAmount { id, amount } => self.cost(id)?.amount = amount,
            YearsEdit::SetCostBaseYear { id, year } => self.cost(id)?.base_year = year,
            YearsEdit::SetCostFromYear { id, year } => self.cost(id)?.from_year = year,
            YearsEdit::SetCostToYear { id, year } => self.cost(id)?.to_year = year,
            YearsEdit::IncludeStaffing(on) => self.staffing.include = on,
            YearsEdit::SetStaffingSchedule(schedule) => self.staffing.schedule = schedule,
            YearsEdit::IncludePurchase(on) => self.purchase.include = on,
            YearsEdit::SetPurchaseFirstYear(year) => self.purchase.first_year = year,
            YearsEdit::SetPurchaseBaseYear(year) => self.purchase.base_year = year,
            YearsEdit::IncludeTender(on) => self.tender.include = on,
            YearsEdit::SetTenderYear(year) => self.tender.year = year,
            YearsEdit::SetTenderBaseYear(year) => self.tender.base_year = year,
            YearsEdit::SetIndexValue { year, value, base } => {
                let values = &mut self.index.values;
                match (values.iter().position(|v| v.year == year), value) {
                    (Some(at), Some(value)) => {
                        if let Some(slot) = values.get_mut(at) {
                            *slot = IndexValue { year, value, base };
                        }
                    }
                    (Some(at), None) => {
                        values.remove(at);
                    }
                    (None, Some(value)) => {
                        if values.len() >= MAX_INDEX_VALUES {
                            let max = MAX_INDEX_VALUES;
                            return Err(Error::new(Field::IndexValues, Problem::TooMany { max }));
                        }
                        values.push(IndexValue { year, value, base });
                        crate::common::order::sort_by(values, |a, b| a.year.cmp(&b.year));
                    }
                    (None, None) => {}
                }
            }
            YearsEdit::SetChain { base, factor } => {
                let chains = &mut self.index.chains;
                chains.retain(|c| c.base != base);
                if let Some(factor) = factor {
                    if chains.len() >= MAX_INDEX_VALUES {
                        let max = MAX_INDEX_VALUES;
                        return Err(Error::new(Field::Chains, Problem::TooMany { max }));
                    }
                    chains.push(Chain { base, factor });
                }
            }
            YearsEdit::ImportQuarters(tables) => {
                let mut quarters = self.quarters.clone();
                for table in tables {
                    quarters.retain(|t| t.quarter != table.quarter);
                    quarters.push(table);
                }
                if quarters.len() > MAX_QUARTERS {
                    return Err(Error::new(
                        Field::Quarters,
                        Problem::TooMany { max: MAX_QUARTERS },
                    ));
                }
                crate::common::order::sort_by(&mut quarters, |a, b| a.quarter.cmp(&b.quarter));
                self.quarters = quarters;
            }
            YearsEdit::RemoveQuarter(quarter) => self.quarters.retain(|t| t.quarter != quarter),
            YearsEdit::AddChange { code, member } => {
                if self.changes.iter().any(|c| c.code == code) {
                    return Ok(());
                }
                if self.changes.len() >= MAX_CHANGES {
                    return Err(Error::new(
                        Field::Changes,
                        Problem::TooMany { max: MAX_CHANGES },
                    ));
                }
                self.changes.push(MembershipChange {
                    code,
                    joins: if member {
                        None
                    } else {
                        Date::from_ymd(self.first_year, 1, 1)
                    },
                    leaves: None,
                    notice: None,
                    pays_notice: true,
                });
            }
            YearsEdit::RemoveChange(code) => {
                self.change(code)?;
                self.changes.retain(|c| c.code != code);
            }
            YearsEdit::SetJoins { code, date } => self.change(code)?.joins = date,
            YearsEdit::SetLeaves { code, date } => self.change(code)?.leaves = date,
            YearsEdit::SetNotice { code, date } => self.change(code)?.notice = date,
            YearsEdit::SetPaysNotice { code, pays } => self.change(code)?.pays_notice = pays,
        }
        Ok(())
    }

    fn cost(&mut self, id: u32) -> Result<&mut YearlyCost, Error> {
        self.costs
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or_else(|| Error::new(Field::Costs, Problem::UnknownItem { id }))
    }

    fn change(&mut self, code: u16) -> Result<&mut MembershipChange, Error> {
        self.changes
            .iter_mut()
            .find(|c| c.code == code)
            .ok_or_else(|| Error::new(Field::Changes, Problem::NotAMember { code }))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn a_cost_is_added_edited_and_removed_by_its_id() {
        let mut years = Years::default();
        years.apply(YearsEdit::AddCost).unwrap();
        years.apply(YearsEdit::AddCost).unwrap();
        assert_eq!(years.costs.iter().map(|c| c.id).collect::<Vec<_>>(), [1, 2]);
        years
            .apply(YearsEdit::SetCostAmount {
                id: 2,
                amount: Money::from_ore(100),
            })
            .unwrap();
        years.apply(YearsEdit::RemoveCost(1)).unwrap();
        assert_eq!(years.costs[0].amount, Money::from_ore(100));
        let before = years.clone();
        let refused = years.apply(YearsEdit::SetCostName {
            id: 7,
            name: "x".into(),
        });
        assert_eq!(refused.unwrap_err().problem, Problem::UnknownItem { id: 7 });
        assert_eq!(years, before);
    }

    #[test]
    fn an_index_value_is_typed_replaced_and_taken_away_in_year_order() {
        let mut years = Years::default();
        let set = |year, value: Option<i64>| YearsEdit::SetIndexValue {
            year,
            value: value.map(|v| Decimal::new(v, 1)),
            base: 2015,
        };
        years.apply(set(2026, Some(1224))).unwrap();
        years.apply(set(2025, Some(1200))).unwrap();
        years.apply(set(2026, Some(1230))).unwrap();
        let values: Vec<(i32, String)> = years
            .index
            .values
            .iter()
            .map(|v| (v.year, v.value.to_string()))
            .collect();
        assert_eq!(values, [(2025, "120.0".into()), (2026, "123.0".into())]);
        years.apply(set(2025, None)).unwrap();
        assert_eq!(years.index.values.len(), 1);
    }

    #[test]
    fn a_joiner_starts_on_the_spans_first_1_january_and_a_leaver_has_no_dates() {
        let mut years = Years::default();
        years
            .apply(YearsEdit::AddChange {
                code: 101,
                member: false,
            })
            .unwrap();
        years
            .apply(YearsEdit::AddChange {
                code: 751,
                member: true,
            })
            .unwrap();
        assert_eq!(years.changes[0].joins, Date::from_ymd(2027, 1, 1));
        assert_eq!(years.changes[1].joins, None);
        years
            .apply(YearsEdit::SetPaysNotice {
                code: 751,
                pays: false,
            })
            .unwrap();
        assert!(!years.changes[1].pays_notice);
        years.apply(YearsEdit::RemoveChange(101)).unwrap();
        assert_eq!(years.changes.len(), 1);
    }

    #[test]
    fn an_imported_quarter_replaces_one_of_the_same_quarter() {
        let table = |quarter: &str, source: &str| QuarterTable {
            quarter: QuarterLabel::parse(quarter).unwrap(),
            source: source.into(),
            populations: Vec::new(),
        };
        let mut years = Years::default();
        years
            .apply(YearsEdit::ImportQuarters(vec![
                table("2025K4", "a"),
                table("2024K4", "a"),
            ]))
            .unwrap();
        years
            .apply(YearsEdit::ImportQuarters(vec![table("2025K4", "b")]))
            .unwrap();
        let quarters: Vec<(String, &str)> = years
            .quarters
            .iter()
            .map(|t| (t.quarter.to_string(), t.source.as_str()))
            .collect();
        assert_eq!(quarters, [("2024K4".into(), "a"), ("2025K4".into(), "b")]);
    }
}
