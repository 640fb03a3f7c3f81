//! Exceptions: the thrown value travelling up as `Err`, creating built-in error objects with
//! node's messages, and capturing JavaScript stack traces from the call stack.

use crate::syntax::ast::Span;
use crate::syntax::diagnostics::line_col;
use crate::value::heap::{self, ObjRef};
use crate::value::object::{Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::{FrameKind, Interp};

/// The message of the `RangeError` for too deep a recursion (frames or native stack).
pub const STACK_OVERFLOW: &str = "Maximum call stack size exceeded";

/// A thrown JavaScript value, with where it was thrown (for the caret in uncaught reports).
#[derive(Debug, Clone)]
pub struct Exception(Box<ExceptionData>);

#[derive(Debug, Clone)]
struct ExceptionData {
    value: Value,
    site: Span,
    kind: Unwind,
}

/// Why the stack is unwinding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unwind {
    /// `throw`: `catch` and `finally` see it.
    Throw,
    /// An interruption (Ctrl-C in the REPL): no `catch`, `finally` or promise handler sees it.
    Interrupt,
    /// The run used up `Limits::fuel`: unwinds like an interruption, and the run then ends
    /// with the out-of-fuel outcome (see `driver::OUT_OF_FUEL_STATUS`).
    OutOfFuel,
    /// `generator.return(v)` resuming a suspended generator: behaves like a `return` at the
    /// `yield` — `finally` blocks run, `catch` blocks do not.
    GeneratorReturn,
}

impl Exception {
    fn with_kind(value: Value, site: Span, kind: Unwind) -> Exception {
        Exception(Box::new(ExceptionData { value, site, kind }))
    }

    pub fn new(value: Value, site: Span) -> Exception {
        Exception::with_kind(value, site, Unwind::Throw)
    }

    /// An exception that unwinds to the host without being catchable (see [`Interp::interrupt`]).
    pub fn uncatchable(value: Value, site: Span) -> Exception {
        Exception::with_kind(value, site, Unwind::Interrupt)
    }

    /// The unwinding that `generator.return(value)` starts at the suspended `yield`.
    pub fn generator_return(value: Value, site: Span) -> Exception {
        Exception::with_kind(value, site, Unwind::GeneratorReturn)
    }

    /// Skips `finally` blocks too (an interruption, or the end of the fuel).
    pub fn is_uncatchable(&self) -> bool {
        matches!(self.0.kind, Unwind::Interrupt | Unwind::OutOfFuel)
    }

    /// The run used up its fuel.
    pub fn is_out_of_fuel(&self) -> bool {
        self.0.kind == Unwind::OutOfFuel
    }

    /// A thrown value that `catch` receives.
    pub fn is_catchable(&self) -> bool {
        self.0.kind == Unwind::Throw
    }

    pub fn is_generator_return(&self) -> bool {
        self.0.kind == Unwind::GeneratorReturn
    }

    pub fn value(&self) -> &Value {
        &self.0.value
    }

    pub fn into_value(self) -> Value {
        self.0.value
    }

    pub fn site(&self) -> Span {
        self.0.site
    }
}

pub type JsResult<T> = Result<T, Exception>;

/// One line of a stack trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackFrameInfo {
    pub name: String,
    pub line: usize,
    pub column: usize,
    /// The source file (or REPL input) the position is in.
    pub file: String,
    /// A built-in or host frame: no position in the source (`at map (<anonymous>)`).
    pub native: bool,
}

/// What the run reports on stderr when its fuel runs out.
pub const OUT_OF_FUEL: &str = "minnow: out of fuel";

/// Stack traces show at most this many frames, as node does by default.
const MAX_TRACE_FRAMES: usize = 10;

impl Interp {
    /// The current JavaScript stack, innermost first, with `site` as the innermost position.
    pub fn capture_stack(&self, site: Span) -> Vec<StackFrameInfo> {
        let mut out = Vec::new();
        let mut position = site;
        // The source `position` lies in: the running code's, then each caller's.
        let mut source = self.running_source();
        for (i, frame) in self.frames.iter().rev().enumerate().take(MAX_TRACE_FRAMES) {
            if frame.kind != FrameKind::Native && i > 0 {
                source = self.frame_source(frame);
            }
            let (line, column) = line_col(&source.text, position.start);
            out.push(StackFrameInfo {
                // node shows constructor frames as `new F`.
                name: match frame.new_target {
                    Some(_) => format!("new {}", frame.name),
                    None => frame.name.to_string(),
                },
                line,
                column,
                file: source.name.clone(),
                native: matches!(frame.kind, FrameKind::Native | FrameKind::Host),
            });
            if frame.kind == FrameKind::AsyncResume {
                break;
            }
            // A built-in's own position is not in the source: the next frame up shows where
            // it was called, as the built-in's span would.
            if frame.kind == FrameKind::Code {
                position = frame.call_site;
            }
        }
        out
    }

    /// The `stack` string of an error: `Name: message` and one `at` line per frame.
    pub fn stack_string(&self, header: &str, site: Span) -> String {
        let mut s = header.to_string();
        for f in self.capture_stack(site) {
            if f.native {
                s.push_str(&format!("\n    at {} (<anonymous>)", f.name));
            } else if f.name == "<anonymous>" {
                // node prints an anonymous function's frame as a bare position.
                s.push_str(&format!("\n    at {}:{}:{}", f.file, f.line, f.column));
            } else {
                s.push_str(&format!(
                    "\n    at {} ({}:{}:{})",
                    f.name, f.file, f.line, f.column
                ));
            }
        }
        s
    }

