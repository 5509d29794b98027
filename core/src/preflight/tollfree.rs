//! Toll-free verification rules beyond single-field limits: the registration number (since
//! 2026-02-17) and sole-proprietor claims, political Campaign Verify tokens, opt-in
//! evidence and verbal scripts, the sample (business name, STOP, links, promotions),
//! business emails and contact names, the US/CA address, the confirmation and HELP
//! messages, privacy/terms URLs, age gate and number count. Sources: RP §3, §4.4, §7 (T-*).

use chrono::{DateTime, FixedOffset};

use super::brand::{address, business_email, ein, role_name, website};
use super::campaign::{
    consent_mechanics, content_rules, english, help_reply, link_rules, page_texts, policy_urls,
    website_host, Piece,
};
use super::check::{email_domain, is_free_mail, FormView};
use super::data::{self, dates};
use super::rules::*;
use super::text::{self, Words};
use super::{Context, Findings};
use crate::findings::Severity;

fn in_force(now: DateTime<FixedOffset>, date: &str) -> bool {
    DateTime::parse_from_rfc3339(date).is_ok_and(|d| now >= d)
}

pub(crate) fn check(
    form: &FormView<'_>,
    ctx: &Context,
    now: DateTime<FixedOffset>,
    out: &mut Findings,
) {
    let sole = form.is("business_type", "SOLE_PROPRIETOR");
    let business_name = ctx
        .brand_name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .or_else(|| form.text("doing_business_as"))
        .or_else(|| form.text("business_name"));

    registration(form, sole, now, out);
    political(form, now, out);
    opt_in(form, out);

    let site = form
        .text("business_website")
        .and_then(website_host)
        .or_else(|| ctx.website.as_deref().and_then(website_host));
    let sample = form
        .text("production_message_sample")
        .map(|t| Piece::new("production_message_sample".into(), t));
    if let Some(sample) = &sample {
        sample_rules(form, sample, business_name, site.as_deref(), out);
    }

    business_email(
        form,
        "business_contact_email",
        site.as_deref(),
        Some(&[30482, 30452]),
        out,
    );
    if let Some(domain) = form.text("notification_email").and_then(email_domain) {
        if is_free_mail(&domain) {
            out.push(
                &NOTIFICATION_EMAIL_FREE_MAIL,
                Some("notification_email"),
                None,
                &[("value", &domain)],
            );
        }
    }
    for name in ["business_contact_first_name", "business_contact_last_name"] {
        role_name(form, name, &[30483, 30801], out);
    }
    address(
        form,
        "business_country",
        "business_state_province_region",
        "business_postal_code",
        Some(&[30451]),
        out,
    );
    website(form, "business_website", out);
    messages(form, business_name, out);

    let summary = form
        .text("use_case_summary")
        .map(|t| Piece::new("use_case_summary".into(), t));
    let texts: Vec<&Piece<'_>> = summary.iter().chain(sample.iter()).collect();
    content_rules(form, &texts, None, None, "age_gated_content", out);
    for piece in &texts {
        english(piece, out);
    }
    policy_urls(
        form,
        now,
        dates::TF_POLICY_URLS,
        "Privacy and terms links are reported mandatory for new toll-free verifications industry-wide since September 15, 2026 (reported by AWS; not confirmed by Twilio).",
        "Privacy and terms links are reported to become mandatory for toll-free verifications on September 15, 2026 (reported by AWS; not confirmed by Twilio).",
        out,
    );
    page_texts(ctx, out);
    if let Some(count) = ctx.tollfree_numbers_for_business {
        if count > 5 && form.text("additional_information").is_none() {
            out.push(
                &TOO_MANY_NUMBERS,
                Some("additional_information"),
                None,
                &[("value", &count.to_string())],
            );
        }
    }
    if let Some(volume) = form.text("message_volume") {
        let digits = volume.trim_end_matches('+').replace([',', ' '], "");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            out.push(
                &MESSAGE_VOLUME_FORMAT,
                Some("message_volume"),
                None,
                &[("value", volume)],
            );
        }
    }
}

fn registration(form: &FormView<'_>, sole: bool, now: DateTime<FixedOffset>, out: &mut Findings) {
    if sole {
        if form
            .text("business_name")
            .is_some_and(text::has_entity_suffix)
        {
            out.push(
                &SOLE_PROP_REGISTERED_ENTITY,
                Some("business_type"),
                Some(&[30915]),
                &[("hint", "business_type is SOLE_PROPRIETOR, but the business name carries a company suffix (LLC, Inc., Corp.).")],
            );
        }
        return;
    }
    if in_force(now, dates::TF_BRN_REQUIRED) {
        for name in [
            "business_registration_number",
            "business_registration_authority",
            "business_registration_country",
        ] {
            if form.text(name).is_none() && !out.has(&WRONG_TYPE, name) {
                out.push(&BRN_REQUIRED, Some(name), None, &[]);
            }
        }
    }
    if let Some(c) = form.text("business_registration_country") {
        if !(c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic())) {
            out.push(
                &COUNTRY_FORMAT,
                Some("business_registration_country"),
                Some(&[30527]),
                &[("value", c)],
            );
        }
    }
    if form.is("business_registration_authority", "EIN") {
        ein(form, "business_registration_number", true, out);
    }
}

