//! One test per edit and its rule; refusals name their field.

#![allow(clippy::indexing_slicing, clippy::disallowed_methods)]

use super::*;
use crate::dataset::Quarter;
use crate::evaluate;
use crate::money::Money;
use crate::presets::PresetId;
use crate::scenario::CostKind;
use crate::scenario::LeavingOrder;
use crate::scenario::PopulationOverride;
use crate::tender::MAX_COST_ITEMS;
use rust_decimal::Decimal;

type TestResult = Result<(), Error>;

fn default_with(edits: impl IntoIterator<Item = Edit>) -> Result<Scenario, Error> {
    let mut scenario = Scenario::default();
    for edit in edits {
        scenario.apply(edit)?;
    }
    Ok(scenario)
}

#[test]
fn ticking_keeps_codes_sorted_and_unticking_removes() -> TestResult {
    let scenario = default_with([
        Edit::Members(MembersEdit::SetMember {
            code: 101,
            member: true,
        }),
        Edit::Members(MembersEdit::SetMember {
            code: 751,
            member: false,
        }),
        Edit::Members(MembersEdit::SetMember {
            code: 101,
            member: true,
        }),
    ])?;
    let codes = &scenario.members.codes;
    assert_eq!(codes.len(), 13);
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "{codes:?}");
    assert!(codes.contains(&101) && !codes.contains(&751));
    Ok(())
}

#[test]
fn a_newly_ticked_member_joins_the_end_of_a_custom_order() -> TestResult {
    let scenario = default_with([
        Edit::Leaving(LeavingEdit::SetLeavingOrder(LeavingOrder::Custom)),
        Edit::Members(MembersEdit::SetMember {
            code: 101,
            member: true,
        }),
    ])?;
    assert_eq!(scenario.leaving.custom_order.last(), Some(&101));
    assert_eq!(scenario.leaving.custom_order.len(), 14);
    // Without a custom order there is nothing to join.
    let plain = default_with([Edit::Members(MembersEdit::SetMember {
        code: 101,
        member: true,
    })])?;
    assert!(plain.leaving.custom_order.is_empty());
    Ok(())
}

#[test]
fn a_preset_replaces_the_members_and_newcomers_join_a_custom_order() -> TestResult {
    let scenario = default_with([
        Edit::Leaving(LeavingEdit::SetLeavingOrder(LeavingOrder::Custom)),
        Edit::Members(MembersEdit::ApplyPreset(PresetId::Members2018)),
    ])?;
    assert_eq!(
        scenario.members.codes,
        PresetId::Members2018.codes(Quarter::Q2025K1)
    );
    // The 2024–25 members that stay keep their places at the front; the newcomers follow.
    let kept = &scenario.leaving.custom_order[..13];
    assert_eq!(kept[0], 751, "Aarhus, the largest, still leaves first");
    // 11 of the 13 are members in 2018 too (not Odsherred, Høje-Taastrup): 25 newcomers. The two that
    // left stay listed, skipped while they are not members.
    assert_eq!(scenario.leaving.custom_order.len(), 13 + 36 - 11);
    Ok(())
}

#[test]
fn the_quarter_is_set() -> TestResult {
    let scenario = default_with([Edit::Members(MembersEdit::SetQuarter(Quarter::Q2026K1))])?;
    assert_eq!(scenario.members.quarter, Quarter::Q2026K1);
    Ok(())
}

#[test]
fn typing_the_data_sets_own_population_removes_the_override() -> TestResult {
    let mut scenario = default_with([Edit::Members(MembersEdit::SetPopulation {
        code: 727,
        population: 25_000,
    })])?;
    assert_eq!(
        scenario.members.population_overrides,
        vec![PopulationOverride {
            code: 727,
            population: 25_000
        }]
    );
    scenario.apply(Edit::Members(MembersEdit::SetPopulation {
        code: 727,
        population: 26_000,
    }))?;
    assert_eq!(scenario.members.population_overrides[0].population, 26_000);
    // Odder's FOLK1A 2025K1 figure.
    scenario.apply(Edit::Members(MembersEdit::SetPopulation {
        code: 727,
        population: 24_083,
    }))?;
    assert!(scenario.members.population_overrides.is_empty());
    Ok(())
}

#[test]
fn a_refused_population_is_kept_for_the_report_to_name() -> TestResult {
    let scenario = default_with([Edit::Members(MembersEdit::SetPopulation {
        code: 727,
        population: -5,
    })])?;
    let field = evaluate(&scenario).tender.map_err(|e| e.field);
    assert_eq!(
        field.err().as_deref(),
        Some("members.population_overrides[0].population")
    );
    Ok(())
}

