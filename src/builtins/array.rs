//! The `Array` constructor and `Array.prototype` methods.

use crate::interp::{Interp, JsResult};
use crate::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value};

use super::string::relative_index;
use super::{define_constructor, define_method};
use crate::interp::MAX_HOLE_GROWTH;

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.array_proto.clone();
    let ctor = define_constructor(interp, "Array", 1, array_ctor, &proto);
    define_method(interp, &ctor, "isArray", 1, is_array);
    define_method(interp, &proto, "push", 1, push);
    define_method(interp, &proto, "pop", 0, pop);
    define_method(interp, &proto, "shift", 0, shift);
    define_method(interp, &proto, "unshift", 1, unshift);
    define_method(interp, &proto, "join", 1, join);
    define_method(interp, &proto, "toString", 0, join);
    define_method(interp, &proto, "indexOf", 1, index_of);
    define_method(interp, &proto, "slice", 2, slice);
}

fn array_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let [Value::Number(n)] = call.args {
        // Arrays are dense here, so lengths beyond what holes can reasonably fill are refused
        // (node would make a sparse array).
        if *n < 0.0
            || n.fract() != 0.0
            || *n > u32::MAX as f64
            || *n > (16 * MAX_HOLE_GROWTH) as f64
        {
            return Err(interp.range_error("Invalid array length", call.site));
        }
        return Ok(Value::Object(
            interp.new_array(vec![Value::Empty; *n as usize]),
        ));
    }
    Ok(Value::Object(interp.new_array(call.args.to_vec())))
}

fn is_array(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(interp.is_array(&call.arg(0))))
}

/// Runs `f` on `this`'s elements, or throws if `this` is not an array.
fn with_elements<R>(
    interp: &mut Interp,
    call: &NativeCall,
    method: &str,
    f: impl FnOnce(&mut Vec<Value>) -> R,
) -> JsResult<R> {
    if let Value::Object(o) = &call.this
        && let ObjectKind::Array(elements) = &mut o.data.borrow_mut().kind
    {
        return Ok(f(elements));
    }
    let msg = format!("Array.prototype.{method} called on a non-array (not supported)");
    Err(interp.type_error(&msg, call.site))
}

fn elements_of(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<Vec<Value>> {
    with_elements(interp, call, method, |e| e.clone())
}

fn push(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let len = with_elements(interp, call, "push", |e| {
        e.extend_from_slice(call.args);
        e.len()
    })?;
    Ok(Value::Number(len as f64))
}

fn pop(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let v = with_elements(interp, call, "pop", |e| e.pop())?;
    Ok(hole_to_undefined(v))
}

fn shift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let v = with_elements(interp, call, "shift", |e| {
        if e.is_empty() {
            None
        } else {
            Some(e.remove(0))
        }
    })?;
    Ok(hole_to_undefined(v))
}

fn hole_to_undefined(v: Option<Value>) -> Value {
    match v {
        Some(Value::Empty) | None => Value::Undefined,
        Some(v) => v,
    }
}

fn unshift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let len = with_elements(interp, call, "unshift", |e| {
        e.splice(0..0, call.args.iter().cloned());
        e.len()
    })?;
    Ok(Value::Number(len as f64))
}

/// `join(sep)`: `null`/`undefined` elements become empty strings.
fn join(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let elements = elements_of(interp, call, "join")?;
    let sep = match call.arg(0) {
        Value::Undefined => JsStr::from(","),
        s => interp.to_js_string(&s, call.site)?,
    };
    let mut out = String::new();
    for (i, v) in elements.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if !v.is_nullish() {
            out.push_str(interp.to_js_string(v, call.site)?.as_str());
        }
    }
    Ok(Value::str(&out))
}

fn index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let elements = elements_of(interp, call, "indexOf")?;
    let target = call.arg(0);
    let from = match call.arg(1) {
        Value::Undefined => 0,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), elements.len()),
    };
    let found = elements
        .iter()
        .skip(from)
        .position(|v| !matches!(v, Value::Empty) && v.strict_equals(&target));
    Ok(Value::Number(found.map_or(-1.0, |i| (i + from) as f64)))
}

fn slice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let elements = elements_of(interp, call, "slice")?;
    let len = elements.len();
    let start = match call.arg(0) {
        Value::Undefined => 0,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), len),
    };
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), len),
    };
    let part = if start < end {
        elements[start..end].to_vec()
    } else {
        Vec::new()
    };
    Ok(Value::Object(interp.new_array(part)))
}
