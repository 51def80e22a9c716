//! The scenario document: a [`Scenario`] with every area's section, its changes ([`Edit`], each area's
//! dispatched to that area's own rules), and the [`Report`] that [`evaluate`] makes of it, area by area.
//!
//! It sits above the areas, the words and the common ground, and below the services (undo, the library,
//! share links, comparison).
//!
//! ```
//! use ddh_engine::{evaluate, Scenario};
//! # fn main() -> Result<(), ddh_engine::Error> {
//! let report = evaluate(&Scenario::default());
//! let tender = report.tender?;
//! // The slides' small tender, 1.550.000 kr., over the 13 members named in 2024–25 (1.053.499 citizens).
//! assert_eq!(tender.population, 1_053_499);
//! assert_eq!(tender.price_per_citizen.to_string(), "1.47");
//! # Ok(())
//! # }
//! ```

pub mod edit;
pub mod field;
pub(crate) mod migrate;
pub mod report;
pub mod scenario;
pub mod sections;
pub mod text;

pub use edit::Edit;
pub use report::Report;
pub use scenario::Scenario;

use crate::{hours, keys, leaving, members, money, procurement, tender, years, Error};
use report::REPORT_VERSION;

/// Evaluates a scenario area by area: each area's figures, or the first error among the fields it
/// depends on. A refused field blocks only the areas that depend on it: a negative amount blocks the
/// budget, the bills and the leaving curve, but not the members; a target of 0 blocks only the leaving
/// curve.
///
/// ```
/// use ddh_engine::{edit::{Edit, LeavingEdit}, evaluate, money::Money, Scenario};
/// # fn main() -> Result<(), ddh_engine::Error> {
/// let mut scenario = Scenario::default();
/// scenario.apply(Edit::Leaving(LeavingEdit::SetTarget(Some(rust_decimal::Decimal::ZERO))))?;
/// let report = evaluate(&scenario);
/// let refused = report.leaving.as_ref().map_err(|error| error.field.as_str());
/// assert_eq!(refused.err(), Some("leaving.target_price_per_citizen"));
/// assert!(report.tender.is_ok()); // the bills do not depend on the target
/// # Ok(())
/// # }
/// ```
pub fn evaluate(scenario: &Scenario) -> Report {
    let evaluation = Evaluation::new(scenario);
    Report {
        version: REPORT_VERSION,
        members: evaluation.members(),
        budget: evaluation.budget(),
        tender: evaluation.tender(),
        leaving: evaluation.leaving(),
        procurement: evaluation.procurement(),
        offers: evaluation.offers(),
        hours: evaluation.hours(),
        keys: evaluation.keys(),
        years: evaluation.years(),
    }
}

/// A scenario with what every area builds on (the members resolved, the budget's totals), and each
/// area's figures as a method of its own: a caller that shows one area (a module of the web app)
/// computes, and links, only that area. [`evaluate`] calls them all.
pub struct Evaluation<'a> {
    scenario: &'a Scenario,
    members: Result<Vec<members::Member>, Error>,
    totals: Result<tender::Totals, Error>,
    /// The hours area, computed once: the keys share its staffing plan.
    hours: std::cell::OnceCell<report::Area<hours::report::HoursReport>>,
}

impl<'a> Evaluation<'a> {
    /// Resolves the members and adds up the budget, once for every area.
    pub fn new(scenario: &'a Scenario) -> Evaluation<'a> {
        Evaluation {
            scenario,
            members: members::resolve(&scenario.members),
            totals: tender::totals(&scenario.tender),
            hours: std::cell::OnceCell::new(),
        }
    }

    /// The members and their populations' source.
    pub fn members(&self) -> report::Area<report::MembersReport> {
        self.members
            .as_ref()
            .map(|members| members::report(&self.scenario.members, members))
            .map_err(Clone::clone)
    }

    /// The budget's totals.
    pub fn budget(&self) -> report::Area<report::BudgetReport> {
        self.totals
            .as_ref()
            .map(|totals| totals.report())
            .map_err(Clone::clone)
    }

    /// The price per citizen and the bills.
    pub fn tender(&self) -> report::Area<report::TenderReport> {
        match (&self.members, &self.totals) {
            (Ok(members), Ok(totals)) => tender::report(*totals, members),
            (Err(error), _) | (_, Err(error)) => Err(error.clone()),
        }
    }

    /// The price per citizen as members leave.
    pub fn leaving(&self) -> report::Area<report::LeavingReport> {
        match (&self.members, &self.totals) {
            (Ok(members), Ok(totals)) => leaving::report(
                &self.scenario.leaving,
                self.scenario.members.quarter,
                totals.total,
                members,
            ),
            (Err(error), _) | (_, Err(error)) => Err(error.clone()),
        }
    }

    /// The contract value, threshold, route and price cap.
    pub fn procurement(&self) -> report::Area<report::ProcurementReport> {
        procurement::report(
            &self.scenario.procurement,
            self.members.as_deref(),
            self.totals.as_ref(),
        )
    }

    /// The vendor offers by member count, members leaving in the tender area's order.
    pub fn offers(&self) -> report::Area<report::OffersReport> {
        procurement::offers_report(
            &self.scenario.procurement,
            self.members
                .as_ref()
                .map(|members| leaving::order(&self.scenario.leaving, members)),
        )
    }

    /// Opening hours, staffing and service level of both schedules.
    pub fn hours(&self) -> report::Area<hours::report::HoursReport> {
        self.hours_once().clone()
    }

    /// The agent minutes and cost the allocation keys share, without the keys' splits.
    pub fn keys_shared(&self) -> Result<(u64, money::Money), Error> {
        keys::shared(&self.scenario.keys, self.hours_once().as_ref())
    }

    fn hours_once(&self) -> &report::Area<hours::report::HoursReport> {
        self.hours
            .get_or_init(|| hours::report(&self.scenario.hours, self.members.as_deref()))
    }

    /// The budget years: each year's costs, members and bills, and each leaver's notice.
    pub fn years(&self) -> report::Area<years::report::YearsReport> {
        let scenario = self.scenario;
        let key_minutes = || keys::shared_minutes(&scenario.keys, &scenario.hours);
        years::report(
            &scenario.years,
            &years::Sources {
                members: self.members.as_deref(),
                selection: &scenario.members,
                tender: self.totals.as_ref(),
                procurement: &scenario.procurement,
                hours: &scenario.hours,
                keys: &scenario.keys,
                key_minutes: &key_minutes,
            },
        )
    }

    /// The allocation keys side by side, and the steering group's seats.
    pub fn keys(&self) -> report::Area<keys::report::KeysReport> {
        keys::report(
            &self.scenario.keys,
            self.scenario.hours.calls.per_year,
            self.members.as_deref(),
            self.hours_once().as_ref(),
        )
    }
}
