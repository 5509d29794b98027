//! SMS segment counting: which encoding a text needs, how many segments it costs, and
//! which characters forced UCS-2.
//!
//! The model is the carriers' and Twilio's: 140 octets (1120 bits) per segment; once a
//! second segment is needed every segment carries a 6-octet header, and a grapheme or a
//! GSM escape pair never splits across segments. GSM-7 costs 7 bits per septet (extension
//! characters two septets); UCS-2 costs 16 bits per UTF-16 unit, and a GSM character
//! inside a UCS-2 message costs 16 bits too. Counts agree with Twilio's calculator (npm
//! `sms-segments-calculator` 1.3.0) on every input except where its pre-Unicode-11
//! grapheme tables group a modern emoji sequence differently; there we follow current
//! Unicode (UAX #29), which is what phones display.
//!
//! Smart encoding follows Twilio's table per code point, before grapheme grouping, with
//! its quirks kept on purpose (NBSP becomes two spaces, TAB seven), because that is what
//! Twilio sends.

mod gsm;
mod smart_encoding_table;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

pub use gsm::septets;

/// Arguments of `segments`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct SegmentsArgs {
    /// The message body.
    pub text: String,
    /// Apply Twilio's Smart Encoding look-alike replacement before counting.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub smart_encoding: bool,
}

/// The SMS data coding a message needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Encoding {
    #[serde(rename = "GSM-7")]
    /// The GSM 7-bit alphabet: 160 septets in one segment, 153 per part when split
    /// (characters like `€` take two).
    Gsm7,
    #[serde(rename = "UCS-2")]
    /// UCS-2 (needed by any character outside GSM-7): 70 UTF-16 units in one segment, 67
    /// per part when split.
    Ucs2,
}

/// Result of `segments`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SegmentsResult {
    /// The encoding the text needs (`GSM-7` or `UCS-2`).
    pub encoding: Encoding,
    /// Segments billed (an empty text still costs one).
    pub segments: u32,
    /// User-perceived characters (graphemes), counting `\r\n` as two as Twilio does.
    pub characters: u32,
    /// Septets for GSM-7 (extension characters count two), UTF-16 units for UCS-2.
    pub code_units: u32,
    /// The distinct characters (graphemes) that forced UCS-2, in order of first appearance.
    pub non_gsm: Vec<String>,
    /// The text as it would be sent (after smart encoding when asked).
    pub text: String,
}

const SEGMENT_BITS: i64 = 1120;
const HEADER_BITS: i64 = 48;

/// Counts the segments and encoding of a text. Total: every string has an answer.
pub fn segments(args: &SegmentsArgs) -> SegmentsResult {
    let text = if args.smart_encoding {
        smart_encode(&args.text)
    } else {
        args.text.clone()
    };
    let encoding = encoding_of(&text);
    let mut characters = 0u32;
    let mut code_units = 0u32;
    let mut non_gsm: Vec<String> = Vec::new();
    let mut counter = SegmentCounter::default();
    if encoding == Encoding::Gsm7 {
        // Every GSM-7 character is a grapheme of its own (none extends, joins or prepends
        // to a cluster, and CR LF is billed as two anyway), so no segmentation is needed.
        for c in text.chars() {
            let septets = u32::from(septets(c).unwrap_or(1));
            characters = characters.saturating_add(1);
            code_units = code_units.saturating_add(septets);
            counter.push(7 * i64::from(septets));
        }
    } else {
        // A set beside the ordered list keeps "seen before?" constant-time: a text of n
        // distinct characters would otherwise cost n² comparisons (a denial of service on
        // any backend that counts user text).
        let mut seen: HashSet<&str> = HashSet::new();
        for_each_grapheme(&text, |grapheme| {
            let cost = grapheme_cost(grapheme, encoding);
            characters = characters.saturating_add(1);
            code_units = code_units.saturating_add(cost.units);
            counter.push(cost.bits);
            if !cost.gsm && seen.insert(grapheme) {
                non_gsm.push(grapheme.to_owned());
            }
        });
    }
    SegmentsResult {
        encoding,
        segments: counter.segments,
        characters,
        code_units,
        non_gsm,
        text,
    }
}

/// The encoding a text needs: GSM-7 unless some character is outside the GSM alphabet.
pub fn encoding_of(text: &str) -> Encoding {
    if text.chars().all(|c| septets(c).is_some()) {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

/// Replaces Unicode look-alikes with GSM-7 characters, code point by code point, as
/// Twilio's Smart Encoding does.
pub fn smart_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match smart_encoding_table::replacement(c) {
            Some(replacement) => out.push_str(replacement),
            None => out.push(c),
        }
    }
    out
}

