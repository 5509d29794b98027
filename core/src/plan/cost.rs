//! `estimate_cost`: what a send costs at Twilio, in integer micro-dollars.
//!
//! Per message that does not fail (`content-throughput-cost.md` C4, an inference from the
//! sources): units × (Twilio's price + the destination carrier's pass-through fee for
//! the sender type, on the send date); a unit is an SMS segment, or one MMS. Messages that
//! end `failed` are not billed as delivery attempts but pay the failed-message fee (from
//! 2024-09-30), so the expected failure share moves money from the first line to the
//! second. Optionally the fixed costs: monthly number rental and 10DLC campaign fee, and
//! the one-time brand and vetting fees. Inbound messages are not included.
//!
//! Unknown carriers of US recipients are assumed spread evenly over AT&T, T-Mobile and
//! Verizon (remainder to the first), and the range puts all of them on the cheapest and on
//! the dearest of the three. The caller may pass its own prices ([`PriceOverrides`]);
//! every line names its source and the date its amount took effect.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::prices::{self, Dated, PRICE_TABLE_VERSION};
use super::throughput::{count_of, group_digits};
use super::{
    check_sender, format_usd, units_per_message, BrandType, Carrier, Channel, SenderSpec,
    SenderType, BIG_THREE,
};
use crate::segments::Encoding;
use crate::Error;

/// The largest message count one estimate takes (a billion).
pub const MAX_COST_MESSAGES: u64 = 1_000_000_000;

/// Messages per destination carrier, as far as the backend knows them.
pub type CarrierCounts = BTreeMap<Carrier, u64>;

/// Prices the caller has from its own Twilio account, in micro-dollars (1 USD =
/// 1,000,000). Each one given replaces the table's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct PriceOverrides {
    /// Twilio's price per outbound SMS segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms_segment_micro_usd: Option<u64>,
    /// Twilio's price per outbound MMS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mms_message_micro_usd: Option<u64>,
    /// The failed-message processing fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_message_micro_usd: Option<u64>,
    /// Carrier pass-through fees per unit, for this sender type and channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier_fees_micro_usd: Option<BTreeMap<Carrier, u64>>,
    /// Monthly rental per number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_month_micro_usd: Option<u64>,
    /// Monthly 10DLC campaign fee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_month_micro_usd: Option<u64>,
}

/// Arguments of `estimate_cost`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct EstimateCostArgs {
    /// Who sends.
    pub sender: SenderSpec,
    /// How many messages.
    pub messages: u64,
    /// Messages per carrier, where known (`{"tmobile": 800, "att": 700}`); the rest are
    /// unknown. Keys: att, tmobile, verizon, us_cellular, other_us, freedom, videotron,
    /// other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carriers: Option<CarrierCounts>,
    /// `sms` (default) or `mms`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub channel: Channel,
    /// The message text (its segments are counted); or give `segments_per_message`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Apply Twilio's Smart Encoding to `body` before counting.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub smart_encoding: bool,
    /// Segments per message, when the body is not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments_per_message: Option<u32>,
    /// The day of the send, `YYYY-MM-DD` (or an RFC 3339 instant: its UTC date): picks the
    /// prices and fees in force.
    pub date: String,
    /// Expected share of messages ending `failed`, in basis points (250 = 2.5%).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub failed_share_bp: u32,
    /// Also list the monthly and one-time fixed costs.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub include_fixed: bool,
    /// The caller's own prices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prices: Option<PriceOverrides>,
}

/// One line of an estimate.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CostLine {
    /// `twilio_sms`, `twilio_mms`, `carrier_fee`, `failed_message_fee`, `number_rental`,
    /// `campaign_monthly_fee`, `brand_registration`, `campaign_vetting`.
    pub item: String,
    /// The carrier, for carrier fees.
    pub carrier: Option<Carrier>,
    /// Units, messages, numbers or fees.
    pub quantity: u64,
    /// Price per quantity, micro-dollars.
    pub unit_micro_usd: u64,
    /// quantity × unit.
    pub amount_micro_usd: u64,
    /// The date the amount took effect (null for the caller's prices).
    pub effective_from: Option<String>,
    /// Where the amount comes from (`caller` for the caller's prices).
    pub source: String,
}

