//! Open at an instant: UTC -> local wall clock (never the other way), then the intervals
//! owned by the local date and the spill-over of the previous date's.

use chrono::{DateTime, Days, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::schedule::{DayException, Force, Schedule, Source};

/// Why the business is open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "HoursReason"))]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The weekly hours decided (including the previous day's spill-over).
    Weekly,
    /// A date exception decided: the local date's own, or the previous date's spill-over.
    Exception,
    /// `force` is set.
    Forced,
    /// Neither weekly hours nor exceptions are set: closed.
    NoSchedule,
}

/// The state at one instant and what decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision<'a> {
    /// Whether the business is open at the instant.
    pub open: bool,
    /// What decided it.
    pub reason: Reason,
    /// Which layer (the number's override or the org's defaults) supplied the deciding field.
    pub source: Source,
    /// The deciding exception's label, when an exception decided.
    pub label: Option<&'a str>,
}

impl Schedule {
    /// Whether the business is open at `at`, and why.
    ///
    /// `at` is converted to the schedule's zone (a UTC -> local conversion, which always has
    /// exactly one answer), so spring-forward gaps simply never occur and both passes of a
    /// fall-back fold get the same answer: membership is by wall clock.
    ///
    /// ```
    /// use telrules::hours::{Hours, Schedule};
    /// let org: Hours = serde_json::from_str(
    ///     r#"{"timezone": "America/New_York", "weekly": {"sun": [["01:00", "01:30"]]}}"#,
    /// ).unwrap();
    /// let schedule = Schedule::new(&org, None).unwrap();
    /// // 2025-11-02 01:15 happens twice in New York (EDT, then EST): open both times.
    /// let first = "2025-11-02T05:15:00Z".parse().unwrap();
    /// let second = "2025-11-02T06:15:00Z".parse().unwrap();
    /// assert!(schedule.open_at(first).open && schedule.open_at(second).open);
    /// ```
    pub fn open_at(&self, at: DateTime<Utc>) -> Decision<'_> {
        if let Some((force, source)) = self.force {
            return Decision {
                open: force == Force::Open,
                reason: Reason::Forced,
                source,
                label: None,
            };
        }
        if self.is_empty() {
            return Decision {
                open: false,
                reason: Reason::NoSchedule,
                source: Source::Org,
                label: None,
            };
        }
        let local = at.with_timezone(&self.tz).naive_local();
        let date = local.date();
        let minute = local.hour() * 60 + local.minute();
        let today = self.day(date);
        if today.contains(minute) {
            return self.decided(true, today.exception);
        }
        if let Some(previous) = date.checked_sub_days(Days::new(1)) {
            let yesterday = self.day(previous);
            if yesterday.contains(minute + 1440) {
                return self.decided(true, yesterday.exception);
            }
        }
        self.decided(false, today.exception)
    }

    fn decided<'s>(&'s self, open: bool, exception: Option<&'s DayException>) -> Decision<'s> {
        match exception {
            Some(e) => Decision {
                open,
                reason: Reason::Exception,
                source: e.source,
                label: e.label.as_deref(),
            },
            None => Decision {
                open,
                reason: Reason::Weekly,
                source: self.weekly_source(),
                label: None,
            },
        }
    }

    /// The greeting for a state: open -> the voicemail greeting; closed -> the after-hours
    /// message when set, else the voicemail greeting.
    pub fn greeting(&self, open: bool) -> Option<&str> {
        if open {
            self.voicemail_greeting.as_deref()
        } else {
            self.after_hours_message
                .as_deref()
                .or(self.voicemail_greeting.as_deref())
        }
    }
}
