//! Planning a bulk send: how long it takes and what it costs.
//!
//! - [`plan_send`] ([`send_plan`]): when the last message goes out, the rate that governs
//!   (which carrier's rule), what the T-Mobile daily cap pushes to later days, which
//!   recipients' quiet hours defer them ([`crate::hours::send_window_at`]), what would
//!   outlive Twilio's 10-hour queue, and a plain summary.
//! - [`estimate_cost`] ([`cost`]): segments × price, carrier pass-through fees by carrier,
//!   sender type and date, the failed-message fee for an expected failure share, and
//!   optionally the fixed monthly and one-time fees.
//!
//! Both read data tables ([`throughput`], [`prices`]), each row with its source and date,
//! and name the table version in the answer. Time is integer milliseconds and money
//! integer micro-dollars, so native and WebAssembly answers agree byte for byte.

pub mod cost;
pub mod prices;
pub mod send_plan;
pub mod throughput;

use serde::{Deserialize, Serialize};

use crate::segments::{segments, Encoding, SegmentsArgs};
use crate::Error;

pub use cost::{estimate_cost, CostEstimate, EstimateCostArgs};
pub use send_plan::{plan_send, PlanSendArgs, SendPlan};

/// The kind of number the messages go out from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PlanSenderType"))]
#[serde(rename_all = "snake_case")]
pub enum SenderType {
    /// A US local number in an A2P 10DLC campaign.
    #[serde(rename = "us_10dlc")]
    Us10dlc,
    /// A verified toll-free number (US and Canada).
    TollFree,
    /// A US or Canadian short code.
    ShortCode,
    /// A Canadian local number (+1, Canadian area code).
    CaLongCode,
}

/// The 10DLC brand registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PlanBrandType"))]
#[serde(rename_all = "snake_case")]
pub enum BrandType {
    /// No EIN: one campaign, one number.
    SoleProprietor,
    /// EIN, Low Volume Mixed campaign, secondary vetting skipped.
    LowVolumeStandard,
    /// EIN with a trust score from secondary vetting.
    Standard,
}

/// The sender: type, 10DLC brand and trust score, numbers in the service.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct SenderSpec {
    /// Number type.
    #[serde(rename = "type")]
    pub sender_type: SenderType,
    /// 10DLC only: the brand registration (required for `us_10dlc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<BrandType>,
    /// 10DLC standard brands: the trust score, 0-100 (0 = vetting skipped). Default 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_score: Option<u8>,
    /// Numbers in the Messaging Service (default 1). Raises throughput only for Canadian
    /// long codes; for 10DLC the campaign's limits apply however many numbers it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbers: Option<u32>,
    /// Toll-free and short codes: throughput bought from Twilio (segments per second), in
    /// place of the default 3 (toll-free) or 100 (short code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mps: Option<u32>,
}

/// SMS (billed and paced per segment) or MMS (per message).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PlanChannel"))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Text, per segment.
    #[default]
    Sms,
    /// Picture message, per message.
    Mms,
}

/// A destination carrier, as far as fees and limits tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Carrier {
    /// AT&T (and its prepaid brand Cricket).
    Att,
    /// T-Mobile (with Metro and the former Sprint).
    Tmobile,
    /// Verizon.
    Verizon,
    /// US Cellular.
    UsCellular,
    /// Any other US carrier.
    OtherUs,
    /// Freedom Mobile (Canada).
    Freedom,
    /// Vidéotron (Canada).
    Videotron,
    /// Any other carrier (other Canadian carriers, other countries).
    Other,
}

/// Carrier names as lookup services and backends spell them, lowercased, matched as
/// substrings in order: the first match wins. Unknown names are `other_us`/`other`
/// (conservative: no published limit is assumed to be higher than the minor-carrier one).
const CARRIER_NAMES: &[(&str, Carrier)] = &[
    ("t-mobile", Carrier::Tmobile),
    ("tmobile", Carrier::Tmobile),
    ("metro", Carrier::Tmobile),
    ("sprint", Carrier::Tmobile),
    ("at&t", Carrier::Att),
    ("cricket", Carrier::Att),
    ("verizon", Carrier::Verizon),
    ("us cellular", Carrier::UsCellular),
    ("u.s. cellular", Carrier::UsCellular),
    ("uscellular", Carrier::UsCellular),
    ("us_cellular", Carrier::UsCellular),
    ("freedom", Carrier::Freedom),
    ("videotron", Carrier::Videotron),
    ("vidéotron", Carrier::Videotron),
];

impl Carrier {
    /// Reads a carrier name (`"T-Mobile USA, Inc."`, `"att"`, `"Verizon Wireless"`);
    /// anything unrecognised is another carrier of the recipient's country.
    pub fn from_name(name: &str, country_us: bool) -> Carrier {
        let lower = name.trim().to_lowercase();
        if lower == "att" {
            return Carrier::Att;
        }
        CARRIER_NAMES
            .iter()
            .find(|(needle, _)| lower.contains(needle))
            .map_or(
                if country_us {
                    Carrier::OtherUs
                } else {
                    Carrier::Other
                },
                |(_, c)| *c,
            )
    }

