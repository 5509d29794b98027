//! Unit tests of the planning ops (the fixtures in tests/fixtures cover every sender type
//! and cap through the JSON contract).

use serde_json::json;

use super::*;

fn plan(args: serde_json::Value) -> SendPlan {
    let args: PlanSendArgs = serde_json::from_value(args).unwrap();
    plan_send(&args).unwrap()
}

fn cost(args: serde_json::Value) -> CostEstimate {
    let args: EstimateCostArgs = serde_json::from_value(args).unwrap();
    estimate_cost(&args).unwrap()
}

fn tmobile(n: usize) -> Vec<serde_json::Value> {
    (0..n)
        .map(|i| json!({"to": format!("+1206555{:04}", 1000 + i), "carrier": "tmobile"}))
        .collect()
}

#[test]
fn adding_numbers_does_not_speed_up_10dlc_but_does_canadian_long_codes() {
    let run = |sender: serde_json::Value| {
        plan(
            json!({"sender": sender, "count": 5000, "segments_per_message": 1,
            "start": "2026-12-01T17:00:00Z", "message_class": "informational"}),
        )
        .last_out_at
    };
    assert_eq!(
        run(json!({"type": "us_10dlc", "brand": "low_volume_standard", "numbers": 1})),
        run(json!({"type": "us_10dlc", "brand": "low_volume_standard", "numbers": 5}))
    );
    // 4,999 / 1 s against 4,999 / 5 s.
    assert_eq!(
        run(json!({"type": "ca_long_code", "numbers": 1})).as_deref(),
        Some("2026-12-01T18:23:19Z")
    );
    assert_eq!(
        run(json!({"type": "ca_long_code", "numbers": 5})).as_deref(),
        Some("2026-12-01T17:16:39.800Z")
    );
}

#[test]
fn the_daily_cap_resets_at_pacific_midnight_across_the_dst_change() {
    // Low-volume brand, 10-segment texts to T-Mobile: 200 fill the 2,000-segment cap.
    // Day 1 Saturday 2026-03-07 (PST); day 2 starts 00:00 PST = 08:00Z on the 8th (the
    // clocks change at 02:00 that day); day 3 starts 00:00 PDT = 07:00Z on the 9th.
    let p = plan(json!({
        "sender": {"type": "us_10dlc", "brand": "low_volume_standard"},
        "recipients": tmobile(600), "segments_per_message": 10,
        "start": "2026-03-07T20:00:00Z", "message_class": "informational"
    }));
    assert_eq!(p.pushed_to_later_days, 400);
    let lane = &p.lanes[0];
    assert_eq!(lane.days, Some(3));
    // 200 texts = 2,000 units at 75 per minute: unit 1,999 at 1,599.2 s.
    assert_eq!(p.last_out_at.as_deref(), Some("2026-03-09T07:26:39.200Z"));
    assert_eq!(p.governing.as_ref().unwrap().by, "daily_cap");
    assert_eq!(p.errors_to_expect, vec![30023]);
}

#[test]
fn a_short_validity_period_counts_what_would_expire() {
    // 3 per second: message j leaves at j/3 s; after 60 s from j = 181 on: 119 of 300.
    let p = plan(json!({
        "sender": {"type": "toll_free"}, "count": 300, "segments_per_message": 1,
        "start": "2026-12-01T17:00:00Z", "message_class": "informational",
        "validity_period": 60
    }));
    assert_eq!(p.queue.over_validity, 119);
    assert_eq!(p.queue.batch_limit, 180);
    assert_eq!(p.errors_to_expect, vec![21611, 30036]);
}

#[test]
fn a_ucs2_body_doubles_units_time_and_cost() {
    let gsm = "Harbor Dental * Winter whitening: 20% off until Dec 31. Book at harbordental.example or call (206) 555-0142. Reply STOP to opt out.";
    let ucs2 = gsm.replace('*', "❄️");
    let run = |body: &str| {
        plan(
            json!({"sender": {"type": "short_code"}, "count": 1000, "body": body,
            "start": "2026-12-01T17:00:00Z", "message_class": "informational"}),
        )
    };
    let (a, b) = (run(gsm), run(&ucs2));
    assert_eq!((a.units_per_message, b.units_per_message), (1, 2));
    assert_eq!(b.total_units, 2 * a.total_units);
    assert!(b.summary.iter().any(|s| s.starts_with("❄️ forces UCS-2")));
    let price = |body: &str| {
        cost(json!({"sender": {"type": "short_code"}, "messages": 1000,
            "carriers": {"att": 1000}, "body": body, "date": "2026-12-01"}))
        .total_micro_usd
    };
    assert_eq!(price(&ucs2), 2 * price(gsm));
}

