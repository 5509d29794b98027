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

/// Where the practice's backend receives Twilio's messaging webhooks.
pub const WEBHOOK_URL: &str = "https://api.harbordental.example/twilio/sms?clinic=seattle";

/// A made-up auth token for the demo (real tokens are secrets and never printed).
pub const DEMO_AUTH_TOKEN: &str = "0123456789abcdef0123456789abcdef";

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