/// Calls `each` for every extended grapheme cluster of `text`, with `\r\n` split in two
/// (Twilio bills it as two characters).
///
/// Why not just `text.graphemes(true)`: UAX #29 segmentation costs tens of nanoseconds per
/// character, and most business texts are ASCII. An ASCII character between two ASCII
/// characters (or the text's ends) is a cluster of its own: no ASCII character extends a
/// cluster or prepends to one. A control character always is (GB4/GB5). So only the
/// stretches around non-ASCII characters go through the segmenter, and since no cluster
/// rule looks across those single-character clusters, the result is the same as
/// segmenting the whole text.
fn for_each_grapheme<'t>(text: &'t str, mut each: impl FnMut(&'t str)) {
    let bytes = text.as_bytes();
    let mut pending_from = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let next_is_ascii = bytes.get(i + 1).is_none_or(u8::is_ascii);
        let previous_is_ascii = i == 0 || bytes.get(i - 1).is_some_and(u8::is_ascii);
        let alone = byte.is_ascii_control() || (previous_is_ascii && next_is_ascii);
        if byte.is_ascii() && alone {
            if let Some(pending) = text.get(pending_from..i) {
                for cluster in pending.graphemes(true) {
                    emit_split_crlf(cluster, &mut each);
                }
            }
            if let Some(single) = text.get(i..=i) {
                each(single);
            }
            pending_from = i + 1;
        }
    }
    if let Some(pending) = text.get(pending_from..) {
        for cluster in pending.graphemes(true) {
            emit_split_crlf(cluster, &mut each);
        }
    }
}

fn emit_split_crlf<'t>(cluster: &'t str, each: &mut impl FnMut(&'t str)) {
    if cluster == "\r\n" {
        each("\r");
        each("\n");
    } else {
        each(cluster);
    }
}

struct Cost {
    bits: i64,
    units: u32,
    gsm: bool,
}

fn grapheme_cost(grapheme: &str, encoding: Encoding) -> Cost {
    let mut chars = grapheme.chars();
    let single_gsm = match (chars.next(), chars.next()) {
        (Some(c), None) => septets(c),
        _ => None,
    };
    match (encoding, single_gsm) {
        (Encoding::Gsm7, Some(n)) => Cost {
            bits: 7 * i64::from(n),
            units: u32::from(n),
            gsm: true,
        },
        (Encoding::Ucs2, Some(_)) => Cost {
            bits: 16,
            units: 1,
            gsm: true,
        },
        // A GSM-7 message holds only GSM characters, so this arm is UCS-2 in practice;
        // costing by UTF-16 length keeps it total.
        (_, None) => {
            let units = u32::try_from(grapheme.encode_utf16().count()).unwrap_or(u32::MAX);
            Cost {
                bits: 16 * i64::from(units),
                units,
                gsm: false,
            }
        }
    }
}

/// Fills segments greedily, the way carriers (and Twilio's calculator) do: when the first
/// overflow happens, the first segment gains its header and sheds its last characters into
/// the second; later segments start with their header.
#[derive(Debug)]
struct SegmentCounter {
    segments: u32,
    /// Sizes in the first segment while it has no header (bounded: at most 160 entries).
    first: Vec<i64>,
    first_bits: i64,
    current_bits: i64,
}

impl Default for SegmentCounter {
    fn default() -> Self {
        SegmentCounter {
            segments: 1,
            // Room for a full first segment of 7-bit characters: no regrowth per character.
            first: Vec::with_capacity((SEGMENT_BITS / 7) as usize),
            first_bits: 0,
            current_bits: 0,
        }
    }
}