/// Low and high totals when carriers are unknown.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CostRange {
    /// All unknown recipients on the cheapest of the three big carriers.
    pub low_micro_usd: u64,
    /// All on the dearest.
    pub high_micro_usd: u64,
    /// `low_micro_usd` in dollars and cents.
    pub low: String,
    /// `high_micro_usd` in dollars and cents.
    pub high: String,
}

/// Fixed costs (only with `include_fixed`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FixedCosts {
    /// Every month.
    pub monthly: Vec<CostLine>,
    /// Sum of `monthly`.
    pub monthly_total_micro_usd: u64,
    /// Once (already paid if the registration exists).
    pub one_time: Vec<CostLine>,
    /// Sum of `one_time`.
    pub one_time_total_micro_usd: u64,
}

/// Result of `estimate_cost`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CostEstimate {
    /// Price table used.
    pub table_version: String,
    /// Always `USD`; amounts are micro-dollars.
    pub currency: String,
    /// The date whose prices apply.
    pub date: String,
    /// Messages.
    pub messages: u64,
    /// Segments per message (1 for MMS).
    pub units_per_message: u32,
    /// The body's encoding, when a body was given.
    pub encoding: Option<Encoding>,
    /// Messages expected to end `failed`.
    pub failed_messages: u64,
    /// Units billed as delivery attempts.
    pub billed_units: u64,
    /// The message costs, line by line.
    pub lines: Vec<CostLine>,
    /// Sum of `lines`.
    pub total_micro_usd: u64,
    /// `total_micro_usd` in dollars and cents.
    pub total: String,
    /// When carriers are unknown: the total if all unknown were on the cheapest or the
    /// dearest big carrier.
    pub range: Option<CostRange>,
    /// Fixed costs, when asked.
    pub fixed: Option<FixedCosts>,
    /// What was assumed.
    pub assumptions: Vec<String>,
    /// The estimate in plain sentences.
    pub summary: Vec<String>,
}

/// The price in force on `date`, or the caller's.
fn price(
    item: &str,
    rows: &'static [Dated],
    date: &str,
    caller: Option<u64>,
    assumptions: &mut Vec<String>,
) -> (u64, Option<String>, String) {
    if let Some(amount) = caller {
        return (amount, None, "caller".to_owned());
    }
    match prices::in_force(rows, date) {
        Some((row, before_first)) => {
            if before_first {
                assumptions.push(format!(
                    "{item}: no price on record before {}; that first known price is used",
                    row.from
                ));
            }
            (
                row.micro_usd,
                Some(row.from.to_owned()),
                row.source.to_owned(),
            )
        }
        None => (0, None, "unknown".to_owned()),
    }
}

fn line(
    item: &str,
    carrier: Option<Carrier>,
    quantity: u64,
    unit: (u64, Option<String>, String),
) -> CostLine {
    CostLine {
        item: item.to_owned(),
        carrier,
        quantity,
        unit_micro_usd: unit.0,
        amount_micro_usd: quantity.saturating_mul(unit.0),
        effective_from: unit.1,
        source: unit.2,
    }
}

fn parse_date(text: &str) -> Result<String, Error> {
    let trimmed = text.trim();
    if let Some(date) = crate::date_text::parse_calendar_date(trimmed) {
        return Ok(crate::date_text::calendar_date(date));
    }
    crate::hours::parse_instant(trimmed, "date")
        .map(|t| crate::date_text::calendar_date(t.date_naive()))
        .map_err(|_| {
            Error::invalid_value(
                "date",
                format!("`{text}` is not a date; expected YYYY-MM-DD such as 2026-12-01, or an RFC 3339 instant"),
            )
        })
}

/// n × bp / 10,000, rounded half up.
fn share(n: u64, bp: u32) -> u64 {
    let product = u128::from(n) * u128::from(bp);
    u64::try_from((product + 5_000) / 10_000).unwrap_or(u64::MAX)
}

