//! Batch mode: one NDJSON answer per input line, in order, with bounded memory.
//!
//! A line ends at `\n` (a `\r` before it is dropped too); the last line needs no newline.
//! Every line read gets exactly one answer line, whatever its bytes: a blank line, text
//! that is not UTF-8 and an over-long line are answered with an `invalid_json` error, so
//! output line N always belongs to input line N.
//!
//! Answers are written in large blocks while more complete lines are already buffered, and
//! flushed before the next read could wait for input, so a million-line file costs a few
//! hundred writes while a client that sends one line and waits still gets its answer at once.

use std::io::{BufRead, BufReader, Read, Write};

/// Longest request line accepted, not counting its `\n` or `\r\n`. A longer line is
/// answered with an error and skipped without being held in memory, so one runaway line
/// cannot exhaust memory.
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

/// Answers every line of `input` on `out`; `out` should be buffered (answers are flushed
/// whenever no further complete line is waiting in `input`'s buffer).
pub fn run<R: Read>(input: &mut BufReader<R>, out: &mut impl Write) -> std::io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        // The next read may block for input: whoever waits for the answers so far gets them.
        if !input.buffer().contains(&b'\n') {
            out.flush()?;
        }
        let (read, complete) = read_bounded_line(input, &mut line, MAX_LINE_BYTES + 2)?;
        if read == 0 {
            break;
        }
        let content = trim_newline(&line);
        let answer = if !complete || content.len() > MAX_LINE_BYTES {
            too_long_answer()
        } else {
            match std::str::from_utf8(content) {
                // Blank lines still answer (an invalid_json error about empty input).
                Ok(text) if text.trim().is_empty() => telrules::evaluate_json(""),
                Ok(text) => telrules::evaluate_json(text),
                // Not replaced with U+FFFD: that would answer a request nobody sent (a
                // different message text, a signature over other bytes).
                Err(e) => not_utf8_answer(e.valid_up_to()),
            }
        };
        out.write_all(answer.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn trim_newline(line: &[u8]) -> &[u8] {
    match line.strip_suffix(b"\n") {
        Some(line) => line.strip_suffix(b"\r").unwrap_or(line),
        None => line,
    }
}

/// Reads one line into `buf`, keeping at most `limit` bytes (its newline included) and
/// discarding the rest of an over-long line. Returns the bytes consumed and whether the
/// line fit.
fn read_bounded_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut fits = true;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
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

fn not_utf8_answer(valid_up_to: usize) -> String {
    let error = telrules::Error::InvalidJson {
        message: format!(
            "the line is not UTF-8 (invalid byte at offset {valid_up_to}); JSON text must be UTF-8"
        ),
    };
    telrules::contract::error_json(&error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str) -> Vec<String> {
        let mut out = Vec::new();
        run(&mut BufReader::new(input.as_bytes()), &mut out).unwrap();
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
