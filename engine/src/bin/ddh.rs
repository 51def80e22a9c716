//! `ddh`: the cost engine on the command line.
//!
//! ```text
//! ddh example             the default scenario as JSON (the document the app starts with)
//! ddh eval FILE|-         the full report as JSON
//! ddh link FILE|-         the share link's fragment that carries the scenario (after the app's `#`)
//! ddh unlink TEXT|-       the scenario a share link carries, as JSON (the whole link or its fragment)
//! ddh eval --csv FILE|-   the members' bills as CSV for Danish Excel (also --csv=bills)
//! ddh eval --csv=offers FILE|-   the vendor offers by member count as CSV
//! ddh eval --csv=hours FILE|-    the staffing per interval of both schedules as CSV
//! ddh eval --csv=keys FILE|-     the allocation keys side by side as CSV
//! ddh eval --csv=key:NAME FILE|- one key's table (population, economic, bounded, bounded_exact, marketplace)
//! ddh eval --csv=years FILE|-    the budget years: each member's bill year by year
//! ```
//! Bad input: exit code 2 and one line per problem, naming its field. A scenario whose every area
//! evaluates prints its report; one with a refused field prints the errors, each once, and no report.

use ddh_engine::danish::ungrouped;
use ddh_engine::report::{HoursReport, OffersReport, Report, TenderReport};
use ddh_engine::{evaluate, Scenario};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "brug: ddh example | ddh link FIL | ddh unlink LINK | ddh eval [--csv | --csv=bills | --csv=offers | --csv=hours | --csv=keys | --csv=key:population|economic|bounded|bounded_exact|marketplace | --csv=years] FIL (eller - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["example"] => Ok(Scenario::default().to_json() + "\n"),
        ["eval", path] => run_eval(path).map(|report| report_json(&report)),
        ["eval", "--csv" | "--csv=bills", path] | ["eval", path, "--csv" | "--csv=bills"] => {
            run_eval(path)
                .and_then(|report| report.tender.map_err(|error| said(&error)))
                .map(|tender| bills_csv(&tender))
        }
        ["eval", "--csv=offers", path] | ["eval", path, "--csv=offers"] => run_eval(path)
            .and_then(|report| report.offers.map_err(|error| said(&error)))
            .map(|offers| offers_csv(&offers)),
        ["eval", "--csv=hours", path] | ["eval", path, "--csv=hours"] => run_eval(path)
            .and_then(|report| report.hours.map_err(|error| said(&error)))
            .map(|hours| hours_csv(&hours)),
        ["eval", "--csv=keys", path] | ["eval", path, "--csv=keys"] => run_eval(path)
            .and_then(|report| report.keys.map_err(|error| said(&error)))
            .map(|keys| ddh_engine::keys::table_csv::side_by_side(&keys)),
        ["eval", "--csv=years", path] | ["eval", path, "--csv=years"] => run_eval(path)
            .and_then(|report| report.years.map_err(|error| said(&error)))
            .and_then(|years| {
                ddh_engine::years::table_csv::years_by_members(&years).map_err(|error| said(&error))
            }),
        ["eval", option, path] | ["eval", path, option] if option.starts_with("--csv=key:") => {
            match ddh_engine::keys::table_csv::key_named(&option["--csv=key:".len()..]) {
                None => Err(USAGE.to_owned()),
                Some(key) => run_eval(path)
                    .and_then(|report| report.keys.map_err(|error| said(&error)))
                    .map(|keys| ddh_engine::keys::table_csv::one_key(&keys, key)),
            }
        }
        ["link", path] => read_input(path).and_then(|text| {
            Scenario::from_json(&text)
                .map(|scenario| ddh_engine::share::to_fragment(&scenario) + "\n")
                .map_err(|e| one_line(&said(&e)))
        }),
        ["unlink", "-"] => read_input("-").and_then(|text| open_link(&text)),
        ["unlink", link] => open_link(link),
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
            for line in message.lines() {
                eprintln!("ddh: {line}");
            }
            ExitCode::from(2)
        }
    }
}

/// The report when every area evaluates; otherwise each distinct error on a line of its own.
fn run_eval(path: &str) -> Result<Report, String> {
    let text = read_input(path)?;
    let scenario = Scenario::from_json(&text).map_err(|e| one_line(&said(&e)))?;
    let report = evaluate(&scenario);
    let errors: Vec<String> = report.errors().iter().map(|e| one_line(&said(e))).collect();
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors.join("\n"))
    }
}

/// An error as the user reads it, in Danish: `field: sentence`, the sentence alone for the whole
/// document.
fn said(error: &ddh_engine::Error) -> String {
    let sentence = (ddh_engine::text::DA.words.problem)(&error.problem);
    if error.field.is_empty() {
        sentence
    } else {
        format!("{}: {sentence}", error.field)
    }
}

