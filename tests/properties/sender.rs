//! select_sender: an opted-out recipient is never sent to; a chosen sender is always ready
//! for the destination and has the channel's capability; an explicit_from is never
//! silently swapped; no input panics.
//!
//! Inputs are drawn from pools of numbers in every readiness situation (ready, in review,
//! outside a service, toll-free in each verification state, short code, non-NANP), with
//! random capabilities, assignments and defaults, so every branch of the candidate order is
//! reached.

use chrono::{DateTime, Duration};
use proptest::prelude::*;
use serde_json::{json, Value};
use telrules::readiness::{number_readiness, Market, NumberFacts, OrgFacts};
use telrules::sender::{select_sender, DecisionKind, SelectSenderArgs, SelectedBy};

const NUMBERS: &[&str] = &[
    "+14155550101",
    "+12125550102",
    "+18335550103",
    "+13055550104",
    "+16175550105",
    "+16045550106",
    "89821",
    "+447400123456",
    "+13055550107",
];
const RECIPIENTS: &[&str] = &[
    "+14155550199",
    "+13055550198",
    "+12125550177",
    "+16045550187",
    "+447400123499",
    "+18085550123",
    "(415) 555-0100",
];
const SERVICES: &[Option<&str>] = &[None, Some("MG1"), Some("MG2"), Some("MG9")];
const CAMPAIGNS: &[Option<&str>] = &[
    Some("VERIFIED"),
    Some("IN_PROGRESS"),
    Some("SUSPENDED"),
    None,
];
const REGISTRATIONS: &[Option<&str>] = &[Some("registered"), Some("pending"), None];
const TOLLFREE: &[Option<&str>] = &[Some("TWILIO_APPROVED"), Some("PENDING_REVIEW"), None];
const USERS: &[&str] = &["ana", "ben", "zoe"];

fn opt(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |s| json!(s))
}

/// A number entry for `phone` (entries are drawn for distinct numbers: a number listed
/// twice is an input error).
fn arb_number(phone: &'static str) -> impl Strategy<Value = Value> {
    (
        Just(phone),
        prop::sample::select(SERVICES),
        prop::sample::select(REGISTRATIONS),
        prop::sample::select(TOLLFREE),
        (
            any::<Option<bool>>(),
            any::<Option<bool>>(),
            any::<Option<bool>>(),
        ),
        prop::option::of(prop::sample::select(USERS)),
        any::<Option<bool>>(),
    )
        .prop_map(
            |(phone, service, registration, tollfree, (sms, mms, whatsapp), user, default)| {
                let mut n = json!({
                    "number": {
                        "phone_number": phone,
                        "capabilities": {"sms": sms, "mms": mms, "whatsapp": whatsapp},
                        "messaging_service_sid": opt(service),
                        "a2p_registration": opt(registration),
                    }
                });
                if let Some(s) = tollfree {
                    n["number"]["tollfree_verification"] = json!({"status": s});
                }
                if let Some(u) = user {
                    n["assigned_user"] = json!(u);
                }
                if let Some(d) = default {
                    n["is_default"] = json!(d);
                }
                n
            },
        )
}

fn arb_args() -> impl Strategy<Value = Value> {
    (
        (
            prop::sample::select(RECIPIENTS),
            prop::sample::select(vec!["sms", "mms", "whatsapp"]),
            prop::sample::select(vec!["marketing", "informational", "conversational"]),
            prop::sample::select(vec!["subscribed", "opted_out", "unknown"]),
        ),
        prop::sample::subsequence(NUMBERS.to_vec(), 0..6)
            .prop_shuffle()
            .prop_flat_map(|phones| phones.into_iter().map(arb_number).collect::<Vec<_>>()),
        (
            prop::option::of(prop::sample::select(NUMBERS)),
            prop::option::of(prop::sample::select(USERS)),
            prop::option::of(prop::sample::select(NUMBERS)),
            any::<bool>(),
        ),
        (
            prop::sample::select(CAMPAIGNS),
            prop::sample::select(CAMPAIGNS),
            0i64..(7 * 24 * 60),
            prop::option::of(0i64..(3 * 24 * 60)),
            any::<bool>(),
            prop::option::of(prop::sample::select(vec!["FL", "TX", "BC"])),
        ),
    )
        .prop_map(
            |(
                (to, channel, class, consent),
                numbers,
                (explicit, user, sticky, area),
                (c1, c2, minutes, inbound_ago, fallback, region),
            )| {
                let now = DateTime::parse_from_rfc3339("2026-11-16T00:00:00Z").unwrap()
                    + Duration::minutes(minutes);
                let mut recipient = json!({"consent": consent});
                if let Some(ago) = inbound_ago {
                    recipient["last_inbound_at"] =
                        json!((now - Duration::minutes(ago)).to_rfc3339());
                }
                if let Some(r) = region {
                    recipient["recipient_region"] = json!(r);
                }
                let mut services = vec![];
                for (sid, c) in [("MG1", c1), ("MG2", c2)] {
                    services.push(
                        json!({"sid": sid, "campaign": c.map(|s| json!({"campaign_status": s}))}),
                    );
                }
                json!({
                    "to": to,
                    "channel": channel,
                    "message_class": class,
                    "numbers": numbers,
                    "preference": {"explicit_from": opt(explicit), "user_id": opt(user),
                        "last_used_from": opt(sticky), "area_code_match": area},
                    "recipient": recipient,
                    "org": {
                        "customer_profile": {"status": "twilio-approved"},
                        "trust_product": {"status": "twilio-approved"},
                        "brand": {"status": "APPROVED", "brand_type": "STANDARD"},
                        "messaging_services": services,
                    },
                    "now": now.to_rfc3339(),
                    "allow_sms_fallback": fallback,
                })
            },
        )
}

