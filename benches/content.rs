//! check_message: a typical 160-character first message, and the worst case at the largest
//! accepted body (64 KiB) and at a quarter of it, to read the cost per byte.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use telrules::content::{check_message, CheckMessageArgs, MAX_BODY_BYTES};

fn args(body: String) -> CheckMessageArgs {
    let value = serde_json::json!({
        "body": body,
        "first_message": true,
        "message_class": "marketing",
        "org": {"name": "Harbor Dental", "domain": "harbordental.com"},
        "campaign": {"has_embedded_links": true, "has_embedded_phone": false, "age_gated": false},
        "sender_type": "local",
        "to": "+14155550100"
    });
    match serde_json::from_value(value) {
        Ok(args) => args,
        Err(e) => panic!("bench args: {e}"),
    }
}

fn bench(c: &mut Criterion) {
    // 160 characters: brand, date, own link, phone number, opt-out line.
    let typical = "Harbor Dental: your cleaning is Tue 11/3 at 9:30am. Book or change it at harbordental.com/visit or call (415) 555-0142. See you soon, Al! Reply STOP to opt out.".to_owned();
    let mut group = c.benchmark_group("check_message");
    let typical_args = args(typical.clone());
    group.throughput(Throughput::Bytes(typical.len() as u64));
    group.bench_function("typical_160", |b| {
        b.iter(|| check_message(black_box(&typical_args)))
    });
    for (name, bytes) in [
        ("worst_quarter_16k", MAX_BODY_BYTES / 4),
        ("worst_max_64k", MAX_BODY_BYTES),
    ] {
        let worst = args(telrules_benches::inputs::worst_case_body(bytes));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| b.iter(|| check_message(black_box(&worst))));
    }
    let json = format!(
        r#"{{"op":"check_message","args":{{"body":{},"first_message":true,"message_class":"marketing","org":{{"name":"Harbor Dental","domain":"harbordental.com"}}}}}}"#,
        serde_json::Value::String(typical)
    );
    group.throughput(Throughput::Elements(1));
    group.bench_function("json_contract_typical_160", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&json)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
