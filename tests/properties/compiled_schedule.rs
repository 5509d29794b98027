//! The compiled schedule against the one-shot op and against an oracle written from the
//! spec's words (open when the local minute is inside one of the local date's intervals,
//! or inside the part of the previous date's last interval that runs past midnight), on
//! schedules built to stress the edge walk: touching intervals, 00:00 starts, 24:00 and
//! 48:00 ends, overnight spans, exceptions from both layers on nearby dates, DST zones.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use serde_json::{json, Value};
use telrules::hours::{business_hours, BusinessHoursArgs, CompiledSchedule};

const ZONES: &[&str] = &[
    "America/New_York",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "America/Santiago",
    "Pacific/Apia",
    "Asia/Kathmandu",
    "UTC",
];
/// A generated exception: day offset from 2025-03-01, closed?, intervals.
type Exception = (i64, bool, Vec<(u32, u32)>);
type Exceptions = Vec<Exception>;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Up to five intervals from increasing cut points, often touching (gap 0), ending
/// anywhere up to 48:00.
fn arb_day() -> impl Strategy<Value = Vec<(u32, u32)>> {
    prop::collection::vec(
        (
            prop_oneof![Just(0u32), 0u32..600],
            prop_oneof![Just(1440u32), Just(2880), 1u32..900],
        ),
        0..5,
    )
    .prop_map(|raw| {
        let mut cursor = 0;
        let mut out = Vec::new();
        for (gap, len) in raw {
            let start = cursor + gap;
            if start >= 1440 {
                break;
            }
            let end = (start + len).min(2880).min(start + 2880);
            out.push((start, end));
            cursor = end;
            if cursor >= 1440 {
                break;
            }
        }
        out
    })
}

fn spans(day: &[(u32, u32)]) -> Value {
    json!(day
        .iter()
        .map(|&(s, e)| [hhmm(s), hhmm(e)])
        .collect::<Vec<_>>())
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default()
}

/// Exceptions as (day offset from 2025-03-01, closed?, intervals).
fn arb_exceptions() -> impl Strategy<Value = Exceptions> {
    prop::collection::vec((0i64..400, any::<bool>(), arb_day()), 0..6)
}

fn exceptions_json(list: &[Exception]) -> Vec<Value> {
    let mut seen = std::collections::BTreeSet::new();
    list.iter()
        .filter(|(offset, _, _)| seen.insert(*offset))
        .map(|(offset, closed, day)| {
            let date = base_date() + Duration::days(*offset);
            if *closed {
                json!({"date": date.to_string(), "closed": true, "label": format!("x{offset}")})
            } else {
                json!({"date": date.to_string(), "hours": spans(day)})
            }
        })
        .collect()
}

#[derive(Debug, Clone)]
struct Case {
    zone: &'static str,
    week: Vec<Vec<(u32, u32)>>,
    org_exceptions: Exceptions,
    number_exceptions: Exceptions,
}

impl Case {
    fn args(&self, at: DateTime<Utc>) -> BusinessHoursArgs {
        let weekly: serde_json::Map<String, Value> = DAYS
            .iter()
            .zip(&self.week)
            .map(|(name, day)| ((*name).to_owned(), spans(day)))
            .collect();
        serde_json::from_value(json!({
            "org": {"timezone": self.zone, "weekly": weekly, "exceptions": exceptions_json(&self.org_exceptions)},
            "number": {"exceptions": exceptions_json(&self.number_exceptions)},
            "at": at.to_rfc3339(),
        }))
        .unwrap_or_else(|e| panic!("generated args do not parse: {e}"))
    }

    /// The intervals a local date owns, straight from the generated data.
    fn day(&self, date: NaiveDate) -> Vec<(u32, u32)> {
        let offset = (date - base_date()).num_days();
        let pick = |list: &[Exception]| {
            list.iter()
                .find(|(o, _, _)| *o == offset)
                .map(|(_, closed, day)| if *closed { Vec::new() } else { day.clone() })
        };
        pick(&self.number_exceptions)
            .or_else(|| pick(&self.org_exceptions))
            .unwrap_or_else(|| {
                self.week
                    .get(date.weekday().num_days_from_monday() as usize)
                    .cloned()
                    .unwrap_or_default()
            })
    }

