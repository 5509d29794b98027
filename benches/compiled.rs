//! Compile once, ask many, natively: the one-shot op against the same question asked of a
//! configuration prepared once (a compiled schedule; a keyword classifier built once).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use telrules::hours::{business_hours, BusinessHoursArgs, CompiledSchedule};
use telrules::inbound::{classify_inbound, Classifier, ClassifyInboundArgs};

fn hours(c: &mut Criterion) {
    let args: BusinessHoursArgs = serde_json::from_value(serde_json::json!({
        "org": {"timezone": "America/New_York", "weekly": {
            "mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "12:00"], ["13:00", "17:00"]],
            "wed": [["08:00", "12:00"], ["13:00", "17:00"]], "thu": [["08:00", "12:00"], ["13:00", "19:00"]],
            "fri": [["08:00", "12:00"], ["13:00", "16:00"]], "sat": [["09:00", "13:00"]],
        }, "exceptions": [{"date": "2026-12-25", "closed": true, "label": "Christmas"}]},
        "at": "2026-11-28T18:00:00Z",
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    let at = "2026-11-28T18:00:00Z".parse().unwrap_or_default();
    let compiled = CompiledSchedule::new(&args.org, None).unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("compiled");
    group.bench_function("business_hours_one_shot", |b| {
        b.iter(|| business_hours(black_box(&args)))
    });
    group.bench_function("schedule_compile", |b| {
        b.iter(|| CompiledSchedule::new(black_box(&args.org), None))
    });
    group.bench_function("schedule_is_open", |b| {
        b.iter(|| compiled.is_open(black_box(at)))
    });
    group.bench_function("schedule_next_change", |b| {
        b.iter(|| compiled.next_change(black_box(at)))
    });
    group.bench_function("schedule_answer", |b| {
        b.iter(|| compiled.answer(black_box(at)))
    });
    group.finish();
}

fn keywords(c: &mut Criterion) {
    let mut group = c.benchmark_group("compiled");
    for extras in [0usize, 200] {
        let words: Vec<String> = (0..extras).map(|i| format!("QUITNOW{i}")).collect();
        let args: ClassifyInboundArgs = serde_json::from_value(serde_json::json!({
            "text": "Can I move my appointment to Friday?",
            "config": {"keywords": {"opt_out": {"en": words}}},
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let classifier = Classifier::new(&args.config, "config").unwrap_or_else(|e| panic!("{e}"));
        group.bench_function(format!("classify_one_shot_{extras}_extra_keywords"), |b| {
            b.iter(|| classify_inbound(black_box(&args)))
        });
        group.bench_function(format!("classify_reused_{extras}_extra_keywords"), |b| {
            b.iter(|| classifier.classify(black_box(&args.text)))
        });
    }
    group.finish();
}

criterion_group!(benches, hours, keywords);
criterion_main!(benches);
