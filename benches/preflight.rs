//! preflight_registration: whole forms as the assistant fills them (a complete campaign,
//! a draft with findings, a standard brand, a toll-free verification, and the campaign
//! through the JSON contract), then the worst case: a campaign at the largest accepted input
//! (every text field and 50 samples at the 16 KiB limit, 100 field names) and at a quarter
//! of it, with throughput in bytes so the cost per input byte can be compared.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::{json, Map, Value};
use std::hint::black_box;
use telrules::preflight::{
    preflight_registration, PreflightArgs, MAX_FIELDS, MAX_LIST_ITEMS, MAX_TEXT_BYTES,
};

fn good_campaign() -> Value {
    serde_json::from_str(r#"{"brand_registration_sid": "BN0123456789abcdef0123456789abcdef", "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION", "description": "Harbor Dental, a dental practice in Seattle, sends appointment reminders and visit follow-ups to patients who opted in.", "message_flow": "Patients opt in on our online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Consent is not a condition of purchase.\" The form links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).", "message_samples": ["Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "Harbor Dental: thanks for visiting today, [first name]! Questions? Call us at (206) 555-0142. Reply STOP to opt out."], "has_embedded_links": false, "has_embedded_phone": true, "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"}"#).unwrap()
}
fn good_brand() -> Value {
    serde_json::from_str(r#"{"brand_type": "STANDARD", "business_name": "Harbor Dental PLLC", "business_type": "Limited Liability Corporation", "business_industry": "HEALTHCARE", "business_registration_identifier": "EIN", "business_registration_number": "91-1234567", "business_regions_of_operation": "USA_AND_CANADA", "website_url": "https://www.harbordental.com", "first_name": "Grace", "last_name": "Lee", "email": "grace.lee@harbordental.com", "phone_number": "+12065550142", "business_title": "Practice owner", "job_position": "CEO", "street": "1200 Harbor Ave SW", "city": "Seattle", "region": "WA", "postal_code": "98126", "iso_country": "US", "company_type": "private"}"#).unwrap()
}
fn good_tollfree() -> Value {
    serde_json::from_str(r#"{"tollfree_phone_number_sid": "PN0123456789abcdef0123456789abcdef", "business_name": "Harbor Dental PLLC", "doing_business_as": "Harbor Dental", "business_website": "https://www.harbordental.com", "notification_email": "office@harbordental.com", "use_case_categories": ["ACCOUNT_NOTIFICATIONS", "CUSTOMER_CARE"], "use_case_summary": "Harbor Dental sends appointment reminders and answers questions from patients who opted in on our online booking form.", "production_message_sample": "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "opt_in_image_urls": ["https://www.harbordental.com/img/sms-opt-in.png"], "opt_in_type": "WEB_FORM", "message_volume": "1,000", "business_type": "PRIVATE_PROFIT", "business_registration_number": "91-1234567", "business_registration_authority": "EIN", "business_registration_country": "US", "business_street_address": "1200 Harbor Ave SW", "business_city": "Seattle", "business_state_province_region": "WA", "business_postal_code": "98126", "business_country": "US", "business_contact_first_name": "Grace", "business_contact_last_name": "Lee", "business_contact_email": "grace.lee@harbordental.com", "business_contact_phone": "+12065550142", "opt_in_confirmation_message": "Harbor Dental: you're signed up for appointment texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.", "help_message_sample": "Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com. Reply STOP to opt out.", "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms", "age_gated_content": false}"#).unwrap()
}

fn args(form: &str, fields: Value, context: Value) -> PreflightArgs {
    serde_json::from_value(json!({
        "form": form, "fields": fields, "context": context, "now": "2026-11-28T09:00:00Z"
    }))
    .unwrap()
}

fn campaign_context() -> Value {
    json!({"brand_name": "Harbor Dental", "brand_type": "STANDARD", "website": "https://www.harbordental.com"})
}

/// Text of `bytes` bytes made of sample-like sentences (links, a phone number, STOP).
fn filler(bytes: usize) -> String {
    const UNIT: &str = "Harbor Dental: see you at https://www.harbordental.com/visit or call (206) 555-0142. Msg frequency varies. Reply STOP to opt out. ";
    let mut text = UNIT.repeat(bytes / UNIT.len() + 1);
    text.truncate(bytes);
    text
}

/// A campaign form with every text at `text_bytes`, `items` samples and keywords, padded
/// with unknown names up to `names` fields; returns the args and the input's text bytes.
fn big_campaign(text_bytes: usize, items: usize, names: usize) -> (PreflightArgs, u64) {
    let text = filler(text_bytes);
    let mut fields = good_campaign().as_object().cloned().unwrap_or_default();
    for name in [
        "description",
        "message_flow",
        "opt_in_message",
        "opt_out_message",
        "help_message",
    ] {
        fields.insert(name.into(), json!(text));
    }
    fields.insert("message_samples".into(), json!(vec![text.clone(); items]));
    for name in ["opt_in_keywords", "opt_out_keywords", "help_keywords"] {
        fields.insert(name.into(), json!(vec!["JOIN"; items]));
    }
    let mut i = 0;
    while fields.len() < names {
        fields.insert(format!("extra_field_{i}"), json!(text));
        i += 1;
    }
    let bytes: usize = fields
        .values()
        .map(|v| match v {
            Value::String(s) => s.len(),
            Value::Array(items) => items.iter().filter_map(Value::as_str).map(str::len).sum(),
            _ => 0,
        })
        .sum();
    let map: Map<String, Value> = fields;
    let context = json!({
        "brand_name": "Harbor Dental", "website": "https://www.harbordental.com",
        "privacy_policy_text": text, "terms_text": text
    });
    (
        args("campaign", Value::Object(map), context),
        bytes as u64 + 2 * text_bytes as u64,
    )
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("preflight");
    let complete = args("campaign", good_campaign(), campaign_context());
    group.bench_function("campaign_complete", |b| {
        b.iter(|| preflight_registration(black_box(&complete)))
    });
    let mut draft_fields = good_campaign();
    draft_fields["message_samples"] = json!([
        "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm.",
        "Thanks for visiting! Rate your visit: bit.ly/hd-review"
    ]);
    draft_fields["message_flow"] = json!("Patients give their mobile number on the online booking form at https://www.harbordental.com/book and agree to receive text messages.");
    let draft = args("campaign", draft_fields, campaign_context());
    group.bench_function("campaign_draft_with_findings", |b| {
        b.iter(|| preflight_registration(black_box(&draft)))
    });
    let brand = args("brand", good_brand(), json!({}));
    group.bench_function("brand_standard", |b| {
        b.iter(|| preflight_registration(black_box(&brand)))
    });
    let tollfree = args("tollfree_verification", good_tollfree(), json!({}));
    group.bench_function("tollfree_verification", |b| {
        b.iter(|| preflight_registration(black_box(&tollfree)))
    });
    let request = json!({"op": "preflight_registration", "args": {
        "form": "campaign", "fields": good_campaign(), "context": campaign_context(),
        "now": "2026-11-28T09:00:00Z"}})
    .to_string();
    group.bench_function("campaign_json_contract", |b| {
        b.iter(|| telrules::evaluate_json(black_box(&request)))
    });
    group.finish();

    let mut worst = c.benchmark_group("preflight_worst_case");
    worst.sample_size(10);
    for (label, scale) in [("largest_accepted", 1), ("quarter", 4)] {
        let (input, bytes) = big_campaign(
            MAX_TEXT_BYTES / scale,
            MAX_LIST_ITEMS / scale,
            MAX_FIELDS / scale,
        );
        worst.throughput(Throughput::Bytes(bytes));
        worst.bench_function(format!("{label}_{bytes}_bytes"), |b| {
            b.iter(|| preflight_registration(black_box(&input)))
        });
    }
    worst.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
