//! Promises, following ECMA-262 §27.2 step by step so that tick counts match node exactly:
//! resolving functions with a shared "already resolved" record, `NewPromiseResolveThenableJob`
//! for adopting thenables (native promises included — no shortcut), `PromiseReactionJob` for
//! handlers, and `HostPromiseRejectionTracker` feeding the host's unhandled-rejection check.
//!
//! Other constructors take part as the spec lets them: `then` and `finally` derive through
//! SpeciesConstructor (`Promise[Symbol.species]`), and the statics, `then` and the combinators
//! build their promise with NewPromiseCapability(C) — constructing `C` with an executor that
//! captures its resolving functions — and settle it by calling those. For `Promise` itself,
//! whose capability nothing can observe being made, a promise is made and settled directly.
//!
//! Jobs reach the microtask queue only through `Interp::host`.

use crate::host::event_loop::Job;
use crate::interp::{Exception, Interp, JsResult};
use crate::syntax::ast::Span;
use crate::value::heap::{self, ObjRef, Tracer};
use crate::value::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::{define_constructor, define_method, native_closure};
use crate::interp::ErrorKind;

#[derive(Debug)]
pub struct PromiseData {
    pub state: PromiseState,
    fulfill_reactions: Vec<Reaction>,
    reject_reactions: Vec<Reaction>,
    /// [[PromiseIsHandled]]: some reaction was ever attached.
    pub is_handled: bool,
}

#[derive(Debug, Clone)]
pub enum PromiseState {
    Pending,
    Fulfilled(Value),
    Rejected(Value),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReactionKind {
    Fulfill,
    Reject,
}

/// A PromiseCapability record: a promise and the functions that settle it.
#[derive(Debug, Clone)]
pub struct Capability {
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

impl Capability {
    /// The capability as a private record object (a list of its three values), so that a
    /// reaction can refer to it with one pointer, as it refers to a promise.
    fn into_record(self) -> ObjRef {
        let record = list_cell();
        for v in [self.promise, self.resolve, self.reject] {
            list_push(&record, v);
        }
        record
    }

    /// The capability a reaction's derived object stands for, when it is a record (a promise
    /// is settled directly instead).
    fn from_record(o: &ObjRef) -> Option<Capability> {
        if !matches!(o.data.borrow().kind, ObjectKind::Array(_)) {
            return None;
        }
        let record = Value::Object(o.clone());
        Some(Capability {
            promise: list_get(&record, 0),
            resolve: list_get(&record, 1),
            reject: list_get(&record, 2),
        })
    }
}

/// A PromiseReaction record: what to run when a promise settles, and what the handler's
/// outcome settles (its [[Capability]]).
#[derive(Debug, Clone)]
pub struct Reaction {
    /// Nothing for an internal reaction (`await`, whose handlers do not throw); a promise
    /// `%Promise%` made, whose resolving functions nobody holds, settled directly (all that
    /// calling them would do); or another constructor's capability as a record (see
    /// [`Capability::into_record`]), settled by calling its functions. One pointer: every
    /// pending `then` holds two reactions.
    pub derived: Option<ObjRef>,
    pub kind: ReactionKind,
    /// `Value::Undefined` when no callable handler was given (pass-through).
    pub handler: Value,
    /// While tracing: where the handler was attached (the `.then(…)` call), for the steps
    /// that queue and run it, as a key into the trace's table of sites (0: none). A plain
    /// number keeps the untraced reaction free of drop work.
    pub site: u32,
}

impl PromiseData {
    pub fn trace(&self, t: &mut Tracer) {
        match &self.state {
            PromiseState::Fulfilled(v) | PromiseState::Rejected(v) => t.value(v),
            PromiseState::Pending => {}
        }
        for r in self.fulfill_reactions.iter().chain(&self.reject_reactions) {
            if let Some(d) = &r.derived {
                t.object(d);
            }
            t.value(&r.handler);
        }
    }
}

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.promise_proto.clone();
    let ctor = define_constructor(interp, "Promise", 1, promise_constructor, &proto);
    interp.intrinsics.promise_ctor = ctor.clone();
    define_method(interp, &proto, "then", 2, promise_then);
    define_method(interp, &proto, "catch", 1, promise_catch);
    define_method(interp, &proto, "finally", 1, promise_finally);
    // node's order: the combinators, then `resolve` and `reject`.
    define_method(interp, &ctor, "all", 1, |i, c| {
        combinator(i, c, Combinator::All)
    });
    define_method(interp, &ctor, "allSettled", 1, |i, c| {
        combinator(i, c, Combinator::AllSettled)
    });
    define_method(interp, &ctor, "any", 1, |i, c| {
        combinator(i, c, Combinator::Any)
    });
    define_method(interp, &ctor, "race", 1, |i, c| {
        combinator(i, c, Combinator::Race)
    });
    define_method(interp, &ctor, "resolve", 1, promise_resolve_static);
    define_method(interp, &ctor, "reject", 1, promise_reject_static);
    define_method(interp, &ctor, "withResolvers", 0, with_resolvers);
    // `get Promise[Symbol.species]`: returns `this`, so a subclass is its own species.
    let species = super::native_function(interp, "get [Symbol.species]", 0, species_getter, false);
    let flags = crate::value::object::PropFlags {
        enumerable: false,
        ..crate::value::object::PropFlags::ACCESSOR
    };
    ctor.data.borrow_mut().set_accessor(
        crate::value::symbol::species_key(),
        Some(species),
        None,
        flags,
    );
}

fn species_getter(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this.clone())
}

