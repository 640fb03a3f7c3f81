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
    define_method(interp, &proto, "split", 2, split);
    define_method(interp, &proto, "substring", 2, substring);
    define_method(interp, &proto, "trim", 0, |i, c| {
        trim(i, c, "trim", true, true)
    });
    define_method(interp, &proto, "trimStart", 0, |i, c| {
        trim(i, c, "trimStart", true, false)
    });
    define_method(interp, &proto, "trimEnd", 0, |i, c| {
        trim(i, c, "trimEnd", false, true)
    });
    define_method(interp, &proto, "padStart", 1, |i, c| pad(i, c, true));
    define_method(interp, &proto, "padEnd", 1, |i, c| pad(i, c, false));
    define_method(interp, &proto, "repeat", 1, repeat);
    define_method(interp, &proto, "includes", 1, includes);
    define_method(interp, &proto, "startsWith", 1, starts_with);
    define_method(interp, &proto, "endsWith", 1, ends_with);
    define_method(interp, &proto, "lastIndexOf", 1, last_index_of);
    define_method(interp, &proto, "replace", 2, |i, c| replace(i, c, false));
    define_method(interp, &proto, "replaceAll", 2, |i, c| replace(i, c, true));
    define_method(interp, &proto, "at", 1, at);
    define_method(interp, &proto, "concat", 1, concat);
    let ctor = interp.get_from_object(&interp.global().clone(), &JsStr::from("String"));
    if let Ok(Value::Object(ctor)) = ctor {
        define_method(interp, &ctor, "fromCharCode", 1, from_char_code);
    }
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

/// The UTF-16 code units of `s`.
fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// A string from UTF-16 code units (a lone surrogate becomes U+FFFD).
fn from_units(u: &[u16]) -> JsStr {
    JsStr::from(String::from_utf16_lossy(u))
}

fn find_units(hay: &[u16], pat: &[u16], from: usize) -> Option<usize> {
    if pat.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if pat.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - pat.len()).find(|&i| hay[i..i + pat.len()] == *pat)
}

fn split(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "split")?;
    let limit = match call.arg(1) {
        Value::Undefined => u32::MAX,
        v => crate::value::to_uint32(interp.to_number(&v, call.site)?),
    } as usize;
    let sep = match call.arg(0) {
        Value::Undefined => None,
        v => Some(interp.to_js_string(&v, call.site)?),
    };
    let mut out = Vec::new();
    if limit == 0 {
        return Ok(Value::Object(interp.new_array(out)));
    }
    let Some(sep) = sep else {
        return Ok(Value::Object(interp.new_array(vec![Value::String(s)])));
    };
    let hay = units(&s);
    let pat = units(&sep);
    if hay.is_empty() {
        if !pat.is_empty() {
            out.push(Value::String(s));
        }
        return Ok(Value::Object(interp.new_array(out)));
    }
    if pat.is_empty() {
        for i in 0..hay.len().min(limit) {
            out.push(Value::String(from_units(&hay[i..i + 1])));
        }
        return Ok(Value::Object(interp.new_array(out)));
    }
    let mut start = 0;
    while let Some(i) = find_units(&hay, &pat, start) {
        out.push(Value::String(from_units(&hay[start..i])));
        if out.len() >= limit {
            return Ok(Value::Object(interp.new_array(out)));
        }
        start = i + pat.len();
    }
    out.push(Value::String(from_units(&hay[start..])));
    Ok(Value::Object(interp.new_array(out)))
}

fn substring(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "substring")?;
    let len = s.utf16_len() as f64;
    let a = integer_arg(interp, call, 0, 0.0)?.clamp(0.0, len) as usize;
    let b = integer_arg(interp, call, 1, len)?.clamp(0.0, len) as usize;
    Ok(Value::String(s.slice_utf16(a.min(b), a.max(b))))
}

fn trim(
    interp: &mut Interp,
    call: &NativeCall,
    method: &str,
    start: bool,
    end: bool,
) -> JsResult<Value> {
    let s = this_str(interp, call, method)?;
    let mut t: &str = &s;
    if start {
        t = t.trim_start_matches(crate::value::is_js_whitespace);
    }
    if end {
        t = t.trim_end_matches(crate::value::is_js_whitespace);
    }
    Ok(Value::str(t))
}

/// V8's longest string, in UTF-16 code units.
const MAX_STRING_LENGTH: f64 = 536870888.0;

fn pad(interp: &mut Interp, call: &NativeCall, at_start: bool) -> JsResult<Value> {
    let method = if at_start { "padStart" } else { "padEnd" };
    let s = this_str(interp, call, method)?;
    let max = integer_arg(interp, call, 0, 0.0)?;
    let len = s.utf16_len();
    if max <= len as f64 {
        return Ok(Value::String(s));
    }
    let fill = match call.arg(1) {
        Value::Undefined => JsStr::from(" "),
        v => interp.to_js_string(&v, call.site)?,
    };
    if fill.is_empty() {
        return Ok(Value::String(s));
    }
    if max > MAX_STRING_LENGTH {
        return Err(interp.range_error("Invalid string length", call.site));
    }
    let fill_units = units(&fill);
    let need = max as usize - len;
    let padding: Vec<u16> = fill_units.iter().cycle().take(need).copied().collect();
    let padding = from_units(&padding);
    Ok(Value::String(if at_start {
        padding.concat(&s)
    } else {
        s.concat(&padding)
    }))
}

