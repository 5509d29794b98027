//! Request shapes written as data: each [`Pattern`] is a short sequence of word slots with
//! the [`Reason`] code it reports and its level (`phrase` or `possible`). The matcher is a
//! small backtracking walk over the words of one clause (clauses are at most
//! `MAX_CLAUSE_WORDS` long and slots are few, so the walk is bounded and cheap).
//!
//! Also here: the word aliases people use when they text (`u` -> `YOU`, `pls` -> `PLEASE`,
//! `txt` -> `TEXT`, `2` -> `TO`, common misspellings), applied to every word before the
//! rules see it. Every list is the product's own choice, tested by the labelled corpus in
//! `tests/fixtures/inbound_corpus.json`.

use super::phrase::{list_tail_ok, negated_before, only_courtesy, word_bit, Lexicon};
use super::Reason;

/// One slot of a pattern.
#[derive(Clone, Copy)]
pub(crate) enum E {
    /// This word.
    W(&'static str),
    /// One of these words.
    A(&'static [&'static str]),
    /// Optionally one of these words.
    O(&'static [&'static str]),
    /// Up to this many words of any kind.
    Gap(usize),
    /// Zero or more modifiers (`the`, `these`, `your`, `promo`, ...).
    Mods,
    /// A texting noun (`texts`, `messages`, `alerts`, ...), after modifiers.
    Noun,
    /// A texting noun after modifiers, or `these` / `them` / `this` / `it` ending the
    /// clause (`stop getting these`).
    TextObj,
    /// The sender or their number: `me`, `us`, `my number`, `this number`, `my cell`.
    MeObj,
    /// What one is taken off or removed from: nothing (or only courtesy), or a list, the
    /// texts, the sender's contacts (`off your list`, `from the texting list`).
    ListTail,
    /// Only courtesy until the end of the clause.
    End,
}

/// How a negation earlier in the clause affects a pattern.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Neg {
    /// A negation before the match cancels it (`please don't take me off the list`).
    Cancels,
    /// The pattern needs a negation before it (`don't send me any more messages`).
    Required,
}

/// A request shape.
pub(crate) struct Pattern {
    pub reason: Reason,
    /// `possible` rather than `phrase`.
    pub possible: bool,
    /// Must start the clause (after courtesy).
    pub anchored: bool,
    pub neg: Neg,
    pub slots: &'static [E],
    /// [`word_bit`]s of the key words (see [`key_words`]); 0 when the key is a noun.
    pub key: u128,
    /// Needs a texting noun in the clause.
    pub needs_noun: bool,
}