/// Whether `c` is the original `Promise` constructor.
fn is_intrinsic_promise(interp: &Interp, c: &Value) -> bool {
    matches!(c, Value::Object(c) if std::rc::Rc::ptr_eq(c, &interp.intrinsics.promise_ctor))
}

/// SpeciesConstructor(o, %Promise%): `o.constructor[Symbol.species]`, or `Promise` when either
/// is undefined (or the species null).
fn species_constructor(interp: &mut Interp, o: &ObjRef, site: Span) -> JsResult<Value> {
    let default = Value::Object(interp.intrinsics.promise_ctor.clone());
    if species_is_intact(interp, o) {
        return Ok(default);
    }
    let c = interp.get_from_object(o, &JsStr::from("constructor"))?;
    let Value::Object(c_obj) = &c else {
        if matches!(c, Value::Undefined) {
            return Ok(default);
        }
        return Err(interp.type_error("The .constructor property is not an object", site));
    };
    // The original getter returns `c` itself; calling it could not be observed.
    let species = if has_original_species_getter(c_obj) {
        c.clone()
    } else {
        interp.get_from_object(c_obj, &crate::value::symbol::species_key())?
    };
    if species.is_nullish() {
        return Ok(default);
    }
    if interp.is_constructor(&species) {
        return Ok(species);
    }
    Err(interp.type_error(
        "object.constructor[Symbol.species] is not a constructor",
        site,
    ))
}

/// Whether `o.constructor[Symbol.species]` is `Promise` with nothing to run on the way (the
/// case of nearly every `then`): `o` has no own `constructor`, inherits `Promise.prototype`'s
/// original one, and `Promise[Symbol.species]` is still the original getter.
fn species_is_intact(interp: &Interp, o: &ObjRef) -> bool {
    let data = o.data.borrow();
    let proto_is_original = data
        .proto
        .as_ref()
        .is_some_and(|p| std::rc::Rc::ptr_eq(p, &interp.intrinsics.promise_proto));
    if !proto_is_original || data.props.contains_key("constructor") {
        return false;
    }
    let ctor = &interp.intrinsics.promise_ctor;
    let constructor_is_original = matches!(
        interp.intrinsics.promise_proto.data.borrow().props.get("constructor")
            .and_then(|p| p.data_value()),
        Some(Value::Object(c)) if std::rc::Rc::ptr_eq(c, ctor)
    );
    constructor_is_original && has_original_species_getter(ctor)
}

/// Whether `c`'s own `Symbol.species` is the getter `Promise` was made with (it returns `c`).
fn has_original_species_getter(c: &ObjRef) -> bool {
    match c
        .data
        .borrow()
        .props
        .get(&crate::value::symbol::species_key())
    {
        Some(p) => matches!(&p.slot, crate::value::object::Slot::Accessor(a)
            if a.get.as_ref().is_some_and(|g| matches!(&g.data.borrow().kind,
                ObjectKind::Native(n) if std::ptr::fn_addr_eq(n.call, species_getter as NativeFn)))),
        None => false,
    }
}

