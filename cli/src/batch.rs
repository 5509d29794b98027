//! Batch mode: one NDJSON answer per input line, in order, with bounded memory.

use std::io::{BufRead, Write};

/// Longest request line accepted; longer lines are answered with an error and skipped,
/// so one runaway line cannot exhaust memory.
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

pub fn run(mut input: impl BufRead, out: &mut impl Write) -> std::io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        let (read, complete) = read_bounded_line(&mut input, &mut line, MAX_LINE_BYTES)?;
        if read == 0 {
            break;
        }
        let answer = if !complete {
            too_long_answer()
        } else {
            let text = String::from_utf8_lossy(trim_newline(&line));
            if text.trim().is_empty() {
                // Blank lines still answer, so output line N always belongs to input line N.
                telrules::evaluate_json("")
            } else {
                telrules::evaluate_json(&text)
            }
        };
        out.write_all(answer.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn trim_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Reads one line into `buf`, keeping at most `limit` bytes and discarding the rest of an
/// over-long line. Returns the bytes consumed and whether the line fit.
fn read_bounded_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut fits = true;
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok((consumed, fits));
        }
        let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (available.get(..=i).unwrap_or(available), true),
            None => (available, false),
        };
        let n = chunk.len();
        if fits && buf.len() + n <= limit {
            buf.extend_from_slice(chunk);
        } else {
            fits = false;
            buf.clear();
        }
        input.consume(n);
        consumed += n;
        if done {
            return Ok((consumed, fits));
        }
    }
}

fn too_long_answer() -> String {
    let error = telrules::Error::InvalidJson {
        message: format!("the line is longer than {MAX_LINE_BYTES} bytes and was skipped"),
    };
    telrules::contract::error_json(&error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str) -> Vec<String> {
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn one_answer_per_line_in_order_even_after_bad_lines() {
        let answers = batch(
            "{\"op\":\"segments\",\"args\":{\"text\":\"a\"}}\nnot json\n\n{\"op\":\"nope\",\"args\":{}}\r\n{\"op\":\"segments\",\"args\":{\"text\":\"b\"}}",
        );
        assert_eq!(answers.len(), 5);
        assert!(answers[0].starts_with("{\"ok\""));
        assert!(answers[1].contains("invalid_json"));
        assert!(answers[2].contains("invalid_json"));
        assert!(answers[3].contains("unknown_op"));
        assert!(answers[4].contains("\"text\":\"b\""));
    }

    #[test]
    fn over_long_line_is_answered_and_skipped() {
        let mut input = Vec::new();
        let mut reader = std::io::BufReader::with_capacity(8, "0123456789abcdef\nok\n".as_bytes());
        let first = read_bounded_line(&mut reader, &mut input, 10).unwrap();
        assert_eq!(first, (17, false));
        input.clear();
        let second = read_bounded_line(&mut reader, &mut input, 10).unwrap();
        assert_eq!(second, (3, true));
        assert_eq!(input, b"ok\n");
    }
}
