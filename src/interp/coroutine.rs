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
/// Finished tasks' stacks kept for reuse: an async call costs no allocation in steady state.
const POOLED_STACKS: usize = 64;

thread_local! {
    static STACK_POOL: RefCell<Vec<TaskStack>> = const { RefCell::new(Vec::new()) };
}

/// A task's stack: a plain heap block. No guard page is needed because every deep recursion
/// checks [`crate::stack`]'s bound first, and heap blocks (unlike `mmap`ed stacks with guard
/// pages) do not count against the kernel's limit on memory mappings, so tens of thousands of
/// pending async calls are fine.
pub struct TaskStack {
    memory: Box<[u128]>,
}

impl TaskStack {
    fn take() -> TaskStack {
        STACK_POOL
            .with(|pool| pool.borrow_mut().pop())
            .unwrap_or_else(|| TaskStack {
                memory: vec![0u128; TASK_STACK / 16].into_boxed_slice(),
            })
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

// SAFETY: `base` and `limit` delimit memory owned by `self` for as long as it lives, `base` is
// 16-byte aligned (the block is made of u128s), and the block does not move when `self` does.
unsafe impl Stack for TaskStack {
    fn base(&self) -> StackPointer {
        let end = self.memory.as_ptr() as usize + self.memory.len() * 16;
        StackPointer::new(end).expect("heap addresses are non-zero")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.memory.as_ptr() as usize).expect("heap addresses are non-zero")
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
