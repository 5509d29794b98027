//! The op table: one line per operation, mapping its contract name to its typed function.

use crate::contract::{run, Error};
use crate::{hours, phone, segments};

/// Every operation name the JSON contract accepts, in the order the spec lists them.
pub const OPS: &[&str] = &["segments", "parse_phone", "business_hours", "send_window"];

pub(crate) fn dispatch(op: &str, args: &str) -> Result<String, Error> {
    match op {
        "segments" => run(args, |a| Ok(segments::segments(&a))),
        "parse_phone" => run(args, |a| phone::parse_phone(&a)),
        "business_hours" => run(args, |a| hours::business_hours(&a)),
        "send_window" => run(args, |a| hours::send_window(&a)),
        _ => Err(Error::UnknownOp { op: op.to_owned() }),
    }
}
