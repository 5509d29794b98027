use serde_json::{json, Value};

use super::scan;
use super::text::{self, Words};
use super::*;

fn run(form: &str, fields: Value, context: Value) -> PreflightResult {
    let args: PreflightArgs = serde_json::from_value(json!({
        "form": form, "fields": fields, "context": context, "now": "2026-11-28T09:00:00Z"
    }))
    .unwrap();
    preflight_registration(&args).unwrap()
}

fn rules_of(result: &PreflightResult) -> Vec<&str> {
    result.findings.iter().map(|f| f.rule.as_str()).collect()
}

fn good_campaign() -> Value {
    json!({
        "brand_registration_sid": "BN0123456789abcdef0123456789abcdef",
        "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION",
        "description": "Harbor Dental, a dental practice in Seattle, sends appointment reminders to patients who opted in.",
        "message_flow": "Patients opt in on our booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Links to our Terms and Privacy Policy sit next to the box.",
        "message_samples": [
            "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply STOP to opt out.",
            "Harbor Dental: thanks for visiting today! Questions? Call (206) 555-0142. Reply STOP to opt out."
        ],
        "has_embedded_links": false,
        "has_embedded_phone": true,
        "privacy_policy_url": "https://www.harbordental.com/privacy",
        "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"
    })
}

fn ctx() -> Value {
    json!({"brand_name": "Harbor Dental", "brand_type": "STANDARD", "website": "harbordental.com"})
}

#[test]
fn a_complete_campaign_is_ready() {
    let r = run("campaign", good_campaign(), ctx());
    assert_eq!(r.verdict, Verdict::ReadyToSubmit, "{:?}", rules_of(&r));
    assert!(r.findings.is_empty(), "{:?}", rules_of(&r));
}

#[test]
fn findings_are_ordered_errors_first_and_counted() {
    let mut fields = good_campaign();
    fields["message_samples"] = json!([
        "Your cleaning is tomorrow at 9am, see you then!",
        "Get 20% off whitening: bit.ly/hd"
    ]);
    fields["bogus"] = json!(1);
    let r = run("campaign", fields, ctx());
    assert_eq!(r.verdict, Verdict::FixFirst);
    let severities: Vec<Severity> = r.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(
        r.errors,
        severities.iter().filter(|s| **s == Severity::Error).count()
    );
    assert_eq!(
        r.warnings,
        severities
            .iter()
            .filter(|s| **s == Severity::Warning)
            .count()
    );
    for rule in [
        "samples_missing_brand_name",
        "samples_missing_opt_out",
        "sample_public_url_shortener",
        "samples_promotional_for_use_case",
        "unknown_field",
    ] {
        assert!(rules_of(&r).contains(&rule), "{rule}: {:?}", rules_of(&r));
    }
}

#[test]
fn unknown_field_suggests_the_intended_name() {
    let mut fields = good_campaign();
    fields["MessageFlow"] = json!("x");
    fields["descripton"] = json!("x");
    let r = run("campaign", fields, ctx());
    let hints: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == "unknown_field")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(hints.len(), 2);
    assert!(
        hints
            .iter()
            .any(|m| m.contains("Did you mean \"message_flow\"")),
        "{hints:?}"
    );
    assert!(
        hints
            .iter()
            .any(|m| m.contains("Did you mean \"description\"")),
        "{hints:?}"
    );
}

#[test]
fn no_message_keeps_a_placeholder() {
    let r = run(
        "campaign",
        json!({"message_samples": [1, "x"], "age_gated": "maybe", "us_app_to_person_usecase": "MARKETNG"}),
        json!({}),
    );
    let b = run(
        "brand",
        json!({"business_type": "Sole Proprietorship", "job_position": "Boss"}),
        json!({}),
    );
    let t = run(
        "tollfree_verification",
        json!({"opt_in_type": "WEB"}),
        json!({}),
    );
    for f in r.findings.iter().chain(&b.findings).chain(&t.findings) {
        for text in [&f.message, &f.fix] {
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{}: {text}",
                f.rule
            );
            assert!(
                text.ends_with('.') || text.ends_with('?') || text.ends_with('"'),
                "{}: {text}",
                f.rule
            );
        }
    }
}

#[test]
fn embedded_flags_follow_the_samples() {
    let mut fields = good_campaign();
    fields["has_embedded_phone"] = json!(false);
    fields["has_embedded_links"] = json!(true);
    let r = run("campaign", fields, ctx());
    assert!(rules_of(&r).contains(&"embedded_phone_not_declared"));
    assert!(rules_of(&r).contains(&"embedded_link_not_in_samples"));
    let mut fields = good_campaign();
    fields["message_samples"] = json!([
        "Harbor Dental: reminder of your cleaning on [date]. Reply STOP to opt out.",
        "Harbor Dental: book your next visit at https://harbordental.com/book. Reply STOP to opt out."
    ]);
    let r = run("campaign", fields, ctx());
    assert!(rules_of(&r).contains(&"embedded_phone_not_in_samples"));
    assert!(rules_of(&r).contains(&"embedded_link_not_declared"));
}

