//! Procurement: what a purchase is worth under udbudsloven, the EU threshold in force on its launch
//! date, the route that follows, the highest price that stays below the threshold, and vendor offers
//! compared as the number of members changes.
//!
//! The rules are data: thresholds in [`thresholds::THRESHOLDS`] with their effective periods and
//! sources, the collaboration's own working limits in the scenario (editable, labelled as not
//! statute). Each step of the contract value carries its paragraph, each route its reasons.
//!
//! The area owns its section of the scenario ([`section`]), the changes a user makes to it ([`edit`]),
//! and its sections of the report ([`mod@report`]).

pub mod cap;
pub mod cited;
pub mod edit;
pub mod field;
pub mod offers;
pub mod report;
pub mod route;
pub mod section;
pub mod text;
pub mod thresholds;
pub mod value;

use crate::areas::members::Member;
pub use crate::areas::procurement::field::Field;
use crate::areas::procurement::report::{OffersReport, ProcurementReport};
use crate::areas::tender::Totals;
use crate::common::error::Error;
use section::Procurement;

/// The procurement area's figures: value, threshold, route and price cap.
///
/// # Errors
/// The first refused field of the procurement section, or of the members or the budget when the
/// purchase uses them.
pub fn report(
    procurement: &Procurement,
    members: Result<&[Member], &Error>,
    budget: Result<&Totals, &Error>,
) -> Result<ProcurementReport, Error> {
    section::check(procurement)?;
    let threshold = thresholds::in_force(procurement.category, procurement.launch_date)?;
    let value = value::contract_value(procurement, members, budget)?;
    let route = route::route(procurement, &value, &threshold);
    let cap = cap::price_cap(procurement, &value, &threshold)?;
    Ok(ProcurementReport {
        threshold: threshold.figures(value.total),
        value,
        route,
        cap,
    })
}

/// The offers compared by member count, members leaving in the tender area's order.
///
/// # Errors
/// The first refused offer field, the launch date (each offer is checked against the threshold), or
/// the members' error.
pub fn offers_report(
    procurement: &Procurement,
    members_in_leaving_order: Result<Vec<&Member>, &Error>,
) -> Result<OffersReport, Error> {
    offers::check(&procurement.offers, procurement.offer_years)?;
    let threshold = thresholds::in_force(procurement.category, procurement.launch_date)?;
    let members = members_in_leaving_order.map_err(Clone::clone)?;
    offers::compare(procurement, &members, &threshold)
}
