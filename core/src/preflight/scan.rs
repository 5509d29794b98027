//! The sample-text reading the registration rules need, through the shared scanner
//! ([`crate::content::scan`], also behind `check_message`), so a sample in a form and a real
//! message are judged alike: links (host, scheme, public shortener), phone numbers, the
//! standard STOP instruction, name mentions and forbidden-content terms.
//!
//! Registration-only data stays here: which rejection codes each forbidden category
//! predicts on a campaign or a toll-free verification, and which categories an age gate
//! makes registrable.

use crate::content::scan::{self as shared, OptOutKind, TermCategory};

/// A link in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinkInfo {
    /// Lower-case host without `www.`.
    pub host: String,
    /// The registrable domain of the host (what a brand owns).
    pub domain: String,
    /// Written with `http://` (not https).
    pub insecure: bool,
    /// A shared public URL shortener.
    pub shortener: bool,
}

/// A forbidden or restricted content category found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Forbidden {
    /// Plain-words name of the category ("cannabis or CBD").
    pub label: &'static str,
    /// Registrable behind a date-of-birth age gate (alcohol); otherwise never.
    pub age_gate_allows: bool,
    /// Rejection codes naming the category.
    pub codes: &'static [u32],
}

/// Registration codes and wording per forbidden category. Sources: RP §4.1 (30883 content
/// violation, 30897 disallowed content, 30950 credit repair), §4.4 (30441, 30455-30469 on
/// toll-free), §5 ("alcohol allowed ... with DOB age gating; firearms, tobacco, vape never").
fn registration_view(category: TermCategory) -> Forbidden {
    let (label, codes): (&'static str, &'static [u32]) = match category {
        TermCategory::Sex => ("adult sexual content", &[30883, 30441]),
        TermCategory::Hate => ("hate speech", &[30883, 30455]),
        TermCategory::Alcohol => ("alcohol", &[30888, 30456, 30529]),
        TermCategory::Firearms => ("firearms", &[30883, 30457]),
        TermCategory::Tobacco => ("tobacco or vaping", &[30883, 30458]),
        TermCategory::Cannabis => ("cannabis or CBD", &[30883, 30459, 30469]),
        TermCategory::HighRiskFinance => ("high-risk lending or crypto", &[30897, 30443, 30464]),
        TermCategory::DebtCollection => (
            "debt collection, debt relief or credit repair",
            &[30897, 30460, 30466, 30467, 30950],
        ),
        TermCategory::GetRichQuick => ("get-rich-quick offers", &[30897, 30465]),
        TermCategory::Gambling => ("gambling", &[30897, 30461]),
        TermCategory::PrescriptionDrugs => {
            ("prescription drugs without a prescription", &[30897, 30469])
        }
        TermCategory::Fireworks => ("fireworks", &[30897, 30469]),
    };
    Forbidden {
        label,
        age_gate_allows: category == TermCategory::Alcohol,
        codes,
    }
}

pub(crate) fn is_shortener(host: &str) -> bool {
    shared::is_shared_shortener(host)
}

/// The links of a text. The shared scanner reads links word by word (a link is one
/// whitespace-separated word), so only words that can be a link are handed to it: those
/// with a scheme or a dot between two letters or digits. Same answer, less work.
pub(crate) fn links(original: &str) -> Vec<LinkInfo> {
    let mut out = Vec::new();
    for word in original.split_whitespace() {
        let bytes = word.as_bytes();
        let candidate = word.contains("://")
            || bytes.windows(3).any(|w| {
                matches!(w, [a, b'.', c] if a.is_ascii_alphanumeric() && c.is_ascii_alphanumeric())
            });
        if !candidate {
            continue;
        }
        out.extend(shared::find_links(word).into_iter().map(|l| LinkInfo {
            insecure: l.scheme.as_deref() == Some("http"),
            shortener: l.shared_shortener,
            host: l.host.strip_prefix("www.").unwrap_or(&l.host).to_owned(),
            domain: l.domain,
        }));
    }
    out
}

/// The forbidden categories of a text, each once, in text order.
pub(crate) fn forbidden(words: &shared::Words) -> Vec<Forbidden> {
    let mut found: Vec<Forbidden> = Vec::new();
    for term in shared::find_forbidden_terms_in(words) {
        let view = registration_view(term.category);
        if !found.contains(&view) {
            found.push(view);
        }
    }
    found
}

/// Whether folded words carry a standard STOP instruction.
pub(crate) fn has_stop_in(words: &shared::Words) -> bool {
    shared::opt_out_instruction_in(words).kind == OptOutKind::Standard
}

/// Whether a text holds a phone number.
pub(crate) fn has_phone(text: &str) -> bool {
    !shared::find_phone_numbers(text).is_empty()
}

/// Whether a text carries a standard STOP instruction.
pub(crate) fn has_stop(text: &str) -> bool {
    shared::opt_out_instruction(text).kind == OptOutKind::Standard
}

/// Whether a text names the business.
pub(crate) fn mentions_name(text: &str, name: &str) -> bool {
    shared::mentions_name(text, name)
}

/// [`mentions_name`] over already folded words.
pub(crate) fn mentions_name_in(words: &shared::Words, name: &str) -> bool {
    shared::mentions_name_in(words, name)
}

/// Folded words for the shared scanner.
pub(crate) fn words(text: &str) -> shared::Words {
    shared::Words::of(text)
}
