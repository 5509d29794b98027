//! `lint_reply`: CTIA-style checks of a HELP, STOP or START reply, and its segment cost.
//!
//! Checks (codes are stable; `error` means carriers or CTIA audits would reject the reply,
//! `warning` means it works but costs or risks more than it should):
//!
//! | code | severity | kinds | rule |
//! |---|---|---|---|
//! | `empty_body` | error | all | the reply has no text |
//! | `unclosed_placeholder` | error | all | a `{` without its `}` |
//! | `unknown_placeholder` | error | all | `{x}` where x is not one of the placeholders |
//! | `missing_business_name` | error | all | neither `{business_name}` nor the org's name |
//! | `business_name_unchecked` | warning | all | no `{business_name}` and no `org` to compare with |
//! | `missing_contact` | error | help | no phone, email or website (or contact placeholder) |
//! | `missing_rates_notice` | error (help), warning (start) | help, start | no "msg & data rates may apply" |
//! | `missing_frequency` | warning | help, start | no message frequency |
//! | `missing_opt_out_instructions` | error | help, start | no "reply STOP"-style instruction |
//! | `missing_opt_out_confirmation` | error | stop | does not say no further messages will come |
//! | `marketing_in_stop_reply` | warning | stop | a sale/offer word (the FCC allows no marketing here) |
//! | `ucs2_encoding` | warning | all | a character outside GSM-7 makes every segment 70 characters |
//! | `longer_than_one_segment` | warning | all | the rendered reply costs more than one segment |
//!
//! Cues are matched on the folded text in English, French and Spanish. The reply is
//! measured after filling placeholders: with the org's values when `org` is given,
//! otherwise with stand-ins of typical maximum size (a 30-character business name,
//! `+12065550100`, `support@example.com`, `example.com`).

use serde::{Deserialize, Serialize};

use super::normalize::fold;
use super::replies::{placeholders, render, Values, PLACEHOLDERS};
use super::Org;
use crate::segments::{segments, Encoding, SegmentsArgs};
use crate::Error;

/// Which reply is linted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReplyKind {
    /// A reply to HELP (must name the business, give a contact, rates and opt-out instructions).
    Help,
    /// The confirmation of an opt-out (must say no further messages will come).
    Stop,
    /// The confirmation of an opt-in.
    Start,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
/// How serious a lint problem is.
pub enum Severity {
    /// Carriers or CTIA audits would reject the reply.
    Error,
    /// The reply works but costs or risks more than it should.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
/// One problem found in a reply.
pub struct LintProblem {
    /// Stable machine code (`missing_contact`, `ucs2_encoding`, … see the module docs).
    pub code: String,
    /// `error` or `warning`.
    pub severity: Severity,
    /// The problem in plain words.
    pub message: String,
}

/// Arguments of `lint_reply`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct LintReplyArgs {
    /// Which reply it is: `help`, `stop` or `start`.
    pub kind: ReplyKind,
    /// The reply text, with or without placeholders.
    pub body: String,
    /// The org whose name and contacts fill the placeholders and are looked for.
    #[serde(default)]
    pub org: Option<Org>,
}

/// Result of `lint_reply`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LintReplyResult {
    /// Errors first, then warnings, each in the order of the table above.
    pub problems: Vec<LintProblem>,
    /// Encoding and segments of the rendered reply.
    pub encoding: Encoding,
    /// How many SMS segments the rendered reply takes (each is billed).
    pub segments: u32,
}

const STAND_IN_NAME: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD";

const RATES: &[&[&str]] = &[
    &["DATA", "RATES"],
    &["DATA", "RATE"],
    &["FRAIS"],
    &["TARIFS"],
    &["TARIFAS"],
    &["CARGOS"],
];
const FREQUENCY: &[&[&str]] = &[
    &["FREQUENCY"],
    &["FREQ"],
    &["RECURRING"],
    &["MSGS", "PER"],
    &["MESSAGES", "PER"],
    &["FREQUENCE"],
    &["FRECUENCIA"],
];
const REPLY_VERBS: &[&str] = &[
    "REPLY", "TEXT", "SEND", "TXT", "RESPOND", "REPONDEZ", "REPONDRE", "ENVOYEZ", "TEXTEZ",
    "RESPONDA", "RESPONDE", "ENVIE", "ENVIA", "ESCRIBA",
];
const OPT_OUT_WORDS: &[&str] = &[
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "OPTOUT",
    "ARRET",
    "BAJA",
];
const STOP_CONFIRMATION: &[&[&str]] = &[
    &["UNSUBSCRIBED"],
    &["NO", "FURTHER"],
    &["NO", "MORE"],
    &["WILL", "NOT", "RECEIVE"],
    &["WONT", "RECEIVE"],
    &["OPTED", "OUT"],
    &["DESABONNE"],
    &["DESABONNEMENT"],
    &["NE", "RECEVREZ", "PLUS"],
    &["PLUS", "AUCUN"],
    &["BAJA", "CONFIRMADA"],
    &["DADO", "DE", "BAJA"],
    &["NO", "LE", "ENVIAREMOS"],
    &["NO", "RECIBIRA"],
];
const MARKETING: &[&str] = &[
    "SALE",
    "DISCOUNT",
    "PROMO",
    "PROMOTION",
    "COUPON",
    "DEAL",
    "DEALS",
    "OFFER",
    "SAVE",
    "SHOP",
    "BUY",
    "SOLDES",
    "RABAIS",
    "OFERTA",
    "DESCUENTO",
];

