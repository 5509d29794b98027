//! The op table: one line per operation, mapping its contract name to its typed function.

use crate::contract::{run, Error};
use crate::{errors, phone, segments};

/// Every operation name the JSON contract accepts, in the order the spec lists them.
pub const OPS: &[&str] = &["segments", "parse_phone", "explain_error", "deliverability"];

pub(crate) fn dispatch(op: &str, args: &str) -> Result<String, Error> {
    match op {
        "segments" => run(args, |a| Ok(segments::segments(&a))),
        "parse_phone" => run(args, |a| phone::parse_phone(&a)),
        "explain_error" => run(args, |a| errors::explain_error(&a)),
        "deliverability" => run(args, |a| errors::deliverability(&a)),
        _ => Err(Error::UnknownOp { op: op.to_owned() }),
    }
}
