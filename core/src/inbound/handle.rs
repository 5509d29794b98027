//! `handle_inbound`: the consent change, the reply and the agent decision for one text.
//!
//! Rules (each is a unit test below and a case in `tests/fixtures/handle_inbound.json`):
//! 1. An opt-out (exact or phrase) records `consent_change: opt_out` unless the contact is
//!    already opted out, and never goes to the agent.
//! 2. At most one confirmation: a repeated opt-out from an opted-out contact gets none.
//!    Phrase opt-outs get the same single confirmation.
//! 3. No reply where someone else sends it: with `sender.advanced_opt_out` Twilio answers
//!    every exact keyword; on a US/Canadian toll-free number the carrier network (and
//!    Twilio's layer) answers Twilio's default STOP and START words. The consent change is
//!    still returned. Nobody else answers a phrase, a French or Spanish keyword on a
//!    toll-free number, or an org's extra keyword there, so telrules replies to those.
//! 4. HELP is answered for subscribed and unknown contacts; not for an opted-out contact
//!    on a toll-free number (the network would not deliver it).
//! 5. An opt-in keyword from an opted-out contact: `consent_change: opt_in` and one
//!    confirmation. From anyone else it is an ordinary message (no change, no auto reply,
//!    delivered to the agent).
//! 6. Ordinary messages: no change, no reply, delivered to the agent, except from an
//!    opted-out contact: the agent may not answer (Twilio refuses messages to opted-out
//!    recipients with error 21610), so the business's staff should read it instead.
//! 7. Replies use the org's template for the classified language, else the built-in one,
//!    else the `language` argument's, else English.
//! 8. A `possible` opt-out (a text that may or may not revoke consent: `why do you keep
//!    texting me?`) is handled the careful way: no automatic reply, the agent does not
//!    answer, consent is unchanged, and `needs_review: true` with `review_reason` (the
//!    classification's reason code) asks a person to decide. From an opted-out contact it
//!    is rule 6 (nothing to decide).
//!
//! `reply_reason` codes (stable):
//! `opt_out_confirmation`, `opt_in_confirmation`, `help_reply` (a reply is sent);
//! `already_opted_out`, `answered_by_twilio`, `answered_by_toll_free_network`,
//! `help_to_opted_out_on_toll_free`, `opt_in_keyword_not_opted_out`, `ordinary_message`,
//! `message_from_opted_out_contact`, `possible_opt_out_needs_review` (no reply).
//!
//! The args are a plain struct on purpose: a parsed inbound webhook can later be accepted
//! as one more optional field without changing the existing ones.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::classify::Classifier;
use super::keywords::twilio_handles;
use super::lint::ReplyKind;
use super::replies::{builtin_template, placeholders, render, Values, PLACEHOLDERS};
use super::{Classification, Intent, KeywordConfig, MatchKind, Reason};
use crate::segments::{segments, Encoding, SegmentsArgs};
use crate::Error;

/// The contact's consent before this message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    /// The contact has agreed to receive texts and has not opted out.
    Subscribed,
    /// The contact has opted out (texted STOP or similar) and not opted back in.
    OptedOut,
    /// No consent record for the contact; treated as not opted out.
    Unknown,
}

/// What kind of number received the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SenderKind {
    /// A local (10DLC) number.
    Local,
    /// A toll-free number (US/Canadian ones have network-level STOP/START handling).
    TollFree,
    /// A short code.
    ShortCode,
    /// A mobile number.
    Mobile,
    /// Any other kind of number.
    Other,
}

/// The business number the text was sent to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "InboundSender"))]
#[serde(deny_unknown_fields)]
pub struct Sender {
    /// What kind of number it is; decides who answers keywords.
    pub kind: SenderKind,
    /// True when Twilio answers keywords on this number itself: a Messaging Service with
    /// Advanced Opt-Out (or Twilio's default keyword replies left on). telrules then stays
    /// silent for every exact keyword, and answers only phrase opt-outs.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub advanced_opt_out: bool,
    /// ISO 3166 alpha-2 country of the number; the toll-free network rule applies to US
    /// and Canadian toll-free numbers (assumed when absent).
    #[serde(default)]
    pub country: Option<String>,
}

