//! TypeScript declarations (feature `ts`) for the types whose serde impls are written by
//! hand, so ts-rs cannot derive them: each is declared as the union its serde impl reads
//! and writes. `bindings/types.d.ts` is generated from these and the derived ones.

use crate::errors::{CodeInput, MessageStatus};
use crate::twilio::{OptOutType, ParamValue};

/// Implements `ts_rs::TS` for `$ty` as `type $name = $union;` with the given doc lines.
macro_rules! ts_union {
    ($ty:ty, $name:expr, $union:expr, [$($doc:expr),* $(,)?]) => {
        impl ts_rs::TS for $ty {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn ident(_: &ts_rs::Config) -> String {
                ($name).to_owned()
            }
            fn name(_: &ts_rs::Config) -> String {
                ($name).to_owned()
            }
            fn inline(_: &ts_rs::Config) -> String {
                ($union).to_owned()
            }
            fn decl(cfg: &ts_rs::Config) -> String {
                format!("type {} = {};", $name, <Self as ts_rs::TS>::inline(cfg))
            }
            fn decl_concrete(cfg: &ts_rs::Config) -> String {
                <Self as ts_rs::TS>::decl(cfg)
            }
            fn docs() -> Option<String> {
                Some(ts_rs::format_docs(&[$($doc),*]))
            }
            fn output_path() -> Option<std::path::PathBuf> {
                Some(std::path::PathBuf::from(format!("{}.ts", $name)))
            }
        }
    };
}
pub(crate) use ts_union;

/// `"a" | "b" | (string & {})`: the known spellings, then any other string (editors still
/// offer the known ones).
pub(crate) fn open_union<'a>(known: impl IntoIterator<Item = &'a str>) -> String {
    let mut out: Vec<String> = known.into_iter().map(|k| format!("\"{k}\"")).collect();
    out.push("(string & {})".to_owned());
    out.join(" | ")
}

ts_union!(
    MessageStatus,
    "MessageStatus",
    open_union(MessageStatus::KNOWN.iter().map(|(name, _)| *name)),
    [
        " A Twilio message status as status callbacks carry it (case-insensitive). Any other",
        " string, one Twilio may add later, is accepted and kept as given.",
    ]
);

ts_union!(
    OptOutType,
    "OptOutType",
    open_union(["STOP", "START", "HELP"]),
    [
        " `OptOutType` of an inbound webhook (Advanced Opt-Out): `STOP`, `START`, `HELP`, or",
        " any other value Twilio may send, kept as given.",
    ]
);

ts_union!(
    CodeInput,
    "CodeInput",
    "number | string",
    [" A Twilio error code: a whole number, or a string of its digits (`\"30034\"`)."]
);

ts_union!(
    ParamValue,
    "ParamValue",
    "string | Array<string>",
    [" A form field's value: a string, or the list of values of a repeated name."]
);
