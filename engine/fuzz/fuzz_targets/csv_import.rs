//! A CSV file picked on the page, as bytes (UTF-8 or Windows-1252): the calls per member and the call
//! profile are read or refused, a refusal naming a line of the file (or 0, the file as a whole).
#![no_main]

use ddh_engine::edit::{Edit, MembersEdit};
use ddh_engine::{csv, hours, keys, members, presets::PresetId, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = csv::decode(bytes);
    let lines = text.lines().count();
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
});
