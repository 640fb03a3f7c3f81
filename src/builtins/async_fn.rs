//! Async functions and `await` (ECMA-262 §27.7 AsyncFunctionStart and §27.7.5.3 Await).
//!
//! A call runs the body on a [`Task`] right away, until its first `await`; the call returns
//! the function's promise. `await v` is `PerformPromiseThen(PromiseResolve(v), resume-with-
//! value, resume-with-throw)`, so the continuation runs as an ordinary promise reaction job:
//! one tick for a value or a native promise, two for another thenable (its `then` is called in
//! a job first). The body's `return v` resolves the promise with `v` (adopting a returned
//! promise costs the usual two extra ticks); a throw rejects it.
//!
//! A script whose top level uses `await` runs the same way, the way node runs a module: its
//! promise rejects — and so reports an unhandled error — when the top level throws after an
//! `await`.
//!
//! Invariant: an async call's task lives in an `AsyncCall` object that only the two await
//! handlers of the pending `await` reference (plus the stack of the body while it runs).

use std::rc::Rc;

use crate::interp::coroutine::{ResumeWith, Step, SuspendWith, Task};
use crate::interp::{CallFrame, FrameKind, Interp, JsResult};
use crate::syntax::ast::{Function, Span};
use crate::util::stack::task::Placement;
use crate::value::Value;
use crate::value::heap::{self, EnvRef, ObjRef};
use crate::value::object::{NativeCall, Object, ObjectKind};

use super::native_closure;
use super::promise::{new_promise, perform_then, promise_resolve, reject_promise, resolve_promise};

#[derive(Debug)]
pub struct AsyncCallData {
    /// `None` while the body runs (it is on the native stack then) or after it finished.
    task: Option<Task>,
    promise: ObjRef,
    /// The frame the body runs in (its function, name and `this`), pushed at each resume.
    frame: CallFrame,
}

impl AsyncCallData {
    /// As for generators: the frame and the promise, never the task.
    pub fn trace(&self, t: &mut crate::value::heap::Tracer) {
        t.object(&self.promise);
        self.frame.trace(t);
    }
}

/// Calls an async function whose parameters are not bound yet (a failing default rejects the
/// promise instead of throwing): returns its promise.
pub fn call(
    interp: &mut Interp,
    func: &Rc<Function>,
    env: EnvRef,
    pattern_args: Vec<Value>,
    frame: CallFrame,
) -> JsResult<Value> {
    let body = func.clone();
    let task = Task::new(Placement::Lane, move |interp, _first| {
        interp.env = env;
        interp.run_function_body(&body, pattern_args)
    });
    start(interp, task, frame)
}

/// Starts `task` as an async body and returns its promise.
pub fn start(interp: &mut Interp, task: Task, frame: CallFrame) -> JsResult<Value> {
    let promise = new_promise(interp);
    let site = frame.call_site;
    let holder = heap::alloc_object(Object::new(
        None,
        ObjectKind::AsyncCall(Box::new(AsyncCallData {
            task: Some(task),
            promise: promise.clone(),
            frame,
        })),
    ));
    resume(
        interp,
        &holder,
        ResumeWith::Next(Value::Undefined),
        site,
        FrameKind::Code,
    )?;
    Ok(Value::Object(promise))
}

/// Runs the body until its next `await` or its end.
fn resume(
    interp: &mut Interp,
    holder: &ObjRef,
    what: ResumeWith,
    site: Span,
    kind: FrameKind,
) -> JsResult<()> {
    let (mut task, promise, mut frame) = {
        let mut data = holder.data.borrow_mut();
        let ObjectKind::AsyncCall(call) = &mut data.kind else {
            return Ok(());
        };
        let Some(task) = call.task.take() else {
            return Ok(());
        };
        (task, call.promise.clone(), call.frame.clone())
    };
    let mut what = what;
    let step = loop {
        let base = interp.frames.len();
        interp.enter_frame(CallFrame {
            call_site: site,
            kind,
            ..frame
        });
        let step = task.resume(interp, what, site);
        interp.leave_frames(base, step.outcome());
        let Step::Suspended(SuspendWith::Await(v)) = step else {
            break step;
        };
        // Await's PromiseResolve reads a promise's `constructor`, which may throw: the error
        // is thrown into the body at the `await`.
        match promise_resolve(interp, v, site) {
            Ok(Value::Object(awaited)) => {
                if let ObjectKind::AsyncCall(call) = &mut holder.data.borrow_mut().kind {
                    call.task = Some(task);
                }
                await_promise(interp, holder, &awaited);
                return Ok(());
            }
            Ok(_) => unreachable!("PromiseResolve returns a promise"),
            Err(e) if e.is_uncatchable() => return Err(e),
            Err(e) => {
                what = ResumeWith::Throw(e.into_value());
                frame = match &holder.data.borrow().kind {
                    ObjectKind::AsyncCall(call) => call.frame.clone(),
                    _ => unreachable!("the holder of an async call"),
                };
            }
        }
    };
    match step {
        Step::Suspended(SuspendWith::Await(_)) => unreachable!("handled in the loop"),
        Step::Suspended(SuspendWith::Yield(_)) => {
            unreachable!("the scope pass rejects `yield` in an async function")
        }
        Step::Done(Ok(v)) => {
            interp.trace_cause_is_last_pop();
            resolve_promise(interp, &promise, v, site);
            interp.trace_cause_done();
            Ok(())
        }
        Step::Done(Err(e)) if e.is_uncatchable() => Err(e),
        Step::Done(Err(e)) => {
            interp.trace_cause_is_last_pop();
            reject_promise(interp, &promise, e.into_value());
            interp.trace_cause_done();
            Ok(())
        }
    }
}

/// Await: continue the body when `promise` (PromiseResolve of the awaited value) settles.
fn await_promise(interp: &mut Interp, holder: &ObjRef, promise: &ObjRef) {
    let data = vec![Value::Object(holder.clone())];
    let on_fulfilled = native_closure(interp, "", 1, resume_fulfilled, false, data.clone());
    let on_rejected = native_closure(interp, "", 1, resume_rejected, false, data);
    perform_then(
        interp,
        promise,
        Value::Object(on_fulfilled),
        Value::Object(on_rejected),
        None,
    );
    interp.trace_cause_done();
}

fn resume_fulfilled(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    resume_from_job(interp, call, ResumeWith::Next(call.arg(0)))
}

fn resume_rejected(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    resume_from_job(interp, call, ResumeWith::Throw(call.arg(0)))
}

/// The awaited promise settled: continue the body (its holder is the handler's data).
fn resume_from_job(interp: &mut Interp, call: &NativeCall, what: ResumeWith) -> JsResult<Value> {
    if let Value::Object(holder) = call.data(0) {
        resume(interp, &holder, what, call.site, FrameKind::AsyncResume)?;
    }
    Ok(Value::Undefined)
}

/// The name of the async function whose suspended call `holder` is (for traces).
pub fn function_name(holder: &ObjRef) -> Option<String> {
    match &holder.data.borrow().kind {
        ObjectKind::AsyncCall(call) => Some(call.frame.name.to_string()),
        _ => None,
    }
}
