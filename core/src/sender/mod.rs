//! Sender selection: for one outbound message, which of the organisation's numbers sends
//! it, by which path (the Messaging Service with a specific From number, or direct), now or
//! later, or not at all and why.
//!
//! Inputs: the recipient (`to`, consent, when they last wrote in, their state/province),
//! the channel and message class, the organisation's numbers (each the readiness facts of
//! one number, nested under `number`, plus who it is assigned to and whether it is the
//! company default), the caller's preferences (an explicit pick, the user sending, the
//! contact's last number, area-code matching), the organisation's registrations and `now`.
//! Nothing is looked up: readiness ([`crate::readiness`]) decides whether a number can text
//! the recipient's market, quiet hours ([`crate::hours::send_window_at`]) decide when
//! marketing may go, and segments ([`crate::segments`]) count the body. There are no data
//! tables of its own.
//!
//! Order of checks (the first that decides wins):
//! 1. Validation: `to`, every number, the preferred numbers and `recipient_region` must
//!    read, and no number may be listed twice; otherwise an `invalid_value` error naming
//!    the field.
//! 2. Consent: `opted_out` blocks every channel and class (`recipient_opted_out`);
//!    `unknown` blocks `marketing` (`marketing_requires_consent`). The single opt-out
//!    confirmation is not sent through this op (it comes from `handle_inbound`).
//! 3. Channel and destination, before any sender is chosen: WhatsApp outside 24 hours of
//!    the recipient's last inbound message (or with none) -> `whatsapp_template_required`;
//!    MMS outside the US and Canada -> `mms_unsupported_destination`, or sent as SMS with
//!    the warning `mms_sent_as_sms` when `allow_sms_fallback` is set; SMS outside the US and
//!    Canada -> `destination_not_supported` (readiness only answers for US and Canadian
//!    recipients and the sources give no registration rule elsewhere, so we do not guess).
//! 4. Sender: `explicit_from` is used or the message is blocked with the reason
//!    (`explicit_from_not_found`, `explicit_from_not_ready` with the readiness next action,
//!    `explicit_from_missing_capability`), never swapped. Otherwise the candidates in order:
//!    the user's primary number (their first listed number), `last_used_from` (sticky
//!    sender), numbers with the recipient's area code (when `area_code_match`), the org
//!    default, then every other number in list order. The first usable one sends; a
//!    preferred candidate that is skipped leaves a warning naming the number and why.
//!    Nothing usable -> `no_usable_sender` with the next action of the most preferred number
//!    that has one (and `next_action_for` naming that number).
//! 5. Quiet hours: `marketing` outside the recipient's window -> `defer` with `defer_until`
//!    (send_window's `next_allowed_at`, the chosen sender kept); no window within 366 days
//!    -> `no_send_window`.
//!
//! Usable means: SMS: readiness `ready` for the recipient's market (US or CA), which
//! includes the SMS capability. MMS: the same plus `capabilities.mms`. WhatsApp: a
//! registered WhatsApp sender (`capabilities.whatsapp: true`); US A2P (10DLC) and toll-free
//! registration govern carrier SMS/MMS, not WhatsApp, so WhatsApp ignores the texting
//! readiness and the recipient's country.
//!
//! Path: a number in a Messaging Service (`messaging_service_sid` set) sends with that
//! service's SID plus the number as From (keeps the number's identity, inherits the
//! campaign); others send direct. `from` is the plain number: for WhatsApp the caller adds
//! Twilio's `whatsapp:` prefix. `segments`/`encoding` are given when a `body` is given and
//! the message goes as SMS (MMS and WhatsApp are not billed by SMS segment).
//!
//! ```
//! use telrules::sender::{select_sender, SelectSenderArgs};
//!
//! let args: SelectSenderArgs = serde_json::from_value(serde_json::json!({
//!     "to": "+14155550199", "channel": "sms", "message_class": "informational",
//!     "numbers": [{"number": {"phone_number": "+18335550100", "capabilities": {"sms": true},
//!                  "tollfree_verification": {"status": "TWILIO_APPROVED"}}}],
//!     "recipient": {"consent": "subscribed"},
//!     "now": "2026-11-21T18:00:00Z"
//! })).unwrap();
//! let answer = select_sender(&args).unwrap();
//! assert_eq!(answer.decision, telrules::sender::DecisionKind::Send);
//! assert_eq!(answer.from.as_deref(), Some("+18335550100"));
//! ```

mod select;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::content::{
    check_message, CheckMessageArgs, CheckMessageResult, Media, MessageCampaign, MessageChannel,
    MessageOrg, SenderType,
};
use crate::hours::{MessageClass, Policy};
use crate::phone::PhoneKind;
use crate::readiness::{NextAction, NumberFacts, OrgFacts};
use crate::segments::Encoding;
use crate::Error;

