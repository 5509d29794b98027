//! `plan_send`: when a bulk send finishes, what governs its pace, what the carriers' caps
//! push to later days, who waits for quiet hours and what would outlive Twilio's queue.
//!
//! Model (each step a rule from `content-throughput-cost.md` B, or a stated assumption):
//! - Throughput is counted in units: SMS segments, or MMS messages.
//! - 10DLC limits are per campaign (AT&T) and per brand (T-Mobile), never per number, so a
//!   10DLC send runs four independent lanes, one per carrier group (AT&T, T-Mobile,
//!   Verizon, everything else), each at its table rate; the per-carrier rates add up to
//!   the campaign's total. Toll-free, short code and Canadian long code senders run one
//!   lane at the sender's rate (Canadian long codes: 1 MPS per number).
//! - Each lane is first-in first-out: every message is submitted at `start`, in list
//!   order. A message goes out at its lane's next free slot (rate slots are exact:
//!   unit `j` of a run starting at `t` leaves at `t + floor(j × period / units)` ms).
//! - Quiet hours are the business's job (Twilio sends whatever is queued): a message
//!   whose slot falls outside its recipient's window is held and resubmitted at the
//!   window's next opening ([`crate::hours::send_window_at`]'s `next_allowed_at`), behind
//!   what was submitted earlier.
//! - T-Mobile's 10DLC daily cap counts the brand's segments per day and resets at
//!   midnight US Pacific; a message that would exceed it is moved to the next day (sent
//!   anyway it fails with 30023, and undelivered messages are billed). The brand is
//!   assumed to have sent nothing else that day.
//! - A message that waits in the queue longer than `validity_period` (at most 10 hours)
//!   would fail with 30036; the plan counts those and gives the batch size that avoids it.
//! - Unknown carriers of US recipients: assumed spread evenly over AT&T, T-Mobile and
//!   Verizon in list order; the range is that plan against everyone unknown on AT&T and
//!   everyone unknown on T-Mobile (Verizon is never slower than AT&T and has no cap).
//!
//! Everything is integer milliseconds; the window answers are cached per group of
//! recipients that share candidate zones and regions (they get the same answer).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hasher};

use crate::hours::Tz;
use chrono::{DateTime, Days, SecondsFormat, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::throughput::{self, count_of, group_digits, Rate, TierLimits, THROUGHPUT_TABLE_VERSION};
use super::{
    check_sender, units_per_message, BrandType, Carrier, Channel, SenderSpec, SenderType, BIG_THREE,
};
use crate::hours::{
    area_code_zones, candidate_zones, regions_of_area_code, send_window_at, MessageClass, Policy,
    DEFAULT_RESTRICTED,
};
use crate::segments::Encoding;
use crate::Error;

/// The largest send one plan accepts (recipients or `count`).
pub const MAX_MESSAGES: u64 = 250_000;
/// How far ahead a plan looks; what cannot go out by then is reported as not sent.
pub const HORIZON_DAYS: i64 = 366;
/// Recipients listed by index in each deferred group and in `not_sent`.
const EXAMPLES: usize = 10;

/// One recipient of a planned send.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct PlanRecipient {
    /// The number, E.164 or as typed (US assumed without a country code).
    pub to: String,
    /// The carrier, when the backend knows it (`"T-Mobile USA, Inc."`, `"att"`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// State/province of the recipient's address (`FL`, `BC`); its quiet hours apply too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Arguments of `plan_send`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct PlanSendArgs {
    /// Who sends.
    pub sender: SenderSpec,
    /// The recipients, in the order they are submitted; or give `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<PlanRecipient>>,
    /// How many messages, when the numbers are not given (quiet hours are then not
    /// checked and every carrier is unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
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
    /// When the send starts, RFC 3339 with an offset.
    pub start: String,
    /// The message class, for quiet hours.
    pub message_class: MessageClass,
    /// Quiet-hours policy (default `strictest`).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub policy: Policy,
    /// Classes quiet hours apply to; default `["marketing"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_classes: Option<Vec<MessageClass>>,
    /// Twilio `ValidityPeriod` in seconds, 1-36,000 (default 36,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_period: Option<u32>,
}

/// A lane of the plan: one carrier group of a 10DLC send, or the whole sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PlanLane"))]
#[serde(rename_all = "snake_case")]
pub enum Lane {
    /// AT&T: per-campaign, per-minute limit.
    Att,
    /// T-Mobile: per-brand rate and daily cap.
    Tmobile,
    /// Verizon.
    Verizon,
    /// Minor US carriers and recipients outside the US.
    Other,
    /// A non-10DLC sender: one queue at the sender's rate.
    Sender,
}

impl Lane {
    fn display(self) -> &'static str {
        match self {
            Lane::Att => "AT&T",
            Lane::Tmobile => "T-Mobile",
            Lane::Verizon => "Verizon",
            Lane::Other => "other carriers",
            Lane::Sender => "the sender",
        }
    }
}

/// What limits the pace of one lane.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanePlan {
    /// The lane.
    pub lane: Lane,
    /// Messages in it.
    pub messages: u64,
    /// Segments (SMS) or messages (MMS) in it.
    pub units: u64,
    /// Its rate limit.
    pub rate: Rate,
    /// The rate in words.
    pub rate_text: String,
    /// T-Mobile 10DLC: segments per brand per day.
    pub daily_cap: Option<u64>,
    /// When its first message goes out.
    pub first_out_at: Option<String>,
    /// When its last segment goes out.
    pub last_out_at: Option<String>,
    /// Messages the daily cap moved to a later day.
    pub pushed_to_later_days: u64,
    /// Capped lanes: calendar days (US Pacific) the lane sends on.
    pub days: Option<u32>,
}

/// The limit that decides when the send ends.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Governing {
    /// The lane that finishes last.
    pub lane: Lane,
    /// `rate`, `daily_cap` or `quiet_hours` (what held its last message back most).
    pub by: String,
    /// The rule in words: "T-Mobile's daily cap of 2,000 segments per brand".
    pub rule: String,
    /// Error the carrier returns when the limit is exceeded (30022 rate, 30023 daily cap;
    /// null for quiet hours and Twilio queue pacing).
    pub error_code: Option<u32>,
}

/// Recipients held for quiet hours, grouped by the rule that held them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DeferredGroup {
    /// The first blocking rule (`us_federal`, `us_fl`, `ca_crtc`, ...).
    pub rule: String,
    /// Candidate zones of these recipients.
    pub zones: Vec<String>,
    /// Messages held.
    pub messages: u64,
    /// The earliest reopening among them.
    pub first_until: String,
    /// Indexes (in `recipients`) of the first few held.
    pub examples: Vec<u64>,
}

/// Quiet hours in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuietHoursPlan {
    /// False for `count` plans (no numbers, so no zones).
    pub checked: bool,
    /// Messages held at least once.
    pub deferred: u64,
    /// By rule and zones, in order of first appearance.
    pub groups: Vec<DeferredGroup>,
}

