//! Folding an inbound text into comparable words.
//!
//! The output is a compact string: words in upper-case ASCII where the folding table
//! reaches (other scripts are upper-cased as Unicode says), words separated by one space,
//! clauses separated by `|`. A clause ends at sentence punctuation, quotes, symbols, emoji
//! and line breaks; hyphens, underscores, slashes and all other whitespace only separate
//! words (`OPT-OUT` -> `OPT OUT`). An apostrophe inside a word is dropped (`DON'T` ->
//! `DONT`, `m'envoyer` -> `MENVOYER`); elsewhere it is a quote. Leading and trailing
//! separators vanish, so `"Stop." 🛑` folds to `STOP`. A `#` not followed by a letter or
//! digit is the word `NUMBER` (`wrong #` -> `WRONG NUMBER`).
//!
//! Compatibility folding is a small table rather than a Unicode normalisation crate (none
//! is in the workspace, and a full NFKC table would cost the WebAssembly package far more
//! than it buys here): full-width ASCII U+FF01..U+FF5E maps arithmetically to U+0021..U+007E,
//! the ideographic space U+3000 is a space, combining marks U+0300..U+036F are dropped
//! (so a decomposed `E` + circumflex folds like `Ê`), and the Latin-1 and Latin Extended-A
//! letters fold to their base letters through [`LATIN_FOLDS`] (`Ê` -> `E`, `Œ` -> `OE`,
//! `ß` -> `SS`). Zero-width characters and variation selectors are ignored.

/// Where folded characters go. Two sinks exist: a fixed stack buffer (no allocation; it
/// reports overflow) and a `String`.
pub(crate) trait Sink {
    fn put(&mut self, c: char);
}

impl Sink for String {
    fn put(&mut self, c: char) {
        self.push(c);
    }
}

/// Capacity of the stack buffer: longer than any keyword (extra keywords are capped at
/// 30 characters, at most 4 bytes each after folding).
pub(crate) const STACK_BYTES: usize = 128;

/// A fixed buffer on the stack; writing past its end sets `overflow` and drops the rest.
pub(crate) struct StackBuf {
    bytes: [u8; STACK_BYTES],
    len: usize,
    pub(crate) overflow: bool,
}

