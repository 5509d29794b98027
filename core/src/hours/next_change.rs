//! The next instant the open state flips, from interval boundaries (candidate instants),
//! never by stepping through minutes.
//!
//! Between two consecutive candidates the wall clock moves continuously without crossing a
//! boundary, so the state is constant there; the first candidate after `at` whose state
//! differs from the state at `at` is the exact answer. Candidates are the instants at which
//! the wall clock shows an interval boundary (both instants in a fold) plus, for a boundary
//! that falls in a gap or a fold, the zone transition itself (the wall clock jumps over or
//! back across the boundary there).

use super::tzdb::Tz;
use chrono::{DateTime, Days, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::schedule::Schedule;

/// How far ahead `next_change` looks.
pub const HORIZON_DAYS: i64 = 366;

/// Slack for the instant of a local time versus the same digits read as UTC: the largest
/// zone offset (+14h) plus the largest real-world fold or gap (a date-line move, 24h), plus
/// two hours.
const SLACK_HOURS: i64 = 40;

impl Schedule<'_> {
    /// The first instant after `at` at which `open_at` gives a different `open`, or `None`
    /// when the state does not change within 366 days (a forced state never changes).
    ///
    /// DST behaviour, by wall clock:
    /// - an opening or closing time that falls in a spring-forward gap takes effect at the
    ///   first instant that exists after it (the transition itself);
    /// - a boundary inside a fall-back fold is reported at its true instant: the first pass
    ///   for a change that happens there, the second pass when the first pass did not flip
    ///   the state (for example an interval that covers both passes);
    /// - intervals are wall-clock, so `22:00`-`04:00` on a spring-forward night is five real
    ///   hours long and seven on a fall-back night.
    ///
    /// ```
    /// use telrules::hours::{Hours, Schedule};
    /// let org: Hours = serde_json::from_str(
    ///     r#"{"timezone": "America/New_York", "weekly": {"sun": [["02:30", "10:00"]]}}"#,
    /// ).unwrap();
    /// let schedule = Schedule::new(&org, None).unwrap();
    /// // 2025-03-09 02:30 does not exist in New York; the opening happens at 03:00 EDT.
    /// let at = "2025-03-09T06:00:00Z".parse().unwrap();
    /// let next = schedule.next_change(at).unwrap();
    /// assert_eq!(next.to_rfc3339(), "2025-03-09T07:00:00+00:00");
    /// ```
    pub fn next_change(&self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.force.is_some() || self.is_empty() {
            return None;
        }
        let current = self.open_at(at).open;
        let limit = at.checked_add_signed(Duration::days(HORIZON_DAYS))?;
        let mut date = at
            .with_timezone(&self.tz)
            .date_naive()
            .checked_sub_days(Days::new(2))?;
        // Candidates generated but not yet settled, sorted before each settling pass.
        let mut pending: Vec<DateTime<Utc>> = Vec::with_capacity(16);
        loop {
            for iv in self.day(date).intervals {
                for minute in [iv.start, iv.end] {
                    boundary_instants(self.tz, date, minute, &mut pending);
                }
            }
            pending.retain(|c| *c > at);
            // Boundaries owned by later dates are all at or after `cutoff`, so every
            // pending candidate before it is in its final place.
            let next_date = date.succ_opt()?;
            let cutoff = next_date
                .and_hms_opt(0, 0, 0)?
                .and_utc()
                .checked_sub_signed(Duration::hours(SLACK_HOURS))?;
            pending.sort_unstable();
            let settled = pending.partition_point(|c| *c < cutoff);
            for &candidate in pending.iter().take(settled) {
                if candidate > limit {
                    return None;
                }
                if self.open_at(candidate).open != current {
                    return Some(candidate);
                }
            }
            pending.drain(..settled);
            if cutoff > limit {
                return None;
            }
            date = next_date;
        }
    }
}

/// Pushes the instants at which the wall clock of `tz` shows `date` + `minute`.
fn boundary_instants(tz: Tz, date: NaiveDate, minute: u16, out: &mut Vec<DateTime<Utc>>) {
    let Some(local) = date
        .and_hms_opt(0, 0, 0)
        .and_then(|midnight| midnight.checked_add_signed(Duration::minutes(i64::from(minute))))
    else {
        return;
    };
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => out.push(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, second) => {
            let (first, second) = (first.with_timezone(&Utc), second.with_timezone(&Utc));
            out.push(first);
            out.push(second);
            if let Some(t) = fold_transition(tz, first, second) {
                out.push(t);
            }
        }
        LocalResult::None => {
            if let Some(t) = gap_transition(tz, local) {
                out.push(t);
            }
        }
    }
}

fn offset_seconds(tz: Tz, t: DateTime<Utc>) -> i64 {
    use chrono::Offset;
    i64::from(
        tz.offset_from_utc_datetime(&t.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

/// The first instant whose wall clock is at or after `local`, which lies in a gap.
pub(crate) fn gap_transition(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let as_utc = local.and_utc().timestamp();
    let (mut lo, mut hi) = (as_utc - 30 * 3600, as_utc + 30 * 3600);
    let wall = |t: i64| -> Option<i64> {
        let instant = DateTime::<Utc>::from_timestamp(t, 0)?;
        Some(t + offset_seconds(tz, instant))
    };
    // Invariant: wall(lo) < local <= wall(hi).
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if wall(mid)? >= as_utc {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    DateTime::<Utc>::from_timestamp(hi, 0)
}

/// The instant the zone switches to the later offset of a fold, between its two passes.
fn fold_transition(tz: Tz, first: DateTime<Utc>, second: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let later = offset_seconds(tz, second);
    let (mut lo, mut hi) = (first.timestamp(), second.timestamp());
    // Invariant: offset(lo) != later, offset(hi) == later.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if offset_seconds(tz, DateTime::<Utc>::from_timestamp(mid, 0)?) == later {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    DateTime::<Utc>::from_timestamp(hi, 0)
}
