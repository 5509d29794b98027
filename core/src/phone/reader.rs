//! Reads a typed number the way libphonenumber's `PhoneNumberUtil.parse` does, over the
//! metadata the pinned `phonenumber` crate ships (its `DATABASE`).
//!
//! Why not `phonenumber::parse`: in 0.3.10 it strips the *default region's* national prefix
//! after an explicit `+CC` (`+4915150998182` with region US becomes `+495150998182`), it
//! drops the leading zero of Italian numbers before naming the region (`+39 02…` gets no
//! country), and its descriptor match accepts a prefix of the number rather than all of
//! it. Only the crate's metadata is used here; the steps follow libphonenumber's
//! `parseHelper`, `maybeExtractCountryCode`, `maybeStripNationalPrefixAndCarrierCode`,
//! `testNumberLength`, `getRegionCodeForNumber` and `getNumberTypeHelper` (Apache-2.0), in
//! the JavaScript port's variant where the two differ (which digits and letters count).
//! `bindings/test/phone-differential.test.mjs` compares the result with that port.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use phonenumber::metadata::{Descriptor, Metadata, DATABASE};
use regex::{Regex, RegexBuilder};

/// Shortest and longest national significant number libphonenumber accepts.
const MIN_LENGTH_FOR_NSN: usize = 2;
const MAX_LENGTH_FOR_NSN: usize = 17;
/// Country calling codes have at most three digits.
const MAX_LENGTH_COUNTRY_CODE: usize = 3;

/// Why a string could not be read as a number (libphonenumber's `ErrorType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    NotANumber,
    InvalidCountryCode,
    TooShortAfterIdd,
    TooShortNsn,
    TooLong,
}

/// A number read from text: country calling code and national significant number (with
/// any leading zeros, as dialled after the country code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reading {
    pub cc: u16,
    pub nsn: String,
}

/// libphonenumber's number types, as far as the metadata distinguishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumberType {
    FixedLine,
    Mobile,
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
    Unknown,
}

/// Result of libphonenumber's `testNumberLength`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LengthCheck {
    IsPossible,
    IsPossibleLocalOnly,
    TooShort,
    InvalidLength,
    TooLong,
}

// ---------------------------------------------------------------------------------------
// Character classes of the JavaScript port (i18n.phonenumbers.PhoneNumberUtil).

/// Digits the port folds to ASCII: ASCII, fullwidth, Arabic-Indic, Extended Arabic-Indic.
fn digit_value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

const DIGITS: &str = r"0-9\x{FF10}-\x{FF19}\x{0660}-\x{0669}\x{06F0}-\x{06F9}";
const PLUS_CHARS: &str = r"+\x{FF0B}";
const VALID_PUNCTUATION: &str = r"\-x\x{2010}-\x{2015}\x{2212}\x{30FC}\x{FF0D}-\x{FF0F} \x{00A0}\x{00AD}\x{200B}\x{2060}\x{3000}()\x{FF08}\x{FF09}\x{FF3B}\x{FF3D}.\[\]/~\x{2053}\x{223C}\x{FF5E}";
const VALID_ALPHA: &str = "A-Za-z";

/// Letters on a phone keypad (`1-800-FLOWERS`).
fn keypad_digit(c: char) -> Option<u8> {
    Some(match c.to_ascii_uppercase() {
        'A'..='C' => 2,
        'D'..='F' => 3,
        'G'..='I' => 4,
        'J'..='L' => 5,
        'M'..='O' => 6,
        'P'..='S' => 7,
        'T'..='V' => 8,
        'W'..='Z' => 9,
        _ => return None,
    })
}