const fn p(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: false,
        anchored: false,
        neg: Neg::Cancels,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

const fn neg(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: false,
        anchored: false,
        neg: Neg::Required,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

const fn start(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: false,
        anchored: true,
        neg: Neg::Cancels,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

const fn maybe(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: true,
        anchored: false,
        neg: Neg::Cancels,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

const fn maybe_neg(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: true,
        anchored: false,
        neg: Neg::Required,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

const fn maybe_start(reason: Reason, slots: &'static [E]) -> Pattern {
    Pattern {
        reason,
        possible: true,
        anchored: true,
        neg: Neg::Cancels,
        slots,
        key: key_mask(slots),
        needs_noun: needs_noun(slots),
    }
}

use Reason as R;
use E::{Gap, ListTail, MeObj, Mods, Noun, TextObj, A, O, W};

const EN_PER_SE: &[&str] = &["STOP", "STOPALL", "UNSUBSCRIBE", "QUIT", "REVOKE", "OPTOUT"];
const EN_CONTACT: &[&str] = &[
    "TEXT",
    "TEXTING",
    "MESSAGE",
    "MESSAGING",
    "CONTACT",
    "CONTACTING",
    "SMS",
    "SEND",
    "SENDING",
];

/// English shapes. `phrase` first, then `possible`.
pub(crate) const EN_PATTERNS: &[Pattern] = &[
    // Off a list: `take me off ur list`, `get my number off your list`, `can u take me off`.
    p(
        R::OffList,
        &[
            A(&["TAKE", "GET", "TAKES"]),
            MeObj,
            W("OFF"),
            O(&["OF", "FROM"]),
            ListTail,
        ],
    ),
    p(
        R::OffList,
        &[A(&["TAKE", "GET"]), MeObj, W("OUT"), W("OF"), ListTail],
    ),
    // Passive: `I want to be taken off your list`, `removed from your texting list`.
    p(
        R::OffList,
        &[
            A(&["TAKEN", "REMOVED", "DELETED", "TAKE", "GET"]),
            A(&["OFF", "FROM"]),
            O(&["OF"]),
            ListTail,
        ],
    ),
    p(R::OffList, &[A(&["WANT", "NEED"]), W("OFF"), ListTail]),
    start(R::OffList, &[W("OFF"), W("THE"), A(&["LIST", "LISTS"])]),
    p(
        R::OffList,
        &[A(&["DELETE", "ERASE", "LOSE", "UNLIST"]), MeObj, ListTail],
    ),
    // `put me on your do not text list`, `mark me as do not contact`.
    p(
        R::OffList,
        &[
            A(&["PUT", "ADD", "MARK", "PLACE"]),
            Gap(5),
            A(&["DO", "DONT"]),
            O(&["NOT"]),
            A(&["TEXT", "CONTACT", "CALL", "MESSAGE", "SMS"]),
        ],
    ),
    // `I want the texts to stop`, `make these messages stop`.
    p(
        R::StopReceiving,
        &[
            A(&["WANT", "NEED", "MAKE"]),
            Mods,
            Noun,
            O(&["TO"]),
            W("STOP"),
        ],
    ),
    // `no texts please`, `no more of these`, `enough with the texts`.
    start(R::NoMoreTexts, &[W("NO"), Mods, Noun, E::End]),
    start(
        R::NoMoreTexts,
        &[
            W("NO"),
            W("MORE"),
            W("OF"),
            A(&["THESE", "THEM", "THIS", "THOSE"]),
            E::End,
        ],
    ),
    p(R::NoMoreTexts, &[W("ENOUGH"), O(&["WITH"]), Mods, Noun]),
    // Negated send with the texts as object: `don't send me any more messages`.
    neg(R::DoNotSend, &[W("SEND"), O(&["ME", "US"]), Mods, Noun]),
    neg(
        R::DoNotSend,
        &[
            W("SEND"),
            O(&["ME", "US"]),
            A(&["ANY", "ANYMORE", "ANYTHING", "THESE", "THEM", "THIS"]),
            O(&["MORE", "FURTHER", "ELSE"]),
            O(&["OF"]),
            O(&["THESE", "THEM", "THIS", "THOSE"]),
            E::End,
        ],
    ),
    neg(R::DoNotContact, &[W("REACH"), W("OUT")]),
    // Refusals with a passive or another subject: `I don't want to be texted`, `i dont
    // want u texting me`, `I'd rather not receive texts`.
    neg(
        R::RefuseTexts,
        &[
            A(&["WANT", "WISH", "NEED", "LIKE"]),
            O(&["TO"]),
            W("BE"),
            A(&["TEXTED", "CONTACTED", "MESSAGED", "SPAMMED"]),
        ],
    ),
    neg(
        R::RefuseTexts,
        &[W("WANT"), A(&["YOU", "YALL"]), Gap(2), A(EN_CONTACT)],
    ),
    p(
        R::RefuseTexts,
        &[
            A(&["RATHER", "PREFER"]),
            W("NOT"),
            O(&["TO"]),
            A(&["RECEIVE", "GET", "RECEIVING", "GETTING"]),
            TextObj,
        ],
    ),
    neg(
        R::RefuseTexts,
        &[
            W("INTERESTED"),
            W("IN"),
            A(&["RECEIVING", "GETTING"]),
            TextObj,
        ],
    ),
    neg(
        R::RefuseTexts,
        &[
            A(&["WANT", "WISH", "NEED"]),
            O(&["TO"]),
            A(&["RECEIVE", "GET"]),
            A(&["THESE", "THEM", "THIS", "THOSE", "IT"]),
            O(&["ANYMORE"]),
            E::End,
        ],
    ),
    // Consent withdrawn.
    p(
        R::WithdrawConsent,
        &[
            A(&["WITHDRAW", "WITHDRAWING"]),
            O(&["MY", "ALL"]),
            W("CONSENT"),
        ],
    ),
    neg(
        R::WithdrawConsent,
        &[
            W("CONSENT"),
            W("TO"),
            O(&["RECEIVING", "RECEIVE", "GETTING"]),
            TextObj,
        ],
    ),
    neg(
        R::WithdrawConsent,
        &[
            W("CONSENT"),
            W("TO"),
            A(&["BE", "BEING"]),
            A(&["TEXTED", "CONTACTED", "MESSAGED"]),
        ],
    ),
    neg(
        R::WithdrawConsent,
        &[
            W("PERMISSION"),
            O(&["TO"]),
            A(&["TEXT", "CONTACT", "MESSAGE", "SMS"]),
        ],
    ),
    // A per se keyword used as a command: `stop it`, `stop who dis`, `STOP how did u get
    // this number`, `STOP - this is not John`.
    start(
        R::KeywordCommand,
        &[A(&["STOP", "QUIT"]), A(&["IT", "THIS"]), E::End],
    ),
    start(
        R::KeywordCommand,
        &[A(EN_PER_SE), A(&["WHO", "WHOS", "HOW", "WHY", "WHERE"])],
    ),
    start(
        R::KeywordCommand,
        &[A(EN_PER_SE), W("THIS"), A(&["IS", "ISNT"])],
    ),
    // --- possible
    maybe(
        R::WhyTexted,
        &[
            W("WHY"),
            Gap(3),
            A(&["TEXTING", "MESSAGING", "SENDING", "CONTACTING", "SPAMMING"]),
        ],
    ),
    maybe(
        R::WhyTexted,
        &[
            W("WHY"),
            A(&["AM", "DO", "ARE", "DID"]),
            A(&["I", "WE"]),
            O(&["KEEP", "STILL", "ALWAYS"]),
            A(&["GETTING", "RECEIVING", "GET", "RECEIVE"]),
            TextObj,
        ],
    ),
    maybe(
        R::WhyTexted,
        &[W("WHY"), Gap(3), W("HAVE"), W("MY"), W("NUMBER")],
    ),
    maybe(
        R::WhyTexted,
        &[
            A(&["HOW", "WHERE"]),
            A(&["DID", "DO"]),
            Gap(3),
            A(&["GET", "GOT"]),
            A(&["MY", "THIS", "THE"]),
            W("NUMBER"),
        ],
    ),
    maybe(
        R::WhyTexted,
        &[W("WHO"), W("GAVE"), Gap(1), A(&["MY", "THIS"]), W("NUMBER")],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            A(&["NEVER", "DIDNT", "NOT"]),
            A(&["SIGNED", "SIGN"]),
            W("UP"),
            E::End,
        ],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            A(&["NEVER", "DIDNT", "NOT"]),
            A(&["SIGNED", "SIGN"]),
            W("UP"),
            A(&["FOR", "TO"]),
            A(&[
                "THIS", "THESE", "THAT", "ANY", "ANYTHING", "TEXTS", "MESSAGES", "IT",
            ]),
        ],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            W("NEVER"),
            A(&["SUBSCRIBED", "AGREED", "CONSENTED", "OPTED", "ASKED"]),
        ],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            A(&["NEVER", "DIDNT"]),
            A(&["GAVE", "GIVE"]),
            Gap(2),
            A(&["NUMBER", "PERMISSION", "CONSENT"]),
        ],
    ),
    maybe(
        R::NeverSignedUp,
        &[W("REMEMBER"), A(&["SIGNING", "SUBSCRIBING", "AGREEING"])],
    ),
    maybe(
        R::WrongNumber,
        &[
            A(&["YOU", "YOUVE"]),
            O(&["HAVE", "GOT"]),
            O(&["THE", "A"]),
            W("WRONG"),
            A(&["NUMBER", "PERSON"]),
        ],
    ),
    maybe(
        R::WrongNumber,
        &[A(&["IM", "I"]), O(&["AM"]), W("NOT"), W("THE"), W("PERSON")],
    ),
    maybe(
        R::WrongNumber,
        &[
            W("THIS"),
            A(&["IS", "ISNT"]),
            O(&["NOT"]),
            Gap(1),
            W("NUMBER"),
        ],
    ),
    maybe_start(R::SpamOrBlocked, &[W("SPAM"), E::End]),
    maybe(
        R::SpamOrBlocked,
        &[A(&["THIS", "ITS", "THATS"]), O(&["IS"]), W("SPAM")],
    ),
    maybe(R::SpamOrBlocked, &[W("IS"), W("THIS"), W("SPAM")]),
    maybe(
        R::SpamOrBlocked,
        &[
            A(&["REPORTED", "REPORTING", "REPORT"]),
            Gap(2),
            A(&["SPAM", "NUMBER"]),
        ],
    ),
    maybe_start(
        R::SpamOrBlocked,
        &[
            A(&["BLOCKED", "BLOCKING"]),
            O(&["THIS", "YOUR", "YOU"]),
            O(&["NUMBER"]),
            E::End,
        ],
    ),
    maybe(
        R::TextingComplaint,
        &[A(&["TOO", "SO"]), W("MANY"), Mods, Noun],
    ),
    maybe(
        R::TextingComplaint,
        &[W("TEXT"), A(&["ME", "US"]), Gap(1), W("TOO"), W("MUCH")],
    ),
    maybe(
        R::TextingComplaint,
        &[
            Noun,
            A(&["ARE", "IS"]),
            Gap(1),
            A(&["ANNOYING", "IRRITATING"]),
        ],
    ),
    maybe_start(R::TextingComplaint, &[W("ENOUGH"), O(&["ALREADY"]), E::End]),
    maybe(R::TextingComplaint, &[A(&["LESS", "FEWER"]), Mods, Noun]),
    maybe(
        R::TextingComplaint,
        &[W("HAVE"), W("TO"), W("KEEP"), A(&["GETTING", "RECEIVING"])],
    ),
    maybe(R::TextingComplaint, &[Noun, W("EVER"), Gap(2), W("STOP")]),
    maybe(
        R::TextingComplaint,
        &[W("WAY"), W("TO"), W("NOT"), A(&["GET", "RECEIVE"])],
    ),
    maybe(
        R::TextingComplaint,
        &[W("WHEN"), W("WILL"), Mods, Noun, Gap(4), W("STOP")],
    ),
    maybe_start(R::TextingComplaint, &[W("DONT"), E::End]),
    maybe(
        R::TextingComplaint,
        &[
            W("HOW"),
            Gap(2),
            W("STOP"),
            A(&["THIS", "THESE", "IT", "THEM"]),
            E::End,
        ],
    ),
    maybe_neg(R::UnknownSender, &[W("KNOW"), A(&["YOU", "YALL"]), E::End]),
    maybe_neg(
        R::UnknownSender,
        &[
            W("KNOW"),
            W("WHO"),
            A(&["THIS", "YOU", "YALL"]),
            A(&["IS", "ARE"]),
        ],
    ),
    maybe_neg(
        R::TextingComplaint,
        &[
            A(&["WANT", "NEED"]),
            A(&["THIS", "THESE", "THAT", "IT"]),
            E::End,
        ],
    ),
];

const FR_PER_SE: &[&str] = &["ARRET", "ARRETE", "ARRETT", "STOP"];

/// French shapes.
pub(crate) const FR_PATTERNS: &[Pattern] = &[
    // `ne plus m'envoyer de messages`, `merci de ne plus me contacter`.
    p(
        R::DoNotContact,
        &[
            W("NE"),
            W("PLUS"),
            O(&["ME", "M", "NOUS"]),
            A(&[
                "MENVOYER",
                "ENVOYER",
                "CONTACTER",
                "MECRIRE",
                "ECRIRE",
                "TEXTER",
                "METEXTER",
                "RECEVOIR",
                "DERANGER",
                "SOLLICITER",
            ]),
        ],
    ),
    // Spoken French drops the `ne`: `je veux plus recevoir de sms`.
    p(
        R::RefuseTexts,
        &[
            A(&["VEUX", "VOULONS", "SOUHAITE", "SOUHAITONS", "DESIRE"]),
            W("PLUS"),
            O(&["RECEVOIR", "AVOIR"]),
            Mods,
            Noun,
        ],
    ),
    neg(
        R::RefuseTexts,
        &[
            A(&["VEUX", "VOULONS", "SOUHAITE", "SOUHAITONS", "DESIRE"]),
            O(&["PLUS", "PAS"]),
            W("ETRE"),
            A(&["CONTACTE", "CONTACTEE", "CONTACTES", "DERANGE", "DERANGEE"]),
        ],
    ),
    p(
        R::OffList,
        &[
            W("ETRE"),
            A(&[
                "RETIRE",
                "RETIREE",
                "ENLEVE",
                "ENLEVEE",
                "SUPPRIME",
                "SUPPRIMEE",
            ]),
            ListTail,
        ],
    ),
    start(
        R::KeywordCommand,
        &[A(FR_PER_SE), A(&["QUI", "POURQUOI", "COMMENT"])],
    ),
    maybe(
        R::WhyTexted,
        &[
            W("POURQUOI"),
            Gap(2),
            A(&[
                "MECRIVEZ", "MENVOYEZ", "ECRIVEZ", "ENVOYEZ", "TEXTEZ", "RECOIS", "RECOIT",
                "MECRIS",
            ]),
        ],
    ),
    maybe(
        R::WhyTexted,
        &[W("COMMENT"), Gap(3), A(&["MON", "CE"]), W("NUMERO")],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            W("JAMAIS"),
            A(&[
                "INSCRIT", "INSCRITE", "DEMANDE", "ABONNE", "ABONNEE", "ACCEPTE",
            ]),
        ],
    ),
    maybe(
        R::SpamOrBlocked,
        &[A(&["CEST", "SPAM"]), O(&["DU"]), W("SPAM")],
    ),
];

