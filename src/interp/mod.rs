//! The tree-walking evaluator: the engine that runs resolved ASTs.
//!
//! It owns the call stack (a `Vec<CallFrame>` that stack traces — and later the visualiser —
//! read), the current environment, the built-in objects, and the host's queues (through the
//! narrow [`Host`](crate::host::event_loop::Host) interface only: the evaluator never sees how timers
//! are stored).
//!
//! Invariants:
//! - `frames` is never empty while code runs; frame 0 is the script (or the job being run).
//! - `frames.len()` never exceeds `limits.max_frames`: one more call throws a catchable
//!   `RangeError: Maximum call stack size exceeded`.
//! - Native stack: every JavaScript call, native call and expression, statement and pattern
//!   level goes through the guard of `crate::util::stack` ([`Interp::with_stack`]), so neither deep
//!   recursion nor deeply nested source can overflow it; when no more stack can be had, the
//!   guard throws `RangeError: Maximum call stack size exceeded`.
//!
//! The submodules split the work by concern: `eval` (expressions), `exec` (statements), `call`
//! (calling and constructing), `class` (class definitions, `super`), `ops` (operators and conversions), `property` (property access
//! along the prototype chain), `arrays` (array lengths and the array exotic object's rules),
//! `define` (defining properties with attributes), `errors` (throwing and stack traces).

pub mod arrays;
mod call;
mod class;
pub mod coroutine;
pub mod define;
pub mod describe;
mod errors;
mod eval;
mod exec;
mod interrupts;
pub mod iteration;
mod ops;
mod pattern;
mod property;
pub mod realm;
mod strings;

pub use interrupts::Interrupts;

use std::rc::Rc;

pub use errors::{ErrorKind, Exception, JsResult, OUT_OF_FUEL, StackFrameInfo};
pub use iteration::Iteration;
pub use ops::{js_pow, primitive_to_string};
pub use property::function_name;
pub use strings::{INVALID_STRING_LENGTH, StrBuilder, TooLong};

use crate::host::event_loop::Host;
use crate::syntax::Source;
use crate::syntax::ast::{Program, Span};
use crate::trace::{Outcome, Trace};
use crate::util::sink::Sink;
use crate::util::stack::task::Placement;
use crate::value::heap::{self, EnvRef, ObjRef};
use crate::value::{JsStr, Value};
use realm::Intrinsics;

/// Limits that protect the process, as data: every resource a program can exhaust has one
/// here, and hitting it ends in node's error for it, never in a crash (README, "Limits and
/// failure modes").
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The most JavaScript frames on the call stack (`--stack-size`); one more call throws
    /// `RangeError: Maximum call stack size exceeded`.
    pub max_frames: usize,
    /// Bytes the interpreter's thread may hold before the run stops with node's `FATAL ERROR:
    /// … JavaScript heap out of memory` and status 134 (`--max-heap-size`, in MB on the command
    /// line; 0: no limit). Counted by [`crate::util::memory::Accounting`], which the binary installs
    /// as its allocator.
    pub max_heap_bytes: usize,
    /// Longest string in UTF-16 code units; a longer one throws `RangeError: Invalid string
    /// length` (V8's limit on 64-bit machines: 2^29 - 24).
    pub max_string_length: usize,
    /// The largest array length (ECMAScript's 2^32 - 1; never more): creating an array longer
    /// than this, or setting a longer `length`, throws `RangeError: Invalid array length`
    /// before anything is allocated (see `interp::arrays`).
    pub max_array_length: u64,
    /// The most elements V8 keeps in one dense (fast) array, `FixedArray::kMaxLength`:
    /// `concat` of dense arrays into more throws `RangeError: Invalid array length`, as in
    /// node, before anything is copied.
    pub max_dense_array_length: usize,
    /// Native stack of a generator body's own (its calls, and nesting past it, run on
    /// segments; async bodies share the thread's lane instead: see `crate::util::stack::task`).
    pub task_stack_bytes: usize,
    /// Most bytes of native-stack segments mapped at once; a recursion that needs more throws
    /// `RangeError: Maximum call stack size exceeded`.
    pub native_stack_bytes: usize,
    /// Evaluation steps allowed before the run stops (`None`: unlimited). A step is a loop
    /// iteration, a call, or a task the event loop runs. Running out is not a JavaScript
    /// exception (no `catch` or `finally` sees it): the run ends at once, pending timers and
    /// jobs dropped, with `minnow: out of fuel` on stderr and `driver::OUT_OF_FUEL_STATUS`.
    /// For tests and the fuzzer, so that a generated infinite loop ends.
    pub fuel: Option<u64>,
    /// How deeply source may nest — brackets, and statements and expressions inside one
    /// another (a chain of binary operators counts once) — before the front end stops with
    /// node's `RangeError: Maximum call stack size exceeded`. node's own limit depends on the
    /// construct (about 1,300 nested loops, 12,500 unary operators at most); this one is above
    /// all of them, so whatever node compiles minnow does too.
    pub max_nesting: usize,
}