#[test]
fn mms_is_one_unit_whatever_the_text() {
    let e = cost(
        json!({"sender": {"type": "toll_free"}, "messages": 10, "channel": "mms",
        "carriers": {"att": 10}, "date": "2026-12-01"}),
    );
    assert_eq!(e.units_per_message, 1);
    assert_eq!(e.lines[0].item, "twilio_mms");
    assert_eq!(e.lines[0].unit_micro_usd, 22_000);
}

#[test]
fn caller_prices_are_marked_as_the_callers() {
    let e = cost(
        json!({"sender": {"type": "us_10dlc", "brand": "sole_proprietor"},
        "messages": 10, "carriers": {"verizon": 10}, "segments_per_message": 1,
        "date": "2026-12-01", "include_fixed": true,
        "prices": {"sms_segment_micro_usd": 7_000, "failed_message_micro_usd": 0,
                   "number_month_micro_usd": 1_000_000, "campaign_month_micro_usd": 1_500_000}}),
    );
    assert_eq!(e.lines[0].source, "caller");
    assert_eq!(e.lines[0].effective_from, None);
    assert_eq!(
        e.lines[1].source.split(':').next(),
        Some("content-throughput-cost.md C2")
    );
    assert_eq!(e.fixed.unwrap().monthly_total_micro_usd, 2_500_000);
}

#[test]
fn dollars_round_half_up_to_the_cent() {
    assert_eq!(format_usd(0), "$0.00");
    assert_eq!(format_usd(4_999), "$0.00");
    assert_eq!(format_usd(5_000), "$0.01");
    assert_eq!(format_usd(11_800), "$0.01");
    assert_eq!(format_usd(1_234_567_890_000), "$1,234,567.89");
}

#[test]
fn carrier_names_from_lookups() {
    assert_eq!(
        Carrier::from_name("T-Mobile USA, Inc.", true),
        Carrier::Tmobile
    );
    assert_eq!(
        Carrier::from_name("Metro by T-Mobile", true),
        Carrier::Tmobile
    );
    assert_eq!(Carrier::from_name("AT&T Wireless", true), Carrier::Att);
    assert_eq!(Carrier::from_name("att", true), Carrier::Att);
    assert_eq!(Carrier::from_name("Cricket Wireless", true), Carrier::Att);
    assert_eq!(
        Carrier::from_name("Cellco Partnership dba Verizon Wireless", true),
        Carrier::Verizon
    );
    assert_eq!(Carrier::from_name("Vidéotron", false), Carrier::Videotron);
    assert_eq!(Carrier::from_name("Something New", true), Carrier::OtherUs);
    assert_eq!(Carrier::from_name("Rogers", false), Carrier::Other);
}

#[test]
fn durations_read_plainly() {
    use super::send_plan::humanise;
    assert_eq!(humanise(0), "0 seconds");
    assert_eq!(humanise(1), "1 second");
    assert_eq!(humanise(3_996), "1 hour 6 minutes");
    assert_eq!(humanise(86_400 * 2 + 3_600), "2 days 1 hour");
    assert_eq!(humanise(120), "2 minutes");
}

// A non-NANP number: needs the full parser (core feature `international-phone`).
#[cfg(feature = "international-phone")]
#[test]
fn held_recipients_are_grouped_by_zone_and_counted_once() {
    let p = plan(json!({
        "sender": {"type": "short_code"},
        "recipients": [{"to": "+447400123456"}, {"to": "+447400123457"}],
        "segments_per_message": 1, "policy": "federal",
        "start": "2026-12-01T23:00:00Z", "message_class": "marketing"
    }));
    // 23:00 GMT is outside 08:00-21:00: both wait until 08:00 GMT.
    assert_eq!(p.quiet_hours.deferred, 2);
    assert_eq!(p.quiet_hours.groups.len(), 1);
    assert_eq!(p.quiet_hours.groups[0].first_until, "2026-12-02T08:00:00Z");
    assert_eq!(p.last_out_at.as_deref(), Some("2026-12-02T08:00:00.010Z"));
}