const ES_PER_SE: &[&str] = &["BAJA", "ALTO", "PARAR", "STOP"];

/// Spanish shapes.
pub(crate) const ES_PATTERNS: &[Pattern] = &[
    neg(
        R::RefuseTexts,
        &[
            A(&["QUIERO", "QUEREMOS", "DESEO", "DESEAMOS"]),
            W("QUE"),
            A(&["ME", "NOS"]),
            A(&[
                "MANDEN",
                "ENVIEN",
                "ESCRIBAN",
                "CONTACTEN",
                "TEXTEEN",
                "MOLESTEN",
                "MANDES",
                "ENVIES",
                "ESCRIBAS",
            ]),
        ],
    ),
    neg(
        R::DoNotContact,
        &[
            A(&["ME", "NOS"]),
            A(&["VUELVAN", "VUELVAS", "VUELVA"]),
            W("A"),
            A(&[
                "ESCRIBIR",
                "MANDAR",
                "ENVIAR",
                "CONTACTAR",
                "TEXTEAR",
                "MOLESTAR",
                "LLAMAR",
            ]),
        ],
    ),
    start(
        R::KeywordCommand,
        &[A(ES_PER_SE), A(&["QUIEN", "POR", "PORQUE", "COMO"])],
    ),
    maybe(
        R::WhyTexted,
        &[
            A(&["PORQUE", "QUE"]),
            O(&["ME", "NOS"]),
            A(&[
                "MANDAN", "ESCRIBEN", "ENVIAN", "TEXTEAN", "ESCRIBES", "MANDAS", "ENVIAS",
            ]),
        ],
    ),
    maybe(
        R::WhyTexted,
        &[
            W("COMO"),
            A(&["CONSIGUIERON", "OBTUVIERON", "TIENEN", "SACARON"]),
            A(&["MI", "ESTE"]),
            W("NUMERO"),
        ],
    ),
    maybe(
        R::NeverSignedUp,
        &[
            W("NUNCA"),
            O(&["ME", "LO", "LES"]),
            A(&["SUSCRIBI", "INSCRIBI", "REGISTRE", "PEDI", "DI"]),
        ],
    ),
    maybe(
        R::SpamOrBlocked,
        &[A(&["ESTO", "ES"]), O(&["ES"]), W("SPAM")],
    ),
];

