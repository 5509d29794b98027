//! A driver for instruction-count profiling: runs one bench input of check_message,
//! preflight_registration or plan_send `n` times, so `valgrind --tool=callgrind` gives a
//! repeatable count (wall-clock figures are noisy on a shared machine). The inputs are the
//! benches' own (`content.rs`, `preflight.rs`, `plan.rs`).
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release -p telrules-benches --example profile
//! valgrind --tool=callgrind target/release/examples/profile check_typical 100
//! ```

use serde_json::{json, Value};
use std::hint::black_box;
use telrules::content::{check_message, CheckMessageArgs};
use telrules::plan::{estimate_cost, plan_send, EstimateCostArgs, PlanSendArgs};
use telrules::preflight::{preflight_registration, PreflightArgs};

/// `serde_json::from_value`, panicking with the error (a driver, not library code).
macro_rules! from {
    ($value:expr) => {
        match serde_json::from_value($value) {
            Ok(v) => v,
            Err(e) => panic!("profile args: {e}"),
        }
    };
}

fn check_args(body: &str) -> CheckMessageArgs {
    from!(json!({
        "body": body,
        "first_message": true,
        "message_class": "marketing",
        "org": {"name": "Harbor Dental", "domain": "harbordental.com"},
        "campaign": {"has_embedded_links": true, "has_embedded_phone": false, "age_gated": false},
        "sender_type": "local",
        "to": "+14155550100"
    }))
}

const TYPICAL: &str = "Harbor Dental: your cleaning is Tue 11/3 at 9:30am. Book or change it at harbordental.com/visit or call (415) 555-0142. See you soon, Al! Reply STOP to opt out.";

const CAMPAIGN: &str = r#"{"brand_registration_sid": "BN0123456789abcdef0123456789abcdef", "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION", "description": "Harbor Dental, a dental practice in Seattle, sends appointment reminders and visit follow-ups to patients who opted in.", "message_flow": "Patients opt in on our online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out. Consent is not a condition of purchase.\" The form links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).", "message_samples": ["Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "Harbor Dental: thanks for visiting today, [first name]! Questions? Call us at (206) 555-0142. Reply STOP to opt out."], "has_embedded_links": false, "has_embedded_phone": true, "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"}"#;
const BRAND: &str = r#"{"brand_type": "STANDARD", "business_name": "Harbor Dental PLLC", "business_type": "Limited Liability Corporation", "business_industry": "HEALTHCARE", "business_registration_identifier": "EIN", "business_registration_number": "91-1234567", "business_regions_of_operation": "USA_AND_CANADA", "website_url": "https://www.harbordental.com", "first_name": "Grace", "last_name": "Lee", "email": "grace.lee@harbordental.com", "phone_number": "+12065550142", "business_title": "Practice owner", "job_position": "CEO", "street": "1200 Harbor Ave SW", "city": "Seattle", "region": "WA", "postal_code": "98126", "iso_country": "US", "company_type": "private"}"#;
const TOLLFREE: &str = r#"{"tollfree_phone_number_sid": "PN0123456789abcdef0123456789abcdef", "business_name": "Harbor Dental PLLC", "doing_business_as": "Harbor Dental", "business_website": "https://www.harbordental.com", "notification_email": "office@harbordental.com", "use_case_categories": ["ACCOUNT_NOTIFICATIONS", "CUSTOMER_CARE"], "use_case_summary": "Harbor Dental sends appointment reminders and answers questions from patients who opted in on our online booking form.", "production_message_sample": "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm. Reply STOP to opt out.", "opt_in_image_urls": ["https://www.harbordental.com/img/sms-opt-in.png"], "opt_in_type": "WEB_FORM", "message_volume": "1,000", "business_type": "PRIVATE_PROFIT", "business_registration_number": "91-1234567", "business_registration_authority": "EIN", "business_registration_country": "US", "business_street_address": "1200 Harbor Ave SW", "business_city": "Seattle", "business_state_province_region": "WA", "business_postal_code": "98126", "business_country": "US", "business_contact_first_name": "Grace", "business_contact_last_name": "Lee", "business_contact_email": "grace.lee@harbordental.com", "business_contact_phone": "+12065550142", "opt_in_confirmation_message": "Harbor Dental: you're signed up for appointment texts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.", "help_message_sample": "Harbor Dental: for help call (206) 555-0142 or email office@harbordental.com. Reply STOP to opt out.", "privacy_policy_url": "https://www.harbordental.com/privacy", "terms_and_conditions_url": "https://www.harbordental.com/sms-terms", "age_gated_content": false}"#;

