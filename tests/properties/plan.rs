//! plan_send and estimate_cost: more messages never finish earlier; a higher tier never
//! finishes later; cost grows with segments; every message is either planned or reported
//! as not sent; numbers of one US/Canadian NPA-NXX share what the plan caches per
//! exchange; no input panics.

use proptest::prelude::*;
use serde_json::{json, Value};
use telrules::hours::candidate_zones;
use telrules::plan::{estimate_cost, plan_send, EstimateCostArgs, PlanSendArgs, SendPlan};

const NUMBERS: &[&str] = &[
    "+12065550101",
    "+13055550102",
    "+12125550103",
    "+17135550104",
    "+14015550105",
    "+16045550106",
    "+14165550107",
    "+12082995555",
    "+18085550108",
    "+447400123456",
    "(206) 555-0109",
    "not a number",
];
const CARRIERS: &[Option<&str>] = &[
    None,
    Some("T-Mobile USA, Inc."),
    Some("AT&T Wireless"),
    Some("Verizon Wireless"),
    Some("US Cellular"),
    Some("Some New Carrier"),
];
const STARTS: &[&str] = &[
    "2026-12-01T17:00:00Z",
    "2026-12-02T00:50:00Z",
    "2026-12-05T03:00:00Z",
    "2026-03-08T09:59:00Z",
    "2026-11-01T08:30:00Z",
];

/// Tiers from lowest to highest.
fn tiers() -> Vec<Value> {
    vec![
        json!({"type": "us_10dlc", "brand": "sole_proprietor"}),
        json!({"type": "us_10dlc", "brand": "low_volume_standard"}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 0}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 30}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 60}),
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 90}),
    ]
}

fn senders() -> Vec<Value> {
    let mut all = tiers();
    all.extend([
        json!({"type": "toll_free"}),
        json!({"type": "toll_free", "mps": 25}),
        json!({"type": "short_code"}),
        json!({"type": "ca_long_code", "numbers": 2}),
    ]);
    all
}

fn arb_recipients(max: usize) -> impl Strategy<Value = Vec<Value>> {
    prop::collection::vec(
        (
            prop::sample::select(NUMBERS),
            prop::sample::select(CARRIERS),
            0u32..10_000,
        ),
        0..max,
    )
    .prop_map(|list| {
        list.into_iter()
            .map(|(to, carrier, line)| {
                // Vary the line so recipients differ; keep the exchange (and so the zones).
                let to = match to.strip_prefix('+') {
                    Some(rest) if to.starts_with("+1") && rest.len() == 11 => {
                        format!("+{}{line:04}", &rest[..7])
                    }
                    _ => to.to_owned(),
                };
                match carrier {
                    Some(c) => json!({"to": to, "carrier": c}),
                    None => json!({"to": to}),
                }
            })
            .collect()
    })
}

fn run(mut args: Value) -> SendPlan {
    if args.get("body").is_none() && args.get("segments_per_message").is_none() {
        args["segments_per_message"] = json!(1);
    }
    let args: PlanSendArgs = serde_json::from_value(args).unwrap();
    plan_send(&args).unwrap()
}

fn last(plan: &SendPlan) -> Option<String> {
    plan.last_out_at.clone()
}

