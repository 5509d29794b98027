//! Brand rules beyond single-field limits: EIN shape, free-mail and off-domain emails, role
//! names for the representative, US state and postal code formats, public-company details,
//! the website, and the sole-proprietor path (no tax ID, no legal suffix, a US/CA mobile).
//! Sources: RP §2, §4.3, §7 (rule ids B-*).

use super::check::{email_domain, is_free_mail, same_site, url_host, FormView};
use super::data;
use super::rules::*;
use super::scan;
use super::text::{self, Words};
use super::{Context, Findings};

pub(crate) fn check(form: &FormView<'_>, _ctx: &Context, out: &mut Findings) {
    if form.sole_proprietor {
        sole_proprietor(form, out);
    } else {
        standard(form, out);
    }
    address(form, "iso_country", "region", "postal_code", None, out);
    for name in ["first_name", "last_name"] {
        role_name(form, name, &[18604, 30801], out);
    }
    website(form, "website_url", out);
}

fn standard(form: &FormView<'_>, out: &mut Findings) {
    if form
        .text("business_type")
        .is_some_and(|t| t.to_ascii_lowercase().contains("sole"))
    {
        out.push(&BUSINESS_TYPE_SOLE_PROP, Some("business_type"), None, &[]);
    }
    let identifier = form.text("business_registration_identifier");
    let us = form
        .text("iso_country")
        .is_none_or(|c| c.eq_ignore_ascii_case("US"));
    if identifier.is_some_and(|i| i.eq_ignore_ascii_case("EIN")) || (identifier.is_none() && us) {
        ein(form, "business_registration_number", false, out);
    }
    let website = form.text("website_url").and_then(url_host).map(|(h, _)| h);
    for name in ["email", "brand_contact_email"] {
        business_email(form, name, website.as_deref(), None, out);
    }
    public_company(form, out);
}

/// EIN shape: nine digits, not written like an SSN; `want_dash` also warns when the dash is
/// missing (the toll-free report in RP §6).
pub(crate) fn ein(form: &FormView<'_>, name: &str, want_dash: bool, out: &mut Findings) {
    let Some(value) = form.text(name) else { return };
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let shape: String = value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    if shape == "999-99-9999" || shape == "999 99 9999" {
        out.push(&EIN_LOOKS_LIKE_SSN, Some(name), None, &[]);
    } else if digits.len() != 9 || !(shape == "99-9999999" || shape == "999999999") {
        out.push(&EIN_FORMAT, Some(name), None, &[("value", value)]);
    } else if want_dash && shape == "999999999" {
        out.push(&EIN_WITHOUT_DASH, Some(name), None, &[]);
    }
}

/// A business email: not free mail, and on the website's domain when one is known.
pub(crate) fn business_email(
    form: &FormView<'_>,
    name: &str,
    website: Option<&str>,
    codes: Option<&[u32]>,
    out: &mut Findings,
) {
    let Some(domain) = form.text(name).and_then(email_domain) else {
        return;
    };
    if is_free_mail(&domain) {
        out.push(&EMAIL_FREE_MAIL, Some(name), codes, &[("value", &domain)]);
    } else if let Some(site) = website {
        if !same_site(&domain, site) {
            out.push(
                &EMAIL_DOMAIN_MISMATCH,
                Some(name),
                codes,
                &[("value", &domain)],
            );
        }
    }
}

/// A person's name field that is a role word ("Admin", "Support").
pub(crate) fn role_name(form: &FormView<'_>, name: &str, codes: &[u32], out: &mut Findings) {
    let Some(value) = form.text(name) else { return };
    let words = Words::new(value);
    if !words.is_empty()
        && (0..words.len()).all(|i| data::ROLE_WORDS.binary_search(&words.word(i)).is_ok())
    {
        out.push(&REP_NAME_ROLE, Some(name), Some(codes), &[("value", value)]);
    }
}