/// Twilio's queue.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QueuePlan {
    /// The validity period applied, seconds.
    pub validity_period: u32,
    /// Messages that would wait longer than that if submitted as planned (30036).
    pub over_validity: u64,
    /// The longest wait between submission and release, seconds.
    pub max_wait_seconds: u64,
    /// Messages the slowest lane releases within the validity period: submit at most this
    /// many at a time to it.
    pub batch_limit: u64,
}

/// What was assumed about carriers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CarrierAssumption {
    /// Recipients whose carrier was given.
    pub known: u64,
    /// US recipients of a 10DLC send without a carrier.
    pub unknown: u64,
    /// The assumption, in words (null when nothing was assumed).
    pub assumption: Option<String>,
    /// Earliest last-out instant over the scenarios (assumed split, all on AT&T, all on
    /// T-Mobile); null when nothing was assumed.
    pub earliest_last_out_at: Option<String>,
    /// Latest last-out instant over the same scenarios.
    pub latest_last_out_at: Option<String>,
}

/// A recipient that is not in the plan.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NotSent {
    /// Index in `recipients` (null for `count` plans).
    pub index: Option<u64>,
    /// `invalid_number`, `no_time_zone` (quiet hours cannot be checked),
    /// `no_send_window` (none within the horizon), `beyond_horizon`,
    /// `exceeds_daily_cap` (one message has more segments than the cap).
    pub reason: String,
}

/// Result of `plan_send`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SendPlan {
    /// Throughput table used.
    pub table_version: String,
    /// Messages in the plan (recipients or `count`).
    pub messages: u64,
    /// Segments per message (1 for MMS).
    pub units_per_message: u32,
    /// `segment` (SMS) or `message` (MMS): what rates and caps count.
    pub unit: String,
    /// The body's encoding, when a body was given.
    pub encoding: Option<Encoding>,
    /// All units of the messages that go out.
    pub total_units: u64,
    /// The start, normalised to UTC.
    pub start: String,
    /// When the first message goes out.
    pub first_out_at: Option<String>,
    /// When the last segment goes out.
    pub last_out_at: Option<String>,
    /// From `start` to `last_out_at`, whole seconds rounded up.
    pub duration_seconds: Option<u64>,
    /// What decides the end.
    pub governing: Option<Governing>,
    /// Each lane.
    pub lanes: Vec<LanePlan>,
    /// Messages the daily cap moves to later days (all lanes).
    pub pushed_to_later_days: u64,
    /// Quiet hours.
    pub quiet_hours: QuietHoursPlan,
    /// Twilio's queue.
    pub queue: QueuePlan,
    /// Carrier assumption and the range it implies.
    pub carriers: CarrierAssumption,
    /// Messages that do not go out: how many.
    pub not_sent: u64,
    /// The first few of them, with why.
    pub not_sent_examples: Vec<NotSent>,
    /// Error codes this send meets if submitted all at once instead of as planned: 30023
    /// (daily cap), 30036 (waited past the validity period) and 21611 (a single From
    /// number's queue is full).
    pub errors_to_expect: Vec<u32>,
    /// The plan in plain sentences.
    pub summary: Vec<String>,
}

// --- fast hashing of small integer keys (deterministic, no allocation) ---------------

#[derive(Default)]
struct SmallHasher(u64);

impl Hasher for SmallHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<SmallHasher>>;

// --- recipients -> groups -----------------------------------------------------------

/// What the plan needs from a number: its country and its quiet-hours group.
#[derive(Clone, Copy)]
struct NumberInfo {
    us: bool,
    zones: &'static [Tz],
    regions: &'static [&'static str],
}

/// Recipients that get the same `send_window` answer: same candidate zones, same
/// area-code regions, same stated region.
#[derive(Clone, PartialEq, Eq, Hash)]
struct GroupKey<'a> {
    zones: (usize, usize),
    regions: &'static [&'static str],
    region: Option<&'a str>,
}

struct Group {
    /// A recipient of the group, whose number is asked.
    rep: usize,
    region: Option<String>,
    zones: &'static [Tz],
    /// The class is not restricted: always open.
    always_open: bool,
    /// Last open answer: the UTC granule it holds for, [from, to) ms (kept as a range so
    /// the check per message is two comparisons, not a division).
    open: (i64, i64),
    /// Last blocked answer: blocked on [from, until) ms; `until` = i64::MAX: never opens.
    blocked: (i64, i64),
    blocked_rule: String,
}

/// Where a message goes before the unknown-carrier split.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Not planned (the number does not read).
    Skip,
    /// A US recipient of a 10DLC send whose carrier is not known.
    Unknown,
    /// A known lane.
    In(Lane),
}

struct Prepared {
    /// Per message: lane (before the unknown-carrier split) and group.
    lanes: Vec<Slot>,
    groups_of: Vec<u32>,
    groups: Vec<Group>,
    known: u64,
    unknown: u64,
    not_sent: Vec<NotSent>,
    invalid: u64,
}

const NO_GROUP: u32 = u32::MAX;

fn lane_of(carrier: Carrier) -> Lane {
    match carrier {
        Carrier::Att => Lane::Att,
        Carrier::Tmobile => Lane::Tmobile,
        Carrier::Verizon => Lane::Verizon,
        _ => Lane::Other,
    }
}

/// `+1NPANXXXXXX` -> NPANXX as a number (the zones table goes 7 digits deep for +1).
fn nanp_prefix(to: &str) -> Option<u32> {
    let digits = to.strip_prefix("+1")?.as_bytes();
    if digits.len() != 10 {
        return None;
    }
    let mut prefix = 0u32;
    for (k, &d) in digits.iter().enumerate() {
        if !d.is_ascii_digit() {
            return None;
        }
        if k < 6 {
            prefix = prefix * 10 + u32::from(d - b'0');
        }
    }
    Some(prefix)
}