/// Estimates the cost of a send. Errors name the field: sender fields that do not fit
/// the type, a `date` that does not read, `failed_share_bp` over 10,000, carrier counts
/// adding up to more than `messages`, more than [`MAX_COST_MESSAGES`], both or neither of
/// `body`/`segments_per_message` for SMS.
///
/// ```
/// use telrules::plan::{estimate_cost, EstimateCostArgs};
/// let args: EstimateCostArgs = serde_json::from_value(serde_json::json!({
///     "sender": {"type": "us_10dlc", "brand": "standard", "trust_score": 80},
///     "messages": 1, "carriers": {"att": 1}, "segments_per_message": 1,
///     "date": "2026-11-01"
/// })).unwrap();
/// // AT&T, 1 segment: $0.0083 + $0.0035.
/// assert_eq!(estimate_cost(&args).unwrap().total_micro_usd, 11_800);
/// ```
pub fn estimate_cost(args: &EstimateCostArgs) -> Result<CostEstimate, Error> {
    check_sender(&args.sender)?;
    let date = parse_date(&args.date)?;
    if args.messages > MAX_COST_MESSAGES {
        return Err(Error::invalid_value(
            "messages",
            format!(
                "{} messages is more than one estimate takes; expected at most {}",
                group_digits(args.messages),
                group_digits(MAX_COST_MESSAGES)
            ),
        ));
    }
    if args.failed_share_bp > 10_000 {
        return Err(Error::invalid_value(
            "failed_share_bp",
            format!(
                "{} is not a share; expected basis points from 0 to 10000 (250 = 2.5%)",
                args.failed_share_bp
            ),
        ));
    }
    let body = units_per_message(
        args.channel,
        args.body.as_deref(),
        args.smart_encoding,
        args.segments_per_message,
    )?;
    let (units, encoding) = (body.units, body.encoding);
    let known: CarrierCounts = args.carriers.clone().unwrap_or_default();
    let known_total = known
        .values()
        .try_fold(0u64, |sum, n| sum.checked_add(*n))
        .filter(|sum| *sum <= args.messages)
        .ok_or_else(|| {
            Error::invalid_value(
                "carriers",
                format!(
                    "the carrier counts add up to more than the {} messages",
                    group_digits(args.messages)
                ),
            )
        })?;
    let unknown = args.messages - known_total;
    let overrides = args.prices.clone().unwrap_or_default();
    let sender = args.sender.sender_type;
    let mut assumptions = Vec::new();

    // Unknown recipients: a Canadian long code reaches Canadian carriers; the other
    // sender types are assumed to reach the big three US carriers.
    let spread_over: &[Carrier] = if sender == SenderType::CaLongCode {
        &[Carrier::Other]
    } else {
        &BIG_THREE
    };
    if unknown > 0 {
        assumptions.push(if sender == SenderType::CaLongCode {
            format!(
                "carrier unknown for {}: Canadian carriers other than Freedom and Vidéotron assumed, whose current fees are not published",
                count_of(unknown, "message", "messages")
            )
        } else {
            format!(
                "carrier unknown for {}: assumed spread evenly over AT&T, T-Mobile and Verizon",
                count_of(unknown, "message", "messages")
            )
        });
    }

    let base_rows = match args.channel {
        Channel::Sms => prices::SMS_SEGMENT,
        Channel::Mms => prices::MMS_MESSAGE,
    };
    let base_caller = match args.channel {
        Channel::Sms => overrides.sms_segment_micro_usd,
        Channel::Mms => overrides.mms_message_micro_usd,
    };
    if sender == SenderType::CaLongCode && base_caller.is_none() {
        assumptions.push("Canadian messages are priced at the US rate: a Twilio reseller passes the same $0.0083 through; Twilio's own Canadian price was not confirmed".to_owned());
    }
    let base = price(
        "Twilio's message price",
        base_rows,
        &date,
        base_caller,
        &mut assumptions,
    );
    let failed_fee = price(
        "failed-message fee",
        prices::FAILED_MESSAGE,
        &date,
        overrides.failed_message_micro_usd,
        &mut assumptions,
    );
    let priced = Priced {
        units: u64::from(units),
        sender,
        channel: args.channel,
        date: &date,
        failed_bp: args.failed_share_bp,
        overrides: &overrides,
        base,
        failed_fee,
    };
    let (lines, failed_messages, billed_units) =
        priced.lines(&known, unknown, spread_over, &mut assumptions);
    let total = sum_lines(&lines);

    // The range: every unknown message on the cheapest, then the dearest, carrier of
    // those it was spread over.
    let range = (unknown > 0 && spread_over.len() > 1).then(|| {
        let totals: Vec<u64> = spread_over
            .iter()
            .map(|carrier| {
                sum_lines(
                    &priced
                        .lines(
                            &known,
                            unknown,
                            std::slice::from_ref(carrier),
                            &mut Vec::new(),
                        )
                        .0,
                )
            })
            .collect();
        let low = totals.iter().copied().min().unwrap_or(total);
        let high = totals.iter().copied().max().unwrap_or(total);
        CostRange {
            low_micro_usd: low,
            high_micro_usd: high,
            low: format_usd(low),
            high: format_usd(high),
        }
    });

    let fixed = args
        .include_fixed
        .then(|| fixed_costs(&args.sender, &date, &overrides, &mut assumptions));

    let mut estimate = CostEstimate {
        table_version: PRICE_TABLE_VERSION.to_owned(),
        currency: "USD".to_owned(),
        date,
        messages: args.messages,
        units_per_message: units,
        encoding,
        failed_messages,
        billed_units,
        lines,
        total_micro_usd: total,
        total: format_usd(total),
        range,
        fixed,
        assumptions,
        summary: Vec::new(),
    };
    estimate.summary = summarise(args, &estimate, body.ucs2.as_ref());
    Ok(estimate)
}

