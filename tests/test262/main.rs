//! The test262 runner (`cargo test --test test262`): runs the pinned part of ECMAScript's
//! conformance suite in `../shared/test262` in-process, several tests at a time, as
//! INTERPRETING.md says — the harness prepended, strict and sloppy runs, `negative` tests
//! passing only with the right phase and error type, async tests through `$DONE` — and
//! compares the failures with `tests/test262/expectations.txt`.
//!
//! The run fails on a test that fails but is not listed (a regression) and on a listed test
//! that passes (the list must shrink as minnow improves). `TEST262_BLESS=1` rewrites the list
//! from this run. `TEST262_FILTER=path-prefix` runs a part (and compares only that part);
//! `TEST262_LIST=1` prints every failing run with its reason.
//! Tests of features node v20 lacks are skipped by their `features:` tag.

mod expectations;
mod frontmatter;
mod outcome;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use outcome::{Mode, Verdict};

/// The binary's allocator, so that each test's heap cap holds (see `minnow::util::memory`).
#[global_allocator]
static ALLOCATOR: minnow::util::memory::Accounting<mimalloc::MiMalloc> =
    minnow::util::memory::Accounting(mimalloc::MiMalloc);

fn suite_dir() -> PathBuf {
    match std::env::var_os("TEST262_DIR") {
        Some(d) => PathBuf::from(d),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/test262"),
    }
}

fn expectations_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/test262/expectations.txt")
}

