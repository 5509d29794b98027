//! A reusable text scanner for outbound message text: links (with their host and whether it
//! is a shared public URL shortener), phone numbers, the opt-out instruction, whether a
//! name is mentioned, and forbidden-category terms.
//!
//! `check_message` and the registration pre-flight's sample checks both read texts through
//! this module, so a sample and a real message are judged alike. Every function is total
//! (any string has an answer, nothing panics) and linear in the text: one pass to find
//! links and phone numbers, one fold of the text into words (see
//! `inbound::normalize`) for the word-level scans, and table lookups per word. Data (the
//! shortener hosts, the terms of each category, the opt-out keywords) lives in `tables.rs`,
//! each list with its source.
//!
//! ```
//! use telrules::content::scan::{find_links, opt_out_instruction, OptOutKind};
//!
//! let text = "Harbor Dental: your cleaning is Tue 9am. Book: bit.ly/hd-book Reply STOP to opt out";
//! let links = find_links(text);
//! assert_eq!(links[0].host, "bit.ly");
//! assert!(links[0].shared_shortener);
//! assert_eq!(opt_out_instruction(text).kind, OptOutKind::Standard);
//! assert_eq!(opt_out_instruction("Text 2 to stop").kind, OptOutKind::NonStandard);
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde::Serialize;

use super::tables::{
    AFTER_KEYWORD, GENERIC_TLDS, LEGAL_SUFFIXES, NON_STANDARD_OPT_OUT, OPT_OUT_PURPOSE,
    REPLY_FILLERS, REPLY_VERBS, SECOND_LEVEL_SUFFIXES, SHORTENER_LISTS, STANDARD_OPT_OUT,
    TERM_SETS,
};
use crate::inbound::normalize::fold;

pub use super::tables::OPT_OUT_SOURCE;

// ---------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------

/// A link found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Link {
    /// The link as written, without surrounding punctuation (`https://bit.ly/x`,
    /// `harbordental.com/book`).
    pub text: String,
    /// Byte offset of the link in the scanned text (UTF-8).
    pub start: usize,
    /// Byte offset just past the link.
    pub end: usize,
    /// `https` or `http` (lower case) when written with a scheme; `None` for `www.x.com`
    /// or a bare `x.com/path`.
    pub scheme: Option<String>,
    /// The host, lower case, as written (`www.harbordental.com`).
    pub host: String,
    /// The registrable domain of the host (`harbordental.com`; `shop.example.co.uk` ->
    /// `example.co.uk`), what a brand owns. See [`registrable_domain`].
    pub domain: String,
    /// True when the host is a shared public URL shortener (or a subdomain of one).
    pub shared_shortener: bool,
    /// Where the shortener host list that names this host comes from.
    pub shortener_source: Option<&'static str>,
}

/// Finds the links in `text`: anything with an `http://` or `https://` scheme, anything
/// starting with `www.`, and bare `name.tld` words whose top-level domain is a country code
/// or a common generic one (`harbordental.com`, `bit.ly/x`), so `e.g.`, `a.m.` and `3.5`
/// are not links. Email addresses are not links. Links are returned in text order.
pub fn find_links(text: &str) -> Vec<Link> {
    let mut links = Vec::new();
    for (start, word) in words_with_offsets(text) {
        // Every link has a dot, and trimming only removes characters: a word without one
        // is skipped before any trimming.
        if !word.contains('.') {
            continue;
        }
        let (lead, core) = trim_punctuation(word);
        if let Some(link) = parse_link(core, start + lead) {
            links.push(link);
        }
    }
    links
}

/// True when `host` (any case, with or without `www.`) is a shared public URL shortener or a
/// subdomain of one.
pub fn is_shared_shortener(host: &str) -> bool {
    shortener_source(host).is_some()
}

/// The source of the shortener list naming `host`, or `None` when it is not a known shared
/// shortener.
pub fn shortener_source(host: &str) -> Option<&'static str> {
    shortener_source_of_lower(&host.trim_end_matches('.').to_ascii_lowercase())
}

/// [`shortener_source`] of a host already lower case without a trailing dot (a parsed
/// link's host), without copying it.
fn shortener_source_of_lower(host: &str) -> Option<&'static str> {
    let host = host.strip_prefix("www.").unwrap_or(host);
    SHORTENER_LISTS.iter().find_map(|list| {
        list.hosts
            .iter()
            .any(|listed| {
                host == *listed
                    || host
                        .strip_suffix(listed)
                        .is_some_and(|rest| rest.ends_with('.'))
            })
            .then_some(list.source)
    })
}

/// The registrable domain of a host: its last two labels, or three when the second-level
/// label under a country code is a public suffix (`co.uk`, `com.au`). Accepts a bare host
/// or a URL (`https://www.Harbor.com/x` -> `harbor.com`). An approximation of the Public
/// Suffix List that is right for the common cases; an IP address comes back unchanged.
pub fn registrable_domain(host_or_url: &str) -> String {
    let host = host_of(host_or_url.trim());
    if host.split('.').all(|l| !l.is_empty()) {
        return registrable_domain_of_host(&host).to_owned();
    }
    registrable_domain_by_labels(&host)
}

/// [`registrable_domain`] of a lower-case host that may have empty labels (`a..b.com`):
/// they are skipped.
fn registrable_domain_by_labels(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    if n <= 2 || labels.iter().all(|l| l.chars().all(|c| c.is_ascii_digit())) {
        return labels.join(".");
    }
    let tld = labels.get(n - 1).copied().unwrap_or_default();
    let second = labels.get(n - 2).copied().unwrap_or_default();
    let keep = if tld.len() == 2 && SECOND_LEVEL_SUFFIXES.contains(&second) {
        3
    } else {
        2
    };
    labels
        .get(n.saturating_sub(keep)..)
        .unwrap_or_default()
        .join(".")
}

