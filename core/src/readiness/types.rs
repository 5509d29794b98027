//! The result vocabulary of `readiness`: states, checklist steps, next actions, badges.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::phone::PhoneKind;

/// Where a channel stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessState"))]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Texts (or calls) go through now.
    Ready,
    /// Waiting on a review or on carriers; nothing for the owner to do.
    Pending,
    /// The owner has a step to take.
    ActionRequired,
    /// Stopped by carriers or Twilio (suspended, being deleted); only support can help.
    Blocked,
    /// This number cannot do this at all (no capability, wrong country, not US/CA).
    Unsupported,
}

impl State {
    /// The contract's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Ready => "ready",
            State::Pending => "pending",
            State::ActionRequired => "action_required",
            State::Blocked => "blocked",
            State::Unsupported => "unsupported",
        }
    }

    /// Progress order used by the monotonicity guarantee: improving any one status (or
    /// capability) never lowers this rank. `pending` and `action_required` share a rank on
    /// purpose: finishing a review routinely hands the owner the next step (profile
    /// approved -> register the brand), which is progress, not a setback.
    pub fn progress(self) -> u8 {
        match self {
            State::Unsupported => 0,
            State::Blocked => 1,
            State::ActionRequired | State::Pending => 2,
            State::Ready => 3,
        }
    }
}

/// A checklist entry's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Complete: nothing left to do for this step.
    Done,
    /// Submitted and under review (Twilio or the carriers); nothing for the owner to do yet.
    InProgress,
    /// Not started yet, or waiting on an earlier step.
    Todo,
    /// Rejected or failed; the owner must fix and resubmit (see the channel's `next_action`).
    Failed,
    /// Does not apply to this number or destination (e.g. brand steps for a toll-free number).
    NotNeeded,
}

/// The checklist entries, in the order they are met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    /// The number has the capability (SMS) needed to text at all.
    SmsCapability,
    /// The business profile (Trust Hub customer profile) is approved by Twilio.
    CustomerProfile,
    /// The texting (A2P) trust product attached to the business profile is approved.
    TrustProduct,
    /// The business (brand) is registered with the carriers for texting (10DLC brand approved).
    Brand,
    /// Sole proprietors only: the owner's mobile number is confirmed with a one-time code.
    BrandIdentity,
    /// The number belongs to a Messaging Service of the account.
    MessagingService,
    /// That Messaging Service's campaign (description of the texts sent) is approved by the
    /// carriers.
    Campaign,
    /// The carriers have activated this particular number for texting.
    NumberRegistration,
    /// Toll-free numbers only: the toll-free verification is approved.
    TollfreeVerification,
    /// Short codes only: the short code is approved by the carriers.
    ShortCode,
    /// The number has the capability (voice) needed to take calls.
    VoiceCapability,
    /// Incoming calls to the number reach the account (a voice URL or application is set).
    VoiceWebhook,
}

impl StepId {
    /// What the step asks for, shown while it is still ahead of the owner.
    pub(crate) fn todo_detail(self) -> &'static str {
        match self {
            StepId::SmsCapability => "The number must be able to send texts",
            StepId::CustomerProfile => "Business profile: approved by Twilio",
            StepId::TrustProduct => "Texting details of the business profile: approved",
            StepId::Brand => "Business registered with the carriers for texting",
            StepId::BrandIdentity => {
                "Owner's mobile number confirmed with a one-time code (sole proprietors)"
            }
            StepId::MessagingService => "Number added to the account's texting setup",
            StepId::Campaign => "Description of the texts you send: approved by the carriers",
            StepId::NumberRegistration => "Number activated by the carriers for texting",
            StepId::TollfreeVerification => "Toll-free number verified for texting",
            StepId::ShortCode => "Short code approved by the carriers",
            StepId::VoiceCapability => "The number must be able to take calls",
            StepId::VoiceWebhook => "Calls to the number connected to your account",
        }
    }
}

