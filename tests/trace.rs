//! The visualiser's traces: snapshots of the text and JSON traces of every program in
//! `js-examples/` (deterministic under `--virtual-time`), and the rule that tracing never
//! changes what a program prints.
//!
//! Snapshots live in `tests/snapshots/`; after an intended change, review them with
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test trace` and `git diff`).

mod support;

use std::path::Path;

use minnow::driver::{Options, TraceRequest, run_captured, run_interleaved};
use minnow::interp::Limits;
use minnow::trace::Format;
use support::{Case, cases, cases_in};

const PARALLEL: usize = 8;

fn traced(format: Format, virtual_time: bool) -> Options {
    Options {
        trace: Some(TraceRequest {
            format,
            out: None,
            box_limit: minnow::trace::json::BOX_LIMIT,
        }),
        virtual_time,
        ..Options::default()
    }
}

/// The options a snapshot runs an example with. The stack-overflow example recurses 10,000
/// frames deep; its snapshot uses a 40-frame stack so that it stays readable.
fn snapshot_options(case: &Case, format: Format) -> Options {
    let mut options = traced(format, true);
    if case.label.starts_with("06-") {
        options.limits = Limits {
            max_frames: 40,
            ..Limits::default()
        };
    }
    options
}

/// The name a trace shows for an example: its path from the crate root.
fn example_name(case: &Case) -> String {
    format!("js-examples/{}", case.label)
}

fn snapshot_name(case: &Case, kind: &str) -> String {
    let stem = Path::new(&case.label)
        .file_stem()
        .unwrap()
        .to_string_lossy();
    format!("{kind}__{stem}")
}

fn read(case: &Case) -> String {
    std::fs::read_to_string(&case.js).unwrap()
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

#[test]
fn text_traces_of_the_examples() {
    let settings = snapshot_settings();
    for case in cases_in("js-examples") {
        let run = run_interleaved(
            &example_name(&case),
            &read(&case),
            &snapshot_options(&case, Format::Text),
        );
        settings.bind(|| {
            insta::assert_snapshot!(snapshot_name(&case, "text"), run.stdout);
        });
    }
}

#[test]
fn json_traces_of_the_examples() {
    let settings = snapshot_settings();
    for case in cases_in("js-examples") {
        let run = run_captured(
            &example_name(&case),
            &read(&case),
            &snapshot_options(&case, Format::Json),
        );
        settings.bind(|| {
            insta::assert_snapshot!(snapshot_name(&case, "json"), run.stderr);
        });
    }
}

/// A program prints exactly what it prints untraced (what node prints), whatever the trace
/// format: every conformance case and every example. The runs use virtual time: tracing slows
/// synchronous code down many times over, so in real time a timer could fire before work it
/// was meant to follow (a test runner's 20 ms timeout once beat the test it timed); under
/// virtual time synchronous code takes no time and every case prints node's output. The JSON
/// trace, which copies the four boxes at every step, is checked on runs of at most
/// `JSON_STEPS` steps (a 10,000-frame recursion makes 100 MB of it, which would dominate the
/// suite's time).
#[test]
fn tracing_does_not_change_behaviour() {
    const JSON_STEPS: usize = 5_000;
    let mut all = cases();
    all.extend(cases_in("js-examples"));
    let failures = support::run_parallel(&all, PARALLEL, |case| {
        let check = |format: Format| {
            let run = run_captured(&case.label, &read(case), &traced(format, true));
            if run.stdout != case.expected_stdout || run.code != case.expected_code {
                return Err(format!(
                    "traced as {format:?}: exit {} (expected {})\n{}",
                    run.code,
                    case.expected_code,
                    support::diff(&case.expected_stdout, &run.stdout)
                ));
            }
            Ok(run.stderr.lines().count())
        };
        let steps = check(Format::Text)?;
        check(Format::Chrome)?;
        if steps <= JSON_STEPS {
            check(Format::Json)?;
        }
        Ok(())
    });
    for (case, message) in &failures {
        eprintln!("\n=== FAIL {} ===\n{message}", case.label);
    }
    assert!(failures.is_empty(), "{} cases changed", failures.len());
}

/// Under virtual time the examples print what node prints, too (none of them depends on
/// synchronous code taking time, except 02, which reads the clock and so moves it).
#[test]
fn virtual_time_keeps_the_examples_output() {
    let all = cases_in("js-examples");
    let failures = support::run_parallel(&all, PARALLEL, |case| {
        let options = Options {
            virtual_time: true,
            ..Options::default()
        };
        let run = run_captured(&case.label, &read(case), &options);
        if run.stdout == case.expected_stdout && run.code == case.expected_code {
            Ok(())
        } else {
            Err(support::diff(&case.expected_stdout, &run.stdout))
        }
    });
    for (case, message) in &failures {
        eprintln!("\n=== FAIL {} ===\n{message}", case.label);
    }
    assert!(failures.is_empty());
}

fn run_virtual(source: &str) -> String {
    let options = Options {
        virtual_time: true,
        ..Options::default()
    };
    let run = run_captured("virtual.js", source, &options);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 0);
    run.stdout
}

#[test]
fn virtual_time_jumps_to_each_due_timer_without_sleeping() {
    // An hour and a day of timers finish at once, in due order, and the clocks agree.
    let out = run_virtual(
        "const t0 = Date.now();\n\
         setTimeout(() => console.log('day', Date.now() - t0), 86400000);\n\
         setTimeout(() => console.log('hour', performance.now()), 3600000);\n\
         setTimeout(() => console.log('zero'), 0);\n",
    );
    // Each clock read moves virtual time by 1 ms: `t0` is read at 1 ms, so the timers are
    // set at 1 ms and due at 3,600,001 and 86,400,001 ms; each callback's read adds 1 ms.
    assert_eq!(out, "zero\nhour 3600002\nday 86400001\n");
}

#[test]
fn virtual_time_runs_synchronous_code_in_no_time() {
    // Under real time the busy work could make the 20 ms timer due before the 10 ms one is
    // even set; under virtual time the work takes no time, so due order decides.
    let out = run_virtual(
        "setTimeout(() => console.log('set first, due at 20'), 20);\n\
         let x = 0; for (let i = 0; i < 200000; i++) { x += i % 7; }\n\
         setTimeout(() => console.log('set second, due at 10'), 10);\n",
    );
    assert_eq!(out, "set second, due at 10\nset first, due at 20\n");
}

#[test]
fn a_busy_wait_on_the_clock_ends_under_virtual_time() {
    let out = run_virtual(
        "const until = Date.now() + 50; let reads = 0;\n\
         while (Date.now() < until) reads++;\n\
         console.log(reads);\n",
    );
    assert_eq!(out, "49\n");
}
