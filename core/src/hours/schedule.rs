//! Hours as the caller writes them (`Hours`), their validation, and the merged, compiled
//! form (`Schedule`) that `open_at` and `next_change` evaluate.

use std::str::FromStr;

use super::tzdb::Tz;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Error;

/// One interval as written: `["09:00", "17:00"]`, `["22:00", "02:00"]`, `["20:00", "26:00"]`.
pub type Span = [String; 2];

/// An hours schedule: the org's defaults, or a number's override (every field optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable))]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// IANA zone name (`America/Los_Angeles`) the wall-clock hours are in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Opening hours per weekday, in `timezone`'s wall-clock time; null means not set.
    pub weekly: Option<Weekly>,
    /// Date exceptions: closed all day, or replacement hours for that date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exceptions: Option<Vec<Exception>>,
    /// `open` / `closed` overrides everything; null (or absent) means no override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<Force>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// What callers hear when the business is closed; null means not set.
    pub voicemail_greeting: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The auto-reply texted when the business is closed; null means not set.
    pub after_hours_message: Option<String>,
}

/// Weekly hours; a missing day is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "WeeklyHours"))]
#[serde(deny_unknown_fields)]
pub struct Weekly {
    #[serde(default)]
    /// Monday's open spans (`[["09:00", "17:00"]]`); empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub mon: Vec<Span>,
    #[serde(default)]
    /// Tuesday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub tue: Vec<Span>,
    #[serde(default)]
    /// Wednesday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub wed: Vec<Span>,
    #[serde(default)]
    /// Thursday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub thu: Vec<Span>,
    #[serde(default)]
    /// Friday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub fri: Vec<Span>,
    #[serde(default)]
    /// Saturday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub sat: Vec<Span>,
    #[serde(default)]
    /// Sunday's open spans; empty means closed.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub sun: Vec<Span>,
}

impl Weekly {
    /// Days in chrono's order (Monday first) with their field names.
    fn days(&self) -> [(&'static str, &[Span]); 7] {
        [
            ("mon", &self.mon),
            ("tue", &self.tue),
            ("wed", &self.wed),
            ("thu", &self.thu),
            ("fri", &self.fri),
            ("sat", &self.sat),
            ("sun", &self.sun),
        ]
    }
}

/// A date exception: `{"date": "2026-12-25", "closed": true, "label": "Christmas"}` or
/// `{"date": "2026-12-24", "hours": [["09:00", "13:00"]]}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields = nullable), ts(rename = "HoursException"))]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Local calendar date, `YYYY-MM-DD`.
    pub date: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    /// Closed all day on this date.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub closed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replacement open spans for this date (in place of the weekly hours).
    pub hours: Option<Vec<Span>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// A name for the exception (`Christmas`), returned when it decides.
    pub label: Option<String>,
}

/// A forced state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Force {
    /// Open regardless of the schedule.
    Open,
    /// Closed regardless of the schedule.
    Closed,
}

/// Which layer a decision came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The number's own override.
    Number,
    /// The organisation's defaults.
    Org,
}

/// `[start, end)` in minutes after the owning day's local midnight; `end` in
/// `(start, 2880]`, past 1440 when the interval runs into the next day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Interval {
    pub start: u16,
    pub end: u16,
}

impl Interval {
    /// Whether `minute` (after the owning day's midnight, may exceed 1440) is inside.
    pub(crate) fn contains(self, minute: u32) -> bool {
        u32::from(self.start) <= minute && minute < u32::from(self.end)
    }
}

/// A validated exception.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayException {
    pub date: NaiveDate,
    /// Sorted by start (they never overlap).
    pub intervals: Vec<Interval>,
    pub label: Option<String>,
    pub source: Source,
}

/// Org and number hours validated and merged once: what the evaluator reads. It owns its
/// data, so one schedule can be kept and asked many questions (see
/// [`CompiledSchedule`](super::CompiledSchedule)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub(crate) tz: Tz,
    /// Each day's intervals sorted by start, so a minute is found by binary search.
    pub(crate) weekly: Option<([Vec<Interval>; 7], Source)>,
    /// Sorted by date, one per date.
    pub(crate) exceptions: Vec<DayException>,
    pub(crate) force: Option<(Force, Source)>,
    pub(crate) voicemail_greeting: Option<String>,
    pub(crate) after_hours_message: Option<String>,
}

