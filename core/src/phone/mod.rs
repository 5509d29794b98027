//! Phone number parsing: E.164 normalisation of what people type, with the country and the
//! kind of number (toll-free, mobile, short code, …) that the other rules depend on.
//!
//! Input that is already E.164 in the North American Numbering Plan takes a hand-written
//! fast path backed by a generated area-code table (`nanp_table.rs`), because the full
//! parser (`phonenumber`, libphonenumber's metadata) costs milliseconds on first use and
//! microseconds per call. The table only lists area codes where every exchange has the same
//! country, kind and validity under `phonenumber`, so both paths give the same answer; a
//! unit test checks that for every listed area code.

// Generated: kept exactly as `gen_nanp_table` writes it.
#[rustfmt::skip]
mod nanp_table;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Arguments of `parse_phone`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ParsePhoneArgs {
    /// The number as typed: `(415) 555-0123`, `415.555.0123`, `+1 415 555 0123`, `12345`.
    pub input: String,
    /// ISO 3166 alpha-2 region assumed for numbers typed without a country code.
    #[serde(default = "default_region")]
    pub default_region: String,
}

fn default_region() -> String {
    "US".to_owned()
}

/// What kind of line a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    TollFree,
    /// A fixed (landline) number; in NANP markets carriers treat it as 10DLC "local".
    Local,
    Mobile,
    /// Cannot be told apart by the number alone (the whole NANP, among others).
    FixedOrMobile,
    ShortCode,
    Premium,
    Voip,
    Unknown,
}

impl PhoneKind {
    /// The contract's snake_case name (`toll_free`, `fixed_or_mobile`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneKind::TollFree => "toll_free",
            PhoneKind::Local => "local",
            PhoneKind::Mobile => "mobile",
            PhoneKind::FixedOrMobile => "fixed_or_mobile",
            PhoneKind::ShortCode => "short_code",
            PhoneKind::Premium => "premium",
            PhoneKind::Voip => "voip",
            PhoneKind::Unknown => "unknown",
        }
    }
}

/// Result of `parse_phone`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ParsedPhone {
    /// E.164 form (`+14155550123`); null for short codes, which have none, and for
    /// numbers that are not valid (a normalised form of a mistyped number would mislead).
    pub e164: Option<String>,
    /// ISO 3166 alpha-2 country, when the number belongs to one.
    pub country: Option<String>,
    pub kind: PhoneKind,
    /// Whether the number is assigned under its country's numbering plan.
    pub valid: bool,
}

impl ParsedPhone {
    /// True for +1 numbers (US, Canada and the other NANP countries).
    pub fn is_nanp(&self) -> bool {
        self.e164.as_deref().is_some_and(|e| e.starts_with("+1"))
    }

    /// The NANP area code (`415` for `+14155550123`).
    pub fn area_code(&self) -> Option<&str> {
        self.e164
            .as_deref()
            .filter(|_| self.is_nanp())
            .and_then(|e| e.get(2..5))
    }
}

/// Longest input handed to the full parser; real numbers with formatting and an extension
/// are far shorter, and the bound keeps the parser's work per call small.
const MAX_INPUT_CHARS: usize = 64;

/// Parses a typed phone number.
pub fn parse_phone(args: &ParsePhoneArgs) -> Result<ParsedPhone, Error> {
    parse(&args.input, &args.default_region)
}

/// Parses `input`, assuming `default_region` for numbers without a country code.
pub fn parse(input: &str, default_region: &str) -> Result<ParsedPhone, Error> {
    let trimmed = input.trim();
    if let Some(fast) =
        nanp_fast_path(trimmed).or_else(|| nanp_typed_fast_path(trimmed, default_region))
    {
        return Ok(fast);
    }
    let region = region_id(default_region)?;
    if trimmed.chars().count() > MAX_INPUT_CHARS {
        return Err(Error::invalid_value(
            "input",
            format!("a phone number is at most {MAX_INPUT_CHARS} characters, with formatting"),
        ));
    }
    if !trimmed.chars().any(|c| c.is_ascii_digit()) || !plausible_characters(trimmed) {
        return Err(not_a_number());
    }
    if let Some(short) = short_code(trimmed, default_region) {
        return Ok(short);
    }
    full_parse(trimmed, region)
}

/// Parses with the full parser only, never the fast paths: for the table generator and the
/// tests that prove the fast paths agree with it.
#[doc(hidden)]
pub fn parse_with_full_parser(input: &str, default_region: &str) -> Result<ParsedPhone, Error> {
    full_parse(input.trim(), region_id(default_region)?)
}

