//! Twilio error guidance (`explain_error`) and the deliverability snapshot (`deliverability`).
//!
//! `explain_error` turns a Twilio error code (from a failed API call or a status callback)
//! into what a business owner needs: a stable `category`, whether a `retry` can help,
//! whether to stop texting the recipient (`suppress_recipient`), what happened in plain
//! words (`message`), and what to do next (`action`, with the readiness `next_action` code
//! when a registration step fixes it). `deliverability` sums a batch of message outcomes into
//! the snapshot a dashboard shows: delivery rate, failures per category, and the actions that
//! would have saved the most messages.
//!
//! Data: the catalogue is `catalogue.tsv` (one row per code, each with its source page),
//! compiled into the const table in `catalogue.rs` by `core/examples/gen_error_catalogue.rs`.
//! Twilio's short titles, families and source pages are vendored in `twilio_error_codes.tsv`
//! (from Twilio's public error dictionary; see THIRD_PARTY.md); categories, retry policy,
//! suppression and all guidance text are telrules' own. Codes not in the catalogue get
//! guidance from their number range (`families.rs`) with `known: false`.
//!
//! The result's `action` is an object: `{"message": "what to do, in plain words",
//! "next_action": "register_brand" | ... | null}`, where `next_action` is a readiness
//! `next_action` code (spec readiness.md) when a registration step fixes the problem, so a UI
//! can open that step; `null` when no setup step does (a wrong number, a busy carrier).
//!
//! For Rust callers (for example the status-callback parser), [`explain`] is the typed
//! entry point and is total over `u32`:
//!
//! ```
//! use telrules::errors::{explain, Category, Channel, Retry};
//!
//! let g = explain(30034, Some(Channel::Sms));
//! assert!(g.known);
//! assert_eq!(g.category, Category::NotRegistered);
//! assert_eq!(g.retry, Retry::No);
//! assert_eq!(g.action.next_action.as_deref(), Some("register_brand"));
//! assert_eq!(g.docs_url, "https://www.twilio.com/docs/api/errors/30034");
//!
//! // A code Twilio added after this catalogue still gets its family's guidance.
//! let new = explain(30098, None);
//! assert!(!new.known && !new.suppress_recipient);
//! ```

mod catalogue;
pub(crate) mod deliverability;
pub(crate) mod families;

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

pub use deliverability::{
    action_headline, deliverability, rate, CategoryCount, CodeCount, DeliverabilityArgs,
    DeliverabilityResult, MessageStatus, Outcome, OutcomeRow, StatusCount, TopAction,
};

/// What kind of problem an error code is. Serialised as the spec spells it; the vocabulary
/// may grow, names never change. `platform_error` (Twilio or an upstream provider failed
/// internally; resending usually works) extends the spec's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ErrorCategory"))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// The sender is not registered (US 10DLC, toll-free verification, sender ID rules).
    NotRegistered,
    /// The recipient opted out or blocked the sender.
    OptedOut,
    /// The number is not a valid or existing number.
    InvalidRecipient,
    /// A landline, or a carrier that cannot take texts.
    LandlineOrUnreachableCarrier,
    /// The phone could not be reached right now.
    RecipientUnreachable,
    /// A carrier or channel filtered the content.
    ContentFiltered,
    /// A carrier's throughput or daily limit.
    CarrierLimit,
    /// Twilio's or the account's rate or volume limits, including time-boxed fraud holds.
    RateLimit,
    /// Account state, credentials, trial limits, permissions, regulatory paperwork.
    AccountConfig,
    /// How the message was sent: sender, Messaging Service, request fields, templates.
    SenderConfig,
    /// Pictures and files.
    Media,
    /// Max price.
    Pricing,
    /// WhatsApp's 24-hour customer service window.
    WhatsappWindow,
    /// The business's webhook endpoint or its TwiML.
    Webhook,
    /// Twilio or a provider failed internally.
    PlatformError,
    /// No cause known.
    Unknown,
}

