//! plan_send and estimate_cost.
//!
//! - `plan_send/recipients_100000_standard`: 100,000 US and Canadian recipients over 40 area
//!   codes (exchanges spread), carriers unknown (so three scenarios run), a marketing
//!   text from a top-tier standard brand at 17:00 UTC: the typical large send.
//! - `plan_send/worst_250000_sole_prop` and `worst_62500_sole_prop`: the largest accepted
//!   send (250,000 recipients) and a quarter of it from a sole-proprietor brand, whose
//!   1,000-a-day T-Mobile cap and 15-a-minute rate spread it over months of quiet-hours
//!   windows: the most window checks and cap deferrals a plan can need.
//! - `plan_send/count_2400_low_volume`: the demo's promotion by count.
//! - `estimate_cost/typical` and the JSON contract for both.

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::hint::black_box;
use telrules::plan::{estimate_cost, plan_send, EstimateCostArgs, PlanSendArgs};

fn plan_args(sender: Value, n: usize) -> PlanSendArgs {
    serde_json::from_value(json!({
        "sender": sender,
        "recipients": telrules_benches::inputs::recipients(n),
        "body": "Harbor Dental: winter whitening, 20% off until Dec 31. Book at harbordental.example. Reply STOP to opt out.",
        "start": "2026-12-01T17:00:00Z",
        "message_class": "marketing"
    }))
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let standard = plan_args(
        json!({"type": "us_10dlc", "brand": "standard", "trust_score": 80}),
        100_000,
    );
    let sole_full = plan_args(
        json!({"type": "us_10dlc", "brand": "sole_proprietor"}),
        250_000,
    );
    let sole_quarter = plan_args(
        json!({"type": "us_10dlc", "brand": "sole_proprietor"}),
        62_500,
    );
    let count: PlanSendArgs = serde_json::from_value(json!({
        "sender": {"type": "us_10dlc", "brand": "low_volume_standard"},
        "count": 2400, "segments_per_message": 1,
        "start": "2026-12-01T17:00:00Z", "message_class": "marketing"
    }))
    .unwrap();
    let cost: EstimateCostArgs = serde_json::from_value(json!({
        "sender": {"type": "us_10dlc", "brand": "low_volume_standard"},
        "messages": 2400, "carriers": {"tmobile": 700, "att": 600},
        "body": "Harbor Dental: winter whitening, 20% off until Dec 31. Reply STOP to opt out.",
        "date": "2026-12-01", "failed_share_bp": 200, "include_fixed": true
    }))
    .unwrap();
    let mut group = c.benchmark_group("plan_send");
    group.sample_size(10);
    group.bench_function("recipients_100000_standard", |b| {
        b.iter(|| plan_send(black_box(&standard)))
    });
    group.bench_function("worst_250000_sole_prop", |b| {
        b.iter(|| plan_send(black_box(&sole_full)))
    });
    group.bench_function("worst_62500_sole_prop", |b| {
        b.iter(|| plan_send(black_box(&sole_quarter)))
    });
    group.bench_function("count_2400_low_volume", |b| {
        b.iter(|| plan_send(black_box(&count)))
    });
    group.finish();
    let mut group = c.benchmark_group("estimate_cost");
    group.bench_function("typical", |b| b.iter(|| estimate_cost(black_box(&cost))));
    let request =
        json!({"op": "estimate_cost", "args": serde_json::to_value(&cost).unwrap()}).to_string();
    group.bench_function("json_contract", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
