//! Inbound texts: is this a STOP, a START, a HELP, or an ordinary message; what happens to
//! the contact's consent; what (if anything) to reply; and may an automated agent answer.
//!
//! Inputs are the message text, the contact's consent state, what kind of number received
//! it (and whether Twilio or the carrier already answers keywords there), and the
//! organisation's name, contacts, templates and keyword settings. The keyword sets are
//! data in `keywords.rs`, each with its source (Twilio's defaults, the FCC's per se list,
//! the Canadian CWTA keywords, and a Spanish set); phrase word lists are in `phrase.rs`,
//! request shapes and texting aliases in `patterns.rs`; reply templates in `replies.rs`.
//!
//! # Ops
//! - [`classify_inbound`]: intent (`opt_out` | `opt_in` | `help` | `none`), match level
//!   (`exact` | `phrase` | `possible` | `none`), canonical keyword, language and the reason
//!   code of the rule that decided.
//! - [`handle_inbound`]: the consent change, the reply (or why none), whether an agent
//!   may answer, and whether a person must review a possible opt-out.
//! - [`lint_reply`]: CTIA-style checks of a HELP / STOP / START reply and its segment cost.
//!
//! # Exact matches
//! The text is folded (see `normalize`: trim, full-width forms, case, accents, surrounding
//! punctuation, quotes and emoji, inner spacing and hyphens) and the whole result must be
//! one keyword: `Stop.`, `"STOP"`, `ＳＴＯＰ`, `ARRÊT`, `opt-out`, `STOP   ALL`, `STOP 🛑`.
//! A keyword spelled out letter by letter (`S T O P`) also matches. Default sets are
//! English (opt-out STOP STOPALL `STOP ALL` UNSUBSCRIBE CANCEL END QUIT REVOKE OPTOUT
//! `OPT OUT`; opt-in START UNSTOP YES; help HELP INFO), Canadian French (ARRET, plus
//! Twilio Proxy's ARRETE/ARRETT; AIDE) and Spanish (BAJA, `NO MAS`, PARAR, CANCELAR,
//! ALTO; AYUDA). Each set can be switched off (`config.default_sets`), and an org can add
//! keywords per intent and language (`config.keywords`). Note that a bare `CANCEL` is an
//! opt-out (as it is for Twilio and the FCC), even when the customer meant an appointment.
//!
//! # Three levels: `phrase`, `possible`, `none`
//! Only opt-outs have a phrase or possible level; HELP and START must be exact. Every
//! answer except `none` carries `reason`, a stable code naming the rule that decided it
//! ([`Reason`]), so each opt-out can be explained later.
//!
//! Before the rules, the folded text is cut into clauses at sentence punctuation, emoji,
//! quotes and line breaks (pieces of at most 48 words), and each word is put in its
//! canonical form: texting spellings (`u` -> YOU, `ur` -> YOUR, `pls`/`plz` -> PLEASE,
//! `txt` -> TEXT, `msg(s)` -> MESSAGE(S), `2` before a word -> TO, `wanna` -> WANT, `#` ->
//! NUMBER), stretched words (`stopppp`, `pleaseee`) and one-letter slips in long words
//! (`unsuscribe`, `texitng`; never a substitution, so `testing` stays `testing`). A keyword
//! that is quoted or explained rather than said (`Reply STOP to opt out`, `what happens if
//! I text stop`, `STOP to end`) cuts its clause there, so a quoted business text never opts
//! anyone out.
//!
//! **`phrase`: a reasonable person reads it as "stop texting me".** Consent is revoked.
//! - `keyword_with_courtesy`: every clause is opt-out keywords with courtesy or filler
//!   (please, thanks, ok, no, now, me, all, again, already, "not interested", "wrong
//!   number", "I said", merci, svp, por favor, ...): `Stop. Thank you`, `STOP pls`, `STOP
//!   STOP`, `stopppp`, `I said STOP!!`. A run of digits right after the keyword is allowed:
//!   **`STOP 12345` is an opt-out** (keyword STOP); telrules does not scope opt-outs to a
//!   program code, so the sender is opted out, the safe reading of a per se word.
//! - `keyword_command`: a per se keyword used as a command in a longer message: a clause
//!   of its own (`STOP. Who is this?`, `Stop. I sold the car`, `who is this? stop`), or
//!   opening a clause before a question about the sender (`stop who dis`, `STOP how did u
//!   get this number`), or `stop it` / `stop this`. Not when the message laughs or
//!   delights (`Stop! You're making me laugh 😂`, `stop it you're too kind 😊`: `none`),
//!   and not for CANCEL and END, which beside other sentences are about appointments (`Yes,
//!   cancel`, `Cancel, I'll call to reschedule`: `none`).
//! - `stop_texting`: a stop verb with a texting object (`stop texting me`, `can u stop
//!   sending me msgs`, `stop w/ the texts`, `arrêtez de m'envoyer des messages`, `dejen de
//!   escribirme`); the subject must not be the texter stopping themself (`I'll stop
//!   texting now`: `none`).
//! - `stop_receiving`: `I want to stop receiving texts`, `how do I stop getting these
//!   msgs`, `I want the texts to stop`; receiving needs the texts as object (`I want to
//!   stop receiving paper bills`: `none`).
//! - `unsubscribe`: `unsubscribe me`, `opt me out`, `I'm opting out`, `leave me alone`,
//!   `désabonnez-moi`, `denme de baja`; `opt out of the extended warranty` is `none`.
//! - `off_list`: `take me off ur list`, `can u take me off`, `get my number off your
//!   list`, `I want to be removed from your texting list`, `remove my #`, `put me on your
//!   do not text list`, `retirez-moi de votre liste`, `quítenme de la lista`. A removal
//!   verb needs the sender or a list as object: `can you remove the tartar buildup`, `I
//!   need my wisdom teeth removed`, `take me off the waitlist` are `none`.
//! - `no_more_texts`: `no more texts`, `pls no txts`, `no more of these`, `enough with the
//!   texts`, `plus de messages`, `no más mensajes`.
//! - `do_not_contact`: `don't text me`, `do not contact me again`, `never msg me`, `ne
//!   m'envoyez plus`, `no me escriban más`; not `don't text me back`.
//! - `do_not_send`: a negated send with the texts as object: `dont send me any more
//!   messages`, `do not send any more texts`, `don't send me these anymore`; not `don't
//!   send any more samples` or `don't send the bill`.
//! - `refuse_texts`: `I no longer want to receive these texts`, `dont want ur msgs`, `i
//!   dont want to be texted`, `I'd rather not receive texts`, `je ne veux plus recevoir
//!   de SMS`, `ya no quiero recibir mensajes`; not `I don't want to stop getting the texts`.
//! - `withdraw_consent`: `I revoke my consent`, `I withdraw consent`, `you do not have
//!   permission to text me`.
//!
//! A negation earlier in the clause cancels most shapes (`don't stop the reminders`,
//! `please don't take me off the list`, `I didn't unsubscribe`). A word used in another
//! sense has no texting object, so `What time do you stop serving lunch?`, `We have to
//! stop this bill!`, `can't stop smiling`, `the end of the day` stay `none`. A request to
//! BE texted is `none` (`please text me when it's ready`, `stop calling, text only`).
//!
//! **`possible`: it may be a revocation, it may not.** Nothing automatic happens; a person
//! decides (see [`handle_inbound`]). The reason says why:
//! `why_texted` (`why do you keep texting me?`, `how did you get my number?`),
//! `never_signed_up` (`I never signed up for this`), `not_interested` (`Not interested`
//! alone), `wrong_number` (`wrong number`, `you have the wrong person`; not `my bad, wrong
//! number`), `spam_or_blocked` (`this is spam`, `blocked`), `texting_complaint` (`too many
//! texts`, `these texts are annoying`, `enough`), `keyword_command` (a bare keyword beside
//! a bare `lol`: `please stop lol`), `unknown_sender` (`I don't know you`), `unsubscribe_elsewhere` (`the unsubscribe link in your email doesn't
//! work`; with `... but keep the texts` it is `none`). A bare `who is this?` is `none`.
//!
//! **`none`**: everything else, including every shape above preceded by a negation that
//! turns it around, and calls-only requests (`stop calling me`: calls are not SMS
//! consent here).
//!
//! Calibration: the labelled corpus in `tests/fixtures/inbound_corpus.json` (texts written
//! the way people text, in English, French and Spanish) has a tuning part and a held-back
//! part never used to write rules; a test reports precision and recall per intent and match
//! level on the held-back part and holds the targets (worded opt-outs recalled >= 98%,
//! ordinary texts and traps read as opt-out <= 1%).
//!
//! `mode: "strict"` keeps only exact keywords: no `phrase` and no `possible` (whole-body
//! keyword matching, as Twilio does, but still with the folding above).

