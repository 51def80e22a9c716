//! Tests of the members area: the selection resolved strictly and leniently, and its overrides'
//! limits.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use ddh_engine::error::Problem;
use ddh_engine::members::section::{MemberSelection, PopulationOverride};
use ddh_engine::members::{resolve, resolve_leniently, MAX_POPULATION};

/// The default selection with one override of Aarhus's (751) population.
fn with_override(code: u16, population: i64) -> MemberSelection {
    MemberSelection {
        population_overrides: vec![PopulationOverride { code, population }],
        ..MemberSelection::default()
    }
}

fn aarhus(members: &[ddh_engine::members::Member]) -> (u64, bool) {
    let member = members.iter().find(|m| m.code == 751).unwrap();
    (member.population, member.population_overridden)
}

/// Where a selection is read without refusing (the custom order, the document's edits), an override
/// counts only for its own municipality and only when it is a population the strict reading accepts
/// (above 0, at most the limit); otherwise the data set's figure stands.
#[test]
fn a_lenient_reading_uses_only_overrides_the_strict_one_accepts() {
    let data_set = aarhus(&resolve_leniently(&MemberSelection::default())).0;
    assert!(data_set > 300_000);
    assert_eq!(
        aarhus(&resolve_leniently(&with_override(751, 123_456))),
        (123_456, true)
    );
    let most = u64::try_from(MAX_POPULATION).unwrap();
    assert_eq!(
        aarhus(&resolve_leniently(&with_override(751, MAX_POPULATION))),
        (most, true)
    );
    for refused in [0, -5, MAX_POPULATION + 1] {
        assert_eq!(
            aarhus(&resolve_leniently(&with_override(751, refused))),
            (data_set, false),
            "{refused}"
        );
        assert!(resolve(&with_override(751, refused)).is_err(), "{refused}");
    }
    // Another member's override leaves Aarhus's figure alone.
    assert_eq!(
        aarhus(&resolve_leniently(&with_override(746, 50_000))),
        (data_set, false)
    );
}

/// The strict reading's limit on an override, at its edge.
#[test]
fn an_override_may_be_the_largest_population_and_not_one_more() {
    let most = u64::try_from(MAX_POPULATION).unwrap();
    assert_eq!(
        aarhus(&resolve(&with_override(751, MAX_POPULATION)).unwrap()),
        (most, true)
    );
    let error = resolve(&with_override(751, MAX_POPULATION + 1)).unwrap_err();
    assert_eq!(error.field, "members.population_overrides[0].population");
    assert_eq!(
        error.problem,
        Problem::TooLarge {
            value: (MAX_POPULATION + 1).to_string(),
            max: MAX_POPULATION.to_string(),
        }
    );
}
