//! The budget years as CSV for Danish Excel: the years × members table, in the keys' and bills' dialect
//! (UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF, no thousands separators).
//! Columns in `engine/FORMATS.md`, "CSV tables".

use super::report::YearsReport;
use crate::common::danish::ungrouped;
use crate::common::error::Error;

/// One line per member (largest total first) with its bill in each year and over the span; then the
/// years' totals, the citizens counted and the price per citizen.
///
/// # Errors
/// The first year's error, where a year cannot be computed (a January value nobody has).
pub fn years_by_members(report: &YearsReport) -> Result<String, Error> {
    let totals = report.totals.as_ref().map_err(Clone::clone)?;
    let years: Vec<_> = report
        .years
        .iter()
        .map(|row| {
            row.figures
                .as_ref()
                .map(|f| (row.year, f))
                .map_err(Clone::clone)
        })
        .collect::<Result<_, _>>()?;
    let mut csv = String::from("\u{feff}kode;kommune");
    for (year, _) in &years {
        csv.push_str(&format!(";{year}_kr"));
    }
    csv.push_str(";i_alt_kr\r\n");
    for member in &totals.bills {
        csv.push_str(&format!("{};{}", member.code, text(&member.name)));
        for (_, figures) in &years {
            let bill = figures.bills.iter().find(|b| b.code == member.code);
            csv.push(';');
            if let Some(bill) = bill {
                csv.push_str(&ungrouped(&bill.bill.to_string()));
            }
        }
        csv.push_str(&format!(";{}\r\n", ungrouped(&member.total.to_string())));
    }
    let mut line =
        |title: &str, cell: &dyn Fn(&super::report::YearFigures) -> String, last: String| {
            csv.push_str(&format!("{title};"));
            for (_, figures) in &years {
                csv.push_str(&format!(";{}", cell(figures)));
            }
            csv.push_str(&format!(";{last}\r\n"));
        };
    line(
        "I alt",
        &|f| ungrouped(&f.total.to_string()),
        ungrouped(&totals.total.to_string()),
    );
    line(
        "Borgere",
        &|f| ungrouped(&f.citizens.to_string()),
        String::new(),
    );
    line(
        "Pris pr. borger",
        &|f| ungrouped(&f.price_per_citizen.to_string()),
        String::new(),
    );
    Ok(csv)
}

fn text(value: &str) -> String {
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}
