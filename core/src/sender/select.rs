//! The decision itself (order of checks in the module docs).

use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{
    Consent, DecisionKind, SelectSenderArgs, SelectSenderResult, SelectedBy, SendChannel, SendPath,
    Warning,
};
use crate::hours::{send_window_at, MessageClass, SendWindow, DEFAULT_RESTRICTED};
use crate::phone;
use crate::readiness::{self, Market, NextAction, NumberReadiness, OrgView, State};
use crate::segments::{segments, SegmentsArgs};
use crate::Error;

/// WhatsApp's customer-service window after the recipient's last message.
const WHATSAPP_WINDOW_HOURS: i64 = 24;

/// Why nothing is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum BlockReason {
    /// The recipient opted out (STOP): nothing may be sent on any channel.
    RecipientOptedOut,
    /// Marketing needs the recipient's consent, which is unknown.
    MarketingRequiresConsent,
    /// WhatsApp outside the 24-hour window: only an approved template may go.
    WhatsappTemplateRequired,
    /// MMS reaches US and Canadian recipients only.
    MmsUnsupportedDestination,
    /// SMS to a recipient outside the US and Canada: not decided by these rules.
    DestinationNotSupported,
    /// `explicit_from` is not one of the organisation's numbers.
    ExplicitFromNotFound,
    /// `explicit_from` cannot text the recipient's country yet.
    ExplicitFromNotReady,
    /// `explicit_from` lacks the channel's capability (MMS, WhatsApp sender).
    ExplicitFromMissingCapability,
    /// No number can send this message.
    NoUsableSender,
    /// Marketing: no allowed instant within 366 days (or no time zone for the number).
    NoSendWindow,
}

impl BlockReason {
    /// The contract's snake_case code.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockReason::RecipientOptedOut => "recipient_opted_out",
            BlockReason::MarketingRequiresConsent => "marketing_requires_consent",
            BlockReason::WhatsappTemplateRequired => "whatsapp_template_required",
            BlockReason::MmsUnsupportedDestination => "mms_unsupported_destination",
            BlockReason::DestinationNotSupported => "destination_not_supported",
            BlockReason::ExplicitFromNotFound => "explicit_from_not_found",
            BlockReason::ExplicitFromNotReady => "explicit_from_not_ready",
            BlockReason::ExplicitFromMissingCapability => "explicit_from_missing_capability",
            BlockReason::NoUsableSender => "no_usable_sender",
            BlockReason::NoSendWindow => "no_send_window",
        }
    }
}

/// The chosen sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    /// E.164 (a short code's digits).
    pub from: String,
    /// The Messaging Service to send through with `from`; None on the direct path.
    pub messaging_service_sid: Option<String>,
    /// The candidate rule that picked this number.
    pub selected_by: SelectedBy,
}

/// The decision, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Send now from this sender.
    Send(Sender),
    /// Send later (quiet hours).
    Defer {
        /// The sender to use when the time comes.
        sender: Sender,
        /// `send_window`'s `next_allowed_at`.
        until: String,
    },
    /// Do not send.
    Block {
        /// Why the message is blocked.
        reason: BlockReason,
        /// For a number that is not ready: the readiness step that would fix it.
        next_action: Option<NextAction>,
        /// The number `next_action` is for.
        action_for: Option<String>,
    },
}

/// The decision plus what goes with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Send, defer or block, with what goes with it.
    pub decision: Decision,
    /// The channel the message goes on (after an MMS fallback).
    pub channel: SendChannel,
    /// Things the caller should know even though the decision stands.
    pub warnings: Vec<Warning>,
    /// SMS segments and encoding of the body, when sent as SMS.
    pub body: Option<(u32, crate::segments::Encoding)>,
}