impl Category {
    /// Every category, in the order used to break ties.
    pub const ALL: [Category; 16] = [
        Category::NotRegistered,
        Category::OptedOut,
        Category::InvalidRecipient,
        Category::LandlineOrUnreachableCarrier,
        Category::RecipientUnreachable,
        Category::ContentFiltered,
        Category::CarrierLimit,
        Category::RateLimit,
        Category::AccountConfig,
        Category::SenderConfig,
        Category::Media,
        Category::Pricing,
        Category::WhatsappWindow,
        Category::Webhook,
        Category::PlatformError,
        Category::Unknown,
    ];

    /// A short plain-words label for people (the code itself is for machines).
    pub fn label(self) -> &'static str {
        match self {
            Category::NotRegistered => "Sender not registered",
            Category::OptedOut => "Recipient opted out or blocked you",
            Category::InvalidRecipient => "Invalid number",
            Category::LandlineOrUnreachableCarrier => "Landline or no texting",
            Category::RecipientUnreachable => "Phone out of reach",
            Category::ContentFiltered => "Filtered by the carrier",
            Category::CarrierLimit => "Carrier limit reached",
            Category::RateLimit => "Sending too fast",
            Category::AccountConfig => "Account settings",
            Category::SenderConfig => "Sending setup",
            Category::Media => "Pictures and files",
            Category::Pricing => "Price limit",
            Category::WhatsappWindow => "WhatsApp 24-hour window",
            Category::Webhook => "Your app's webhook",
            Category::PlatformError => "Twilio-side failure",
            Category::Unknown => "Unknown cause",
        }
    }

    /// The category's code as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::NotRegistered => "not_registered",
            Category::OptedOut => "opted_out",
            Category::InvalidRecipient => "invalid_recipient",
            Category::LandlineOrUnreachableCarrier => "landline_or_unreachable_carrier",
            Category::RecipientUnreachable => "recipient_unreachable",
            Category::ContentFiltered => "content_filtered",
            Category::CarrierLimit => "carrier_limit",
            Category::RateLimit => "rate_limit",
            Category::AccountConfig => "account_config",
            Category::SenderConfig => "sender_config",
            Category::Media => "media",
            Category::Pricing => "pricing",
            Category::WhatsappWindow => "whatsapp_window",
            Category::Webhook => "webhook",
            Category::PlatformError => "platform_error",
            Category::Unknown => "unknown",
        }
    }
}

/// Whether sending the same message again can succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// Not until something is fixed (registration, the number, the content, settings).
    No,
    /// After a while: a limit resets, a phone comes back, a hold clears.
    Later,
    /// Now: a passing internal failure.
    Yes,
}

/// The channel a message or call went out on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ErrorChannel"))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A text message (SMS).
    Sms,
    /// A picture/media message (MMS).
    Mms,
    /// A WhatsApp message.
    Whatsapp,
    /// A phone call.
    Voice,
}

/// What to do next: `message` for the business owner and, when a registration step fixes
/// the problem, the readiness `next_action` code (`register_brand`,
/// `submit_tollfree_verification`, ...) so the UI can open that step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ErrorAction"))]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What the business owner should do, in plain words.
    pub message: Cow<'static, str>,
    /// The readiness `next_action` code of the step that fixes it, or null when no
    /// registration step does.
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::readiness::ActionCode>"))]
    pub next_action: Option<Cow<'static, str>>,
}

/// The guidance for one error code: the result of `explain_error` and of [`explain`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ErrorGuidance {
    /// The Twilio error code explained.
    pub code: u32,
    /// Whether the code is in the catalogue; `false` means the guidance comes from its family.
    pub known: bool,
    /// Twilio's short title; `null` for codes not in the catalogue.
    pub title: Option<Cow<'static, str>>,
    /// What kind of failure this is.
    pub category: Category,
    /// Whether sending the same message again can succeed (`no`, `later`, `yes`).
    pub retry: Retry,
    /// Stop sending to this recipient from this sender (opt-outs, invalid or landline numbers).
    pub suppress_recipient: bool,
    /// What happened, in plain words.
    pub message: Cow<'static, str>,
    /// What to do next.
    pub action: Action,
    /// `https://www.twilio.com/docs/api/errors/<code>`.
    pub docs_url: String,
    /// The registration pre-flight rules (`preflight_registration`) that catch this
    /// rejection before submitting; left out of the JSON when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub preflight_rules: Vec<Cow<'static, str>>,
}

