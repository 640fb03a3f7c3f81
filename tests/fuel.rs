//! `Limits::fuel`: a run that uses up its steps stops at once with `minnow: out of fuel` and
//! `OUT_OF_FUEL_STATUS`, whatever the program does to survive (`catch`, `finally`, timers,
//! jobs, async bodies), and a run that needs fewer steps is not affected.

use minnow::driver::{Captured, OUT_OF_FUEL_STATUS, Options, run_captured};
use minnow::interp::Limits;

/// Enough for every finishing program below, far too little for an endless one.
const FUEL: u64 = 20_000;

fn run_with_fuel(source: &str) -> Captured {
    let options = Options {
        limits: Limits {
            fuel: Some(FUEL),
            ..Limits::default()
        },
        virtual_time: true,
        ..Options::default()
    };
    run_captured("fuel.js", source, &options)
}

fn assert_out_of_fuel(source: &str, stdout: &str) {
    let got = run_with_fuel(source);
    assert_eq!(got.stdout, stdout, "stdout of {source}");
    assert_eq!(got.stderr, "minnow: out of fuel\n", "stderr of {source}");
    assert_eq!(got.code, OUT_OF_FUEL_STATUS, "exit status of {source}");
    assert!(got.ran_out_of_fuel());
}

#[test]
fn an_endless_loop_runs_out_and_keeps_what_it_printed() {
    assert_out_of_fuel("console.log('before'); while (true) {}", "before\n");
    assert_out_of_fuel("for (;;) {}", "");
    assert_out_of_fuel("do {} while (1)", "");
    assert_out_of_fuel(
        "for (const x of (function* () { while (true) yield 1; })()) {}",
        "",
    );
}

#[test]
fn endless_recursion_through_calls_runs_out() {
    // Each call overflows the frame limit and the `finally` calls again: exponential work.
    assert_out_of_fuel("function f() { try { f(); } finally { f(); } } f();", "");
}

#[test]
fn catch_and_finally_cannot_swallow_it() {
    assert_out_of_fuel(
        "for (;;) { try { while (true) {} } catch (e) { console.log('caught'); } finally { continue; } }",
        "",
    );
    assert_out_of_fuel(
        "try { for (;;) {} } finally { console.log('finally'); }",
        "",
    );
}

#[test]
fn promises_and_async_bodies_cannot_swallow_it() {
    assert_out_of_fuel(
        "(async () => { for (;;) { try { await null; } catch (e) {} } })();",
        "",
    );
    assert_out_of_fuel(
        "new Promise(() => { for (;;) {} }).catch(() => console.log('caught'));",
        "",
    );
    // A `then` getter that runs out would otherwise become a rejection.
    assert_out_of_fuel(
        "Promise.resolve({ get then() { for (;;) {} } }).catch(() => console.log('caught'));",
        "",
    );
}

#[test]
fn endless_tasks_run_out_and_pending_work_is_dropped() {
    assert_out_of_fuel("setInterval(() => {}, 1);", "");
    assert_out_of_fuel("setInterval(Object, 5);", "");
    assert_out_of_fuel("function f() { queueMicrotask(f); } f();", "");
    assert_out_of_fuel(
        "setTimeout(() => console.log('never'), 10); for (;;) {}",
        "",
    );
}

#[test]
fn a_run_within_its_fuel_is_unaffected() {
    let got = run_with_fuel(
        "let n = 0; for (let i = 0; i < 1000; i++) n += i;\n\
         setTimeout(() => console.log('timer', n), 5);\n\
         Promise.resolve().then(() => console.log('job'));",
    );
    assert_eq!(got.stdout, "job\ntimer 499500\n");
    assert_eq!((got.stderr.as_str(), got.code), ("", 0));
    assert!(!got.ran_out_of_fuel());
}
