//! `X-Twilio-Signature` validation, as Twilio's official SDK validators do it.
//!
//! The signed string is the URL Twilio requested followed, for a form webhook, by every form
//! field name and its value, names in sorted order, a repeated name once per distinct value
//! with its values sorted. The signature is an HMAC of that string in standard base64 with
//! padding. "Sorted" is the order of UTF-16 code units, as the Node and Java SDKs sort
//! strings; it differs from code-point order only between characters above U+FFFF and those
//! in U+E000..=U+FFFF, where Twilio's Node SDK is the reference this module is tested against.
//!
//! Twilio signs with one of two secrets. With the account's Auth Token the HMAC is SHA-1 and
//! the request carries no `X-Twilio-Webhooks-Signature-Settings` header. With a SharedKey
//! secret the request carries that header, `key=<SharedKey id>,algorithm=<name>`, and the
//! HMAC is the one it names: `HMAC_SHA256` (or `HMAC_SHA1`). A missing or empty header, or
//! one without a non-empty `algorithm=`, means HMAC-SHA1; a name telrules does not know is
//! `valid: false` (`unsupported_signature_algorithm`), never an error, so an adapter cannot
//! mistake it for "could not check, let it through". The adapter chooses the secret; the
//! header only chooses the algorithm.
//!
//! Because Twilio's back ends have signed both forms, a signature is accepted over either of
//! two URLs: the URL as given, and the URL with its explicit port removed (when it has one)
//! or with the scheme's default port added (`:443` for `https://`, `:80` for anything else)
//! when it has none. Everything else in the URL is used byte for byte.
//!
//! A JSON webhook carries `bodySHA256` in its query string: the signature covers the URL
//! alone, and the first `bodySHA256` value must be the lowercase hex SHA-256 of the raw body
//! (whatever the signature's algorithm).
//!
//! Comparisons are constant-time. A missing, empty or malformed signature or URL answers
//! `valid: false` with a reason code, never an error. The secret is never echoed: it is not
//! part of any result or error message, and its `Debug` form is redacted.

use std::fmt;

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::params::{FormParams, ParamValue};
use crate::Error;

/// The secret a webhook was signed with: the account's Auth Token, or a SharedKey secret.
/// Deserialised from a JSON string only, with an error message that never repeats what was
/// given; `Debug` does not print it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct AuthToken(String);

impl AuthToken {
    /// Wraps an Auth Token or SharedKey secret.
    pub fn new(token: impl Into<String>) -> Self {
        AuthToken(token.into())
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for AuthToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuthToken(<redacted>)")
    }
}

impl<'de> Deserialize<'de> for AuthToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Through Value, so a mistyped token (a number, say) is refused by our own message
        // rather than serde's, which would quote the value.
        match serde_json::Value::deserialize(deserializer) {
            Ok(serde_json::Value::String(token)) => Ok(AuthToken(token)),
            _ => Err(serde::de::Error::custom(
                "the secret must be a string: the Auth Token of the account the webhook is \
                 for, or the SharedKey secret when the request carries \
                 X-Twilio-Webhooks-Signature-Settings",
            )),
        }
    }
}

/// A field whose absence or wrong type means "no valid signature", never an error.
fn lenient_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(text) => Some(text),
        _ => None,
    })
}

/// Arguments of `verify_webhook_signature`. Give the secret in exactly one of `auth_token`
/// and `secret` (the same thing under a name that fits a SharedKey secret too).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct VerifyWebhookSignatureArgs {
    /// The secret the webhook was signed with: the account's (or subaccount's) Auth Token,
    /// or the SharedKey secret when the request carries `X-Twilio-Webhooks-Signature-Settings`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<AuthToken>,
    /// The same secret as `auth_token`, under its neutral name; give one of the two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<AuthToken>,
    /// The full URL Twilio requested, with its query string, exactly as configured.
    #[serde(default, deserialize_with = "lenient_string")]
    pub url: Option<String>,
    /// The form fields of a form-encoded webhook (empty for a JSON webhook).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub params: FormParams,
    /// The raw body of a JSON webhook (one whose URL carries `bodySHA256`).
    #[serde(default)]
    pub body: Option<String>,
    /// The `X-Twilio-Signature` header.
    #[serde(default, deserialize_with = "lenient_string")]
    pub signature: Option<String>,
    /// The raw `X-Twilio-Webhooks-Signature-Settings` header, which names the algorithm of
    /// a SharedKey-signed webhook. Absent, null or empty means HMAC-SHA1. A string or null:
    /// a header value is text, so anything else is a mistake in the adapter.
    #[serde(default)]
    pub signature_settings: Option<String>,
}