/// [`registrable_domain`] of a parsed link's host: lower case, without scheme, user, port,
/// path or trailing dot, and without empty labels (`valid_host` checked), so `host_of` and
/// the label filter would change nothing; the answer is a slice of it.
fn registrable_domain_of_host(host: &str) -> &str {
    let mut dots = host.rmatch_indices('.').map(|(i, _)| i);
    let (Some(last), Some(second_last)) = (dots.next(), dots.next()) else {
        return host;
    };
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return host;
    }
    let tld = host.get(last + 1..).unwrap_or_default();
    let second = host.get(second_last + 1..last).unwrap_or_default();
    let from = if tld.len() == 2 && SECOND_LEVEL_SUFFIXES.contains(&second) {
        dots.next()
    } else {
        Some(second_last)
    };
    from.and_then(|dot| host.get(dot + 1..)).unwrap_or(host)
}

/// The lower-case host of a URL or host string: scheme, user info, port, path, query and
/// fragment removed.
fn host_of(url: &str) -> String {
    let lower = url.to_lowercase();
    let rest = match lower.find("://") {
        Some(i) => lower.get(i + 3..).unwrap_or_default(),
        None => lower.as_str(),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = host_port.split(':').next().unwrap_or_default();
    host.trim_end_matches('.').to_owned()
}

/// Splits on whitespace, yielding each word with its byte offset.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| {
        // `split_whitespace` yields subslices of `text`: the offset is the pointer distance.
        let start = (w.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        (start, w)
    })
}

/// Removes opening punctuation and trailing sentence punctuation around a word; returns the
/// bytes dropped at the front and what is left.
fn trim_punctuation(word: &str) -> (usize, &str) {
    let core = word.trim_start_matches(|c: char| {
        matches!(
            c,
            '(' | '<' | '[' | '{' | '"' | '\'' | '«' | '“' | '‘' | '*' | '¡' | '¿'
        )
    });
    let lead = word.len() - core.len();
    let core = core.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | '>'
                | ']'
                | '}'
                | '"'
                | '\''
                | '»'
                | '”'
                | '’'
                | '*'
                | '…'
        )
    });
    (lead, core)
}

fn parse_link(word: &str, start: usize) -> Option<Link> {
    // Every link has a dot in its host: most words end here, before any allocation.
    if !word.contains('.') {
        return None;
    }
    let lower = word.to_lowercase();
    let (scheme, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (Some("https"), rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (Some("http"), rest)
    } else {
        (None, lower.as_str())
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if scheme.is_none() && authority.contains('@') {
        // An email address (or user info without a scheme): not a link.
        return None;
    }
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = host_port
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    if !valid_host(host) {
        return None;
    }
    if scheme.is_none() && !host.starts_with("www.") {
        let tld = host.rsplit('.').next().unwrap_or_default();
        let known = (tld.len() == 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
            || GENERIC_TLDS.binary_search(&tld).is_ok();
        if !known {
            return None;
        }
    }
    let source = shortener_source_of_lower(host);
    Some(Link {
        text: word.to_owned(),
        start,
        end: start + word.len(),
        scheme: scheme.map(str::to_owned),
        host: host.to_owned(),
        domain: registrable_domain_of_host(host).to_owned(),
        shared_shortener: source.is_some(),
        shortener_source: source,
    })
}

/// At least two non-empty labels of letters, digits and hyphens (any script), the last one
/// not all digits unless the whole host is an IPv4 address.
fn valid_host(host: &str) -> bool {
    let (mut labels, mut digit_labels, mut last_digits) = (0, 0, false);
    for l in host.split('.') {
        if l.is_empty()
            || l.starts_with('-')
            || l.ends_with('-')
            || !l.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return false;
        }
        labels += 1;
        last_digits = l.bytes().all(|b| b.is_ascii_digit());
        digit_labels += usize::from(last_digits);
    }
    labels >= 2 && (!last_digits || (labels == 4 && digit_labels == 4))
}

// ---------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------

/// A phone number found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PhoneMatch {
    /// The number as written (`(415) 555-0123`).
    pub text: String,
    /// Byte offset of the number in the scanned text (UTF-8).
    pub start: usize,
    /// Byte offset just past the number.
    pub end: usize,
    /// E.164 form when the number has one from its digits alone: NANP ten- and eleven-digit
    /// numbers (`+14155550123`) and numbers written with `+`. `None` for a seven-digit
    /// local number (`555-0142`).
    pub e164: Option<String>,
}

/// Finds phone numbers in `text`: NANP numbers with ten digits (or eleven starting with 1)
/// whose area code and exchange start with 2-9, in any usual grouping (`(415) 555-0123`,
/// `415.555.0123`, `1-800-555-0199`, `4155550123`); international numbers written with `+`
/// and 8 to 15 digits; and seven-digit local numbers written `555-0142`. Digits glued to
/// letters, or after `#` or a currency sign, are codes and amounts, not numbers; so are
/// dates and times (`/` and `:` are not number separators). Short codes (`12345`) are not
/// phone numbers.
pub fn find_phone_numbers(text: &str) -> Vec<PhoneMatch> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or_default();
        let starts = b.is_ascii_digit() || b == b'+' || b == b'(';
        if !starts {
            i += 1;
            continue;
        }
        let prev = if i == 0 {
            None
        } else {
            bytes.get(i - 1).copied()
        };
        let glued = prev.is_some_and(|p| {
            p.is_ascii_alphanumeric()
                || matches!(
                    p,
                    b'#' | b'$' | b'+' | b'/' | b':' | b'.' | b',' | b'-' | b'_'
                )
        }) || prev
            .is_some_and(|p| p >= 0x80 && prev_char_is_currency_or_letter(text, i));
        if glued {
            i += 1;
            continue;
        }
        let end = candidate_end(bytes, i);
        if let Some(m) = text
            .get(i..end)
            .and_then(|s| phone_from(s, i, bytes.get(end).copied()))
        {
            i = m.end;
            found.push(m);
        } else {
            // Skip the whole run so digits inside it are not re-read as a fresh number.
            i = end.max(i + 1);
        }
    }
    found
}

