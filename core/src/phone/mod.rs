//! Phone number parsing: E.164 normalisation of what people type, with the country and the
//! kind of number (toll-free, mobile, short code, …) that the other rules depend on.
//!
//! Input that is already E.164 in the North American Numbering Plan takes a hand-written
//! fast path backed by a generated area-code table (`nanp_table.rs`), because the full
//! parser (`phonenumber`, libphonenumber's metadata) costs milliseconds on first use and
//! microseconds per call. The table only lists area codes where every exchange has the same
//! country, kind and validity under `phonenumber`, so both paths give the same answer; a
//! unit test checks that for every listed area code.
//!
//! The full parser is the core feature `international-phone` (on by default). Without it
//! (the npm package's light WebAssembly module, sized for a first page load) the fast paths
//! still answer US and Canadian numbers and short codes exactly as the full build does, and
//! a request that needs the full parser answers `international_parser_not_loaded` as a
//! whole, never a partial or guessed answer (see [`unless_parser_missing`]).

// Generated: kept exactly as `gen_nanp_table` writes it.
#[rustfmt::skip]
mod nanp_table;
#[cfg(feature = "international-phone")]
mod reader;
#[rustfmt::skip]
mod regions;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Arguments of `parse_phone`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ParsePhoneArgs {
    /// The number as typed: `(415) 555-0123`, `415.555.0123`, `+1 415 555 0123`, `12345`.
    pub input: String,
    /// ISO 3166 alpha-2 region assumed for numbers typed without a country code.
    #[serde(default = "default_region")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub default_region: String,
}

fn default_region() -> String {
    "US".to_owned()
}

/// What kind of line a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    /// A toll-free number (in NANP: 800, 833, 844, 855, 866, 877, 888).
    TollFree,
    /// A fixed (landline) number; in NANP markets carriers treat it as 10DLC "local".
    Local,
    /// A mobile number.
    Mobile,
    /// Cannot be told apart by the number alone (the whole NANP, among others).
    FixedOrMobile,
    /// A US/Canadian short code (5 or 6 digits); it has no E.164 form.
    ShortCode,
    /// A premium-rate number.
    Premium,
    /// A VoIP number.
    Voip,
    /// Any other or undeterminable kind (shared-cost, pager, …, or a number that is not valid).
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ParsedPhone {
    /// E.164 form (`+14155550123`); null for short codes, which have none, and for
    /// numbers that are not valid (a normalised form of a mistyped number would mislead).
    pub e164: Option<String>,
    /// ISO 3166 alpha-2 country, when the number belongs to one.
    pub country: Option<String>,
    /// What kind of line the number is.
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
    if let Some(short) = short_code(trimmed, &region) {
        return Ok(short);
    }
    full_parse(trimmed, &region)
}

/// Parses with the full parser only, never the fast paths: for the table generator and the
/// tests that prove the fast paths agree with it.
#[doc(hidden)]
#[cfg(feature = "international-phone")]
pub fn parse_with_full_parser(input: &str, default_region: &str) -> Result<ParsedPhone, Error> {
    full_parse(input.trim(), &region_id(default_region)?)
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

/// The country of every `+1` number of area code `npa` whose exchange starts with 2-9,
/// when the E.164 fast path answers for that area code (valid, country from the area code
/// alone); `None` when such numbers go to the full parser. Lets a caller read one number
/// of the area code and reuse the answer for the others (`plan_send` with many recipients).
pub(crate) fn nanp_area_code_country(npa: u16) -> Option<&'static str> {
    nanp_table::lookup(npa).map(|entry| entry.country)
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

/// US and Canadian short codes as people write them: 5 or 6 ASCII digits, nothing else
/// (no `+`, no separators), first digit 2-9, with default region US or CA. The carriers'
/// registry (CSCA) issues 5- and 6-digit codes and none starts with 0 or 1. Separators
/// are refused on purpose: `415-555` or `898 211` read as a truncated phone number as
/// often as a code, so they go to the full parser, which answers "not valid".
fn short_code(input: &str, region: &str) -> Option<ParsedPhone> {
    if region != "US" && region != "CA" {
        return None;
    }
    let bytes = input.as_bytes();
    let is_short = (5..=6).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_digit)
        && bytes.first().is_some_and(|b| (b'2'..=b'9').contains(b));
    is_short.then(|| ParsedPhone {
        e164: None,
        country: Some(region.to_owned()),
        kind: PhoneKind::ShortCode,
        valid: true,
    })
}