fn repeat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "repeat")?;
    let n = integer_arg(interp, call, 0, 0.0)?;
    if n < 0.0 || n.is_infinite() {
        let msg = format!("Invalid count value: {}", crate::value::number_to_string(n));
        return Err(interp.range_error(&msg, call.site));
    }
    if s.is_empty() || n == 0.0 {
        return Ok(Value::str(""));
    }
    if s.utf16_len() as f64 * n > MAX_STRING_LENGTH {
        return Err(interp.range_error("Invalid string length", call.site));
    }
    Ok(Value::str(&s.repeat(n as usize)))
}

fn includes(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "includes")?;
    let needle = interp.to_js_string(&call.arg(0), call.site)?;
    let from = integer_arg(interp, call, 1, 0.0)?.max(0.0) as usize;
    let hay = units(&s);
    let from = from.min(hay.len());
    Ok(Value::Bool(
        find_units(&hay, &units(&needle), from).is_some(),
    ))
}

fn starts_with(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "startsWith")?;
    let needle = units(&interp.to_js_string(&call.arg(0), call.site)?);
    let hay = units(&s);
    let start = integer_arg(interp, call, 1, 0.0)?.clamp(0.0, hay.len() as f64) as usize;
    Ok(Value::Bool(hay[start..].starts_with(&needle)))
}

fn ends_with(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "endsWith")?;
    let needle = units(&interp.to_js_string(&call.arg(0), call.site)?);
    let hay = units(&s);
    let len = hay.len() as f64;
    let end = integer_arg(interp, call, 1, len)?.clamp(0.0, len) as usize;
    Ok(Value::Bool(hay[..end].ends_with(&needle)))
}

fn last_index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "lastIndexOf")?;
    let needle = units(&interp.to_js_string(&call.arg(0), call.site)?);
    let hay = units(&s);
    let pos = match call.arg(1) {
        Value::Undefined => f64::INFINITY,
        v => {
            let n = interp.to_number(&v, call.site)?;
            if n.is_nan() { f64::INFINITY } else { n.trunc() }
        }
    };
    if needle.len() > hay.len() {
        return Ok(Value::Number(-1.0));
    }
    let start = pos.clamp(0.0, (hay.len() - needle.len()) as f64) as usize;
    let found = (0..=start)
        .rev()
        .find(|&i| hay[i..i + needle.len()] == *needle);
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// GetSubstitution for a string pattern (no capture groups): `$$`, `$&`, `` $` ``, `$'`.
fn substitute(
    replacement: &[u16],
    hay: &[u16],
    pos: usize,
    matched_len: usize,
    out: &mut Vec<u16>,
) {
    let mut i = 0;
    while i < replacement.len() {
        let c = replacement[i];
        if c == b'$' as u16 && i + 1 < replacement.len() {
            let next = replacement[i + 1];
            if next == b'$' as u16 {
                out.push(c);
                i += 2;
                continue;
            } else if next == b'&' as u16 {
                out.extend_from_slice(&hay[pos..pos + matched_len]);
                i += 2;
                continue;
            } else if next == b'`' as u16 {
                out.extend_from_slice(&hay[..pos]);
                i += 2;
                continue;
            } else if next == b'\'' as u16 {
                out.extend_from_slice(&hay[(pos + matched_len).min(hay.len())..]);
                i += 2;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
}

fn replace(interp: &mut Interp, call: &NativeCall, all: bool) -> JsResult<Value> {
    let s = this_str(interp, call, if all { "replaceAll" } else { "replace" })?;
    let pattern = interp.to_js_string(&call.arg(0), call.site)?;
    let replacer = call.arg(1);
    let functional = interp.is_callable(&replacer);
    let replacement = if functional {
        Vec::new()
    } else {
        units(&interp.to_js_string(&replacer, call.site)?)
    };
    let hay = units(&s);
    let pat = units(&pattern);
    let mut positions = Vec::new();
    let mut from = 0;
    while let Some(p) = find_units(&hay, &pat, from) {
        positions.push(p);
        if !all {
            break;
        }
        from = p + pat.len().max(1);
        if from > hay.len() {
            break;
        }
    }
    if positions.is_empty() {
        return Ok(Value::String(s));
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut last = 0;
    for p in positions {
        out.extend_from_slice(&hay[last..p]);
        if functional {
            let r = interp.call(
                &replacer,
                Value::Undefined,
                vec![
                    Value::String(pattern.clone()),
                    Value::Number(p as f64),
                    Value::String(s.clone()),
                ],
                call.site,
            )?;
            let r = interp.to_js_string(&r, call.site)?;
            out.extend(r.encode_utf16());
        } else {
            substitute(&replacement, &hay, p, pat.len(), &mut out);
        }
        last = p + pat.len();
    }
    out.extend_from_slice(&hay[last..]);
    Ok(Value::String(from_units(&out)))
}

fn at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "at")?;
    let len = s.utf16_len() as f64;
    let n = integer_arg(interp, call, 0, 0.0)?;
    let k = if n < 0.0 { len + n } else { n };
    if k < 0.0 || k >= len {
        return Ok(Value::Undefined);
    }
    Ok(Value::String(s.slice_utf16(k as usize, k as usize + 1)))
}

fn concat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut s = this_str(interp, call, "concat")?.to_string();
    for a in call.args {
        s.push_str(&interp.to_js_string(a, call.site)?);
    }
    Ok(Value::str(&s))
}

fn from_char_code(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut u = Vec::with_capacity(call.args.len());
    for a in call.args {
        let n = interp.to_number(a, call.site)?;
        u.push(crate::value::to_uint32(n) as u16);
    }
    Ok(Value::String(from_units(&u)))
}