impl Selection {
    /// The flat contract shape.
    pub fn into_result(self) -> SelectSenderResult {
        let (segments, encoding) = match self.body {
            Some((s, e)) => (Some(s), Some(e)),
            None => (None, None),
        };
        let mut out = SelectSenderResult {
            decision: DecisionKind::Block,
            reason: String::new(),
            from: None,
            messaging_service_sid: None,
            path: None,
            channel: self.channel,
            selected_by: None,
            defer_until: None,
            next_action: None,
            next_action_for: None,
            warnings: self.warnings,
            segments,
            encoding,
            message_check: None,
        };
        let put_sender = |out: &mut SelectSenderResult, s: Sender| {
            out.path = Some(if s.messaging_service_sid.is_some() {
                SendPath::MessagingService
            } else {
                SendPath::Direct
            });
            out.from = Some(s.from);
            out.messaging_service_sid = s.messaging_service_sid;
            out.selected_by = Some(s.selected_by);
        };
        match self.decision {
            Decision::Send(s) => {
                out.decision = DecisionKind::Send;
                out.reason = s.selected_by.as_str().to_owned();
                put_sender(&mut out, s);
            }
            Decision::Defer { sender, until } => {
                out.decision = DecisionKind::Defer;
                out.reason = "quiet_hours".to_owned();
                out.defer_until = Some(until);
                put_sender(&mut out, sender);
            }
            Decision::Block {
                reason,
                next_action,
                action_for,
            } => {
                out.reason = reason.as_str().to_owned();
                out.next_action = next_action;
                out.next_action_for = action_for;
            }
        }
        out
    }
}

/// Why a candidate cannot send.
enum Unusable<'a> {
    NotReady(&'a readiness::Channel),
    NoMms,
    NoWhatsapp,
}

/// One evaluated number.
struct Candidate {
    readiness: NumberReadiness,
    messaging_service_sid: Option<String>,
    mms: bool,
    whatsapp: bool,
}

struct Context {
    channel: SendChannel,
    market: Option<Market>,
}

impl Context {
    fn unusable<'c>(&self, c: &'c Candidate) -> Option<Unusable<'c>> {
        match self.channel {
            SendChannel::Whatsapp => (!c.whatsapp).then_some(Unusable::NoWhatsapp),
            SendChannel::Sms | SendChannel::Mms => {
                // Only reached with a US/CA market (checked before selection).
                let market = self.market.unwrap_or(Market::Us);
                let ch = c.readiness.messaging_to(market);
                if !ch.is_ready() {
                    Some(Unusable::NotReady(ch))
                } else if self.channel == SendChannel::Mms && !c.mms {
                    Some(Unusable::NoMms)
                } else {
                    None
                }
            }
        }
    }

    /// One sentence: why the candidate cannot send.
    fn why(&self, u: &Unusable<'_>) -> String {
        let country = match self.market {
            Some(Market::Ca) => "Canadian",
            _ => "US",
        };
        match u {
            Unusable::NotReady(ch) => {
                let state = match ch.state {
                    State::Pending => "still being set up",
                    State::ActionRequired => "a setup step is needed",
                    State::Blocked => "on hold",
                    State::Unsupported | State::Ready => "this number cannot text there",
                };
                match &ch.next_action {
                    Some(a) => format!(
                        "it cannot text {country} customers yet ({state}). {}",
                        a.message
                    ),
                    None => format!("it cannot text {country} customers ({state})."),
                }
            }
            Unusable::NoMms => "it cannot send picture messages (MMS).".to_owned(),
            Unusable::NoWhatsapp => "it is not a registered WhatsApp sender.".to_owned(),
        }
    }

    fn sender(&self, c: &Candidate, selected_by: SelectedBy) -> Sender {
        Sender {
            from: c.readiness.number.clone(),
            messaging_service_sid: c.messaging_service_sid.clone(),
            selected_by,
        }
    }
}

fn block(reason: BlockReason) -> Decision {
    Decision::Block {
        reason,
        next_action: None,
        action_for: None,
    }
}

/// The normalised form of a number given in `preference`, for matching.
fn normalise(input: &str, path: &str) -> Result<String, Error> {
    // Lenient, like `readiness`: a well-formed number the metadata does not list keeps its
    // E.164 form, so it matches the candidate's `number`.
    let parsed = phone::parse_lenient(input, "US").map_err(|_| {
        Error::invalid_value(
            path,
            format!("`{input}` is not a phone number; expected E.164 such as +14155550123 or a short code"),
        )
    })?;
    Ok(parsed
        .e164
        .unwrap_or_else(|| input.chars().filter(char::is_ascii_digit).collect()))
}