/// Why a signature was not accepted. Stable codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SignatureProblem {
    /// No `X-Twilio-Signature`, or an empty one.
    MissingSignature,
    /// No URL was given.
    MissingUrl,
    /// The URL does not start with `scheme://`.
    MalformedUrl,
    /// No candidate URL reproduces the signature (wrong token, URL, params or a forgery).
    SignatureMismatch,
    /// A body was given but the URL carries no `bodySHA256`.
    BodyHashMissing,
    /// The body's SHA-256 differs from the URL's `bodySHA256`.
    BodyHashMismatch,
    /// The URL carries `bodySHA256` but no body was given, so the body cannot be trusted.
    BodyNotChecked,
    /// `X-Twilio-Webhooks-Signature-Settings` names an algorithm telrules does not check
    /// (only `HMAC_SHA1` and `HMAC_SHA256` are known), so the request cannot be trusted.
    UnsupportedSignatureAlgorithm,
}

/// Result of `verify_webhook_signature`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignatureVerdict {
    /// True only when the request is proven to come from Twilio for this secret.
    pub valid: bool,
    /// Why not, when `valid` is false; null when valid.
    pub reason: Option<SignatureProblem>,
}

impl SignatureVerdict {
    fn rejected(reason: SignatureProblem) -> Self {
        SignatureVerdict {
            valid: false,
            reason: Some(reason),
        }
    }
}

/// The HMAC a webhook signature is made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SignatureAlgorithm {
    /// HMAC-SHA1: Auth Token signatures, and a SharedKey header naming `HMAC_SHA1`.
    #[serde(rename = "HMAC_SHA1")]
    HmacSha1,
    /// HMAC-SHA256: a SharedKey header naming `HMAC_SHA256`.
    #[serde(rename = "HMAC_SHA256")]
    HmacSha256,
}

/// The algorithm names a settings header may carry, compared after upper-casing as the
/// SDKs do. Source: Twilio's Node SDK 6.3.1 `lib/webhooks/webhooks.js` (`HMAC_SHA1`,
/// `HMAC_SHA256`) and Python SDK 9.13.0 `twilio/request_validator.py` (`_HASH_FUNCTIONS`).
const ALGORITHM_NAMES: &[(&str, SignatureAlgorithm)] = &[
    ("HMAC_SHA1", SignatureAlgorithm::HmacSha1),
    ("HMAC_SHA256", SignatureAlgorithm::HmacSha256),
];

/// What JavaScript's `String.prototype.trim` removes (ECMA-262 "White Space" and "Line
/// Terminators": TAB, VT, FF, SP, NBSP, ZWNBSP, the Zs category, LF, CR, LS, PS). The Node
/// SDK trims the settings header's parts with it; it differs from Rust's `char::is_whitespace`
/// in U+FEFF (JS only) and U+0085 (Rust only).
const JS_TRIMMED: &[char] = &[
    '\u{9}', '\u{A}', '\u{B}', '\u{C}', '\u{D}', '\u{20}', '\u{A0}', '\u{1680}', '\u{2000}',
    '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
    '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}', '\u{FEFF}',
];

