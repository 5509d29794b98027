//! `deliverability`: a batch of message outcomes summed into a dashboard snapshot.
//!
//! Input rows are `{status?, error_code?, count?}`, so both shapes the spec names fit one
//! list: a status callback outcome is `{status, error_code?}` (count 1), an aggregated row is
//! `{error_code, count}` (no status means the messages failed with that code), and
//! `{status, count}` aggregates by status. A row needs a status or an error code.
//!
//! Where each status goes (Twilio's status callback values, matched case-insensitively):
//!
//! | outcome | statuses | in the rate's denominator |
//! |---|---|---|
//! | delivered | `delivered`, `read` | yes (and the numerator) |
//! | partially_delivered | `partially_delivered` | yes, not delivered |
//! | failed | `undelivered`, `failed`, or no status with an `error_code` | yes |
//! | awaiting_receipt | `sent` (handed to the carrier, no receipt yet) | no |
//! | in_flight | `queued`, `accepted`, `scheduled`, `sending` | no |
//! | canceled | `canceled` | no |
//! | inbound | `receiving`, `received` | no |
//! | other | any status Twilio may add later | no; named in `unknown_statuses` |
//!
//! `delivery_rate` = delivered / settled, where settled = delivered + partially_delivered +
//! failed: only messages whose fate is known. It is `null` when nothing has settled. A
//! category's `rate` is its failed messages over the same denominator, so the delivery
//! rate, the partial rate and the category rates add up to 1 (up to rounding). Rates are
//! rounded half-up to 4 decimal places with integer arithmetic, so they print the same in
//! every build (native and WebAssembly).
//!
//! Failed messages are grouped by their error code's category; a failure without a code
//! counts as `unknown`. An `error_code` on a row that did not fail is ignored. A row with
//! `count: 0` is validated and then counts nothing. Top actions
//! group failures by category and readiness `next_action` and rank them by messages
//! affected (ties: category order, then next_action).

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::{guidance, Category, Channel, CodeInput};
use crate::Error;

/// A Twilio message status, as status callbacks carry it. New values Twilio may add are
/// kept as `Unknown` (the text as given), never a parse failure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageStatus {
    /// `queued`: accepted by Twilio, waiting to be sent.
    Queued,
    /// `sending`: being handed to the carrier.
    Sending,
    /// `sent`: handed to the carrier; no delivery receipt yet.
    Sent,
    /// `delivered`: the carrier confirmed delivery.
    Delivered,
    /// `undelivered`: the carrier reported it could not deliver (counts as failed).
    Undelivered,
    /// `failed`: the message could not be sent (counts as failed).
    Failed,
    /// `read`: delivered and read (channels with read receipts); counts as delivered.
    Read,
    /// `accepted`: accepted by a Messaging Service, not yet queued.
    Accepted,
    /// `scheduled`: scheduled to be sent later.
    Scheduled,
    /// `canceled`: a scheduled message that was canceled before sending.
    Canceled,
    /// `receiving`: an inbound message being received.
    Receiving,
    /// `received`: an inbound message that was received.
    Received,
    /// `partially_delivered`: only some parts of the message were delivered.
    PartiallyDelivered,
    /// Any other status string (one Twilio may add later), kept as given (trimmed).
    Unknown(String),
}

impl MessageStatus {
    /// The statuses this version knows, as Twilio spells them.
    pub(crate) const KNOWN: [(&'static str, MessageStatus); 13] = [
        ("delivered", MessageStatus::Delivered),
        ("undelivered", MessageStatus::Undelivered),
        ("failed", MessageStatus::Failed),
        ("sent", MessageStatus::Sent),
        ("queued", MessageStatus::Queued),
        ("sending", MessageStatus::Sending),
        ("read", MessageStatus::Read),
        ("accepted", MessageStatus::Accepted),
        ("scheduled", MessageStatus::Scheduled),
        ("canceled", MessageStatus::Canceled),
        ("receiving", MessageStatus::Receiving),
        ("received", MessageStatus::Received),
        ("partially_delivered", MessageStatus::PartiallyDelivered),
    ];

    /// Parses a status as Twilio spells it, ignoring case and surrounding spaces.
    pub fn parse(text: &str) -> Self {
        let trimmed = text.trim();
        Self::KNOWN
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(trimmed))
            .map_or_else(
                || MessageStatus::Unknown(trimmed.to_owned()),
                |(_, status)| status.clone(),
            )
    }