mod classify;
mod handle;
mod keywords;
mod lint;
pub(crate) mod normalize;
mod patterns;
mod phrase;
mod replies;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use classify::{Classifier, MAX_EXTRA_KEYWORDS, MAX_KEYWORD_CHARS};
pub use handle::{
    handle_inbound, ConsentChange, ConsentState, HandleInboundArgs, HandleInboundResult, Org,
    Reply, ReplyReason, Sender, SenderKind, TemplateSet,
};
pub use keywords::DEFAULT_LANGUAGES;
pub use lint::{lint_reply, LintProblem, LintReplyArgs, LintReplyResult, ReplyKind, Severity};
pub use replies::{builtin_template, PLACEHOLDERS, TEMPLATE_LANGUAGES};

use crate::Error;

/// What the sender asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "InboundIntent"))]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// The sender wants no more texts (STOP, UNSUBSCRIBE, a phrase opt-out, …).
    OptOut,
    /// The sender wants texts again (START, UNSTOP, …).
    OptIn,
    /// The sender asks for help (HELP, INFO, …).
    Help,
    /// An ordinary message: no keyword or opt-out phrase.
    None,
}

impl Intent {
    /// The contract's snake_case name (`opt_out`, `opt_in`, `help`, `none`).
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::OptOut => "opt_out",
            Intent::OptIn => "opt_in",
            Intent::Help => "help",
            Intent::None => "none",
        }
    }
}