/// One checklist entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessStep"))]
pub struct Step {
    /// Which checklist step this is.
    pub id: StepId,
    /// Where the step stands.
    pub status: StepStatus,
    /// One plain sentence for the owner.
    pub detail: Cow<'static, str>,
}

/// The next-action vocabulary (extend, never rename), in the order the steps are met;
/// that order breaks ties in `org_readiness`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "NextActionCode"))]
#[serde(rename_all = "snake_case")]
pub enum ActionCode {
    /// Use a number with the missing capability, or have it turned on.
    EnableCapability,
    /// Create the business profile (Trust Hub customer profile); none exists yet.
    CreateCustomerProfile,
    /// Finish the business profile (or its texting trust product) and submit it for review.
    CompleteCustomerProfile,
    /// Wait: the business profile (or trust product) is under review.
    WaitCustomerProfileReview,
    /// The business profile (or trust product) was rejected: correct it and resubmit.
    FixCustomerProfile,
    /// Register the business (brand) with the carriers.
    RegisterBrand,
    /// Wait: the carriers are reviewing the brand registration.
    WaitBrandReview,
    /// Sole proprietors: confirm the owner's mobile number with the one-time code sent to it.
    VerifyBrandOtp,
    /// The brand registration failed: correct the business details and resubmit.
    FixBrand,
    /// Texting is suspended or blocked by carriers or Twilio; only support can resolve it.
    ContactSupport,
    /// Create a Messaging Service for the account; none exists yet.
    CreateMessagingService,
    /// Add this number to the account's Messaging Service.
    AddNumberToMessagingService,
    /// Create and submit a campaign (what texts are sent and how recipients opt in).
    CreateCampaign,
    /// Wait: the carriers are reviewing the campaign.
    WaitCampaignReview,
    /// The campaign was rejected: update what was flagged and resubmit.
    FixCampaign,
    /// Wait: the carriers are activating this number under the approved campaign.
    WaitNumberRegistration,
    /// The number's registration failed: remove it from the Messaging Service and add it back.
    RetryNumberRegistration,
    /// Submit a toll-free verification for this number.
    SubmitTollfreeVerification,
    /// Wait: the toll-free verification is under review.
    WaitTollfreeReview,
    /// The toll-free verification was rejected but can still be edited: fix it before `deadline`.
    EditTollfreeVerification,
    /// The toll-free verification was rejected and can no longer be edited: submit a new one.
    ResubmitTollfreeVerification,
    /// Point the number's incoming calls at the account (set its voice webhook).
    ConfigureVoiceWebhook,
}

impl ActionCode {
    /// Every code, in order.
    pub const ALL: [ActionCode; 22] = [
        ActionCode::EnableCapability,
        ActionCode::CreateCustomerProfile,
        ActionCode::CompleteCustomerProfile,
        ActionCode::WaitCustomerProfileReview,
        ActionCode::FixCustomerProfile,
        ActionCode::RegisterBrand,
        ActionCode::WaitBrandReview,
        ActionCode::VerifyBrandOtp,
        ActionCode::FixBrand,
        ActionCode::ContactSupport,
        ActionCode::CreateMessagingService,
        ActionCode::AddNumberToMessagingService,
        ActionCode::CreateCampaign,
        ActionCode::WaitCampaignReview,
        ActionCode::FixCampaign,
        ActionCode::WaitNumberRegistration,
        ActionCode::RetryNumberRegistration,
        ActionCode::SubmitTollfreeVerification,
        ActionCode::WaitTollfreeReview,
        ActionCode::EditTollfreeVerification,
        ActionCode::ResubmitTollfreeVerification,
        ActionCode::ConfigureVoiceWebhook,
    ];

