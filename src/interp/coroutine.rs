//! Suspendable bodies: a generator or async function body runs on a coroutine of its own (a
//! separate native stack), so `yield` and `await` can stop it in the middle of any expression
//! and a later `next()` or promise job can continue it exactly there. The tree-walking
//! evaluator itself stays recursive and unaware of suspension.
//!
//! A body gets its stack when it first runs, from [`crate::util::stack::task`]: a small slot of its
//! own for a generator, a region of the thread's shared lane for an async body (whose frames
//! are copied out while it waits; see there). Failing to get one throws `RangeError: Maximum
//! call stack size exceeded`.
//!
//! Invariants:
//! - A [`Task`] runs only while [`Task::resume`] is on the native stack; the resumer pushes the
//!   body's call frame before resuming and truncates the frames after, so a suspended body has
//!   no frame on the call stack (as in node, where it is not on the stack either).
//! - [`suspend`] is only reached from code running in a task: `yield`/`await` are checked by
//!   the scope pass, and a top-level `await` runs the script itself as a task.
//! - Every switch into a body (resume, unwind) is made from off the lane, and records and
//!   restores the native-stack [`Context`] of both sides; the evaluator's current environment is
//!   saved by the side that leaves and restored by the side that comes back.
//! - The `&mut Interp` handed across a switch travels as a raw pointer inside the message, so
//!   both sides see the other's writes (each side's reference is re-derived from it).
//!
//! Values held on a suspended body's stack are roots for the cycle collector (they are outside
//! the heap, like any Rust local); a cycle through a suspended body's stack is not collected.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::{Interp, JsResult};
use crate::syntax::ast::Span;
use crate::util::stack::task::{Image, Placement, StackInfo, TaskStack};
use crate::util::stack::{self, Context};
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
    /// The body's native-stack context where it stopped.
    context: Context,
    /// For a lane body: the lowest lane address its frames use.
    lane_low: usize,
}

/// The suspension point of the running task (kept on [`Interp::suspend_points`]).
pub type SuspendPoint = *const Yielder<In, Out>;

type Coro = Coroutine<In, Out, JsResult<Value>, TaskStack>;
type BodyFn = Box<dyn FnOnce(&mut Interp, ResumeWith) -> JsResult<Value>>;

/// A body that can be suspended and resumed.
pub struct Task {
    state: State,
}

/// Boxed while started: a task moves in and out of its generator or async call at every step,
/// and should stay a few words.
enum State {
    Unstarted(BodyFn, Placement),
    Started(Box<Started>),
    Finished,
}

/// A body that has run and not finished.
struct Started {
    /// Dropped only by [`Started::unwind`] or once finished: dropping a suspended coroutine
    /// unwinds it, which needs its image in place first.
    co: ManuallyDrop<Coro>,
    stack: StackInfo,
    /// Where the body's native stack stood when it stopped.
    context: Context,
    /// A lane body's frames while it waits.
    image: Image,
}

impl std::fmt::Debug for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Task")
    }
}

thread_local! {
    /// Lane bodies dropped while their region was in use: unwound once it is free.
    static UNWIND_LATER: RefCell<Vec<Started>> = const { RefCell::new(Vec::new()) };
    /// Whether [`UNWIND_LATER`] may hold a body (checked first: it is almost always empty).
    static WAITING_TO_UNWIND: Cell<bool> = const { Cell::new(false) };
}

impl Task {
    /// A task that will run `body` when first resumed. `body` receives what the first resume
    /// sent.
    pub fn new(
        placement: Placement,
        body: impl FnOnce(&mut Interp, ResumeWith) -> JsResult<Value> + 'static,
    ) -> Task {
        Task {
            state: State::Unstarted(Box::new(body), placement),
        }
    }

    /// Whether the body has started running (a generator's `return()` before the first
    /// `next()` does not run it).
    pub fn started(&self) -> bool {
        !matches!(self.state, State::Unstarted(..))
    }

