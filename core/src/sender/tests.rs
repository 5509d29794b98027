use serde_json::{json, Value};

use super::*;
use crate::readiness::ActionCode;

const MG_OK: &str = "MG1";
const MG_REVIEW: &str = "MG2";

fn org() -> Value {
    json!({
        "customer_profile": {"status": "twilio-approved"},
        "trust_product": {"status": "twilio-approved"},
        "brand": {"status": "APPROVED", "brand_type": "STANDARD"},
        "messaging_services": [
            {"sid": MG_OK, "campaign": {"campaign_status": "VERIFIED"}},
            {"sid": MG_REVIEW, "campaign": {"campaign_status": "IN_PROGRESS"}}
        ]
    })
}

/// Ready local number in the service, SMS+MMS, Ana's.
fn ana() -> Value {
    json!({"number": {"phone_number": "+14155550101", "capabilities": {"sms": true, "mms": true},
        "messaging_service_sid": MG_OK, "a2p_registration": "registered"}, "assigned_user": "ana"})
}
/// Local number whose campaign is in review, Ben's.
fn ben() -> Value {
    json!({"number": {"phone_number": "+12125550102", "capabilities": {"sms": true, "mms": true},
        "messaging_service_sid": MG_REVIEW}, "assigned_user": "ben"})
}
/// Verified toll-free, SMS only, outside any service: the default.
fn toll_free() -> Value {
    json!({"number": {"phone_number": "+18335550103", "capabilities": {"sms": true},
        "tollfree_verification": {"status": "TWILIO_APPROVED"}}, "is_default": true})
}
/// Ready Miami number, MMS and a WhatsApp sender.
fn miami() -> Value {
    json!({"number": {"phone_number": "+13055550104",
        "capabilities": {"sms": true, "mms": true, "whatsapp": true},
        "messaging_service_sid": MG_OK, "a2p_registration": "registered"}})
}
/// Local number not in any service.
fn loose() -> Value {
    json!({"number": {"phone_number": "+16175550105", "capabilities": {"sms": true}}})
}

fn base() -> Value {
    json!({
        "to": "+14155550199",
        "channel": "sms",
        "message_class": "informational",
        "numbers": [ana(), ben(), toll_free(), miami(), loose()],
        "recipient": {"consent": "subscribed"},
        "org": org(),
        "now": "2026-11-21T18:00:00Z"
    })
}

fn with(mut args: Value, patch: Value) -> Value {
    if let (Some(a), Some(p)) = (args.as_object_mut(), patch.as_object()) {
        for (k, v) in p {
            a.insert(k.clone(), v.clone());
        }
    }
    args
}

fn run(args: Value) -> SelectSenderResult {
    let args: SelectSenderArgs = serde_json::from_value(args).unwrap();
    select_sender(&args).unwrap()
}

fn codes(r: &SelectSenderResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code.as_str()).collect()
}

#[test]
fn opted_out_recipient_is_blocked_on_every_channel_and_class() {
    for channel in ["sms", "mms", "whatsapp"] {
        for class in ["marketing", "informational", "conversational"] {
            let r = run(with(
                base(),
                json!({"channel": channel, "message_class": class,
                    "recipient": {"consent": "opted_out", "last_inbound_at": "2026-11-21T17:00:00Z"},
                    "preference": {"explicit_from": "+14155550101"}}),
            ));
            assert_eq!(r.decision, DecisionKind::Block, "{channel} {class}");
            assert_eq!(r.reason, "recipient_opted_out");
            assert_eq!(r.from, None);
        }
    }
}

#[test]
fn unknown_consent_blocks_marketing_only() {
    let unknown = json!({"consent": "unknown"});
    let r = run(with(
        base(),
        json!({"message_class": "marketing", "recipient": unknown}),
    ));
    assert_eq!(r.reason, "marketing_requires_consent");
    for class in ["informational", "conversational"] {
        let r = run(with(
            base(),
            json!({"message_class": class, "recipient": unknown}),
        ));
        assert_eq!(r.decision, DecisionKind::Send, "{class}");
    }
}

#[test]
fn explicit_from_comes_before_every_other_preference() {
    let r = run(with(
        base(),
        json!({"preference": {"explicit_from": "305-555-0104", "user_id": "ana",
            "last_used_from": "+18335550103", "area_code_match": true}}),
    ));
    assert_eq!(r.from.as_deref(), Some("+13055550104"));
    assert_eq!(r.selected_by, Some(SelectedBy::ExplicitFrom));
    assert!(r.warnings.is_empty());
}