/// The extension forms the port strips when parsing (`ext. 12`, `x12`, `;ext=12`, `,,12`).
fn extension_pattern() -> String {
    let digits = |max: u8| format!("([{DIGITS}]{{1,{max}}})");
    let separators = r"[ \x{00A0}\t,]*";
    let after_label = r"[:\.\x{FF0E}]?[ \x{00A0}\t,\-]*";
    let explicit_labels = r"(?:e?xt(?:ensi(?:o\x{0301}?|\x{00F3}))?n?|\x{FF45}?\x{FF58}\x{FF54}\x{FF4E}?|\x{0434}\x{043E}\x{0431}|anexo)";
    let ambiguous_labels = r"(?:[x\x{FF58}#\x{FF03}~\x{FF5E}]|int|\x{FF49}\x{FF4E}\x{FF54})";
    let no_comma = r"[ \x{00A0}\t]*";
    [
        format!(";ext={}", digits(20)),
        format!("{separators}{explicit_labels}{after_label}{}#?", digits(20)),
        format!("{separators}{ambiguous_labels}{after_label}{}#?", digits(9)),
        format!(r"[\- ]+{}#", digits(6)),
        format!("{no_comma}(?:,{{2}}|;){after_label}{}#?", digits(15)),
        format!("{no_comma}(?:,)+{after_label}{}#?", digits(9)),
    ]
    .join("|")
}

struct Patterns {
    valid_start: Regex,
    unwanted_end: Regex,
    second_number: Regex,
    viable: Regex,
    extension: Regex,
    alpha_phone: Regex,
    leading_plus: Regex,
    global_number_digits: Regex,
    domain_name: Regex,
}

fn build(pattern: &str, case_insensitive: bool) -> Option<Regex> {
    RegexBuilder::new(pattern)
        .case_insensitive(case_insensitive)
        .build()
        .ok()
}

fn patterns() -> Option<&'static Patterns> {
    static PATTERNS: OnceLock<Option<Patterns>> = OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            let extension = extension_pattern();
            let viable = format!(
                "^(?:[{DIGITS}]{{{MIN_LENGTH_FOR_NSN}}}|[{PLUS_CHARS}]*(?:[{VALID_PUNCTUATION}*]*[{DIGITS}]){{3,}}[{VALID_PUNCTUATION}*{VALID_ALPHA}{DIGITS}]*(?:{extension})?)$"
            );
            let phone_digit = format!(r"([{DIGITS}]|[\-\.\(\)]?)");
            let alnum = format!("{VALID_ALPHA}{DIGITS}");
            let label = format!(r"[{alnum}]+((\-)*[{alnum}])*");
            let top_label = format!(r"[{VALID_ALPHA}]+((\-)*[{alnum}])*");
            Some(Patterns {
                valid_start: build(&format!("[{PLUS_CHARS}{DIGITS}]"), false)?,
                unwanted_end: build(&format!("[^{DIGITS}{VALID_ALPHA}#]+$"), false)?,
                second_number: build(r"[\\/] *x", false)?,
                viable: build(&viable, true)?,
                extension: build(&format!("(?:{extension})$"), true)?,
                alpha_phone: build(&format!("^(?:.*?[{VALID_ALPHA}]){{3}}"), false)?,
                leading_plus: build(&format!("^[{PLUS_CHARS}]+"), false)?,
                global_number_digits: build(
                    &format!(r"^\+{phone_digit}*[{DIGITS}]{phone_digit}*$"),
                    false,
                )?,
                domain_name: build(&format!(r"^({label}\.)*{top_label}\.?$"), false)?,
            })
        })
        .as_ref()
}

// ---------------------------------------------------------------------------------------
// Metadata regexes, compiled once per pattern with the anchoring libphonenumber applies.

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Anchor {
    /// `Matcher.matches()`: the whole string.
    Whole,
    /// `Matcher.lookingAt()`: a prefix of the string.
    Start,
}

/// Regexes keyed by the address of their source text inside the static `DATABASE`, which
/// lives for the whole program, so the key is stable and cheap to hash.
///
/// Each compiled regex is leaked on purpose, to live as long as the metadata it comes from:
/// at most one per metadata pattern and anchoring, compiled once. Handing out clones
/// instead would be far slower: a cloned `Regex` starts with an empty match cache, so
/// every call would rebuild its lazy DFA.
type Compiled = HashMap<(usize, usize, Anchor), Option<&'static Regex>>;