impl Limits {
    /// V8's `String::kMaxLength` on 64-bit platforms.
    pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;
    /// The largest array length, one past the largest array index: `2 ** 32 - 1`.
    pub const MAX_ARRAY_LENGTH: u64 = u32::MAX as u64;
    /// V8's `FixedArray::kMaxLength` on 64-bit machines: (1 GiB - 16 bytes of header) / 8.
    pub const MAX_DENSE_ARRAY_LENGTH: usize = ((1 << 30) - 16) / 8;
    /// Default heap bound: node 20's default old-space size on a 64-bit machine is about 4 GB.
    pub const DEFAULT_HEAP_MB: usize = 4096;
    /// The least native-stack budget, whatever the frame limit.
    pub const MIN_NATIVE_STACK_BYTES: usize = crate::util::stack::MIN_NATIVE_STACK_BYTES;
    /// Native stack budgeted per allowed JavaScript frame: a call with some expression nesting
    /// around it takes one to two kilobytes.
    pub const NATIVE_STACK_PER_FRAME: usize = 4 * 1024;

    /// The limits with `max_frames` frames, and a native-stack budget that lets that many
    /// frames be reached.
    pub fn with_max_frames(max_frames: usize) -> Limits {
        Limits {
            max_frames,
            native_stack_bytes: Limits::native_stack_for(max_frames),
            ..Limits::default()
        }
    }

    fn native_stack_for(max_frames: usize) -> usize {
        max_frames
            .saturating_mul(Limits::NATIVE_STACK_PER_FRAME)
            .max(Limits::MIN_NATIVE_STACK_BYTES)
    }
}

impl Default for Limits {
    fn default() -> Limits {
        let max_frames = 10_000;
        Limits {
            max_frames,
            max_heap_bytes: Limits::DEFAULT_HEAP_MB << 20,
            max_string_length: Limits::MAX_STRING_LENGTH,
            max_array_length: Limits::MAX_ARRAY_LENGTH,
            max_dense_array_length: Limits::MAX_DENSE_ARRAY_LENGTH,
            task_stack_bytes: crate::util::stack::DEFAULT_TASK_STACK_BYTES,
            native_stack_bytes: Limits::native_stack_for(max_frames),
            fuel: None,
            max_nesting: crate::syntax::DEFAULT_MAX_NESTING,
        }
    }
}

/// One activation on the call stack.
#[derive(Debug, Clone)]
pub struct CallFrame {
    /// The function's name as stack traces show it (`foo`, `<anonymous>`).
    pub name: JsStr,
    /// Where the caller called this frame (a span in the caller's code).
    pub call_site: Span,
    /// `this` for the running code; `Value::Empty` in a derived class's constructor until
    /// `super(…)` returns.
    pub this: Value,
    pub kind: FrameKind,
    /// The JavaScript function running in this frame (`None` for natives and the script):
    /// `super` finds its home object and class through it.
    pub function: Option<ObjRef>,
    /// For a constructor run by `new`, the constructor `new` was applied to.
    pub new_target: Option<ObjRef>,
}

impl CallFrame {
    /// Visits the heap references of a frame kept in a heap object (a generator's or an async
    /// call's), once each.
    pub fn trace(&self, t: &mut crate::value::heap::Tracer) {
        t.value(&self.this);
        if let Some(f) = &self.function {
            t.object(f);
        }
        if let Some(n) = &self.new_target {
            t.object(n);
        }
    }
}

/// What a frame runs, for stack traces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// JavaScript code: the script, a function, a generator or async body.
    Code,
    /// A built-in written in Rust (shown at `<anonymous>`, as node shows its built-ins).
    Native,
    /// The host's base frame under a timer callback or a job.
    Host,
    /// An async body resumed by a promise job after an `await`: like node, a trace ends here
    /// (what called the function is no longer on the stack).
    AsyncResume,
}