/// Tries one pattern at word `i`.
fn match_at(lex: &Lexicon, tokens: &[&str], i: usize, slots: &[E]) -> bool {
    let Some((slot, rest)) = slots.split_first() else {
        return true;
    };
    let word = tokens.get(i);
    let is = |words: &[&str]| word.is_some_and(|t| words.contains(t));
    match *slot {
        W(w) => word == Some(&w) && match_at(lex, tokens, i + 1, rest),
        A(words) => is(words) && match_at(lex, tokens, i + 1, rest),
        O(words) => {
            (is(words) && match_at(lex, tokens, i + 1, rest)) || match_at(lex, tokens, i, rest)
        }
        Gap(n) => (0..=n).any(|k| i + k <= tokens.len() && match_at(lex, tokens, i + k, rest)),
        Mods => {
            let mut j = i;
            loop {
                if match_at(lex, tokens, j, rest) {
                    return true;
                }
                if !tokens.get(j).is_some_and(|t| lex.modifiers.contains(t)) {
                    return false;
                }
                j += 1;
            }
        }
        Noun => is(lex.nouns) && match_at(lex, tokens, i + 1, rest),
        TextObj => {
            if is(&["THESE", "THEM", "THIS", "IT", "THOSE"]) && only_courtesy(&[lex], tokens, i + 1)
            {
                return match_at(lex, tokens, tokens.len(), rest);
            }
            let mut j = i;
            while tokens.get(j).is_some_and(|t| lex.modifiers.contains(t)) {
                j += 1;
            }
            tokens.get(j).is_some_and(|t| lex.nouns.contains(t))
                && match_at(lex, tokens, j + 1, rest)
        }
        MeObj => {
            if is(lex.self_objects) {
                return match_at(lex, tokens, i + 1, rest);
            }
            is(&["MY", "THIS", "THE", "OUR"])
                && tokens.get(i + 1).is_some_and(|t| {
                    [
                        "NUMBER", "CELL", "PHONE", "INFO", "NAME", "CONTACT", "NUMBERS",
                    ]
                    .contains(t)
                })
                && match_at(lex, tokens, i + 2, rest)
        }
        ListTail => rest.is_empty() && list_tail_ok(lex, tokens, i),
        E::End => rest.is_empty() && only_courtesy(&[lex], tokens, i),
    }
}

