//! The `Object` constructor, `Object.keys` and the basic `Object.prototype` methods.

use crate::interp::{Interp, JsResult};
use crate::object::NativeCall;
use crate::value::Value;

use super::{define_constructor, define_method};

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.object_proto.clone();
    let ctor = define_constructor(interp, "Object", 1, object_ctor, &proto);
    define_method(interp, &ctor, "keys", 1, keys);
    define_method(interp, &proto, "hasOwnProperty", 1, has_own_property);
    define_method(interp, &proto, "toString", 0, to_string);
    define_method(interp, &proto, "valueOf", 0, value_of);
    let fproto = interp.intrinsics.function_proto.clone();
    define_method(interp, &fproto, "toString", 0, function_to_string);
}

fn object_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    match call.arg(0) {
        v @ Value::Object(_) => Ok(v),
        _ => Ok(Value::Object(interp.new_object())),
    }
}

/// `Object.keys(o)`: own enumerable string keys in JavaScript order.
fn keys(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let keys = match call.arg(0) {
        Value::Object(o) => o.data.borrow().own_keys(true),
        Value::String(s) => (0..s.utf16_len()).map(|i| i.to_string().into()).collect(),
        Value::Undefined | Value::Null => {
            return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
        }
        _ => Vec::new(),
    };
    let values = keys.into_iter().map(Value::String).collect();
    Ok(Value::Object(interp.new_array(values)))
}

fn has_own_property(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let key = interp.to_property_key(&call.arg(0), call.site)?;
    match &call.this {
        Value::Object(o) => Ok(Value::Bool(o.data.borrow().own_keys(false).contains(&key))),
        _ => Ok(Value::Bool(false)),
    }
}

/// `Object.prototype.toString`: `[object Array]`, `[object Object]`, …
fn to_string(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let tag = match &call.this {
        Value::Undefined => "Undefined",
        Value::Null => "Null",
        Value::Object(o) => {
            let d = o.data.borrow();
            if d.is_array() {
                "Array"
            } else if d.is_callable() {
                "Function"
            } else if matches!(d.kind, crate::object::ObjectKind::Error) {
                "Error"
            } else {
                "Object"
            }
        }
        Value::Number(_) => "Number",
        Value::String(_) => "String",
        Value::Bool(_) => "Boolean",
        Value::Empty => "Undefined",
    };
    Ok(Value::str(&format!("[object {tag}]")))
}

fn value_of(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this.clone())
}

/// `f.toString()`: the function's source text for JavaScript functions.
fn function_to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(o) = &call.this else {
        return Err(interp.type_error(
            "Function.prototype.toString requires that 'this' be a Function",
            call.site,
        ));
    };
    let text = match &o.data.borrow().kind {
        crate::object::ObjectKind::Closure(c) => interp.source_text(c.func.span).to_string(),
        crate::object::ObjectKind::Native(n) => {
            format!("function {}() {{ [native code] }}", n.name)
        }
        _ => {
            return Err(interp.type_error(
                "Function.prototype.toString requires that 'this' be a Function",
                call.site,
            ));
        }
    };
    Ok(Value::str(&text))
}