/// One catalogue row. Titles and sources are Twilio's facts; the rest is telrules' guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The Twilio error code.
    pub code: u32,
    /// Twilio's short title for the code.
    pub title: &'static str,
    /// The family in the vendored code list (`delivery`, `api-send`, `whatsapp`, ...).
    pub family: &'static str,
    /// What kind of failure this is.
    pub category: Category,
    /// Whether sending the same message again can succeed.
    pub retry: Retry,
    /// Stop sending to this recipient from this sender.
    pub suppress_recipient: bool,
    /// The readiness `next_action` code of the step that fixes it, if one does.
    pub next_action: Option<&'static str>,
    /// What happened, in plain words.
    pub message: &'static str,
    /// What to do next, in plain words.
    pub action: &'static str,
    /// The page the title was taken from.
    pub source: &'static str,
}

/// Every catalogue row, sorted by code.
pub fn catalogue() -> &'static [Entry] {
    &catalogue::CATALOGUE
}

/// The catalogue row for a code, if there is one.
pub fn lookup(code: u32) -> Option<&'static Entry> {
    let table = catalogue();
    table
        .binary_search_by_key(&code, |entry| entry.code)
        .ok()
        .and_then(|index| table.get(index))
}

/// Guidance borrowed from static data: what `explain` builds its answer from, without
/// allocating (the deliverability summary calls it once per row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StaticGuidance {
    pub known: bool,
    pub title: Option<&'static str>,
    pub category: Category,
    pub retry: Retry,
    pub suppress_recipient: bool,
    pub message: &'static str,
    pub action: &'static str,
    pub next_action: Option<&'static str>,
}

pub(crate) fn guidance(code: u32, channel: Option<Channel>) -> StaticGuidance {
    match lookup(code) {
        Some(entry) => StaticGuidance {
            known: true,
            title: Some(entry.title),
            category: entry.category,
            retry: entry.retry,
            suppress_recipient: entry.suppress_recipient,
            message: entry.message,
            action: entry.action,
            next_action: entry.next_action,
        },
        None => families::guidance(code, channel),
    }
}

/// The documentation page Twilio keeps for every error code.
pub fn docs_url(code: u32) -> String {
    format!("https://www.twilio.com/docs/api/errors/{code}")
}

/// Explains an error code. Total: every `u32` has an answer. A code in the catalogue gets
/// its own guidance, the same on every channel (Twilio's code already names the channel);
/// any other code gets its family's guidance by number range with `known: false`, where
/// `channel` sharpens the wording (a 21xxx on a call, a 63xxx on WhatsApp). Guidance never
/// suppresses a recipient on a guess: unknown codes have `suppress_recipient: false`.
pub fn explain(code: u32, channel: Option<Channel>) -> ErrorGuidance {
    let g = guidance(code, channel);
    ErrorGuidance {
        code,
        known: g.known,
        title: g.title.map(Cow::Borrowed),
        category: g.category,
        retry: g.retry,
        suppress_recipient: g.suppress_recipient,
        message: Cow::Borrowed(g.message),
        action: Action {
            message: Cow::Borrowed(g.action),
            next_action: g.next_action.map(Cow::Borrowed),
        },
        docs_url: docs_url(code),
        preflight_rules: crate::preflight::rules_for_code(code)
            .map(Cow::Borrowed)
            .collect(),
    }
}

/// Arguments of `explain_error`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ExplainErrorArgs {
    /// The Twilio error code: an integer, or a string of digits as some payloads carry it.
    pub code: CodeInput,
    /// The channel the message went out on, when known.
    #[serde(default)]
    pub channel: Option<Channel>,
}