/// The first pattern of `patterns` that matches the clause: (reason, possible, index of
/// its first word).
/// `mask` holds the [`word_bit`]s of the clause's words; `has_noun` whether it has a
/// texting noun.
pub(crate) fn first_match(
    lex: &Lexicon,
    tokens: &[&str],
    start: usize,
    possible: bool,
    mask: u128,
    has_noun: bool,
) -> Option<(Reason, usize)> {
    let candidates = lex.patterns.iter().filter(|p| {
        p.possible == possible && (p.key == 0 || p.key & mask != 0) && (!p.needs_noun || has_noun)
    });
    for pattern in candidates {
        let range = if pattern.anchored {
            0..start + 1
        } else {
            0..tokens.len()
        };
        for i in range {
            // Anchored: any position reached by skipping courtesy (`NO` is courtesy too, so
            // `pls no texts` may start at `NO`).
            if pattern.anchored && !only_courtesy_until(lex, tokens, i) {
                continue;
            }
            if !first_slot_may_match(lex, pattern.slots, tokens.get(i)) {
                continue;
            }
            let negated = negated_before(lex, tokens, i);
            let neg_ok = match pattern.neg {
                Neg::Cancels => !negated,
                Neg::Required => negated,
            };
            if neg_ok && match_at(lex, tokens, i, pattern.slots) {
                return Some((pattern.reason, i));
            }
        }
    }
    None
}

