//! inbound: classify (exact keyword, ordinary message, phrase opt-out, long text, the
//! worded shapes and the possible level), handle (confirmation rendered, ordinary message,
//! possible flagged for review) and lint_reply.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use telrules::inbound::{
    classify_inbound, handle_inbound, lint_reply, ClassifyInboundArgs, ConsentState,
    HandleInboundArgs, KeywordConfig, LintReplyArgs, Org, ReplyKind, Sender, SenderKind,
};

fn classify_args(text: &str) -> ClassifyInboundArgs {
    ClassifyInboundArgs {
        text: text.to_owned(),
        config: KeywordConfig::default(),
    }
}

fn handle_args(text: &str) -> HandleInboundArgs {
    HandleInboundArgs {
        text: Some(text.to_owned()),
        webhook: None,
        consent: ConsentState::Subscribed,
        sender: Sender {
            kind: SenderKind::Local,
            advanced_opt_out: false,
            country: Some("US".to_owned()),
        },
        org: Org {
            name: "Harbor Dental".to_owned(),
            support_phone: Some("+12065550142".to_owned()),
            support_email: None,
            website: None,
        },
        templates: Default::default(),
        language: None,
        config: KeywordConfig::default(),
    }
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("classify_inbound");
    for (name, text) in [
        ("exact_stop", "STOP"),
        ("exact_stop_punct", "\"Stop.\" 🛑"),
        ("ordinary_typical_34", "Running 10 min late, see you soon!"),
        ("phrase_please_stop_texting_me", "please stop texting me"),
        ("trap_stop_serving_lunch", "What time do you stop serving lunch?"),
        ("ordinary_long_180", "Hi, my daughter has a cleaning next week and I wanted to ask whether she can come after school instead, around 3:30 or 4. Could you let me know? Thanks so much!"),
        ("ordinary_texting_words", "Got ur text, can u send me the address pls?"),
        ("phrase_take_me_off_ur_list", "pls take me off ur list"),
        ("phrase_no_longer_want", "I no longer want to receive these texts"),
        ("phrase_stop_who_is_this", "STOP who is this?"),
        ("possible_why_texting", "why do you keep texting me?"),
        ("trap_remove_wisdom_teeth", "I need my wisdom teeth removed"),
    ] {
        let args = classify_args(text);
        group.bench_function(name, |b| b.iter(|| classify_inbound(black_box(&args))));
    }
    group.finish();

    let mut group = c.benchmark_group("handle_inbound");
    for (name, text) in [
        ("stop_confirmation", "STOP"),
        ("ordinary_to_agent", "Running 10 min late, see you soon!"),
        ("help_reply", "HELP"),
        ("possible_needs_review", "why do you keep texting me?"),
    ] {
        let args = handle_args(text);
        group.bench_function(name, |b| b.iter(|| handle_inbound(black_box(&args))));
    }
    let json = r#"{"op":"handle_inbound","args":{"text":"Stop. Thank you","consent":"subscribed","sender":{"kind":"local"},"org":{"name":"Harbor Dental","support_phone":"+12065550142"}}}"#;
    group.bench_function("json_contract_phrase_stop", |b| {
        b.iter(|| telrules::evaluate_json(black_box(json)))
    });
    group.finish();

    let lint = LintReplyArgs {
        kind: ReplyKind::Help,
        body: "{business_name}: Help at {contact}. Msg frequency varies. Msg&data rates may apply. Reply STOP to opt out.".to_owned(),
        org: None,
    };
    c.bench_function("lint_reply/builtin_help", |b| {
        b.iter(|| lint_reply(black_box(&lint)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
