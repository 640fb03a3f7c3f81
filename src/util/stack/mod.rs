//! The native-stack guard: every path on which the engine recurses on input — JavaScript calls,
//! natives calling natives or back into JavaScript, expression, statement and pattern nesting,
//! JSON, the scope pass and the parser, dropping deep ASTs — goes through [`guard`] (or, where
//! failure cannot be reported, [`maybe_grow`] and [`with_room`]: building errors, formatting
//! values), on the interpreter thread's stack and on every task stack alike. Dropping deep
//! values asks [`has_room`] and queues the rest (`crate::value::heap::drop_deferred`); the cycle
//! collector does not recurse.
//!
//! A guard call names the room its code needs before the next guard call (its red zone). When
//! less than that is left on the running stack, the rest of the work moves to a *segment*: a
//! separate mapping entered with `corosensei::on_stack`, taken from a per-thread pool. When no
//! segment can be had — the native budget (`Limits::native_stack_bytes`) is spent or the address
//! space is exhausted — the guard returns [`Exhausted`], which the interpreter throws as
//! `RangeError: Maximum call stack size exceeded` ([`on_reserve`] gives it the stack to build
//! that error on).
//!
//! The stacks code runs on:
//! - the thread's own stack (modest: [`THREAD_STACK_BYTES`]);
//! - segments (see [`segment`]);
//! - task stacks for generator and async bodies, and the lane async bodies share (see [`task`]).
//!
//! Each has a guard page at its low end, and [`fault`] reports a fault on one as a native stack
//! overflow, so a recursion path that misses the guard ends in a clear fatal report, not in
//! silent corruption.
//!
//! Invariant: while code runs, [`LOW`] is the lowest address the running stack may use, so
//! `sp - LOW` never overstates the room left. Whatever switches stacks (a segment, a task's
//! resume or suspend) saves the running [`Context`] and restores it when it switches back.

mod fault;
mod memory;
pub mod segment;
pub mod task;

use std::cell::{Cell, RefCell};

use segment::Segment;

/// Native stack of a thread that runs JavaScript; deeper recursion continues on segments.
pub const THREAD_STACK_BYTES: usize = 8 << 20;

/// Room kept for one level of syntax recursion (an expression, statement or pattern node): its
/// frame and the helpers it calls before the next check.
pub const SYNTAX_RED_ZONE: usize = 4 * 1024;
/// Room kept for a call of a JavaScript function: up to the check of its first statement.
pub const CALL_RED_ZONE: usize = 8 * 1024;
/// Room kept for a call of a native: its own work up to its next check (a native that may need
/// more asks for it with [`with_room`]).
pub const NATIVE_RED_ZONE: usize = 16 * 1024;
/// Room kept for bounded but sizeable work that cannot fail: building an error and its stack
/// trace, formatting a value for display.
pub const BULK_RED_ZONE: usize = 64 * 1024;

/// Room kept unused at the low end of the thread's own stack, whose bounds are only estimated.
const THREAD_SLACK: usize = 64 * 1024;
/// [`LOW`] before the running stack's bounds are known: every check fails, so the first one
/// learns them.
const UNKNOWN: usize = usize::MAX;

thread_local! {
    /// Lowest address the running code may use.
    static LOW: Cell<usize> = const { Cell::new(UNKNOWN) };
    /// Whether the running code is on the lane (see [`task`]).
    static ON_LANE: Cell<bool> = const { Cell::new(false) };
    /// While the running code is off the lane: the highest lane address that holds no live
    /// frame (0: the lane is empty).
    static LANE_FREE: Cell<usize> = const { Cell::new(0) };
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Memory for a new segment could not be had: the native budget is spent or the address space
/// is exhausted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exhausted;

/// The stack limits of the running thread, from `Limits` (see [`configure`]).
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Usable bytes of a generator's (or lane-less async body's) own stack.
    pub task_stack_bytes: usize,
    /// Most bytes of segments mapped at once.
    pub native_stack_bytes: usize,
}

