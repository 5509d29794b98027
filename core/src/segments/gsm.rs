//! The GSM 03.38 default alphabet and its extension table, as data.
//!
//! Source: 3GPP TS 23.038 §6.2.1 (default alphabet and extension table), cross-checked
//! against the Unicode-to-GSM map of Twilio's segment calculator (npm
//! `sms-segments-calculator` 1.3.0, MIT). The differential test in
//! `bindings/test/segments-differential.test.mjs` compares every entry with that map.

/// The 127 basic-table characters in code order (0x00..=0x7F, ESC at 0x1B left out).
/// Each costs one septet.
pub const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The extension-table characters: ESC plus a code, two septets each.
/// Form feed (U+000C), ^ { } \ [ ~ ] | and the euro sign.
pub const EXTENSION: &str = "\u{000C}^{}\\[~]|€";

/// The highest code point in [`BASIC`] (Ω); a unit test keeps it true.
const HIGHEST_BASIC: u32 = 0x3A9;

/// Septets a character costs in GSM-7: 1 (basic), 2 (extension) or `None` (not GSM-7).
pub fn septets(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x80 {
        // ASCII range: a table lookup, the hot path for most business texts.
        return ASCII_SEPTETS.get(code as usize).copied().filter(|&n| n > 0);
    }
    // Above U+03A9 (Ω, the highest basic-table code point) only the euro sign is GSM-7:
    // CJK, emoji and most scripts are rejected without scanning the table.
    if code > HIGHEST_BASIC {
        return (c == '€').then_some(2);
    }
    BASIC.contains(c).then_some(1)
}

/// Septet cost for each ASCII code point (0 = not GSM-7), derived from the two tables.
const ASCII_SEPTETS: [u8; 128] = ascii_table();

const fn ascii_table() -> [u8; 128] {
    let mut table = [0u8; 128];
    mark(&mut table, BASIC.as_bytes(), 1);
    mark(&mut table, EXTENSION.as_bytes(), 2);
    table
}

// Marks the single-byte (ASCII) characters of a UTF-8 string; multi-byte ones are found by
// `septets` at run time.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: an out-of-range index is a build error"
)]
const fn mark(table: &mut [u8; 128], bytes: &[u8], cost: u8) {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            table[b as usize] = cost;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_table_has_127_characters() {
        assert_eq!(BASIC.chars().count(), 127);
    }

    #[test]
    fn highest_basic_bounds_the_table() {
        assert_eq!(BASIC.chars().map(u32::from).max(), Some(HIGHEST_BASIC));
        // Every non-ASCII extension character other than the euro sign would break the
        // shortcut in `septets`; there is none.
        assert!(EXTENSION.chars().all(|c| c.is_ascii() || c == '€'));
    }

    #[test]
    fn extension_characters_cost_two_septets() {
        for c in EXTENSION.chars() {
            assert_eq!(septets(c), Some(2), "{c:?}");
        }
    }

    #[test]
    fn traps_are_not_gsm() {
        for c in ['`', 'ç', 'á', 'í', 'ó', 'ú', 'Á', 'Í', 'Ó', 'Ú', '\t', '😀'] {
            assert_eq!(septets(c), None, "{c:?}");
        }
    }

    #[test]
    fn remapped_ascii_is_still_one_septet() {
        for c in ['@', '$', '_', 'A', ' ', '\n', '\r'] {
            assert_eq!(septets(c), Some(1), "{c:?}");
        }
    }
}
