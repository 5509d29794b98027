//! Twilio webhook helpers: total over arbitrary input; TwiML escaping is reversible; a
//! signature made by the algorithm verifies, and any one-byte change to it does not.

use proptest::prelude::*;
use telrules::twilio::{
    compute_signature, parse_inbound_webhook, parse_status_callback, render_twiml_reply,
    verify_webhook_signature, AuthToken, FormParams, ParamValue, RenderTwimlArgs,
    VerifyWebhookSignatureArgs, WebhookParamsArgs,
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
    ) {
        let _ = verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: AuthToken::new(token), url, params, body, signature,
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
        position in any::<prop::sample::Index>(),
        replacement in 0x21u8..0x7f,
    ) {
        let auth = AuthToken::new(token);
        let signature = compute_signature(&auth, &url, &params);
        let verify = |signature: String| verify_webhook_signature(&VerifyWebhookSignatureArgs {
            auth_token: auth.clone(),
            url: Some(url.clone()),
            params: params.clone(),
            body: None,
            signature: Some(signature),
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
}
