use serde_json::{json, Value};

use super::*;
use crate::findings::Severity;

fn run(args: Value) -> CheckMessageResult {
    let args: CheckMessageArgs = serde_json::from_value(args).unwrap();
    check_message(&args).unwrap()
}

fn rules(result: &CheckMessageResult) -> Vec<(&str, Severity)> {
    result
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.severity))
        .collect()
}

fn first(body: &str) -> Value {
    json!({
        "body": body, "first_message": true, "message_class": "marketing",
        "org": {"name": "Harbor Dental", "domain": "harbordental.com"},
        "campaign": {"has_embedded_links": true, "has_embedded_phone": true, "age_gated": false},
        "sender_type": "local", "to": "+14155550100"
    })
}

#[test]
fn a_clean_first_message_has_nothing_above_info() {
    let result = run(first(
        "Harbor Dental: your cleaning is Tue 9am. Book at harbordental.com/book. Reply STOP to opt out.",
    ));
    assert!(result.findings.is_empty(), "{:?}", rules(&result));
    assert_eq!((result.segments, result.encoding), (1, Encoding::Gsm7));
}

#[test]
fn over_1600_characters_is_an_error_with_21617_and_over_320_a_warning() {
    let long = format!("Harbor Dental: {} Reply STOP to opt out", "a".repeat(1600));
    let result = run(first(&long));
    let f = &result.findings[0];
    assert_eq!(
        (f.rule.as_str(), f.severity),
        ("body_over_1600_characters", Severity::Error)
    );
    assert_eq!(f.codes, [21617]);
    assert!(!rules(&result)
        .iter()
        .any(|(r, _)| *r == "body_over_320_characters"));

    let medium = format!("Harbor Dental: {} Reply STOP to opt out", "a".repeat(300));
    let result = run(first(&medium));
    assert!(rules(&result).contains(&("body_over_320_characters", Severity::Warning)));
    assert!(rules(&result).contains(&("multiple_segments", Severity::Info)));
}

#[test]
fn ucs2_names_the_characters_and_the_smart_encoding_saving() {
    let result = run(first(
        "Harbor Dental: we’re open “late” tonight — until 8pm. Reply STOP to opt out. Lots of room for walk-ins today and a few more words here too",
    ));
    assert_eq!(result.encoding, Encoding::Ucs2);
    assert_eq!(result.non_gsm, ["’", "“", "”", "—"]);
    assert_eq!(result.segments, 3);
    assert_eq!(result.smart_encoding.encoding, Encoding::Gsm7);
    assert_eq!(result.smart_encoding.segments, 1);
    assert_eq!(result.smart_encoding.saves_segments, 2);
    let f = result
        .findings
        .iter()
        .find(|f| f.rule == "ucs2_encoding")
        .unwrap();
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.message.contains("“") && f.message.contains("1 segment instead of 3"),
        "{}",
        f.message
    );
}

#[test]
fn shared_shortener_is_an_error_and_foreign_domain_a_warning() {
    let result = run(first(
        "Harbor Dental: book at bit.ly/hd or calendly.com/hd. Reply STOP to opt out",
    ));
    assert_eq!(
        rules(&result),
        [
            ("public_url_shortener", Severity::Error),
            ("link_domain_mismatch", Severity::Warning)
        ]
    );
    assert!(result.findings[0].message.contains("bit.ly"));
    assert!(result.findings[1].message.contains("calendly.com"));
}

#[test]
fn links_and_phones_the_campaign_did_not_declare_are_warnings() {
    let mut args =
        first("Harbor Dental: call 415-555-0123 or see harbordental.com. Reply STOP to opt out");
    args["campaign"] = json!({"has_embedded_links": false, "has_embedded_phone": false});
    let result = run(args);
    assert_eq!(
        rules(&result),
        [
            ("link_not_declared", Severity::Warning),
            ("phone_not_declared", Severity::Warning)
        ]
    );
}

#[test]
fn first_message_needs_sender_and_standard_opt_out() {
    let result = run(first("Your cleaning is Tue 9am."));
    assert_eq!(
        rules(&result),
        [
            ("missing_sender_identification", Severity::Warning),
            ("missing_opt_out", Severity::Warning)
        ]
    );
    let result = run(first(
        "Harbor Dental: your cleaning is Tue 9am. Text 2 to stop.",
    ));
    assert_eq!(
        rules(&result),
        [
            ("missing_opt_out", Severity::Warning),
            ("non_standard_opt_out", Severity::Warning)
        ]
    );
}

#[test]
fn a_follow_up_needs_no_opt_out_and_a_conversational_reply_no_name() {
    let mut args = first("Harbor Dental: see you Tuesday!");
    args["first_message"] = json!(false);
    assert!(run(args.clone()).findings.is_empty());
    args["body"] = json!("Sure, 3pm works.");
    args["message_class"] = json!("conversational");
    assert!(run(args.clone()).findings.is_empty());
    args["message_class"] = json!("informational");
    assert_eq!(
        rules(&run(args)),
        [("missing_sender_identification", Severity::Warning)]
    );
}

#[test]
fn non_standard_opt_out_is_flagged_even_beside_a_standard_one() {
    let mut args = first("Harbor Dental: reply STOP to opt out or text 2 to stop");
    args["first_message"] = json!(false);
    assert_eq!(
        rules(&run(args)),
        [("non_standard_opt_out", Severity::Warning)]
    );
}