pub struct Interp {
    pub intrinsics: Intrinsics,
    pub frames: Vec<CallFrame>,
    /// The environment of the innermost materialized scope of the running code.
    pub env: EnvRef,
    /// The script's top-level environment (its slots grow with each REPL input).
    pub script_env: EnvRef,
    pub limits: Limits,
    pub source: Rc<Source>,
    pub host: Host,
    /// Completion value of the last expression statement (the REPL echoes it).
    pub last_value: Value,
    /// Whether expression statements record `last_value`. Running a file turns it off: the
    /// extra reference would keep `s += c` from appending to `s` in place.
    pub record_completions: bool,
    /// Raised from another thread (a SIGINT handler) to stop the running code; see
    /// [`Interp::step`].
    pub interrupt: std::sync::Arc<Interrupts>,
    /// Evaluation steps left before the run stops (`Limits::fuel`; `u64::MAX` when unlimited,
    /// which no run reaches).
    fuel_left: u64,
    /// A step was refused for want of fuel (see [`Interp::is_out_of_fuel`]).
    out_of_fuel: bool,
    /// Where `console.log` writes.
    pub stdout: Sink,
    /// Where `console.error` and fatal-error reports write.
    pub stderr: Sink,
    /// The top level runs in strict mode (`'use strict'` at its start, or a module).
    script_strict: bool,
    /// REPL only: the top-level bindings of every input so far (name → slot, assignable), for
    /// code resolved before a later input declared the name it uses (`function f() { return
    /// later }` typed before `let later = 1`).
    pub later_top_level: std::collections::HashMap<JsStr, (u32, bool)>,
    /// Where `yield`/`await` of the running generator or async body return to: one per task
    /// on the native stack, innermost last (see `coroutine`).
    suspend_points: Vec<coroutine::SuspendPoint>,
    /// The visualiser's record of the run, when `--trace` asked for one.
    pub trace: Option<Box<Trace>>,
    /// Where promise handlers were attached while tracing, keyed by `Reaction::site` (key k
    /// at k - 1). Kept by the interpreter, not the trace, so a key stays valid when the REPL
    /// turns tracing off and on again.
    pub(crate) trace_sites: Vec<crate::trace::Pos>,
    /// What the host lends the evaluator (see [`describe::Hooks`]).
    pub hooks: describe::Hooks,
}

/// How a statement finished, when it did not throw.
#[derive(Debug)]
pub enum Completion {
    Normal,
    Return(Value),
    Break(Option<crate::syntax::ast::Name>),
    Continue(Option<crate::syntax::ast::Name>),
}

impl Interp {
    /// An interpreter with the realm's intrinsic objects allocated but no library installed
    /// (`host::new_interp` installs ECMAScript's and node's globals).
    pub fn new(source: Source, limits: Limits) -> Interp {
        crate::util::memory::set_limit(limits.max_heap_bytes);
        crate::util::stack::configure(crate::util::stack::Config {
            task_stack_bytes: limits.task_stack_bytes,
            native_stack_bytes: limits.native_stack_bytes,
        });
        let intrinsics = Intrinsics::create();
        let script_env = heap::alloc_env(Vec::new(), None);
        Interp {
            intrinsics,
            frames: Vec::new(),
            env: script_env.clone(),
            script_env,
            limits,
            source: Rc::new(source),
            host: Host::new(),
            last_value: Value::Undefined,
            record_completions: true,
            interrupt: Default::default(),
            fuel_left: limits.fuel.unwrap_or(u64::MAX),
            out_of_fuel: false,
            stdout: Sink::Stdout,
            stderr: Sink::Stderr,
            script_strict: false,
            later_top_level: Default::default(),
            suspend_points: Vec::new(),
            trace: None,
            trace_sites: Vec::new(),
            hooks: describe::Hooks::default(),
        }
    }

    pub fn global(&self) -> &ObjRef {
        &self.intrinsics.global
    }

    /// Runs a resolved program's top-level code (not the event loop). The top-level
    /// environment is grown to the slots the scope pass assigned.
    pub fn run_script(&mut self, program: &Program) -> JsResult<Value> {
        self.prepare_script_env(program);
        self.script_strict = program.has_use_strict;
        let this = Value::Object(self.new_object());
        self.trace_script();
        self.enter_frame(CallFrame {
            name: JsStr::from("Object.<anonymous>"),
            call_site: program.span,
            this,
            kind: FrameKind::Code,
            function: None,
            new_target: None,
        });
        self.env = self.script_env.clone();
        self.last_value = Value::Undefined;
        let result = self.run_top_level(program);
        self.leave_frames(0, Outcome::of(&result));
        self.env = self.script_env.clone();
        result.map(|_| self.last_value.clone())
    }