    /// The contract's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionCode::EnableCapability => "enable_capability",
            ActionCode::CreateCustomerProfile => "create_customer_profile",
            ActionCode::CompleteCustomerProfile => "complete_customer_profile",
            ActionCode::WaitCustomerProfileReview => "wait_customer_profile_review",
            ActionCode::FixCustomerProfile => "fix_customer_profile",
            ActionCode::RegisterBrand => "register_brand",
            ActionCode::WaitBrandReview => "wait_brand_review",
            ActionCode::VerifyBrandOtp => "verify_brand_otp",
            ActionCode::FixBrand => "fix_brand",
            ActionCode::ContactSupport => "contact_support",
            ActionCode::CreateMessagingService => "create_messaging_service",
            ActionCode::AddNumberToMessagingService => "add_number_to_messaging_service",
            ActionCode::CreateCampaign => "create_campaign",
            ActionCode::WaitCampaignReview => "wait_campaign_review",
            ActionCode::FixCampaign => "fix_campaign",
            ActionCode::WaitNumberRegistration => "wait_number_registration",
            ActionCode::RetryNumberRegistration => "retry_number_registration",
            ActionCode::SubmitTollfreeVerification => "submit_tollfree_verification",
            ActionCode::WaitTollfreeReview => "wait_tollfree_review",
            ActionCode::EditTollfreeVerification => "edit_tollfree_verification",
            ActionCode::ResubmitTollfreeVerification => "resubmit_tollfree_verification",
            ActionCode::ConfigureVoiceWebhook => "configure_voice_webhook",
        }
    }

    /// True for the codes that only ask the owner to wait.
    pub fn is_wait(self) -> bool {
        matches!(
            self,
            ActionCode::WaitCustomerProfileReview
                | ActionCode::WaitBrandReview
                | ActionCode::WaitCampaignReview
                | ActionCode::WaitNumberRegistration
                | ActionCode::WaitTollfreeReview
        )
    }

    /// The default message: what to do, in the owner's words (no 10DLC, no Trust Hub).
    pub fn message(self) -> &'static str {
        match self {
            ActionCode::EnableCapability => {
                "This number can't do this. Use a number that can, or ask support whether it can be turned on."
            }
            ActionCode::CreateCustomerProfile => {
                "Tell us about your business (legal name, address, contact person) so carriers know who is texting."
            }
            ActionCode::CompleteCustomerProfile => {
                "Finish your business profile and send it for review."
            }
            ActionCode::WaitCustomerProfileReview => {
                "Your business profile is being reviewed. Nothing to do for now; we'll let you know."
            }
            ActionCode::FixCustomerProfile => {
                "Your business profile was not accepted. Correct the details that were flagged and send it again."
            }
            ActionCode::RegisterBrand => {
                "Register your business with the carriers for texting, using your approved business profile."
            }
            ActionCode::WaitBrandReview => {
                "The carriers are reviewing your business registration. Nothing to do for now."
            }
            ActionCode::VerifyBrandOtp => {
                "Confirm your mobile number: reply to the verification text we sent it (we can send a new one)."
            }
            ActionCode::FixBrand => {
                "The carriers turned down your business registration. Correct your business details and submit again."
            }
            ActionCode::ContactSupport => {
                "The carriers have put texting from this number on hold. Contact support to resolve it."
            }
            ActionCode::CreateMessagingService => {
                "Turn on business texting for your account; your numbers then join it."
            }
            ActionCode::AddNumberToMessagingService => {
                "Add this number to your account's business texting."
            }
            ActionCode::CreateCampaign => {
                "Describe the texts you send and how customers agree to get them, then submit it to the carriers."
            }
            ActionCode::WaitCampaignReview => {
                "The carriers are reviewing how you text customers. This can take a few weeks; nothing to do for now."
            }
            ActionCode::FixCampaign => {
                "The carriers turned down the description of your texts. Update what was flagged and submit again."
            }
            ActionCode::WaitNumberRegistration => {
                "Your texting is approved; the carriers are now activating this number. Nothing to do for now."
            }
            ActionCode::RetryNumberRegistration => {
                "The carriers have not activated this number. Remove it from business texting and add it back to try again."
            }
            ActionCode::SubmitTollfreeVerification => {
                "Verify this toll-free number: one short form about your business and the texts you send."
            }
            ActionCode::WaitTollfreeReview => {
                "This toll-free number's verification is being reviewed. Nothing to do for now."
            }
            ActionCode::EditTollfreeVerification => {
                "The verification was turned down, but you can still fix it. Correct what was flagged and resubmit before the deadline."
            }
            ActionCode::ResubmitTollfreeVerification => {
                "The verification was turned down and can no longer be edited. Fill in a new verification form."
            }
            ActionCode::ConfigureVoiceWebhook => {
                "Connect this number to your account so it can answer calls."
            }
        }
    }
}