fn metadata_regex(source: &str, anchor: Anchor) -> Option<&'static Regex> {
    static CACHE: OnceLock<Mutex<Compiled>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (source.as_ptr() as usize, source.len(), anchor);
    let mut map = cache.lock().unwrap_or_else(PoisonError::into_inner);
    *map.entry(key).or_insert_with(|| {
        let pattern: String = source.chars().filter(|c| !c.is_whitespace()).collect();
        let anchored = match anchor {
            Anchor::Whole => format!("^(?:{pattern})$"),
            Anchor::Start => format!("^(?:{pattern})"),
        };
        Regex::new(&anchored)
            .ok()
            .map(|re| &*Box::leak(Box::new(re)))
    })
}

fn matches_whole(source: &str, text: &str) -> bool {
    metadata_regex(source, Anchor::Whole).is_some_and(|re| re.is_match(text))
}

// ---------------------------------------------------------------------------------------
// Metadata access.

/// Metadata for a country calling code: its main region (or the non-geographic entity).
pub(super) fn metadata_for_code(cc: u16) -> Option<&'static Metadata> {
    DATABASE.by_code(&cc)?.first().copied()
}

/// Metadata for a region code (`US`, `GB`).
pub(super) fn metadata_for_region(region: &str) -> Option<&'static Metadata> {
    DATABASE.by_id(region)
}

fn descriptors(meta: &Metadata) -> [Option<&Descriptor>; 10] {
    let d = meta.descriptors();
    [
        d.fixed_line(),
        d.mobile(),
        d.toll_free(),
        d.premium_rate(),
        d.shared_cost(),
        d.personal_number(),
        d.voip(),
        d.pager(),
        d.uan(),
        d.voicemail(),
    ]
}

/// The general description's possible lengths, which libphonenumber's metadata build
/// computes as the union over the number types (the XML leaves them out): national
/// lengths, and local-only lengths that are not also national.
fn general_lengths(meta: &Metadata) -> (Vec<u16>, Vec<u16>) {
    let mut national: Vec<u16> = Vec::new();
    let mut local: Vec<u16> = Vec::new();
    for desc in descriptors(meta).into_iter().flatten() {
        national.extend_from_slice(desc.possible_length());
        local.extend_from_slice(desc.possible_local_length());
    }
    national.sort_unstable();
    national.dedup();
    local.sort_unstable();
    local.dedup();
    local.retain(|l| !national.contains(l));
    (national, local)
}

fn same_lengths(a: &[u16], b: &[u16]) -> bool {
    let mut a = a.to_vec();
    a.sort_unstable();
    a.dedup();
    a == b
}

/// `isNumberMatchingDesc`: a listed length (a type whose lengths equal the general ones
/// has none listed after the metadata build) and the whole-number pattern.
fn matches_desc(nsn: &str, desc: Option<&Descriptor>, general: &[u16]) -> bool {
    let Some(desc) = desc else { return false };
    let lengths = desc.possible_length();
    let length_ok = lengths.is_empty()
        || same_lengths(lengths, general)
        || u16::try_from(nsn.len()).is_ok_and(|l| lengths.contains(&l));
    length_ok && matches_whole(desc.national_number().as_str(), nsn)
}

fn matches_general(nsn: &str, meta: &Metadata, general: &[u16]) -> bool {
    let length_ok =
        general.is_empty() || u16::try_from(nsn.len()).is_ok_and(|l| general.contains(&l));
    length_ok && matches_whole(meta.descriptors().general().national_number().as_str(), nsn)
}