/// Every test file under `test/` (fixtures, which other tests import, are not tests).
fn test_files(suite: &Path, filter: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![suite.join("test")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let name = path.to_string_lossy();
            if !name.ends_with(".js") || name.contains("_FIXTURE") {
                continue;
            }
            let rel = path
                .strip_prefix(suite)
                .expect("under the suite")
                .to_string_lossy()
                .into_owned();
            if filter.is_none_or(|f| rel.starts_with(f)) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// `test/built-ins/Array/prototype/map/x.js` → `built-ins/Array`; the unit counts are
/// printed by.
fn area(rel: &str) -> String {
    let mut parts = rel.split('/').skip(1);
    let top = parts.next().unwrap_or_default();
    let second = parts.next().unwrap_or_default();
    if second.ends_with(".js") {
        top.to_string()
    } else {
        format!("{top}/{second}")
    }
}

/// The directories issue 12 measured (74.8% before it; its target is 90%): promises, the
/// async function forms and `await`, eleven everyday array methods, for-of, try, switch,
/// let/const, arrows, template literals, object and array literals, and typeof.
const FOCUS: &[&str] = &[
    "test/built-ins/Promise/",
    "test/language/expressions/async-arrow-function/",
    "test/language/expressions/async-function/",
    "test/language/statements/async-function/",
    "test/language/expressions/await/",
    "test/built-ins/Array/prototype/map/",
    "test/built-ins/Array/prototype/filter/",
    "test/built-ins/Array/prototype/forEach/",
    "test/built-ins/Array/prototype/reduce/",
    "test/built-ins/Array/prototype/push/",
    "test/built-ins/Array/prototype/pop/",
    "test/built-ins/Array/prototype/slice/",
    "test/built-ins/Array/prototype/indexOf/",
    "test/built-ins/Array/prototype/includes/",
    "test/built-ins/Array/prototype/join/",
    "test/built-ins/Array/prototype/find/",
    "test/language/statements/for-of/",
    "test/language/statements/try/",
    "test/language/statements/switch/",
    "test/language/statements/let/",
    "test/language/statements/const/",
    "test/language/expressions/arrow-function/",
    "test/language/expressions/template-literal/",
    "test/language/expressions/object/",
    "test/language/expressions/array/",
    "test/language/expressions/typeof/",
];

fn main() {
    frontmatter::self_check();
    let suite = suite_dir();
    if !suite.join("test").is_dir() {
        eprintln!(
            "test262: no suite at {} (set TEST262_DIR); nothing was run",
            suite.display()
        );
        std::process::exit(if std::env::var_os("TEST262_REQUIRED").is_some() {
            1
        } else {
            0
        });
    }
    let filter = std::env::var("TEST262_FILTER").ok();
    let files = test_files(&suite, filter.as_deref());
    let harness = outcome::Harness::load(&suite);
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Mode, Verdict)>> = Mutex::new(Vec::new());
    let slowest: Mutex<Vec<(std::time::Duration, String)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(rel) = files.get(i) else { break };
                    let began = Instant::now();
                    let verdicts = outcome::run_test(&suite, rel, &harness);
                    let took = began.elapsed();
                    let mut r = results.lock().unwrap_or_else(|e| e.into_inner());
                    r.extend(verdicts.into_iter().map(|(m, v)| (rel.clone(), m, v)));
                    drop(r);
                    slowest
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((took, rel.clone()));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut slowest = slowest.into_inner().unwrap_or_else(|e| e.into_inner());
    slowest.sort_by_key(|(took, _)| std::cmp::Reverse(*took));
    eprintln!("test262: the slowest files (all modes):");
    for (took, rel) in slowest.iter().take(8) {
        eprintln!("  {:>6.2} s  {rel}", took.as_secs_f64());
    }
    results.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    report_counts(&results);
    eprintln!(
        "test262: {} files, {} runs in {:.1} s",
        files.len(),
        results.len(),
        started.elapsed().as_secs_f64()
    );
    if std::env::var_os("TEST262_LIST").is_some() {
        for (rel, mode, verdict) in &results {
            if let Verdict::Fail(why) = verdict {
                eprintln!("FAIL {rel} {}: {why}", mode.name());
            }
        }
    }
    let path = expectations_path();
    if std::env::var_os("TEST262_BLESS").is_some() {
        let kept = match filter.as_deref() {
            Some(f) => expectations::load(&path)
                .into_iter()
                .filter(|e| !e.test.starts_with(f))
                .collect(),
            None => Vec::new(),
        };
        let lines = expectations::write(&path, &results, kept);
        eprintln!("test262: wrote {lines} failing tests to {}", path.display());
        return;
    }
    let expected = expectations::load(&path);
    let problems = expectations::compare(&expected, &results, filter.as_deref());
    if !problems.is_empty() {
        eprintln!("{problems}");
        std::process::exit(1);
    }
    eprintln!("test262: every failure is expected, and every expected failure still fails");
}

fn report_counts(results: &[(String, Mode, Verdict)]) {
    let mut by_area: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (rel, _, verdict) in results {
        let e = by_area.entry(area(rel)).or_default();
        match verdict {
            Verdict::Pass => e.0 += 1,
            Verdict::Fail(_) => e.1 += 1,
            Verdict::Skip(_) => e.2 += 1,
        }
    }
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    eprintln!(
        "{:<48} {:>7} {:>7} {:>7} {:>7}",
        "area", "pass", "fail", "skip", "pass %"
    );
    let (mut focus_pass, mut focus_runs) = (0, 0);
    for (rel, _, verdict) in results {
        if FOCUS.iter().any(|d| rel.starts_with(d)) {
            match verdict {
                Verdict::Pass => (focus_pass, focus_runs) = (focus_pass + 1, focus_runs + 1),
                Verdict::Fail(_) => focus_runs += 1,
                Verdict::Skip(_) => {}
            }
        }
    }
    for (area, (p, f, s)) in &by_area {
        pass += p;
        fail += f;
        skip += s;
        eprintln!(
            "{area:<48} {p:>7} {f:>7} {s:>7} {:>6.1}%",
            percent(*p, *p + *f)
        );
    }
    eprintln!(
        "{:<48} {pass:>7} {fail:>7} {skip:>7} {:>6.1}%",
        "total",
        percent(pass, pass + fail)
    );
    if focus_runs > 0 {
        eprintln!(
            "{:<48} {focus_pass:>7} {:>7} {:>7} {:>6.1}%",
            "issue 12's focus directories (main.rs FOCUS)",
            focus_runs - focus_pass,
            "",
            percent(focus_pass, focus_runs)
        );
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
