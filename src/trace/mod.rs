//! The event-loop visualiser: a record of every step the runtime takes, in the picture the
//! explanations of JavaScript draw — the call stack, the Web APIs holding timers, the callback
//! (macrotask) queue and the microtask (job) queue — and the renderers that show it.
//!
//! The evaluator and the event loop report steps through the `trace_*` hooks in [`record`];
//! each hook is one test of `Interp::trace` when tracing is off. A step carries *why* it
//! happened: the earlier step that caused it (a microtask's run points at the step that queued
//! it, which points at the call that settled the promise) and the microtask tick.
//!
//! Invariants:
//! - `Trace::frame_steps` runs parallel to `Interp::frames`, and `Trace::jobs` parallel to the
//!   host's microtask queue: every push, pop, enqueue and dequeue is reported.
//! - Recording never runs JavaScript and never touches the heap: a traced run does exactly
//!   what an untraced one does.
//!
//! Renderers: [`text`] (the narration on stderr), [`json`] (JSON Lines, schema in the README),
//! [`chrome`] (trace-event format for Perfetto), [`html`] (a self-contained player page).

pub mod chrome;
pub mod html;
pub mod json;
mod record;
pub mod text;

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::interp::FrameKind;
use crate::syntax::ast::Span;

/// Which picture `--trace` draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Chrome,
    Html,
}

/// A source position as traces show it: 1-based lines and columns (in characters) and the
/// byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub start: u32,
    pub end: u32,
}

/// The earlier step a step happened because of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cause {
    pub step: u64,
    pub span: Option<Pos>,
}

/// What kind of microtask a job is (the names the JSON schema uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// A `then`/`catch`/`finally` handler (or a combinator's internal one).
    PromiseReaction,
    /// The rest of an async function after an `await`.
    AwaitContinuation,
    /// Adopting the state of a promise or thenable a promise was resolved with.
    ThenableResolution,
    QueueMicrotask,
}

impl JobKind {
    pub fn id(self) -> &'static str {
        match self {
            JobKind::PromiseReaction => "promise-reaction",
            JobKind::AwaitContinuation => "await-continuation",
            JobKind::ThenableResolution => "thenable-resolution",
            JobKind::QueueMicrotask => "queue-microtask",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            JobKind::PromiseReaction => "promise reaction",
            JobKind::AwaitContinuation => "await continuation",
            JobKind::ThenableResolution => "thenable resolution",
            JobKind::QueueMicrotask => "queueMicrotask callback",
        }
    }
}

/// A microtask as the Microtask Queue box shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct JobInfo {
    pub kind: JobKind,
    /// The handler it runs (a function name, `<anonymous>`, or what a built-in does).
    pub name: String,
    /// The microtask tick: 1 for a job queued by a macrotask (the script, a timer callback),
    /// one more than its enqueuer's for a job queued by a job.
    pub tick: u32,
    pub queued_at: u64,
    /// Where it was queued (the step's position).
    pub span: Option<Pos>,
    /// Where its run step points: the `.then(…)` that attached a reaction's handler, else
    /// where the job was queued.
    pub site: Option<Pos>,
}

impl JobInfo {
    /// "queue promise reaction → then1 (tick 2)", with `verb` saying what happens to it.
    fn narrate(&self, verb: &str) -> String {
        format!(
            "{verb} {} → {} (tick {})",
            self.kind.describe(),
            self.name,
            self.tick
        )
    }
}

/// How a frame left the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Return,
    Throw,
    /// A generator's `yield` or an async function's `await`: the frame leaves the stack but
    /// its body lives on in its task.
    Suspend,
}

impl Outcome {
    pub fn of<T, E>(result: &Result<T, E>) -> Outcome {
        match result {
            Ok(_) => Outcome::Return,
            Err(_) => Outcome::Throw,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Return => "return",
            Outcome::Throw => "throw",
            Outcome::Suspend => "suspend",
        }
    }
}

pub fn frame_kind_id(kind: FrameKind) -> &'static str {
    match kind {
        FrameKind::Code => "code",
        FrameKind::Native => "native",
        FrameKind::Host => "host",
        FrameKind::AsyncResume => "resume",
    }
}

