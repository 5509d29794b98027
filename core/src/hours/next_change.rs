//! The instants the open state flips, from interval boundaries (candidate instants), never
//! by stepping through minutes.
//!
//! Each local date's open time on the wall clock is the union of its own intervals (cut at
//! midnight) and the previous date's spill-over past midnight. Only the edges of that
//! union can change the state: touching or overlapping intervals merge, and a midnight
//! that is open on both sides is no edge. Between two consecutive candidates the wall
//! clock moves continuously without crossing an edge, so the state is constant there; a
//! candidate at which the state differs from the current one is a change. Candidates are
//! the instants at which the wall clock shows an edge (both instants in a fold) plus, for
//! an edge that falls in a gap or a fold, the zone transition itself (the wall clock jumps
//! over or back across the edge there).
//!
//! The cost is the number of edges walked, not the number of intervals written: a week of
//! 1,440 touching one-minute intervals a day has no edge at all, and once the exceptions
//! are behind and a whole week has passed without an edge, no change can ever come.

use std::ops::ControlFlow;

use super::tzdb::Tz;
use chrono::{DateTime, Days, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::schedule::{DayRule, Schedule};

/// How far ahead `next_change` looks.
pub const HORIZON_DAYS: i64 = 366;

/// A bound on any zone's UTC offset, either way, at any time in the tz database (local mean
/// times included: the extremes are +14:59 and -15:56). An instant `t` whose wall clock
/// shows `w` is `w - offset(t)`, so it lies within this many hours of `w` read as UTC; a
/// transition instant, where the wall clock jumps over `w`, too. Both bounds below follow.
const MAX_OFFSET_HOURS: i64 = 16;

impl Schedule {
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
        let limit = at.checked_add_signed(Duration::days(HORIZON_DAYS))?;
        let mut first = None;
        self.changes(at, limit, |t, _| {
            first = Some(t);
            ControlFlow::Break(())
        });
        first
    }

    /// The open periods overlapping `[from, to)`, clipped to it, in order: the data of a
    /// timeline. Empty when `to` is not after `from`. Cost grows with the number of changes
    /// in the range, not with its length.
    pub fn open_intervals(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let mut out = Vec::new();
        if to <= from {
            return out;
        }
        let mut open_since = self.open_at(from).open.then_some(from);
        self.changes(from, to, |t, open| {
            if t >= to {
                return ControlFlow::Break(());
            }
            if open {
                open_since = Some(t);
            } else if let Some(since) = open_since.take() {
                out.push((since, t));
            }
            ControlFlow::Continue(())
        });
        if let Some(since) = open_since {
            out.push((since, to));
        }
        out
    }

    /// Calls `each(instant, open)` for every instant in `(after, limit]` at which the open
    /// state flips, in order, until it breaks.
    fn changes(
        &self,
        after: DateTime<Utc>,
        limit: DateTime<Utc>,
        mut each: impl FnMut(DateTime<Utc>, bool) -> ControlFlow<()>,
    ) {
        if self.force.is_some() || self.is_empty() {
            return;
        }
        let mut current = self.open_at(after).open;
        let Some(mut date) = after
            .with_timezone(&self.tz)
            .date_naive()
            .checked_sub_days(Days::new(2))
        else {
            return;
        };
        let last_exception = self.exceptions.last().map(|e| e.date);
        let earliest_wall = after
            .with_timezone(&self.tz)
            .naive_local()
            .checked_sub_signed(Duration::hours(2 * MAX_OFFSET_HOURS))
            .unwrap_or(NaiveDateTime::MIN);
        let mut spill_in = date
            .pred_opt()
            .map_or(0, |previous| self.day(previous).spill());
        // Unknown for the first date: its midnight edge is kept (a spare candidate).
        let mut previous_ends_open = false;
        let mut quiet_days = 0;
        // Candidates generated but not yet settled, sorted before each settling pass.
        let mut pending: Vec<DateTime<Utc>> = Vec::with_capacity(16);
        loop {
            let Some(next_date) = date.succ_opt() else {
                return;
            };
            let today = self.day(date);
            let tomorrow = self.day(next_date);
            let next_starts_open =
                today.spill() > 0 || tomorrow.intervals.first().is_some_and(|iv| iv.start == 0);
            let mut edge_count = 0;
            // Minutes of this date whose wall clock is within reach of `after`.
            let date_floor_minutes = date
                .and_hms_opt(0, 0, 0)
                .map_or(0, |midnight| (earliest_wall - midnight).num_minutes());
            let edges = Edges {
                today: &today,
                spill_in,
                previous_ends_open,
                next_starts_open,
            };
            previous_ends_open = edges.for_each(|minute| {
                edge_count += 1;
                // An edge shown more than two offset bounds before `after`'s wall clock
                // happens before `after`: no need to find its instants.
                if i64::from(minute) >= date_floor_minutes {
                    boundary_instants(self.tz, date, minute, &mut pending);
                }
            });
            let plain = last_exception.is_none_or(|last| {
                last.checked_add_days(Days::new(1))
                    .is_some_and(|after_last| date > after_last)
            });
            quiet_days = if plain && edge_count == 0 {
                quiet_days + 1
            } else {
                0
            };
            spill_in = today.spill();

            pending.retain(|c| *c > after);
            // Edges owned by later dates are all at or after `cutoff`, so every pending
            // candidate before it is in its final place.
            let Some(cutoff) = next_date.and_hms_opt(0, 0, 0).and_then(|t| {
                t.and_utc()
                    .checked_sub_signed(Duration::hours(MAX_OFFSET_HOURS))
            }) else {
                return;
            };
            pending.sort_unstable();
            let settled = pending.partition_point(|c| *c < cutoff);
            for &candidate in pending.iter().take(settled) {
                if candidate > limit {
                    return;
                }
                let open = self.open_at(candidate).open;
                if open != current {
                    current = open;
                    if each(candidate, open).is_break() {
                        return;
                    }
                }
            }
            pending.drain(..settled);
            // A week of plain dates without an edge repeats forever: nothing will change.
            if cutoff > limit || (quiet_days >= 7 && pending.is_empty()) {
                return;
            }
            date = next_date;
        }
    }
}

