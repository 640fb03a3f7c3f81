//! Generator objects (`function*`): calling a generator function binds its parameters and
//! returns a generator whose body runs on a [`Task`] — `next(v)`, `throw(e)` and `return(v)`
//! resume it until the next `yield` or the end (ECMA-262 §27.5).
//!
//! Invariants: a generator's task is taken out of the object while it runs (so `next()` from
//! inside its own body sees "already running"), and dropped for good when the body finishes;
//! a finished generator answers `{ value: undefined, done: true }` forever.

use std::rc::Rc;

use crate::interp::coroutine::{ResumeWith, Step, SuspendWith, Task};
use crate::interp::{CallFrame, Exception, FrameKind, Interp, JsResult};
use crate::syntax::ast::{Function, Span};
use crate::util::stack::task::Placement;
use crate::value::heap::{self, EnvRef, ObjRef};
use crate::value::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::define_method;

#[derive(Debug)]
pub struct GeneratorData {
    /// `None` while the body runs or after it finished.
    task: Option<Task>,
    done: bool,
    /// The frame the body runs in (its function, name and `this`), pushed at each resume.
    frame: CallFrame,
}

impl GeneratorData {
    /// The frame's references only: a body's task is not traced (what its suspended stack
    /// holds is outside the heap, so it counts as a root), and is gone once the body finishes.
    pub fn trace(&self, t: &mut crate::value::heap::Tracer) {
        self.frame.trace(t);
    }
}

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.generator_proto.clone();
    let next = super::native_function(
        interp,
        "next",
        1,
        |i, c| resume(i, c, ResumeWith::Next(c.arg(0)), "next"),
        false,
    );
    proto
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("next"), Value::Object(next.clone()));
    interp.intrinsics.generator_next = Some(next);
    define_method(interp, &proto, "return", 1, |i, c| {
        resume(i, c, ResumeWith::Return(c.arg(0)), "return")
    });
    define_method(interp, &proto, "throw", 1, |i, c| {
        resume(i, c, ResumeWith::Throw(c.arg(0)), "throw")
    });
    super::symbol::define_to_string_tag(&proto, "Generator");
    let generator_function_proto = interp.intrinsics.generator_function_proto.clone();
    install_function_kind(interp, &generator_function_proto, "GeneratorFunction");
    generator_function_proto
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("prototype"), Value::Object(proto));
    let async_function_proto = interp.intrinsics.async_function_proto.clone();
    install_function_kind(interp, &async_function_proto, "AsyncFunction");
}

/// `GeneratorFunction` / `AsyncFunction`: reachable only as `constructor` of their functions'
/// prototype (they compile source text, which minnow does not do at run time).
fn install_function_kind(interp: &mut Interp, proto: &ObjRef, name: &'static str) {
    let ctor = super::native_function(interp, name, 1, no_dynamic_functions, true);
    ctor.data
        .borrow_mut()
        .set_hidden(JsStr::from("prototype"), Value::Object(proto.clone()));
    proto
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("constructor"), Value::Object(ctor));
    super::symbol::define_to_string_tag(proto, name);
}

fn no_dynamic_functions(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Err(interp.error(
        crate::interp::ErrorKind::EvalError,
        "Code generation from strings is not supported by minnow",
        call.site,
    ))
}

/// Calling a generator function: the parameters are already bound in `env`; the body waits
/// for the first `next()`.
pub fn create(
    interp: &mut Interp,
    function: &ObjRef,
    func: &Rc<Function>,
    env: EnvRef,
    frame: &CallFrame,
) -> Value {
    let proto = match interp.get_from_object(function, &JsStr::from("prototype")) {
        Ok(Value::Object(p)) => p,
        _ => interp.intrinsics.generator_proto.clone(),
    };
    let body = func.clone();
    let task = Task::new(Placement::Slot, move |interp, _first| {
        interp.env = env;
        interp.run_body_statements(&body)
    });
    let data = GeneratorData {
        task: Some(task),
        done: false,
        frame: frame.clone(),
    };
    Value::Object(heap::alloc_object(Object::new(
        Some(proto),
        ObjectKind::Generator(Box::new(data)),
    )))
}

