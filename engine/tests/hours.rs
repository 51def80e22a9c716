//! Tests of the hours area: the calendar, the schedules, the calls, the staffing and the refusals.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use chrono::NaiveDate;
use ddh_engine::hours::calendar::{closed_days, easter, open_days, Holiday};
use ddh_engine::hours::clock::ClockTime;
use ddh_engine::hours::edit::{HoursEdit, Schedule};
use ddh_engine::hours::section::{HolidayChoices, Hours, Interval, MovedTo, Week};
use ddh_engine::{evaluate, Edit, Scenario};
use rust_decimal::Decimal;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(hour: u16, minute: u16) -> ClockTime {
    ClockTime::new(hour, minute).unwrap()
}

fn interval(open: (u16, u16), close: (u16, u16)) -> Interval {
    Interval {
        open: at(open.0, open.1),
        close: at(close.0, close.1),
        agents: None,
    }
}

const NO_SETTINGS: HolidayChoices = HolidayChoices {
    grundlovsdag: false,
    juleaftensdag: false,
    nytaarsaftensdag: false,
};

/// Easter Sunday in every year a scenario may have (1990–2100), as python-dateutil's `easter` (its
/// Gregorian method) gives them, month and day: the algorithm's integer divisions agree with the
/// calendar in every century the format allows, 2100 included.
#[test]
fn easter_in_every_year_of_the_format_is_the_calendars() {
    let known = [
        "0415 0331 0419 0411 0403 0416 0407 0330 0412 0404 0423 0415 0331 0420",
        "0411 0327 0416 0408 0323 0412 0404 0424 0408 0331 0420 0405 0327 0416",
        "0401 0421 0412 0404 0417 0409 0331 0420 0405 0328 0416 0401 0421 0413",
        "0328 0417 0409 0325 0413 0405 0425 0410 0401 0421 0406 0329 0417 0409",
        "0325 0414 0405 0418 0410 0402 0421 0406 0329 0418 0402 0422 0414 0330",
        "0418 0410 0326 0415 0406 0329 0411 0403 0422 0414 0330 0419 0410 0326",
        "0415 0407 0419 0411 0403 0423 0407 0330 0419 0404 0326 0415 0331 0420",
        "0411 0403 0416 0408 0330 0412 0404 0424 0415 0331 0420 0412 0328",
    ]
    .join(" ");
    let days: Vec<&str> = known.split_whitespace().collect();
    assert_eq!(days.len(), 111);
    for (year, day) in (1990..=2100).zip(days) {
        let (month, day) = (day[..2].parse().unwrap(), day[2..].parse().unwrap());
        assert_eq!(easter(year), Some(date(year, month, day)), "{year}");
    }
}

#[test]
fn easter_2024_to_2030_falls_on_the_known_days() {
    // Folkekirkens kalender / almanakken.
    let known = [
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21),
    ];
    for (y, m, d) in known {
        assert_eq!(easter(y), Some(date(y, m, d)), "{y}");
    }
}

#[test]
fn store_bededag_is_a_holiday_until_2023_only() {
    let has_bededag = |year| {
        closed_days(year, NO_SETTINGS)
            .iter()
            .any(|(_, h)| *h == Holiday::StoreBededag)
    };
    assert!(closed_days(2023, NO_SETTINGS).contains(&(date(2023, 5, 5), Holiday::StoreBededag)));
    assert!(!has_bededag(2024) && !has_bededag(2026));
    // The eleven public holidays of 2026 and nothing else without settings; the three settings add theirs.
    let dates: Vec<NaiveDate> = closed_days(2026, NO_SETTINGS)
        .iter()
        .map(|(d, _)| *d)
        .collect();
    let expected = [
        (1, 1),
        (4, 2),
        (4, 3),
        (4, 5),
        (4, 6),
        (5, 14),
        (5, 24),
        (5, 25),
        (12, 25),
        (12, 26),
    ]
    .map(|(m, d)| date(2026, m, d));
    assert_eq!(dates, expected);
    let all = HolidayChoices {
        grundlovsdag: true,
        juleaftensdag: true,
        nytaarsaftensdag: true,
    };
    assert_eq!(closed_days(2026, all).len(), expected.len() + 3);
}

#[test]
fn the_slides_schedules_are_60_and_48_hours_a_week() {
    let report = evaluate(&Scenario::default()).hours.unwrap();
    assert_eq!(report.today.weekly_minutes, 60 * 60);
    assert_eq!(report.proposed.weekly_minutes, 48 * 60);
    assert_eq!(report.change.weekly_minutes, -12 * 60);
    assert_eq!(report.change.weekly_percent, Some(Decimal::new(-2000, 2)));
}

/// The year's open minutes counted day by day over the calendar, with the holidays listed by date:
/// independent of the weekday counts the engine multiplies.
fn count_open_minutes(year: i32, holidays: &[(u32, u32)], daily: [u32; 7]) -> u64 {
    let mut day = date(year, 1, 1);
    let mut minutes = 0u64;
    while day <= date(year, 12, 31) {
        let closed = holidays.iter().any(|&(m, d)| date(year, m, d) == day);
        if !closed {
            minutes += u64::from(daily[ddh_engine::hours::calendar::weekday_index(day)]);
        }
        day = day.succ_opt().unwrap();
    }
    minutes
}

