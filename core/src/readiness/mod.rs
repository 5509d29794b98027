//! Number readiness: can this number text US and Canadian recipients now, can it take
//! calls, and what is the one next step, in words a non-technical owner understands.
//!
//! Inputs are the facts a backend already has from Twilio, shaped like Twilio's resources
//! so API responses pass straight through: the number (IncomingPhoneNumber fields plus its
//! Messaging Service, its own carrier registration and its toll-free verification) and the
//! organisation's registrations (Trust Hub customer profile and A2P trust product, the A2P
//! brand, Messaging Services with their campaigns). Every part may be missing, meaning "not
//! created yet". Status strings are read as Twilio spells them, case-insensitively
//! ([`status`]); a value Twilio adds later is kept, never ready, and named in the step.
//! The rules come from `twilio-registration` research (Twilio's OpenAPI specs and error
//! pages, summarised with sources in each submodule); there are no data tables.
//!
//! Which chain a number follows, per destination (US, CA):
//! - US/CA local (10DLC) numbers: `us_local.rs`. Canada-bound texts from a long code follow
//!   the same chain. Twilio says nothing authoritative on whether they need it (only a
//!   third party does, for Canadian numbers bought after 2025-03-26), so we take the
//!   conservative reading: never ready before the full US registration is, and the CA
//!   channel carries the reason `canada_follows_us_registration`.
//! - Toll-free: `toll_free.rs`, one verification for both countries.
//! - Short codes: ready to their own country only (carriers approve a short code before it
//!   is provisioned, so an owned short code is approved); `unsupported` elsewhere.
//! - Numbers outside NANP, NANP numbers outside the US and Canada, and premium or
//!   unclassifiable numbers: `unsupported` for US/CA texting.
//! - Without the SMS capability (or when it is not reported): `unsupported`, with
//!   `enable_capability`.
//! - Voice: ready when the number can take calls and its voice webhook is active.
//!
//! Conservative readings where the sources are unsure: any unknown or missing status
//! waits at its link (`pending`, the link's "wait" action, reason `*_unknown` or
//! `*_unconfirmed`), never ready; only campaign `VERIFIED` is ready; `EXPIRED` campaigns
//! must be created again; suspended or deleting brands and suspended campaigns are
//! `blocked` (`contact_support`) wherever they sit in the chain (see `chain.rs`).
//! The regulatory bundle is accepted but gates only buying numbers abroad, not texting.
//!
//! Input strictness: the op args and [`OrgFacts`] reject unknown fields; objects that
//! mirror a Twilio resource ignore fields they do not read, so responses pass through
//! (details in [`facts`]).
//!
//! For Rust callers (sender selection): [`number_readiness`] answers for one number, and
//! [`NumberReadiness::can_text`] says whether a text to a [`Market`] goes through now.
//!
//! ```
//! use telrules::readiness::{number_readiness, Market, NumberFacts, OrgFacts, State};
//!
//! let org: OrgFacts = serde_json::from_str(r#"{
//!     "customer_profile": {"status": "twilio-approved"},
//!     "trust_product": {"status": "twilio-approved"},
//!     "brand": {"status": "APPROVED", "brand_type": "STANDARD"},
//!     "messaging_services": [{"sid": "MG1", "campaign": {"campaign_status": "IN_PROGRESS"}}]
//! }"#).unwrap();
//! let mut number = NumberFacts::new("+14155550123");
//! number.capabilities = Some(telrules::readiness::Capabilities { sms: Some(true), ..Default::default() });
//! number.messaging_service_sid = Some("MG1".to_owned());
//! let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T12:00:00Z").unwrap();
//!
//! let answer = number_readiness(&number, &org, now).unwrap();
//! assert!(!answer.can_text(Market::Us));
//! assert_eq!(answer.messaging_to(Market::Us).state, State::Pending);
//! assert_eq!(answer.badge.label, "Texting in review");
//! ```

mod badge;
mod chain;
pub mod facts;
mod org;
mod reasons;
pub mod status;
mod toll_free;
pub mod types;
mod us_local;

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::phone::{self, PhoneKind};
use crate::Error;

pub use facts::{
    Brand, Campaign, Capabilities, MessagingService, NumberFacts, OrgFacts, RegulatoryBundle,
    TollfreeVerification, TrustHubResource,
};
pub use org::{
    org_readiness, OrgNextAction, OrgReadinessArgs, OrgReadinessResult, OrgSummary, StateCounts,
};
pub use types::{
    ActionCode, Badge, Channel, Market, Messaging, NextAction, NumberReadiness, State, Step,
    StepId, StepStatus, Tone,
};

pub(crate) use us_local::OrgView;

/// Arguments of `readiness`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct ReadinessArgs {
    /// The number's facts (Twilio's IncomingPhoneNumber fields pass through).
    pub number: NumberFacts,
    #[serde(default)]
    /// The organisation's registrations; absent parts mean not created yet.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub org: OrgFacts,
    /// The current instant (toll-free edit windows expire).
    pub now: DateTime<FixedOffset>,
}