/// `explain_error`: [`explain`] over JSON arguments. Fails only when `code` is not a whole
/// number from 0 to 4294967295 (or a string of such digits).
pub fn explain_error(args: &ExplainErrorArgs) -> Result<ErrorGuidance, crate::Error> {
    let code = args.code.code("code")?;
    Ok(explain(code, args.channel))
}

/// An error code as given in JSON. Deserialising never fails: anything that is not a
/// whole number in range (or a string of digits) is kept as `Invalid` with a description,
/// so the op can answer `invalid_value` naming the field instead of a type error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeInput {
    /// A valid error code.
    Code(u32),
    /// Not a valid code: a description of what was given, reported as `invalid_value`.
    Invalid(String),
}

impl From<u32> for CodeInput {
    fn from(code: u32) -> Self {
        CodeInput::Code(code)
    }
}

impl CodeInput {
    /// The code, or an `invalid_value` error at `path` saying what is accepted.
    pub fn code(&self, path: &str) -> Result<u32, crate::Error> {
        match self {
            CodeInput::Code(code) => Ok(*code),
            CodeInput::Invalid(what) => Err(crate::Error::invalid_value(
                path,
                format!(
                    "{path} must be a Twilio error code: a whole number from 0 to {} or a string of digits such as \"30034\"; got {what}",
                    u32::MAX
                ),
            )),
        }
    }

    fn from_text(text: &str) -> Self {
        let digits = text.trim();
        let shown = || {
            let mut short: String = text.chars().take(24).collect();
            if short.len() < text.len() {
                short.push('…');
            }
            format!("the string {short:?}")
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return CodeInput::Invalid(shown());
        }
        match digits.parse::<u32>() {
            Ok(code) => CodeInput::Code(code),
            Err(_) => CodeInput::Invalid(shown()),
        }
    }
}

impl Serialize for CodeInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CodeInput::Code(code) => serializer.serialize_u32(*code),
            CodeInput::Invalid(what) => serializer.serialize_str(what),
        }
    }
}

impl<'de> Deserialize<'de> for CodeInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CodeVisitor)
    }
}

struct CodeVisitor;

impl<'de> Visitor<'de> for CodeVisitor {
    type Value = CodeInput;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Twilio error code (a whole number or a string of digits)")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<CodeInput, E> {
        Ok(match u32::try_from(v) {
            Ok(code) => CodeInput::Code(code),
            Err(_) => CodeInput::Invalid(format!("{v}, which is too large")),
        })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<CodeInput, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Ok(CodeInput::Invalid(format!("the negative number {v}"))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<CodeInput, E> {
        Ok(CodeInput::Invalid(format!("the non-integer number {v}")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<CodeInput, E> {
        Ok(CodeInput::from_text(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<CodeInput, E> {
        Ok(CodeInput::Invalid(format!("the boolean {v}")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<CodeInput, E> {
        Ok(CodeInput::Invalid("null".to_owned()))
    }

    fn visit_none<E: de::Error>(self) -> Result<CodeInput, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CodeInput, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(CodeInput::Invalid("a list".to_owned()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CodeInput, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(CodeInput::Invalid("an object".to_owned()))
    }
}

/// The readiness `next_action` codes (spec readiness.md) the catalogue may point at.
pub const READINESS_NEXT_ACTIONS: [&str; 22] = [
    "create_customer_profile",
    "complete_customer_profile",
    "wait_customer_profile_review",
    "fix_customer_profile",
    "register_brand",
    "wait_brand_review",
    "verify_brand_otp",
    "fix_brand",
    "contact_support",
    "create_messaging_service",
    "add_number_to_messaging_service",
    "create_campaign",
    "wait_campaign_review",
    "fix_campaign",
    "wait_number_registration",
    "retry_number_registration",
    "submit_tollfree_verification",
    "wait_tollfree_review",
    "edit_tollfree_verification",
    "resubmit_tollfree_verification",
    "configure_voice_webhook",
    "enable_capability",
];

#[cfg(test)]
mod tests;
