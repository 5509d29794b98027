//! Compile once, ask many: a schedule validated and merged once, then asked "open at t?",
//! "next change after t" and "open periods in a range" as often as needed.
//!
//! `business_hours` answers one question and re-reads the schedule every call; a timeline
//! for a week or a router deciding thousands of calls asks many questions of one schedule.
//! Each question here costs a binary search in the deciding date's intervals (open?) or a
//! walk over the edges up to the answer (next change, open periods), never the size of the
//! whole schedule.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use super::open::Decision;
use super::schedule::{Hours, Schedule};
use super::{BusinessHours, BusinessHoursArgs, HORIZON_DAYS};
use crate::Error;

/// Arguments of [`CompiledSchedule::compile`]: `business_hours` without the instant.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct CompileScheduleArgs {
    /// The organisation's hours (the defaults).
    pub org: Hours,
    /// The number's override: any field it sets replaces the org's; exceptions merge by date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Hours>,
}

/// One open period `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenInterval {
    /// The first open instant.
    pub from: DateTime<Utc>,
    /// The first closed instant after it (or the end of the range asked about).
    pub to: DateTime<Utc>,
}

/// Org hours and a number's override, validated and merged once.
///
/// ```
/// use telrules::hours::{CompileScheduleArgs, CompiledSchedule};
/// let args: CompileScheduleArgs = serde_json::from_str(r#"{
///     "org": {"timezone": "America/New_York", "weekly": {"mon": [["09:00", "17:00"]]}}
/// }"#).unwrap();
/// let schedule = CompiledSchedule::compile(&args).unwrap();
/// let monday_noon = "2026-11-30T17:00:00Z".parse().unwrap();
/// assert!(schedule.is_open(monday_noon));
/// let closes = schedule.next_change(monday_noon).unwrap();
/// assert_eq!(closes.to_rfc3339(), "2026-11-30T22:00:00+00:00");
/// let week = schedule
///     .open_intervals(monday_noon, "2026-12-07T17:00:00Z".parse().unwrap())
///     .unwrap();
/// assert_eq!(week.len(), 2); // the rest of this Monday, the morning of the next
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompiledSchedule {
    schedule: Schedule,
}

impl CompiledSchedule {
    /// Validates and merges the hours. Errors are those of `business_hours` for the same
    /// fields (`org.weekly.mon[1]`, `number.exceptions[0].date`).
    pub fn compile(args: &CompileScheduleArgs) -> Result<Self, Error> {
        Self::new(&args.org, args.number.as_ref())
    }

    /// Compiles from the JSON text of the args object (`{"org": ..., "number": ...}`). A
    /// failure is the contract's `{"error": ...}` answer as text, with the path under `args`
    /// as `business_hours` reports it: the form the WebAssembly class throws.
    pub fn compile_json(args: &str) -> Result<Self, String> {
        crate::contract::parse_args::<CompileScheduleArgs>(args)
            .and_then(|a| Self::compile(&a).map_err(|e| e.under("args")))
            .map_err(|e| crate::contract::error_json(&e))
    }

    /// [`compile`](Self::compile) from the two layers.
    pub fn new(org: &Hours, number: Option<&Hours>) -> Result<Self, Error> {
        Ok(CompiledSchedule {
            schedule: Schedule::new(org, number)?,
        })
    }

    /// The merged schedule.
    pub fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    /// Whether the business is open at `at`.
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        self.schedule.open_at(at).open
    }

    /// The state at `at` and what decided it.
    pub fn decide(&self, at: DateTime<Utc>) -> Decision<'_> {
        self.schedule.open_at(at)
    }

    /// The first instant after `after` at which the state flips, within 366 days.
    pub fn next_change(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.schedule.next_change(after)
    }

    /// The open periods overlapping `[from, to)`, clipped to it. The range may span at most
    /// 366 days (a year of a timeline), so the answer stays bounded; `to` before `from` is
    /// an error too.
    pub fn open_intervals(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<OpenInterval>, Error> {
        if to < from {
            return Err(Error::invalid_value(
                "to",
                "the end of the range is before its start",
            ));
        }
        if to.signed_duration_since(from) > Duration::days(HORIZON_DAYS) {
            return Err(Error::invalid_value(
                "to",
                format!("a range spans at most {HORIZON_DAYS} days; ask for a year at a time"),
            ));
        }
        Ok(self
            .schedule
            .open_intervals(from, to)
            .into_iter()
            .map(|(from, to)| OpenInterval { from, to })
            .collect())
    }

    /// The full `business_hours` answer at `at`.
    pub fn answer(&self, at: DateTime<Utc>) -> BusinessHours {
        let schedule = &self.schedule;
        let decision = schedule.open_at(at);
        let tz = schedule.timezone();
        BusinessHours {
            open: decision.open,
            reason: decision.reason,
            source: decision.source,
            label: decision.label.map(str::to_owned),
            timezone: tz.name().to_owned(),
            local_time: at
                .with_timezone(&tz)
                .to_rfc3339_opts(SecondsFormat::AutoSi, false),
            greeting: schedule.greeting(decision.open).map(str::to_owned),
            next_change: schedule.next_change(at).map(|t| {
                t.with_timezone(&tz)
                    .to_rfc3339_opts(SecondsFormat::AutoSi, false)
            }),
        }
    }
}

/// `business_hours` through a schedule compiled for the one question.
pub(crate) fn answer_once(args: &BusinessHoursArgs) -> Result<BusinessHours, Error> {
    let compiled = CompiledSchedule::new(&args.org, args.number.as_ref())?;
    let at = super::parse_instant(&args.at, "at")?;
    Ok(compiled.answer(at))
}