    /// The status as Twilio spells it (an unknown one as given).
    pub fn as_str(&self) -> &str {
        match self {
            MessageStatus::Queued => "queued",
            MessageStatus::Sending => "sending",
            MessageStatus::Sent => "sent",
            MessageStatus::Delivered => "delivered",
            MessageStatus::Undelivered => "undelivered",
            MessageStatus::Failed => "failed",
            MessageStatus::Read => "read",
            MessageStatus::Accepted => "accepted",
            MessageStatus::Scheduled => "scheduled",
            MessageStatus::Canceled => "canceled",
            MessageStatus::Receiving => "receiving",
            MessageStatus::Received => "received",
            MessageStatus::PartiallyDelivered => "partially_delivered",
            MessageStatus::Unknown(raw) => raw,
        }
    }

    /// Where a message with this status counts in the snapshot (see the module docs).
    pub fn outcome(&self) -> Outcome {
        match self {
            MessageStatus::Delivered | MessageStatus::Read => Outcome::Delivered,
            MessageStatus::PartiallyDelivered => Outcome::PartiallyDelivered,
            MessageStatus::Undelivered | MessageStatus::Failed => Outcome::Failed,
            MessageStatus::Sent => Outcome::AwaitingReceipt,
            MessageStatus::Queued
            | MessageStatus::Accepted
            | MessageStatus::Scheduled
            | MessageStatus::Sending => Outcome::InFlight,
            MessageStatus::Canceled => Outcome::Canceled,
            MessageStatus::Receiving | MessageStatus::Received => Outcome::Inbound,
            MessageStatus::Unknown(_) => Outcome::Other,
        }
    }
}

impl Serialize for MessageStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MessageStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatusVisitor;
        impl Visitor<'_> for StatusVisitor {
            type Value = MessageStatus;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a Twilio message status string such as \"delivered\" or \"undelivered\"",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<MessageStatus, E> {
                Ok(MessageStatus::parse(v))
            }
        }
        deserializer.deserialize_str(StatusVisitor)
    }
}

/// Where a message counts in the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Delivered (`delivered`, `read`).
    Delivered,
    /// Partly delivered (`partially_delivered`); settled but not counted as delivered.
    PartiallyDelivered,
    /// Failed (`undelivered`, `failed`, or a row with only an error code).
    Failed,
    /// Handed to the carrier (`sent`), no receipt yet; not settled.
    AwaitingReceipt,
    /// Not yet handed to the carrier (`queued`, `accepted`, `scheduled`, `sending`); not settled.
    InFlight,
    /// Canceled before sending (`canceled`); not settled.
    Canceled,
    /// Inbound messages (`receiving`, `received`); not settled.
    Inbound,
    /// A status telrules does not know; listed in `unknown_statuses`, not settled.
    Other,
}

/// One input row: a single outcome, or an aggregate when `count` is given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct OutcomeRow {
    /// Twilio's message status; absent on aggregated failure rows.
    #[serde(default)]
    pub status: Option<MessageStatus>,
    /// The error code the message failed with, if any.
    #[serde(default)]
    pub error_code: Option<CodeInput>,
    /// How many messages the row stands for; default 1.
    #[serde(default)]
    pub count: Option<u64>,
}

/// Arguments of `deliverability`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct DeliverabilityArgs {
    /// The message outcomes to sum: single status callbacks or aggregate rows, in any mix.
    pub messages: Vec<OutcomeRow>,
    /// The channel the messages went out on, for codes not in the catalogue.
    #[serde(default)]
    pub channel: Option<Channel>,
}

