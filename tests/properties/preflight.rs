//! preflight_registration: a form that passes never gains an error by adding a correct
//! optional field; the findings are ordered and counted as documented; no input panics.
//!
//! The passing forms are the fixture generator's complete forms (a dental practice's
//! campaign, standard brand and toll-free verification, and a sole proprietor's brand),
//! with a random subset of their optional fields removed; the property adds back a random
//! subset of correct optional values.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use telrules::findings::Severity;
use telrules::preflight::{preflight_registration, Context, Form, PreflightArgs, Verdict};

fn good_campaign() -> Value {
    serde_json::from_str(r#"{"brand_registration_sid": "BN0123456789abcdef0123456789abcdef", "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION", "description": "Harbor Dental, a dental practice in Seattle, sends appointment reminders and visit follow-ups to patients who opted in.", "message_flow": "Patients opt in on our online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Consent is not a condition of purchase.\" The form links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).", "message_samples": ["Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "Harbor Dental: thanks for visiting today, [first name]! Questions? Call us at (206) 555-0142. Reply STOP to opt out."], "has_embedded_links": false, "has_embedded_phone": true, "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"}"#).unwrap()
}
fn good_brand() -> Value {
    serde_json::from_str(r#"{"brand_type": "STANDARD", "business_name": "Harbor Dental PLLC", "business_type": "Limited Liability Corporation", "business_industry": "HEALTHCARE", "business_registration_identifier": "EIN", "business_registration_number": "91-1234567", "business_regions_of_operation": "USA_AND_CANADA", "website_url": "https://www.harbordental.com", "first_name": "Grace", "last_name": "Lee", "email": "grace.lee@harbordental.com", "phone_number": "+12065550142", "business_title": "Practice owner", "job_position": "CEO", "street": "1200 Harbor Ave SW", "city": "Seattle", "region": "WA", "postal_code": "98126", "iso_country": "US", "company_type": "private"}"#).unwrap()
}
fn good_sole_proprietor() -> Value {
    serde_json::from_str(r#"{"brand_type": "SOLE_PROPRIETOR", "brand_name": "Maria Lopez Cleaning", "vertical": "CONSUMER", "first_name": "Maria", "last_name": "Lopez", "email": "maria.lopez.cleaning@gmail.com", "phone_number": "+12535550100", "mobile_phone_number": "+12535550100", "street": "88 Pine St", "city": "Tacoma", "region": "WA", "postal_code": "98402", "iso_country": "US"}"#).unwrap()
}
fn good_tollfree() -> Value {
    serde_json::from_str(r#"{"tollfree_phone_number_sid": "PN0123456789abcdef0123456789abcdef", "business_name": "Harbor Dental PLLC", "doing_business_as": "Harbor Dental", "business_website": "https://www.harbordental.com", "notification_email": "office@harbordental.com", "use_case_categories": ["ACCOUNT_NOTIFICATIONS", "CUSTOMER_CARE"], "use_case_summary": "Harbor Dental sends appointment reminders and answers questions from patients who opted in on our online booking form.", "production_message_sample": "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "opt_in_image_urls": ["https://www.harbordental.com/img/sms-opt-in.png"], "opt_in_type": "WEB_FORM", "message_volume": "1,000", "business_type": "PRIVATE_PROFIT", "business_registration_number": "91-1234567", "business_registration_authority": "EIN", "business_registration_country": "US", "business_street_address": "1200 Harbor Ave SW", "business_city": "Seattle", "business_state_province_region": "WA", "business_postal_code": "98126", "business_country": "US", "business_contact_first_name": "Grace", "business_contact_last_name": "Lee", "business_contact_email": "grace.lee@harbordental.com", "business_contact_phone": "+12065550142", "opt_in_confirmation_message": "Harbor Dental: you're signed up for appointment texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.", "help_message_sample": "Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com. Reply STOP to opt out.", "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms", "age_gated_content": false}"#).unwrap()
}

const NOW: &str = "2026-11-28T09:00:00Z";

fn context_for(form: Form) -> Context {
    match form {
        Form::Campaign => Context {
            brand_name: Some("Harbor Dental".into()),
            brand_type: Some("STANDARD".into()),
            website: Some("https://www.harbordental.com".into()),
            ..Context::default()
        },
        _ => Context::default(),
    }
}

fn args(form: Form, fields: Map<String, Value>, context: Context) -> PreflightArgs {
    PreflightArgs {
        form,
        fields,
        context,
        now: chrono::DateTime::parse_from_rfc3339(NOW).unwrap(),
    }
}

/// Correct values for optional fields of each form: what a careful owner could add.
fn optional_values(form: Form, sole: bool) -> Vec<(&'static str, Value)> {
    match form {
        Form::Campaign => vec![
            ("subscriber_opt_in", json!(true)),
            ("age_gated", json!(false)),
            ("direct_lending", json!(false)),
            ("messaging_service_sid", json!("MG0123456789abcdef0123456789abcdef")),
            ("opt_in_keywords", json!(["JOIN", "START"])),
            ("opt_in_message", json!("Harbor Dental: you are signed up for reminders. Reply HELP for help, STOP to opt out.")),
            ("opt_out_keywords", json!(["STOP", "CANCEL"])),
            ("opt_out_message", json!("Harbor Dental: you are unsubscribed and will receive no more messages.")),
            ("help_keywords", json!(["HELP"])),
            ("help_message", json!("Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com.")),
            ("privacy_policy_url", json!("https://www.harbordental.com/privacy")),
            ("terms_and_conditions_url", json!("https://www.harbordental.com/sms-terms")),
        ],
        Form::Brand if sole => vec![
            ("customer_name", json!("Maria Lopez")),
            ("street_secondary", json!("Apt 4")),
            ("customer_profile_bundle_sid", json!("BU0123456789abcdef0123456789abcdef")),
            ("a2p_profile_bundle_sid", json!("BUfedcba9876543210fedcba9876543210")),
        ],
        Form::Brand => vec![
            ("business_regions_of_operation", json!("USA_AND_CANADA")),
            ("social_media_profile_urls", json!("https://www.instagram.com/harbordental")),
            ("business_identity", json!("direct_customer")),
            ("customer_name", json!("Harbor Dental PLLC")),
            ("street_secondary", json!("Suite 200")),
            ("stock_exchange", json!("NONE")),
            ("brand_contact_email", json!("grace.lee@harbordental.com")),
            ("customer_profile_bundle_sid", json!("BU0123456789abcdef0123456789abcdef")),
            ("a2p_profile_bundle_sid", json!("BUfedcba9876543210fedcba9876543210")),
            ("skip_automatic_sec_vet", json!(false)),
        ],
        Form::TollfreeVerification => vec![
            ("customer_profile_sid", json!("BU0123456789abcdef0123456789abcdef")),
            ("doing_business_as", json!("Harbor Dental")),
            ("business_street_address2", json!("Suite 200")),
            ("business_registration_phone_number", json!("+12065550142")),
            ("additional_information", json!("One number for the Seattle clinic's reminders.")),
            ("external_reference_id", json!("org-42")),
            ("opt_in_keywords", json!(["JOIN"])),
            ("age_gated_content", json!(false)),
            ("help_message_sample", json!("Harbor Dental: for help call (206) 555-0142. Reply STOP to opt out.")),
            ("opt_in_confirmation_message", json!("Harbor Dental: you're signed up for appointment texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.")),
            ("privacy_policy_url", json!("https://www.harbordental.com/privacy")),
            ("terms_and_conditions_url", json!("https://www.harbordental.com/sms-terms")),
            ("business_contact_phone", json!("+12065550142")),
        ],
    }
}

fn base(kind: usize) -> (Form, bool, Map<String, Value>) {
    let (form, sole, value) = match kind % 4 {
        0 => (Form::Campaign, false, good_campaign()),
        1 => (Form::Brand, false, good_brand()),
        2 => (Form::Brand, true, good_sole_proprietor()),
        _ => (Form::TollfreeVerification, false, good_tollfree()),
    };
    (form, sole, value.as_object().cloned().unwrap())
}

fn errors(form: Form, fields: &Map<String, Value>) -> Vec<String> {
    let answer = preflight_registration(&args(form, fields.clone(), context_for(form))).unwrap();
    answer
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{} {:?}", f.rule, f.field))
        .collect()
}

/// Arbitrary JSON values a broken form might carry.
fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,80}".prop_map(Value::String),
        "(https?://)?[a-z.]{0,20}(/[a-z]{0,8})?".prop_map(Value::String),
        "[A-Za-z ]{0,10}(STOP|HELP|LLC|bit\\.ly/x|\\(206\\) 555-0142)?[a-z ]{0,10}"
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..7).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const NAMES: &[&str] = &[
    "description",
    "message_flow",
    "message_samples",
    "us_app_to_person_usecase",
    "has_embedded_links",
    "has_embedded_phone",
    "opt_in_keywords",
    "opt_in_message",
    "help_message",
    "opt_out_message",
    "age_gated",
    "direct_lending",
    "privacy_policy_url",
    "business_name",
    "brand_type",
    "business_registration_number",
    "email",
    "website_url",
    "region",
    "postal_code",
    "iso_country",
    "company_type",
    "mobile_phone_number",
    "business_type",
    "use_case_categories",
    "production_message_sample",
    "opt_in_type",
    "opt_in_image_urls",
    "business_contact_email",
    "business_website",
    "message_volume",
    "business_country",
    "vetting_id",
    "MessageFlow",
    "descripton",
    "x",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_passing_form_never_gains_an_error_by_adding_a_correct_optional_field(
        kind in 0usize..4,
        drop_mask in any::<u16>(),
        add_mask in any::<u16>(),
    ) {
        let (form, sole, mut fields) = base(kind);
        let optional = optional_values(form, sole);
        for (i, (name, _)) in optional.iter().enumerate() {
            if drop_mask & (1 << i) != 0 {
                fields.remove(*name);
            }
        }
        let before = errors(form, &fields);
        prop_assume!(before.is_empty());
        for (i, (name, value)) in optional.iter().enumerate() {
            if add_mask & (1 << i) != 0 {
                fields.insert((*name).to_owned(), value.clone());
            }
        }
        let after = errors(form, &fields);
        prop_assert!(after.is_empty(), "{:?} gained {:?}", form, after);
    }

    #[test]
    fn findings_are_ordered_counted_and_decide_the_verdict(
        kind in 0usize..4,
        edits in prop::collection::vec((prop::sample::select(NAMES), arb_value()), 0..6),
    ) {
        let (form, _, mut fields) = base(kind);
        for (name, value) in edits {
            fields.insert(name.to_owned(), value);
        }
        if let Ok(answer) = preflight_registration(&args(form, fields, context_for(form))) {
            let severities: Vec<Severity> = answer.findings.iter().map(|f| f.severity).collect();
            let mut sorted = severities.clone();
            sorted.sort();
            prop_assert_eq!(&severities, &sorted);
            let errors = severities.iter().filter(|s| **s == Severity::Error).count();
            prop_assert_eq!(answer.errors, errors);
            prop_assert_eq!(answer.verdict == Verdict::FixFirst, errors > 0);
            for f in &answer.findings {
                prop_assert!(!f.message.is_empty() && !f.fix.is_empty());
                let unfilled = f.message.contains("{field}") || f.message.contains("{value}");
                prop_assert!(!unfilled, "unfilled placeholder: {}", f.message);
            }
        }
    }

    #[test]
    fn no_input_panics(
        form in prop::sample::select(&["brand", "campaign", "tollfree_verification", "other"][..]),
        fields in prop::collection::btree_map(prop_oneof![prop::sample::select(NAMES).prop_map(str::to_owned), ".{0,70}"], arb_value(), 0..12),
        brand_name in proptest::option::of(".{0,40}"),
        website in proptest::option::of(".{0,40}"),
        privacy in proptest::option::of(".{0,200}"),
        now in prop_oneof![Just("2026-01-01T00:00:00Z"), Just("2026-11-28T09:00:00+05:30"), Just("not a date")],
    ) {
        let request = json!({
            "op": "preflight_registration",
            "args": {
                "form": form,
                "fields": fields,
                "context": {"brand_name": brand_name, "website": website, "privacy_policy_text": privacy, "terms_text": privacy},
                "now": now,
            }
        });
        let answer = telrules::evaluate_json(&request.to_string());
        let parsed: Value = serde_json::from_str(&answer).unwrap();
        prop_assert!(parsed.get("ok").is_some() || parsed.get("error").is_some(), "{}", answer);
    }
}

#[test]
fn the_complete_forms_pass() {
    for kind in 0..4 {
        let (form, _, fields) = base(kind);
        assert!(errors(form, &fields).is_empty(), "{kind}");
    }
}