#[test]
fn unusable_explicit_from_blocks_and_is_never_swapped() {
    let r = run(with(
        base(),
        json!({"preference": {"explicit_from": "+12125550102"}}),
    ));
    assert_eq!(r.decision, DecisionKind::Block);
    assert_eq!(r.reason, "explicit_from_not_ready");
    assert_eq!(r.from, None);
    assert_eq!(
        r.next_action.map(|a| a.code),
        Some(ActionCode::WaitCampaignReview)
    );
    assert_eq!(r.next_action_for.as_deref(), Some("+12125550102"));

    let r = run(with(
        base(),
        json!({"preference": {"explicit_from": "+14155550000"}}),
    ));
    assert_eq!(r.reason, "explicit_from_not_found");

    let r = run(with(
        base(),
        json!({"channel": "mms", "preference": {"explicit_from": "+18335550103"}}),
    ));
    assert_eq!(r.reason, "explicit_from_missing_capability");
}

#[test]
fn user_primary_number_comes_before_sticky_and_default() {
    let r = run(with(
        base(),
        json!({"preference": {"user_id": "ana", "last_used_from": "+13055550104"}}),
    ));
    assert_eq!(r.from.as_deref(), Some("+14155550101"));
    assert_eq!(r.selected_by, Some(SelectedBy::UserPrimary));
}

#[test]
fn first_listed_number_of_a_user_is_their_primary() {
    let mut second = ana();
    second["number"]["phone_number"] = json!("+14155550111");
    let mut args = base();
    args["numbers"] = json!([ben(), second, ana()]);
    args["numbers"][0]["assigned_user"] = json!("ana");
    args["preference"] = json!({"user_id": "ana"});
    let r = run(args);
    // Ben's old line, now Ana's first listed, is her primary: in review, skipped.
    assert_eq!(codes(&r), ["user_number_skipped"]);
    assert_eq!(r.selected_by, Some(SelectedBy::AnyReadyNumber));
    assert_eq!(r.from.as_deref(), Some("+14155550111"));
}

#[test]
fn unusable_user_number_is_skipped_with_a_warning_naming_why() {
    let r = run(with(base(), json!({"preference": {"user_id": "ben"}})));
    assert_eq!(r.selected_by, Some(SelectedBy::OrgDefault));
    assert_eq!(codes(&r), ["user_number_skipped"]);
    let message = &r.warnings[0].message;
    assert!(message.contains("+12125550102"), "{message}");
    assert!(message.contains("reviewing"), "{message}");
}

#[test]
fn user_without_a_number_is_reported() {
    let r = run(with(base(), json!({"preference": {"user_id": "zoe"}})));
    assert_eq!(codes(&r), ["user_has_no_number"]);
    assert_eq!(r.selected_by, Some(SelectedBy::OrgDefault));
}

#[test]
fn sticky_sender_comes_before_area_code_and_default() {
    let r = run(with(
        base(),
        json!({"to": "+13055550198",
            "preference": {"last_used_from": "+14155550101", "area_code_match": true}}),
    ));
    assert_eq!(r.selected_by, Some(SelectedBy::StickySender));
    assert_eq!(r.from.as_deref(), Some("+14155550101"));
}

#[test]
fn unusable_sticky_sender_is_skipped_with_a_warning() {
    let r = run(with(
        base(),
        json!({"preference": {"last_used_from": "+16175550105"}}),
    ));
    assert_eq!(codes(&r), ["sticky_sender_skipped"]);
    assert!(r.warnings[0]
        .message
        .contains("Add this number to your account's business texting"));
    let r = run(with(
        base(),
        json!({"preference": {"last_used_from": "+16175550199"}}),
    ));
    assert_eq!(codes(&r), ["sticky_sender_not_found"]);
}

#[test]
fn area_code_match_only_when_asked() {
    let miami = json!({"to": "+13055550198"});
    let r = run(with(base(), miami.clone()));
    assert_eq!(r.selected_by, Some(SelectedBy::OrgDefault));
    let r = run(with(
        with(base(), miami),
        json!({"preference": {"area_code_match": true}}),
    ));
    assert_eq!(r.selected_by, Some(SelectedBy::AreaCodeMatch));
    assert_eq!(r.from.as_deref(), Some("+13055550104"));
}

#[test]
fn area_code_match_skips_unready_and_warns_when_none_match() {
    let r = run(with(
        base(),
        json!({"to": "+12125550177", "preference": {"area_code_match": true}}),
    ));
    assert_eq!(codes(&r), ["area_code_number_skipped"]);
    let r = run(with(
        base(),
        json!({"to": "+13125550100", "preference": {"area_code_match": true}}),
    ));
    assert_eq!(codes(&r), ["no_area_code_match"]);
}

