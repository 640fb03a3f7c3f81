//! The conformance suite: every `tests/conformance/<topic>/NAME.js` runs through minnow
//! in-process (a thread per case, several at once) and must print exactly `NAME.out` on
//! stdout and exit with `NAME.code` (0 when absent). The expectations are node's: see
//! `tests/node_agrees.rs`, which checks them against node itself.
//!
//! `MINNOW_CASES=substring cargo test --test conformance` runs only matching cases.

mod support;

use support::{Case, cases, cases_in, diff};

use minnow::runtime::{Options, run_captured};

/// Cases run at once: most of them sleep on timers, so more than the core count pays off.
const PARALLEL: usize = 8;

fn run_case(case: &Case) -> Result<(), String> {
    let source = std::fs::read_to_string(&case.js).map_err(|e| format!("cannot read: {e}"))?;
    let name = case.js.display().to_string();
    let got = run_captured(&name, &source, &Options::default());
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
    assert!(all.len() >= 8, "at least 8 examples");
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
