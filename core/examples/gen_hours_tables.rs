//! Generates the two libphonenumber tables `send_window` uses, from the vendored text files
//! in `core/data/libphonenumber/` (Apache-2.0):
//!
//! - `core/src/hours/zones_table.rs`: E.164 prefix -> candidate IANA zones. A row whose zone
//!   list equals the list of its longest shorter prefix in the source is dropped: the
//!   longest-prefix lookup gives the same answer without it, and the table ships in WASM.
//! - `core/src/hours/regions_table.rs`: NANP area code -> US state / Canadian province codes,
//!   from the area-code rows of the geocoding file (`1206|Washington State`). Area codes with
//!   no such row take the union of the regions their exchange rows name (`Hartford, CT`).
//!
//!     cargo run -p telrules --example gen_hours_tables
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "a build-time generator"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/libphonenumber");
const OUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/hours");

/// Region names in the geocoding file -> ISO 3166-2 subdivision codes (without country).
const NAMES: &[(&str, &str)] = &[
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("Washington D.C.", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington State", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
    ("Alberta", "AB"),
    ("British Columbia", "BC"),
    ("British Colombia", "BC"),
    ("Manitoba", "MB"),
    ("New Brunswick", "NB"),
    ("Newfoundland and Labrador", "NL"),
    ("Nova Scotia", "NS"),
    ("Prince Edward Island", "PE"),
    ("Northwest Territories", "NT"),
    ("Nunavut", "NU"),
    ("Yukon", "YT"),
    ("Ontario", "ON"),
    ("Quebec", "QC"),
    ("Saskatchewan", "SK"),
    // US territories in the NANP; their exchange rows spell only the code (`St. Croix, VI`).
    ("Puerto Rico", "PR"),
    ("US Virgin Islands", "VI"),
    ("Guam", "GU"),
    ("Northern Mariana Islands", "MP"),
    ("American Samoa", "AS"),
];

fn rows(file: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(format!("{DATA}/{file}")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (prefix, value) = l.split_once('|').unwrap();
            (prefix.to_owned(), value.to_owned())
        })
        .collect()
}

/// The zone's number in the core's zone table (the order of `telrules::hours::zone_names`).
fn zone_number(zone: &str) -> usize {
    telrules::hours::zone_names()
        .position(|name| name == zone)
        .unwrap_or_else(|| panic!("unknown zone {zone}"))
}

fn zones() -> String {
    let source: BTreeMap<String, Vec<String>> = rows("timezones-map_data.txt")
        .into_iter()
        .map(|(p, z)| {
            let mut list: Vec<String> = z.split('&').map(str::to_owned).collect();
            list.sort();
            (p, list)
        })
        .collect();
    let mut sets: Vec<Vec<String>> = Vec::new();
    let mut kept: Vec<(u32, u8, usize, String)> = Vec::new();
    for (prefix, list) in &source {
        let parent = (1..prefix.len())
            .rev()
            .find_map(|n| source.get(&prefix[..n]));
        if parent == Some(list) {
            continue;
        }
        let set = match sets.iter().position(|s| s == list) {
            Some(i) => i,
            None => {
                sets.push(list.clone());
                sets.len() - 1
            }
        };
        assert!(prefix.len() <= 9, "prefix {prefix} longer than 9 digits");
        kept.push((
            prefix.parse().unwrap(),
            prefix.len() as u8,
            set,
            prefix.clone(),
        ));
    }
    kept.sort_by_key(|&(value, len, _, _)| (len, value));
    let mut out = String::new();
    writeln!(
        out,
        "//! E.164 prefix -> candidate IANA zones, longest prefix wins.\n//!\n\
         //! Generated by `cargo run -p telrules --example gen_hours_tables` from\n\
         //! `core/data/libphonenumber/timezones-map_data.txt` (libphonenumber\n\
         //! resources/timezones/map_data.txt, Apache-2.0, Copyright (C) 2012 The Libphonenumber\n\
         //! Authors). {} of {} source rows kept: a row whose zones equal those of its longest\n\
         //! shorter prefix is dropped, the lookup answers the same without it. Do not edit.\n",
        kept.len(),
        source.len()
    )
    .unwrap();
    writeln!(out, "use super::tzdb::Tz;\n").unwrap();
    writeln!(
        out,
        "/// Zone number `index` of the core's zone table (`zone_names()` order).\n\
         const fn z(index: u16) -> Tz {{\n    Tz::from_index(index)\n}}\n"
    )
    .unwrap();
    writeln!(
        out,
        "/// Distinct zone lists, referenced by index from [`PREFIXES`]."
    )
    .unwrap();
    writeln!(
        out,
        "pub(super) static ZONE_SETS: [&[Tz]; {}] = [",
        sets.len()
    )
    .unwrap();
    for set in &sets {
        let items: Vec<String> = set
            .iter()
            .map(|zone| format!("z({})", zone_number(zone)))
            .collect();
        writeln!(out, "    &[{}], // {}", items.join(", "), set.join(" ")).unwrap();
    }
    writeln!(out, "];\n").unwrap();
    writeln!(
        out,
        "/// (prefix digits as a number, prefix length, index into [`ZONE_SETS`]), sorted by\n\
         /// (length, digits)."
    )
    .unwrap();
    writeln!(
        out,
        "pub(super) static PREFIXES: [(u32, u8, u16); {}] = [",
        kept.len()
    )
    .unwrap();
    for (value, len, set, _) in &kept {
        writeln!(out, "    ({value}, {len}, {set}),").unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}

fn codes_of(name: &str) -> Option<Vec<&'static str>> {
    if let Some((_, code)) = name.rsplit_once(", ") {
        let code = code.trim();
        return NAMES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(_, c)| vec![*c]);
    }
    name.split('/')
        .map(|part| {
            NAMES
                .iter()
                .find(|(n, _)| *n == part.trim())
                .map(|(_, c)| *c)
        })
        .collect()
}