    /// Creates an error object of `kind` with `message`, its stack captured at `site`.
    /// Building an error formats its stack trace: it gets a call's room on the native stack
    /// (on the reserve when none is left), wherever it is raised.
    pub fn make_error(&mut self, kind: ErrorKind, message: &str, site: Span) -> ObjRef {
        crate::util::stack::with_room(crate::util::stack::BULK_RED_ZONE, || {
            self.build_error(kind, message, site)
        })
    }

    fn build_error(&mut self, kind: ErrorKind, message: &str, site: Span) -> ObjRef {
        let proto = self.intrinsics.error_proto(kind).clone();
        let error = heap::alloc_object(Object::new(Some(proto), ObjectKind::Error));
        let header = if message.is_empty() {
            kind.name().to_string()
        } else {
            format!("{}: {message}", kind.name())
        };
        let stack = self.stack_string(&header, site);
        {
            let mut e = error.data.borrow_mut();
            e.set_hidden(JsStr::from("stack"), Value::str(&stack));
            if !message.is_empty() {
                e.set_hidden(JsStr::from("message"), Value::str(message));
            }
        }
        error
    }

    /// An exception carrying a new error of `kind`.
    pub fn error(&mut self, kind: ErrorKind, message: &str, site: Span) -> Exception {
        let e = self.make_error(kind, message, site);
        Exception::new(Value::Object(e), site)
    }

    /// Counts one evaluation step (a loop iteration or a call): spends one unit of fuel, and
    /// throws the interruption if the host asked for one (the REPL's Ctrl-C while code runs).
    /// Checked at every loop iteration and call, so `while (true) {}` can be stopped; the
    /// common case is one decrement and one test of each. The heap limit is checked here too,
    /// for loops that grow memory without creating objects (`a.push(1)`, `s += s`).
    #[inline]
    pub fn step(&mut self, site: Span) -> JsResult<()> {
        crate::value::heap::check_limit();
        if self.fuel_left == 0 || self.interrupt.pending() {
            return Err(self.stop_running(site));
        }
        self.fuel_left -= 1;
        Ok(())
    }

    /// Counts one task the event loop runs (a timer callback or a job) against the fuel, so
    /// that an endless `setInterval` runs out too. The interrupt is the REPL's to handle there.
    #[inline]
    pub fn step_task(&mut self) -> JsResult<()> {
        if self.fuel_left == 0 {
            return Err(self.stop_running(Span::default()));
        }
        self.fuel_left -= 1;
        Ok(())
    }

    /// Whether the run was stopped because its fuel ran out. Once out, it stays out: every
    /// later step fails again, so a built-in that drops an exception cannot revive the run.
    pub fn is_out_of_fuel(&self) -> bool {
        self.out_of_fuel
    }

    /// The uncatchable exception that ends the run: out of fuel, or interrupted.
    #[cold]
    fn stop_running(&mut self, site: Span) -> Exception {
        if self.fuel_left == 0 {
            self.out_of_fuel = true;
            return Exception::with_kind(Value::str(OUT_OF_FUEL), site, Unwind::OutOfFuel);
        }
        self.interrupt.take_one();
        let e = self.make_error(
            ErrorKind::Error,
            "Script execution was interrupted by `SIGINT`",
            site,
        );
        Exception::uncatchable(Value::Object(e), site)
    }

    pub fn type_error(&mut self, message: &str, site: Span) -> Exception {
        self.error(ErrorKind::TypeError, message, site)
    }

    pub fn range_error(&mut self, message: &str, site: Span) -> Exception {
        self.error(ErrorKind::RangeError, message, site)
    }

    /// `RangeError: Maximum call stack size exceeded`, built on the reserve stack: where it is
    /// raised, the native stack may be all but used up.
    pub fn stack_overflow(&mut self, site: Span) -> Exception {
        crate::util::stack::on_reserve(|| self.range_error(STACK_OVERFLOW, site))
    }

    /// Runs `f` where at least `red_zone` bytes of native stack are left (moving to a new
    /// segment if need be), or throws the stack-overflow `RangeError` when no more can be had.
    #[inline(always)]
    pub fn with_stack<R>(
        &mut self,
        red_zone: usize,
        site: Span,
        f: impl FnOnce(&mut Interp) -> JsResult<R>,
    ) -> JsResult<R> {
        // The common case stays a compare and a call: every expression level comes here.
        if crate::util::stack::has_room(red_zone) {
            f(self)
        } else {
            self.with_new_stack(red_zone, site, f)
        }
    }

    #[cold]
    #[inline(never)]
    fn with_new_stack<R>(
        &mut self,
        red_zone: usize,
        site: Span,
        f: impl FnOnce(&mut Interp) -> JsResult<R>,
    ) -> JsResult<R> {
        match crate::util::stack::guard(red_zone, || f(self)) {
            Ok(result) => result,
            Err(_) => Err(self.stack_overflow(site)),
        }
    }

    pub fn reference_error(&mut self, message: &str, site: Span) -> Exception {
        self.error(ErrorKind::ReferenceError, message, site)
    }
}

// `eval_expr` returns this for every node; keep it as small as a `Value`.
const _: () = assert!(std::mem::size_of::<JsResult<Value>>() == 16);

/// The native error constructors, in the order of the realm's error prototypes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error = 0,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
    AggregateError,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::Error,
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
        ErrorKind::EvalError,
        ErrorKind::URIError,
        ErrorKind::AggregateError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::URIError => "URIError",
            ErrorKind::AggregateError => "AggregateError",
        }
    }
}
