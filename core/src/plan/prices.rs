//! Price tables: Twilio's per-message prices, carrier pass-through fees by carrier, sender
//! type and effective date, number rental, brand/campaign/vetting fees and the
//! failed-message fee. Amounts are integer micro-dollars (1 USD = 1,000,000), so $0.0083
//! is 8,300 exactly.
//!
//! Every row names its source (a section of `content-throughput-cost.md`, which carries
//! the URLs) and the date it takes effect. Dated rows for the same item are in ascending
//! order; the row in force on a date is the last one whose `from` is on or before it.
//! Twilio's prices differ by account and change often: callers pass their own
//! ([`super::cost::PriceOverrides`]), and every answer names [`PRICE_TABLE_VERSION`].

use super::{Carrier, Channel, SenderType};

/// Version of these tables, named in every answer.
pub const PRICE_TABLE_VERSION: &str = "prices-2026-11";

/// One dated amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// First day in force, `YYYY-MM-DD` (compares as text).
    pub from: &'static str,
    /// Micro-dollars.
    pub micro_usd: u64,
    /// Where it comes from.
    pub source: &'static str,
}

const C1_API_EVANGELIST: &str = "content-throughput-cost.md C1: Twilio US pricing as quoted \"current as of October 2026\" (api-evangelist post 2026-11-12; dev.to 2026)";

/// Twilio's outbound price per SMS segment, US and Canada, every sender type.
pub const SMS_SEGMENT: &[Dated] = &[Dated {
    from: "2026-10-01",
    micro_usd: 8_300,
    source: C1_API_EVANGELIST,
}];

/// Twilio's outbound price per MMS message, US (long code and toll-free).
pub const MMS_MESSAGE: &[Dated] = &[Dated {
    from: "2026-10-01",
    micro_usd: 22_000,
    source: C1_API_EVANGELIST,
}];

/// The failed-message processing fee: per message ending `failed`, not per segment.
pub const FAILED_MESSAGE: &[Dated] = &[
    Dated {
        from: "1970-01-01",
        micro_usd: 0,
        source: "content-throughput-cost.md C3: before 2024-09-30 failed messages were free (Twilio 223181728)",
    },
    Dated {
        from: "2024-09-30",
        micro_usd: 1_000,
        source: "content-throughput-cost.md C1/C3: Twilio Failed Message Processing Fees (27502337507483)",
    },
];

/// One carrier's pass-through fee rows for one sender type and channel.
#[derive(Debug, Clone, Copy)]
pub struct CarrierFee {
    /// Which carrier.
    pub carrier: Carrier,
    /// Which sender type (Canadian long codes use their own rows).
    pub sender: SenderType,
    /// SMS (per segment) or MMS (per message).
    pub channel: Channel,
    /// Dated amounts, ascending.
    pub rows: &'static [Dated],
}

const C2_ATT: &str = "content-throughput-cost.md C2: AT&T 10DLC registered (textingforless, swiftsmsgateway, textvolt 2026, autogencrm)";
const C2_TMO: &str = "content-throughput-cost.md C2: T-Mobile 10DLC registered (Bandwidth T-Mobile 10DLC; Bandwidth 2026-01 note; textvolt 2026)";
const C2_VZW: &str = "content-throughput-cost.md C2: Verizon 10DLC (Plivo; textvolt; textvolt 2026; autogencrm). The late-2025 step's month is unconfirmed; taken as 2025-10-01";
const C2_USC: &str = "content-throughput-cost.md C2: US Cellular 10DLC (textingforless; signalhouse 2026; textvolt 2026)";
const C2_OTHER: &str = "content-throughput-cost.md C2: other small US carriers $0.002-0.0035 (textvolt 2025); the 2026 big-three rule of thumb $0.0045 is used as a conservative upper figure";
const C2_TF: &str = "content-throughput-cost.md C2: toll-free (Plivo TF surcharges; recart; Bandwidth 2026-01 note; textvolt 2026 snapshot, taken from 2026-05-01)";
const C2_SC: &str = "content-throughput-cost.md C2: short code (recart; Bandwidth 2026-01 note; textvolt 2026 snapshot, taken from 2026-05-01)";
const C2_CA: &str = "content-throughput-cost.md C2: Twilio, New Freedom Mobile and Videotron Canada long code carrier fees (360036587593), 2019-11-01";