impl StackBuf {
    pub(crate) fn new() -> Self {
        StackBuf {
            bytes: [0; STACK_BYTES],
            len: 0,
            overflow: false,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl Sink for StackBuf {
    fn put(&mut self, c: char) {
        if self.overflow {
            return;
        }
        if c.is_ascii() {
            match self.bytes.get_mut(self.len) {
                Some(slot) => {
                    *slot = c as u8;
                    self.len += 1;
                }
                None => self.overflow = true,
            }
            return;
        }
        let mut tmp = [0u8; 4];
        let encoded = c.encode_utf8(&mut tmp).as_bytes();
        let end = self.len + encoded.len();
        match self.bytes.get_mut(self.len..end) {
            Some(slot) => {
                slot.copy_from_slice(encoded);
                self.len = end;
            }
            None => self.overflow = true,
        }
    }
}

/// What one input character contributes.
enum Class {
    /// Letters or digits, already folded (one char).
    Word(char),
    /// A letter that folds to several (`Æ` -> `AE`), or a Unicode upper-casing that does.
    WordStr(&'static str),
    /// A letter outside the table: upper-cased by Unicode's rules at output time.
    Other(char),
    Space,
    Break,
    Apostrophe,
    Skip,
}

/// Latin letters that fold to base letters: (first, last, folded). Source: the Unicode
/// code charts for Latin-1 Supplement (U+0080..U+00FF) and Latin Extended-A
/// (U+0100..U+017F), reading each letter's base letter from its character name
/// (e.g. U+00CA LATIN CAPITAL LETTER E WITH CIRCUMFLEX -> E). Ranges are inclusive and
/// cover upper and lower case alike, because folding also upper-cases.
pub(crate) const LATIN_FOLDS: &[(char, char, &str)] = &[
    ('\u{C0}', '\u{C5}', "A"),
    ('\u{C6}', '\u{C6}', "AE"),
    ('\u{C7}', '\u{C7}', "C"),
    ('\u{C8}', '\u{CB}', "E"),
    ('\u{CC}', '\u{CF}', "I"),
    ('\u{D0}', '\u{D0}', "D"),
    ('\u{D1}', '\u{D1}', "N"),
    ('\u{D2}', '\u{D6}', "O"),
    ('\u{D8}', '\u{D8}', "O"),
    ('\u{D9}', '\u{DC}', "U"),
    ('\u{DD}', '\u{DD}', "Y"),
    ('\u{DE}', '\u{DE}', "TH"),
    ('\u{DF}', '\u{DF}', "SS"),
    ('\u{E0}', '\u{E5}', "A"),
    ('\u{E6}', '\u{E6}', "AE"),
    ('\u{E7}', '\u{E7}', "C"),
    ('\u{E8}', '\u{EB}', "E"),
    ('\u{EC}', '\u{EF}', "I"),
    ('\u{F0}', '\u{F0}', "D"),
    ('\u{F1}', '\u{F1}', "N"),
    ('\u{F2}', '\u{F6}', "O"),
    ('\u{F8}', '\u{F8}', "O"),
    ('\u{F9}', '\u{FC}', "U"),
    ('\u{FD}', '\u{FD}', "Y"),
    ('\u{FE}', '\u{FE}', "TH"),
    ('\u{FF}', '\u{FF}', "Y"),
    ('\u{100}', '\u{105}', "A"),
    ('\u{106}', '\u{10D}', "C"),
    ('\u{10E}', '\u{111}', "D"),
    ('\u{112}', '\u{11B}', "E"),
    ('\u{11C}', '\u{123}', "G"),
    ('\u{124}', '\u{127}', "H"),
    ('\u{128}', '\u{131}', "I"),
    ('\u{132}', '\u{133}', "IJ"),
    ('\u{134}', '\u{135}', "J"),
    ('\u{136}', '\u{138}', "K"),
    ('\u{139}', '\u{142}', "L"),
    ('\u{143}', '\u{14B}', "N"),
    ('\u{14C}', '\u{151}', "O"),
    ('\u{152}', '\u{153}', "OE"),
    ('\u{154}', '\u{159}', "R"),
    ('\u{15A}', '\u{161}', "S"),
    ('\u{162}', '\u{167}', "T"),
    ('\u{168}', '\u{173}', "U"),
    ('\u{174}', '\u{175}', "W"),
    ('\u{176}', '\u{178}', "Y"),
    ('\u{179}', '\u{17E}', "Z"),
    ('\u{17F}', '\u{17F}', "S"),
];

// Called once per character of every folded text: inlined into the fold loop.
#[inline]
fn class(c: char) -> Class {
    // Full-width ASCII: same characters, offset by 0xFEE0.
    let c = if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
        char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
    } else {
        c
    };
    match c {
        'a'..='z' => Class::Word(c.to_ascii_uppercase()),
        'A'..='Z' | '0'..='9' => Class::Word(c),
        '\'' | '`' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' => Class::Apostrophe,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Class::Break,
        '-' | '_' | '/' | '\u{2010}' | '\u{2011}' | '\u{3000}' => Class::Space,
        '\u{0300}'..='\u{036F}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{AD}' => Class::Skip,
        _ if c.is_whitespace() || c.is_control() => Class::Space,
        '\u{C0}'..='\u{17F}' => match LATIN_FOLDS
            .iter()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&c))
        {
            Some((_, _, folded)) => {
                let mut chars = folded.chars();
                match (chars.next(), chars.next()) {
                    (Some(one), None) => Class::Word(one),
                    _ => Class::WordStr(folded),
                }
            }
            // Multiplication and division signs sit in the Latin-1 range.
            None => Class::Break,
        },
        _ if c.is_alphanumeric() => Class::Other(c),
        _ => Class::Break,
    }
}

/// Folds `text` into `sink` (see the module docs for the output shape).
///
/// ASCII is read byte by byte without decoding: a run of letters and digits, the bulk of
/// most texts, is copied upper-cased (inside a run no separator is pending, so only its
/// first character can print one), and other ASCII only sets the pending separator.
/// `#`, apostrophes and non-ASCII characters take the general path. A test checks the
/// result against a per-character reference.
pub(crate) fn fold_into<S: Sink>(text: &str, sink: &mut S) {
    let mut wrote = false;
    let mut in_word = false;
    let mut pending_space = false;
    let mut pending_break = false;
    let mut pending_apostrophe = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte.is_ascii_alphanumeric() {
            if !(pending_apostrophe && in_word) && wrote {
                if pending_break {
                    sink.put('|');
                } else if pending_space {
                    sink.put(' ');
                }
            }
            pending_apostrophe = false;
            pending_space = false;
            pending_break = false;
            while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_alphanumeric()) {
                sink.put(char::from(b.to_ascii_uppercase()));
                i += 1;
            }
            in_word = true;
            wrote = true;
            continue;
        }
        if byte.is_ascii() && !matches!(byte, b'#' | b'\'' | b'`') {
            // Other ASCII: white space, controls, `-`, `_` and `/` separate words; line
            // breaks and punctuation end the clause (what `class` answers for them).
            let space = match byte {
                b'\n' | b'\r' => false,
                b'-' | b'_' | b'/' => true,
                b => b.is_ascii_whitespace() || b.is_ascii_control(),
            };
            if pending_apostrophe {
                pending_break = true;
                pending_apostrophe = false;
            }
            if space {
                pending_space = true;
            } else {
                pending_break = true;
            }
            in_word = false;
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        // `#` standing alone is how people write "number" (`wrong #`, `remove my #`); before
        // a letter or digit (`#4411`, `#STOP`) it stays a separator.
        let class = if c == '#'
            && !text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric)
        {
            Class::WordStr("NUMBER")
        } else {
            class(c)
        };
        if let Class::Skip = class {
            continue;
        }
        let is_word = matches!(class, Class::Word(_) | Class::WordStr(_) | Class::Other(_));
        if is_word {
            // An apostrophe between two letters joins them; pending separators print once.
            if !(pending_apostrophe && in_word) && wrote {
                if pending_break {
                    sink.put('|');
                } else if pending_space {
                    sink.put(' ');
                }
            }
            pending_apostrophe = false;
            pending_space = false;
            pending_break = false;
            match class {
                Class::Word(w) => sink.put(w),
                Class::WordStr(s) => s.chars().for_each(|w| sink.put(w)),
                Class::Other(o) => o.to_uppercase().for_each(|w| sink.put(w)),
                _ => {}
            }
            in_word = true;
            wrote = true;
            continue;
        }
        if pending_apostrophe {
            // The apostrophe was not between letters: it was a quote.
            pending_break = true;
            pending_apostrophe = false;
        }
        match class {
            Class::Apostrophe if in_word => pending_apostrophe = true,
            Class::Space => pending_space = true,
            _ => pending_break = true,
        }
        in_word = false;
    }
}

