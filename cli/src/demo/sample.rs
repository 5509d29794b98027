//! The sample organisation the demo reports on: a two-location dental practice.

pub const ORG_NAME: &str = "Harbor Dental";

/// Numbers as the staff typed them into the settings page.
pub const TYPED_NUMBERS: &[(&str, &str)] = &[
    ("Front desk (Seattle)", "(206) 555-0142"),
    ("Billing line", "+1 833 555 0199"),
    ("Vancouver clinic", "604.555.0187"),
    ("Reminders short code", "89821"),
    ("Dr. Lee's mobile (London)", "+44 7400 123456"),
];

/// Outbound texts the practice sends, to show their cost.
pub const OUTBOUND_TEXTS: &[(&str, &str)] = &[
    (
        "Appointment reminder",
        "Harbor Dental: reminder of your cleaning tomorrow at 9:30am. Reply C to confirm or call (206) 555-0142. Reply STOP to opt out.",
    ),
    (
        "Reminder pasted from a word processor",
        "Harbor Dental: “See you tomorrow” — your cleaning is at 9:30am… Reply STOP to opt out.",
    ),
    ("Friendly emoji", "Thanks for visiting Harbor Dental 😁 See you in six months!"),
];

/// The practice's registrations as its backend stored them from Twilio (for the texting
/// readiness section): business profile approved, brand approved, two Messaging Services,
/// one with an approved campaign and one whose campaign the carriers suspended.
pub const REGISTRATIONS_JSON: &str = r#"{
  "customer_profile": {"sid": "BU0001", "status": "twilio-approved"},
  "trust_product": {"sid": "BU0002", "status": "twilio-approved"},
  "brand": {"sid": "BN0001", "status": "APPROVED", "brand_type": "STANDARD", "identity_status": "VERIFIED"},
  "messaging_services": [
    {"sid": "MG0001", "friendly_name": "Patient care", "campaign": {"campaign_status": "VERIFIED"}},
    {"sid": "MG0002", "friendly_name": "Promotions", "campaign": {"campaign_status": "SUSPENDED"}}
  ]
}"#;

/// The practice's numbers with what Twilio reports about each.
pub const NUMBER_FACTS: &[(&str, &str)] = &[
    (
        "Front desk (Seattle)",
        r#"{"phone_number": "(206) 555-0142", "capabilities": {"sms": true, "mms": true, "voice": true},
            "messaging_service_sid": "MG0001", "a2p_registration": "registered", "voice_webhook_active": true}"#,
    ),
    (
        "Billing line",
        r#"{"phone_number": "+1 833 555 0199", "capabilities": {"sms": true, "voice": true},
            "voice_webhook_active": true, "tollfree_verification": {"status": "IN_REVIEW"}}"#,
    ),
    (
        "Vancouver clinic",
        r#"{"phone_number": "604.555.0187", "capabilities": {"sms": true, "voice": true},
            "messaging_service_sid": "MG0001", "a2p_registration": "pending", "voice_webhook_active": true}"#,
    ),
    (
        "New hygienist line",
        r#"{"phone_number": "(206) 555-0177", "capabilities": {"sms": true, "voice": true}}"#,
    ),
    (
        "Tacoma office",
        r#"{"phone_number": "(253) 555-0111", "capabilities": {"sms": true, "voice": true}, "voice_url": "https://example.com/voice"}"#,
    ),
    (
        "After-hours toll-free",
        r#"{"phone_number": "+1 888 555 0123", "capabilities": {"sms": true, "voice": true}, "voice_webhook_active": true,
            "tollfree_verification": {"status": "TWILIO_REJECTED", "edit_allowed": true, "edit_expiration": "2026-11-24T17:00:00-08:00", "error_code": 30445}}"#,
    ),
    (
        "Promotions line",
        r#"{"phone_number": "(206) 555-0190", "capabilities": {"sms": true, "voice": true},
            "messaging_service_sid": "MG0002", "a2p_registration": "registered", "voice_webhook_active": true}"#,
    ),
    ("Reminders short code", r#"{"phone_number": "89821"}"#),
    (
        "Dr. Lee's mobile (London)",
        r#"{"phone_number": "+44 7400 123456", "capabilities": {"sms": true, "voice": true}, "voice_webhook_active": true}"#,
    ),
];

