//! readiness: never ready while a required link is missing or unknown; improving any one
//! status never lowers a channel's progress rank; no input panics.
//!
//! Each link's values are listed worst to best (blocked values first, the done value
//! last); an "improvement" moves one link to a later value with everything else fixed.
//! The order of states is `State::progress`: unsupported < blocked < {action_required,
//! pending} < ready. A number's Messaging Service membership and its brand type are facts,
//! not statuses, and are not varied by the monotonicity test (joining a service whose
//! campaign is suspended rightly turns "add the number" into "blocked").

use chrono::DateTime;
use proptest::prelude::*;
use serde_json::{json, Value};
use telrules::readiness::{
    number_readiness, org_readiness, Market, NumberFacts, NumberReadiness, OrgFacts,
    OrgReadinessArgs, State,
};

const PROFILE: &[Option<&str>] = &[
    None,
    Some("draft"),
    Some("twilio-rejected"),
    Some("WHATEVER_NEW"),
    Some("pending-review"),
    Some("in-review"),
    Some("twilio-approved"),
];
const BRAND: &[Option<&str>] = &[
    Some("SUSPENDED"),
    Some("DELETION_PENDING"),
    Some("DELETION_FAILED"),
    None,
    Some("FAILED"),
    Some("WHATEVER_NEW"),
    Some("PENDING"),
    Some("IN_REVIEW"),
    Some("APPROVED"),
];
const IDENTITY: &[Option<&str>] = &[
    None,
    Some("UNVERIFIED"),
    Some("SELF_DECLARED"),
    Some("WHATEVER_NEW"),
    Some("VERIFIED"),
    Some("VETTED_VERIFIED"),
];
const CAMPAIGN: &[Option<&str>] = &[
    Some("SUSPENDED"),
    None,
    Some("EXPIRED"),
    Some("FAILED"),
    Some("WHATEVER_NEW"),
    Some("PENDING"),
    Some("IN_PROGRESS"),
    Some("VERIFIED"),
];
const REGISTRATION: &[Option<&str>] = &[
    Some("failed"),
    Some("unregistered"),
    None,
    Some("WHATEVER_NEW"),
    Some("pending"),
    Some("registered"),
];
/// Toll-free: missing, rejected for good, rejected but editable, unknown, in review, approved.
const TOLLFREE: usize = 7;
const SMS: &[Option<bool>] = &[Some(false), None, Some(true)];
const WEBHOOK: &[Option<bool>] = &[Some(false), None, Some(true)];

const NUMBERS: &[&str] = &[
    "+14155550123",
    "+16045550187",
    "+18335550199",
    "89821",
    "+447400123456",
];
const BRAND_TYPES: &[Option<&str>] = &[
    Some("STANDARD"),
    Some("SOLE_PROPRIETOR"),
    None,
    Some("NEW_TYPE"),
];

/// One point in the space of facts: an index per link.
#[derive(Debug, Clone, Copy)]
struct Facts {
    number: usize,
    brand_type: usize,
    in_service: bool,
    /// profile, trust product, brand, identity, campaign, registration, toll-free, sms, webhook
    links: [usize; 9],
}

const LINK_SIZES: [usize; 9] = [
    PROFILE.len(),
    PROFILE.len(),
    BRAND.len(),
    IDENTITY.len(),
    CAMPAIGN.len(),
    REGISTRATION.len(),
    TOLLFREE,
    SMS.len(),
    WEBHOOK.len(),
];

fn arb_facts() -> impl Strategy<Value = Facts> {
    let links = LINK_SIZES.map(|n| (0..n).boxed());
    (0..NUMBERS.len(), 0..BRAND_TYPES.len(), any::<bool>(), links).prop_map(
        |(number, brand_type, in_service, links)| Facts {
            number,
            brand_type,
            in_service,
            links,
        },
    )
}

/// Facts with the number drawn from `range` of [`NUMBERS`].
fn with_number(range: std::ops::Range<usize>) -> impl Strategy<Value = Facts> {
    (arb_facts(), range).prop_map(|(mut f, number)| {
        f.number = number;
        f
    })
}

fn status(value: Option<&str>) -> Value {
    value.map_or(Value::Null, |s| json!(s))
}