/// The intervals a date owns and where they came from.
pub(crate) struct DayRule<'s> {
    /// Sorted by start; only the last can run past midnight (they never overlap).
    pub intervals: &'s [Interval],
    pub exception: Option<&'s DayException>,
}

impl DayRule<'_> {
    /// Whether `minute` (after this date's midnight, may exceed 1440) is in an interval:
    /// a binary search for the last interval starting at or before it.
    pub(crate) fn contains(&self, minute: u32) -> bool {
        let after = self
            .intervals
            .partition_point(|iv| u32::from(iv.start) <= minute);
        after
            .checked_sub(1)
            .and_then(|i| self.intervals.get(i))
            .is_some_and(|iv| iv.contains(minute))
    }

    /// Where this date's last interval ends past the next midnight, in minutes after that
    /// midnight (0 when nothing runs over).
    pub(crate) fn spill(&self) -> u16 {
        self.intervals
            .last()
            .map_or(0, |iv| iv.end.saturating_sub(1440))
    }
}

const EMPTY: &[Interval] = &[];

impl Schedule {
    /// Validates `org` and the optional `number` override and merges them: a field the
    /// number sets replaces the org's (null counts as not set), except `exceptions`, which
    /// merge by date with the number's entry winning. Errors name the field
    /// (`org.weekly.mon[1]`, `number.exceptions[0].date`).
    pub fn new(org: &Hours, number: Option<&Hours>) -> Result<Self, Error> {
        let org_layer = Layer::validate(org, "org", Source::Org)?;
        let number_layer = match number {
            Some(hours) => Some(Layer::validate(hours, "number", Source::Number)?),
            None => None,
        };
        let mut merged = org_layer;
        if let Some(layer) = number_layer {
            if layer.tz.is_some() {
                merged.tz = layer.tz;
            }
            if layer.weekly.is_some() {
                merged.weekly = layer.weekly;
            }
            if layer.force.is_some() {
                merged.force = layer.force;
            }
            if layer.voicemail_greeting.is_some() {
                merged.voicemail_greeting = layer.voicemail_greeting;
            }
            if layer.after_hours_message.is_some() {
                merged.after_hours_message = layer.after_hours_message;
            }
            merged.exceptions = merge_exceptions(merged.exceptions, layer.exceptions);
        }
        let tz = merged.tz.ok_or_else(|| {
            Error::invalid_value(
                "org.timezone",
                "a time zone is required (on the org or the number): an IANA name such as America/Los_Angeles",
            )
        })?;
        Ok(Schedule {
            tz,
            weekly: merged.weekly,
            exceptions: merged.exceptions,
            force: merged.force,
            voicemail_greeting: merged.voicemail_greeting,
            after_hours_message: merged.after_hours_message,
        })
    }

    /// The schedule's zone.
    pub fn timezone(&self) -> Tz {
        self.tz
    }

    /// True when neither weekly hours nor any exception is set.
    pub(crate) fn is_empty(&self) -> bool {
        self.weekly.is_none() && self.exceptions.is_empty()
    }

    /// The intervals `date` owns: its exception's, else its weekday's.
    pub(crate) fn day(&self, date: NaiveDate) -> DayRule<'_> {
        if let Ok(at) = self.exceptions.binary_search_by_key(&date, |e| e.date) {
            if let Some(exception) = self.exceptions.get(at) {
                return DayRule {
                    intervals: &exception.intervals,
                    exception: Some(exception),
                };
            }
        }
        let intervals = match &self.weekly {
            Some((week, _)) => week
                .get(date.weekday().num_days_from_monday() as usize)
                .map_or(EMPTY, Vec::as_slice),
            None => EMPTY,
        };
        DayRule {
            intervals,
            exception: None,
        }
    }

    /// Where the weekly hours came from (the org when neither layer set them).
    pub(crate) fn weekly_source(&self) -> Source {
        self.weekly.as_ref().map_or(Source::Org, |(_, s)| *s)
    }
}

