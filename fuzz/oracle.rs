//! The oracle: runs one program in-process, on a thread of its own, with fuel, a heap cap and
//! a wall-clock watchdog, and says whether minnow failed it.
//!
//! A failure is a Rust panic (caught on the interpreter thread, or reported as exit status
//! 70), or a hang: still running when the watchdog fires although fuel bounds every loop,
//! call and task. A native stack overflow or an abort kills the whole process; the long
//! mode therefore runs programs in a child process (see `main.rs`), and this module only
//! classifies what survives in-process. For deterministic programs the long mode also
//! compares stdout and exit status with node ([`compare_with_node`]).

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Once;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use minnow::driver::{self, Captured, Options};
use minnow::interp::Limits;

/// What a run may use.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    pub fuel: u64,
    pub heap_bytes: usize,
    /// Past this, a run that has not finished is a hang.
    pub watchdog: Duration,
}

/// How one run ended.
#[derive(Debug)]
pub enum Outcome {
    /// It finished (normally, with a JavaScript error, or out of fuel).
    Finished(Captured),
    /// A Rust panic: `signature` names where (message and location), for deduplication.
    Panic { signature: String },
    /// Still running when the watchdog fired.
    Hang,
    /// The fuzzer could not start the run (no thread: the address space is used up by hung
    /// runs); says nothing about minnow.
    NotRun,
}

impl Outcome {
    /// The failure's class, or `None` when the run did not fail.
    pub fn failure(&self) -> Option<String> {
        match self {
            Outcome::Finished(_) | Outcome::NotRun => None,
            Outcome::Panic { signature } => Some(signature.clone()),
            Outcome::Hang => Some("hang: still running past the watchdog".into()),
        }
    }
}

thread_local! {
    /// The last panic on this thread, as the hook saw it: "message at file:line".
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether this thread runs fuzzed programs (their panics are recorded, not printed).
    static FUZZ_THREAD: RefCell<bool> = const { RefCell::new(false) };
}

/// Installs (once) a panic hook that records a fuzzed program's panic with its location on
/// the thread that raised it, and leaves every other thread's panic to the default hook.
pub fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !FUZZ_THREAD.with(|f| *f.borrow()) {
                return default(info);
            }
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "non-string panic".into());
            let location = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_else(|| "unknown location".into());
            let signature = format!("panic at {location}: {}", normalize(&message));
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(signature));
        }));
    });
}

/// A message with its numbers blanked and its length bounded, so that the same defect hit
/// with other values is one class (`index out of bounds: the len is N but the index is N`).
pub fn normalize(message: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in message.chars().take(160) {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(if c == '\n' || c == '\t' { ' ' } else { c });
        }
    }
    out
}

/// The options a fuzzed run gets: its budget, virtual time (timers never sleep).
pub fn options(budget: &Budget) -> Options {
    Options {
        limits: Limits {
            fuel: Some(budget.fuel),
            max_heap_bytes: budget.heap_bytes,
            ..Limits::default()
        },
        virtual_time: true,
        ..Options::default()
    }
}

/// Runs `source` on a new interpreter thread and classifies the result. A hung thread is
/// left running (it cannot be stopped from outside); the caller's process ends it.
pub fn run(source: &str, budget: &Budget) -> Outcome {
    install_panic_hook();
    let (tx, rx) = mpsc::channel();
    let text = source.to_string();
    let options = options(budget);
    let spawned = std::thread::Builder::new()
        .name("fuzzed".into())
        .stack_size(driver::INTERPRETER_STACK)
        .spawn(move || {
            FUZZ_THREAD.with(|f| *f.borrow_mut() = true);
            let result = catch_unwind(AssertUnwindSafe(|| {
                driver::run_captured_on_this_thread("fuzz.js", &text, &options)
            }));
            let panic = LAST_PANIC.with(|p| p.borrow_mut().take());
            let outcome = match result {
                Ok(c) if c.code != 70 => Outcome::Finished(c),
                Ok(c) => Outcome::Panic {
                    signature: panic
                        .unwrap_or_else(|| format!("exit 70: {}", normalize(&c.stderr))),
                },
                Err(_) => Outcome::Panic {
                    signature: panic.unwrap_or_else(|| "panic with no message".into()),
                },
            };
            let _ = tx.send(outcome);
        });
    if spawned.is_err() {
        return Outcome::NotRun;
    }
    match rx.recv_timeout(budget.watchdog) {
        Ok(outcome) => outcome,
        Err(mpsc::RecvTimeoutError::Timeout) => Outcome::Hang,
        // The thread died without sending: its unwinding failed (a panic while panicking).
        Err(mpsc::RecvTimeoutError::Disconnected) => Outcome::Panic {
            signature: "panic while unwinding".into(),
        },
    }
}

/// Whether `source` may be compared with node: it neither races real time (timers of
/// different delays, intervals) nor reads clocks or random numbers.
pub fn looks_deterministic(source: &str) -> bool {
    !["setTimeout", "setInterval", "Date", "performance", "random"]
        .iter()
        .any(|w| source.contains(w))
}

/// What node printed and how it exited, or `None` when node is missing or did not finish
/// within `limit`.
pub fn run_node(file: &Path, limit: Duration) -> Option<(String, i32)> {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new("node");
    // node's heap is capped like minnow's, and node dies with the thread that started it: a
    // worker that the parent kills (a hang, a crash) must not leave node running on alone.
    command
        .arg("--max-old-space-size=1024")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // SAFETY: prctl is async-signal-safe and touches nothing but the new process.
    unsafe {
        command.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let mut child = command.spawn().ok()?;
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().ok()? {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = String::from_utf8_lossy(&reader.join().ok()?).into_owned();
    Some((out, status.code()?))
}

/// The class of a difference between minnow's run and node's, or `None` when they agree.
pub fn compare_with_node(minnow: &Captured, node: &(String, i32)) -> Option<String> {
    let (out, code) = node;
    if minnow.code != *code {
        return Some(format!(
            "mismatch: exit status {} where node gives {code}",
            minnow.code
        ));
    }
    if minnow.stdout == *out {
        return None;
    }
    let first_diff = minnow
        .stdout
        .lines()
        .zip(out.lines())
        .find(|(a, b)| a != b)
        .map(|(a, b)| format!("{} | node: {}", short(a), short(b)))
        .unwrap_or_else(|| "one output is a prefix of the other".into());
    Some(format!("mismatch: stdout {first_diff}"))
}

fn short(line: &str) -> String {
    normalize(&line.chars().take(40).collect::<String>())
}
