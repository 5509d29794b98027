//! Phrase-level opt-out detection: the word lists (per language) and the rules that use
//! them. The rules themselves are described in the module docs of `inbound`; this file
//! keeps them close to their data. All words are in folded form (see `normalize`), after
//! the texting aliases of `patterns` (`u` -> `YOU`, `pls` -> `PLEASE`).

use super::patterns::{self, Pattern};
use super::Reason;

/// What follows a removal expression for it to count.
#[derive(Clone, Copy)]
pub(crate) enum Tail {
    /// Anything may follow (`unsubscribe` is unambiguous wherever it stands).
    Any,
    /// The clause ends, or continues only with courtesy, or names what to be removed from
    /// (`from your list`, `my consent`): `remove me` yes, `remove the 3pm slot` no.
    ListOrEnd,
    /// Nothing but courtesy before or after it in the clause (`unsubscribed`, but not `why
    /// did I get unsubscribed`).
    Alone,
    /// Anything, except `of` / `from` something other than the texts (`opt out of the
    /// extended warranty` is not about texts; `opt out of these messages` is).
    NotOfOther,
}

/// How a negated contact verb must be followed (language grammar differs).
#[derive(Clone, Copy)]
pub(crate) enum ContactRule {
    /// English: `don't text ME`, `never message US`, `do not contact THIS NUMBER`; not
    /// `don't text me BACK` (a conversation instruction).
    SelfObjectAfter,
    /// French: `ne m'envoyez PLUS`, `ne me textez JAMAIS`.
    MarkerAfter(&'static [&'static str]),
    /// Spanish: `no ME envíen (más) (mensajes)`: a clitic `ME` right before the verb, then
    /// the end of the clause or a texting object.
    MeBeforeThenTail,
}

pub(crate) struct Lexicon {
    pub language: &'static str,
    /// Politeness and filler expressions that may surround a bare keyword.
    pub courtesy: &'static [&'static [&'static str]],
    /// Verbs that ask for something to stop, when followed by a texting object.
    pub stop_verbs: &'static [&'static str],
    /// Words between the verb and its object (`arrêtez DE`).
    pub linkers: &'static [&'static str],
    /// Verbs naming the texting itself (`stop TEXTING`, `arrêtez de M'ENVOYER`).
    pub gerunds: &'static [&'static str],
    /// Nouns naming the texts (`stop the TEXTS`).
    pub nouns: &'static [&'static str],
    /// Determiners and modifiers allowed before a noun (`all of THESE PROMO texts`).
    pub modifiers: &'static [&'static str],
    /// The sender themself as object (`ME`, `US`).
    pub self_objects: &'static [&'static str],
    /// Subject pronouns: the nearest before the verb decides who is to stop.
    pub first_person: &'static [&'static str],
    pub second_person: &'static [&'static str],
    /// A negation before the match cancels it (`don't stop`, `I didn't unsubscribe`).
    pub negations: &'static [&'static str],
    /// Self-removal expressions, what may follow them, and the reason they report.
    pub removals: &'static [(&'static [&'static str], Tail, Reason)],
    /// Prepositions before what one is removed from.
    pub tail_preps: &'static [&'static str],
    /// What one is removed from, besides the texting nouns.
    pub tail_nouns: &'static [&'static str],
    /// `no more` expressions; must open the clause and be followed by a texting object.
    pub no_more: &'static [&'static [&'static str]],
    /// Contact verbs for the negated form (`don't TEXT me`).
    pub contact_verbs: &'static [&'static str],
    /// Contact verbs that carry their own negation (French `N'ENVOYEZ`).
    pub self_negated_contact_verbs: &'static [&'static str],
    pub contact_rule: ContactRule,
    /// Verbs of wanting for the refusal form (`I don't WANT these texts`).
    pub want_verbs: &'static [&'static str],
    /// Plural texting nouns for the refusal form (singular `text` is too often "the text
    /// you sent" to count).
    pub plural_nouns: &'static [&'static str],
    /// Words that make a first-person stop a request (`I WANT to stop receiving`, `HOW do
    /// I stop`) rather than a statement (`I'll stop texting now`).
    pub wishes: &'static [&'static str],
    /// Gerunds of receiving: they need a texting object (`stop receiving texts`, not `stop
    /// receiving paper bills`) and report `stop_receiving`.
    pub receiving: &'static [&'static str],
    /// Words that scope an unsubscribe to something other than the texts (`email`), which
    /// makes it `possible`.
    pub elsewhere: &'static [&'static str],
    /// Courtesy expressions that, alone, make a message `possible` (`wrong number`, `not
    /// interested`).
    pub possible_courtesy: &'static [(&'static [&'static str], Reason)],
    /// Words that mark the texter's own slip (`my bad, wrong number`).
    pub own_slip: &'static [&'static str],
    /// Request shapes written as data (see `patterns`).
    pub patterns: &'static [Pattern],
}

/// The phrase lexicons, one per language with default sets. Every word here is the
/// product's own choice (no provider publishes phrase lists); the corpus in
/// `tests/fixtures/inbound_corpus.json` is their test.
pub(crate) const LEXICONS: &[Lexicon] = &[EN, FR, ES];

/// A placeholder to fill fixed arrays of lexicon references.
pub(crate) const FIRST_LEXICON: &Lexicon = &EN;