/// Merges two date-sorted exception lists in one pass; on a shared date the number's
/// (`over`) wins. (Inserting one by one would shift the list each time: quadratic.)
fn merge_exceptions(base: Vec<DayException>, over: Vec<DayException>) -> Vec<DayException> {
    let mut out = Vec::with_capacity(base.len() + over.len());
    let mut base = base.into_iter().peekable();
    for exception in over {
        while let Some(earlier) = base.next_if(|b| b.date < exception.date) {
            out.push(earlier);
        }
        // Replaced by the number's entry for the same date.
        let _ = base.next_if(|b| b.date == exception.date);
        out.push(exception);
    }
    out.extend(base);
    out
}

/// One layer (org or number) after validation.
struct Layer {
    tz: Option<Tz>,
    weekly: Option<([Vec<Interval>; 7], Source)>,
    exceptions: Vec<DayException>,
    force: Option<(Force, Source)>,
    voicemail_greeting: Option<String>,
    after_hours_message: Option<String>,
}

impl Layer {
    fn validate(hours: &Hours, root: &str, source: Source) -> Result<Self, Error> {
        let tz = match &hours.timezone {
            Some(name) => Some(Tz::from_str(name.trim()).map_err(|_| {
                Error::invalid_value(
                    format!("{root}.timezone"),
                    format!("`{name}` is not a known IANA time zone; expected a name such as America/New_York or Europe/Dublin"),
                )
            })?),
            None => None,
        };
        let weekly = match &hours.weekly {
            Some(week) => {
                let mut days: [Vec<Interval>; 7] = Default::default();
                for ((name, spans), slot) in week.days().into_iter().zip(days.iter_mut()) {
                    *slot = intervals(spans, || format!("{root}.weekly.{name}"))?;
                }
                Some((days, source))
            }
            None => None,
        };
        let mut exceptions = Vec::new();
        for (i, exception) in hours.exceptions.iter().flatten().enumerate() {
            let path = || format!("{root}.exceptions[{i}]");
            let date = parse_date(&exception.date, || format!("{}.date", path()))?;
            let intervals = match (exception.closed, &exception.hours) {
                (true, None) => Vec::new(),
                (false, Some(spans)) => intervals(spans, || format!("{}.hours", path()))?,
                (true, Some(_)) => {
                    return Err(Error::invalid_value(
                        path(),
                        "an exception is either `closed: true` or has `hours`, not both",
                    ))
                }
                (false, None) => {
                    return Err(Error::invalid_value(
                        path(),
                        "an exception needs `closed: true` or replacement `hours` (a list of [\"HH:MM\", \"HH:MM\"])",
                    ))
                }
            };
            exceptions.push(DayException {
                date,
                intervals,
                label: exception.label.clone(),
                source,
            });
        }
        // Dates are distinct unless the check below refuses them: an unstable sort suffices.
        exceptions.sort_unstable_by_key(|e| e.date);
        if let Some(pair) = exceptions
            .windows(2)
            .find(|w| matches!(w, [a, b] if a.date == b.date))
        {
            let date = pair.first().map(|e| e.date.to_string()).unwrap_or_default();
            let index = hours
                .exceptions
                .iter()
                .flatten()
                .enumerate()
                .filter(|(_, e)| e.date.trim() == date)
                .map(|(i, _)| i)
                .nth(1)
                .unwrap_or(0);
            return Err(Error::invalid_value(
                format!("{root}.exceptions[{index}].date"),
                format!("{date} appears more than once; give each date one exception"),
            ));
        }
        Ok(Layer {
            tz,
            weekly,
            exceptions,
            force: hours.force.map(|f| (f, source)),
            voicemail_greeting: hours.voicemail_greeting.clone(),
            after_hours_message: hours.after_hours_message.clone(),
        })
    }
}

