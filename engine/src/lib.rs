//! The cost engine of Den Digitale Hotline (DDH): a [`Scenario`] in, a [`Report`] out.
//!
//! Pure and deterministic: no I/O, no clock, no UI. The web app and the `ddh` command line are thin
//! shells around [`evaluate`].
//!
//! ```
//! use ddh_engine::{evaluate, scenario::Scenario};
//! let report = evaluate(&Scenario::default()).unwrap();
//! // The slides' small tender, 1.550.000 kr., over the 13 members named in 2024–25 (1.053.499 citizens).
//! assert_eq!(report.tender.population, 1_053_499);
//! assert_eq!(report.tender.price_per_citizen.to_string(), "1.47");
//! ```

pub mod danish;
pub mod dataset;
pub mod error;
pub mod leaving;
pub mod members;
pub mod money;
pub mod report;
mod rng;
pub mod scenario;
pub mod tender;

pub use error::{Error, Problem};
pub use report::Report;
pub use scenario::Scenario;

use report::{MembersReport, REPORT_VERSION, ROUNDING_NOTE};

/// Evaluates a scenario: checks every field, then computes every figure of the report.
pub fn evaluate(scenario: &Scenario) -> Result<Report, Error> {
    if scenario.version != scenario::SCENARIO_VERSION {
        return Err(Error::new(
            "version",
            Problem::UnsupportedVersion {
                found: scenario.version,
                supported: scenario::SCENARIO_VERSION,
            },
        ));
    }
    let totals = tender::totals(&scenario.tender)?;
    let members = members::resolve(&scenario.members)?;
    let quarter = scenario.members.quarter;
    Ok(Report {
        version: REPORT_VERSION,
        rounding: ROUNDING_NOTE.to_owned(),
        members: MembersReport {
            quarter,
            source: quarter.source().to_owned(),
            count: members.len(),
            overridden_count: members.iter().filter(|m| m.population_overridden).count(),
        },
        tender: tender::report(totals, &members)?,
        leaving: leaving::report(&scenario.leaving, quarter, totals.total, &members)?,
    })
}
