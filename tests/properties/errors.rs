//! explain_error and deliverability: total over their inputs, counts that add up, rates in [0, 1].

use proptest::prelude::*;
use telrules::errors::{
    catalogue, deliverability, explain, CodeInput, DeliverabilityArgs, MessageStatus, OutcomeRow,
};

const STATUSES: &[&str] = &[
    "queued",
    "sending",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "read",
    "accepted",
    "scheduled",
    "canceled",
    "receiving",
    "received",
    "partially_delivered",
];

fn arb_status() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => prop::sample::select(STATUSES.to_vec()).prop_map(|s| Some(s.to_owned())),
        1 => "[a-zA-Z_]{0,12}".prop_map(Some),
        1 => Just(None),
    ]
}

fn arb_code() -> impl Strategy<Value = Option<u32>> {
    let known: Vec<u32> = catalogue().iter().map(|e| e.code).collect();
    prop_oneof![
        3 => prop::sample::select(known).prop_map(Some),
        1 => any::<u32>().prop_map(Some),
        1 => (10_000u32..70_000).prop_map(Some),
        2 => Just(None),
    ]
}

fn arb_rows() -> impl Strategy<Value = Vec<OutcomeRow>> {
    prop::collection::vec(
        (arb_status(), arb_code(), prop::option::of(0u64..10_000)),
        0..40,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .map(|(status, code, count)| OutcomeRow {
                // A row needs a status or a code; give the empty ones a status.
                status: match (&status, code) {
                    (None, None) => Some(MessageStatus::Delivered),
                    _ => status.as_deref().map(MessageStatus::parse),
                },
                error_code: code.map(CodeInput::Code),
                count,
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn explain_is_total_over_every_u32(code in any::<u32>()) {
        let g = explain(code, None);
        prop_assert_eq!(g.known, telrules::errors::lookup(code).is_some());
        prop_assert_eq!(g.title.is_some(), g.known);
        prop_assert_eq!(g.docs_url, format!("https://www.twilio.com/docs/api/errors/{code}"));
        prop_assert!(!g.message.is_empty() && !g.action.message.is_empty());
        prop_assert!(g.known || !g.suppress_recipient, "unknown codes never suppress");
    }

    #[test]
    fn explain_error_answers_every_integer(code in any::<i64>()) {
        let answer: serde_json::Value = serde_json::from_str(&telrules::evaluate_json(
            &serde_json::json!({"op": "explain_error", "args": {"code": code}}).to_string(),
        )).unwrap();
        if (0..=i64::from(u32::MAX)).contains(&code) {
            prop_assert_eq!(&answer["ok"]["code"], &serde_json::json!(code));
        } else {
            prop_assert_eq!(&answer["error"]["kind"], "invalid_value");
            prop_assert_eq!(&answer["error"]["path"], "args.code");
        }
    }

    #[test]
    fn digit_strings_answer_like_integers(code in any::<u32>()) {
        let as_number = telrules::evaluate_json(
            &serde_json::json!({"op": "explain_error", "args": {"code": code}}).to_string());
        let as_text = telrules::evaluate_json(
            &serde_json::json!({"op": "explain_error", "args": {"code": code.to_string()}}).to_string());
        prop_assert_eq!(as_number, as_text);
    }

    #[test]
    fn any_args_never_panic(
        op in prop::sample::select(vec!["explain_error", "deliverability"]),
        args in crate::contract::arb_json(),
    ) {
        let answer = telrules::evaluate_json(&serde_json::json!({"op": op, "args": args}).to_string());
        let value: serde_json::Value = serde_json::from_str(&answer).unwrap();
        prop_assert!(value.get("ok").is_some() || value.get("error").is_some());
    }

    #[test]
    fn deliverability_counts_add_up_and_rates_stay_in_range(rows in arb_rows()) {
        let s = deliverability(&DeliverabilityArgs { messages: rows.clone(), channel: None }).unwrap();
        let expected_total: u64 = rows.iter().map(|r| r.count.unwrap_or(1)).sum();
        prop_assert_eq!(s.total, expected_total);
        prop_assert_eq!(
            s.total,
            s.delivered + s.partially_delivered + s.failed + s.awaiting_receipt
                + s.in_flight + s.canceled + s.inbound + s.other
        );
        prop_assert_eq!(s.settled, s.delivered + s.partially_delivered + s.failed);
        prop_assert_eq!(s.categories.iter().map(|c| c.messages).sum::<u64>(), s.failed);
        prop_assert_eq!(s.top_actions.iter().map(|a| a.messages).sum::<u64>(), s.failed);
        prop_assert_eq!(s.unknown_statuses.iter().map(|u| u.messages).sum::<u64>(), s.other);
        for c in &s.categories {
            prop_assert!((0.0..=1.0).contains(&c.rate));
            prop_assert!(c.messages > 0);
            prop_assert_eq!(c.codes.iter().map(|k| k.messages).sum::<u64>(), c.messages);
        }
        match s.delivery_rate {
            Some(rate) => {
                prop_assert!((0.0..=1.0).contains(&rate));
                // Delivered, partial and per-category shares cover the settled messages.
                let partial = telrules::errors::rate(s.partially_delivered, s.settled);
                let sum: f64 = rate + partial + s.categories.iter().map(|c| c.rate).sum::<f64>();
                let slack = 0.00005 * (s.categories.len() as f64 + 2.0) + 1e-9;
                prop_assert!((sum - 1.0).abs() <= slack, "shares sum to {sum}");
            }
            None => prop_assert_eq!(s.settled, 0),
        }
        for pair in s.top_actions.windows(2) {
            prop_assert!(pair[0].messages >= pair[1].messages);
        }
    }

    #[test]
    fn status_case_does_not_change_the_snapshot(rows in arb_rows()) {
        let upper: Vec<OutcomeRow> = rows.iter().map(|r| OutcomeRow {
            status: r.status.as_ref().map(|s| MessageStatus::parse(&s.as_str().to_ascii_uppercase())),
            ..r.clone()
        }).collect();
        let a = deliverability(&DeliverabilityArgs { messages: rows, channel: None }).unwrap();
        let b = deliverability(&DeliverabilityArgs { messages: upper, channel: None }).unwrap();
        // Unknown statuses keep the text as given; everything else must be identical.
        prop_assert_eq!(a.total, b.total);
        prop_assert_eq!(a.delivered, b.delivered);
        prop_assert_eq!(a.failed, b.failed);
        prop_assert_eq!(a.other, b.other);
        prop_assert_eq!(a.delivery_rate, b.delivery_rate);
        prop_assert_eq!(a.categories, b.categories);
        prop_assert_eq!(a.top_actions, b.top_actions);
    }
}