/// A generator body's own native stack unless the limits say otherwise.
pub const DEFAULT_TASK_STACK_BYTES: usize = 24 * 1024;
/// The least native-stack budget, whatever the frame limit (`interp::Limits`).
pub const MIN_NATIVE_STACK_BYTES: usize = 256 << 20;

impl Default for Config {
    fn default() -> Config {
        Config {
            task_stack_bytes: DEFAULT_TASK_STACK_BYTES,
            native_stack_bytes: MIN_NATIVE_STACK_BYTES,
        }
    }
}

#[derive(Default)]
struct State {
    config: Config,
    configured: bool,
    segments: segment::Pool,
    tasks: task::Stacks,
    /// A segment kept for building the error that reports exhaustion.
    reserve: Option<Segment>,
    signal_stack: Option<fault::SignalStack>,
    thread_guard: Option<fault::Registration>,
}

/// Sets the calling thread's limits and prepares it to run JavaScript: its alternate signal
/// stack, the registration of its own guard area and the reserve segment.
pub fn configure(config: Config) {
    STATE.with(|state| {
        let mut state = state.borrow_mut();
        state.config = config;
        if state.configured {
            return;
        }
        state.configured = true;
        state.signal_stack = fault::ensure_signal_stack();
        state.thread_guard = fault::thread_guard_area().map(|(s, e)| fault::register(s, e));
        state.reserve = Segment::map(segment::RESERVE_BYTES);
    });
}

/// The stack pointer.
#[inline(always)]
fn stack_pointer() -> usize {
    let sp: usize;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: reads a register.
    unsafe {
        std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags));
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        sp = psm::stack_pointer() as usize;
    }
    sp
}

/// The stack pointer, for the lane's bookkeeping, which must not miss a byte.
#[inline(always)]
fn exact_stack_pointer() -> usize {
    stack_pointer()
}

/// Bytes of stack left below the caller's frame.
#[inline(always)]
pub fn remaining() -> usize {
    stack_pointer().saturating_sub(LOW.get())
}

/// Whether at least `red_zone` bytes of stack are left here (for code that can put work off
/// rather than move to a segment, like dropping).
#[inline]
pub fn has_room(red_zone: usize) -> bool {
    remaining() >= red_zone
}

/// Runs `f` where at least `red_zone` bytes of stack are left: here, or on a new segment.
/// Counts against the native budget.
#[inline(always)]
pub fn guard<R>(red_zone: usize, f: impl FnOnce() -> R) -> Result<R, Exhausted> {
    if remaining() >= red_zone {
        Ok(f())
    } else {
        grow_for(red_zone, true, f)
    }
}

/// [`guard`] for paths that cannot report failure (the parser, the scope pass, dropping ASTs):
/// not limited by the budget (the input's size bounds them); a failure to map is fatal.
#[inline]
pub fn maybe_grow<R>(red_zone: usize, _segment: usize, f: impl FnOnce() -> R) -> R {
    if remaining() >= red_zone {
        return f();
    }
    grow_for(red_zone, false, f).unwrap_or_else(|_| fatal("out of memory for the native stack"))
}

/// Runs `f` where at least `red_zone` bytes of stack are left, for bounded work that cannot
/// fail: when no segment can be had, on the reserve (see [`on_reserve`]).
#[inline]
pub fn with_room<R>(red_zone: usize, f: impl FnOnce() -> R) -> R {
    if remaining() >= red_zone {
        return f();
    }
    if LOW.get() == UNKNOWN {
        learn_thread_bounds();
        if remaining() >= red_zone {
            return f();
        }
    }
    let segment = STATE.with(|state| {
        let mut state = state.borrow_mut();
        let budget = state.config.native_stack_bytes;
        state.segments.take(red_zone, budget)
    });
    match segment {
        Ok(segment) => run_on(segment, f, true),
        Err(Exhausted) => on_reserve(f),
    }
}

/// Runs `f` on a new segment with `size` usable bytes (the parser's big inputs).
pub fn grow<R>(size: usize, f: impl FnOnce() -> R) -> R {
    match Segment::map(size) {
        Some(segment) => run_on(segment, f, false),
        None => fatal("out of memory for the native stack"),
    }
}

