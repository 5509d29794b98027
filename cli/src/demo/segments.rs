//! Demo section: what each outbound text costs, with and without smart encoding.

use std::fmt::Write;

use telrules::segments::{segments, Encoding, SegmentsArgs};

use super::{heading, sample};

pub fn section(out: &mut String) {
    heading(out, "Message segments");
    for (label, text) in sample::OUTBOUND_TEXTS {
        let plain = segments(&SegmentsArgs {
            text: (*text).to_owned(),
            smart_encoding: false,
        });
        let smart = segments(&SegmentsArgs {
            text: (*text).to_owned(),
            smart_encoding: true,
        });
        let _ = writeln!(
            out,
            "  {label}: {} segment(s), {}, {} characters",
            plain.segments,
            encoding_name(plain.encoding),
            plain.characters
        );
        if !plain.non_gsm.is_empty() {
            let _ = writeln!(out, "    forced into UCS-2 by: {}", plain.non_gsm.join(" "));
        }
        if smart.segments < plain.segments || smart.encoding != plain.encoding {
            let _ = writeln!(
                out,
                "    with smart encoding: {} segment(s), {}",
                smart.segments,
                encoding_name(smart.encoding)
            );
        }
    }
}

fn encoding_name(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Gsm7 => "GSM-7",
        Encoding::Ucs2 => "UCS-2",
    }
}
