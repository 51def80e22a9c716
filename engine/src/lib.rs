//! The cost engine of Den Digitale Hotline (DDH): a [`Scenario`] in, a [`Report`] out.
//!
//! Pure and deterministic: no I/O, no clock, no UI. The web app and the `ddh` command line are thin
//! shells around [`evaluate`] and [`Scenario::apply`]. Why it is built this way: `DESIGN.md` at the
//! repository root.
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

#![warn(missing_docs)]

pub mod danish;
pub mod dataset;
pub mod edit;
pub mod error;
pub mod history;
pub mod leaving;
pub mod members;
mod migrate;
pub mod money;
mod order;
pub mod presets;
pub mod procurement;
pub mod report;
mod rng;
pub mod scenario;
pub mod tender;
pub mod text;

pub use edit::Edit;
pub use error::{Error, Problem};
pub use report::Report;
pub use scenario::Scenario;

use report::REPORT_VERSION;

/// Evaluates a scenario area by area: each area's figures, or the first error among the fields it
/// depends on. A refused field blocks only the areas that depend on it: a negative amount blocks the
/// budget, the bills and the leaving curve, but not the members; a target of 0 blocks only the leaving
/// curve.
///
/// ```
/// use ddh_engine::{edit::Edit, evaluate, money::Money, Scenario};
/// # fn main() -> Result<(), ddh_engine::Error> {
/// let mut scenario = Scenario::default();
/// scenario.apply(Edit::SetTarget(Some(rust_decimal::Decimal::ZERO)))?;
/// let report = evaluate(&scenario);
/// assert_eq!(report.leaving.unwrap_err().field, "leaving.target_price_per_citizen");
/// assert!(report.tender.is_ok()); // the bills do not depend on the target
/// # Ok(())
/// # }
/// ```
pub fn evaluate(scenario: &Scenario) -> Report {
    let members = members::resolve(&scenario.members);
    let totals = tender::totals(&scenario.tender);
    let tender = match (&members, &totals) {
        (Ok(members), Ok(totals)) => tender::report(*totals, members),
        (Err(error), _) | (_, Err(error)) => Err(error.clone()),
    };
    let leaving = match (&members, &totals) {
        (Ok(members), Ok(totals)) => leaving::report(
            &scenario.leaving,
            scenario.members.quarter,
            totals.total,
            members,
        ),
        (Err(error), _) | (_, Err(error)) => Err(error.clone()),
    };
    let procurement =
        procurement::report(&scenario.procurement, members.as_deref(), totals.as_ref());
    let offers = procurement::offers_report(
        &scenario.procurement,
        members
            .as_ref()
            .map(|members| leaving::order(&scenario.leaving, members)),
    );
    Report {
        version: REPORT_VERSION,
        members: members
            .as_ref()
            .map(|members| members::report(&scenario.members, members))
            .map_err(Clone::clone),
        budget: totals.map(tender::Totals::report),
        tender,
        leaving,
        procurement,
        offers,
    }
}
