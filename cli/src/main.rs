//! `telrules`: the JSON contract on the command line.
//!
//! - `telrules batch`: NDJSON requests on stdin, exactly one NDJSON answer per line on
//!   stdout, in order, streaming with memory bounded by the longest accepted line.
//! - `telrules <op> [ARGS_JSON | -] [--field value ...] [--pretty]`: one request.
//! - `telrules demo`: a readable report over a built-in sample organisation.
//! - `telrules ops`: the operation names.

mod batch;
mod demo;
mod oneshot;

use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "\
telrules: rules for businesses that text and call through Twilio numbers

usage:
  telrules demo                      report on a built-in sample organisation
  telrules batch                     NDJSON requests {\"op\",\"args\"} on stdin, one answer per line
  telrules <op> [ARGS_JSON | -]      one request; args as JSON, or from stdin with -
  telrules <op> --field value ...    one request; each --field sets args.field
                                     (true/false/null/numbers/objects/arrays as JSON, else text)
  telrules ops                       list the operations
options for one-shot requests:
  --pretty                           indent the answer
exit status: 0 answered ok, 1 answered with an error, 2 usage error";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            writeln!(out, "{USAGE}").map(|()| ExitCode::SUCCESS)
        }
        Some("-V" | "--version") => {
            writeln!(out, "telrules {}", env!("CARGO_PKG_VERSION")).map(|()| ExitCode::SUCCESS)
        }
        Some("ops") => writeln!(out, "{}", telrules::OPS.join("\n")).map(|()| ExitCode::SUCCESS),
        Some("demo") => out
            .write_all(demo::report().as_bytes())
            .map(|()| ExitCode::SUCCESS),
        Some("batch") => {
            let mut input = BufReader::with_capacity(64 * 1024, std::io::stdin().lock());
            let mut answers = BufWriter::with_capacity(64 * 1024, &mut out);
            batch::run(&mut input, &mut answers).map(|()| ExitCode::SUCCESS)
        }
        Some(op) => match oneshot::request(op, args.get(1..).unwrap_or_default()) {
            Ok((request, pretty)) => oneshot::answer(&request, pretty, &mut out),
            Err(message) => {
                complain(&format!("{message}\n\n{USAGE}"));
                Ok(ExitCode::from(2))
            }
        },
    };
    match result {
        Ok(code) => code,
        // A closed stdout (`telrules batch | head`) ends the run quietly.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            complain(&e.to_string());
            ExitCode::from(2)
        }
    }
}

/// Writes a message to stderr, ignoring a stderr that is closed or gone: unlike `eprintln!`,
/// which panics when the write fails.
fn complain(message: &str) {
    let _ = writeln!(std::io::stderr(), "telrules: {message}");
}
