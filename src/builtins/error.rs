//! `Error` and its native subclasses (ECMA-262 §20.5): constructors that capture a stack,
//! `name`/`message` on the prototypes, and `Error.prototype.toString`.
//!
//! The constructors honour `new.target` (`class E extends Error` instances get `E.prototype`)
//! and, like V8, write the `stack` header only when `stack` is first read (see
//! `install_lazy_stack`).

use crate::interp::{ErrorKind, Exception, Interp, JsResult};
use crate::value::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value};

use super::{define_constructor, define_method};

pub fn install(interp: &mut Interp) {
    let ctors: [(ErrorKind, crate::value::object::NativeFn); 8] = [
        (ErrorKind::Error, |i, c| {
            construct_error(i, c, ErrorKind::Error)
        }),
        (ErrorKind::TypeError, |i, c| {
            construct_error(i, c, ErrorKind::TypeError)
        }),
        (ErrorKind::RangeError, |i, c| {
            construct_error(i, c, ErrorKind::RangeError)
        }),
        (ErrorKind::ReferenceError, |i, c| {
            construct_error(i, c, ErrorKind::ReferenceError)
        }),
        (ErrorKind::SyntaxError, |i, c| {
            construct_error(i, c, ErrorKind::SyntaxError)
        }),
        (ErrorKind::EvalError, |i, c| {
            construct_error(i, c, ErrorKind::EvalError)
        }),
        (ErrorKind::URIError, |i, c| {
            construct_error(i, c, ErrorKind::URIError)
        }),
        (ErrorKind::AggregateError, construct_aggregate_error),
    ];
    let base_ctor = interp.global().clone();
    let mut error_ctor = None;
    for (kind, call) in ctors {
        let proto = interp.intrinsics.error_proto(kind).clone();
        let length = if kind == ErrorKind::AggregateError {
            2
        } else {
            1
        };
        let ctor = define_constructor(interp, kind.name(), length, call, &proto);
        {
            let mut p = proto.data.borrow_mut();
            p.set_hidden(JsStr::from("name"), Value::str(kind.name()));
            p.set_hidden(JsStr::from("message"), Value::str(""));
        }
        match &error_ctor {
            None => error_ctor = Some(ctor),
            // `Object.getPrototypeOf(TypeError) === Error`, as in JavaScript.
            Some(base) => ctor.data.borrow_mut().proto = Some(base.clone()),
        }
    }
    let _ = base_ctor;
    let proto = interp.intrinsics.error_proto(ErrorKind::Error).clone();
    define_method(interp, &proto, "toString", 0, error_to_string);
}

/// `new Error(message, { cause })` (also callable without `new`).
fn construct_error(interp: &mut Interp, call: &NativeCall, kind: ErrorKind) -> JsResult<Value> {
    build_error(interp, call, kind, 0).map(Value::Object)
}

/// `new AggregateError(errors, message, { cause })`: `errors` becomes an own array.
fn construct_aggregate_error(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let error = build_error(interp, call, ErrorKind::AggregateError, 1)?;
    let errors = list_from(interp, &call.arg(0), call)?;
    let errors = interp.new_array(errors);
    error
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("errors"), Value::Object(errors));
    Ok(Value::Object(error))
}

/// V8 writes an error's `stack` header (`Name: message`) when `stack` is first read, so a
/// `name` assigned in a subclass constructor shows up in it. Until then `stack` is an accessor
/// holding the captured `at` lines; reading it (or inspecting the error) computes the header,
/// and reading or writing it turns it into a plain data property.
fn install_lazy_stack(interp: &Interp, error: &crate::value::heap::ObjRef, trace: String) {
    let data = vec![Value::str(&trace)];
    let get = super::native_closure(interp, "stack", 0, read_lazy_stack, false, data);
    let set = super::native_closure(interp, "stack", 1, write_stack, false, Vec::new());
    let flags = crate::value::object::PropFlags {
        enumerable: false,
        ..crate::value::object::PropFlags::ACCESSOR
    };
    error
        .data
        .borrow_mut()
        .set_accessor(JsStr::from("stack"), Some(get), Some(set), flags);
}

