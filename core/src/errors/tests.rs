use super::*;

const CATALOGUE_TSV: &str = include_str!("catalogue.tsv");
const VENDORED_TSV: &str = include_str!("twilio_error_codes.tsv");
const REGISTRATION_TSV: &str = include_str!("registration_codes.tsv");

/// Data rows of a TSV (comments and the header skipped), split on tabs.
fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect()
}

fn category_from(code: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| c.as_str() == code)
}

#[test]
fn generated_table_matches_the_tsv() {
    let rows = rows(CATALOGUE_TSV);
    assert_eq!(rows.len(), catalogue().len(), "regenerate catalogue.rs");
    for (row, entry) in rows.iter().zip(catalogue()) {
        assert_eq!(row.len(), 10, "{row:?}");
        assert_eq!(row[0].parse::<u32>().unwrap(), entry.code);
        assert_eq!(row[1], entry.title, "{}", entry.code);
        assert_eq!(row[2], entry.family, "{}", entry.code);
        assert_eq!(
            category_from(row[3]),
            Some(entry.category),
            "{}",
            entry.code
        );
        let retry = match row[4] {
            "no" => Retry::No,
            "later" => Retry::Later,
            "yes" => Retry::Yes,
            other => panic!("retry {other}"),
        };
        assert_eq!(retry, entry.retry, "{}", entry.code);
        assert_eq!(row[5] == "true", entry.suppress_recipient, "{}", entry.code);
        assert_eq!(
            (!row[6].is_empty()).then_some(row[6]),
            entry.next_action,
            "{}",
            entry.code
        );
        assert_eq!(row[7], entry.message, "{}", entry.code);
        assert_eq!(row[8], entry.action, "{}", entry.code);
        assert_eq!(row[9], entry.source, "{}", entry.code);
    }
}

#[test]
fn catalogue_is_sorted_so_binary_search_finds_every_code() {
    for pair in catalogue().windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} !< {}",
            pair[0].code,
            pair[1].code
        );
    }
    for entry in catalogue() {
        assert_eq!(lookup(entry.code).map(|e| e.code), Some(entry.code));
    }
}

#[test]
fn every_vendored_code_has_a_complete_row() {
    let mut vendored = rows(VENDORED_TSV);
    assert_eq!(vendored.len(), 194);
    let registration = rows(REGISTRATION_TSV);
    assert_eq!(registration.len(), 180);
    vendored.extend(registration);
    assert_eq!(
        catalogue().len(),
        vendored.len(),
        "one row per vendored code"
    );
    for row in vendored {
        let code: u32 = row[0].parse().unwrap();
        let entry = lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(
            entry.title, row[1],
            "{code}: title differs from the vendored list"
        );
        assert_eq!(entry.family, row[2], "{code}: family");
        assert_eq!(entry.source, row[3], "{code}: source");
        let g = explain(code, None);
        assert!(g.known, "{code}");
        assert_eq!(g.title.as_deref(), Some(row[1]));
        assert_eq!(
            g.docs_url,
            format!("https://www.twilio.com/docs/api/errors/{code}")
        );
        for (what, text) in [("message", entry.message), ("action", entry.action)] {
            assert!(text.len() >= 15, "{code}: {what} too short: {text:?}");
            assert!(
                text.len() <= 220,
                "{code}: {what} too long for one or two sentences"
            );
            assert!(
                text.ends_with('.'),
                "{code}: {what} is not a sentence: {text:?}"
            );
            assert!(
                text.starts_with(|c: char| c.is_ascii_uppercase()),
                "{code}: {what}"
            );
            assert!(
                !text.eq_ignore_ascii_case(entry.title),
                "{code}: {what} repeats the title"
            );
            assert!(!text.contains('\t') && !text.contains('\n'));
        }
        assert_ne!(entry.message, entry.action, "{code}");
        if let Some(step) = entry.next_action {
            assert!(
                READINESS_NEXT_ACTIONS.contains(&step),
                "{code}: {step} is not a readiness next_action"
            );
        }
    }
}

#[test]
fn guidance_is_not_shared_verbatim_between_codes_of_different_categories() {
    // Each code carries its own words; a copy-paste across categories is a mistake.
    for a in catalogue() {
        for b in catalogue() {
            if a.code < b.code && a.message == b.message {
                assert_eq!(a.category, b.category, "{} and {}", a.code, b.code);
            }
        }
    }
}