/// The moment the readiness section is computed for.
pub const READINESS_NOW: &str = "2026-11-21T09:00:00-08:00";

/// Where the practice's backend receives Twilio's messaging webhooks.
pub const WEBHOOK_URL: &str = "https://api.harbordental.example/twilio/sms?clinic=seattle";

/// A made-up auth token for the demo (real tokens are secrets and never printed).
pub const DEMO_AUTH_TOKEN: &str = "0123456789abcdef0123456789abcdef";

/// A made-up SharedKey secret for the demo: the backend of the billing line verifies its
/// webhooks with it, and Twilio says so in `X-Twilio-Webhooks-Signature-Settings`.
pub const DEMO_SHARED_KEY_SECRET: &str = "sk_demo_4f1a6c5d4e3f2a1b0c9d7f3a0c2d9b8e";

/// The `X-Twilio-Webhooks-Signature-Settings` header of a SharedKey-signed webhook.
pub const DEMO_SIGNATURE_SETTINGS: &str =
    "key=webhooks_sharedkey_0123456789abcdef0123456789abcdef,algorithm=HMAC_SHA256";

/// An inbound text to the front desk, as Twilio posts it.
pub const INBOUND_WEBHOOK: &[(&str, &str)] = &[
    ("MessageSid", "SM7f3a0c2d9b8e4f1a6c5d4e3f2a1b0c9d"),
    ("AccountSid", "AC00000000000000000000000000000000"),
    ("From", "+12065550178"),
    ("To", "+12065550142"),
    ("Body", "Can I move my cleaning to Friday? Thanks!"),
    ("NumMedia", "0"),
    ("FromCountry", "US"),
    ("FromCity", "SEATTLE"),
];

/// This week's outbound texts by Twilio status callback outcome: (status, messages).
pub const WEEK_STATUSES: &[(&str, u64)] = &[("delivered", 1_184), ("sent", 9), ("queued", 4)];

/// This week's failed texts by error code: (code, messages). The Seattle front desk number
/// is not in a registered campaign yet and the billing line's toll-free verification was
/// never submitted, so most failures are registration blocks.
pub const WEEK_ERRORS: &[(u32, u64)] = &[
    (30034, 42),
    (30032, 17),
    (30003, 11),
    (21610, 6),
    (30006, 5),
    (30007, 3),
    (30005, 2),
];

/// The instant the hours and quiet-hours section answers for: fixed, never the clock.
/// Friday 20 November 2026, 6:15pm in Seattle and Vancouver (9:15pm on the East Coast).
pub const DEMO_INSTANT: &str = "2026-11-21T02:15:00Z";

/// The practice's hours (the org defaults), as the settings page would send them.
pub const ORG_HOURS: &str = r#"{
    "timezone": "America/Los_Angeles",
    "weekly": {
        "mon": [["08:00", "12:00"], ["13:00", "17:30"]],
        "tue": [["08:00", "12:00"], ["13:00", "17:30"]],
        "wed": [["08:00", "12:00"], ["13:00", "17:30"]],
        "thu": [["08:00", "12:00"], ["13:00", "19:00"]],
        "fri": [["08:00", "12:00"], ["13:00", "17:30"]]
    },
    "exceptions": [
        {"date": "2026-11-26", "closed": true, "label": "Thanksgiving"},
        {"date": "2026-12-25", "closed": true, "label": "Christmas Day"}
    ],
    "voicemail_greeting": "Thanks for calling Harbor Dental. Please leave a message and we'll call you back today.",
    "after_hours_message": "Harbor Dental is closed. For a dental emergency call (206) 555-0100."
}"#;