#[test]
fn reset_population_uses_the_data_set_again() -> TestResult {
    let scenario = default_with([
        Edit::Members(MembersEdit::SetPopulation {
            code: 727,
            population: 1,
        }),
        Edit::Members(MembersEdit::ResetPopulation { code: 727 }),
    ])?;
    assert!(scenario.members.population_overrides.is_empty());
    Ok(())
}

#[test]
fn cost_items_are_added_changed_and_removed_by_id() -> TestResult {
    let mut scenario = default_with([Edit::Tender(TenderEdit::AddCostItem {
        name: "Ny post".into(),
    })])?;
    let added = scenario
        .tender
        .cost_items
        .last()
        .map(|i| (i.id, i.amount, i.kind));
    assert_eq!(added, Some((6, Money::ZERO, CostKind::Supplier)));
    scenario.apply(Edit::Tender(TenderEdit::RemoveCostItem { id: 2 }))?;
    scenario.apply(Edit::Tender(TenderEdit::SetItemName {
        id: 6,
        name: "Drift".into(),
    }))?;
    scenario.apply(Edit::Tender(TenderEdit::SetItemAmount {
        id: 6,
        amount: Money::from_ore(5_000),
    }))?;
    scenario.apply(Edit::Tender(TenderEdit::SetItemKind {
        id: 1,
        kind: CostKind::Supplier,
    }))?;
    let items: Vec<(u32, &str, CostKind)> = scenario
        .tender
        .cost_items
        .iter()
        .map(|i| (i.id, i.name.as_str(), i.kind))
        .collect();
    assert_eq!(items[0], (1, "Konsulent", CostKind::Supplier));
    assert_eq!(items[1].0, 3, "the item after the removed one keeps its id");
    assert_eq!(items[4], (6, "Drift", CostKind::Supplier));
    // A new item after a removal still gets an id no other item has.
    scenario.apply(Edit::Tender(TenderEdit::AddCostItem { name: "x".into() }))?;
    assert_eq!(scenario.tender.cost_items.last().map(|i| i.id), Some(7));
    Ok(())
}

#[test]
fn an_id_never_repeats_even_past_the_last_one_there_is() -> TestResult {
    let mut scenario = Scenario::default();
    scenario.tender.cost_items[4].id = u32::MAX;
    scenario.apply(Edit::Tender(TenderEdit::AddCostItem { name: "x".into() }))?;
    let ids: Vec<u32> = scenario.tender.cost_items.iter().map(|i| i.id).collect();
    // 1–4 are taken and u32::MAX has no successor: the smallest free id, 5.
    assert_eq!(ids, vec![1, 2, 3, 4, u32::MAX, 5]);
    Ok(())
}

#[test]
fn a_full_budget_takes_no_more_items() -> TestResult {
    let mut scenario = Scenario::default();
    while scenario.tender.cost_items.len() < MAX_COST_ITEMS {
        scenario.apply(Edit::Tender(TenderEdit::AddCostItem { name: "x".into() }))?;
    }
    let error = scenario
        .apply(Edit::Tender(TenderEdit::AddCostItem { name: "x".into() }))
        .map_err(|e| e.field);
    assert_eq!(error, Err("tender.cost_items".to_owned()));
    Ok(())
}

#[test]
fn choosing_a_custom_order_starts_from_the_order_in_effect() -> TestResult {
    let mut scenario = default_with([Edit::Leaving(LeavingEdit::SetLeavingOrder(
        LeavingOrder::SmallestFirst,
    ))])?;
    let smallest_first = evaluate(&scenario).leaving?.order_codes;
    scenario.apply(Edit::Leaving(LeavingEdit::SetLeavingOrder(
        LeavingOrder::Custom,
    )))?;
    assert_eq!(scenario.leaving.custom_order, smallest_first);
    // Going back and forth keeps the user's own order.
    scenario.apply(Edit::Leaving(LeavingEdit::MoveInCustomOrder {
        code: smallest_first[3],
        position: 1,
    }))?;
    let own = scenario.leaving.custom_order.clone();
    scenario.apply(Edit::Leaving(LeavingEdit::SetLeavingOrder(
        LeavingOrder::LargestFirst,
    )))?;
    scenario.apply(Edit::Leaving(LeavingEdit::SetLeavingOrder(
        LeavingOrder::Custom,
    )))?;
    assert_eq!(scenario.leaving.custom_order, own);
    Ok(())
}