/// What happened in one step.
#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    /// The loop starts the main script.
    Script {
        name: String,
    },
    Push {
        name: String,
        frame: FrameKind,
    },
    Pop {
        name: String,
        outcome: Outcome,
    },
    /// An async function reaches `await` (it is about to leave the stack).
    Await {
        name: String,
    },
    /// A Web API takes a task: `setTimeout`/`setInterval` (or an interval re-armed).
    TimerSet {
        timer: u32,
        delay: u64,
        repeat: bool,
        callback: String,
        due: u64,
    },
    TimerClear {
        timer: u32,
    },
    /// A timer is due: its callback enters the callback queue.
    TimerExpire {
        timer: u32,
        callback: String,
    },
    /// The stack is empty and the loop takes a callback from the callback queue.
    TimerRun {
        timer: u32,
        callback: String,
    },
    MicrotaskEnqueue {
        job: JobInfo,
    },
    /// The stack is empty: the loop drains the microtask queue.
    MicrotaskDrain {
        count: usize,
    },
    MicrotaskRun {
        job: JobInfo,
    },
    /// Nothing can run until the next timer is due.
    Wait {
        until: u64,
    },
    /// The program wrote to stdout or stderr.
    Console {
        stream: Stream,
        text: String,
    },
    Uncaught {
        error: String,
    },
    UnhandledRejection {
        error: String,
    },
    /// Nothing is pending: the loop ends.
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl StepKind {
    /// The schema's name for the kind.
    pub fn id(&self) -> &'static str {
        match self {
            StepKind::Script { .. } => "script",
            StepKind::Push { .. } => "push",
            StepKind::Pop { .. } => "pop",
            StepKind::Await { .. } => "await",
            StepKind::TimerSet { .. } => "timer-set",
            StepKind::TimerClear { .. } => "timer-clear",
            StepKind::TimerExpire { .. } => "timer-expire",
            StepKind::TimerRun { .. } => "timer-run",
            StepKind::MicrotaskEnqueue { .. } => "microtask-enqueue",
            StepKind::MicrotaskDrain { .. } => "microtask-drain",
            StepKind::MicrotaskRun { .. } => "microtask-run",
            StepKind::Wait { .. } => "wait",
            StepKind::Console { .. } => "console",
            StepKind::Uncaught { .. } => "uncaught",
            StepKind::UnhandledRejection { .. } => "unhandled-rejection",
            StepKind::Done => "done",
        }
    }

    /// Which of the pictures' parts the step is about (the text trace's second column).
    pub fn area(&self) -> Area {
        match self {
            StepKind::Script { .. }
            | StepKind::MicrotaskDrain { .. }
            | StepKind::Wait { .. }
            | StepKind::TimerRun { .. }
            | StepKind::Done => Area::Loop,
            StepKind::Push { .. } | StepKind::Pop { .. } | StepKind::Await { .. } => Area::Stack,
            StepKind::TimerSet { .. } | StepKind::TimerClear { .. } => Area::WebApis,
            StepKind::TimerExpire { .. } => Area::Callbacks,
            StepKind::MicrotaskEnqueue { .. } | StepKind::MicrotaskRun { .. } => Area::Microtasks,
            StepKind::Console { .. } => Area::Console,
            StepKind::Uncaught { .. } | StepKind::UnhandledRejection { .. } => Area::Error,
        }
    }

    /// The step in words (without its cause), as the text trace and the page show it.
    pub fn narrate(&self) -> String {
        match self {
            StepKind::Script { name } => format!("run the main script {name}"),
            StepKind::Push { name, frame } => match frame {
                FrameKind::Host => format!("push {name} (the host calls in)"),
                FrameKind::AsyncResume => format!("push {name} (resumed after await)"),
                FrameKind::Native => format!("push {name} (built-in)"),
                FrameKind::Code => format!("push {name}"),
            },
            StepKind::Pop { name, outcome } => match outcome {
                Outcome::Return => format!("pop {name}"),
                Outcome::Throw => format!("pop {name} (threw)"),
                Outcome::Suspend => format!("pop {name} (suspended: its body waits in a task)"),
            },
            StepKind::Await { name } => format!("{name} awaits: it leaves the stack"),
            StepKind::TimerSet {
                timer,
                delay,
                repeat,
                callback,
                due,
            } => {
                let api = if *repeat { "setInterval" } else { "setTimeout" };
                format!("timer #{timer}: {api} {delay} ms, holds {callback} (due at {due} ms)")
            }
            StepKind::TimerClear { timer } => format!("timer #{timer} cleared"),
            StepKind::TimerExpire { timer, callback } => {
                format!("timer #{timer} expired: {callback} enters the callback queue")
            }
            StepKind::TimerRun { timer, callback } => {
                format!("stack empty → taking timer #{timer} ({callback}) from the callback queue")
            }
            StepKind::MicrotaskEnqueue { job } => job.narrate("queue"),
            StepKind::MicrotaskDrain { count } => {
                let s = if *count == 1 { "" } else { "s" };
                format!("stack empty → draining {count} microtask{s}")
            }
            StepKind::MicrotaskRun { job } => job.narrate("run"),
            StepKind::Wait { until } => {
                format!("nothing to run → waiting for the next timer (due at {until} ms)")
            }
            StepKind::Console { text, .. } => text.trim_end_matches('\n').to_string(),
            StepKind::Uncaught { error } => format!("uncaught {error}"),
            StepKind::UnhandledRejection { error } => format!("unhandled rejection {error}"),
            StepKind::Done => "nothing pending → the loop ends".to_string(),
        }
    }
}

/// The parts of the picture, for the text trace's column and colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Loop,
    Stack,
    WebApis,
    Callbacks,
    Microtasks,
    Console,
    Error,
}

impl Area {
    pub fn label(self) -> &'static str {
        match self {
            Area::Loop => "loop",
            Area::Stack => "stack",
            Area::WebApis => "web api",
            Area::Callbacks => "callbacks",
            Area::Microtasks => "microtask",
            Area::Console => "console",
            Area::Error => "error",
        }
    }
}

