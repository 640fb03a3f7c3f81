//! The conformance suite: every `tests/conformance/<topic>/NAME.js` runs through minnow
//! in-process (a thread per case, several at once) and must print exactly `NAME.out` on
//! stdout and exit with `NAME.code` (0 when absent). The expectations are node's: see
//! `tests/node_agrees.rs`, which checks them against node itself.
//!
//! The cases run under virtual time (`Options::virtual_time`): timers fire in due order without
//! sleeping and synchronous code takes no time, so the outcome cannot depend on the machine's
//! speed. In real time, a thread descheduled for 20 ms between two `setTimeout` calls of one
//! script can reorder timers that node, unhurried, runs in the other order; every case prints
//! node's output under virtual time. The real clock is tested by `tests/cli.rs` and
//! `tests/repl.rs`.
//!
//! `MINNOW_CASES=substring cargo test --test conformance` runs only matching cases.

mod support;

use support::{Case, cases, cases_in, diff};

use minnow::driver::{Captured, Options, run_captured};
use minnow::interp::Limits;
use minnow::util::memory::Accounting;

/// The binary's allocator, so that in-process runs account their heap as the CLI does.
#[global_allocator]
static ALLOCATOR: Accounting<mimalloc::MiMalloc> = Accounting(mimalloc::MiMalloc);

/// Cases run at once: most of them sleep on timers, so more than the core count pays off.
const PARALLEL: usize = 8;

fn run_case(case: &Case) -> Result<(), String> {
    let source = std::fs::read_to_string(&case.js).map_err(|e| format!("cannot read: {e}"))?;
    let name = case.js.display().to_string();
    let options = Options {
        virtual_time: true,
        ..Options::default()
    };
    let got = run_captured(&name, &source, &options);
    let mut problems = String::new();
    if got.stdout != case.expected_stdout {
        problems.push_str(&format!(
            "stdout differs (- expected, + minnow):\n{}",
            diff(&case.expected_stdout, &got.stdout)
        ));
    }
    if got.code != case.expected_code {
        problems.push_str(&format!(
            "exit status: expected {}, minnow gave {}\n",
            case.expected_code, got.code
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let stderr: String = got
            .stderr
            .lines()
            .take(12)
            .map(|l| format!("    {l}\n"))
            .collect();
        Err(format!("{problems}  stderr:\n{stderr}"))
    }
}

#[test]
fn conformance_suite() {
    let all = cases();
    assert!(!all.is_empty(), "no conformance cases found");
    let failures = support::run_parallel(&all, PARALLEL, run_case);
    let total = all.len();
    for (case, message) in &failures {
        eprintln!("\n=== FAIL {} ===\n{message}", case.label);
    }
    eprintln!(
        "\nconformance: {} passed, {} failed (of {total})",
        total - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} conformance cases failed",
        failures.len()
    );
}

/// The teaching examples in `js-examples/` print what node prints (their `.out` files).
#[test]
fn js_examples() {
    let all = cases_in("js-examples");
    // A `MINNOW_CASES` filter may leave none; the whole set has at least eight.
    assert!(
        all.len() >= 8 || std::env::var_os("MINNOW_CASES").is_some(),
        "at least 8 examples"
    );
    let failures = support::run_parallel(&all, PARALLEL, run_case);
    for (case, message) in &failures {
        eprintln!("\n=== FAIL js-examples/{} ===\n{message}", case.label);
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed",
        failures.len(),
        all.len()
    );
}

/// A run that exhausts its heap ends with node's report and status 134 in `Captured`, and the
/// process that ran it goes on (the next run works).
#[test]
fn heap_exhaustion_ends_an_in_process_run_only() {
    let options = Options {
        limits: Limits {
            max_heap_bytes: 32 << 20,
            ..Limits::default()
        },
        ..Options::default()
    };
    let program = "console.log('before'); const a = []; while (true) a.push({ n: a.length });";
    assert_eq!(
        run_captured("oom.js", program, &options),
        Captured {
            stdout: "before\n".into(),
            stderr: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of \
                     memory\n"
                .into(),
            code: 134,
            thrown: None,
        }
    );
    let after = run_captured("ok.js", "console.log('still here')", &options);
    assert_eq!((after.stdout.as_str(), after.code), ("still here\n", 0));
}
