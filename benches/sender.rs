//! select_sender: a typical five-number org (send, and a marketing deferral), a
//! 1,000-number org whose only ready number is listed last, and the JSON contract.

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use std::hint::black_box;
use telrules::sender::{select_sender, SelectSenderArgs};

fn org() -> Value {
    json!({
        "customer_profile": {"status": "twilio-approved"},
        "trust_product": {"status": "twilio-approved"},
        "brand": {"status": "APPROVED", "brand_type": "STANDARD"},
        "messaging_services": [
            {"sid": "MG1", "campaign": {"campaign_status": "VERIFIED"}},
            {"sid": "MG2", "campaign": {"campaign_status": "IN_PROGRESS"}}
        ]
    })
}

fn five_numbers() -> Value {
    json!([
        {"number": {"phone_number": "+14155550101", "capabilities": {"sms": true, "mms": true},
            "messaging_service_sid": "MG1", "a2p_registration": "registered"}, "assigned_user": "ana"},
        {"number": {"phone_number": "+12125550102", "capabilities": {"sms": true},
            "messaging_service_sid": "MG2"}, "assigned_user": "ben"},
        {"number": {"phone_number": "+18335550103", "capabilities": {"sms": true},
            "tollfree_verification": {"status": "TWILIO_APPROVED"}}, "is_default": true},
        {"number": {"phone_number": "+13055550104", "capabilities": {"sms": true, "mms": true},
            "messaging_service_sid": "MG1", "a2p_registration": "registered"}},
        {"number": {"phone_number": "+16175550105", "capabilities": {"sms": true}}}
    ])
}

fn args(value: Value) -> SelectSenderArgs {
    serde_json::from_value(value).unwrap()
}

fn bench(c: &mut Criterion) {
    let typical = json!({
        "to": "+13055550198", "channel": "sms", "message_class": "informational",
        "body": "Your appointment is tomorrow at 10:00. Reply STOP to opt out.",
        "numbers": five_numbers(),
        "preference": {"user_id": "ben", "last_used_from": "+16175550105", "area_code_match": true},
        "recipient": {"consent": "subscribed"},
        "org": org(), "now": "2026-11-21T18:00:00Z"
    });
    let mut deferred = typical.clone();
    deferred["message_class"] = json!("marketing");
    deferred["now"] = json!("2026-11-22T02:00:00Z");
    let mut large_numbers: Vec<Value> = (0..999)
        .map(|i| {
            json!({"number": {"phone_number": format!("+1617555{:04}", 1000 + i),
                "capabilities": {"sms": true}, "messaging_service_sid": "MG2"}})
        })
        .collect();
    large_numbers.push(json!({"number": {"phone_number": "+14155550101",
        "capabilities": {"sms": true}, "messaging_service_sid": "MG1",
        "a2p_registration": "registered"}}));
    let mut large = typical.clone();
    large["numbers"] = Value::Array(large_numbers);
    large["preference"] = json!({});

    let typical_args = args(typical.clone());
    let deferred_args = args(deferred);
    let large_args = args(large);
    let request = json!({"op": "select_sender", "args": typical}).to_string();

    let mut group = c.benchmark_group("select_sender");
    group.bench_function("typed_five_numbers_send", |b| {
        b.iter(|| select_sender(black_box(&typical_args)))
    });
    group.bench_function("typed_five_numbers_marketing_defer", |b| {
        b.iter(|| select_sender(black_box(&deferred_args)))
    });
    group.bench_function("typed_1000_numbers_ready_last", |b| {
        b.iter(|| select_sender(black_box(&large_args)))
    });
    group.bench_function("json_five_numbers_send", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