macro_rules! fee {
    ($carrier:ident, $sender:ident, $channel:ident, [$(($from:expr, $amount:expr, $source:expr)),+ $(,)?]) => {
        CarrierFee {
            carrier: Carrier::$carrier,
            sender: SenderType::$sender,
            channel: Channel::$channel,
            rows: &[$(Dated { from: $from, micro_usd: $amount, source: $source }),+],
        }
    };
}

/// Carrier pass-through fees, outbound. A carrier, sender type and channel with no row
/// costs nothing extra here, and the answer says the fee is unknown for it.
pub const CARRIER_FEES: &[CarrierFee] = &[
    fee!(
        Att,
        Us10dlc,
        Sms,
        [
            ("2021-01-01", 2_000, C2_ATT),
            ("2023-06-01", 3_000, C2_ATT),
            ("2026-04-01", 3_500, C2_ATT)
        ]
    ),
    fee!(Att, Us10dlc, Mms, [("2021-01-01", 3_500, C2_ATT)]),
    fee!(
        Tmobile,
        Us10dlc,
        Sms,
        [("2021-04-01", 3_000, C2_TMO), ("2026-01-19", 4_500, C2_TMO)]
    ),
    fee!(Tmobile, Us10dlc, Mms, [("2021-04-01", 10_000, C2_TMO)]),
    fee!(
        Verizon,
        Us10dlc,
        Sms,
        [
            ("2020-01-01", 2_500, C2_VZW),
            ("2025-10-01", 4_000, C2_VZW),
            ("2026-05-01", 4_500, C2_VZW)
        ]
    ),
    fee!(Verizon, Us10dlc, Mms, [("2020-01-01", 5_000, C2_VZW)]),
    fee!(
        UsCellular,
        Us10dlc,
        Sms,
        [("2019-01-01", 5_000, C2_USC), ("2026-01-19", 4_500, C2_USC)]
    ),
    fee!(UsCellular, Us10dlc, Mms, [("2019-01-01", 10_000, C2_USC)]),
    fee!(OtherUs, Us10dlc, Sms, [("2025-01-01", 4_500, C2_OTHER)]),
    fee!(
        Att,
        TollFree,
        Sms,
        [("2021-07-01", 2_500, C2_TF), ("2026-05-01", 3_500, C2_TF)]
    ),
    fee!(Att, TollFree, Mms, [("2021-07-01", 3_000, C2_TF)]),
    fee!(
        Tmobile,
        TollFree,
        Sms,
        [("2021-07-01", 2_500, C2_TF), ("2026-01-19", 4_500, C2_TF)]
    ),
    fee!(Tmobile, TollFree, Mms, [("2021-07-01", 10_000, C2_TF)]),
    fee!(
        Verizon,
        TollFree,
        Sms,
        [("2020-09-01", 2_500, C2_TF), ("2026-05-01", 4_500, C2_TF)]
    ),
    fee!(
        Tmobile,
        ShortCode,
        Sms,
        [("2021-01-01", 2_500, C2_SC), ("2026-01-19", 4_500, C2_SC)]
    ),
    fee!(Att, ShortCode, Sms, [("2026-05-01", 3_500, C2_SC)]),
    fee!(Verizon, ShortCode, Sms, [("2026-05-01", 4_500, C2_SC)]),
    fee!(Freedom, CaLongCode, Sms, [("2019-11-01", 4_500, C2_CA)]),
    fee!(Freedom, CaLongCode, Mms, [("2019-11-01", 9_100, C2_CA)]),
    fee!(Videotron, CaLongCode, Sms, [("2019-11-01", 5_500, C2_CA)]),
    fee!(Videotron, CaLongCode, Mms, [("2019-11-01", 5_500, C2_CA)]),
];

/// Monthly number rental by sender type.
pub fn number_rental(sender: SenderType) -> Dated {
    let source = "content-throughput-cost.md C1: dev.to 2026; LC Phone guide (local $1.15, toll-free $2.15); hivebook, Twilio 223134627 (short code $1,000/month, random)";
    let micro_usd = match sender {
        SenderType::Us10dlc | SenderType::CaLongCode => 1_150_000,
        SenderType::TollFree => 2_150_000,
        SenderType::ShortCode => 1_000_000_000,
    };
    Dated {
        from: "2025-01-01",
        micro_usd,
        source,
    }
}

