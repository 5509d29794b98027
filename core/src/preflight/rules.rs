//! The pre-flight rules as data: one row per rule id, with its severity, the Twilio codes it
//! predicts, the words shown to the owner, and where the rule comes from.
//!
//! Messages and fixes may carry placeholders filled per finding: `{field}`, `{min}`, `{max}`,
//! `{len}`, `{value}`, `{hint}`. Sources name a section of the reference
//! (`registration-preflight.md`, "RP §n") and, through it, Twilio's page or the third party it
//! was seen at. Rules whose only source is a third party or an inference are `confirmed:
//! false`: they are warnings (or info) and their message says the requirement is not
//! confirmed by Twilio (a unit test holds both).

use crate::findings::Severity;

/// One pre-flight rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id; never renamed once released.
    pub id: &'static str,
    /// How much a finding of this rule matters.
    pub severity: Severity,
    /// The Twilio error / rejection codes the rule predicts.
    pub codes: &'static [u32],
    /// What is wrong (may carry placeholders).
    pub message: &'static str,
    /// What to change (may carry placeholders).
    pub fix: &'static str,
    /// Where the rule comes from.
    pub source: &'static str,
    /// False when only a third party or an inference supports it.
    pub confirmed: bool,
}

use Severity::{Error as E, Info as I, Warning as W};

macro_rules! rules {
    ($($name:ident = $id:literal, $sev:expr, [$($code:literal),*], $msg:literal, $fix:literal, $src:literal, $confirmed:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $name: Rule = Rule {
                id: $id,
                severity: $sev,
                codes: &[$($code),*],
                message: $msg,
                fix: $fix,
                source: $src,
                confirmed: $confirmed,
            };
        )*
        /// Every rule, in the order the checks run.
        pub const RULES: &[Rule] = &[$($name),*];
    };
}