const EN: Lexicon = Lexicon {
    language: "en",
    courtesy: &[
        &["PLEASE"],
        &["PLS"],
        &["PLZ"],
        &["PLEASEE"],
        &["KINDLY"],
        &["THANKS"],
        &["THANK", "YOU"],
        &["THANKYOU"],
        &["THX"],
        &["TY"],
        &["OK"],
        &["OKAY"],
        &["K"],
        &["HI"],
        &["HELLO"],
        &["HEY"],
        &["SORRY"],
        &["NOW"],
        &["ASAP"],
        &["IMMEDIATELY"],
        &["RIGHT", "NOW"],
        &["JUST"],
        &["NO"],
        &["NOPE"],
        &["NAH"],
        &["NO", "THANKS"],
        &["NO", "THANK", "YOU"],
        &["NOT", "INTERESTED"],
        &["WRONG", "NUMBER"],
        &["I", "SAID"],
        &["I", "ALREADY", "SAID"],
        &["ALREADY", "SAID"],
        &["ME"],
        &["US"],
        &["ALL"],
        &["AGAIN"],
        &["ANYMORE"],
        &["ANY", "MORE"],
        &["THIS", "NUMBER"],
        &["FOREVER"],
        &["ALREADY"],
        &["UGH"],
        &["GUYS"],
        &["SERIOUSLY"],
        &["THANKS", "AGAIN"],
    ],
    stop_verbs: &[
        "STOP", "STOPALL", "QUIT", "CEASE", "DESIST", "END", "CANCEL", "HALT",
    ],
    linkers: &["WITH"],
    gerunds: &[
        "TEXTING",
        "TXTING",
        "MESSAGING",
        "SENDING",
        "CONTACTING",
        "SPAMMING",
        "BOTHERING",
        "HARASSING",
        "RECEIVING",
        "GETTING",
    ],
    nouns: &[
        "TEXT",
        "TEXTS",
        "TXT",
        "TXTS",
        "MESSAGE",
        "MESSAGES",
        "MSG",
        "MSGS",
        "SMS",
        "ALERTS",
        "NOTIFICATIONS",
        "REMINDERS",
        "SPAM",
        "SUBSCRIPTION",
        "PROMOS",
        "PROMOTIONS",
        "MARKETING",
        "ADS",
        "UPDATES",
        "COMMUNICATION",
        "COMMUNICATIONS",
        "TEXTMESSAGES",
        "NEWSLETTER",
        "NEWSLETTERS",
    ],
    modifiers: &[
        "THE",
        "THESE",
        "THOSE",
        "THIS",
        "ALL",
        "OF",
        "YOUR",
        "ANY",
        "MY",
        "SUCH",
        "SO",
        "MANY",
        "MORE",
        "AUTOMATED",
        "PROMO",
        "PROMOTIONAL",
        "MARKETING",
        "TEXT",
        "SMS",
        "SALES",
        "DAILY",
        "WEEKLY",
        "STUPID",
        "DAMN",
        "FREAKING",
        "FURTHER",
        "FUTURE",
        "OTHER",
        "THEIR",
        "ANNOYING",
        "SPAM",
        "REMINDER",
    ],
    self_objects: &["ME", "US", "MYSELF"],
    first_person: &["I", "ILL", "IM", "IVE", "ID", "WE", "WELL", "WERE", "WEVE"],
    second_person: &["YOU", "U", "YALL", "YA", "YOUVE", "YOULL"],
    negations: &[
        "DONT", "NOT", "NEVER", "CANT", "CANNOT", "WONT", "DIDNT", "DOESNT", "ISNT", "ARENT",
        "WASNT", "WOULDNT", "SHOULDNT", "HAVENT", "LONGER",
    ],
    removals: &[
        (&["UNSUBSCRIBE"], Tail::Any, Reason::Unsubscribe),
        (&["UNSUB"], Tail::Any, Reason::Unsubscribe),
        (&["UNSUBSCRIBED"], Tail::Alone, Reason::Unsubscribe),
        (&["OPTOUT"], Tail::NotOfOther, Reason::Unsubscribe),
        (&["OPT", "OUT"], Tail::NotOfOther, Reason::Unsubscribe),
        (&["OPTING", "OUT"], Tail::NotOfOther, Reason::Unsubscribe),
        (&["OPT", "ME", "OUT"], Tail::Any, Reason::Unsubscribe),
        (&["OPT", "US", "OUT"], Tail::Any, Reason::Unsubscribe),
        (&["SIGN", "ME", "OUT"], Tail::ListOrEnd, Reason::Unsubscribe),
        (&["LEAVE", "ME", "ALONE"], Tail::Any, Reason::Unsubscribe),
        (&["LEAVE", "US", "ALONE"], Tail::Any, Reason::Unsubscribe),
        (&["LOSE", "MY", "NUMBER"], Tail::Any, Reason::OffList),
        (&["REVOKE"], Tail::ListOrEnd, Reason::WithdrawConsent),
        (&["REMOVE"], Tail::ListOrEnd, Reason::OffList),
        (
            &["DELETE", "MY", "NUMBER"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
        (&["TAKE", "ME", "OFF"], Tail::ListOrEnd, Reason::OffList),
        (
            &["TAKE", "MY", "NUMBER", "OFF"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
    ],
    tail_preps: &["FROM", "OFF", "OF", "ON"],
    tail_nouns: &[
        "LIST",
        "LISTS",
        "CONSENT",
        "PERMISSION",
        "NUMBER",
        "CONTACTS",
        "DATABASE",
        "MAILING",
        "SYSTEM",
        "CELL",
        "PHONE",
        "INFO",
        "TEXTING",
        "LISTS",
        "CONTACT",
        "DISTRIBUTION",
        "SUBSCRIBER",
        "CALL",
        "CALLING",
    ],
    no_more: &[&["NO", "MORE"], &["NO", "MAS"]],
    contact_verbs: &[
        "TEXT", "TXT", "MESSAGE", "MSG", "SMS", "CONTACT", "SPAM", "BOTHER",
    ],
    self_negated_contact_verbs: &[],
    contact_rule: ContactRule::SelfObjectAfter,
    want_verbs: &["WANT", "NEED", "WISH"],
    wishes: &[
        "WANT", "LIKE", "NEED", "WISH", "HOW", "TRYING", "TRY", "PREFER", "WOULD", "ID",
    ],
    receiving: &["RECEIVING", "GETTING"],
    elsewhere: &["EMAIL", "EMAILS", "BUTTON", "LINK"],
    possible_courtesy: &[
        (&["WRONG", "NUMBER"], Reason::WrongNumber),
        (&["NOT", "INTERESTED"], Reason::NotInterested),
    ],
    own_slip: &["MY", "BAD", "OOPS", "SORRY", "DISREGARD", "IGNORE", "MEANT"],
    patterns: patterns::EN_PATTERNS,
    plural_nouns: &[
        "TEXTS",
        "TXTS",
        "MESSAGES",
        "MSGS",
        "ALERTS",
        "NOTIFICATIONS",
        "REMINDERS",
        "PROMOS",
        "PROMOTIONS",
        "ADS",
        "UPDATES",
        "COMMUNICATIONS",
    ],
};

const FR: Lexicon = Lexicon {
    language: "fr",
    courtesy: &[
        &["MERCI"],
        &["SVP"],
        &["STP"],
        &["SIL", "VOUS", "PLAIT"],
        &["SIL", "TE", "PLAIT"],
        &["BONJOUR"],
        &["BONSOIR"],
        &["MAINTENANT"],
        &["DESOLE"],
        &["NON"],
        &["NON", "MERCI"],
        &["MOI"],
        &["TOUT"],
        &["PAS", "INTERESSE"],
        &["PAS", "INTERESSEE"],
        &["MAUVAIS", "NUMERO"],
    ],
    stop_verbs: &[
        "ARRETEZ", "ARRETE", "ARRETER", "ARRET", "CESSEZ", "CESSER", "CESSE", "DARRETER",
    ],
    linkers: &["DE", "D"],
    gerunds: &[
        "MENVOYER",
        "ENVOYER",
        "DENVOYER",
        "MECRIRE",
        "ECRIRE",
        "DECRIRE",
        "TEXTER",
        "METEXTER",
        "CONTACTER",
        "TEXTO",
        "SPAMMER",
        "HARCELER",
        "RECEVOIR",
    ],
    nouns: &[
        "MESSAGES",
        "MESSAGE",
        "TEXTOS",
        "TEXTO",
        "SMS",
        "TEXTES",
        "NOTIFICATIONS",
        "RAPPELS",
        "ALERTES",
        "PUBS",
        "PUBLICITES",
    ],
    modifiers: &[
        "LES", "DES", "VOS", "CES", "TOUS", "VOTRE", "MES", "LE", "LA", "DE", "D",
    ],
    self_objects: &["ME", "M", "NOUS", "MOI"],
    first_person: &["JE", "J", "NOUS", "ON", "JVAIS"],
    second_person: &["VOUS", "TU"],
    negations: &["NE", "PAS", "JAMAIS", "NARRETEZ", "NARRETE", "PLUS"],
    removals: &[
        (&["DESABONNER"], Tail::Any, Reason::Unsubscribe),
        (&["DESABONNEZ"], Tail::Any, Reason::Unsubscribe),
        (&["DESABONNE"], Tail::Any, Reason::Unsubscribe),
        (&["DESABONNEMENT"], Tail::Any, Reason::Unsubscribe),
        (&["DESINSCRIRE"], Tail::Any, Reason::Unsubscribe),
        (&["DESINSCRIVEZ"], Tail::Any, Reason::Unsubscribe),
        (&["RETIREZ", "MOI"], Tail::ListOrEnd, Reason::OffList),
        (&["ENLEVEZ", "MOI"], Tail::ListOrEnd, Reason::OffList),
        (&["RETIRER"], Tail::ListOrEnd, Reason::OffList),
        (&["ENLEVER"], Tail::ListOrEnd, Reason::OffList),
        (
            &["RETIREZ", "MON", "NUMERO"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
        (
            &["SUPPRIMEZ", "MON", "NUMERO"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
        (
            &["EFFACEZ", "MON", "NUMERO"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
        (
            &["LAISSEZ", "MOI", "TRANQUILLE"],
            Tail::Any,
            Reason::Unsubscribe,
        ),
    ],
    tail_preps: &["DE", "DES", "DU", "D"],
    tail_nouns: &["LISTE", "LISTES", "NUMERO", "CONSENTEMENT", "VOTRELISTE"],
    no_more: &[&["PLUS", "DE"], &["FINI", "LES"]],
    contact_verbs: &[
        "MENVOYEZ",
        "ENVOYEZ",
        "MECRIVEZ",
        "ECRIVEZ",
        "TEXTEZ",
        "CONTACTEZ",
    ],
    self_negated_contact_verbs: &["NENVOYEZ", "NECRIVEZ"],
    contact_rule: ContactRule::MarkerAfter(&["PLUS", "JAMAIS"]),
    want_verbs: &["VEUX", "VOULONS", "SOUHAITE", "SOUHAITONS", "DESIRE"],
    wishes: &[
        "VEUX", "VOULONS", "SOUHAITE", "AIMERAIS", "COMMENT", "VOUDRAIS",
    ],
    receiving: &["RECEVOIR"],
    elsewhere: &[
        "COURRIEL",
        "COURRIELS",
        "EMAIL",
        "EMAILS",
        "INFOLETTRE",
        "LIEN",
    ],
    possible_courtesy: &[
        (&["MAUVAIS", "NUMERO"], Reason::WrongNumber),
        (&["PAS", "INTERESSE"], Reason::NotInterested),
        (&["PAS", "INTERESSEE"], Reason::NotInterested),
    ],
    own_slip: &["DESOLE", "OUPS", "PARDON"],
    patterns: patterns::FR_PATTERNS,
    plural_nouns: &[
        "MESSAGES",
        "TEXTOS",
        "SMS",
        "TEXTES",
        "NOTIFICATIONS",
        "RAPPELS",
        "ALERTES",
    ],
};

const ES: Lexicon = Lexicon {
    language: "es",
    courtesy: &[
        &["GRACIAS"],
        &["POR", "FAVOR"],
        &["PORFA"],
        &["PORFAVOR"],
        &["HOLA"],
        &["YA"],
        &["AHORA"],
        &["NO", "GRACIAS"],
        &["YA", "NO"],
        &["TODO"],
        &["NUMERO", "EQUIVOCADO"],
        &["NO", "ME", "INTERESA"],
    ],
    stop_verbs: &[
        "DEJEN", "DEJA", "DEJE", "PAREN", "PARE", "DETENGAN", "DEJAR", "DEJO", "CANCELEN",
    ],
    linkers: &["DE"],
    gerunds: &[
        "ENVIARME",
        "MANDARME",
        "ESCRIBIRME",
        "CONTACTARME",
        "TEXTEARME",
        "MOLESTARME",
        "ENVIAR",
        "MANDAR",
        "ESCRIBIR",
        "RECIBIR",
    ],
    nouns: &[
        "MENSAJES",
        "MENSAJE",
        "TEXTOS",
        "SMS",
        "NOTIFICACIONES",
        "RECORDATORIOS",
        "ALERTAS",
        "PROMOCIONES",
    ],
    modifiers: &[
        "LOS", "LAS", "LA", "EL", "SUS", "ESTOS", "ESTAS", "ESOS", "TODOS", "MAS", "DE", "TEXTO",
        "SU", "ESTA", "ESTE", "TU", "TUS", "MIS",
    ],
    self_objects: &["ME", "NOS"],
    first_person: &["YO", "NOSOTROS", "VOY"],
    second_person: &["USTED", "USTEDES", "TU"],
    negations: &["NO", "NUNCA"],
    removals: &[
        (&["DARME", "DE", "BAJA"], Tail::Any, Reason::Unsubscribe),
        (&["DENME", "DE", "BAJA"], Tail::Any, Reason::Unsubscribe),
        (&["DEN", "DE", "BAJA"], Tail::Any, Reason::Unsubscribe),
        (&["DESUSCRIBIR"], Tail::Any, Reason::Unsubscribe),
        (&["DESUSCRIBIRME"], Tail::Any, Reason::Unsubscribe),
        (&["DESUSCRIBANME"], Tail::Any, Reason::Unsubscribe),
        (
            &["CANCELAR", "MI", "SUSCRIPCION"],
            Tail::Any,
            Reason::Unsubscribe,
        ),
        (&["DEJENME", "EN", "PAZ"], Tail::Any, Reason::Unsubscribe),
        (&["DEJAME", "EN", "PAZ"], Tail::Any, Reason::Unsubscribe),
        (&["QUITENME"], Tail::ListOrEnd, Reason::OffList),
        (&["QUITEN"], Tail::ListOrEnd, Reason::OffList),
        (&["SAQUENME"], Tail::ListOrEnd, Reason::OffList),
        (&["BORRENME"], Tail::ListOrEnd, Reason::OffList),
        (&["ELIMINENME"], Tail::ListOrEnd, Reason::OffList),
        (
            &["BORREN", "MI", "NUMERO"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
        (
            &["ELIMINEN", "MI", "NUMERO"],
            Tail::ListOrEnd,
            Reason::OffList,
        ),
    ],
    tail_preps: &["DE", "DEL"],
    tail_nouns: &["LISTA", "LISTAS", "NUMERO"],
    no_more: &[&["NO", "MAS"]],
    contact_verbs: &[
        "ENVIEN",
        "MANDEN",
        "ESCRIBAN",
        "CONTACTEN",
        "TEXTEEN",
        "MOLESTEN",
        "ENVIES",
        "MANDES",
        "ESCRIBAS",
        "MOLESTES",
    ],
    self_negated_contact_verbs: &[],
    contact_rule: ContactRule::MeBeforeThenTail,
    want_verbs: &["QUIERO", "QUEREMOS", "DESEO", "DESEAMOS", "NECESITO"],
    wishes: &[
        "QUIERO", "QUEREMOS", "DESEO", "COMO", "QUISIERA", "GUSTARIA",
    ],
    receiving: &["RECIBIR"],
    elsewhere: &["CORREO", "CORREOS", "EMAIL", "EMAILS", "ENLACE"],
    possible_courtesy: &[
        (&["NUMERO", "EQUIVOCADO"], Reason::WrongNumber),
        (&["NO", "ME", "INTERESA"], Reason::NotInterested),
    ],
    own_slip: &["PERDON", "PERDONE", "DISCULPE", "UPS"],
    patterns: patterns::ES_PATTERNS,
    plural_nouns: &[
        "MENSAJES",
        "TEXTOS",
        "NOTIFICACIONES",
        "RECORDATORIOS",
        "ALERTAS",
    ],
};

/// A small Bloom filter over words, built at compile time: `maybe(word)` is false only
/// when the word is certainly not in the set. It lets the phrase rules skip, in a few
/// nanoseconds per word, messages that contain none of the words any rule starts from.
pub(crate) struct Bloom([u64; BLOOM_WORDS]);

const BLOOM_WORDS: usize = 128;
const BLOOM_BITS: u64 = (BLOOM_WORDS as u64) * 64;

/// FNV-1a over the bytes up to the first space (the whole word for a single word).
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut rest = bytes;
    while let Some((b, tail)) = rest.split_first() {
        if *b == b' ' {
            break;
        }
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        rest = tail;
    }
    hash
}

const fn bit_positions(word: &str) -> (u64, u64, u64) {
    let h = fnv1a(word.as_bytes());
    (
        h % BLOOM_BITS,
        (h >> 21) % BLOOM_BITS,
        (h >> 42) % BLOOM_BITS,
    )
}

/// One bit of 128 for a word: a clause's words and a pattern's key words meet in these
/// masks, so a pattern whose key word is not in the clause is skipped at once.
pub(crate) const fn word_bit(word: &str) -> u128 {
    1u128 << (fnv1a(word.as_bytes()) % 128)
}

impl Bloom {
    pub(crate) const fn empty() -> Self {
        Bloom([0; BLOOM_WORDS])
    }

    // Positions are reduced modulo the filter size, so the indexes are always in range.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn with(mut self, word: &str) -> Self {
        let (a, b, c) = bit_positions(word);
        self.0[(a / 64) as usize] |= 1 << (a % 64);
        self.0[(b / 64) as usize] |= 1 << (b % 64);
        self.0[(c / 64) as usize] |= 1 << (c % 64);
        self
    }

    /// Adds the first word of a keyword of several words.
    pub(crate) const fn with_first_word(self, keyword: &str) -> Self {
        self.with(keyword)
    }

    const fn with_all(mut self, words: &[&str]) -> Self {
        let mut rest = words;
        while let Some((w, tail)) = rest.split_first() {
            self = self.with(w);
            rest = tail;
        }
        self
    }

    /// Adds the first word of each sequence.
    const fn with_firsts(mut self, seqs: &[&[&str]]) -> Self {
        let mut rest = seqs;
        while let Some((seq, tail)) = rest.split_first() {
            if let Some((w, _)) = seq.split_first() {
                self = self.with(w);
            }
            rest = tail;
        }
        self
    }

    const fn with_removal_firsts(mut self, removals: &[(&[&str], Tail, Reason)]) -> Self {
        let mut rest = removals;
        while let Some(((seq, _, _), tail)) = rest.split_first() {
            if let Some((w, _)) = seq.split_first() {
                self = self.with(w);
            }
            rest = tail;
        }
        self
    }

    const fn with_lexicon(self, lex: &Lexicon) -> Self {
        self.with_all(lex.stop_verbs)
            .with_removal_firsts(lex.removals)
            .with_firsts(lex.no_more)
            .with_all(lex.contact_verbs)
            .with_all(lex.self_negated_contact_verbs)
            .with_all(lex.want_verbs)
            .with_all(lex.nouns)
            .union(patterns::key_bloom(lex.patterns))
            .with_possible_courtesy(lex.possible_courtesy)
    }

    const fn with_alias_keys(mut self, aliases: &[(&str, &str)]) -> Self {
        let mut rest = aliases;
        while let Some(((key, _), tail)) = rest.split_first() {
            self = self.with(key);
            rest = tail;
        }
        self
    }

    const fn with_possible_courtesy(mut self, entries: &[(&[&str], Reason)]) -> Self {
        let mut rest = entries;
        while let Some(((seq, _), tail)) = rest.split_first() {
            // The last word: `NUMBER` of `WRONG NUMBER`, `INTERESTED` of `NOT INTERESTED`
            // (the first is often an everyday word).
            if let Some((w, _)) = seq.split_last() {
                self = self.with(w);
            }
            rest = tail;
        }
        self
    }

    // `i` stays below the array length.
    #[allow(clippy::indexing_slicing)]
    const fn union(mut self, other: Bloom) -> Self {
        let mut i = 0;
        while i < BLOOM_WORDS {
            self.0[i] |= other.0[i];
            i += 1;
        }
        self
    }

    pub(crate) fn maybe(&self, word: &str) -> bool {
        let (a, b, c) = bit_positions(word);
        let has = |bit: u64| {
            self.0
                .get((bit / 64) as usize)
                .is_some_and(|w| w & (1 << (bit % 64)) != 0)
        };
        has(a) && has(b) && has(c)
    }
}

/// Every word a phrase rule (other than the bare-keyword rule) starts from, in any
/// language.
pub(crate) const TRIGGERS: Bloom = Bloom::empty()
    .with_lexicon(&EN)
    .with_lexicon(&FR)
    .with_lexicon(&ES)
    .with_alias_keys(patterns::ALIASES);

/// The same, per lexicon (in `LEXICONS` order), to skip a language whose rules cannot
/// match a clause.
pub(crate) const LEXICON_TRIGGERS: [(&str, Bloom); 3] = [
    ("en", Bloom::empty().with_lexicon(&EN)),
    ("fr", Bloom::empty().with_lexicon(&FR)),
    ("es", Bloom::empty().with_lexicon(&ES)),
];

/// Whether any word of the clause could start one of `lex`'s rules.
pub(crate) fn lexicon_may_match(lex: &Lexicon, tokens: &[&str]) -> bool {
    LEXICON_TRIGGERS
        .iter()
        .find(|(language, _)| *language == lex.language)
        .is_none_or(|(_, bloom)| tokens.iter().any(|t| bloom.maybe(t)))
}

/// First words of the courtesy expressions, in any language.
pub(crate) const COURTESY_FIRSTS: Bloom = Bloom::empty()
    .with_firsts(EN.courtesy)
    .with_firsts(FR.courtesy)
    .with_firsts(ES.courtesy);

/// Opt-out keywords that, in a clause of their own beside other sentences, are too often
/// about an appointment or an order to be a command on the texting (`Yes, cancel`,
/// `Cancel, I'll call to reschedule`). Alone or with courtesy they still opt out.
pub(crate) const AMBIGUOUS_COMMANDS: &[&str] = &["CANCEL", "END", "CANCELAR"];

/// Words before a keyword that quote or explain it rather than say it (`Reply STOP to opt
/// out`, `what happens if I text stop`, `Répondez STOP`).
pub(crate) const MENTION_MARKERS: &[&str] = &[
    "REPLY",
    "REPLYING",
    "REPLIED",
    "TEXT",
    "TEXTED",
    "TEXTING",
    "SEND",
    "SENDING",
    "SENT",
    "TYPE",
    "TYPED",
    "TYPING",
    "RESPOND",
    "RESPONDED",
    "SAYS",
    "WRITE",
    "WROTE",
    "REPONDEZ",
    "REPONDRE",
    "ENVOYEZ",
    "RESPONDA",
    "RESPONDE",
    "ENVIE",
    "ENVIA",
];

/// A keyword followed by `TO` and one of these is an instruction (`STOP to end`, `STOP to
/// opt out`), not a request.
pub(crate) const INSTRUCTION_ENDS: &[&str] = &[
    "END",
    "OPT",
    "OPTOUT",
    "UNSUBSCRIBE",
    "CANCEL",
    "STOP",
    "QUIT",
    "UNSUB",
    "STOPALL",
];

/// Words that make a bare `stop` playful (`Stop! You're making me laugh`): then it is
/// not a command.
pub(crate) const PLAYFUL_WORDS: &[&str] = &[
    "LMAO",
    "LMFAO",
    "ROFL",
    "JK",
    "KIDDING",
    "LAUGH",
    "LAUGHING",
    "HILARIOUS",
    "FUNNY",
    "CRYING",
    "DYING",
    "AMAZING",
    "KIND",
    "SWEET",
    "CUTE",
];

/// Laughter that may only soften a real request (`please stop lol`): the command becomes
/// `possible`.
pub(crate) const LAUGHTER_WORDS: &[&str] = &[
    "LOL", "LOLOL", "HAHA", "HAHAHA", "HAHAHAHA", "HEHE", "MDR", "JAJA", "JAJAJA",
];

/// Emoji that make a bare `stop` playful (laughing, smiling, loving faces).
pub(crate) const PLAYFUL_EMOJI: &[char] = &[
    '\u{1F602}',
    '\u{1F923}',
    '\u{1F606}',
    '\u{1F605}',
    '\u{1F604}',
    '\u{1F601}',
    '\u{1F60A}',
    '\u{1F60D}',
    '\u{1F970}',
    '\u{1F618}',
    '\u{263A}',
    '\u{1F648}',
    '\u{1F61C}',
    '\u{1F61D}',
    '\u{1F639}',
    '\u{1F92D}',
];

/// Longest phrase a clause is scanned in; longer clauses are split (see module docs).
pub(crate) const MAX_CLAUSE_WORDS: usize = 48;

/// Length of the courtesy expression starting at `i` in any of `lexicons`, or 0.
pub(crate) fn courtesy_len(lexicons: &[&Lexicon], tokens: &[&str], i: usize) -> usize {
    if !tokens.get(i).is_some_and(|t| COURTESY_FIRSTS.maybe(t)) {
        return 0;
    }
    let mut best = 0;
    for lex in lexicons {
        for seq in lex.courtesy {
            if seq.len() > best && starts_with(tokens, i, seq) {
                best = seq.len();
            }
        }
    }
    best
}

pub(crate) fn starts_with(tokens: &[&str], i: usize, seq: &[&str]) -> bool {
    !seq.is_empty()
        && seq
            .iter()
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t == w))
}

fn one_of(token: Option<&&str>, words: &[&str]) -> bool {
    token.is_some_and(|t| words.contains(t))
}

/// Whether a negation occurs in `tokens[..end]` (multi-word negations like `DO NOT` are
/// caught by their last word `NOT`).
pub(crate) fn negated_before(lex: &Lexicon, tokens: &[&str], end: usize) -> bool {
    tokens
        .iter()
        .take(end)
        .any(|t| lex.negations.iter().any(|n| n == t))
}

/// Whether the rest is only courtesy (possibly empty).
pub(crate) fn only_courtesy(lexicons: &[&Lexicon], tokens: &[&str], mut i: usize) -> bool {
    while i < tokens.len() {
        let n = courtesy_len(lexicons, tokens, i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    true
}

/// After skipping modifiers, does a texting noun (or a tail noun) come next?
fn noun_follows(lex: &Lexicon, tokens: &[&str], mut i: usize, extra_nouns: &[&str]) -> bool {
    while let Some(t) = tokens.get(i) {
        if lex.nouns.contains(t) || extra_nouns.contains(t) {
            return true;
        }
        if !lex.modifiers.contains(t) && !lex.self_objects.contains(t) {
            return false;
        }
        i += 1;
    }
    false
}

/// What follows a removal with `Tail::ListOrEnd`: the end, courtesy, or (prepositions,
/// modifiers) a list or texting noun.
pub(crate) fn list_tail_ok(lex: &Lexicon, tokens: &[&str], mut i: usize) -> bool {
    while one_of(tokens.get(i), lex.self_objects) {
        i += 1;
    }
    if only_courtesy(&[lex], tokens, i) {
        return true;
    }
    while one_of(tokens.get(i), lex.tail_preps) {
        i += 1;
    }
    noun_follows(lex, tokens, i, lex.tail_nouns)
}

/// Index of the first token after leading courtesy.
fn after_courtesy(lex: &Lexicon, tokens: &[&str]) -> usize {
    let mut i = 0;
    loop {
        let n = courtesy_len(&[lex], tokens, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// The subject closest before `end` is the sender themself (`I'll stop texting`), and
/// nothing between says they want it stopped (`I WANT to stop`, `HOW do I stop`).
fn first_person_subject(lex: &Lexicon, tokens: &[&str], end: usize) -> bool {
    let mut wish = false;
    for (k, t) in tokens.iter().enumerate().take(end).rev() {
        if lex.second_person.contains(t) {
            return false;
        }
        if lex.wishes.contains(t) {
            wish = true;
        }
        if lex.first_person.contains(t) {
            // `how do I stop`: the question word sits just before the pronoun.
            let asks = k > 0
                && tokens
                    .get(..k)
                    .is_some_and(|b| b.iter().any(|w| lex.wishes.contains(w)));
            return !(wish || asks);
        }
    }
    false
}

/// After a texting gerund: a pronoun for the texts ending the clause (`stop sending these`).
fn pronoun_end(lex: &Lexicon, tokens: &[&str], i: usize) -> bool {
    one_of(
        tokens.get(i),
        &["THESE", "THEM", "THIS", "IT", "THOSE", "CA"],
    ) && only_courtesy(&[lex], tokens, i + 1)
}

/// A request to stop the texting: `stop texting me`, `please stop the texts`,
/// `I want to stop receiving texts`, `arrêtez de m'envoyer des messages`, `dejen de
/// enviarme mensajes`.
fn stop_request(lex: &Lexicon, tokens: &[&str]) -> Option<(Reason, usize)> {
    let start = after_courtesy(lex, tokens);
    for (v, verb) in tokens.iter().enumerate() {
        if !lex.stop_verbs.contains(verb) {
            continue;
        }
        if negated_before(lex, tokens, v) || first_person_subject(lex, tokens, v) {
            continue;
        }
        let mut i = v + 1;
        while one_of(tokens.get(i), lex.linkers) || one_of(tokens.get(i), lex.self_objects) {
            i += 1;
        }
        if one_of(tokens.get(i), lex.receiving) {
            // Receiving needs the texts as object: not `stop getting charged twice`.
            if noun_follows(lex, tokens, i + 1, &[]) || pronoun_end(lex, tokens, i + 1) {
                return Some((Reason::StopReceiving, v));
            }
            continue;
        }
        if one_of(tokens.get(i), lex.gerunds) {
            let mut after = i + 1;
            if one_of(tokens.get(after), lex.self_objects) {
                return Some((Reason::StopTexting, v));
            }
            while one_of(tokens.get(after), lex.self_objects) {
                after += 1;
            }
            if after >= tokens.len()
                || only_courtesy(&[lex], tokens, after)
                || noun_follows(lex, tokens, after, &[])
                || pronoun_end(lex, tokens, after)
                || v == start
            {
                return Some((Reason::StopTexting, v));
            }
            continue;
        }
        if noun_follows(lex, tokens, i, &[]) {
            return Some((Reason::StopTexting, v));
        }
    }
    None
}

/// Self-removal: `unsubscribe me`, `remove me from your list`, `opt me out`,
/// `désabonnez-moi`, `denme de baja`.
fn removal(lex: &Lexicon, tokens: &[&str]) -> Option<(Reason, usize)> {
    for i in 0..tokens.len() {
        for (seq, tail, reason) in lex.removals {
            if !starts_with(tokens, i, seq) || negated_before(lex, tokens, i) {
                continue;
            }
            let ok = match tail {
                Tail::Any => true,
                Tail::ListOrEnd => list_tail_ok(lex, tokens, i + seq.len()),
                Tail::NotOfOther => {
                    let next = i + seq.len();
                    !one_of(tokens.get(next), &["OF", "FROM"])
                        || pronoun_end(lex, tokens, next + 1)
                        || one_of(tokens.get(next + 1), &["ALL", "EVERYTHING", "IT"])
                        || list_tail_ok(lex, tokens, next)
                }
                Tail::Alone => {
                    after_courtesy(lex, tokens) == i && only_courtesy(&[lex], tokens, i + seq.len())
                }
            };
            if ok {
                return Some((*reason, i));
            }
        }
    }
    None
}

/// An unsubscribe aimed at email or a link (`the unsubscribe link in your email`), which
/// a person should read: the index of the removal word.
fn unsubscribe_elsewhere(lex: &Lexicon, tokens: &[&str], at: usize) -> bool {
    tokens.iter().skip(at).any(|t| lex.elsewhere.contains(t))
}

/// `... but KEEP the texts`: the unsubscribe aimed elsewhere keeps the texting.
fn keeps_texts(tokens: &[&str]) -> bool {
    tokens
        .iter()
        .any(|t| ["KEEP", "GARDER", "GARDEZ", "MANTENER"].contains(t))
}

/// `no more texts`, `plus de messages`, `no más mensajes`: at the start of the clause and
/// followed by a texting object.
fn no_more(lex: &Lexicon, tokens: &[&str]) -> Option<(Reason, usize)> {
    // Courtesy may come first, but `NO` is itself courtesy, so try every position reached
    // by skipping courtesy, not only the last one.
    let mut start = 0;
    loop {
        for seq in lex.no_more {
            if starts_with(tokens, start, seq) {
                let i = start + seq.len();
                if noun_follows(lex, tokens, i, &[]) || one_of(tokens.get(i), lex.gerunds) {
                    return Some((Reason::NoMoreTexts, start));
                }
            }
        }
        let n = courtesy_len(&[lex], tokens, start);
        if n == 0 {
            return None;
        }
        start += n;
    }
}

/// A negated contact verb aimed at the sender: `don't text me`, `ne m'envoyez plus`,
/// `no me escriban más`.
fn negated_contact(lex: &Lexicon, tokens: &[&str]) -> Option<(Reason, usize)> {
    for (v, verb) in tokens.iter().enumerate() {
        let self_negated = lex.self_negated_contact_verbs.contains(verb);
        if !self_negated && !lex.contact_verbs.contains(verb) {
            continue;
        }
        if !self_negated && !negated_before(lex, tokens, v) {
            continue;
        }
        let ok = match lex.contact_rule {
            ContactRule::SelfObjectAfter => {
                let object = match tokens.get(v + 1) {
                    Some(t) if lex.self_objects.contains(t) => Some(v + 2),
                    Some(&"THIS" | &"MY") if tokens.get(v + 2) == Some(&"NUMBER") => Some(v + 3),
                    _ => None,
                };
                object.is_some_and(|next| tokens.get(next) != Some(&"BACK"))
            }
            ContactRule::MarkerAfter(markers) => {
                tokens.iter().skip(v + 1).any(|t| markers.contains(t))
            }
            ContactRule::MeBeforeThenTail => {
                v > 0
                    && tokens.get(v - 1) == Some(&"ME")
                    && (v + 1 >= tokens.len()
                        || only_courtesy(&[lex], tokens, v + 1)
                        || noun_follows(lex, tokens, v + 1, &[])
                        || one_of(tokens.get(v + 1), &["MAS", "NUNCA"]))
            }
        };
        if ok {
            return Some((Reason::DoNotContact, v));
        }
    }
    None
}

/// A refusal of the texts: `I don't want these texts`, `je ne veux plus de messages`,
/// `no quiero recibir mensajes`.
fn refusal(lex: &Lexicon, tokens: &[&str]) -> Option<(Reason, usize)> {
    for (w, word) in tokens.iter().enumerate() {
        if !lex.want_verbs.contains(word) || !negated_before(lex, tokens, w) {
            continue;
        }
        for t in tokens.iter().skip(w + 1) {
            // `I don't want to STOP getting the texts` keeps them.
            if lex.stop_verbs.contains(t) {
                break;
            }
            if lex.plural_nouns.contains(t) {
                return Some((Reason::RefuseTexts, w));
            }
        }
    }
    None
}

/// What a clause says, by the rules of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A request to stop: the rule, and the index of the word that starts it.
    Phrase(Reason, usize),
    /// Maybe a request: a person decides.
    Possible(Reason, usize),
}

/// The first rule that matches the clause: request shapes first, then `possible` ones.
pub(crate) fn clause_verdict(lex: &Lexicon, tokens: &[&str]) -> Option<Verdict> {
    let start = after_courtesy(lex, tokens);
    if let Some((reason, at)) = removal(lex, tokens) {
        if reason == Reason::Unsubscribe && unsubscribe_elsewhere(lex, tokens, at) {
            if keeps_texts(tokens) {
                return None;
            }
            return Some(Verdict::Possible(Reason::UnsubscribeElsewhere, at));
        }
        return Some(Verdict::Phrase(reason, at));
    }
    let mask = tokens.iter().fold(0u128, |m, t| m | word_bit(t));
    let has_noun = tokens.iter().any(|t| lex.nouns.contains(t));
    let phrase = patterns::first_match(lex, tokens, start, false, mask, has_noun)
        .or_else(|| stop_request(lex, tokens))
        .or_else(|| no_more(lex, tokens))
        .or_else(|| negated_contact(lex, tokens))
        .or_else(|| refusal(lex, tokens));
    if let Some((reason, at)) = phrase {
        return Some(Verdict::Phrase(reason, at));
    }
    patterns::first_match(lex, tokens, start, true, mask, has_noun)
        .map(|(r, at)| Verdict::Possible(r, at))
}

/// Index of the word that made the clause an opt-out request, if any rule matches.
#[cfg(test)]
pub(crate) fn clause_opt_out(lex: &Lexicon, tokens: &[&str]) -> Option<usize> {
    match clause_verdict(lex, tokens) {
        Some(Verdict::Phrase(_, at)) => Some(at),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn prefilters_contain_every_word_a_rule_starts_from() {
        for lex in LEXICONS {
            let firsts = lex
                .removals
                .iter()
                .filter_map(|(seq, _, _)| seq.first())
                .chain(lex.no_more.iter().filter_map(|seq| seq.first()));
            for w in lex
                .stop_verbs
                .iter()
                .chain(lex.contact_verbs)
                .chain(lex.self_negated_contact_verbs)
                .chain(lex.want_verbs)
                .chain(firsts)
            {
                assert!(TRIGGERS.maybe(w), "{w}");
            }
            for seq in lex.courtesy {
                assert!(COURTESY_FIRSTS.maybe(seq[0]), "{seq:?}");
            }
        }
        for (key, _) in patterns::ALIASES {
            assert!(TRIGGERS.maybe(key), "{key}");
        }
        for (intent, _, k) in crate::inbound::default_keywords() {
            if intent == crate::inbound::Intent::OptOut {
                let first = k.split(' ').next().unwrap();
                assert!(crate::inbound::keywords::OPT_OUT_FIRSTS.maybe(first), "{k}");
            }
        }
    }

    #[test]
    fn prefilter_rejects_ordinary_words() {
        let ordinary = [
            "RUNNING", "LATE", "SEE", "YOU", "SOON", "HOURS", "FRIDAY", "WHAT",
        ];
        let passed = ordinary.iter().filter(|w| TRIGGERS.maybe(w)).count();
        assert!(passed <= 1, "{passed} ordinary words passed the filter");
    }

    #[test]
    fn stop_with_a_texting_object_is_a_request() {
        for s in [
            "PLEASE STOP TEXTING ME",
            "STOP SENDING ME TEXTS",
            "CAN YOU STOP THE TEXTS",
        ] {
            assert!(clause_opt_out(&EN, &words(s)).is_some(), "{s}");
        }
    }

    #[test]
    fn stop_with_another_object_is_not() {
        for s in [
            "WHAT TIME DO YOU STOP SERVING LUNCH",
            "WE HAVE TO STOP THIS BILL",
            "I CANT STOP SMILING",
            "ILL STOP TEXTING NOW",
            "DONT STOP THE REMINDERS",
        ] {
            assert!(clause_opt_out(&EN, &words(s)).is_none(), "{s}");
        }
    }

    #[test]
    fn remove_needs_a_list_or_nothing_after_it() {
        assert!(clause_opt_out(&EN, &words("REMOVE ME FROM YOUR LIST")).is_some());
        assert!(clause_opt_out(&EN, &words("REMOVE ME")).is_some());
        assert!(clause_opt_out(&EN, &words("CAN YOU REMOVE THE LATE FEE")).is_none());
    }

    fn verdict(lex: &Lexicon, s: &str) -> Option<Verdict> {
        let raw: Vec<&str> = s.split(' ').collect();
        let canon: Vec<&str> = raw
            .iter()
            .enumerate()
            .map(|(k, w)| patterns::canonical(w, raw.get(k + 1).copied()))
            .collect();
        clause_verdict(lex, &canon)
    }

    fn reason_of(lex: &Lexicon, s: &str) -> Option<Reason> {
        match verdict(lex, s) {
            Some(Verdict::Phrase(r, _)) => Some(r),
            _ => None,
        }
    }

    #[test]
    fn the_shapes_the_five_rules_missed_are_requests() {
        for (s, want) in [
            ("TAKE ME OFF UR LIST", Reason::OffList),
            ("CAN U TAKE ME OFF", Reason::OffList),
            ("TAKE THIS NUMBER OFF YOUR LIST PLS", Reason::OffList),
            ("I WANT TO BE TAKEN OFF YOUR LIST", Reason::OffList),
            (
                "I NO LONGER WANT TO RECEIVE THESE TEXTS",
                Reason::RefuseTexts,
            ),
            (
                "I NO LONGER WISH TO RECEIVE MESSAGES FROM YOU",
                Reason::RefuseTexts,
            ),
            ("I WANT TO STOP RECEIVING TEXTS", Reason::StopReceiving),
            ("HOW DO I STOP GETTING THESE MSGS", Reason::StopReceiving),
            ("DONT SEND ME ANY MORE MESSAGES", Reason::DoNotSend),
            ("PLEASE DO NOT SEND ANY FURTHER MSGS", Reason::DoNotSend),
        ] {
            assert_eq!(reason_of(&EN, s), Some(want), "{s}");
        }
    }

    #[test]
    fn a_removal_verb_with_another_object_is_not_a_request() {
        for s in [
            "CAN YOU REMOVE THE TARTAR BUILDUP",
            "I NEED MY WISDOM TEETH REMOVED",
            "TAKE ME OFF THE WAITLIST",
            "REMOVE ME FROM THE APPOINTMENT ON THE 12TH",
            "DONT SEND ANY MORE SAMPLES",
            "I WANT TO STOP RECEIVING PAPER BILLS",
            "OPT OUT OF THE EXTENDED WARRANTY",
        ] {
            assert_eq!(verdict(&EN, s), None, "{s}");
        }
    }

    #[test]
    fn a_request_to_be_texted_is_not_a_request_to_stop() {
        for s in [
            "PLEASE TEXT ME WHEN ITS READY",
            "KEEP TEXTING ME UPDATES",
            "I DONT WANT TO STOP GETTING THE TEXTS",
            "PLEASE DONT STOP SENDING REMINDERS",
            "YOU CAN STOP CALLING AND JUST TEXT ME",
        ] {
            assert_eq!(verdict(&EN, s), None, "{s}");
        }
    }

    #[test]
    fn unclear_texts_are_possible_not_phrase() {
        for s in [
            "WHY DO YOU KEEP TEXTING ME",
            "I NEVER SIGNED UP FOR THIS",
            "HOW DID YOU GET MY NUMBER",
            "TOO MANY TEXTS",
        ] {
            assert!(
                matches!(verdict(&EN, s), Some(Verdict::Possible(..))),
                "{s}"
            );
        }
    }

    #[test]
    fn negated_contact_needs_the_sender_as_object_and_not_back() {
        assert!(clause_opt_out(&EN, &words("DONT TEXT ME")).is_some());
        assert!(clause_opt_out(&EN, &words("DONT TEXT ME BACK")).is_none());
        assert!(clause_opt_out(&FR, &words("NE MENVOYEZ PLUS DE MESSAGES")).is_some());
        assert!(clause_opt_out(&FR, &words("NE ME TEXTEZ PLUS")).is_some());
        assert!(clause_opt_out(&FR, &words("NE MENVOYEZ PAS LA FACTURE")).is_none());
        assert!(clause_opt_out(&ES, &words("NO ME ENVIEN MAS MENSAJES")).is_some());
        assert!(clause_opt_out(&ES, &words("NO ME MANDEN LA FACTURA")).is_none());
    }
}
