//! Checks that the conformance expectations are node's: runs every case under `node` (when it
//! is on PATH) and asserts it prints exactly `NAME.out` and exits with `NAME.code`.

mod support;

use std::process::Command;

use support::{Case, cases, cases_in, diff};

fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn check_with_node(case: &Case) -> Result<(), String> {
    let dir = case.js.parent().expect("cases live in folders");
    let file = case.js.file_name().expect("a file name");
    let out = Command::new("node")
        .arg(file)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let code = out.status.code().unwrap_or(-1);
    let mut problems = String::new();
    if stdout != case.expected_stdout {
        problems.push_str(&format!(
            "node's stdout differs from the .out file:\n{}",
            diff(&case.expected_stdout, &stdout)
        ));
    }
    if code != case.expected_code {
        problems.push_str(&format!(
            "node exited {code}, the case expects {}\n",
            case.expected_code
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[test]
fn expectations_are_nodes() {
    if !node_available() {
        eprintln!("node_agrees: skipped, node is not on PATH");
        return;
    }
    let mut all = cases();
    all.extend(cases_in("js-examples"));
    // Crash regressions too, except those whose first line says why node cannot run them
    // (node itself aborts or hangs there, or the case tests a flag of minnow's own).
    all.extend(cases_in("tests/crashes").into_iter().filter(|case| {
        let text = std::fs::read_to_string(&case.js).unwrap_or_default();
        !text.starts_with("// node differs:")
    }));
    // A case whose order depends on timers can flip when node itself is starved of CPU by the
    // parallel runs; such a case is re-run alone once before it counts as a disagreement.
    let failures: Vec<_> = support::run_parallel(&all, 4, check_with_node)
        .into_iter()
        .filter_map(|(case, first)| match check_with_node(case) {
            Ok(()) => {
                eprintln!(
                    "node_agrees: {} matched when re-run alone (first run: {first})",
                    case.label
                );
                None
            }
            Err(again) => Some((case, again)),
        })
        .collect();
    for (case, message) in &failures {
        eprintln!("\n=== node disagrees: {} ===\n{message}", case.label);
    }
    eprintln!(
        "\nnode_agrees: {} of {} cases match node",
        all.len() - failures.len(),
        all.len()
    );
    assert!(
        failures.is_empty(),
        "{} expectations differ from node",
        failures.len()
    );
}