fn pick<T: Copy>(list: &[T], i: usize) -> T {
    list[i]
}

fn build(f: &Facts) -> (NumberFacts, OrgFacts) {
    let [profile, product, brand, identity, campaign, registration, tollfree, sms, webhook] =
        f.links;
    let mut org = json!({"messaging_services": [{"sid": "MG1"}]});
    if let Some(s) = pick(PROFILE, profile) {
        org["customer_profile"] = json!({"status": s});
    }
    if let Some(s) = pick(PROFILE, product) {
        org["trust_product"] = json!({"status": s});
    }
    if let Some(s) = pick(BRAND, brand) {
        org["brand"] = json!({
            "status": s,
            "identity_status": status(pick(IDENTITY, identity)),
            "brand_type": status(pick(BRAND_TYPES, f.brand_type)),
        });
    }
    if let Some(s) = pick(CAMPAIGN, campaign) {
        org["messaging_services"][0]["campaign"] = json!({"campaign_status": s});
    }
    let mut number = json!({
        "phone_number": NUMBERS[f.number],
        "capabilities": {"sms": pick(SMS, sms), "voice": true},
        "voice_webhook_active": pick(WEBHOOK, webhook),
        "a2p_registration": status(pick(REGISTRATION, registration)),
    });
    if f.in_service {
        number["messaging_service_sid"] = json!("MG1");
    }
    let verification = match tollfree {
        0 => Value::Null,
        1 => json!({"status": "TWILIO_REJECTED", "edit_allowed": false}),
        2 => {
            json!({"status": "TWILIO_REJECTED", "edit_allowed": true, "edit_expiration": "2030-01-01T00:00:00Z"})
        }
        3 => json!({"status": "SOMETHING_NEW"}),
        4 => json!({"status": "PENDING_REVIEW"}),
        5 => json!({"status": "IN_REVIEW"}),
        _ => json!({"status": "TWILIO_APPROVED"}),
    };
    number["tollfree_verification"] = verification;
    (
        serde_json::from_value(number).unwrap(),
        serde_json::from_value(org).unwrap(),
    )
}

fn evaluate(f: &Facts) -> NumberReadiness {
    let (number, org) = build(f);
    let now = DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap();
    number_readiness(&number, &org, now).unwrap()
}