/// Decides for `args` (typed form of `select_sender`).
pub fn select(args: &SelectSenderArgs) -> Result<Selection, Error> {
    // 1. Validation.
    let now_utc = args.now.with_timezone(&Utc);
    let window: SendWindow = send_window_at(
        &args.to,
        now_utc,
        args.message_class,
        args.recipient.recipient_region.as_deref(),
        args.policy,
        DEFAULT_RESTRICTED,
    )
    .map_err(|e| {
        if e.path() == "recipient_region" {
            Error::invalid_value("recipient.recipient_region", e.to_string())
        } else {
            e
        }
    })?;
    let to = phone::parse(&args.to, "US").map_err(|e| Error::invalid_value("to", e.to_string()))?;
    let market = to.country.as_deref().and_then(Market::of_country);
    let view = OrgView::new(&args.org);
    let mut numbers = Vec::with_capacity(args.numbers.len());
    let mut seen = std::collections::HashSet::with_capacity(args.numbers.len());
    for (i, n) in args.numbers.iter().enumerate() {
        let r = readiness::evaluate(&n.number, &view, args.now)
            .map_err(|e| e.under(&format!("numbers[{i}].number")))?;
        if !seen.insert(r.number.clone()) {
            return Err(Error::invalid_value(
                format!("numbers[{i}].number.phone_number"),
                format!(
                    "{} is listed twice; list each number once (its facts would be ambiguous)",
                    r.number
                ),
            ));
        }
        let caps = n.number.capabilities.unwrap_or_default();
        numbers.push(Candidate {
            readiness: r,
            messaging_service_sid: n
                .number
                .messaging_service_sid
                .clone()
                .filter(|s| !s.trim().is_empty()),
            mms: caps.mms == Some(true),
            whatsapp: caps.whatsapp == Some(true),
        });
    }
    let pref = &args.preference;
    let explicit = pref
        .explicit_from
        .as_deref()
        .map(|s| normalise(s, "preference.explicit_from"))
        .transpose()?;
    let sticky = pref
        .last_used_from
        .as_deref()
        .map(|s| normalise(s, "preference.last_used_from"))
        .transpose()?;

    let mut channel = args.channel;
    let mut warnings = Vec::new();
    let finish = |decision: Decision,
                  channel: SendChannel,
                  warnings: Vec<Warning>|
     -> Result<Selection, Error> {
        let body = match (&args.body, channel) {
            (Some(text), SendChannel::Sms) => {
                let s = segments(&SegmentsArgs {
                    text: text.clone(),
                    smart_encoding: false,
                });
                Some((s.segments, s.encoding))
            }
            _ => None,
        };
        Ok(Selection {
            decision,
            channel,
            warnings,
            body,
        })
    };

    // 2. Consent.
    match args.recipient.consent {
        Consent::OptedOut => {
            return finish(block(BlockReason::RecipientOptedOut), channel, warnings)
        }
        Consent::Unknown if args.message_class == MessageClass::Marketing => {
            return finish(
                block(BlockReason::MarketingRequiresConsent),
                channel,
                warnings,
            )
        }
        Consent::Subscribed | Consent::Unknown => {}
    }

    // 3. Channel and destination.
    match channel {
        SendChannel::Whatsapp => {
            let open = args.recipient.last_inbound_at.is_some_and(|t| {
                args.now.signed_duration_since(t) < Duration::hours(WHATSAPP_WINDOW_HOURS)
            });
            if !open {
                return finish(
                    block(BlockReason::WhatsappTemplateRequired),
                    channel,
                    warnings,
                );
            }
        }
        SendChannel::Mms if market.is_none() => {
            if !args.allow_sms_fallback {
                return finish(
                    block(BlockReason::MmsUnsupportedDestination),
                    channel,
                    warnings,
                );
            }
            channel = SendChannel::Sms;
            warnings.push(Warning {
                code: "mms_sent_as_sms".to_owned(),
                message: "Picture messages reach only US and Canadian numbers, so this one goes as a plain text without the picture.".to_owned(),
            });
        }
        SendChannel::Mms | SendChannel::Sms => {}
    }
    if channel == SendChannel::Sms && market.is_none() {
        return finish(
            block(BlockReason::DestinationNotSupported),
            channel,
            warnings,
        );
    }

    let cx = Context { channel, market };
    let find = |e164: &str| numbers.iter().position(|c| c.readiness.number == e164);

    // 4. Sender.
    let chosen: Result<Sender, Decision> = if let Some(explicit) = explicit {
        match find(&explicit).and_then(|i| numbers.get(i)) {
            None => Err(block(BlockReason::ExplicitFromNotFound)),
            Some(c) => match cx.unusable(c) {
                None => Ok(cx.sender(c, SelectedBy::ExplicitFrom)),
                Some(Unusable::NotReady(ch)) => Err(Decision::Block {
                    reason: BlockReason::ExplicitFromNotReady,
                    next_action: ch.next_action.clone(),
                    action_for: ch.next_action.as_ref().map(|_| explicit.clone()),
                }),
                Some(Unusable::NoMms | Unusable::NoWhatsapp) => {
                    Err(block(BlockReason::ExplicitFromMissingCapability))
                }
            },
        }
    } else {
        let mut order: Vec<(usize, SelectedBy)> = Vec::new();
        if let Some(user) = pref.user_id.as_deref() {
            match args
                .numbers
                .iter()
                .position(|n| n.assigned_user.as_deref() == Some(user))
            {
                Some(i) => order.push((i, SelectedBy::UserPrimary)),
                None => warnings.push(Warning {
                    code: "user_has_no_number".to_owned(),
                    message: format!(
                        "No number is assigned to user `{user}`, so another number sends."
                    ),
                }),
            }
        }
        if let Some(sticky) = &sticky {
            match find(sticky) {
                Some(i) => order.push((i, SelectedBy::StickySender)),
                None => warnings.push(Warning {
                    code: "sticky_sender_not_found".to_owned(),
                    message: format!("{sticky}, the number this contact last talked to, is no longer one of your numbers, so another number sends."),
                }),
            }
        }
        if pref.area_code_match {
            let before = order.len();
            if let Some(area) = to.area_code() {
                for (i, c) in numbers.iter().enumerate() {
                    let number = c.readiness.number.as_str();
                    if number.starts_with("+1") && number.get(2..5) == Some(area) {
                        order.push((i, SelectedBy::AreaCodeMatch));
                    }
                }
            }
            if order.len() == before {
                warnings.push(Warning {
                    code: "no_area_code_match".to_owned(),
                    message: "None of your numbers shares the recipient's area code.".to_owned(),
                });
            }
        }
        if let Some(i) = args.numbers.iter().position(|n| n.is_default == Some(true)) {
            order.push((i, SelectedBy::OrgDefault));
        }
        order.extend((0..numbers.len()).map(|i| (i, SelectedBy::AnyReadyNumber)));

        let mut tried = vec![false; numbers.len()];
        let mut picked = None;
        let mut fix: Option<(&NextAction, &str)> = None;
        for (i, by) in order {
            let (Some(c), Some(seen)) = (numbers.get(i), tried.get_mut(i)) else {
                continue;
            };
            if *seen {
                continue;
            }
            *seen = true;
            match cx.unusable(c) {
                None => {
                    picked = Some(cx.sender(c, by));
                    break;
                }
                Some(u) => {
                    if let (None, Unusable::NotReady(ch)) = (fix, &u) {
                        fix = ch
                            .next_action
                            .as_ref()
                            .map(|a| (a, c.readiness.number.as_str()));
                    }
                    let role = match by {
                        SelectedBy::UserPrimary => {
                            Some(("user_number_skipped", "the sending user's own number"))
                        }
                        SelectedBy::StickySender => Some((
                            "sticky_sender_skipped",
                            "the number this contact last talked to",
                        )),
                        SelectedBy::AreaCodeMatch => Some((
                            "area_code_number_skipped",
                            "a number with the recipient's area code",
                        )),
                        SelectedBy::OrgDefault => {
                            Some(("default_number_skipped", "your default number"))
                        }
                        SelectedBy::ExplicitFrom | SelectedBy::AnyReadyNumber => None,
                    };
                    if let Some((code, what)) = role {
                        warnings.push(Warning {
                            code: code.to_owned(),
                            message: format!(
                                "Skipped {} ({what}): {}",
                                c.readiness.number,
                                cx.why(&u)
                            ),
                        });
                    }
                }
            }
        }
        picked.ok_or_else(|| Decision::Block {
            reason: BlockReason::NoUsableSender,
            next_action: fix.map(|(a, _)| a.clone()),
            action_for: fix.map(|(_, n)| n.to_owned()),
        })
    };
    let sender = match chosen {
        Ok(s) => s,
        Err(decision) => return finish(decision, channel, warnings),
    };

    // 5. Quiet hours.
    let decision = if window.allowed {
        Decision::Send(sender)
    } else {
        match window.next_allowed_at {
            Some(until) => Decision::Defer { sender, until },
            None => block(BlockReason::NoSendWindow),
        }
    };
    finish(decision, channel, warnings)
}
