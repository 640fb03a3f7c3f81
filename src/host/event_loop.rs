//! The host event loop: the microtask (job) queue, the timers ("Web APIs" that hold callbacks
//! until they are due), and the loop that moves work onto the empty call stack the way node
//! does.
//!
//! Rules reproduced (see `shared/semantics.md`; each is a conformance case):
//! - after the script, and after every timer callback, the microtask queue is drained
//!   completely (including jobs queued by jobs), then unhandled rejections are checked;
//! - timers live in one FIFO list per delay value; the list whose first timer is due earliest
//!   runs next, and runs every one of its timers that is due by the loop's `now` before any
//!   other list is looked at;
//! - the loop sleeps until the next timer is due (no busy waiting) and ends when nothing is
//!   pending;
//! - when the loop looks at the timers, every timer due by then moves into the callback
//!   (macrotask) queue in the order it will run; a `clearTimeout` still removes it from there.
//!
//! Time is real, or virtual (`--virtual-time`, see [`Clock`]): then the loop jumps to the next
//! due time instead of sleeping, and synchronous code takes no time at all.
//!
//! Every step the visualiser narrates is reported to [`crate::trace`] from here and from the
//! evaluator; with tracing off each report is one test of an `Option`.
//!
//! The evaluator and the builtins reach this module only through [`Host`]'s methods.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use crate::builtins::promise::{self, Reaction};
use crate::interp::{Exception, Interp};
use crate::value::Value;
use crate::value::heap::ObjRef;

/// A microtask.
#[derive(Debug)]
pub enum Job {
    /// PromiseReactionJob: run a `then` handler with a settled promise's value.
    Reaction { reaction: Reaction, argument: Value },
    /// NewPromiseResolveThenableJob: adopt the state of a thenable.
    ResolveThenable {
        promise: ObjRef,
        thenable: Value,
        then: Value,
    },
    /// `queueMicrotask(callback)`.
    Callback(Value),
}

/// A pending `setTimeout` or `setInterval`.
#[derive(Debug)]
struct Timer {
    callback: Value,
    args: Vec<Value>,
    /// Loop time (whole milliseconds since start) when the timer was created (for an
    /// interval: when its last run started).
    start: u64,
    delay: u64,
    /// True for `setInterval`: re-armed after each run unless cleared meanwhile.
    repeat: bool,
}

/// A pending timer as the visualiser shows it.
#[derive(Debug, Clone, Copy)]
pub struct TimerView<'a> {
    pub id: u32,
    pub delay: u64,
    /// Loop time (ms) when it is due.
    pub due: u64,
    pub repeat: bool,
    pub callback: &'a Value,
}

impl<'a> TimerView<'a> {
    fn new(id: u32, t: &'a Timer) -> TimerView<'a> {
        TimerView {
            id,
            delay: t.delay,
            due: t.start + t.delay,
            repeat: t.repeat,
            callback: &t.callback,
        }
    }
}

fn unix_time_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// A pending timer as the REPL shows it.
#[derive(Debug, Clone)]
pub struct TimerInfo {
    pub id: u32,
    pub delay: u64,
    pub due_in_ms: u64,
    pub callback: Value,
}

/// The timers sharing one delay value, in creation order.
#[derive(Debug, Default)]
struct TimerList {
    ids: VecDeque<u32>,
    /// Creation order of the list, to break ties between lists due at the same time.
    seq: u64,
}

/// The loop's clock.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// Wall-clock time since the runtime started.
    Real { origin: Instant },
    /// `--virtual-time`: moves only when the loop jumps to the next due timer — and by one
    /// millisecond each time JavaScript reads it (`Date.now()`, `performance.now()`), so a
    /// loop that spins until the clock passes a deadline still ends, after as many reads as
    /// milliseconds, and the same way on every run.
    Virtual { micros: u64 },
}

/// The host side of the runtime: queues and clocks.
pub struct Host {
    microtasks: VecDeque<Job>,
    timers: HashMap<u32, Timer>,
    /// The callback (macrotask) queue: timers that are due, in the order they run.
    callback_queue: VecDeque<(u32, Timer)>,
    lists: HashMap<u64, TimerList>,
    next_timer_id: u32,
    next_list_seq: u64,
    /// Rejected promises with no handler yet, in rejection order.
    pending_rejections: Vec<ObjRef>,
    clock: Clock,
    /// The Unix time (ms) when the runtime started: `Date.now()` under virtual time counts
    /// from here.
    epoch_ms: f64,
    /// The interval whose callback is running, and whether it was cleared during the run.
    running_interval: Option<(u32, bool)>,
}