#[test]
fn registration_codes_point_at_the_readiness_step() {
    for (code, step) in [
        (30034, "register_brand"),
        (21717, "register_brand"),
        (30032, "submit_tollfree_verification"),
        (30035, "wait_number_registration"),
        (30024, "wait_number_registration"),
        (30446, "edit_tollfree_verification"),
        (30884, "fix_campaign"),
        (18601, "fix_customer_profile"),
        (21704, "add_number_to_messaging_service"),
    ] {
        let g = explain(code, None);
        assert_eq!(g.action.next_action.as_deref(), Some(step), "{code}");
        assert_ne!(
            g.retry,
            Retry::Yes,
            "{code}: a retry cannot fix registration"
        );
    }
    for code in [30034, 30032, 30033, 30035, 30024] {
        assert_eq!(
            explain(code, None).category,
            Category::NotRegistered,
            "{code}"
        );
    }
}

#[test]
fn consent_and_bad_number_codes_suppress_the_recipient() {
    for code in [21610, 30004, 63014, 63033] {
        let g = explain(code, None);
        assert_eq!(g.category, Category::OptedOut, "{code}");
        assert!(g.suppress_recipient, "{code}");
        assert_eq!(g.retry, Retry::No, "{code}");
    }
    for code in [30005, 30006, 21614, 21211, 21635] {
        assert!(explain(code, None).suppress_recipient, "{code}");
    }
}

#[test]
fn unreachable_handset_is_transient_not_a_suppression() {
    let g = explain(30003, Some(Channel::Sms));
    assert_eq!(g.category, Category::RecipientUnreachable);
    assert_eq!(g.retry, Retry::Later);
    assert!(!g.suppress_recipient);
}

#[test]
fn only_consent_and_bad_number_categories_suppress() {
    for entry in catalogue() {
        if entry.suppress_recipient {
            assert!(
                matches!(
                    entry.category,
                    Category::OptedOut
                        | Category::InvalidRecipient
                        | Category::LandlineOrUnreachableCarrier
                ),
                "{} suppresses but is {:?}",
                entry.code,
                entry.category
            );
        }
    }
}

#[test]
fn families_are_sorted_and_disjoint() {
    for pair in families::FAMILIES.windows(2) {
        assert!(pair[0].first <= pair[0].last);
        assert!(pair[0].last < pair[1].first, "{} overlaps", pair[0].first);
    }
}

#[test]
fn unknown_codes_get_their_family_guidance_and_never_suppress() {
    for (code, category) in [
        (11999, Category::Webhook),
        (21999, Category::SenderConfig),
        (30098, Category::Unknown),
        (30199, Category::ContentFiltered),
        (30789, Category::NotRegistered),
        (63999, Category::Unknown),
        (0, Category::Unknown),
        (u32::MAX, Category::Unknown),
    ] {
        assert!(lookup(code).is_none(), "{code} is in the catalogue");
        let g = explain(code, None);
        assert!(!g.known, "{code}");
        assert_eq!(g.title, None);
        assert_eq!(g.category, category, "{code}");
        assert!(!g.suppress_recipient, "{code}");
        assert!(!g.message.is_empty() && !g.action.message.is_empty());
    }
}

#[test]
fn channel_sharpens_family_wording_only() {
    let whatsapp = explain(63998, Some(Channel::Whatsapp));
    let plain = explain(63998, None);
    assert_ne!(whatsapp.message, plain.message);
    assert!(whatsapp.message.contains("WhatsApp"));
    assert_eq!(whatsapp.category, plain.category);
    let call = explain(21998, Some(Channel::Voice));
    assert!(call.message.contains("call"), "{}", call.message);
    // Known codes answer the same on every channel.
    assert_eq!(
        explain(30007, Some(Channel::Whatsapp)),
        explain(30007, Some(Channel::Sms))
    );
}

