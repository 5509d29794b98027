//! Twilio webhook helpers: total over arbitrary input; TwiML escaping is reversible; a
//! signature made by either algorithm verifies under the settings header that names it, and
//! any one-byte change to it does not; the header's algorithm is read the same whatever
//! spacing and letter case surround it.

use proptest::prelude::*;
use telrules::twilio::{
    compute_signature_with, parse_inbound_webhook, parse_status_callback, render_twiml_reply,
    signature_algorithm, verify_webhook_signature, AuthToken, FormParams, ParamValue,
    RenderTwimlArgs, SignatureAlgorithm, SignatureProblem, VerifyWebhookSignatureArgs,
    WebhookParamsArgs,
};

fn param_value() -> impl Strategy<Value = ParamValue> {
    prop_oneof![
        3 => any::<String>().prop_map(ParamValue::One),
        1 => prop::collection::vec(any::<String>(), 0..4).prop_map(ParamValue::Many),
        1 => "[0-9]{0,12}".prop_map(ParamValue::One),
    ]
}

fn form_params() -> impl Strategy<Value = FormParams> {
    let name = prop_oneof![
        prop::sample::select(vec![
            "MessageSid",
            "SmsSid",
            "From",
            "To",
            "Body",
            "NumMedia",
            "NumSegments",
            "MediaUrl0",
            "MediaContentType0",
            "MediaUrl1",
            "OptOutType",
            "MessageStatus",
            "SmsStatus",
            "ErrorCode",
            "AccountSid",
            "FromCountry",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    prop::collection::btree_map(name, param_value(), 0..12).prop_map(FormParams)
}

fn url() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["https", "http", "HTTPS", "ftp"]),
        prop::sample::select(vec!["", "user:pw@", "a@b@"]),
        prop::sample::select(vec![
            "hooks.example.com",
            "[::1]",
            "xn--bcher-kva.example",
            "h",
        ]),
        prop::sample::select(vec!["", ":443", ":80", ":8443", ":"]),
        any::<String>(),
    )
        .prop_map(|(scheme, user, host, port, rest)| {
            format!("{scheme}://{user}{host}{port}/{rest}")
        })
}

/// Undoes the escaping `render_twiml_reply` applies (the XML entities it emits).
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#13;", "\r")
        .replace("&amp;", "&")
}

