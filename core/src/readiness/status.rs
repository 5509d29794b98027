//! Twilio's status vocabularies, accepted as Twilio spells them.
//!
//! Every enum here is made by `twilio_status!`: the known values (spelled as Twilio's
//! OpenAPI spec writes them, which is also how they serialise back) plus `Unknown(String)`
//! keeping any other value exactly as received. Matching ignores ASCII case and treats `-`,
//! `_` and spaces as the same separator, so `twilio-approved`, `TWILIO_APPROVED` and
//! `Twilio Approved` are one value. A value Twilio adds later never fails deserialisation;
//! the rules treat it as "not ready" and name it (see the module docs of `readiness`).
//!
//! Sources (see `readiness/mod.rs` for the full list): Twilio OpenAPI specs
//! `twilio_trusthub_v1.json`, `twilio_messaging_v1.json`, `twilio_numbers_v2.json`
//! (github.com/twilio/twilio-oai, Apache-2.0), checked 2026-04.

/// Whether `raw` (as received) and `wire` (a known spelling) name the same status:
/// ASCII case-insensitive, `-` `_` and space interchangeable, surrounding spaces ignored.
/// Allocation-free.
pub(crate) fn same_status(raw: &str, wire: &str) -> bool {
    let raw = raw.trim().as_bytes();
    let wire = wire.as_bytes();
    raw.len() == wire.len()
        && raw.iter().zip(wire).all(|(a, b)| {
            let sep = |c: u8| matches!(c, b'-' | b'_' | b' ');
            a.eq_ignore_ascii_case(b) || (sep(*a) && sep(*b))
        })
}

/// Declares a Twilio status enum: known values with their Twilio spelling, plus
/// `Unknown(String)`. Generates `from_twilio`, `as_str`, `is_unknown`, `KNOWN`, and serde
/// impls (a string in, Twilio's spelling out; an unknown value round-trips unchanged).
macro_rules! twilio_status {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version does not know, kept exactly as received.
            Unknown(String),
        }

        impl $name {
            /// Every known value, spelled as Twilio writes it.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// Reads a status as Twilio (or a person) spelled it; never fails.
            pub fn from_twilio(raw: &str) -> Self {
                $( if $crate::readiness::status::same_status(raw, $wire) {
                    return $name::$variant;
                } )+
                $name::Unknown(raw.to_owned())
            }

            /// Twilio's spelling of a known value; the raw text of an unknown one.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Unknown(raw) => raw,
                }
            }

            /// True for a value this version does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, $name::Unknown(_))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(deserializer)?;
                Ok($name::from_twilio(&raw))
            }
        }

        // The known spellings and any other string (matched case-insensitively).
        #[cfg(feature = "ts")]
        $crate::ts_support::ts_union!(
            $name,
            stringify!($name),
            $crate::ts_support::open_union($name::KNOWN.iter().copied()),
            [$($doc,)* "", " Known values are listed (matched ignoring case, `-`/`_`/space alike); any other string is accepted and read as \"not ready\"."]
        );
    };
}

twilio_status! {
    /// Trust Hub status of a Customer Profile or a Trust Product (the A2P messaging
    /// profile); both use the same enum (OAI-TH).
    pub enum TrustHubStatus {
        /// Started but not yet submitted for review.
        Draft = "draft",
        /// Submitted; waiting for Twilio's review to start.
        PendingReview = "pending-review",
        /// Under Twilio's review.
        InReview = "in-review",
        /// Rejected by Twilio; fix and resubmit.
        TwilioRejected = "twilio-rejected",
        /// Approved by Twilio.
        TwilioApproved = "twilio-approved",
    }
}

twilio_status! {
    /// Regulatory bundle status (Numbers v2). Bundles gate buying numbers abroad, never
    /// US/CA texting; accepted so a backend can pass its data through.
    pub enum BundleStatus {
        /// Started but not yet submitted for review.
        Draft = "draft",
        /// Submitted; waiting for Twilio's review to start.
        PendingReview = "pending-review",
        /// Under Twilio's review.
        InReview = "in-review",
        /// Rejected by Twilio.
        TwilioRejected = "twilio-rejected",
        /// Approved by Twilio.
        TwilioApproved = "twilio-approved",
        /// Approved provisionally, pending final checks.
        ProvisionallyApproved = "provisionally-approved",
    }
}

twilio_status! {
    /// BrandRegistration `status` (OAI-MSG; the last three were added 2025-03).
    pub enum BrandStatus {
        /// Submitted; the carriers' review has not finished.
        Pending = "PENDING",
        /// Registered with the carriers.
        Approved = "APPROVED",
        /// Registration failed; see `errors`.
        Failed = "FAILED",
        /// Under review (e.g. secondary vetting).
        InReview = "IN_REVIEW",
        /// Being deleted.
        DeletionPending = "DELETION_PENDING",
        /// Deletion failed.
        DeletionFailed = "DELETION_FAILED",
        /// Suspended by the carriers or Twilio.
        Suspended = "SUSPENDED",
    }
}

