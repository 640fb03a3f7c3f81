//! Runs a whole program the way `node file.js` does: parse, resolve, run the script, run the
//! event loop, and report the outcome (exit status, uncaught errors on stderr).
//!
//! Everything runs on a dedicated thread with a modest native stack; deeper recursion continues
//! on segments through the guard of `crate::util::stack`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::host::event_loop::{self, Fatal};
use crate::host::inspect::inspect;
use crate::interp::{Interp, Limits};
use crate::syntax::Source;
use crate::syntax::diagnostics::{render_source_frame, render_syntax_error, version_footer};
use crate::syntax::scope::GlobalScope;
use crate::trace::{self, Trace};
use crate::util::fatal::{INTERNAL_ERROR_STATUS, internal_error_report};
use crate::util::sink::Sink;
use crate::value::{JsStr, Value};

/// Native stack of the interpreter thread (see `crate::util::stack`).
pub use crate::util::stack::THREAD_STACK_BYTES as INTERPRETER_STACK;

/// Exit status of a run that used up `Limits::fuel` (as `timeout(1)` reports a command that
/// ran out of time); stderr then ends with [`OUT_OF_FUEL`](crate::interp::OUT_OF_FUEL).
pub const OUT_OF_FUEL_STATUS: i32 = 124;

/// What the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub limits: Limits,
    /// `--trace`, `--trace=json|chrome`, `--trace-html`.
    pub trace: Option<TraceRequest>,
    /// `--virtual-time`: timers fire in due order at once; clocks are virtual.
    pub virtual_time: bool,
}

/// Which trace to write, and where (stderr when `out` is `None`; a file is required for HTML).
#[derive(Clone, Debug)]
pub struct TraceRequest {
    pub format: trace::Format,
    pub out: Option<PathBuf>,
    /// How many entries per box the JSON trace lists (0: all).
    pub box_limit: usize,
}

/// Runs the file at `path`; returns the process exit status.
pub fn run_file(path: &Path, options: &Options) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("minnow: cannot read {}: {}", path.display(), io_reason(&e));
            return 1;
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!(
            "minnow: cannot read {}: the file is not valid UTF-8",
            path.display()
        );
        return 1;
    };
    let name = std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string();
    run_source(&name, &text, options)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// Runs `text` as a script named `name` on the interpreter thread; returns the exit status.
pub fn run_source(name: &str, text: &str, options: &Options) -> i32 {
    let name = name.to_string();
    let text = text.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .name("minnow".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run_on_this_thread(&name, &text, &options));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprint!("{}", internal_error_report("the interpreter thread failed"));
            INTERNAL_ERROR_STATUS
        }
    }
}

/// Runs a script to completion on the current thread,
/// writing to the process's stdout and stderr.
pub fn run_on_this_thread(name: &str, text: &str, options: &Options) -> i32 {
    run_with_sinks(
        name,
        text,
        options,
        Sink::Stdout,
        Sink::Stderr,
        Teardown::Exit,
    )
    .0
}

/// What a program printed and how it exited (for tests that run programs in-process).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    /// The error that ended the run, if one did (for conformance runners, which must tell an
    /// early error from a runtime one and know the error's type).
    pub thrown: Option<Thrown>,
}

/// An error that ended a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thrown {
    pub phase: Phase,
    /// The `name` of the thrown value's `constructor` (`TypeError`, `Test262Error`), when it
    /// has one that is a string.
    pub constructor: Option<String>,
    /// Its `message`, when that is a string.
    pub message: Option<String>,
}

/// When an error ended a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Before anything ran: a syntax or early error (or source nested too deeply).
    Early,
    /// While the script, a timer or a job ran (an uncaught exception or an unhandled
    /// rejection).
    Runtime,
}