/// `str::trim`, answering at once for the usual number that starts and ends with a visible
/// ASCII character (Unicode white space is ASCII white space or non-ASCII).
fn trim(text: &str) -> &str {
    let bytes = text.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// The number's facts, and whether every number of its NPA-NXX shares them (US and
/// Canada; other NANP countries' patterns can go deeper than the exchange).
fn number_info(to: &str) -> Option<(NumberInfo, bool)> {
    let parsed = crate::phone::parse(to, "US").ok()?;
    if !parsed.valid {
        return None;
    }
    let e164 = parsed.e164.as_deref()?;
    let regions = parsed
        .area_code()
        .and_then(|a| a.parse::<u16>().ok())
        .map_or(&[][..], regions_of_area_code);
    let country = parsed.country.as_deref();
    Some((
        NumberInfo {
            us: country == Some("US"),
            zones: candidate_zones(e164),
            regions,
        },
        matches!(country, Some("US" | "CA")),
    ))
}

/// The facts every `+1NPA` number with an exchange starting 2-9 shares, when the area code
/// is a US or Canadian one the phone fast path answers for (valid, country from the area
/// code) and whose zones do not depend on the exchange: exactly what [`number_info`]
/// reads for any such number, without reading it.
fn area_code_info(npa: u16) -> Option<NumberInfo> {
    let country = crate::phone::nanp_area_code_country(npa)?;
    if !matches!(country, "US" | "CA") {
        return None;
    }
    Some(NumberInfo {
        us: country == "US",
        zones: area_code_zones(npa)?,
        regions: regions_of_area_code(npa),
    })
}

/// A number read once and reused: its facts and, once a recipient without a stated region
/// has used it, that recipient's quiet-hours group (the same for all such recipients).
#[derive(Clone, Copy)]
struct Memo {
    info: NumberInfo,
    group: u32,
}

/// Per NANP area code: not looked at yet, shared by every exchange 2-9, or read per
/// NPA-NXX.
#[derive(Clone, Copy)]
enum AreaMemo {
    Unread,
    Shared(Memo),
    PerExchange,
}

/// Where a recipient's [`Memo`] lives.
#[derive(Clone, Copy)]
enum MemoAt {
    Area(usize),
    Prefix(u32),
    Nowhere,
}

/// Reads every recipient once: country, carrier lane, quiet-hours group.
///
/// US and Canadian numbers in E.164 share everything the plan needs with every number of
/// the same NPA-NXX (libphonenumber's US and CA patterns and the zones table go no deeper),
/// so those are read once per NPA-NXX; a property test checks the cache against reading
/// each number. Most area codes go further: the fast path answers from the area code and
/// the zones table has no exchange-level rows, so one memo serves the whole area code
/// (a send to 100,000 numbers over 40 area codes reads 40, not 30,000).
fn prepare(recipients: &[PlanRecipient], sender: SenderType, restricted: bool) -> Prepared {
    let mut by_area: Vec<AreaMemo> = vec![AreaMemo::Unread; 1_000];
    let mut by_prefix: FastMap<u32, Memo> = FastMap::default();
    let mut by_key: FastMap<GroupKey, u32> = FastMap::default();
    let mut out = Prepared {
        lanes: Vec::with_capacity(recipients.len()),
        groups_of: Vec::with_capacity(recipients.len()),
        groups: Vec::new(),
        known: 0,
        unknown: 0,
        not_sent: Vec::new(),
        invalid: 0,
    };
    for (index, recipient) in recipients.iter().enumerate() {
        let (info, at) = match nanp_prefix(trim(&recipient.to)) {
            Some(prefix) => {
                let npa = (prefix / 1_000) as usize;
                let exchange_starts_2_to_9 = prefix / 100 % 10 >= 2;
                let area = by_area.get(npa).copied().unwrap_or(AreaMemo::PerExchange);
                let area = match area {
                    AreaMemo::Unread if exchange_starts_2_to_9 => {
                        let read = match area_code_info(npa as u16) {
                            Some(info) => AreaMemo::Shared(Memo {
                                info,
                                group: NO_GROUP,
                            }),
                            None => AreaMemo::PerExchange,
                        };
                        if let Some(slot) = by_area.get_mut(npa) {
                            *slot = read;
                        }
                        read
                    }
                    other => other,
                };
                match area {
                    AreaMemo::Shared(memo) if exchange_starts_2_to_9 => {
                        (Some(memo.info), MemoAt::Area(npa))
                    }
                    _ => match by_prefix.get(&prefix) {
                        Some(memo) => (Some(memo.info), MemoAt::Prefix(prefix)),
                        None => match number_info(&recipient.to) {
                            Some((info, true)) => {
                                by_prefix.insert(
                                    prefix,
                                    Memo {
                                        info,
                                        group: NO_GROUP,
                                    },
                                );
                                (Some(info), MemoAt::Prefix(prefix))
                            }
                            read => (read.map(|(info, _)| info), MemoAt::Nowhere),
                        },
                    },
                }
            }
            None => (
                number_info(&recipient.to).map(|(info, _)| info),
                MemoAt::Nowhere,
            ),
        };
        let Some(info) = info else {
            out.invalid += 1;
            out.lanes.push(Slot::Skip);
            out.groups_of.push(NO_GROUP);
            if out.not_sent.len() < EXAMPLES {
                out.not_sent.push(NotSent {
                    index: Some(index as u64),
                    reason: "invalid_number".to_owned(),
                });
            }
            continue;
        };
        let lane = if sender != SenderType::Us10dlc {
            Slot::In(Lane::Sender)
        } else {
            match recipient.carrier.as_deref() {
                Some(name) => Slot::In(lane_of(Carrier::from_name(name, info.us))),
                None if info.us => Slot::Unknown,
                None => Slot::In(Lane::Other),
            }
        };
        if recipient.carrier.is_some() {
            out.known += 1;
        } else if lane == Slot::Unknown {
            out.unknown += 1;
        }
        out.lanes.push(lane);
        // Without a stated region the group follows from the number alone: remembered in
        // its memo after the first lookup.
        let memo = match (recipient.region.is_none(), at) {
            (true, MemoAt::Area(npa)) => match by_area.get_mut(npa) {
                Some(AreaMemo::Shared(memo)) => Some(memo),
                _ => None,
            },
            (true, MemoAt::Prefix(prefix)) => by_prefix.get_mut(&prefix),
            _ => None,
        };
        if let Some(memo) = memo.as_ref().filter(|m| m.group != NO_GROUP) {
            out.groups_of.push(memo.group);
            continue;
        }
        let key = GroupKey {
            zones: (info.zones.as_ptr() as usize, info.zones.len()),
            regions: info.regions,
            region: recipient.region.as_deref(),
        };
        let next_id = out.groups.len() as u32;
        let id = *by_key.entry(key).or_insert_with(|| {
            out.groups.push(Group {
                rep: index,
                region: recipient.region.clone(),
                zones: info.zones,
                always_open: !restricted,
                open: (0, 0),
                blocked: (0, 0),
                blocked_rule: String::new(),
            });
            next_id
        });
        if let Some(memo) = memo {
            memo.group = id;
        }
        out.groups_of.push(id);
    }
    out
}

// --- the lane simulation -----------------------------------------------------------

struct Window<'a> {
    recipients: &'a [PlanRecipient],
    /// An open answer holds for the whole UTC granule containing the instant asked.
    granule_ms: i64,
    class: MessageClass,
    policy: Policy,
    restricted: &'a [MessageClass],
}

impl Group {
    /// Open at `t` by what is already known (no lookup): the common case, checked inline.
    fn open_at(&self, t: i64) -> bool {
        self.always_open || (t >= self.open.0 && t < self.open.1)
    }
}

/// `None`: open at `t`; `Some(until)`: held until `until` (`i64::MAX`: no window).
fn held_until(
    group: &mut Group,
    t: i64,
    window: &Window<'_>,
    group_index: usize,
) -> Result<Option<i64>, Error> {
    if group.open_at(t) {
        return Ok(None);
    }
    if t >= group.blocked.0 && t < group.blocked.1 {
        return Ok(Some(group.blocked.1));
    }
    let to = window
        .recipients
        .get(group.rep)
        .map_or("", |r| r.to.as_str());
    let at = instant(t).ok_or_else(|| Error::invalid_value("start", "out of range"))?;
    let answer = send_window_at(
        to,
        at,
        window.class,
        group.region.as_deref(),
        window.policy,
        window.restricted,
    )
    .map_err(|e| {
        let field = if e.path() == "recipient_region" {
            "region"
        } else {
            "to"
        };
        Error::invalid_value(format!("recipients[{group_index}].{field}"), e.to_string())
    })?;
    if answer.reason == "class_not_restricted" {
        group.always_open = true;
        return Ok(None);
    }
    if answer.allowed {
        let from = t
            .div_euclid(window.granule_ms)
            .saturating_mul(window.granule_ms);
        group.open = (from, from.saturating_add(window.granule_ms));
        return Ok(None);
    }
    let until = answer
        .next_allowed_instant()
        .map_or(i64::MAX, |u| u.timestamp_millis());
    group.blocked = (t, until.max(t.saturating_add(1)));
    group.blocked_rule = answer.reason;
    Ok(Some(group.blocked.1))
}