fn preflight_args(form: &str, fields: Value, context: Value) -> PreflightArgs {
    from!(
        json!({"form": form, "fields": fields, "context": context, "now": "2026-11-28T09:00:00Z"})
    )
}

fn campaign_context() -> Value {
    json!({"brand_name": "Harbor Dental", "brand_type": "STANDARD", "website": "https://www.harbordental.com"})
}

fn plan_args(sender: Value, n: usize) -> PlanSendArgs {
    from!(json!({
        "sender": sender,
        "recipients": telrules_benches::inputs::recipients(n),
        "body": "Harbor Dental: winter whitening, 20% off until Dec 31. Book at harbordental.example. Reply STOP to opt out.",
        "start": "2026-12-01T17:00:00Z",
        "message_class": "marketing"
    }))
}

fn fields(text: &str) -> Value {
    match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => panic!("profile fields: {e}"),
    }
}

fn main() {
    let mut argv = std::env::args().skip(1);
    let which = argv.next().unwrap_or_default();
    let n: usize = argv.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut run: Box<dyn FnMut()> = match which.as_str() {
        "check_typical" => {
            let a = check_args(TYPICAL);
            Box::new(move || drop(black_box(check_message(black_box(&a)))))
        }
        "check_16k" => {
            let a = check_args(&telrules_benches::inputs::worst_case_body(16 * 1024));
            Box::new(move || drop(black_box(check_message(black_box(&a)))))
        }
        "check_json" => {
            let json = format!(
                r#"{{"op":"check_message","args":{{"body":{},"first_message":true,"message_class":"marketing","org":{{"name":"Harbor Dental","domain":"harbordental.com"}}}}}}"#,
                Value::String(TYPICAL.to_owned())
            );
            Box::new(move || drop(black_box(telrules::evaluate_json(black_box(&json)))))
        }
        "preflight_complete" => {
            let a = preflight_args("campaign", fields(CAMPAIGN), campaign_context());
            Box::new(move || drop(black_box(preflight_registration(black_box(&a)))))
        }
        "preflight_draft" => {
            let mut f = fields(CAMPAIGN);
            f["message_samples"] = json!([
                "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm.",
                "Thanks for visiting! Rate your visit: bit.ly/hd-review"
            ]);
            f["message_flow"] = json!("Patients give their mobile number on the online booking form at https://www.harbordental.com/book and agree to receive text messages.");
            let a = preflight_args("campaign", f, campaign_context());
            Box::new(move || drop(black_box(preflight_registration(black_box(&a)))))
        }
        "preflight_brand" => {
            let a = preflight_args("brand", fields(BRAND), json!({}));
            Box::new(move || drop(black_box(preflight_registration(black_box(&a)))))
        }
        "preflight_tollfree" => {
            let a = preflight_args("tollfree_verification", fields(TOLLFREE), json!({}));
            Box::new(move || drop(black_box(preflight_registration(black_box(&a)))))
        }
        "plan_100000" => {
            let a = plan_args(
                json!({"type": "us_10dlc", "brand": "standard", "trust_score": 80}),
                100_000,
            );
            Box::new(move || drop(black_box(plan_send(black_box(&a)))))
        }
        "plan_62500_sole" => {
            let a = plan_args(
                json!({"type": "us_10dlc", "brand": "sole_proprietor"}),
                62_500,
            );
            Box::new(move || drop(black_box(plan_send(black_box(&a)))))
        }
        "plan_count_2400" => {
            let a: PlanSendArgs = from!(json!({
                "sender": {"type": "us_10dlc", "brand": "low_volume_standard"},
                "count": 2400, "segments_per_message": 1,
                "start": "2026-12-01T17:00:00Z", "message_class": "marketing"
            }));
            Box::new(move || drop(black_box(plan_send(black_box(&a)))))
        }
        "estimate_cost" => {
            let a: EstimateCostArgs = from!(json!({
                "sender": {"type": "us_10dlc", "brand": "low_volume_standard"},
                "messages": 2400, "carriers": {"tmobile": 700, "att": 600},
                "body": "Harbor Dental: winter whitening, 20% off until Dec 31. Reply STOP to opt out.",
                "date": "2026-12-01", "failed_share_bp": 200, "include_fixed": true
            }));
            Box::new(move || drop(black_box(estimate_cost(black_box(&a)))))
        }
        other => {
            eprintln!("unknown input {other:?}; see the match in main");
            std::process::exit(2);
        }
    };
    for _ in 0..n {
        run();
    }
}