/// Country code, US state code and postal code shape. `only_us_ca` names the field when the
/// registration needs a US or Canadian address.
pub(crate) fn address(
    form: &FormView<'_>,
    country_field: &str,
    region_field: &str,
    postal_field: &str,
    only_us_ca: Option<&[u32]>,
    out: &mut Findings,
) {
    let country = form.text(country_field);
    if let Some(c) = country {
        if !(c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic())) {
            out.push(&COUNTRY_FORMAT, Some(country_field), None, &[("value", c)]);
            return;
        }
        if only_us_ca.is_some() && !(c.eq_ignore_ascii_case("US") || c.eq_ignore_ascii_case("CA")) {
            out.push(
                &ADDRESS_NOT_US_CA,
                Some(country_field),
                only_us_ca,
                &[("value", c)],
            );
        }
    }
    let us = country.is_some_and(|c| c.eq_ignore_ascii_case("US"));
    let ca = country.is_some_and(|c| c.eq_ignore_ascii_case("CA"));
    if us {
        if let Some(region) = form.text(region_field) {
            let upper = region.to_ascii_uppercase();
            if data::US_STATES.binary_search(&upper.as_str()).is_err() {
                out.push(
                    &US_REGION_FORMAT,
                    Some(region_field),
                    None,
                    &[("value", region)],
                );
            }
        }
    }
    if let Some(postal) = form.text(postal_field) {
        let shape: String = postal
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    '9'
                } else if c.is_ascii_alphabetic() {
                    'A'
                } else {
                    c
                }
            })
            .collect();
        let (ok, kind) = if us {
            (shape == "99999" || shape == "99999-9999", "US")
        } else if ca {
            (shape == "A9A 9A9" || shape == "A9A9A9", "Canadian")
        } else {
            (true, "")
        };
        if !ok {
            out.push(
                &POSTAL_CODE_FORMAT,
                Some(postal_field),
                None,
                &[("value", postal), ("hint", kind)],
            );
        }
    }
}

fn public_company(form: &FormView<'_>, out: &mut Findings) {
    let company_type = form.text("company_type").map(str::to_ascii_lowercase);
    let exchange = form
        .text("stock_exchange")
        .filter(|e| !e.eq_ignore_ascii_case("NONE"));
    let ticker = form.text("stock_ticker");
    if company_type.as_deref() == Some("public") {
        let mut missing = Vec::new();
        if ticker.is_none() {
            missing.push("a stock ticker");
        }
        if exchange.is_none() {
            missing.push("its stock exchange");
        }
        if form.text("brand_contact_email").is_none() {
            missing.push("a brand contact email for the carriers' email check");
        }
        if !missing.is_empty() {
            out.push(
                &PUBLIC_COMPANY_INCOMPLETE,
                Some("company_type"),
                None,
                &[("value", &missing.join(", "))],
            );
        }
    } else if company_type.is_some() && (ticker.is_some() || exchange.is_some()) {
        out.push(&STOCK_FOR_NON_PUBLIC, Some("stock_ticker"), None, &[]);
    }
}

/// Website: not a link shortener; a social page is only a warning.
pub(crate) fn website(form: &FormView<'_>, name: &str, out: &mut Findings) {
    let Some((host, _)) = form.text(name).and_then(url_host) else {
        return;
    };
    let bare = host.strip_prefix("www.").unwrap_or(&host);
    if scan::is_shortener(bare) {
        out.push(&WEBSITE_IS_SHORTENER, Some(name), None, &[("value", bare)]);
    } else if data::SOCIAL_HOSTS
        .iter()
        .any(|s| same_site(bare, s) && bare.ends_with(s))
    {
        out.push(&WEBSITE_IS_SOCIAL, Some(name), None, &[("value", bare)]);
    }
}

fn sole_proprietor(form: &FormView<'_>, out: &mut Findings) {
    for name in ["brand_name", "business_name"] {
        if form.text(name).is_some_and(text::has_entity_suffix) {
            out.push(
                &SOLE_PROP_REGISTERED_ENTITY,
                Some(name),
                None,
                &[("hint", "The name carries a company suffix (LLC, Inc., Corp.), so the business is a registered entity, not a sole proprietor.")],
            );
        }
    }
    if form.text("business_registration_number").is_some() {
        out.push(
            &SOLE_PROP_REGISTERED_ENTITY,
            Some("business_registration_number"),
            None,
            &[("hint", "A business registration number (EIN) is filled in; sole proprietor registration is only for people without a business tax ID.")],
        );
    }
    if form
        .text("business_type")
        .is_some_and(|t| !t.to_ascii_lowercase().contains("sole"))
    {
        out.push(
            &SOLE_PROP_REGISTERED_ENTITY,
            Some("business_type"),
            None,
            &[(
                "hint",
                "business_type names a company form, which a sole proprietor does not have.",
            )],
        );
    }
    if let Some(mobile) = form.text("mobile_phone_number") {
        if super::check::is_e164(mobile) && !mobile.starts_with("+1") {
            out.push(&SOLE_PROP_MOBILE, Some("mobile_phone_number"), None, &[]);
        }
    }
    if let Some(country) = form.text("iso_country") {
        if country.len() == 2
            && !(country.eq_ignore_ascii_case("US") || country.eq_ignore_ascii_case("CA"))
        {
            out.push(
                &ADDRESS_NOT_US_CA,
                Some("iso_country"),
                Some(&[30747]),
                &[("value", country)],
            );
        }
    }
}
