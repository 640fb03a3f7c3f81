//! Shared helpers for the file-driven test suites: finding cases, running them in parallel,
//! and showing a readable line diff.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One `NAME.js` with its expectations.
pub struct Case {
    pub label: String,
    pub js: PathBuf,
    pub expected_stdout: String,
    pub expected_code: i32,
}

/// Every case under `tests/conformance`, sorted, filtered by `MINNOW_CASES` if set.
pub fn cases() -> Vec<Case> {
    cases_in("tests/conformance")
}

/// Every `.js` with a `.out` under `dir` (relative to the crate root).
pub fn cases_in(dir: &str) -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let filter = std::env::var("MINNOW_CASES").ok();
    let mut out = Vec::new();
    collect(&root, &root, &mut out);
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out.retain(|c| filter.as_deref().is_none_or(|f| c.label.contains(f)));
    out
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<Case>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let expected_stdout = std::fs::read_to_string(path.with_extension("out"))
                .unwrap_or_else(|_| panic!("{} has no .out file", path.display()));
            let expected_code = std::fs::read_to_string(path.with_extension("code"))
                .map(|c| c.trim().parse().expect("a .code file holds an exit status"))
                .unwrap_or(0);
            let label = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            out.push(Case {
                label,
                js: path,
                expected_stdout,
                expected_code,
            });
        }
    }
}

/// Runs `check` over all cases on `workers` threads; returns the failures in case order.
pub fn run_parallel(
    cases: &[Case],
    workers: usize,
    check: impl Fn(&Case) -> Result<(), String> + Sync,
) -> Vec<(&Case, String)> {
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = {
                        let mut n = next.lock().unwrap();
                        *n += 1;
                        *n - 1
                    };
                    let Some(case) = cases.get(i) else { break };
                    if let Err(msg) = check(case) {
                        failures.lock().unwrap().push((i, msg));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(i, _)| *i);
    failures.into_iter().map(|(i, m)| (&cases[i], m)).collect()
}

/// A minimal line diff: the common prefix is skipped, then differing lines are shown.
pub fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let common = e.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let mut out = String::new();
    if common > 0 {
        out.push_str(&format!(
            "  ({common} matching line{} not shown)\n",
            if common == 1 { "" } else { "s" }
        ));
    }
    for line in e.iter().skip(common).take(15) {
        out.push_str(&format!("  - {line}\n"));
    }
    for line in g.iter().skip(common).take(15) {
        out.push_str(&format!("  + {line}\n"));
    }
    if expected.ends_with('\n') != got.ends_with('\n') {
        out.push_str("  (trailing newline differs)\n");
    }
    out
}
