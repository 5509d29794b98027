//! Throughput table: how fast each sender type and 10DLC brand tier may send, per carrier,
//! and the T-Mobile daily cap per brand.
//!
//! Rates are exact rationals (`units` per `per_seconds`) so the plan stays integer: AT&T
//! publishes per-minute figures (TPM), the others per second (MPS). A unit is an SMS
//! segment or an MMS message (carriers count both). Source of every row:
//! `content-throughput-cost.md` B1/B2 (Twilio's tables as copied by JustCall/Aloware,
//! Telnyx, Sinch, Twilio's T-Mobile daily-limit article 4419040484507, Twilio's toll-free
//! MPS article 4411046744987, Twilio's account-based throughput overview) and
//! `twilio-registration.md` "Throughput and caps by brand tier".

use serde::{Deserialize, Serialize};

/// Version of this table, named in every answer.
pub const THROUGHPUT_TABLE_VERSION: &str = "throughput-2026-11";

/// A send rate: `units` per `per_seconds` (15 per 60 is AT&T's 15 TPM).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Rate {
    /// Segments (or MMS messages) released per period.
    pub units: u32,
    /// The period in seconds.
    pub per_seconds: u32,
}

impl Rate {
    const fn per_second(units: u32) -> Rate {
        Rate {
            units,
            per_seconds: 1,
        }
    }
    const fn per_minute(units: u32) -> Rate {
        Rate {
            units,
            per_seconds: 60,
        }
    }

    /// True when `self` releases at least as fast as `other` (cross-multiplied, exact).
    pub fn at_least(self, other: Rate) -> bool {
        u64::from(self.units) * u64::from(other.per_seconds)
            >= u64::from(other.units) * u64::from(self.per_seconds)
    }

    /// Plain wording: "75 segments per second", "15 segments per minute".
    pub fn describe(self, unit: &str) -> String {
        let period = match self.per_seconds {
            1 => "second".to_owned(),
            60 => "minute".to_owned(),
            n => format!("{n} seconds"),
        };
        format!(
            "{} {unit} per {period}",
            group_digits(u64::from(self.units))
        )
    }
}

/// "1 message", "2,400 messages".
pub(crate) fn count_of(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", group_digits(n))
    }
}

/// 1234567 -> "1,234,567".
pub(crate) fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The limits of one 10DLC brand tier, per carrier lane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierLimits {
    /// Table row id (`10dlc_standard_75_100`, ...).
    pub id: &'static str,
    /// AT&T per campaign, SMS segments.
    pub att_sms: Rate,
    /// AT&T per campaign, MMS messages.
    pub att_mms: Rate,
    /// T-Mobile per brand.
    pub tmobile: Rate,
    /// Verizon: Twilio's tables give it the same per-carrier figure as T-Mobile.
    pub verizon: Rate,
    /// Minor US carriers (and non-US recipients of a 10DLC number): the per-carrier figure,
    /// at most 10 MPS.
    pub other: Rate,
    /// T-Mobile segments per brand per day (resets at midnight US Pacific).
    pub tmobile_daily_cap: u64,
    /// Where the figures come from.
    pub source: &'static str,
    /// When the figures were last confirmed.
    pub as_of: &'static str,
}

const STANDARD_SOURCE: &str = "content-throughput-cost.md B2: Twilio table (JustCall/Aloware copies), Telnyx 10DLC rate limits, Twilio T-Mobile daily limits (support article 4419040484507)";

/// 10DLC sole proprietor: AT&T 15 TPM is published; T-Mobile and Verizon per-carrier
/// figures are not, so they get AT&T's figure, which keeps the total under the ~1 MPS
/// Twilio grants (an assumption the plan states).
pub const SOLE_PROPRIETOR: TierLimits = TierLimits {
    id: "10dlc_sole_proprietor",
    att_sms: Rate::per_minute(15),
    att_mms: Rate::per_minute(15),
    tmobile: Rate::per_minute(15),
    verizon: Rate::per_minute(15),
    other: Rate::per_minute(15),
    tmobile_daily_cap: 1_000,
    source: "content-throughput-cost.md B2 (Telgorithm on the TCR rule; Twilio 4419040484507: T-Mobile 1,000/day hard cap; spec example att.mps=0.25)",
    as_of: "2025",
};

/// 10DLC low-volume standard: about 1.25 MPS per major carrier, AT&T 75 SMS / 50 MMS TPM,
/// T-Mobile 2,000/day.
pub const LOW_VOLUME_STANDARD: TierLimits = TierLimits {
    id: "10dlc_low_volume_standard",
    att_sms: Rate::per_minute(75),
    att_mms: Rate::per_minute(50),
    tmobile: Rate::per_minute(75),
    verizon: Rate::per_minute(75),
    other: Rate::per_minute(75),
    tmobile_daily_cap: 2_000,
    source: "content-throughput-cost.md B2 (Twilio sms-isv-setup skill, Infobip 10DLC throughput, Twilio T-Mobile daily limits)",
    as_of: "2026",
};