/// The default region as an upper-case ISO 3166 alpha-2 code the metadata knows of.
fn region_id(region: &str) -> Result<String, Error> {
    let upper = region.trim().to_ascii_uppercase();
    if regions::REGIONS.binary_search(&upper.as_str()).is_ok() {
        return Ok(upper);
    }
    Err(Error::invalid_value(
        "default_region",
        format!(
            "`{region}` is not a region code; expected an ISO 3166 alpha-2 code such as US, CA or GB"
        ),
    ))
}

/// What the full parser read, before the contract's "valid or nothing" rule: rules that
/// must still answer for a well-formed number the metadata does not list use it.
// Never built without the full parser: that build's reader only ever answers an error.
#[cfg_attr(not(feature = "international-phone"), allow(dead_code))]
struct FullReading {
    parsed: ParsedPhone,
    /// `+CC…` when the national number has a length the country's plan allows, valid or not.
    well_formed_e164: Option<String>,
    /// Region of the country code (the first one listed for a shared code).
    code_region: Option<String>,
}

#[cfg(feature = "international-phone")]
fn read_fully(input: &str, region: &str) -> Result<FullReading, Error> {
    let reading = reader::read(input, region).map_err(|_| not_a_number())?;
    let e164 = format!("+{}{}", reading.cc, reading.nsn);
    let meta = reader::region_for_number(&reading);
    let kind = meta.map_or(reader::NumberType::Unknown, |m| {
        reader::number_type(m, &reading.nsn)
    });
    let code_meta = reader::metadata_for_code(reading.cc);
    let geographic = |m: &phonenumber::Metadata| (m.id() != "001").then(|| m.id().to_owned());
    let well_formed = code_meta
        .is_some_and(|m| reader::test_length(&reading.nsn, m) == reader::LengthCheck::IsPossible);
    let valid = kind != reader::NumberType::Unknown;
    let parsed = if valid {
        ParsedPhone {
            e164: Some(e164.clone()),
            country: meta.and_then(geographic),
            kind: kind_of(kind),
            valid: true,
        }
    } else {
        ParsedPhone {
            e164: None,
            country: None,
            kind: PhoneKind::Unknown,
            valid: false,
        }
    };
    Ok(FullReading {
        parsed,
        well_formed_e164: (valid || well_formed).then_some(e164),
        code_region: code_meta.and_then(geographic),
    })
}

fn full_parse(input: &str, region: &str) -> Result<ParsedPhone, Error> {
    read_fully(input, region).map(|r| r.parsed)
}

/// Without the full parser: input with no digit at all is not a number whatever the
/// metadata says (libphonenumber needs a digit to start a number; a unit test checks this
/// against the full parser), so it answers as the full build does; anything else marks the
/// request as needing the parser.
#[cfg(not(feature = "international-phone"))]
fn read_fully(input: &str, _region: &str) -> Result<FullReading, Error> {
    if !input.chars().any(char::is_numeric) {
        return Err(not_a_number());
    }
    Err(missing::needed(input))
}

#[cfg(not(feature = "international-phone"))]
mod missing {
    //! The record of a request that needed the full parser in a build without it.
    //!
    //! A thread-local flag rather than only an error value because several rules treat
    //! "not a phone number" as an ordinary outcome (`parse(..).ok()`): an error value alone
    //! would turn a missing parser into a confident wrong answer there. The flag is cleared
    //! and read around each operation by [`super::unless_parser_missing`].

