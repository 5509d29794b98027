//! Business hours and recipient quiet hours.
//!
//! `business_hours` decides, for one business number at one instant, whether the business
//! is open, why (weekly hours, a date exception, a forced state, or no schedule at all),
//! which greeting or after-hours message applies and when the state next flips. Its input
//! is the org's hours plus an optional per-number override, merged field by field
//! ([`Schedule::new`]); all times are wall-clock in an IANA zone ([`Tz`]: tzdata 2026f rules).
//!
//! `send_window` decides whether a message of a given class may go to a recipient now and,
//! if not, the earliest instant it may: the recipient's candidate zones come from
//! libphonenumber's prefix table and the state/province from its geocoding data (both
//! vendored as generated tables, `zones_table.rs` and `regions_table.rs`), and the windows
//! from the quiet-hours rules table in `quiet_rules.rs`, one source per row.

mod compiled;
mod next_change;
mod open;
mod quiet_hours;
mod quiet_rules;
// Generated tables: kept exactly as the generator writes them.
#[rustfmt::skip]
mod regions_table;
mod schedule;
mod tzdata;
mod tzdb;
mod tzif;
mod zones;
#[rustfmt::skip]
mod zones_table;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use compiled::{CompileScheduleArgs, CompiledSchedule, OpenInterval};
pub use next_change::HORIZON_DAYS;
pub use open::{Decision, Reason};
pub use quiet_hours::{
    send_window, send_window_at, MessageClass, Policy, SendWindow, SendWindowArgs,
    DEFAULT_RESTRICTED,
};
pub use quiet_rules::{QuietRule, RULES};
pub use schedule::{Exception, Force, Hours, Schedule, Source, Span, Weekly};
pub use tzdb::{zone_names, Tz, TzOffset, UnknownZone};
pub(crate) use zones::area_code_zones;
pub use zones::{candidate_zones, regions_of_area_code, utc_offset_seconds};

use crate::Error;

/// Arguments of `business_hours`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct BusinessHoursArgs {
    /// The organisation's hours (the defaults).
    pub org: Hours,
    /// The number's override: any field it sets replaces the org's; exceptions merge by date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Hours>,
    /// The instant to decide for, RFC 3339 with an offset.
    pub at: String,
}

/// Result of `business_hours`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "BusinessHoursResult"))]
pub struct BusinessHours {
    /// Whether the business is open at `at`.
    pub open: bool,
    /// What decided it: `weekly`, `exception`, `forced` or `no_schedule`.
    pub reason: Reason,
    /// The layer that supplied the deciding field: `force`, the deciding exception, or the
    /// weekly hours (`org` when no schedule is set).
    pub source: Source,
    /// The deciding exception's label, when an exception decided and has one.
    pub label: Option<String>,
    /// The IANA zone the hours are in (after the number's override).
    pub timezone: String,
    /// `at` on the business's wall clock, RFC 3339 with the local offset.
    pub local_time: String,
    /// Open: the voicemail greeting. Closed: the after-hours message, else the greeting.
    pub greeting: Option<String>,
    /// The first instant after `at` at which `open` flips, RFC 3339 with the zone's offset
    /// at that instant; null when it does not change within 366 days.
    pub next_change: Option<String>,
}

/// Parses an RFC 3339 instant (with offset) for the field at `path`.
pub(crate) fn parse_instant(text: &str, path: &str) -> Result<DateTime<Utc>, Error> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Error::invalid_value(
                path,
                format!("`{text}` is not an RFC 3339 instant; expected a date, time and offset such as 2026-03-08T06:59:59Z or 2026-03-08T01:59:59-05:00"),
            )
        })
}

/// Decides open/closed at `args.at` for the merged org + number hours.
///
/// Evaluation goes UTC -> local, so gaps and folds never make "open now?" ambiguous; see
/// [`Schedule::open_at`] and [`Schedule::next_change`] for the DST rules.
///
/// ```
/// use telrules::hours::{business_hours, BusinessHoursArgs};
/// let args: BusinessHoursArgs = serde_json::from_str(r#"{
///     "org": {"timezone": "Australia/Lord_Howe", "weekly": {"sun": [["02:00", "03:00"]]}},
///     "at": "2025-10-04T15:50:00Z"
/// }"#).unwrap();
/// let answer = business_hours(&args).unwrap();
/// // 02:00-02:30 does not exist on 2025-10-05 (a 30-minute shift): 15:50Z is 02:50 +11:00.
/// assert!(answer.open);
/// assert_eq!(answer.local_time, "2025-10-05T02:50:00+11:00");
/// assert_eq!(answer.next_change.as_deref(), Some("2025-10-05T03:00:00+11:00"));
/// ```
pub fn business_hours(args: &BusinessHoursArgs) -> Result<BusinessHours, Error> {
    compiled::answer_once(args)
}

#[cfg(test)]
mod tests;
