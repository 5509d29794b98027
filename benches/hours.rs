//! business_hours (open-at and next-change, typed and through args) and send_window.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::hours::{
    business_hours, send_window, send_window_at, BusinessHoursArgs, Hours, MessageClass, Policy,
    Schedule, SendWindowArgs, DEFAULT_RESTRICTED,
};

const ORG: &str = r#"{
    "timezone": "America/Los_Angeles",
    "weekly": {
        "mon": [["08:00", "12:00"], ["13:00", "17:30"]],
        "tue": [["08:00", "12:00"], ["13:00", "17:30"]],
        "wed": [["08:00", "12:00"], ["13:00", "17:30"]],
        "thu": [["08:00", "12:00"], ["13:00", "20:00"]],
        "fri": [["08:00", "12:00"], ["13:00", "17:00"]],
        "sat": [["09:00", "13:00"]]
    },
    "exceptions": [
        {"date": "2026-11-26", "closed": true, "label": "Thanksgiving"},
        {"date": "2026-12-24", "hours": [["08:00", "12:00"]], "label": "Christmas Eve"},
        {"date": "2026-12-25", "closed": true, "label": "Christmas"}
    ],
    "voicemail_greeting": "Thanks for calling Harbor Dental.",
    "after_hours_message": "Harbor Dental is closed."
}"#;

const NUMBER: &str =
    r#"{"timezone": "America/Vancouver", "exceptions": [{"date": "2026-11-21", "closed": true}]}"#;

fn bench(c: &mut Criterion) {
    let org: Hours = serde_json::from_str(ORG).unwrap();
    let number: Hours = serde_json::from_str(NUMBER).unwrap();
    let schedule = Schedule::new(&org, Some(&number)).unwrap();
    // Friday 2026-11-20 10:15 PST, open; the next change is lunch at 12:00.
    let at = "2026-11-20T18:15:00Z".parse().unwrap();
    // Saturday 2026-11-21 (closed by the number's exception) 20:00 PST: next change Monday.
    let weekend = "2026-11-22T04:00:00Z".parse().unwrap();

    let mut group = c.benchmark_group("business_hours");
    group.bench_function("open_at_compiled", |b| {
        b.iter(|| black_box(&schedule).open_at(black_box(at)))
    });
    group.bench_function("next_change_compiled_same_day", |b| {
        b.iter(|| black_box(&schedule).next_change(black_box(at)))
    });
    group.bench_function("next_change_compiled_over_weekend", |b| {
        b.iter(|| black_box(&schedule).next_change(black_box(weekend)))
    });
    group.bench_function("validate_and_merge", |b| {
        b.iter(|| Schedule::new(black_box(&org), Some(black_box(&number))))
    });
    let args = BusinessHoursArgs {
        org: org.clone(),
        number: Some(number.clone()),
        at: "2026-11-20T18:15:00Z".to_owned(),
    };
    group.bench_function("business_hours_typed_args", |b| {
        b.iter(|| business_hours(black_box(&args)))
    });
    let request = serde_json::json!({"op": "business_hours", "args": args}).to_string();
    group.bench_function("business_hours_json", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();

    let mut group = c.benchmark_group("hours_parts");
    group.bench_function("tz_from_str", |b| {
        b.iter(|| black_box("America/Los_Angeles").parse::<telrules::hours::Tz>())
    });
    // The core's zone (tzdata 2026f from its own table) and, for comparison, chrono-tz's own
    // compiled-in rules (2025b), which the core does not use.
    let los_angeles: telrules::hours::Tz = "America/Los_Angeles".parse().unwrap();
    let vancouver: telrules::hours::Tz = "America/Vancouver".parse().unwrap();
    group.bench_function("utc_to_local", |b| {
        b.iter(|| black_box(at).with_timezone(&los_angeles))
    });
    group.bench_function("utc_to_local_after_last_transition", |b| {
        b.iter(|| black_box(at).with_timezone(&vancouver))
    });
    group.bench_function("local_to_utc", |b| {
        let wall = at.naive_utc();
        b.iter(|| black_box(wall).and_local_timezone(los_angeles))
    });
    group.bench_function("utc_to_local_chrono_tz_2025b", |b| {
        b.iter(|| black_box(at).with_timezone(&chrono_tz::Tz::America__Los_Angeles))
    });
    group.bench_function("parse_rfc3339", |b| {
        b.iter(|| chrono::DateTime::parse_from_rfc3339(black_box("2026-11-20T18:15:00Z")))
    });
    group.finish();

    let mut group = c.benchmark_group("send_window");
    let evening = "2026-11-21T04:30:00Z".parse().unwrap(); // 20:30 PST Friday
    group.bench_function("allowed_single_zone", |b| {
        b.iter(|| {
            send_window_at(
                black_box("+12065550142"),
                at,
                MessageClass::Marketing,
                None,
                Policy::Strictest,
                DEFAULT_RESTRICTED,
            )
        })
    });
    group.bench_function("blocked_state_rule_next_allowed", |b| {
        b.iter(|| {
            send_window_at(
                black_box("+12065550142"),
                evening,
                MessageClass::Marketing,
                None,
                Policy::Strictest,
                DEFAULT_RESTRICTED,
            )
        })
    });
    group.bench_function("blocked_two_zones", |b| {
        b.iter(|| {
            send_window_at(
                black_box("+12082995555"),
                evening,
                MessageClass::Marketing,
                None,
                Policy::Strictest,
                DEFAULT_RESTRICTED,
            )
        })
    });
    group.bench_function("toll_free_42_zones", |b| {
        b.iter(|| {
            send_window_at(
                black_box("+18005550199"),
                evening,
                MessageClass::Marketing,
                None,
                Policy::Strictest,
                DEFAULT_RESTRICTED,
            )
        })
    });
    let args = SendWindowArgs {
        to: "+16045550187".to_owned(),
        at: "2026-11-21T04:30:00Z".to_owned(),
        message_class: MessageClass::Marketing,
        recipient_region: None,
        policy: Policy::Strictest,
        restricted_classes: None,
    };
    group.bench_function("send_window_typed_args", |b| {
        b.iter(|| send_window(black_box(&args)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