    use std::cell::RefCell;

    use crate::Error;

    thread_local! {
        static NEEDED: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Records that `input` needed the parser; returns the error for the caller to pass on.
    pub(super) fn needed(input: &str) -> Error {
        NEEDED.with(|n| {
            let mut slot = n.borrow_mut();
            if slot.is_none() {
                *slot = Some(input.to_owned());
            }
        });
        Error::InternationalParserNotLoaded {
            input: input.to_owned(),
        }
    }

    /// The first input recorded since the last call, clearing the record.
    pub(super) fn take() -> Option<String> {
        NEEDED.with(|n| n.borrow_mut().take())
    }

    /// Puts a record back (an enclosing operation's, after a nested one ran).
    pub(super) fn restore(input: Option<String>) {
        NEEDED.with(|n| *n.borrow_mut() = input);
    }
}

/// Runs one operation; in a build without the international parser, answers
/// `international_parser_not_loaded` if anything in it needed the parser, whatever the
/// operation made of the phone error. Every entry point that calls a typed operation for a
/// contract answer goes through this (`contract::run` does); in a full build it is `op()`.
pub fn unless_parser_missing<R>(op: impl FnOnce() -> Result<R, Error>) -> Result<R, Error> {
    #[cfg(not(feature = "international-phone"))]
    {
        // Nested calls keep the enclosing operation's record: it must refuse as well.
        let enclosing = missing::take();
        let result = op();
        let needed = missing::take();
        missing::restore(enclosing.or_else(|| needed.clone()));
        match needed {
            Some(input) => Err(Error::InternationalParserNotLoaded { input }),
            None => result,
        }
    }
    #[cfg(feature = "international-phone")]
    op()
}

/// A number as the rules that depend on one need it: the parse, plus the E.164 form of a
/// well-formed number the metadata does not list (`+447700900123`), which is not an error
/// for them but must not be treated as known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lenient {
    /// `parse`'s answer.
    pub parsed: ParsedPhone,
    /// E.164 of a valid number, or of a well-formed one the metadata does not list.
    pub e164: Option<String>,
    /// Country of the number's calling code when the number itself names none (`GB` for
    /// `+447700900123`); the NANP's `US` is not a guess at the country of an unknown
    /// area code, so callers must check `parsed.valid` before trusting it.
    pub code_region: Option<String>,
}

/// Parses like [`parse`], but also keeps the E.164 of a well-formed number outside the
/// metadata. Errors only for input that is not a phone number.
pub(crate) fn parse_lenient(input: &str, default_region: &str) -> Result<Lenient, Error> {
    let parsed = parse(input, default_region)?;
    if parsed.valid || parsed.kind == PhoneKind::ShortCode {
        return Ok(Lenient {
            e164: parsed.e164.clone(),
            code_region: parsed.country.clone(),
            parsed,
        });
    }
    let full = read_fully(input.trim(), &region_id(default_region)?)?;
    Ok(Lenient {
        parsed,
        e164: full.well_formed_e164,
        code_region: full.code_region,
    })
}

#[cfg(feature = "international-phone")]
fn kind_of(kind: reader::NumberType) -> PhoneKind {
    use reader::NumberType;
    match kind {
        NumberType::TollFree => PhoneKind::TollFree,
        NumberType::FixedLine => PhoneKind::Local,
        NumberType::Mobile => PhoneKind::Mobile,
        NumberType::FixedLineOrMobile => PhoneKind::FixedOrMobile,
        NumberType::PremiumRate => PhoneKind::Premium,
        NumberType::Voip => PhoneKind::Voip,
        NumberType::SharedCost
        | NumberType::PersonalNumber
        | NumberType::Pager
        | NumberType::Uan
        | NumberType::Voicemail
        | NumberType::Unknown => PhoneKind::Unknown,
    }
}

