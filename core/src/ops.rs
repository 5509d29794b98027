//! The op table: one line per operation, mapping its contract name to its typed function.

use crate::contract::{run, Error};
use crate::{phone, readiness, segments};

/// Every operation name the JSON contract accepts, in the order the spec lists them.
pub const OPS: &[&str] = &["segments", "parse_phone", "readiness", "org_readiness"];

pub(crate) fn dispatch(op: &str, args: &str) -> Result<String, Error> {
    match op {
        "segments" => run(args, |a| Ok(segments::segments(&a))),
        "parse_phone" => run(args, |a| phone::parse_phone(&a)),
        "readiness" => run(args, |a| readiness::readiness(&a)),
        "org_readiness" => run(args, |a| readiness::org_readiness(&a)),
        _ => Err(Error::UnknownOp { op: op.to_owned() }),
    }
}