/// The order in effect is the evaluated order of leaving, whichever order is chosen: each member once.
#[test]
fn the_order_in_effect_is_the_order_the_leaving_curve_uses() -> TestResult {
    for order in [
        LeavingOrder::LargestFirst,
        LeavingOrder::SmallestFirst,
        LeavingOrder::Custom,
    ] {
        let scenario = default_with([Edit::Leaving(LeavingEdit::SetLeavingOrder(order))])?;
        let in_effect = scenario.order_in_effect();
        assert_eq!(
            in_effect,
            evaluate(&scenario).leaving?.order_codes,
            "{order:?}"
        );
        let (mut each_once, mut members) = (in_effect.clone(), scenario.members.codes.clone());
        each_once.sort_unstable();
        members.sort_unstable();
        assert_eq!(each_once, members, "{order:?}");
    }
    Ok(())
}

#[test]
fn a_custom_order_can_be_seeded_while_a_population_is_refused() -> TestResult {
    let scenario = default_with([
        Edit::Members(MembersEdit::SetPopulation {
            code: 751,
            population: -1,
        }),
        Edit::Leaving(LeavingEdit::SetLeavingOrder(LeavingOrder::Custom)),
    ])?;
    // Aarhus' refused override is ignored: it is still the largest and leaves first.
    assert_eq!(scenario.leaving.custom_order.first(), Some(&751));
    Ok(())
}

#[test]
fn a_member_moves_to_any_position_in_one_edit() -> TestResult {
    let mut scenario = default_with([Edit::Leaving(LeavingEdit::SetLeavingOrder(
        LeavingOrder::Custom,
    ))])?;
    let before = scenario.leaving.custom_order.clone();
    let last = before[12];
    scenario.apply(Edit::Leaving(LeavingEdit::MoveInCustomOrder {
        code: last,
        position: 1,
    }))?;
    assert_eq!(scenario.leaving.custom_order[0], last);
    assert_eq!(&scenario.leaving.custom_order[1..], &before[..12]);
    scenario.apply(Edit::Leaving(LeavingEdit::MoveInCustomOrder {
        code: last,
        position: 13,
    }))?;
    assert_eq!(scenario.leaving.custom_order, before);
    // The report follows the order.
    assert_eq!(evaluate(&scenario).leaving?.order_codes, before);
    Ok(())
}

#[test]
fn moving_outside_the_order_is_refused_at_the_custom_order() {
    let mut scenario = Scenario::default();
    let refusals = [
        Edit::Leaving(LeavingEdit::MoveInCustomOrder {
            code: 101,
            position: 1,
        }),
        Edit::Leaving(LeavingEdit::MoveInCustomOrder {
            code: 751,
            position: 0,
        }),
        Edit::Leaving(LeavingEdit::MoveInCustomOrder {
            code: 751,
            position: 14,
        }),
    ];
    for edit in refusals {
        let before = scenario.clone();
        let error = scenario.apply(edit.clone()).map_err(|e| e.field);
        assert_eq!(error, Err("leaving.custom_order".to_owned()), "{edit:?}");
        assert_eq!(scenario, before, "{edit:?} changed the scenario");
    }
}

#[test]
fn the_leaving_settings_and_the_name_are_set() -> TestResult {
    let target = Some(Decimal::new(125, 2));
    let scenario = default_with([
        Edit::Leaving(LeavingEdit::SetRandomDraws(17)),
        Edit::Leaving(LeavingEdit::SetSeed(99)),
        Edit::Leaving(LeavingEdit::SetTarget(target)),
        Edit::SetName("Uden Aarhus".into()),
    ])?;
    let leaving = &scenario.leaving;
    assert_eq!((leaving.random_draws, leaving.seed), (17, 99));
    assert_eq!(leaving.target_price_per_citizen, target);
    assert_eq!(scenario.name, "Uden Aarhus");
    let none = default_with([Edit::Leaving(LeavingEdit::SetTarget(None))])?;
    assert_eq!(evaluate(&none).leaving?.target, None);
    Ok(())
}

#[test]
fn reset_gives_the_default_scenario() -> TestResult {
    let scenario = default_with([
        Edit::Members(MembersEdit::ApplyPreset(PresetId::All)),
        Edit::Leaving(LeavingEdit::SetSeed(3)),
        Edit::Reset,
    ])?;
    assert_eq!(scenario, Scenario::default());
    Ok(())
}