/// Failures with one error code (`null`: failed without a code).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CodeCount {
    /// The Twilio error code, or null for failures reported without a code.
    pub code: Option<u32>,
    /// Number of failed messages with this code.
    pub messages: u64,
}

/// Failures in one category.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CategoryCount {
    /// The failure category (a failure without a code counts as `unknown`).
    pub category: Category,
    /// Number of failed messages in this category.
    pub messages: u64,
    /// messages / settled, 4 decimal places.
    pub rate: f64,
    /// The codes behind it, most messages first.
    pub codes: Vec<CodeCount>,
}

/// One thing to do, with the failed messages it would have saved.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct TopAction {
    /// "Register your business for US texting: 42 messages blocked".
    pub summary: String,
    /// The action on its own: "Register your business for US texting".
    pub headline: Cow<'static, str>,
    /// The failure category the action addresses.
    pub category: Category,
    /// The readiness step that fixes it, if one does.
    pub next_action: Option<Cow<'static, str>>,
    /// Number of failed messages the action addresses.
    pub messages: u64,
    /// The error codes behind it, ascending.
    pub codes: Vec<u32>,
}

/// Messages whose status telrules does not know.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct StatusCount {
    /// The status string as given.
    pub status: String,
    /// Number of messages reported with this status.
    pub messages: u64,
}

/// Result of `deliverability`. `total` = delivered + partially_delivered + failed +
/// awaiting_receipt + in_flight + canceled + inbound + other, and the categories' messages
/// add up to `failed`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DeliverabilityResult {
    /// All messages counted (the sum of every outcome count below).
    pub total: u64,
    /// Messages delivered (`delivered`, `read`).
    pub delivered: u64,
    /// Messages partly delivered (`partially_delivered`).
    pub partially_delivered: u64,
    /// Messages that failed (`undelivered`, `failed`, or only an error code given).
    pub failed: u64,
    /// Messages handed to the carrier without a receipt yet (`sent`).
    pub awaiting_receipt: u64,
    /// Messages not yet handed to the carrier (`queued`, `accepted`, `scheduled`, `sending`).
    pub in_flight: u64,
    /// Messages canceled before sending.
    pub canceled: u64,
    /// Inbound messages (`receiving`, `received`); not part of any rate.
    pub inbound: u64,
    /// Messages with a status telrules does not know (see `unknown_statuses`).
    pub other: u64,
    /// delivered + partially_delivered + failed: the rates' denominator.
    pub settled: u64,
    /// delivered / settled, 4 decimal places; `null` when nothing has settled.
    pub delivery_rate: Option<f64>,
    /// Failed messages per category, most first.
    pub categories: Vec<CategoryCount>,
    /// Actions ranked by the failed messages they address.
    pub top_actions: Vec<TopAction>,
    /// Statuses counted under `other`, alphabetically.
    pub unknown_statuses: Vec<StatusCount>,
}

