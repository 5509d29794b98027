//! Every op through the JSON contract (`evaluate_json`), on the first successful fixture of
//! each op in `tests/fixtures/`: the cost a backend or the CLI pays per request, comparable
//! with the same requests through WebAssembly (`bindings/bench/wasm-bench.mjs`).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("contract");
    for (op, request) in telrules_benches::first_ok_request_per_op() {
        group.bench_function(op, |b| {
            b.iter(|| telrules::evaluate_json(black_box(&request)))
        });
    }
    group.finish();

    // Issue 17: the same requests through the native twin of the npm object path
    // (`evaluate_value`: args from a `serde_json::Value` tree, result built as one; no JSON
    // text), against the text path above.
    let mut group = c.benchmark_group("contract_value");
    for (op, request) in telrules_benches::first_ok_request_per_op() {
        let request: serde_json::Value = serde_json::from_str(&request).unwrap_or_default();
        let args = request.get("args").cloned().unwrap_or_default();
        group.bench_function(op, |b| {
            b.iter(|| telrules::contract::evaluate_value(black_box(op), black_box(&args)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
