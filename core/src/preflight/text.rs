//! Words of a form's free text, for the registration rules: whole-word and phrase lookups
//! against the tables in `data.rs`, a business-name mention, and the CTA elements (STOP,
//! HELP, rates, frequency). One lower-casing pass and one word split per text; each lookup
//! is a walk over the words with a binary search in a sorted table, so cost is linear in
//! the text.

/// A text split into lower-case words (runs of ASCII letters and digits; other characters
/// separate words, non-ASCII letters are kept inside words).
pub(crate) struct Words {
    lower: String,
    spans: Vec<(usize, usize)>,
}

impl Words {
    pub fn new(text: &str) -> Words {
        let lower = text.to_lowercase();
        let spans = if lower.is_ascii() {
            // The usual text: bytes are characters, no decoding needed.
            let bytes = lower.bytes().enumerate();
            word_spans(
                bytes.map(|(i, b)| (i, b.is_ascii_alphanumeric())),
                lower.len(),
            )
        } else {
            let chars = lower.char_indices();
            word_spans(chars.map(|(i, c)| (i, c.is_alphanumeric())), lower.len())
        };
        Words { lower, spans }
    }

    /// The lower-cased text.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub fn word(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(s, e)| self.lower.get(s..e))
            .unwrap_or("")
    }

    /// Whether the phrase's words occur consecutively starting at word `i`.
    pub fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        !phrase.is_empty()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == *w)
    }

    pub fn has_word(&self, word: &str) -> bool {
        (0..self.len()).any(|i| self.word(i) == word)
    }

    pub fn has_phrase(&self, phrase: &[&str]) -> bool {
        (0..self.len()).any(|i| self.phrase_at(i, phrase))
    }

    pub fn has_any_word(&self, words: &[&str]) -> bool {
        (0..self.len()).any(|i| words.contains(&self.word(i)))
    }

    /// The first term of `table` (sorted by first word) found in the text, in text order.
    pub fn first_term(
        &self,
        table: &'static [&'static [&'static str]],
    ) -> Option<&'static [&'static str]> {
        // Most words start no term: a 64-bit mask of the terms' first words (by length,
        // first and last byte) turns those away before the binary search. Equal words have
        // equal bits, so nothing that matches is skipped.
        let mask = table
            .iter()
            .filter_map(|t| t.first())
            .fold(0u64, |m, w| m | word_bit(w));
        for i in 0..self.len() {
            let w = self.word(i);
            if mask & word_bit(w) == 0 {
                continue;
            }
            let from = table.partition_point(|t| t.first().copied().unwrap_or("") < w);
            for term in table.get(from..).unwrap_or(&[]) {
                if term.first().copied() != Some(w) {
                    break;
                }
                if self.phrase_at(i, term) {
                    return Some(term);
                }
            }
        }
        None
    }
}

/// One bit of 64 for a word, from its length and first and last bytes (see `first_term`).
fn word_bit(w: &str) -> u64 {
    let b = w.as_bytes();
    let first = u64::from(b.first().copied().unwrap_or(0));
    let last = u64::from(b.last().copied().unwrap_or(0));
    let h = first
        .wrapping_mul(31)
        .wrapping_add(last.wrapping_mul(7))
        .wrapping_add((b.len() as u64).wrapping_mul(131));
    1u64 << (h % 64)
}

/// Whether a name carries a legal-entity suffix (LLC, Inc., Corp., …) anywhere. "Co" is
/// left out: "Bright & Co" is a trade name as often as a company.
pub(crate) fn has_entity_suffix(name: &str) -> bool {
    let words = Words::new(name);
    (0..words.len()).any(|i| {
        super::data::ENTITY_SUFFIXES
            .iter()
            .filter(|s| **s != ["co"])
            .any(|s| words.phrase_at(i, s))
    })
}

/// HELP instruction: `HELP` in capitals, or "reply/text help".
pub(crate) fn has_help_instruction(original: &str, words: &Words) -> bool {
    has_capital_keyword(original, "HELP")
        || [["reply", "help"], ["text", "help"], ["send", "help"]]
            .iter()
            .any(|p| words.has_phrase(p))
}

/// "Msg & data rates may apply" in any of its usual spellings: "data rates", "msg rates",
/// "message rates".
pub(crate) fn has_rates(words: &Words) -> bool {
    [
        &["data", "rates"][..],
        &["msg", "rates"],
        &["message", "rates"],
        &["msgdata", "rates"],
        &["data", "rate"],
    ]
    .iter()
    .any(|p| words.has_phrase(p))
}

/// A message frequency: "frequency", "varies", "N msgs/month", "per week", "recurring".
pub(crate) fn has_frequency(words: &Words) -> bool {
    words.has_any_word(&[
        "frequency",
        "varies",
        "vary",
        "recurring",
        "monthly",
        "weekly",
        "daily",
    ]) || (0..words.len()).any(|i| {
        matches!(words.word(i), "per" | "a" | "msgs" | "msg" | "messages")
            && matches!(
                words.word(i + 1),
                "month" | "mo" | "week" | "wk" | "day" | "request" | "appointment" | "visit"
            )
    })
}

fn has_capital_keyword(original: &str, keyword: &str) -> bool {
    let bytes = original.as_bytes();
    let mut from = 0;
    while let Some(at) = original.get(from..).and_then(|rest| rest.find(keyword)) {
        let start = from + at;
        let end = start + keyword.len();
        let before = start.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(end);
        let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
        if boundary(before) && boundary(after) {
            return true;
        }
        from = end;
    }
    false
}

/// A keyword opt-in in prose: "text JOIN to ..." / "texting START to" (a word in capitals
/// other than STOP/HELP after text/texting/send, followed by "to").
pub(crate) fn mentions_keyword_opt_in(original: &str) -> bool {
    let tokens: Vec<&str> = original
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    tokens.windows(3).any(|w| match w {
        [verb, keyword, to] => {
            matches!(
                verb.to_ascii_lowercase().as_str(),
                "text" | "texting" | "send" | "sending"
            ) && keyword.len() >= 2
                && keyword
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !matches!(*keyword, "STOP" | "HELP" | "SMS" | "OK")
                && to.eq_ignore_ascii_case("to")
        }
        _ => false,
    })
}

/// Whether text holds a placeholder for a link or a phone number, such as `[link]` or
/// `[phone number]` (samples mark variable parts in brackets).
pub(crate) fn placeholder(text: &str, kinds: &[&str]) -> bool {
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find(']') else {
            return false;
        };
        let inside = Words::new(after.get(..close).unwrap_or(""));
        if kinds.iter().any(|k| inside.has_word(k)) {
            return true;
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    false
}

/// The `(start, end)` byte spans of the runs of word characters, given each character's
/// byte index and whether it belongs to a word; `len` ends a run still open at the end.
fn word_spans(chars: impl Iterator<Item = (usize, bool)>, len: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, word_char) in chars {
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, len));
    }
    spans
}