/// The business: its name and the contacts HELP replies give.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "ReplyOrg"))]
#[serde(deny_unknown_fields)]
pub struct Org {
    /// The business name replies give (1 to `MAX_ORG_NAME_CHARS` characters).
    pub name: String,
    #[serde(default)]
    /// Support phone number HELP replies give; null to leave it out.
    pub support_phone: Option<String>,
    #[serde(default)]
    /// Support email address HELP replies give; null to leave it out.
    pub support_email: Option<String>,
    #[serde(default)]
    /// Website HELP replies give; null to leave it out.
    pub website: Option<String>,
}

/// Longest business name accepted (replies must stay short).
pub const MAX_ORG_NAME_CHARS: usize = 100;

impl Org {
    pub(crate) fn validate(&self, path: &str) -> Result<(), Error> {
        let chars = self.name.trim().chars().count();
        if chars == 0 || chars > MAX_ORG_NAME_CHARS {
            return Err(Error::invalid_value(
                format!("{path}.name"),
                format!("the business name is 1 to {MAX_ORG_NAME_CHARS} characters; replies must name it"),
            ));
        }
        Ok(())
    }
}

/// An org's own reply templates for one language; missing ones use the built-in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "ReplyTemplates"))]
#[serde(deny_unknown_fields)]
pub struct TemplateSet {
    #[serde(default)]
    /// Reply to HELP; null uses the built-in template.
    pub help: Option<String>,
    #[serde(default)]
    /// Confirmation of an opt-out (STOP); null uses the built-in template.
    pub stop: Option<String>,
    #[serde(default)]
    /// Confirmation of an opt-in (START); null uses the built-in template.
    pub start: Option<String>,
}

/// Arguments of `handle_inbound`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct HandleInboundArgs {
    /// The inbound message body. Give this or `webhook`, not both.
    #[serde(default)]
    pub text: Option<String>,
    /// The inbound webhook as `parse_inbound_webhook` returns it, in place of `text`, so an
    /// adapter is: verify, parse, decide, render. Its `body` is the text. When its
    /// `opt_out_type` is set, Twilio's Advanced Opt-Out has already handled the keyword and
    /// replied: Twilio's verdict wins (its keyword list is what blocks the contact at
    /// Twilio's end), the consent change is still returned, and no reply is built.
    #[serde(default)]
    pub webhook: Option<crate::twilio::InboundWebhook>,
    /// The contact's consent before this message.
    pub consent: ConsentState,
    /// The business number the text was sent to.
    pub sender: Sender,
    /// The business, named in replies.
    pub org: Org,
    /// The org's templates by language (`{"en": {"help": "..."}}`).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub templates: BTreeMap<String, TemplateSet>,
    /// Reply language when the classified language has no template (default `en`).
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    /// Extra keywords and matching options; default: the built-in keyword sets only.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub config: KeywordConfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
/// How this message changes the contact's consent.
pub enum ConsentChange {
    /// The contact opted out: stop texting them.
    OptOut,
    /// The contact opted back in: texting may resume.
    OptIn,
}

/// The reply to send, rendered.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "InboundReply"))]
pub struct Reply {
    /// The reply text, placeholders filled in.
    pub body: String,
    /// The encoding the reply will be sent in (`GSM-7` or `UCS-2`).
    pub encoding: Encoding,
    /// How many SMS segments the reply takes (each is billed).
    pub segments: u32,
    /// The language of the template used (e.g. `en`).
    pub language: String,
}

