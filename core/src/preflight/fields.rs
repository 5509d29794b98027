//! The three forms' fields as data: each field's name (Twilio's snake_case name), the kind
//! of value and its limits, when it is required, and the codes a bad value predicts. The
//! generic checks (unknown name, type, required, length, accepted values, URL / email /
//! phone / SID shape) read these tables; the form modules add the rules that need more
//! than one field.

/// What kind of value a field holds, with its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Free text, `min..=max` characters (0 = no minimum).
    Text { min: usize, max: usize },
    /// A boolean.
    Bool,
    /// One of the listed values; `confirmed: false` when the list comes from a third party
    /// (an unknown value is then a warning). `case_insensitive` for Twilio enums that the
    /// API accepts in any case.
    Enum {
        values: &'static [&'static str],
        confirmed: bool,
    },
    /// A list of strings: `items` entries, each `item` characters long.
    TextList {
        min_items: usize,
        max_items: usize,
        item_min: usize,
        item_max: usize,
    },
    /// A list of values from `values`, at least one.
    EnumList { values: &'static [&'static str] },
    /// Keywords: a list of alphanumeric words, `max` characters in all.
    Keywords { max: usize },
    /// A public web address, at most `max` characters.
    Url { max: usize },
    /// A list of public web addresses.
    UrlList,
    /// An email address, at most `max` characters.
    Email { max: usize },
    /// An E.164 phone number, at most `max` characters.
    Phone { max: usize },
    /// A Twilio SID: the prefix and 32 hex digits.
    Sid { prefix: &'static str },
}

/// When a field must be filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Required {
    /// Always.
    Yes,
    /// Never on its own (other rules may ask for it).
    No,
    /// Brand: standard brands only.
    Standard,
    /// Brand: sole-proprietor brands only.
    SoleProprietor,
}

/// One field of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: Required,
    /// Codes a missing or malformed value predicts on this form.
    pub codes: &'static [u32],
}

const fn f(name: &'static str, kind: Kind, required: Required, codes: &'static [u32]) -> Field {
    Field {
        name,
        kind,
        required,
        codes,
    }
}

use super::data::*;
use Kind::*;
use Required::{No, SoleProprietor, Standard, Yes};

const fn text(min: usize, max: usize) -> Kind {
    Text { min, max }
}

const fn one_of(values: &'static [&'static str]) -> Kind {
    Enum {
        values,
        confirmed: true,
    }
}

const fn maybe_one_of(values: &'static [&'static str]) -> Kind {
    Enum {
        values,
        confirmed: false,
    }
}

/// Campaign: `POST /v1/Services/{MG}/Compliance/Usa2p` (OpenAPI 2026-03-10; RP §1.1).
/// Lengths: 21728 at the API. Required: 21727.
pub(crate) const CAMPAIGN: &[Field] = &[
    f(
        "brand_registration_sid",
        Sid { prefix: "BN" },
        Yes,
        &[21727, 21717],
    ),
    f(
        "us_app_to_person_usecase",
        one_of(USE_CASES),
        Yes,
        &[21727, 21720],
    ),
    f("description", text(40, 4096), Yes, &[21727, 21728]),
    f("message_flow", text(40, 2048), Yes, &[21727, 21728]),
    f(
        "message_samples",
        TextList {
            min_items: 2,
            max_items: 5,
            item_min: 20,
            item_max: 1024,
        },
        Yes,
        &[21727, 21728],
    ),
    f("has_embedded_links", Bool, Yes, &[21727]),
    f("has_embedded_phone", Bool, Yes, &[21727]),
    f("opt_in_keywords", Keywords { max: 255 }, No, &[21728]),
    f("opt_in_message", text(20, 320), No, &[21728]),
    f("opt_out_keywords", Keywords { max: 255 }, No, &[21728]),
    f("opt_out_message", text(20, 320), No, &[21728]),
    f("help_keywords", Keywords { max: 255 }, No, &[21728]),
    f("help_message", text(20, 320), No, &[21728]),
    f("subscriber_opt_in", Bool, No, &[]),
    f("age_gated", Bool, No, &[]),
    f("direct_lending", Bool, No, &[]),
    f("privacy_policy_url", Url { max: 2048 }, No, &[30908]),
    f("terms_and_conditions_url", Url { max: 2048 }, No, &[30882]),
    f("messaging_service_sid", Sid { prefix: "MG" }, No, &[21719]),
];