fn sum_lines(lines: &[CostLine]) -> u64 {
    lines
        .iter()
        .fold(0u64, |s, l| s.saturating_add(l.amount_micro_usd))
}

/// Everything the per-message lines need.
struct Priced<'a> {
    units: u64,
    sender: SenderType,
    channel: Channel,
    date: &'a str,
    failed_bp: u32,
    overrides: &'a PriceOverrides,
    base: (u64, Option<String>, String),
    failed_fee: (u64, Option<String>, String),
}

impl Priced<'_> {
    fn carrier_fee(
        &self,
        carrier: Carrier,
        assumptions: &mut Vec<String>,
    ) -> Option<(u64, Option<String>, String)> {
        if let Some(amount) = self
            .overrides
            .carrier_fees_micro_usd
            .as_ref()
            .and_then(|m| m.get(&carrier))
        {
            return Some((*amount, None, "caller".to_owned()));
        }
        prices::carrier_fee_rows(carrier, self.sender, self.channel).map(|rows| {
            price(
                &format!("{} carrier fee", carrier.display()),
                rows,
                self.date,
                None,
                assumptions,
            )
        })
    }

    /// The per-message lines: (lines, failed messages, billed units). Failures are the
    /// share of each known carrier's messages and of the unknown ones as a whole, rounded
    /// half up, so every spread of the unknown ones bills the same number of them; the
    /// unknown messages that are billed are then spread evenly over `spread` (remainder
    /// to the first).
    fn lines(
        &self,
        known: &CarrierCounts,
        unknown: u64,
        spread: &[Carrier],
        assumptions: &mut Vec<String>,
    ) -> (Vec<CostLine>, u64, u64) {
        let mut billed_by_carrier: CarrierCounts = BTreeMap::new();
        let mut failed_messages = 0u64;
        for (carrier, count) in known {
            let failed = share(*count, self.failed_bp);
            failed_messages += failed;
            *billed_by_carrier.entry(*carrier).or_insert(0) += count - failed;
        }
        let unknown_failed = share(unknown, self.failed_bp);
        failed_messages += unknown_failed;
        let unknown_billed = unknown - unknown_failed;
        let parts = spread.len().max(1) as u64;
        for (k, carrier) in spread.iter().enumerate() {
            let extra = u64::from((k as u64) < unknown_billed % parts);
            *billed_by_carrier.entry(*carrier).or_insert(0) += unknown_billed / parts + extra;
        }
        let mut billed_messages = 0u64;
        let mut fee_lines = Vec::new();
        for (carrier, billed) in &billed_by_carrier {
            if *billed == 0 {
                continue;
            }
            billed_messages += billed;
            match self.carrier_fee(*carrier, assumptions) {
                Some(fee) => fee_lines.push(line(
                    "carrier_fee",
                    Some(*carrier),
                    billed.saturating_mul(self.units),
                    fee,
                )),
                None => assumptions.push(format!(
                    "no published {} fee for {} from this sender type: none counted",
                    carrier.display(),
                    match self.channel {
                        Channel::Sms => "SMS",
                        Channel::Mms => "MMS",
                    }
                )),
            }
        }
        let billed_units = billed_messages.saturating_mul(self.units);
        let item = match self.channel {
            Channel::Sms => "twilio_sms",
            Channel::Mms => "twilio_mms",
        };
        let mut lines = vec![line(item, None, billed_units, self.base.clone())];
        lines.extend(fee_lines);
        if failed_messages > 0 {
            lines.push(line(
                "failed_message_fee",
                None,
                failed_messages,
                self.failed_fee.clone(),
            ));
        }
        (lines, failed_messages, billed_units)
    }
}