pub use select::{select, BlockReason, Decision, Selection, Sender};

/// The channel a message goes out on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SendChannel {
    /// A text message (SMS).
    Sms,
    /// A picture/media message (MMS); US and Canadian recipients only.
    Mms,
    /// A WhatsApp message (needs a registered WhatsApp sender).
    Whatsapp,
}

/// The recipient's messaging consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// The recipient agreed to receive messages and has not opted out.
    Subscribed,
    /// The recipient opted out: every message is blocked.
    OptedOut,
    /// No consent on record: marketing is blocked, other classes may go.
    Unknown,
}

/// One of the organisation's numbers: its readiness facts plus who uses it.
///
/// Shape: `{"number": {readiness number facts}, "assigned_user": "u1", "is_default": true}`.
/// The facts are nested (not merged into the same object) so that this wrapper can reject
/// unknown fields while the number object, like `readiness`'s, passes Twilio's
/// IncomingPhoneNumber fields through.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct SenderNumber {
    /// The number's readiness facts, as `readiness` takes them (Twilio's
    /// IncomingPhoneNumber fields pass through).
    pub number: NumberFacts,
    /// The user whose own line this is; the first number listed for a user is their
    /// primary number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_user: Option<String>,
    /// The company default number (the first one marked wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
}

/// What the caller would like, most binding first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "SenderPreference"))]
#[serde(deny_unknown_fields)]
pub struct Preference {
    /// A number the user picked: used as is or the message is blocked, never swapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_from: Option<String>,
    /// Send as this user: their primary number comes first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The number this contact last talked to (sticky sender).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_from: Option<String>,
    /// Prefer a number with the recipient's area code.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub area_code_match: bool,
}

/// What is known about the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "SenderRecipient"))]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The recipient's consent to receive messages.
    pub consent: Consent,
    /// When the recipient last wrote in (WhatsApp's 24-hour customer-service window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_inbound_at: Option<DateTime<FixedOffset>>,
    /// State/province code of the recipient's address, for quiet hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_region: Option<String>,
}

/// Arguments of `select_sender`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct SelectSenderArgs {
    /// The recipient, E.164 or typed (US assumed without a country code).
    pub to: String,
    /// The channel to send on.
    pub channel: SendChannel,
    /// What kind of message it is; `marketing` needs consent and respects quiet hours.
    pub message_class: MessageClass,
    /// The message text, for segment counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(default)]
    /// The organisation's numbers, in the order to fall back on.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub numbers: Vec<SenderNumber>,
    #[serde(default)]
    /// The caller's preferences (explicit pick, user, sticky sender, area code).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub preference: Preference,
    /// What is known about the recipient.
    pub recipient: Recipient,
    #[serde(default)]
    /// The organisation's registrations (business profile, brand, Messaging Services), as
    /// `readiness` takes them.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub org: OrgFacts,
    /// The current instant (RFC 3339 with offset); decides quiet hours and the WhatsApp window.
    pub now: DateTime<FixedOffset>,
    /// MMS to a recipient outside the US/CA goes as SMS (with a warning) instead of being
    /// blocked.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub allow_sms_fallback: bool,
    /// Quiet-hours policy for marketing (`strictest` by default).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub policy: Policy,
    /// Also check `body` with `check_message` and return its answer as `message_check`
    /// (opt-in; `{}` checks with no extra context).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_message: Option<MessageCheckContext>,
}

/// What `check_message` needs beyond what `select_sender` already has (`body`, `to`,
/// `message_class`, the channel and the chosen number's type).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct MessageCheckContext {
    /// The first text to this contact (must identify the sender and say how to opt out).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub first_message: bool,
    /// The organisation's name and domain, for sender identification and link branding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<MessageOrg>,
    /// What the A2P campaign declared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<MessageCampaign>,
    /// The MMS media (checked when the message goes as MMS).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub media: Vec<Media>,
}

/// The three outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// Send now, from `from`.
    Send,
    /// Send later, at `defer_until` (quiet hours), from `from`.
    Defer,
    /// Do not send; `reason` says why.
    Block,
}

/// How the message reaches Twilio.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SendPath {
    /// `MessagingServiceSid` plus `From`.
    MessagingService,
    /// `From` only.
    Direct,
}

/// Which candidate rule picked the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SelectedBy {
    /// The number the user picked (`explicit_from`).
    ExplicitFrom,
    /// The sending user's primary number.
    UserPrimary,
    /// The number this contact last talked to (`last_used_from`).
    StickySender,
    /// A number with the recipient's area code.
    AreaCodeMatch,
    /// The organisation's default number.
    OrgDefault,
    /// The first other usable number, in list order.
    AnyReadyNumber,
}

