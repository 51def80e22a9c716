//! A CSV file picked on the page, as bytes (UTF-8 or Windows-1252): the calls per member, the call
//! profile and the population quarters are read or refused, a refusal naming a line of the file (or 0,
//! the file as a whole); quarters read are stored and the budget years evaluated with them.
#![no_main]

use ddh_engine::edit::{Edit, MembersEdit};
use ddh_engine::years::edit::YearsEdit;
use ddh_engine::{csv, hours, keys, members, presets::PresetId, years, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = csv::decode(bytes);
    // Lines as a spreadsheet counts them: CRLF, LF or a lone CR ends one (as `csv::rows` reads them).
    let lines = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .lines()
        .count();
    // Every municipality a member, so that any code or name in the file can be one.
    let mut scenario = Scenario::default();
    let _ = scenario.apply(Edit::Members(MembersEdit::ApplyPreset(PresetId::All)));
    let Ok(all) = members::resolve(&scenario.members) else {
        return;
    };
    match keys::calls_csv::parse(&text, &all) {
        Ok(calls) => assert!(calls.len() <= all.len(), "one row per member at most"),
        Err(error) => assert!(error.line <= lines, "line {} of {lines}", error.line),
    }
    if let Err(error) = hours::profile_csv::parse(&text) {
        assert!(error.line <= lines, "line {} of {lines}", error.line);
    }
    match years::quarter_csv::parse(&text, "FOLK1A-2025K4.csv") {
        Ok(tables) => {
            for table in &tables {
                assert!(
                    table.populations.len() <= all.len(),
                    "one row per municipality at most"
                );
                assert!(table.populations.iter().all(|p| p.population > 0));
            }
            let imported = scenario.apply(Edit::Years(YearsEdit::ImportQuarters(tables)));
            if imported.is_ok() {
                let _ = ddh_engine::evaluate(&scenario);
            }
        }
        Err(error) => assert!(error.line <= lines, "line {} of {lines}", error.line),
    }
});
