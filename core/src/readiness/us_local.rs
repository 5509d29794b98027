//! The US local-number (10DLC) chain: business profile and its texting details approved ->
//! business registered with the carriers (brand APPROVED; a sole proprietor also confirms
//! its mobile number) -> number in a Messaging Service -> that service's campaign VERIFIED
//! -> the number's own registration complete.
//!
//! The organisation-wide links are judged once per organisation ([`OrgView::new`]) and the
//! campaign once per Messaging Service, so `org_readiness` stays linear in its numbers.

use std::collections::HashMap;

use super::chain::{fold, Check};
use super::facts::{error_codes, Brand, Campaign, NumberFacts, OrgFacts, TrustHubResource};
use super::status::{
    BrandStatus, BrandType, CampaignStatus, IdentityStatus, NumberRegistration, TrustHubStatus,
};
use super::types::{ActionCode, Channel, State, StepId, StepStatus};

/// The organisation's facts, judged once and shared by its numbers.
#[derive(Debug, Clone)]
pub(crate) struct OrgView<'a> {
    /// customer_profile, trust_product, brand, brand_identity.
    org_checks: [Check; 4],
    /// The campaign link of each Messaging Service, by sid (first entry wins).
    campaigns: HashMap<&'a str, Check>,
    has_services: bool,
}

impl<'a> OrgView<'a> {
    pub fn new(org: &'a OrgFacts) -> Self {
        let mut campaigns = HashMap::with_capacity(org.messaging_services.len());
        for service in &org.messaging_services {
            campaigns
                .entry(service.sid.as_str())
                .or_insert_with(|| campaign(service.campaign.as_ref()));
        }
        OrgView {
            org_checks: [
                trust_hub(org.customer_profile.as_ref(), &CUSTOMER_PROFILE),
                trust_hub(org.trust_product.as_ref(), &TRUST_PRODUCT),
                brand(org.brand.as_ref()),
                brand_identity(org.brand.as_ref()),
            ],
            campaigns,
            has_services: !org.messaging_services.is_empty(),
        }
    }

    /// The 10DLC chain for one number, starting with its texting capability.
    pub fn channel(&self, number: &NumberFacts, sms: Check) -> Channel {
        let service_sid = number
            .messaging_service_sid
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let [profile, product, brand, identity] = &self.org_checks;
        let campaign_check = match service_sid {
            Some(sid) => self
                .campaigns
                .get(sid)
                .cloned()
                .unwrap_or_else(|| campaign(None)),
            None => campaign(None),
        };
        fold(&[
            sms,
            profile.clone(),
            product.clone(),
            brand.clone(),
            identity.clone(),
            messaging_service(service_sid.is_some(), self.has_services),
            campaign_check,
            number_registration(number.a2p_registration.as_ref()),
        ])
    }
}

/// Names and codes of a Trust Hub link (the profile, or its texting details).
struct TrustHubLink {
    id: StepId,
    what: &'static str,
    missing: (&'static str, ActionCode, &'static str),
    draft: &'static str,
    in_review: &'static str,
    rejected: &'static str,
    unknown: &'static str,
    done: &'static str,
}

const CUSTOMER_PROFILE: TrustHubLink = TrustHubLink {
    id: StepId::CustomerProfile,
    what: "Business profile",
    missing: (
        "customer_profile_missing",
        ActionCode::CreateCustomerProfile,
        "No business profile yet",
    ),
    draft: "customer_profile_draft",
    in_review: "customer_profile_in_review",
    rejected: "customer_profile_rejected",
    unknown: "customer_profile_status_unknown",
    done: "Business profile approved",
};

/// The A2P Trust Product is the texting part of the business profile; to the owner both
/// are "the business profile", so it reuses the profile's action codes (the `step` of the
/// next action tells an adapter which resource to create or fix).
const TRUST_PRODUCT: TrustHubLink = TrustHubLink {
    id: StepId::TrustProduct,
    what: "Texting details of the business profile",
    missing: (
        "trust_product_missing",
        ActionCode::CompleteCustomerProfile,
        "The business profile's texting details are not filled in yet",
    ),
    draft: "trust_product_draft",
    in_review: "trust_product_in_review",
    rejected: "trust_product_rejected",
    unknown: "trust_product_status_unknown",
    done: "Texting details of the business profile approved",
};