/// A group of failures with one fix: their category and readiness step.
type ActionKey = (Category, Option<&'static str>);

#[derive(Default)]
struct Tally {
    total: u64,
    delivered: u64,
    partially_delivered: u64,
    failed: u64,
    awaiting_receipt: u64,
    in_flight: u64,
    canceled: u64,
    inbound: u64,
    other: u64,
}

fn add(counter: &mut u64, n: u64) -> Result<(), Error> {
    *counter = counter.checked_add(n).ok_or_else(|| {
        Error::invalid_value(
            "messages",
            format!(
                "the counts add up to more than {} messages, the most a snapshot can hold",
                u64::MAX
            ),
        )
    })?;
    Ok(())
}

/// The rate n / d rounded half-up to 4 decimal places (0 when d is 0).
pub fn rate(n: u64, d: u64) -> f64 {
    if d == 0 {
        return 0.0;
    }
    let d = u128::from(d);
    let basis_points = (u128::from(n) * 10_000 + d / 2) / d;
    // n <= d in every use, so this is at most 10,000; the fallback keeps it total.
    f64::from(u32::try_from(basis_points).unwrap_or(u32::MAX)) / 10_000.0
}

/// Sums a batch of message outcomes into the deliverability snapshot. Linear in the rows
/// (plus sorting the distinct codes). Fails only on a row with neither status nor error
/// code, an `error_code` that is not a code, or counts adding up past `u64::MAX`.
pub fn deliverability(args: &DeliverabilityArgs) -> Result<DeliverabilityResult, Error> {
    let mut tally = Tally::default();
    let mut failures: BTreeMap<Option<u32>, u64> = BTreeMap::new();
    let mut unknown: BTreeMap<&str, u64> = BTreeMap::new();
    for (index, row) in args.messages.iter().enumerate() {
        let count = row.count.unwrap_or(1);
        let code = match &row.error_code {
            Some(CodeInput::Code(code)) => Some(*code),
            Some(invalid) => Some(invalid.code(&format!("messages[{index}].error_code"))?),
            None => None,
        };
        let outcome = match (&row.status, code) {
            (Some(status), _) => status.outcome(),
            (None, Some(_)) => Outcome::Failed,
            (None, None) => {
                return Err(Error::invalid_value(
                    format!("messages[{index}]"),
                    "a row needs a status (\"delivered\", \"undelivered\", ...), an error_code, or both",
                ))
            }
        };
        if count == 0 {
            continue;
        }
        add(&mut tally.total, count)?;
        let counter = match outcome {
            Outcome::Delivered => &mut tally.delivered,
            Outcome::PartiallyDelivered => &mut tally.partially_delivered,
            Outcome::Failed => {
                add(failures.entry(code).or_insert(0), count)?;
                &mut tally.failed
            }
            Outcome::AwaitingReceipt => &mut tally.awaiting_receipt,
            Outcome::InFlight => &mut tally.in_flight,
            Outcome::Canceled => &mut tally.canceled,
            Outcome::Inbound => &mut tally.inbound,
            Outcome::Other => {
                if let Some(status) = &row.status {
                    add(unknown.entry(status.as_str()).or_insert(0), count)?;
                }
                &mut tally.other
            }
        };
        add(counter, count)?;
    }
    // Each count is at most `total`, so these sums cannot overflow.
    let settled = tally
        .delivered
        .saturating_add(tally.partially_delivered)
        .saturating_add(tally.failed);

    let mut categories: BTreeMap<Category, (u64, Vec<CodeCount>)> = BTreeMap::new();
    let mut actions: BTreeMap<ActionKey, (u64, Vec<u32>)> = BTreeMap::new();
    for (code, messages) in failures {
        let (category, next_action) = match code {
            Some(code) => {
                let g = guidance(code, args.channel);
                (g.category, g.next_action)
            }
            None => (Category::Unknown, None),
        };
        let entry = categories.entry(category).or_default();
        entry.0 = entry.0.saturating_add(messages);
        entry.1.push(CodeCount { code, messages });
        let action = actions.entry((category, next_action)).or_default();
        action.0 = action.0.saturating_add(messages);
        if let Some(code) = code {
            action.1.push(code);
        }
    }

    let mut categories: Vec<CategoryCount> = categories
        .into_iter()
        .map(|(category, (messages, mut codes))| {
            // One entry per code: an unstable sort gives the same order.
            codes.sort_unstable_by(|a, b| {
                b.messages
                    .cmp(&a.messages)
                    .then(a.code.is_none().cmp(&b.code.is_none()))
                    .then(a.code.cmp(&b.code))
            });
            CategoryCount {
                category,
                messages,
                rate: rate(messages, settled),
                codes,
            }
        })
        .collect();
    // Stable sort: ties stay in category order.
    crate::small_sort::sort_short_by_key(&mut categories, |c| Reverse(c.messages));

    let mut top_actions: Vec<TopAction> = actions
        .into_iter()
        .map(|((category, next_action), (messages, codes))| {
            let (headline, verb) = headline(category, next_action);
            TopAction {
                summary: format!(
                    "{headline}: {messages} {} {verb}",
                    if messages == 1 { "message" } else { "messages" }
                ),
                headline: Cow::Borrowed(headline),
                category,
                next_action: next_action.map(Cow::Borrowed),
                messages,
                codes,
            }
        })
        .collect();
    crate::small_sort::sort_short_by_key(&mut top_actions, |a| Reverse(a.messages));

    Ok(DeliverabilityResult {
        total: tally.total,
        delivered: tally.delivered,
        partially_delivered: tally.partially_delivered,
        failed: tally.failed,
        awaiting_receipt: tally.awaiting_receipt,
        in_flight: tally.in_flight,
        canceled: tally.canceled,
        inbound: tally.inbound,
        other: tally.other,
        settled,
        delivery_rate: (settled > 0).then(|| rate(tally.delivered, settled)),
        categories,
        top_actions,
        unknown_statuses: unknown
            .into_iter()
            .map(|(status, messages)| StatusCount {
                status: status.to_owned(),
                messages,
            })
            .collect(),
    })
}

/// The short action that fixes failures of a category (and readiness step, if any):
/// "Register your business for US texting". The headline of a top action.
pub fn action_headline(category: Category, next_action: Option<&str>) -> &'static str {
    headline(category, next_action).0
}