/// The edges of one date's open time on the wall clock.
struct Edges<'d, 's> {
    today: &'d DayRule<'s>,
    /// Minutes after midnight the previous date's last interval still runs (0: none).
    spill_in: u16,
    /// The previous date is open up to midnight: an opening at 00:00 is no edge.
    previous_ends_open: bool,
    /// The next date is open from midnight: a closing at 24:00 is no edge.
    next_starts_open: bool,
}

impl Edges<'_, '_> {
    /// Calls `edge` with each edge in minutes after midnight (0..=1440), in order; returns
    /// whether the date is open up to midnight.
    fn for_each(&self, mut edge: impl FnMut(u16)) -> bool {
        let spill = (self.spill_in > 0).then_some((0, self.spill_in.min(1440)));
        let own = self
            .today
            .intervals
            .iter()
            .map(|iv| (iv.start, iv.end.min(1440)));
        let mut run: Option<(u16, u16)> = None;
        let mut close = |(start, end): (u16, u16)| {
            if !(start == 0 && self.previous_ends_open) {
                edge(start);
            }
            if !(end == 1440 && self.next_starts_open) {
                edge(end);
            }
        };
        // Own intervals are sorted by start and the spill starts at 0, so one pass merges
        // overlapping and touching pieces.
        for (start, end) in spill.into_iter().chain(own) {
            run = match run {
                Some((s, e)) if start <= e => Some((s, e.max(end))),
                Some(done) => {
                    close(done);
                    Some((start, end))
                }
                None => Some((start, end)),
            };
        }
        match run {
            Some(done) => {
                close(done);
                done.1 == 1440
            }
            None => false,
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