rules! {
    // ---- Form shape (every form) ----
    UNKNOWN_FIELD = "unknown_field", W, [],
        "\"{field}\" is not a field of this form, so whatever it holds would not be sent.{hint}",
        "Rename it to the form's field name, or remove it.",
        "Twilio resource field names (RP §1.1, §2, §3)", true;
    WRONG_TYPE = "wrong_type", E, [21727, 30701],
        "{field} should be {value}.",
        "Enter {field} as {value}.",
        "Twilio OpenAPI spec types (RP §1.1, §3)", true;
    REQUIRED_FIELD_MISSING = "required_field_missing", E, [21727, 22215, 30757, 30758],
        "{field} is required and is empty.",
        "Fill in {field}.",
        "Twilio OpenAPI spec required fields (RP §1.1, §2, §3)", true;
    TEXT_TOO_SHORT = "text_too_short", E, [21728],
        "{field} has {len} characters; it needs at least {min}.",
        "Write at least {min} characters in {field}.",
        "Twilio OpenAPI spec lengths; TCR 30701 table (RP §1.1, §2)", true;
    TEXT_TOO_LONG = "text_too_long", E, [21728, 30701],
        "{field} has {len} characters; at most {max} are accepted.",
        "Shorten {field} to {max} characters or fewer.",
        "Twilio OpenAPI spec lengths; TCR 30701 table (RP §1.1, §2)", true;
    VALUE_NOT_ALLOWED = "value_not_allowed", E, [21720, 30701, 30793],
        "{field} is \"{value}\", which is not one of the accepted values.{hint}",
        "Choose one of the accepted values for {field}.",
        "Twilio OpenAPI spec enums; TCR 30701 table (RP §1.1, §2, §3)", true;
    VALUE_NOT_IN_KNOWN_LIST = "value_not_in_known_list", W, [22215],
        "{field} is \"{value}\", which is not in the list of values we know; that list comes from third parties and is not confirmed by Twilio.{hint}",
        "Check {field} against the choices Twilio's form offers.",
        "3P-UPTICK, UNCONFIRMED as exhaustive (RP §2.1, §2.2, §8.11)", false;
    ITEM_COUNT = "item_count", E, [21728],
        "{field} needs between {min} and {max} entries; it has {len}.",
        "Give between {min} and {max} entries in {field}.",
        "Twilio OpenAPI spec (RP §1.1 MessageSamples)", true;
    URL_INVALID = "url_invalid", E, [30891, 30493],
        "{field} (\"{value}\") is not a web address starting with https:// or http://.",
        "Enter the full public address, for example https://www.example.com/privacy.",
        "Twilio OpenAPI spec `format: uri` (RP §1.1, §3)", true;
    URL_NOT_HTTPS = "url_not_https", W, [30892, 30471],
        "{field} uses http:// rather than https://; reviewers reject insecure links.",
        "Use the https:// address of the page.",
        "Twilio errors 30892, 30471 (RP §4.1, §4.4)", true;
    URL_NOT_PUBLIC = "url_not_public", E, [30509, 30891],
        "{field} points at {value}, which reviewers on the internet cannot open.",
        "Use a public address that opens without a login or a private network.",
        "Twilio errors 30509, 30891 (RP §4.1, §4.4)", true;
    EMAIL_INVALID = "email_invalid", E, [30753, 30452],
        "{field} (\"{value}\") is not an email address.",
        "Enter one email address, like name@yourbusiness.com.",
        "Twilio errors 30753, 30452 (RP §4.3, §4.4)", true;
    PHONE_NOT_E164 = "phone_not_e164", E, [30701],
        "{field} (\"{value}\") is not a phone number in international format.",
        "Write it as + then country code and number, for example +14155550123.",
        "TCR 30701 table, E.164 (RP §2.2)", true;
    SID_MALFORMED = "sid_malformed", E, [30436],
        "{field} (\"{value}\") is not a Twilio ID of the right kind: it should be {hint}.",
        "Copy the ID from the Twilio resource it refers to.",
        "Twilio OpenAPI spec patterns (RP §1.1, §3)", true;

    // ---- Campaign (A2P 10DLC Usa2p) ----
    SAMPLE_TOO_SHORT = "sample_too_short", E, [21728, 30893],
        "Sample {value} has {len} characters; each sample needs at least {min}.",
        "Write each sample as the full message a customer would get.",
        "Twilio OpenAPI spec MessageSamples 20-1024 (RP §1.1)", true;
    SAMPLE_TOO_LONG = "sample_too_long", E, [21728],
        "Sample {value} has {len} characters; at most {max} are accepted.",
        "Shorten the sample.",
        "Twilio OpenAPI spec MessageSamples 20-1024 (RP §1.1)", true;
    USE_CASE_SOLE_PROPRIETOR_MISMATCH = "use_case_sole_proprietor_mismatch", E, [21720, 30900, 30903],
        "{hint}",
        "Use SOLE_PROPRIETOR for a sole-proprietor brand and a standard use case for any other brand.",
        "Twilio OpenAPI spec use cases; errors 21720, 30903 (RP §1.2, §2.5)", true;
    USE_CASE_NOT_OFFERED = "use_case_not_offered", E, [21720, 30900],
        "{value} is not among the use cases Twilio offers this brand.",
        "Pick a use case from the brand's list of available use cases.",
        "Usecases endpoint; error 30900 (RP §1.1)", true;
    USE_CASE_NEEDS_CARRIER_APPROVAL = "use_case_needs_carrier_approval", W, [],
        "{value} is a special use case: the carriers must approve it after Twilio does, which adds time and can fail.",
        "Use a standard use case unless your texts really are of this kind.",
        "Usecases endpoint post_approval_required (RP §1.2)", true;
    USE_CASE_2FA_VERIFY = "use_case_2fa_consider_verify", I, [],
        "One-time codes can be sent through Twilio Verify, which needs no campaign registration.",
        "Consider Twilio Verify for login codes; keep this campaign if you also send other texts.",
        "Twilio direct onboarding guide (RP §1.2)", true;
    DESCRIPTION_MISSING_BRAND = "description_missing_brand", W, [30886],
        "The description does not name the business ({value}), so reviewers cannot tell who is sending.",
        "Say who sends the texts, who gets them and why, naming {value}.",
        "Twilio error 30886 (RP §4.1)", true;
    FLOW_MISSING_LINK = "flow_missing_opt_in_link", E, [30896, 30909, 30543],
        "The opt-in description gives no web address where reviewers can see the opt-in.",
        "Add the public address of the sign-up page, or of a hosted picture of the paper form, the keyword sign, or the verbal script.",
        "Twilio errors 30896, 30909, 30543 (RP §1.1 MessageFlow, §4.2)", true;
    FLOW_MISSING_METHOD = "flow_missing_opt_in_method", E, [30896, 30909],
        "The opt-in description does not say how customers agree to get texts (a web form, a keyword, on paper, verbally, by QR code).",
        "Describe each way customers sign up for texts, step by step.",
        "Twilio errors 30896, 30909 (RP §1.1 MessageFlow)", true;
    FLOW_BEHIND_LOGIN = "flow_opt_in_behind_login", W, [30891, 30896],
        "The opt-in seems to happen after customers log in, where reviewers cannot see it.",
        "Give a public link to a screenshot of the logged-in opt-in screen, hosted where anyone can open it.",
        "Twilio errors 30891, 30896; GH-LOREHEX-567 (RP §4.1, §6)", true;
    CTA_MISSING_SMS = "cta_missing_sms_wording", E, [30551],
        "The opt-in wording never says the customer agrees to text messages (SMS).",
        "Make the consent sentence say \"text messages\" or \"SMS\".",
        "Twilio error 30551 (RP §4.2)", true;
    CTA_MISSING_FREQUENCY = "cta_missing_frequency", E, [30545],
        "The opt-in wording does not say how often you text.",
        "Add a frequency, such as \"Message frequency varies\" or \"up to 4 msgs/month\".",
        "Twilio error 30545 (RP §4.2)", true;
    CTA_MISSING_RATES = "cta_missing_rates", E, [30569],
        "The opt-in wording does not say \"Msg & data rates may apply\".",
        "Add \"Msg & data rates may apply\" next to the consent.",
        "Twilio error 30569 (RP §4.2)", true;
    CTA_MISSING_HELP = "cta_missing_help", E, [30570],
        "The opt-in wording does not tell customers how to get help.",
        "Add \"Reply HELP for help\".",
        "Twilio error 30570 (RP §4.2)", true;
    CTA_MISSING_STOP = "cta_missing_stop", E, [30909, 30896],
        "The opt-in wording does not tell customers how to stop the texts.",
        "Add \"Reply STOP to opt out\".",
        "Twilio errors 30909, 30896; CTIA (RP §1.1 MessageFlow, §5)", true;
    CTA_MISSING_PRIVACY = "cta_missing_privacy_policy", E, [30908],
        "The opt-in description does not point to a privacy policy.",
        "Link your privacy policy at the opt-in and in this description.",
        "Twilio error 30908 (RP §1.1 MessageFlow, §4.1)", true;
    CTA_MISSING_TERMS = "cta_missing_terms", W, [30882, 30909],
        "The opt-in description does not point to your texting terms.",
        "Link your terms (with the texting program's details) at the opt-in and in this description.",
        "Twilio errors 30882, 30909 (RP §1.1 MessageFlow, §4.1)", true;
    CONSENT_PRECHECKED = "consent_prechecked", E, [30508, 30446],
        "The texting consent box is described as checked in advance; consent must be the customer's own choice.",
        "Leave the box unchecked by default.",
        "Twilio errors 30508, 30446 (RP §4.4, §5)", true;
    CONSENT_BUNDLED = "consent_bundled", W, [30475, 30505, 30556],
        "Agreeing to texts seems to come with signing up or buying, rather than as a separate choice.",
        "Give texting its own unchecked box, and say it is not required to buy or sign up.",
        "Twilio errors 30475, 30505, 30556 (RP §4.2, §4.4, §5)", true;
    CONSENT_NOT_OPTIONAL = "consent_optional_not_stated", W, [30475, 30505],
        "The opt-in description does not say that agreeing to texts is optional.",
        "Say the box is unchecked and that consent is not a condition of purchase.",
        "Twilio errors 30475, 30505 (RP §7 C-CONSENT-OPTIONAL)", true;
    KEYWORD_OPT_IN_INCOMPLETE = "keyword_opt_in_incomplete", E, [30896],
        "Customers can text a keyword to join, but {field} is empty.",
        "Fill in the opt-in keywords and the confirmation message sent when someone joins.",
        "Twilio OpenAPI spec OptInKeywords/OptInMessage (RP §1.1)", true;
    SAMPLES_NO_BRAND = "samples_missing_brand_name", E, [30893],
        "None of the sample messages names the business ({value}).",
        "Start the samples with the business name, for example \"{value}: ...\".",
        "Twilio error 30893 (RP §1.1 MessageSamples, §4.1)", true;
    SAMPLE_NO_BRAND = "sample_missing_brand_name", W, [30893],
        "Sample {value} does not name the business.",
        "Name the business in every sample.",
        "Twilio error 30893 wording 2026 (RP §1.1 MessageSamples)", true;
    SAMPLES_NO_OPT_OUT = "samples_missing_opt_out", E, [30893],
        "None of the sample messages tells the customer how to stop (for example \"Reply STOP to opt out\").",
        "Add \"Reply STOP to opt out\" to at least one sample, best the first.",
        "Twilio error 30893 (RP §4.1)", true;
    SAMPLE_SHORTENER = "sample_public_url_shortener", E, [30892, 30449, 30525],
        "{field} uses a public link shortener ({value}); carriers filter these and reviewers reject them.",
        "Use a full link on your own website's domain (or a branded short domain you own).",
        "Twilio errors 30892, 30449, 30525; forbidden categories (RP §4.1, §4.4, §5)", true;
    SAMPLE_HTTP_LINK = "sample_insecure_link", E, [30892, 30471],
        "{field} has a link starting with http:// ({value}).",
        "Use the https:// form of the link.",
        "Twilio errors 30892, 30471 (RP §4.1, §4.4)", true;
    SAMPLE_LINK_DOMAIN = "sample_link_off_brand_domain", W, [30857, 30907],
        "{field} links to {value}, which is not your website's domain; reviewers expect links on the brand's own domain.",
        "Link to a page on your own website.",
        "Twilio errors 30857, 30907; inferred (RP §7 C-SAMPLE-DOMAIN)", true;
    EMBEDDED_PHONE_MISSING = "embedded_phone_not_in_samples", E, [30889],
        "has_embedded_phone is true, but no sample contains a phone number.",
        "Add a sample that shows the phone number you include, or set has_embedded_phone to false.",
        "Twilio error 30889 (RP §1.1, §4.1)", true;
    EMBEDDED_PHONE_UNDECLARED = "embedded_phone_not_declared", W, [30893],
        "A sample contains a phone number, but has_embedded_phone is false.",
        "Set has_embedded_phone to true.",
        "Inferred from Twilio error 30889 (RP §7 C-EMBED-PHONE)", true;
    EMBEDDED_LINK_MISSING = "embedded_link_not_in_samples", W, [30893],
        "has_embedded_links is true, but no sample contains a link; this requirement is reported by third parties and not confirmed by Twilio.",
        "Add a sample showing the link you send, or set has_embedded_links to false.",
        "BIRD (3P); inferred (RP §1.1 HasEmbeddedLinks)", false;
    EMBEDDED_LINK_UNDECLARED = "embedded_link_not_declared", W, [30893],
        "A sample contains a link, but has_embedded_links is false; the flag should match the samples (an inference, not confirmed by Twilio).",
        "Set has_embedded_links to true.",
        "Inferred (RP §7 C-EMBED-LINK)", false;
    SAMPLES_PROMOTIONAL = "samples_promotional_for_use_case", W, [30893],
        "Sample {value} reads as a promotion, but the use case ({hint}) is not marketing.",
        "Remove offers from the samples, or choose MARKETING (or MIXED) as the use case.",
        "Twilio error 30893 (RP §4.1)", true;
    NOT_ENGLISH = "text_not_english", W, [30910],
        "{field} does not look like English; reviewers need English (or an English translation).",
        "Write the text in English, or add an English translation next to it.",
        "Twilio error 30910 (RP §4.1)", true;
    OPT_IN_MESSAGE_INCOMPLETE = "opt_in_message_incomplete", E, [30540, 30503],
        "The confirmation sent when someone joins lacks: {value}.",
        "Make it name the business and include \"Reply HELP for help\" and \"Reply STOP to opt out\".",
        "Twilio errors 30540, 30503 (RP §1.1 OptInMessage, §4.2)", true;
    SELF_OPT_OUT_INCOMPLETE = "self_managed_opt_out_incomplete", E, [30887, 30890],
        "You handle STOP and HELP replies yourself, but {field} is empty.",
        "Fill in the opt-out and help keywords and messages, or use Twilio's opt-out handling.",
        "Twilio OpenAPI spec (RP §1.1 OptOut/Help fields)", true;
    OPT_OUT_MESSAGE_NO_CONFIRM = "opt_out_message_no_confirmation", E, [30887],
        "The opt-out reply does not confirm that no more texts will be sent.",
        "Say, for example: \"You are unsubscribed and will receive no more messages.\"",
        "Twilio error 30887 (RP §1.1 OptOutMessage)", true;
    HELP_MESSAGE_INCOMPLETE = "help_message_incomplete", E, [30890, 30486],
        "The help reply lacks: {value}.",
        "Make the help reply name the business and give a phone number or email for support.",
        "Twilio errors 30890, 30486 (RP §1.1 HelpMessage, §4.4)", true;
    KEYWORD_INVALID = "keyword_invalid", E, [21728],
        "Keyword \"{value}\" in {field} is not a single word of letters and digits.",
        "Use keywords made of letters and digits only, such as JOIN or STOP.",
        "Twilio OpenAPI spec keywords alphanumeric (RP §1.1)", true;
    AGE_GATE_MISSING = "age_gate_missing", E, [30888, 30448, 30512, 30529],
        "The texts mention age-restricted products ({value}) but {field} is not true.",
        "Set {field} to true and put a date-of-birth age check on the website and the opt-in.",
        "Twilio errors 30888, 30448, 30512 (RP §1.1 AgeGated, §4.4)", true;
    DIRECT_LENDING_MISSING = "direct_lending_missing", E, [30895],
        "The texts mention lending ({value}) but direct_lending is not true.",
        "Set direct_lending to true and write \"DIRECT LENDING\" in the description.",
        "Twilio error 30895 (RP §1.1 DirectLending)", true;
    DIRECT_LENDING_NOT_IN_DESCRIPTION = "direct_lending_not_in_description", E, [30895],
        "direct_lending is true but the description does not say \"DIRECT LENDING\".",
        "Add the words \"DIRECT LENDING\" to the description.",
        "Twilio error 30895 (RP §1.1 DirectLending)", true;
    FORBIDDEN_CONTENT = "forbidden_content", E, [30883, 30897],
        "{field} mentions {value}, a kind of business carriers do not allow over business texting.",
        "Remove it; if it is what the business does, this texting program cannot be registered.",
        "Twilio forbidden message categories; errors 30883, 30897, 30441-30469 (RP §4.1, §4.4, §5)", true;
    EMERGENCY_WORDING = "emergency_wording", W, [30929],
        "{field} reads like emergency alerts, which only the EMERGENCY use case may send.",
        "Remove emergency-alert wording, or register the EMERGENCY use case if you are a public-safety sender.",
        "Twilio error 30929 (RP §1.2)", true;
    POLICY_URL_MISSING = "policy_url_missing", W, [30908, 30882, 30493],
        "{field} is empty. {hint}",
        "Publish the page on your website and enter its address.",
        "OpenAPI spec (optional); A2PDESK, DEVTO, AWS-TF (3P) (RP §1.1, §3, §8.1, §8.7)", false;
    PRIVACY_SHARING_CLAUSE = "privacy_policy_missing_no_sharing_clause", E, [30908, 30477, 30520, 30521],
        "The privacy policy does not say that mobile numbers and texting consent are never shared with third parties for marketing.",
        "Add: \"Mobile information will not be shared with third parties or affiliates for marketing or promotional purposes.\"",
        "Twilio errors 30908, 30477; GH-LOREHEX-562 (RP §4.1, §6)", true;
    TERMS_INCOMPLETE = "terms_missing_program_details", E, [30882, 30558, 30560, 30562],
        "The texting terms lack: {value}.",
        "Add the program's message frequency, \"Msg & data rates may apply\", HELP and STOP instructions and a support contact.",
        "Twilio errors 30558, 30560, 30562, 30882 (RP §4.2, §5)", true;

    // ---- Brand (Trust Hub profile, A2P profile, BrandRegistration) ----
    EIN_FORMAT = "ein_format", E, [30795, 30757],
        "{field} (\"{value}\") is not a 9-digit EIN.",
        "Copy the EIN from the IRS letter (CP 575 or 147C), written as 12-3456789.",
        "Twilio errors 30795, 30757 (RP §2.1)", true;
    EIN_LOOKS_LIKE_SSN = "ein_looks_like_ssn", E, [30795],
        "{field} is written like a Social Security number (123-45-6789), not an EIN.",
        "Use the business's EIN. A person without a business tax ID registers as a sole proprietor.",
        "Twilio error 30795 (RP §4.3)", true;
    EMAIL_FREE_MAIL = "email_free_mail_domain", E, [18606, 30881, 30971, 30482, 21740],
        "{field} uses a personal mail service ({value}); reviewers need an address on the business's own domain.",
        "Use an email address at your website's domain, like name@yourbusiness.com.",
        "Twilio errors 18606, 30881, 30971, 30482, 21740 (RP §2.2, §2.4, §4)", true;
    EMAIL_DOMAIN_MISMATCH = "email_domain_not_website", E, [18606],
        "{field} is at {value}, which is not the domain of the website.",
        "Use an email address at the website's domain.",
        "Twilio error 18606 (RP §2.2, §4.3)", true;
    NOTIFICATION_EMAIL_FREE_MAIL = "notification_email_free_mail", W, [18606],
        "notification_email uses a personal mail service ({value}); reviewers have flagged this as a domain mismatch.",
        "Use an address on the business's domain for notifications.",
        "GH-SWOOP (3P) (RP §3 NotificationEmail)", true;
    REP_NAME_ROLE = "contact_name_is_a_role", E, [18604, 30483, 30801],
        "{field} is \"{value}\", a role rather than a person's name.",
        "Enter the real first and last name of a person who can act for the business.",
        "Twilio errors 18604, 30483, 30801 (RP §2.2, §3)", true;
    US_REGION_FORMAT = "us_region_not_state_code", E, [30701],
        "{field} is \"{value}\"; for a US address it must be the 2-letter state code.",
        "Write the state as its 2-letter code, such as CA or NY.",
        "TCR 30701 table; OpenAPI example (RP §2.3)", true;
    POSTAL_CODE_FORMAT = "postal_code_format", E, [30754, 30451],
        "{field} (\"{value}\") is not a valid {hint} postal code.",
        "Write the postal code as the postal service does.",
        "Twilio errors 30754, 30451 (RP §2.3, §3)", true;
    COUNTRY_FORMAT = "country_not_iso_code", E, [30729, 30755],
        "{field} (\"{value}\") is not a 2-letter country code.",
        "Use the 2-letter code, such as US or CA.",
        "Twilio errors 30729, 30755 (RP §2.3)", true;
    ADDRESS_NOT_US_CA = "address_not_us_or_canada", E, [30451, 30747],
        "{field} is \"{value}\"; this registration needs a US or Canadian address.",
        "Use the business's address in the US or Canada.",
        "Twilio error 30451; sole-prop FAQ (RP §2.5, §3)", true;
    SOLE_PROP_REGISTERED_ENTITY = "sole_proprietor_is_registered_entity", E, [30903, 30915],
        "{hint}",
        "Register as a standard brand with the company's EIN; sole proprietor is only for people without a business tax ID.",
        "Twilio sole-prop guide; errors 30903, 30915 (RP §2.5)", true;
    SOLE_PROP_MOBILE = "sole_proprietor_mobile_not_us_ca", E, [30751],
        "{field} must be a US or Canadian mobile number that can receive the verification text.",
        "Enter the owner's US or Canadian mobile number, starting +1.",
        "Twilio error 30751 (RP §2.5)", true;
    BUSINESS_TYPE_SOLE_PROP = "business_type_sole_proprietorship", E, [30903],
        "business_type says Sole Proprietorship, which goes through the sole-proprietor registration instead.",
        "Set brand_type to SOLE_PROPRIETOR and use the sole-proprietor fields, or pick the entity type on your tax records.",
        "GOVNP; Twilio sole-prop guide (RP §2.1, §2.5)", true;
    PUBLIC_COMPANY_INCOMPLETE = "public_company_incomplete", E, [30793, 30796, 21737],
        "A public company needs {value}.",
        "Fill in the stock ticker, the exchange and a brand contact email at the company's domain.",
        "Twilio errors 30793, 30796, 21737; Authentication+ (RP §2.4)", true;
    STOCK_FOR_NON_PUBLIC = "stock_fields_for_non_public", W, [30796],
        "Stock details are filled in, but company_type is not public.",
        "Set company_type to public if the company is listed; otherwise remove the stock fields.",
        "Twilio error 30796 (RP §2.4)", true;
    WEBSITE_IS_SHORTENER = "website_is_link_shortener", E, [30891, 30525],
        "{field} is a link-shortener address ({value}), not the business's website.",
        "Enter the business's own website address.",
        "Twilio errors 30891, 30525 (RP §2.1, §4)", true;
    WEBSITE_IS_SOCIAL = "website_is_social_page", W, [30490, 30891],
        "{field} is a social media page ({value}); it is accepted only when established and active.",
        "Use the business's own website if it has one.",
        "Twilio TFV rejection table 30490 (3P capture) (RP §3 BusinessWebsite)", true;

    // ---- Toll-free verification ----
    BRN_REQUIRED = "registration_number_required", E, [30527],
        "{field} is required for every business type except sole proprietors (since February 17, 2026).",
        "Enter the business registration number, its authority (EIN for US companies) and country.",
        "Twilio changelog 2026-02-17 (RP §3)", true;
    EIN_WITHOUT_DASH = "ein_without_dash", W, [30527],
        "The EIN is written without its dash; a toll-free verification was rejected for this (a third-party report, not confirmed by Twilio).",
        "Write the EIN as on the IRS letter: 12-3456789.",
        "GH-SWOOP (3P) (RP §3, §6)", false;
    POLITICAL_NEEDS_CAMPAIGN_VERIFY = "political_needs_campaign_verify", E, [30501, 30826],
        "Political election messages need a Campaign Verify token (vetting_provider CAMPAIGN_VERIFY and vetting_id).",
        "Get a Campaign Verify token and enter it as vetting_id with vetting_provider CAMPAIGN_VERIFY.",
        "Twilio changelog 2026-02-13; error 30501 (RP §3)", true;
    VERBAL_OPT_IN_SCRIPT = "verbal_opt_in_needs_script", W, [30511],
        "Verbal opt-in needs the exact script staff read, hosted at a public address in opt_in_image_urls.",
        "Host the word-for-word script (with how consent is recorded and how to opt out) and link it.",
        "Twilio error 30511; GH-SWOOP (RP §3 OptInType, §4.4)", true;
    TOO_MANY_NUMBERS = "too_many_numbers_without_reason", W, [30479, 30807],
        "This business has {value} toll-free numbers; more than 5 need a reason in additional_information.",
        "Explain in additional_information why the business needs each number.",
        "Twilio errors 30479, 30807 (RP §3 TollfreePhoneNumberSid)", true;
    MESSAGE_VOLUME_FORMAT = "message_volume_unrecognised", W, [30495],
        "message_volume (\"{value}\") is not a number of messages per month.",
        "Enter the expected monthly volume, such as 1,000.",
        "Twilio OpenAPI spec examples; Telnyx list (3P) (RP §3 MessageVolume)", true;
    SAMPLE_NO_OPT_OUT_TF = "sample_missing_opt_out", W, [30499],
        "The sample message does not tell the customer how to stop.",
        "Add \"Reply STOP to opt out\" to the sample.",
        "CTIA via Twilio (RP §3 ProductionMessageSample, §5)", true;
    SAMPLE_NO_BRAND_TF = "sample_missing_business_name", E, [30499, 30506],
        "The sample message does not name the business ({value}).",
        "Start the sample with the business name.",
        "Twilio TFV rejection table 30499 (RP §3 ProductionMessageSample)", true;
    CATEGORY_SAMPLE_MISMATCH = "sample_promotional_for_categories", W, [30499, 30496],
        "The sample reads as a promotion, but MARKETING is not among the use case categories.",
        "Add MARKETING to use_case_categories, or remove the offer from the sample.",
        "Twilio TFV rejection table 30499, 30496 (RP §3 UseCaseCategories)", true;
    CONFIRMATION_INCOMPLETE_TF = "opt_in_confirmation_incomplete", W, [30503, 30540],
        "The opt-in confirmation message lacks: {value}.",
        "Include the business name, frequency, \"Msg & data rates may apply\", HELP and STOP.",
        "Twilio errors 30503, 30540 (RP §3 OptInConfirmationMessage)", true;
    OPT_IN_EVIDENCE_MISSING = "opt_in_evidence_missing", E, [30476, 30842],
        "opt_in_image_urls is empty, so reviewers cannot see how customers opt in.",
        "Add public links to a screenshot of the form, a photo of the paper form, or the verbal script.",
        "Twilio errors 30476, 30842 (RP §3 OptInImageUrls)", true;
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The ids of the rules that predict `code`, in table order.
pub fn rules_for_code(code: u32) -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .filter(move |r| r.codes.contains(&code))
        .map(|r| r.id)
}