fn prev_char_is_currency_or_letter(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '€' | '£' | '¥' | '¢'))
}

/// The end of a run of digits and separators (space, `-`, `.`, parentheses; at most two in
/// a row, for `415 - 555 - 0123`) that starts at `from`: the byte after its last digit (or
/// closing parenthesis). At most 20 digits are read.
fn candidate_end(bytes: &[u8], from: usize) -> usize {
    let mut last_digit_end = from;
    let mut digits = 0;
    let mut separators_in_a_row = 0;
    let mut j = from;
    while let Some(&b) = bytes.get(j) {
        if b.is_ascii_digit() {
            digits += 1;
            separators_in_a_row = 0;
            last_digit_end = j + 1;
            if digits > 20 {
                break;
            }
        } else if (b == b'+' && j == from) || b == b'(' {
            separators_in_a_row = 0;
        } else if b == b')' {
            separators_in_a_row = 0;
            last_digit_end = j + 1;
        } else if matches!(b, b' ' | b'-' | b'.') {
            separators_in_a_row += 1;
            if separators_in_a_row > 2 {
                break;
            }
        } else {
            break;
        }
        j += 1;
    }
    last_digit_end
}

fn phone_from(candidate: &str, start: usize, after: Option<u8>) -> Option<PhoneMatch> {
    let trimmed = candidate.trim_end_matches([')', ' ', '-', '.']);
    // An opening parenthesis with no closing one is punctuation around the number.
    let written = if trimmed.contains(')') {
        trimmed
    } else {
        trimmed.trim_start_matches('(')
    };
    let start = start + (trimmed.len() - written.len());
    if after.is_some_and(|a| a.is_ascii_alphanumeric() || matches!(a, b'%' | b'/' | b':')) {
        return None;
    }
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let nanp = |ten: &str| {
        let b = ten.as_bytes();
        ten.len() == 10
            && b.first().is_some_and(|d| (b'2'..=b'9').contains(d))
            && b.get(3).is_some_and(|d| (b'2'..=b'9').contains(d))
    };
    let after_one = digits.strip_prefix('1').filter(|_| digits.len() == 11);
    let e164 = if written.starts_with('+') {
        if digits.starts_with('1') {
            // +1 is the NANP: exactly eleven digits with a valid area code and exchange.
            Some(format!("+{digits}")).filter(|_| after_one.is_some_and(nanp))?;
            Some(format!("+{digits}"))
        } else if (8..=15).contains(&digits.len()) {
            Some(format!("+{digits}"))
        } else {
            return None;
        }
    } else if nanp(&digits) {
        Some(format!("+1{digits}"))
    } else if after_one.is_some_and(nanp) {
        Some(format!("+{digits}"))
    } else if is_seven_digit_local(written) {
        None
    } else {
        return None;
    };
    Some(PhoneMatch {
        text: written.to_owned(),
        start,
        end: start + written.len(),
        e164,
    })
}

/// `555-0142` or `555.0142`, exchange starting 2-9.
fn is_seven_digit_local(written: &str) -> bool {
    let b = written.as_bytes();
    b.len() == 8
        && b.first().is_some_and(|d| (b'2'..=b'9').contains(d))
        && b.get(3).is_some_and(|s| matches!(s, b'-' | b'.'))
        && b.iter()
            .enumerate()
            .all(|(k, c)| k == 3 || c.is_ascii_digit())
}

// ---------------------------------------------------------------------------------------
// Words: the folded text the word-level scans share
// ---------------------------------------------------------------------------------------

/// A text folded into words (upper case ASCII where the folding table reaches, accents
/// removed), each remembering whether a clause break (sentence punctuation, a quote, an
/// emoji, a line break) came before it. Build it once with [`Words::of`] and pass it to the
/// `*_in` functions when running several scans on one text.
#[derive(Debug, Clone, Default)]
pub struct Words {
    folded: String,
    /// (byte range in `folded`, clause break before the word).
    spans: Vec<(usize, usize, bool)>,
}

impl Words {
    /// Folds `text` into words.
    pub fn of(text: &str) -> Words {
        let folded = fold(text);
        let mut spans = Vec::new();
        let mut start = None;
        let mut broke = false;
        let mut pending_break = false;
        // Separators are ASCII, and no byte of a multi-byte character equals one: walking
        // bytes finds the same spans as walking characters, without decoding.
        for (i, &b) in folded.as_bytes().iter().enumerate() {
            match b {
                b' ' | b'|' => {
                    if let Some(s) = start.take() {
                        spans.push((s, i, broke));
                    }
                    if b == b'|' {
                        pending_break = true;
                    }
                }
                _ => {
                    if start.is_none() {
                        start = Some(i);
                        broke = pending_break;
                        pending_break = false;
                    }
                }
            }
        }
        if let Some(s) = start {
            spans.push((s, folded.len(), broke));
        }
        Words { folded, spans }
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when the text has no words.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The `i`th word, or `""` past the end.
    pub fn get(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(s, e, _)| self.folded.get(s..e))
            .unwrap_or_default()
    }

    /// True when a clause break comes right before word `i` (or `i` is past the end).
    pub fn break_before(&self, i: usize) -> bool {
        self.spans.get(i).is_none_or(|&(_, _, b)| b)
    }

    /// Words `from..to` joined by single spaces.
    fn phrase(&self, from: usize, to: usize) -> String {
        (from..to.min(self.len()))
            .map(|i| self.get(i))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

// ---------------------------------------------------------------------------------------
// Opt-out instruction
// ---------------------------------------------------------------------------------------

/// What kind of opt-out instruction a text carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum OptOutKind {
    /// "Reply STOP to opt out", "STOP to cancel", "Text UNSUBSCRIBE": a standard keyword
    /// that Twilio, the carriers and the FCC all honour.
    Standard,
    /// "Text 2 to stop", "Reply N to opt out", "Reply REMOVE": an instruction to send
    /// something that is not a standard keyword, which Twilio's policy counts as filter
    /// evasion.
    NonStandard,
    /// No opt-out instruction.
    None,
}

/// One opt-out instruction found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptOutPhrase {
    /// What the recipient is told to send, folded (`STOP`, `2`, `OPT OUT`).
    pub keyword: String,
    /// The instruction's words, folded (`REPLY STOP TO OPT OUT`).
    pub phrase: String,
}

