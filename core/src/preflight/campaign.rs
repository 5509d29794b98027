//! Campaign (UsAppToPerson) rules beyond single-field limits: use case against the brand,
//! the opt-in description's call-to-action elements, the samples (brand, STOP, links,
//! phone numbers, promotions), the embedded-link/phone flags, keyword opt-in, self-managed
//! STOP/HELP, age gate, direct lending, forbidden content, emergency wording, and the
//! privacy/terms pages. Sources: RP §1, §4.1, §4.2, §5, §7 (rule ids C-*).

use chrono::{DateTime, FixedOffset};

use super::check::{email_domain, same_site, url_host, FormView};
use super::data::{self, dates};
use super::rules::*;
use std::cell::OnceCell;

use super::scan::{self, Forbidden, LinkInfo};
use super::text::{self, Words};
use super::{Context, Findings, OptOutHandling};
use crate::findings::Severity;

/// One free text of the form. The words are split once; what the shared scanner finds is
/// read on first use, so a text is only scanned for what its rules ask.
pub(crate) struct Piece<'a> {
    pub field: String,
    pub original: &'a str,
    /// Lower-case words for the registration word tables.
    pub words: Words,
    /// Folded words for the shared scanner.
    folded: OnceCell<crate::content::scan::Words>,
    links: OnceCell<Vec<LinkInfo>>,
    has_stop: OnceCell<bool>,
    has_phone: OnceCell<bool>,
    forbidden: OnceCell<Vec<Forbidden>>,
}

