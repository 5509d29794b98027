//! readiness: one typical number (typed API and JSON contract), and org_readiness over a
//! 10,000-number organisation.

use std::hint::black_box;

use chrono::DateTime;
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use telrules::readiness::{
    number_readiness, org_readiness, NumberFacts, OrgFacts, OrgReadinessArgs,
};

fn org() -> serde_json::Value {
    json!({
        "customer_profile": {"status": "twilio-approved"},
        "trust_product": {"status": "twilio-approved"},
        "brand": {"status": "APPROVED", "brand_type": "STANDARD", "identity_status": "VERIFIED"},
        "messaging_services": [
            {"sid": "MG1", "campaign": {"campaign_status": "VERIFIED"}},
            {"sid": "MG2", "campaign": {"campaign_status": "IN_PROGRESS"}}
        ]
    })
}

/// A mix of numbers: registered and pending locals, toll-free in every state, short codes.
fn number(i: usize) -> serde_json::Value {
    let line = 2_000_000 + i;
    match i % 5 {
        0 | 1 => json!({
            "phone_number": format!("+1415{line:07}"),
            "capabilities": {"sms": true, "mms": true, "voice": true},
            "messaging_service_sid": if i % 2 == 0 { "MG1" } else { "MG2" },
            "a2p_registration": if i % 3 == 0 { "pending" } else { "registered" },
            "voice_webhook_active": i % 7 != 0
        }),
        2 => json!({
            "phone_number": format!("+1206{line:07}"),
            "capabilities": {"sms": true, "voice": true},
            "voice_url": "https://example.com/voice"
        }),
        3 => json!({
            "phone_number": format!("+1833{line:07}"),
            "capabilities": {"sms": true, "voice": true},
            "tollfree_verification": {"status": "TWILIO_REJECTED", "edit_allowed": true, "edit_expiration": "2026-11-25T00:00:00Z"}
        }),
        _ => json!({
            "phone_number": format!("+1604{line:07}"),
            "capabilities": {"sms": true, "voice": true},
            "messaging_service_sid": "MG1",
            "a2p_registration": "registered"
        }),
    }
}

fn bench(c: &mut Criterion) {
    let now = DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap();
    let org_facts: OrgFacts = serde_json::from_value(org()).unwrap();
    let typical: NumberFacts = serde_json::from_value(number(0)).unwrap();
    let mut group = c.benchmark_group("readiness");
    group.bench_function("typical_number_typed", |b| {
        b.iter(|| number_readiness(black_box(&typical), black_box(&org_facts), now))
    });
    let request = json!({"op": "readiness", "args": {"number": number(0), "org": org(), "now": "2026-11-21T12:00:00Z"}}).to_string();
    group.bench_function("typical_number_json", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    let numbers: Vec<NumberFacts> = (0..10_000)
        .map(|i| serde_json::from_value(number(i)).unwrap())
        .collect();
    let args = OrgReadinessArgs {
        org: org_facts.clone(),
        numbers,
        now,
    };
    group.sample_size(20);
    group.bench_function("org_10000_numbers_typed", |b| {
        b.iter(|| org_readiness(black_box(&args)))
    });
    let org_request = json!({"op": "org_readiness", "args": {
        "org": org(),
        "numbers": (0..10_000).map(number).collect::<Vec<_>>(),
        "now": "2026-11-21T12:00:00Z"
    }})
    .to_string();
    group.bench_function("org_10000_numbers_json", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&org_request)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
