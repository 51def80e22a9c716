//! The report: every figure the app shows and the CLI prints, one section per area. Format described in
//! `engine/FORMATS.md`.
//!
//! Each area is its own `Result`: its figures, or the error that keeps it from being computed. An error
//! blocks only the areas that depend on the refused field, so a typing error in one area never hides
//! the figures of another.

use crate::error::Error;
pub use crate::hours::report::HoursReport;
use serde::Serialize;

pub use crate::areas::leaving::report::{
    BandPoint, LeavingReport, LeavingStep, MemberName, RandomBand, TargetReport,
};
pub use crate::areas::members::report::MembersReport;
pub use crate::areas::procurement::report::*;
pub use crate::areas::tender::report::{Bill, BudgetReport, LargestMember, TenderReport};

/// The report format version this build writes.
pub const REPORT_VERSION: u32 = 7;

pub use crate::common::area::{serialize as area, Area};

/// Every figure of a scenario, by area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// See [`REPORT_VERSION`].
    pub version: u32,
    /// Who takes part. Depends on `members` of the scenario.
    #[serde(serialize_with = "area")]
    pub members: Area<MembersReport>,
    /// The budget's totals. Depends on `tender.cost_items` only.
    #[serde(serialize_with = "area")]
    pub budget: Area<BudgetReport>,
    /// Price per citizen and bills. Depends on the members and the budget.
    #[serde(serialize_with = "area")]
    pub tender: Area<TenderReport>,
    /// Members leaving. Depends on the members, the budget and `leaving`.
    #[serde(serialize_with = "area")]
    pub leaving: Area<LeavingReport>,
    /// Contract value, threshold, route and price cap. Depends on `procurement`, and on the members
    /// and the budget only when the purchase uses them.
    #[serde(serialize_with = "area")]
    pub procurement: Area<ProcurementReport>,
    /// Vendor offers by member count. Depends on `procurement.offers`, its launch date and category,
    /// the members and the order of leaving.
    #[serde(serialize_with = "area")]
    pub offers: Area<OffersReport>,
    /// Opening hours, staffing and service level. Depends on `hours`; its members' shares on the members.
    #[serde(serialize_with = "area")]
    pub hours: Area<HoursReport>,
    /// Allocation keys side by side, and the steering group's seats. Depends on `keys`, the members,
    /// and (unless the totals are typed) the hours area; the illustrative calls on `hours.calls.per_year`.
    #[serde(serialize_with = "area")]
    pub keys: Area<crate::keys::report::KeysReport>,
    /// Budget years. Depends on `years`, the members, and what it projects: the tender budget, the
    /// purchase (`procurement`), the staffing plan (`hours`), and `keys` for a key other than
    /// population; a year's own error (a missing index value) stays in its row.
    #[serde(serialize_with = "area")]
    pub years: Area<crate::years::report::YearsReport>,
}

impl Report {
    /// Every distinct error in the report, in area order: an error that blocks several areas is listed once.
    ///
    /// ```
    /// use ddh_engine::{edit::{Edit, TenderEdit}, evaluate, money::Money, Scenario};
    /// # fn main() -> Result<(), ddh_engine::Error> {
    /// let mut scenario = Scenario::default();
    /// // IT (DBA/GDPR) at −5 kr.: the budget, the bills and the leaving curve all wait for it.
    /// scenario.apply(Edit::Tender(TenderEdit::SetItemAmount { id: 3, amount: Money::from_ore(-500) }))?;
    /// let report = evaluate(&scenario);
    /// let fields: Vec<&str> = report.errors().iter().map(|e| e.field.as_str()).collect();
    /// assert_eq!(fields, ["tender.cost_items[2].amount"]);
    /// assert!(report.members.is_ok());
    /// # Ok(())
    /// # }
    /// ```
    pub fn errors(&self) -> Vec<&Error> {
        let mut errors: Vec<&Error> = Vec::new();
        let areas = [
            self.members.as_ref().err(),
            self.budget.as_ref().err(),
            self.tender.as_ref().err(),
            self.leaving.as_ref().err(),
            self.procurement.as_ref().err(),
            self.offers.as_ref().err(),
            self.hours.as_ref().err(),
            self.keys.as_ref().err(),
            self.years.as_ref().err(),
        ];
        for error in areas.into_iter().flatten() {
            if !errors.contains(&error) {
                errors.push(error);
            }
        }
        errors
    }
}