/// Why the program stopped early.
#[derive(Debug)]
pub enum Fatal {
    /// An exception nobody caught (in the script, a timer or a microtask).
    Uncaught(Exception),
    /// A promise rejected with no handler by the end of a microtask drain.
    UnhandledRejection(Value),
}

impl Default for Host {
    fn default() -> Host {
        Host::new()
    }
}

impl Host {
    pub fn new() -> Host {
        Host {
            microtasks: VecDeque::new(),
            timers: HashMap::new(),
            callback_queue: VecDeque::new(),
            lists: HashMap::new(),
            next_timer_id: 1,
            next_list_seq: 0,
            pending_rejections: Vec::new(),
            clock: Clock::Real {
                origin: Instant::now(),
            },
            epoch_ms: unix_time_ms(),
            running_interval: None,
        }
    }

    /// Switches to virtual time (before anything has run).
    pub fn use_virtual_time(&mut self) {
        self.clock = Clock::Virtual { micros: 0 };
    }

    pub fn is_virtual_time(&self) -> bool {
        matches!(self.clock, Clock::Virtual { .. })
    }

    /// HostEnqueuePromiseJob (and `queueMicrotask`).
    pub fn enqueue_job(&mut self, job: Job) {
        self.microtasks.push_back(job);
    }

    /// Milliseconds since the runtime started (the loop's clock).
    pub fn now_ms(&self) -> f64 {
        match self.clock {
            Clock::Real { origin } => origin.elapsed().as_secs_f64() * 1000.0,
            Clock::Virtual { micros } => micros as f64 / 1000.0,
        }
    }

    fn now_whole_ms(&self) -> u64 {
        match self.clock {
            Clock::Real { origin } => origin.elapsed().as_millis() as u64,
            Clock::Virtual { micros } => micros / 1000,
        }
    }

    /// `performance.now()`: the loop's clock, read by JavaScript.
    pub fn read_clock_ms(&mut self) -> f64 {
        if let Clock::Virtual { micros } = &mut self.clock {
            *micros += 1000;
        }
        self.now_ms()
    }

    /// `Date.now()`: Unix time in whole milliseconds (virtual under virtual time).
    pub fn read_date_ms(&mut self) -> f64 {
        match self.clock {
            Clock::Real { .. } => unix_time_ms().floor(),
            Clock::Virtual { .. } => (self.epoch_ms + self.read_clock_ms()).floor(),
        }
    }

    /// Waits until loop time `due` (whole ms): sleeps, or under virtual time jumps there.
    fn wait_until(&mut self, due: u64) {
        match &mut self.clock {
            Clock::Real { .. } => {
                let now = self.now_whole_ms();
                if due > now {
                    std::thread::sleep(Duration::from_millis(due - now));
                }
            }
            Clock::Virtual { micros } => *micros = (*micros).max(due * 1000),
        }
    }

    /// Registers a timer; `delay` is already coerced to whole milliseconds ≥ 1.
    pub fn set_timer(&mut self, callback: Value, args: Vec<Value>, delay: u64) -> u32 {
        self.add_timer(callback, args, delay, false)
    }

    /// Registers an interval: like a timer, re-armed after each run (`setInterval`).
    pub fn set_interval(&mut self, callback: Value, args: Vec<Value>, delay: u64) -> u32 {
        self.add_timer(callback, args, delay, true)
    }

    fn add_timer(&mut self, callback: Value, args: Vec<Value>, delay: u64, repeat: bool) -> u32 {
        let id = self.next_timer_id;
        self.next_timer_id += 1;
        let start = self.now_whole_ms();
        self.insert_timer(
            id,
            Timer {
                callback,
                args,
                start,
                delay,
                repeat,
            },
        );
        id
    }

    /// Appends a timer to the end of the list for its delay (node's `insert`).
    fn insert_timer(&mut self, id: u32, timer: Timer) {
        let delay = timer.delay;
        self.timers.insert(id, timer);
        let seq = &mut self.next_list_seq;
        self.lists
            .entry(delay)
            .or_insert_with(|| {
                *seq += 1;
                TimerList {
                    ids: VecDeque::new(),
                    seq: *seq,
                }
            })
            .ids
            .push_back(id);
    }