    /// Runs a program whose top level uses `await` the way node runs a module: as an async
    /// body (with `this` undefined). Returns the promise of its completion, which rejects
    /// with what the top level throws. The completion value is its fulfilment value.
    pub fn run_module(&mut self, program: Rc<Program>) -> JsResult<ObjRef> {
        self.prepare_script_env(&program);
        // Module code is always strict.
        self.script_strict = true;
        self.trace_script();
        self.last_value = Value::Undefined;
        let frame = CallFrame {
            name: JsStr::from("file:///"),
            call_site: program.span,
            this: Value::Undefined,
            kind: FrameKind::Code,
            function: None,
            new_target: None,
        };
        let task = coroutine::Task::new(Placement::Lane, move |interp, _first| {
            interp.env = interp.script_env.clone();
            interp.run_top_level(&program)?;
            Ok(interp.last_value.clone())
        });
        let promise = crate::builtins::async_fn::start(self, task, frame);
        self.frames.clear();
        self.env = self.script_env.clone();
        match promise? {
            Value::Object(p) => Ok(p),
            _ => unreachable!("an async body's result is a promise"),
        }
    }

    /// Grows the top-level environment to the slots the scope pass assigned and puts the
    /// top-level `let`/`const` in their dead zone.
    fn prepare_script_env(&mut self, program: &Program) {
        let layout = program.scope.get().expect("program was resolved");
        {
            let mut slots = self.script_env.slots.borrow_mut();
            if slots.len() < layout.slot_count as usize {
                slots.resize(layout.slot_count as usize, Value::Undefined);
            }
            for &s in &layout.tdz_slots {
                slots[s as usize] = Value::Empty;
            }
        }
    }

    fn run_top_level(&mut self, program: &Program) -> JsResult<()> {
        let layout = program.scope.get().expect("program was resolved");
        if layout.has_function_decls {
            self.instantiate_functions(&program.body)?;
        }
        for stmt in &program.body {
            match self.exec_stmt(stmt)? {
                Completion::Normal => {}
                // `return`/`break` at the top level are syntax errors the parser reports.
                _ => break,
            }
        }
        Ok(())
    }

    /// Calls `f` from the host (a timer or a job), with a fresh base frame.
    pub fn call_from_host(
        &mut self,
        f: &Value,
        this: Value,
        args: Vec<Value>,
        name: &str,
    ) -> JsResult<Value> {
        let base = self.frames.len();
        if base == 0 {
            let undefined_this = Value::Undefined;
            self.enter_frame(CallFrame {
                name: JsStr::from(name),
                call_site: Span::default(),
                this: undefined_this,
                kind: FrameKind::Host,
                function: None,
                new_target: None,
            });
        }
        let result = self.call(f, this, args, Span::default());
        self.leave_frames(base, Outcome::of(&result));
        self.env = self.script_env.clone();
        result
    }

    pub fn new_object(&self) -> ObjRef {
        heap::alloc_object(crate::value::object::Object::new(
            Some(self.intrinsics.object_proto.clone()),
            crate::value::object::ObjectKind::Ordinary,
        ))
    }

    /// The text of `span` in the running source (used for `x is not a function` messages).
    pub fn source_text(&self, span: Span) -> String {
        self.running_source().slice(span).to_string()
    }

    /// The source of the code on top of the stack: a function's own source (in the REPL, a
    /// function may come from an earlier input), else the script's.
    #[inline]
    pub fn running_source(&self) -> Rc<Source> {
        self.source_below(self.frames.len())
    }

    /// The source of the code running in the innermost JavaScript frame among the bottom
    /// `depth` frames: where the call site of frame `depth` lies.
    #[inline]
    pub fn source_below(&self, depth: usize) -> Rc<Source> {
        match self.frames[..depth]
            .iter()
            .rev()
            .find(|f| f.kind != FrameKind::Native)
        {
            Some(frame) => self.frame_source(frame),
            None => self.source.clone(),
        }
    }

    /// The source of the code a frame runs: its function's own (in the REPL, maybe an earlier
    /// input's), else the script's.
    #[inline]
    pub(crate) fn frame_source(&self, frame: &CallFrame) -> Rc<Source> {
        frame
            .function
            .as_ref()
            .and_then(|f| match &f.data.borrow().kind {
                crate::value::object::ObjectKind::Closure(c) => Some(c.source.clone()),
                _ => None,
            })
            .unwrap_or_else(|| self.source.clone())
    }
}
