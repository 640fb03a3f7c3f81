//! The hooks through which the evaluator and the event loop report steps. Each public hook
//! returns at once when tracing is off; the work is in the out-of-line `record_*` functions,
//! so the hot paths (calls and returns) pay one predictable branch.

use crate::builtins::promise::ReactionKind;
use crate::host::event_loop::{Job, TimerView};
use crate::interp::{CallFrame, FrameKind, Interp};
use crate::syntax::ast::Span;
use crate::value::Value;
use crate::value::heap::ObjRef;
use crate::value::object::ObjectKind;

use super::{
    Boxes, Cause, FrameInfo, JobInfo, JobKind, Outcome, Pos, StepKind, Stream, TimerInfo, Trace,
};

impl Interp {
    /// Pushes a frame onto the call stack, reporting it.
    // Inlined into every call site so the untraced path is a push and one branch.
    #[inline(always)]
    pub(crate) fn enter_frame(&mut self, frame: CallFrame) {
        self.frames.push(frame);
        if self.trace.is_some() {
            self.record_push();
        }
    }

    /// Pops the top frame, reporting how it left.
    #[inline(always)]
    pub(crate) fn leave_frame(&mut self, outcome: Outcome) -> Option<CallFrame> {
        if self.trace.is_some() {
            return self.leave_frame_traced(outcome);
        }
        self.frames.pop()
    }

    #[cold]
    #[inline(never)]
    fn leave_frame_traced(&mut self, outcome: Outcome) -> Option<CallFrame> {
        let frame = self.frames.pop()?;
        self.record_pop(&frame, outcome);
        Some(frame)
    }

    /// Pops frames down to `base` (the top one left with `outcome`, any others by a throw
    /// passing through them).
    #[inline(always)]
    pub(crate) fn leave_frames(&mut self, base: usize, outcome: Outcome) {
        if self.trace.is_some() {
            self.leave_frames_traced(base, outcome);
        } else {
            self.frames.truncate(base);
        }
    }

    #[cold]
    #[inline(never)]
    fn leave_frames_traced(&mut self, base: usize, outcome: Outcome) {
        let mut outcome = outcome;
        while self.frames.len() > base {
            self.leave_frame(outcome);
            outcome = Outcome::Throw;
        }
    }

    /// HostEnqueuePromiseJob and `queueMicrotask`: queues `job`, reporting it.
    #[inline]
    pub(crate) fn enqueue_job(&mut self, job: Job) {
        if self.trace.is_some() {
            self.record_enqueue(&job);
        }
        self.host.enqueue_job(job);
    }

    /// While tracing, the position of the call to the built-in running now (`.then(…)`), as
    /// a key for [`Interp::trace_site`]; 0 when there is none or tracing is off.
    #[inline]
    pub(crate) fn trace_builtin_call_site(&mut self) -> u32 {
        if self.trace.is_none() {
            return 0;
        }
        self.record_builtin_call_site()
    }

    #[cold]
    fn record_builtin_call_site(&mut self) -> u32 {
        match self.builtin_call_pos() {
            Some(pos) => {
                self.trace_sites.push(pos);
                self.trace_sites.len() as u32
            }
            None => 0,
        }
    }

    /// The site with key `key` (see [`Interp::trace_builtin_call_site`]).
    fn trace_site(&self, key: u32) -> Option<Pos> {
        let index = (key as usize).checked_sub(1)?;
        self.trace_sites.get(index).copied()
    }

    /// The main script (or a REPL input) starts.
    pub(crate) fn trace_script(&mut self) {
        if self.trace.is_some() {
            let name = self.source.name.clone();
            self.with_trace(|t| {
                t.tick = 0;
                t.running = None;
            });
            let step = self.record(StepKind::Script { name }, None, None);
            self.with_trace(|t| t.running = step);
        }
    }

    /// An async body reaches `await` at `site`.
    pub(crate) fn trace_await(&mut self, site: Span) {
        if self.trace.is_some() {
            let name = self
                .frames
                .last()
                .map_or_else(String::new, |f| f.name.to_string());
            let span = self.pos(site);
            let cause = self.current_cause();
            let step = self.record(StepKind::Await { name }, span, cause);
            self.with_trace(|t| t.pending_cause = step);
        }
    }