    /// Runs the body until it suspends or finishes. The caller has pushed the body's frame;
    /// `site` is where a failure to get a stack is reported.
    pub fn resume(&mut self, interp: &mut Interp, what: ResumeWith, site: Span) -> Step {
        let step = if stack::on_lane() {
            stack::off_lane(|| self.resume_here(interp, what, site))
                .unwrap_or_else(|_| Step::Done(Err(interp.stack_overflow(site))))
        } else {
            self.resume_here(interp, what, site)
        };
        if WAITING_TO_UNWIND.get() {
            unwind_waiting_bodies();
        }
        step
    }

    fn resume_here(&mut self, interp: &mut Interp, what: ResumeWith, site: Span) -> Step {
        if matches!(self.state, State::Unstarted(..)) && self.start().is_err() {
            return Step::Done(Err(interp.stack_overflow(site)));
        }
        let State::Started(started) = &mut self.state else {
            unreachable!("a finished task is not resumed")
        };
        let resumer = stack::context();
        started.enter(resumer);
        let env = interp.env.clone();
        let result = started.co.resume(In {
            interp: interp as *mut Interp,
            what,
        });
        stack::set_context(resumer);
        interp.env = env;
        match result {
            CoroutineResult::Yield(out) => {
                debug_assert!(std::ptr::eq(out.interp, interp), "one interpreter per task");
                started.stopped(out.context, out.lane_low);
                Step::Suspended(out.what)
            }
            CoroutineResult::Return(result) => {
                if let State::Started(started) = std::mem::replace(&mut self.state, State::Finished)
                {
                    (*started).finished();
                }
                Step::Done(result)
            }
        }
    }

    /// Gives the body its stack.
    fn start(&mut self) -> Result<(), stack::Exhausted> {
        let State::Unstarted(body, placement) = std::mem::replace(&mut self.state, State::Finished)
        else {
            unreachable!("only an unstarted task starts")
        };
        let stack = TaskStack::take(placement)?;
        let context = stack.first_context();
        let info = stack.info();
        let co = Coroutine::with_stack(stack, move |yielder: &Yielder<In, Out>, first: In| {
            // SAFETY: the resumer passed its `&mut Interp` and is blocked in `resume` until this
            // body suspends or returns; no other reference is used meanwhile.
            let interp = unsafe { &mut *first.interp };
            interp.suspend_points.push(yielder as SuspendPoint);
            let result = body(interp, first.what);
            interp.suspend_points.pop();
            result
        });
        self.state = State::Started(Box::new(Started {
            co: ManuallyDrop::new(co),
            stack: info,
            context,
            image: Image::default(),
        }));
        Ok(())
    }
}

impl Started {
    fn on_lane(&self) -> bool {
        self.stack.on_lane()
    }

    /// Puts the body's frames back in place and switches the native-stack context to it.
    fn enter(&mut self, resumer: Context) {
        if self.image.is_saved() {
            if !stack::task::region_is_free(self.stack.top()) {
                stack::fatal("an async body was resumed while its lane region was in use");
            }
            // SAFETY: the region holds no live frame (checked above).
            unsafe { self.image.restore() };
        }
        let context = if self.on_lane() {
            self.context
        } else {
            // A generator's own frames are not on the lane: whatever it starts there goes below
            // what its resumer has live.
            self.context.with_lane_free_of(resumer)
        };
        stack::set_context(context);
    }

    /// The body suspended with `context`; a lane body's frames from `lane_low` up are saved.
    fn stopped(&mut self, context: Context, lane_low: usize) {
        self.context = context;
        if self.on_lane() {
            // SAFETY: the body is suspended and its frames occupy `[lane_low, top)` of the lane.
            unsafe { self.image.save(lane_low, self.stack.top()) };
        }
    }

    /// The body returned: its stack goes back.
    fn finished(self) {
        drop(ManuallyDrop::into_inner(self.co).into_stack());
    }

    /// Whether the body can be unwound now (a lane body needs its region free).
    fn can_unwind(&self) -> bool {
        !self.on_lane() || stack::task::region_is_free(self.stack.top())
    }