fn trust_hub(resource: Option<&TrustHubResource>, link: &TrustHubLink) -> Check {
    let Some(resource) = resource else {
        let (reason, action, detail) = link.missing;
        return Check::unmet(
            link.id,
            State::ActionRequired,
            StepStatus::Todo,
            reason,
            Some(action),
            detail,
        );
    };
    let action_required = |status, reason, action, detail: &'static str| {
        Check::unmet(
            link.id,
            State::ActionRequired,
            status,
            reason,
            Some(action),
            detail,
        )
    };
    match &resource.status {
        Some(TrustHubStatus::TwilioApproved) => Check::done(link.id, link.done),
        Some(TrustHubStatus::Draft) => action_required(
            StepStatus::Todo,
            link.draft,
            ActionCode::CompleteCustomerProfile,
            "Started but not sent for review yet",
        ),
        Some(TrustHubStatus::PendingReview | TrustHubStatus::InReview) => Check::unmet(
            link.id,
            State::Pending,
            StepStatus::InProgress,
            link.in_review,
            Some(ActionCode::WaitCustomerProfileReview),
            "Being reviewed",
        ),
        Some(TrustHubStatus::TwilioRejected) => action_required(
            StepStatus::Failed,
            link.rejected,
            ActionCode::FixCustomerProfile,
            "Not accepted; some details need correcting",
        )
        .errors(error_codes(resource.errors.as_ref())),
        Some(TrustHubStatus::Unknown(raw)) => Check::unknown(
            link.id,
            link.what,
            Some(raw),
            link.unknown,
            ActionCode::WaitCustomerProfileReview,
        ),
        None => Check::unknown(
            link.id,
            link.what,
            None,
            link.unknown,
            ActionCode::WaitCustomerProfileReview,
        ),
    }
}

const BRAND_WHAT: &str = "Business registration";

fn brand(brand: Option<&Brand>) -> Check {
    let id = StepId::Brand;
    let Some(brand) = brand else {
        return Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "brand_missing",
            Some(ActionCode::RegisterBrand),
            "Business not registered with the carriers yet",
        );
    };
    let blocked = |reason, detail: &'static str| {
        Check::unmet(
            id,
            State::Blocked,
            StepStatus::Failed,
            reason,
            Some(ActionCode::ContactSupport),
            detail,
        )
    };
    match &brand.status {
        Some(BrandStatus::Approved) => Check::done(id, "Business registered with the carriers"),
        Some(BrandStatus::Pending | BrandStatus::InReview) => Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "brand_in_review",
            Some(ActionCode::WaitBrandReview),
            "The carriers are reviewing the business registration",
        ),
        Some(BrandStatus::Failed) => Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Failed,
            "brand_failed",
            Some(ActionCode::FixBrand),
            "The carriers turned down the business registration",
        )
        .rejection(error_codes(brand.errors.as_ref())),
        Some(BrandStatus::Suspended) => blocked(
            "brand_suspended",
            "The carriers suspended the business registration",
        ),
        Some(BrandStatus::DeletionPending) => blocked(
            "brand_deletion_pending",
            "The business registration is being deleted",
        ),
        Some(BrandStatus::DeletionFailed) => blocked(
            "brand_deletion_failed",
            "Deleting the business registration failed",
        ),
        Some(BrandStatus::Unknown(raw)) => Check::unknown(
            id,
            BRAND_WHAT,
            Some(raw),
            "brand_status_unknown",
            ActionCode::WaitBrandReview,
        ),
        None => Check::unknown(
            id,
            BRAND_WHAT,
            None,
            "brand_status_unknown",
            ActionCode::WaitBrandReview,
        ),
    }
}

/// The sole-proprietor identity link. Standard brands do not need it. A missing or unknown
/// `brand_type` could be a sole proprietor, so it needs a verified identity too; Twilio
/// always reports the type, so this only bites on incomplete input.
fn brand_identity(brand: Option<&Brand>) -> Check {
    let id = StepId::BrandIdentity;
    let brand_type = brand.and_then(|b| b.brand_type.as_ref());
    if matches!(brand_type, Some(BrandType::Standard)) {
        return Check::not_needed(
            id,
            "Mobile number confirmation: not needed for this type of business",
        );
    }
    let identity = brand.and_then(|b| b.identity_status.as_ref());
    let sole = matches!(
        brand_type,
        Some(BrandType::SoleProprietor | BrandType::Starter)
    );
    let needs_code = || {
        Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "brand_identity_unverified",
            Some(ActionCode::VerifyBrandOtp),
            "The owner's mobile number is not confirmed yet",
        )
    };
    match identity {
        Some(IdentityStatus::Verified | IdentityStatus::VettedVerified) => {
            Check::done(id, "The owner's mobile number is confirmed")
        }
        Some(IdentityStatus::Unverified | IdentityStatus::SelfDeclared) => needs_code(),
        None if sole => needs_code(),
        Some(IdentityStatus::Unknown(raw)) => Check::unknown(
            id,
            "Mobile number confirmation",
            Some(raw),
            "brand_identity_status_unknown",
            ActionCode::WaitBrandReview,
        ),
        None => {
            let what = match brand_type {
                Some(BrandType::Unknown(raw)) => format!(
                    "Business type \"{raw}\" is not one we recognise, so we can't tell whether a mobile number must be confirmed"
                ),
                _ => "No business type was reported, so we can't tell whether a mobile number must be confirmed".to_owned(),
            };
            Check::unmet(
                id,
                State::Pending,
                StepStatus::InProgress,
                "brand_type_unknown",
                Some(ActionCode::WaitBrandReview),
                what.clone(),
            )
            .message(format!(
                "{what}. Nothing to do unless it stays this way; then contact support."
            ))
        }
    }
}

