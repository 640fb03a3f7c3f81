//! Suspendable bodies: a generator or async function body runs on a coroutine of its own (a
//! separate native stack), so `yield` and `await` can stop it in the middle of any expression
//! and a later `next()` or promise job can continue it exactly there. The tree-walking
//! evaluator itself stays recursive and unaware of suspension.
//!
//! Invariants:
//! - A [`Task`] runs only while [`Task::resume`] is on the native stack; the resumer pushes the
//!   body's call frame before resuming and truncates the frames after, so a suspended body has
//!   no frame on the call stack (as in node, where it is not on the stack either).
//! - [`suspend`] is only reached from code running in a task: `yield`/`await` are checked by
//!   the scope pass, and a top-level `await` runs the script itself as a task.
//! - Across a switch, the evaluator's per-stack state (current environment, expression depth,
//!   the native-stack bound of [`crate::stack`]) is saved by the side that leaves and restored
//!   by the side that comes back.
//! - The `&mut Interp` handed across a switch travels as a raw pointer inside the message, so
//!   both sides see the other's writes (each side's reference is re-derived from it).
//!
//! Values held on a suspended body's stack are roots for the cycle collector (they are outside
//! the heap, like any Rust local); a cycle through a suspended body's stack is not collected.

use std::cell::RefCell;

use corosensei::stack::{Stack, StackPointer};
use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::{Interp, JsResult};
use crate::value::Value;

/// What the resumer sends into a suspended body.
pub enum ResumeWith {
    /// `next(v)` / a fulfilled `await`: the `yield` or `await` evaluates to the value.
    Next(Value),
    /// `throw(e)` / a rejected `await`: the `yield` or `await` throws the value.
    Throw(Value),
    /// `return(v)`: the `yield` acts as `return v` (finally blocks run).
    Return(Value),
}

/// Why a body stopped before finishing.
pub enum SuspendWith {
    Yield(Value),
    Await(Value),
}

/// How a [`Task::resume`] ended.
pub enum Step {
    Suspended(SuspendWith),
    Done(JsResult<Value>),
}

impl Step {
    /// How the body's frame leaves the stack after this step.
    pub fn outcome(&self) -> crate::trace::Outcome {
        match self {
            Step::Suspended(_) => crate::trace::Outcome::Suspend,
            Step::Done(result) => crate::trace::Outcome::of(result),
        }
    }
}

pub struct In {
    interp: *mut Interp,
    what: ResumeWith,
}

pub struct Out {
    interp: *mut Interp,
    what: SuspendWith,
}

/// The suspension point of the running task (kept on [`Interp::suspend_points`]).
pub type SuspendPoint = *const Yielder<In, Out>;

type Body = Coroutine<In, Out, JsResult<Value>, TaskStack>;

/// A body that can be suspended and resumed.
pub struct Task {
    co: Option<Body>,
}

impl std::fmt::Debug for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Task")
    }
}

/// Native stack of a task. Deeper recursion inside a task continues on heap segments
/// (`crate::stack`), so this only needs to hold the first few calls.
const TASK_STACK: usize = 1024 * 1024;
/// Finished tasks' stacks kept for reuse (each keeps the page or two it touched): an async
/// call costs no mapping in steady state.
const POOLED_STACKS: usize = 1024;

thread_local! {
    static STACK_POOL: RefCell<Vec<TaskStack>> = const { RefCell::new(Vec::new()) };
}

/// A task's stack: an anonymous private mapping of its own, whose pages the kernel supplies
/// only when the stack reaches them (so a pending async call costs a page or two, not a
/// megabyte). Not from the allocator: an allocator may back big blocks with huge pages, and
/// then the first touch of a stack commits two megabytes. No guard page: every deep recursion
/// checks [`crate::stack`]'s bound first, and without one adjacent stacks merge into one kernel
/// mapping, so tens of thousands of pending calls stay far below the kernel's mapping limit.
pub struct TaskStack {
    base: *mut libc::c_void,
}

impl TaskStack {
    fn take() -> TaskStack {
        STACK_POOL
            .with(|pool| pool.borrow_mut().pop())
            .unwrap_or_else(TaskStack::map)
    }

