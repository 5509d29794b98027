//! Unit tests of the readiness rules through the typed API.

use chrono::{DateTime, FixedOffset};
use serde_json::json;

use super::*;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap()
}

fn run(number: serde_json::Value, org: serde_json::Value) -> NumberReadiness {
    let number: NumberFacts = serde_json::from_value(number).unwrap();
    let org: OrgFacts = serde_json::from_value(org).unwrap();
    number_readiness(&number, &org, now()).unwrap()
}

fn full_org() -> serde_json::Value {
    json!({
        "customer_profile": {"status": "twilio-approved"},
        "trust_product": {"status": "twilio-approved"},
        "brand": {"status": "APPROVED", "brand_type": "STANDARD", "identity_status": "VERIFIED"},
        "messaging_services": [{"sid": "MG1", "campaign": {"campaign_status": "VERIFIED"}}]
    })
}

fn local(extra: serde_json::Value) -> serde_json::Value {
    let mut number = json!({
        "phone_number": "+14155550123",
        "capabilities": {"sms": true, "mms": true, "voice": true},
        "messaging_service_sid": "MG1",
        "a2p_registration": "registered",
        "voice_webhook_active": true
    });
    if let (Some(n), Some(e)) = (number.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            n.insert(k.clone(), v.clone());
        }
    }
    number
}

#[test]
fn action_codes_are_indexed_in_declaration_order() {
    for (i, code) in ActionCode::ALL.iter().enumerate() {
        assert_eq!(*code as usize, i);
    }
}

#[test]
fn fully_registered_local_number_is_ready_everywhere() {
    let r = run(local(json!({})), full_org());
    assert!(r.can_text(Market::Us));
    assert!(r.can_text(Market::Ca));
    assert_eq!(r.voice.state, State::Ready);
    assert_eq!(r.badge.label, "Ready to text");
}

#[test]
fn unknown_number_registration_is_pending_not_ready() {
    let r = run(local(json!({"a2p_registration": null})), full_org());
    assert_eq!(r.messaging.us.state, State::Pending);
    assert_eq!(
        r.messaging.us.next_action.unwrap().code,
        ActionCode::WaitNumberRegistration
    );
}

#[test]
fn unknown_campaign_status_is_named_and_not_ready() {
    let mut org = full_org();
    org["messaging_services"][0]["campaign"]["campaign_status"] = json!("ON_HOLD");
    let r = run(local(json!({})), org);
    assert_eq!(r.messaging.us.state, State::Pending);
    let action = r.messaging.us.next_action.unwrap();
    assert!(action.message.contains("ON_HOLD"), "{}", action.message);
    assert_eq!(r.messaging.us.reasons, vec!["campaign_status_unknown"]);
}

#[test]
fn sole_proprietor_needs_otp_after_approval() {
    let mut org = full_org();
    org["brand"] = json!({"status": "APPROVED", "brand_type": "SOLE_PROPRIETOR", "identity_status": "UNVERIFIED"});
    let r = run(local(json!({})), org);
    assert_eq!(r.messaging.us.state, State::ActionRequired);
    assert_eq!(
        r.messaging.us.next_action.unwrap().code,
        ActionCode::VerifyBrandOtp
    );
}

#[test]
fn twilio_resource_extras_pass_through() {
    let mut org = full_org();
    org["brand"]["sid"] = json!("BN123");
    org["brand"]["links"] = json!({"vettings": "https://..."});
    org["messaging_services"][0]["friendly_name"] = json!("Main");
    let r = run(local(json!({"sid": "PN1", "date_created": "x"})), org);
    assert!(r.can_text(Market::Us));
}

#[test]
fn org_facts_reject_unknown_fields() {
    let error = serde_json::from_value::<OrgFacts>(json!({"messaging_servcies": []}));
    assert!(error.is_err());
}

#[test]
fn unparseable_number_is_invalid_value_at_phone_number() {
    let number = NumberFacts::new("call me");
    let error = number_readiness(&number, &OrgFacts::default(), now()).unwrap_err();
    assert_eq!(error.path(), "number.phone_number");
}

#[test]
fn canada_channel_follows_us_registration_with_a_reason() {
    let r = run(local(json!({})), full_org());
    assert_eq!(
        r.messaging.ca.reasons,
        vec!["canada_follows_us_registration"]
    );
}

#[test]
fn org_summary_prefers_the_action_unblocking_most_numbers() {
    let args: OrgReadinessArgs = serde_json::from_value(json!({
        "org": {"customer_profile": {"status": "twilio-approved"}, "trust_product": {"status": "twilio-approved"}},
        "numbers": [
            local(json!({})),
            local(json!({"phone_number": "+14155550124"})),
            {"phone_number": "+18335550199", "capabilities": {"sms": true, "voice": true}, "voice_webhook_active": true}
        ],
        "now": "2026-11-21T12:00:00Z"
    }))
    .unwrap();
    let result = org_readiness(&args).unwrap();
    let next = result.summary.next_action.unwrap();
    assert_eq!(next.code, ActionCode::RegisterBrand);
    assert_eq!(next.count, 2);
    assert_eq!(result.summary.us.action_required, 3);
}

#[test]
fn org_error_names_the_number_index() {
    let args: OrgReadinessArgs = serde_json::from_value(json!({
        "numbers": [local(json!({})), {"phone_number": "nope"}],
        "now": "2026-11-21T12:00:00Z"
    }))
    .unwrap();
    assert_eq!(
        org_readiness(&args).unwrap_err().path(),
        "numbers[1].phone_number"
    );
}
