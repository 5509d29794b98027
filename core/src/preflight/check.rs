//! Reading a form's values, and the checks every field gets from its row in `fields.rs`:
//! unknown name, type, required, length, accepted values, and the shape of URLs, emails,
//! phone numbers and SIDs.

use serde_json::{Map, Value};

use super::fields::{self, Field, Kind, Required};
use super::rules::*;
use super::{Findings, Form};

/// A form's values with its field table.
pub(crate) struct FormView<'a> {
    pub form: Form,
    pub map: &'a Map<String, Value>,
    pub specs: &'static [Field],
    /// Brand form: `brand_type` is SOLE_PROPRIETOR.
    pub sole_proprietor: bool,
}

impl<'a> FormView<'a> {
    pub fn new(form: Form, map: &'a Map<String, Value>) -> FormView<'a> {
        let specs = match form {
            Form::Brand => fields::BRAND,
            Form::Campaign => fields::CAMPAIGN,
            Form::TollfreeVerification => fields::TOLLFREE,
        };
        let sole_proprietor = form == Form::Brand
            && map
                .get("brand_type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("SOLE_PROPRIETOR"));
        FormView {
            form,
            map,
            specs,
            sole_proprietor,
        }
    }

    /// A text value, trimmed; `None` when missing, null, blank or not a string.
    pub fn text(&self, name: &str) -> Option<&'a str> {
        match self.map.get(name) {
            Some(Value::String(s)) => Some(s.trim()).filter(|s| !s.is_empty()),
            _ => None,
        }
    }

    /// A boolean: `true`/`false`, or the strings "true"/"false" as form posts carry them.
    pub fn boolean(&self, name: &str) -> Option<bool> {
        match self.map.get(name) {
            Some(Value::Bool(b)) => Some(*b),
            Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("true") => Some(true),
            Some(Value::String(s)) if s.trim().eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }

    /// The non-blank strings of a list value (a string is a one-entry list; keywords may
    /// also be written comma-separated).
    pub fn list(&self, name: &str) -> Vec<&'a str> {
        match self.map.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect(),
            Some(Value::String(s)) => s
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The list's entries with their index in the form (blank entries skipped).
    pub fn indexed_list(&self, name: &str) -> Vec<(usize, &'a str)> {
        match self.map.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_str().map(|s| (i, s.trim())))
                .filter(|(_, s)| !s.is_empty())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// A text equal (any case) to `value`.
    pub fn is(&self, name: &str, value: &str) -> bool {
        self.text(name)
            .is_some_and(|t| t.eq_ignore_ascii_case(value))
    }

    fn required(&self, field: &Field) -> bool {
        match field.required {
            Required::Yes => true,
            Required::No => false,
            Required::Standard => !self.sole_proprietor,
            Required::SoleProprietor => self.sole_proprietor,
        }
    }
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

/// The generic checks, field by field in form order, then unknown names.
pub(crate) fn generic(form: &FormView<'_>, out: &mut Findings) {
    for spec in form.specs {
        let value = form.map.get(spec.name);
        match value {
            None => {}
            Some(v) if is_blank(v) => {}
            Some(v) => {
                value_checks(form, spec, v, out);
                continue;
            }
        }
        if form.required(spec) {
            out.push(
                &REQUIRED_FIELD_MISSING,
                Some(spec.name),
                Some(spec.codes),
                &[],
            );
        }
    }
    for name in form.map.keys() {
        if !form.specs.iter().any(|s| s.name == name) {
            let hint = suggestion(name, form.specs)
                .map(|s| format!(" Did you mean \"{s}\"?"))
                .unwrap_or_default();
            out.push(&UNKNOWN_FIELD, Some(name), None, &[("hint", &hint)]);
        }
    }
}

fn wrong_type(spec: &Field, field: &str, what: &str, out: &mut Findings) {
    out.push(
        &WRONG_TYPE,
        Some(field),
        Some(spec.codes),
        &[("value", what)],
    );
}

fn value_checks(form: &FormView<'_>, spec: &Field, value: &Value, out: &mut Findings) {
    let name = spec.name;
    match spec.kind {
        Kind::Bool => {
            if form.boolean(name).is_none() {
                wrong_type(spec, name, "true or false", out);
            }
        }
        Kind::Text { min, max } => match value.as_str() {
            Some(s) => length(spec, name, s.trim(), min, max, out),
            None => wrong_type(spec, name, "text", out),
        },
        Kind::Enum { values, confirmed } => match value.as_str() {
            Some(s) => enum_value(form, spec, name, s.trim(), values, confirmed, out),
            None => wrong_type(spec, name, "text", out),
        },
        Kind::TextList {
            min_items,
            max_items,
            item_min,
            item_max,
        } => {
            let Some(items) = value.as_array() else {
                wrong_type(spec, name, "a list of texts", out);
                return;
            };
            if items.len() < min_items || items.len() > max_items {
                let len = items.len().to_string();
                out.push(
                    &ITEM_COUNT,
                    Some(name),
                    None,
                    &[
                        ("len", &len),
                        ("min", &min_items.to_string()),
                        ("max", &max_items.to_string()),
                    ],
                );
            }
            for (i, item) in items.iter().enumerate() {
                let field = format!("{name}[{i}]");
                let Some(text) = item.as_str() else {
                    wrong_type(spec, &field, "text", out);
                    continue;
                };
                let chars = text.trim().chars().count();
                let number = (i + 1).to_string();
                let len = chars.to_string();
                if chars < item_min {
                    let min = item_min.to_string();
                    out.push(
                        &SAMPLE_TOO_SHORT,
                        Some(&field),
                        None,
                        &[("value", &number), ("len", &len), ("min", &min)],
                    );
                } else if chars > item_max {
                    let max = item_max.to_string();
                    out.push(
                        &SAMPLE_TOO_LONG,
                        Some(&field),
                        None,
                        &[("value", &number), ("len", &len), ("max", &max)],
                    );
                }
            }
        }
        Kind::EnumList { values } => {
            let items: Vec<&Value> = match value {
                Value::Array(items) => items.iter().collect(),
                Value::String(_) => vec![value],
                _ => {
                    wrong_type(spec, name, "a list of values", out);
                    return;
                }
            };
            for (i, item) in items.iter().enumerate() {
                let field = format!("{name}[{i}]");
                match item.as_str() {
                    Some(s) => enum_value(form, spec, &field, s.trim(), values, true, out),
                    None => wrong_type(spec, &field, "text", out),
                }
            }
        }
        Kind::Keywords { max } => {
            let all_strings = match value {
                Value::Array(items) => items.iter().all(Value::is_string),
                Value::String(_) => true,
                _ => false,
            };
            if !all_strings {
                wrong_type(spec, name, "a list of keywords", out);
                return;
            }
            let words = form.list(name);
            for word in &words {
                if !word.chars().all(|c| c.is_ascii_alphanumeric()) {
                    out.push(&KEYWORD_INVALID, Some(name), None, &[("value", word)]);
                }
            }
            let total = words.iter().map(|w| w.chars().count()).sum::<usize>()
                + words.len().saturating_sub(1);
            if total > max {
                length_finding(&TEXT_TOO_LONG, spec, name, total, 0, max, out);
            }
        }
        Kind::Url { max } => match value.as_str() {
            Some(s) => url(spec, name, s.trim(), max, out),
            None => wrong_type(spec, name, "a web address", out),
        },
        Kind::UrlList => {
            let items: Vec<&Value> = match value {
                Value::Array(items) => items.iter().collect(),
                Value::String(_) => vec![value],
                _ => {
                    wrong_type(spec, name, "a list of web addresses", out);
                    return;
                }
            };
            for (i, item) in items.iter().enumerate() {
                let field = format!("{name}[{i}]");
                match item.as_str() {
                    Some(s) => url(spec, &field, s.trim(), 2048, out),
                    None => wrong_type(spec, &field, "a web address", out),
                }
            }
        }
        Kind::Email { max } => match value.as_str() {
            Some(s) => {
                let s = s.trim();
                if email_domain(s).is_none() {
                    out.push(&EMAIL_INVALID, Some(name), None, &[("value", s)]);
                } else {
                    length(spec, name, s, 0, max, out);
                }
            }
            None => wrong_type(spec, name, "an email address", out),
        },
        Kind::Phone { max } => match value.as_str() {
            Some(s) => {
                let s = s.trim();
                if !is_e164(s) {
                    out.push(&PHONE_NOT_E164, Some(name), None, &[("value", s)]);
                } else {
                    length(spec, name, s, 0, max, out);
                }
            }
            None => wrong_type(spec, name, "a phone number", out),
        },
        Kind::Sid { prefix } => match value.as_str() {
            Some(s) => {
                let s = s.trim();
                let ok = s.len() == 34
                    && s.starts_with(prefix)
                    && s.get(2..)
                        .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                if !ok {
                    let hint = format!("{prefix} followed by 32 hexadecimal characters");
                    out.push(
                        &SID_MALFORMED,
                        Some(name),
                        Some(spec.codes),
                        &[("value", s), ("hint", &hint)],
                    );
                }
            }
            None => wrong_type(spec, name, "a Twilio ID", out),
        },
    }
}

fn length(spec: &Field, name: &str, s: &str, min: usize, max: usize, out: &mut Findings) {
    let chars = s.chars().count();
    if chars < min {
        length_finding(&TEXT_TOO_SHORT, spec, name, chars, min, max, out);
    } else if chars > max {
        length_finding(&TEXT_TOO_LONG, spec, name, chars, min, max, out);
    }
}

fn length_finding(
    rule: &Rule,
    spec: &Field,
    name: &str,
    len: usize,
    min: usize,
    max: usize,
    out: &mut Findings,
) {
    let codes: Vec<u32> = spec
        .codes
        .iter()
        .copied()
        .filter(|c| rule.codes.contains(c))
        .collect();
    let codes = if codes.is_empty() {
        rule.codes.to_vec()
    } else {
        codes
    };
    out.push(
        rule,
        Some(name),
        Some(&codes),
        &[
            ("len", &len.to_string()),
            ("min", &min.to_string()),
            ("max", &max.to_string()),
        ],
    );
}

fn enum_value(
    form: &FormView<'_>,
    spec: &Field,
    field: &str,
    value: &str,
    values: &[&str],
    confirmed: bool,
    out: &mut Findings,
) {
    if values.iter().any(|v| v.eq_ignore_ascii_case(value)) {
        return;
    }
    // A sole proprietorship entered as a Trust Hub business type has its own rule.
    if form.form == Form::Brand
        && spec.name == "business_type"
        && value.to_ascii_lowercase().contains("sole")
    {
        return;
    }
    let hint = if values.len() <= 8 {
        format!(" Accepted: {}.", values.join(", "))
    } else {
        closest(value, values.iter().copied())
            .map(|s| format!(" Did you mean {s}?"))
            .unwrap_or_default()
    };
    let rule = if confirmed {
        &VALUE_NOT_ALLOWED
    } else {
        &VALUE_NOT_IN_KNOWN_LIST
    };
    let codes: Vec<u32> = if confirmed {
        spec.codes.to_vec()
    } else {
        rule.codes.to_vec()
    };
    out.push(
        rule,
        Some(field),
        Some(&codes),
        &[("value", value), ("hint", &hint)],
    );
}

fn url(spec: &Field, field: &str, s: &str, max: usize, out: &mut Findings) {
    match url_host(s) {
        None => out.push(&URL_INVALID, Some(field), Some(spec.codes), &[("value", s)]),
        Some((host, https)) => {
            if !is_public_host(&host) {
                out.push(&URL_NOT_PUBLIC, Some(field), None, &[("value", &host)]);
            } else if !https {
                out.push(&URL_NOT_HTTPS, Some(field), None, &[]);
            }
            length(spec, field, s, 0, max, out);
        }
    }
}

/// The lower-case host of an `http(s)://` address and whether it is https; `None` when the
/// text is not such an address.
pub(crate) fn url_host(s: &str) -> Option<(String, bool)> {
    let lower = s.to_ascii_lowercase();
    let (rest, https) = if let Some(rest) = lower.strip_prefix("https://") {
        (rest, true)
    } else {
        (lower.strip_prefix("http://")?, false)
    };
    if s.chars().any(char::is_whitespace) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    let labels_ok = !host.is_empty()
        && host
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    labels_ok.then(|| (host.to_owned(), https))
}

/// Whether reviewers on the internet can reach the host (not localhost, a private IPv4
/// range, or a name with no dot / a local-only suffix).
pub(crate) fn is_public_host(host: &str) -> bool {
    if !host.contains('.') || host == "localhost" {
        return false;
    }
    if [
        ".local",
        ".localhost",
        ".internal",
        ".lan",
        ".test",
        ".invalid",
        ".example",
    ]
    .iter()
    .any(|s| host.ends_with(s))
    {
        return false;
    }
    let octets: Vec<u8> = host.split('.').filter_map(|p| p.parse().ok()).collect();
    if octets.len() == 4 && host.split('.').count() == 4 {
        return !matches!(
            octets.as_slice(),
            [10, ..] | [127, ..] | [192, 168, ..] | [169, 254, ..] | [0, ..]
        ) && !matches!(octets.as_slice(), [172, b, ..] if (16..=31).contains(b));
    }
    true
}

/// The lower-case domain of an email address, when it is one.
pub(crate) fn email_domain(s: &str) -> Option<String> {
    let (local, domain) = s.split_once('@')?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        && domain.contains('.')
        && domain
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
    ok.then(|| domain.to_lowercase())
}

/// `+` then 7 to 15 digits, the first not 0.
pub(crate) fn is_e164(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|digits| {
        (7..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    })
}

/// Whether a domain is a consumer mailbox provider.
pub(crate) fn is_free_mail(domain: &str) -> bool {
    super::data::FREE_MAIL_DOMAINS
        .binary_search(&domain)
        .is_ok()
}

/// Whether two hosts belong to one site: equal, or one a subdomain of the other, after a
/// leading `www.` is dropped.
pub(crate) fn same_site(a: &str, b: &str) -> bool {
    let a = a.strip_prefix("www.").unwrap_or(a);
    let b = b.strip_prefix("www.").unwrap_or(b);
    a == b
        || a.strip_suffix(b).is_some_and(|r| r.ends_with('.'))
        || b.strip_suffix(a).is_some_and(|r| r.ends_with('.'))
}

/// The known field name a typo most likely meant: same letters ignoring case and
/// separators (`MessageFlow`), or at most two edits away.
fn suggestion(name: &str, specs: &[Field]) -> Option<&'static str> {
    closest(name, specs.iter().map(|s| s.name))
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn closest<'v>(name: &str, candidates: impl Iterator<Item = &'v str> + Clone) -> Option<&'v str> {
    let key = squash(name);
    if let Some(same) = candidates.clone().find(|c| squash(c) == key) {
        return Some(same);
    }
    candidates
        .filter_map(|c| {
            let other = squash(c);
            (key.len().abs_diff(other.len()) <= 2).then(|| (edit_distance(&key, &other), c))
        })
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = sub.min(del).min(ins);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}
