//! A share link's fragment, as pasted or opened: refused with a reason or read, and a scenario read from
//! a link makes a link that reads back as itself.
#![no_main]

use ddh_engine::share;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(scenario) = share::from_fragment(text) {
        let _ = ddh_engine::evaluate(&scenario);
        assert_eq!(
            share::from_fragment(&share::to_fragment(&scenario)),
            Ok(scenario)
        );
    }
});