/// How long a quiet-hours answer stays the same: windows open and close only at a rule's
/// window edges in local time, and every zone's offset and DST change is a whole number
/// of quarter hours (the 30- and 45-minute zones included), so when every edge in the
/// rules table is on a quarter hour, nothing changes inside a UTC quarter hour. Checked
/// against the table each time, so a rule edited to 08:10 falls back to minutes.
fn window_granule_ms() -> i64 {
    let quarter_hours = crate::hours::RULES.iter().all(|rule| {
        (0..7).all(|day| {
            rule.window(day)
                .is_none_or(|(start, end)| start % 15 == 0 && end % 15 == 0)
        })
    });
    if quarter_hours {
        15 * 60_000
    } else {
        60_000
    }
}

fn instant(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

fn stamp(ms: i64) -> String {
    instant(ms).map_or_else(String::new, |t| {
        t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    })
}

/// The US Pacific day containing `t`: [start, end) in ms.
fn pacific_day(t: i64) -> Option<(i64, i64)> {
    let tz: Tz = "America/Los_Angeles".parse().ok()?;
    let date = instant(t)?.with_timezone(&tz).date_naive();
    let midnight = |d: chrono::NaiveDate| {
        d.and_hms_opt(0, 0, 0)
            .and_then(|naive| tz.from_local_datetime(&naive).earliest())
            .map(|x| x.timestamp_millis())
    };
    Some((
        midnight(date)?,
        midnight(date.checked_add_days(Days::new(1))?)?,
    ))
}

struct LaneInput {
    lane: Lane,
    rate: Rate,
    cap: Option<u64>,
    /// Message indexes in submission order.
    messages: Vec<u32>,
}

#[derive(Default, Clone)]
struct LaneOutcome {
    sent: u64,
    units: u64,
    first: Option<i64>,
    last: Option<i64>,
    /// What held the lane's last message: bit 0 the daily cap, bit 1 quiet hours.
    last_held_by: u8,
    pushed: u64,
    days: u32,
    over_validity: u64,
    max_wait: i64,
}

/// For reporting: which messages quiet hours held, and per group the first rule that
/// held one and the earliest reopening.
struct Holds {
    quiet: Vec<bool>,
    by_group: FastMap<u32, (String, i64)>,
}

struct Sim<'a> {
    start: i64,
    horizon: i64,
    units: u32,
    validity_ms: i64,
    window: Window<'a>,
}

struct NotPlaced {
    index: u32,
    reason: &'static str,
}

/// Where a group stands in one lane.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Open,
    /// Held by quiet hours until its entry in `blocked` comes due.
    Blocked,
    /// Its messages do not go out, for this reason.
    Dropped(&'static str),
}

/// One group in one lane.
struct GroupLane {
    status: Status,
    /// Its messages the lane reached while the group was held, in submission order. They
    /// were all submitted before any message the lane has not reached yet.
    parked: VecDeque<u32>,
    /// Quiet hours have held this group since the send started.
    held: bool,
    /// When the group last reopened after being held (its messages are resubmitted then).
    reopened_at: i64,
}