fn not_a_number() -> Error {
    Error::invalid_value(
        "input",
        "expected a phone number such as +14155550123, (415) 555-0123 or a 5-6 digit short code",
    )
}

/// `+1NXXNXXXXXX` with an area code the generated table knows.
fn nanp_fast_path(input: &str) -> Option<ParsedPhone> {
    let rest = input.strip_prefix("+1")?;
    let bytes = rest.as_bytes();
    if bytes.len() != 10 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let npa = rest.get(..3)?.parse::<u16>().ok()?;
    let exchange_first = *bytes.get(3)?;
    if exchange_first < b'2' {
        return None;
    }
    let entry = nanp_table::lookup(npa)?;
    Some(ParsedPhone {
        e164: Some(input.to_owned()),
        country: Some(entry.country.to_owned()),
        kind: entry.kind,
        valid: true,
    })
}

/// NANP numbers as people type them, `(415) 555-0123`, `415.555.0123`, `1-415-555-0123`,
/// `+1 415 555 0123`: separators dropped, then the E.164 fast path. Without `+1`, ten (or
/// `1` plus ten) digits are NANP only when the default region is US or CA. Anything else
/// (letters, extensions, other regions) is left to the full parser; a unit test checks the
/// two agree on generated input of these shapes.
fn nanp_typed_fast_path(input: &str, default_region: &str) -> Option<ParsedPhone> {
    let mut digits = [0u8; 11];
    let mut count = 0;
    let mut plus = false;
    for (i, byte) in input.bytes().enumerate() {
        match byte {
            b'0'..=b'9' => {
                *digits.get_mut(count)? = byte;
                count += 1;
            }
            b'+' if i == 0 => plus = true,
            b' ' | b'.' | b'-' | b'(' | b')' => {}
            _ => return None,
        }
    }
    let nanp_region = ["US", "CA"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(default_region.trim()));
    let national = match (plus, count, digits.first()) {
        (_, 11, Some(b'1')) if plus || nanp_region => digits.get(1..11)?,
        (false, 10, _) if nanp_region => digits.get(..10)?,
        _ => return None,
    };
    let mut e164 = String::with_capacity(12);
    e164.push_str("+1");
    e164.extend(national.iter().map(|&d| char::from(d)));
    nanp_fast_path(&e164)
}

/// Characters people put in phone numbers: digits (any script the parser folds), `+`,
/// separators, letters for vanity numbers and extensions.
fn plausible_characters(input: &str) -> bool {
    input.chars().all(|c| {
        c.is_alphanumeric()
            || c.is_whitespace()
            || matches!(
                c,
                '+' | '-' | '(' | ')' | '.' | '/' | '#' | ';' | '=' | ',' | '*'
            )
    })
}

/// US and Canadian short codes: 5 or 6 digits typed without a country code.
fn short_code(input: &str, region: &str) -> Option<ParsedPhone> {
    let region = region.to_ascii_uppercase();
    if region != "US" && region != "CA" {
        return None;
    }
    let digits = input.chars().filter(|c| !c.is_whitespace() && *c != '-');
    let all_digits: String = digits.collect();
    let is_short = (5..=6).contains(&all_digits.len())
        && all_digits.bytes().all(|b| b.is_ascii_digit())
        && !all_digits.starts_with('0')
        && !all_digits.starts_with('1');
    is_short.then_some(ParsedPhone {
        e164: None,
        country: Some(region),
        kind: PhoneKind::ShortCode,
        valid: true,
    })
}

fn region_id(region: &str) -> Result<phonenumber::country::Id, Error> {
    let upper = region.trim().to_ascii_uppercase();
    upper
        .parse::<phonenumber::country::Id>()
        .map_err(|_| {
            Error::invalid_value(
                "default_region",
                format!(
                    "`{region}` is not a region code; expected an ISO 3166 alpha-2 code such as US, CA or GB"
                ),
            )
        })
}

fn full_parse(input: &str, region: phonenumber::country::Id) -> Result<ParsedPhone, Error> {
    let number = phonenumber::parse(Some(region), input).map_err(|_| not_a_number())?;
    if !phonenumber::is_valid(&number) {
        return Ok(ParsedPhone {
            e164: None,
            country: None,
            kind: PhoneKind::Unknown,
            valid: false,
        });
    }
    Ok(ParsedPhone {
        e164: Some(number.format().mode(phonenumber::Mode::E164).to_string()),
        country: number.country().id().map(|id| id.as_ref().to_owned()),
        kind: kind_of(number.number_type(&phonenumber::metadata::DATABASE)),
        valid: true,
    })
}