/// The opt-out instructions of a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptOutInstruction {
    /// `standard` when a standard instruction is present (even if a non-standard one is
    /// too), else `non_standard` when one is present, else `none`.
    pub kind: OptOutKind,
    /// The first standard instruction.
    pub standard: Option<OptOutPhrase>,
    /// The first non-standard instruction.
    pub non_standard: Option<OptOutPhrase>,
}

/// Detects the opt-out instruction in `text`. See [`opt_out_instruction_in`].
pub fn opt_out_instruction(text: &str) -> OptOutInstruction {
    opt_out_instruction_in(&Words::of(text))
}

/// Detects the opt-out instruction in already folded words.
///
/// - **Standard**: a reply verb (`reply`, `text`, `txt`, `send`, `répondez`, `responda`, …),
///   optionally `with the word`, then a standard keyword (STOP, STOPALL, UNSUBSCRIBE,
///   CANCEL, END, QUIT, OPTOUT, `OPT OUT`, REVOKE, ARRET) that ends the clause or is
///   followed by `to`, `for`, `at`, `anytime`, `or`, … (so "send end of month reports" is
///   not one); or a bare keyword followed by `to` and a purpose (`STOP to cancel`).
/// - **Non-standard**: a reply verb then something else followed by an opt-out purpose
///   (`Text 2 to stop`, `Reply N to opt out`, `reply NO to be removed`); a reply verb then
///   `REMOVE`, `UNSUB`, `UNENROLL`; a keyword glued to more (`STOP2END`); or a purpose
///   first (`To opt out, reply N`).
pub fn opt_out_instruction_in(words: &Words) -> OptOutInstruction {
    let mut standard = None;
    let mut non_standard = None;
    let n = words.len();
    for i in 0..n {
        if standard.is_some() && non_standard.is_some() {
            break;
        }
        let w = words.get(i);
        if REPLY_VERBS.contains(&w) {
            let mut k = i + 1;
            while k < n && k < i + 4 && REPLY_FILLERS.contains(&words.get(k)) {
                k += 1;
            }
            if k >= n {
                continue;
            }
            let (keyword, after) = keyword_at(words, k);
            if let Some(keyword) = keyword {
                // Across a clause break (`Reply "STOP"`) the keyword must stand alone or
                // say `to`: "Thanks for your reply. Stop in tomorrow" is no instruction.
                let kept = if words.break_before(k) {
                    after >= n || words.break_before(after) || words.get(after) == "TO"
                } else {
                    ends_instruction(words, after)
                };
                if kept && standard.is_none() {
                    standard = Some(OptOutPhrase {
                        phrase: words.phrase(i, after),
                        keyword,
                    });
                }
                continue;
            }
            let token = words.get(k);
            let purpose_after = purpose_follows(words, k + 1, false);
            let non_standard_here = glued_keyword(token)
                || NON_STANDARD_OPT_OUT.contains(&token)
                || purpose_after.is_some()
                || purpose_precedes(words, i);
            if non_standard_here && non_standard.is_none() {
                non_standard = Some(OptOutPhrase {
                    keyword: token.to_owned(),
                    phrase: words.phrase(i, purpose_after.unwrap_or(k + 1)),
                });
            }
        } else if standard.is_none() {
            // A bare keyword with its purpose: `STOP to cancel`, `UNSUBSCRIBE to opt out`.
            if let (Some(keyword), after) = keyword_at(words, i) {
                if let Some(end) = purpose_follows(words, after, true) {
                    standard = Some(OptOutPhrase {
                        phrase: words.phrase(i, end),
                        keyword,
                    });
                }
            }
        }
    }
    let kind = if standard.is_some() {
        OptOutKind::Standard
    } else if non_standard.is_some() {
        OptOutKind::NonStandard
    } else {
        OptOutKind::None
    };
    OptOutInstruction {
        kind,
        standard,
        non_standard,
    }
}

/// The standard keyword at word `k` (`OPT OUT` takes two words) and the index after it.
fn keyword_at(words: &Words, k: usize) -> (Option<String>, usize) {
    let w = words.get(k);
    if w == "OPT" && words.get(k + 1) == "OUT" && !words.break_before(k + 1) {
        return (Some("OPT OUT".to_owned()), k + 2);
    }
    if STANDARD_OPT_OUT.contains(&w) {
        return (Some(w.to_owned()), k + 1);
    }
    (None, k + 1)
}

/// The keyword ends the clause, or the next word keeps it an instruction.
fn ends_instruction(words: &Words, after: usize) -> bool {
    after >= words.len() || words.break_before(after) || AFTER_KEYWORD.contains(&words.get(after))
}