/// `getNumberTypeHelper`.
pub(super) fn number_type(meta: &Metadata, nsn: &str) -> NumberType {
    let (general, _) = general_lengths(meta);
    if !matches_general(nsn, meta, &general) {
        return NumberType::Unknown;
    }
    let d = meta.descriptors();
    let is = |desc: Option<&Descriptor>| matches_desc(nsn, desc, &general);
    let ordered = [
        (d.premium_rate(), NumberType::PremiumRate),
        (d.toll_free(), NumberType::TollFree),
        (d.shared_cost(), NumberType::SharedCost),
        (d.voip(), NumberType::Voip),
        (d.personal_number(), NumberType::PersonalNumber),
        (d.pager(), NumberType::Pager),
        (d.uan(), NumberType::Uan),
        (d.voicemail(), NumberType::Voicemail),
    ];
    if let Some((_, kind)) = ordered.iter().find(|(desc, _)| is(*desc)) {
        return *kind;
    }
    let pattern = |desc: Option<&Descriptor>| {
        desc.map(|x| {
            x.national_number()
                .as_str()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
        })
    };
    let same_pattern = pattern(d.fixed_line()) == pattern(d.mobile());
    if is(d.fixed_line()) {
        if same_pattern || is(d.mobile()) {
            return NumberType::FixedLineOrMobile;
        }
        return NumberType::FixedLine;
    }
    if !same_pattern && is(d.mobile()) {
        return NumberType::Mobile;
    }
    NumberType::Unknown
}

/// `testNumberLength` against the general description.
pub(super) fn test_length(nsn: &str, meta: &Metadata) -> LengthCheck {
    let (national, local) = general_lengths(meta);
    let Ok(actual) = u16::try_from(nsn.len()) else {
        return LengthCheck::TooLong;
    };
    let (Some(&minimum), Some(&maximum)) = (national.first(), national.last()) else {
        return LengthCheck::InvalidLength;
    };
    if local.contains(&actual) {
        LengthCheck::IsPossibleLocalOnly
    } else if actual == minimum {
        LengthCheck::IsPossible
    } else if actual < minimum {
        LengthCheck::TooShort
    } else if actual > maximum {
        LengthCheck::TooLong
    } else if national.contains(&actual) {
        LengthCheck::IsPossible
    } else {
        LengthCheck::InvalidLength
    }
}

/// `getRegionCodeForNumber`: the one region of the code, or the first region of a shared
/// code whose leading digits (or, without them, whose number types) fit the number.
pub(super) fn region_for_number(reading: &Reading) -> Option<&'static Metadata> {
    let regions = DATABASE.by_code(&reading.cc)?;
    if let [only] = regions.as_slice() {
        return Some(*only);
    }
    regions
        .into_iter()
        .find(|meta| match meta.leading_digits() {
            Some(leading) => metadata_regex(leading.as_str(), Anchor::Start)
                .is_some_and(|re| re.is_match(&reading.nsn)),
            None => number_type(meta, &reading.nsn) != NumberType::Unknown,
        })
}

// ---------------------------------------------------------------------------------------
// Normalisation.

fn normalize_digits_only(text: &str) -> String {
    text.chars()
        .filter_map(digit_value)
        .map(|d| char::from(b'0' + d))
        .collect()
}

/// `normalize`: with three or more letters the letters are keypad digits, otherwise only
/// the digits count.
fn normalize(text: &str, p: &Patterns) -> String {
    if p.alpha_phone.is_match(text) {
        text.chars()
            .filter_map(|c| digit_value(c).or_else(|| keypad_digit(c)))
            .map(|d| char::from(b'0' + d))
            .collect()
    } else {
        normalize_digits_only(text)
    }
}

/// `extractPossibleNumber`: from the first digit or plus, without trailing punctuation
/// or a second number (`/ x…`).
fn extract_possible_number<'a>(text: &'a str, p: &Patterns) -> &'a str {
    let Some(start) = p.valid_start.find(text) else {
        return "";
    };
    let mut number = text.get(start.start()..).unwrap_or("");
    if let Some(end) = p.unwanted_end.find(number) {
        number = number.get(..end.start()).unwrap_or("");
    }
    if let Some(second) = p.second_number.find(number) {
        number = number.get(..second.start()).unwrap_or("");
    }
    number
}

fn is_viable(text: &str, p: &Patterns) -> bool {
    text.chars().count() >= MIN_LENGTH_FOR_NSN && p.viable.is_match(text)
}

