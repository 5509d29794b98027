//! Outbound content: what carriers filter in a message, what it costs in segments, and what
//! the first text to a contact must say, checked before the message is sent.
//!
//! Filtered messages fail silently (error 30007, and some carriers report them delivered),
//! so [`check_message`] looks at the text, its media and its context (the org, the
//! campaign, the sender type, the recipient's country) and answers findings in the shared
//! [`crate::findings::Finding`] shape, plus the message's segments, encoding and
//! characters (via [`crate::segments`]).
//!
//! [`scan`] is the reusable text scanner behind it (links and shared URL shorteners, phone
//! numbers, the opt-out instruction, name mentions, forbidden-category terms); the
//! registration pre-flight reads campaign samples with it too. Its data (shortener hosts,
//! category terms, opt-out wording, MMS MIME types) lives in `tables.rs`, each list with its
//! source (a URL: Twilio's documentation and help articles first, then vendors').
//!
//! # Severity
//! Each finding's severity is the strength of the rule's source, never more:
//! `error` for hard rules that make Twilio or the carrier refuse the message (over 1,600
//! characters, a shared public shortener, MMS size, count and type limits, age-gated
//! content to Canada), `warning` for policy and documented guidance (sender
//! identification, the opt-out text, branded links, declared links and phone numbers,
//! 320 characters), `info` for cost facts and folklore (UCS-2, several segments, all caps,
//! payment apps). Forbidden-category terms are `warning`: the categories are hard rules at
//! registration, but a word list is only a heuristic at message level.
//!
//! # Rules (stable ids)
//! | rule | severity | when |
//! |---|---|---|
//! | `body_empty` | error | no body (and, for MMS, no media): 21602 / 21619 |
//! | `body_over_1600_characters` | error | Twilio refuses it: 21617 |
//! | `public_url_shortener` | error | a link on a shared public shortener (bit.ly, tinyurl.com, …) |
//! | `age_gated_content_to_canada` | error | alcohol (or gambling) terms to a Canadian number |
//! | `mms_over_5_mb` | error | body plus media over 5 MB: 11751 |
//! | `too_many_media` | error | more than 10 media files: 21623 |
//! | `media_type_not_accepted` | error | a content type Twilio does not accept for MMS |
//! | `media_over_carrier_limit` | error | a non-image file over the smallest carrier limit for the sender type: 30019 |
//! | `body_over_320_characters` | warning | Twilio recommends at most 320 characters |
//! | `link_domain_mismatch` | warning | a link's domain differs from the org's domain |
//! | `link_not_declared` | warning | a link although the campaign declared `has_embedded_links: false` |
//! | `phone_not_declared` | warning | a phone number although the campaign declared `has_embedded_phone: false` |
//! | `missing_sender_identification` | warning | the org's name is not in the text (first message, or any non-conversational message) |
//! | `missing_opt_out` | warning | a first message without a standard opt-out instruction |
//! | `non_standard_opt_out` | warning | an opt-out instruction without a standard keyword ("text 2 to stop") |
//! | `forbidden_content` | warning | terms of a category no age gate allows (sex, tobacco/vape, cannabis/CBD, firearms, high-risk finance, debt relief, get-rich-quick, prescription drugs, fireworks) |
//! | `age_gate_required` | warning | terms of an age-gated category (alcohol, gambling) and the campaign is not declared `age_gated` |
//! | `euro_sign_to_us` | warning | `€` to a US number (an older Twilio guideline) |
//! | `media_over_600_kb` | warning | a non-image file over Twilio's 600 KB recommendation |
//! | `sender_identification_unchecked` | info | a first message and no org name to look for |
//! | `ucs2_encoding` | info | characters that force UCS-2, and what Smart Encoding would save |
//! | `multiple_segments` | info | the body is billed as several segments |
//! | `media_not_transcoded` | info | an accepted type Twilio sends without formatting it for the handset |
//! | `all_caps` | info | mostly capital letters (folklore) |
//! | `repeated_punctuation` | info | `!!` or `??` (folklore) |
//! | `payment_request` | info | a payment app or gift card mention (vendor guidance) |
//!
//! ```
//! use telrules::content::{check_message, CheckMessageArgs};
//!
//! let args: CheckMessageArgs = serde_json::from_value(serde_json::json!({
//!     "body": "Harbor Dental: 20% off whitening this week! bit.ly/hd-white",
//!     "channel": "sms", "first_message": true, "message_class": "marketing",
//!     "org": {"name": "Harbor Dental", "domain": "harbordental.com"}
//! })).unwrap();
//! let answer = check_message(&args).unwrap();
//! let rules: Vec<&str> = answer.findings.iter().map(|f| f.rule.as_str()).collect();
//! assert_eq!(rules, ["public_url_shortener", "missing_opt_out"]);
//! ```