    /// Unwinds the suspended body (its locals are dropped on its own stack), then frees it.
    fn unwind(mut self) {
        let resumer = stack::context();
        self.enter(resumer);
        self.co.force_unwind();
        stack::set_context(resumer);
        drop(ManuallyDrop::into_inner(self.co).into_stack());
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        let State::Started(started) = std::mem::replace(&mut self.state, State::Finished) else {
            return;
        };
        if stack::on_lane() {
            // Without a segment to switch from, the body's locals are leaked.
            let _ = stack::off_lane(|| unwind_or_keep(*started));
        } else {
            unwind_or_keep(*started);
        }
    }
}

/// Unwinds `started` now if it can be, else keeps it for [`unwind_waiting_bodies`].
fn unwind_or_keep(started: Started) {
    if started.can_unwind() {
        started.unwind();
    } else {
        // Without the thread's state (its destructor is running), the body is leaked.
        let _ = UNWIND_LATER.try_with(|later| later.borrow_mut().push(started));
        let _ = WAITING_TO_UNWIND.try_with(|waiting| waiting.set(true));
    }
}

/// Unwinds the dropped lane bodies whose regions have become free.
fn unwind_waiting_bodies() {
    if stack::on_lane() {
        return;
    }
    WAITING_TO_UNWIND.set(false);
    let waiting = UNWIND_LATER.with(|later| std::mem::take(&mut *later.borrow_mut()));
    for started in waiting {
        unwind_or_keep(started);
    }
}

/// Suspends the running task with `what`; returns what the next resume sends.
pub fn suspend(interp: &mut Interp, what: SuspendWith) -> ResumeWith {
    let point = interp
        .suspend_points
        .pop()
        .expect("yield/await only run inside a task");
    let env = interp.env.clone();
    let context = stack::context();
    let lane_low = stack::task::lane_live_low();
    // SAFETY: `point` is the yielder of the task running this code: it lives on that task's
    // stack until the body returns, which cannot happen while we are inside it.
    let input = unsafe { &*point }.suspend(Out {
        interp: interp as *mut Interp,
        what,
        context,
        lane_low,
    });
    // SAFETY: as in `Task::start`: the resumer is blocked until we suspend or return.
    let interp = unsafe { &mut *input.interp };
    interp.env = env;
    interp.suspend_points.push(point);
    input.what
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::Limits;
    use crate::syntax::Source;

    /// The saved stack pointer of a suspended lane body, found among the words of its coroutine
    /// (the lowest one within 64 KiB below the top of its region).
    fn saved_stack_pointer(started: &Started) -> usize {
        let top = started.stack.top();
        let words = std::mem::size_of::<Coro>() / std::mem::size_of::<usize>();
        // SAFETY: reads the coroutine's own bytes as words, in bounds.
        let words = unsafe {
            std::slice::from_raw_parts(&*started.co as *const Coro as *const usize, words)
        };
        words
            .iter()
            .copied()
            .filter(|&w| w < top && w > top - 64 * 1024)
            .min()
            .expect("the coroutine records where it stopped")
    }

    #[test]
    fn a_waiting_lane_body_lies_within_its_image() {
        std::thread::spawn(|| {
            let source = Source {
                name: "test".into(),
                text: "".into(),
            };
            let mut interp = Interp::new(source, Limits::default());
            let mut task = Task::new(Placement::Lane, |interp, _| {
                match suspend(interp, SuspendWith::Await(Value::Undefined)) {
                    ResumeWith::Next(v) => Ok(v),
                    _ => Ok(Value::Undefined),
                }
            });
            let step = task.resume(&mut interp, ResumeWith::Next(Value::Null), Span::default());
            assert!(matches!(step, Step::Suspended(_)));
            let State::Started(started) = &task.state else {
                panic!("the body started")
            };
            assert!(started.image.is_saved(), "a waiting lane body has an image");
            assert!(saved_stack_pointer(started) >= started.image.low());
            let step = task.resume(
                &mut interp,
                ResumeWith::Next(Value::Bool(true)),
                Span::default(),
            );
            assert!(matches!(step, Step::Done(Ok(Value::Bool(true)))));
        })
        .join()
        .expect("no fault");
    }
}
