//! Inbound texts: is this a STOP, a START, a HELP, or an ordinary message; what happens to
//! the contact's consent; what (if anything) to reply; and may an automated agent answer.
//!
//! Inputs are the message text, the contact's consent state, what kind of number received
//! it (and whether Twilio or the carrier already answers keywords there), and the
//! organisation's name, contacts, templates and keyword settings. The keyword sets are
//! data in `keywords.rs`, each with its source (Twilio's defaults, the FCC's per se list,
//! the Canadian CWTA keywords, and a Spanish set); phrase word lists are in `phrase.rs`;
//! reply templates in `replies.rs`.
//!
//! # Ops
//! - [`classify_inbound`]: intent (`opt_out` | `opt_in` | `help` | `none`), match level
//!   (`exact` | `phrase` | `none`), canonical keyword and language.
//! - [`handle_inbound`]: the consent change, the reply (or why none) and whether an agent
//!   may answer.
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
//! # Phrase-level opt-outs (the FCC's "reasonable person" test)
//! Only opt-outs have a phrase level; HELP and START must be exact. The folded text is cut
//! into clauses at sentence punctuation, emoji, quotes and line breaks. A message is a
//! `phrase` opt-out when either
//!
//! 1. **Bare keyword with courtesy**: every clause consists only of opt-out keywords and
//!    courtesy or filler words (please, thanks, ok, no, now, me, all, again, "not
//!    interested", "wrong number", "I said", merci, svp, por favor, …), and at least one
//!    clause has a keyword. `Stop. Thank you`, `STOP please`, `please cancel`,
//!    `Unsubscribe me`, `STOP STOP STOP`, `I said STOP!!`. A run of digits right after the
//!    keyword is allowed: **`STOP 12345` is an opt-out** (keyword STOP); telrules does not
//!    scope opt-outs to a program code, so the digits are ignored and the sender is opted
//!    out, the safe reading of a per se word. If any clause says something else, the
//!    message is not an opt-out by this rule (`Stop! You're making me laugh`, `Cancel, I'll
//!    call to reschedule`).
//! 2. **A clause asks for the texting to stop**, in one of five shapes (per language):
//!    - a stop verb (stop, quit, cease, end, cancel; arrêtez de; dejen de) followed by a
//!      texting object: a texting verb (`texting`, `sending`, `messaging`, `m'envoyer`,
//!      `enviarme`) or a texting noun after determiners (`the texts`, `these promo
//!      messages`, `my subscription`). With a texting verb the object must be the sender
//!      (`me`), a texting noun, courtesy, the end of the clause, or the verb must open the
//!      clause; the nearest subject before the verb must not be the sender themself
//!      (`I'll stop texting now` is not a request);
//!    - a self-removal expression: `unsubscribe`, `opt (me) out`, `leave me alone`, `lose
//!      my number`; and `remove (me)`, `take me off`, `revoke`, `delete my number` only
//!      when nothing else or a list follows (`remove me from your list`, not `remove the
//!      late fee`); `désabonnez-moi`, `retirez-moi de votre liste`, `denme de baja`;
//!    - `no more` + texting object at the start of a clause (`no more texts`, `plus de
//!      messages`, `no más mensajes`);
//!    - a negated contact verb aimed at the sender (`don't text me`, `never message us`,
//!      but not `don't text me back`; `ne m'envoyez plus`; `no me escriban más`);
//!    - a negated want + plural texting noun (`I don't want these texts`, `je ne veux
//!      plus de messages`, `no quiero recibir mensajes`).
//!
//!    Any negation earlier in the clause cancels the first, second and last shapes
//!    (`don't stop the reminders`, `I didn't unsubscribe`). A word used in another sense
//!    never has a texting object, so `What time do you stop serving lunch?`, `We have to
//!    stop this bill!`, `can't stop smiling`, `the end of the day` stay `none`.
//!
//! Calls only (`stop calling me`) are not SMS opt-outs here. Clauses are scanned in pieces
//! of at most 48 words. `mode: "strict"` turns phrases off (whole-body keyword matching,
//! as Twilio does, but still with the folding above).

mod classify;
mod handle;
mod keywords;
mod lint;
pub(crate) mod normalize;
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
#[serde(rename_all = "snake_case")]
pub enum Intent {
    OptOut,
    OptIn,
    Help,
    None,
}

impl Intent {
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
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The whole (folded) message is one keyword.
    Exact,
    /// A longer message a reasonable person reads as "stop texting me".
    Phrase,
    None,
}

/// `standard` (default): exact keywords and phrase opt-outs. `strict`: exact only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Standard,
    Strict,
}

/// An org's extra keywords, per intent, keyed by language (`{"es": ["BASTA"]}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraKeywords {
    #[serde(default)]
    pub opt_out: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub opt_in: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub help: BTreeMap<String, Vec<String>>,
}

/// Keyword settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeywordConfig {
    /// Extra keywords (matched exactly, after the same folding). A keyword may not belong
    /// to two intents, nor to a different intent than a default keyword.
    #[serde(default)]
    pub keywords: ExtraKeywords,
    /// Languages whose default sets (and phrase rules) are on; absent = all
    /// (`en`, `fr`, `es`).
    #[serde(default)]
    pub default_sets: Option<Vec<String>>,
    #[serde(default)]
    pub mode: Mode,
}

/// Arguments of `classify_inbound`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifyInboundArgs {
    /// The inbound message body.
    pub text: String,
    #[serde(default)]
    pub config: KeywordConfig,
}

/// Result of `classify_inbound`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Classification {
    pub intent: Intent,
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
    /// The canonical keyword (upper case, folded): the keyword matched, or the keyword a
    /// phrase contains (`STOP` for `please stop texting me`); null when there is none
    /// (`no more texts`).
    pub keyword: Option<Cow<'static, str>>,
    /// Language of the keyword set or phrase rule that matched; null for `none`.
    pub language: Option<Cow<'static, str>>,
}

impl Classification {
    pub(crate) fn none() -> Self {
        Classification {
            intent: Intent::None,
            match_kind: MatchKind::None,
            keyword: None,
            language: None,
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
