//! How a run ends when it cannot go on: the heap is exhausted, or minnow itself failed (a Rust
//! panic, which is always a bug). This module holds their messages and exit statuses, the
//! guard that turns either into its report on the run's own stderr, and the process's panic
//! hook.
//!
//! Heap exhaustion is found at a safe point deep inside the evaluator ([`crate::value::heap`]);
//! [`heap_exhausted`] unwinds from there to the guard with a payload of its own, through
//! `resume_unwind`, which skips the panic hook. One unwinding path thus serves the command line
//! (which then exits with 134, as node does) and in-process runs (tests, the REPL), which must
//! end the run without taking their host process down.
//!
//! Invariants: inside [`guarded`] the panic hook prints nothing (the guard reports the panic on
//! the run's stderr sink); outside any guard the hook reports it on the process's stderr and
//! exits with [`INTERNAL_ERROR_STATUS`]. No Rust panic text or backtrace reaches the user.

use std::any::Any;
use std::cell::Cell;
use std::panic::AssertUnwindSafe;

use crate::util::sink::Sink;

/// Exit status after heap exhaustion: node's (it aborts, and shells report 128 + SIGABRT).
pub const HEAP_EXHAUSTED_STATUS: i32 = 134;
/// Exit status after an internal error (`EX_SOFTWARE` in sysexits.h).
pub const INTERNAL_ERROR_STATUS: i32 = 70;

/// What node prints when its heap limit is reached (after GC statistics minnow has no
/// counterpart for).
pub const HEAP_LIMIT_REPORT: &str =
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
/// What minnow prints when the system refuses memory before the heap limit is reached (node
/// names the V8 operation that failed in the same place, e.g. `Committing semi space failed.`).
pub const SYSTEM_MEMORY_REPORT: &str =
    "FATAL ERROR: System memory exhausted Allocation failed - JavaScript heap out of memory\n";

/// The message of the test-only panic (see [`TEST_PANIC_VARIABLE`]).
pub const TEST_PANIC_MESSAGE: &str = "deliberate panic for testing";
/// Test-only: when this environment variable is `1`, the global function `__minnowTestPanic`
/// exists and panics with [`TEST_PANIC_MESSAGE`], so that tests can check how an internal
/// error is reported. Never set it otherwise.
pub const TEST_PANIC_VARIABLE: &str = "MINNOW_TEST_PANIC";

/// The report of an internal error (a panic): one line, or two when the message has two.
pub fn internal_error_report(message: &str) -> String {
    format!(
        "minnow: internal error: {message} (please report this at the project's issue tracker \
         with the program that caused it)\n"
    )
}

/// The payload a heap-exhaustion unwind carries to the guard.
struct HeapExhausted;

thread_local! {
    /// How many [`guarded`] runs enclose the running code on this thread.
    static GUARDS: Cell<u32> = const { Cell::new(0) };
    /// Heap exhaustion is unwinding (or being reported): safe points reached meanwhile, by the
    /// drops the unwinding runs, must not start a second one.
    static EXHAUSTED: Cell<bool> = const { Cell::new(false) };
}

/// Ends the run: the heap stays over its limit even after a collection. Unwinds to the
/// enclosing [`guarded`] run; outside one, reports and exits the process. Does nothing while
/// an earlier exhaustion (or a panic) is unwinding.
pub fn heap_exhausted() {
    if std::thread::panicking() || EXHAUSTED.get() {
        return;
    }
    if GUARDS.get() == 0 {
        Sink::Stderr.write(HEAP_LIMIT_REPORT);
        std::process::exit(HEAP_EXHAUSTED_STATUS);
    }
    EXHAUSTED.set(true);
    std::panic::resume_unwind(Box::new(HeapExhausted));
}

/// Runs `body` (which returns an exit status), turning heap exhaustion and panics into their
/// reports on `stderr` and their exit statuses.
pub fn guarded(stderr: &Sink, body: impl FnOnce() -> i32) -> i32 {
    GUARDS.set(GUARDS.get() + 1);
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(body));
    GUARDS.set(GUARDS.get() - 1);
    match outcome {
        Ok(code) => code,
        Err(payload) if payload.is::<HeapExhausted>() => {
            EXHAUSTED.set(false);
            stderr.write(HEAP_LIMIT_REPORT);
            HEAP_EXHAUSTED_STATUS
        }
        Err(payload) => {
            stderr.write(&internal_error_report(panic_message(payload.as_ref())));
            INTERNAL_ERROR_STATUS
        }
    }
}

/// The text a panic was raised with.
fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else {
        "a panic without a message"
    }
}

/// Replaces Rust's panic output for the whole process: inside a [`guarded`] run the guard
/// reports the panic; anywhere else it is reported here and the process exits with 70.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if GUARDS.try_with(Cell::get).unwrap_or(0) > 0 {
            return;
        }
        Sink::Stderr.write(&internal_error_report(panic_message(info.payload())));
        std::process::exit(INTERNAL_ERROR_STATUS);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    fn guarded_output(body: impl FnOnce() -> i32) -> (String, i32) {
        let buffer = Rc::new(RefCell::new(Vec::new()));
        let code = guarded(&Sink::Buffer(buffer.clone()), body);
        let text = String::from_utf8(buffer.borrow().clone()).unwrap();
        (text, code)
    }

    #[test]
    fn a_normal_run_keeps_its_status_and_prints_nothing() {
        assert_eq!(guarded_output(|| 3), (String::new(), 3));
    }

    #[test]
    fn heap_exhaustion_is_nodes_fatal_line_and_134() {
        let (text, code) = guarded_output(|| {
            heap_exhausted();
            unreachable!("heap_exhausted unwinds inside a guard")
        });
        assert_eq!(text, HEAP_LIMIT_REPORT);
        assert_eq!(code, 134);
        // The guard is ready for the next run on this thread.
        assert_eq!(guarded_output(|| 0), (String::new(), 0));
    }

    #[test]
    fn a_panic_is_an_internal_error_and_70() {
        let (text, code) = guarded_output(|| panic!("broken invariant {}", 42));
        assert_eq!(
            text,
            "minnow: internal error: broken invariant 42 (please report this at the project's \
             issue tracker with the program that caused it)\n"
        );
        assert_eq!(code, 70);
    }
}
