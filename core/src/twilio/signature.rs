//! `X-Twilio-Signature` validation, as Twilio's official SDK validators do it.
//!
//! The signed string is the URL Twilio requested followed, for a form webhook, by every form
//! field name and its value, names in sorted order, a repeated name once per distinct value
//! with its values sorted. The signature is the HMAC-SHA1 of that string keyed with the
//! account's auth token, in standard base64 with padding. "Sorted" is the order of UTF-16
//! code units, as the Node and Java SDKs sort strings; it differs from code-point order only
//! between characters above U+FFFF and those in U+E000..=U+FFFF, where Twilio's Node SDK is
//! the reference this module is tested against.
//!
//! Because Twilio's back ends have signed both forms, a signature is accepted over either of
//! two URLs: the URL as given, and the URL with its explicit port removed (when it has one)
//! or with the scheme's default port added (`:443` for `https://`, `:80` for anything else)
//! when it has none. Everything else in the URL is used byte for byte.
//!
//! A JSON webhook carries `bodySHA256` in its query string: the signature covers the URL
//! alone, and the first `bodySHA256` value must be the lowercase hex SHA-256 of the raw body.
//!
//! Comparisons are constant-time. A missing, empty or malformed signature or URL answers
//! `valid: false` with a reason code, never an error. The auth token is never echoed: it is
//! not part of any result or error message, and its `Debug` form is redacted.

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

/// The account's auth token. Deserialised from a JSON string only, with an error message
/// that never repeats what was given; `Debug` does not print it.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct AuthToken(String);

impl AuthToken {
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
                "auth_token must be a string: the auth token of the account the webhook is for",
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

/// Arguments of `verify_webhook_signature`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyWebhookSignatureArgs {
    /// The auth token of the account (or subaccount) the webhook belongs to.
    pub auth_token: AuthToken,
    /// The full URL Twilio requested, with its query string, exactly as configured.
    #[serde(default, deserialize_with = "lenient_string")]
    pub url: Option<String>,
    /// The form fields of a form-encoded webhook (empty for a JSON webhook).
    #[serde(default)]
    pub params: FormParams,
    /// The raw body of a JSON webhook (one whose URL carries `bodySHA256`).
    #[serde(default)]
    pub body: Option<String>,
    /// The `X-Twilio-Signature` header.
    #[serde(default, deserialize_with = "lenient_string")]
    pub signature: Option<String>,
}

/// Why a signature was not accepted. Stable codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
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
}

/// Result of `verify_webhook_signature`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SignatureVerdict {
    /// True only when the request is proven to come from Twilio for this token.
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

/// Checks a webhook's `X-Twilio-Signature`. Errors only for arguments that can never be
/// checked (an empty auth token; form params together with a JSON body); everything a
/// request can carry answers `valid: false` with a reason instead.
pub fn verify_webhook_signature(
    args: &VerifyWebhookSignatureArgs,
) -> Result<SignatureVerdict, Error> {
    if args.auth_token.0.is_empty() {
        // With an empty key anyone can compute a matching signature.
        return Err(Error::invalid_value(
            "auth_token",
            "the auth token is empty; pass the auth token of the account the webhook is for",
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
            let expected = expected_signature(&args.auth_token, candidate, &suffix);
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

/// Computes the signature Twilio sends for `url` and `params` with `auth_token`: the value
/// of `X-Twilio-Signature` (base64 with padding). For a JSON webhook pass empty params.
pub fn compute_signature(auth_token: &AuthToken, url: &str, params: &FormParams) -> String {
    expected_signature(auth_token, url, &signed_params(params))
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

fn expected_signature(auth_token: &AuthToken, url: &str, suffix: &str) -> String {
    // HMAC accepts keys of any length, so this cannot fail; an empty signature would
    // never match a non-empty header.
    let Ok(mut mac) = <Hmac<Sha1> as KeyInit>::new_from_slice(auth_token.as_bytes()) else {
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
    names.sort_by(|a, b| utf16_cmp(a.0, b.0));
    let mut out = String::new();
    for (name, value) in names {
        match value {
            ParamValue::One(value) => {
                out.push_str(name);
                out.push_str(value);
            }
            ParamValue::Many(values) => {
                let mut distinct: Vec<&String> = values.iter().collect();
                distinct.sort_by(|a, b| utf16_cmp(a, b));
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
            auth_token: token(),
            url: Some(url.to_owned()),
            params,
            body: body.map(str::to_owned),
            signature: Some(sig.to_owned()),
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
            auth_token: token(),
            url: None,
            params: FormParams::default(),
            body: None,
            signature: Some("abc".into()),
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
            auth_token: AuthToken::new(""),
            url: Some("https://h/".into()),
            params: FormParams::default(),
            body: None,
            signature: Some("x".into()),
        })
        .unwrap_err();
        assert_eq!(error.path(), "auth_token");
    }
}