    fn map() -> TaskStack {
        // SAFETY: a fresh anonymous mapping; no existing memory is affected.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                TASK_STACK,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            // Out of address space: nothing sensible is left to do.
            std::alloc::handle_alloc_error(
                std::alloc::Layout::from_size_align(TASK_STACK, 4096).expect("valid layout"),
            );
        }
        TaskStack { base }
    }

    fn give_back(self) {
        STACK_POOL.with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.len() < POOLED_STACKS {
                pool.push(self);
            }
        });
    }
}

impl Drop for TaskStack {
    fn drop(&mut self) {
        // SAFETY: `base` is the start of a mapping of `TASK_STACK` bytes that only this value
        // owns, and no coroutine runs on it any more (the task was finished or unwound).
        unsafe {
            libc::munmap(self.base, TASK_STACK);
        }
    }
}

// SAFETY: `base` and `limit` delimit a mapping owned by `self` for as long as it lives; both
// are page-aligned, and the mapping does not move when `self` does.
unsafe impl Stack for TaskStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.base as usize + TASK_STACK).expect("mappings are non-null")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.base as usize).expect("mappings are non-null")
    }
}

impl Task {
    /// A task that will run `body` when first resumed. `body` receives what the first resume
    /// sent.
    pub fn new(body: impl FnOnce(&mut Interp, ResumeWith) -> JsResult<Value> + 'static) -> Task {
        let stack = TaskStack::take();
        let low = stack.limit().get() + 64 * 1024;
        let co = Coroutine::with_stack(stack, move |yielder: &Yielder<In, Out>, first: In| {
            // SAFETY: the resumer passed its `&mut Interp` and is blocked in `resume` until this
            // body suspends or returns; no other reference is used meanwhile.
            let interp = unsafe { &mut *first.interp };
            crate::stack::set_low(low);
            interp.suspend_points.push(yielder as SuspendPoint);
            let result = body(interp, first.what);
            interp.suspend_points.pop();
            result
        });
        Task { co: Some(co) }
    }

    /// Whether the body has started running (a generator's `return()` before the first
    /// `next()` does not run it).
    pub fn started(&self) -> bool {
        self.co.as_ref().is_some_and(|co| co.started())
    }

    /// Runs the body until it suspends or finishes. The caller has pushed the body's frame.
    pub fn resume(&mut self, interp: &mut Interp, what: ResumeWith) -> Step {
        let co = self.co.as_mut().expect("a finished task is not resumed");
        let low = crate::stack::low();
        let env = interp.env.clone();
        let depth = interp.expr_depth;
        let result = co.resume(In {
            interp: interp as *mut Interp,
            what,
        });
        crate::stack::set_low(low);
        interp.env = env;
        interp.expr_depth = depth;
        match result {
            CoroutineResult::Yield(out) => {
                debug_assert!(std::ptr::eq(out.interp, interp), "one interpreter per task");
                Step::Suspended(out.what)
            }
            CoroutineResult::Return(result) => {
                if let Some(co) = self.co.take() {
                    co.into_stack().give_back();
                }
                Step::Done(result)
            }
        }
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        // A suspended body is unwound (its locals dropped) on its own stack; that runs the
        // stack-bound guards of `crate::stack`, so keep the bound of the stack we are on.
        let low = crate::stack::low();
        if let Some(mut co) = self.co.take() {
            co.force_unwind();
            co.into_stack().give_back();
        }
        crate::stack::set_low(low);
    }
}

/// Suspends the running task with `what`; returns what the next resume sends.
pub fn suspend(interp: &mut Interp, what: SuspendWith) -> ResumeWith {
    let point = interp
        .suspend_points
        .pop()
        .expect("yield/await only run inside a task");
    let low = crate::stack::low();
    let env = interp.env.clone();
    let depth = interp.expr_depth;
    // SAFETY: `point` is the yielder of the task running this code: it lives on that task's
    // stack until the body returns, which cannot happen while we are inside it.
    let input = unsafe { &*point }.suspend(Out {
        interp: interp as *mut Interp,
        what,
    });
    // SAFETY: as in `Task::new`: the resumer is blocked until we suspend or return.
    let interp = unsafe { &mut *input.interp };
    crate::stack::set_low(low);
    interp.env = env;
    interp.expr_depth = depth;
    interp.suspend_points.push(point);
    input.what
}