    /// An async body finished (its frame just left): what its promise's settling queues is
    /// caused by that step, until [`Interp::trace_cause_done`].
    pub(crate) fn trace_cause_is_last_pop(&mut self) {
        self.with_trace(|t| t.pending_cause = t.last_pop);
    }

    /// The await's continuation has been registered, or the finished body's promise settled:
    /// later enqueues have other causes.
    pub(crate) fn trace_cause_done(&mut self) {
        self.with_trace(|t| t.pending_cause = None);
    }

    pub(crate) fn trace_microtask_drain(&mut self, count: usize) {
        if self.trace.is_some() {
            self.record(StepKind::MicrotaskDrain { count }, None, None);
        }
    }

    /// The loop took the front job off the microtask queue and is about to run it.
    pub(crate) fn trace_microtask_run(&mut self) {
        let Some(job) = self.trace.as_mut().and_then(|t| t.jobs.pop_front()) else {
            return;
        };
        let cause = Cause {
            step: job.queued_at,
            span: job.span,
        };
        let (tick, site) = (job.tick, job.site);
        let step = self.record(StepKind::MicrotaskRun { job }, site, Some(cause));
        self.with_trace(|t| {
            t.tick = tick;
            t.running = step;
        });
    }

    /// A timer was set (by `setTimeout`/`setInterval`, or an interval re-armed).
    pub(crate) fn trace_timer_set(&mut self, id: u32) {
        if self.trace.is_none() {
            return;
        }
        let Some(timer) = self.host.timer(id).map(|t| timer_info(&t)) else {
            return;
        };
        let (span, cause) = match self.frames.last() {
            // Called from the program: the step is at the `setTimeout(…)` call.
            Some(f) => (self.pos(f.call_site), self.current_cause()),
            // Re-armed by the loop after the interval's run.
            None => (None, self.trace.as_ref().and_then(|t| t.running)),
        };
        let kind = StepKind::TimerSet {
            timer: timer.id,
            delay: timer.delay,
            repeat: timer.repeat,
            callback: timer.callback,
            due: timer.due,
        };
        if let Some(step) = self.record(kind, span, cause) {
            self.with_trace(|t| {
                t.timer_steps.insert(id, step);
            });
        }
    }

    pub(crate) fn trace_timer_clear(&mut self, id: u32, site: Span) {
        if self.trace.is_some() {
            let span = self.pos(site);
            let cause = self.trace.as_mut().and_then(|t| t.timer_steps.remove(&id));
            self.record(StepKind::TimerClear { timer: id }, span, cause);
        }
    }

    /// Timer `id` is due and now waits in the callback queue.
    pub(crate) fn trace_timer_expired(&mut self, id: u32) {
        if self.trace.is_none() {
            return;
        }
        let callback = self
            .host
            .timer(id)
            .map_or_else(String::new, |t| callable_name(t.callback));
        let cause = self
            .trace
            .as_ref()
            .and_then(|t| t.timer_steps.get(&id).copied());
        // Expiry and run point at the `setTimeout(…)` that set the timer.
        let site = cause.and_then(|c| c.span);
        if let Some(step) = self.record(
            StepKind::TimerExpire {
                timer: id,
                callback,
            },
            site,
            cause,
        ) {
            self.with_trace(|t| {
                t.timer_steps.insert(id, step);
            });
        }
    }

    /// The loop takes timer `id` from the callback queue to run `callback`.
    pub(crate) fn trace_timer_run(&mut self, id: u32, callback: &Value) {
        if self.trace.is_none() {
            return;
        }
        let cause = self.trace.as_mut().and_then(|t| t.timer_steps.remove(&id));
        let kind = StepKind::TimerRun {
            timer: id,
            callback: callable_name(callback),
        };
        let step = self.record(kind, cause.and_then(|c| c.span), cause);
        self.with_trace(|t| {
            t.tick = 0;
            t.running = step;
        });
    }

