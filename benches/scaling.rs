//! Every op at its worst case, at the largest request the contract accepts (the 4 MiB
//! batch line limit) and at a quarter of it, through the JSON contract. Throughput is in
//! input units (characters, numbers, rows, params), so criterion's elements/s gives the
//! ns per unit directly; equal figures at both sizes mean linear cost.
//!
//! `SCALING_PROBE=1 cargo bench -p telrules-benches --bench scaling` skips criterion and
//! prints the BENCHMARKS.md table instead (the best of seven runs per size).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use telrules_benches::worst_case::{all, WorstCase, LARGEST_REQUEST_BYTES};

const SIZES: [usize; 2] = [LARGEST_REQUEST_BYTES / 4, LARGEST_REQUEST_BYTES];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for budget in SIZES {
        for case in all(budget) {
            group.throughput(Throughput::Elements(case.units as u64));
            let id = BenchmarkId::new(case.name.clone(), format!("{}KiB", budget / 1024));
            group.bench_with_input(id, &case.request, |b, request| {
                b.iter(|| telrules::evaluate_json(black_box(request)))
            });
        }
    }
    group.finish();
}

/// The fastest of seven runs after one warm-up: on a shared machine the minimum is the
/// least disturbed estimate of the work itself.
fn best_time(case: &WorstCase) -> Duration {
    black_box(telrules::evaluate_json(black_box(&case.request)));
    (0..7)
        .map(|_| {
            let start = Instant::now();
            black_box(telrules::evaluate_json(black_box(&case.request)));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn probe() {
    let [small, large] = SIZES.map(all);
    println!("| op / worst case | unit | units at 1 MiB | ns/unit | units at 4 MiB | ns/unit | 4 MiB ÷ 1 MiB per unit |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (a, b) in small.iter().zip(&large) {
        let per = |c: &WorstCase| best_time(c).as_nanos() as f64 / c.units.max(1) as f64;
        let (pa, pb) = (per(a), per(b));
        println!(
            "| `{}` | {} | {} | {:.1} | {} | {:.1} | {:.2} |",
            a.name,
            a.unit,
            a.units,
            pa,
            b.units,
            pb,
            pb / pa
        );
        let answer: String = telrules::evaluate_json(&b.request)
            .chars()
            .take(70)
            .collect();
        eprintln!("{}: {answer}", b.name);
    }
}

fn main() {
    if std::env::var_os("SCALING_PROBE").is_some() {
        probe();
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
}
