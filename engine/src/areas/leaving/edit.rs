//! The changes a user makes to the leaving section, and their rules.

use crate::areas::leaving::field::Field;
use crate::areas::leaving::section::{LeavingAnalysis, LeavingOrder};
use crate::areas::members::Member;
use crate::common::error::{Error, Problem};
use rust_decimal::Decimal;

/// One change to the leaving section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeavingEdit {
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
}

impl LeavingAnalysis {
    /// Applies `edit`, given the members as far as they can be known
    /// ([`crate::members::resolve_leniently`]): choosing the custom order for the first time starts from
    /// the order in effect, so that the user edits rather than builds from nothing, and a move takes a
    /// member to any place in one step. On an error the section is unchanged.
    ///
    /// # Errors
    ///
    /// [`Problem::NotAMember`] for a move of a municipality that is not a member,
    /// [`Problem::NoSuchPosition`] for a place beyond the list; both at `leaving.custom_order`.
    ///
    /// ```
    /// use ddh_engine::leaving::{edit::LeavingEdit, section::{LeavingAnalysis, LeavingOrder}};
    /// use ddh_engine::members::{resolve_leniently, section::MemberSelection};
    /// # fn main() -> Result<(), ddh_engine::error::Error> {
    /// let members = resolve_leniently(&MemberSelection::default()); // the 13 named in 2024–25
    /// let mut leaving = LeavingAnalysis::default(); // largest first: Aarhus first
    /// leaving.apply(LeavingEdit::MoveInCustomOrder { code: 727, position: 1 }, &members)?; // Odder first
    /// assert_eq!(leaving.order, LeavingOrder::Custom);
    /// assert_eq!(&leaving.custom_order[..2], [727, 751]);
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: LeavingEdit, members: &[Member]) -> Result<(), Error> {
        match edit {
            LeavingEdit::SetLeavingOrder(order) => {
                if order == LeavingOrder::Custom && self.custom_order.is_empty() {
                    self.custom_order = self.order_in_effect(members);
                }
                self.order = order;
            }
            LeavingEdit::MoveInCustomOrder { code, position } => {
                let mut order = self.order_in_effect_as(LeavingOrder::Custom, members);
                let from = order
                    .iter()
                    .position(|&c| c == code)
                    .ok_or_else(|| Error::new(Field::CustomOrder, Problem::NotAMember { code }))?;
                let last = order.len();
                if position == 0 || position > last {
                    let problem = Problem::NoSuchPosition { position, last };
                    return Err(Error::new(Field::CustomOrder, problem));
                }
                order.remove(from);
                order.insert(position - 1, code);
                self.custom_order = order;
                self.order = LeavingOrder::Custom;
            }
            LeavingEdit::SetRandomDraws(draws) => self.random_draws = draws,
            LeavingEdit::SetSeed(seed) => self.seed = seed,
            LeavingEdit::SetTarget(target) => self.target_price_per_citizen = target,
        }
        Ok(())
    }

    /// Puts the municipalities that `joined` last in a custom order of leaving, in the order they
    /// joined; without a custom order there is nothing to do.
    pub fn joined(&mut self, joined: &[u16]) {
        if self.custom_order.is_empty() {
            return;
        }
        for &code in joined {
            self.custom_order.retain(|&c| c != code);
            self.custom_order.push(code);
        }
    }

    /// The members' codes in the order they leave now, given the members as far as they can be known
    /// (a refused population counts as the data set's), so the custom order can be shown and edited at
    /// any time.
    pub fn order_in_effect(&self, members: &[Member]) -> Vec<u16> {
        self.order_in_effect_as(self.order, members)
    }

    fn order_in_effect_as(&self, order: LeavingOrder, members: &[Member]) -> Vec<u16> {
        let mut analysis = self.clone();
        analysis.order = order;
        crate::areas::leaving::order(&analysis, members)
            .into_iter()
            .map(|m| m.code)
            .collect()
    }
}