impl<'a> Piece<'a> {
    pub fn new(field: String, original: &'a str) -> Piece<'a> {
        Piece {
            field,
            original,
            words: Words::new(original),
            folded: OnceCell::new(),
            links: OnceCell::new(),
            has_stop: OnceCell::new(),
            has_phone: OnceCell::new(),
            forbidden: OnceCell::new(),
        }
    }

    fn folded(&self) -> &crate::content::scan::Words {
        self.folded.get_or_init(|| scan::words(self.original))
    }

    pub fn mentions(&self, name: &str) -> bool {
        scan::mentions_name_in(self.folded(), name)
    }

    pub fn links(&self) -> &[LinkInfo] {
        self.links.get_or_init(|| scan::links(self.original))
    }

    pub fn has_stop(&self) -> bool {
        *self
            .has_stop
            .get_or_init(|| scan::has_stop_in(self.folded()))
    }

    pub fn has_phone(&self) -> bool {
        *self
            .has_phone
            .get_or_init(|| scan::has_phone(self.original))
    }

    pub fn forbidden(&self) -> &[Forbidden] {
        self.forbidden
            .get_or_init(|| scan::forbidden(self.folded()))
    }
}

pub(crate) fn check(
    form: &FormView<'_>,
    ctx: &Context,
    now: DateTime<FixedOffset>,
    out: &mut Findings,
) {
    let use_case = form
        .text("us_app_to_person_usecase")
        .map(str::to_ascii_uppercase);
    let brand_name = ctx
        .brand_name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    use_case_rules(use_case.as_deref(), ctx, out);

    let description = form
        .text("description")
        .map(|t| Piece::new("description".into(), t));
    let flow = form
        .text("message_flow")
        .map(|t| Piece::new("message_flow".into(), t));
    let samples: Vec<Piece<'_>> = form
        .indexed_list("message_samples")
        .into_iter()
        .map(|(i, s)| Piece::new(format!("message_samples[{i}]"), s))
        .collect();

    if let (Some(d), Some(name)) = (&description, brand_name) {
        if !d.mentions(name) {
            out.push(
                &DESCRIPTION_MISSING_BRAND,
                Some("description"),
                None,
                &[("value", name)],
            );
        }
    }
    if let Some(flow) = &flow {
        flow_rules(form, flow, out);
    }
    sample_rules(&samples, brand_name, use_case.as_deref(), ctx, out);
    embedded_flags(form, &samples, out);
    opt_in_message(form, brand_name, out);
    self_managed(form, ctx, brand_name, out);

    let texts: Vec<&Piece<'_>> = description
        .iter()
        .chain(flow.iter())
        .chain(samples.iter())
        .collect();
    content_rules(
        form,
        &texts,
        use_case.as_deref(),
        description.as_ref(),
        "age_gated",
        out,
    );
    lending(form, &texts, description.as_ref(), out);
    for piece in description.iter().chain(flow.iter()) {
        english(piece, out);
    }
    for piece in &samples {
        english(piece, out);
    }
    policy_urls(
        form,
        now,
        dates::CAMPAIGN_POLICY_URLS,
        "Third parties report that Twilio requires it for new campaigns since June 30, 2026; Twilio's API reference still lists it as optional, so this is not confirmed by Twilio.",
        "Third parties report that Twilio will require it for new campaigns from June 30, 2026 (not confirmed by Twilio).",
        out,
    );
    page_texts(ctx, out);
}

fn use_case_rules(use_case: Option<&str>, ctx: &Context, out: &mut Findings) {
    let Some(use_case) = use_case else { return };
    let field = Some("us_app_to_person_usecase");
    if let Some(brand_type) = ctx.brand_type.as_deref().map(str::trim) {
        let sole = brand_type.eq_ignore_ascii_case("SOLE_PROPRIETOR");
        if sole && use_case != "SOLE_PROPRIETOR" {
            out.push(
                &USE_CASE_SOLE_PROPRIETOR_MISMATCH,
                field,
                None,
                &[(
                    "hint",
                    "A sole-proprietor brand can only register the SOLE_PROPRIETOR use case.",
                )],
            );
        } else if !sole && use_case == "SOLE_PROPRIETOR" {
            out.push(
                &USE_CASE_SOLE_PROPRIETOR_MISMATCH,
                field,
                None,
                &[("hint", "SOLE_PROPRIETOR is only for sole-proprietor brands, and this brand is not one.")],
            );
        }
    }
    if let Some(offered) = &ctx.available_use_cases {
        if data::USE_CASES.contains(&use_case)
            && !offered
                .iter()
                .any(|u| u.trim().eq_ignore_ascii_case(use_case))
        {
            out.push(&USE_CASE_NOT_OFFERED, field, None, &[("value", use_case)]);
        }
    }
    if data::POST_APPROVAL_USE_CASES.contains(&use_case) {
        out.push(
            &USE_CASE_NEEDS_CARRIER_APPROVAL,
            field,
            None,
            &[("value", use_case)],
        );
    }
    if use_case == "2FA" {
        out.push(&USE_CASE_2FA_VERIFY, field, None, &[]);
    }
}

/// Words that name an opt-in method (RP §1.1 MessageFlow "every opt-in method").
const METHOD_WORDS: &[&str] = &[
    "app", "booking", "call", "calls", "checkbox", "form", "keyword", "kiosk", "online", "paper",
    "phone", "portal", "qr", "signup", "verbal", "verbally", "website", "web",
];

fn flow_rules(form: &FormView<'_>, flow: &Piece<'_>, out: &mut Findings) {
    let w = &flow.words;
    let field = Some("message_flow");
    let has_method = w.has_any_word(METHOD_WORDS)
        || w.has_phrase(&["sign", "up"])
        || w.has_phrase(&["in", "person"])
        || w.has_phrase(&["check", "box"])
        || text::mentions_keyword_opt_in(flow.original);
    if !has_method {
        out.push(&FLOW_MISSING_METHOD, field, None, &[]);
    }
    if flow.links().is_empty() {
        out.push(&FLOW_MISSING_LINK, field, None, &[]);
    }
    let login = w.has_phrase(&["log", "in"])
        || w.has_any_word(&["login", "logged", "signed"])
        || w.has_phrase(&["sign", "in"]);
    if login && !w.has_any_word(&["screenshot", "screenshots", "mockup"]) {
        out.push(&FLOW_BEHIND_LOGIN, field, None, &[]);
    }
    if !(w.has_any_word(&["sms", "text", "texts", "texting", "txt"])
        || w.has_phrase(&["text", "messages"]))
    {
        out.push(&CTA_MISSING_SMS, field, None, &[]);
    }
    if !text::has_frequency(w) {
        out.push(&CTA_MISSING_FREQUENCY, field, None, &[]);
    }
    if !text::has_rates(w) {
        out.push(&CTA_MISSING_RATES, field, None, &[]);
    }
    if !text::has_help_instruction(flow.original, w) {
        out.push(&CTA_MISSING_HELP, field, None, &[]);
    }
    if !flow.has_stop() {
        out.push(&CTA_MISSING_STOP, field, None, &[]);
    }
    let link_has = |part: &str| {
        flow.links().iter().any(|l| l.host.contains(part))
            || flow.words.lower().contains(&format!("/{part}"))
    };
    if !(w.has_word("privacy") || link_has("privacy")) {
        out.push(&CTA_MISSING_PRIVACY, field, None, &[]);
    }
    if !(w.has_word("terms") || link_has("terms")) {
        out.push(&CTA_MISSING_TERMS, field, None, &[]);
    }
    consent_mechanics(flow, field, out);
    if text::mentions_keyword_opt_in(flow.original) {
        for name in ["opt_in_keywords", "opt_in_message"] {
            let filled = if name == "opt_in_keywords" {
                !form.list(name).is_empty()
            } else {
                form.text(name).is_some()
            };
            if !filled && !out.has(&REQUIRED_FIELD_MISSING, name) {
                out.push(&KEYWORD_OPT_IN_INCOMPLETE, Some(name), None, &[]);
            }
        }
    }
}

/// Pre-checked boxes, consent bundled with a purchase or sign-up, and whether the flow says
/// texting is optional (RP §7 C-CONSENT-OPTIONAL).
pub(crate) fn consent_mechanics(piece: &Piece<'_>, field: Option<&str>, out: &mut Findings) {
    let w = &piece.words;
    let negated = |i: usize| {
        i.checked_sub(1)
            .is_some_and(|p| matches!(w.word(p), "not" | "never" | "isn" | "isnt"))
            || i.checked_sub(2)
                .is_some_and(|p| w.word(p) == "isn" && w.word(p + 1) == "t")
    };
    let prechecked = (0..w.len()).any(|i| {
        let hit = w.phrase_at(i, &["pre", "checked"])
            || w.phrase_at(i, &["prechecked"])
            || w.phrase_at(i, &["pre", "selected"])
            || w.phrase_at(i, &["preselected"])
            || (w.phrase_at(i, &["checked", "by", "default"]) && !negated(i));
        hit && !negated(i)
    });
    if prechecked {
        out.push(&CONSENT_PRECHECKED, field, None, &[]);
    }
    let optional = w.has_any_word(&["optional", "unchecked", "voluntary", "voluntarily"])
        || w.has_phrase(&["not", "required"])
        || w.has_phrase(&["not", "a", "condition"])
        || (0..w.len()).any(|i| {
            (w.phrase_at(i, &["pre", "checked"]) || w.phrase_at(i, &["prechecked"])) && negated(i)
        });
    let bundled = (w.has_phrase(&["agree", "to", "receive"])
        || w.has_phrase(&["consent", "to", "receive"]))
        && (0..w.len()).any(|i| {
            w.word(i) == "by"
                && matches!(
                    w.word(i + 1),
                    "signing"
                        | "creating"
                        | "booking"
                        | "submitting"
                        | "placing"
                        | "registering"
                        | "using"
                        | "purchasing"
                )
        });
    if bundled && !optional {
        out.push(&CONSENT_BUNDLED, field, None, &[]);
    } else if !optional && !prechecked {
        out.push(&CONSENT_NOT_OPTIONAL, field, None, &[]);
    }
}

fn sample_rules(
    samples: &[Piece<'_>],
    brand_name: Option<&str>,
    use_case: Option<&str>,
    ctx: &Context,
    out: &mut Findings,
) {
    if samples.is_empty() {
        return;
    }
    if let Some(name) = brand_name {
        let named: Vec<bool> = samples.iter().map(|s| s.mentions(name)).collect();
        if !named.contains(&true) {
            out.push(
                &SAMPLES_NO_BRAND,
                Some("message_samples"),
                None,
                &[("value", name)],
            );
        } else {
            for (sample, named) in samples.iter().zip(&named) {
                if !named {
                    let number = sample_number(&sample.field);
                    out.push(
                        &SAMPLE_NO_BRAND,
                        Some(&sample.field),
                        None,
                        &[("value", &number)],
                    );
                }
            }
        }
    }
    if !samples.iter().any(|s| s.has_stop()) {
        out.push(&SAMPLES_NO_OPT_OUT, Some("message_samples"), None, &[]);
    }
    let website_host = ctx.website.as_deref().and_then(website_host);
    for sample in samples {
        link_rules(sample, website_host.as_deref(), None, out);
    }
    let promotional_ok = use_case.is_none_or(|u| data::PROMOTIONAL_USE_CASES.contains(&u));
    if !promotional_ok {
        for sample in samples {
            if sample.words.first_term(data::PROMOTIONAL_TERMS).is_some()
                || sample.original.contains("% off")
                || sample.original.contains("%off")
            {
                let number = sample_number(&sample.field);
                out.push(
                    &SAMPLES_PROMOTIONAL,
                    Some(&sample.field),
                    None,
                    &[("value", &number), ("hint", use_case.unwrap_or(""))],
                );
            }
        }
    }
}

/// "message_samples[2]" -> "3" (samples are numbered from 1 for people).
fn sample_number(field: &str) -> String {
    field
        .rsplit('[')
        .next()
        .and_then(|s| s.trim_end_matches(']').parse::<usize>().ok())
        .map_or_else(|| field.to_owned(), |i| (i + 1).to_string())
}

/// The host of a website given with or without a scheme.
pub(crate) fn website_host(site: &str) -> Option<String> {
    let site = site.trim();
    url_host(site)
        .map(|(h, _)| h)
        .or_else(|| url_host(&format!("https://{site}")).map(|(h, _)| h))
        .map(|h| h.strip_prefix("www.").unwrap_or(&h).to_owned())
}

/// Shorteners, http links and links off the brand's domain in one text.
pub(crate) fn link_rules(
    piece: &Piece<'_>,
    website_host: Option<&str>,
    codes: Option<&[u32]>,
    out: &mut Findings,
) {
    let field = Some(piece.field.as_str());
    for link in piece.links() {
        if link.shortener {
            out.push(&SAMPLE_SHORTENER, field, codes, &[("value", &link.host)]);
        } else if link.insecure {
            out.push(&SAMPLE_HTTP_LINK, field, codes, &[("value", &link.host)]);
        } else if let Some(site) = website_host {
            if !same_site(&link.host, site) {
                out.push(&SAMPLE_LINK_DOMAIN, field, None, &[("value", &link.host)]);
            }
        }
    }
}

fn sample_has_link(s: &Piece<'_>) -> bool {
    !s.links().is_empty() || text::placeholder(s.original, &["link", "url", "website"])
}

fn sample_has_phone(s: &Piece<'_>) -> bool {
    s.has_phone() || text::placeholder(s.original, &["phone", "number"])
}

fn embedded_flags(form: &FormView<'_>, samples: &[Piece<'_>], out: &mut Findings) {
    if samples.is_empty() {
        return;
    }
    let any_link = samples.iter().any(sample_has_link);
    let any_phone = samples.iter().any(sample_has_phone);
    match form.boolean("has_embedded_phone") {
        Some(true) if !any_phone => out.push(
            &EMBEDDED_PHONE_MISSING,
            Some("has_embedded_phone"),
            None,
            &[],
        ),
        Some(false) if any_phone => out.push(
            &EMBEDDED_PHONE_UNDECLARED,
            Some("has_embedded_phone"),
            None,
            &[],
        ),
        _ => {}
    }
    match form.boolean("has_embedded_links") {
        Some(true) if !any_link => out.push(
            &EMBEDDED_LINK_MISSING,
            Some("has_embedded_links"),
            None,
            &[],
        ),
        Some(false) if any_link => out.push(
            &EMBEDDED_LINK_UNDECLARED,
            Some("has_embedded_links"),
            None,
            &[],
        ),
        _ => {}
    }
}

fn opt_in_message(form: &FormView<'_>, brand_name: Option<&str>, out: &mut Findings) {
    let Some(message) = form.text("opt_in_message") else {
        return;
    };
    let piece = Piece::new("opt_in_message".into(), message);
    let mut missing = Vec::new();
    if let Some(name) = brand_name {
        if !piece.mentions(name) {
            missing.push("the business name");
        }
    }
    if !text::has_help_instruction(message, &piece.words) {
        missing.push("HELP instructions");
    }
    if !piece.has_stop() {
        missing.push("STOP instructions");
    }
    if !missing.is_empty() {
        out.push(
            &OPT_IN_MESSAGE_INCOMPLETE,
            Some("opt_in_message"),
            None,
            &[("value", &missing.join(", "))],
        );
    }
}

fn self_managed(form: &FormView<'_>, ctx: &Context, brand_name: Option<&str>, out: &mut Findings) {
    if ctx.opt_out_handling == OptOutHandling::SelfManaged {
        for name in [
            "opt_out_keywords",
            "opt_out_message",
            "help_keywords",
            "help_message",
        ] {
            let filled = if name.ends_with("keywords") {
                !form.list(name).is_empty()
            } else {
                form.text(name).is_some()
            };
            if !filled {
                out.push(&SELF_OPT_OUT_INCOMPLETE, Some(name), None, &[]);
            }
        }
    }
    if let Some(message) = form.text("opt_out_message") {
        let w = Words::new(message);
        let confirms = w.has_any_word(&["unsubscribed", "removed", "stopped"])
            || w.has_phrase(&["opted", "out"])
            || w.has_phrase(&["no", "more"])
            || w.has_phrase(&["no", "further"])
            || w.has_phrase(&["not", "receive"])
            || w.has_phrase(&["won", "t", "receive"]);
        if !confirms {
            out.push(
                &OPT_OUT_MESSAGE_NO_CONFIRM,
                Some("opt_out_message"),
                None,
                &[],
            );
        }
    }
    if let Some(message) = form.text("help_message") {
        help_reply(message, "help_message", brand_name, Severity::Error, out);
    }
}

/// A HELP reply names the business and gives a phone number or an email.
pub(crate) fn help_reply(
    message: &str,
    field: &str,
    brand_name: Option<&str>,
    severity: Severity,
    out: &mut Findings,
) {
    let mut missing = Vec::new();
    if let Some(name) = brand_name {
        if !scan::mentions_name(message, name) {
            missing.push("the business name");
        }
    }
    let has_email = message
        .split_whitespace()
        .any(|t| email_domain(t.trim_matches(|c: char| !c.is_alphanumeric())).is_some());
    if !(has_email || scan::has_phone(message)) {
        missing.push("a phone number or email for support");
    }
    if !missing.is_empty() {
        out.push_with(
            &HELP_MESSAGE_INCOMPLETE,
            severity,
            Some(field),
            None,
            &[("value", &missing.join(", "))],
        );
    }
}

/// Forbidden terms, age-restricted products and emergency wording across the texts.
pub(crate) fn content_rules(
    form: &FormView<'_>,
    texts: &[&Piece<'_>],
    use_case: Option<&str>,
    _description: Option<&Piece<'_>>,
    age_field: &str,
    out: &mut Findings,
) {
    let mut seen: Vec<&str> = Vec::new();
    let mut age_term: Option<String> = None;
    for piece in texts {
        for f in piece.forbidden() {
            if f.age_gate_allows {
                if age_term.is_none() {
                    age_term = Some(f.label.to_owned());
                }
                continue;
            }
            if !seen.contains(&f.label) {
                seen.push(f.label);
                out.push(
                    &FORBIDDEN_CONTENT,
                    Some(&piece.field),
                    Some(f.codes),
                    &[("value", f.label)],
                );
            }
        }
        if age_term.is_none() {
            if let Some(term) = piece.words.first_term(data::AGE_RESTRICTED_TERMS) {
                age_term = Some(term.join(" "));
            }
        }
    }
    if let Some(term) = age_term {
        if form.boolean(age_field) != Some(true) {
            out.push(
                &AGE_GATE_MISSING,
                Some(age_field),
                None,
                &[("value", &term)],
            );
        }
    }
    if use_case.is_some_and(|u| u != "EMERGENCY") {
        if let Some(piece) = texts
            .iter()
            .find(|p| p.words.first_term(data::EMERGENCY_TERMS).is_some())
        {
            out.push(&EMERGENCY_WORDING, Some(&piece.field), None, &[]);
        }
    }
}

fn lending(
    form: &FormView<'_>,
    texts: &[&Piece<'_>],
    description: Option<&Piece<'_>>,
    out: &mut Findings,
) {
    let term = texts
        .iter()
        .find_map(|p| p.words.first_term(data::LENDING_TERMS));
    let flag = form.boolean("direct_lending");
    if let Some(term) = term {
        if flag != Some(true) {
            out.push(
                &DIRECT_LENDING_MISSING,
                Some("direct_lending"),
                None,
                &[("value", &term.join(" "))],
            );
            return;
        }
    }
    if flag == Some(true) {
        if let Some(d) = description {
            if !d.words.has_phrase(&["direct", "lending"]) {
                out.push(
                    &DIRECT_LENDING_NOT_IN_DESCRIPTION,
                    Some("description"),
                    None,
                    &[],
                );
            }
        }
    }
}

/// Very common English words; a text of some length with none of them is likely not
/// English (RP §4.1 30910). A heuristic: it only warns.
const ENGLISH_MARKERS: &[&str] = &[
    "and", "are", "at", "for", "from", "is", "of", "our", "reply", "the", "to", "we", "will",
    "with", "you", "your",
];

pub(crate) fn english(piece: &Piece<'_>, out: &mut Findings) {
    if piece.words.len() >= 6 && !piece.words.has_any_word(ENGLISH_MARKERS) {
        out.push(&NOT_ENGLISH, Some(&piece.field), None, &[]);
    }
}

/// Missing privacy / terms URLs: an unconfirmed requirement, so a warning after the
/// reported date and advice before it.
pub(crate) fn policy_urls(
    form: &FormView<'_>,
    now: DateTime<FixedOffset>,
    date: &str,
    after: &str,
    before: &str,
    out: &mut Findings,
) {
    let in_force = DateTime::parse_from_rfc3339(date).is_ok_and(|d| now >= d);
    for name in ["privacy_policy_url", "terms_and_conditions_url"] {
        if form
            .map
            .get(name)
            .is_none_or(|v| v.as_str().is_none_or(|s| s.trim().is_empty()))
        {
            let (severity, hint) = if in_force {
                (Severity::Warning, after)
            } else {
                (Severity::Info, before)
            };
            let codes: &[u32] = if name == "privacy_policy_url" {
                &[30908, 30493]
            } else {
                &[30882, 30493]
            };
            out.push_with(
                &POLICY_URL_MISSING,
                severity,
                Some(name),
                Some(codes),
                &[("hint", hint)],
            );
        }
    }
}

/// Privacy policy and terms page texts, when the caller fetched them.
pub(crate) fn page_texts(ctx: &Context, out: &mut Findings) {
    if let Some(policy) = ctx.privacy_policy_text.as_deref() {
        let w = Words::new(policy);
        let no_sharing = [
            &["not", "be", "shared"][..],
            &["not", "shared"],
            &["never", "be", "shared"],
            &["never", "shared"],
            &["will", "not", "share"],
            &["never", "share"],
            &["do", "not", "share"],
            &["does", "not", "share"],
            &["won", "t", "share"],
            &["not", "be", "sold"],
            &["will", "not", "sell"],
        ]
        .iter()
        .any(|p| w.has_phrase(p));
        if !(no_sharing && w.has_word("third")) {
            out.push(
                &PRIVACY_SHARING_CLAUSE,
                Some("privacy_policy_url"),
                None,
                &[],
            );
        }
    }
    if let Some(terms) = ctx.terms_text.as_deref() {
        let w = Words::new(terms);
        let mut missing = Vec::new();
        if !text::has_frequency(&w) {
            missing.push("message frequency");
        }
        if !text::has_rates(&w) {
            missing.push("\"Msg & data rates may apply\"");
        }
        if !text::has_help_instruction(terms, &w) {
            missing.push("HELP instructions");
        }
        if !scan::has_stop(terms) {
            missing.push("STOP instructions");
        }
        let contact = terms
            .split_whitespace()
            .any(|t| email_domain(t.trim_matches(|c: char| !c.is_alphanumeric())).is_some())
            || scan::has_phone(terms);
        if !contact {
            missing.push("a support phone number or email");
        }
        if !missing.is_empty() {
            out.push(
                &TERMS_INCOMPLETE,
                Some("terms_and_conditions_url"),
                None,
                &[("value", &missing.join(", "))],
            );
        }
    }
}
