//! Generator objects (`function*`): calling a generator function binds its parameters and
//! returns a generator whose body runs on a [`Task`] — `next(v)`, `throw(e)` and `return(v)`
//! resume it until the next `yield` or the end (ECMA-262 §27.5).
//!
//! Invariants: a generator's task is taken out of the object while it runs (so `next()` from
//! inside its own body sees "already running"), and dropped for good when the body finishes;
//! a finished generator answers `{ value: undefined, done: true }` forever.

use std::rc::Rc;

use crate::ast::{Function, Span};
use crate::heap::{self, EnvRef, ObjRef};
use crate::interp::coroutine::{ResumeWith, Step, SuspendWith, Task};
use crate::interp::{CallFrame, Exception, Interp, JsResult};
use crate::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::define_method;

#[derive(Debug)]
pub struct GeneratorData {
    /// `None` while the body runs or after it finished.
    task: Option<Task>,
    done: bool,
    /// The frame the body runs in (its function's name and `this`).
    name: JsStr,
    this: Value,
}

impl GeneratorData {
    pub fn trace(&self, t: &mut crate::heap::Tracer) {
        t.value(&self.this);
    }
}

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.generator_proto.clone();
    define_method(interp, &proto, "next", 1, |i, c| {
        resume(i, c, ResumeWith::Next(c.arg(0)), "next")
    });
    define_method(interp, &proto, "return", 1, |i, c| {
        resume(i, c, ResumeWith::Return(c.arg(0)), "return")
    });
    define_method(interp, &proto, "throw", 1, |i, c| {
        resume(i, c, ResumeWith::Throw(c.arg(0)), "throw")
    });
    super::symbol::define_to_string_tag(interp, &proto, "Generator");
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
        Value::Object(p) => p,
        _ => interp.intrinsics.generator_proto.clone(),
    };
    let body = func.clone();
    let task = Task::new(move |interp, _first| {
        interp.env = env;
        interp.run_body_statements(&body)
    });
    let data = GeneratorData {
        task: Some(task),
        done: false,
        name: frame.name.clone(),
        this: frame.this.clone(),
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
    Run(Task, JsStr, Value),
    Finished,
    Running,
}

fn take_task(generator: &ObjRef) -> Option<Before> {
    let mut data = generator.data.borrow_mut();
    let ObjectKind::Generator(g) = &mut data.kind else {
        return None;
    };
    Some(match g.task.take() {
        Some(task) => Before::Run(task, g.name.clone(), g.this.clone()),
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

fn resume(
    interp: &mut Interp,
    call: &NativeCall,
    what: ResumeWith,
    method: &str,
) -> JsResult<Value> {
    let generator = match &call.this {
        Value::Object(o) => take_task(o).map(|b| (o.clone(), b)),
        _ => None,
    };
    let Some((generator, before)) = generator else {
        let shown = super::inspect::inspect_brief(interp, &call.this);
        let msg = format!("{method} method called on incompatible receiver {shown}");
        return Err(interp.type_error(&msg, call.site));
    };
    let (mut task, name, this) = match before {
        Before::Run(task, name, this) => (task, name, this),
        Before::Running => return Err(interp.type_error("Generator is already running", call.site)),
        Before::Finished => return finished_answer(interp, what, call.site),
    };
    if !task.started() && !matches!(what, ResumeWith::Next(_)) {
        // `return`/`throw` before the first `next` never run the body.
        finish(&generator, None);
        drop(task);
        return finished_answer(interp, what, call.site);
    }
    let base = interp.frames.len();
    interp.frames.push(CallFrame {
        name,
        call_site: call.site,
        this,
    });
    let step = task.resume(interp, what);
    interp.frames.truncate(base);
    match step {
        Step::Suspended(SuspendWith::Yield(v)) => {
            finish(&generator, Some(task));
            Ok(iter_result(interp, v, false))
        }
        Step::Suspended(SuspendWith::Await(_)) => {
            unreachable!("the scope pass rejects `await` in a generator")
        }
        Step::Done(result) => {
            finish(&generator, None);
            drop(task);
            match result {
                Ok(v) => Ok(iter_result(interp, v, true)),
                Err(e) if e.is_generator_return() => Ok(iter_result(interp, e.into_value(), true)),
                Err(e) => Err(e),
            }
        }
    }
}

fn finished_answer(interp: &mut Interp, what: ResumeWith, site: Span) -> JsResult<Value> {
    match what {
        ResumeWith::Next(_) => Ok(iter_result(interp, Value::Undefined, true)),
        ResumeWith::Return(v) => Ok(iter_result(interp, v, true)),
        ResumeWith::Throw(e) => Err(Exception::new(e, site)),
    }
}