impl SelectedBy {
    /// The contract's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            SelectedBy::ExplicitFrom => "explicit_from",
            SelectedBy::UserPrimary => "user_primary",
            SelectedBy::StickySender => "sticky_sender",
            SelectedBy::AreaCodeMatch => "area_code_match",
            SelectedBy::OrgDefault => "org_default",
            SelectedBy::AnyReadyNumber => "any_ready_number",
        }
    }
}

/// Something the caller should know even though the decision stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "SenderWarning"))]
pub struct Warning {
    /// Stable machine code (`user_number_skipped`, `sticky_sender_skipped`,
    /// `area_code_number_skipped`, `default_number_skipped`, `user_has_no_number`,
    /// `sticky_sender_not_found`, `no_area_code_match`, `mms_sent_as_sms`).
    pub code: String,
    /// The same in plain words.
    pub message: String,
}

/// Result of `select_sender` (the flat contract shape of a [`Selection`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SelectSenderResult {
    /// Whether the message is sent now, deferred or blocked.
    pub decision: DecisionKind,
    /// Send: the rule that picked the sender (as `selected_by`). Defer: `quiet_hours`.
    /// Block: the [`BlockReason`] code.
    pub reason: String,
    /// The sender's number (E.164, a short code's digits); null when blocked.
    pub from: Option<String>,
    /// The Messaging Service to send through with `from`; null on the direct path.
    pub messaging_service_sid: Option<String>,
    /// Null when blocked.
    pub path: Option<SendPath>,
    /// The channel the message goes on (`sms` after an MMS fallback).
    pub channel: SendChannel,
    /// The candidate rule that chose `from`; null when blocked.
    pub selected_by: Option<SelectedBy>,
    /// Defer: the earliest instant the message may go (UTC, RFC 3339).
    pub defer_until: Option<String>,
    /// Block for lack of a usable sender: the readiness step that would fix it.
    pub next_action: Option<NextAction>,
    /// The number `next_action` is for.
    pub next_action_for: Option<String>,
    /// Things the caller should know (skipped preferred numbers, MMS sent as SMS); empty when none.
    pub warnings: Vec<Warning>,
    /// SMS segments of `body` (null without a body or when not sent as SMS).
    pub segments: Option<u32>,
    /// Encoding of `body` (`GSM-7` or `UCS-2`); null when `segments` is.
    pub encoding: Option<Encoding>,
    /// `check_message`'s answer for `body` when `check_message` was asked for and the
    /// message goes as SMS or MMS (absent otherwise). Its findings never change the
    /// decision: the caller decides whether an `error` finding stops the send.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub message_check: Option<CheckMessageResult>,
}

/// `select_sender`: the decision for one outbound message.
pub fn select_sender(args: &SelectSenderArgs) -> Result<SelectSenderResult, Error> {
    let mut result = select(args).map(Selection::into_result)?;
    if let Some(context) = &args.check_message {
        result.message_check = message_check(args, context, &result)?;
    }
    Ok(result)
}

/// Runs `check_message` for the channel the message actually goes on; WhatsApp has other
/// content rules, so it gets none.
fn message_check(
    args: &SelectSenderArgs,
    context: &MessageCheckContext,
    result: &SelectSenderResult,
) -> Result<Option<CheckMessageResult>, Error> {
    let Some(body) = &args.body else {
        return Err(Error::invalid_value(
            "body",
            "check_message needs the message body: give `body`, or leave `check_message` out",
        ));
    };
    let channel = match result.channel {
        SendChannel::Sms => MessageChannel::Sms,
        SendChannel::Mms => MessageChannel::Mms,
        SendChannel::Whatsapp => return Ok(None),
    };
    let sender_type = result
        .from
        .as_deref()
        .and_then(|from| crate::phone::parse(from, "US").ok())
        .map(|p| match p.kind {
            PhoneKind::TollFree => SenderType::TollFree,
            PhoneKind::ShortCode => SenderType::ShortCode,
            _ => SenderType::Local,
        });
    let check = CheckMessageArgs {
        body: body.clone(),
        channel,
        media: if channel == MessageChannel::Mms {
            context.media.clone()
        } else {
            Vec::new()
        },
        first_message: context.first_message,
        message_class: args.message_class,
        org: context.org.clone(),
        campaign: context.campaign.clone(),
        sender_type,
        to: Some(args.to.clone()),
    };
    // `body` and `to` are this op's own fields; the rest came from the context.
    check_message(&check).map(Some).map_err(|e| match e.path() {
        "body" | "to" => e,
        _ => e.under("check_message"),
    })
}

#[cfg(test)]
mod tests;