/// `readiness`: where one number stands.
pub fn readiness(args: &ReadinessArgs) -> Result<NumberReadiness, Error> {
    number_readiness(&args.number, &args.org, args.now)
}

/// Where one number stands, for Rust callers. Errors name `number.phone_number` (or
/// `number.iso_country`) when the number cannot be read.
pub fn number_readiness(
    number: &NumberFacts,
    org: &OrgFacts,
    now: DateTime<FixedOffset>,
) -> Result<NumberReadiness, Error> {
    evaluate(number, &OrgView::new(org), now).map_err(|e| e.under("number"))
}

/// One number against an already judged organisation. Error paths are relative to the
/// number object.
pub(crate) fn evaluate(
    number: &NumberFacts,
    org: &OrgView<'_>,
    now: DateTime<FixedOffset>,
) -> Result<NumberReadiness, Error> {
    let region = number.iso_country.as_deref().unwrap_or("US");
    // Lenient: a well-formed number the metadata does not list (newer or older numbering
    // than the pinned metadata) still gets an answer; only text that is not a phone number,
    // or digits no numbering plan allows, is an error.
    let lenient = phone::parse_lenient(&number.phone_number, region).map_err(|e| {
        let field = if e.path() == "default_region" {
            "iso_country"
        } else {
            "phone_number"
        };
        Error::invalid_value(field, e.to_string())
    })?;
    let parsed = &lenient.parsed;
    let e164 = match (&lenient.e164, parsed.kind) {
        (Some(e164), _) => e164.clone(),
        (None, PhoneKind::ShortCode) => number
            .phone_number
            .chars()
            .filter(char::is_ascii_digit)
            .collect(),
        _ => {
            return Err(Error::invalid_value(
                "phone_number",
                format!(
                    "`{}` is not a phone number any numbering plan allows (wrong length or country code); expected E.164 such as +14155550123, a typed number, or a short code",
                    number.phone_number
                ),
            ))
        }
    };
    let capabilities = number.capabilities.unwrap_or_default();
    let country = parsed.country.clone();
    let market = country.as_deref().and_then(Market::of_country);
    let is_short = parsed.kind == PhoneKind::ShortCode;
    let sms = || chain::sms_capability(capabilities.sms, is_short);

    let messaging = if is_short {
        let for_market = |m: Market| {
            if market == Some(m) {
                let country_name = match m {
                    Market::Us => "the US",
                    Market::Ca => "Canada",
                };
                chain::fold(&[
                    sms(),
                    chain::Check::done(
                        StepId::ShortCode,
                        format!("Approved by the carriers for texting in {country_name}"),
                    ),
                ])
            } else {
                chain::unsupported("short_code_other_country")
            }
        };
        Messaging {
            us: for_market(Market::Us),
            ca: for_market(Market::Ca),
        }
    } else if !parsed.valid {
        // Not in the metadata: never `ready` on a guess. Outside the NANP it cannot be a
        // US/Canadian texting number anyway; a +1 number with an area code the metadata
        // does not list may be new, but its country and kind are unknown.
        let reason = if e164.starts_with("+1") {
            "nanp_number_not_in_metadata"
        } else {
            "not_nanp_number"
        };
        let mut channel = chain::unsupported(reason);
        channel
            .reasons
            .push(Cow::Borrowed("number_not_in_numbering_metadata"));
        both(channel)
    } else if !parsed.is_nanp() {
        both(chain::unsupported("not_nanp_number"))
    } else if market.is_none() {
        both(chain::unsupported("not_us_or_ca_number"))
    } else {
        match parsed.kind {
            PhoneKind::TollFree => both(toll_free::channel(
                number.tollfree_verification.as_ref(),
                sms(),
                now,
            )),
            PhoneKind::Local | PhoneKind::Mobile | PhoneKind::FixedOrMobile | PhoneKind::Voip => {
                let us = org.channel(number, sms());
                let mut ca = us.clone();
                ca.reasons
                    .push(Cow::Borrowed("canada_follows_us_registration"));
                Messaging { us, ca }
            }
            PhoneKind::ShortCode | PhoneKind::Premium | PhoneKind::Unknown => {
                both(chain::unsupported("number_kind_cannot_text"))
            }
        }
    };
    let voice = if is_short {
        chain::unsupported("short_code_no_voice")
    } else {
        chain::voice(
            capabilities.voice,
            number.voice_webhook_active,
            number.voice_url.as_deref(),
            number.voice_application_sid.as_deref(),
        )
    };
    let badge = badge::badge(&messaging);
    Ok(NumberReadiness {
        number: e164,
        kind: parsed.kind,
        country,
        messaging,
        voice,
        badge,
    })
}

fn both(channel: Channel) -> Messaging {
    Messaging {
        us: channel.clone(),
        ca: channel,
    }
}

#[cfg(test)]
mod tests;