/// Runs one lane. Every message is submitted at `start`, and the lane sends, at each free
/// slot, the earliest-submitted message whose group of recipients (those sharing a
/// quiet-hours answer) is open. The lane walks its messages in list order; a message whose
/// group is held waits in that group's `parked` list, and a held group waits in `blocked`
/// (one entry per group, not per message) until its window opens, when its parked
/// messages compete again by submission order through `reopened`. While no group is held
/// a message costs no heap operation at all. A spent daily cap closes the whole lane until
/// the next Pacific midnight, so the work is proportional to the messages plus the window
/// changes, never messages × days.
fn run_lane(
    sim: &Sim<'_>,
    input: &LaneInput,
    groups_of: &[u32],
    groups: &mut [Group],
    holds: &mut Holds,
    dropped: &mut Vec<NotPlaced>,
) -> Result<LaneOutcome, Error> {
    let mut out = LaneOutcome::default();
    let per_ms = i64::from(input.rate.per_seconds) * 1_000;
    let rate_units = i64::from(input.rate.units.max(1));
    let units = i64::from(sim.units);
    let slot = |run_start: i64, j: i64| run_start + j.saturating_mul(per_ms) / rate_units;

    // Group ids are dense (0..groups.len()); the last key is for messages without one.
    let no_group = groups.len();
    let key_of = |index: u32| match groups_of.get(index as usize).copied() {
        Some(g) if g != NO_GROUP => (g as usize).min(no_group),
        _ => no_group,
    };
    let mut states: Vec<GroupLane> = (0..=no_group)
        .map(|_| GroupLane {
            status: Status::Open,
            parked: VecDeque::new(),
            held: false,
            reopened_at: sim.start,
        })
        .collect();
    let messages = input.messages.as_slice();
    // The next message of the lane's list not yet sent, parked or dropped.
    let mut cursor = 0;
    // Open groups with parked messages, by their first; held groups by their reopening.
    let mut reopened: BinaryHeap<Reverse<(u32, usize)>> = BinaryHeap::new();
    let mut blocked: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();

    let mut run_start = sim.start;
    let mut run_units: i64 = 0;
    // Nothing goes out before `floor`: the start, a closed lane's reopening, the cap's
    // next day.
    let mut floor = sim.start;
    let mut day: Option<(i64, i64)> = None;
    let mut day_used: u64 = 0;
    let mut capped_since: Option<i64> = None;
    loop {
        let next_slot = slot(run_start, run_units);
        let t = next_slot.max(floor);
        while let Some(&Reverse((until, key))) = blocked.peek() {
            if until > t {
                break;
            }
            blocked.pop();
            if let Some(state) = states.get_mut(key) {
                state.status = Status::Open;
                if let Some(&head) = state.parked.front() {
                    reopened.push(Reverse((head, key)));
                }
            }
        }
        // The first message ahead in the list whose group is open; on the way, messages
        // of held groups are parked and those of dropped groups reported.
        let mut ahead = None;
        while let Some(&index) = messages.get(cursor) {
            let key = key_of(index);
            match states.get_mut(key) {
                Some(state) if state.status == Status::Blocked => state.parked.push_back(index),
                Some(GroupLane {
                    status: Status::Dropped(reason),
                    ..
                }) => dropped.push(NotPlaced { index, reason }),
                _ => {
                    ahead = Some((index, key));
                    break;
                }
            }
            cursor += 1;
        }
        let parked_first = reopened.peek().map(|&Reverse(head)| head);
        let (index, key, from_parked) = match (ahead, parked_first) {
            (Some(a), Some(p)) if p.0 < a.0 => (p.0, p.1, true),
            (Some(a), _) => (a.0, a.1, false),
            (None, Some(p)) => (p.0, p.1, true),
            (None, None) => match blocked.peek() {
                // Nothing open: the lane idles until the first group reopens.
                Some(&Reverse((until, _))) => {
                    floor = floor.max(until);
                    continue;
                }
                None => break,
            },
        };
        if t > sim.horizon {
            // Beyond the horizon: everything still waiting is reported, once.
            for state in &mut states {
                for index in state.parked.drain(..) {
                    dropped.push(NotPlaced {
                        index,
                        reason: "beyond_horizon",
                    });
                }
            }
            for &index in messages.get(cursor..).unwrap_or_default() {
                let reason = match states.get(key_of(index)).map(|s| s.status) {
                    Some(Status::Dropped(reason)) => reason,
                    _ => "beyond_horizon",
                };
                dropped.push(NotPlaced { index, reason });
            }
            break;
        }
        let Some(state) = states.get_mut(key) else {
            break;
        };
        // Takes the message out of the lane's list (into its group's parked list) or out
        // of `reopened`, for a message that does not go out now.
        let mut set_aside = |state: &mut GroupLane| {
            if from_parked {
                reopened.pop();
            } else {
                cursor += 1;
                state.parked.push_back(index);
            }
        };
        if let Some(group) = groups.get_mut(key).filter(|g| !g.open_at(t)) {
            let rep = group.rep;
            if let Some(until) = held_until(group, t, &sim.window, rep)? {
                set_aside(state);
                if until == i64::MAX {
                    let reason = if group.zones.is_empty() {
                        "no_time_zone"
                    } else {
                        "no_send_window"
                    };
                    state.status = Status::Dropped(reason);
                    for index in state.parked.drain(..) {
                        dropped.push(NotPlaced { index, reason });
                    }
                } else {
                    state.status = Status::Blocked;
                    state.held = true;
                    state.reopened_at = until;
                    let rule = &group.blocked_rule;
                    holds
                        .by_group
                        .entry(key as u32)
                        .and_modify(|e| e.1 = e.1.min(until))
                        .or_insert_with(|| (rule.clone(), until));
                    blocked.push(Reverse((until, key)));
                }
                continue;
            }
        }
        if let Some(cap) = input.cap {
            if u64::from(sim.units) > cap {
                set_aside(state);
                let reason = "exceeds_daily_cap";
                state.status = Status::Dropped(reason);
                for index in state.parked.drain(..) {
                    dropped.push(NotPlaced { index, reason });
                }
                continue;
            }
            let current = match day {
                Some((from, to)) if t >= from && t < to => (from, to),
                _ => {
                    let d = pacific_day(t)
                        .ok_or_else(|| Error::invalid_value("start", "out of range"))?;
                    day = Some(d);
                    day_used = 0;
                    d
                }
            };
            if day_used + u64::from(sim.units) > cap {
                // The brand's cap is spent: the lane is closed until the next day, and the
                // message stays first in line.
                floor = floor.max(current.1);
                capped_since = Some(current.1);
                continue;
            }
            if day_used == 0 {
                out.days += 1;
            }
            day_used += u64::from(sim.units);
        }
        if from_parked {
            reopened.pop();
            state.parked.pop_front();
            if let Some(&head) = state.parked.front() {
                reopened.push(Reverse((head, key)));
            }
        } else {
            cursor += 1;
        }
        if t > next_slot {
            run_start = t;
            run_units = 0;
        }
        run_units += units;
        let pushed = capped_since.is_some();
        if pushed {
            out.pushed += 1;
        }
        if state.held {
            if let Some(flag) = holds.quiet.get_mut(index as usize) {
                *flag = true;
            }
        }
        out.first = Some(out.first.map_or(t, |f| f.min(t)));
        out.last_held_by = u8::from(pushed) | (u8::from(state.held) << 1);
        out.sent += 1;
        out.units += u64::from(sim.units);
        // Submitted at the start, or again when its group reopened or its day began.
        let submitted = sim
            .start
            .max(if state.held {
                state.reopened_at
            } else {
                sim.start
            })
            .max(capped_since.unwrap_or(sim.start));
        let wait = t - submitted;
        out.max_wait = out.max_wait.max(wait);
        if wait > sim.validity_ms {
            out.over_validity += 1;
        }
    }
    // The last unit of the last message sent (the run only changes when one is sent).
    if out.sent > 0 {
        out.last = Some(slot(run_start, run_units - 1));
    }
    Ok(out)
}

// --- putting it together ---------------------------------------------------------------

struct Setup {
    /// Lane rates and caps; `Lane::Sender` for non-10DLC.
    lanes: Vec<(Lane, Rate, Option<u64>)>,
    /// The tier row, for 10DLC.
    tier: Option<TierLimits>,
}

fn setup(sender: &SenderSpec, channel: Channel) -> Setup {
    let numbers = sender.numbers.unwrap_or(1).max(1);
    match sender.sender_type {
        SenderType::Us10dlc => {
            let tier = match sender.brand {
                Some(BrandType::SoleProprietor) | None => throughput::SOLE_PROPRIETOR,
                Some(BrandType::LowVolumeStandard) => throughput::LOW_VOLUME_STANDARD,
                Some(BrandType::Standard) => {
                    throughput::standard_by_score(sender.trust_score.unwrap_or(0))
                }
            };
            let att = match channel {
                Channel::Sms => tier.att_sms,
                Channel::Mms => tier.att_mms,
            };
            Setup {
                lanes: vec![
                    (Lane::Att, att, None),
                    (Lane::Tmobile, tier.tmobile, Some(tier.tmobile_daily_cap)),
                    (Lane::Verizon, tier.verizon, None),
                    (Lane::Other, tier.other, None),
                ],
                tier: Some(tier),
            }
        }
        SenderType::TollFree => Setup {
            lanes: vec![(
                Lane::Sender,
                Rate {
                    units: sender.mps.unwrap_or(throughput::TOLL_FREE_MPS),
                    per_seconds: 1,
                },
                None,
            )],
            tier: None,
        },
        SenderType::ShortCode => Setup {
            lanes: vec![(
                Lane::Sender,
                Rate {
                    units: sender.mps.unwrap_or(throughput::SHORT_CODE_MPS),
                    per_seconds: 1,
                },
                None,
            )],
            tier: None,
        },
        SenderType::CaLongCode => Setup {
            lanes: vec![(
                Lane::Sender,
                Rate {
                    units: (throughput::CA_LONG_CODE_MPS_PER_NUMBER * numbers)
                        .min(throughput::ACCOUNT_MPS_CEILING),
                    per_seconds: 1,
                },
                None,
            )],
            tier: None,
        },
    }
}

/// How unknown-carrier US recipients are placed in one scenario.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Split {
    Even,
    All(Lane),
}

struct ScenarioResult {
    lanes: Vec<(Lane, Rate, Option<u64>, u64, LaneOutcome)>,
    dropped: Vec<NotPlaced>,
    holds: Holds,
}

