//! Runs a whole program the way `node file.js` does: parse, resolve, run the script, run the
//! event loop, and report the outcome (exit status, uncaught errors on stderr).
//!
//! Everything runs on a dedicated thread with a large native stack, so that the evaluator's
//! recursion (bounded by the frame limit) and the dropping of deeply nested ASTs never reach
//! the end of the stack.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use crate::builtins::inspect::inspect;
use crate::diagnostics::{render_source_frame, render_syntax_error};
use crate::event_loop::{self, Fatal};
use crate::interp::{Interp, Limits, Sink, Source};
use crate::scope::GlobalScope;
use crate::value::Value;

/// Native stack of the interpreter thread. Address space only: untouched pages cost no memory.
const INTERPRETER_STACK: usize = 1 << 30;

/// What the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub limits: Limits,
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
            eprintln!("minnow: internal error: the interpreter thread failed");
            70
        }
    }
}

/// Runs a script to completion on the current thread (which must have a large stack),
/// writing to the process's stdout and stderr.
pub fn run_on_this_thread(name: &str, text: &str, options: &Options) -> i32 {
    run_with_sinks(name, text, options, Sink::Stdout, Sink::Stderr)
}

/// What a program printed and how it exited (for tests that run programs in-process).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs a script on a fresh interpreter thread, capturing its output instead of printing it.
pub fn run_captured(name: &str, text: &str, options: &Options) -> Captured {
    let name = name.to_string();
    let text = text.to_string();
    let options = options.clone();
    let handle = std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK)
        .spawn(move || {
            let out = Rc::new(RefCell::new(Vec::new()));
            let err = Rc::new(RefCell::new(Vec::new()));
            let code = run_with_sinks(
                &name,
                &text,
                &options,
                Sink::Buffer(out.clone()),
                Sink::Buffer(err.clone()),
            );
            let text = |b: &Rc<RefCell<Vec<u8>>>| String::from_utf8_lossy(&b.borrow()).into_owned();
            Captured {
                stdout: text(&out),
                stderr: text(&err),
                code,
            }
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(captured)) => captured,
        _ => Captured {
            stdout: String::new(),
            stderr: "internal error: interpreter thread failed".into(),
            code: 70,
        },
    }
}

fn run_with_sinks(name: &str, text: &str, options: &Options, stdout: Sink, stderr: Sink) -> i32 {
    let program = match crate::parser::parse(text) {
        Ok(p) => p,
        Err(e) => {
            stderr.write(&render_syntax_error(name, text, &e));
            return 1;
        }
    };
    let mut globals = GlobalScope::default();
    if let Err(e) = crate::scope::resolve(&program, &mut globals) {
        stderr.write(&render_syntax_error(name, text, &e));
        return 1;
    }
    let source = Source {
        name: name.to_string(),
        text: text.into(),
    };
    let mut interp = Interp::new(source, options.limits);
    interp.stdout = stdout;
    interp.stderr = stderr;
    interp.record_completions = false;
    let program = Rc::new(program);
    let mut module_promise = None;
    let started = if program.has_top_level_await.get() {
        interp.run_module(program).map(|p| module_promise = Some(p))
    } else {
        interp.run_script(&program).map(|_| ())
    };
    let outcome = match started {
        Ok(()) => event_loop::run(&mut interp),
        Err(e) => Err(Fatal::Uncaught(e)),
    };
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
            let report = report_fatal(&interp, &fatal);
            interp.stderr.write(&report);
            1
        }
    }
}

fn is_pending(promise: &crate::heap::ObjRef) -> bool {
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
            format!("{frame}\n{body}\n\nminnow v{}\n", env!("CARGO_PKG_VERSION"))
        }
        Fatal::UnhandledRejection(reason) => {
            let is_error = matches!(reason, Value::Object(o) if matches!(o.data.borrow().kind, crate::object::ObjectKind::Error));
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