/// 10DLC monthly campaign fee: $2 sole proprietor, $1.50 low-volume mixed, $10 standard
/// marketing/mixed (3-month minimum). Twilio campaign vetting FAQ; textvolt.
pub const CAMPAIGN_MONTHLY_SOURCE: &str =
    "content-throughput-cost.md C1: Twilio A2P 10DLC Campaign Vetting FAQ ($1.5-$10 by use case); textvolt";

/// One-time 10DLC brand registration rows: sole proprietor and low-volume standard.
pub const BRAND_BASIC: &[Dated] = &[
    Dated {
        from: "2021-01-01",
        micro_usd: 4_000_000,
        source: "content-throughput-cost.md C1: Twilio A2P 10DLC Campaign Vetting FAQ ($4)",
    },
    Dated {
        from: "2025-08-01",
        micro_usd: 4_500_000,
        source: "content-throughput-cost.md C1: textvolt (TCR increase 2025-08-01, $4.50)",
    },
];

/// One-time standard brand registration including secondary vetting.
pub const BRAND_STANDARD: &[Dated] = &[
    Dated {
        from: "2021-01-01",
        micro_usd: 44_000_000,
        source: "content-throughput-cost.md C1: Twilio Secondary Vetting for A2P 10DLC (4403988619163, $44)",
    },
    Dated {
        from: "2025-08-01",
        micro_usd: 46_000_000,
        source: "content-throughput-cost.md C1: textvolt / hivebook ($4.50 brand + $41 vetting, $46 at Twilio)",
    },
];

/// One-time campaign vetting fee, charged per submission (again after a denial).
pub const CAMPAIGN_VETTING: &[Dated] = &[Dated {
    from: "2023-01-26",
    micro_usd: 15_000_000,
    source: "content-throughput-cost.md C1: Twilio A2P 10DLC Campaign Vetting FAQ ($15)",
}];

/// The row in force on `date` (`YYYY-MM-DD`): the last row whose `from` is on or before
/// it; when `date` is before every row, the first row (the answer says so).
pub fn in_force(rows: &'static [Dated], date: &str) -> Option<(Dated, bool)> {
    let found = rows.iter().rev().find(|r| r.from <= date);
    match found {
        Some(row) => Some((*row, false)),
        None => rows.first().map(|r| (*r, true)),
    }
}

/// The carrier fee rows for a carrier, sender type and channel, if any are known.
pub fn carrier_fee_rows(
    carrier: Carrier,
    sender: SenderType,
    channel: Channel,
) -> Option<&'static [Dated]> {
    CARRIER_FEES
        .iter()
        .find(|f| f.carrier == carrier && f.sender == sender && f.channel == channel)
        .map(|f| f.rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_rows_ascend() {
        let mut all: Vec<&[Dated]> = CARRIER_FEES.iter().map(|f| f.rows).collect();
        all.extend([
            SMS_SEGMENT,
            MMS_MESSAGE,
            FAILED_MESSAGE,
            BRAND_BASIC,
            BRAND_STANDARD,
            CAMPAIGN_VETTING,
        ]);
        for rows in all {
            assert!(!rows.is_empty());
            for pair in rows.windows(2) {
                assert!(pair[0].from < pair[1].from, "{:?}", pair);
            }
            for row in rows {
                assert_eq!(row.from.len(), 10);
                assert!(!row.source.is_empty());
            }
        }
    }

    #[test]
    fn tmobile_fee_steps_on_its_effective_date() {
        let rows = carrier_fee_rows(Carrier::Tmobile, SenderType::Us10dlc, Channel::Sms).unwrap();
        assert_eq!(in_force(rows, "2026-01-18").unwrap().0.micro_usd, 3_000);
        assert_eq!(in_force(rows, "2026-01-19").unwrap().0.micro_usd, 4_500);
        // Before the first row: the first row, flagged.
        assert_eq!(in_force(rows, "2020-01-01").unwrap(), (rows[0], true));
    }

    #[test]
    fn failed_fee_starts_2024_09_30() {
        assert_eq!(
            in_force(FAILED_MESSAGE, "2024-09-29").unwrap().0.micro_usd,
            0
        );
        assert_eq!(
            in_force(FAILED_MESSAGE, "2024-09-30").unwrap().0.micro_usd,
            1_000
        );
    }
}