#[test]
fn open_hours_of_2026_and_2027_by_a_count_of_the_calendar() {
    // Public holidays plus grundlovsdag, juleaften and nytårsaften (the default settings).
    let y2026 = [
        (1, 1),
        (4, 2),
        (4, 3),
        (4, 5),
        (4, 6),
        (5, 14),
        (5, 24),
        (5, 25),
        (6, 5),
        (12, 24),
        (12, 25),
        (12, 26),
        (12, 31),
    ];
    let y2027 = [
        (1, 1),
        (3, 25),
        (3, 26),
        (3, 28),
        (3, 29),
        (5, 6),
        (5, 16),
        (5, 17),
        (6, 5),
        (12, 24),
        (12, 25),
        (12, 26),
        (12, 31),
    ];
    let today = [720, 720, 720, 720, 480, 0, 240];
    let proposed = [600, 600, 600, 600, 480, 0, 0];
    for (year, holidays) in [(2026, &y2026[..]), (2027, &y2027[..])] {
        let mut scenario = Scenario::default();
        scenario.hours.year = year;
        let report = evaluate(&scenario).hours.unwrap();
        assert_eq!(
            report.today.yearly_minutes,
            count_open_minutes(year, holidays, today),
            "{year}"
        );
        assert_eq!(
            report.proposed.yearly_minutes,
            count_open_minutes(year, holidays, proposed)
        );
        assert_eq!(report.closed_days.len(), holidays.len());
    }
    // 2026: 3.016 hours today, 2.412 proposed.
    let report = evaluate(&Scenario::default()).hours.unwrap();
    assert_eq!(
        (
            report.today.yearly_minutes / 60,
            report.proposed.yearly_minutes / 60
        ),
        (3_016, 2_412)
    );
}

/// Grundlovsdag on pinsedag (5 June 2022) or on 2. pinsedag (5 June 2017): one row for the date,
/// naming both, and the day's minutes counted once, so the rows add up to what the year loses.
#[test]
fn grundlovsdag_on_whitsun_is_one_closed_day_naming_both() {
    for (year, whitsun) in [(2022, Holiday::Pinsedag), (2017, Holiday::AndenPinsedag)] {
        let mut scenario = Scenario::default();
        scenario.hours.year = year;
        scenario.hours.holidays.grundlovsdag = true;
        let report = evaluate(&scenario).hours.unwrap();
        let on_june_5: Vec<_> = report
            .closed_days
            .iter()
            .filter(|d| d.date.0 == date(year, 6, 5))
            .collect();
        assert_eq!(on_june_5.len(), 1, "{year}");
        assert_eq!(
            on_june_5[0].holidays,
            [whitsun, Holiday::Grundlovsdag],
            "{year}"
        );
        // The minutes the closed days list are the minutes the year loses, counted day by day.
        let daily: [u32; 7] = report.today.daily_minutes.clone().try_into().unwrap();
        let open_all_year = count_open_minutes(year, &[], daily);
        let listed: u64 = report
            .closed_days
            .iter()
            .map(|d| u64::from(d.today_minutes))
            .sum();
        assert_eq!(
            open_all_year - listed,
            report.today.yearly_minutes,
            "{year}"
        );
    }
}

#[test]
fn open_days_leave_out_the_closed_ones() {
    let closed = closed_days(2026, NO_SETTINGS);
    let days = open_days(2026, &closed);
    // 2026 has 52 of each weekday and 53 Thursdays; holidays fall on Mon ×2, Thu ×3, Fri ×2, Sat ×1, Sun ×2.
    assert_eq!(days, [50, 52, 52, 50, 50, 51, 50]);
}

#[test]
fn every_call_is_in_open_hours_moved_or_lost() {
    for moved_to in [MovedTo::SameDay, MovedTo::Week] {
        let mut scenario = Scenario::default();
        scenario.hours.calls.moved_to = moved_to;
        let report = evaluate(&scenario).hours.unwrap();
        for schedule in [&report.today, &report.proposed] {
            let c = schedule.calls;
            assert_eq!(
                c.in_open_hours + c.moved + c.lost,
                120_000,
                "{moved_to:?} {c:?}"
            );
        }
        // The proposal closes hours with calls: 80 % of those are moved.
        let c = report.proposed.calls;
        assert!(c.moved > 0 && c.lost > 0);
        assert!(
            ((c.moved + c.lost) * 80 / 100).abs_diff(c.moved) <= 1,
            "{c:?}"
        );
    }
}