/// Why this reply, or why none (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReplyReason {
    /// Reply sent: confirms the opt-out.
    OptOutConfirmation,
    /// Reply sent: confirms the opt-in.
    OptInConfirmation,
    /// Reply sent: answers HELP with the business's contacts.
    HelpReply,
    /// No reply: the contact is already opted out, so a repeated opt-out gets no second
    /// confirmation.
    AlreadyOptedOut,
    /// No reply: Twilio answers the keyword itself (Advanced Opt-Out or default replies).
    AnsweredByTwilio,
    /// No reply: the toll-free network answers Twilio's default STOP/START words.
    AnsweredByTollFreeNetwork,
    /// No reply: HELP from an opted-out contact on a toll-free number would not be delivered.
    HelpToOptedOutOnTollFree,
    /// No reply: an opt-in keyword from a contact who is not opted out is an ordinary message.
    OptInKeywordNotOptedOut,
    /// No reply: an ordinary message, delivered to the agent.
    OrdinaryMessage,
    /// No reply: a message from an opted-out contact; staff should read it, the agent may
    /// not answer.
    MessageFromOptedOutContact,
    /// A `possible` opt-out: nothing automatic; a person decides.
    PossibleOptOutNeedsReview,
}

/// Result of `handle_inbound`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HandleInboundResult {
    /// What the text is (intent, match kind, language, reason).
    pub classification: Classification,
    /// The consent change to record, or null when consent is unchanged.
    pub consent_change: Option<ConsentChange>,
    /// The reply to send, or null when none should be sent by telrules.
    pub reply: Option<Reply>,
    /// Why this reply, or why none.
    pub reply_reason: ReplyReason,
    /// Whether an automated agent may answer this message.
    pub deliver_to_agent: bool,
    /// Whether a person must decide whether this text revokes consent (a `possible`
    /// opt-out). Until then nothing is sent to the contact.
    pub needs_review: bool,
    /// Why review is needed: the classification's reason code (`why_texted`,
    /// `never_signed_up`, ...); null when `needs_review` is false.
    pub review_reason: Option<Reason>,
}

fn valid_language_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