fn words(folded: &str) -> Vec<&str> {
    folded.split(['|', ' ']).filter(|w| !w.is_empty()).collect()
}

fn has_seq(words: &[&str], cues: &[&[&str]]) -> bool {
    cues.iter().any(|cue| {
        !cue.is_empty()
            && words
                .windows(cue.len())
                .any(|window| window.iter().zip(cue.iter()).all(|(a, b)| a == b))
    })
}

fn has_opt_out_instruction(words: &[&str]) -> bool {
    words
        .iter()
        .position(|w| REPLY_VERBS.contains(w))
        .is_some_and(|v| words.iter().skip(v + 1).any(|w| OPT_OUT_WORDS.contains(w)))
}

/// A phone number (7+ digits with separators), an email address or a web address.
fn has_contact(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            digits = 0;
        }
    }
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.contains('@') {
            return word.contains('.');
        }
        if word.to_ascii_lowercase().starts_with("http")
            || word.to_ascii_lowercase().starts_with("www.")
        {
            return true;
        }
        match word.rsplit_once('.') {
            Some((before, tld)) => {
                before.chars().count() >= 2
                    && (2..=6).contains(&tld.len())
                    && tld.chars().all(|c| c.is_ascii_alphabetic())
            }
            None => false,
        }
    })
}

struct Problems(Vec<LintProblem>);

impl Problems {
    fn push(&mut self, code: &str, severity: Severity, message: impl Into<String>) {
        self.0.push(LintProblem {
            code: code.to_owned(),
            severity,
            message: message.into(),
        });
    }
}

