//! Edits: every change a user can make to a scenario, as data, and the rules that apply it.
//!
//! The app's views only build an [`Edit`] and hand it to [`Scenario::apply_in`] (with the sections their
//! module shows, [`Sections`]); the rules live in each area's module, with their tests, so that the
//! browser, a test and a future import all change a scenario the same way. An edit stores a value even
//! when evaluation will refuse it (a negative amount, say): the report then names the field, and the
//! user's input is not lost. `apply` itself refuses only what cannot be stored at all: a cost item or a
//! municipality that does not exist, a position beyond the list, and an edit of a section the module
//! keeps as its text.
//!
//! Every later area adds its own variant here; one that not every module shows is applied through its
//! entry in [`Sections`], so that a module without the area does not link its rules.

pub use crate::areas::leaving::edit::LeavingEdit;
pub use crate::areas::members::edit::MembersEdit;
pub use crate::areas::tender::edit::TenderEdit;
use crate::common::field::FieldPath;
use crate::document::sections::{Applier, Sections, Shown};
use crate::error::{Error, Problem};
use crate::hours::edit::HoursEdit;
use crate::keys::edit::KeysEdit;
use crate::members::resolve_leniently;
use crate::procurement::edit::ProcurementEdit;
use crate::scenario::{Scenario, SCENARIO_VERSION};
use crate::years::edit::YearsEdit;
use crate::{hours, keys, procurement, years};

/// One change to a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A change to the members section. A newly ticked member also joins the end of a custom order
    /// of leaving.
    Members(MembersEdit),
    /// A change to the tender budget.
    Tender(TenderEdit),
    /// A change to the leaving section.
    Leaving(LeavingEdit),
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
    /// A change to the years section.
    Years(YearsEdit),
}

impl Scenario {
    /// Applies `edit` by its rules. On an error the scenario is unchanged.
    ///
    /// # Errors
    /// What the area's own `apply` refuses, naming the field it concerns: a code no municipality has
    /// ([`MemberSelection::apply`](crate::scenario::MemberSelection::apply)), a cost item id not in the
    /// budget or a full budget ([`TenderBudget::apply`](crate::scenario::TenderBudget::apply)), a move in
    /// the custom order that cannot be made ([`LeavingAnalysis::apply`](crate::scenario::LeavingAnalysis::apply)),
    /// and likewise for procurement, hours and keys.
    ///
    /// ```
    /// use ddh_engine::{edit::{Edit, MembersEdit, TenderEdit}, evaluate, money::Money, Scenario};
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
        self.apply_in(edit, &Sections::ALL)
    }

    /// Applies `edit` as [`Scenario::apply`] does, with the rules of the `sections` a module shows: an
    /// edit of any other section is refused, as is one of a section this scenario keeps as its text
    /// (read without its reader), since the kept text, not the edit, would be written.
    ///
    /// # Errors
    /// As [`Scenario::apply`], and [`Problem::NotShownHere`] at the section (`keys`) for an edit of a
    /// section not shown or kept as text.
    pub fn apply_in(&mut self, edit: Edit, sections: &Sections) -> Result<(), Error> {
        let kept = self.kept_as_text();
        match edit {
            Edit::Members(edit) => {
                let joined = self.members.apply(edit)?;
                self.leaving.joined(&joined);
            }
            Edit::Tender(edit) => self.tender.apply(edit)?,
            Edit::Leaving(edit) => {
                let members = resolve_leniently(&self.members);
                self.leaving.apply(edit, &members)?;
            }
            Edit::SetName(name) => self.name = name,
            Edit::Reset => *self = Scenario::default(),
            Edit::Procurement(edit) => {
                let apply = rules(
                    sections.procurement,
                    kept.procurement,
                    procurement::Field::Section,
                )?;
                apply(self, edit)?;
            }
            Edit::Hours(edit) => {
                let apply = rules(sections.hours, kept.hours, hours::Field::Section)?;
                apply(self, edit)?;
            }
            Edit::Keys(edit) => {
                let apply = rules(sections.keys, kept.keys, keys::Field::Section)?;
                apply(self, edit)?;
            }
            Edit::Years(edit) => {
                let apply = rules(sections.years, kept.years, years::Field::Section)?;
                apply(self, edit)?;
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
        self.leaving
            .order_in_effect(&resolve_leniently(&self.members))
    }
}

/// The edit rules of a section the module edits and the scenario holds typed; refused at `section`
/// otherwise.
fn rules<T, E>(
    shown: Option<Shown<T, E>>,
    kept_as_text: bool,
    section: impl FieldPath,
) -> Result<Applier<E>, Error> {
    match shown.and_then(|shown| shown.apply) {
        Some(apply) if !kept_as_text => Ok(apply),
        _ => Err(Error::new(section, Problem::NotShownHere)),
    }
}

/// Applies an edit of the procurement section (the `apply` of [`sections::PROCUREMENT`](crate::document::sections::PROCUREMENT)).
pub(super) fn apply_procurement(
    scenario: &mut Scenario,
    edit: ProcurementEdit,
) -> Result<(), Error> {
    scenario.procurement.apply(edit)
}

/// Applies an edit of the hours section (the `apply` of [`sections::HOURS`](crate::document::sections::HOURS)).
pub(super) fn apply_hours(scenario: &mut Scenario, edit: HoursEdit) -> Result<(), Error> {
    scenario.hours.apply(edit)
}

/// Applies an edit of the keys section (the `apply` of [`sections::KEYS`](crate::document::sections::KEYS)): its rules need the
/// members, largest first, and the illustrative calls from the hours' calls a year.
pub(super) fn apply_keys(scenario: &mut Scenario, edit: KeysEdit) -> Result<(), Error> {
    let mut members = crate::members::resolve(&scenario.members)?;
    crate::order::sort_by(&mut members, crate::members::largest_first);
    let refs: Vec<&crate::members::Member> = members.iter().collect();
    let per_year = u64::try_from(scenario.hours.calls.per_year).unwrap_or(0);
    let illustrative = crate::keys::calls::illustrative(&refs, per_year)?;
    scenario.keys.apply(edit, &members, &illustrative)
}

/// Applies an edit of the years section (the `apply` of [`sections::YEARS`](crate::document::sections::YEARS)).
pub(super) fn apply_years(scenario: &mut Scenario, edit: YearsEdit) -> Result<(), Error> {
    scenario.years.apply(edit)?;
    scenario.years_edited();
    Ok(())
}

#[cfg(test)]
mod tests;