#[test]
fn no_gate_categories_stay_warnings_even_when_age_gated() {
    let mut args = first("Harbor Dental: new CBD gummies in stock! Reply STOP to opt out");
    args["campaign"]["age_gated"] = json!(true);
    let result = run(args);
    assert_eq!(rules(&result), [("forbidden_content", Severity::Warning)]);
    assert_eq!(result.findings[0].codes, [30860]);
}

#[test]
fn alcohol_needs_an_age_gated_campaign_and_never_goes_to_canada() {
    let body = "Harbor Bistro: half-price wine tonight. Reply STOP to opt out";
    let mut args = first(body);
    args["org"]["name"] = json!("Harbor Bistro");
    assert_eq!(
        rules(&run(args.clone())),
        [("age_gate_required", Severity::Warning)]
    );
    args["campaign"]["age_gated"] = json!(true);
    assert!(run(args.clone()).findings.is_empty());
    args["to"] = json!("+14165550123");
    assert_eq!(
        rules(&run(args)),
        [("age_gated_content_to_canada", Severity::Error)]
    );
}

#[test]
fn mms_limits_are_errors_and_non_images_over_600_kb_warnings() {
    let mut args = first("Harbor Dental: your x-ray summary. Reply STOP to opt out");
    args["channel"] = json!("mms");
    args["media"] = json!([
        {"content_type": "image/jpeg", "bytes": 4_000_000},
        {"content_type": "application/pdf", "bytes": 700_000},
        {"content_type": "application/zip", "bytes": 10},
        {"content_type": "image/webp", "bytes": 10},
        {"content_type": "Video/MP4; codecs=avc1", "bytes": 1_200_000}
    ]);
    let result = run(args.clone());
    let got: Vec<(&str, Option<&str>)> = result
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.field.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("mms_over_5_mb", Some("media")),
            ("media_type_not_accepted", Some("media[2]")),
            ("media_type_not_accepted", Some("media[3]")),
            ("media_over_carrier_limit", Some("media[4]")),
            ("media_over_600_kb", Some("media[1]")),
            ("media_not_transcoded", Some("media[1]")),
            ("media_not_transcoded", Some("media[4]")),
        ]
    );
    args["sender_type"] = json!("toll_free");
    args["media"] = json!([{"content_type": "application/pdf", "bytes": 700_000}]);
    assert_eq!(
        run(args.clone()).findings[0].rule,
        "media_over_carrier_limit",
        "toll-free carriers stop at 600 KB"
    );
    args["media"] = json!((0..11)
        .map(|_| json!({"content_type": "image/png", "bytes": 1000}))
        .collect::<Vec<_>>());
    assert_eq!(rules(&run(args)), [("too_many_media", Severity::Error)]);
}

#[test]
fn folklore_is_info_only() {
    let mut args =
        first("HARBOR DENTAL: HUGE WHITENING SALE TODAY!! PAY WITH ZELLE. REPLY STOP TO OPT OUT");
    args["first_message"] = json!(false);
    let result = run(args);
    assert_eq!(
        rules(&result),
        [
            ("all_caps", Severity::Info),
            ("repeated_punctuation", Severity::Info),
            ("payment_request", Severity::Info)
        ]
    );
}

#[test]
fn euro_sign_to_us_is_a_warning_but_not_to_canada() {
    let mut args = first("Harbor Dental: whitening €50. Reply STOP to opt out");
    assert_eq!(
        rules(&run(args.clone())),
        [("euro_sign_to_us", Severity::Warning)]
    );
    args["to"] = json!("+14165550123");
    assert!(run(args).findings.is_empty());
}

#[test]
fn empty_body_is_an_error_unless_an_mms_has_media() {
    let result = run(json!({"body": " ", "message_class": "informational"}));
    assert_eq!(rules(&result), [("body_empty", Severity::Error)]);
    let result = run(
        json!({"body": "", "message_class": "informational", "channel": "mms",
        "media": [{"content_type": "image/png", "bytes": 100}]}),
    );
    assert!(result.findings.is_empty());
}

#[test]
fn unusable_input_is_an_error_naming_the_field() {
    let bad = |args: Value| {
        let args: CheckMessageArgs = serde_json::from_value(args).unwrap();
        check_message(&args).unwrap_err()
    };
    let e = bad(json!({"body": "x".repeat(MAX_BODY_BYTES + 1), "message_class": "marketing"}));
    assert_eq!(e.path(), "body");
    let e = bad(json!({"body": "x", "message_class": "marketing",
        "media": [{"content_type": "image/png", "bytes": 1}]}));
    assert_eq!(e.path(), "media");
    let e = bad(json!({"body": "x", "message_class": "marketing", "to": "hello"}));
    assert_eq!(e.path(), "to");
    let e = bad(json!({"body": "x", "message_class": "marketing", "org": {"name": " "}}));
    assert_eq!(e.path(), "org.name");
    let e = bad(json!({"body": "x", "message_class": "marketing", "org": {"domain": "nodot"}}));
    assert_eq!(e.path(), "org.domain");
}

#[test]
fn findings_are_sorted_errors_first() {
    let result = run(first("Call 415-555-0123 about CBD at bit.ly/x!!"));
    let severities: Vec<Severity> = result.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(severities.first(), Some(&Severity::Error));
}
