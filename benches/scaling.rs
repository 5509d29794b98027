//! Every op at its worst case, at the largest request the contract accepts (the 4 MiB
//! batch line limit) and at a quarter of it, through the JSON contract. Throughput is in
//! input units (characters, numbers, rows, params), so criterion's elements/s gives the
//! ns per unit directly; equal figures at both sizes mean linear cost.
//!
//! `SCALING_PROBE=1 cargo bench -p telrules-benches --bench scaling` skips criterion and
//! prints the BENCHMARKS.md table instead (median of a few runs per size).

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

fn median_time(case: &WorstCase) -> Duration {
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            black_box(telrules::evaluate_json(black_box(&case.request)));
            start.elapsed()
        })
        .collect();
    times.sort();
    times.get(2).copied().unwrap_or_default()
}

fn probe() {
    let [small, large] = SIZES.map(all);
    println!("| op / worst case | unit | units at 1 MiB | ns/unit | units at 4 MiB | ns/unit | 4 MiB ÷ 1 MiB per unit |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for (a, b) in small.iter().zip(&large) {
        let per = |c: &WorstCase| median_time(c).as_nanos() as f64 / c.units.max(1) as f64;
        let (pa, pb) = (per(a), per(b));
        let first = telrules::evaluate_json(&b.request);
        let answer: String = first.chars().take(60).collect();
        println!(
            "| `{}` | {} | {} | {:.1} | {} | {:.1} | {:.2} |  <!-- {} -->",
            a.name,
            a.unit,
            a.units,
            pa,
            b.units,
            pb,
            pb / pa,
            answer
        );
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