/// `buildNationalNumberForParsing`, including RFC 3966 `tel:` URIs with `phone-context`.
fn national_number_for_parsing(text: &str, p: &Patterns) -> Result<String, Failure> {
    const PHONE_CONTEXT: &str = ";phone-context=";
    let mut number = match text.find(PHONE_CONTEXT) {
        Some(index) => {
            let start = index + PHONE_CONTEXT.len();
            let rest = text.get(start..).unwrap_or("");
            let context = rest.split(';').next().unwrap_or("");
            let valid = !context.is_empty()
                && (p.global_number_digits.is_match(context) || p.domain_name.is_match(context));
            if !valid {
                return Err(Failure::NotANumber);
            }
            let mut number = String::new();
            if context.starts_with('+') {
                number.push_str(context);
            }
            let from = text.find("tel:").map_or(0, |i| i + "tel:".len());
            number.push_str(text.get(from..index).unwrap_or(""));
            number
        }
        None => extract_possible_number(text, p).to_owned(),
    };
    if let Some(isub) = number.find(";isub=").filter(|&i| i > 0) {
        number.truncate(isub);
    }
    Ok(number)
}

/// `maybeStripExtension`: the number without its extension, when what precedes the
/// extension is itself a viable number.
fn strip_extension(number: &str, p: &Patterns) -> String {
    if let Some(found) = p.extension.find(number) {
        let before = number.get(..found.start()).unwrap_or("");
        if is_viable(before, p) {
            return before.to_owned();
        }
    }
    number.to_owned()
}

/// `maybeStripNationalPrefixAndCarrierCode` (the carrier code is not kept).
fn strip_national_prefix(number: &str, meta: &Metadata) -> Option<String> {
    let parsing = meta
        .national_prefix_for_parsing()
        .map(|re| re.as_str())
        .or_else(|| meta.national_prefix())
        .filter(|s| !s.trim().is_empty())?;
    if number.is_empty() {
        return None;
    }
    let re = metadata_regex(parsing, Anchor::Start)?;
    let captures = re.captures(number)?;
    let whole = captures.get(0)?;
    let viable_original = matches_general_pattern(number, meta);
    // The last group (the whole match when there is none), as the port reads it: an
    // unmatched or empty group means "strip only".
    let last_group = captures
        .get(captures.len().saturating_sub(1))
        .filter(|m| !m.as_str().is_empty());
    let transform = meta
        .national_prefix_transform_rule()
        .filter(|rule| !rule.is_empty());
    let rest = number.get(whole.end()..).unwrap_or("");
    let result = match (transform, last_group) {
        (Some(rule), Some(_)) => {
            let mut expanded = String::new();
            captures.expand(&java_replacement(rule), &mut expanded);
            expanded.push_str(rest);
            expanded
        }
        _ => rest.to_owned(),
    };
    if viable_original && !matches_general_pattern(&result, meta) {
        return None;
    }
    Some(result)
}

/// `matchNationalNumber` on the general description: the pattern alone, no lengths.
fn matches_general_pattern(nsn: &str, meta: &Metadata) -> bool {
    matches_whole(meta.descriptors().general().national_number().as_str(), nsn)
}

/// Java's `$1` group references as the `regex` crate spells them (`${1}`), so a digit
/// after the reference stays a literal digit.
fn java_replacement(rule: &str) -> String {
    let mut out = String::with_capacity(rule.len() + 4);
    let mut chars = rule.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('$', Some(d)) if d.is_ascii_digit() => {
                out.push_str("${");
                out.push(*d);
                out.push('}');
                chars.next();
            }
            ('$', _) => out.push_str("$$"),
            _ => out.push(c),
        }
    }
    out
}

/// `parsePrefixAsIdd`: strips an international dialling prefix unless a `0` follows it.
fn strip_idd(number: &str, idd: &str) -> Option<String> {
    let re = metadata_regex(idd, Anchor::Start)?;
    let found = re.find(number)?;
    let rest = number.get(found.end()..).unwrap_or("");
    if rest.chars().find_map(digit_value) == Some(0) {
        return None;
    }
    Some(rest.to_owned())
}

/// `extractCountryCode`: the first 1-3 digits that are a known calling code.
fn extract_country_code(full: &str) -> Option<(u16, String)> {
    if full.starts_with('0') {
        return None;
    }
    (1..=MAX_LENGTH_COUNTRY_CODE.min(full.len())).find_map(|i| {
        let code = full.get(..i)?.parse::<u16>().ok()?;
        DATABASE
            .region(&code)
            .map(|_| (code, full.get(i..).unwrap_or("").to_owned()))
    })
}