/// The facts of the number `from` in `args`, if listed.
fn facts_of(
    args: &Value,
    from: &str,
    org: &OrgFacts,
    now: DateTime<chrono::FixedOffset>,
) -> Option<(NumberFacts, Value)> {
    args["numbers"].as_array()?.iter().find_map(|n| {
        let facts: NumberFacts = serde_json::from_value(n["number"].clone()).ok()?;
        let r = number_readiness(&facts, org, now).ok()?;
        (r.number == from).then(|| (facts, n.clone()))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn opted_out_recipient_is_never_sent_to(mut args in arb_args()) {
        args["recipient"]["consent"] = json!("opted_out");
        let typed: SelectSenderArgs = serde_json::from_value(args).unwrap();
        let r = select_sender(&typed).unwrap();
        prop_assert_eq!(r.decision, DecisionKind::Block);
        prop_assert_eq!(r.reason, "recipient_opted_out");
        prop_assert!(r.from.is_none());
    }

    #[test]
    fn chosen_sender_is_ready_and_capable(args in arb_args()) {
        let typed: SelectSenderArgs = serde_json::from_value(args.clone()).unwrap();
        let r = select_sender(&typed).unwrap();
        if r.decision == DecisionKind::Block {
            prop_assert!(r.from.is_none());
            return Ok(());
        }
        let from = r.from.clone().unwrap();
        let (facts, entry) = facts_of(&args, &from, &typed.org, typed.now).unwrap();
        let caps = facts.capabilities.unwrap_or_default();
        let to = telrules::phone::parse(&typed.to, "US").unwrap();
        let market = to.country.as_deref().and_then(Market::of_country);
        match r.channel {
            telrules::sender::SendChannel::Whatsapp => prop_assert_eq!(caps.whatsapp, Some(true)),
            channel => {
                let readiness = number_readiness(&facts, &typed.org, typed.now).unwrap();
                let market = market.unwrap();
                prop_assert!(readiness.can_text(market), "{} not ready for {:?}", from, market);
                if channel == telrules::sender::SendChannel::Mms {
                    prop_assert_eq!(caps.mms, Some(true));
                }
            }
        }
        // The path follows the number's Messaging Service.
        prop_assert_eq!(
            r.messaging_service_sid.as_deref(),
            entry["number"]["messaging_service_sid"].as_str()
        );
        prop_assert_ne!(typed.recipient.consent, telrules::sender::Consent::OptedOut);
    }

    #[test]
    fn explicit_from_is_never_silently_swapped(args in arb_args()) {
        let typed: SelectSenderArgs = serde_json::from_value(args).unwrap();
        let r = select_sender(&typed).unwrap();
        if let (Some(explicit), Some(from)) = (&typed.preference.explicit_from, &r.from) {
            let explicit = telrules::phone::parse(explicit, "US").unwrap();
            let explicit = explicit.e164.unwrap_or_else(|| "89821".to_owned());
            prop_assert_eq!(from, &explicit);
            prop_assert_eq!(r.selected_by, Some(SelectedBy::ExplicitFrom));
        }
    }

    #[test]
    fn structured_args_never_panic(args in arb_args(), drop in 0usize..12) {
        let mut args = args;
        // Remove one field now and then to reach the argument errors.
        if let Some(obj) = args.as_object_mut() {
            let key = obj.keys().nth(drop).cloned();
            if let Some(k) = key { obj.remove(&k); }
        }
        let request = json!({"op": "select_sender", "args": args}).to_string();
        let answer: Value = serde_json::from_str(&telrules::evaluate_json(&request)).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
    }

    #[test]
    fn arbitrary_args_never_panic(args in super::contract::arb_json()) {
        let request = json!({"op": "select_sender", "args": args}).to_string();
        let answer: Value = serde_json::from_str(&telrules::evaluate_json(&request)).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
    }
}
