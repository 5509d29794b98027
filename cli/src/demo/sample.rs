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