/// NewPromiseCapability(C): constructs `C` with an executor that captures the resolving
/// functions it is given, which must then both be callable. For `Promise` itself this is a
/// new promise and its resolving functions (nothing in between can be observed).
pub fn new_promise_capability(interp: &mut Interp, c: &Value, site: Span) -> JsResult<Capability> {
    if is_intrinsic_promise(interp, c) {
        let promise = new_promise(interp);
        let (resolve, reject) = create_resolving_functions(interp, &promise);
        return Ok(Capability {
            promise: Value::Object(promise),
            resolve,
            reject,
        });
    }
    if !interp.is_constructor(c) {
        let msg = format!("{} is not a constructor", super::message::message_string(c));
        return Err(interp.type_error(&msg, site));
    }
    let record = list_cell();
    list_push(&record, Value::Undefined);
    list_push(&record, Value::Undefined);
    let record = Value::Object(record);
    let executor = native_closure(
        interp,
        "",
        2,
        capability_executor,
        false,
        vec![record.clone()],
    );
    let promise = interp.construct(c, vec![Value::Object(executor)], site)?;
    let (resolve, reject) = (list_get(&record, 0), list_get(&record, 1));
    if !interp.is_callable(&resolve) || !interp.is_callable(&reject) {
        return Err(interp.type_error("Promise resolve or reject function is not callable", site));
    }
    Ok(Capability {
        promise,
        resolve,
        reject,
    })
}

/// GetCapabilitiesExecutor: records the resolving functions, once.
fn capability_executor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let record = call.data(0);
    if !matches!(list_get(&record, 0), Value::Undefined)
        || !matches!(list_get(&record, 1), Value::Undefined)
    {
        return Err(interp.type_error(
            "Promise executor has already been invoked with non-undefined arguments",
            call.site,
        ));
    }
    list_set(&record, 0, call.arg(0));
    list_set(&record, 1, call.arg(1));
    Ok(Value::Undefined)
}

/// `Promise.withResolvers()`: `{ promise, resolve, reject }` of NewPromiseCapability(this)
/// (ES2024; node 20 lacks it, minnow has it because the issue asks for it).
fn with_resolvers(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let capability = new_promise_capability(interp, &call.this, call.site)?;
    let out = interp.new_object();
    {
        let mut data = out.data.borrow_mut();
        data.set_own(JsStr::from("promise"), capability.promise);
        data.set_own(JsStr::from("resolve"), capability.resolve);
        data.set_own(JsStr::from("reject"), capability.reject);
    }
    Ok(Value::Object(out))
}

/// A new pending promise.
pub fn new_promise(interp: &Interp) -> ObjRef {
    let data = PromiseData {
        state: PromiseState::Pending,
        fulfill_reactions: Vec::new(),
        reject_reactions: Vec::new(),
        is_handled: false,
    };
    heap::alloc_object(Object::new(
        Some(interp.intrinsics.promise_proto.clone()),
        ObjectKind::Promise(Box::new(data)),
    ))
}

pub fn is_promise(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.data.borrow().kind, ObjectKind::Promise(_)))
}

/// The state of a promise object (for `console.log`).
pub fn promise_state(o: &ObjRef) -> Option<PromiseState> {
    match &o.data.borrow().kind {
        ObjectKind::Promise(p) => Some(p.state.clone()),
        _ => None,
    }
}

/// CreateResolvingFunctions: a resolve and a reject function sharing one "already resolved"
/// record.
pub fn create_resolving_functions(interp: &Interp, promise: &ObjRef) -> (Value, Value) {
    let flag = heap::alloc_object(Object::new(None, ObjectKind::ResolvedFlag(false)));
    let data = vec![Value::Object(promise.clone()), Value::Object(flag)];
    let resolve = native_closure(interp, "", 1, resolve_function, false, data.clone());
    let reject = native_closure(interp, "", 1, reject_function, false, data);
    (Value::Object(resolve), Value::Object(reject))
}

/// Sets the shared record; returns false if it was already set.
fn claim_resolution(call: &NativeCall) -> bool {
    claim_flag(&call.data(1))
}

/// Sets a once-only flag object (a `ResolvedFlag`); false if it was already set.
fn claim_flag(flag: &Value) -> bool {
    let Value::Object(flag) = flag else {
        return false;
    };
    let mut f = flag.data.borrow_mut();
    match &mut f.kind {
        ObjectKind::ResolvedFlag(done) if !*done => {
            *done = true;
            true
        }
        _ => false,
    }
}

fn resolve_function(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if claim_resolution(call)
        && let Value::Object(p) = call.data(0)
    {
        resolve_promise(interp, &p, call.arg(0), call.site);
    }
    Ok(Value::Undefined)
}

fn reject_function(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if claim_resolution(call)
        && let Value::Object(p) = call.data(0)
    {
        reject_promise(interp, &p, call.arg(0));
    }
    Ok(Value::Undefined)
}