fn xml_text() -> impl Strategy<Value = String> {
    // Any character XML 1.0 can carry, with the ones that need escaping made common.
    prop::collection::vec(
        prop_oneof![
            any::<char>().prop_filter("XML 1.0 character", |c| matches!(c,
                '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)),
            prop::sample::select(vec!['&', '<', '>', '"', '\'', '\r', ';', '#']),
        ],
        1..60,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn parsers_never_panic(params in form_params()) {
        let args = WebhookParamsArgs { params };
        let _ = parse_inbound_webhook(&args);
        let _ = parse_status_callback(&args);
    }

    #[test]
    fn render_never_panics(body in proptest::option::of(any::<String>())) {
        let _ = render_twiml_reply(&RenderTwimlArgs { body });
    }

    #[test]
    fn verify_never_panics(
        token in any::<String>(),
        url in proptest::option::of(prop_oneof![url(), any::<String>()]),
        params in form_params(),
        body in proptest::option::of(any::<String>()),
        signature in proptest::option::of(any::<String>()),
        signature_settings in proptest::option::of(prop_oneof![settings_header(), any::<String>()]),
    ) {
        let _ = verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: Some(AuthToken::new(token)), url, params, body, signature,
            signature_settings, ..Default::default()
        });
    }

    #[test]
    fn every_op_answers_contract_json_for_arbitrary_args(
        op in prop::sample::select(vec![
            "verify_webhook_signature", "parse_inbound_webhook",
            "parse_status_callback", "render_twiml_reply",
        ]),
        args in crate::contract::arb_json(),
    ) {
        let request = serde_json::json!({"op": op, "args": args}).to_string();
        let answer: serde_json::Value = serde_json::from_str(&telrules::evaluate_json(&request))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(answer.get("ok").is_some() || answer.get("error").is_some());
    }

    #[test]
    fn twiml_text_unescapes_to_the_body(body in xml_text()) {
        let twiml = render_twiml_reply(&RenderTwimlArgs { body: Some(body.clone()) })
            .map_err(|e| TestCaseError::fail(e.to_string()))?
            .twiml;
        let inner = twiml
            .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message>"#)
            .and_then(|t| t.strip_suffix("</Message></Response>"))
            .ok_or_else(|| TestCaseError::fail(format!("unexpected shape: {twiml}")))?;
        prop_assert!(!inner.contains('<') && !inner.contains('\r'));
        prop_assert_eq!(unescape(inner), body);
    }

    #[test]
    fn a_computed_signature_verifies_and_any_byte_change_fails(
        token in "[ -~]{1,40}",
        url in url(),
        params in form_params(),
        (algorithm, settings) in algorithm_and_header(),
        position in any::<prop::sample::Index>(),
        replacement in 0x21u8..0x7f,
    ) {
        let auth = AuthToken::new(token);
        let signature = compute_signature_with(algorithm, &auth, &url, &params);
        let verify = |signature: String| verify_webhook_signature(&VerifyWebhookSignatureArgs {
            secret: Some(auth.clone()),
            url: Some(url.clone()),
            params: params.clone(),
            signature: Some(signature),
            signature_settings: settings.clone(),
            ..Default::default()
        });
        let verdict = verify(signature.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(verdict.valid, "{:?}", verdict);

        let mut bytes = signature.into_bytes();
        let i = position.index(bytes.len());
        prop_assume!(bytes[i] != replacement);
        bytes[i] = replacement;
        let changed = String::from_utf8(bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let verdict = verify(changed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(!verdict.valid);
    }

    #[test]
    fn spacing_and_value_case_never_change_the_algorithm(
        (algorithm, _) in algorithm_and_header(),
        key in "[a-z_0-9]{0,20}",
        before in "[ \t]{0,3}",
        after in "[ \t]{0,3}",
        case_flips in prop::collection::vec(any::<bool>(), 11),
        key_first in any::<bool>(),
    ) {
        let name = match algorithm {
            SignatureAlgorithm::HmacSha1 => "HMAC_SHA1",
            SignatureAlgorithm::HmacSha256 => "HMAC_SHA256",
        };
        let value: String = name
            .chars()
            .zip(case_flips.iter().chain(std::iter::repeat(&false)))
            .map(|(c, flip)| if *flip { c.to_ascii_lowercase() } else { c })
            .collect();
        let algorithm_part = format!("{before}algorithm{after}={before}{value}{after}");
        let key_part = format!("{before}key={key}{after}");
        let header = if key_first {
            format!("{key_part},{algorithm_part}")
        } else {
            format!("{algorithm_part},{key_part}")
        };
        prop_assert_eq!(signature_algorithm(Some(&header)), Some(algorithm), "{}", header);
    }

    #[test]
    fn an_unknown_algorithm_never_verifies(
        token in "[ -~]{1,40}",
        url in url(),
        params in form_params(),
        unknown in "[A-Za-z0-9_-]{1,16}",
    ) {
        prop_assume!(!["HMAC_SHA1", "HMAC_SHA256"].contains(&unknown.to_uppercase().as_str()));
        let auth = AuthToken::new(token);
        let header = format!("key=webhooks_sharedkey_1,algorithm={unknown}");
        for algorithm in [SignatureAlgorithm::HmacSha1, SignatureAlgorithm::HmacSha256] {
            let verdict = verify_webhook_signature(&VerifyWebhookSignatureArgs {
                secret: Some(auth.clone()),
                url: Some(url.clone()),
                params: params.clone(),
                signature: Some(compute_signature_with(algorithm, &auth, &url, &params)),
                signature_settings: Some(header.clone()),
                ..Default::default()
            }).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(!verdict.valid);
            prop_assert_eq!(verdict.reason, Some(SignatureProblem::UnsupportedSignatureAlgorithm));
        }
    }
}

/// A settings header as Twilio or an adapter might pass it, and the algorithm it selects.
fn algorithm_and_header() -> impl Strategy<Value = (SignatureAlgorithm, Option<String>)> {
    prop_oneof![
        Just((SignatureAlgorithm::HmacSha1, None)),
        Just((SignatureAlgorithm::HmacSha1, Some(String::new()))),
        "[a-z_0-9]{1,30}"
            .prop_map(|key| (SignatureAlgorithm::HmacSha1, Some(format!("key={key}")))),
        Just((
            SignatureAlgorithm::HmacSha1,
            Some("key=k,algorithm=HMAC_SHA1".to_owned())
        )),
        "[a-z_0-9]{1,30}".prop_map(|key| (
            SignatureAlgorithm::HmacSha256,
            Some(format!("key={key},algorithm=HMAC_SHA256")),
        )),
        Just((
            SignatureAlgorithm::HmacSha256,
            Some(" algorithm = hmac_sha256 ".to_owned())
        )),
    ]
}

/// Arbitrary-looking settings headers built from the pieces the parser cares about.
fn settings_header() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("algorithm=HMAC_SHA256".to_owned()),
        Just("algorithm=".to_owned()),
        Just(" algorithm = hmac_sha1 ".to_owned()),
        "[a-zA-Z_= ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(part, 0..4).prop_map(|parts| parts.join(","))
}
