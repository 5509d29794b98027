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
