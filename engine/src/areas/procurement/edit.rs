//! Edits of the procurement section and their rules. Values are stored as given, even when evaluation
//! will refuse them (a term of 0 months, say), so that nothing the user typed is lost; only an edit of
//! a line or offer that does not exist, or one past the list's limit, is refused here.

use super::section::{
    Basis, Category, LineRole, Offer, PriceCap, PriceLine, Procurement, Term, Timing, WorkingRules,
    MAX_LINES, MAX_OFFERS,
};
use crate::areas::procurement::field::Field;
use crate::common::date::Date;
use crate::common::error::{Error, Problem};
use crate::common::ids::new_id;
use crate::common::money::Money;

/// One change to the procurement section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcurementEdit {
    /// The threshold category.
    SetCategory(Category),
    /// The launch date.
    SetLaunchDate(Date),
    /// The term.
    SetTerm(Term),
    /// Months of extension options.
    SetExtensionMonths(u32),
    /// Whether the tender budget's supplier items are part of the purchase.
    IncludeTenderSupplierItems(bool),
    /// Add a price line of 0 kr., paid once, flat, part of the base contract.
    AddLine {
        /// Its name, in the user's language.
        name: String,
    },
    /// Replace the line with the same id.
    SetLine(PriceLine),
    /// Remove a line.
    RemoveLine {
        /// The line's id.
        id: u32,
    },
    /// The answer to "a clear cross-border interest?".
    SetCrossBorderInterest(bool),
    /// The working limits below the threshold.
    SetWorkingRules(WorkingRules),
    /// The price cap's component, margin and consequence.
    SetPriceCap(PriceCap),
    /// Add an offer of 0 kr. per municipality, to be priced.
    AddOffer {
        /// Its name, in the user's language.
        name: String,
    },
    /// Replace the offer with the same id.
    SetOffer(Offer),
    /// Remove an offer.
    RemoveOffer {
        /// The offer's id.
        id: u32,
    },
    /// Years the offers are compared over.
    SetOfferYears(u32),
}

impl Procurement {
    /// Applies `edit`.
    ///
    /// # Errors
    /// [`Problem::UnknownItem`] for a line or offer id not in the list, [`Problem::TooMany`] when a
    /// list is full.
    ///
    /// ```
    /// use ddh_engine::procurement::{edit::ProcurementEdit, section::Procurement};
    /// # fn main() -> Result<(), ddh_engine::error::Error> {
    /// let mut procurement = Procurement::default();
    /// procurement.apply(ProcurementEdit::AddLine { name: "Licens".into() })?;
    /// assert_eq!(procurement.lines[0].id, 1);
    /// assert!(procurement.apply(ProcurementEdit::RemoveLine { id: 9 }).is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub fn apply(&mut self, edit: ProcurementEdit) -> Result<(), Error> {
        match edit {
            ProcurementEdit::SetCategory(category) => self.category = category,
            ProcurementEdit::SetLaunchDate(date) => self.launch_date = date,
            ProcurementEdit::SetTerm(term) => self.term = term,
            ProcurementEdit::SetExtensionMonths(months) => self.extension_months = months,
            ProcurementEdit::IncludeTenderSupplierItems(on) => {
                self.include_tender_supplier_items = on
            }
            ProcurementEdit::AddLine { name } => {
                full(self.lines.len(), MAX_LINES, Field::Lines)?;
                let ids: Vec<u32> = self.lines.iter().map(|line| line.id).collect();
                self.lines.push(PriceLine {
                    id: new_id(&ids),
                    name,
                    role: LineRole::Base,
                    timing: Timing::OneOff,
                    basis: Basis::Flat,
                    amount: Money::ZERO,
                });
            }
            ProcurementEdit::SetLine(line) => {
                let index = position(self.lines.iter().map(|l| l.id), line.id, Field::Lines)?;
                if let Some(slot) = self.lines.get_mut(index) {
                    *slot = line;
                }
            }
            ProcurementEdit::RemoveLine { id } => {
                let index = position(self.lines.iter().map(|l| l.id), id, Field::Lines)?;
                self.lines.remove(index);
            }
            ProcurementEdit::SetCrossBorderInterest(yes) => self.cross_border_interest = yes,
            ProcurementEdit::SetWorkingRules(rules) => self.working_rules = rules,
            ProcurementEdit::SetPriceCap(cap) => self.price_cap = cap,
            ProcurementEdit::AddOffer { name } => {
                full(self.offers.len(), MAX_OFFERS, Field::Offers)?;
                let ids: Vec<u32> = self.offers.iter().map(|offer| offer.id).collect();
                self.offers.push(Offer {
                    id: new_id(&ids),
                    name,
                    source: String::new(),
                    basis: Basis::PerMunicipality,
                    setup: Money::ZERO,
                    yearly: Money::ZERO,
                    yearly_high: None,
                });
            }
            ProcurementEdit::SetOffer(offer) => {
                let index = position(self.offers.iter().map(|o| o.id), offer.id, Field::Offers)?;
                if let Some(slot) = self.offers.get_mut(index) {
                    *slot = offer;
                }
            }
            ProcurementEdit::RemoveOffer { id } => {
                let index = position(self.offers.iter().map(|o| o.id), id, Field::Offers)?;
                self.offers.remove(index);
            }
            ProcurementEdit::SetOfferYears(years) => self.offer_years = years,
        }
        Ok(())
    }
}

fn full(len: usize, max: usize, field: Field) -> Result<(), Error> {
    if len >= max {
        return Err(Error::new(field, Problem::TooMany { max }));
    }
    Ok(())
}

fn position(mut ids: impl Iterator<Item = u32>, id: u32, field: Field) -> Result<usize, Error> {
    ids.position(|candidate| candidate == id)
        .ok_or_else(|| Error::new(field, Problem::UnknownItem { id }))
}