/// `STOP2END`, `STOP2QUIT`: a standard keyword glued to a digit and more.
fn glued_keyword(token: &str) -> bool {
    STANDARD_OPT_OUT.iter().any(|k| {
        token
            .strip_prefix(k)
            .is_some_and(|rest| rest.len() >= 2 && rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The opt-out purpose starting at word `j` (`STOP`, `OPT OUT`, `UNSUBSCRIBE`, `be
/// REMOVED`): the index after it. `cancel` and `end` are purposes only with a texting
/// object (`to cancel alerts`), or when `weak` is allowed, because "Reply X to cancel"
/// usually cancels an appointment, not the texts. `stop by` is a visit.
fn purpose_at(words: &Words, j: usize, weak: bool) -> Option<usize> {
    let w = words.get(j);
    let next = words.get(j + 1);
    let next_breaks = words.break_before(j + 1);
    match w {
        "OPT" => (next == "OUT" && !next_breaks).then_some(j + 2),
        "STOP" if next == "BY" && !next_breaks => None,
        "CANCEL" | "END" | "CANCELAR" => {
            if weak {
                Some(j + 1)
            } else {
                // `to cancel alerts`, `to end these messages`, `to cancel all texts`.
                let object = if matches!(next, "THESE" | "THE" | "ALL" | "MY" | "OUR" | "THIS") {
                    j + 2
                } else {
                    j + 1
                };
                let texting = (j + 1..=object).all(|x| !words.break_before(x))
                    && TEXTING_OBJECTS.contains(&words.get(object));
                texting.then_some(object + 1)
            }
        }
        _ if OPT_OUT_PURPOSE.contains(&w) => Some(j + 1),
        _ => None,
    }
}

/// What a weak purpose must act on to be about the texts.
const TEXTING_OBJECTS: &[&str] = &[
    "TEXTS",
    "TEXT",
    "MESSAGES",
    "MESSAGE",
    "MSGS",
    "MSG",
    "ALERTS",
    "SMS",
    "SUBSCRIPTION",
    "NOTIFICATIONS",
    "UPDATES",
    "RECEIVING",
];

/// `to stop`, `to opt out`, `to be removed`, right after word `from` (`TO`/`POUR`/`PARA`
/// and at most one word such as `BE`): the index after the purpose.
fn purpose_follows(words: &Words, from: usize, weak: bool) -> Option<usize> {
    if !matches!(words.get(from), "TO" | "POUR" | "PARA") {
        return None;
    }
    purpose_at(words, from + 1, weak).or_else(|| {
        let skip = words.get(from + 1);
        let filler = matches!(skip, "BE" | "NO" | "GET") && !words.break_before(from + 2);
        filler.then(|| purpose_at(words, from + 2, weak)).flatten()
    })
}

/// `To opt out, reply N` / `Opt out by replying N` / `Unsubscribe: text 2`: an opt-out
/// purpose in the few words before the verb.
fn purpose_precedes(words: &Words, verb: usize) -> bool {
    let from = verb.saturating_sub(4);
    (from..verb).any(|j| {
        let previous = if j == 0 { "" } else { words.get(j - 1) };
        let to_purpose =
            matches!(previous, "TO" | "POUR" | "PARA") && purpose_at(words, j, false).is_some();
        let by_or_colon = purpose_at(words, j, false)
            .is_some_and(|end| (end == verb && words.break_before(verb)) || words.get(end) == "BY")
            && (j == 0 || words.break_before(j));
        to_purpose || by_or_colon
    })
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

/// True when `text` mentions `name` (a brand or organisation name): its words appear in
/// order, case, accents and punctuation ignored (`Joe's Pizza` in "JOES PIZZA:"), also
/// written without spaces (`HarborDental`), and with legal forms dropped from the end of
/// the name (`Harbor Dental LLC` is mentioned by "Harbor Dental"). An empty name is never
/// mentioned. Linear in the text for a given name.
pub fn mentions_name(text: &str, name: &str) -> bool {
    mentions_name_in(&Words::of(text), name)
}

/// [`mentions_name`] over already folded words.
pub fn mentions_name_in(words: &Words, name: &str) -> bool {
    let name_words = Words::of(name);
    let mut wanted: Vec<&str> = (0..name_words.len()).map(|i| name_words.get(i)).collect();
    // Drop legal forms from the end (`HARBOR DENTAL L L C`), keeping at least one word.
    loop {
        let before = wanted.len();
        for suffix in LEGAL_SUFFIXES {
            // `wanted` ends with the suffix's words (compared in place, no copy).
            let parts = suffix.split(' ').count();
            if wanted.len() > parts
                && wanted
                    .get(wanted.len() - parts..)
                    .is_some_and(|tail| tail.iter().zip(suffix.split(' ')).all(|(w, p)| *w == p))
            {
                wanted.truncate(wanted.len() - parts);
            }
        }
        if wanted.len() == before {
            break;
        }
    }
    if wanted.is_empty() {
        return false;
    }
    let joined: String = wanted.concat();
    let n = words.len();
    (0..n).any(|i| {
        // Word by word.
        let in_order = i + wanted.len() <= n
            && wanted
                .iter()
                .enumerate()
                .all(|(k, w)| words.get(i + k) == *w);
        in_order || glued_at(words, i, &joined)
    })
}

/// Consecutive words from `i` whose concatenation is exactly `joined` (`HARBOR` `DENTAL`
/// or `HARBORDENTAL` for `HARBORDENTAL`), compared without allocating.
fn glued_at(words: &Words, i: usize, joined: &str) -> bool {
    let mut rest = joined;
    let mut j = i;
    while !rest.is_empty() {
        let w = words.get(j);
        match rest.strip_prefix(w) {
            Some(after) if !w.is_empty() => rest = after,
            _ => return false,
        }
        j += 1;
    }
    true
}

// ---------------------------------------------------------------------------------------
// Forbidden-category terms
// ---------------------------------------------------------------------------------------

/// The forbidden and restricted content categories of the US and Canadian carriers'
/// rules: SHAFT-C (sex, hate, alcohol, firearms, tobacco, cannabis) and the other
/// categories Twilio forbids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TermCategory {
    /// Adult sexual content. No age gate helps.
    Sex,
    /// Hate speech. No age gate helps; no term list (see `tables.rs`).
    Hate,
    /// Alcohol: allowed only with a robust 21+ age gate; never to Canada.
    Alcohol,
    /// Firearms: never allowed per the newer Twilio text (an older copy allowed age-gated
    /// long and short codes) (the two sources conflict).
    Firearms,
    /// Tobacco, vape, e-cigarettes. Not allowed regardless of age gating.
    Tobacco,
    /// Cannabis and CBD. Forbidden regardless of content or age gate.
    Cannabis,
    /// Payday and third-party loans, crypto and similar high-risk financial services.
    HighRiskFinance,
    /// Third-party debt collection, debt relief, credit repair.
    DebtCollection,
    /// "Get rich quick" schemes and multi-level marketing.
    GetRichQuick,
    /// Gambling.
    Gambling,
    /// Prescription drugs offered without a prescription.
    PrescriptionDrugs,
    /// Fireworks.
    Fireworks,
}

/// Whether a campaign's age gate makes a category sendable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AgeGate {
    /// Allowed when the campaign is declared age-gated (and, for alcohol, never to Canada).
    Required,
    /// Forbidden whatever the gate.
    NoRemedy,
}

impl TermCategory {
    /// Every category, in declaration order.
    pub const ALL: [TermCategory; 12] = [
        TermCategory::Sex,
        TermCategory::Hate,
        TermCategory::Alcohol,
        TermCategory::Firearms,
        TermCategory::Tobacco,
        TermCategory::Cannabis,
        TermCategory::HighRiskFinance,
        TermCategory::DebtCollection,
        TermCategory::GetRichQuick,
        TermCategory::Gambling,
        TermCategory::PrescriptionDrugs,
        TermCategory::Fireworks,
    ];

    /// The contract's snake_case name (`high_risk_finance`).
    pub fn as_str(self) -> &'static str {
        match self {
            TermCategory::Sex => "sex",
            TermCategory::Hate => "hate",
            TermCategory::Alcohol => "alcohol",
            TermCategory::Firearms => "firearms",
            TermCategory::Tobacco => "tobacco",
            TermCategory::Cannabis => "cannabis",
            TermCategory::HighRiskFinance => "high_risk_finance",
            TermCategory::DebtCollection => "debt_collection",
            TermCategory::GetRichQuick => "get_rich_quick",
            TermCategory::Gambling => "gambling",
            TermCategory::PrescriptionDrugs => "prescription_drugs",
            TermCategory::Fireworks => "fireworks",
        }
    }

    /// Whether an age gate makes the category sendable (the sources' age-gate
    /// rules, newer Twilio text winning its conflicts: firearms never; gambling follows
    /// Twilio's Messaging Policy, which names it among age-gated content).
    pub fn age_gate(self) -> AgeGate {
        match self {
            TermCategory::Alcohol | TermCategory::Gambling => AgeGate::Required,
            _ => AgeGate::NoRemedy,
        }
    }

    /// True for the SHAFT-C categories (sex, hate, alcohol, firearms, tobacco, cannabis).
    pub fn is_shaft_c(self) -> bool {
        matches!(
            self,
            TermCategory::Sex
                | TermCategory::Hate
                | TermCategory::Alcohol
                | TermCategory::Firearms
                | TermCategory::Tobacco
                | TermCategory::Cannabis
        )
    }

    /// The Twilio error codes that name the category, if any.
    pub fn codes(self) -> &'static [u32] {
        match self {
            TermCategory::Sex => &[30873, 30441],
            TermCategory::Hate => &[30874],
            TermCategory::Alcohol => &[30875],
            TermCategory::Tobacco => &[30878, 30458],
            TermCategory::Cannabis => &[30860],
            TermCategory::HighRiskFinance => &[30867, 30464],
            TermCategory::DebtCollection => &[30863],
            _ => &[],
        }
    }

    /// Where the category's rule (and so its term list) comes from.
    pub fn source(self) -> &'static str {
        TERM_SETS
            .iter()
            .find(|set| set.category == self)
            .map(|set| set.source)
            .unwrap_or_default()
    }

    /// The category's terms, folded (upper case, words separated by one space).
    pub fn terms(self) -> &'static [&'static str] {
        TERM_SETS
            .iter()
            .find(|set| set.category == self)
            .map(|set| set.terms)
            .unwrap_or_default()
    }
}