/// `maybeExtractCountryCode`: `Some((code, national))` when the number carries a country
/// code (after `+`, after the default region's international prefix, or the default
/// region's own code typed without `+`), `None` when it is national.
fn extract_code(
    number: &str,
    default: Option<&Metadata>,
    p: &Patterns,
) -> Result<Option<(u16, String)>, Failure> {
    if number.is_empty() {
        return Ok(None);
    }
    let (full, explicit) = if let Some(plus) = p.leading_plus.find(number) {
        (normalize(number.get(plus.end()..).unwrap_or(""), p), true)
    } else {
        let normalized = normalize(number, p);
        match default
            .and_then(|m| m.international_prefix())
            .and_then(|idd| strip_idd(&normalized, idd.as_str()))
        {
            Some(rest) => (rest, true),
            None => (normalized, false),
        }
    };
    if explicit {
        if full.len() <= MIN_LENGTH_FOR_NSN {
            return Err(Failure::TooShortAfterIdd);
        }
        return extract_country_code(&full)
            .map(Some)
            .ok_or(Failure::InvalidCountryCode);
    }
    let Some(meta) = default else {
        return Ok(None);
    };
    let code = meta.country_code().to_string();
    if let Some(after) = full.strip_prefix(code.as_str()) {
        let potential = strip_national_prefix(after, meta).unwrap_or_else(|| after.to_owned());
        let better =
            !matches_general_pattern(&full, meta) && matches_general_pattern(&potential, meta);
        if better || test_length(&full, meta) == LengthCheck::TooLong {
            return Ok(Some((meta.country_code(), potential)));
        }
    }
    Ok(None)
}

/// `parse(text, defaultRegion)`: the country calling code and national significant number.
/// `default_region` must be a region code; a region without metadata reads only numbers
/// that carry their country code, as in libphonenumber.
pub(super) fn read(text: &str, default_region: &str) -> Result<Reading, Failure> {
    let p = patterns().ok_or(Failure::NotANumber)?;
    let number = national_number_for_parsing(text, p)?;
    if !is_viable(&number, p) {
        return Err(Failure::NotANumber);
    }
    let default = metadata_for_region(default_region);
    if default.is_none() && !p.leading_plus.is_match(&number) {
        return Err(Failure::InvalidCountryCode);
    }
    let number = strip_extension(&number, p);
    let extracted = match extract_code(&number, default, p) {
        Err(Failure::InvalidCountryCode) => match p.leading_plus.find(&number) {
            Some(plus) => {
                let rest = number.get(plus.end()..).unwrap_or("");
                Some(extract_code(rest, default, p)?.ok_or(Failure::InvalidCountryCode)?)
            }
            None => return Err(Failure::InvalidCountryCode),
        },
        other => other?,
    };
    let (cc, national, meta) = match extracted {
        // The main region of the code (the default region's metadata when it is that).
        Some((cc, national)) => (cc, national, metadata_for_code(cc)),
        None => {
            let Some(meta) = default else {
                return Err(Failure::InvalidCountryCode);
            };
            (meta.country_code(), normalize(&number, p), Some(meta))
        }
    };
    if national.len() < MIN_LENGTH_FOR_NSN {
        return Err(Failure::TooShortNsn);
    }
    let mut nsn = national;
    if let Some(meta) = meta {
        if let Some(potential) = strip_national_prefix(&nsn, meta) {
            let keep = !matches!(
                test_length(&potential, meta),
                LengthCheck::TooShort
                    | LengthCheck::IsPossibleLocalOnly
                    | LengthCheck::InvalidLength
            );
            if keep {
                nsn = potential;
            }
        }
    }
    if nsn.len() < MIN_LENGTH_FOR_NSN {
        return Err(Failure::TooShortNsn);
    }
    if nsn.len() > MAX_LENGTH_FOR_NSN {
        return Err(Failure::TooLong);
    }
    Ok(Reading { cc, nsn })
}