/// Folds into a fresh `String`.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold one character at a time, as it was before the ASCII-run fast path: the
    /// reference the fast path must agree with.
    fn fold_reference(text: &str) -> String {
        let sink = &mut String::new();
        let mut wrote = false;
        let mut in_word = false;
        let mut pending_space = false;
        let mut pending_break = false;
        let mut pending_apostrophe = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            // `#` standing alone is how people write "number" (`wrong #`, `remove my #`); before
            // a letter or digit (`#4411`, `#STOP`) it stays a separator.
            let class = if c == '#' && !chars.peek().is_some_and(|n| n.is_alphanumeric()) {
                Class::WordStr("NUMBER")
            } else {
                class(c)
            };
            if let Class::Skip = class {
                continue;
            }
            let is_word = matches!(class, Class::Word(_) | Class::WordStr(_) | Class::Other(_));
            if is_word {
                // An apostrophe between two letters joins them; pending separators print once.
                if !(pending_apostrophe && in_word) && wrote {
                    if pending_break {
                        sink.put('|');
                    } else if pending_space {
                        sink.put(' ');
                    }
                }
                pending_apostrophe = false;
                pending_space = false;
                pending_break = false;
                match class {
                    Class::Word(w) => sink.put(w),
                    Class::WordStr(s) => s.chars().for_each(|w| sink.put(w)),
                    Class::Other(o) => o.to_uppercase().for_each(|w| sink.put(w)),
                    _ => {}
                }
                in_word = true;
                wrote = true;
                continue;
            }
            if pending_apostrophe {
                // The apostrophe was not between letters: it was a quote.
                pending_break = true;
                pending_apostrophe = false;
            }
            match class {
                Class::Apostrophe if in_word => pending_apostrophe = true,
                Class::Space => pending_space = true,
                _ => pending_break = true,
            }
            in_word = false;
        }
        sink.clone()
    }

    #[test]
    fn the_ascii_run_fast_path_folds_like_the_reference() {
        for text in [
            "Reply STOP to opt out",
            "Don't text me, O'Brien's 'stop' #4411 wrong # ok",
            "Café-Rosé: ＳＴＯＰ  arre\u{302}t\n\nstraße 🛑 stop!!",
            "#",
            "# #",
            "a#",
            "#a",
            "'",
            "a'",
            "'a",
            "a''b",
            "a' b",
            "x\u{200B}y",
            "",
            "a\tb\x0bc\x7fd\re-f_g/h.i,j;k:l\"m",
            "it's.' ok",
            "a'\nb",
            "a' -b",
        ] {
            assert_eq!(fold(text), fold_reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_the_reference(text in "[a-zA-Z0-9 #'’`\\-_/.,!?\"\t\x0b\x7f\\n\\r\u{e9}\u{302}\u{200B}ＳΩ😀]{0,40}") {
            proptest::prop_assert_eq!(fold(&text), fold_reference(&text));
        }
    }

    #[test]
    fn surrounding_punctuation_quotes_and_emoji_vanish() {
        for text in [
            "Stop.",
            "STOP!!",
            "\"stop\"",
            "STOP 🛑",
            "  stop\t",
            "«stop»",
            "*STOP*",
        ] {
            assert_eq!(fold(text), "STOP", "{text:?}");
        }
    }

    #[test]
    fn full_width_and_accents_fold_to_ascii() {
        assert_eq!(fold("ＳＴＯＰ"), "STOP");
        assert_eq!(fold("ｓｔｏｐ"), "STOP");
        assert_eq!(fold("ARRÊT"), "ARRET");
        assert_eq!(fold("arre\u{302}t"), "ARRET");
        assert_eq!(fold("Désabonnez-moi"), "DESABONNEZ MOI");
        assert_eq!(fold("cœur straße"), "COEUR STRASSE");
    }

    #[test]
    fn inner_spacing_hyphens_collapse_to_one_space() {
        assert_eq!(fold("OPT-OUT"), "OPT OUT");
        assert_eq!(fold("stop   \u{a0} all"), "STOP ALL");
        assert_eq!(fold("opt_out"), "OPT OUT");
    }

    #[test]
    fn apostrophes_join_inside_words_and_quote_outside() {
        assert_eq!(fold("Don't text me"), "DONT TEXT ME");
        assert_eq!(fold("arrêtez de m’envoyer"), "ARRETEZ DE MENVOYER");
        assert_eq!(fold("'stop' please"), "STOP|PLEASE");
    }

    #[test]
    fn sentence_punctuation_and_emoji_split_clauses() {
        assert_eq!(fold("Stop. Thank you"), "STOP|THANK YOU");
        assert_eq!(fold("stop 😂 lol"), "STOP|LOL");
        assert_eq!(fold("a\nb"), "A|B");
    }

    #[test]
    fn a_lone_hash_is_the_word_number() {
        assert_eq!(fold("remove my # pls"), "REMOVE MY NUMBER PLS");
        assert_eq!(fold("wrong #"), "WRONG NUMBER");
        assert_eq!(fold("order #4411"), "ORDER|4411");
    }

    #[test]
    fn other_scripts_are_upper_cased_not_dropped() {
        assert_eq!(fold("стоп"), "СТОП");
    }

    #[test]
    fn stack_buffer_reports_overflow_instead_of_panicking() {
        let mut buf = StackBuf::new();
        fold_into(&"stop ".repeat(100), &mut buf);
        assert!(buf.overflow);
        assert!(buf.as_str().len() <= STACK_BYTES);
        let mut small = StackBuf::new();
        fold_into("Stop!", &mut small);
        assert!(!small.overflow);
        assert_eq!(small.as_str(), "STOP");
    }
}
