//! `telrules batch` under abuse, through the real binary: every input line gets exactly one
//! answer line, in order, whatever its bytes; memory does not grow with the number of
//! lines; a reader that goes away ends the run quietly.

// Test helpers fail the test by panicking, like the #[test] functions clippy already allows.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

const LIMIT: usize = 4 * 1024 * 1024;
const PHONE: &str = r#"{"op":"parse_phone","args":{"input":"+14155550100"}}"#;

fn telrules() -> Command {
    Command::new(env!("CARGO_BIN_EXE_telrules"))
}

/// Runs `telrules batch` over `input`; returns the answer lines, checking a clean exit
/// with nothing on stderr.
fn batch(input: &[u8]) -> Vec<serde_json::Value> {
    let mut child = telrules()
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let owned = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&owned));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("answers are UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "every answer ends its line"
    );
    text.lines()
        .map(|line| serde_json::from_str(line).expect("each answer line is JSON"))
        .collect()
}

fn error_kind(answer: &serde_json::Value) -> &str {
    answer["error"]["kind"].as_str().unwrap_or("<not an error>")
}

fn is_phone_ok(answer: &serde_json::Value) -> bool {
    answer["ok"]["e164"] == "+14155550100"
}

/// `PHONE` followed by spaces (JSON whitespace) to exactly `len` bytes.
fn padded_request(len: usize) -> Vec<u8> {
    let mut line = PHONE.as_bytes().to_vec();
    line.resize(len, b' ');
    line
}

#[test]
fn empty_input_gives_no_answers() {
    assert!(batch(b"").is_empty());
}

#[test]
fn last_line_without_newline_is_answered() {
    let answers = batch(format!("{PHONE}\n{PHONE}").as_bytes());
    assert_eq!(answers.len(), 2);
    assert!(answers.iter().all(is_phone_ok));
}

#[test]
fn crlf_lines_answer_like_lf_lines() {
    let answers = batch(format!("{PHONE}\r\n\r\nnope\r\n{PHONE}\r\n").as_bytes());
    assert_eq!(answers.len(), 4);
    assert!(is_phone_ok(&answers[0]));
    assert_eq!(error_kind(&answers[1]), "invalid_json");
    assert_eq!(error_kind(&answers[2]), "invalid_json");
    assert!(is_phone_ok(&answers[3]));
}

#[test]
fn invalid_utf8_is_an_error_on_its_own_line_not_a_replaced_request() {
    // The same request with a bad byte inside a string value: lossy decoding would answer
    // it with U+FFFD; it must be refused, and the lines around it still answered.
    let mut input = format!("{PHONE}\n").into_bytes();
    input.extend_from_slice(b"{\"op\":\"segments\",\"args\":{\"text\":\"a\xff\xfeb\"}}\n");
    input.extend_from_slice(b"\xc3\n"); // a truncated two-byte sequence
    input.extend_from_slice(format!("{PHONE}\n").as_bytes());
    let answers = batch(&input);
    assert_eq!(answers.len(), 4);
    assert!(is_phone_ok(&answers[0]));
    assert_eq!(error_kind(&answers[1]), "invalid_json");
    let message = answers[1]["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("not UTF-8") && message.contains("offset 34"),
        "{message}"
    );
    assert_eq!(error_kind(&answers[2]), "invalid_json");
    assert!(is_phone_ok(&answers[3]));
}

#[test]
fn nul_bytes_are_errors_not_truncations() {
    let mut input = Vec::new();
    input.extend_from_slice(b"\0\n");
    input.extend_from_slice(format!("{PHONE}\0\n").as_bytes());
    input.extend_from_slice(b"{\"op\":\"segments\",\"args\":{\"text\":\"a\0b\"}}\n");
    input.extend_from_slice(format!("{PHONE}\n").as_bytes());
    let answers = batch(&input);
    assert_eq!(answers.len(), 4);
    assert_eq!(error_kind(&answers[0]), "invalid_json");
    assert_eq!(error_kind(&answers[1]), "invalid_json");
    assert_eq!(error_kind(&answers[2]), "invalid_json");
    assert!(is_phone_ok(&answers[3]));
}