/// Lints a reply. Fails only on an `org` with an empty name.
pub fn lint_reply(args: &LintReplyArgs) -> Result<LintReplyResult, Error> {
    if let Some(org) = &args.org {
        org.validate("org")?;
    }
    let mut p = Problems(Vec::new());
    let body = args.body.as_str();
    if body.trim().is_empty() {
        p.push("empty_body", Severity::Error, "the reply has no text");
    }
    let found = match placeholders(body) {
        Ok(found) => found,
        Err(at) => {
            p.push(
                "unclosed_placeholder",
                Severity::Error,
                format!("the `{{` at byte {at} has no closing `}}`"),
            );
            Vec::new()
        }
    };
    for ph in found.iter().filter(|ph| !ph.known) {
        p.push(
            "unknown_placeholder",
            Severity::Error,
            format!(
                "`{{{}}}` is not a placeholder; accepted: {}",
                ph.name,
                PLACEHOLDERS
                    .iter()
                    .map(|n| format!("{{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let uses = |name: &str| found.iter().any(|ph| ph.name == name);
    let values = match &args.org {
        Some(org) => Values {
            business_name: &org.name,
            support_phone: org.support_phone.as_deref(),
            support_email: org.support_email.as_deref(),
            website: org.website.as_deref(),
            language: "en",
        },
        None => Values {
            business_name: STAND_IN_NAME,
            support_phone: Some("+12065550100"),
            support_email: Some("support@example.com"),
            website: Some("example.com"),
            language: "en",
        },
    };
    let rendered = render(body, &values);
    let folded = fold(&rendered);
    let w = words(&folded);

    // Business name.
    match &args.org {
        Some(org) => {
            let name = fold(&org.name).replace('|', " ");
            if !folded.replace('|', " ").contains(&name) {
                p.push(
                    "missing_business_name",
                    Severity::Error,
                    format!(
                        "the reply does not name the business (`{}` or {{business_name}})",
                        org.name
                    ),
                );
            }
        }
        None if !uses("business_name") => p.push(
            "business_name_unchecked",
            Severity::Warning,
            "no {business_name} placeholder and no org given: the business name cannot be checked",
        ),
        None => {}
    }

    match args.kind {
        ReplyKind::Help => {
            if !has_contact(&rendered) {
                p.push(
                    "missing_contact",
                    Severity::Error,
                    "a HELP reply gives a contact: {contact}, {support_phone}, {support_email}, {website}, or a phone, email or web address",
                );
            }
            if !has_seq(&w, RATES) {
                p.push(
                    "missing_rates_notice",
                    Severity::Error,
                    "a HELP reply says \"Msg&data rates may apply\"",
                );
            }
            if !has_opt_out_instruction(&w) {
                p.push(
                    "missing_opt_out_instructions",
                    Severity::Error,
                    "a HELP reply says how to opt out (\"Reply STOP to opt out\")",
                );
            }
            if !has_seq(&w, FREQUENCY) {
                p.push(
                    "missing_frequency",
                    Severity::Warning,
                    "CTIA expects HELP to state the message frequency (\"Msg frequency varies\")",
                );
            }
        }
        ReplyKind::Stop => {
            if !has_seq(&w, STOP_CONFIRMATION) {
                p.push(
                    "missing_opt_out_confirmation",
                    Severity::Error,
                    "a STOP reply confirms that no further messages will be sent",
                );
            }
            if w.iter().any(|x| MARKETING.contains(x)) {
                p.push(
                    "marketing_in_stop_reply",
                    Severity::Warning,
                    "an opt-out confirmation may not contain marketing (FCC one-time confirmation rule)",
                );
            }
        }
        ReplyKind::Start => {
            if !has_opt_out_instruction(&w) {
                p.push(
                    "missing_opt_out_instructions",
                    Severity::Error,
                    "a START confirmation says how to opt out (\"Reply STOP to opt out\")",
                );
            }
            if !has_seq(&w, RATES) {
                p.push(
                    "missing_rates_notice",
                    Severity::Warning,
                    "CTIA expects an opt-in confirmation to say \"Msg&data rates may apply\"",
                );
            }
            if !has_seq(&w, FREQUENCY) {
                p.push(
                    "missing_frequency",
                    Severity::Warning,
                    "CTIA expects an opt-in confirmation to state the message frequency",
                );
            }
        }
    }

    let count = segments(&SegmentsArgs {
        text: rendered,
        smart_encoding: false,
    });
    if count.encoding == Encoding::Ucs2 {
        p.push(
            "ucs2_encoding",
            Severity::Warning,
            format!(
                "{} forces UCS-2: a segment holds 70 characters instead of 160",
                count.non_gsm.join(" ")
            ),
        );
    }
    if count.segments > 1 {
        p.push(
            "longer_than_one_segment",
            Severity::Warning,
            format!(
                "the reply costs {} segments ({} characters, {}); keep keyword replies to one",
                count.segments,
                count.characters,
                match count.encoding {
                    Encoding::Gsm7 => "GSM-7",
                    Encoding::Ucs2 => "UCS-2",
                }
            ),
        );
    }
    let mut problems = p.0;
    crate::small_sort::sort_short_by_key(&mut problems, |x| x.severity == Severity::Warning);
    Ok(LintReplyResult {
        problems,
        encoding: count.encoding,
        segments: count.segments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lint(kind: ReplyKind, body: &str) -> Vec<String> {
        lint_reply(&LintReplyArgs {
            kind,
            body: body.to_owned(),
            org: None,
        })
        .unwrap()
        .problems
        .into_iter()
        .map(|p| p.code)
        .collect()
    }

    #[test]
    fn help_without_contact_rates_or_opt_out_has_three_errors() {
        let codes = lint(ReplyKind::Help, "{business_name}: we're here for you!");
        for code in [
            "missing_contact",
            "missing_rates_notice",
            "missing_opt_out_instructions",
        ] {
            assert!(codes.contains(&code.to_owned()), "{codes:?}");
        }
    }

    #[test]
    fn stop_reply_must_confirm_no_further_messages() {
        let codes = lint(ReplyKind::Stop, "{business_name}: got it, thanks!");
        assert_eq!(codes, vec!["missing_opt_out_confirmation"]);
    }

    #[test]
    fn unknown_placeholder_is_an_error_naming_it() {
        let result = lint_reply(&LintReplyArgs {
            kind: ReplyKind::Stop,
            body: "{name}: you are unsubscribed, no more messages.".to_owned(),
            org: None,
        })
        .unwrap();
        let p = &result.problems[0];
        assert_eq!(p.code, "unknown_placeholder");
        assert_eq!(p.severity, Severity::Error);
        assert!(p.message.contains("{name}"));
    }

    #[test]
    fn reply_longer_than_one_segment_is_a_warning() {
        let body = format!(
            "{{business_name}}: you are unsubscribed, no more messages. {}",
            "x".repeat(150)
        );
        let result = lint_reply(&LintReplyArgs {
            kind: ReplyKind::Stop,
            body,
            org: None,
        })
        .unwrap();
        assert_eq!(result.segments, 2);
        assert!(result
            .problems
            .iter()
            .any(|p| p.code == "longer_than_one_segment" && p.severity == Severity::Warning));
    }

    #[test]
    fn contacts_are_recognised_in_plain_text() {
        assert!(has_contact("call (206) 555-0142"));
        assert!(has_contact("write help@harbor.example"));
        assert!(has_contact("see harbordental.com."));
        assert!(!has_contact("Reply STOP to opt out."));
    }
}