/// The algorithm an `X-Twilio-Webhooks-Signature-Settings` header selects, read as the
/// SDKs read it: the parts between commas, the first whose name (up to its first `=`,
/// trimmed) is exactly `algorithm` and whose trimmed value is not empty names it, in any
/// case. No header, an empty one, or none of its parts naming an algorithm: HMAC-SHA1.
/// `None` when the named algorithm is not one telrules knows.
pub fn signature_algorithm(settings: Option<&str>) -> Option<SignatureAlgorithm> {
    let named = settings.unwrap_or("").split(',').find_map(|part| {
        let (name, value) = part.split_once('=')?;
        let value = value.trim_matches(JS_TRIMMED);
        (name.trim_matches(JS_TRIMMED) == "algorithm" && !value.is_empty()).then_some(value)
    });
    let Some(named) = named else {
        return Some(SignatureAlgorithm::HmacSha1);
    };
    // Unicode upper-casing, as JavaScript's toUpperCase and Python's upper() do.
    let upper = named.to_uppercase();
    ALGORITHM_NAMES
        .iter()
        .find(|(name, _)| *name == upper)
        .map(|(_, algorithm)| *algorithm)
}

/// Checks a webhook's `X-Twilio-Signature`. Errors only for arguments that can never be
/// checked (no secret, an empty one or two of them; form params together with a JSON body);
/// everything a request can carry answers `valid: false` with a reason instead.
pub fn verify_webhook_signature(
    args: &VerifyWebhookSignatureArgs,
) -> Result<SignatureVerdict, Error> {
    let (field, secret) = match (&args.auth_token, &args.secret) {
        (Some(token), None) => ("auth_token", token),
        (None, Some(secret)) => ("secret", secret),
        (Some(_), Some(_)) => {
            return Err(Error::invalid_value(
                "secret",
                "give the secret once: in `auth_token` or in `secret`, not both",
            ))
        }
        (None, None) => {
            return Err(Error::InvalidArgs {
                path: "auth_token".to_owned(),
                message: "missing the secret the webhook was signed with: pass `auth_token` \
                          (or its alias `secret`), the account's Auth Token, or the SharedKey \
                          secret when the request carries X-Twilio-Webhooks-Signature-Settings"
                    .to_owned(),
            })
        }
    };
    if secret.0.is_empty() {
        // With an empty key anyone can compute a matching signature.
        return Err(Error::invalid_value(
            field,
            "the secret is empty; pass the Auth Token of the account the webhook is for, or \
             the SharedKey secret for a request with X-Twilio-Webhooks-Signature-Settings",
        ));
    }
    if args.body.is_some() && !args.params.is_empty() {
        return Err(Error::invalid_value(
            "params",
            "a JSON webhook (one with `body`) is signed over its URL alone: pass its raw body \
             and leave `params` empty; a form webhook has `params` and no `body`",
        ));
    }
    let Some(signature) = args.signature.as_deref().filter(|s| !s.is_empty()) else {
        return Ok(SignatureVerdict::rejected(
            SignatureProblem::MissingSignature,
        ));
    };
    let Some(algorithm) = signature_algorithm(args.signature_settings.as_deref()) else {
        return Ok(SignatureVerdict::rejected(
            SignatureProblem::UnsupportedSignatureAlgorithm,
        ));
    };
    let Some(url) = args.url.as_deref().filter(|u| !u.is_empty()) else {
        return Ok(SignatureVerdict::rejected(SignatureProblem::MissingUrl));
    };
    let Some(parts) = UrlParts::split(url) else {
        return Ok(SignatureVerdict::rejected(SignatureProblem::MalformedUrl));
    };
    let body_hash = query_value(url, "bodySHA256");

    let empty = FormParams::default();
    let params = if args.body.is_some() {
        &empty
    } else {
        &args.params
    };
    let suffix = signed_params(params);
    let signed = [parts.without_port(), parts.with_port()].iter().fold(
        subtle::Choice::from(0),
        |any, candidate| {
            let expected = expected_signature(algorithm, secret, candidate, &suffix);
            any | ct_eq_str(signature, &expected)
        },
    );
    if !bool::from(signed) {
        return Ok(SignatureVerdict::rejected(
            SignatureProblem::SignatureMismatch,
        ));
    }

    match (&args.body, body_hash) {
        (None, None) => {}
        (None, Some(_)) => return Ok(SignatureVerdict::rejected(SignatureProblem::BodyNotChecked)),
        (Some(_), None) => {
            return Ok(SignatureVerdict::rejected(
                SignatureProblem::BodyHashMissing,
            ))
        }
        (Some(body), Some(claimed)) => {
            if !bool::from(ct_eq_str(&claimed, &body_sha256_hex(body))) {
                return Ok(SignatureVerdict::rejected(
                    SignatureProblem::BodyHashMismatch,
                ));
            }
        }
    }
    Ok(SignatureVerdict {
        valid: true,
        reason: None,
    })
}