/// Brand: Trust Hub business information, authorised representative and address, the A2P
/// messaging profile and the BrandRegistration (RP §2). Lengths: the TCR 30701 table;
/// missing fields: 22215 at Trust Hub evaluation.
pub(crate) const BRAND: &[Field] = &[
    f("brand_type", one_of(BRAND_TYPES), No, &[21717]),
    f("business_name", text(1, 255), Standard, &[22215, 30701]),
    f(
        "business_type",
        maybe_one_of(TRUST_HUB_BUSINESS_TYPES),
        Standard,
        &[22215],
    ),
    f(
        "business_industry",
        one_of(INDUSTRIES),
        Standard,
        &[22215, 30701],
    ),
    f(
        "business_registration_identifier",
        text(1, 40),
        Standard,
        &[30758],
    ),
    f(
        "business_registration_number",
        text(1, 21),
        Standard,
        &[30757, 30701],
    ),
    f(
        "business_regions_of_operation",
        maybe_one_of(REGIONS_OF_OPERATION),
        No,
        &[22215],
    ),
    f("website_url", Url { max: 100 }, Standard, &[22215, 30701]),
    f("social_media_profile_urls", text(0, 500), No, &[]),
    f("business_identity", text(1, 50), No, &[]),
    f("first_name", text(1, 100), Yes, &[22215, 30701]),
    f("last_name", text(1, 100), Yes, &[22215, 30701]),
    f("email", Email { max: 100 }, Yes, &[22215, 30701]),
    f("phone_number", Phone { max: 20 }, Yes, &[22215, 30701]),
    f("business_title", text(1, 100), Standard, &[22215]),
    f(
        "job_position",
        maybe_one_of(JOB_POSITIONS),
        Standard,
        &[22215],
    ),
    f("customer_name", text(1, 255), No, &[]),
    f("street", text(1, 100), Yes, &[22215, 30701]),
    f("street_secondary", text(0, 100), No, &[30701]),
    f("city", text(1, 100), Yes, &[22215, 30701]),
    f("region", text(1, 20), Yes, &[22215, 30701]),
    f("postal_code", text(1, 10), Yes, &[22215, 30701]),
    f("iso_country", text(1, 100), Yes, &[22215, 30729]),
    f(
        "company_type",
        one_of(COMPANY_TYPES),
        Standard,
        &[22215, 30701],
    ),
    f("stock_exchange", one_of(STOCK_EXCHANGES), No, &[30793]),
    f("stock_ticker", text(1, 10), No, &[30701]),
    f("brand_contact_email", Email { max: 100 }, No, &[21737]),
    f("brand_name", text(1, 255), SoleProprietor, &[22215]),
    f(
        "mobile_phone_number",
        Phone { max: 20 },
        SoleProprietor,
        &[22215, 22218],
    ),
    f("vertical", one_of(INDUSTRIES), SoleProprietor, &[22215]),
    f(
        "customer_profile_bundle_sid",
        Sid { prefix: "BU" },
        No,
        &[30793],
    ),
    f("a2p_profile_bundle_sid", Sid { prefix: "BU" }, No, &[30793]),
    f("skip_automatic_sec_vet", Bool, No, &[]),
];

/// Toll-free verification: `POST /v1/Tollfree/Verifications` (OpenAPI 2026-03-10; RP §3).
pub(crate) const TOLLFREE: &[Field] = &[
    f(
        "tollfree_phone_number_sid",
        Sid { prefix: "PN" },
        Yes,
        &[30436],
    ),
    f("business_name", text(1, 255), Yes, &[30445]),
    f("business_website", Url { max: 2048 }, Yes, &[30473]),
    f("notification_email", Email { max: 255 }, Yes, &[]),
    f(
        "use_case_categories",
        EnumList {
            values: TF_USE_CASE_CATEGORIES,
        },
        Yes,
        &[30496],
    ),
    f("use_case_summary", text(1, 4096), Yes, &[30497]),
    f("production_message_sample", text(1, 4096), Yes, &[30499]),
    // Required by the spec; missing or empty is reported as `opt_in_evidence_missing`.
    f("opt_in_image_urls", UrlList, No, &[30476, 30842]),
    f("opt_in_type", one_of(TF_OPT_IN_TYPES), Yes, &[30498]),
    f("message_volume", text(1, 50), Yes, &[30495]),
    f("customer_profile_sid", Sid { prefix: "BU" }, No, &[30474]),
    f("doing_business_as", text(1, 255), No, &[30488]),
    f("business_type", one_of(TF_BUSINESS_TYPES), No, &[30915]),
    f("business_registration_number", text(1, 50), No, &[30527]),
    f(
        "business_registration_authority",
        one_of(TF_REGISTRATION_AUTHORITIES),
        No,
        &[30527],
    ),
    f("business_registration_country", text(1, 100), No, &[30527]),
    f(
        "business_registration_phone_number",
        Phone { max: 20 },
        No,
        &[],
    ),
    f("business_street_address", text(1, 255), No, &[30451]),
    f("business_street_address2", text(0, 255), No, &[30451]),
    f("business_city", text(1, 100), No, &[30451]),
    f("business_state_province_region", text(1, 50), No, &[30451]),
    f("business_postal_code", text(1, 10), No, &[30451]),
    f("business_country", text(1, 100), No, &[30451]),
    f(
        "business_contact_first_name",
        text(1, 100),
        No,
        &[30483, 30801],
    ),
    f(
        "business_contact_last_name",
        text(1, 100),
        No,
        &[30483, 30801],
    ),
    f(
        "business_contact_email",
        Email { max: 255 },
        No,
        &[30452, 30482],
    ),
    f("business_contact_phone", Phone { max: 20 }, No, &[]),
    f("opt_in_keywords", Keywords { max: 255 }, No, &[]),
    f("opt_in_confirmation_message", text(1, 1024), No, &[30503]),
    f("help_message_sample", text(1, 1024), No, &[30486]),
    f("privacy_policy_url", Url { max: 2048 }, No, &[30493]),
    f("terms_and_conditions_url", Url { max: 2048 }, No, &[30493]),
    f("age_gated_content", Bool, No, &[30448]),
    f("additional_information", text(0, 4096), No, &[]),
    f("external_reference_id", text(0, 255), No, &[]),
    f(
        "vetting_provider",
        one_of(TF_VETTING_PROVIDERS),
        No,
        &[30501, 30826],
    ),
    f("vetting_id", text(1, 1024), No, &[30501, 30826]),
    f("edit_reason", text(0, 1024), No, &[]),
];