/// How the intent was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "InboundMatch"))]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The whole (folded) message is one keyword.
    Exact,
    /// A longer message a reasonable person reads as "stop texting me".
    Phrase,
    /// Maybe a revocation, maybe not (`why do you keep texting me?`, `I never signed up
    /// for this`): not acted on automatically; a person decides (see `handle_inbound`).
    Possible,
    /// Not recognised as a keyword or phrase (intent `none`).
    None,
}

/// Which rule decided a classification: a stable code, so every opt-out can be explained
/// (and audited) later. See the module docs for each rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "InboundReason"))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The whole folded message is one keyword (`exact`).
    ExactKeyword,
    /// Opt-out keywords with only courtesy, filler or a code around them (`STOP please`).
    KeywordWithCourtesy,
    /// A per se keyword used as a command in a longer message (`STOP who is this?`,
    /// `Stop. I sold the car`, `stop it`).
    KeywordCommand,
    /// A stop verb aimed at the texting (`please stop texting me`, `stop the texts`).
    StopTexting,
    /// Asking to stop receiving (`I want to stop receiving texts`, `how do I stop getting
    /// these msgs`, `I want the texts to stop`).
    StopReceiving,
    /// Self-removal (`unsubscribe me`, `opt me out`, `leave me alone`).
    Unsubscribe,
    /// Off a list (`take me off ur list`, `remove my number`, `put me on your do not text
    /// list`).
    OffList,
    /// `no more texts`, `no texts pls`, `enough with the texts`.
    NoMoreTexts,
    /// A negated contact verb aimed at the sender (`don't text me`, `do not contact me`).
    DoNotContact,
    /// A negated send with the texts as object (`don't send me any more messages`).
    DoNotSend,
    /// A refusal of the texts (`I no longer want to receive these texts`, `dont want ur
    /// msgs`, `I'd rather not receive texts`).
    RefuseTexts,
    /// Consent withdrawn (`I withdraw my consent`, `you do not have permission to text me`).
    WithdrawConsent,
    /// `possible`: asks why they are texted or how their number was got.
    WhyTexted,
    /// `possible`: says they never signed up.
    NeverSignedUp,
    /// `possible`: `not interested` on its own.
    NotInterested,
    /// `possible`: `wrong number`, `you have the wrong person`.
    WrongNumber,
    /// `possible`: calls the texts spam, or says the number is blocked or reported.
    SpamOrBlocked,
    /// `possible`: complains about the texting (`too many texts`, `these texts are
    /// annoying`, `enough`) or asks about ending it without asking for it.
    TextingComplaint,
    /// `possible`: says they do not know the sender.
    UnknownSender,
    /// `possible`: an unsubscribe aimed at email or a link, not clearly at the texts.
    UnsubscribeElsewhere,
}