#[test]
fn org_default_then_any_ready_number_in_list_order() {
    let mut default_loose = loose();
    default_loose["is_default"] = json!(true);
    let r = run(with(
        base(),
        json!({"numbers": [default_loose, ben(), miami(), ana()]}),
    ));
    assert_eq!(r.selected_by, Some(SelectedBy::AnyReadyNumber));
    assert_eq!(r.from.as_deref(), Some("+13055550104"));
    // Only the preferred (default) number leaves a warning.
    assert_eq!(codes(&r), ["default_number_skipped"]);
}

#[test]
fn messaging_service_number_sends_with_sid_and_from() {
    let r = run(with(base(), json!({"preference": {"user_id": "ana"}})));
    assert_eq!(r.path, Some(SendPath::MessagingService));
    assert_eq!(r.messaging_service_sid.as_deref(), Some(MG_OK));
    assert_eq!(r.from.as_deref(), Some("+14155550101"));
}

#[test]
fn number_outside_a_service_sends_direct() {
    let r = run(base());
    assert_eq!(r.from.as_deref(), Some("+18335550103"));
    assert_eq!(r.path, Some(SendPath::Direct));
    assert_eq!(r.messaging_service_sid, None);
}

#[test]
fn mms_needs_the_mms_capability() {
    let r = run(with(
        base(),
        json!({"channel": "mms", "numbers": [toll_free(), ana()]}),
    ));
    assert_eq!(r.from.as_deref(), Some("+14155550101"));
    assert_eq!(r.channel, SendChannel::Mms);
    assert_eq!(codes(&r), ["default_number_skipped"]);
}

// A non-NANP number: needs the full parser (core feature `international-phone`).
#[cfg(feature = "international-phone")]
#[test]
fn mms_outside_us_and_canada_blocks_or_falls_back_to_sms() {
    let uk = json!({"to": "+447400123456", "channel": "mms"});
    let r = run(with(base(), uk.clone()));
    assert_eq!(r.reason, "mms_unsupported_destination");
    let r = run(with(with(base(), uk), json!({"allow_sms_fallback": true})));
    assert_eq!(r.channel, SendChannel::Sms);
    assert_eq!(codes(&r), ["mms_sent_as_sms"]);
    // SMS to the UK is outside what readiness answers for.
    assert_eq!(r.reason, "destination_not_supported");
    let r = run(with(
        base(),
        json!({"to": "+16045550187", "channel": "mms"}),
    ));
    assert_eq!(r.decision, DecisionKind::Send);
    assert_eq!(r.channel, SendChannel::Mms);
}

// A non-NANP number: needs the full parser (core feature `international-phone`).
#[cfg(feature = "international-phone")]
#[test]
fn sms_outside_us_and_canada_is_blocked() {
    let r = run(with(base(), json!({"to": "+447400123456"})));
    assert_eq!(r.reason, "destination_not_supported");
}

#[test]
fn whatsapp_outside_24_hours_requires_a_template_before_sender_choice() {
    let whatsapp = |inbound: Option<&str>| {
        let mut args = with(
            base(),
            json!({"channel": "whatsapp", "message_class": "conversational",
                "preference": {"explicit_from": "+12125550102"}}),
        );
        if let Some(t) = inbound {
            args["recipient"]["last_inbound_at"] = json!(t);
        }
        run(args)
    };
    assert_eq!(whatsapp(None).reason, "whatsapp_template_required");
    assert_eq!(
        whatsapp(Some("2026-11-20T18:00:00Z")).reason,
        "whatsapp_template_required"
    );
    // Inside the window, the explicit (non-WhatsApp) number now decides.
    assert_eq!(
        whatsapp(Some("2026-11-20T18:00:01Z")).reason,
        "explicit_from_missing_capability"
    );
}

// A non-NANP number: needs the full parser (core feature `international-phone`).
#[cfg(feature = "international-phone")]
#[test]
fn whatsapp_uses_a_registered_whatsapp_sender_in_any_country() {
    let r = run(with(
        base(),
        json!({"to": "+447400123456", "channel": "whatsapp",
            "recipient": {"consent": "subscribed", "last_inbound_at": "2026-11-21T17:00:00Z"}}),
    ));
    assert_eq!(r.from.as_deref(), Some("+13055550104"));
    assert_eq!(r.channel, SendChannel::Whatsapp);
}

#[test]
fn marketing_outside_quiet_hours_defers_with_the_sender_kept() {
    let r = run(with(
        base(),
        json!({"to": "+13055550198", "message_class": "marketing",
            "now": "2026-11-22T02:00:00Z", "preference": {"area_code_match": true}}),
    ));
    assert_eq!(r.decision, DecisionKind::Defer);
    assert_eq!(r.reason, "quiet_hours");
    assert_eq!(r.defer_until.as_deref(), Some("2026-11-22T13:00:00Z"));
    assert_eq!(r.from.as_deref(), Some("+13055550104"));
    let r = run(with(
        base(),
        json!({"to": "+13055550198", "now": "2026-11-22T02:00:00Z"}),
    ));
    assert_eq!(r.decision, DecisionKind::Send);
}

