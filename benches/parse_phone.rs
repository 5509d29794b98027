//! parse_phone: the E.164 fast path, and typed input through the full parser (warm).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::phone::parse;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_phone");
    group.bench_function("e164_fast_path", |b| {
        b.iter(|| parse(black_box("+14155550123"), "US"))
    });
    // Warm the full parser's lazily built metadata before measuring.
    let _ = parse("(415) 555-0123", "US");
    group.bench_function("typed_full_parser", |b| {
        b.iter(|| parse(black_box("(415) 555-0123"), "US"))
    });
    group.bench_function("international_full_parser", |b| {
        b.iter(|| parse(black_box("020 7946 0018"), "GB"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