#[cfg(test)]
#[cfg(feature = "international-phone")]
mod tests {
    use super::*;

    #[test]
    fn region_table_is_the_metadatas_region_list() {
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = String::from_utf8(vec![a, b]).unwrap();
                let known = code.parse::<phonenumber::country::Id>().is_ok();
                assert_eq!(regions::REGIONS.contains(&code.as_str()), known, "{code}");
            }
        }
        assert!(
            regions::REGIONS.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary search"
        );
        assert!(region_id(" gb ").is_ok());
        assert_eq!(region_id("001").unwrap_err().path(), "default_region");
    }

    proptest::proptest! {
        /// What the light build answers without the parser (input with no digit is not a
        /// number) is what the full parser answers.
        #[test]
        fn input_without_digits_is_not_a_number_for_the_full_parser(
            input in "[ A-Za-z+()./#*,;:x\\-\\u{00A0}\\u{FF0B}\\u{3000}]{0,30}",
            region in proptest::sample::select(vec!["US", "CA", "GB", "DE"]),
        ) {
            proptest::prop_assume!(!input.chars().any(char::is_numeric));
            let full = parse(&input, region);
            proptest::prop_assert_eq!(full, Err(not_a_number()), "{}", input);
        }
    }

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
                let id = region.to_ascii_uppercase();
                proptest::prop_assert_eq!(Some(fast), full_parse(&input, &id).ok(), "{}", input);
            }
        }
    }

    /// The rows of issue 11: `+CC` input keeps its national number whatever the default
    /// region (libphonenumber's answers).
    #[test]
    fn explicit_country_code_ignores_the_default_regions_national_prefix() {
        let rows = [
            ("+4915150998182", "+4915150998182", "DE", PhoneKind::Mobile),
            ("+49 170 9744166", "+491709744166", "DE", PhoneKind::Mobile),
            ("+33 1 43 71 04 51", "+33143710451", "FR", PhoneKind::Local),
            ("+44 161 496 0510", "+441614960510", "GB", PhoneKind::Local),
            ("+91 11 2425 9009", "+911124259009", "IN", PhoneKind::Local),
        ];
        for region in ["US", "CA", "GB", "DE"] {
            for (input, e164, country, kind) in rows {
                let got = parse(input, region).unwrap();
                assert_eq!(got.e164.as_deref(), Some(e164), "{input} {region}");
                assert_eq!(got.country.as_deref(), Some(country), "{input} {region}");
                assert_eq!(got.kind, kind, "{input} {region}");
                assert!(got.valid, "{input} {region}");
            }
        }
    }

    #[test]
    fn international_dialling_prefix_of_the_default_region() {
        assert_eq!(
            us("011 49 1515 0998182").e164.as_deref(),
            Some("+4915150998182")
        );
        let gb = parse("00 49 1515 0998182", "GB").unwrap();
        assert_eq!(gb.e164.as_deref(), Some("+4915150998182"));
        // 00 is not the US international prefix: a national number, and not a valid one.
        assert!(!us("00 49 1515 0998182").valid);
    }

    #[test]
    fn shared_country_code_names_the_region() {
        let milan = us("+39 02 1234 5678");
        assert_eq!(milan.e164.as_deref(), Some("+390212345678"));
        assert_eq!(milan.country.as_deref(), Some("IT"));
        assert_eq!(parse("02 1234 5678", "IT").unwrap(), milan);
        // Vatican: its own leading digits under +39 (06 698…).
        let vatican = us("+39 06 698 12345");
        assert!(vatican.valid);
        assert_eq!(vatican.country.as_deref(), Some("VA"));
    }

    #[test]
    fn truncated_numbers_are_not_short_codes() {
        for input in ["415-555", "898 211", "+23456", "02345", "12345"] {
            assert_ne!(us(input).kind, PhoneKind::ShortCode, "{input}");
        }
        assert_eq!(parse("23456", "CA").unwrap().kind, PhoneKind::ShortCode);
        assert_ne!(
            parse("23456", "GB").map(|p| p.kind).ok(),
            Some(PhoneKind::ShortCode)
        );
    }

    #[test]
    fn lenient_parse_keeps_well_formed_numbers_the_metadata_does_not_list() {
        let drama = parse_lenient("+447700900123", "US").unwrap();
        assert!(!drama.parsed.valid);
        assert_eq!(drama.e164.as_deref(), Some("+447700900123"));
        assert_eq!(drama.code_region.as_deref(), Some("GB"));
        // Too short for the UK plan: not well-formed, no E.164.
        assert_eq!(parse_lenient("+44770090", "US").unwrap().e164, None);
        assert!(parse_lenient("call me", "US").is_err());
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
                let slow = full_parse(&input, "US").unwrap();
                assert_eq!(fast, slow, "{input}");
            }
        }
    }
}