    /// `clearTimeout(id)`: unknown or already-run ids are ignored. Returns whether a pending
    /// timer (waiting, or due in the callback queue) was removed.
    pub fn clear_timer(&mut self, id: u32) -> bool {
        let mut removed = self.timers.remove(&id).is_some();
        if let Some(i) = self.callback_queue.iter().position(|(t, _)| *t == id) {
            self.callback_queue.remove(i);
            removed = true;
        }
        if let Some((running, cleared)) = &mut self.running_interval
            && *running == id
        {
            *cleared = true;
        }
        removed
    }

    /// The timers the Web APIs hold (not yet due), by due time: (id, timer).
    pub fn waiting_timers(&self) -> Vec<TimerView<'_>> {
        let mut out: Vec<TimerView> = self
            .timers
            .iter()
            .map(|(&id, t)| TimerView::new(id, t))
            .collect();
        out.sort_by_key(|t| (t.due, t.id));
        out
    }

    /// The callback queue, front first.
    pub fn queued_callbacks(&self) -> impl Iterator<Item = TimerView<'_>> {
        self.callback_queue
            .iter()
            .map(|(id, t)| TimerView::new(*id, t))
    }

    /// The callback of pending timer `id` (waiting or queued).
    pub fn timer(&self, id: u32) -> Option<TimerView<'_>> {
        if let Some(t) = self.timers.get(&id) {
            return Some(TimerView::new(id, t));
        }
        self.queued_callbacks().find(|t| t.id == id)
    }

    /// The pending timers in the order they will run (for the REPL's `.queues`): those
    /// already in the callback queue, then the waiting ones by due time.
    pub fn describe_timers(&self) -> Vec<TimerInfo> {
        let now = self.now_whole_ms();
        self.queued_callbacks()
            .chain(self.waiting_timers())
            .map(|t| TimerInfo {
                id: t.id,
                delay: t.delay,
                due_in_ms: t.due.saturating_sub(now),
                callback: t.callback.clone(),
            })
            .collect()
    }

    fn clear_all_timers(&mut self) {
        self.timers.clear();
        self.lists.clear();
        self.callback_queue.clear();
    }

    /// HostPromiseRejectionTracker(promise, "reject").
    pub fn track_rejection(&mut self, promise: ObjRef) {
        self.pending_rejections.push(promise);
    }

    /// HostPromiseRejectionTracker(promise, "handle").
    pub fn untrack_rejection(&mut self, promise: &ObjRef) {
        self.pending_rejections
            .retain(|p| !std::rc::Rc::ptr_eq(p, promise));
    }

    pub fn pending_microtasks(&self) -> usize {
        self.microtasks.len()
    }

    /// The delay of the list whose first live timer is due earliest, and that due time.
    fn next_list(&mut self) -> Option<(u64, u64)> {
        let timers = &self.timers;
        self.lists.retain(|_, list| {
            while let Some(id) = list.ids.front() {
                if timers.contains_key(id) {
                    return true;
                }
                list.ids.pop_front();
            }
            false
        });
        self.lists
            .iter()
            .map(|(&delay, list)| {
                let first = &self.timers[list.ids.front().expect("empty lists were removed")];
                (first.start + first.delay, list.seq, delay)
            })
            .min()
            .map(|(due, _, delay)| (delay, due))
    }

    /// Moves every timer due by `now` into the callback queue, in node's order: lists by the
    /// due time of their first timer (ties by list age), and within a list each timer due by
    /// `now`. Returns how many moved.
    fn move_due_to_callback_queue(&mut self, now: u64) -> usize {
        let before = self.callback_queue.len();
        while let Some((delay, due)) = self.next_list() {
            if due > now {
                break;
            }
            let list = self.lists.get_mut(&delay).expect("next_list returned it");
            while let Some(&id) = list.ids.front() {
                match self.timers.get(&id) {
                    Some(t) if t.start + t.delay > now => break,
                    Some(_) => {
                        list.ids.pop_front();
                        let timer = self.timers.remove(&id).expect("just looked it up");
                        self.callback_queue.push_back((id, timer));
                    }
                    None => {
                        list.ids.pop_front();
                    }
                }
            }
            if list.ids.is_empty() {
                self.lists.remove(&delay);
            }
        }
        self.callback_queue.len() - before
    }
}