/// 10DLC standard brands by trust score, best first: (lowest score of the band, limits).
pub const STANDARD_BY_SCORE: &[(u8, TierLimits)] = &[
    (
        75,
        TierLimits {
            id: "10dlc_standard_75_100",
            att_sms: Rate::per_minute(4_500),
            att_mms: Rate::per_minute(2_400),
            tmobile: Rate::per_second(75),
            verizon: Rate::per_second(75),
            other: Rate::per_second(10),
            tmobile_daily_cap: 200_000,
            source: STANDARD_SOURCE,
            as_of: "2026",
        },
    ),
    (
        50,
        TierLimits {
            id: "10dlc_standard_50_74",
            att_sms: Rate::per_minute(2_400),
            att_mms: Rate::per_minute(1_200),
            tmobile: Rate::per_second(40),
            verizon: Rate::per_second(40),
            other: Rate::per_second(10),
            tmobile_daily_cap: 40_000,
            source: STANDARD_SOURCE,
            as_of: "2026",
        },
    ),
    (
        25,
        TierLimits {
            id: "10dlc_standard_25_49",
            att_sms: Rate::per_minute(240),
            att_mms: Rate::per_minute(150),
            tmobile: Rate::per_second(4),
            verizon: Rate::per_second(4),
            other: Rate::per_second(4),
            tmobile_daily_cap: 10_000,
            source: STANDARD_SOURCE,
            as_of: "2026",
        },
    ),
    (
        1,
        TierLimits {
            id: "10dlc_standard_1_24",
            att_sms: Rate::per_minute(240),
            att_mms: Rate::per_minute(150),
            tmobile: Rate::per_second(4),
            verizon: Rate::per_second(4),
            other: Rate::per_second(4),
            tmobile_daily_cap: 2_000,
            source: STANDARD_SOURCE,
            as_of: "2026",
        },
    ),
    (
        0,
        TierLimits {
            id: "10dlc_standard_vetting_skipped",
            att_sms: Rate::per_minute(240),
            att_mms: Rate::per_minute(150),
            tmobile: Rate::per_second(4),
            verizon: Rate::per_second(4),
            other: Rate::per_second(4),
            tmobile_daily_cap: 2_000,
            source: "content-throughput-cost.md B2: Twilio table (JustCall copy), 2023; AWS gives 0.2 MPS for skipped vetting [conflict]",
            as_of: "2023",
        },
    ),
];

/// A verified toll-free number: 3 MPS by default (High-Throughput Toll-Free: 25-150 MPS
/// through Twilio Sales, passed as `mps`). Twilio, 4411046744987, 2023-2024.
pub const TOLL_FREE_MPS: u32 = 3;
/// US and Canadian short codes: 100 MPS by default. Twilio account-based throughput
/// overview (2022+) and the Canadian short-code guidelines (2024+).
pub const SHORT_CODE_MPS: u32 = 100;
/// A Canadian long code: 1 MPS per number. Twilio, Understanding Twilio Rate Limits
/// (115002943027), 2021-2023.
pub const CA_LONG_CODE_MPS_PER_NUMBER: u32 = 1;
/// Twilio's account-wide ceiling across all senders (error 63017).
pub const ACCOUNT_MPS_CEILING: u32 = 2_000;
/// Twilio's queue limit and the default and largest `ValidityPeriod`: 10 hours (errors
/// 90007/30045/30036, content-throughput-cost.md B1).
pub const MAX_VALIDITY_SECONDS: u32 = 36_000;

/// The trust-score band for a standard brand (scores above 100 are refused earlier).
pub fn standard_by_score(score: u8) -> TierLimits {
    STANDARD_BY_SCORE
        .iter()
        .find(|(low, _)| score >= *low)
        .map_or(SOLE_PROPRIETOR, |(_, limits)| *limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The range of the plan for unknown carriers skips "everyone on Verizon" because
    /// Verizon is never slower than AT&T and has no cap; this keeps that true.
    #[test]
    fn verizon_is_never_slower_than_att() {
        let tiers = STANDARD_BY_SCORE
            .iter()
            .map(|(_, t)| *t)
            .chain([SOLE_PROPRIETOR, LOW_VOLUME_STANDARD]);
        for tier in tiers {
            assert!(tier.verizon.at_least(tier.att_sms), "{}", tier.id);
            assert!(tier.verizon.at_least(tier.att_mms), "{}", tier.id);
        }
    }

    #[test]
    fn better_bands_are_never_slower_or_lower_capped() {
        let ordered: Vec<TierLimits> = [SOLE_PROPRIETOR, LOW_VOLUME_STANDARD]
            .into_iter()
            .chain(STANDARD_BY_SCORE.iter().rev().map(|(_, t)| *t))
            .collect();
        for pair in ordered.windows(2) {
            let (lo, hi) = (pair[0], pair[1]);
            for (a, b) in [
                (hi.att_sms, lo.att_sms),
                (hi.att_mms, lo.att_mms),
                (hi.tmobile, lo.tmobile),
                (hi.verizon, lo.verizon),
                (hi.other, lo.other),
            ] {
                assert!(a.at_least(b), "{} vs {}", hi.id, lo.id);
            }
            assert!(hi.tmobile_daily_cap >= lo.tmobile_daily_cap);
        }
    }

    #[test]
    fn score_bands() {
        assert_eq!(standard_by_score(100).id, "10dlc_standard_75_100");
        assert_eq!(standard_by_score(75).id, "10dlc_standard_75_100");
        assert_eq!(standard_by_score(74).id, "10dlc_standard_50_74");
        assert_eq!(standard_by_score(24).id, "10dlc_standard_1_24");
        assert_eq!(standard_by_score(0).id, "10dlc_standard_vetting_skipped");
    }

    #[test]
    fn rates_read_plainly() {
        assert_eq!(
            Rate::per_minute(4_500).describe("segments"),
            "4,500 segments per minute"
        );
        assert_eq!(
            Rate::per_second(3).describe("segments"),
            "3 segments per second"
        );
        assert_eq!(group_digits(1_234_567), "1,234,567");
        assert_eq!(group_digits(999), "999");
    }
}