fn last(size: usize) -> usize {
    size - 1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A 10DLC number is ready to the US exactly when every link is at its done value.
    #[test]
    fn local_number_ready_only_when_every_link_is_met(f in with_number(0..2)) {
        let r = evaluate(&f);
        let [profile, product, brand, identity, campaign, registration, _, sms, _] = f.links;
        let standard = f.brand_type == 0;
        let identity_ok = standard || IDENTITY[identity].is_some_and(|s| s.contains("VERIFIED") && s != "UNVERIFIED");
        let all_met = profile == last(PROFILE.len())
            && product == last(PROFILE.len())
            && brand == last(BRAND.len())
            && identity_ok
            && f.in_service
            && campaign == last(CAMPAIGN.len())
            && registration == last(REGISTRATION.len())
            && sms == last(SMS.len());
        prop_assert_eq!(r.can_text(Market::Us), all_met, "{:?}", r.messaging.us);
        prop_assert_eq!(r.can_text(Market::Ca), all_met);
        if !all_met {
            prop_assert!(r.messaging.us.next_action.is_some() || r.messaging.us.state == State::Unsupported);
        }
    }

    /// A toll-free number is ready exactly when it can text and is TWILIO_APPROVED.
    #[test]
    fn toll_free_ready_only_when_approved(f in with_number(2..3)) {
        let r = evaluate(&f);
        let ready = f.links[6] == TOLLFREE - 1 && f.links[7] == last(SMS.len());
        prop_assert_eq!(r.can_text(Market::Us), ready);
        prop_assert_eq!(r.can_text(Market::Ca), ready);
    }

    /// Short codes and non-NANP numbers never text both countries.
    #[test]
    fn short_codes_and_foreign_numbers_never_text_both_countries(f in with_number(3..5)) {
        let r = evaluate(&f);
        prop_assert!(!(r.can_text(Market::Us) && r.can_text(Market::Ca)));
        prop_assert_eq!(r.voice.state == State::Unsupported, f.number == 3);
    }

    /// Improving one link never lowers any channel's progress rank.
    #[test]
    fn improving_one_status_never_makes_a_channel_worse(
        f in arb_facts(),
        link in 0usize..9,
        step in 1usize..9,
    ) {
        let from = f.links[link];
        let to = (from + step).min(LINK_SIZES[link] - 1);
        prop_assume!(to > from);
        let mut better = f;
        better.links[link] = to;
        let (before, after) = (evaluate(&f), evaluate(&better));
        for (name, a, b) in [
            ("us", &before.messaging.us, &after.messaging.us),
            ("ca", &before.messaging.ca, &after.messaging.ca),
            ("voice", &before.voice, &after.voice),
        ] {
            prop_assert!(
                b.state.progress() >= a.state.progress(),
                "{name}: link {link} {from}->{to}: {:?} -> {:?}", a.state, b.state
            );
        }
    }

    /// org_readiness agrees with readiness per number and counts every number once.
    #[test]
    fn org_readiness_is_readiness_per_number(facts in prop::collection::vec(arb_facts(), 0..6), org_from in 0usize..6) {
        let now = DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap();
        let org = facts.get(org_from).map(|f| build(f).1).unwrap_or_default();
        let numbers: Vec<NumberFacts> = facts.iter().map(|f| build(f).0).collect();
        let result = org_readiness(&OrgReadinessArgs { org: org.clone(), numbers: numbers.clone(), now }).unwrap();
        prop_assert_eq!(result.numbers.len(), numbers.len());
        for (number, got) in numbers.iter().zip(&result.numbers) {
            prop_assert_eq!(&number_readiness(number, &org, now).unwrap(), got);
        }
        let s = result.summary;
        for counts in [s.us, s.ca, s.voice] {
            let total = counts.ready + counts.pending + counts.action_required + counts.blocked + counts.unsupported;
            prop_assert_eq!(total as usize, numbers.len());
        }
        if let Some(next) = s.next_action {
            prop_assert!(!next.code.is_wait());
            prop_assert_eq!(next.count as usize, next.numbers.len());
        }
    }

    /// Any status text (including empty and non-ASCII) is accepted and never ready
    /// unless it spells a done value.
    #[test]
    fn arbitrary_status_text_never_panics_or_reads_ready(text in any::<String>()) {
        let org = json!({
            "customer_profile": {"status": "twilio-approved"},
            "trust_product": {"status": "twilio-approved"},
            "brand": {"status": "APPROVED", "brand_type": "STANDARD"},
            "messaging_services": [{"sid": "MG1", "campaign": {"campaign_status": text}}],
        });
        let org: OrgFacts = serde_json::from_value(org).unwrap();
        let number: NumberFacts = serde_json::from_value(json!({
            "phone_number": "+14155550123", "capabilities": {"sms": true},
            "messaging_service_sid": "MG1", "a2p_registration": "registered"
        })).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap();
        let r = number_readiness(&number, &org, now).unwrap();
        let verified = text.trim().eq_ignore_ascii_case("verified");
        prop_assert_eq!(r.can_text(Market::Us), verified);
    }

    /// Arbitrary JSON args never panic either op.
    #[test]
    fn arbitrary_args_never_panic(args in super::contract::arb_json(), op in prop::sample::select(vec!["readiness", "org_readiness"])) {
        let request = json!({"op": op, "args": args}).to_string();
        let answer: Value = serde_json::from_str(&telrules::evaluate_json(&request)).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
    }

    /// Arbitrary phone_number text and iso_country never panic.
    #[test]
    fn arbitrary_phone_text_never_panics(phone in any::<String>(), country in "[A-Za-z]{0,3}") {
        let request = json!({"op": "readiness", "args": {
            "number": {"phone_number": phone, "iso_country": country, "capabilities": {"sms": true}},
            "now": "2026-11-21T12:00:00Z"
        }}).to_string();
        let answer: Value = serde_json::from_str(&telrules::evaluate_json(&request)).unwrap();
        prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
    }
}
