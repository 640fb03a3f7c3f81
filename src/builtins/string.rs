//! `String.prototype` methods. Indices count UTF-16 code units, as in JavaScript.

use crate::interp::{Interp, JsResult};
use crate::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value};

use super::define_method;

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.string_proto.clone();
    define_method(interp, &proto, "slice", 2, slice);
    define_method(interp, &proto, "indexOf", 1, index_of);
    define_method(interp, &proto, "toUpperCase", 0, |i, c| {
        map_chars(i, c, str::to_uppercase)
    });
    define_method(interp, &proto, "toLowerCase", 0, |i, c| {
        map_chars(i, c, str::to_lowercase)
    });
    define_method(interp, &proto, "charAt", 1, char_at);
    define_method(interp, &proto, "charCodeAt", 1, char_code_at);
}

/// `this` as a string (RequireObjectCoercible + ToString).
fn this_str(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<JsStr> {
    match &call.this {
        Value::Undefined | Value::Null => {
            let msg = format!("String.prototype.{method} called on null or undefined");
            Err(interp.type_error(&msg, call.site))
        }
        Value::Object(o) => {
            if let ObjectKind::Primitive(Value::String(s)) = &o.data.borrow().kind {
                return Ok(s.clone());
            }
            interp.to_js_string(&call.this, call.site)
        }
        v => interp.to_js_string(v, call.site),
    }
}

/// ToIntegerOrInfinity of an optional argument.
fn integer_arg(interp: &mut Interp, call: &NativeCall, i: usize, default: f64) -> JsResult<f64> {
    match call.arg(i) {
        Value::Undefined => Ok(default),
        v => {
            let n = interp.to_number(&v, call.site)?;
            Ok(if n.is_nan() { 0.0 } else { n.trunc() })
        }
    }
}

/// Resolves a relative index (negative counts from the end) against `len`.
pub fn relative_index(n: f64, len: usize) -> usize {
    if n < 0.0 {
        (len as f64 + n).max(0.0) as usize
    } else {
        n.min(len as f64) as usize
    }
}

fn slice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "slice")?;
    let len = s.utf16_len();
    let start = relative_index(integer_arg(interp, call, 0, 0.0)?, len);
    let end = relative_index(integer_arg(interp, call, 1, len as f64)?, len);
    Ok(Value::String(if start < end {
        s.slice_utf16(start, end)
    } else {
        JsStr::from("")
    }))
}

fn index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "indexOf")?;
    let needle = interp.to_js_string(&call.arg(0), call.site)?;
    let from = integer_arg(interp, call, 1, 0.0)?.max(0.0) as usize;
    Ok(Value::Number(
        s.index_of(&needle, from).map_or(-1.0, |i| i as f64),
    ))
}

fn map_chars(interp: &mut Interp, call: &NativeCall, f: fn(&str) -> String) -> JsResult<Value> {
    let s = this_str(interp, call, "toUpperCase")?;
    Ok(Value::str(&f(s.as_str())))
}

fn char_at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "charAt")?;
    let i = integer_arg(interp, call, 0, 0.0)?;
    if i < 0.0 || i >= s.utf16_len() as f64 {
        return Ok(Value::str(""));
    }
    Ok(Value::String(s.slice_utf16(i as usize, i as usize + 1)))
}

fn char_code_at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "charCodeAt")?;
    let i = integer_arg(interp, call, 0, 0.0)?;
    if i < 0.0 {
        return Ok(Value::Number(f64::NAN));
    }
    Ok(Value::Number(
        s.code_unit_at(i as usize).map_or(f64::NAN, |u| u as f64),
    ))
}