/// Runs one microtask.
fn run_job(interp: &mut Interp, job: Job) -> Result<(), Exception> {
    match job {
        Job::Reaction { reaction, argument } => {
            promise::run_reaction_job(interp, reaction, argument)
        }
        Job::ResolveThenable {
            promise: p,
            thenable,
            then,
        } => promise::run_resolve_thenable_job(interp, p, thenable, then),
        Job::Callback(f) => interp
            .call_from_host(
                &f,
                Value::Undefined,
                Vec::new(),
                "process.processTicksAndRejections",
            )
            .map(|_| ()),
    }
}

/// Drains the microtask queue, then makes any still-unhandled rejection fatal.
pub fn drain_microtasks(interp: &mut Interp) -> Result<(), Fatal> {
    let count = interp.host.microtasks.len();
    if count > 0 {
        interp.trace_microtask_drain(count);
    }
    while let Some(job) = interp.host.microtasks.pop_front() {
        interp.step_task().map_err(Fatal::Uncaught)?;
        interp.trace_microtask_run();
        run_job(interp, job).map_err(Fatal::Uncaught)?;
    }
    check_unhandled_rejections(interp)
}

fn check_unhandled_rejections(interp: &mut Interp) -> Result<(), Fatal> {
    let pending = std::mem::take(&mut interp.host.pending_rejections);
    for p in pending {
        if let Some(promise::PromiseState::Rejected(reason)) = promise::promise_state(&p) {
            return Err(Fatal::UnhandledRejection(reason));
        }
    }
    Ok(())
}

/// Runs the loop after the script until nothing is pending.
pub fn run(interp: &mut Interp) -> Result<(), Fatal> {
    drain_microtasks(interp)?;
    while let Some((_, due)) = interp.host.next_list() {
        let now = interp.host.now_whole_ms();
        if due > now {
            interp.trace_wait(due);
            interp.host.wait_until(due);
            continue;
        }
        process_timers(interp, now)?;
    }
    interp.trace_done();
    Ok(())
}

/// How long until the next timer is due (zero if one is overdue), or `None` when no timer is
/// pending. For hosts that wait on something else at the same time (the REPL waits for input).
pub fn time_until_next_timer(interp: &mut Interp) -> Option<Duration> {
    if !interp.host.callback_queue.is_empty() {
        return Some(Duration::ZERO);
    }
    let (_, due) = interp.host.next_list()?;
    Some(Duration::from_millis(
        due.saturating_sub(interp.host.now_whole_ms()),
    ))
}

/// Runs every timer that is due now (with the microtask drains after each), without waiting.
pub fn run_due_timers(interp: &mut Interp) -> Result<(), Fatal> {
    let now = interp.host.now_whole_ms();
    process_timers(interp, now)
}

/// Cancels every pending timer (the REPL does this on exit, as node's does).
pub fn cancel_all_timers(interp: &mut Interp) {
    interp.host.clear_all_timers();
}

/// node's `processTimers(now)`: the timers due by `now` enter the callback queue, and the
/// loop runs them one by one, draining microtasks after each callback.
fn process_timers(interp: &mut Interp, now: u64) -> Result<(), Fatal> {
    let moved = interp.host.move_due_to_callback_queue(now);
    if interp.trace.is_some() {
        let ids: Vec<u32> = interp
            .host
            .callback_queue
            .iter()
            .map(|(id, _)| *id)
            .collect();
        for &id in &ids[ids.len() - moved..] {
            interp.trace_timer_expired(id);
        }
    }
    while let Some((id, timer)) = interp.host.callback_queue.pop_front() {
        interp.step_task().map_err(Fatal::Uncaught)?;
        interp.trace_timer_run(id, &timer.callback);
        if timer.repeat {
            interp.host.running_interval = Some((id, false));
        }
        let result = interp.call_from_host(
            &timer.callback,
            Value::Undefined,
            timer.args.clone(),
            "listOnTimeout",
        );
        if timer.repeat {
            // node re-arms an interval from the time its run started (the loop's `now`),
            // at the end of its list, unless the callback cleared it.
            let cleared = matches!(interp.host.running_interval.take(), Some((_, true)));
            if !cleared && result.is_ok() {
                interp.host.insert_timer(
                    id,
                    Timer {
                        start: now,
                        ..timer
                    },
                );
                interp.trace_timer_set(id);
            }
        }
        result.map_err(Fatal::Uncaught)?;
        drain_microtasks(interp)?;
    }
    Ok(())
}