/// Computes the HMAC-SHA1 signature Twilio sends for `url` and `params` signed with an Auth
/// Token: the value of `X-Twilio-Signature` (base64 with padding). For a JSON webhook pass
/// empty params.
pub fn compute_signature(auth_token: &AuthToken, url: &str, params: &FormParams) -> String {
    compute_signature_with(SignatureAlgorithm::HmacSha1, auth_token, url, params)
}

/// Computes the signature Twilio sends for `url` and `params` with `secret` and
/// `algorithm` (HMAC-SHA256 for a SharedKey header naming `HMAC_SHA256`).
pub fn compute_signature_with(
    algorithm: SignatureAlgorithm,
    secret: &AuthToken,
    url: &str,
    params: &FormParams,
) -> String {
    expected_signature(algorithm, secret, url, &signed_params(params))
}

/// The lowercase hex SHA-256 of a raw body, as carried in `bodySHA256`.
pub fn body_sha256_hex(body: &str) -> String {
    use std::fmt::Write as _;
    let digest = Sha256::digest(body.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest.iter() {
        let _ = write!(out, "{byte:02x}");
    }
    out
}

fn expected_signature(
    algorithm: SignatureAlgorithm,
    secret: &AuthToken,
    url: &str,
    suffix: &str,
) -> String {
    match algorithm {
        SignatureAlgorithm::HmacSha1 => hmac_base64::<Hmac<Sha1>>(secret, url, suffix),
        SignatureAlgorithm::HmacSha256 => hmac_base64::<Hmac<Sha256>>(secret, url, suffix),
    }
}

fn hmac_base64<M: Mac + KeyInit>(secret: &AuthToken, url: &str, suffix: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail; an empty signature would
    // never match a non-empty header.
    let Ok(mut mac) = <M as KeyInit>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(url.as_bytes());
    mac.update(suffix.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Constant-time for equal lengths; the length of an expected signature or hash is fixed
/// by the algorithm and not secret.
fn ct_eq_str(given: &str, expected: &str) -> subtle::Choice {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    if a.len() != b.len() {
        return subtle::Choice::from(0);
    }
    a.ct_eq(b)
}

/// Orders strings by UTF-16 code units (JavaScript's and Java's default string order).
fn utf16_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The names and values appended to the URL, in signing order.
fn signed_params(params: &FormParams) -> String {
    let mut names: Vec<(&String, &ParamValue)> = params.iter().collect();
    // Names are distinct (map keys): an unstable sort gives the same order.
    names.sort_unstable_by(|a, b| utf16_cmp(a.0, b.0));
    let mut out = String::new();
    for (name, value) in names {
        match value {
            ParamValue::One(value) => {
                out.push_str(name);
                out.push_str(value);
            }
            ParamValue::Many(values) => {
                let mut distinct: Vec<&String> = values.iter().collect();
                distinct.sort_unstable_by(|a, b| utf16_cmp(a, b));
                distinct.dedup();
                for value in distinct {
                    out.push_str(name);
                    out.push_str(value);
                }
            }
        }
    }
    out
}

/// A URL cut the way the SDK cuts it without normalising anything: `scheme://`, the
/// user-info up to the last `@` of the authority, the host, the port (from the first `:`
/// after an IPv6 literal's `]`, colon included) and the rest, verbatim.
struct UrlParts<'a> {
    scheme: &'a str,
    user_info: &'a str,
    host: &'a str,
    port: &'a str,
    rest: &'a str,
}

impl<'a> UrlParts<'a> {
    fn split(url: &'a str) -> Option<Self> {
        let sep = url.find("://")?;
        let scheme_name = url.get(..sep)?;
        let mut chars = scheme_name.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
        if !first_ok
            || !chars.all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '.' || c == '-')
        {
            return None;
        }
        let scheme = url.get(..sep + 3)?;
        let after = url.get(sep + 3..)?;
        let authority_end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let authority = after.get(..authority_end)?;
        let rest = after.get(authority_end..)?;
        let host_start = authority.rfind('@').map_or(0, |at| at + 1);
        let user_info = authority.get(..host_start)?;
        let host_and_port = authority.get(host_start..)?;
        let search_from = host_and_port.rfind(']').map_or(0, |b| b + 1);
        let port_start = host_and_port
            .get(search_from..)?
            .find(':')
            .map(|i| i + search_from);
        let (host, port) = match port_start {
            Some(i) => (host_and_port.get(..i)?, host_and_port.get(i..)?),
            None => (host_and_port, ""),
        };
        Some(UrlParts {
            scheme,
            user_info,
            host,
            port,
            rest,
        })
    }

    fn without_port(&self) -> String {
        [self.scheme, self.user_info, self.host, self.rest].concat()
    }

    /// The URL as given when it has a port; otherwise with the scheme's default port.
    fn with_port(&self) -> String {
        let port = if !self.port.is_empty() {
            self.port
        } else if self.scheme.eq_ignore_ascii_case("https://") {
            ":443"
        } else {
            ":80"
        };
        [self.scheme, self.user_info, self.host, port, self.rest].concat()
    }
}

/// The first value of query parameter `name`, read as a browser reads `searchParams`: the
/// query runs from the first `?` to the next `#`, tabs and newlines are ignored, pairs are
/// split at `&` and the first `=`, `+` is a space and `%XX` is decoded.
fn query_value(url: &str, name: &str) -> Option<String> {
    let url = url.trim_matches(|c: char| c <= ' ');
    let start = url.find(['?', '#'])?;
    if url.get(start..start + 1)? != "?" {
        return None;
    }
    let query = url.get(start + 1..)?;
    let query = query.get(..query.find('#').unwrap_or(query.len()))?;
    let query: String = query
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .find_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (form_decode(key) == name).then(|| form_decode(value))
        })
}