/// Whether `tokens[..end]` is courtesy, cut exactly at `end`.
fn only_courtesy_until(lex: &Lexicon, tokens: &[&str], end: usize) -> bool {
    let mut i = 0;
    while i < end {
        let n = super::phrase::courtesy_len(&[lex], tokens, i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == end
}

/// A cheap test of the first slot, to skip most start positions.
fn first_slot_may_match(lex: &Lexicon, slots: &[E], word: Option<&&str>) -> bool {
    match slots.first() {
        Some(W(w)) => word == Some(w),
        Some(A(words)) => word.is_some_and(|t| words.contains(t)),
        Some(Noun) => word.is_some_and(|t| lex.nouns.contains(t)),
        Some(_) => true,
        None => false,
    }
}

/// Everyday words a pattern's prefilter key should not be: a key is a word every match
/// must contain, and a common key would send most ordinary texts through the rules.
const COMMON: &[&str] = &[
    "A", "ADD", "ARE", "BE", "COMO", "DE", "DID", "DO", "DONT", "EL", "ES", "ESTO", "FOR", "GET",
    "GOT", "HAVE", "HOW", "I", "IM", "IN", "IS", "IT", "ITS", "KNOW", "LA", "LIKE", "MAKE", "ME",
    "MI", "MY", "NE", "NEED", "NO", "NOT", "OF", "PLUS", "POR", "PUT", "QUE", "SO", "TAKE",
    "THATS", "THE", "THESE", "THIS", "TO", "TOO", "US", "WANT", "WAY", "WHEN", "WHERE", "WHO",
    "WHY", "WILL", "YALL", "YOU", "YOUVE",
];

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let (mut a, mut b) = (a, b);
    while let (Some((x, ra)), Some((y, rb))) = (a.split_first(), b.split_first()) {
        if *x != *y {
            return false;
        }
        a = ra;
        b = rb;
    }
    true
}

const fn any_common(words: &[&str]) -> bool {
    let mut rest = words;
    while let Some((w, tail)) = rest.split_first() {
        let mut common = COMMON;
        while let Some((c, more)) = common.split_first() {
            if str_eq(w, c) {
                return true;
            }
            common = more;
        }
        rest = tail;
    }
    false
}

/// The words of a pattern's key slot: the first required word slot with no everyday word;
/// else none when a texting noun is required (the prefilter holds every noun); else the
/// first required word slot. Every match contains one of them.
const fn key_words(slots: &[E]) -> &[&str] {
    let mut fallback: &[&str] = &[];
    let mut has_noun = false;
    let mut rest = slots;
    while let Some((slot, tail)) = rest.split_first() {
        let words: &[&str] = match slot {
            W(w) => core::slice::from_ref(w),
            A(words) => words,
            Noun => {
                has_noun = true;
                &[]
            }
            _ => &[],
        };
        if !words.is_empty() {
            if !any_common(words) {
                return words;
            }
            if fallback.is_empty() {
                fallback = words;
            }
        }
        rest = tail;
    }
    if has_noun {
        // Every match holds a texting noun, and the prefilter holds them all.
        return &[];
    }
    fallback
}

const fn key_mask(slots: &[E]) -> u128 {
    let mut mask = 0;
    let mut ws = key_words(slots);
    while let Some((w, more)) = ws.split_first() {
        mask |= word_bit(w);
        ws = more;
    }
    mask
}

const fn needs_noun(slots: &[E]) -> bool {
    let mut rest = slots;
    while let Some((slot, tail)) = rest.split_first() {
        if matches!(slot, Noun) {
            return true;
        }
        rest = tail;
    }
    false
}

/// The key words of the patterns (for the prefilter). A pattern whose only literal slots
/// are nouns (`Noun`) is covered by the lexicon's nouns, which the prefilter also holds.
pub(crate) const fn key_bloom(patterns: &[Pattern]) -> super::phrase::Bloom {
    let mut bloom = super::phrase::Bloom::empty();
    let mut rest = patterns;
    while let Some((pattern, tail)) = rest.split_first() {
        let mut ws = key_words(pattern.slots);
        while let Some((w, more)) = ws.split_first() {
            bloom = bloom.with(w);
            ws = more;
        }
        rest = tail;
    }
    bloom
}

/// Texting spellings and abbreviations, folded form -> canonical word. Sorted by key (a
/// test checks), searched by bisection.
pub(crate) const ALIASES: &[(&str, &str)] = &[
    ("ANYMOR", "ANYMORE"),
    ("CONTACTIN", "CONTACTING"),
    ("DNT", "DONT"),
    ("MENSAJ", "MENSAJE"),
    ("MESAGES", "MESSAGES"),
    ("MESSAGIN", "MESSAGING"),
    ("MESSGES", "MESSAGES"),
    ("MJS", "MENSAJES"),
    ("MSG", "MESSAGE"),
    ("MSGES", "MESSAGES"),
    ("MSGING", "MESSAGING"),
    ("MSGN", "MESSAGING"),
    ("MSGS", "MESSAGES"),
    ("MSJ", "MENSAJE"),
    ("MSJS", "MENSAJES"),
    ("NOTIFS", "NOTIFICATIONS"),
    ("NUM", "NUMBER"),
    ("NUMBR", "NUMBER"),
    ("PLEAS", "PLEASE"),
    ("PLESE", "PLEASE"),
    ("PLIS", "PLEASE"),
    ("PLS", "PLEASE"),
    ("PLSS", "PLEASE"),
    ("PLZ", "PLEASE"),
    ("PLZZ", "PLEASE"),
    ("R", "ARE"),
    ("RECIEVE", "RECEIVE"),
    ("RECIEVING", "RECEIVING"),
    ("RECIVE", "RECEIVE"),
    ("REMVOE", "REMOVE"),
    ("RMV", "REMOVE"),
    ("SENDIN", "SENDING"),
    ("SOTP", "STOP"),
    ("STAHP", "STOP"),
    ("STPO", "STOP"),
    ("TEXTIN", "TEXTING"),
    ("THANX", "THANKS"),
    ("THNX", "THANKS"),
    ("THX", "THANKS"),
    ("TSOP", "STOP"),
    ("TXT", "TEXT"),
    ("TXTD", "TEXTED"),
    ("TXTED", "TEXTED"),
    ("TXTIN", "TEXTING"),
    ("TXTING", "TEXTING"),
    ("TXTN", "TEXTING"),
    ("TXTS", "TEXTS"),
    ("U", "YOU"),
    ("UNSUB", "UNSUBSCRIBE"),
    ("UR", "YOUR"),
    ("W", "WITH"),
    ("WANNA", "WANT"),
    ("WNAT", "WANT"),
    ("Y", "WHY"),
];

/// Long words whose one-letter slips (a letter dropped, added, or two swapped) still read
/// as the word: `unsuscribe`, `texitng`. Substitutions are not accepted (`TESTING` is not
/// `TEXTING`).
const SLIP_WORDS: &[&str] = &["UNSUBSCRIBE", "TEXTING", "MESSAGING", "CONTACTING"];

/// Words that people stretch (`STOPPPP`, `pleaseee`, `nooo`): a token equal to one of
/// these once runs of a repeated letter are squeezed.
const STRETCHED: &[&str] = &["STOP", "PLEASE", "NO"];

fn squeezed_eq(token: &str, word: &str) -> bool {
    let mut prev = None;
    token
        .bytes()
        .filter(|b| {
            let keep = Some(*b) != prev;
            prev = Some(*b);
            keep
        })
        .eq(word.bytes())
}

/// One letter dropped, added or two neighbours swapped (not a substitution).
fn one_slip(token: &str, word: &str) -> bool {
    let (t, w) = (token.as_bytes(), word.as_bytes());
    if t == w {
        return false;
    }
    let prefix = t.iter().zip(w).take_while(|(a, b)| a == b).count();
    let (ts, ws) = (
        t.get(prefix..).unwrap_or(&[]),
        w.get(prefix..).unwrap_or(&[]),
    );
    match t.len() as isize - w.len() as isize {
        -1 => ts == ws.get(1..).unwrap_or(&[]),
        // An extra last letter is another word (`UNSUBSCRIBED`, `TEXTINGS`).
        1 => ts.len() > 1 && ts.get(1..).unwrap_or(&[]) == ws,
        0 => {
            ts.len() >= 2
                && ts.first() == ws.get(1)
                && ts.get(1) == ws.first()
                && ts.get(2..) == ws.get(2..)
        }
        _ => false,
    }
}

/// The canonical form of one folded word.
pub(crate) fn canonical<'a>(token: &'a str, next: Option<&str>) -> &'a str {
    if token == "2" {
        // `2` for "to" only before a word (`no longer want 2 receive`); `stop 2` is a code.
        return if next.is_some_and(|n| n.bytes().any(|b| b.is_ascii_alphabetic())) {
            "TO"
        } else {
            token
        };
    }
    if let Ok(at) = ALIASES.binary_search_by(|(k, _)| (*k).cmp(token)) {
        return ALIASES.get(at).map_or(token, |(_, v)| v);
    }
    let len = token.len();
    if len >= 3 {
        if let Some(w) = STRETCHED.iter().find(|w| {
            token.as_bytes().first() == w.as_bytes().first()
                && len > w.len()
                && squeezed_eq(token, w)
        }) {
            return w;
        }
    }
    if len >= 6 {
        if let Some(w) = SLIP_WORDS.iter().find(|w| {
            token.as_bytes().first() == w.as_bytes().first()
                && len.abs_diff(w.len()) <= 1
                && one_slip(token, w)
        }) {
            return w;
        }
    }
    token
}

