//! segments: a typical GSM reminder, a UCS-2 text with emoji, and a long multi-part text.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::segments::{segments, SegmentsArgs};

fn bench(c: &mut Criterion) {
    let cases = [
        ("gsm_reminder_126", "Harbor Dental: reminder of your cleaning tomorrow at 9:30am. Reply C to confirm or call (206) 555-0142. Reply STOP to opt out.".to_owned()),
        ("ucs2_emoji_58", "Thanks for visiting Harbor Dental 😁 See you in six months!".to_owned()),
        ("gsm_long_800", "Lorem ipsum dolor sit amet, {consectetur} adipiscing. ".repeat(15)),
    ];
    let mut group = c.benchmark_group("segments");
    for (name, text) in cases {
        let args = SegmentsArgs {
            text,
            smart_encoding: false,
        };
        group.bench_function(name, |b| b.iter(|| segments(black_box(&args))));
    }
    let smart = SegmentsArgs {
        text:
            "Harbor Dental: “See you tomorrow” — your cleaning is at 9:30am… Reply STOP to opt out."
                .to_owned(),
        smart_encoding: true,
    };
    group.bench_function("smart_encoding_86", |b| {
        b.iter(|| segments(black_box(&smart)))
    });
    let json = r#"{"op":"segments","args":{"text":"Harbor Dental: reminder of your cleaning tomorrow at 9:30am. Reply STOP to opt out."}}"#;
    group.bench_function("json_contract_reminder", |b| {
        b.iter(|| telrules::evaluate_json(black_box(json)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
