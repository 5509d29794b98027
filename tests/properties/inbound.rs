//! inbound: classification is invariant under case, surrounding whitespace and trailing
//! punctuation; every default keyword classifies `exact` in any case; no input panics.

use proptest::prelude::*;
use telrules::inbound::{
    classify_inbound, default_keywords, handle_inbound, lint_reply, Classification,
    ClassifyInboundArgs, ConsentState, HandleInboundArgs, Intent, KeywordConfig, LintReplyArgs,
    MatchKind, Mode, Org, ReplyKind, Sender, SenderKind,
};

fn classify(text: &str) -> Classification {
    classify_inbound(&ClassifyInboundArgs {
        text: text.to_owned(),
        config: KeywordConfig::default(),
    })
    .unwrap()
}

/// Inbound-like texts: words from keywords, phrase vocabulary and traps, with punctuation,
/// emoji, accents and full-width letters between them.
fn inbound_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        prop::sample::select(vec![
            "stop",
            "STOP",
            "please",
            "texting",
            "me",
            "no",
            "more",
            "texts",
            "unsubscribe",
            "cancel",
            "my",
            "appointment",
            "arrêt",
            "arrêtez",
            "de",
            "m'envoyer",
            "messages",
            "baja",
            "más",
            "don't",
            "text",
            "remove",
            "from",
            "list",
            "help",
            "yes",
            "start",
            "thank",
            "you",
            "what",
            "time",
            "serving",
            "lunch",
            "opt",
            "out",
            "12345",
            "I'll",
            "smiling",
            "can't",
            "ＳＴＯＰ",
            "😂",
            "🛑",
            "désabonnez-moi",
            "end",
            "the",
            "day",
            "take",
            "off",
            "ur",
            "pls",
            "u",
            "why",
            "keep",
            "never",
            "signed",
            "up",
            "lol",
            "who",
            "is",
            "this",
            "wrong",
            "number",
            "2",
            "receive",
            "longer",
            "want",
            "send",
            "any",
            "txt",
            "stopppp",
            "#",
            "reply",
            "to",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,8}",
    ];
    let sep = prop::sample::select(vec![" ", "  ", ". ", ", ", "! ", "-", " 🙏 ", "\n", "?"]);
    prop::collection::vec((word, sep), 1..8).prop_map(|parts| {
        let mut s = String::new();
        for (i, (w, sep)) in parts.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(w);
        }
        s
    })
}

