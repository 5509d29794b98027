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
}

criterion_group!(benches, bench);
criterion_main!(benches);
