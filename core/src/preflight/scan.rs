//! The sample-text reading the registration rules need: links (host, scheme, public
//! shortener), phone numbers, the STOP instruction and forbidden-content terms.
//!
//! Interim: a minimal scanner of our own, until the shared `content::scan` module lands;
//! the rules only see the [`Scan`] shape below.

use super::text::{self, Words};

/// A link in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinkInfo {
    /// Lower-case host without `www.`.
    pub host: String,
    /// Written with `http://` (not https).
    pub insecure: bool,
    /// A shared public URL shortener.
    pub shortener: bool,
}

/// A forbidden or restricted content term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Forbidden {
    /// Plain-words name of the category ("cannabis or CBD").
    pub label: &'static str,
    /// Sendable behind a date-of-birth age gate (alcohol); otherwise never.
    pub age_gate_allows: bool,
    /// Codes naming the category.
    pub codes: &'static [u32],
}

/// What one text holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scan {
    pub links: Vec<LinkInfo>,
    pub has_phone: bool,
    pub has_stop: bool,
    pub forbidden: Vec<Forbidden>,
}

/// Shared public URL shorteners (interim list). Source: Twilio forbidden message
/// categories ("public URL shorteners"), errors 30892/30525 (RP §4, §5).
const SHORTENERS: &[&str] = &[
    "bit.ly",
    "buff.ly",
    "cutt.ly",
    "goo.gl",
    "is.gd",
    "ow.ly",
    "rb.gy",
    "rebrand.ly",
    "shorturl.at",
    "t.co",
    "t.ly",
    "tiny.cc",
    "tinyurl.com",
];

struct TermSet {
    label: &'static str,
    age_gate_allows: bool,
    codes: &'static [u32],
    terms: &'static [&'static [&'static str]],
}

/// Forbidden categories (interim). Source: Twilio forbidden message categories; errors
/// 30441-30469, 30883, 30897 (RP §4.4, §5).
const FORBIDDEN: &[TermSet] = &[
    TermSet {
        label: "cannabis or CBD",
        age_gate_allows: false,
        codes: &[30883, 30459, 30469],
        terms: &[
            &["cannabis"],
            &["cbd"],
            &["dispensary"],
            &["marijuana"],
            &["thc"],
        ],
    },
    TermSet {
        label: "tobacco or vaping",
        age_gate_allows: false,
        codes: &[30883, 30458],
        terms: &[
            &["cigarettes"],
            &["tobacco"],
            &["vape"],
            &["vapes"],
            &["vaping"],
        ],
    },
    TermSet {
        label: "firearms",
        age_gate_allows: false,
        codes: &[30883, 30457],
        terms: &[
            &["ammo"],
            &["ammunition"],
            &["firearm"],
            &["firearms"],
            &["guns"],
        ],
    },
    TermSet {
        label: "high-risk lending or crypto",
        age_gate_allows: false,
        codes: &[30897, 30443, 30464],
        terms: &[&["bitcoin"], &["cash", "advance"], &["crypto"], &["payday"]],
    },
    TermSet {
        label: "debt relief or credit repair",
        age_gate_allows: false,
        codes: &[30897, 30466, 30467, 30950],
        terms: &[
            &["credit", "repair"],
            &["debt", "consolidation"],
            &["debt", "relief"],
        ],
    },
    TermSet {
        label: "gambling",
        age_gate_allows: false,
        codes: &[30897, 30461],
        terms: &[&["betting"], &["casino"], &["gambling"]],
    },
    TermSet {
        label: "alcohol",
        age_gate_allows: true,
        codes: &[30888, 30456],
        terms: &[&["beer"], &["liquor"], &["wine"]],
    },
];

pub(crate) fn is_shortener(host: &str) -> bool {
    let host = host.strip_prefix("www.").unwrap_or(host);
    SHORTENERS
        .iter()
        .any(|s| host == *s || host.strip_suffix(s).is_some_and(|r| r.ends_with('.')))
}

/// Reads one text (with its words, already split).
pub(crate) fn scan(original: &str, words: &Words) -> Scan {
    let links = text::links(original)
        .into_iter()
        .map(|l| LinkInfo {
            shortener: is_shortener(&l.host),
            insecure: l.http,
            host: l.host,
        })
        .collect();
    let mut forbidden = Vec::new();
    for set in FORBIDDEN {
        if (0..words.len()).any(|i| set.terms.iter().any(|t| words.phrase_at(i, t))) {
            forbidden.push(Forbidden {
                label: set.label,
                age_gate_allows: set.age_gate_allows,
                codes: set.codes,
            });
        }
    }
    Scan {
        links,
        has_phone: text::has_phone(original),
        has_stop: text::has_stop_instruction(original, words),
        forbidden,
    }
}

/// Whether the text names the business.
pub(crate) fn mentions_name(words: &Words, name: &str) -> bool {
    words.mentions_name(name)
}
