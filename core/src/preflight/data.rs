//! Registration-only data the pre-flight reads: accepted values, free-mail domains, role
//! words, trigger words. Each table names its source; "RP" is the reference file
//! `registration-preflight.md` (its sources are Twilio's OpenAPI spec, error pages and the
//! third parties it marks). Lists of words are telrules' own choice of wording that signals
//! a rule; they are matched as whole words, case-insensitively.

/// Use cases (`us_app_to_person_usecase`). Source: Twilio OpenAPI Usecases example (RP §1.2).
pub const USE_CASES: &[&str] = &[
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "AGENTS_FRANCHISES",
    "CHARITY",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "EMERGENCY",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "K12_EDUCATION",
    "LOW_VOLUME",
    "MARKETING",
    "MIXED",
    "POLITICAL",
    "POLLING_VOTING",
    "PROXY",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
    "SOCIAL",
    "SOLE_PROPRIETOR",
    "SWEEPSTAKE",
];

/// Use cases carriers must approve after Twilio (`post_approval_required`). RP §1.2.
pub const POST_APPROVAL_USE_CASES: &[&str] = &[
    "AGENTS_FRANCHISES",
    "EMERGENCY",
    "K12_EDUCATION",
    "PROXY",
    "SOCIAL",
    "SWEEPSTAKE",
];

/// Use cases under which promotional samples fit. RP §1.2 (MIXED / LOW_VOLUME hold
/// several sub-use cases, marketing among them).
pub const PROMOTIONAL_USE_CASES: &[&str] = &["MARKETING", "MIXED", "LOW_VOLUME", "SOLE_PROPRIETOR"];

/// Brand types (`brand_type`). Source: OpenAPI BrandRegistration (RP §2.4).
pub const BRAND_TYPES: &[&str] = &["STANDARD", "SOLE_PROPRIETOR"];

/// Trust Hub `business_type`. Source: GOVNP + 3P-UPTICK (RP §2.1): not confirmed exhaustive.
pub const TRUST_HUB_BUSINESS_TYPES: &[&str] = &[
    "Partnership",
    "Limited Liability Corporation",
    "Co-operative",
    "Non-profit Corporation",
    "Corporation",
];

/// `business_industry` (and the sole-proprietor `vertical`). Source: TCR 30701 table via
/// Twilio's error dictionary (RP §2.1).
pub const INDUSTRIES: &[&str] = &[
    "AUTOMOTIVE",
    "AGRICULTURE",
    "BANKING",
    "CONSUMER",
    "EDUCATION",
    "ENGINEERING",
    "ENERGY",
    "OIL_AND_GAS",
    "FAST_MOVING_CONSUMER_GOODS",
    "FINANCIAL",
    "FINTECH",
    "FOOD_AND_BEVERAGE",
    "GOVERNMENT",
    "HEALTHCARE",
    "HOSPITALITY",
    "INSURANCE",
    "LEGAL",
    "MANUFACTURING",
    "MEDIA",
    "ONLINE",
    "RAW_MATERIALS",
    "REAL_ESTATE",
    "RELIGION",
    "RETAIL",
    "JEWELRY",
    "TECHNOLOGY",
    "TELECOMMUNICATIONS",
    "TRANSPORTATION",
    "TRAVEL",
    "ELECTRONICS",
    "NOT_FOR_PROFIT",
];

/// `business_regions_of_operation`. Source: 3P-UPTICK (RP §2.1), UNCONFIRMED enum.
pub const REGIONS_OF_OPERATION: &[&str] = &[
    "AFRICA",
    "ASIA",
    "EUROPE",
    "LATIN_AMERICA",
    "USA_AND_CANADA",
];

/// `business_registration_identifier` for brands: the TCR accepts US and foreign IDs; the
/// values Twilio's form offers were not retrieved, so this is not checked as an enum.
/// `job_position`. Source: 3P-UPTICK (RP §2.2), UNCONFIRMED list.
pub const JOB_POSITIONS: &[&str] = &[
    "Director",
    "GM",
    "VP",
    "CEO",
    "CFO",
    "General Counsel",
    "Other",
];

/// `company_type`. Source: GOVNP (RP §2.4).
pub const COMPANY_TYPES: &[&str] = &["private", "public", "non_profit", "government"];

