//! The default keyword sets, as data, with the source of each set.
//!
//! Keywords are written in folded form (upper case, no accents, words separated by one
//! space), the same form `normalize::fold` produces, so matching is a string comparison.

use super::Intent;

/// One default set: the keywords of one intent in one language.
pub(crate) struct KeywordSet {
    pub language: &'static str,
    pub intent: Intent,
    pub keywords: &'static [&'static str],
    /// Where the list comes from, or why it is the product's own choice.
    #[allow(dead_code)]
    pub source: &'static str,
}

/// Languages that have default sets, in the order they are tried.
pub const DEFAULT_LANGUAGES: &[&str] = &["en", "fr", "es"];

pub(crate) const DEFAULT_SETS: &[KeywordSet] = &[
    KeywordSet {
        language: "en",
        intent: Intent::OptOut,
        keywords: &[
            "STOP",
            "STOPALL",
            "STOP ALL",
            "UNSUBSCRIBE",
            "CANCEL",
            "END",
            "QUIT",
            "REVOKE",
            "OPTOUT",
            "OPT OUT",
        ],
        source: "Twilio default opt-out keywords (twilio.com/docs/messaging/tutorials/advanced-opt-out) \
                 incl. REVOKE and OPTOUT added for the FCC per se list (FCC 24-24); STOP ALL from \
                 Telnyx's default list; OPT OUT is the FCC's per se wording",
    },
    KeywordSet {
        language: "en",
        intent: Intent::OptIn,
        keywords: &["START", "UNSTOP", "YES"],
        source: "Twilio support article 223134027 (START, YES, UNSTOP)",
    },
    KeywordSet {
        language: "en",
        intent: Intent::Help,
        keywords: &["HELP", "INFO"],
        source: "Twilio FAQ on STOP/HELP filtering (HELP, INFO)",
    },
    KeywordSet {
        language: "fr",
        intent: Intent::OptOut,
        keywords: &["ARRET", "ARRETE", "ARRETT"],
        source: "ARRET: CWTA mandatory keyword for Canadian short codes (Infobip and Twilio \
                 support articles 223181928); ARRETE and ARRETT: Twilio Proxy's opt-out list \
                 (twilio.com/docs/proxy/opt-out-keywords). ARRÊT folds to ARRET.",
    },
    KeywordSet {
        language: "fr",
        intent: Intent::Help,
        keywords: &["AIDE"],
        source: "CWTA mandatory keyword for Canadian short codes (HELP/AIDE/INFO)",
    },
    KeywordSet {
        language: "es",
        intent: Intent::OptOut,
        keywords: &["BAJA", "NO MAS", "PARAR", "CANCELAR", "ALTO"],
        source: "BAJA: the opt-out word of an open-source CRM's Spanish templates \
                 (github.com/melgarafael/DeskcommCRM/pull/275); NO MAS: named by FCC \
                 revocation-rule commentary (compliancepoint.com). PARAR, CANCELAR, ALTO: the \
                 product's own choice (direct translations of STOP/CANCEL; no provider default \
                 list was found).",
    },
    KeywordSet {
        language: "es",
        intent: Intent::Help,
        keywords: &["AYUDA"],
        source: "the product's own choice (the Spanish word for HELP; no provider default list \
                 was found)",
    },
];

/// First words of the default opt-out keywords (for a quick "could a keyword start
/// here" test).
pub(crate) const OPT_OUT_FIRSTS: super::phrase::Bloom = {
    let mut bloom = super::phrase::Bloom::empty();
    let mut rest = DEFAULT_SETS;
    while let Some((set, tail)) = rest.split_first() {
        if matches!(set.intent, Intent::OptOut) {
            let mut words = set.keywords;
            while let Some((k, more)) = words.split_first() {
                bloom = bloom.with_first_word(k);
                words = more;
            }
        }
        rest = tail;
    }
    bloom
};

/// Opt-out keywords Twilio itself answers on long codes, toll-free numbers (its own layer)
/// and Messaging Services, by whole-body match. Source: Twilio's advanced opt-out tutorial
/// and support article 223134027.
pub(crate) const TWILIO_HANDLED: &[(Intent, &[&str])] = &[
    (
        Intent::OptOut,
        &[
            "STOP",
            "STOPALL",
            "UNSUBSCRIBE",
            "CANCEL",
            "END",
            "QUIT",
            "REVOKE",
            "OPTOUT",
        ],
    ),
    (Intent::OptIn, &["START", "YES", "UNSTOP"]),
];

/// Whether Twilio's default keyword handling (and the toll-free network) recognises this
/// canonical keyword for this intent.
pub(crate) fn twilio_handles(intent: Intent, keyword: &str) -> bool {
    TWILIO_HANDLED
        .iter()
        .any(|(i, words)| *i == intent && words.contains(&keyword))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inbound::normalize::fold;

    #[test]
    fn default_keywords_are_written_in_folded_form() {
        for set in DEFAULT_SETS {
            for keyword in set.keywords {
                assert_eq!(&fold(keyword), keyword);
            }
        }
    }

    #[test]
    fn no_keyword_belongs_to_two_intents() {
        for a in DEFAULT_SETS {
            for b in DEFAULT_SETS {
                if a.intent != b.intent {
                    for k in a.keywords {
                        assert!(!b.keywords.contains(k), "{k} in two intents");
                    }
                }
            }
        }
    }

    #[test]
    fn every_set_names_its_source_and_a_known_language() {
        for set in DEFAULT_SETS {
            assert!(!set.source.is_empty());
            assert!(DEFAULT_LANGUAGES.contains(&set.language));
        }
    }
}