fn run_scenario(
    sim: &Sim<'_>,
    setup: &Setup,
    lanes_of: &[Slot],
    groups_of: &[u32],
    groups: &mut [Group],
    split: Split,
) -> Result<ScenarioResult, Error> {
    let mut inputs: Vec<LaneInput> = setup
        .lanes
        .iter()
        .map(|(lane, rate, cap)| LaneInput {
            lane: *lane,
            rate: *rate,
            cap: *cap,
            messages: Vec::new(),
        })
        .collect();
    // Each lane's input, looked up once per lane rather than searched per message. Every
    // lane a message can be given exists in its setup; the last lane is a harmless home
    // should that ever change.
    let last_input = inputs.len().saturating_sub(1);
    let input_of = |lane: Lane| {
        inputs
            .iter()
            .position(|input| input.lane == lane)
            .unwrap_or(last_input)
    };
    let at_of = [
        input_of(Lane::Att),
        input_of(Lane::Tmobile),
        input_of(Lane::Verizon),
        input_of(Lane::Other),
        input_of(Lane::Sender),
    ];
    let lane_at = |lane: Lane| {
        let k = match lane {
            Lane::Att => 0,
            Lane::Tmobile => 1,
            Lane::Verizon => 2,
            Lane::Other => 3,
            Lane::Sender => 4,
        };
        at_of.get(k).copied().unwrap_or(last_input)
    };
    let mut unknown_seen: usize = 0;
    for (i, slot) in lanes_of.iter().enumerate() {
        let lane = match (slot, split) {
            (Slot::Skip, _) => continue,
            (Slot::In(l), _) => *l,
            (Slot::Unknown, Split::All(l)) => l,
            (Slot::Unknown, Split::Even) => {
                let l = BIG_THREE
                    .get(unknown_seen % BIG_THREE.len())
                    .map_or(Lane::Other, |c| lane_of(*c));
                unknown_seen += 1;
                l
            }
        };
        if let Some(input) = inputs.get_mut(lane_at(lane)) {
            input.messages.push(i as u32);
        }
    }
    let mut holds = Holds {
        quiet: vec![false; lanes_of.len()],
        by_group: FastMap::default(),
    };
    let mut dropped = Vec::new();
    let mut lanes = Vec::with_capacity(inputs.len());
    for input in &inputs {
        let outcome = run_lane(sim, input, groups_of, groups, &mut holds, &mut dropped)?;
        lanes.push((
            input.lane,
            input.rate,
            input.cap,
            input.messages.len() as u64,
            outcome,
        ));
    }
    Ok(ScenarioResult {
        lanes,
        dropped,
        holds,
    })
}

fn last_of(result: &ScenarioResult) -> Option<i64> {
    result.lanes.iter().filter_map(|l| l.4.last).max()
}

/// Plans a bulk send. Errors name the field: sender fields that do not fit the type, a
/// `start` that is not RFC 3339, both or neither of `recipients`/`count` and of
/// `body`/`segments_per_message`, more than [`MAX_MESSAGES`], a `validity_period` outside
/// 1-36,000, a recipient `region` that is not a state/province code.
///
/// ```
/// use telrules::plan::{plan_send, PlanSendArgs};
/// let args: PlanSendArgs = serde_json::from_value(serde_json::json!({
///     "sender": {"type": "us_10dlc", "brand": "sole_proprietor"},
///     "count": 3000, "segments_per_message": 1,
///     "start": "2026-12-01T17:00:00Z", "message_class": "informational"
/// })).unwrap();
/// let plan = plan_send(&args).unwrap();
/// // Carriers unknown: a third each. T-Mobile's 1,000 segments fit its daily cap exactly;
/// // AT&T's 1,000 at 15 per minute end 999 × 4 s after the start.
/// assert_eq!(plan.pushed_to_later_days, 0);
/// assert_eq!(plan.last_out_at.as_deref(), Some("2026-12-01T18:06:36Z"));
/// ```
pub fn plan_send(args: &PlanSendArgs) -> Result<SendPlan, Error> {
    check_sender(&args.sender)?;
    let start_at = crate::hours::parse_instant(&args.start, "start")?;
    let start = start_at.timestamp_millis();
    let validity = args
        .validity_period
        .unwrap_or(throughput::MAX_VALIDITY_SECONDS);
    if !(1..=throughput::MAX_VALIDITY_SECONDS).contains(&validity) {
        return Err(Error::invalid_value(
            "validity_period",
            format!(
                "{validity} is not a validity period; Twilio accepts 1 to {} seconds",
                throughput::MAX_VALIDITY_SECONDS
            ),
        ));
    }
    let body = units_per_message(
        args.channel,
        args.body.as_deref(),
        args.smart_encoding,
        args.segments_per_message,
    )?;
    let units = body.units;
    let restricted_classes = args
        .restricted_classes
        .as_deref()
        .unwrap_or(DEFAULT_RESTRICTED);
    let restricted = restricted_classes.contains(&args.message_class);
    let empty: Vec<PlanRecipient> = Vec::new();
    let (recipients, prepared) = match (&args.recipients, args.count) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid_value(
                "count",
                "give either `recipients` or `count`, not both",
            ))
        }
        (None, None) => {
            return Err(Error::invalid_value(
                "recipients",
                "give the `recipients` or a `count` of messages",
            ))
        }
        (Some(list), None) => {
            if list.len() as u64 > MAX_MESSAGES {
                return Err(too_many("recipients", list.len() as u64));
            }
            (
                list.as_slice(),
                prepare(list, args.sender.sender_type, restricted),
            )
        }
        (None, Some(count)) => {
            if count > MAX_MESSAGES {
                return Err(too_many("count", count));
            }
            let n = count as usize;
            let lane = if args.sender.sender_type == SenderType::Us10dlc {
                Slot::Unknown
            } else {
                Slot::In(Lane::Sender)
            };
            (
                empty.as_slice(),
                Prepared {
                    lanes: vec![lane; n],
                    groups_of: vec![NO_GROUP; n],
                    groups: Vec::new(),
                    known: 0,
                    unknown: if lane == Slot::Unknown { count } else { 0 },
                    not_sent: Vec::new(),
                    invalid: 0,
                },
            )
        }
    };
    let messages = prepared.lanes.len() as u64;
    let setup = setup(&args.sender, args.channel);
    let sim = Sim {
        start,
        horizon: start.saturating_add(HORIZON_DAYS * 86_400_000),
        units,
        validity_ms: i64::from(validity) * 1_000,
        window: Window {
            recipients,
            granule_ms: window_granule_ms(),
            class: args.message_class,
            policy: args.policy,
            restricted: restricted_classes,
        },
    };
    let mut groups = prepared.groups;
    let main = run_scenario(
        &sim,
        &setup,
        &prepared.lanes,
        &prepared.groups_of,
        &mut groups,
        Split::Even,
    )?;
    let range = if prepared.unknown > 0 {
        let mut lasts = vec![last_of(&main)];
        for lane in [Lane::Att, Lane::Tmobile] {
            let other = run_scenario(
                &sim,
                &setup,
                &prepared.lanes,
                &prepared.groups_of,
                &mut groups,
                Split::All(lane),
            )?;
            lasts.push(last_of(&other));
        }
        let known: Vec<i64> = lasts.into_iter().flatten().collect();
        Some((known.iter().min().copied(), known.iter().max().copied()))
    } else {
        None
    };
    Ok(build(
        args,
        &setup,
        &sim,
        messages,
        &body,
        prepared.known,
        prepared.unknown,
        prepared.invalid,
        prepared.not_sent,
        &groups,
        &prepared.groups_of,
        main,
        range,
    ))
}

