//! A scenario file as imported or stored: any text is read or refused, and a scenario that is read is
//! evaluated without a panic and comes back unchanged through its own JSON.
#![no_main]

use ddh_engine::Scenario;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(scenario) = Scenario::from_json(text) {
        let _ = ddh_engine::evaluate(&scenario);
        let again = Scenario::from_json(&scenario.to_json());
        assert_eq!(
            again.as_ref(),
            Ok(&scenario),
            "the scenario's JSON reads back as itself"
        );
    }
});
