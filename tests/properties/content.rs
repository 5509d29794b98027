//! check_message and the content scanner: total on any text, severities fixed per rule,
//! findings sorted, opt-out detection blind to case, a standard line always recognised, and
//! the answer's segments the same as the segments op's.

use proptest::prelude::*;
use serde_json::json;
use telrules::content::scan::{find_links, mentions_name, opt_out_instruction, OptOutKind};
use telrules::content::{check_message, CheckMessageArgs};
use telrules::findings::Severity;
use telrules::segments::{segments, SegmentsArgs};

/// Message-like text: words, links, numbers, keywords, terms, emoji and punctuation.
fn message_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-zA-Z]{1,10}",
            "[ .,!?:;'\"()\\-/]{1,3}",
            Just(" Reply STOP to opt out".to_owned()),
            Just(" text 2 to stop ".to_owned()),
            Just(" bit.ly/x ".to_owned()),
            Just(" https://harbordental.com/a?b=1 ".to_owned()),
            Just(" (415) 555-0123 ".to_owned()),
            Just(" wine ".to_owned()),
            Just(" CBD ".to_owned()),
            Just(" Zelle ".to_owned()),
            Just("€".to_owned()),
            Just("😀".to_owned()),
            Just("“”—".to_owned()),
            Just("\n".to_owned()),
            Just("Harbor Dental:".to_owned()),
            "[0-9]{1,11}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// The severity each rule always has (the strength of its source).
fn severity_of(rule: &str) -> Option<Severity> {
    Some(match rule {
        "body_empty"
        | "body_over_1600_characters"
        | "public_url_shortener"
        | "age_gated_content_to_canada"
        | "mms_over_5_mb"
        | "too_many_media"
        | "media_type_not_accepted"
        | "media_over_carrier_limit" => Severity::Error,
        "body_over_320_characters"
        | "link_domain_mismatch"
        | "link_not_declared"
        | "phone_not_declared"
        | "missing_sender_identification"
        | "missing_opt_out"
        | "non_standard_opt_out"
        | "forbidden_content"
        | "age_gate_required"
        | "euro_sign_to_us"
        | "media_over_600_kb" => Severity::Warning,
        "sender_identification_unchecked"
        | "ucs2_encoding"
        | "multiple_segments"
        | "media_not_transcoded"
        | "all_caps"
        | "repeated_punctuation"
        | "payment_request" => Severity::Info,
        _ => return None,
    })
}

fn args(body: &str, first: bool, to_canada: bool, mms: bool) -> CheckMessageArgs {
    serde_json::from_value(json!({
        "body": body,
        "channel": if mms { "mms" } else { "sms" },
        "media": if mms { json!([{"content_type": "application/pdf", "bytes": 700_000}]) } else { json!([]) },
        "first_message": first,
        "message_class": "marketing",
        "org": {"name": "Harbor Dental", "domain": "harbordental.com"},
        "campaign": {"has_embedded_links": false, "has_embedded_phone": false, "age_gated": false},
        "sender_type": "local",
        "to": if to_canada { "+14165550123" } else { "+14155550100" }
    }))
    .unwrap()
}

proptest! {
    #[test]
    fn every_rule_keeps_its_severity_and_findings_are_sorted(
        body in message_text(), first in any::<bool>(), canada in any::<bool>(), mms in any::<bool>()
    ) {
        let answer = check_message(&args(&body, first, canada, mms)).unwrap();
        for f in &answer.findings {
            prop_assert_eq!(Some(f.severity), severity_of(&f.rule), "{}", f.rule);
            prop_assert!(!f.message.is_empty() && !f.fix.is_empty());
        }
        let order: Vec<Severity> = answer.findings.iter().map(|f| f.severity).collect();
        let mut sorted = order.clone();
        sorted.sort();
        prop_assert_eq!(order, sorted);
    }

    #[test]
    fn segments_agree_with_the_segments_op(body in message_text()) {
        let answer = check_message(&args(&body, false, false, false)).unwrap();
        let direct = segments(&SegmentsArgs { text: body.clone(), smart_encoding: false });
        prop_assert_eq!(answer.segments, direct.segments);
        prop_assert_eq!(answer.encoding, direct.encoding);
        prop_assert_eq!(answer.characters, direct.characters);
        prop_assert!(answer.smart_encoding.segments <= answer.segments);
    }

    #[test]
    fn any_text_is_answered(body in "\\PC{0,200}") {
        prop_assert!(check_message(&args(&body, true, false, false)).is_ok());
    }

    #[test]
    fn opt_out_detection_ignores_ascii_case(
        body in message_text().prop_map(|s| s.chars().filter(char::is_ascii).collect::<String>())
    ) {
        let kind = opt_out_instruction(&body).kind;
        prop_assert_eq!(opt_out_instruction(&body.to_ascii_uppercase()).kind, kind);
        prop_assert_eq!(opt_out_instruction(&body.to_ascii_lowercase()).kind, kind);
    }

    #[test]
    fn a_standard_line_on_its_own_line_is_always_recognised(body in message_text()) {
        let text = format!("{body}\nReply STOP to opt out.");
        prop_assert_eq!(opt_out_instruction(&text).kind, OptOutKind::Standard);
        let answer = check_message(&args(&text, true, false, false)).unwrap();
        prop_assert!(!answer.findings.iter().any(|f| f.rule == "missing_opt_out"));
    }

    #[test]
    fn a_name_at_the_start_is_always_mentioned(name in "[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,3}") {
        let text = format!("{name}: your visit is Tuesday.");
        prop_assert!(mentions_name(&text, &name));
    }

    #[test]
    fn hosts_of_scheme_links_are_found_lower_cased(
        labels in prop::collection::vec("[a-zA-Z0-9]{1,10}", 1..4),
        tld in "[a-zA-Z]{2,6}",
        path in "[a-z0-9/]{0,12}"
    ) {
        let host = format!("{}.{tld}", labels.join("."));
        let text = format!("see https://{host}/{path} now");
        let links = find_links(&text);
        prop_assert_eq!(links.len(), 1);
        prop_assert_eq!(&links[0].host, &host.to_lowercase());
    }
}