impl Captured {
    /// The run was stopped because it used up `Limits::fuel`.
    pub fn ran_out_of_fuel(&self) -> bool {
        self.code == OUT_OF_FUEL_STATUS
            && self
                .stderr
                .ends_with(&format!("{}\n", crate::interp::OUT_OF_FUEL))
    }
}

/// Runs a script on a fresh interpreter thread, capturing its output instead of printing it.
pub fn run_captured(name: &str, text: &str, options: &Options) -> Captured {
    run_captured_into(name, text, options, false)
}

/// Like [`run_captured`], but stdout and stderr (with the trace, if any) go to one buffer in
/// the order they were written, as a terminal shows them; that text is `Captured::stdout`.
pub fn run_interleaved(name: &str, text: &str, options: &Options) -> Captured {
    run_captured_into(name, text, options, true)
}

fn run_captured_into(name: &str, text: &str, options: &Options, interleave: bool) -> Captured {
    let name = name.to_string();
    let text = text.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(move || capture_on_this_thread(&name, &text, &options, interleave));
    match handle.map(|h| h.join()) {
        Ok(Ok(captured)) => captured,
        _ => Captured {
            stdout: String::new(),
            stderr: internal_error_report("the interpreter thread failed"),
            code: INTERNAL_ERROR_STATUS,
            thrown: None,
        },
    }
}

/// Runs a script on the current thread (which must have a stack of [`INTERPRETER_STACK`]),
/// capturing its output: for hosts that run many programs on threads of their own (the
/// fuzzer catches a panic on the thread that raised it, to learn where it came from).
pub fn run_captured_on_this_thread(name: &str, text: &str, options: &Options) -> Captured {
    capture_on_this_thread(name, text, options, false)
}

fn capture_on_this_thread(name: &str, text: &str, options: &Options, interleave: bool) -> Captured {
    let out = Rc::new(RefCell::new(Vec::new()));
    let err = if interleave {
        out.clone()
    } else {
        Rc::new(RefCell::new(Vec::new()))
    };
    let (code, thrown) = run_with_sinks(
        name,
        text,
        options,
        Sink::Buffer(out.clone()),
        Sink::Buffer(err.clone()),
        Teardown::Release,
    );
    let text = |b: &Rc<RefCell<Vec<u8>>>| String::from_utf8_lossy(&b.borrow()).into_owned();
    Captured {
        stdout: text(&out),
        stderr: text(&err),
        code,
        thrown,
    }
}

/// Runs the script with its output going to the two sinks. Heap exhaustion and internal errors
/// end the run with their reports on `stderr` (see [`crate::util::fatal`]).
/// What happens to a finished run's heap.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Teardown {
    /// Nothing: the process exits next, and freeing would only delay it.
    Exit,
    /// Every cell is emptied before the interpreter goes: a host that runs program after
    /// program in-process must not keep what reference counting cannot free (cycles, such as
    /// the intrinsics' own, and suspended bodies' stacks).
    Release,
}

fn run_with_sinks(
    name: &str,
    text: &str,
    options: &Options,
    stdout: Sink,
    stderr: Sink,
    teardown: Teardown,
) -> (i32, Option<Thrown>) {
    let report_to = stderr.clone();
    let mut thrown = None;
    let code = crate::util::fatal::guarded(&report_to, || {
        run_unguarded(name, text, options, stdout, stderr, teardown, &mut thrown)
    });
    if teardown == Teardown::Release {
        // A run that unwound (heap exhausted, internal error) dropped its interpreter on the
        // way out; what it leaves is cyclic garbage, which a collection frees.
        crate::value::heap::collect();
    }
    (code, thrown)
}