fn too_many(field: &str, n: u64) -> Error {
    Error::invalid_value(
        field,
        format!(
            "{} messages is more than one plan takes; expected at most {}",
            group_digits(n),
            group_digits(MAX_MESSAGES)
        ),
    )
}

#[allow(clippy::too_many_arguments)]
fn build(
    args: &PlanSendArgs,
    setup: &Setup,
    sim: &Sim<'_>,
    messages: u64,
    body: &super::BodyUnits,
    known: u64,
    unknown: u64,
    invalid: u64,
    mut not_sent_examples: Vec<NotSent>,
    groups: &[Group],
    groups_of: &[u32],
    main: ScenarioResult,
    range: Option<(Option<i64>, Option<i64>)>,
) -> SendPlan {
    let unit = match args.channel {
        Channel::Sms => "segment",
        Channel::Mms => "message",
    };
    let units_word = match args.channel {
        Channel::Sms => "segments",
        Channel::Mms => "messages",
    };
    let first = main.lanes.iter().filter_map(|l| l.4.first).min();
    let last = last_of(&main);
    let lanes: Vec<LanePlan> = main
        .lanes
        .iter()
        .filter(|l| l.3 > 0 || setup.lanes.len() == 1)
        .map(|(lane, rate, cap, count, o)| LanePlan {
            lane: *lane,
            messages: *count,
            units: o.units,
            rate: *rate,
            rate_text: rate.describe(units_word),
            daily_cap: *cap,
            first_out_at: o.first.map(stamp),
            last_out_at: o.last.map(stamp),
            pushed_to_later_days: o.pushed,
            days: cap.map(|_| o.days),
        })
        .collect();
    let pushed: u64 = main.lanes.iter().map(|l| l.4.pushed).sum();
    let over_validity: u64 = main.lanes.iter().map(|l| l.4.over_validity).sum();
    let max_wait = main.lanes.iter().map(|l| l.4.max_wait).max().unwrap_or(0);
    let total_units: u64 = main.lanes.iter().map(|l| l.4.units).sum();

    // The governing lane: the one that ends last (first in lane order on a tie).
    let governing_lane = main.lanes.iter().filter(|l| l.4.last.is_some()).fold(
        None::<&(Lane, Rate, Option<u64>, u64, LaneOutcome)>,
        |best, l| match best {
            Some(b) if b.4.last >= l.4.last => Some(b),
            _ => Some(l),
        },
    );
    let governing = governing_lane.map(|(lane, rate, cap, _, o)| {
        let whose = match lane {
            Lane::Att => "AT&T's per-campaign limit of ".to_owned(),
            Lane::Tmobile => "T-Mobile's per-brand limit of ".to_owned(),
            Lane::Verizon => "Verizon's limit of ".to_owned(),
            Lane::Other => "the limit for other carriers of ".to_owned(),
            Lane::Sender => match args.sender.sender_type {
                SenderType::TollFree => "the toll-free number's limit of ".to_owned(),
                SenderType::ShortCode => "the short code's limit of ".to_owned(),
                _ => "the Canadian long codes' limit of ".to_owned(),
            },
        };
        // The cap is the root cause when it moved the last message, even if quiet hours
        // then held it on the new day.
        match (o.last_held_by, cap) {
            (held, Some(cap)) if held & 1 == 1 => Governing {
                lane: *lane,
                by: "daily_cap".to_owned(),
                rule: format!(
                    "T-Mobile's daily cap of {} {units_word} per brand (resets at midnight US Pacific)",
                    group_digits(*cap)
                ),
                error_code: Some(30023),
            },
            (held, _) if held & 2 == 2 => Governing {
                lane: *lane,
                by: "quiet_hours".to_owned(),
                rule: format!("recipients' quiet hours ({} lane)", lane.display()),
                error_code: None,
            },
            _ => Governing {
                lane: *lane,
                by: "rate".to_owned(),
                rule: format!("{whose}{}", rate.describe(units_word)),
                error_code: (*lane != Lane::Sender).then_some(30022),
            },
        }
    });

    // Quiet-hours groups, in order of first appearance.
    let mut deferred_groups: Vec<(u32, DeferredGroup)> = Vec::new();
    let mut deferred: u64 = 0;
    for (i, held) in main.holds.quiet.iter().enumerate() {
        if !held {
            continue;
        }
        deferred += 1;
        let Some(&g) = groups_of.get(i) else { continue };
        match deferred_groups.iter_mut().find(|(id, _)| *id == g) {
            Some((_, entry)) => {
                entry.messages += 1;
                if entry.examples.len() < EXAMPLES {
                    entry.examples.push(i as u64);
                }
            }
            None => {
                let (rule, until) = main
                    .holds
                    .by_group
                    .get(&g)
                    .map_or(("quiet_hours", i64::MAX), |(r, u)| (r.as_str(), *u));
                let zones = groups.get(g as usize).map_or(&[][..], |group| group.zones);
                deferred_groups.push((
                    g,
                    DeferredGroup {
                        rule: rule.to_owned(),
                        zones: zones.iter().map(|z| z.name().to_owned()).collect(),
                        messages: 1,
                        first_until: stamp(until),
                        examples: vec![i as u64],
                    },
                ));
            }
        }
    }

    let mut not_sent = invalid;
    for d in &main.dropped {
        not_sent += 1;
        not_sent_examples.push(NotSent {
            index: (!sim.window.recipients.is_empty()).then_some(u64::from(d.index)),
            reason: d.reason.to_owned(),
        });
    }
    not_sent_examples.sort_by_key(|n| n.index);
    not_sent_examples.truncate(EXAMPLES);

    let slowest = setup
        .lanes
        .iter()
        .filter(|(lane, ..)| main.lanes.iter().any(|l| l.0 == *lane && l.3 > 0))
        .map(|(_, rate, _)| *rate)
        .min_by(|a, b| {
            (u64::from(a.units) * u64::from(b.per_seconds))
                .cmp(&(u64::from(b.units) * u64::from(a.per_seconds)))
        });
    let validity_seconds = (sim.validity_ms / 1_000).max(0) as u64;
    let batch_limit = slowest.map_or(0, |rate| {
        validity_seconds * u64::from(rate.units)
            / u64::from(rate.per_seconds.max(1))
            / u64::from(sim.units.max(1))
    });

    let assumption = (unknown > 0).then(|| {
        format!(
            "carrier unknown for {}: assumed spread evenly over AT&T, T-Mobile and Verizon in list order; the range is that against all of them on AT&T or all on T-Mobile",
            count_of(unknown, "US recipient", "US recipients")
        )
    });
    let (earliest, latest) = range.unwrap_or((None, None));

    let mut errors_to_expect = Vec::new();
    if pushed > 0 {
        errors_to_expect.push(30023);
    }
    if over_validity > 0 {
        errors_to_expect.extend([21611, 30036]);
    }
    errors_to_expect.sort_unstable();

    let mut plan = SendPlan {
        table_version: THROUGHPUT_TABLE_VERSION.to_owned(),
        messages,
        units_per_message: sim.units,
        unit: unit.to_owned(),
        encoding: body.encoding,
        total_units,
        start: stamp(sim.start),
        first_out_at: first.map(stamp),
        last_out_at: last.map(stamp),
        duration_seconds: last.map(|l| ((l - sim.start).max(0) as u64).div_ceil(1_000)),
        governing,
        lanes,
        pushed_to_later_days: pushed,
        quiet_hours: QuietHoursPlan {
            checked: !sim.window.recipients.is_empty(),
            deferred,
            groups: deferred_groups.into_iter().map(|(_, g)| g).collect(),
        },
        queue: QueuePlan {
            validity_period: (sim.validity_ms / 1_000) as u32,
            over_validity,
            max_wait_seconds: (max_wait.max(0) as u64).div_ceil(1_000),
            batch_limit,
        },
        carriers: CarrierAssumption {
            known,
            unknown,
            assumption,
            earliest_last_out_at: earliest.map(stamp),
            latest_last_out_at: latest.map(stamp),
        },
        not_sent,
        not_sent_examples,
        errors_to_expect,
        summary: Vec::new(),
    };
    plan.summary = summarise(args, setup, &plan, body);
    plan
}