#[test]
fn a_line_of_exactly_the_limit_is_answered_and_one_byte_more_is_refused() {
    let mut input = Vec::new();
    for (len, ending) in [
        (LIMIT, &b"\n"[..]),
        (LIMIT + 1, b"\n"),
        (LIMIT, b"\r\n"),
        (LIMIT + 1, b"\r\n"),
        (LIMIT - 1, b"\n"),
    ] {
        input.extend_from_slice(&padded_request(len));
        input.extend_from_slice(ending);
    }
    input.extend_from_slice(PHONE.as_bytes());
    input.push(b'\n');
    // The same two sizes as the last line, without a newline.
    for len in [LIMIT, LIMIT + 1] {
        let mut tail = input.clone();
        tail.extend_from_slice(&padded_request(len));
        let answers = batch(&tail);
        assert_eq!(answers.len(), 7);
        assert!(is_phone_ok(&answers[0]), "exactly the limit, LF");
        assert_eq!(error_kind(&answers[1]), "invalid_json", "one byte over, LF");
        let message = answers[1]["error"]["message"].as_str().unwrap();
        assert!(message.contains("longer than 4194304 bytes"), "{message}");
        assert!(is_phone_ok(&answers[2]), "exactly the limit, CRLF");
        assert_eq!(
            error_kind(&answers[3]),
            "invalid_json",
            "one byte over, CRLF"
        );
        assert!(is_phone_ok(&answers[4]), "one byte under");
        assert!(is_phone_ok(&answers[5]), "the line after");
        if len == LIMIT {
            assert!(is_phone_ok(&answers[6]), "last line at the limit");
        } else {
            assert_eq!(error_kind(&answers[6]), "invalid_json", "last line over");
        }
    }
}

#[test]
fn a_huge_line_without_newlines_is_one_error_answer() {
    // 3 x the limit with no newline anywhere, then a normal line.
    let mut input = vec![b'x'; 3 * LIMIT];
    input.extend_from_slice(format!("\n{PHONE}\n").as_bytes());
    let answers = batch(&input);
    assert_eq!(answers.len(), 2);
    assert_eq!(error_kind(&answers[0]), "invalid_json");
    assert!(is_phone_ok(&answers[1]));
}

