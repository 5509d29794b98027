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
];
