//! The `ddh` command line as a user runs it: example → eval round trip, CSV for Danish Excel, and bad
//! input giving exit code 2 with one line that names the problem.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use ddh_engine::{evaluate, Scenario};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn ddh(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ddh"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command refused for its arguments exits without reading its input, so the pipe may be closed
    // before all of it is written.
    let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    if let Err(error) = written {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Exit code 2, nothing on stdout, exactly one line on stderr that contains `needle`; no panic trace.
fn assert_refused(output: &Output, needle: &str) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(needle), "{needle:?} not in {stderr:?}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn example_is_the_default_scenario_and_evaluates_to_the_engine_report() {
    let example = ddh(&["example"], "");
    assert!(example.status.success());
    let scenario = Scenario::from_json(&text(&example.stdout)).unwrap();
    assert_eq!(scenario, Scenario::default());

    let evaluated = ddh(&["eval", "-"], &text(&example.stdout));
    assert!(evaluated.status.success(), "{}", text(&evaluated.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&evaluated.stdout).unwrap();
    let direct = serde_json::to_value(evaluate(&scenario)).unwrap();
    assert_eq!(printed, direct);
    assert_eq!(printed["tender"]["price_per_citizen"], "1.47");
}

#[test]
fn eval_reads_a_file() {
    let path = std::env::temp_dir().join(format!("ddh-cli-{}.json", std::process::id()));
    std::fs::write(&path, Scenario::default().to_json()).unwrap();
    let output = ddh(&["eval", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).unwrap();
    assert!(output.status.success());
    assert!(text(&output.stdout).contains("\"population\": 1053499"));
}

#[test]
fn csv_opens_in_danish_excel() {
    let output = ddh(&["eval", "--csv", "-"], &Scenario::default().to_json());
    assert!(output.status.success());
    let csv = text(&output.stdout);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM first");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "kode;kommune;indbyggere;andel_pct;regning_kr");
    assert_eq!(lines[1], "751;Aarhus;373388;35,44;549361,13");
    assert!(lines.contains(&"I alt;;1053499;;1550000,00"));
    assert_eq!(
        lines.len(),
        13 + 3,
        "header, 13 members, sum, final line break"
    );
}

#[test]
fn broken_json_is_refused_on_one_line() {
    assert_refused(&ddh(&["eval", "-"], "{ \"version\": 1, "), "kan ikke læses");
}

#[test]
fn an_unknown_field_value_names_the_field() {
    let scenario = Scenario::default()
        .to_json()
        .replace("largest_first", "tallest_first");
    assert_refused(&ddh(&["eval", "-"], &scenario), "leaving.order");
}

#[test]
fn each_distinct_error_is_one_line_and_a_shared_one_is_said_once() {
    let mut scenario = Scenario::default();
    // A negative amount blocks the budget, the bills and the leaving curve: said once.
    scenario.tender.cost_items[2].amount = ddh_engine::money::Money::from_ore(-500);
    let output = ddh(&["eval", "-"], &scenario.to_json());
    assert_refused(
        &output,
        "tender.cost_items[2].amount: må ikke være negativ (er -5,00)",
    );
    // A refused population as well, which blocks the members: a second line, members first.
    scenario.members.population_overrides = vec![ddh_engine::scenario::PopulationOverride {
        code: 751,
        population: 0,
    }];
    let output = ddh(&["eval", "-"], &scenario.to_json());
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        vec![
            "ddh: members.population_overrides[0].population: skal være større end 0 (er 0)",
            "ddh: tender.cost_items[2].amount: må ikke være negativ (er -5,00)",
        ]
    );
}

#[test]
fn a_version_1_document_is_read() {
    // Version 1: no ids on cost items, no procurement section.
    let mut old: serde_json::Value = serde_json::from_str(&Scenario::default().to_json()).unwrap();
    old["version"] = 1.into();
    if let Some(document) = old.as_object_mut() {
        document.remove("procurement");
    }
    if let Some(items) = old["tender"]["cost_items"].as_array_mut() {
        for item in items {
            item.as_object_mut().map(|item| item.remove("id"));
        }
    }
    let old = old.to_string();
    let output = ddh(&["eval", "-"], &old);
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn an_empty_member_set_is_refused() {
    let mut scenario = Scenario::default();
    scenario.members.codes.clear();
    assert_refused(
        &ddh(&["eval", "-"], &scenario.to_json()),
        "members.codes: der skal være mindst ét medlem",
    );
}

#[test]
fn a_missing_file_and_a_wrong_command_are_refused() {
    assert_refused(
        &ddh(&["eval", "/no/such/file.json"], ""),
        "/no/such/file.json",
    );
    assert_refused(&ddh(&["evaluate"], ""), "brug:");
}

#[test]
fn the_offers_table_is_csv_for_danish_excel() {
    let output = ddh(
        &["eval", "--csv=offers", "-"],
        &Scenario::default().to_json(),
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    let csv = text(&output.stdout);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("\u{feff}medlemmer;indbyggere;FrontDesk, listepris i alt;"));
    assert!(lines[0].ends_with(";billigst"));
    // A line per count, 1 to the 13 default members; at 13 all of them, 1.053.499 citizens.
    assert_eq!(lines.len(), 1 + 13);
    let all: Vec<&str> = lines[13].split(';').collect();
    assert_eq!(&all[..2], ["13", "1053499"]);
    // The final FrontDesk offer, 168.000 kr. a year for 4 years, per member: 672.000 / 13 = 51.692,31.
    assert_eq!(&all[8..10], ["672000,00", "51692,31"]);
}

#[test]
fn the_keys_tables_are_csv_for_danish_excel() {
    let json = Scenario::default().to_json();
    let output = ddh(&["eval", "--csv=keys", "-"], &json);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let csv = text(&output.stdout);
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("\u{feff}kode;kommune;indbyggere;opkald;"));
    assert_eq!(lines.len(), 1 + 13 + 1);
    // Every key shares today's schedule: 21.112 agent hours, 4.961.320,00 kr.
    let total: Vec<&str> = lines[14].split(';').collect();
    assert_eq!(total[0], "I alt");
    for key in 0..5 {
        assert_eq!(&total[6 + 3 * key..8 + 3 * key], ["21112,00", "4961320,00"]);
    }
    // Largest first: Aarhus, and under the population key no change.
    assert!(lines[1].starts_with("751;Aarhus;373388;"));
    let one = ddh(&["eval", "--csv=key:bounded_exact", "-"], &json);
    let one = text(&one.stdout);
    let skanderborg = one.split("\r\n").find(|l| l.starts_with("746;")).unwrap();
    // Held at its floor, half of its 6,2421 % population share.
    assert!(skanderborg.contains(";3,1210;bund;"), "{skanderborg}");
    assert_refused(&ddh(&["eval", "--csv=key:nonsense", "-"], &json), "brug:");
}

#[test]
fn a_share_link_carries_the_scenario_there_and_back() {
    let mut scenario = Scenario::default();
    scenario
        .apply(ddh_engine::Edit::SetName("Til styregruppen".into()))
        .unwrap();
    let link = ddh(&["link", "-"], &scenario.to_json());
    assert_eq!(link.status.code(), Some(0));
    let fragment = text(&link.stdout);
    assert!(fragment.starts_with("del=1."), "{fragment}");
    // The whole address, as the app copies it, or the fragment alone.
    for pasted in [
        format!("https://ddh.example/app/#{}", fragment.trim()),
        fragment.clone(),
    ] {
        let opened = ddh(&["unlink", "-"], &pasted);
        assert_eq!(
            Scenario::from_json(&text(&opened.stdout)).unwrap(),
            scenario
        );
    }
    assert_refused(&ddh(&["unlink", "del=7.AAAA"], ""), "nyere version");
    assert_refused(
        &ddh(&["unlink", &fragment[..fragment.len() / 2]], ""),
        "beskadiget",
    );
    assert_refused(&ddh(&["link", "-"], "{"), "");
}
