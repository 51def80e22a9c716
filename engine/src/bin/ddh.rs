//! `ddh`: the cost engine on the command line.
//!
//! ```text
//! ddh example             the default scenario as JSON (the document the app starts with)
//! ddh eval FILE|-         the full report as JSON
//! ddh eval --csv FILE|-   the members' bills as CSV for Danish Excel
//! ```
//! Bad input: exit code 2 and one line naming the problem.

use ddh_engine::{evaluate, report::Report, Scenario};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "brug: ddh example | ddh eval [--csv] FIL (eller - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["example"] => Ok(Scenario::default().to_json() + "\n"),
        ["eval", path] => run_eval(path).map(|report| report_json(&report)),
        ["eval", "--csv", path] | ["eval", path, "--csv"] => {
            run_eval(path).map(|report| bills_csv(&report))
        }
        ["--help"] | ["-h"] | ["help"] => Ok(format!("{USAGE}\n")),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(text) => match std::io::stdout().write_all(text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            // A closed pipe (e.g. `| head`) is not worth a message.
            Err(_) => ExitCode::from(1),
        },
        Err(message) => {
            eprintln!("ddh: {}", message.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

fn run_eval(path: &str) -> Result<Report, String> {
    let text = read_input(path)?;
    let scenario = Scenario::from_json(&text).map_err(|e| e.to_string())?;
    evaluate(&scenario).map_err(|e| e.to_string())
}

fn read_input(path: &str) -> Result<String, String> {
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    read.map_err(|e| format!("{path}: kan ikke læses ({e})"))?;
    Ok(text)
}

fn report_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}

/// The bills as Danish Excel opens them directly: UTF-8 with BOM, semicolons, decimal comma, CRLF.
fn bills_csv(report: &Report) -> String {
    let mut csv = String::from("\u{feff}kode;kommune;indbyggere;andel_pct;regning_kr\r\n");
    for bill in &report.tender.bills {
        csv.push_str(&format!(
            "{};{};{};{};{}\r\n",
            bill.code,
            csv_text(&bill.name),
            bill.population,
            decimal_comma(&bill.share_percent.to_string()),
            decimal_comma(&bill.bill.to_string()),
        ));
    }
    csv.push_str(&format!(
        "I alt;;{};;{}\r\n",
        report.tender.population,
        decimal_comma(&report.tender.bills_total.to_string())
    ));
    csv
}

fn decimal_comma(number: &str) -> String {
    number.replace('.', ",")
}

/// A text field quoted when it holds a separator, a quote or a line break.
fn csv_text(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