/// The body of a promise resolve function (§27.2.1.3.2 steps 7–16): fulfil with a
/// non-thenable, or queue a job that adopts the thenable's state.
pub fn resolve_promise(interp: &mut Interp, promise: &ObjRef, resolution: Value, site: Span) {
    if let Value::Object(r) = &resolution {
        if std::rc::Rc::ptr_eq(r, promise) {
            let e = interp.make_error(
                ErrorKind::TypeError,
                "Chaining cycle detected for promise #<Promise>",
                site,
            );
            reject_promise(interp, promise, Value::Object(e));
            return;
        }
        let then = match interp.get(&resolution, &JsStr::from("then"), site) {
            Ok(t) => t,
            Err(e) => {
                reject_promise(interp, promise, e.into_value());
                return;
            }
        };
        if interp.is_callable(&then) {
            interp.enqueue_job(Job::ResolveThenable {
                promise: promise.clone(),
                thenable: resolution,
                then,
            });
            return;
        }
    }
    settle(interp, promise, PromiseState::Fulfilled(resolution));
}

/// RejectPromise.
pub fn reject_promise(interp: &mut Interp, promise: &ObjRef, reason: Value) {
    let handled = match &promise.data.borrow().kind {
        ObjectKind::Promise(p) => p.is_handled,
        _ => true,
    };
    if !handled {
        interp.host.track_rejection(promise.clone());
    }
    settle(interp, promise, PromiseState::Rejected(reason));
}

/// FulfillPromise / the shared tail of RejectPromise: record the state and queue the reactions.
fn settle(interp: &mut Interp, promise: &ObjRef, state: PromiseState) {
    let (reactions, argument) = {
        let mut data = promise.data.borrow_mut();
        let ObjectKind::Promise(p) = &mut data.kind else {
            return;
        };
        if !matches!(p.state, PromiseState::Pending) {
            return;
        }
        let fulfill = std::mem::take(&mut p.fulfill_reactions);
        let reject = std::mem::take(&mut p.reject_reactions);
        let (reactions, argument) = match &state {
            PromiseState::Fulfilled(v) => (fulfill, v.clone()),
            PromiseState::Rejected(v) => (reject, v.clone()),
            PromiseState::Pending => unreachable!("settling to pending"),
        };
        p.state = state;
        (reactions, argument)
    };
    for reaction in reactions {
        interp.enqueue_job(Job::Reaction {
            reaction,
            argument: argument.clone(),
        });
    }
}

/// PerformPromiseThen: attach handlers (non-callables become pass-through) whose outcome
/// settles `derived`.
pub fn perform_then(
    interp: &mut Interp,
    promise: &ObjRef,
    on_fulfilled: Value,
    on_rejected: Value,
    derived: Option<ObjRef>,
) {
    let callable = |interp: &Interp, v: Value| {
        if interp.is_callable(&v) {
            v
        } else {
            Value::Undefined
        }
    };
    let site = interp.trace_builtin_call_site();
    let fulfill = Reaction {
        derived: derived.clone(),
        kind: ReactionKind::Fulfill,
        handler: callable(interp, on_fulfilled),
        site,
    };
    let reject = Reaction {
        derived,
        kind: ReactionKind::Reject,
        handler: callable(interp, on_rejected),
        site,
    };
    let mut data = promise.data.borrow_mut();
    let ObjectKind::Promise(p) = &mut data.kind else {
        return;
    };
    let was_handled = std::mem::replace(&mut p.is_handled, true);
    match p.state.clone() {
        PromiseState::Pending => {
            p.fulfill_reactions.push(fulfill);
            p.reject_reactions.push(reject);
        }
        PromiseState::Fulfilled(v) => {
            drop(data);
            interp.enqueue_job(Job::Reaction {
                reaction: fulfill,
                argument: v,
            });
        }
        PromiseState::Rejected(v) => {
            drop(data);
            if !was_handled {
                interp.host.untrack_rejection(promise);
            }
            interp.enqueue_job(Job::Reaction {
                reaction: reject,
                argument: v,
            });
        }
    }
}

/// PromiseReactionJob.
pub fn run_reaction_job(interp: &mut Interp, reaction: Reaction, argument: Value) -> JsResult<()> {
    let outcome = if matches!(reaction.handler, Value::Undefined) {
        match reaction.kind {
            ReactionKind::Fulfill => Ok(argument),
            ReactionKind::Reject => Err(Exception::new(argument, Span::default())),
        }
    } else {
        interp.call_from_host(
            &reaction.handler,
            Value::Undefined,
            vec![argument],
            "process.processTicksAndRejections",
        )
    };
    let Some(derived) = reaction.derived else {
        // Internal reactions have no derived promise; their handlers do not throw.
        return outcome.map(|_| ());
    };
    if let Some(c) = Capability::from_record(&derived) {
        // Calling the capability's functions may throw: the job then ends with that error.
        let (f, v) = match outcome {
            Ok(v) => (c.resolve, v),
            Err(e) if e.is_uncatchable() => return Err(e),
            Err(e) => (c.reject, e.into_value()),
        };
        let name = "process.processTicksAndRejections";
        return interp
            .call_from_host(&f, Value::Undefined, vec![v], name)
            .map(|_| ());
    }
    match outcome {
        Ok(v) => resolve_promise(interp, &derived, v, Span::default()),
        Err(e) if e.is_uncatchable() => return Err(e),
        Err(e) => reject_promise(interp, &derived, e.into_value()),
    }
    Ok(())
}