/// `{ value, done }`
pub fn iter_result(interp: &Interp, value: Value, done: bool) -> Value {
    let o = interp.new_object();
    {
        let mut data = o.data.borrow_mut();
        data.props.reserve(2);
        data.set_own(JsStr::from("value"), value);
        data.set_own(JsStr::from("done"), Value::Bool(done));
    }
    Value::Object(o)
}

/// What `next`/`return`/`throw` find in the generator before resuming it.
enum Before {
    Run(Task, CallFrame),
    Finished,
    Running,
}

fn take_task(generator: &ObjRef) -> Option<Before> {
    let mut data = generator.data.borrow_mut();
    let ObjectKind::Generator(g) = &mut data.kind else {
        return None;
    };
    Some(match g.task.take() {
        Some(task) => Before::Run(task, g.frame.clone()),
        None if g.done => Before::Finished,
        None => Before::Running,
    })
}

fn finish(generator: &ObjRef, task: Option<Task>) {
    if let ObjectKind::Generator(g) = &mut generator.data.borrow_mut().kind {
        g.done = task.is_none();
        g.task = task;
    }
}

/// `next`/`return`/`throw`: resumes the generator and wraps the outcome in `{ value, done }`.
fn resume(
    interp: &mut Interp,
    call: &NativeCall,
    what: ResumeWith,
    method: &str,
) -> JsResult<Value> {
    let Value::Object(generator) = &call.this else {
        return Err(incompatible_receiver(interp, call, method));
    };
    match step(interp, generator, what, call.site) {
        Some(outcome) => {
            let (value, done) = outcome?;
            Ok(iter_result(interp, value, done))
        }
        None => Err(incompatible_receiver(interp, call, method)),
    }
}

fn incompatible_receiver(interp: &mut Interp, call: &NativeCall, method: &str) -> Exception {
    let shown = crate::interp::describe::brief(interp, &call.this);
    let msg = format!("{method} method called on incompatible receiver {shown}");
    interp.type_error(&msg, call.site)
}

/// Resumes `generator` with `what`: the next value and whether the generator is done, or
/// `None` when `generator` is not a generator object. (`for…of` calls this directly, without
/// a `{ value, done }` object per step.)
pub fn step(
    interp: &mut Interp,
    generator: &ObjRef,
    what: ResumeWith,
    site: Span,
) -> Option<JsResult<(Value, bool)>> {
    let (mut task, frame) = match take_task(generator)? {
        Before::Run(task, frame) => (task, frame),
        Before::Running => {
            return Some(Err(interp.type_error("Generator is already running", site)));
        }
        Before::Finished => return Some(finished_answer(what, site)),
    };
    if !task.started() && !matches!(what, ResumeWith::Next(_)) {
        // `return`/`throw` before the first `next` never run the body.
        finish(generator, None);
        drop(task);
        return Some(finished_answer(what, site));
    }
    let base = interp.frames.len();
    interp.enter_frame(CallFrame {
        call_site: site,
        kind: FrameKind::Code,
        ..frame
    });
    let outcome = task.resume(interp, what, site);
    interp.leave_frames(base, outcome.outcome());
    Some(match outcome {
        Step::Suspended(SuspendWith::Yield(v)) => {
            finish(generator, Some(task));
            Ok((v, false))
        }
        Step::Suspended(SuspendWith::Await(_)) => {
            unreachable!("the scope pass rejects `await` in a generator")
        }
        Step::Done(result) => {
            finish(generator, None);
            drop(task);
            match result {
                Ok(v) => Ok((v, true)),
                Err(e) if e.is_generator_return() => Ok((e.into_value(), true)),
                Err(e) => Err(e),
            }
        }
    })
}

fn finished_answer(what: ResumeWith, site: Span) -> JsResult<(Value, bool)> {
    match what {
        ResumeWith::Next(_) => Ok((Value::Undefined, true)),
        ResumeWith::Return(v) => Ok((v, true)),
        ResumeWith::Throw(e) => Err(Exception::new(e, site)),
    }
}