fn fixed_costs(
    sender: &SenderSpec,
    date: &str,
    overrides: &PriceOverrides,
    assumptions: &mut Vec<String>,
) -> FixedCosts {
    let numbers = u64::from(sender.numbers.unwrap_or(1));
    let rental = prices::number_rental(sender.sender_type);
    let rental_price = match overrides.number_month_micro_usd {
        Some(amount) => (amount, None, "caller".to_owned()),
        None => (
            rental.micro_usd,
            Some(rental.from.to_owned()),
            rental.source.to_owned(),
        ),
    };
    let mut monthly = vec![line("number_rental", None, numbers, rental_price)];
    let mut one_time = Vec::new();
    if sender.sender_type == SenderType::Us10dlc {
        let campaign = match sender.brand {
            Some(BrandType::SoleProprietor) => 2_000_000,
            Some(BrandType::LowVolumeStandard) => 1_500_000,
            _ => 10_000_000,
        };
        let campaign_price = match overrides.campaign_month_micro_usd {
            Some(amount) => (amount, None, "caller".to_owned()),
            None => (
                campaign,
                Some("2023-01-26".to_owned()),
                prices::CAMPAIGN_MONTHLY_SOURCE.to_owned(),
            ),
        };
        monthly.push(line("campaign_monthly_fee", None, 1, campaign_price));
        let brand_rows = match sender.brand {
            Some(BrandType::Standard) => prices::BRAND_STANDARD,
            _ => prices::BRAND_BASIC,
        };
        one_time.push(line(
            "brand_registration",
            None,
            1,
            price("brand registration", brand_rows, date, None, assumptions),
        ));
        one_time.push(line(
            "campaign_vetting",
            None,
            1,
            price(
                "campaign vetting",
                prices::CAMPAIGN_VETTING,
                date,
                None,
                assumptions,
            ),
        ));
    }
    FixedCosts {
        monthly_total_micro_usd: sum_lines(&monthly),
        one_time_total_micro_usd: sum_lines(&one_time),
        monthly,
        one_time,
    }
}

fn summarise(
    args: &EstimateCostArgs,
    e: &CostEstimate,
    ucs2: Option<&(Vec<String>, u32)>,
) -> Vec<String> {
    let mut out = Vec::new();
    let what = match args.channel {
        Channel::Sms => format!(
            "{} of {} each",
            count_of(e.messages, "message", "messages"),
            count_of(u64::from(e.units_per_message), "segment", "segments")
        ),
        Channel::Mms => count_of(e.messages, "picture message", "picture messages"),
    };
    out.push(format!(
        "Cost of {what}: about {} at the prices in force on {} (table {}).",
        e.total, e.date, e.table_version
    ));
    if let Some(range) = &e.range {
        if range.low_micro_usd != range.high_micro_usd {
            out.push(format!(
                "Depending on which carriers the recipients are on: {} to {}.",
                range.low, range.high
            ));
        }
    }
    if let Some((chars, without)) = ucs2 {
        if *without < e.units_per_message {
            out.push(format!(
                "{} forces UCS-2: {} segments per message where {} would do without it.",
                chars.join(" "),
                e.units_per_message,
                without
            ));
        }
    }
    if e.failed_messages > 0 {
        out.push(format!(
            "{} expected to fail: not billed as sent, but each pays the failed-message fee.",
            count_of(e.failed_messages, "message is", "messages are")
        ));
    }
    if let Some(fixed) = &e.fixed {
        out.push(format!(
            "Fixed costs: {} a month; one-time fees {} (already paid if the registration exists).",
            format_usd(fixed.monthly_total_micro_usd),
            format_usd(fixed.one_time_total_micro_usd)
        ));
    }
    out.push("Twilio's prices vary by account and change often: pass your own in `prices` for an exact figure.".to_owned());
    out
}