/// NewPromiseResolveThenableJob: call `then` on the thenable with fresh resolving functions.
pub fn run_resolve_thenable_job(
    interp: &mut Interp,
    promise: ObjRef,
    thenable: Value,
    then: Value,
) -> JsResult<()> {
    let (resolve, reject) = create_resolving_functions(interp, &promise);
    let result = interp.call_from_host(
        &then,
        thenable,
        vec![resolve, reject.clone()],
        "process.processTicksAndRejections",
    );
    match result {
        Err(e) if e.is_uncatchable() => Err(e),
        Err(e) => interp
            .call_from_host(&reject, Value::Undefined, vec![e.into_value()], "reject")
            .map(|_| ()),
        Ok(_) => Ok(()),
    }
}

/// `new Promise(executor)`
fn promise_constructor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if !call.is_construct {
        return Err(interp.type_error(
            "Promise constructor cannot be invoked without 'new'",
            call.site,
        ));
    }
    let executor = call.arg(0);
    if !interp.is_callable(&executor) {
        // V8 shows the value as its own message formatter does: strings unquoted, arrays
        // as their class tag.
        let shown = match &executor {
            Value::String(s) => s.to_string(),
            v if interp.is_array(v) => "[object Array]".to_string(),
            v => crate::interp::describe::brief(interp, v),
        };
        let msg = format!("Promise resolver {shown} is not a function");
        return Err(interp.type_error(&msg, call.site));
    }
    let promise = new_promise(interp);
    if call.new_target.is_some() {
        let fallback = interp.intrinsics.promise_proto.clone();
        promise.data.borrow_mut().proto = Some(super::prototype_for_new(interp, call, &fallback)?);
    }
    let (resolve, reject) = create_resolving_functions(interp, &promise);
    if let Err(e) = interp.call(
        &executor,
        Value::Undefined,
        vec![resolve, reject.clone()],
        call.site,
    ) {
        if e.is_uncatchable() {
            return Err(e);
        }
        interp.call(&reject, Value::Undefined, vec![e.into_value()], call.site)?;
    }
    Ok(Value::Object(promise))
}