/// `stock_exchange`. Source: TCR 30701/30793 via Twilio's error dictionary (RP §2.4).
pub const STOCK_EXCHANGES: &[&str] = &[
    "NONE", "NASDAQ", "NYSE", "AMEX", "AMX", "ASX", "B3", "BME", "BSE", "FRA", "ICEX", "JPX",
    "JSE", "KRX", "LON", "NSE", "OMX", "SEHK", "SGX", "SSE", "STO", "SWX", "SZSE", "TSX", "TWSE",
    "VSE", "OTHER",
];

/// Toll-free `business_type`. Source: OpenAPI TollfreeVerification (RP §3).
pub const TF_BUSINESS_TYPES: &[&str] = &[
    "PRIVATE_PROFIT",
    "PUBLIC_PROFIT",
    "SOLE_PROPRIETOR",
    "NON_PROFIT",
    "GOVERNMENT",
];

/// Toll-free `use_case_categories`. Source: OpenAPI TollfreeVerification (RP §3).
pub const TF_USE_CASE_CATEGORIES: &[&str] = &[
    "TWO_FACTOR_AUTHENTICATION",
    "ACCOUNT_NOTIFICATIONS",
    "CUSTOMER_CARE",
    "CHARITY_NONPROFIT",
    "DELIVERY_NOTIFICATIONS",
    "FRAUD_ALERT_MESSAGING",
    "EVENTS",
    "HIGHER_EDUCATION",
    "K12",
    "MARKETING",
    "POLLING_AND_VOTING_NON_POLITICAL",
    "POLITICAL_ELECTION_CAMPAIGNS",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
];

/// Toll-free `opt_in_type`. Source: OpenAPI TollfreeVerification (RP §3).
pub const TF_OPT_IN_TYPES: &[&str] = &[
    "VERBAL",
    "WEB_FORM",
    "PAPER_FORM",
    "VIA_TEXT",
    "MOBILE_QR_CODE",
    "IMPORT",
    "IMPORT_PLEASE_REPLACE",
];

/// Toll-free `business_registration_authority`. Source: OpenAPI (RP §3).
pub const TF_REGISTRATION_AUTHORITIES: &[&str] = &[
    "EIN",
    "CBN",
    "CRN",
    "PROVINCIAL_NUMBER",
    "VAT",
    "ACN",
    "ABN",
    "BRN",
    "SIREN",
    "SIRET",
    "NZBN",
    "USt-IdNr",
    "CIF",
    "NIF",
    "CNPJ",
    "UID",
    "NEQ",
    "OTHER",
];

/// Toll-free `vetting_provider`. Source: OpenAPI (RP §3).
pub const TF_VETTING_PROVIDERS: &[&str] = &["CAMPAIGN_VERIFY"];

/// US state, district and territory codes (USPS), for `region` on a US address.
/// Source: USPS Publication 28, Appendix B (public list of two-letter abbreviations).
pub const US_STATES: &[&str] = &[
    "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "FM", "GA", "GU", "HI", "IA",
    "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MH", "MI", "MN", "MO", "MP", "MS", "MT",
    "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "PW", "RI", "SC",
    "SD", "TN", "TX", "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
];

/// Consumer mailbox providers: addresses there are personal, not on a business domain.
/// Reviewers reject them for brand and toll-free contacts (RP §2.2, §2.4 "free-mail
/// domains (e.g. gmail.com) rejected", §3 BusinessContactEmail; errors 18606, 21740, 30482,
/// 30971). The list is telrules' selection of the large public providers; sorted for binary
/// search.
pub const FREE_MAIL_DOMAINS: &[&str] = &[
    "aim.com",
    "aol.com",
    "att.net",
    "bellsouth.net",
    "btinternet.com",
    "charter.net",
    "comcast.net",
    "cox.net",
    "earthlink.net",
    "fastmail.com",
    "gmail.com",
    "gmx.com",
    "gmx.net",
    "googlemail.com",
    "hotmail.ca",
    "hotmail.co.uk",
    "hotmail.com",
    "icloud.com",
    "live.ca",
    "live.com",
    "mac.com",
    "mail.com",
    "me.com",
    "msn.com",
    "optonline.net",
    "outlook.com",
    "proton.me",
    "protonmail.com",
    "rocketmail.com",
    "sbcglobal.net",
    "shaw.ca",
    "sympatico.ca",
    "tutanota.com",
    "verizon.net",
    "yahoo.ca",
    "yahoo.co.uk",
    "yahoo.com",
    "yandex.com",
    "ymail.com",
    "zoho.com",
];

