//! `Error` and its native subclasses (ECMA-262 §20.5): constructors that capture a stack,
//! `name`/`message` on the prototypes, and `Error.prototype.toString`.

use crate::interp::{Interp, JsResult};
use crate::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value};

use super::{define_constructor, define_method};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Error = 0,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 5] = [
        ErrorKind::Error,
        ErrorKind::TypeError,
        ErrorKind::RangeError,
        ErrorKind::ReferenceError,
        ErrorKind::SyntaxError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Error => "Error",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::SyntaxError => "SyntaxError",
        }
    }
}

pub fn install(interp: &mut Interp) {
    let ctors: [(ErrorKind, crate::object::NativeFn); 5] = [
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
    ];
    let base_ctor = interp.global().clone();
    let mut error_ctor = None;
    for (kind, call) in ctors {
        let proto = interp.intrinsics.error_proto(kind).clone();
        let ctor = define_constructor(interp, kind.name(), 1, call, &proto);
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
    let message = match call.arg(0) {
        Value::Undefined => String::new(),
        m => interp.to_js_string(&m, call.site)?.to_string(),
    };
    // The stack starts at the caller, not inside the constructor.
    let frame = interp.frames.pop();
    let error = interp.make_error(kind, &message, call.site);
    if let Some(frame) = frame {
        interp.frames.push(frame);
    }
    if message.is_empty() && !matches!(call.arg(0), Value::Undefined) {
        error
            .data
            .borrow_mut()
            .set_hidden(JsStr::from("message"), Value::str(""));
    }
    if let Value::Object(options) = call.arg(1) {
        let cause = JsStr::from("cause");
        if interp.has_property(&options, &cause) {
            let v = interp.get_from_object(&options, &cause);
            error.data.borrow_mut().set_hidden(cause, v);
        }
    }
    debug_assert!(matches!(error.data.borrow().kind, ObjectKind::Error));
    Ok(Value::Object(error))
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