fn run_unguarded(
    name: &str,
    text: &str,
    options: &Options,
    stdout: Sink,
    stderr: Sink,
    teardown: Teardown,
    thrown: &mut Option<Thrown>,
) -> i32 {
    let early = |e: &crate::syntax::diagnostics::SyntaxError, thrown: &mut Option<Thrown>| {
        stderr.write(&render_syntax_error(name, text, e));
        *thrown = Some(Thrown {
            phase: Phase::Early,
            constructor: Some(e.name().to_string()),
            message: Some(e.message.clone()),
        });
        1
    };
    let program = match crate::syntax::parser::parse(text, options.limits.max_nesting) {
        Ok(p) => p,
        Err(e) => return early(&e, thrown),
    };
    let mut globals = GlobalScope::default();
    if let Err(e) = crate::syntax::analyze(&program, text, &mut globals, options.limits.max_nesting)
    {
        return early(&e, thrown);
    }
    let source = Source {
        name: name.to_string(),
        text: text.into(),
    };
    let mut interp = crate::host::new_interp(source, options.limits);
    if options.virtual_time {
        interp.host.use_virtual_time();
    }
    if let Some(request) = &options.trace {
        match start_trace(request, name, text, options.virtual_time, &stderr) {
            Ok(t) => interp.trace = Some(Box::new(t)),
            Err(message) => {
                stderr.write(&message);
                return 1;
            }
        }
    }
    interp.stdout = stdout;
    interp.stderr = stderr;
    interp.record_completions = false;
    let code = run_program(&mut interp, program, name, thrown);
    interp.finish_trace();
    if teardown == Teardown::Release {
        crate::value::heap::release_all();
    }
    code
}

/// Creates the renderer `request` asks for, writing to its file or to `stderr`.
fn start_trace(
    request: &TraceRequest,
    name: &str,
    text: &str,
    virtual_time: bool,
    stderr: &Sink,
) -> Result<Trace, String> {
    let out = match &request.out {
        Some(path) if request.format != trace::Format::Html => file_sink(path)?,
        _ => stderr.clone(),
    };
    let render: Box<dyn trace::Render> = match request.format {
        trace::Format::Text => {
            let color =
                matches!(out, Sink::Stderr) && crate::syntax::diagnostics::stderr_wants_color();
            Box::new(trace::text::Text::new(out, color))
        }
        trace::Format::Json => Box::new(trace::json::Json::new(
            out,
            name,
            virtual_time,
            request.box_limit,
        )),
        trace::Format::Chrome => Box::new(trace::chrome::Chrome::new(out, name, virtual_time)),
        trace::Format::Html => {
            let path = request
                .out
                .clone()
                .ok_or("minnow: --trace-html needs an output file\n")?;
            // Fail before running, not after, when the page cannot be written.
            std::fs::write(&path, "").map_err(|e| cannot_write(&path, &e))?;
            Box::new(trace::html::Page::new(path, name, text, virtual_time))
        }
    };
    Ok(Trace::new(render))
}

/// A sink writing to a new file at `path` (buffered; flushed when the last clone drops).
fn file_sink(path: &Path) -> Result<Sink, String> {
    use std::io::Write;
    let file = std::fs::File::create(path).map_err(|e| cannot_write(path, &e))?;
    let writer = RefCell::new(std::io::BufWriter::new(file));
    Ok(Sink::Host(Rc::new(move |text: &str| {
        let _ = writer.borrow_mut().write_all(text.as_bytes());
    })))
}

fn cannot_write(path: &Path, e: &std::io::Error) -> String {
    format!(
        "minnow: cannot write {}: {}\n",
        path.display(),
        io_reason(e)
    )
}