fn this_promise(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<ObjRef> {
    match &call.this {
        Value::Object(o) if matches!(o.data.borrow().kind, ObjectKind::Promise(_)) => Ok(o.clone()),
        other => {
            let shown = crate::interp::describe::brief(interp, other);
            let msg = format!(
                "Method Promise.prototype.{method} called on incompatible receiver {shown}"
            );
            Err(interp.type_error(&msg, call.site))
        }
    }
}

/// `promise.then(onFulfilled, onRejected)`: the derived promise comes from the promise's
/// species constructor (a subclass's instances derive instances of the subclass).
fn promise_then(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let promise = this_promise(interp, call, "then")?;
    let c = species_constructor(interp, &promise, call.site)?;
    let (result, derived) = if is_intrinsic_promise(interp, &c) {
        let derived = new_promise(interp);
        (Value::Object(derived.clone()), derived)
    } else {
        let capability = new_promise_capability(interp, &c, call.site)?;
        (capability.promise.clone(), capability.into_record())
    };
    perform_then(interp, &promise, call.arg(0), call.arg(1), Some(derived));
    Ok(result)
}

/// Invoke(promise, "then", args): looks `then` up so overriding it is observed, as the spec
/// requires of `catch` and `finally`.
fn invoke_then(
    interp: &mut Interp,
    target: &Value,
    args: Vec<Value>,
    site: Span,
) -> JsResult<Value> {
    let then = interp.get(target, &JsStr::from("then"), site)?;
    if !interp.is_callable(&then) {
        let shown = super::message::call_site_string(&then);
        return Err(interp.type_error(&format!("{shown} is not a function"), site));
    }
    interp.call(&then, target.clone(), args, site)
}

/// `promise.catch(onRejected)`
fn promise_catch(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    invoke_then(
        interp,
        &call.this,
        vec![Value::Undefined, call.arg(0)],
        call.site,
    )
}

/// `promise.finally(onFinally)`: `then` with two functions that call `onFinally`, wait for
/// its result (a promise of the species constructor), and pass the value or reason on.
fn promise_finally(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(promise) = &call.this else {
        return Err(interp.type_error("Promise.prototype.finally called on non-object", call.site));
    };
    let c = species_constructor(interp, promise, call.site)?;
    let on_finally = call.arg(0);
    if !interp.is_callable(&on_finally) {
        return invoke_then(
            interp,
            &call.this,
            vec![on_finally.clone(), on_finally],
            call.site,
        );
    }
    let data = vec![on_finally, c];
    let then_finally = native_closure(interp, "", 1, then_finally, false, data.clone());
    let catch_finally = native_closure(interp, "", 1, catch_finally, false, data);
    invoke_then(
        interp,
        &call.this,
        vec![Value::Object(then_finally), Value::Object(catch_finally)],
        call.site,
    )
}

/// The fulfilment side of `finally`: run the callback, wait for its result, pass the value on.
fn then_finally(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let result = interp.call(&call.data(0), Value::Undefined, Vec::new(), call.site)?;
    let p = promise_resolve_with(interp, &call.data(1), result, call.site)?;
    let thunk = native_closure(interp, "", 0, return_data, false, vec![call.arg(0)]);
    invoke_then(interp, &p, vec![Value::Object(thunk)], call.site)
}

/// The rejection side of `finally`: run the callback, wait for its result, rethrow the reason.
fn catch_finally(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let result = interp.call(&call.data(0), Value::Undefined, Vec::new(), call.site)?;
    let p = promise_resolve_with(interp, &call.data(1), result, call.site)?;
    let thrower = native_closure(interp, "", 0, throw_data, false, vec![call.arg(0)]);
    invoke_then(interp, &p, vec![Value::Object(thrower)], call.site)
}

fn return_data(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(call.data(0))
}

fn throw_data(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Err(Exception::new(call.data(0), call.site))
}

/// PromiseResolve(%Promise%, x) (what `await` uses): `x` itself if it is a promise whose
/// `constructor` is `Promise`, else a new promise resolved with `x`. Reading `constructor`
/// may throw.
pub fn promise_resolve(interp: &mut Interp, x: Value, site: Span) -> JsResult<Value> {
    let c = Value::Object(interp.intrinsics.promise_ctor.clone());
    promise_resolve_with(interp, &c, x, site)
}

/// PromiseResolve(C, x).
fn promise_resolve_with(interp: &mut Interp, c: &Value, x: Value, site: Span) -> JsResult<Value> {
    if let Value::Object(o) = &x
        && matches!(o.data.borrow().kind, ObjectKind::Promise(_))
    {
        let x_ctor = interp.get_from_object(o, &JsStr::from("constructor"))?;
        if x_ctor.same_value(c) {
            return Ok(x);
        }
    }
    if is_intrinsic_promise(interp, c) {
        // Calling the fresh promise's resolve function amounts to this.
        let promise = new_promise(interp);
        resolve_promise(interp, &promise, x, site);
        return Ok(Value::Object(promise));
    }
    let capability = new_promise_capability(interp, c, site)?;
    interp.call(&capability.resolve, Value::Undefined, vec![x], site)?;
    Ok(capability.promise)
}

/// `Promise.resolve(x)`: PromiseResolve with `this` as the constructor.
fn promise_resolve_static(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if !matches!(call.this, Value::Object(_)) {
        return Err(interp.type_error("PromiseResolve called on non-object", call.site));
    }
    promise_resolve_with(interp, &call.this, call.arg(0), call.site)
}

/// `Promise.reject(reason)`: a promise of `this`, rejected with `reason`.
fn promise_reject_static(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if !matches!(call.this, Value::Object(_)) {
        return Err(interp.type_error("PromiseReject called on non-object", call.site));
    }
    if is_intrinsic_promise(interp, &call.this) {
        let promise = new_promise(interp);
        reject_promise(interp, &promise, call.arg(0));
        return Ok(Value::Object(promise));
    }
    let capability = new_promise_capability(interp, &call.this, call.site)?;
    interp.call(
        &capability.reject,
        Value::Undefined,
        vec![call.arg(0)],
        call.site,
    )?;
    Ok(capability.promise)
}

// ---------------------------------------------------------------------------------------------
// Promise.all / allSettled / any / race (§27.2.4): PerformPromiseAll and friends, calling
// `C.resolve` and `then` through ordinary property lookups so tick counts match node.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Combinator {
    All,
    AllSettled,
    Any,
    Race,
}

impl Combinator {
    fn name(self) -> &'static str {
        match self {
            Combinator::All => "all",
            Combinator::AllSettled => "allSettled",
            Combinator::Any => "any",
            Combinator::Race => "race",
        }
    }
}