/// The `at` lines a lazy `stack` getter holds, if `getter` is one (no other native function
/// is named `stack`).
pub fn lazy_stack_trace(getter: &crate::value::heap::ObjRef) -> Option<String> {
    match &getter.data.borrow().kind {
        ObjectKind::Native(n) if n.name().as_str() == "stack" => match n.data.first() {
            Some(Value::String(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn read_lazy_stack(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let trace = match call.data(0) {
        Value::String(s) => s.to_string(),
        _ => String::new(),
    };
    let Value::Object(error) = &call.this else {
        return Ok(Value::Undefined);
    };
    let header = match error_to_string(interp, call)? {
        Value::String(s) => s.to_string(),
        _ => String::new(),
    };
    let stack = Value::str(&format!("{header}{trace}"));
    error
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("stack"), stack.clone());
    Ok(stack)
}

fn write_stack(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let Value::Object(error) = &call.this {
        error
            .data
            .borrow_mut()
            .set_hidden(JsStr::from("stack"), call.arg(0));
    }
    Ok(Value::Undefined)
}

/// What iterating `v` gives (arrays, strings by code point, `Map`s, `Set`s, generators, any
/// object with a `[Symbol.iterator]`). Anything else throws V8's "is not iterable".
pub fn list_from(interp: &mut Interp, v: &Value, call: &NativeCall) -> JsResult<Vec<Value>> {
    if let Some(values) = interp.iterate_to_vec(v, call.site)? {
        return Ok(values);
    }
    Err(not_iterable(interp, v, call)?)
}

/// The TypeError for an argument that should have been iterable (V8's wording).
pub fn not_iterable(interp: &mut Interp, v: &Value, call: &NativeCall) -> JsResult<Exception> {
    let shown = match v {
        Value::Object(o) => {
            if o.data.borrow().is_callable() {
                "function".to_string()
            } else {
                "object".to_string()
            }
        }
        Value::Undefined | Value::Empty => "undefined".to_string(),
        Value::Null => "object null".to_string(),
        other => format!(
            "{} {}",
            other.type_name(),
            interp.to_js_string(other, call.site)?
        ),
    };
    let msg = format!("{shown} is not iterable (cannot read property Symbol(Symbol.iterator))");
    Ok(interp.type_error(&msg, call.site))
}

/// The shared part of the error constructors; the message is argument `at`, options `at + 1`.
fn build_error(
    interp: &mut Interp,
    call: &NativeCall,
    kind: ErrorKind,
    at: usize,
) -> JsResult<crate::value::heap::ObjRef> {
    let message = match call.arg(at) {
        Value::Undefined => String::new(),
        m => interp.to_js_string(&m, call.site)?.to_string(),
    };
    // The stack starts at the caller, not inside the constructor; for a subclass, at the
    // caller of `new Subclass(…)`, as V8 skips the constructors up to `new.target`.
    let mut hidden = vec![];
    hidden.extend(interp.frames.pop());
    let mut site = call.site;
    if let Some(target) = &call.new_target
        && let Some(i) = interp.frames.iter().rposition(|f| {
            f.function
                .as_ref()
                .is_some_and(|g| std::rc::Rc::ptr_eq(g, target))
        })
    {
        site = interp.frames[i].call_site;
        hidden.extend(interp.frames.drain(i..).rev());
    }
    let trace = interp.stack_string("", site);
    interp.frames.extend(hidden.into_iter().rev());
    let fallback = interp.intrinsics.error_proto(kind).clone();
    let proto = super::prototype_for_new(interp, call, &fallback)?;
    let error = crate::value::heap::alloc_object(crate::value::object::Object::new(
        Some(proto),
        ObjectKind::Error,
    ));
    install_lazy_stack(interp, &error, trace);
    if !message.is_empty() {
        error
            .data
            .borrow_mut()
            .set_hidden(JsStr::from("message"), Value::str(&message));
    }
    if message.is_empty() && !matches!(call.arg(at), Value::Undefined) {
        error
            .data
            .borrow_mut()
            .set_hidden(JsStr::from("message"), Value::str(""));
    }
    if let Value::Object(options) = call.arg(at + 1) {
        let cause = JsStr::from("cause");
        if interp.has_property(&options, &cause) {
            let v = interp.get_from_object(&options, &cause)?;
            error.data.borrow_mut().set_hidden(cause, v);
        }
    }
    debug_assert!(matches!(error.data.borrow().kind, ObjectKind::Error));
    Ok(error)
}

/// `Error.prototype.toString`: `name: message`, or whichever of the two is non-empty.
fn error_to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let this = call.this.clone();
    if !matches!(this, Value::Object(_)) {
        return Err(interp.type_error(
            "Error.prototype.toString requires that 'this' be an Object",
            call.site,
        ));
    }
    let name = match interp.get(&this, &JsStr::from("name"), call.site)? {
        Value::Undefined => JsStr::from("Error"),
        v => interp.to_js_string(&v, call.site)?,
    };
    let message = match interp.get(&this, &JsStr::from("message"), call.site)? {
        Value::Undefined => JsStr::from(""),
        v => interp.to_js_string(&v, call.site)?,
    };
    Ok(Value::String(match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        (false, false) => JsStr::from(format!("{name}: {message}")),
    }))
}