impl SegmentCounter {
    fn push(&mut self, bits: i64) {
        if self.segments == 1 {
            if SEGMENT_BITS - self.first_bits >= bits {
                self.first.push(bits);
                self.first_bits += bits;
                return;
            }
            self.segments = 2;
            let mut first_total = self.first_bits + HEADER_BITS;
            let mut moved = 0;
            while first_total > SEGMENT_BITS {
                match self.first.pop() {
                    Some(size) => {
                        first_total -= size;
                        moved += size;
                    }
                    None => break,
                }
            }
            self.first = Vec::new();
            self.current_bits = HEADER_BITS + moved + bits;
            return;
        }
        if SEGMENT_BITS - self.current_bits < bits {
            self.segments = self.segments.saturating_add(1);
            self.current_bits = HEADER_BITS;
        }
        self.current_bits += bits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> SegmentsResult {
        segments(&SegmentsArgs {
            text: text.to_owned(),
            smart_encoding: false,
        })
    }

    #[test]
    fn gsm_boundaries_are_160_then_153() {
        assert_eq!(count(&"1".repeat(160)).segments, 1);
        assert_eq!(count(&"1".repeat(161)).segments, 2);
        assert_eq!(count(&"1".repeat(306)).segments, 2);
        assert_eq!(count(&"1".repeat(307)).segments, 3);
    }

    #[test]
    fn ucs2_boundaries_are_70_then_67() {
        let one = format!("😜{}", "1".repeat(68));
        assert_eq!(count(&one).encoding, Encoding::Ucs2);
        assert_eq!(count(&one).segments, 1);
        assert_eq!(count(&format!("😜{}", "1".repeat(69))).segments, 2);
        assert_eq!(count(&format!("😜{}", "1".repeat(133))).segments, 3);
    }

    #[test]
    fn escape_characters_cost_two_septets() {
        for c in ['|', '^', '€', '{', '}', '[', ']', '~', '\\'] {
            let fits = format!("{c}{}", "1".repeat(158));
            assert_eq!(count(&fits).segments, 1, "{c}");
            assert_eq!(count(&fits).code_units, 160, "{c}");
            assert_eq!(count(&format!("{fits}1")).segments, 2, "{c}");
        }
    }

    #[test]
    fn escape_pair_never_splits() {
        // 152 digits then '€': 154 septets do not fit in a 153-septet part, so the pair
        // moves whole into the next segment.
        let text = format!("{}€{}", "1".repeat(152), "1".repeat(10));
        assert_eq!(count(&text).segments, 2);
    }

    #[test]
    fn crlf_counts_as_two_characters_and_stays_gsm() {
        let result = count("\rabcde\r\n123");
        assert_eq!(result.characters, 11);
        assert_eq!(result.encoding, Encoding::Gsm7);
    }

    #[test]
    fn gsm_characters_in_ucs2_cost_sixteen_bits() {
        let fits = format!("😀{}", "]".repeat(68));
        assert_eq!(count(&fits).segments, 1);
        assert_eq!(count(&format!("{fits}]")).segments, 2);
    }

    #[test]
    fn flag_is_one_grapheme_that_never_splits() {
        let fits = format!("🇮🇹{}", "1".repeat(66));
        assert_eq!(count(&fits).segments, 1);
        assert_eq!(count(&format!("{fits}1")).segments, 2);
    }

    #[test]
    fn non_gsm_lists_distinct_graphemes_in_order() {
        assert_eq!(count("más más ç").non_gsm, vec!["á", "ç"]);
        assert!(count("plain").non_gsm.is_empty());
    }

    #[test]
    fn combining_accent_sequence_is_one_character() {
        let result = count("e\u{301}\u{301}\u{301}");
        assert_eq!(result.characters, 1);
        assert_eq!(result.code_units, 4);
    }

    #[test]
    fn grapheme_shortcut_matches_full_segmentation() {
        let texts = [
            "plain ascii text",
            "e\u{301}tude, cafe\u{301}!",
            "a\r\nb\r\u{301}c\n",
            "hi 👩\u{200d}💻 and 🇺🇸🇨🇦 ok",
            "1\u{fe0f}\u{20e3} #\u{fe0f}\u{20e3}",
            "\u{915}\u{94d}\u{937}a",
            "x\u{200d}y",
            "ends with combining e\u{301}",
            "prepend \u{600}1 and \u{600}a",
            "\u{600}\r\n",
        ];
        for text in texts {
            let mut fast = Vec::new();
            for_each_grapheme(text, |g| fast.push(g));
            let slow: Vec<&str> = text
                .graphemes(true)
                .flat_map(|g| {
                    if g == "\r\n" {
                        vec!["\r", "\n"]
                    } else {
                        vec![g]
                    }
                })
                .collect();
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn grapheme_shortcut_matches_full_segmentation_on_any_text(
            text in "[a-z1 #\\r\\n\u{300}-\u{302}\u{600}\u{915}\u{94d}\u{200d}\u{fe0f}\u{20e3}\u{1f1e6}-\u{1f1ea}\u{1f469}\u{1f4bb}\u{1f3fd}é]{0,40}"
        ) {
            let mut fast = Vec::new();
            for_each_grapheme(&text, |g| fast.push(g));
            let slow: Vec<&str> = text
                .graphemes(true)
                .flat_map(|g| if g == "\r\n" { vec!["\r", "\n"] } else { vec![g] })
                .collect();
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn empty_text_is_one_empty_segment() {
        let result = count("");
        assert_eq!((result.segments, result.characters), (1, 0));
    }

    #[test]
    fn smart_encoding_keeps_curly_quotes_in_gsm() {
        let result = segments(&SegmentsArgs {
            text: "“Hi” — it’s…".to_owned(),
            smart_encoding: true,
        });
        assert_eq!(result.text, "\"Hi\" - it's...");
        assert_eq!(result.encoding, Encoding::Gsm7);
    }

    #[test]
    fn smart_encoding_off_leaves_text_unchanged() {
        assert_eq!(count("“Hi”").text, "“Hi”");
        assert_eq!(count("“Hi”").encoding, Encoding::Ucs2);
    }
}