/// "2 days 3 hours", "5 hours 20 minutes", "12 minutes", "40 seconds".
pub(crate) fn humanise(seconds: u64) -> String {
    let plural = |n: u64, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{} {word}s", group_digits(n))
        }
    };
    let (d, h, m) = (
        seconds / 86_400,
        seconds % 86_400 / 3_600,
        seconds % 3_600 / 60,
    );
    if d > 0 {
        if h > 0 {
            format!("{} {}", plural(d, "day"), plural(h, "hour"))
        } else {
            plural(d, "day")
        }
    } else if h > 0 {
        if m > 0 {
            format!("{} {}", plural(h, "hour"), plural(m, "minute"))
        } else {
            plural(h, "hour")
        }
    } else if m > 0 {
        plural(m, "minute")
    } else {
        plural(seconds, "second")
    }
}

fn summarise(
    args: &PlanSendArgs,
    setup: &Setup,
    plan: &SendPlan,
    body: &super::BodyUnits,
) -> Vec<String> {
    let mut out = Vec::new();
    let sent = plan.messages.saturating_sub(plan.not_sent);
    let each = if args.channel == Channel::Sms {
        format!(
            " of {} each ({} in all)",
            count_of(u64::from(plan.units_per_message), "segment", "segments"),
            count_of(plan.total_units, "segment", "segments")
        )
    } else {
        String::new()
    };
    match (&plan.last_out_at, plan.duration_seconds) {
        (Some(last), Some(secs)) => out.push(format!(
            "{}{each}: the last goes out at {last}, {} after the start.",
            count_of(sent, "message", "messages"),
            humanise(secs)
        )),
        _ => out.push("Nothing in this plan can go out.".to_owned()),
    }
    if let Some(governing) = &plan.governing {
        let line = match governing.by.as_str() {
            "daily_cap" => format!(
                "What sets the pace: {}. {} wait for a later day; schedule them then, because sent today they fail with error 30023 and are still billed.",
                governing.rule,
                count_of(plan.pushed_to_later_days, "message has to", "messages have to")
            ),
            "quiet_hours" => format!(
                "What sets the end: {}: the last messages wait for their recipients' sending window.",
                governing.rule
            ),
            _ => format!("What sets the pace: {}.", governing.rule),
        };
        out.push(line);
    }
    if args.sender.sender_type == SenderType::Us10dlc && args.sender.numbers.unwrap_or(1) > 1 {
        out.push("Adding numbers does not speed up 10DLC: the campaign's and brand's limits apply however many numbers the service has.".to_owned());
    }
    if args.sender.sender_type == SenderType::TollFree && args.sender.numbers.unwrap_or(1) > 1 {
        out.push("One toll-free number's throughput is planned: spreading the same campaign over several toll-free numbers to gain speed is against Twilio's rules; ask Twilio for high-throughput toll-free instead.".to_owned());
    }
    if let Some(tier) = setup.tier {
        if tier.id == throughput::SOLE_PROPRIETOR.id {
            out.push("Sole-proprietor brands reach at most 1,000 T-Mobile segments a day; a standard brand lifts the caps.".to_owned());
        }
    }
    if let Some((chars, without)) = &body.ucs2 {
        if *without < plan.units_per_message {
            out.push(format!(
                "{} forces UCS-2: {} segments per message where {} would do without it, which multiplies the time and the bill.",
                chars.join(" "),
                plan.units_per_message,
                without
            ));
        }
    }
    if plan.quiet_hours.deferred > 0 {
        let first = plan
            .quiet_hours
            .groups
            .iter()
            .map(|g| g.first_until.as_str())
            .filter(|s| !s.is_empty())
            .min();
        out.push(format!(
            "{} held for the recipients' quiet hours{}.",
            count_of(plan.quiet_hours.deferred, "message is", "messages are"),
            first.map_or(String::new(), |f| format!(
                " (the first window opens at {f})"
            ))
        ));
    } else if !plan.quiet_hours.checked && args.count.is_some() {
        let restricted = args
            .restricted_classes
            .as_deref()
            .unwrap_or(DEFAULT_RESTRICTED)
            .contains(&args.message_class);
        if restricted {
            out.push(
                "Quiet hours were not checked: pass the recipients' numbers to plan around them."
                    .to_owned(),
            );
        }
    }
    if plan.queue.over_validity > 0 {
        out.push(format!(
            "{} wait in Twilio's queue longer than the validity period ({}) and fail with error 30036 (or be refused at once with 21611 from a single number): submit at most {} at a time.",
            count_of(plan.queue.over_validity, "message would", "messages would"),
            humanise(u64::from(plan.queue.validity_period)),
            group_digits(plan.queue.batch_limit)
        ));
    }
    if let (Some(assumption), Some(lo), Some(hi)) = (
        &plan.carriers.assumption,
        &plan.carriers.earliest_last_out_at,
        &plan.carriers.latest_last_out_at,
    ) {
        let _ = assumption;
        if lo == hi {
            out.push(format!(
                "Carriers were not given for {}; whichever carrier they are on, the end is the same.",
                count_of(plan.carriers.unknown, "recipient", "recipients")
            ));
        } else {
            out.push(format!(
                "Carriers were not given for {}, so they are assumed spread evenly over AT&T, T-Mobile and Verizon; depending on their carriers the last message goes out between {lo} and {hi}.",
                count_of(plan.carriers.unknown, "recipient", "recipients")
            ));
        }
    }
    if plan.not_sent > 0 {
        out.push(format!(
            "{} cannot be planned (see not_sent_examples).",
            count_of(plan.not_sent, "message", "messages")
        ));
    }
    out
}