/// Why a link cannot be opened, in Danish.
fn link_said(error: &ddh_engine::share::LinkError) -> String {
    use ddh_engine::share::LinkError;
    match error {
        LinkError::NotALink => {
            "teksten er ikke et delingslink (den skal begynde med del=)".to_owned()
        }
        LinkError::Newer { found, supported } => format!(
            "linket er lavet af en nyere version af appen (format {found}; denne læser op til {supported})"
        ),
        LinkError::Damaged => "linket er beskadiget eller ufuldstændigt; bed om et nyt".to_owned(),
        LinkError::Scenario(error) => {
            format!("scenariet i linket kan ikke bruges: {}", said(error))
        }
    }
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// The scenario a share link (whole, or its fragment alone) carries, as JSON.
fn open_link(text: &str) -> Result<String, String> {
    let text = text.trim();
    let fragment = text.rsplit_once('#').map_or(text, |(_, fragment)| fragment);
    ddh_engine::share::from_fragment(fragment)
        .map(|scenario| scenario.to_json() + "\n")
        .map_err(|e| one_line(&link_said(&e)))
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
fn bills_csv(tender: &TenderReport) -> String {
    let mut csv = String::from("\u{feff}kode;kommune;indbyggere;andel_pct;regning_kr\r\n");
    for bill in &tender.bills {
        csv.push_str(&format!(
            "{};{};{};{};{}\r\n",
            bill.code,
            csv_text(&bill.name),
            bill.population,
            ungrouped(&bill.share_percent.to_string()),
            ungrouped(&bill.bill.to_string()),
        ));
    }
    csv.push_str(&format!(
        "I alt;;{};;{}\r\n",
        tender.population,
        ungrouped(&tender.bills_total.to_string())
    ));
    csv
}

/// The offers by member count, one line per count, in the bills' CSV dialect.
fn offers_csv(offers: &OffersReport) -> String {
    let name = |id: u32| {
        offers
            .offers
            .iter()
            .find(|offer| offer.id == id)
            .map_or(String::new(), |offer| offer.name.clone())
    };
    let mut csv = String::from("\u{feff}medlemmer;indbyggere");
    for offer in &offers.offers {
        let title = csv_text(&offer.name);
        csv.push_str(&format!(";{title} i alt;{title} pr. medlem"));
    }
    csv.push_str(";billigst\r\n");
    for count in &offers.counts {
        csv.push_str(&format!("{};{}", count.members, count.population));
        for cost in &count.costs {
            csv.push_str(&format!(
                ";{};{}",
                ungrouped(&cost.total.to_string()),
                ungrouped(&cost.per_member.to_string())
            ));
        }
        let cheapest: Vec<String> = count.cheapest.iter().map(|&id| name(id)).collect();
        csv.push_str(&format!(";{}\r\n", csv_text(&cheapest.join(" / "))));
    }
    csv
}

/// Each interval of both schedules: its calls, its agents and its service, today's schedule first.
fn hours_csv(hours: &HoursReport) -> String {
    let mut csv = String::from(
        "\u{feff}skema;ugedag;fra;til;opkald_pr_time;erlang;bemandet;i_telefonen;\
         noedvendige_i_telefonen;noedvendige_stillinger;servicegrad_pct;gns_svartid_s;\
         belaegning_pct;svarprocent_pct;kan_frigives\r\n",
    );
    let percent = |share: rust_decimal::Decimal| {
        ungrouped(
            &(share * rust_decimal::Decimal::ONE_HUNDRED)
                .normalize()
                .to_string(),
        )
    };
    for (name, schedule) in [("i dag", &hours.today), ("forslag", &hours.proposed)] {
        for row in &schedule.intervals {
            let day = ddh_engine::danish::WEEKDAYS
                .get(row.weekday)
                .copied()
                .unwrap_or_default();
            csv.push_str(&format!(
                "{name};{day};{};{};{};{};{};{};{};{};{};{};{};{};{}\r\n",
                row.start,
                row.end,
                ungrouped(&row.calls_per_hour.to_string()),
                ungrouped(&row.erlangs.to_string()),
                row.staffed,
                row.on_phone,
                row.needed_on_phone,
                row.needed_positions,
                row.service_level.map(percent).unwrap_or_default(),
                row.asa_seconds
                    .map(|s| ungrouped(&s.to_string()))
                    .unwrap_or_default(),
                percent(row.occupancy),
                percent(row.answer_rate),
                row.releasable,
            ));
        }
    }
    csv
}

/// A text field quoted when it holds a separator, a quote or a line break.
fn csv_text(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