fn parse_date(text: &str, path: impl Fn() -> String) -> Result<NaiveDate, Error> {
    let trimmed = text.trim();
    let bytes = trimmed.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let number =
        |range: std::ops::Range<usize>| trimmed.get(range).and_then(|s| s.parse::<u32>().ok());
    let date = if shaped {
        match (number(0..4), number(5..7), number(8..10)) {
            (Some(y), Some(m), Some(d)) => i32::try_from(y)
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
            _ => None,
        }
    } else {
        None
    };
    date.ok_or_else(|| {
        Error::invalid_value(
            path(),
            format!("`{text}` is not a calendar date; expected YYYY-MM-DD, a date that exists (2026-12-25)"),
        )
    })
}

/// Parses and checks one day's spans: times valid, no two intervals overlapping.
fn intervals(spans: &[Span], path: impl Fn() -> String) -> Result<Vec<Interval>, Error> {
    let mut out = Vec::with_capacity(spans.len());
    for (i, [start, end]) in spans.iter().enumerate() {
        let here = || format!("{}[{i}]", path());
        let s = parse_time(start, false).map_err(|m| Error::invalid_value(here(), m))?;
        let mut e = parse_time(end, true).map_err(|m| Error::invalid_value(here(), m))?;
        if e <= s {
            // `22:00`-`02:00`: the end is on the next day.
            e += 1440;
        }
        out.push(Interval { start: s, end: e });
    }
    // Overlap check in O(n log n): sort by start, compare with the furthest end so far.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_unstable_by_key(|&i| out.get(i).map(|iv| (iv.start, i)));
    let mut furthest: Option<(u16, usize)> = None;
    for &i in &order {
        let Some(iv) = out.get(i) else { continue };
        if let Some((end, j)) = furthest {
            if iv.start < end {
                let later = i.max(j);
                let earlier = i.min(j);
                return Err(Error::invalid_value(
                    format!("{}[{later}]", path()),
                    format!("overlaps interval [{earlier}] of the same day; intervals of one day must not overlap (touching is fine: 09:00-12:00 and 12:00-17:00)"),
                ));
            }
        }
        if furthest.is_none_or(|(end, _)| iv.end > end) {
            furthest = Some((iv.end, i));
        }
    }
    // Kept sorted by start: the evaluator binary-searches, and only the last interval of
    // a day can run past midnight.
    out.sort_unstable_by_key(|iv| iv.start);
    Ok(out)
}