/// What the owner should do next for a channel.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextAction {
    /// The machine code of the advice (stable; extend, never rename).
    pub code: ActionCode,
    /// The same advice in plain words.
    pub message: Cow<'static, str>,
    /// The checklist step this action completes.
    pub step: StepId,
    /// Twilio error codes behind a rejection (for `explain_error`); empty when none.
    pub error_codes: Vec<i64>,
    /// When the action stops being possible (a toll-free edit window), RFC 3339; or null.
    pub deadline: Option<String>,
}

/// Readiness of one channel (texting to one country, or calls).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessChannel"))]
pub struct Channel {
    /// Where the channel stands.
    pub state: State,
    /// Null when ready, and when nothing the owner does can change the answer.
    pub next_action: Option<NextAction>,
    /// The ordered checklist; empty when the channel is unsupported outright.
    pub steps: Vec<Step>,
    /// Stable machine codes for why the channel is in its state.
    pub reasons: Vec<Cow<'static, str>>,
}

impl Channel {
    /// True when the channel's state is `ready`.
    pub fn is_ready(&self) -> bool {
        self.state == State::Ready
    }
}

/// Texting readiness per destination country.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Messaging {
    /// Texting to recipients in the United States.
    pub us: Channel,
    /// Texting to recipients in Canada.
    pub ca: Channel,
}

/// A destination market for texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Market {
    /// The United States (`US`).
    Us,
    /// Canada (`CA`).
    Ca,
}

impl Market {
    /// The market of an ISO 3166 alpha-2 country (`US`, `CA`, case-insensitive), if any.
    pub fn of_country(country: &str) -> Option<Market> {
        if country.eq_ignore_ascii_case("US") {
            Some(Market::Us)
        } else if country.eq_ignore_ascii_case("CA") {
            Some(Market::Ca)
        } else {
            None
        }
    }
}

/// Colour family of the badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Ready: green.
    Success,
    /// In progress, nothing to do: blue.
    Info,
    /// The owner has something to do: amber.
    Warning,
    /// Blocked: red.
    Danger,
    /// Not applicable or unsupported: grey.
    Neutral,
}

/// The phrase on the phone card.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessBadge"))]
pub struct Badge {
    /// The jargon-free phrase, e.g. "Ready to text" or "Action needed to text".
    pub label: Cow<'static, str>,
    /// Colour family to show the label in.
    pub tone: Tone,
}

/// Result of `readiness`: where one number stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ReadinessResult"))]
pub struct NumberReadiness {
    /// E.164; a short code's digits (short codes have no E.164 form).
    pub number: String,
    /// What kind of number this is (local, toll-free, mobile, short code, …).
    pub kind: PhoneKind,
    /// ISO 3166 alpha-2 country of the number (`US`, `CA`, …), or null when unknown.
    pub country: Option<String>,
    /// Texting readiness, per destination country.
    pub messaging: Messaging,
    /// Calling readiness.
    pub voice: Channel,
    /// The one phrase and colour for the phone card.
    pub badge: Badge,
}

impl NumberReadiness {
    /// Texting readiness towards recipients in `market`.
    pub fn messaging_to(&self, market: Market) -> &Channel {
        match market {
            Market::Us => &self.messaging.us,
            Market::Ca => &self.messaging.ca,
        }
    }

    /// Whether a text to a recipient in `market` would be accepted by carriers now.
    pub fn can_text(&self, market: Market) -> bool {
        self.messaging_to(market).is_ready()
    }
}
