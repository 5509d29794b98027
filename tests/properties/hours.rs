//! business_hours and send_window: next_change is exact (state differs at it, not one
//! minute before, nor anywhere sampled in between), next_allowed_at is allowed, and no
//! input panics.

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use telrules::hours::{send_window_at, Hours, MessageClass, Policy, Schedule, DEFAULT_RESTRICTED};

const ZONES: &[&str] = &[
    "America/New_York",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "Pacific/Apia",
    "UTC",
];

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn arb_day() -> impl Strategy<Value = Vec<[String; 2]>> {
    // Up to three intervals from increasing cut points: never overlapping, some overnight.
    prop::collection::vec((0u32..1440, 1u32..1440), 0..3).prop_map(|raw| {
        let mut cursor = 0;
        let mut out = Vec::new();
        for (gap, len) in raw {
            let start = cursor + gap % 480;
            if start >= 1440 {
                break;
            }
            let end = (start + len).min(2880);
            out.push([hhmm(start), hhmm(end)]);
            cursor = end;
            if cursor >= 1440 {
                break;
            }
        }
        out
    })
}

fn arb_hours() -> impl Strategy<Value = Hours> {
    (
        prop::sample::select(ZONES),
        prop::collection::vec(arb_day(), 7),
        prop::collection::vec((0i64..800, arb_day(), any::<bool>()), 0..3),
    )
        .prop_map(|(zone, days, exceptions)| {
            let weekly = serde_json::json!({
                "mon": days[0], "tue": days[1], "wed": days[2], "thu": days[3],
                "fri": days[4], "sat": days[5], "sun": days[6],
            });
            let exceptions: Vec<serde_json::Value> = exceptions
                .into_iter()
                .map(|(offset, hours, closed)| {
                    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                        + Duration::days(offset);
                    if closed {
                        serde_json::json!({"date": date.to_string(), "closed": true})
                    } else {
                        serde_json::json!({"date": date.to_string(), "hours": hours})
                    }
                })
                .collect();
            serde_json::from_value(serde_json::json!({
                "timezone": zone, "weekly": weekly, "exceptions": exceptions,
            }))
            .unwrap()
        })
}

fn arb_instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2025-01-01 .. 2027-01-01, any second.
    (1_735_689_600i64..1_798_761_600).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn next_change_is_the_first_flip(hours in arb_hours(), at in arb_instant(), samples in prop::collection::vec(0.0f64..1.0, 12)) {
        let Ok(schedule) = Schedule::new(&hours, None) else { return Ok(()) };
        let state = schedule.open_at(at).open;
        match schedule.next_change(at) {
            Some(change) => {
                prop_assert!(change > at);
                prop_assert_ne!(schedule.open_at(change).open, state, "no flip at {}", change);
                let before = change - Duration::minutes(1);
                if before > at {
                    prop_assert_eq!(schedule.open_at(before).open, state, "flip before {}", change);
                }
                let span = (change - at).num_seconds();
                for f in samples {
                    let t = at + Duration::seconds((span as f64 * f) as i64);
                    if t < change {
                        prop_assert_eq!(schedule.open_at(t).open, state, "flip at {} before {}", t, change);
                    }
                }
            }
            None => {
                for f in samples {
                    let t = at + Duration::seconds((366.0 * 86_400.0 * f) as i64);
                    prop_assert_eq!(schedule.open_at(t).open, state, "flip at {} but no next_change", t);
                }
            }
        }
    }

    #[test]
    fn next_allowed_at_is_allowed_and_nothing_earlier_sampled_is(
        npa in prop::sample::select(vec!["212", "305", "401", "604", "713", "208", "907", "808", "416", "800"]),
        at in arb_instant(),
        region in prop::option::of(prop::sample::select(vec!["TX", "RI", "FL", "BC", "AL"])),
        samples in prop::collection::vec(0.0f64..1.0, 8),
    ) {
        let to = format!("+1{npa}2995555");
        let answer = send_window_at(&to, at, MessageClass::Marketing, region, Policy::Strictest, DEFAULT_RESTRICTED).unwrap();
        if let Some(next) = answer.next_allowed_instant() {
            prop_assert!(next >= at);
            let again = send_window_at(&to, next, MessageClass::Marketing, region, Policy::Strictest, DEFAULT_RESTRICTED).unwrap();
            prop_assert!(again.allowed, "{} not allowed at its next_allowed_at", to);
            let span = (next - at).num_seconds();
            for f in samples {
                let t = at + Duration::seconds((span as f64 * f) as i64);
                if t < next {
                    let earlier = send_window_at(&to, t, MessageClass::Marketing, region, Policy::Strictest, DEFAULT_RESTRICTED).unwrap();
                    prop_assert!(!earlier.allowed, "{} allowed at {} before {}", to, t, next);
                }
            }
        }
        prop_assert_eq!(answer.allowed, answer.next_allowed_instant() == Some(at));
    }

    #[test]
    fn business_hours_any_args_never_panic(
        zone in prop_oneof![prop::sample::select(ZONES).prop_map(str::to_owned), any::<String>()],
        start in prop_oneof!["[0-9]{1,2}:[0-9]{2}", any::<String>()],
        end in prop_oneof!["[0-9]{1,2}:[0-9]{2}", any::<String>()],
        date in prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}", any::<String>()],
        at in prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)", any::<String>()],
    ) {
        let request = serde_json::json!({"op": "business_hours", "args": {
            "org": {"timezone": zone, "weekly": {"mon": [[start, end]]}, "exceptions": [{"date": date, "hours": [[start, end]]}]},
            "number": {"exceptions": [{"date": date, "closed": true}]},
            "at": at,
        }});
        let answer = telrules::evaluate_json(&request.to_string());
        let well_formed = answer.starts_with(r#"{"ok""#) || answer.starts_with(r#"{"error""#);
        prop_assert!(well_formed, "{}", answer);
    }

    #[test]
    fn send_window_any_args_never_panic(
        to in prop_oneof!["[+]?[0-9]{1,15}", any::<String>()],
        at in prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)", any::<String>()],
        region in prop::option::of(any::<String>()),
        class in prop::sample::select(vec!["marketing", "informational", "conversational"]),
    ) {
        let request = serde_json::json!({"op": "send_window", "args": {
            "to": to, "at": at, "message_class": class, "recipient_region": region,
        }});
        let answer = telrules::evaluate_json(&request.to_string());
        let well_formed = answer.starts_with(r#"{"ok""#) || answer.starts_with(r#"{"error""#);
        prop_assert!(well_formed, "{}", answer);
    }
}