fn political(form: &FormView<'_>, now: DateTime<FixedOffset>, out: &mut Findings) {
    let political = form
        .list("use_case_categories")
        .iter()
        .any(|c| c.eq_ignore_ascii_case("POLITICAL_ELECTION_CAMPAIGNS"));
    if political
        && in_force(now, dates::TF_CAMPAIGN_VERIFY)
        && !(form.is("vetting_provider", "CAMPAIGN_VERIFY") && form.text("vetting_id").is_some())
    {
        out.push(
            &POLITICAL_NEEDS_CAMPAIGN_VERIFY,
            Some("vetting_id"),
            None,
            &[],
        );
    }
}

fn opt_in(form: &FormView<'_>, out: &mut Findings) {
    let urls = form.list("opt_in_image_urls");
    if urls.is_empty() && !out.has(&WRONG_TYPE, "opt_in_image_urls") {
        out.push(
            &OPT_IN_EVIDENCE_MISSING,
            Some("opt_in_image_urls"),
            None,
            &[],
        );
    }
    if form.is("opt_in_type", "VERBAL") {
        let mentions_script = |name: &str| {
            form.text(name)
                .is_some_and(|t| Words::new(t).has_any_word(&["script", "scripts"]))
        };
        let script_url = urls
            .iter()
            .any(|u| u.to_ascii_lowercase().contains("script"));
        if !(script_url
            || mentions_script("use_case_summary")
            || mentions_script("additional_information"))
        {
            out.push(&VERBAL_OPT_IN_SCRIPT, Some("opt_in_image_urls"), None, &[]);
        }
    }
    if form.is("opt_in_type", "VIA_TEXT") && form.text("opt_in_confirmation_message").is_none() {
        out.push(
            &KEYWORD_OPT_IN_INCOMPLETE,
            Some("opt_in_confirmation_message"),
            Some(&[30503, 30540]),
            &[],
        );
    }
    if let Some(summary) = form.text("use_case_summary") {
        let piece = Piece::new("use_case_summary".into(), summary);
        let w = &piece.words;
        if w.has_any_word(&["checkbox", "checked"]) || w.has_phrase(&["check", "box"]) {
            consent_mechanics(&piece, Some("use_case_summary"), out);
        }
    }
}

fn sample_rules(
    form: &FormView<'_>,
    sample: &Piece<'_>,
    business_name: Option<&str>,
    site: Option<&str>,
    out: &mut Findings,
) {
    if let Some(name) = business_name {
        let also = form.text("business_name");
        let named = sample.mentions(name) || also.is_some_and(|n| sample.mentions(n));
        if !named {
            out.push(
                &SAMPLE_NO_BRAND_TF,
                Some(&sample.field),
                None,
                &[("value", name)],
            );
        }
    }
    if !sample.has_stop() {
        out.push(&SAMPLE_NO_OPT_OUT_TF, Some(&sample.field), None, &[]);
    }
    link_rules(sample, site, Some(&[30525, 30449, 30471]), out);
    let marketing = form
        .list("use_case_categories")
        .iter()
        .any(|c| c.eq_ignore_ascii_case("MARKETING"));
    if !marketing
        && (sample.words.first_term(data::PROMOTIONAL_TERMS).is_some()
            || sample.original.contains("% off"))
    {
        out.push(&CATEGORY_SAMPLE_MISMATCH, Some(&sample.field), None, &[]);
    }
}

fn messages(form: &FormView<'_>, business_name: Option<&str>, out: &mut Findings) {
    if let Some(message) = form.text("opt_in_confirmation_message") {
        let piece = Piece::new("opt_in_confirmation_message".into(), message);
        let w = &piece.words;
        let mut missing = Vec::new();
        if business_name.is_some_and(|n| !piece.mentions(n))
            && form
                .text("business_name")
                .is_none_or(|n| !piece.mentions(n))
        {
            missing.push("the business name");
        }
        if !text::has_frequency(w) {
            missing.push("message frequency");
        }
        if !text::has_rates(w) {
            missing.push("\"Msg & data rates may apply\"");
        }
        if !text::has_help_instruction(message, w) {
            missing.push("HELP instructions");
        }
        if !piece.has_stop() {
            missing.push("STOP instructions");
        }
        if !missing.is_empty() {
            out.push(
                &CONFIRMATION_INCOMPLETE_TF,
                Some("opt_in_confirmation_message"),
                None,
                &[("value", &missing.join(", "))],
            );
        }
    }
    if let Some(help) = form.text("help_message_sample") {
        help_reply(
            help,
            "help_message_sample",
            business_name,
            Severity::Warning,
            out,
        );
    }
}