/// Runs the script and the event loop; returns the exit status.
fn run_program(
    interp: &mut Interp,
    program: crate::syntax::ast::Program,
    name: &str,
    thrown: &mut Option<Thrown>,
) -> i32 {
    let program = Rc::new(program);
    let mut module_promise = None;
    let started = if program.has_top_level_await.get() {
        interp.run_module(program).map(|p| module_promise = Some(p))
    } else {
        interp.run_script(&program).map(|_| ())
    };
    let outcome = match started {
        Ok(()) => event_loop::run(interp),
        Err(e) => Err(Fatal::Uncaught(e)),
    };
    // Checked first: a built-in that swallowed the out-of-fuel unwinding (a failing `then`
    // getter becomes a rejection) must not turn it into another outcome.
    if interp.is_out_of_fuel() {
        interp
            .stderr
            .write(&format!("{}\n", crate::interp::OUT_OF_FUEL));
        return OUT_OF_FUEL_STATUS;
    }
    match outcome {
        Ok(()) if module_promise.as_ref().is_some_and(is_pending) => {
            // node's exit status for a module whose top-level `await` can never finish.
            interp.stderr.write(&format!(
                "Warning: Detected unsettled top-level await at {name}\n"
            ));
            13
        }
        Ok(()) => 0,
        Err(fatal) => {
            *thrown = Some(describe_thrown(interp, &fatal));
            let report = report_fatal(interp, &fatal);
            if interp.trace.is_some() {
                let headline = fatal_headline(interp, &fatal);
                interp.trace_fatal(headline, matches!(fatal, Fatal::UnhandledRejection(_)));
            }
            interp.stderr.write(&report);
            1
        }
    }
}

/// What a fatal error carries: its value's `constructor.name` and `message`, read as a
/// program would (getters included; a failure to read one leaves it unknown).
fn describe_thrown(interp: &mut Interp, fatal: &Fatal) -> Thrown {
    let value = match fatal {
        Fatal::Uncaught(e) => e.value().clone(),
        Fatal::UnhandledRejection(reason) => reason.clone(),
    };
    let site = crate::syntax::ast::Span::default();
    let constructor = match &value {
        Value::Object(_) => interp
            .get(&value, &JsStr::from("constructor"), site)
            .unwrap_or(Value::Undefined),
        _ => Value::Undefined,
    };
    let mut read_string = |of: &Value, key: &str| -> Option<String> {
        if !matches!(of, Value::Object(_)) {
            return None;
        }
        let site = crate::syntax::ast::Span::default();
        match interp.get(of, &JsStr::from(key), site).ok()? {
            Value::String(s) => Some(s.to_string()),
            _ => None,
        }
    };
    Thrown {
        phase: Phase::Runtime,
        constructor: read_string(&constructor, "name"),
        message: read_string(&value, "message"),
    }
}

/// The first line of what a fatal error shows (`Error: boom`), for the trace.
fn fatal_headline(interp: &Interp, fatal: &Fatal) -> String {
    let value = match fatal {
        Fatal::Uncaught(e) => e.value(),
        Fatal::UnhandledRejection(reason) => reason,
    };
    let shown = match value {
        Value::String(s) => s.to_string(),
        v => inspect(interp, v),
    };
    shown.lines().next().unwrap_or_default().to_string()
}

fn is_pending(promise: &crate::value::heap::ObjRef) -> bool {
    matches!(
        crate::builtins::promise::promise_state(promise),
        Some(crate::builtins::promise::PromiseState::Pending)
    )
}

/// The text node prints on stderr when a program dies.
pub fn report_fatal(interp: &Interp, fatal: &Fatal) -> String {
    match fatal {
        Fatal::Uncaught(e) => {
            let frame = render_source_frame(&interp.source.name, &interp.source.text, e.site());
            let body = match e.value() {
                Value::String(s) => s.to_string(),
                v => inspect(interp, v),
            };
            format!("{frame}\n{body}\n\n{}", version_footer())
        }
        Fatal::UnhandledRejection(reason) => {
            let is_error = matches!(reason, Value::Object(o) if matches!(o.data.borrow().kind, crate::value::object::ObjectKind::Error));
            if is_error {
                format!("{}\n", inspect(interp, reason))
            } else {
                let shown = match reason {
                    Value::String(s) => s.to_string(),
                    v => inspect(interp, v),
                };
                format!(
                    "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\".] {{\n  code: 'ERR_UNHANDLED_REJECTION'\n}}\n"
                )
            }
        }
    }
}