/// A private mutable cell (the remaining-elements counter), never visible to JavaScript.
fn counter_cell(n: f64) -> ObjRef {
    heap::alloc_object(Object::new(None, ObjectKind::Primitive(Value::Number(n))))
}

/// Adds `delta` to a counter cell and returns the new value.
fn bump(cell: &Value, delta: f64) -> f64 {
    let Value::Object(c) = cell else { return 0.0 };
    let mut d = c.data.borrow_mut();
    if let ObjectKind::Primitive(Value::Number(n)) = &mut d.kind {
        *n += delta;
        return *n;
    }
    0.0
}

/// A private list of results (an array object never handed out itself).
fn list_cell() -> ObjRef {
    heap::alloc_object(Object::new(
        None,
        ObjectKind::Array(crate::value::object::ArrayData::default()),
    ))
}

fn list_push(list: &ObjRef, v: Value) {
    if let ObjectKind::Array(e) = &mut list.data.borrow_mut().kind {
        e.push(v);
    }
}

fn list_set(list: &Value, i: usize, v: Value) {
    if let Value::Object(l) = list
        && let ObjectKind::Array(e) = &mut l.data.borrow_mut().kind
        && let Ok(i) = u32::try_from(i)
    {
        e.replace_value(i, v);
    }
}

fn list_get(list: &Value, i: u32) -> Value {
    match list {
        Value::Object(l) => match &l.data.borrow().kind {
            ObjectKind::Array(e) => e.dense().get(i as usize).cloned().unwrap_or_default(),
            _ => Value::Undefined,
        },
        _ => Value::Undefined,
    }
}

fn list_copy(interp: &Interp, list: &Value) -> ObjRef {
    let items = match list {
        Value::Object(l) => match &l.data.borrow().kind {
            ObjectKind::Array(e) => e.dense().to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    interp.new_array(items)
}

fn combinator(interp: &mut Interp, call: &NativeCall, which: Combinator) -> JsResult<Value> {
    let c = call.this.clone();
    if !matches!(c, Value::Object(_)) {
        let msg = format!("Promise.{} called on non-object", which.name());
        return Err(interp.type_error(&msg, call.site));
    }
    let capability = new_promise_capability(interp, &c, call.site)?;
    if let Err(e) = perform_combinator(interp, call, which, &c, &capability) {
        if e.is_uncatchable() {
            return Err(e);
        }
        // IfAbruptRejectPromise.
        let reject = &capability.reject;
        interp.call(reject, Value::Undefined, vec![e.into_value()], call.site)?;
    }
    Ok(capability.promise)
}

/// GetPromiseResolve, GetIterator and PerformPromiseAll (or its siblings): an error from
/// any of them rejects the combined promise (see [`combinator`]).
fn perform_combinator(
    interp: &mut Interp,
    call: &NativeCall,
    which: Combinator,
    c: &Value,
    capability: &Capability,
) -> JsResult<()> {
    let site = call.site;
    let promise_resolve = interp.get(c, &JsStr::from("resolve"), site)?;
    if !interp.is_callable(&promise_resolve) {
        return Err(interp.type_error("resolve is not a function", site));
    }
    let iterable = call.arg(0);
    let Some(iteration) = interp.get_iterator(&iterable, site)? else {
        return Err(super::error::not_iterable(interp, &iterable, call)?);
    };
    let values = list_cell();
    let remaining = Value::Object(counter_cell(1.0));
    let shared = Combining {
        which,
        values: &values,
        remaining: &remaining,
        resolve: &capability.resolve,
        reject: &capability.reject,
    };
    let mut index = 0;
    // A throw from the iterator itself leaves it alone; one from `resolve` or `then` closes
    // it (the spec's iteratorRecord.[[Done]]).
    while let Some(next) = interp.iterator_step(&iteration, site)? {
        let outcome = interp
            .call(&promise_resolve, c.clone(), vec![next], site)
            .and_then(|next_promise| combine_element(interp, &shared, &next_promise, index, site));
        if outcome.is_err() {
            return interp.close_after(&iteration, outcome, site);
        }
        index += 1;
    }
    if which == Combinator::Race {
        return Ok(());
    }
    if bump(&remaining, -1.0) == 0.0 {
        let values = Value::Object(values);
        if which == Combinator::Any {
            // PerformPromiseAny ends in a throw, which rejects the combined promise once.
            let error = aggregate_error(interp, &values, site);
            return Err(Exception::new(Value::Object(error), site));
        }
        let (resolve, reject) = (&capability.resolve, &capability.reject);
        finish(interp, which, &values, resolve, reject, site)?;
    }
    Ok(())
}

/// What every element of one combinator call shares.
struct Combining<'a> {
    which: Combinator,
    /// The results so far, in element order.
    values: &'a ObjRef,
    /// Elements not yet settled, plus one until the iterable is exhausted.
    remaining: &'a Value,
    resolve: &'a Value,
    reject: &'a Value,
}

/// One element of a combinator: hooks the functions that record its outcome onto its promise.
fn combine_element(
    interp: &mut Interp,
    shared: &Combining,
    next_promise: &Value,
    index: usize,
    site: Span,
) -> JsResult<()> {
    let Combining {
        which,
        values,
        remaining,
        resolve,
        reject,
    } = *shared;
    let (on_fulfilled, on_rejected) = match which {
        Combinator::Race => (resolve.clone(), reject.clone()),
        _ => {
            list_push(values, Value::Undefined);
            bump(remaining, 1.0);
            let flag = Value::Object(heap::alloc_object(Object::new(
                None,
                ObjectKind::ResolvedFlag(false),
            )));
            // data: values, index, remaining, settle function, already-called flag
            let data = |settle: &Value| {
                vec![
                    Value::Object(values.clone()),
                    Value::Number(index as f64),
                    remaining.clone(),
                    settle.clone(),
                    flag.clone(),
                ]
            };
            let element = |interp: &Interp, f: NativeFn, settle: &Value| {
                Value::Object(native_closure(interp, "", 1, f, false, data(settle)))
            };
            match which {
                Combinator::All => (
                    element(interp, all_resolve_element, resolve),
                    reject.clone(),
                ),
                Combinator::AllSettled => (
                    element(interp, settled_fulfilled_element, resolve),
                    element(interp, settled_rejected_element, resolve),
                ),
                _ => (resolve.clone(), element(interp, any_reject_element, reject)),
            }
        }
    };
    invoke_then(interp, next_promise, vec![on_fulfilled, on_rejected], site)?;
    Ok(())
}

/// Settles the combined promise once every element has reported.
fn finish(
    interp: &mut Interp,
    which: Combinator,
    values: &Value,
    resolve: &Value,
    reject: &Value,
    site: Span,
) -> JsResult<()> {
    if which == Combinator::Any {
        let error = aggregate_error(interp, values, site);
        interp.call(reject, Value::Undefined, vec![Value::Object(error)], site)?;
    } else {
        let array = Value::Object(list_copy(interp, values));
        interp.call(resolve, Value::Undefined, vec![array], site)?;
    }
    Ok(())
}

/// `Promise.any`'s rejection: an AggregateError whose `errors` are the reasons, in order.
fn aggregate_error(interp: &mut Interp, reasons: &Value, site: Span) -> ObjRef {
    let array = Value::Object(list_copy(interp, reasons));
    let error = interp.make_error(
        ErrorKind::AggregateError,
        "All promises were rejected",
        site,
    );
    error
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("errors"), array);
    error
}