#[cold]
#[inline(never)]
fn grow_for<R>(red_zone: usize, counted: bool, f: impl FnOnce() -> R) -> Result<R, Exhausted> {
    if LOW.get() == UNKNOWN {
        learn_thread_bounds();
        if remaining() >= red_zone {
            return Ok(f());
        }
    }
    spill(red_zone, counted, f)
}

/// Runs `f` on a segment with at least `red_zone` usable bytes.
fn spill<R>(red_zone: usize, counted: bool, f: impl FnOnce() -> R) -> Result<R, Exhausted> {
    let segment = STATE.with(|state| {
        let mut state = state.borrow_mut();
        let budget = if counted {
            state.config.native_stack_bytes
        } else {
            usize::MAX
        };
        state.segments.take(red_zone, budget)
    })?;
    Ok(run_on(segment, f, true))
}

/// The thread's own stack, when the guard first runs on it.
fn learn_thread_bounds() {
    let low = match stacker::remaining_stack() {
        Some(remaining) => stack_pointer().saturating_sub(remaining) + THREAD_SLACK,
        // Unknown bounds: treat the stack as exhausted, so every check moves to a segment
        // whose bounds are known.
        None => UNKNOWN - 1,
    };
    LOW.set(low);
}

/// Where the running code's stack is; saved and restored around every switch of stacks.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    low: usize,
    on_lane: bool,
    lane_free: usize,
}

impl Context {
    /// Whether the code runs on the lane.
    pub fn on_lane(&self) -> bool {
        self.on_lane
    }

    /// This context, with the lane's free top of `other` (a context off the lane).
    pub fn with_lane_free_of(self, other: Context) -> Context {
        Context {
            lane_free: other.lane_free,
            ..self
        }
    }
}

/// Whether the running code is on the lane.
#[inline]
pub fn on_lane() -> bool {
    ON_LANE.get()
}

pub fn context() -> Context {
    Context {
        low: LOW.get(),
        on_lane: ON_LANE.get(),
        lane_free: LANE_FREE.get(),
    }
}

pub fn set_context(context: Context) {
    LOW.set(context.low);
    ON_LANE.set(context.on_lane);
    LANE_FREE.set(context.lane_free);
}

/// Puts back a saved context when dropped (also when unwinding).
struct Restore(Context);

impl Drop for Restore {
    fn drop(&mut self) {
        set_context(self.0);
    }
}

/// Runs `f` on `segment`, then gives the segment back (to the pool when `pooled`).
fn run_on<R>(segment: Segment, f: impl FnOnce() -> R, pooled: bool) -> R {
    let saved = context();
    let lane_free = task::lane_free_when_leaving(saved);
    set_context(Context {
        low: segment.low(),
        on_lane: false,
        lane_free,
    });
    let mut on = OnSegment {
        segment: Some(segment),
        pooled,
        _restore: Restore(saved),
    };
    let stack = on.segment.as_mut().expect("just set");
    corosensei::on_stack(stack, f)
}

/// A segment in use; back to the pool (and the context restored) when the code on it is done
/// or unwound.
struct OnSegment {
    segment: Option<Segment>,
    pooled: bool,
    _restore: Restore,
}

impl Drop for OnSegment {
    fn drop(&mut self) {
        if let Some(segment) = self.segment.take() {
            give_back(segment, self.pooled);
        }
    }
}

fn give_back(segment: Segment, pooled: bool) {
    // Without the thread's state (its destructor is running) the segment is simply unmapped.
    let _ = STATE.try_with(|state| state.borrow_mut().segments.give_back(segment, pooled));
}

/// Runs `f` on a segment even when the running stack has room (the lane must not hold the
/// frames of a switch into a task; see [`task`]).
pub fn off_lane<R>(f: impl FnOnce() -> R) -> Result<R, Exhausted> {
    spill(0, true, f)
}