    /// The contract name (`att`, `tmobile`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Carrier::Att => "att",
            Carrier::Tmobile => "tmobile",
            Carrier::Verizon => "verizon",
            Carrier::UsCellular => "us_cellular",
            Carrier::OtherUs => "other_us",
            Carrier::Freedom => "freedom",
            Carrier::Videotron => "videotron",
            Carrier::Other => "other",
        }
    }

    /// How a business owner reads it.
    pub fn display(self) -> &'static str {
        match self {
            Carrier::Att => "AT&T",
            Carrier::Tmobile => "T-Mobile",
            Carrier::Verizon => "Verizon",
            Carrier::UsCellular => "US Cellular",
            Carrier::OtherUs => "other US carriers",
            Carrier::Freedom => "Freedom Mobile",
            Carrier::Videotron => "Vidéotron",
            Carrier::Other => "other carriers",
        }
    }
}

/// The three carriers unknown US recipients are assumed to be spread over.
pub const BIG_THREE: [Carrier; 3] = [Carrier::Att, Carrier::Tmobile, Carrier::Verizon];

/// What a body costs in segments, and what it would without its non-GSM characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyUnits {
    pub units: u32,
    pub encoding: Option<Encoding>,
    /// UCS-2 bodies: the characters that forced it and the segments without them.
    pub ucs2: Option<(Vec<String>, u32)>,
}

/// Units per message and the encoding, from `segments_per_message` or the body.
pub(crate) fn units_per_message(
    channel: Channel,
    body: Option<&str>,
    smart_encoding: bool,
    segments_per_message: Option<u32>,
) -> Result<BodyUnits, Error> {
    if channel == Channel::Mms {
        // Carriers count an MMS as one unit whatever its text.
        return Ok(BodyUnits {
            units: 1,
            encoding: None,
            ucs2: None,
        });
    }
    match (body, segments_per_message) {
        (Some(_), Some(_)) => Err(Error::invalid_value(
            "segments_per_message",
            "give either `body` or `segments_per_message`, not both",
        )),
        (Some(text), None) => {
            let counted = segments(&SegmentsArgs {
                text: text.to_owned(),
                smart_encoding,
            });
            if counted.segments > MAX_SEGMENTS {
                return Err(Error::invalid_value(
                    "body",
                    format!(
                        "the body is {} segments; Twilio sends at most {MAX_SEGMENTS} (1,600 characters)",
                        counted.segments
                    ),
                ));
            }
            let ucs2 = (counted.encoding == Encoding::Ucs2).then(|| {
                let mut plain = counted.text.clone();
                for c in &counted.non_gsm {
                    plain = plain.replace(c.as_str(), "");
                }
                let without = segments(&SegmentsArgs {
                    text: plain,
                    smart_encoding: false,
                });
                (counted.non_gsm.clone(), without.segments)
            });
            Ok(BodyUnits {
                units: counted.segments,
                encoding: Some(counted.encoding),
                ucs2,
            })
        }
        (None, Some(n)) if (1..=MAX_SEGMENTS).contains(&n) => Ok(BodyUnits {
            units: n,
            encoding: None,
            ucs2: None,
        }),
        (None, Some(n)) => Err(Error::invalid_value(
            "segments_per_message",
            format!("{n} is not a segment count; expected 1 to {MAX_SEGMENTS}"),
        )),
        (None, None) => Err(Error::invalid_value(
            "body",
            "give the message `body` or `segments_per_message`",
        )),
    }
}

/// Twilio sends at most 10 segments per SMS body (1,600 characters).
pub const MAX_SEGMENTS: u32 = 10;

/// Micro-dollars as dollars and cents, rounded half up: 28_316_000 -> "$28.32".
pub fn format_usd(micro_usd: u64) -> String {
    let cents = micro_usd.saturating_add(5_000) / 10_000;
    format!(
        "${}.{:02}",
        throughput::group_digits(cents / 100),
        cents % 100
    )
}

/// Validates the sender fields that do not depend on the op.
pub(crate) fn check_sender(sender: &SenderSpec) -> Result<(), Error> {
    if sender.sender_type == SenderType::Us10dlc && sender.brand.is_none() {
        return Err(Error::invalid_value(
            "sender.brand",
            "a 10DLC sender needs its brand: sole_proprietor, low_volume_standard or standard",
        ));
    }
    if sender.sender_type != SenderType::Us10dlc && sender.brand.is_some() {
        return Err(Error::invalid_value(
            "sender.brand",
            "`brand` applies to us_10dlc senders only",
        ));
    }
    if let Some(score) = sender.trust_score {
        if score > 100 {
            return Err(Error::invalid_value(
                "sender.trust_score",
                format!("{score} is not a trust score; expected 0 to 100"),
            ));
        }
        if sender.brand != Some(BrandType::Standard) {
            return Err(Error::invalid_value(
                "sender.trust_score",
                "`trust_score` applies to standard 10DLC brands only",
            ));
        }
    }
    if sender.numbers == Some(0) {
        return Err(Error::invalid_value(
            "sender.numbers",
            "a sender needs at least 1 number",
        ));
    }
    if let Some(mps) = sender.mps {
        let allowed = matches!(
            sender.sender_type,
            SenderType::TollFree | SenderType::ShortCode
        );
        if !allowed {
            return Err(Error::invalid_value(
                "sender.mps",
                "`mps` applies to toll_free and short_code senders (10DLC limits come from the brand)",
            ));
        }
        if !(1..=throughput::ACCOUNT_MPS_CEILING).contains(&mps) {
            return Err(Error::invalid_value(
                "sender.mps",
                format!(
                    "{mps} is not a throughput; expected 1 to {} (Twilio's account-wide ceiling)",
                    throughput::ACCOUNT_MPS_CEILING
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
