//! The fields a refusal names, typed (`ddh_engine::common::field`): every field an area's type can
//! name is a path of `engine/FORMATS.md`, every path of its section there is a field of the type, and a
//! path is read back only in the one form a field writes.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod formats;

use ddh_engine::common::field::FieldPath;
use ddh_engine::hours::edit::Schedule;
use ddh_engine::{hours, keys, leaving, members, procurement, tender, years};
use proptest::prelude::*;

/// The areas whose fields are typed: all of them.
const AREAS: [&str; 7] = [
    "members",
    "tender",
    "leaving",
    "procurement",
    "hours",
    "keys",
    "years",
];

/// The path of every variant of each area's field, with `i` for its positions: one entry per variant.
fn every_field(i: usize) -> Vec<String> {
    use hours::Field as H;
    use keys::Field as K;
    use leaving::Field as L;
    use members::Field as M;
    use procurement::Field as P;
    use tender::Field as T;
    let members = [
        M::Quarter,
        M::Codes,
        M::Code(i),
        M::PopulationOverrides,
        M::OverrideCode(i),
        M::OverridePopulation(i),
    ];
    let tender = [T::CostItems, T::Id(i), T::Name(i), T::Amount(i), T::Kind(i)];
    let leaving = [
        L::Order,
        L::CustomOrder,
        L::CustomOrderEntry(i),
        L::RandomDraws,
        L::Seed,
        L::TargetPricePerCitizen,
    ];
    let procurement = [
        P::Section,
        P::Category,
        P::LaunchDate,
        P::TermIndefinite,
        P::TermMonths,
        P::ExtensionMonths,
        P::IncludeTenderSupplierItems,
        P::Lines,
        P::LineId(i),
        P::LineRole(i),
        P::LineTiming(i),
        P::LineBasis(i),
        P::LineAmount(i),
        P::CrossBorderInterest,
        P::AnnounceAbove,
        P::MarketTermsAbove,
        P::PriceCap,
        P::CapComponent,
        P::CapMarginPercent,
        P::CapConsequence,
        P::Offers,
        P::OfferId(i),
        P::OfferName(i),
        P::OfferSource(i),
        P::OfferBasis(i),
        P::OfferSetup(i),
        P::OfferYearly(i),
        P::OfferYearlyHigh(i),
        P::OfferYears,
    ];
    let (today, proposed) = (Schedule::Today, Schedule::Proposed);
    let hours = [
        H::Section,
        H::Year,
        H::Week(today),
        H::Week(proposed),
        H::Day(today, i),
        H::Day(proposed, i),
        H::Open(today, i, i + 1),
        H::Open(proposed, i, i),
        H::Close(today, i, i),
        H::Close(proposed, i + 1, i),
        H::Agents(today, i, i),
        H::Agents(proposed, i, i),
        H::Grundlovsdag,
        H::Juleaftensdag,
        H::Nytaarsaftensdag,
        H::AgentsPerHour,
        H::HourlyRate,
        H::CallsPerYear,
        H::Profile,
        H::ProfileDay(i),
        H::ProfileHour(i, i + 1),
        H::ProfileIsIllustrative,
        H::MovedPercent,
        H::MovedTo,
        H::AhtSeconds,
        H::TargetPercent,
        H::TargetSeconds,
        H::ShrinkagePercent,
        H::MaxOccupancyPercent,
        H::PatienceSeconds,
        H::JumpseatPercent,
    ];
    let keys = [
        K::Section,
        K::Source,
        K::TypedHours,
        K::TypedCost,
        K::Calls,
        K::CallCode(i),
        K::CallCount(i),
        K::CallsIllustrative,
        K::Economic,
        K::PopulationWeightPercent,
        K::CallsWeightPercent,
        K::Bounded,
        K::FloorPercent,
        K::CapPercent,
        K::Marketplace,
        K::BasePercent,
        K::Bids,
        K::BidCode(i),
        K::BidHours(i),
        K::Fill,
        K::CompensationPerHour,
        K::JumpseatApply,
        K::JumpseatHours,
        K::SeatsCount,
        K::SeatsMethod,
        K::SeatsAarhus,
    ];
    use years::Field as Y;
    let years = [
        Y::Section,
        Y::FirstYear,
        Y::LastYear,
        Y::Key,
        Y::HalfYearRule,
        Y::Costs,
        Y::CostId(i),
        Y::CostName(i),
        Y::CostAmount(i),
        Y::CostBaseYear(i),
        Y::CostFromYear(i),
        Y::CostToYear(i),
        Y::StaffingInclude,
        Y::StaffingSchedule,
        Y::PurchaseInclude,
        Y::PurchaseFirstYear,
        Y::PurchaseBaseYear,
        Y::TenderInclude,
        Y::TenderYear,
        Y::TenderBaseYear,
        Y::IndexValues,
        Y::IndexYear(i),
        Y::IndexValue(i),
        Y::IndexBase(i),
        Y::Chains,
        Y::ChainBase(i),
        Y::ChainFactor(i),
        Y::January(i32::try_from(i).unwrap_or(0)),
        Y::Quarters,
        Y::Quarter(i),
        Y::QuarterLabel(i),
        Y::QuarterSource(i),
        Y::QuarterPopulations(i),
        Y::QuarterCode(i, i),
        Y::QuarterPopulation(i, i + 1),
        Y::Changes,
        Y::ChangeCode(i),
        Y::ChangeJoins(i),
        Y::ChangeLeaves(i),
        Y::ChangeNotice(i),
        Y::ChangePaysNotice(i),
    ];
    let mut all = Vec::new();
    all.extend(members.iter().map(FieldPath::path));
    all.extend(tender.iter().map(FieldPath::path));
    all.extend(leaving.iter().map(FieldPath::path));
    all.extend(procurement.iter().map(FieldPath::path));
    all.extend(hours.iter().map(FieldPath::path));
    all.extend(keys.iter().map(FieldPath::path));
    all.extend(years.iter().map(FieldPath::path));
    all
}

