//! Regression cases for crashes: every `tests/crashes/<class>/NAME.js` once killed, hung or
//! exhausted minnow (a panic, a native stack overflow, an abort, unbounded time or memory).
//! Each runs as its own `minnow` process (a crash must not take the harness down) and must
//! print exactly `NAME.out` on stdout and exit with `NAME.code` (0 when absent). Optional:
//! - `NAME.err`: the exact expected stderr (without it, stderr must not mention a panic or an
//!   internal error);
//! - `NAME.args`: extra command-line flags, whitespace-separated (`--max-heap-size 64`);
//! - `NAME.ulimit`: an address-space limit in MB for the process (`ulimit -v`).
//!
//! Every case is also run by node (`tests/node_agrees.rs`) unless its first line starts with
//! `// node differs:` and says why (node itself aborts or hangs, or the case tests a minnow
//! flag); the `.out` files come from node wherever node finishes.
//!
//! `MINNOW_CASES=substring cargo test --test crashes` runs only matching cases.

mod support;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{Case, cases_in, diff};

/// A case still running after this long is a hang. Far above any case's real time (each runs
/// in well under a second), so a loaded machine does not turn a pass into a failure.
const HANG: Duration = Duration::from_secs(60);

fn run_case(case: &Case) -> Result<(), String> {
    let args = std::fs::read_to_string(case.js.with_extension("args")).unwrap_or_default();
    let ulimit = std::fs::read_to_string(case.js.with_extension("ulimit")).ok();
    let minnow = env!("CARGO_BIN_EXE_minnow");
    let mut command = match &ulimit {
        Some(mb) => {
            let kb = mb.trim().parse::<u64>().expect(".ulimit holds megabytes") * 1024;
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("ulimit -v {kb} && exec \"$0\" \"$@\""))
                .arg(minnow);
            c
        }
        None => Command::new(minnow),
    };
    command
        .args(args.split_whitespace())
        .arg(&case.js)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| format!("cannot run: {e}"))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {HANG:?}: a hang"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let mut problems = String::new();
    match status.code() {
        None => problems.push_str(&format!("killed by a signal: {status}\n")),
        Some(code) if code != case.expected_code => problems.push_str(&format!(
            "exit status: expected {}, minnow gave {code}\n",
            case.expected_code
        )),
        Some(_) => {}
    }
    if stdout != case.expected_stdout {
        problems.push_str(&format!(
            "stdout differs (- expected, + minnow):\n{}",
            diff(&case.expected_stdout, &stdout)
        ));
    }
    match std::fs::read_to_string(case.js.with_extension("err")) {
        Ok(expected) if expected != stderr => problems.push_str(&format!(
            "stderr differs (- expected, + minnow):\n{}",
            diff(&expected, &stderr)
        )),
        Ok(_) => {}
        Err(_) if stderr.contains("panicked") || stderr.contains("internal error") => {
            problems.push_str("stderr reports an internal error\n")
        }
        Err(_) => {}
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let shown: String = stderr
            .lines()
            .take(12)
            .map(|l| format!("    {l}\n"))
            .collect();
        Err(format!("{problems}  stderr:\n{shown}"))
    }
}

#[test]
fn crash_regressions() {
    let all = cases_in("tests/crashes");
    assert!(!all.is_empty(), "no crash cases found");
    let failures = support::run_parallel(&all, 4, run_case);
    for (case, message) in &failures {
        eprintln!("\n=== FAIL crashes/{} ===\n{message}", case.label);
    }
    eprintln!(
        "\ncrashes: {} passed, {} failed (of {})",
        all.len() - failures.len(),
        failures.len(),
        all.len()
    );
    assert!(failures.is_empty(), "{} crash cases failed", failures.len());
}