/// `application/x-www-form-urlencoded` decoding of one name or value; malformed `%`
/// sequences stay as they are, invalid UTF-8 becomes U+FFFD.
fn form_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = bytes.get(i + 1).and_then(|b| char::from(*b).to_digit(16));
                let lo = bytes.get(i + 2).and_then(|b| char::from(*b).to_digit(16));
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "12345";

    fn token() -> AuthToken {
        AuthToken::new(TOKEN)
    }

    fn verify(url: &str, params: FormParams, body: Option<&str>, sig: &str) -> SignatureVerdict {
        verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: Some(token()),
            url: Some(url.to_owned()),
            params,
            body: body.map(str::to_owned),
            signature: Some(sig.to_owned()),
            ..Default::default()
        })
        .unwrap()
    }

    fn verify_with(
        settings: Option<&str>,
        url: &str,
        params: FormParams,
        sig: &str,
    ) -> SignatureVerdict {
        verify_webhook_signature(&VerifyWebhookSignatureArgs {
            secret: Some(token()),
            url: Some(url.to_owned()),
            params,
            signature: Some(sig.to_owned()),
            signature_settings: settings.map(str::to_owned),
            ..Default::default()
        })
        .unwrap()
    }

    fn twilio_doc_params() -> FormParams {
        [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .into_iter()
        .collect()
    }

    // Twilio's published example (webhooks security docs, also in every SDK's tests):
    // token 12345, this URL and these params sign to 0/KCTR6DLpKmkAf8muzZqo1nDgQ=.
    #[test]
    fn twilio_documented_example_is_valid() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let verdict = verify(
            url,
            twilio_doc_params(),
            None,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ=",
        );
        assert!(verdict.valid, "{verdict:?}");
        assert_eq!(verdict.reason, None);
    }

    #[test]
    fn signature_is_accepted_with_the_default_port_added_or_removed() {
        let plain = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
        let signed_plain = compute_signature(&token(), plain, &twilio_doc_params());
        let signed_port = compute_signature(&token(), with_port, &twilio_doc_params());
        assert_ne!(signed_plain, signed_port);
        for sig in [&signed_plain, &signed_port] {
            assert!(verify(plain, twilio_doc_params(), None, sig).valid);
            assert!(verify(with_port, twilio_doc_params(), None, sig).valid);
        }
    }

    #[test]
    fn http_default_port_is_80_and_other_ports_are_only_removed() {
        let sig = compute_signature(&token(), "http://h.example/x:80", &FormParams::default());
        // `:80` must go after the host, not at the end.
        assert!(!verify("http://h.example/x", FormParams::default(), None, &sig).valid);
        let sig = compute_signature(&token(), "http://h.example:80/x", &FormParams::default());
        assert!(verify("http://h.example/x", FormParams::default(), None, &sig).valid);
        let sig = compute_signature(&token(), "https://h.example:8443/x", &FormParams::default());
        assert!(!verify("https://h.example/x", FormParams::default(), None, &sig).valid);
        assert!(
            verify(
                "https://h.example:8443/x",
                FormParams::default(),
                None,
                &sig
            )
            .valid
        );
    }

    #[test]
    fn repeated_names_sign_each_distinct_value_sorted() {
        let params = FormParams(
            [(
                "MediaUrl".to_owned(),
                ParamValue::Many(vec!["b".into(), "a".into(), "b".into()]),
            )]
            .into_iter()
            .collect(),
        );
        assert_eq!(signed_params(&params), "MediaUrlaMediaUrlb");
    }

    #[test]
    fn names_sort_by_utf16_units_not_code_points() {
        // U+FF21 (one unit, 0xFF21) sorts after U+1F600 (surrogates 0xD83D ...) in UTF-16.
        let params: FormParams = [("\u{FF21}", "x"), ("\u{1F600}", "y")]
            .into_iter()
            .collect();
        assert_eq!(signed_params(&params), "\u{1F600}y\u{FF21}x");
    }

    #[test]
    fn split_keeps_userinfo_and_ipv6_literals() {
        let parts = UrlParts::split("https://u:p@[::1]:8080/a?b#c").unwrap();
        assert_eq!(parts.user_info, "u:p@");
        assert_eq!(parts.host, "[::1]");
        assert_eq!(parts.port, ":8080");
        assert_eq!(parts.rest, "/a?b#c");
        assert!(UrlParts::split("mycompany.com/x").is_none());
        assert!(UrlParts::split("1http://x").is_none());
    }

    #[test]
    fn empty_or_missing_signature_is_not_an_error() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        assert_eq!(
            verify(url, twilio_doc_params(), None, "").reason,
            Some(SignatureProblem::MissingSignature)
        );
        let verdict = verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: Some(token()),
            signature: Some("abc".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(verdict.reason, Some(SignatureProblem::MissingUrl));
    }

    #[test]
    fn json_body_must_match_body_sha256() {
        let body = r#"{"property": "value", "boolean": true}"#;
        let hash = body_sha256_hex(body);
        // Twilio's documented hash of this body.
        assert_eq!(
            hash,
            "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
        );
        let url = format!("https://mycompany.com/myapp.php?bodySHA256={hash}");
        let sig = compute_signature(&token(), &url, &FormParams::default());
        assert!(verify(&url, FormParams::default(), Some(body), &sig).valid);
        assert_eq!(
            verify(&url, FormParams::default(), Some("{}"), &sig).reason,
            Some(SignatureProblem::BodyHashMismatch)
        );
        assert_eq!(
            verify(&url, FormParams::default(), None, &sig).reason,
            Some(SignatureProblem::BodyNotChecked)
        );
    }

    #[test]
    fn uppercase_body_hash_does_not_match() {
        let body = "{}";
        let url = format!(
            "https://h.example/?bodySHA256={}",
            body_sha256_hex(body).to_uppercase()
        );
        let sig = compute_signature(&token(), &url, &FormParams::default());
        assert_eq!(
            verify(&url, FormParams::default(), Some(body), &sig).reason,
            Some(SignatureProblem::BodyHashMismatch)
        );
    }

    #[test]
    fn query_value_reads_like_search_params() {
        assert_eq!(query_value("https://h/?a=1&a=2", "a").as_deref(), Some("1"));
        assert_eq!(
            query_value("https://h/?b%6Fdy=x+y%21", "body").as_deref(),
            Some("x y!")
        );
        assert_eq!(query_value("https://h/#?a=1", "a"), None);
        assert_eq!(query_value("https://h/?x=1#a=2", "a"), None);
        assert_eq!(query_value("https://h/?a=%zz", "a").as_deref(), Some("%zz"));
    }

    #[test]
    fn auth_token_never_appears_in_errors_or_debug() {
        let args: Result<VerifyWebhookSignatureArgs, _> =
            serde_json::from_str(r#"{"auth_token": 987654321, "url": "https://h/"}"#);
        let message = args.unwrap_err().to_string();
        assert!(!message.contains("987654321"), "{message}");
        assert_eq!(
            format!("{:?}", AuthToken::new("secret-token")),
            "AuthToken(<redacted>)"
        );
    }

    #[test]
    fn empty_auth_token_is_an_error_not_a_verdict() {
        let error = verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: Some(AuthToken::new("")),
            url: Some("https://h/".into()),
            signature: Some("x".into()),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(error.path(), "auth_token");
        let error = verify_webhook_signature(&VerifyWebhookSignatureArgs {
            secret: Some(AuthToken::new("")),
            url: Some("https://h/".into()),
            signature: Some("x".into()),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(error.path(), "secret");
    }

    #[test]
    fn secret_is_an_alias_and_exactly_one_is_required() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let sig = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";
        let args = |auth_token: Option<&str>, secret: Option<&str>| VerifyWebhookSignatureArgs {
            auth_token: auth_token.map(AuthToken::new),
            secret: secret.map(AuthToken::new),
            url: Some(url.into()),
            params: twilio_doc_params(),
            signature: Some(sig.into()),
            ..Default::default()
        };
        assert!(
            verify_webhook_signature(&args(None, Some(TOKEN)))
                .unwrap()
                .valid
        );
        assert!(
            verify_webhook_signature(&args(Some(TOKEN), None))
                .unwrap()
                .valid
        );
        let both = verify_webhook_signature(&args(Some(TOKEN), Some(TOKEN))).unwrap_err();
        assert_eq!(
            (both.kind(), both.path()),
            (crate::contract::ErrorKind::InvalidValue, "secret")
        );
        let neither = verify_webhook_signature(&args(None, None)).unwrap_err();
        assert_eq!(
            (neither.kind(), neither.path()),
            (crate::contract::ErrorKind::InvalidArgs, "auth_token")
        );
        assert!(!both.to_string().contains(TOKEN) && !neither.to_string().contains(TOKEN));
    }

    #[test]
    fn settings_header_selects_the_algorithm_as_the_sdks_read_it() {
        use SignatureAlgorithm::{HmacSha1, HmacSha256};
        let cases: &[(Option<&str>, Option<SignatureAlgorithm>)] = &[
            (None, Some(HmacSha1)),
            (Some(""), Some(HmacSha1)),
            (Some("key=webhooks_sharedkey_1"), Some(HmacSha1)),
            (Some("key=k,algorithm="), Some(HmacSha1)),
            (Some("key=k,algorithm=HMAC_SHA256"), Some(HmacSha256)),
            (
                Some(" key = k , algorithm = HMAC_SHA256 "),
                Some(HmacSha256),
            ),
            (Some("algorithm=hmac_sha256,key=k"), Some(HmacSha256)),
            (Some("key=k,algorithm=HMAC_SHA1"), Some(HmacSha1)),
            // The first part naming a non-empty algorithm wins.
            (
                Some("algorithm= ,algorithm=HMAC_SHA256,algorithm=HMAC_SHA1"),
                Some(HmacSha256),
            ),
            // The name is matched exactly (after trimming); the value in any case.
            (Some("Algorithm=HMAC_SHA256"), Some(HmacSha1)),
            (Some("key=k,algorithm=HMAC_SHA512"), None),
            (Some("algorithm=HMAC-SHA256"), None),
            (Some("algorithm==HMAC_SHA256"), None),
            // JavaScript's trim removes U+FEFF, not U+0085.
            (
                Some("algorithm=\u{FEFF}HMAC_SHA256\u{3000}"),
                Some(HmacSha256),
            ),
            (Some("algorithm=\u{85}HMAC_SHA256"), None),
            // Unicode upper-casing, as toUpperCase: the long s is an S.
            (Some("algorithm=hmac_\u{17F}ha256"), Some(HmacSha256)),
        ];
        for (settings, expected) in cases {
            assert_eq!(signature_algorithm(*settings), *expected, "{settings:?}");
        }
    }

    #[test]
    fn sha256_signature_verifies_only_under_the_sha256_header() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let sha256 = compute_signature_with(
            SignatureAlgorithm::HmacSha256,
            &token(),
            url,
            &twilio_doc_params(),
        );
        let sha1 = compute_signature(&token(), url, &twilio_doc_params());
        assert_eq!(sha256.len(), 44);
        let header = Some("key=webhooks_sharedkey_1,algorithm=HMAC_SHA256");
        assert!(verify_with(header, url, twilio_doc_params(), &sha256).valid);
        assert_eq!(
            verify_with(header, url, twilio_doc_params(), &sha1).reason,
            Some(SignatureProblem::SignatureMismatch)
        );
        for no_algorithm in [None, Some(""), Some("key=webhooks_sharedkey_1")] {
            assert!(verify_with(no_algorithm, url, twilio_doc_params(), &sha1).valid);
            assert!(!verify_with(no_algorithm, url, twilio_doc_params(), &sha256).valid);
        }
    }

    #[test]
    fn sha256_keeps_the_port_variants_and_the_body_hash() {
        let alg = SignatureAlgorithm::HmacSha256;
        let header = Some("algorithm=HMAC_SHA256");
        let signed = compute_signature_with(
            alg,
            &token(),
            "https://h.example:443/x",
            &FormParams::default(),
        );
        assert!(
            verify_with(
                header,
                "https://h.example/x",
                FormParams::default(),
                &signed
            )
            .valid
        );
        let body = "{}";
        let url = format!("https://h.example/x?bodySHA256={}", body_sha256_hex(body));
        let sig = compute_signature_with(alg, &token(), &url, &FormParams::default());
        let json = |body: &str| VerifyWebhookSignatureArgs {
            secret: Some(token()),
            url: Some(url.clone()),
            body: Some(body.into()),
            signature: Some(sig.clone()),
            signature_settings: header.map(str::to_owned),
            ..Default::default()
        };
        assert!(verify_webhook_signature(&json(body)).unwrap().valid);
        assert_eq!(
            verify_webhook_signature(&json("[]")).unwrap().reason,
            Some(SignatureProblem::BodyHashMismatch)
        );
    }

    #[test]
    fn unknown_algorithm_is_a_verdict_not_an_error() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let sig = compute_signature(&token(), url, &twilio_doc_params());
        assert_eq!(
            verify_with(
                Some("key=k,algorithm=HMAC_SHA512"),
                url,
                twilio_doc_params(),
                &sig
            ),
            SignatureVerdict::rejected(SignatureProblem::UnsupportedSignatureAlgorithm)
        );
    }
}