/// A frame as the Call Stack box shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameInfo {
    pub name: String,
    pub kind: FrameKind,
    pub call_site: Option<Pos>,
}

/// A timer as the Web APIs and Callback Queue boxes show it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimerInfo {
    pub id: u32,
    pub delay: u64,
    pub due: u64,
    pub repeat: bool,
    pub callback: String,
}

/// The four boxes after a step.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Boxes {
    /// Bottom first.
    pub stack: Vec<FrameInfo>,
    pub webapis: Vec<TimerInfo>,
    /// Front (next to run) first.
    pub callbacks: Vec<TimerInfo>,
    pub microtasks: Vec<JobInfo>,
}

/// One step of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// 1-based, consecutive.
    pub n: u64,
    /// The loop's clock (ms): virtual under `--virtual-time`.
    pub t: f64,
    pub kind: StepKind,
    pub span: Option<Pos>,
    pub cause: Option<Cause>,
    /// Filled in only for renderers that ask for them.
    pub boxes: Option<Boxes>,
}

impl Step {
    /// "← step 12 (3:5)": what the step happened because of.
    pub fn why(&self) -> Option<String> {
        let cause = self.cause?;
        Some(match cause.span {
            Some(p) => format!("← step {} ({}:{})", cause.step, p.line, p.col),
            None => format!("← step {}", cause.step),
        })
    }
}

/// A renderer: receives the steps in order.
pub trait Render {
    fn step(&mut self, step: &Step);
    /// After the last step (write a footer, a file).
    fn finish(&mut self) {}
    /// Whether steps should carry the four boxes (they cost a copy of the stack each).
    fn wants_boxes(&self) -> bool;
}

/// What the runtime knows while tracing: the step counter, the causes it will need later,
/// and the renderer.
pub struct Trace {
    render: Box<dyn Render>,
    steps: u64,
    /// The line index of each source positions were asked in (one for a file; in the REPL,
    /// one per input whose code ran), found by the identity of the source text.
    lines: RefCell<Vec<LineIndex>>,
    /// The push step of each frame on `Interp::frames` (parallel to it).
    frame_steps: Vec<Option<Cause>>,
    /// Parallel to the host's microtask queue.
    jobs: VecDeque<JobInfo>,
    /// The step that set each pending timer (and the one that moved it to the callback queue).
    timer_steps: HashMap<u32, Cause>,
    /// The tick of the running microtask (0 while a macrotask runs).
    tick: u32,
    /// The step the next enqueue is attributed to, when it is not the running code: an
    /// `await` (its continuation) or a finished async body (its promise settling).
    pending_cause: Option<Cause>,
    /// The latest pop step.
    last_pop: Option<Cause>,
    /// Set while a job runs: the step that ran it (the cause of what it enqueues when no
    /// frame of its own is on the stack).
    running: Option<Cause>,
}

impl Trace {
    pub fn new(render: Box<dyn Render>) -> Trace {
        Trace {
            render,
            steps: 0,
            lines: RefCell::new(Vec::new()),
            frame_steps: Vec::new(),
            jobs: VecDeque::new(),
            timer_steps: HashMap::new(),
            tick: 0,
            pending_cause: None,
            last_pop: None,
            running: None,
        }
    }

    /// Ends the trace (the renderer writes its footer or file).
    pub fn finish(&mut self) {
        self.render.finish();
    }

    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// `span` as a position in the source whose text is `text`.
    fn pos_in(&self, text: &Rc<str>, span: Span) -> Option<Pos> {
        if span == Span::default() {
            return None;
        }
        let mut lines = self.lines.borrow_mut();
        if let Some(index) = lines.iter().find(|l| Rc::ptr_eq(&l.text, text)) {
            return Some(index.pos(span));
        }
        let index = LineIndex::new(text.clone());
        let pos = index.pos(span);
        lines.push(index);
        Some(pos)
    }
}

/// Byte offset → line and column, in O(log lines).
struct LineIndex {
    text: Rc<str>,
    starts: Vec<u32>,
}

impl LineIndex {
    fn new(text: Rc<str>) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineIndex { text, starts }
    }

    fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.text.len() as u32);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line] as usize;
        let mut end = offset as usize;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[start..end].chars().count() as u32 + 1;
        (line as u32 + 1, col)
    }

    fn pos(&self, span: Span) -> Pos {
        let (line, col) = self.line_col(span.start);
        let (end_line, end_col) = self.line_col(span.end);
        Pos {
            line,
            col,
            end_line,
            end_col,
            start: span.start,
            end: span.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_characters_from_one() {
        let index = LineIndex::new("ab\nçd\n".into());
        assert_eq!(index.line_col(0), (1, 1));
        assert_eq!(index.line_col(3), (2, 1));
        // 'ç' is two bytes: 'd' is the second character of line 2.
        assert_eq!(index.line_col(5), (2, 2));
        assert_eq!(index.line_col(7), (3, 1));
    }
}