type NativeFn = crate::value::object::NativeFn;

/// Marks an element function's shared flag; false if it already ran.
fn claim_element(call: &NativeCall) -> bool {
    claim_flag(&call.data(4))
}

/// Records `v` at this element's index and settles when it was the last one.
fn element_done(
    interp: &mut Interp,
    call: &NativeCall,
    which: Combinator,
    v: Value,
) -> JsResult<Value> {
    if !claim_element(call) {
        return Ok(Value::Undefined);
    }
    let values = call.data(0);
    let index = match call.data(1) {
        Value::Number(n) => n as usize,
        _ => 0,
    };
    list_set(&values, index, v);
    if bump(&call.data(2), -1.0) == 0.0 {
        let settle = call.data(3);
        finish(interp, which, &values, &settle, &settle, call.site)?;
    }
    Ok(Value::Undefined)
}

fn all_resolve_element(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    element_done(interp, call, Combinator::All, call.arg(0))
}

fn settled_record(interp: &Interp, status: &str, key: &str, v: Value) -> Value {
    let o = interp.new_object();
    {
        let mut d = o.data.borrow_mut();
        d.set_own(JsStr::from("status"), Value::str(status));
        d.set_own(JsStr::from(key), v);
    }
    Value::Object(o)
}

fn settled_fulfilled_element(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let record = settled_record(interp, "fulfilled", "value", call.arg(0));
    element_done(interp, call, Combinator::AllSettled, record)
}

fn settled_rejected_element(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let record = settled_record(interp, "rejected", "reason", call.arg(0));
    element_done(interp, call, Combinator::AllSettled, record)
}

fn any_reject_element(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    element_done(interp, call, Combinator::Any, call.arg(0))
}