/// Reads `path` as the area it starts with: the field's path written again, or `None`.
fn written_again(path: &str) -> Option<String> {
    if path.starts_with("members") {
        members::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("tender") {
        tender::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("leaving") {
        leaving::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("procurement") {
        procurement::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("hours") {
        hours::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("keys") {
        keys::Field::parse(path).map(|f| f.path())
    } else if path.starts_with("years") {
        years::Field::parse(path).map(|f| f.path())
    } else {
        None
    }
}

#[test]
fn every_field_is_documented_and_read_back_as_itself() {
    for i in [0, 7, 123] {
        let fields = every_field(i);
        assert_eq!(fields.len(), 144);
        for path in &fields {
            // Positions as the format writes them, `[i]`, whatever their values.
            let pattern = formats::as_pattern(path);
            let documented_here = AREAS
                .iter()
                .flat_map(|area| formats::documented(area, 0))
                .any(|p| formats::as_pattern(&p) == pattern);
            assert!(documented_here, "{path} is not in FORMATS.md");
            assert_eq!(written_again(path).as_deref(), Some(path.as_str()));
        }
    }
}

#[test]
fn every_documented_field_of_the_typed_areas_is_a_field() {
    for area in AREAS {
        let paths = formats::documented(area, 4);
        assert!(paths.len() >= 5, "{area}: {paths:?}");
        for path in paths {
            assert_eq!(
                written_again(&path).as_deref(),
                Some(path.as_str()),
                "{path}"
            );
        }
    }
}

/// A path changed by one character, for the near misses below.
fn near_miss() -> impl Strategy<Value = String> {
    let paths = every_field(12);
    (
        proptest::sample::select(paths),
        any::<prop::sample::Index>(),
        prop_oneof![
            Just('['),
            Just(']'),
            Just('.'),
            Just('0'),
            Just('1'),
            Just('-'),
            Just('a'),
            Just('_')
        ],
        0..3u8,
    )
        .prop_map(|(path, at, c, how)| {
            let mut chars: Vec<char> = path.chars().collect();
            let at = at.index(chars.len() + 1);
            match how {
                0 => chars.insert(at, c),
                1 if at < chars.len() => {
                    chars.remove(at);
                }
                _ if at < chars.len() => chars[at] = c,
                _ => chars.push(c),
            }
            chars.into_iter().collect()
        })
}

/// A path whose position is written in another way than `path` writes it: each must be refused.
fn another_index() -> impl Strategy<Value = String> {
    let paths: Vec<String> = every_field(12)
        .into_iter()
        .filter(|p| p.contains("[12]"))
        .collect();
    const FORMS: [&str; 9] = [
        "[012]", "[+12]", "[ 12]", "[12 ]", "[1_2]", "[-12]", "[]", "[12.0]", "[0x0c]",
    ];
    (
        proptest::sample::select(paths),
        proptest::sample::select(&FORMS[..]),
    )
        .prop_map(|(path, form)| path.replacen("[12]", form, 1))
}

proptest! {
    /// A position written in any other way than the one form is no field.
    #[test]
    fn a_position_is_read_in_one_form_only(text in another_index()) {
        prop_assert_eq!(written_again(&text), None);
    }

    /// A text one character away from a field's path is either another field's path, written exactly
    /// so, or no field: nothing is read in two ways (`[07]`, a trailing `.`, `codes[1]x`).
    #[test]
    fn a_near_miss_is_a_field_written_exactly_or_none(text in near_miss()) {
        if let Some(again) = written_again(&text) {
            prop_assert_eq!(again, text);
        }
    }
}