/// Social media hosts: a website there is accepted only when established (RP §3
/// BusinessWebsite, TFV rejection 30490). Sorted.
pub const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com",
    "instagram.com",
    "linkedin.com",
    "tiktok.com",
    "twitter.com",
    "x.com",
    "yelp.com",
];

/// Words that name a role rather than a person, refused as a contact's name (RP §2.2 "a
/// real person (not 'Admin', 'Support')", §3 BusinessContactFirstName; 30483, 30801).
pub const ROLE_WORDS: &[&str] = &[
    "admin",
    "administrator",
    "billing",
    "contact",
    "info",
    "manager",
    "marketing",
    "office",
    "owner",
    "reception",
    "sales",
    "staff",
    "support",
    "team",
];

/// Legal-entity suffixes: a sole proprietor has none (RP §2.5 "names with LLC/Inc./Corp.
/// ... trigger rejection"). Whole words after punctuation is dropped.
pub const ENTITY_SUFFIXES: &[&[&str]] = &[
    &["llc"],
    &["l", "l", "c"],
    &["inc"],
    &["incorporated"],
    &["corp"],
    &["corporation"],
    &["ltd"],
    &["limited"],
    &["pllc"],
    &["llp"],
    &["lp"],
    &["pc"],
    &["co"],
];

/// Age-restricted products that need `age_gated` / `age_gated_content` true with a
/// date-of-birth gate (alcohol is allowed in the US only behind one). RP §1.1 AgeGated,
/// §4.4 30448/30529, §5 SHAFT-C.
pub const AGE_RESTRICTED_TERMS: &[&[&str]] = &[
    &["alcohol"],
    &["beer"],
    &["beers"],
    &["bourbon"],
    &["brewery"],
    &["cocktail"],
    &["cocktails"],
    &["liquor"],
    &["spirits"],
    &["tequila"],
    &["vodka"],
    &["whiskey"],
    &["wine"],
    &["winery"],
    &["wines"],
];

/// Lending words that need `direct_lending` (RP §1.1 DirectLending, error 30895).
pub const LENDING_TERMS: &[&[&str]] = &[
    &["lender"],
    &["lending"],
    &["line", "of", "credit"],
    &["loan"],
    &["loans"],
    &["mortgage"],
    &["mortgages"],
];

/// Promotional wording: samples that read as offers (RP §4.1 30893, §4.4 30499).
pub const PROMOTIONAL_TERMS: &[&[&str]] = &[
    &["bogo"],
    &["coupon"],
    &["discount"],
    &["flash", "sale"],
    &["off", "your"],
    &["promo"],
    &["promo", "code"],
    &["promotion"],
    &["sale"],
    &["special", "offer"],
];

/// Emergency-alert wording (RP §1.2, error 30929).
pub const EMERGENCY_TERMS: &[&[&str]] = &[
    &["emergency", "alert"],
    &["emergency", "alerts"],
    &["evacuate"],
    &["evacuation"],
    &["shelter", "in", "place"],
];

/// Dates rules took effect (checked against `now`).
pub mod dates {
    /// Toll-free: business registration number required except for sole proprietors;
    /// 527 organisations need a Campaign Verify token (Twilio changelog, 2026-02-17 and
    /// 2026-02-13; RP §3).
    pub const TF_BRN_REQUIRED: &str = "2026-02-17T00:00:00Z";
    /// Campaign Verify token for political toll-free traffic (changelog 2026-02-13).
    pub const TF_CAMPAIGN_VERIFY: &str = "2026-02-13T00:00:00Z";
    /// Campaign privacy/terms URLs reported required (third parties; UNCONFIRMED, RP §8.1).
    pub const CAMPAIGN_POLICY_URLS: &str = "2026-06-30T00:00:00Z";
    /// Toll-free privacy/terms URLs reported required industry-wide (AWS; UNCONFIRMED for
    /// Twilio, RP §8.7).
    pub const TF_POLICY_URLS: &str = "2026-09-15T00:00:00Z";
}