impl Reason {
    /// The stable code, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::ExactKeyword => "exact_keyword",
            Reason::KeywordWithCourtesy => "keyword_with_courtesy",
            Reason::KeywordCommand => "keyword_command",
            Reason::StopTexting => "stop_texting",
            Reason::StopReceiving => "stop_receiving",
            Reason::Unsubscribe => "unsubscribe",
            Reason::OffList => "off_list",
            Reason::NoMoreTexts => "no_more_texts",
            Reason::DoNotContact => "do_not_contact",
            Reason::DoNotSend => "do_not_send",
            Reason::RefuseTexts => "refuse_texts",
            Reason::WithdrawConsent => "withdraw_consent",
            Reason::WhyTexted => "why_texted",
            Reason::NeverSignedUp => "never_signed_up",
            Reason::NotInterested => "not_interested",
            Reason::WrongNumber => "wrong_number",
            Reason::SpamOrBlocked => "spam_or_blocked",
            Reason::TextingComplaint => "texting_complaint",
            Reason::UnknownSender => "unknown_sender",
            Reason::UnsubscribeElsewhere => "unsubscribe_elsewhere",
        }
    }
}

/// `standard` (default): exact keywords and phrase opt-outs. `strict`: exact only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    /// Exact keywords and phrase opt-outs (the default).
    Standard,
    /// Exact keywords only; phrases are ordinary messages.
    Strict,
}

/// An org's extra keywords, per intent, keyed by language (`{"es": ["BASTA"]}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ExtraKeywords {
    #[serde(default)]
    /// Extra opt-out keywords, by language.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub opt_out: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    /// Extra opt-in keywords, by language.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub opt_in: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    /// Extra help keywords, by language.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub help: BTreeMap<String, Vec<String>>,
}

/// Keyword settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct KeywordConfig {
    /// Extra keywords (matched exactly, after the same folding). A keyword may not belong
    /// to two intents, nor to a different intent than a default keyword.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub keywords: ExtraKeywords,
    /// Languages whose default sets (and phrase rules) are on; absent = all
    /// (`en`, `fr`, `es`).
    #[serde(default)]
    pub default_sets: Option<Vec<String>>,
    #[serde(default)]
    /// `standard` (default: keywords and phrases) or `strict` (exact keywords only).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub mode: Mode,
}

/// Arguments of `classify_inbound`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ClassifyInboundArgs {
    /// The inbound message body.
    pub text: String,
    #[serde(default)]
    /// Extra keywords and matching options; default: the built-in keyword sets only.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub config: KeywordConfig,
}

/// Result of `classify_inbound`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Classification {
    /// What the sender asks for.
    pub intent: Intent,
    #[serde(rename = "match")]
    /// How the intent was recognised (serialised as `match`).
    pub match_kind: MatchKind,
    /// The canonical keyword (upper case, folded): the keyword matched, or the keyword a
    /// phrase contains (`STOP` for `please stop texting me`); null when there is none
    /// (`no more texts`).
    pub keyword: Option<Cow<'static, str>>,
    /// Language of the keyword set or phrase rule that matched; null for `none`.
    pub language: Option<Cow<'static, str>>,
    /// The rule that decided it; null for `none`.
    pub reason: Option<Reason>,
}

impl Classification {
    pub(crate) fn none() -> Self {
        Classification {
            intent: Intent::None,
            match_kind: MatchKind::None,
            keyword: None,
            language: None,
            reason: None,
        }
    }

    pub(crate) fn exact(
        intent: Intent,
        keyword: Cow<'static, str>,
        language: Cow<'static, str>,
    ) -> Self {
        Classification {
            intent,
            match_kind: MatchKind::Exact,
            keyword: Some(keyword),
            language: Some(language),
            reason: Some(Reason::ExactKeyword),
        }
    }
}

/// Every default keyword: (intent, language, keyword in folded form).
pub fn default_keywords() -> impl Iterator<Item = (Intent, &'static str, &'static str)> {
    keywords::DEFAULT_SETS.iter().flat_map(|set| {
        set.keywords
            .iter()
            .map(move |k| (set.intent, set.language, *k))
    })
}

/// Classifies an inbound text. Fails only on an invalid `config`.
pub fn classify_inbound(args: &ClassifyInboundArgs) -> Result<Classification, Error> {
    let classifier = Classifier::new(&args.config, "config")?;
    Ok(classifier.classify(&args.text))
}