#[test]
fn sole_proprietor_use_case_must_match_the_brand() {
    let mut fields = good_campaign();
    fields["us_app_to_person_usecase"] = json!("SOLE_PROPRIETOR");
    let r = run("campaign", fields.clone(), ctx());
    assert!(rules_of(&r).contains(&"use_case_sole_proprietor_mismatch"));
    let r = run(
        "campaign",
        fields,
        json!({"brand_name": "Harbor Dental", "brand_type": "SOLE_PROPRIETOR"}),
    );
    assert!(!rules_of(&r).contains(&"use_case_sole_proprietor_mismatch"));
}

#[test]
fn policy_urls_are_advice_before_the_reported_date_and_warnings_after() {
    let mut fields = good_campaign();
    fields.as_object_mut().unwrap().remove("privacy_policy_url");
    let at = |now: &str| {
        let args: PreflightArgs = serde_json::from_value(json!({
            "form": "campaign", "fields": fields, "context": ctx(), "now": now
        }))
        .unwrap();
        preflight_registration(&args).unwrap()
    };
    let before = at("2026-06-01T00:00:00Z");
    let after = at("2026-07-01T00:00:00Z");
    let find = |r: &PreflightResult| {
        r.findings
            .iter()
            .find(|f| f.rule == "policy_url_missing")
            .cloned()
            .unwrap()
    };
    assert_eq!(find(&before).severity, Severity::Info);
    assert_eq!(find(&after).severity, Severity::Warning);
    assert!(find(&after).message.contains("not confirmed by Twilio"));
    assert_eq!(
        after.verdict,
        Verdict::ReadyToSubmit,
        "an unconfirmed rule never blocks"
    );
}

#[test]
fn unconfirmed_rules_are_never_errors_and_say_so() {
    for rule in RULES.iter().filter(|r| !r.confirmed) {
        assert_ne!(rule.severity, Severity::Error, "{}", rule.id);
        assert!(
            rule.message.contains("not confirmed") || rule.message.contains("{hint}"),
            "{}",
            rule.id
        );
    }
}

#[test]
fn rule_ids_are_unique_snake_case_and_their_codes_are_catalogued() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate rule ids");
    for rule in RULES {
        assert!(
            rule.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{}",
            rule.id
        );
        assert!(
            !rule.source.is_empty() && !rule.fix.is_empty(),
            "{}",
            rule.id
        );
        for code in rule.codes {
            assert!(
                crate::errors::lookup(*code).is_some(),
                "{}: {code} not in the error catalogue",
                rule.id
            );
        }
    }
}

#[test]
fn looked_up_tables_are_sorted() {
    fn sorted(list: &[&str]) -> bool {
        list.windows(2).all(|w| w[0] < w[1])
    }
    assert!(sorted(data::FREE_MAIL_DOMAINS));
    assert!(sorted(data::US_STATES));
    assert!(sorted(data::ROLE_WORDS));
    for table in [
        data::AGE_RESTRICTED_TERMS,
        data::LENDING_TERMS,
        data::PROMOTIONAL_TERMS,
        data::EMERGENCY_TERMS,
    ] {
        assert!(table.windows(2).all(|w| w[0][0] <= w[1][0]), "{table:?}");
    }
}

#[test]
fn brand_catches_ssn_free_mail_and_role_names() {
    let r = run(
        "brand",
        json!({
            "business_name": "Harbor Dental PLLC", "business_type": "Limited Liability Corporation",
            "business_industry": "HEALTHCARE", "business_registration_identifier": "EIN",
            "business_registration_number": "123-45-6789", "website_url": "https://harbordental.com",
            "first_name": "Front", "last_name": "Desk", "email": "harbordental@gmail.com",
            "phone_number": "+12065550142", "business_title": "Owner", "job_position": "CEO",
            "street": "1200 Harbor Ave", "city": "Seattle", "region": "Washington",
            "postal_code": "98101", "iso_country": "US", "company_type": "private"
        }),
        json!({}),
    );
    let rules = rules_of(&r);
    for rule in [
        "ein_looks_like_ssn",
        "email_free_mail_domain",
        "us_region_not_state_code",
    ] {
        assert!(rules.contains(&rule), "{rule}: {rules:?}");
    }
    // "Front Desk" is not in the role list as a pair, but "Desk" alone is not a role word.
    assert!(!rules.contains(&"contact_name_is_a_role"));
}

