//! No request text, however malformed, panics or produces an answer that is not JSON.

use proptest::prelude::*;

fn assert_answer_is_contract_json(answer: &str) -> Result<(), TestCaseError> {
    let value: serde_json::Value = serde_json::from_str(answer)
        .map_err(|e| TestCaseError::fail(format!("not JSON: {e}: {answer}")))?;
    let object = value
        .as_object()
        .ok_or_else(|| TestCaseError::fail("not an object"))?;
    prop_assert_eq!(object.len(), 1);
    prop_assert!(object.contains_key("ok") || object.contains_key("error"));
    Ok(())
}

proptest! {
    #[test]
    fn any_text_answers_with_contract_json(text in any::<String>()) {
        assert_answer_is_contract_json(&telrules::evaluate_json(&text))?;
    }

    #[test]
    fn any_args_for_any_op_answer_with_contract_json(
        op in prop::sample::select(telrules::OPS.to_vec()),
        args in arb_json(),
    ) {
        let request = serde_json::json!({"op": op, "args": args}).to_string();
        assert_answer_is_contract_json(&telrules::evaluate_json(&request))?;
    }
}

/// Arbitrary JSON values, biased towards objects with the field names ops use.
pub fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_map(|n| serde_json::json!(n)),
        any::<String>().prop_map(serde_json::Value::String),
        "[0-9+() .-]{0,20}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "text",
                    "input",
                    "default_region",
                    "smart_encoding",
                    "number",
                    "org",
                    "numbers",
                    "now",
                    "phone_number",
                    "capabilities",
                    "sms",
                    "status",
                    "brand",
                    "campaign",
                    "messaging_services",
                    "tollfree_verification",
                    "auth_token",
                    "url",
                    "params",
                    "body",
                    "signature",
                    "From",
                    "NumMedia",
                    "code",
                    "channel",
                    "messages",
                    "status",
                    "error_code",
                    "count",
                    "org",
                    "number",
                    "at",
                    "timezone",
                    "weekly",
                    "mon",
                    "exceptions",
                    "date",
                    "hours",
                    "closed",
                    "force",
                    "to",
                    "message_class",
                    "recipient_region",
                    "policy",
                    "config",
                    "mode",
                    "keywords",
                    "default_sets",
                    "opt_out",
                    "en",
                    "consent",
                    "sender",
                    "kind",
                    "advanced_opt_out",
                    "country",
                    "org",
                    "name",
                    "support_phone",
                    "templates",
                    "language",
                    "body",
                    "preference",
                    "recipient",
                    "consent",
                    "explicit_from",
                    "last_inbound_at",
                    "x"
                ])
                .prop_map(str::to_owned),
                inner,
                0..4
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
