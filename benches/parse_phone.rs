//! parse_phone: the NANP fast paths (E.164 and typed), and input that needs the full
//! parser (warm: its metadata is built before measuring).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::phone::parse;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_phone");
    group.bench_function("e164_fast_path", |b| {
        b.iter(|| parse(black_box("+14155550123"), "US"))
    });
    group.bench_function("typed_us_fast_path", |b| {
        b.iter(|| parse(black_box("(415) 555-0123"), "US"))
    });
    // Warm the full parser's lazily built metadata before measuring it.
    let _ = parse("020 7946 0018", "GB");
    group.bench_function("vanity_full_parser", |b| {
        b.iter(|| parse(black_box("1-800-FLOWERS"), "US"))
    });
    group.bench_function("international_full_parser", |b| {
        b.iter(|| parse(black_box("020 7946 0018"), "GB"))
    });
    // Issue 11: `+CC` input with a default region of another country, and a shared code.
    group.bench_function("explicit_country_code_full_parser", |b| {
        b.iter(|| parse(black_box("+4915150998182"), "US"))
    });
    group.bench_function("shared_country_code_full_parser", |b| {
        b.iter(|| parse(black_box("+39 02 1234 5678"), "US"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