#[test]
fn sole_proprietor_with_a_company_name_is_refused() {
    let r = run(
        "brand",
        json!({
            "brand_type": "SOLE_PROPRIETOR", "brand_name": "Maria's Cleaning LLC", "vertical": "CONSUMER",
            "first_name": "Maria", "last_name": "Lopez", "email": "maria@gmail.com",
            "phone_number": "+12065550100", "mobile_phone_number": "+447400123456",
            "street": "1 Main St", "city": "Tacoma", "region": "WA", "postal_code": "98402", "iso_country": "US"
        }),
        json!({}),
    );
    let rules = rules_of(&r);
    assert!(
        rules.contains(&"sole_proprietor_is_registered_entity"),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"sole_proprietor_mobile_not_us_ca"),
        "{rules:?}"
    );
    // A person's own mailbox is fine for a sole proprietor.
    assert!(!rules.contains(&"email_free_mail_domain"), "{rules:?}");
}

#[test]
fn tollfree_registration_number_became_required_on_2026_02_17() {
    let fields = json!({"business_type": "PRIVATE_PROFIT"});
    let at = |now: &str| {
        let args: PreflightArgs = serde_json::from_value(json!({
            "form": "tollfree_verification", "fields": fields, "now": now
        }))
        .unwrap();
        rules_of(&preflight_registration(&args).unwrap())
            .iter()
            .filter(|r| **r == "registration_number_required")
            .count()
    };
    assert_eq!(at("2026-02-16T23:59:59Z"), 0);
    assert_eq!(at("2026-02-17T00:00:00Z"), 3);
}

#[test]
fn oversized_input_is_refused_naming_the_field() {
    let big = "a".repeat(MAX_TEXT_BYTES + 1);
    let args: PreflightArgs = serde_json::from_value(json!({
        "form": "campaign", "fields": {"description": big}, "now": "2026-11-28T09:00:00Z"
    }))
    .unwrap();
    let error = preflight_registration(&args).unwrap_err();
    assert_eq!(error.path(), "fields.description");
    assert_eq!(error.kind(), crate::ErrorKind::InvalidValue);
    let many: serde_json::Map<String, Value> = (0..=MAX_FIELDS)
        .map(|i| (format!("f{i}"), json!(1)))
        .collect();
    let args = PreflightArgs {
        form: Form::Brand,
        fields: many,
        context: Context::default(),
        now: chrono::DateTime::parse_from_rfc3339("2026-11-28T09:00:00Z").unwrap(),
    };
    assert_eq!(preflight_registration(&args).unwrap_err().path(), "fields");
}

#[test]
fn sample_text_is_read_through_the_shared_scanner() {
    let sample = "Harbor Dental: see you Tue! Info: bit.ly/x or https://harbordental.com/a. Call (206) 555-0142. Reply STOP to opt out.";
    let piece = super::campaign::Piece::new("sample".into(), sample);
    let hosts: Vec<&str> = piece.links().iter().map(|l| l.host.as_str()).collect();
    assert_eq!(hosts, ["bit.ly", "harbordental.com"]);
    assert!(piece.links()[0].shortener && !piece.links()[1].shortener);
    assert!(piece.has_phone() && piece.has_stop());
    // Only words that can be links reach the scanner; the answer is the scanner's own.
    let whole: Vec<String> = crate::content::scan::find_links(sample)
        .into_iter()
        .map(|l| l.domain)
        .collect();
    let ours: Vec<String> = piece.links().iter().map(|l| l.domain.clone()).collect();
    assert_eq!(whole, ours);
    assert!(scan::mentions_name(sample, "Harbor Dental, PLLC"));
    assert!(!scan::mentions_name(sample, "Bay Dental"));
    // A non-standard opt-out is not the STOP instruction reviewers look for.
    assert!(!scan::has_stop(
        "Harbor Dental: see you Tue. Reply N to opt out."
    ));
    let plain = "Stop by our office any time";
    assert!(!scan::has_stop(plain));
    let cbd = scan::forbidden(&scan::words("New CBD gummies"));
    assert_eq!(cbd.len(), 1);
    assert!(!cbd[0].age_gate_allows);
}

#[test]
fn registration_word_tables_match_whole_words() {
    let w = Words::new("Our wine club and winery events");
    assert_eq!(
        w.first_term(data::AGE_RESTRICTED_TERMS),
        Some(&["wine"][..])
    );
    assert!(Words::new("Harbor Dental Group")
        .first_term(data::LENDING_TERMS)
        .is_none());
    assert!(text::mentions_keyword_opt_in(
        "Customers text JOIN to (206) 555-0142 to sign up."
    ));
    assert!(!text::mentions_keyword_opt_in("Reply STOP to opt out."));
    assert!(text::has_entity_suffix("Maria Lopez Cleaning, L.L.C."));
    assert!(!text::has_entity_suffix("Bright & Co"));
}