#[test]
fn answers_keep_input_order_across_kinds_of_line() {
    // Distinct texts, so an answer out of place would show.
    let lines: Vec<String> = (0..200)
        .map(|i| match i % 4 {
            0 => format!(
                r#"{{"op":"segments","args":{{"text":"{}"}}}}"#,
                "x".repeat(i + 1)
            ),
            1 => "not json".to_owned(),
            2 => String::new(),
            _ => format!(r#"{{"op":"no_such_op_{i}","args":{{}}}}"#),
        })
        .collect();
    let answers = batch((lines.join("\n") + "\n").as_bytes());
    assert_eq!(answers.len(), lines.len());
    for (i, answer) in answers.iter().enumerate() {
        match i % 4 {
            0 => assert_eq!(answer["ok"]["characters"], i + 1, "line {i}: {answer}"),
            1 | 2 => assert_eq!(error_kind(answer), "invalid_json", "line {i}"),
            _ => {
                assert_eq!(error_kind(answer), "unknown_op", "line {i}");
                let message = answer["error"]["message"].as_str().unwrap();
                assert!(message.contains(&format!("no_such_op_{i}`")), "{message}");
            }
        }
    }
}

/// Peak resident memory of a live process, in KiB (Linux).
#[cfg(target_os = "linux")]
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_million_lines_get_a_million_answers_in_flat_memory() {
    const LINES: usize = 1_000_000;
    const WARM: usize = 20_000;
    let mut child = telrules()
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
    // Cheap lines of three kinds, generated on the fly: the input is never held whole.
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        let mut stdin = std::io::BufWriter::new(&mut stdin);
        for i in 0..LINES {
            match i % 3 {
                0 => writeln!(stdin, r#"{{"op":"explain_error","args":{{"code":30007}}}}"#)?,
                1 => writeln!(stdin, "{i}")?,
                _ => writeln!(stdin, "{{")?,
            }
        }
        stdin.flush()?;
        drop(stdin);
        // Keep the pipe open until the peak is read, so the process is still alive.
        let _ = done_rx.recv();
        Ok(())
    });
    let mut answers = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut count = 0;
    let mut warm_peak = 0;
    while count < LINES {
        line.clear();
        assert!(
            answers.read_line(&mut line).unwrap() > 0,
            "output ended at line {count}"
        );
        match count % 3 {
            0 => assert!(line.starts_with(r#"{"ok":"#), "line {count}: {line}"),
            1 => assert!(
                line.starts_with(r#"{"error":{"kind":"invalid_request""#),
                "line {count}: {line}"
            ),
            _ => assert!(
                line.starts_with(r#"{"error":{"kind":"invalid_json""#),
                "line {count}: {line}"
            ),
        }
        count += 1;
        if count == WARM {
            warm_peak = peak_rss_kib(pid);
        }
    }
    let final_peak = peak_rss_kib(pid);
    done_tx.send(()).unwrap();
    writer.join().unwrap().unwrap();
    line.clear();
    assert_eq!(
        answers.read_to_string(&mut line).unwrap(),
        0,
        "no answer beyond the input"
    );
    let status = child.wait().unwrap();
    assert!(status.success());
    // Memory after 20 thousand lines and after a million: the same, give or take
    // allocator noise (a leak of even 8 bytes a line would add ~8 MiB).
    assert!(
        final_peak <= warm_peak + 2048,
        "peak RSS grew from {warm_peak} KiB to {final_peak} KiB over {LINES} lines"
    );
    eprintln!("peak RSS: {warm_peak} KiB after {WARM} lines, {final_peak} KiB after {LINES}");
}

#[test]
fn a_reader_that_closes_early_ends_the_run_quietly() {
    let mut child = telrules()
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // More output than any pipe buffer holds; stops when the child has gone.
        for _ in 0..200_000 {
            if writeln!(stdin, "{PHONE}").is_err() {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with(r#"{"ok":"#), "{first}");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert!(stderr.is_empty(), "stderr: {stderr}");
    assert!(status.success(), "{status:?}");
}

#[cfg(unix)]
#[test]
fn piped_into_head_exits_quietly() {
    // The shell form from the contract: `telrules batch | head -1`, with a writer far ahead.
    let script = r#"
        i=0; while [ $i -lt 20000 ]; do echo "$REQ"; i=$((i+1)); done \
          | "$BIN" batch 2>"$ERR" | head -1
        echo "status=${PIPESTATUS[1]}"
    "#;
    let dir = std::env::temp_dir().join(format!("telrules-head-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let err = dir.join("stderr");
    let output = Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("BIN", env!("CARGO_BIN_EXE_telrules"))
        .env("REQ", PHONE)
        .env("ERR", &err)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = std::fs::read_to_string(&err).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let mut lines = stdout.lines();
    assert!(lines.next().unwrap().starts_with(r#"{"ok":"#), "{stdout}");
    // 0, or 141 (128 + SIGPIPE) should the process ever be killed by the signal.
    let status = lines.next().unwrap();
    assert!(status == "status=0" || status == "status=141", "{status}");
    assert!(stderr.is_empty(), "stderr: {stderr}");
}

#[test]
fn each_answer_arrives_before_the_next_line_is_sent() {
    // A client that sends one request and waits for its answer (a coprocess, a worker
    // pool) must not wait for output buffering: the answer comes while stdin stays open.
    let mut child = telrules()
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for round in 0..3 {
        writeln!(stdin, "{PHONE}").unwrap();
        stdin.flush().unwrap();
        // Generous: the point is that the answer comes at all before more input or EOF.
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("no answer to request {round} while stdin is open"));
        assert!(answer.starts_with(r#"{"ok":"#), "{answer}");
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}