mod check;
pub mod scan;
mod tables;

use serde::{Deserialize, Serialize};

use crate::findings::Finding;
use crate::hours::MessageClass;
use crate::segments::Encoding;
use crate::Error;

pub use check::MAX_BODY_BYTES;

/// The channel a checked message goes on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MessageChannel {
    /// Text only, billed per segment.
    #[default]
    Sms,
    /// Text plus media, billed per message.
    Mms,
}

/// One media file of an MMS.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "MessageMedia"))]
#[serde(deny_unknown_fields)]
pub struct Media {
    /// The file's `Content-Type` (`image/jpeg`).
    pub content_type: String,
    /// The file's size in bytes.
    pub bytes: u64,
}

/// The organisation sending the message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct MessageOrg {
    /// The brand or organisation name the text should carry (sender identification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The organisation's own web domain (or website URL); links should be on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// What the US A2P campaign declared, spelled as Twilio's `UsAppToPerson` resource does.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct MessageCampaign {
    /// The campaign's use case (`MARKETING`, `ACCOUNT_NOTIFICATION`, …); informative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub us_app_to_person_usecase: Option<String>,
    /// Whether the campaign's messages contain links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_embedded_links: Option<bool>,
    /// Whether the campaign's messages contain phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_embedded_phone: Option<bool>,
    /// Whether the campaign is declared age-gated (a real date-of-birth gate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_gated: Option<bool>,
}

/// The kind of number sending the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ContentSenderType"))]
#[serde(rename_all = "snake_case")]
pub enum SenderType {
    /// A 10-digit local number (10DLC).
    Local,
    /// A toll-free number.
    TollFree,
    /// A short code.
    ShortCode,
}

/// Arguments of `check_message`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct CheckMessageArgs {
    /// The message text (at most [`MAX_BODY_BYTES`] bytes of UTF-8).
    pub body: String,
    /// `sms` (default) or `mms`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub channel: MessageChannel,
    /// The media of an MMS (only with `channel: mms`).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub media: Vec<Media>,
    /// The first text to this contact: it must identify the sender and say how to opt out.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub first_message: bool,
    /// `marketing`, `informational` or `conversational`.
    pub message_class: MessageClass,
    /// The sending organisation (name and domain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<MessageOrg>,
    /// What the A2P campaign declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<MessageCampaign>,
    /// `local`, `toll_free` or `short_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_type: Option<SenderType>,
    /// The recipient (E.164 or typed, US assumed without a country code); its country
    /// decides the Canada and US-only rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// What Twilio's Smart Encoding would make of the body.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SmartEncodingEffect {
    /// The encoding after look-alike replacement.
    pub encoding: Encoding,
    /// Segments after look-alike replacement.
    pub segments: u32,
    /// Segments saved (0 when Smart Encoding changes nothing that matters).
    pub saves_segments: u32,
    /// Characters still outside GSM-7 after replacement (emoji, most accented letters).
    pub non_gsm: Vec<String>,
}

/// Result of `check_message`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CheckMessageResult {
    /// Most severe first; a clean message has nothing above `info`.
    pub findings: Vec<Finding>,
    /// SMS segments of the body as written (an MMS is billed per message, not per
    /// segment; this is what the text would cost as SMS).
    pub segments: u32,
    /// The encoding the body needs as written.
    pub encoding: Encoding,
    /// Characters (graphemes; `\r\n` counts two, as Twilio counts it).
    pub characters: u32,
    /// The distinct characters that force UCS-2, in order of first appearance.
    pub non_gsm: Vec<String>,
    /// The same body through Twilio's Smart Encoding.
    pub smart_encoding: SmartEncodingEffect,
}

/// `check_message`: findings, segments and encoding for one outbound message.
///
/// Fails only on unusable input: a body over [`MAX_BODY_BYTES`], media on an SMS, a `to`
/// that is not a phone number, or an org name or domain that is empty.
pub fn check_message(args: &CheckMessageArgs) -> Result<CheckMessageResult, Error> {
    check::check(args)
}

#[cfg(test)]
mod tests;
