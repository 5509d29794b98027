//! explain_error for a known and an unknown code; deliverability over 10,000 callbacks.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::errors::{
    deliverability, explain, Channel, CodeInput, DeliverabilityArgs, MessageStatus, OutcomeRow,
};

/// 10,000 status-callback outcomes with a realistic mix: most delivered, some in flight,
/// failures spread over common codes.
fn ten_thousand_callbacks() -> Vec<OutcomeRow> {
    let failures = [
        30003, 30005, 30006, 30007, 30034, 21610, 30032, 30008, 63016, 30098,
    ];
    (0..10_000u32)
        .map(|i| {
            let (status, code) = match i % 20 {
                0..=15 => ("delivered", None),
                16 => ("sent", None),
                17 => ("queued", None),
                _ => (
                    "undelivered",
                    failures.get((i / 20) as usize % failures.len()).copied(),
                ),
            };
            OutcomeRow {
                status: Some(MessageStatus::parse(status)),
                error_code: code.map(CodeInput::Code),
                count: None,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("explain_error");
    group.bench_function("known_30034", |b| {
        b.iter(|| explain(black_box(30034), black_box(Some(Channel::Sms))))
    });
    group.bench_function("unknown_30098", |b| {
        b.iter(|| explain(black_box(30098), black_box(None)))
    });
    let json = r#"{"op":"explain_error","args":{"code":"30034","channel":"sms"}}"#;
    group.bench_function("json_contract_known", |b| {
        b.iter(|| telrules::evaluate_json(black_box(json)))
    });
    group.finish();

    let rows = ten_thousand_callbacks();
    let args = DeliverabilityArgs {
        messages: rows,
        channel: None,
    };
    let request = serde_json::json!({"op": "deliverability", "args": &args}).to_string();
    let mut group = c.benchmark_group("deliverability");
    group.bench_function("typed_10000_callbacks", |b| {
        b.iter(|| deliverability(black_box(&args)))
    });
    group.bench_function("json_contract_10000_callbacks", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