/// The build without the full parser (`--no-default-features`): what it still answers, and
/// how it refuses the rest.
#[cfg(test)]
#[cfg(not(feature = "international-phone"))]
mod light_tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn nanp_numbers_and_short_codes_answer_without_the_parser() {
        let us = parse("(415) 555-0123", "US").unwrap();
        assert_eq!(us.e164.as_deref(), Some("+14155550123"));
        assert_eq!(
            parse("+16135550123", "GB").unwrap().country.as_deref(),
            Some("CA")
        );
        assert_eq!(parse("23456", "CA").unwrap().kind, PhoneKind::ShortCode);
    }

    #[test]
    fn other_numbers_answer_not_loaded_naming_the_input() {
        let error = parse("020 7946 0018", "GB").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InternationalParserNotLoaded);
        assert_eq!(error.path(), "");
        assert!(error.to_string().contains("`020 7946 0018`"), "{error}");
        assert!(
            error.to_string().contains("enableInternationalNumbers"),
            "{error}"
        );
    }

    #[test]
    fn input_errors_the_full_build_gives_are_given_unchanged() {
        assert_eq!(parse("call me", "US"), Err(not_a_number()));
        assert_eq!(
            parse("415 555 0123", "XX").unwrap_err().path(),
            "default_region"
        );
        assert_eq!(parse(&"1".repeat(65), "US").unwrap_err().path(), "input");
    }

    #[test]
    fn an_operation_that_swallowed_the_phone_error_still_answers_not_loaded() {
        // A rule that reads "not a number" as an ordinary outcome must not answer as if it was.
        let swallowed = unless_parser_missing(|| Ok(parse("+44 20 7946 0018", "US").ok()));
        assert_eq!(
            swallowed.unwrap_err().kind(),
            ErrorKind::InternationalParserNotLoaded
        );
        // The record does not leak into the next operation.
        assert_eq!(unless_parser_missing(|| Ok(1)), Ok(1));
        // A nested operation that needed the parser makes the enclosing one refuse too.
        let outer = unless_parser_missing(|| {
            let inner = unless_parser_missing(|| parse("+33 1 43 71 04 51", "US"));
            assert!(inner.is_err());
            Ok(2)
        });
        assert_eq!(
            outer.unwrap_err().kind(),
            ErrorKind::InternationalParserNotLoaded
        );
        assert_eq!(unless_parser_missing(|| Ok(3)), Ok(3));
        assert_eq!(
            crate::contract::evaluate_json(
                r#"{"op":"parse_phone","args":{"input":"+44 20 7946 0018"}}"#
            ),
            r#"{"error":{"kind":"international_parser_not_loaded","message":"`+44 20 7946 0018` needs the international phone parser, which this build does not include (it answers US and Canadian numbers only); load it and ask again: in the npm package, `await enableInternationalNumbers()`","path":""}}"#
        );
    }
}