#[test]
fn code_strings_of_digits_are_codes() {
    assert_eq!(CodeInput::from_text("30034"), CodeInput::Code(30034));
    assert_eq!(CodeInput::from_text(" 30034 "), CodeInput::Code(30034));
    assert_eq!(CodeInput::from_text("030034"), CodeInput::Code(30034));
    assert_eq!(
        CodeInput::from_text("4294967295"),
        CodeInput::Code(u32::MAX)
    );
    for bad in [
        "",
        " ",
        "-1",
        "+30034",
        "30034.0",
        "3e4",
        "abc",
        "4294967296",
        "３００３４",
    ] {
        assert!(
            matches!(CodeInput::from_text(bad), CodeInput::Invalid(_)),
            "{bad:?}"
        );
    }
}

#[test]
fn invalid_code_names_the_field_and_what_is_accepted() {
    for json in [
        r#"-5"#,
        r#"1.5"#,
        r#"true"#,
        r#"null"#,
        r#""x1""#,
        r#"[1]"#,
        r#"{}"#,
        "99999999999",
    ] {
        let args: ExplainErrorArgs =
            serde_json::from_str(&format!(r#"{{"code":{json}}}"#)).unwrap();
        let error = explain_error(&args).unwrap_err();
        assert_eq!(error.path(), "code", "{json}");
        assert_eq!(error.kind(), crate::ErrorKind::InvalidValue, "{json}");
        assert!(error.to_string().contains("string of digits"), "{error}");
    }
}

mod snapshot {
    use super::super::*;

    fn row(status: Option<&str>, code: Option<u32>, count: Option<u64>) -> OutcomeRow {
        OutcomeRow {
            status: status.map(MessageStatus::parse),
            error_code: code.map(CodeInput::Code),
            count,
        }
    }

    fn snapshot(rows: Vec<OutcomeRow>) -> DeliverabilityResult {
        deliverability(&DeliverabilityArgs {
            messages: rows,
            channel: None,
        })
        .unwrap()
    }

    #[test]
    fn statuses_fall_in_their_outcome_and_add_up_to_the_total() {
        let statuses = [
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
            "expired",
        ];
        let s = snapshot(
            statuses
                .iter()
                .map(|st| row(Some(st), None, None))
                .collect(),
        );
        assert_eq!(s.total, 14);
        assert_eq!(s.delivered, 2);
        assert_eq!(s.partially_delivered, 1);
        assert_eq!(s.failed, 2);
        assert_eq!(s.awaiting_receipt, 1);
        assert_eq!(s.in_flight, 4);
        assert_eq!(s.canceled, 1);
        assert_eq!(s.inbound, 2);
        assert_eq!(s.other, 1);
        assert_eq!(s.settled, 5);
        assert_eq!(s.delivery_rate, Some(0.4));
        assert_eq!(s.unknown_statuses.len(), 1);
        assert_eq!(s.unknown_statuses[0].status, "expired");
    }

    #[test]
    fn status_case_does_not_matter() {
        assert_eq!(MessageStatus::parse("DELIVERED"), MessageStatus::Delivered);
        assert_eq!(
            MessageStatus::parse(" Undelivered "),
            MessageStatus::Undelivered
        );
        assert_eq!(
            MessageStatus::parse("Partially_Delivered"),
            MessageStatus::PartiallyDelivered
        );
    }

    #[test]
    fn aggregated_rows_without_status_are_failures_with_that_code() {
        let s = snapshot(vec![
            row(None, Some(30034), Some(42)),
            row(Some("delivered"), None, Some(958)),
        ]);
        assert_eq!(s.failed, 42);
        assert_eq!(s.settled, 1000);
        assert_eq!(s.delivery_rate, Some(0.958));
        assert_eq!(s.categories[0].category, Category::NotRegistered);
        assert_eq!(s.categories[0].rate, 0.042);
        assert_eq!(
            s.top_actions[0].summary,
            "Register your business for US texting: 42 messages blocked"
        );
        assert_eq!(
            s.top_actions[0].next_action.as_deref(),
            Some("register_brand")
        );
    }

    #[test]
    fn top_actions_rank_by_messages_affected() {
        let s = snapshot(vec![
            row(Some("undelivered"), Some(30003), Some(3)),
            row(Some("undelivered"), Some(30005), Some(5)),
            row(Some("failed"), Some(21211), Some(2)),
            row(Some("undelivered"), Some(30034), Some(4)),
        ]);
        let ranked: Vec<(u64, Vec<u32>)> = s
            .top_actions
            .iter()
            .map(|a| (a.messages, a.codes.clone()))
            .collect();
        assert_eq!(
            ranked,
            vec![(7, vec![21211, 30005]), (4, vec![30034]), (3, vec![30003])]
        );
    }

    #[test]
    fn error_code_on_a_delivered_row_is_not_a_failure() {
        let s = snapshot(vec![row(Some("delivered"), Some(30007), None)]);
        assert_eq!(s.failed, 0);
        assert!(s.categories.is_empty());
    }

    #[test]
    fn failure_without_a_code_is_unknown() {
        let s = snapshot(vec![row(Some("failed"), None, None)]);
        assert_eq!(s.categories[0].category, Category::Unknown);
        assert_eq!(s.categories[0].codes[0].code, None);
    }

    #[test]
    fn rates_round_half_up_to_four_places() {
        assert_eq!(deliverability::rate(1, 3), 0.3333);
        assert_eq!(deliverability::rate(2, 3), 0.6667);
        assert_eq!(deliverability::rate(1, 20_000), 0.0001);
        assert_eq!(deliverability::rate(1, 20_001), 0.0);
        assert_eq!(deliverability::rate(u64::MAX, u64::MAX), 1.0);
    }

    #[test]
    fn nothing_settled_has_no_rate() {
        let s = snapshot(vec![row(Some("queued"), None, Some(3))]);
        assert_eq!(s.delivery_rate, None);
    }

    #[test]
    fn row_without_status_or_code_is_refused_with_its_path() {
        let error = deliverability(&DeliverabilityArgs {
            messages: vec![row(Some("sent"), None, None), row(None, None, Some(2))],
            channel: None,
        })
        .unwrap_err();
        assert_eq!(error.path(), "messages[1]");
    }

    #[test]
    fn counts_past_u64_are_refused_not_wrapped() {
        let error = deliverability(&DeliverabilityArgs {
            messages: vec![
                row(Some("delivered"), None, Some(u64::MAX)),
                row(Some("delivered"), None, Some(1)),
            ],
            channel: None,
        })
        .unwrap_err();
        assert_eq!(error.path(), "messages");
    }
}

#[test]
fn registration_codes_are_vendored_once_with_their_basis() {
    let general: Vec<u32> = rows(VENDORED_TSV)
        .iter()
        .map(|r| r[0].parse().unwrap())
        .collect();
    for row in rows(REGISTRATION_TSV) {
        assert_eq!(row.len(), 5, "{row:?}");
        let code: u32 = row[0].parse().unwrap();
        assert!(!general.contains(&code), "{code} is in both lists");
        assert!(
            [
                "dictionary",
                "error-page",
                "tfv-table-3p",
                "changelog",
                "third-party-unconfirmed"
            ]
            .contains(&row[4]),
            "{code}: basis {}",
            row[4]
        );
        let entry = lookup(code).unwrap();
        assert_eq!(entry.category, Category::NotRegistered, "{code}");
        if row[4] == "third-party-unconfirmed" {
            assert!(entry.title.contains("unconfirmed"), "{code}");
            assert!(entry.message.contains("not confirmed"), "{code}");
        }
    }
}

#[test]
fn rejection_codes_name_the_preflight_rules_that_catch_them() {
    for (code, rule) in [
        (30892, "sample_public_url_shortener"),
        (30889, "embedded_phone_not_in_samples"),
        (30893, "samples_missing_opt_out"),
        (21728, "text_too_short"),
        (30795, "ein_looks_like_ssn"),
        (18606, "email_free_mail_domain"),
        (30511, "verbal_opt_in_needs_script"),
        (30527, "registration_number_required"),
    ] {
        let g = explain(code, None);
        assert!(
            g.preflight_rules.iter().any(|r| r == rule),
            "{code}: {:?}",
            g.preflight_rules
        );
        for id in &g.preflight_rules {
            let rule = crate::preflight::rule(id).unwrap();
            assert!(rule.codes.contains(&code), "{id} does not list {code}");
        }
    }
    // Delivery errors have no pre-flight rule, and the field is left out of their answer.
    let delivery = explain(30003, None);
    assert!(delivery.preflight_rules.is_empty());
    let json = serde_json::to_string(&delivery).unwrap();
    assert!(!json.contains("preflight_rules"), "{json}");
}