fn mixed_case(text: &str, mask: &[bool]) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask.get(i % mask.len().max(1)).copied().unwrap_or(false) {
                c.to_uppercase().collect::<String>()
            } else {
                c.to_lowercase().collect::<String>()
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn classification_is_invariant_under_case_changes(text in inbound_text(), mask in prop::collection::vec(any::<bool>(), 1..16)) {
        let base = classify(&text);
        prop_assert_eq!(&classify(&text.to_uppercase()), &base);
        prop_assert_eq!(&classify(&text.to_lowercase()), &base);
        prop_assert_eq!(&classify(&mixed_case(&text, &mask)), &base);
    }

    #[test]
    fn classification_is_invariant_under_surrounding_whitespace(
        text in inbound_text(),
        before in "[ \t\n\u{a0}\u{3000}]{0,4}",
        after in "[ \t\n\u{a0}\u{3000}]{0,4}",
    ) {
        prop_assert_eq!(classify(&format!("{before}{text}{after}")), classify(&text));
    }

    #[test]
    fn classification_is_invariant_under_trailing_punctuation(
        text in inbound_text(),
        tail in prop::sample::select(vec![".", "!", "!!", "?", "...", "…", "!?", " .", "‼️", ")"]),
    ) {
        prop_assert_eq!(classify(&format!("{text}{tail}")), classify(&text));
    }

    #[test]
    fn every_default_keyword_in_any_case_is_exact(
        index in any::<prop::sample::Index>(),
        mask in prop::collection::vec(any::<bool>(), 1..12),
        around in prop::sample::select(vec![("", ""), (" ", " "), ("\"", "\""), ("", "."), ("", "!!"), ("", " 🛑")]),
    ) {
        let all: Vec<(Intent, &str, &str)> = default_keywords().collect();
        let (intent, language, keyword) = all[index.index(all.len())];
        let text = format!("{}{}{}", around.0, mixed_case(keyword, &mask), around.1);
        let c = classify(&text);
        prop_assert_eq!(c.intent, intent, "{}", text);
        prop_assert_eq!(c.match_kind, MatchKind::Exact, "{}", text);
        prop_assert_eq!(c.keyword.as_deref(), Some(keyword));
        prop_assert_eq!(c.language.as_deref(), Some(language));
    }

    #[test]
    fn strict_mode_keeps_only_exact_keywords(text in inbound_text()) {
        let c = classify_inbound(&ClassifyInboundArgs {
            text,
            config: KeywordConfig { mode: Mode::Strict, ..KeywordConfig::default() },
        }).unwrap();
        prop_assert!(matches!(c.match_kind, MatchKind::Exact | MatchKind::None), "{:?}", c);
    }

    #[test]
    fn every_answer_but_none_names_its_rule(text in inbound_text()) {
        let c = classify(&text);
        prop_assert_eq!(c.reason.is_some(), c.intent != Intent::None, "{:?}", c);
        prop_assert_eq!(c.match_kind == MatchKind::None, c.intent == Intent::None, "{:?}", c);
        if c.match_kind == MatchKind::Possible {
            prop_assert_eq!(c.intent, Intent::OptOut);
        }
    }

    #[test]
    fn classify_never_panics_on_any_text(text in any::<String>()) {
        let _ = classify(&text);
    }

    #[test]
    fn handle_never_panics_and_keeps_opt_outs_from_the_agent(
        text in prop_oneof![any::<String>(), inbound_text()],
        consent in prop::sample::select(vec![ConsentState::Subscribed, ConsentState::OptedOut, ConsentState::Unknown]),
        kind in prop::sample::select(vec![SenderKind::Local, SenderKind::TollFree, SenderKind::ShortCode, SenderKind::Mobile, SenderKind::Other]),
        aoo in any::<bool>(),
        name in "[A-Za-z &'.]{1,40}",
    ) {
        let r = handle_inbound(&HandleInboundArgs {
            text: Some(text),
            webhook: None,
            consent,
            sender: Sender { kind, advanced_opt_out: aoo, country: None },
            org: Org { name: format!("x{name}"), support_phone: None, support_email: None, website: None },
            templates: Default::default(),
            language: None,
            config: KeywordConfig::default(),
        }).unwrap();
        if r.classification.intent == Intent::OptOut {
            prop_assert!(!r.deliver_to_agent);
        }
        if consent == ConsentState::OptedOut && r.classification.intent == Intent::OptOut {
            prop_assert!(r.reply.is_none());
        }
        if r.classification.match_kind == MatchKind::Possible {
            // Careful handling: nothing automatic, a person decides.
            prop_assert!(r.consent_change.is_none());
            prop_assert!(r.reply.is_none());
            prop_assert_eq!(r.needs_review, consent != ConsentState::OptedOut);
            prop_assert_eq!(r.review_reason.is_some(), r.needs_review);
        } else {
            prop_assert!(!r.needs_review && r.review_reason.is_none());
        }
    }

    #[test]
    fn lint_never_panics(body in any::<String>(), kind in prop::sample::select(vec![ReplyKind::Help, ReplyKind::Stop, ReplyKind::Start])) {
        let _ = lint_reply(&LintReplyArgs { kind, body, org: None });
    }

    #[test]
    fn any_json_args_for_inbound_ops_answer(
        op in prop::sample::select(vec!["classify_inbound", "handle_inbound", "lint_reply"]),
        args in crate::contract::arb_json(),
    ) {
        let request = serde_json::json!({"op": op, "args": args}).to_string();
        let answer = telrules::evaluate_json(&request);
        let value: serde_json::Value = serde_json::from_str(&answer).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(value.get("ok").is_some() || value.get("error").is_some());
    }
}