/// A forbidden-category term found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TermMatch {
    /// The category the term belongs to.
    pub category: TermCategory,
    /// The listed term that matched, folded (`E CIG`; a plural matches its singular).
    pub term: &'static str,
    /// Where the category's rule comes from.
    pub source: &'static str,
}

/// Finds forbidden-category terms in `text`, each listed term at most once, in text order.
pub fn find_forbidden_terms(text: &str) -> Vec<TermMatch> {
    find_forbidden_terms_in(&Words::of(text))
}

/// [`find_forbidden_terms`] over already folded words.
pub fn find_forbidden_terms_in(words: &Words) -> Vec<TermMatch> {
    let index = term_index();
    let mut found: Vec<TermMatch> = Vec::new();
    for i in 0..words.len() {
        let w = words.get(i);
        let singular = w.strip_suffix('S').filter(|s| s.len() >= 2);
        let candidates = index
            .get(w)
            .into_iter()
            .chain(singular.and_then(|s| index.get(s)))
            .flatten();
        for &(category, term) in candidates {
            let matched = term
                .split(' ')
                .enumerate()
                .all(|(k, part)| k == 0 || word_matches(words.get(i + k), part));
            if matched && !found.iter().any(|f| f.term == term) {
                found.push(TermMatch {
                    category,
                    term,
                    source: category.source(),
                });
            }
        }
    }
    found
}

/// The word is the term's word or its plural with `S`.
fn word_matches(word: &str, part: &str) -> bool {
    word == part || word.strip_suffix('S') == Some(part)
}

/// A multiply-rotate hasher for the term index's short keys: SipHash's setup costs more
/// than the rest of a lookup, and the index's keys are the tables' own terms (a text's
/// words are only looked up, never inserted), so there is no key set to flood.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
}

type TermIndex =
    HashMap<&'static str, Vec<(TermCategory, &'static str)>, BuildHasherDefault<WordHasher>>;

/// First word of each term -> the terms starting with it. Built once per process.
fn term_index() -> &'static TermIndex {
    static INDEX: OnceLock<TermIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = TermIndex::default();
        for set in TERM_SETS {
            for &term in set.terms {
                let first = term.split(' ').next().unwrap_or(term);
                index.entry(first).or_default().push((set.category, term));
            }
        }
        index
    })
}

// ---------------------------------------------------------------------------------------
// Everything at once
// ---------------------------------------------------------------------------------------