    fn oracle_open(&self, at: DateTime<Utc>) -> bool {
        let tz: Tz = self.zone.parse().unwrap_or(Tz::UTC);
        let local = at.with_timezone(&tz).naive_local();
        let minute = local.hour() * 60 + local.minute();
        let inside = |day: Vec<(u32, u32)>, m: u32| day.iter().any(|&(s, e)| s <= m && m < e);
        inside(self.day(local.date()), minute)
            || local
                .date()
                .pred_opt()
                .is_some_and(|y| inside(self.day(y), minute + 1440))
    }
}

fn arb_case() -> impl Strategy<Value = Case> {
    (
        prop::sample::select(ZONES),
        prop::collection::vec(arb_day(), 7),
        arb_exceptions(),
        arb_exceptions(),
    )
        .prop_map(|(zone, week, org_exceptions, number_exceptions)| Case {
            zone,
            week,
            org_exceptions,
            number_exceptions,
        })
}

fn arb_instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2025-03-01 .. 2026-05-01, any second.
    (1_740_787_200i64..1_777_593_600)
        .prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn compiled_answers_what_the_one_shot_op_answers(case in arb_case(), at in arb_instant()) {
        let args = case.args(at);
        let compiled = CompiledSchedule::new(&args.org, args.number.as_ref());
        match (business_hours(&args), compiled) {
            (Ok(one_shot), Ok(compiled)) => {
                prop_assert_eq!(&compiled.answer(at), &one_shot);
                prop_assert_eq!(compiled.is_open(at), one_shot.open);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "one-shot {:?} vs compiled {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn open_matches_the_spec_oracle(case in arb_case(), at in arb_instant(), later in prop::collection::vec(0i64..(40 * 86_400), 6)) {
        let args = case.args(at);
        let Ok(compiled) = CompiledSchedule::new(&args.org, args.number.as_ref()) else { return Ok(()) };
        for t in std::iter::once(at).chain(later.iter().map(|s| at + Duration::seconds(*s))) {
            prop_assert_eq!(compiled.is_open(t), case.oracle_open(t), "at {}", t);
        }
    }

    #[test]
    fn open_intervals_are_the_maximal_open_periods(case in arb_case(), from in arb_instant(), days in 1i64..15, samples in prop::collection::vec(0.0f64..1.0, 10)) {
        let args = case.args(from);
        let Ok(compiled) = CompiledSchedule::new(&args.org, args.number.as_ref()) else { return Ok(()) };
        let to = from + Duration::days(days);
        let intervals = compiled.open_intervals(from, to).unwrap_or_default();
        let mut previous_end: Option<DateTime<Utc>> = None;
        for iv in &intervals {
            prop_assert!(from <= iv.from && iv.from < iv.to && iv.to <= to, "{:?}", iv);
            // Maximal: never touching the previous one (that would be one period).
            prop_assert!(previous_end.is_none_or(|end| end < iv.from), "{:?} touches the previous", iv);
            previous_end = Some(iv.to);
            prop_assert!(compiled.is_open(iv.from) && case.oracle_open(iv.from));
            if iv.from > from {
                prop_assert!(!compiled.is_open(iv.from - Duration::seconds(1)));
            }
            if iv.to < to {
                prop_assert!(!compiled.is_open(iv.to), "open at the end {}", iv.to);
                prop_assert_eq!(compiled.next_change(iv.from), Some(iv.to));
            }
        }
        let span = (to - from).num_seconds();
        for f in samples {
            let t = from + Duration::seconds((span as f64 * f) as i64);
            let inside = intervals.iter().any(|iv| iv.from <= t && t < iv.to);
            prop_assert_eq!(inside, case.oracle_open(t), "at {}", t);
        }
    }
}

#[test]
fn a_range_longer_than_a_year_or_backwards_is_refused() {
    let compiled = CompiledSchedule::new(
        &serde_json::from_value(
            json!({"timezone": "UTC", "weekly": {"mon": [["09:00", "17:00"]]}}),
        )
        .unwrap_or_default(),
        None,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let from: DateTime<Utc> = "2026-01-01T00:00:00Z".parse().unwrap_or_default();
    assert!(compiled
        .open_intervals(from, from + Duration::days(367))
        .is_err());
    assert!(compiled
        .open_intervals(from, from - Duration::days(1))
        .is_err());
    assert_eq!(
        compiled
            .open_intervals(from, from + Duration::days(366))
            .map(|v| v.len())
            .ok(),
        Some(52)
    );
}