/// Per-location overrides of the org hours: (label, number, override JSON or none).
pub const LOCATIONS: &[(&str, &str, Option<&str>)] = &[
    ("Front desk (Seattle)", "+12065550142", None),
    (
        "Vancouver clinic",
        "+16045550187",
        Some(
            r#"{
        "timezone": "America/Vancouver",
        "weekly": {
            "mon": [["09:00", "19:00"]], "tue": [["09:00", "19:00"]], "wed": [["09:00", "19:00"]],
            "thu": [["09:00", "19:00"]], "fri": [["09:00", "19:00"]], "sat": [["10:00", "14:00"]]
        },
        "exceptions": [{"date": "2026-11-26", "hours": [["09:00", "19:00"]], "label": "Open on US Thanksgiving"}],
        "after_hours_message": "Harbor Dental Vancouver is closed. We open at 9am weekdays."
    }"#,
        ),
    ),
];

/// Patients a marketing text (the winter whitening offer) would go to.
pub const MARKETING_RECIPIENTS: &[(&str, &str)] = &[
    ("Patient in Seattle", "+12065550177"),
    ("Patient in Vancouver", "+16045550123"),
    ("Patient in Houston", "+17135550123"),
    ("Patient in Miami", "+13055550123"),
    ("Patient in Toronto", "+14165550123"),
];

/// The practice's support line, given in HELP replies.
pub const SUPPORT_PHONE: &str = "+12065550142";

/// Inbound texts the practice received: (text, contact's consent before it, number kind).
pub const INBOUND_TEXTS: &[(
    &str,
    telrules::inbound::ConsentState,
    telrules::inbound::SenderKind,
)] = &[
    (
        "Stop. Thank you",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "STOP",
        telrules::inbound::ConsentState::OptedOut,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "STOP",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::TollFree,
    ),
    (
        "ARRÊT",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "HELP",
        telrules::inbound::ConsentState::Unknown,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "What time do you stop serving lunch?",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "YES",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "START",
        telrules::inbound::ConsentState::OptedOut,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "pls take me off ur list",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "why do you keep texting me?",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
    (
        "I need my wisdom teeth removed",
        telrules::inbound::ConsentState::Subscribed,
        telrules::inbound::SenderKind::Local,
    ),
];

/// Who uses which number (for the sender section): (label in `NUMBER_FACTS`, assigned
/// user, company default).
pub const NUMBER_USERS: &[(&str, Option<&str>, bool)] = &[
    ("Front desk (Seattle)", None, true),
    ("Vancouver clinic", Some("dr_chen"), false),
    ("New hygienist line", Some("maya"), false),
    ("Promotions line", Some("marketing"), false),
];

/// Numbers registered as WhatsApp senders (by label in `NUMBER_FACTS`).
pub const WHATSAPP_SENDERS: &[&str] = &["Front desk (Seattle)"];

/// Outbound messages the sender section decides: (what the practice wants to do, the
/// message's `select_sender` fields other than the numbers and registrations).
pub const OUTBOUND_REQUESTS: &[(&str, &str)] = &[
    (
        "Maya reminds a Seattle patient of tomorrow's cleaning",
        r#"{"to": "+12065550177", "channel": "sms", "message_class": "informational",
            "body": "Hi Sam, see you tomorrow at 10:00 for your cleaning. Reply C to confirm.",
            "preference": {"user_id": "maya"}, "recipient": {"consent": "subscribed"},
            "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "Reply to a patient who last texted the Vancouver clinic",
        r#"{"to": "+16045550123", "channel": "sms", "message_class": "conversational",
            "preference": {"last_used_from": "+16045550187"}, "recipient": {"consent": "subscribed"},
            "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "Winter whitening offer to a Miami patient at 9:30pm their time",
        r#"{"to": "+13055550123", "channel": "sms", "message_class": "marketing",
            "recipient": {"consent": "subscribed"}, "now": "2026-11-21T18:30:00-08:00"}"#,
    ),
    (
        "The same offer to a patient who texted STOP last month",
        r#"{"to": "+12065550155", "channel": "sms", "message_class": "marketing",
            "recipient": {"consent": "opted_out"}, "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "The offer sent from the Promotions line, picked by hand",
        r#"{"to": "+12065550177", "channel": "sms", "message_class": "marketing",
            "preference": {"explicit_from": "(206) 555-0190"}, "recipient": {"consent": "subscribed"},
            "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "X-ray picture (MMS) to Dr. Lee's patient in London",
        r#"{"to": "+447400123499", "channel": "mms", "message_class": "informational",
            "recipient": {"consent": "subscribed"}, "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "WhatsApp answer to a patient who wrote two hours ago",
        r#"{"to": "+447400123499", "channel": "whatsapp", "message_class": "conversational",
            "recipient": {"consent": "subscribed", "last_inbound_at": "2026-11-21T07:00:00-08:00"},
            "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
    (
        "WhatsApp check-in to a patient who never wrote on WhatsApp",
        r#"{"to": "+12065550177", "channel": "whatsapp", "message_class": "informational",
            "recipient": {"consent": "subscribed"}, "now": "2026-11-21T09:00:00-08:00"}"#,
    ),
];

