//! The list of runs that fail today (`tests/test262/expectations.txt`), grouped by area under
//! a heading that gives the commonest reasons. A line is a test's path when every mode it
//! runs in fails, or `path mode` when only that mode fails (most tests run sloppy and strict
//! and fail in both, so this halves the file).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::outcome::{Mode, Verdict};

/// One test's runs, in the order they ran.
pub type Results = [(String, Mode, Verdict)];

/// A line of the file: a test, and the one failing mode when not all of its modes fail.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub test: String,
    pub mode: Option<Mode>,
}

pub fn load(path: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            match l
                .rsplit_once(' ')
                .and_then(|(t, m)| Some((t, Mode::parse(m)?)))
            {
                Some((test, mode)) => Expected {
                    test: test.to_string(),
                    mode: Some(mode),
                },
                None => Expected {
                    test: l.to_string(),
                    mode: None,
                },
            }
        })
        .collect()
}

/// The failing runs of `results` as the file's lines: (line, reason of its first failure).
fn failing_lines(results: &Results) -> Vec<(Expected, String)> {
    let mut by_test: BTreeMap<&str, Vec<(Mode, &Verdict)>> = BTreeMap::new();
    for (test, mode, verdict) in results {
        by_test.entry(test).or_default().push((*mode, verdict));
    }
    let mut out = Vec::new();
    for (test, runs) in by_test {
        let failed: Vec<(Mode, &String)> = runs
            .iter()
            .filter_map(|(m, v)| match v {
                Verdict::Fail(why) => Some((*m, why)),
                _ => None,
            })
            .collect();
        let Some((_, why)) = failed.first() else {
            continue;
        };
        if failed.len() == runs.len() {
            let line = Expected {
                test: test.to_string(),
                mode: None,
            };
            out.push((line, why.to_string()));
        } else {
            for (mode, why) in &failed {
                let line = Expected {
                    test: test.to_string(),
                    mode: Some(*mode),
                };
                out.push((line, why.to_string()));
            }
        }
    }
    out
}

/// Writes this run's failures (and `kept`, the lines outside a filtered run) grouped by area,
/// each group headed by its commonest reasons.
pub fn write(path: &Path, results: &Results, kept: Vec<Expected>) -> usize {
    let mut groups: BTreeMap<String, Vec<(Expected, String)>> = BTreeMap::new();
    for (line, why) in failing_lines(results) {
        groups
            .entry(crate::area(&line.test))
            .or_default()
            .push((line, why));
    }
    for line in kept {
        let why = "(kept from an earlier run)".to_string();
        groups
            .entry(crate::area(&line.test))
            .or_default()
            .push((line, why));
    }
    let mut out = String::from(
        "# test262 runs that fail today (see tests/test262/main.rs): a test's path when it fails\n\
         # in every mode it runs in, `path mode` when it fails only in that one. Grouped by area;\n\
         # each heading gives the commonest reasons in its group. The list may only shrink: a\n\
         # listed run that passes fails the test run, as does an unlisted failure. Rewrite it with\n\
         # `TEST262_BLESS=1 cargo test --test test262`.\n",
    );
    let mut lines = 0;
    for (area, mut entries) in groups {
        entries.sort();
        let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
        for (_, why) in &entries {
            *reasons.entry(short_reason(why)).or_default() += 1;
        }
        let mut reasons: Vec<(String, usize)> = reasons.into_iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.push_str(&format!("\n## {area}: {} tests\n", entries.len()));
        for (reason, n) in reasons.iter().take(4) {
            out.push_str(&format!("#   {n} × {reason}\n"));
        }
        for (line, _) in entries {
            out.push_str(&render(&line));
            out.push('\n');
            lines += 1;
        }
    }
    std::fs::write(path, out).expect("the expectations file is writable");
    lines
}

fn render(line: &Expected) -> String {
    match line.mode {
        Some(mode) => format!("{} {}", line.test, mode.name()),
        None => line.test.clone(),
    }
}

/// A reason short enough to group on: the error and the start of its message.
fn short_reason(why: &str) -> String {
    why.chars().take(72).collect()
}

/// What differs between the expected failures and this run's, as a report (empty: nothing).
pub fn compare(expected: &[Expected], results: &Results, filter: Option<&str>) -> String {
    let in_scope = |test: &str| filter.is_none_or(|f| test.starts_with(f));
    let expected: BTreeSet<&Expected> = expected.iter().filter(|e| in_scope(&e.test)).collect();
    let failing = failing_lines(results);
    let failing_set: BTreeSet<&Expected> = failing.iter().map(|(l, _)| l).collect();
    let mut report = String::new();
    let new: Vec<&(Expected, String)> = failing
        .iter()
        .filter(|(l, _)| !expected.contains(l))
        .collect();
    if !new.is_empty() {
        report.push_str(&format!(
            "test262: {} failing lines are not in the expectations file (a regression, or a \
             test that now fails in a different set of modes):\n",
            new.len()
        ));
        for (line, why) in new.iter().take(40) {
            report.push_str(&format!("  {}: {why}\n", render(line)));
        }
    }
    let fixed: Vec<&&Expected> = expected.difference(&failing_set).collect();
    if !fixed.is_empty() {
        report.push_str(&format!(
            "test262: {} listed lines no longer fail as listed; remove them from the \
             expectations file (or rewrite it with TEST262_BLESS=1):\n",
            fixed.len()
        ));
        for line in fixed.iter().take(40) {
            report.push_str(&format!("  {}\n", render(line)));
        }
    }
    report
}