/// Runs `f` on the reserve segment: for building the error that reports exhaustion, which may
/// find almost no stack left where it is raised. Fatal when the reserve is in use or missing.
pub fn on_reserve<R>(f: impl FnOnce() -> R) -> R {
    let reserve = STATE.with(|state| state.borrow_mut().reserve.take());
    let Some(reserve) = reserve else {
        fatal("no native stack left to report a stack overflow on")
    };
    let saved = context();
    let lane_free = task::lane_free_when_leaving(saved);
    set_context(Context {
        low: reserve.low(),
        on_lane: false,
        lane_free,
    });
    let mut on = OnReserve {
        segment: Some(reserve),
        _restore: Restore(saved),
    };
    let stack = on.segment.as_mut().expect("just set");
    corosensei::on_stack(stack, f)
}

struct OnReserve {
    segment: Option<Segment>,
    _restore: Restore,
}

impl Drop for OnReserve {
    fn drop(&mut self) {
        let segment = self.segment.take();
        let _ = STATE.try_with(|state| state.borrow_mut().reserve = segment);
    }
}

/// Ends the process with an internal-error report (status 70, as for a fault on a guard page).
pub fn fatal(message: &str) -> ! {
    eprintln!("minnow: internal error: {message}");
    std::process::exit(70)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        // A frame with a real footprint, so the recursion needs many segments.
        let pad = [n as u8; 512];
        std::hint::black_box(&pad);
        guard(SYNTAX_RED_ZONE, || depth(n - 1)).expect("within the budget") + 1
    }

    #[test]
    fn deep_recursion_moves_to_segments_and_restores_the_bound() {
        depth(1);
        let before = context().low;
        assert_eq!(depth(50_000), 50_000);
        assert_eq!(context().low, before);
    }

    /// Recursion that skips the guard, as a bug in a recursion path would.
    #[allow(unconditional_recursion)]
    fn unguarded(n: u64) -> u64 {
        let pad = [n as u8; 512];
        std::hint::black_box(&pad);
        unguarded(n + 1) + u64::from(std::hint::black_box(pad[1]))
    }

    /// Runs this test in a child process with `MINNOW_FAULT_CHILD=where`; returns its exit status
    /// and stderr.
    fn in_child(test: &str, place: &str) -> (Option<i32>, String) {
        let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", test, "--nocapture", "--test-threads=1"])
            .env("MINNOW_FAULT_CHILD", place)
            .output()
            .expect("child runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    #[test]
    fn a_fault_on_a_guard_page_is_reported() {
        match std::env::var("MINNOW_FAULT_CHILD").as_deref() {
            Ok("segment") => {
                configure(Config::default());
                grow(64 * 1024, || unguarded(0));
                unreachable!("the recursion ends on the guard page");
            }
            Ok("thread") => {
                configure(Config::default());
                unguarded(0);
                unreachable!("the recursion ends on the guard page");
            }
            Ok(place @ ("slot" | "lane")) => {
                configure(Config::default());
                let placement = match place {
                    "slot" => task::Placement::Slot,
                    _ => task::Placement::Lane,
                };
                let mut stack = task::TaskStack::take(placement).expect("a task stack");
                corosensei::on_stack(&mut stack, || unguarded(0));
                unreachable!("the recursion ends on the guard page");
            }
            _ => {}
        }
        for place in ["segment", "thread", "slot", "lane"] {
            let (status, stderr) = in_child(
                "util::stack::tests::a_fault_on_a_guard_page_is_reported",
                place,
            );
            assert_eq!(status, Some(70), "{place}: {stderr}");
            assert!(
                stderr.contains("minnow: internal error: native stack overflow"),
                "{place}: {stderr}"
            );
        }
    }

    #[test]
    fn the_budget_ends_a_runaway_recursion() {
        fn runaway() -> Result<(), Exhausted> {
            let pad = [0u8; 1024];
            std::hint::black_box(&pad);
            guard(SYNTAX_RED_ZONE, runaway)?
        }
        std::thread::spawn(|| {
            configure(Config {
                native_stack_bytes: 16 << 20,
                ..Config::default()
            });
            assert_eq!(runaway(), Err(Exhausted));
            // The segments went back: the next recursion gets them again.
            assert_eq!(runaway(), Err(Exhausted));
            assert_eq!(depth(1_000), 1_000);
        })
        .join()
        .expect("no overflow");
    }
}
