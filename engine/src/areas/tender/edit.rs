//! The changes a user makes to the tender budget, and their rules.

use crate::areas::tender::field::Field;
use crate::areas::tender::section::{CostItem, CostKind, TenderBudget};
use crate::areas::tender::MAX_COST_ITEMS;
use crate::common::error::{Error, Problem};
use crate::common::ids::new_id;
use crate::common::money::Money;

/// One change to the tender budget. Cost items are named by their id, which never changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenderEdit {
    /// Add a cost item of 0 kr., paid to the supplier, with a new id one above the largest.
    AddCostItem {
        /// Its name, in the user's language.
        name: String,
    },
    /// Rename a cost item.
    SetItemName {
        /// The item's id.
        id: u32,
        /// The new name.
        name: String,
    },
    /// Change a cost item's amount.
    SetItemAmount {
        /// The item's id.
        id: u32,
        /// Kroner excl. VAT.
        amount: Money,
    },
    /// Change whether a cost item is paid to the supplier or is the members' own.
    SetItemKind {
        /// The item's id.
        id: u32,
        /// The kind.
        kind: CostKind,
    },
    /// Remove a cost item.
    RemoveCostItem {
        /// The item's id.
        id: u32,
    },
}

impl TenderBudget {
    /// Applies `edit`: a new item gets an id one above the largest, so a removal never renumbers the
    /// others. An amount is stored even when evaluation will refuse it (a negative one), so that the
    /// report names the field and the user's input is kept. On an error the budget is unchanged.
    ///
    /// # Errors
    ///
    /// [`Problem::UnknownItem`] for an id not in the budget, [`Problem::TooMany`] when the budget is
    /// full; both at `tender.cost_items`.
    ///
    /// ```
    /// use ddh_engine::money::Money;
    /// use ddh_engine::tender::{edit::TenderEdit, section::TenderBudget};
    /// # fn main() -> Result<(), ddh_engine::error::Error> {
    /// let mut budget = TenderBudget::default(); // ids 1 to 5
    /// budget.apply(TenderEdit::RemoveCostItem { id: 2 })?;
    /// budget.apply(TenderEdit::AddCostItem { name: "Revision".into() })?;
    /// assert_eq!(budget.cost_items.last().map(|item| (item.id, item.amount)), Some((6, Money::ZERO)));
    /// assert!(budget.apply(TenderEdit::SetItemName { id: 2, name: "Jura".into() }).is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: TenderEdit) -> Result<(), Error> {
        match edit {
            TenderEdit::AddCostItem { name } => {
                let items = &mut self.cost_items;
                if items.len() >= MAX_COST_ITEMS {
                    let max = MAX_COST_ITEMS;
                    return Err(Error::new(Field::CostItems, Problem::TooMany { max }));
                }
                let ids: Vec<u32> = items.iter().map(|i| i.id).collect();
                items.push(CostItem {
                    id: new_id(&ids),
                    name,
                    amount: Money::ZERO,
                    kind: CostKind::Supplier,
                });
            }
            TenderEdit::SetItemName { id, name } => self.item(id)?.name = name,
            TenderEdit::SetItemAmount { id, amount } => self.item(id)?.amount = amount,
            TenderEdit::SetItemKind { id, kind } => self.item(id)?.kind = kind,
            TenderEdit::RemoveCostItem { id } => {
                let index = self.item_index(id)?;
                self.cost_items.remove(index);
            }
        }
        Ok(())
    }

    fn item_index(&self, id: u32) -> Result<usize, Error> {
        self.cost_items
            .iter()
            .position(|item| item.id == id)
            .ok_or_else(|| Error::new(Field::CostItems, Problem::UnknownItem { id }))
    }

    fn item(&mut self, id: u32) -> Result<&mut CostItem, Error> {
        let index = self.item_index(id)?;
        self.cost_items
            .get_mut(index)
            .ok_or_else(|| Error::new(Field::CostItems, Problem::UnknownItem { id }))
    }
}