fn validate(args: &HandleInboundArgs) -> Result<(), Error> {
    args.org.validate("org")?;
    if let Some(country) = &args.sender.country {
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(Error::invalid_value(
                "sender.country",
                "an ISO 3166 alpha-2 country code (US, CA)",
            ));
        }
    }
    if let Some(language) = &args.language {
        if !valid_language_tag(language) {
            return Err(Error::invalid_value(
                "language",
                "a lower-case ISO 639 code of 2 or 3 letters (en, fr, es)",
            ));
        }
    }
    for (language, set) in &args.templates {
        if !valid_language_tag(language) {
            return Err(Error::invalid_value(
                format!("templates.{language}"),
                "templates are keyed by a lower-case ISO 639 code of 2 or 3 letters (en, fr, es)",
            ));
        }
        for (name, template) in [
            ("help", &set.help),
            ("stop", &set.stop),
            ("start", &set.start),
        ] {
            let Some(template) = template else { continue };
            let path = format!("templates.{language}.{name}");
            if template.trim().is_empty() {
                return Err(Error::invalid_value(
                    path,
                    "a template has text; leave it out to use the built-in one",
                ));
            }
            match placeholders(template) {
                Err(at) => {
                    return Err(Error::invalid_value(
                        path,
                        format!("the `{{` at byte {at} has no closing `}}`"),
                    ))
                }
                Ok(found) => {
                    if let Some(bad) = found.iter().find(|p| !p.known) {
                        return Err(Error::invalid_value(
                            path,
                            format!(
                                "`{{{}}}` is not a placeholder; accepted: {}",
                                bad.name,
                                PLACEHOLDERS.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Who else answers this exact keyword on this number, if anyone.
fn answered_elsewhere(c: &Classification, sender: &Sender) -> Option<ReplyReason> {
    if c.match_kind != MatchKind::Exact {
        return None;
    }
    if sender.advanced_opt_out {
        return Some(ReplyReason::AnsweredByTwilio);
    }
    let nanp = sender
        .country
        .as_deref()
        .is_none_or(|c| c.eq_ignore_ascii_case("US") || c.eq_ignore_ascii_case("CA"));
    let keyword = c.keyword.as_deref().unwrap_or("");
    if sender.kind == SenderKind::TollFree
        && nanp
        && matches!(c.intent, Intent::OptOut | Intent::OptIn)
        && twilio_handles(c.intent, keyword)
    {
        return Some(ReplyReason::AnsweredByTollFreeNetwork);
    }
    None
}

fn template_for<'a>(
    args: &'a HandleInboundArgs,
    language: &str,
    kind: ReplyKind,
) -> Option<&'a str> {
    let own = args.templates.get(language).and_then(|set| match kind {
        ReplyKind::Help => set.help.as_deref(),
        ReplyKind::Stop => set.stop.as_deref(),
        ReplyKind::Start => set.start.as_deref(),
    });
    own.or_else(|| builtin_template(language, kind))
}

fn build_reply(args: &HandleInboundArgs, c: &Classification, kind: ReplyKind) -> Option<Reply> {
    let fallback = args.language.as_deref().unwrap_or("en");
    let classified = c.language.as_deref().unwrap_or(fallback);
    let (language, template) = [classified, fallback, "en"]
        .into_iter()
        .find_map(|l| template_for(args, l, kind).map(|t| (l, t)))?;
    let body = render(
        template,
        &Values {
            business_name: &args.org.name,
            support_phone: args.org.support_phone.as_deref(),
            support_email: args.org.support_email.as_deref(),
            website: args.org.website.as_deref(),
            language,
        },
    );
    let count = segments(&SegmentsArgs {
        text: body,
        smart_encoding: false,
    });
    Some(Reply {
        body: count.text,
        encoding: count.encoding,
        segments: count.segments,
        language: language.to_owned(),
    })
}

/// Decides what happens with one inbound text.
pub fn handle_inbound(args: &HandleInboundArgs) -> Result<HandleInboundResult, Error> {
    let classifier = Classifier::new(&args.config, "config")?;
    validate(args)?;
    let text = match (&args.text, &args.webhook) {
        (Some(text), None) => text.as_str(),
        (None, Some(webhook)) => webhook.body.as_str(),
        (Some(_), Some(_)) => {
            return Err(Error::invalid_value(
                "webhook",
                "give either `text` or `webhook` (whose body is the text), not both",
            ))
        }
        (None, None) => {
            return Err(Error::invalid_value(
                "text",
                "the inbound message: `text`, or `webhook` as parse_inbound_webhook returns it",
            ))
        }
    };
    let classification = classifier.classify(text);
    let handled_by_twilio = args.webhook.as_ref().and_then(|w| w.opt_out_type.as_ref());
    Ok(match handled_by_twilio {
        Some(opt_out_type) => decide(
            args,
            twilio_verdict(classification, opt_out_type),
            Some(ReplyReason::AnsweredByTwilio),
        ),
        None => decide(args, classification, None),
    })
}

/// Reconciles our classification with the keyword Twilio's Advanced Opt-Out acted on. Where
/// they agree, ours stands (it carries the language); where they differ, Twilio's wins,
/// because the contact is already opted out (or in) at Twilio's end.
fn twilio_verdict(ours: Classification, twilio: &crate::twilio::OptOutType) -> Classification {
    use crate::twilio::OptOutType;
    let (intent, keyword) = match twilio {
        OptOutType::Stop => (Intent::OptOut, "STOP"),
        OptOutType::Start => (Intent::OptIn, "START"),
        OptOutType::Help => (Intent::Help, "HELP"),
        // A value Twilio adds later: keep our reading; Twilio still answered it.
        OptOutType::Unknown(_) => return ours,
    };
    if ours.intent == intent && ours.match_kind != MatchKind::Possible {
        return ours;
    }
    Classification {
        intent,
        match_kind: MatchKind::Exact,
        keyword: Some(keyword.into()),
        language: None,
        reason: Some(Reason::ExactKeyword),
    }
}

/// `replied_by` names who already answered, when the caller knows (a webhook's OptOutType).
fn decide(
    args: &HandleInboundArgs,
    c: Classification,
    replied_by: Option<ReplyReason>,
) -> HandleInboundResult {
    let opted_out = args.consent == ConsentState::OptedOut;
    let elsewhere = replied_by.or_else(|| answered_elsewhere(&c, &args.sender));
    let possible = c.match_kind == MatchKind::Possible;
    let (change, reply_kind, reason, agent) = match c.intent {
        Intent::OptOut if possible && opted_out => {
            (None, None, ReplyReason::MessageFromOptedOutContact, false)
        }
        Intent::OptOut if possible => (None, None, ReplyReason::PossibleOptOutNeedsReview, false),
        Intent::OptOut if opted_out => (None, None, ReplyReason::AlreadyOptedOut, false),
        Intent::OptOut => match elsewhere {
            Some(reason) => (Some(ConsentChange::OptOut), None, reason, false),
            None => (
                Some(ConsentChange::OptOut),
                Some(ReplyKind::Stop),
                ReplyReason::OptOutConfirmation,
                false,
            ),
        },
        Intent::OptIn if !opted_out => (None, None, ReplyReason::OptInKeywordNotOptedOut, true),
        Intent::OptIn => match elsewhere {
            Some(reason) => (Some(ConsentChange::OptIn), None, reason, false),
            None => (
                Some(ConsentChange::OptIn),
                Some(ReplyKind::Start),
                ReplyReason::OptInConfirmation,
                false,
            ),
        },
        Intent::Help if opted_out && args.sender.kind == SenderKind::TollFree => {
            (None, None, ReplyReason::HelpToOptedOutOnTollFree, false)
        }
        Intent::Help => match elsewhere {
            Some(reason) => (None, None, reason, false),
            None => (None, Some(ReplyKind::Help), ReplyReason::HelpReply, false),
        },
        Intent::None if opted_out => (None, None, ReplyReason::MessageFromOptedOutContact, false),
        Intent::None => (None, None, ReplyReason::OrdinaryMessage, true),
    };
    let reply = reply_kind.and_then(|kind| build_reply(args, &c, kind));
    let needs_review = reason == ReplyReason::PossibleOptOutNeedsReview;
    let review_reason = if needs_review { c.reason } else { None };
    HandleInboundResult {
        classification: c,
        consent_change: change,
        reply,
        reply_reason: reason,
        deliver_to_agent: agent,
        needs_review,
        review_reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str, consent: ConsentState, kind: SenderKind) -> HandleInboundArgs {
        HandleInboundArgs {
            text: Some(text.to_owned()),
            webhook: None,
            consent,
            sender: Sender {
                kind,
                advanced_opt_out: false,
                country: None,
            },
            org: Org {
                name: "Harbor Dental".to_owned(),
                support_phone: Some("+12065550142".to_owned()),
                support_email: None,
                website: None,
            },
            templates: BTreeMap::new(),
            language: None,
            config: KeywordConfig::default(),
        }
    }

    fn run(a: &HandleInboundArgs) -> HandleInboundResult {
        handle_inbound(a).unwrap()
    }

    use ConsentState::{OptedOut, Subscribed, Unknown};
    use SenderKind::{Local, ShortCode, TollFree};

    #[test]
    fn opt_out_records_the_change_and_never_reaches_the_agent() {
        for consent in [Subscribed, Unknown] {
            for text in ["STOP", "please stop texting me"] {
                let r = run(&args(text, consent, Local));
                assert_eq!(r.consent_change, Some(ConsentChange::OptOut), "{text}");
                assert!(!r.deliver_to_agent, "{text}");
            }
        }
    }

    #[test]
    fn opt_out_gets_one_confirmation_naming_the_business() {
        let r = run(&args("STOP", Subscribed, Local));
        assert_eq!(r.reply_reason, ReplyReason::OptOutConfirmation);
        let reply = r.reply.unwrap();
        assert!(reply.body.starts_with("Harbor Dental: "));
        assert_eq!(reply.segments, 1);
    }

    #[test]
    fn phrase_opt_out_gets_the_same_single_confirmation() {
        let exact = run(&args("STOP", Subscribed, ShortCode));
        let phrase = run(&args("Stop. Thank you", Subscribed, ShortCode));
        assert_eq!(phrase.classification.match_kind, MatchKind::Phrase);
        assert_eq!(phrase.reply, exact.reply);
        assert_eq!(phrase.reply_reason, ReplyReason::OptOutConfirmation);
    }

    #[test]
    fn repeated_opt_out_from_an_opted_out_contact_gets_no_reply() {
        for text in ["STOP", "stop texting me"] {
            let r = run(&args(text, OptedOut, Local));
            assert_eq!(r.consent_change, None);
            assert_eq!(r.reply, None);
            assert_eq!(r.reply_reason, ReplyReason::AlreadyOptedOut);
            assert!(!r.deliver_to_agent);
        }
    }

    #[test]
    fn toll_free_stop_is_answered_by_the_network_but_consent_still_changes() {
        let r = run(&args("STOP", Subscribed, TollFree));
        assert_eq!(r.consent_change, Some(ConsentChange::OptOut));
        assert_eq!(r.reply, None);
        assert_eq!(r.reply_reason, ReplyReason::AnsweredByTollFreeNetwork);
    }

    #[test]
    fn toll_free_start_from_opted_out_is_answered_by_the_network() {
        let r = run(&args("UNSTOP", OptedOut, TollFree));
        assert_eq!(r.consent_change, Some(ConsentChange::OptIn));
        assert_eq!(r.reply, None);
        assert_eq!(r.reply_reason, ReplyReason::AnsweredByTollFreeNetwork);
    }

    #[test]
    fn advanced_opt_out_means_twilio_answers_every_exact_keyword() {
        for (text, consent, change) in [
            ("STOP", Subscribed, Some(ConsentChange::OptOut)),
            ("ARRET", Subscribed, Some(ConsentChange::OptOut)),
            ("START", OptedOut, Some(ConsentChange::OptIn)),
            ("HELP", Subscribed, None),
        ] {
            let mut a = args(text, consent, Local);
            a.sender.advanced_opt_out = true;
            let r = run(&a);
            assert_eq!(r.consent_change, change, "{text}");
            assert_eq!(r.reply, None, "{text}");
            assert_eq!(r.reply_reason, ReplyReason::AnsweredByTwilio, "{text}");
        }
    }

    #[test]
    fn nobody_else_answers_a_phrase_so_telrules_confirms_it() {
        for kind in [TollFree, Local] {
            let mut a = args("please stop texting me", Subscribed, kind);
            a.sender.advanced_opt_out = kind == Local;
            let r = run(&a);
            assert_eq!(r.reply_reason, ReplyReason::OptOutConfirmation);
            assert!(r.reply.is_some());
        }
    }

    #[test]
    fn french_keyword_on_toll_free_is_confirmed_in_french() {
        let r = run(&args("ARRÊT", Subscribed, TollFree));
        assert_eq!(r.reply_reason, ReplyReason::OptOutConfirmation);
        let reply = r.reply.unwrap();
        assert_eq!(reply.language, "fr");
        assert!(reply.body.contains("ne recevrez plus"));
    }

    #[test]
    fn toll_free_outside_north_america_gets_our_reply() {
        let mut a = args("STOP", Subscribed, TollFree);
        a.sender.country = Some("GB".to_owned());
        assert_eq!(run(&a).reply_reason, ReplyReason::OptOutConfirmation);
    }

    #[test]
    fn help_is_answered_for_subscribed_and_unknown_contacts() {
        for consent in [Subscribed, Unknown] {
            for kind in [Local, TollFree] {
                let r = run(&args("HELP", consent, kind));
                assert_eq!(r.reply_reason, ReplyReason::HelpReply);
                let body = r.reply.unwrap().body;
                assert!(
                    body.contains("+12065550142") && body.contains("STOP"),
                    "{body}"
                );
                assert!(!r.deliver_to_agent);
            }
        }
    }

    #[test]
    fn help_to_an_opted_out_contact_on_toll_free_is_not_answered() {
        let r = run(&args("HELP", OptedOut, TollFree));
        assert_eq!(r.reply, None);
        assert_eq!(r.reply_reason, ReplyReason::HelpToOptedOutOnTollFree);
        assert!(!r.deliver_to_agent);
    }

    #[test]
    fn help_to_an_opted_out_contact_elsewhere_is_answered() {
        let r = run(&args("HELP", OptedOut, Local));
        assert_eq!(r.reply_reason, ReplyReason::HelpReply);
    }

    #[test]
    fn opt_in_from_an_opted_out_contact_changes_consent_and_confirms() {
        for text in ["START", "YES", "unstop"] {
            let r = run(&args(text, OptedOut, Local));
            assert_eq!(r.consent_change, Some(ConsentChange::OptIn), "{text}");
            assert_eq!(r.reply_reason, ReplyReason::OptInConfirmation);
            assert!(r.reply.unwrap().body.contains("STOP"));
            assert!(!r.deliver_to_agent);
        }
    }

    #[test]
    fn opt_in_keyword_from_a_contact_not_opted_out_is_an_ordinary_message() {
        for consent in [Subscribed, Unknown] {
            for text in ["YES", "START"] {
                let r = run(&args(text, consent, Local));
                assert_eq!(r.consent_change, None);
                assert_eq!(r.reply, None);
                assert_eq!(r.reply_reason, ReplyReason::OptInKeywordNotOptedOut);
                assert!(r.deliver_to_agent);
            }
        }
    }

    #[test]
    fn ordinary_message_goes_to_the_agent_without_change_or_reply() {
        let r = run(&args(
            "What time do you stop serving lunch?",
            Subscribed,
            Local,
        ));
        assert_eq!(r.consent_change, None);
        assert_eq!(r.reply, None);
        assert_eq!(r.reply_reason, ReplyReason::OrdinaryMessage);
        assert!(r.deliver_to_agent);
    }

    #[test]
    fn possible_opt_out_is_flagged_for_a_person_and_nothing_automatic_happens() {
        for consent in [Subscribed, Unknown] {
            for kind in [Local, TollFree, ShortCode] {
                let r = run(&args("why do you keep texting me?", consent, kind));
                assert_eq!(r.classification.match_kind, MatchKind::Possible);
                assert_eq!(r.consent_change, None);
                assert_eq!(r.reply, None);
                assert!(!r.deliver_to_agent);
                assert!(r.needs_review);
                assert_eq!(r.review_reason, Some(Reason::WhyTexted));
                assert_eq!(r.reply_reason, ReplyReason::PossibleOptOutNeedsReview);
            }
        }
    }

    #[test]
    fn possible_opt_out_from_an_opted_out_contact_needs_no_decision() {
        let r = run(&args("I never signed up for this", OptedOut, Local));
        assert_eq!(r.reply_reason, ReplyReason::MessageFromOptedOutContact);
        assert!(!r.needs_review);
        assert_eq!(r.review_reason, None);
        assert!(!r.deliver_to_agent);
    }

    #[test]
    fn twilio_stop_verdict_overrides_a_possible_reading() {
        let mut a = args("why do you keep texting me?", Subscribed, Local);
        a.text = None;
        a.webhook = Some(webhook(
            "why do you keep texting me?",
            Some(crate::twilio::OptOutType::Stop),
        ));
        let r = run(&a);
        assert_eq!(r.consent_change, Some(ConsentChange::OptOut));
        assert!(!r.needs_review);
    }

    #[test]
    fn definite_opt_outs_and_ordinary_messages_need_no_review() {
        for text in ["STOP", "take me off ur list", "running late"] {
            let r = run(&args(text, Subscribed, Local));
            assert!(!r.needs_review, "{text}");
            assert_eq!(r.review_reason, None, "{text}");
        }
    }

    #[test]
    fn ordinary_message_from_an_opted_out_contact_is_kept_from_the_agent() {
        let r = run(&args("What are your hours?", OptedOut, Local));
        assert_eq!(r.reply_reason, ReplyReason::MessageFromOptedOutContact);
        assert!(!r.deliver_to_agent);
    }

    #[test]
    fn replies_use_the_classified_language() {
        let fr = run(&args("AIDE", Subscribed, Local)).reply.unwrap();
        assert_eq!(fr.language, "fr");
        assert!(fr.body.contains("ARRET"));
        let es = run(&args("BAJA", Subscribed, Local)).reply.unwrap();
        assert_eq!(es.language, "es");
        let en = run(&args("STOP", Subscribed, Local)).reply.unwrap();
        assert_eq!(en.language, "en");
    }

    #[test]
    fn org_templates_override_the_built_in_reply() {
        let mut a = args("STOP", Subscribed, Local);
        a.templates.insert(
            "en".to_owned(),
            TemplateSet {
                stop: Some(
                    "{business_name}: unsubscribed, no more texts. Call {support_phone}."
                        .to_owned(),
                ),
                ..TemplateSet::default()
            },
        );
        let body = run(&a).reply.unwrap().body;
        assert_eq!(
            body,
            "Harbor Dental: unsubscribed, no more texts. Call +12065550142."
        );
    }

    #[test]
    fn language_without_templates_falls_back_to_the_language_argument_then_english() {
        let mut a = args("STOPP", Subscribed, Local);
        a.config
            .keywords
            .opt_out
            .insert("de".to_owned(), vec!["STOPP".to_owned()]);
        assert_eq!(run(&a).reply.unwrap().language, "en");
        a.language = Some("es".to_owned());
        assert_eq!(run(&a).reply.unwrap().language, "es");
    }

    #[test]
    fn unknown_placeholder_in_an_org_template_is_refused() {
        let mut a = args("HELP", Subscribed, Local);
        a.templates.insert(
            "en".to_owned(),
            TemplateSet {
                help: Some("{company}: call us".to_owned()),
                ..TemplateSet::default()
            },
        );
        let err = handle_inbound(&a).unwrap_err();
        assert_eq!(err.path(), "templates.en.help");
    }

    fn webhook(
        body: &str,
        opt_out_type: Option<crate::twilio::OptOutType>,
    ) -> crate::twilio::InboundWebhook {
        let parsed = crate::twilio::parse_inbound_webhook(&crate::twilio::WebhookParamsArgs {
            params: serde_json::from_value(serde_json::json!({
                "MessageSid": "SM1", "From": "+12065550178", "To": "+12065550142", "Body": body
            }))
            .unwrap(),
        })
        .unwrap();
        crate::twilio::InboundWebhook {
            opt_out_type,
            ..parsed
        }
    }

    #[test]
    fn webhook_body_is_classified_like_text() {
        let mut a = args("STOP", Subscribed, Local);
        a.text = None;
        a.webhook = Some(webhook("STOP", None));
        assert_eq!(run(&a), run(&args("STOP", Subscribed, Local)));
    }

    #[test]
    fn webhook_handled_by_advanced_opt_out_records_the_change_without_a_second_reply() {
        let mut a = args("ENDALL", Subscribed, Local);
        a.text = None;
        a.webhook = Some(webhook("ENDALL", Some(crate::twilio::OptOutType::Stop)));
        let r = run(&a);
        assert_eq!(r.consent_change, Some(ConsentChange::OptOut));
        assert_eq!(r.reply, None);
        assert_eq!(r.reply_reason, ReplyReason::AnsweredByTwilio);
        assert!(!r.deliver_to_agent);
    }

    #[test]
    fn text_and_webhook_together_are_refused() {
        let mut a = args("STOP", Subscribed, Local);
        a.webhook = Some(webhook("STOP", None));
        assert_eq!(handle_inbound(&a).unwrap_err().path(), "webhook");
    }
}
