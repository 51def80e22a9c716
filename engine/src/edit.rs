//! Edits: every change a user can make to a scenario, as data, and the rules that apply it.
//!
//! The app's views only build an [`Edit`] and hand it to [`Scenario::apply`]; the rules live here, with
//! their tests, so that the browser, a test and a future import all change a scenario the same way. An
//! edit stores a value even when evaluation will refuse it (a negative amount, say): the report then
//! names the field, and the user's input is not lost. `apply` itself refuses only what cannot be
//! stored at all: a cost item or a municipality that does not exist, a position beyond the list.
//!
//! Every later area adds its own variants here, with its rules in its own module.

use crate::error::{Error, Problem};
use crate::hours::edit::HoursEdit;
use crate::keys::edit::KeysEdit;
use crate::leaving;
use crate::members::resolve_leniently;
use crate::procurement::edit::ProcurementEdit;
use crate::scenario::{LeavingOrder, Scenario, SCENARIO_VERSION};
pub use ddh_members::edit::MembersEdit;
pub use ddh_tender::edit::TenderEdit;
use rust_decimal::Decimal;

/// One change to a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A change to the members section. A newly ticked member also joins the end of a custom order
    /// of leaving.
    Members(MembersEdit),
    /// A change to the tender budget.
    Tender(TenderEdit),
    /// Choose the order of leaving. Choosing `Custom` for the first time starts from the order in effect,
    /// so that the user edits rather than builds from nothing.
    SetLeavingOrder(LeavingOrder),
    /// Move a member to `position` (from 1) in the custom order of leaving, and use that order.
    MoveInCustomOrder {
        /// The member.
        code: u16,
        /// Its new place, 1 for the first to leave.
        position: usize,
    },
    /// How many random orders make the band.
    SetRandomDraws(u32),
    /// The seed of the random orders.
    SetSeed(u64),
    /// The target price per citizen, or none.
    SetTarget(Option<Decimal>),
    /// The scenario's name.
    SetName(String),
    /// Back to the default scenario.
    Reset,
    /// A change in the procurement area.
    Procurement(ProcurementEdit),
    /// A change to the hours section.
    Hours(HoursEdit),
    /// A change to the keys section.
    Keys(KeysEdit),
}

impl Scenario {
    /// Applies `edit` by its rules. On an error the scenario is unchanged.
    ///
    /// # Errors
    /// [`Problem::UnknownMunicipality`] for a code no municipality has, [`Problem::UnknownItem`] for a
    /// cost item id not in the budget, [`Problem::TooMany`] when the budget is full,
    /// [`Problem::NotAMember`] or [`Problem::NoSuchPosition`] for a move in the custom order that
    /// cannot be made. Each names the field it concerns.
    ///
    /// ```
    /// use ddh_engine::{edit::{Edit, MembersEdit}, evaluate, money::Money, Scenario};
    /// # fn main() -> Result<(), ddh_engine::Error> {
    /// let mut scenario = Scenario::default(); // the slides' small tender, 13 members
    /// scenario.apply(Edit::Members(MembersEdit::SetMember { code: 751, member: false }))?; // Aarhus leaves
    /// scenario.apply(Edit::Tender(TenderEdit::SetItemAmount { id: 1, amount: Money::from_ore(30_000_000) }))?; // consultant 300.000
    /// let tender = evaluate(&scenario).tender?;
    /// assert_eq!((tender.member_count, tender.total), (12, Money::from_ore(145_000_000)));
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: Edit) -> Result<(), Error> {
        match edit {
            Edit::Members(edit) => {
                let joined = self.members.apply(edit)?;
                let custom = &mut self.leaving.custom_order;
                if !custom.is_empty() {
                    for code in joined {
                        custom.retain(|&c| c != code);
                        custom.push(code);
                    }
                }
            }
            Edit::Tender(edit) => self.tender.apply(edit)?,
            Edit::SetLeavingOrder(order) => {
                if order == LeavingOrder::Custom && self.leaving.custom_order.is_empty() {
                    self.leaving.custom_order = self.order_in_effect();
                }
                self.leaving.order = order;
            }
            Edit::MoveInCustomOrder { code, position } => {
                let mut order = self.order_in_effect_as(LeavingOrder::Custom);
                let from = order.iter().position(|&c| c == code).ok_or_else(|| {
                    Error::new("leaving.custom_order", Problem::NotAMember { code })
                })?;
                let last = order.len();
                if position == 0 || position > last {
                    let problem = Problem::NoSuchPosition { position, last };
                    return Err(Error::new("leaving.custom_order", problem));
                }
                order.remove(from);
                order.insert(position - 1, code);
                self.leaving.custom_order = order;
                self.leaving.order = LeavingOrder::Custom;
            }
            Edit::SetRandomDraws(draws) => self.leaving.random_draws = draws,
            Edit::SetSeed(seed) => self.leaving.seed = seed,
            Edit::SetTarget(target) => self.leaving.target_price_per_citizen = target,
            Edit::SetName(name) => self.name = name,
            Edit::Reset => *self = Scenario::default(),
            Edit::Procurement(edit) => self.procurement.apply(edit)?,
            Edit::Hours(edit) => self.hours.apply(edit)?,
            Edit::Keys(edit) => {
                let mut members = crate::members::resolve(&self.members)?;
                members.sort_by(crate::members::largest_first);
                let refs: Vec<&crate::members::Member> = members.iter().collect();
                let per_year = u64::try_from(self.hours.calls.per_year).unwrap_or(0);
                let illustrative = crate::keys::calls::illustrative(&refs, per_year)?;
                self.keys.apply(edit, &members, &illustrative)?;
            }
        }
        // A scenario edited by this build is a document of this build's version.
        self.version = SCENARIO_VERSION;
        Ok(())
    }

    /// The members' codes in the order they leave now, even while a field is refused (a refused
    /// population counts as the data set's), so the custom order can be shown and edited at any time.
    ///
    /// ```
    /// use ddh_engine::Scenario;
    /// // Largest first: Aarhus leaves first, Odder last.
    /// let order = Scenario::default().order_in_effect();
    /// assert_eq!((order.first(), order.last()), (Some(&751), Some(&727)));
    /// ```
    pub fn order_in_effect(&self) -> Vec<u16> {
        self.order_in_effect_as(self.leaving.order)
    }

    fn order_in_effect_as(&self, order: LeavingOrder) -> Vec<u16> {
        let members = resolve_leniently(&self.members);
        let mut analysis = self.leaving.clone();
        analysis.order = order;
        leaving::order(&analysis, &members)
            .into_iter()
            .map(|m| m.code)
            .collect()
    }
}

#[cfg(test)]
mod tests;