#[test]
fn federal_policy_ignores_state_rules() {
    // 20:30 in Miami: Florida's window has closed, the federal one has not.
    let args = with(
        base(),
        json!({"to": "+13055550198", "message_class": "marketing", "now": "2026-11-22T01:30:00Z"}),
    );
    assert_eq!(run(args.clone()).decision, DecisionKind::Defer);
    assert_eq!(
        run(with(args, json!({"policy": "federal"}))).decision,
        DecisionKind::Send
    );
}

#[test]
fn no_usable_sender_blocks_with_the_readiness_next_action() {
    let r = run(with(base(), json!({"numbers": [ben(), loose()]})));
    assert_eq!(r.reason, "no_usable_sender");
    assert_eq!(
        r.next_action.map(|a| a.code),
        Some(ActionCode::WaitCampaignReview)
    );
    assert_eq!(r.next_action_for.as_deref(), Some("+12125550102"));
    let r = run(with(base(), json!({"numbers": []})));
    assert_eq!(r.reason, "no_usable_sender");
    assert_eq!(r.next_action, None);
}

#[test]
fn body_is_counted_only_when_sent_as_sms() {
    let r = run(with(base(), json!({"body": "Hello"})));
    assert_eq!(r.segments, Some(1));
    assert_eq!(r.encoding, Some(crate::segments::Encoding::Gsm7));
    let r = run(with(
        base(),
        json!({"body": "Hello", "channel": "mms", "preference": {"user_id": "ana"}}),
    ));
    assert_eq!(r.segments, None);
}

#[test]
fn invalid_inputs_name_their_field() {
    let err = |patch: Value| {
        let args: SelectSenderArgs = serde_json::from_value(with(base(), patch)).unwrap();
        select_sender(&args).unwrap_err().path().to_owned()
    };
    assert_eq!(err(json!({"to": "hello"})), "to");
    assert_eq!(
        err(json!({"preference": {"last_used_from": "x"}})),
        "preference.last_used_from"
    );
    assert_eq!(
        err(json!({"numbers": [{"number": {"phone_number": "12"}}]})),
        "numbers[0].number.phone_number"
    );
    assert_eq!(
        err(json!({"recipient": {"consent": "subscribed", "recipient_region": "ZZ"}})),
        "recipient.recipient_region"
    );
}

#[test]
fn check_message_is_opt_in_and_rides_along_with_the_decision() {
    let body =
        json!({"body": "Big sale — bit.ly/x", "preference": {"explicit_from": "+18335550103"}});
    let plain = run(with(base(), body.clone()));
    assert_eq!(plain.message_check, None);
    let json_text = serde_json::to_string(&plain).unwrap();
    assert!(
        !json_text.contains("message_check"),
        "absent unless asked for"
    );

    let checked = run(with(
        base(),
        with(
            body,
            json!({"check_message": {"first_message": true, "org": {"name": "Harbor Dental"}}}),
        ),
    ));
    assert_eq!(
        checked.decision, plain.decision,
        "findings never change the decision"
    );
    let check = checked.message_check.unwrap();
    let rules: Vec<&str> = check.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(
        rules,
        [
            "public_url_shortener",
            "missing_sender_identification",
            "missing_opt_out",
            "ucs2_encoding"
        ]
    );
    assert_eq!(Some(check.segments), checked.segments);
}

#[test]
fn check_message_uses_the_chosen_number_type_and_the_mms_media() {
    // Ana's local number sends the MMS: a 700 KB PDF is under the long-code carrier limit.
    let args = with(
        base(),
        json!({"channel": "mms", "body": "Harbor Dental: your statement",
            "preference": {"explicit_from": "+14155550101"},
            "check_message": {"media": [{"content_type": "application/pdf", "bytes": 700000}]}}),
    );
    let check = run(args).message_check.unwrap();
    let rules: Vec<&str> = check.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["media_over_600_kb", "media_not_transcoded"]);
}

#[test]
fn check_message_without_body_is_an_error_at_body() {
    let args: SelectSenderArgs =
        serde_json::from_value(with(base(), json!({"check_message": {}}))).unwrap();
    assert_eq!(select_sender(&args).unwrap_err().path(), "body");
}

#[test]
fn whatsapp_gets_no_message_check() {
    let r = run(with(
        base(),
        json!({"channel": "whatsapp", "body": "hi", "recipient": {"consent": "subscribed",
            "last_inbound_at": "2026-11-21T17:00:00Z"}, "check_message": {}}),
    ));
    assert_eq!(r.message_check, None);
}