/// The short action for a group of failures and the verb for what happened to them.
fn headline(category: Category, next_action: Option<&str>) -> (&'static str, &'static str) {
    let verb = match category {
        Category::NotRegistered => "blocked",
        Category::OptedOut => "refused by the recipient",
        Category::InvalidRecipient | Category::LandlineOrUnreachableCarrier => "undeliverable",
        Category::RecipientUnreachable => "not delivered",
        Category::ContentFiltered => "filtered",
        Category::CarrierLimit | Category::RateLimit => "held back",
        Category::Pricing | Category::WhatsappWindow => "not sent",
        Category::AccountConfig
        | Category::SenderConfig
        | Category::Media
        | Category::Webhook
        | Category::PlatformError
        | Category::Unknown => "failed",
    };
    let by_step = match next_action {
        Some("register_brand") => Some("Register your business for US texting"),
        Some("submit_tollfree_verification") => Some("Verify your toll-free number"),
        Some("edit_tollfree_verification") | Some("resubmit_tollfree_verification") => {
            Some("Fix your toll-free verification")
        }
        Some("wait_number_registration") => Some("Finish your number's texting registration"),
        Some("fix_campaign") => Some("Fix your texting campaign"),
        Some("fix_brand") => Some("Fix your business registration"),
        Some("fix_customer_profile") => Some("Fix your business profile"),
        Some("contact_support") => Some("Contact Twilio support about your account"),
        Some("create_messaging_service") => Some("Set up your Messaging Service"),
        Some("add_number_to_messaging_service") => Some("Add a number to your Messaging Service"),
        Some("enable_capability") => Some("Turn on texting or pictures for your number"),
        Some(_) => Some("Complete your texting setup"),
        None => None,
    };
    let by_category = match category {
        Category::NotRegistered => "Register your sender where the carrier requires it",
        Category::OptedOut => "Stop texting people who opted out or blocked you",
        Category::InvalidRecipient => "Remove invalid numbers from your contact list",
        Category::LandlineOrUnreachableCarrier => "Call landlines instead of texting them",
        Category::RecipientUnreachable => "Retry phones that were out of reach",
        Category::ContentFiltered => "Reword messages that carriers filter",
        Category::CarrierLimit => "Spread sending to stay under carrier limits",
        Category::RateLimit => "Send more slowly",
        Category::AccountConfig => "Fix your Twilio account settings",
        Category::SenderConfig => "Fix how your system sends messages",
        Category::Media => "Fix picture and file attachments",
        Category::Pricing => "Raise or remove your max price",
        Category::WhatsappWindow => "Use approved templates after 24 hours of silence",
        Category::Webhook => "Fix your app's webhook",
        Category::PlatformError => "Resend messages Twilio could not process",
        Category::Unknown => "Look into failures without a known cause",
    };
    (by_step.unwrap_or(by_category), verb)
}