/// RFC 3339 UTC stamps from the plan compare as instants.
fn instant(stamp: &str) -> chrono::DateTime<chrono::Utc> {
    stamp.parse().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn more_messages_never_finish_earlier(
        sender in prop::sample::select(senders()),
        recipients in arb_recipients(40),
        extra in arb_recipients(20),
        start in prop::sample::select(STARTS),
        class in prop::sample::select(vec!["marketing", "informational"]),
        segments in 1u32..4,
    ) {
        let base = json!({"sender": sender, "recipients": recipients, "start": start,
            "message_class": class, "segments_per_message": segments});
        let mut more = base.clone();
        more["recipients"].as_array_mut().unwrap().extend(extra);
        let (a, b) = (run(base), run(more));
        if let Some(a_last) = last(&a) {
            let b_last = last(&b).expect("a longer list still sends");
            prop_assert!(instant(&b_last) >= instant(&a_last), "{a_last} > {b_last}");
        }
    }

    #[test]
    fn more_messages_by_count_never_finish_earlier(
        sender in prop::sample::select(senders()),
        n in 1u64..5_000,
        extra in 0u64..3_000,
        start in prop::sample::select(STARTS),
    ) {
        let plan = |count: u64| run(json!({"sender": sender, "count": count, "start": start,
            "message_class": "marketing"}));
        let (a, b) = (plan(n), plan(n + extra));
        prop_assert!(instant(&last(&b).unwrap()) >= instant(&last(&a).unwrap()));
        let (a_hi, b_hi) = (a.carriers.latest_last_out_at, b.carriers.latest_last_out_at);
        if let (Some(x), Some(y)) = (a_hi, b_hi) {
            prop_assert!(instant(&y) >= instant(&x));
        }
    }

    #[test]
    fn a_higher_tier_never_finishes_later(
        recipients in arb_recipients(40),
        count in 1u64..6_000,
        by_count in any::<bool>(),
        start in prop::sample::select(STARTS),
        segments in 1u32..4,
        mms in any::<bool>(),
    ) {
        let mut previous: Option<(String, String)> = None;
        for sender in tiers() {
            let mut args = json!({"sender": sender, "start": start,
                "message_class": "marketing", "channel": if mms { "mms" } else { "sms" }});
            if by_count { args["count"] = json!(count) } else { args["recipients"] = json!(recipients) }
            if !mms { args["segments_per_message"] = json!(segments) }
            let plan = run(args);
            let end = last(&plan).unwrap_or_default();
            let hi = plan.carriers.latest_last_out_at.clone().unwrap_or_else(|| end.clone());
            if let (Some((before, before_hi)), false) = (&previous, end.is_empty()) {
                prop_assert!(instant(&end) <= instant(before), "{sender}: {end} after {before}");
                prop_assert!(instant(&hi) <= instant(before_hi), "{sender}: range {hi} after {before_hi}");
            }
            if !end.is_empty() {
                previous = Some((end, hi));
            }
        }
    }

    #[test]
    fn every_message_is_planned_or_reported(
        sender in prop::sample::select(senders()),
        recipients in arb_recipients(60),
        start in prop::sample::select(STARTS),
        class in prop::sample::select(vec!["marketing", "informational", "conversational"]),
        policy in prop::sample::select(vec!["federal", "strictest"]),
        validity in 1u32..=36_000,
    ) {
        let plan = run(json!({"sender": sender, "recipients": recipients, "start": start,
            "message_class": class, "policy": policy, "validity_period": validity}));
        let planned: u64 = plan.lanes.iter().map(|l| l.units).sum();
        prop_assert_eq!(planned, plan.total_units);
        prop_assert_eq!(plan.total_units + plan.not_sent * u64::from(plan.units_per_message),
            plan.messages * u64::from(plan.units_per_message));
        if let Some(first) = &plan.first_out_at {
            prop_assert!(instant(first) >= instant(start));
            prop_assert!(instant(plan.last_out_at.as_deref().unwrap()) >= instant(first));
        }
    }

    #[test]
    fn cost_grows_with_segments(
        sender in prop::sample::select(senders()),
        messages in 0u64..100_000,
        att in 0u64..1_000,
        segments in 1u32..10,
        failed_bp in 0u32..=10_000,
        date in prop::sample::select(vec!["2020-06-01", "2024-10-01", "2026-02-01", "2026-12-01"]),
    ) {
        let cost = |segments: u32| {
            let args: EstimateCostArgs = serde_json::from_value(json!({
                "sender": sender, "messages": messages + att, "carriers": {"att": att},
                "segments_per_message": segments, "date": date, "failed_share_bp": failed_bp
            })).unwrap();
            estimate_cost(&args).unwrap()
        };
        let (a, b) = (cost(segments), cost(segments + 1));
        prop_assert!(b.total_micro_usd >= a.total_micro_usd);
        if a.billed_units > 0 {
            prop_assert!(b.total_micro_usd > a.total_micro_usd);
        }
        let lines: u64 = a.lines.iter().map(|l| l.amount_micro_usd).sum();
        prop_assert_eq!(lines, a.total_micro_usd);
        if let Some(range) = &a.range {
            prop_assert!(range.low_micro_usd <= a.total_micro_usd && a.total_micro_usd <= range.high_micro_usd);
        }
    }

    #[test]
    fn numbers_of_one_exchange_share_country_validity_and_zones(
        npa in 200u16..1000,
        nxx in 200u16..1000,
        a in 0u16..10_000,
        b in 0u16..10_000,
    ) {
        let x = format!("+1{npa}{nxx}{a:04}");
        let y = format!("+1{npa}{nxx}{b:04}");
        let px = telrules::phone::parse(&x, "US").unwrap();
        let py = telrules::phone::parse(&y, "US").unwrap();
        if matches!(px.country.as_deref(), Some("US" | "CA")) && px.valid {
            prop_assert_eq!(px.valid, py.valid);
            prop_assert_eq!(&px.country, &py.country);
            prop_assert_eq!(candidate_zones(&x), candidate_zones(&y));
        }
    }

    #[test]
    fn plans_never_panic(args in crate::contract::arb_json()) {
        for op in ["plan_send", "estimate_cost"] {
            let request = json!({"op": op, "args": args}).to_string();
            let answer: Value = serde_json::from_str(&telrules::evaluate_json(&request)).unwrap();
            prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
        }
    }
}