/// `HH:MM` -> minutes. Starts run 00:00-23:59; ends 00:00-48:00 (past 24:00 = next day).
/// The error is the message; the caller adds the path.
fn parse_time(text: &str, is_end: bool) -> Result<u16, String> {
    let shape_error = || format!("`{text}` is not a time; expected HH:MM, such as 09:00 or 17:30");
    let (h, m) = text.trim().split_once(':').ok_or_else(shape_error)?;
    let digits = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let hours = digits(h).ok_or_else(shape_error)?;
    let minutes = if m.len() == 2 { digits(m) } else { None }.ok_or_else(shape_error)?;
    if minutes > 59 {
        return Err(format!("`{text}`: minutes run from 00 to 59"));
    }
    let total = hours * 60 + minutes;
    if is_end && total > 48 * 60 {
        return Err(format!("`{text}` is not a valid end time: an end runs from 00:00 to 48:00 (24:00 is midnight at the end of the day; later ends run into the next day)"));
    }
    if !is_end && total >= 24 * 60 {
        return Err(format!(
            "`{text}` is not a valid start time: a start runs from 00:00 to 23:59"
        ));
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(json: &str) -> Hours {
        serde_json::from_str(json).unwrap()
    }

    fn error_path(org: &str, number: Option<&str>) -> String {
        let org = hours(org);
        let number = number.map(hours);
        Schedule::new(&org, number.as_ref())
            .unwrap_err()
            .path()
            .to_owned()
    }

    #[test]
    fn end_at_or_before_start_runs_into_next_day() {
        let spans = [["22:00".to_owned(), "02:00".to_owned()]];
        let got = intervals(&spans, || "x".to_owned()).unwrap();
        assert_eq!(
            got,
            vec![Interval {
                start: 1320,
                end: 1560
            }]
        );
    }

    #[test]
    fn extended_end_and_24_00_are_accepted() {
        let spans = [["00:00".to_owned(), "24:00".to_owned()]];
        assert_eq!(intervals(&spans, || "x".to_owned()).unwrap()[0].end, 1440);
        let spans = [["20:00".to_owned(), "48:00".to_owned()]];
        assert_eq!(intervals(&spans, || "x".to_owned()).unwrap()[0].end, 2880);
    }

    #[test]
    fn start_of_25_00_is_rejected_with_interval_path() {
        let path = error_path(
            r#"{"timezone":"UTC","weekly":{"mon":[["09:00","12:00"],["25:00","26:00"]]}}"#,
            None,
        );
        assert_eq!(path, "org.weekly.mon[1]");
    }

    #[test]
    fn minutes_past_59_are_rejected() {
        let err = parse_time("09:60", false).unwrap_err();
        assert!(err.contains("00 to 59"), "{err}");
        assert!(parse_time("9:5", false).is_err());
    }

    #[test]
    fn end_past_48_00_is_rejected() {
        assert!(parse_time("48:01", true).is_err());
        assert_eq!(parse_time("48:00", true).unwrap(), 2880);
    }

    #[test]
    fn overlapping_intervals_name_the_later_one() {
        let path = error_path(
            r#"{"timezone":"UTC","weekly":{"tue":[["13:00","17:00"],["09:00","13:30"]]}}"#,
            None,
        );
        assert_eq!(path, "org.weekly.tue[1]");
    }

    #[test]
    fn touching_intervals_are_fine() {
        let org =
            hours(r#"{"timezone":"UTC","weekly":{"mon":[["09:00","12:00"],["12:00","17:00"]]}}"#);
        assert!(Schedule::new(&org, None).is_ok());
    }

    #[test]
    fn unknown_zone_names_the_field() {
        assert_eq!(
            error_path(r#"{"timezone":"Mars/Olympus"}"#, None),
            "org.timezone"
        );
        assert_eq!(
            error_path(r#"{"timezone":"UTC"}"#, Some(r#"{"timezone":"Nowhere"}"#)),
            "number.timezone"
        );
    }

    #[test]
    fn nonexistent_date_names_the_exception() {
        assert_eq!(
            error_path(
                r#"{"timezone":"UTC"}"#,
                Some(r#"{"exceptions":[{"date":"2026-02-30","closed":true}]}"#)
            ),
            "number.exceptions[0].date"
        );
    }

    #[test]
    fn duplicate_exception_date_is_rejected() {
        assert_eq!(
            error_path(
                r#"{"timezone":"UTC","exceptions":[{"date":"2026-12-25","closed":true},{"date":"2026-12-25","closed":true}]}"#,
                None
            ),
            "org.exceptions[1].date"
        );
    }

    #[test]
    fn missing_zone_everywhere_is_an_error() {
        assert_eq!(error_path(r#"{}"#, None), "org.timezone");
    }

    #[test]
    fn number_exceptions_merge_by_date_and_win() {
        let org = hours(
            r#"{"timezone":"UTC","exceptions":[{"date":"2026-12-24","closed":true},{"date":"2026-12-25","closed":true}]}"#,
        );
        let number = hours(r#"{"exceptions":[{"date":"2026-12-24","hours":[["09:00","12:00"]]}]}"#);
        let schedule = Schedule::new(&org, Some(&number)).unwrap();
        assert_eq!(schedule.exceptions.len(), 2);
        assert_eq!(schedule.exceptions[0].source, Source::Number);
        assert_eq!(schedule.exceptions[0].intervals.len(), 1);
        assert_eq!(schedule.exceptions[1].source, Source::Org);
    }

    #[test]
    fn number_fields_replace_org_fields() {
        let org = hours(
            r#"{"timezone":"America/Los_Angeles","voicemail_greeting":"org","weekly":{"mon":[["09:00","17:00"]]}}"#,
        );
        let number = hours(r#"{"timezone":"America/Vancouver","weekly":{}}"#);
        let schedule = Schedule::new(&org, Some(&number)).unwrap();
        assert_eq!(schedule.tz.name(), "America/Vancouver");
        assert_eq!(schedule.weekly_source(), Source::Number);
        assert!(schedule.weekly.as_ref().unwrap().0[0].is_empty());
        assert_eq!(schedule.voicemail_greeting.as_deref(), Some("org"));
    }
}
