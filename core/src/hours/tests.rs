//! business_hours against the DST test vectors of the research notes and the spec's rules.

use super::*;
use chrono::SecondsFormat;

fn schedule_json(json: &str) -> Hours {
    serde_json::from_str(json).unwrap()
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn open(org: &Hours, t: &str) -> bool {
    Schedule::new(org, None).unwrap().open_at(at(t)).open
}

fn next(org: &Hours, t: &str) -> Option<String> {
    Schedule::new(org, None)
        .unwrap()
        .next_change(at(t))
        .map(|t| t.to_rfc3339_opts(SecondsFormat::Secs, true))
}

#[test]
fn new_york_opening_in_spring_forward_gap_opens_at_transition() {
    let org =
        schedule_json(r#"{"timezone":"America/New_York","weekly":{"sun":[["02:30","10:00"]]}}"#);
    assert!(!open(&org, "2025-03-09T06:59:59Z"));
    assert!(open(&org, "2025-03-09T07:00:00Z"));
    assert_eq!(
        next(&org, "2025-03-09T06:00:00Z").as_deref(),
        Some("2025-03-09T07:00:00Z")
    );
}

#[test]
fn new_york_closing_in_spring_forward_gap_closes_at_transition() {
    let org =
        schedule_json(r#"{"timezone":"America/New_York","weekly":{"sun":[["01:00","02:30"]]}}"#);
    assert!(open(&org, "2025-03-09T06:30:00Z"));
    assert_eq!(
        next(&org, "2025-03-09T06:30:00Z").as_deref(),
        Some("2025-03-09T07:00:00Z")
    );
}

#[test]
fn new_york_fold_both_passes_open_and_changes_at_true_instants() {
    let org =
        schedule_json(r#"{"timezone":"America/New_York","weekly":{"sun":[["01:00","01:30"]]}}"#);
    assert!(open(&org, "2025-11-02T05:15:00Z"));
    assert!(open(&org, "2025-11-02T06:15:00Z"));
    assert!(!open(&org, "2025-11-02T05:45:00Z"));
    // Closes at the first 01:30 (EDT), reopens when 01:00 comes round again (EST).
    assert_eq!(
        next(&org, "2025-11-02T05:15:00Z").as_deref(),
        Some("2025-11-02T05:30:00Z")
    );
    assert_eq!(
        next(&org, "2025-11-02T05:45:00Z").as_deref(),
        Some("2025-11-02T06:00:00Z")
    );
    assert_eq!(
        next(&org, "2025-11-02T06:15:00Z").as_deref(),
        Some("2025-11-02T06:30:00Z")
    );
}

#[test]
fn fold_transition_closes_an_interval_starting_inside_the_fold() {
    // 01:30-03:00: open from the first 01:30 EDT; at 06:00Z the clock goes back to 01:00
    // EST, outside the interval, until 01:30 EST.
    let org =
        schedule_json(r#"{"timezone":"America/New_York","weekly":{"sun":[["01:30","03:00"]]}}"#);
    assert_eq!(
        next(&org, "2025-11-02T05:00:00Z").as_deref(),
        Some("2025-11-02T05:30:00Z")
    );
    assert_eq!(
        next(&org, "2025-11-02T05:45:00Z").as_deref(),
        Some("2025-11-02T06:00:00Z")
    );
    assert_eq!(
        next(&org, "2025-11-02T06:10:00Z").as_deref(),
        Some("2025-11-02T06:30:00Z")
    );
}

#[test]
fn santiago_midnight_that_does_not_exist_starts_the_day_at_01_00() {
    let org =
        schedule_json(r#"{"timezone":"America/Santiago","weekly":{"sun":[["00:00","02:00"]]}}"#);
    assert!(!open(&org, "2025-09-07T03:59:00Z"));
    assert!(open(&org, "2025-09-07T04:00:00Z"));
    assert_eq!(
        next(&org, "2025-09-07T03:00:00Z").as_deref(),
        Some("2025-09-07T04:00:00Z")
    );
}

#[test]
fn santiago_hour_before_midnight_happens_twice_on_fall_back() {
    let org =
        schedule_json(r#"{"timezone":"America/Santiago","weekly":{"sat":[["23:00","24:00"]]}}"#);
    assert!(open(&org, "2025-04-06T02:30:00Z"));
    assert!(open(&org, "2025-04-06T03:30:00Z"));
    assert_eq!(
        next(&org, "2025-04-06T02:30:00Z").as_deref(),
        Some("2025-04-06T04:00:00Z")
    );
}

#[test]
fn lord_howe_half_hour_gap_opens_at_first_valid_instant() {
    let org =
        schedule_json(r#"{"timezone":"Australia/Lord_Howe","weekly":{"sun":[["02:15","05:00"]]}}"#);
    assert!(!open(&org, "2025-10-04T15:29:00Z"));
    assert!(open(&org, "2025-10-04T15:30:00Z"));
    assert_eq!(
        next(&org, "2025-10-04T15:00:00Z").as_deref(),
        Some("2025-10-04T15:30:00Z")
    );
}

#[test]
fn lord_howe_half_hour_fold_is_open_on_both_passes() {
    // 2025-04-06 01:30-02:00 happens twice (+11:00, then +10:30).
    let org =
        schedule_json(r#"{"timezone":"Australia/Lord_Howe","weekly":{"sun":[["01:30","02:00"]]}}"#);
    assert!(open(&org, "2025-04-05T14:45:00Z"));
    assert!(open(&org, "2025-04-05T15:15:00Z"));
    assert_eq!(
        next(&org, "2025-04-05T14:45:00Z").as_deref(),
        Some("2025-04-05T15:30:00Z")
    );
}

#[test]
fn kolkata_half_hour_offset() {
    let org = schedule_json(
        r#"{"timezone":"Asia/Kolkata","weekly":{"mon":[["09:00","17:30"]],"fri":[["09:00","17:30"]]}}"#,
    );
    assert!(open(&org, "2026-03-02T03:30:00Z"));
    assert!(!open(&org, "2026-03-02T12:00:00Z"));
    assert_eq!(
        next(&org, "2026-03-02T03:30:00Z").as_deref(),
        Some("2026-03-02T12:00:00Z")
    );
    // Monday closing -> Friday opening.
    assert_eq!(
        next(&org, "2026-03-02T12:00:00Z").as_deref(),
        Some("2026-03-06T03:30:00Z")
    );
}

#[test]
fn kathmandu_quarter_hour_offset() {
    let org =
        schedule_json(r#"{"timezone":"Asia/Kathmandu","weekly":{"mon":[["09:00","17:00"]]}}"#);
    assert!(open(&org, "2026-03-02T03:15:00Z"));
    assert!(!open(&org, "2026-03-02T03:14:00Z"));
    assert_eq!(
        next(&org, "2026-03-02T03:15:00Z").as_deref(),
        Some("2026-03-02T11:15:00Z")
    );
}

#[test]
fn dublin_negative_dst_uses_total_offset() {
    let org = schedule_json(r#"{"timezone":"Europe/Dublin","weekly":{"mon":[["09:00","17:00"]]}}"#);
    // Winter: GMT (+00:00); summer: IST (+01:00).
    assert!(open(&org, "2026-01-05T09:00:00Z"));
    assert!(!open(&org, "2026-07-06T07:30:00Z"));
    assert_eq!(
        next(&org, "2026-07-06T07:30:00Z").as_deref(),
        Some("2026-07-06T08:00:00Z")
    );
    assert_eq!(
        next(&org, "2026-01-05T09:00:00Z").as_deref(),
        Some("2026-01-05T17:00:00Z")
    );
}

#[test]
fn overnight_spill_survives_a_closed_exception_on_the_next_date() {
    let org = schedule_json(
        r#"{"timezone":"America/Chicago","weekly":{"fri":[["22:00","02:00"]]},"exceptions":[{"date":"2026-03-07","closed":true,"label":"Inventory"}]}"#,
    );
    let schedule = Schedule::new(&org, None).unwrap();
    // Saturday 2026-03-07 01:00 CST = 07:00Z: Friday's interval still runs.
    let decision = schedule.open_at(at("2026-03-07T07:00:00Z"));
    assert!(decision.open);
    assert_eq!(decision.reason, Reason::Weekly);
    // Saturday 03:00: closed by the exception.
    let decision = schedule.open_at(at("2026-03-07T09:00:00Z"));
    assert!(!decision.open);
    assert_eq!(decision.reason, Reason::Exception);
    assert_eq!(decision.label, Some("Inventory"));
}

#[test]
fn extended_end_past_24_00_belongs_to_start_day() {
    let org = schedule_json(r#"{"timezone":"UTC","weekly":{"fri":[["20:00","26:00"]]}}"#);
    assert!(open(&org, "2026-03-07T01:59:00Z"));
    assert!(!open(&org, "2026-03-07T02:00:00Z"));
    assert_eq!(
        next(&org, "2026-03-06T21:00:00Z").as_deref(),
        Some("2026-03-07T02:00:00Z")
    );
}

#[test]
fn always_open_never_changes() {
    let day = r#"[["00:00","24:00"]]"#;
    let org = schedule_json(&format!(
        r#"{{"timezone":"America/New_York","weekly":{{"mon":{day},"tue":{day},"wed":{day},"thu":{day},"fri":{day},"sat":{day},"sun":{day}}}}}"#
    ));
    assert!(open(&org, "2026-03-08T07:30:00Z"));
    assert_eq!(next(&org, "2026-03-01T00:00:00Z"), None);
}

#[test]
fn change_more_than_a_month_ahead_is_found() {
    let org = schedule_json(
        r#"{"timezone":"UTC","exceptions":[{"date":"2026-09-01","hours":[["10:00","11:00"]]}]}"#,
    );
    assert_eq!(
        next(&org, "2026-01-01T00:00:00Z").as_deref(),
        Some("2026-09-01T10:00:00Z")
    );
    assert_eq!(next(&org, "2025-08-01T00:00:00Z"), None);
}

#[test]
fn forced_state_wins_and_never_changes() {
    let org = schedule_json(
        r#"{"timezone":"UTC","weekly":{"mon":[["09:00","17:00"]]},"force":"closed"}"#,
    );
    let schedule = Schedule::new(&org, None).unwrap();
    let decision = schedule.open_at(at("2026-03-02T10:00:00Z"));
    assert!(!decision.open);
    assert_eq!(decision.reason, Reason::Forced);
    assert_eq!(schedule.next_change(at("2026-03-02T10:00:00Z")), None);
}

#[test]
fn no_schedule_is_closed() {
    let org = schedule_json(r#"{"timezone":"UTC","voicemail_greeting":"hi"}"#);
    let schedule = Schedule::new(&org, None).unwrap();
    let decision = schedule.open_at(at("2026-03-02T10:00:00Z"));
    assert_eq!(
        (decision.open, decision.reason),
        (false, Reason::NoSchedule)
    );
}

#[test]
fn greeting_follows_state() {
    let args: BusinessHoursArgs = serde_json::from_str(
        r#"{"org":{"timezone":"UTC","weekly":{"mon":[["09:00","17:00"]]},"voicemail_greeting":"Leave a message","after_hours_message":"We are closed"},"at":"2026-03-02T18:00:00Z"}"#,
    )
    .unwrap();
    let answer = business_hours(&args).unwrap();
    assert_eq!(answer.greeting.as_deref(), Some("We are closed"));
    assert_eq!(answer.local_time, "2026-03-02T18:00:00+00:00");
    assert_eq!(
        answer.next_change.as_deref(),
        Some("2026-03-09T09:00:00+00:00")
    );
}

#[test]
fn number_override_decides_and_is_named_as_source() {
    let args: BusinessHoursArgs = serde_json::from_str(
        r#"{"org":{"timezone":"America/Los_Angeles","weekly":{"mon":[["09:00","17:00"]]}},"number":{"timezone":"America/New_York"},"at":"2026-03-02T14:30:00Z"}"#,
    )
    .unwrap();
    let answer = business_hours(&args).unwrap();
    // 09:30 in New York: open by the org's weekly hours read in the number's zone.
    assert!(answer.open);
    assert_eq!(answer.source, Source::Org);
    assert_eq!(answer.timezone, "America/New_York");
}

#[test]
fn bad_instant_names_at() {
    let args: BusinessHoursArgs =
        serde_json::from_str(r#"{"org":{"timezone":"UTC"},"at":"2026-03-02 14:30"}"#).unwrap();
    assert_eq!(business_hours(&args).unwrap_err().path(), "at");
}

#[test]
fn next_change_flips_exactly_at_the_minute_across_many_starts() {
    // Brute-force cross-check over a DST week in several zones: the reported change is
    // the first minute whose state differs.
    for zone in [
        "America/New_York",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Europe/Dublin",
    ] {
        let org = schedule_json(&format!(
            r#"{{"timezone":"{zone}","weekly":{{"sat":[["22:00","02:30"]],"sun":[["00:30","01:45"],["02:15","03:00"],["23:30","24:00"]]}}}}"#
        ));
        let schedule = Schedule::new(&org, None).unwrap();
        for start in [
            "2025-03-07T00:00:00Z",
            "2025-04-04T00:00:00Z",
            "2025-09-05T00:00:00Z",
            "2025-10-03T00:00:00Z",
            "2025-11-01T00:00:00Z",
        ] {
            let mut t = at(start);
            for _ in 0..(3 * 24 * 4 / 3) {
                let state = schedule.open_at(t).open;
                let mut brute = t + chrono::Duration::minutes(1);
                while schedule.open_at(brute).open == state && brute < t + chrono::Duration::days(8)
                {
                    brute += chrono::Duration::minutes(1);
                }
                let got = schedule.next_change(t);
                assert_eq!(got, Some(brute), "{zone} from {t}");
                t += chrono::Duration::minutes(45);
            }
        }
    }
}