/// The winter promotion (plan_send / estimate_cost section): the offer text, with the
/// snowflake the marketing assistant added.
pub const PROMOTION_BODY: &str = "Harbor Dental ❄️ Winter whitening: 20% off until Dec 31. Book at harbordental.example or call (206) 555-0142. Reply STOP to opt out.";

/// When the promotion starts: Tuesday 2026-12-01, 10:00 in Seattle.
pub const PROMOTION_START: &str = "2026-12-01T10:00:00-08:00";

/// Patients who agreed to offers.
pub const PROMOTION_PATIENTS: usize = 2_400;

/// The practice's current registration: its brand skipped secondary vetting and its
/// campaign is Low Volume Mixed (a low-volume standard brand).
pub const SENDER_NOW: &str =
    r#"{"type": "us_10dlc", "brand": "low_volume_standard", "numbers": 2}"#;

/// The same practice after secondary vetting gave its standard brand a trust score of 62.
pub const SENDER_VETTED: &str =
    r#"{"type": "us_10dlc", "brand": "standard", "trust_score": 62, "numbers": 2}"#;

/// The patients' numbers: mostly Seattle-area area codes, some in Vancouver and a few
/// snowbirds in Florida and Arizona; carriers from the backend's last lookup, with one in
/// ten never looked up. Deterministic, so the demo reads the same every run.
pub fn promotion_recipients() -> Vec<(String, Option<&'static str>)> {
    const AREAS: [u16; 10] = [206, 206, 206, 253, 425, 425, 360, 604, 305, 602];
    const CARRIERS: [Option<&str>; 20] = [
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("T-Mobile USA, Inc."),
        Some("AT&T Mobility"),
        Some("AT&T Mobility"),
        Some("AT&T Mobility"),
        Some("AT&T Mobility"),
        Some("AT&T Mobility"),
        Some("Verizon Wireless"),
        Some("Verizon Wireless"),
        Some("Verizon Wireless"),
        Some("Verizon Wireless"),
        None,
        None,
    ];
    const CANADIAN: [Option<&str>; 4] = [
        Some("Rogers Wireless"),
        Some("TELUS Mobility"),
        Some("Bell Mobility"),
        Some("Freedom Mobile"),
    ];
    (0..PROMOTION_PATIENTS)
        .map(|i| {
            let area = AREAS.get(i % AREAS.len()).copied().unwrap_or(206);
            let exchange = 200 + (i * 37) % 700;
            let line = (i * 7_919) % 10_000;
            let carrier = if area == 604 {
                CANADIAN.get(i % CANADIAN.len()).copied().flatten()
            } else {
                CARRIERS.get((i * 7) % CARRIERS.len()).copied().flatten()
            };
            (format!("+1{area}{exchange}{line:04}"), carrier)
        })
        .collect()
}