/// Everything the scanner finds in one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextScan {
    /// [`find_links`].
    pub links: Vec<Link>,
    /// [`find_phone_numbers`].
    pub phone_numbers: Vec<PhoneMatch>,
    /// [`opt_out_instruction`].
    pub opt_out: OptOutInstruction,
    /// [`find_forbidden_terms`].
    pub forbidden_terms: Vec<TermMatch>,
}

/// Runs every scan on `text`, folding it once.
pub fn scan_text(text: &str) -> TextScan {
    let words = Words::of(text);
    TextScan {
        links: find_links(text),
        phone_numbers: find_phone_numbers(text),
        opt_out: opt_out_instruction_in(&words),
        forbidden_terms: find_forbidden_terms_in(&words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(text: &str) -> Vec<String> {
        find_links(text).into_iter().map(|l| l.host).collect()
    }

    fn phones(text: &str) -> Vec<String> {
        find_phone_numbers(text)
            .into_iter()
            .map(|p| p.e164.unwrap_or(p.text))
            .collect()
    }

    fn kind(text: &str) -> OptOutKind {
        opt_out_instruction(text).kind
    }

    #[test]
    fn links_with_scheme_www_or_known_tld_are_found_with_their_host() {
        assert_eq!(
            hosts("Book at https://www.HarborDental.com/book?x=1, or bit.ly/abc."),
            ["www.harbordental.com", "bit.ly"]
        );
        assert_eq!(hosts("see www.example.org"), ["www.example.org"]);
        assert_eq!(hosts("(harbordental.com)"), ["harbordental.com"]);
        assert_eq!(hosts("http://user@10.0.0.1:8080/x"), ["10.0.0.1"]);
    }

    #[test]
    fn abbreviations_numbers_and_emails_are_not_links() {
        for text in [
            "e.g. a.m. p.m. U.S. i.e.",
            "version 3.5 costs $4.99",
            "Dr.Smith and St.Louis",
            "mail help@harbordental.com",
            "file report.pdf",
            "",
        ] {
            assert!(hosts(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn link_offsets_point_at_the_link() {
        let text = "Hi! «https://bit.ly/x».";
        let link = &find_links(text)[0];
        assert_eq!(text.get(link.start..link.end), Some("https://bit.ly/x"));
        assert_eq!(link.scheme.as_deref(), Some("https"));
    }

    #[test]
    fn shared_shorteners_come_with_their_source() {
        let link = &find_links("go to HTTPS://TinyURL.com/abc")[0];
        assert!(link.shared_shortener);
        assert!(link.shortener_source.is_some_and(|s| s.contains("Twilio")));
        assert!(is_shared_shortener("www.bit.ly"));
        assert!(is_shared_shortener("myapp.app.link"));
        assert!(!is_shared_shortener("notbit.ly"));
        assert!(!is_shared_shortener("go.harbordental.com"));
        assert!(shortener_source("cutt.ly").is_some_and(|s| s.contains("reseller")));
    }

    #[test]
    fn registrable_domain_keeps_country_second_levels() {
        assert_eq!(
            registrable_domain("www.harbordental.com"),
            "harbordental.com"
        );
        assert_eq!(registrable_domain("shop.example.co.uk"), "example.co.uk");
        assert_eq!(
            registrable_domain("https://Go.Example.com/x?y"),
            "example.com"
        );
        assert_eq!(registrable_domain("harbor.ca"), "harbor.ca");
        assert_eq!(registrable_domain("a.b.example.io"), "example.io");
        assert_eq!(
            registrable_domain("https://a..shop.Example.co.uk."),
            "example.co.uk"
        );
        assert_eq!(registrable_domain(""), "");
    }

    #[test]
    fn a_links_domain_is_the_registrable_domain_of_its_host() {
        for host in [
            "bit.ly",
            "www.harbordental.com",
            "shop.example.co.uk",
            "a.b.example.io",
            "x.co.uk",
            "10.0.0.1",
            "1.2.3.example.de",
            "go.example.com.au",
            "münchen.de",
        ] {
            assert_eq!(
                registrable_domain_of_host(host),
                registrable_domain_by_labels(host),
                "{host}"
            );
            assert_eq!(
                shortener_source_of_lower(host),
                shortener_source(host),
                "{host}"
            );
        }
    }

    #[test]
    fn nanp_numbers_in_usual_groupings_are_found() {
        assert_eq!(
            phones("Call (415) 555-0123, 415.555.0124 or 1-800-555-0199 or +1 415 555 0125"),
            [
                "+14155550123",
                "+14155550124",
                "+18005550199",
                "+14155550125"
            ]
        );
        assert_eq!(phones("text 4155550126."), ["+14155550126"]);
        assert_eq!(phones("UK office +44 20 7946 0958"), ["+442079460958"]);
        assert_eq!(phones("front desk 555-0142"), ["555-0142"]);
    }

    #[test]
    fn codes_amounts_dates_and_short_codes_are_not_phone_numbers() {
        for text in [
            "Your code is 482913",
            "Order #4155550123 shipped",
            "Total $4155550123",
            "Text JOIN to 12345",
            "See you 11/28/2026 at 10:30",
            "2026-11-28 10:30",
            "Tracking 1Z999AA10123456784",
            "ID 0155550123",
            "Call 1-155-555-0123",
            "",
        ] {
            assert!(phones(text).is_empty(), "{text:?}: {:?}", phones(text));
        }
    }

    #[test]
    fn phone_offsets_point_at_the_number() {
        let text = "Questions? Call (415) 555-0123.";
        let m = &find_phone_numbers(text)[0];
        assert_eq!(text.get(m.start..m.end), Some("(415) 555-0123"));
        let text = "call me (4155550123)";
        let m = &find_phone_numbers(text)[0];
        assert_eq!(text.get(m.start..m.end), Some("4155550123"));
    }

    #[test]
    fn standard_opt_out_instructions() {
        for text in [
            "Reply STOP to opt out",
            "Reply STOP to unsubscribe.",
            "Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
            "Txt STOP to end",
            "Reply \"STOP\" to opt-out",
            "reply stop to opt out",
            "Text UNSUBSCRIBE anytime",
            "Reply with the word END",
            "Opt out: reply STOP",
            "Reply OPT OUT to unsubscribe",
            "Répondez ARRÊT pour vous désabonner",
            "Text STOP to 55555 to stop receiving messages",
            "Reply STOP",
        ] {
            assert_eq!(kind(text), OptOutKind::Standard, "{text:?}");
        }
        let found = opt_out_instruction("Reply STOP to opt out");
        let standard = found.standard.unwrap();
        assert_eq!(standard.keyword, "STOP");
        assert_eq!(standard.phrase, "REPLY STOP");
    }

    #[test]
    fn non_standard_opt_out_instructions() {
        for text in [
            "Text 2 to stop",
            "Reply N to opt out",
            "Reply NO to be removed",
            "Reply REMOVE",
            "To opt out, reply 2",
            "To stop receiving texts reply X",
            "Opt out by replying N",
            "Txt STOP2END",
            "Reply ST0P to unsubscribe",
            "Reply 9 to cancel these messages",
        ] {
            assert_eq!(kind(text), OptOutKind::NonStandard, "{text:?}");
        }
        let found = opt_out_instruction("Text 2 to stop");
        let ns = found.non_standard.unwrap();
        assert_eq!(
            (ns.keyword.as_str(), ns.phrase.as_str()),
            ("2", "TEXT 2 TO STOP")
        );
    }

    #[test]
    fn prose_and_appointment_replies_are_not_opt_out_instructions() {
        for text in [
            "We send end of month reports",
            "Thanks for your reply. Stop in tomorrow!",
            "Reply C to confirm or X to cancel",
            "To cancel your appointment reply C",
            "Reply YES to confirm",
            "Text us anytime",
            "Don't forget to stop by",
            "Reply HELP for help",
            "",
        ] {
            assert_eq!(kind(text), OptOutKind::None, "{text:?}");
        }
    }

    #[test]
    fn both_kinds_are_reported_and_standard_wins() {
        let found = opt_out_instruction("Reply STOP to opt out or text 2 to stop");
        assert_eq!(found.kind, OptOutKind::Standard);
        assert!(found.non_standard.is_some());
    }

    #[test]
    fn names_are_found_across_case_accents_punctuation_and_legal_forms() {
        assert!(mentions_name("JOES PIZZA: 2 for 1 tonight", "Joe's Pizza"));
        assert!(mentions_name(
            "Harbor Dental: see you Tue",
            "Harbor Dental LLC"
        ));
        assert!(mentions_name("HarborDental reminder", "Harbor Dental"));
        assert!(mentions_name("Café Rosé says hi", "cafe rose"));
        assert!(mentions_name("From harbor-dental", "Harbor Dental, Inc."));
        assert!(!mentions_name("Dental reminder", "Harbor Dental"));
        assert!(!mentions_name("Harbor reminder", "Harbor Dental"));
        assert!(!mentions_name("anything", ""));
        assert!(!mentions_name("anything", "  ,. "));
        assert!(mentions_name("Acme Co here", "Acme Co"));
        assert!(!mentions_name("Acme", "Acme Co Inc LLC extra"));
    }

    #[test]
    fn forbidden_terms_by_category_with_plurals_and_phrases() {
        let found = find_forbidden_terms("Craft BEERS and e-cigs, plus CBD gummies. Wine!");
        let got: Vec<(TermCategory, &str)> = found.iter().map(|m| (m.category, m.term)).collect();
        assert_eq!(
            got,
            [
                (TermCategory::Alcohol, "BEER"),
                (TermCategory::Tobacco, "E CIG"),
                (TermCategory::Cannabis, "CBD"),
                (TermCategory::Alcohol, "WINE"),
            ]
        );
        assert!(found.iter().all(|m| !m.source.is_empty()));
    }

    #[test]
    fn ambiguous_everyday_words_are_not_terms() {
        for text in [
            "Pull weeds before the pot luck; I bet you'll love it",
            "Login with your new password",
            "Our nail gun is on sale",
            "for the sake of it",
            "Hit the jackpot at our sale",
        ] {
            assert!(find_forbidden_terms(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn every_category_has_a_source_and_terms_except_hate() {
        for category in TermCategory::ALL {
            assert!(!category.source().is_empty(), "{category:?}");
            assert_eq!(category.terms().is_empty(), category == TermCategory::Hate);
        }
    }

    #[test]
    fn tables_are_sorted_and_folded() {
        let mut sorted = GENERIC_TLDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, GENERIC_TLDS);
        for set in TERM_SETS {
            for term in set.terms {
                assert_eq!(&fold(term), term, "terms are written folded");
            }
        }
        for list in SHORTENER_LISTS {
            for host in list.hosts {
                assert_eq!(host.to_ascii_lowercase(), *host);
            }
        }
    }

    #[test]
    fn scan_text_runs_every_scan() {
        let scan = scan_text("Vape sale at bit.ly/v! Call 415-555-0123. Reply STOP to opt out");
        assert_eq!(scan.links.len(), 1);
        assert_eq!(scan.phone_numbers.len(), 1);
        assert_eq!(scan.opt_out.kind, OptOutKind::Standard);
        assert_eq!(scan.forbidden_terms[0].category, TermCategory::Tobacco);
    }

    proptest::proptest! {
        #[test]
        fn scans_never_panic_and_offsets_are_char_boundaries(text in "\\PC{0,120}") {
            for link in find_links(&text) {
                proptest::prop_assert!(text.get(link.start..link.end).is_some());
            }
            for phone in find_phone_numbers(&text) {
                proptest::prop_assert_eq!(text.get(phone.start..phone.end), Some(phone.text.as_str()));
            }
            let _ = opt_out_instruction(&text);
            let _ = find_forbidden_terms(&text);
            let _ = mentions_name(&text, &text);
        }
    }
}