/// Whether a word could become a rule word by squeezing or a slip (for the prefilter; the
/// alias keys are in the prefilter's Bloom filter).
pub(crate) fn may_canonicalise(token: &str) -> bool {
    token.len() > 4 && (token.starts_with("STO") || token.starts_with("UNS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_sorted_and_unique() {
        for pair in ALIASES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?}", pair);
        }
    }

    #[test]
    fn stretched_words_squeeze_to_the_word() {
        assert_eq!(canonical("STOPPPP", None), "STOP");
        assert_eq!(canonical("STOPP", None), "STOP");
        assert_eq!(canonical("PLEASEEE", None), "PLEASE");
        assert_eq!(canonical("STOOP", None), "STOP");
        assert_eq!(canonical("STOPS", None), "STOPS");
        assert_eq!(canonical("STEP", None), "STEP");
    }

    #[test]
    fn one_slip_accepts_drops_adds_and_swaps_not_substitutions() {
        assert_eq!(canonical("UNSUSCRIBE", None), "UNSUBSCRIBE");
        assert_eq!(canonical("UNSUBCRIBE", None), "UNSUBSCRIBE");
        assert_eq!(canonical("TEXITNG", None), "TEXTING");
        assert_eq!(canonical("TEXTNG", None), "TEXTING");
        assert_eq!(canonical("TESTING", None), "TESTING");
        assert_eq!(canonical("TEXTING", None), "TEXTING");
    }

    #[test]
    fn two_is_to_only_before_a_word() {
        assert_eq!(canonical("2", Some("RECEIVE")), "TO");
        assert_eq!(canonical("2", None), "2");
        assert_eq!(canonical("2", Some("30")), "2");
    }
}