    pub(crate) fn trace_wait(&mut self, until: u64) {
        if self.trace.is_some() {
            self.record(StepKind::Wait { until }, None, None);
        }
    }

    pub(crate) fn trace_done(&mut self) {
        if self.trace.is_some() {
            self.record(StepKind::Done, None, None);
        }
    }

    /// The program wrote `text` (from `console.*` at the top frame's call site).
    pub(crate) fn trace_console(&mut self, stream: Stream, text: &str) {
        if self.trace.is_some() {
            let span = self.frames.last().and_then(|f| self.pos(f.call_site));
            let text = text.to_string();
            self.record(StepKind::Console { stream, text }, span, None);
        }
    }

    /// The program dies of an uncaught exception or an unhandled rejection (`error` is the
    /// report's first line).
    pub fn trace_fatal(&mut self, error: String, rejection: bool) {
        if self.trace.is_some() {
            let kind = if rejection {
                StepKind::UnhandledRejection { error }
            } else {
                StepKind::Uncaught { error }
            };
            let cause = self.trace.as_ref().and_then(|t| t.running);
            self.record(kind, None, cause);
        }
    }

    /// Ends the trace, if one is running (renderers write their footer or file).
    pub fn finish_trace(&mut self) {
        if let Some(t) = &mut self.trace {
            t.finish();
        }
    }

    /// A frame's name as the trace shows it: built-ins with their receiver, as V8's stack
    /// traces name them (`console.log`, `Promise.resolve`, `Promise.then`, `Array.map`), and
    /// a nameless built-in (a promise's `resolve`) by the name the code called it by.
    fn frame_label(&self, frame: &CallFrame) -> String {
        if frame.kind != FrameKind::Native {
            return display_name(frame);
        }
        if frame.name.is_empty() {
            return callee_identifier(self.source.slice(frame.call_site))
                .unwrap_or("<anonymous>")
                .to_string();
        }
        match receiver_name(&frame.this, self.global()) {
            Some(receiver) => format!("{receiver}.{}", frame.name),
            None => frame.name.to_string(),
        }
    }

    fn with_trace(&mut self, f: impl FnOnce(&mut Trace)) {
        if let Some(t) = &mut self.trace {
            f(t);
        }
    }

    /// Where the built-in on top of the stack (if one is) was called.
    fn builtin_call_pos(&self) -> Option<Pos> {
        let frame = self.frames.last().filter(|f| f.kind == FrameKind::Native)?;
        self.pos(frame.call_site)
    }

    /// `span` as a position in the running code's source (in the REPL, a function from an
    /// earlier input runs in that input's source).
    fn pos(&self, span: Span) -> Option<Pos> {
        let source = self.running_source();
        self.trace.as_ref()?.pos_in(&source.text, span)
    }

    /// What the code running now was started by: the top frame's push step, or else the
    /// step that runs the current job or timer.
    fn current_cause(&self) -> Option<Cause> {
        let t = self.trace.as_ref()?;
        t.frame_steps.last().copied().flatten().or(t.running)
    }

    #[cold]
    fn record_push(&mut self) {
        let frame = self.frames.last().expect("just pushed");
        if is_plumbing(frame) {
            let running = self.trace.as_ref().and_then(|t| t.running);
            self.with_trace(|t| t.frame_steps.push(running));
            return;
        }
        let kind = StepKind::Push {
            name: self.frame_label(frame),
            frame: frame.kind,
        };
        // The call site is in the caller's code.
        let caller = self.source_below(self.frames.len() - 1);
        let span = self
            .trace
            .as_ref()
            .and_then(|t| t.pos_in(&caller.text, frame.call_site));
        let cause = match frame.kind {
            // Resumed by the job that ran its continuation.
            FrameKind::AsyncResume => self.trace.as_ref().and_then(|t| t.running),
            _ => None,
        };
        let step = self.record(kind, span, cause);
        self.with_trace(|t| t.frame_steps.push(step));
    }

    #[cold]
    fn record_pop(&mut self, frame: &CallFrame, outcome: Outcome) {
        self.with_trace(|t| {
            t.frame_steps.pop();
        });
        if is_plumbing(frame) {
            return;
        }
        let kind = StepKind::Pop {
            name: self.frame_label(frame),
            outcome,
        };
        let step = self.record(kind, None, None);
        self.with_trace(|t| t.last_pop = step);
    }