fn regions() -> String {
    let geo = rows("geocoding-en-1.txt");
    let mut by_npa: BTreeMap<u16, BTreeSet<&'static str>> = BTreeMap::new();
    let mut unresolved: BTreeSet<String> = BTreeSet::new();
    let area_rows: BTreeMap<&str, &str> = geo
        .iter()
        .filter(|(p, _)| p.len() == 4)
        .map(|(p, n)| (&p[1..], n.as_str()))
        .collect();
    for (npa, name) in &area_rows {
        match codes_of(name) {
            Some(codes) => {
                by_npa
                    .entry(npa.parse().unwrap())
                    .or_default()
                    .extend(codes);
            }
            None => {
                unresolved.insert(format!("{npa}: {name}"));
            }
        }
    }
    // Area codes whose only rows are exchanges: every exchange row must name a region.
    let mut exchange_rows: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (prefix, name) in &geo {
        if prefix.len() > 4 && !area_rows.contains_key(&prefix[1..4]) {
            exchange_rows.entry(&prefix[1..4]).or_default().push(name);
        }
    }
    for (npa, names) in exchange_rows {
        let codes: Option<Vec<Vec<&'static str>>> = names.iter().map(|n| codes_of(n)).collect();
        match codes {
            Some(codes) => {
                by_npa
                    .entry(npa.parse().unwrap())
                    .or_default()
                    .extend(codes.into_iter().flatten());
            }
            None => {
                unresolved.insert(format!("{npa}: exchanges outside the US and Canada"));
            }
        }
    }
    for line in &unresolved {
        eprintln!("no US/CA region (left out): {line}");
    }
    let mut out = String::new();
    writeln!(
        out,
        "//! NANP area code -> US state / Canadian province codes (ISO 3166-2 without the\n\
         //! country part).\n//!\n\
         //! Generated by `cargo run -p telrules --example gen_hours_tables` from\n\
         //! `core/data/libphonenumber/geocoding-en-1.txt` (libphonenumber\n\
         //! resources/geocoding/en/1.txt, Apache-2.0, Copyright (C) 2011 The Libphonenumber\n\
         //! Authors): the area-code row's name (`1206|Washington State`), or for area codes\n\
         //! without one the regions their exchange rows name. Area codes outside the US and\n\
         //! Canada are not listed. Do not edit.\n"
    )
    .unwrap();
    writeln!(out, "/// (area code, regions), sorted by area code.").unwrap();
    writeln!(
        out,
        "pub(super) static NPA_REGIONS: [(u16, &[&str]); {}] = [",
        by_npa.len()
    )
    .unwrap();
    for (npa, codes) in &by_npa {
        let items: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
        writeln!(out, "    ({npa}, &[{}]),", items.join(", ")).unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}

fn main() {
    std::fs::write(format!("{OUT}/zones_table.rs"), zones()).unwrap();
    std::fs::write(format!("{OUT}/regions_table.rs"), regions()).unwrap();
}