/// Calls on Monday in every hour and on Tuesday 8–16 (weight 1 an hour, 3.200 calls: 100 per weight);
/// open Monday 8–16 and Tuesday 20–22 only, all closed calls moved to the same day. Monday moves its
/// 1.600 closed calls into its own 800 open; Tuesday is open but has no calls in its open hours, so
/// its 800 go to the week's open hours, which are Monday's. Nothing is lost; Monday's hours carry 4×
/// their own calls. Open only on Tuesday 20–22, no open hour has calls, so nothing can be moved.
#[test]
fn a_day_open_only_in_hours_without_calls_passes_its_calls_to_the_week() {
    let mut calls = Hours::default().calls;
    calls.per_year = 3_200;
    calls.moved_percent = Decimal::ONE_HUNDRED;
    calls.moved_to = MovedTo::SameDay;
    calls.profile = (0..7)
        .map(|day| {
            (0..24)
                .map(|hour| match day {
                    0 => Decimal::ONE,
                    1 if (8..16).contains(&hour) => Decimal::ONE,
                    _ => Decimal::ZERO,
                })
                .collect()
        })
        .collect();
    let weights = ddh_engine::hours::demand::weights(&calls);
    let mut open = [[0u16; 24]; 7];
    open[0][8..16].fill(60);
    open[1][20..22].fill(60);
    let demand = ddh_engine::hours::demand::spread(&calls, &weights, &[1; 7], &open);
    assert!((demand.in_open_hours - 800.0).abs() < 1e-9, "{demand:?}");
    assert!((demand.moved - 2_400.0).abs() < 1e-9, "{demand:?}");
    assert!(demand.lost.abs() < 1e-9, "{demand:?}");
    assert!((demand.per_minute[0][8] - 400.0 / 60.0).abs() < 1e-9);
    assert_eq!(demand.per_minute[1][20], 0.0);
    open[0] = [0; 24];
    let demand = ddh_engine::hours::demand::spread(&calls, &weights, &[1; 7], &open);
    assert_eq!((demand.in_open_hours, demand.moved), (0.0, 0.0));
    assert!((demand.lost - 3_200.0).abs() < 1e-9, "{demand:?}");
}

#[test]
fn staffing_plan_costs_its_hours_at_the_rate_and_members_share_it_exactly() {
    let report = evaluate(&Scenario::default()).hours.unwrap();
    let plan = report.today.staffed;
    // 7 agents in each of the year's 3.016 open hours at 235 kr.
    assert_eq!(plan.agent_minutes, 7 * 3_016 * 60);
    assert_eq!(plan.cost.to_ore(), Some(7 * 3_016 * 23_500));
    let members = report.today.members.as_ref().unwrap();
    assert_eq!(
        members.iter().map(|m| m.agent_minutes).sum::<u64>(),
        plan.agent_minutes
    );
    let ore: i64 = members.iter().map(|m| m.cost.to_ore().unwrap()).sum();
    assert_eq!(Some(ore), plan.cost.to_ore());
    assert_eq!(members[0].name, "Aarhus");
}

#[test]
fn needed_positions_meet_the_target_in_every_interval() {
    let scenario = Scenario::default();
    let report = evaluate(&scenario).hours.unwrap();
    for row in &report.today.intervals {
        // Shrinkage 10 %: positions = ⌈needed / 0,9⌉, exactly.
        let exact = (Decimal::from(row.needed_on_phone) / Decimal::new(9, 1)).ceil();
        assert_eq!(Decimal::from(row.needed_positions), exact, "{row:?}");
        assert_eq!(
            row.on_phone, 6,
            "7 staffed less 10 % is 6,3: 6 on the phone"
        );
        if row.needed_on_phone <= row.on_phone {
            assert!(row.service_level.unwrap() >= Decimal::new(80, 2), "{row:?}");
        }
    }
}

#[test]
fn an_overloaded_interval_is_told_not_a_panic() {
    let mut scenario = Scenario::default();
    scenario.hours.staffing.agents_per_hour = 2;
    let report = evaluate(&scenario).hours.unwrap();
    let overloaded = report
        .today
        .intervals
        .iter()
        .filter(|r| r.service_level.is_none())
        .count();
    assert!(overloaded > 0);
    assert!(report.today.staffed.overloaded_share > Decimal::ZERO);
    assert!(report.today.staffed.answer_rate < Decimal::new(8, 1));
    // Far beyond any contact centre: the search stops and the field is named.
    scenario.hours.calls.per_year = 100_000_000;
    scenario.hours.service.aht_seconds = 7_200;
    let error = evaluate(&scenario).hours.unwrap_err();
    assert_eq!(error.field, "hours.calls.per_year");
}

#[test]
fn fewer_hours_same_calls_lower_service_with_the_same_agents() {
    let report = evaluate(&Scenario::default()).hours.unwrap();
    assert!(report.proposed.staffed.service_level < report.today.staffed.service_level);
    assert!(report.proposed.staffed.cost < report.today.staffed.cost);
}