fn kind_of(kind: phonenumber::Type) -> PhoneKind {
    use phonenumber::Type;
    match kind {
        Type::TollFree => PhoneKind::TollFree,
        Type::FixedLine => PhoneKind::Local,
        Type::Mobile => PhoneKind::Mobile,
        Type::FixedLineOrMobile => PhoneKind::FixedOrMobile,
        Type::PremiumRate => PhoneKind::Premium,
        Type::Voip => PhoneKind::Voip,
        _ => PhoneKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn us(input: &str) -> ParsedPhone {
        parse(input, "US").unwrap()
    }

    #[test]
    fn typed_us_formats_normalise_to_e164() {
        for input in [
            "(415) 555-0123",
            "415.555.0123",
            "+1 415 555 0123",
            "1-415-555-0123",
        ] {
            assert_eq!(us(input).e164.as_deref(), Some("+14155550123"), "{input}");
        }
    }

    #[test]
    fn toll_free_prefixes_are_toll_free() {
        for npa in ["800", "833", "844", "855", "866", "877", "888"] {
            let fast = us(&format!("+1{npa}5550123"));
            let slow = us(&format!("({npa}) 555-0123"));
            assert_eq!(fast.kind, PhoneKind::TollFree, "{npa}");
            assert_eq!(fast, slow, "{npa}");
        }
    }

    #[test]
    fn canadian_number_is_ca() {
        assert_eq!(us("+16135550123").country.as_deref(), Some("CA"));
    }

    #[test]
    fn uk_number_with_default_region() {
        let gb = parse("020 7946 0018", "GB").unwrap();
        assert_eq!(gb.e164.as_deref(), Some("+442079460018"));
        assert_eq!(gb.country.as_deref(), Some("GB"));
        assert!(!gb.is_nanp());
    }

    #[test]
    fn short_code_has_no_e164() {
        assert_eq!(us("23456").kind, PhoneKind::ShortCode);
        assert_eq!(us("898211").kind, PhoneKind::ShortCode);
        assert_eq!(us("898211").e164, None);
    }

    #[test]
    fn text_without_digits_is_invalid_value_at_input() {
        let error = parse("call me", "US").unwrap_err();
        assert_eq!(error.path(), "input");
    }

    #[test]
    fn unknown_region_names_the_field() {
        let error = parse("415 555 0123", "XX").unwrap_err();
        assert_eq!(error.path(), "default_region");
    }

    proptest::proptest! {
        #[test]
        fn typed_fast_path_agrees_with_full_parser(
            npa in 200u16..1000,
            exchange in 200u16..1000,
            line in 0u16..10_000,
            shape in 0usize..8,
            region in proptest::sample::select(vec!["US", "CA", "us", "GB"]),
        ) {
            let (a, b, c) = (format!("{npa}"), format!("{exchange}"), format!("{line:04}"));
            let input = match shape {
                0 => format!("({a}) {b}-{c}"),
                1 => format!("{a}.{b}.{c}"),
                2 => format!("{a}-{b}-{c}"),
                3 => format!("1-{a}-{b}-{c}"),
                4 => format!("+1 {a} {b} {c}"),
                5 => format!("+1 ({a}) {b}-{c}"),
                6 => format!("{a}{b}{c}"),
                _ => format!("1 ({a}) {b} {c}"),
            };
            if let Some(fast) = nanp_typed_fast_path(&input, region) {
                let id = region.to_ascii_uppercase().parse().unwrap();
                proptest::prop_assert_eq!(Some(fast), full_parse(&input, id).ok(), "{}", input);
            }
        }
    }

    #[test]
    fn typed_us_input_takes_the_fast_path_only_for_nanp_regions() {
        assert!(nanp_typed_fast_path("(415) 555-0123", "US").is_some());
        assert!(nanp_typed_fast_path("(415) 555-0123", "GB").is_none());
        assert!(nanp_typed_fast_path("+1 (415) 555-0123", "GB").is_some());
        assert!(nanp_typed_fast_path("1-800-FLOWERS", "US").is_none());
        assert!(nanp_typed_fast_path("415 555 0123 x12", "US").is_none());
    }

    #[test]
    fn fast_path_agrees_with_full_parser_for_every_listed_area_code() {
        for &(npa, _, _) in nanp_table::TABLE.iter() {
            for subscriber in ["2000000", "5550123", "9999999", "4561234"] {
                let input = format!("+1{npa}{subscriber}");
                let fast = nanp_fast_path(&input).unwrap();
                let slow = full_parse(&input, phonenumber::country::Id::US).unwrap();
                assert_eq!(fast, slow, "{input}");
            }
        }
    }
}