twilio_status! {
    /// BrandRegistration `identity_status`: a sole proprietor is verified once the
    /// one-time code sent to its mobile number is answered.
    pub enum IdentityStatus {
        /// Identity declared by the business, not verified.
        SelfDeclared = "SELF_DECLARED",
        /// Not verified yet (a sole proprietor has not answered the one-time code).
        Unverified = "UNVERIFIED",
        /// Identity verified.
        Verified = "VERIFIED",
        /// Identity verified and vetted.
        VettedVerified = "VETTED_VERIFIED",
    }
}

twilio_status! {
    /// BrandRegistration `brand_type` (a free string in the spec). A Low-Volume Standard
    /// brand is `STANDARD`; `STARTER` is the legacy name of sole proprietor.
    pub enum BrandType {
        /// A Standard (or Low-Volume Standard) brand.
        Standard = "STANDARD",
        /// A sole proprietor brand (identity confirmed with a one-time code).
        SoleProprietor = "SOLE_PROPRIETOR",
        /// Legacy name of the sole proprietor brand type.
        Starter = "STARTER",
    }
}

twilio_status! {
    /// UsAppToPerson `campaign_status`: a free string in Twilio's spec. Only `VERIFIED`
    /// allows traffic. `EXPIRED` is a Campaign Registry state Twilio does not confirm.
    pub enum CampaignStatus {
        /// Submitted; waiting for review.
        Pending = "PENDING",
        /// Under the carriers' review.
        InProgress = "IN_PROGRESS",
        /// Approved: the campaign's numbers may carry traffic.
        Verified = "VERIFIED",
        /// Rejected; see `errors`.
        Failed = "FAILED",
        /// Suspended by the carriers.
        Suspended = "SUSPENDED",
        /// Expired in the Campaign Registry.
        Expired = "EXPIRED",
    }
}

twilio_status! {
    /// The number's own carrier registration under its campaign (the spec's vocabulary;
    /// Twilio reports it through number-registration events and the Console export).
    pub enum NumberRegistration {
        /// The carriers have activated the number under its campaign.
        Registered = "registered",
        /// Registration in progress.
        Pending = "pending",
        /// Registration failed.
        Failed = "failed",
        /// Not registered under any campaign.
        Unregistered = "unregistered",
    }
}

twilio_status! {
    /// TollfreeVerification `status` (OAI-MSG).
    pub enum TollfreeStatus {
        /// Submitted; waiting for review.
        PendingReview = "PENDING_REVIEW",
        /// Under review.
        InReview = "IN_REVIEW",
        /// Approved: the toll-free number may text.
        TwilioApproved = "TWILIO_APPROVED",
        /// Rejected; see `edit_allowed` for whether it can still be edited.
        TwilioRejected = "TWILIO_REJECTED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_differing_in_case_and_separator_are_the_same_status() {
        for raw in [
            "twilio-approved",
            "TWILIO_APPROVED",
            "Twilio Approved",
            " twilio_approved ",
        ] {
            assert_eq!(
                TrustHubStatus::from_twilio(raw),
                TrustHubStatus::TwilioApproved,
                "{raw}"
            );
        }
        assert_eq!(
            TollfreeStatus::from_twilio("in-review"),
            TollfreeStatus::InReview
        );
    }

    #[test]
    fn unknown_value_is_kept_verbatim_and_round_trips() {
        let status: CampaignStatus = serde_json::from_str(r#""ON_HOLD""#).unwrap();
        assert_eq!(status, CampaignStatus::Unknown("ON_HOLD".to_owned()));
        assert!(status.is_unknown());
        assert_eq!(serde_json::to_string(&status).unwrap(), r#""ON_HOLD""#);
    }

    #[test]
    fn known_value_serialises_in_twilio_spelling() {
        let status: BrandStatus = serde_json::from_str(r#""approved""#).unwrap();
        assert_eq!(serde_json::to_string(&status).unwrap(), r#""APPROVED""#);
    }

    #[test]
    fn similar_but_different_values_stay_unknown() {
        assert!(BrandStatus::from_twilio("APPROVE").is_unknown());
        assert!(BrandStatus::from_twilio("APPROVED!").is_unknown());
        assert!(BrandStatus::from_twilio("").is_unknown());
        assert!(TrustHubStatus::from_twilio("twilio--approved").is_unknown());
    }

    #[test]
    fn non_string_status_is_a_type_error() {
        assert!(serde_json::from_str::<BrandStatus>("3").is_err());
    }
}