#[test]
fn an_interval_staffs_its_own_agents() {
    let mut scenario = Scenario::default();
    let mut evening = interval((18, 0), (20, 0));
    evening.agents = Some(3);
    scenario
        .apply(Edit::Hours(HoursEdit::SetInterval {
            schedule: Schedule::Today,
            day: 0,
            index: 0,
            interval: interval((8, 0), (18, 0)),
        }))
        .unwrap();
    scenario.hours.today.0[0].push(evening);
    let report = evaluate(&scenario).hours.unwrap();
    let monday: Vec<_> = report
        .today
        .intervals
        .iter()
        .filter(|r| r.weekday == 0)
        .collect();
    assert_eq!(monday.len(), 12);
    assert_eq!(monday[10].staffed, 3);
    assert_eq!(monday[9].staffed, 7);
    assert_eq!(report.today.weekly_minutes, 60 * 60);
}

#[test]
fn a_half_open_hour_is_its_own_stretch() {
    let mut scenario = Scenario::default();
    scenario.hours.today = Week(vec![
        vec![interval((8, 30), (9, 45))],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
    ]);
    let report = evaluate(&scenario).hours.unwrap();
    let rows: Vec<(&str, &str)> = report
        .today
        .intervals
        .iter()
        .map(|r| (r.start.as_str(), r.end.as_str()))
        .collect();
    assert_eq!(rows, [("08:30", "09:00"), ("09:00", "09:45")]);
    assert_eq!(report.today.weekly_minutes, 75);
}

#[test]
fn each_bad_hours_field_is_named() {
    type Spoil = fn(&mut Hours);
    let cases: [(&str, Spoil); 14] = [
        ("hours.today[0][0].close", |h| {
            h.today.0[0][0].close = at(7, 0)
        }),
        ("hours.today[0][1].open", |h| {
            h.today.0[0].push(interval((19, 0), (21, 0)))
        }),
        ("hours.proposed[4][0].open", |h| {
            h.proposed.0[4][0].open = at(8, 10)
        }),
        ("hours.today", |h| {
            h.today.0.pop();
        }),
        ("hours.service.aht_seconds", |h| h.service.aht_seconds = 0),
        ("hours.calls.per_year", |h| h.calls.per_year = -1),
        ("hours.service.target_percent", |h| {
            h.service.target_percent = Decimal::new(1001, 1)
        }),
        ("hours.service.shrinkage_percent", |h| {
            h.service.shrinkage_percent = Decimal::ONE_HUNDRED
        }),
        ("hours.service.patience_seconds", |h| {
            h.service.patience_seconds = 0
        }),
        ("hours.service.max_occupancy_percent", |h| {
            h.service.max_occupancy_percent = Decimal::ZERO
        }),
        ("hours.calls.profile", |h| {
            h.calls.profile = vec![vec![Decimal::ZERO; 24]; 7]
        }),
        ("hours.calls.profile[2][9]", |h| {
            h.calls.profile[2][9] = Decimal::NEGATIVE_ONE
        }),
        ("hours.staffing.hourly_rate", |h| {
            h.staffing.hourly_rate = ddh_engine::money::Money::from_ore(-1)
        }),
        ("hours.year", |h| h.year = 1900),
    ];
    for (field, spoil) in cases {
        let mut scenario = Scenario::default();
        spoil(&mut scenario.hours);
        let report = evaluate(&scenario);
        let errors: Vec<&str> = report.errors().iter().map(|e| e.field.as_str()).collect();
        assert_eq!(errors, [field], "{field}");
        assert!(
            report.tender.is_ok(),
            "an hours error leaves the tender figures"
        );
    }
}

#[test]
fn edits_change_the_schedule_and_refuse_what_is_not_there() {
    let mut hours = Hours::default();
    hours
        .apply(HoursEdit::AddInterval {
            schedule: Schedule::Proposed,
            day: 5,
        })
        .unwrap();
    assert_eq!(hours.proposed.0[5], [interval((8, 0), (16, 0))]);
    hours
        .apply(HoursEdit::AddInterval {
            schedule: Schedule::Proposed,
            day: 5,
        })
        .unwrap();
    assert_eq!(hours.proposed.0[5][1], interval((16, 0), (17, 0)));
    hours
        .apply(HoursEdit::RemoveInterval {
            schedule: Schedule::Proposed,
            day: 5,
            index: 0,
        })
        .unwrap();
    assert_eq!(hours.proposed.0[5], [interval((16, 0), (17, 0))]);
    let missing = hours.apply(HoursEdit::RemoveInterval {
        schedule: Schedule::Today,
        day: 5,
        index: 0,
    });
    assert_eq!(missing.unwrap_err().field, "hours.today[5]");
    assert!(hours
        .apply(HoursEdit::AddInterval {
            schedule: Schedule::Today,
            day: 7
        })
        .is_err());
    hours
        .apply(HoursEdit::CopySchedule {
            to: Schedule::Proposed,
        })
        .unwrap();
    assert_eq!(hours.proposed, hours.today);
}

#[test]
fn the_pilot_released_about_12_hours_a_week() {
    let pilot = ddh_engine::hours::pilot();
    assert_eq!(pilot.minutes, 4_395);
    // 44 days, 13 October to 25 November 2025: 4.395 × 7 / 44 = 699,2 minutes, 11 h 39 min a week.
    assert_eq!(pilot.weekly_minutes, 699);
}