    #[cold]
    fn record_enqueue(&mut self, job: &Job) {
        let (kind, name) = describe_job(job, self.global());
        let Some(t) = self.trace.as_ref() else {
            return;
        };
        let tick = t.tick + 1;
        let cause = t.pending_cause.or_else(|| self.current_cause());
        let attached_at = match job {
            Job::Reaction { reaction, .. } => self.trace_site(reaction.site),
            _ => None,
        };
        // Queued by a built-in (`then`, `resolve`): at its call; else (a promise settled by
        // returning from a handler) at the `.then` that attached the job's handler.
        let span = self
            .builtin_call_pos()
            .or(attached_at)
            .or_else(|| cause.and_then(|c| c.span));
        // The job joins the queue before its step is recorded, so the step's boxes show it.
        let info = JobInfo {
            kind,
            name,
            tick,
            queued_at: t.steps + 1,
            span,
            site: attached_at.or(span),
        };
        self.with_trace(|t| t.jobs.push_back(info.clone()));
        self.record(StepKind::MicrotaskEnqueue { job: info }, span, cause);
    }

    /// Records one step; returns it as a cause for later steps.
    #[cold]
    fn record(&mut self, kind: StepKind, span: Option<Pos>, cause: Option<Cause>) -> Option<Cause> {
        let mut trace = self.trace.take()?;
        trace.steps += 1;
        let boxes = trace.render.wants_boxes().then(|| self.boxes(&trace));
        let step = super::Step {
            n: trace.steps,
            t: self.host.now_ms(),
            kind,
            span,
            cause,
            boxes,
        };
        trace.render.step(&step);
        self.trace = Some(trace);
        Some(Cause { step: step.n, span })
    }

    fn boxes(&self, trace: &Trace) -> Boxes {
        // Each frame's call site is in the source of the JavaScript frame below it.
        let mut caller = self.source.clone();
        let mut stack = Vec::new();
        for f in &self.frames {
            if !is_plumbing(f) {
                stack.push(FrameInfo {
                    name: self.frame_label(f),
                    kind: f.kind,
                    call_site: trace.pos_in(&caller.text, f.call_site),
                });
            }
            if f.kind != FrameKind::Native {
                caller = self.frame_source(f);
            }
        }
        Boxes {
            stack,
            webapis: self.host.waiting_timers().iter().map(timer_info).collect(),
            callbacks: self
                .host
                .queued_callbacks()
                .map(|t| timer_info(&t))
                .collect(),
            microtasks: trace.jobs.iter().cloned().collect(),
        }
    }
}

fn timer_info(t: &TimerView<'_>) -> TimerInfo {
    TimerInfo {
        id: t.id,
        delay: t.delay,
        due: t.due,
        repeat: t.repeat,
        callback: callable_name(t.callback),
    }
}

/// A job's kind and the name of what it will run.
fn describe_job(job: &Job, global: &ObjRef) -> (JobKind, String) {
    match job {
        Job::Reaction { reaction, .. } => match awaiting_function(&reaction.handler) {
            Some(name) => (JobKind::AwaitContinuation, name),
            None if matches!(reaction.handler, Value::Undefined) => (
                JobKind::PromiseReaction,
                "(no handler: passes the outcome on)".to_string(),
            ),
            None if is_resolving_function(&reaction.handler) => {
                let settle = match reaction.kind {
                    ReactionKind::Fulfill => "resolve",
                    ReactionKind::Reject => "reject",
                };
                let name = format!("{settle} of the adopting promise");
                (JobKind::PromiseReaction, name)
            }
            None => (JobKind::PromiseReaction, callable_name(&reaction.handler)),
        },
        Job::ResolveThenable { thenable, then, .. } => {
            let name = match receiver_name(thenable, global) {
                Some(receiver) => format!("{receiver}.{}", callable_name(then)),
                None => callable_name(then),
            };
            (JobKind::ThenableResolution, name)
        }
        Job::Callback(f) => (JobKind::QueueMicrotask, callable_name(f)),
    }
}

