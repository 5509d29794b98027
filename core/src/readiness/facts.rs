//! The facts readiness is decided from: one phone number and the organisation's
//! registrations, shaped like the Twilio resources they come from.
//!
//! Strictness: the containers this crate defines ([`OrgFacts`] and the op args) reject
//! unknown fields, so a misspelt `messaging_servcies` fails loudly. The objects that mirror
//! a Twilio resource ([`NumberFacts`] ~ IncomingPhoneNumber, [`TrustHubResource`],
//! [`Brand`], [`MessagingService`], [`Campaign`], [`TollfreeVerification`],
//! [`RegulatoryBundle`], [`Capabilities`]) ignore fields they do not read (`sid`,
//! `date_created`, `url`, `links`, `rate_limits`, …), so an API response can be passed
//! through unchanged. A misspelt field inside one of them reads as missing, and every
//! missing fact makes the answer more cautious, never ready (a missing `brand_type` is
//! treated as "could be a sole proprietor", see `us_local.rs`). The one exception is for
//! calls: a misspelt `voice_webhook_active` falls back to whether `voice_url` is set. We
//! accept that to let IncomingPhoneNumber responses through untouched. One limit of aliases: an
//! object carrying both spellings of one field (`campaign_status` and the legacy `status`,
//! or `sms` and `SMS`) is refused as a duplicate field rather than guessed at.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::status::{
    BrandStatus, BrandType, BundleStatus, CampaignStatus, IdentityStatus, NumberRegistration,
    TollfreeStatus, TrustHubStatus,
};

/// One phone number: Twilio's IncomingPhoneNumber fields plus its registration facts.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct NumberFacts {
    /// E.164 (`+14155550123`), typed (`(415) 555-0123`) or a short code (`89821`).
    pub phone_number: String,
    /// ISO 3166 alpha-2 country the number was bought in: the region assumed for typed
    /// numbers and short codes (which carry no country code). Default `US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso_country: Option<String>,
    /// What the line can do. Missing = nothing known, so nothing assumed (short codes
    /// excepted: they are text senders by definition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
    /// The Messaging Service whose sender pool holds the number, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// The number's voice webhook URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_url: Option<String>,
    /// A TwiML App handling the number's calls instead of `voice_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_application_sid: Option<String>,
    /// Whether the app's voice webhook is active on the number; when given, it decides
    /// (over `voice_url` / `voice_application_sid`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_webhook_active: Option<bool>,
    /// The number's own carrier registration under its campaign; null = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a2p_registration: Option<NumberRegistration>,
    /// The number's TollfreeVerification, or null when none was submitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tollfree_verification: Option<TollfreeVerification>,
}

impl NumberFacts {
    /// A number with nothing but its phone number known.
    pub fn new(phone_number: impl Into<String>) -> Self {
        NumberFacts {
            phone_number: phone_number.into(),
            ..NumberFacts::default()
        }
    }
}

/// IncomingPhoneNumber `capabilities`. AvailablePhoneNumber spells the keys `SMS`/`MMS`;
/// both spellings are accepted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "NumberCapabilities"))]
pub struct Capabilities {
    #[serde(default, alias = "SMS", skip_serializing_if = "Option::is_none")]
    /// The number can send and receive SMS; null when not reported.
    pub sms: Option<bool>,
    #[serde(default, alias = "MMS", skip_serializing_if = "Option::is_none")]
    /// The number can send and receive MMS; null when not reported.
    pub mms: Option<bool>,
    #[serde(default, alias = "Voice", skip_serializing_if = "Option::is_none")]
    /// The number can make and receive calls; null when not reported.
    pub voice: Option<bool>,
    /// A registered WhatsApp sender (not a Twilio IncomingPhoneNumber field: the backend
    /// sets it for numbers registered through the Senders API). Readiness does not read
    /// it; sender selection requires it for the `whatsapp` channel.
    #[serde(default, alias = "WhatsApp", skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<bool>,
}

/// The organisation's registrations, shared by all its numbers. Every part may be missing
/// (= not created yet).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct OrgFacts {
    /// Trust Hub (secondary) Customer Profile: the business identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_profile: Option<TrustHubResource>,
    /// Trust Hub A2P Trust Product (the messaging profile bundle).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_product: Option<TrustHubResource>,
    /// The A2P BrandRegistration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<Brand>,
    /// Messaging Services, each with its US A2P campaign (or null).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub messaging_services: Vec<MessagingService>,
    /// Regulatory bundle: gates buying numbers abroad, never US/CA texting; accepted and
    /// not used by the rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulatory_bundle: Option<RegulatoryBundle>,
}

/// A Trust Hub CustomerProfile or TrustProduct.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "TrustHubResourceFacts"))]
pub struct TrustHubResource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Review status; null when not reported.
    pub status: Option<TrustHubStatus>,
    /// Error objects behind a rejection (`[{"code": 18601}]`); kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<serde_json::Value>,
}

/// A BrandRegistration.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "BrandFacts"))]
pub struct Brand {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Registration status with the carriers; null when not reported.
    pub status: Option<BrandStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Identity verification status (sole proprietors must reach `VERIFIED`); null when not
    /// reported.
    pub identity_status: Option<IdentityStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// `STANDARD` or `SOLE_PROPRIETOR` (`STARTER`); null when not reported.
    pub brand_type: Option<BrandType>,
    /// `[{"error_code": 30701, "description", "fields", "url"}]`; kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<serde_json::Value>,
    /// Deprecated by Twilio in favour of `errors`; accepted, not shown (carrier wording).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

/// A Messaging Service and its US A2P campaign.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "MessagingServiceFacts"))]
pub struct MessagingService {
    #[serde(default)]
    /// The Messaging Service SID (`MG...`).
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub sid: String,
    /// The service's UsAppToPerson campaign, or null when none was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Campaign>,
}

/// A UsAppToPerson campaign.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "CampaignFacts"))]
pub struct Campaign {
    /// `status` is the field's name before twilio-python 6.58; both are accepted.
    #[serde(default, alias = "status", skip_serializing_if = "Option::is_none")]
    pub campaign_status: Option<CampaignStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Error objects behind a rejection (`[{"error_code": 30896}]`); kept as JSON.
    pub errors: Option<serde_json::Value>,
}

/// A TollfreeVerification.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "TollfreeVerificationFacts"))]
pub struct TollfreeVerification {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Review status of the verification; null when not reported.
    pub status: Option<TollfreeStatus>,
    /// Accepted, not shown (reviewer wording).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
    /// Whether this rejection may be fixed by editing the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit_allowed: Option<bool>,
    /// When the edit window closes (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit_expiration: Option<DateTime<FixedOffset>>,
    /// Twilio's error code for the rejection (an integer; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<serde_json::Value>,
}

/// A regulatory Bundle.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
pub struct RegulatoryBundle {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Review status of the bundle; null when not reported.
    pub status: Option<BundleStatus>,
}

/// The integer error codes inside a Twilio `errors` value: numbers, or objects with an
/// `error_code` or `code` (number or numeric string). Anything else is skipped.
pub(crate) fn error_codes(value: Option<&serde_json::Value>) -> Vec<i64> {
    use serde_json::Value;
    fn code(v: &Value) -> Option<i64> {
        match v {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            Value::Object(map) => map
                .get("error_code")
                .or_else(|| map.get("code"))
                .and_then(code_leaf),
            _ => None,
        }
    }
    fn code_leaf(v: &Value) -> Option<i64> {
        match v {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(code).collect(),
        Some(other) => code(other).into_iter().collect(),
        None => Vec::new(),
    }
}