#[test]
fn each_refused_edit_names_its_field_and_changes_nothing() {
    let cases = [
        (
            Edit::Members(MembersEdit::SetMember {
                code: 9,
                member: true,
            }),
            "members.codes",
        ),
        (
            Edit::Members(MembersEdit::SetPopulation {
                code: 9,
                population: 5,
            }),
            "members.population_overrides",
        ),
        (
            Edit::Tender(TenderEdit::SetItemName {
                id: 99,
                name: "x".into(),
            }),
            "tender.cost_items",
        ),
        (
            Edit::Tender(TenderEdit::SetItemAmount {
                id: 99,
                amount: Money::ZERO,
            }),
            "tender.cost_items",
        ),
        (
            Edit::Tender(TenderEdit::SetItemKind {
                id: 99,
                kind: CostKind::Internal,
            }),
            "tender.cost_items",
        ),
        (
            Edit::Tender(TenderEdit::RemoveCostItem { id: 99 }),
            "tender.cost_items",
        ),
        (
            Edit::Leaving(LeavingEdit::MoveInCustomOrder {
                code: 101,
                position: 1,
            }),
            "leaving.custom_order",
        ),
    ];
    for (edit, field) in cases {
        let mut scenario = Scenario::default();
        let error = scenario.apply(edit.clone()).map_err(|e| e.field);
        assert_eq!(error, Err(field.to_owned()), "{edit:?}");
        assert_eq!(scenario, Scenario::default(), "{edit:?}");
    }
}

#[test]
fn an_edited_old_document_becomes_a_current_one() -> TestResult {
    let mut scenario = Scenario::default();
    scenario.version = 1;
    scenario.apply(Edit::Leaving(LeavingEdit::SetSeed(1)))?;
    assert_eq!(scenario.version, SCENARIO_VERSION);
    Ok(())
}

/// An edit of a section the scenario keeps as its text is refused even by rules that could apply it
/// (the scenario read by a module without that section, edited with every section's rules): the kept
/// text, not the edit, would be written. After a reset nothing is kept, and the edit applies.
#[test]
fn an_edit_of_a_section_kept_as_text_is_refused_until_nothing_is_kept() -> TestResult {
    use crate::document::sections::{self, Sections};
    let hours_only = Sections {
        hours: Some(sections::HOURS),
        ..Sections::NONE
    };
    let mut read = Scenario::from_json_reading(&Scenario::default().to_json(), &hours_only)?;
    let written = read.to_json();
    for edit in [
        Edit::Keys(KeysEdit::SetTypedHours(100)),
        Edit::Procurement(ProcurementEdit::SetExtensionMonths(12)),
    ] {
        let section = match edit {
            Edit::Keys(_) => "keys",
            _ => "procurement",
        };
        let refused = read.apply_in(edit.clone(), &Sections::ALL);
        assert_eq!(
            refused.map_err(|e| (e.field, e.problem)),
            Err((section.to_owned(), Problem::NotShownHere))
        );
        assert_eq!(read.to_json(), written);
    }
    read.apply_in(Edit::Hours(HoursEdit::SetYear(2031)), &hours_only)?;
    assert_eq!(read.hours.year, 2031);
    read.apply_in(Edit::Reset, &hours_only)?;
    read.apply_in(Edit::Keys(KeysEdit::SetTypedHours(100)), &Sections::ALL)?;
    assert_eq!(read.keys.typed_hours, 100);
    Ok(())
}

/// An edit of each section a module may or may not show reaches that section's own rules through
/// `Scenario::apply` (the table of `sections::ALL`), and a refused one changes nothing.
#[test]
fn each_sections_edit_reaches_its_rules() -> TestResult {
    let scenario = default_with([
        Edit::Procurement(ProcurementEdit::SetExtensionMonths(12)),
        Edit::Hours(HoursEdit::SetYear(2031)),
        Edit::Keys(KeysEdit::SetTypedHours(100)),
    ])?;
    assert_eq!(scenario.procurement.extension_months, 12);
    assert_eq!(scenario.hours.year, 2031);
    assert_eq!(scenario.keys.typed_hours, 100);
    let mut refused = scenario.clone();
    let error = refused.apply(Edit::Procurement(ProcurementEdit::RemoveLine { id: 999 }));
    assert_eq!(
        error.map_err(|e| e.field),
        Err("procurement.lines".to_owned())
    );
    assert_eq!(refused, scenario);
    Ok(())
}