fn messaging_service(in_service: bool, org_has_services: bool) -> Check {
    let id = StepId::MessagingService;
    if in_service {
        Check::done(id, "Part of your account's business texting")
    } else if org_has_services {
        Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "not_in_messaging_service",
            Some(ActionCode::AddNumberToMessagingService),
            "Not added to your account's business texting yet",
        )
    } else {
        Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "messaging_service_missing",
            Some(ActionCode::CreateMessagingService),
            "Business texting is not set up for your account yet",
        )
    }
}

const CAMPAIGN_WHAT: &str = "Description of your texts";

/// A campaign link. A number whose service is not among the organisation's services is
/// judged as having no campaign (the spec: missing = not created yet).
fn campaign(campaign: Option<&Campaign>) -> Check {
    let id = StepId::Campaign;
    let Some(campaign) = campaign else {
        return Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "campaign_missing",
            Some(ActionCode::CreateCampaign),
            "The texts you send are not described to the carriers yet",
        );
    };
    match &campaign.campaign_status {
        Some(CampaignStatus::Verified) => Check::done(id, "Approved by the carriers"),
        Some(CampaignStatus::Pending | CampaignStatus::InProgress) => Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "campaign_in_review",
            Some(ActionCode::WaitCampaignReview),
            "The carriers are reviewing it",
        ),
        Some(CampaignStatus::Failed) => Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Failed,
            "campaign_failed",
            Some(ActionCode::FixCampaign),
            "The carriers turned it down",
        )
        .rejection(error_codes(campaign.errors.as_ref())),
        Some(CampaignStatus::Suspended) => Check::unmet(
            id,
            State::Blocked,
            StepStatus::Failed,
            "campaign_suspended",
            Some(ActionCode::ContactSupport),
            "The carriers suspended it",
        ),
        Some(CampaignStatus::Expired) => Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Failed,
            "campaign_expired",
            Some(ActionCode::CreateCampaign),
            "It expired and must be submitted again",
        ),
        Some(CampaignStatus::Unknown(raw)) => Check::unknown(
            id,
            CAMPAIGN_WHAT,
            Some(raw),
            "campaign_status_unknown",
            ActionCode::WaitCampaignReview,
        ),
        None => Check::unknown(
            id,
            CAMPAIGN_WHAT,
            None,
            "campaign_status_unknown",
            ActionCode::WaitCampaignReview,
        ),
    }
}

/// The number's own registration. Unknown (null) counts as pending, never ready.
fn number_registration(registration: Option<&NumberRegistration>) -> Check {
    let id = StepId::NumberRegistration;
    match registration {
        Some(NumberRegistration::Registered) => {
            Check::done(id, "Activated by the carriers for texting")
        }
        Some(NumberRegistration::Pending) => Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "number_registration_pending",
            Some(ActionCode::WaitNumberRegistration),
            "The carriers are activating this number",
        ),
        None => Check::unmet(
            id,
            State::Pending,
            StepStatus::InProgress,
            "number_registration_unconfirmed",
            Some(ActionCode::WaitNumberRegistration),
            "Activation by the carriers is not confirmed yet",
        ),
        Some(NumberRegistration::Failed) => Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Failed,
            "number_registration_failed",
            Some(ActionCode::RetryNumberRegistration),
            "The carriers could not activate this number",
        ),
        Some(NumberRegistration::Unregistered) => Check::unmet(
            id,
            State::ActionRequired,
            StepStatus::Todo,
            "number_unregistered",
            Some(ActionCode::RetryNumberRegistration),
            "This number is not registered with the carriers",
        ),
        Some(NumberRegistration::Unknown(raw)) => Check::unknown(
            id,
            "Number activation",
            Some(raw),
            "number_registration_status_unknown",
            ActionCode::WaitNumberRegistration,
        ),
    }
}
