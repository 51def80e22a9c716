//! What the browser's storage gives back at start (another version's, a hand edit, a disk gone bad):
//! the list of named scenarios and the undo history handed between areas are read or refused.
#![no_main]

use ddh_engine::document::sections::Sections;
use ddh_engine::{history, library::Index};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(index) = Index::from_json(text) {
        assert_eq!(Index::from_json(&index.to_json()), Ok(index));
    }
    if let Ok((mut scenario, mut kept)) = history::take_over(text, &Sections::ALL) {
        while kept.undo(&mut scenario) {}
        let _ = ddh_engine::evaluate(&scenario);
    }
});
