//! Demo section: what happens to a few texts customers sent the practice.

use std::fmt::Write;

use telrules::inbound::{
    handle_inbound, ConsentChange, ConsentState, HandleInboundArgs, Intent, KeywordConfig,
    MatchKind, Org, ReplyReason, Sender, SenderKind,
};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Inbound texts");
    for (text, consent, kind) in sample::INBOUND_TEXTS {
        let args = HandleInboundArgs {
            text: Some((*text).to_owned()),
            webhook: None,
            consent: *consent,
            sender: Sender {
                kind: *kind,
                advanced_opt_out: false,
                country: Some("US".to_owned()),
            },
            org: Org {
                name: sample::ORG_NAME.to_owned(),
                support_phone: Some(sample::SUPPORT_PHONE.to_owned()),
                support_email: None,
                website: None,
            },
            templates: Default::default(),
            language: None,
            config: KeywordConfig::default(),
        };
        let _ = writeln!(
            out,
            "  \"{text}\" from {} contact, to the {}:",
            consent_label(*consent),
            kind_label(*kind)
        );
        let result = match handle_inbound(&args) {
            Ok(result) => result,
            Err(e) => {
                let _ = writeln!(out, "    could not be handled: {e}");
                continue;
            }
        };
        let c = &result.classification;
        let what = match (c.intent, c.match_kind) {
            (Intent::None, _) => "an ordinary message".to_owned(),
            (intent, MatchKind::Phrase) => format!(
                "{} (worded request, rule {})",
                intent_label(intent),
                c.reason.map_or("", |r| r.as_str())
            ),
            (_, MatchKind::Possible) => format!(
                "maybe an opt-out ({}): a person decides",
                c.reason.map_or("", |r| r.as_str())
            ),
            (intent, _) => format!(
                "{} keyword {}",
                intent_label(intent),
                c.keyword.as_deref().unwrap_or("")
            ),
        };
        let _ = writeln!(out, "    reads as: {what}");
        let consent_line = match result.consent_change {
            Some(ConsentChange::OptOut) => "record the opt-out; send nothing else to this contact",
            Some(ConsentChange::OptIn) => "record the opt-in again",
            None => "no change",
        };
        let _ = writeln!(out, "    consent:  {consent_line}");
        match &result.reply {
            Some(reply) => {
                let _ = writeln!(
                    out,
                    "    reply ({}, {} segment):  {}",
                    reply.language, reply.segments, reply.body
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "    reply:    none, {}",
                    reason_label(result.reply_reason)
                );
            }
        }
        let _ = writeln!(
            out,
            "    AI agent: {}",
            if result.deliver_to_agent {
                "may answer"
            } else {
                "must not answer"
            }
        );
        if result.needs_review {
            let _ = writeln!(
                out,
                "    review:   a person decides whether this revokes consent ({})",
                result.review_reason.map_or("", |r| r.as_str())
            );
        }
    }
}

fn consent_label(consent: ConsentState) -> &'static str {
    match consent {
        ConsentState::Subscribed => "a subscribed",
        ConsentState::OptedOut => "an opted-out",
        ConsentState::Unknown => "a new",
    }
}

fn kind_label(kind: SenderKind) -> &'static str {
    match kind {
        SenderKind::Local => "local number",
        SenderKind::TollFree => "toll-free number",
        SenderKind::ShortCode => "short code",
        SenderKind::Mobile => "mobile number",
        SenderKind::Other => "number",
    }
}

fn intent_label(intent: Intent) -> &'static str {
    match intent {
        Intent::OptOut => "opt-out",
        Intent::OptIn => "opt-in",
        Intent::Help => "help",
        Intent::None => "ordinary",
    }
}

fn reason_label(reason: ReplyReason) -> &'static str {
    match reason {
        ReplyReason::AlreadyOptedOut => "they already received their one confirmation",
        ReplyReason::AnsweredByTwilio => "Twilio answers this keyword itself",
        ReplyReason::AnsweredByTollFreeNetwork => {
            "the toll-free network answers this keyword itself"
        }
        ReplyReason::HelpToOptedOutOnTollFree => {
            "the network would not deliver it to an opted-out contact"
        }
        ReplyReason::OptInKeywordNotOptedOut => {
            "they are not opted out, so this is an ordinary message"
        }
        ReplyReason::OrdinaryMessage => "ordinary messages are for the team or the agent",
        ReplyReason::MessageFromOptedOutContact => "the contact opted out; a person should read it",
        ReplyReason::PossibleOptOutNeedsReview => {
            "it may revoke consent; flagged for review, consent unchanged until a person decides"
        }
        ReplyReason::OptOutConfirmation
        | ReplyReason::OptInConfirmation
        | ReplyReason::HelpReply => "",
    }
}