/// A promise's resolve or reject function (a nameless built-in holding the promise and its
/// once-only flag).
fn is_resolving_function(handler: &Value) -> bool {
    let Value::Object(f) = handler else {
        return false;
    };
    match &f.data.borrow().kind {
        ObjectKind::Native(n) => matches!(
            n.data.get(1),
            Some(Value::Object(flag)) if matches!(flag.data.borrow().kind, ObjectKind::ResolvedFlag(_))
        ),
        _ => false,
    }
}

/// For an await continuation (a native closure holding the suspended call), the name of the
/// async function it resumes.
fn awaiting_function(handler: &Value) -> Option<String> {
    let Value::Object(f) = handler else {
        return None;
    };
    let data = f.data.borrow();
    let ObjectKind::Native(native) = &data.kind else {
        return None;
    };
    match native.data.first() {
        Some(Value::Object(holder)) => crate::builtins::async_fn::function_name(holder),
        _ => None,
    }
}

/// How a trace names a callable: its function name, or `<anonymous>`.
pub fn callable_name(v: &Value) -> String {
    let Value::Object(f) = v else {
        return "<anonymous>".to_string();
    };
    let name = object_function_name(f);
    if name.is_empty() {
        "<anonymous>".to_string()
    } else {
        name
    }
}

fn object_function_name(f: &ObjRef) -> String {
    match &f.data.borrow().kind {
        ObjectKind::Closure(c) => crate::interp::function_name(&c.func).to_string(),
        ObjectKind::Native(n) => n.name().to_string(),
        _ => String::new(),
    }
}

/// Frames that are minnow's bookkeeping rather than part of the picture: the host's base frame
/// under a job or timer, and the nameless built-in closures jobs call (an `await`'s resume
/// function, a combinator's element function).
fn is_plumbing(frame: &CallFrame) -> bool {
    frame.kind == FrameKind::Host
        || (frame.kind == FrameKind::Native
            && frame.name.is_empty()
            && frame.call_site == Span::default())
}

/// A JavaScript frame's name (`<anonymous>` when it has none).
fn display_name(frame: &CallFrame) -> String {
    if frame.name.is_empty() {
        "<anonymous>".to_string()
    } else {
        frame.name.to_string()
    }
}

/// `resolve` in `resolve(value)`: the identifier a call's text starts with, if the callee is
/// a plain identifier.
fn callee_identifier(call: &str) -> Option<&str> {
    let end = call
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(call.len());
    let (name, rest) = call.split_at(end);
    let starts_well = name.chars().next().is_some_and(|c| !c.is_ascii_digit());
    (starts_well && rest.trim_start().starts_with('(')).then_some(name)
}

/// What a built-in's receiver is called: a constructor's own name, an object's
/// `Symbol.toStringTag`, or its constructor's name. Reads data properties only (never runs
/// a getter), so tracing cannot change what the program does.
fn receiver_name(this: &Value, global: &ObjRef) -> Option<String> {
    let object = match this {
        Value::Object(o) => o,
        Value::String(_) => return Some("String".into()),
        Value::Number(_) => return Some("Number".into()),
        Value::Bool(_) => return Some("Boolean".into()),
        _ => return None,
    };
    if std::rc::Rc::ptr_eq(object, global) {
        return None;
    }
    if matches!(
        object.data.borrow().kind,
        ObjectKind::Closure(_) | ObjectKind::Native(_)
    ) {
        return Some(callable_name(this));
    }
    let tag = crate::value::symbol::to_string_tag_key();
    let mut current = Some(object.clone());
    let mut constructor = None;
    while let Some(o) = current {
        let data = o.data.borrow();
        if let Some(Value::String(s)) = data.props.get(&tag).and_then(|p| p.data_value()) {
            return Some(s.to_string());
        }
        if constructor.is_none()
            && let Some(c @ Value::Object(_)) =
                data.props.get("constructor").and_then(|p| p.data_value())
        {
            constructor = Some(callable_name(c));
        }
        current = data.proto.clone();
    }
    constructor
}
