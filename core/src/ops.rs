//! The op table: one line per operation, mapping its contract name to its typed function.

use crate::contract::{run, Error};
use crate::{inbound, phone, segments};

/// Every operation name the JSON contract accepts, in the order the spec lists them.
pub const OPS: &[&str] = &[
    "segments",
    "parse_phone",
    "classify_inbound",
    "handle_inbound",
    "lint_reply",
];

pub(crate) fn dispatch(op: &str, args: &str) -> Result<String, Error> {
    match op {
        "segments" => run(args, |a| Ok(segments::segments(&a))),
        "parse_phone" => run(args, |a| phone::parse_phone(&a)),
        "classify_inbound" => run(args, |a| inbound::classify_inbound(&a)),
        "handle_inbound" => run(args, |a| inbound::handle_inbound(&a)),
        "lint_reply" => run(args, |a| inbound::lint_reply(&a)),
        _ => Err(Error::UnknownOp { op: op.to_owned() }),
    }
}