#[test]
fn a_version_3_document_reads_with_the_default_hours() {
    let mut json: serde_json::Value = serde_json::to_value(Scenario::default()).unwrap();
    json["version"] = 3.into();
    json.as_object_mut().unwrap().remove("hours");
    let scenario = Scenario::from_json(&json.to_string()).unwrap();
    assert_eq!(scenario.hours, Hours::default());
    assert_eq!(scenario.version, ddh_engine::scenario::SCENARIO_VERSION);
}

#[test]
fn times_are_written_as_the_format_says() {
    let json = serde_json::to_string(&interval((8, 0), (24, 0))).unwrap();
    assert_eq!(json, r#"{"open":"08:00","close":"24:00"}"#);
    assert!(serde_json::from_str::<Interval>(r#"{"open":"8:00","close":"25:00"}"#).is_err());
}

/// Jumpseat agents are whole agents rounded down: 5 staffed × 30 % = 1,5 → 1 (not 2), where the cap
/// (staffed less the 2 positions one call needs at 10 % shrinkage: 3) does not bind; and 4 × 30 % =
/// 1,2 → 1 likewise. The week's jumpseat minutes are each stretch's minutes × its releasable agents.
#[test]
fn jumpseat_agents_are_rounded_down_below_the_cap() {
    let mut scenario = Scenario::default();
    scenario.hours.calls.per_year = 0;
    scenario.hours.jumpseat_percent = Decimal::from(30);
    for (staffed, releasable) in [(5, 1), (4, 1), (10, 3)] {
        scenario.hours.staffing.agents_per_hour = staffed;
        let report = evaluate(&scenario).hours.unwrap();
        let today = &report.today;
        assert!(!today.intervals.is_empty());
        for interval in &today.intervals {
            assert_eq!(interval.needed_positions, 2, "{staffed}");
            assert_eq!(interval.releasable, releasable, "{staffed}");
        }
        assert_eq!(
            today.jumpseat.weekly_minutes,
            today.weekly_minutes * releasable,
            "{staffed}"
        );
    }
}

/// More positions than the maximum are refused at the input whose change alone brings them back: the
/// calls, when the agents on the phone fit and a sensible shrinkage lifts the positions past it (20
/// million calls need at most 977 agents on the phone; at 60 % shrinkage that is over 2.000
/// positions); the shrinkage, when one agent on the phone already needs more (99,96 %: 2.500).
#[test]
fn too_many_positions_are_refused_at_the_input_that_causes_them() {
    let mut scenario = Scenario::default();
    scenario.hours.calls.per_year = 20_000_000;
    scenario.hours.service.shrinkage_percent = Decimal::ZERO;
    assert!(evaluate(&scenario).hours.is_ok());
    scenario.hours.service.shrinkage_percent = Decimal::from(60);
    assert_eq!(
        evaluate(&scenario).hours.unwrap_err().field,
        "hours.calls.per_year"
    );
    let mut scenario = Scenario::default();
    scenario.hours.service.shrinkage_percent = "99.96".parse().unwrap();
    assert_eq!(
        evaluate(&scenario).hours.unwrap_err().field,
        "hours.service.shrinkage_percent"
    );
    // 99,95 %: one agent on the phone is exactly 2.000 positions, still allowed.
    scenario.hours.calls.per_year = 0;
    scenario.hours.service.shrinkage_percent = "99.95".parse().unwrap();
    let report = evaluate(&scenario).hours.unwrap();
    assert!(report
        .today
        .intervals
        .iter()
        .all(|i| i.needed_positions == 2_000));
}

#[test]
fn a_shrinkage_just_under_100_percent_is_refused_not_a_panic() {
    let mut scenario = Scenario::default();
    scenario.hours.service.shrinkage_percent = "99.99999999999999999999999999".parse().unwrap();
    let error = evaluate(&scenario).hours.unwrap_err();
    assert_eq!(error.field, "hours.service.shrinkage_percent");
    // 100 % answered in time is out of reach for any number of agents: refused by its field.
    let mut scenario = Scenario::default();
    scenario.hours.service.target_percent = Decimal::ONE_HUNDRED;
    assert_eq!(
        evaluate(&scenario).hours.unwrap_err().field,
        "hours.service.target_percent"
    );
}

#[test]
fn a_day_open_until_midnight_takes_no_more_intervals() {
    let mut hours = Hours::default();
    hours.today.0[5] = vec![interval((20, 0), (24, 0))];
    let refused = hours.apply(HoursEdit::AddInterval {
        schedule: Schedule::Today,
        day: 5,
    });
    assert_eq!(refused.unwrap_err().field, "hours.today[5]");
    assert_eq!(hours.today.0[5].len(), 1);
}

#[test]
fn putting_back_a_weight_keeps_the_profile_illustrative() {
    let mut hours = Hours::default();
    let weight = hours.calls.profile[0][9];
    hours
        .apply(HoursEdit::SetProfileWeight {
            day: 0,
            hour: 9,
            weight,
        })
        .unwrap();
    assert!(hours.calls.profile_is_illustrative);
    hours
        .apply(HoursEdit::SetProfileWeight {
            day: 0,
            hour: 9,
            weight: Decimal::ONE,
        })
        .unwrap();
    assert!(!hours.calls.profile_is_illustrative);
}

#[test]
fn calls_in_open_hours_moved_and_lost_add_up_exactly() {
    for year in [2023, 2026, 2027] {
        let mut scenario = Scenario::default();
        scenario.hours.year = year;
        scenario.hours.calls.per_year = 123_457;
        let report = evaluate(&scenario).hours.unwrap();
        for c in [report.today.calls, report.proposed.calls] {
            assert_eq!(c.in_open_hours + c.moved + c.lost, 123_457, "{year} {c:?}");
        }
    }
}

/// With today's schedule closed all week there is no percentage change to state (not a division by
/// zero); the change in minutes is still given.
#[test]
fn a_change_from_no_opening_hours_has_no_percentage() {
    let mut scenario = Scenario::default();
    scenario.hours.today = Week(vec![Vec::new(); 7]);
    let report = evaluate(&scenario).hours;
    let Ok(report) = report else {
        panic!("a week closed today is a schedule: {report:?}");
    };
    assert_eq!(report.today.weekly_minutes, 0);
    assert_eq!(report.change.weekly_percent, None);
    assert_eq!(
        report.change.weekly_minutes,
        i64::from(report.proposed.weekly_minutes)
    );
}

/// The weekday of a day's place in the week, Monday first, and round again after Sunday.
#[test]
fn the_weekday_of_a_place_in_the_week() {
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    use ddh_engine::hours::calendar::weekday;
    let days: Vec<chrono::Weekday> = (0..9).map(weekday).collect();
    assert_eq!(days, [Mon, Tue, Wed, Thu, Fri, Sat, Sun, Mon, Tue]);
}

/// A time of day is one or two digits, a colon and two digits; a sign or a third digit is refused, and
/// a document with a time of the wrong kind says what it expected.
#[test]
fn a_time_of_day_is_read_only_as_written_hh_mm() {
    use ddh_engine::hours::clock::ClockTime;
    assert_eq!(ClockTime::parse("8:30"), ClockTime::new(8, 30));
    for text in ["+8:30", "008:30", "8:030", ":30", "8:", "８:30"] {
        assert_eq!(ClockTime::parse(text), None, "{text}");
    }
    let error = serde_json::from_str::<Interval>(r#"{"open": 830, "close": "16:00"}"#).unwrap_err();
    assert!(
        error.to_string().contains("a time of day written HH:MM"),
        "{error}"
    );
}

/// The staffing plan's answer rate is the calls-weighted mean of its intervals' (Erlang A), recounted
/// here from the intervals the report lists: their calls an hour, their length and the weekday's open
/// days in the year.
#[test]
fn the_plans_answer_rate_weighs_each_interval_by_its_calls() {
    let scenario = Scenario::default();
    let report = evaluate(&scenario).hours.unwrap();
    let closed = closed_days(scenario.hours.year, scenario.hours.holidays);
    let open = open_days(scenario.hours.year, &closed);
    for schedule in [&report.today, &report.proposed] {
        let (mut answered, mut calls) = (0.0, 0.0);
        for interval in &schedule.intervals {
            let minutes = |time: &str| {
                let (h, m) = time.split_once(':').unwrap();
                h.parse::<f64>().unwrap() * 60.0 + m.parse::<f64>().unwrap()
            };
            let length = minutes(&interval.end) - minutes(&interval.start);
            let offered = f64::try_from(interval.calls_per_hour).unwrap() / 60.0
                * length
                * f64::from(open[interval.weekday]);
            answered += f64::try_from(interval.answer_rate).unwrap() * offered;
            calls += offered;
        }
        let expected = answered / calls;
        let rate = f64::try_from(schedule.staffed.answer_rate).unwrap();
        assert!(calls > 0.0 && expected > 0.5, "{expected}");
        // The intervals' figures are rounded (2 and 4 decimals); the plan's are summed unrounded.
        assert!(
            (rate - expected).abs() < 0.0005,
            "{rate} against {expected}"
        );
    }
}

/// An edit aimed beyond the week, a day or the day's intervals is refused at the list it overruns,
/// with the position asked for and the last there is.
#[test]
fn edits_beyond_a_list_name_the_list_and_its_last_position() {
    use ddh_engine::error::Problem;
    let mut hours = Hours::default();
    let refused = |hours: &mut Hours, edit| hours.apply(edit).unwrap_err();
    let weight = Decimal::ONE;
    let error = refused(
        &mut hours,
        HoursEdit::SetProfileWeight {
            day: 0,
            hour: 24,
            weight,
        },
    );
    assert_eq!(error.field, "hours.calls.profile[0]");
    assert_eq!(
        error.problem,
        Problem::NoSuchPosition {
            position: 25,
            last: 24
        }
    );
    let error = refused(
        &mut hours,
        HoursEdit::SetProfileWeight {
            day: 7,
            hour: 3,
            weight,
        },
    );
    assert_eq!(error.field, "hours.calls.profile");
    assert_eq!(
        error.problem,
        Problem::NoSuchPosition {
            position: 8,
            last: 7
        }
    );
    let error = refused(
        &mut hours,
        HoursEdit::AddInterval {
            schedule: Schedule::Today,
            day: 9,
        },
    );
    assert_eq!(error.field, "hours.today");
    assert_eq!(
        error.problem,
        Problem::NoSuchPosition {
            position: 10,
            last: 7
        }
    );
    let intervals = hours.today.0[0].len();
    let error = refused(
        &mut hours,
        HoursEdit::RemoveInterval {
            schedule: Schedule::Today,
            day: 0,
            index: intervals + 2,
        },
    );
    assert_eq!(error.field, "hours.today[0]");
    assert_eq!(
        error.problem,
        Problem::NoSuchPosition {
            position: intervals + 3,
            last: intervals
        }
    );
}

/// A schedule with no calls serves all of them: its service level and answer rate are 100 %, not 0.
#[test]
fn a_schedule_with_no_calls_serves_them_all() {
    let mut scenario = Scenario::default();
    scenario.hours.calls.per_year = 0;
    let report = evaluate(&scenario).hours.unwrap();
    for plan in [
        &report.today.staffed,
        &report.today.needed,
        &report.proposed.staffed,
    ] {
        assert_eq!(plan.service_level, Decimal::ONE);
        assert_eq!(plan.answer_rate, Decimal::ONE);
        assert_eq!(plan.overloaded_share, Decimal::ZERO);
        assert_eq!(plan.asa_seconds, Decimal::ZERO);
    }
}

/// The call profile's import: with or without its headings' row, every hour's seven weights, and a
/// refusal at the row and column (from 1, as the spreadsheet numbers them) of a short row, a word or
/// a negative weight.
#[test]
fn a_call_profile_is_read_with_or_without_headings_and_refused_where_it_is_wrong() {
    use ddh_engine::error::{Counted, Problem};
    use ddh_engine::hours::profile_csv::parse;
    let body: String = (0..24)
        .map(|hour| format!("{hour:02}:00;{hour};1;0;0;0;0;2\n"))
        .collect();
    let with_headings = format!("time;man;tir;ons;tor;fre;lør;søn\n{body}");
    let profile = parse(&with_headings).unwrap();
    assert_eq!(
        profile,
        parse(&body).unwrap(),
        "the headings' row is optional"
    );
    assert_eq!(profile.len(), 7);
    assert_eq!(profile[0][9], Decimal::from(9));
    assert_eq!(profile[6][23], Decimal::from(2));
    // A row with six days: the 8 cells expected, 7 found, on the file's line 2 (the hour 00).
    let short = with_headings.replacen("00:00;0;1;0;0;0;0;2", "00:00;0;1;0;0;0;0", 1);
    let error = parse(&short).unwrap_err();
    assert_eq!((error.line, error.column), (2, 0));
    let shape = Problem::WrongShape {
        counted: Counted::Cells,
        expected: 8,
        found: 7,
    };
    assert_eq!(error.problem, shape);
    // A word in Monday's column (the second) and a negative weight in Tuesday's (the third).
    let word = with_headings.replacen("05:00;5;", "05:00;fem;", 1);
    let error = parse(&word).unwrap_err();
    assert_eq!((error.line, error.column), (7, 2));
    let negative = with_headings.replacen("05:00;5;1;", "05:00;5;-1;", 1);
    let error = parse(&negative).unwrap_err();
    assert_eq!((error.line, error.column), (7, 3));
    assert!(matches!(error.problem, Problem::Negative { .. }));
    // Minus zero is zero.
    let zero = with_headings.replacen("05:00;5;1;", "05:00;5;-0;", 1);
    assert_eq!(parse(&zero).unwrap()[1][5], Decimal::ZERO);
}

/// Every limit of the hours section at its edge: the limit itself is accepted, one step beyond it is
/// refused at its field with the limit in the message.
#[test]
fn each_hours_limit_holds_at_its_edge() {
    use ddh_engine::error::Problem;
    use ddh_engine::hours::section::{MAX_CALLS, MAX_INTERVALS, MAX_STAFFED, YEARS};
    type Change = Box<dyn Fn(&mut Hours)>;
    let refusal = |change: &Change| {
        let mut scenario = Scenario::default();
        change(&mut scenario.hours);
        evaluate(&scenario)
            .hours
            .err()
            .map(|e| (e.field, e.problem))
    };
    let too_large = |value: &str, max: &str| Problem::TooLarge {
        value: value.to_owned(),
        max: max.to_owned(),
    };
    // Six intervals on a Saturday (closed in the default), an hour each, in reverse order: touching is
    // not overlapping, whichever comes first in the list.
    let day_of = |count: u16| -> Vec<Interval> {
        (0..count)
            .rev()
            .map(|i| interval((8 + i, 0), (9 + i, 0)))
            .collect()
    };
    let (first, last) = YEARS;
    let accepted: Vec<(&str, Change)> = vec![
        ("first year", Box::new(move |h| h.year = first)),
        ("last year", Box::new(move |h| h.year = last)),
        (
            "most agents",
            Box::new(|h| h.staffing.agents_per_hour = MAX_STAFFED),
        ),
        (
            "most intervals",
            Box::new(move |h| h.today.0[5] = day_of(6)),
        ),
        (
            "an interval's most agents",
            Box::new(|h| h.today.0[0][0].agents = Some(MAX_STAFFED)),
        ),
        (
            "largest weight",
            Box::new(|h| h.calls.profile[0][9] = Decimal::from(MAX_CALLS)),
        ),
        (
            "the shortest service times",
            Box::new(|h| {
                h.service.aht_seconds = 1;
                h.service.target_seconds = 0;
                h.service.patience_seconds = 1;
            }),
        ),
        (
            "longest handling",
            Box::new(|h| h.service.aht_seconds = 7_200),
        ),
        (
            "all jumpseat",
            Box::new(|h| h.jumpseat_percent = Decimal::ONE_HUNDRED),
        ),
        (
            "minus zero",
            Box::new(|h| h.jumpseat_percent = Decimal::new(-0, 0)),
        ),
        (
            "busy all the time",
            Box::new(|h| h.service.max_occupancy_percent = Decimal::ONE_HUNDRED),
        ),
        (
            "no calls, no weights",
            Box::new(|h| {
                h.calls.per_year = 0;
                h.calls.profile = vec![vec![Decimal::ZERO; 24]; 7];
            }),
        ),
    ];
    for (what, change) in &accepted {
        assert_eq!(refusal(change), None, "{what}");
    }
    assert_eq!(MAX_INTERVALS, 6);
    let refused: Vec<(&str, Problem, Change)> = vec![
        (
            "hours.year",
            Problem::TooSmall {
                value: "1989".into(),
                min: "1990".into(),
            },
            Box::new(move |h| h.year = first - 1),
        ),
        (
            "hours.year",
            too_large("2101", "2100"),
            Box::new(move |h| h.year = last + 1),
        ),
        (
            "hours.staffing.agents_per_hour",
            too_large("1001", "1000"),
            Box::new(|h| h.staffing.agents_per_hour = MAX_STAFFED + 1),
        ),
        (
            "hours.today[5]",
            Problem::TooMany { max: 6 },
            Box::new(move |h| h.today.0[5] = day_of(7)),
        ),
        (
            "hours.today[0][0].agents",
            too_large("1001", "1000"),
            Box::new(|h| h.today.0[0][0].agents = Some(MAX_STAFFED + 1)),
        ),
        (
            "hours.service.aht_seconds",
            too_large("7201", "7200"),
            Box::new(|h| h.service.aht_seconds = 7_201),
        ),
        (
            "hours.jumpseat_percent",
            Problem::Negative { value: "-1".into() },
            Box::new(|h| h.jumpseat_percent = Decimal::NEGATIVE_ONE),
        ),
        (
            "hours.jumpseat_percent",
            too_large("100.01", "100"),
            Box::new(|h| h.jumpseat_percent = Decimal::new(10_001, 2)),
        ),
        (
            "hours.service.max_occupancy_percent",
            too_large("100.1", "100"),
            Box::new(|h| h.service.max_occupancy_percent = Decimal::new(1_001, 1)),
        ),
        // The most calls pass the section's limit, and no staffing carries them.
        (
            "hours.calls.per_year",
            Problem::LoadTooHigh { max: "2000".into() },
            Box::new(|h| h.calls.per_year = MAX_CALLS),
        ),
        (
            "hours.calls.per_year",
            too_large("100000001", "100000000"),
            Box::new(|h| h.calls.per_year = MAX_CALLS + 1),
        ),
        (
            "hours.calls.profile[0][9]",
            too_large("100000000.01", "100000000"),
            Box::new(|h| h.calls.profile[0][9] = Decimal::new(10_000_000_001, 2)),
        ),
    ];
    for (field, problem, change) in &refused {
        assert_eq!(
            refusal(change),
            Some(((*field).to_owned(), problem.clone())),
            "{field}"
        );
    }
}

/// The illustrative profile where today's schedule is open: each weekday's share of an average hour
/// times each hour's (Monday 125 %, Friday 85 % until 16, Sunday 60 % from 16), and no calls where
/// it is closed.
#[test]
fn the_illustrative_profile_follows_todays_schedule() {
    let profile = ddh_engine::hours::section::illustrative_profile();
    let weight = |day: usize, hour: usize| profile[day][hour].to_string();
    assert_eq!(weight(0, 9), "162.50"); // 125 % × 130 %
    assert_eq!(weight(4, 8), "76.50"); // 85 % × 90 %
    assert_eq!(weight(4, 16), "0");
    assert_eq!(weight(6, 16), "36.00"); // 60 % × 60 %
    assert_eq!(weight(6, 10), "0");
    assert_eq!(weight(5, 10), "0");
    assert_eq!(weight(0, 7), "0");
}
