//! Demo section: the assistant filled the practice's texting campaign and toll-free
//! verification forms; before the owner confirms, the pre-flight says what the carriers'
//! reviewers would have rejected, and the corrected campaign passes.

use std::fmt::Write;

use telrules::findings::Severity;
use telrules::preflight::{preflight_registration, PreflightArgs, PreflightResult, Verdict};

use super::heading;

const NOW: &str = "2026-11-28T09:00:00Z";

/// The assistant's first fill of the campaign form, from the practice's profile and its
/// website (mistakes included: a shortener from the marketing tool, no STOP wording in the
/// samples, a phone flag copied from another form, a flow without the disclosures).
const CAMPAIGN_DRAFT: &str = r#"{
  "brand_registration_sid": "BN0123456789abcdef0123456789abcdef",
  "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION",
  "description": "Harbor Dental sends appointment reminders and visit follow-ups to its patients in Seattle and Vancouver.",
  "message_flow": "Patients give their mobile number on the online booking form at https://www.harbordental.com/book and agree to receive text messages.",
  "message_samples": [
    "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm.",
    "Thanks for visiting! Rate your visit: bit.ly/hd-review"
  ],
  "has_embedded_links": true,
  "has_embedded_phone": true,
  "age_gated": false,
  "direct_lending": false,
  "privacy_policy_url": "https://www.harbordental.com/privacy",
  "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"
}"#;

/// The same form after the owner accepted the suggested fixes.
const CAMPAIGN_FIXED: &str = r#"{
  "brand_registration_sid": "BN0123456789abcdef0123456789abcdef",
  "us_app_to_person_usecase": "ACCOUNT_NOTIFICATION",
  "description": "Harbor Dental sends appointment reminders and visit follow-ups to its patients in Seattle and Vancouver.",
  "message_flow": "Patients opt in on the online booking form at https://www.harbordental.com/book by ticking an optional, unchecked box: \"I agree to receive appointment reminder text messages from Harbor Dental. Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to opt out.\" The box links our Terms (https://www.harbordental.com/sms-terms) and Privacy Policy (https://www.harbordental.com/privacy).",
  "message_samples": [
    "Harbor Dental: reminder of your cleaning on [date] at [time]. Reply C to confirm, STOP to opt out.",
    "Harbor Dental: thanks for visiting! Rate your visit: https://www.harbordental.com/review. Questions? Call (206) 555-0142. Reply STOP to opt out."
  ],
  "has_embedded_links": true,
  "has_embedded_phone": true,
  "age_gated": false,
  "direct_lending": false,
  "privacy_policy_url": "https://www.harbordental.com/privacy",
  "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"
}"#;

/// The assistant's fill of the billing line's toll-free verification.
const TOLLFREE_DRAFT: &str = r#"{
  "tollfree_phone_number_sid": "PN0123456789abcdef0123456789abcdef",
  "business_name": "Harbor Dental PLLC",
  "business_website": "https://www.harbordental.com",
  "notification_email": "harbordental.billing@gmail.com",
  "use_case_categories": ["ACCOUNT_NOTIFICATIONS"],
  "use_case_summary": "Harbor Dental sends billing reminders to patients who opted in at the front desk.",
  "production_message_sample": "Harbor Dental: your balance of [amount] is due [date]. Pay at https://www.harbordental.com/pay. Reply STOP to opt out.",
  "opt_in_image_urls": ["https://www.harbordental.com/img/front-desk.jpg"],
  "opt_in_type": "VERBAL",
  "message_volume": "1,000",
  "business_type": "PRIVATE_PROFIT",
  "business_registration_number": "911234567",
  "business_registration_authority": "EIN",
  "business_registration_country": "US",
  "business_contact_first_name": "Grace",
  "business_contact_last_name": "Lee",
  "business_contact_email": "grace.lee@harbordental.com",
  "privacy_policy_url": "https://www.harbordental.com/privacy",
  "terms_and_conditions_url": "https://www.harbordental.com/sms-terms"
}"#;

pub fn section(out: &mut String) {
    heading(out, "Registration pre-flight");
    let context = r#"{"brand_name": "Harbor Dental", "brand_type": "STANDARD", "website": "https://www.harbordental.com"}"#;
    let _ = writeln!(
        out,
        "  The assistant filled the texting campaign form; checked before the owner confirms:"
    );
    report(out, check("campaign", CAMPAIGN_DRAFT, context));
    let _ = writeln!(out, "\n  After the owner accepted the fixes:");
    report(out, check("campaign", CAMPAIGN_FIXED, context));
    let _ = writeln!(
        out,
        "\n  The billing line's toll-free verification, as the assistant filled it:"
    );
    report(out, check("tollfree_verification", TOLLFREE_DRAFT, "{}"));
}

fn check(form: &str, fields: &str, context: &str) -> Result<PreflightResult, String> {
    let request = format!(
        r#"{{"form": "{form}", "fields": {fields}, "context": {context}, "now": "{NOW}"}}"#
    );
    let args: PreflightArgs = serde_json::from_str(&request).map_err(|e| e.to_string())?;
    preflight_registration(&args).map_err(|e| e.to_string())
}

fn report(out: &mut String, result: Result<PreflightResult, String>) {
    let result = match result {
        Ok(result) => result,
        Err(e) => {
            let _ = writeln!(out, "    (could not check: {e})");
            return;
        }
    };
    let verdict = match result.verdict {
        Verdict::ReadyToSubmit => "ready to submit",
        Verdict::FixFirst => "fix first: reviewers would reject it",
    };
    let _ = writeln!(
        out,
        "    Verdict: {verdict} ({} to fix, {} to consider)",
        result.errors, result.warnings
    );
    for f in &result.findings {
        let mark = match f.severity {
            Severity::Error => "must fix",
            Severity::Warning => "consider",
            Severity::Info => "note",
        };
        let field = f.field.as_deref().unwrap_or("form");
        let _ = writeln!(out, "    - [{mark}] {field}: {}", f.message);
        let codes: Vec<String> = f.codes.iter().map(u32::to_string).collect();
        let predicted = if codes.is_empty() {
            String::new()
        } else {
            format!(" (Twilio would answer {})", codes.join(", "))
        };
        let _ = writeln!(out, "        Fix: {}{predicted}", f.fix);
    }
}
