//! `String.prototype` methods. Indices count UTF-16 code units, as in JavaScript.

use crate::interp::{Interp, JsResult};
use crate::value::object::{NativeCall, ObjectKind};
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
        // V8 names the older alias in this message.
        trim(i, c, "trimLeft", true, false)
    });
    define_method(interp, &proto, "trimEnd", 0, |i, c| {
        trim(i, c, "trimRight", false, true)
    });
    alias_method(&proto, "trimStart", "trimLeft");
    alias_method(&proto, "trimEnd", "trimRight");
    define_method(interp, &proto, "codePointAt", 1, code_point_at);
    define_method(interp, &proto, "substr", 2, substr);
    define_method(interp, &proto, "normalize", 0, normalize);
    define_method(interp, &proto, "localeCompare", 1, locale_compare);
    define_method(interp, &proto, "toLocaleUpperCase", 0, to_locale_upper_case);
    define_method(interp, &proto, "toLocaleLowerCase", 0, to_locale_lower_case);
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
        define_method(interp, &ctor, "fromCodePoint", 1, from_code_point);
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
    mapped(interp, call, f(s.as_str()))
}

/// A case mapping's or normalization's result, which can be longer than its input (`'ß'` →
/// `'SS'`).
fn mapped(interp: &mut Interp, call: &NativeCall, text: String) -> JsResult<Value> {
    let s = JsStr::from(text);
    interp.check_string_length(s.utf16_len() as f64, call.site)?;
    Ok(Value::String(s))
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

/// The UTF-16 code units of `s` (borrowed from its cache when it is not ASCII).
fn units(s: &JsStr) -> std::borrow::Cow<'_, [u16]> {
    s.utf16_units()
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
            interp.step(call.site)?;
            out.push(Value::String(from_units(&hay[i..i + 1])));
        }
        return Ok(Value::Object(interp.new_array(out)));
    }
    let mut start = 0;
    while let Some(i) = find_units(&hay, &pat, start) {
        interp.step(call.site)?;
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
    interp.check_string_length(max, call.site)?;
    let fill_units = fill.utf16_units();
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
    interp.check_string_length(s.utf16_len() as f64 * n, call.site)?;
    Ok(Value::String(JsStr::from(s.repeat(n as usize))))
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
    let needle = interp.to_js_string(&call.arg(0), call.site)?;
    let needle = units(&needle);
    let hay = units(&s);
    let start = integer_arg(interp, call, 1, 0.0)?.clamp(0.0, hay.len() as f64) as usize;
    Ok(Value::Bool(hay[start..].starts_with(&needle)))
}

fn ends_with(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "endsWith")?;
    let needle = interp.to_js_string(&call.arg(0), call.site)?;
    let needle = units(&needle);
    let hay = units(&s);
    let len = hay.len() as f64;
    let end = integer_arg(interp, call, 1, len)?.clamp(0.0, len) as usize;
    Ok(Value::Bool(hay[..end].ends_with(&needle)))
}

fn last_index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "lastIndexOf")?;
    let needle = interp.to_js_string(&call.arg(0), call.site)?;
    let needle = units(&needle);
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

/// One part of a replacement template (GetSubstitution for a string pattern, which has no
/// capture groups): literal text, `$&`, `` $` `` or `$'` (`$$` is literal `$`).
enum Part {
    Text(JsStr),
    Matched,
    Before,
    After,
}

/// The parts of a replacement template.
fn template_parts(replacement: &JsStr) -> Vec<Part> {
    if !replacement.contains('$') {
        return vec![Part::Text(replacement.clone())];
    }
    let mut parts = Vec::new();
    let mut text = String::new();
    // `$` is ASCII, so the text between specials is cut at character boundaries.
    let mut rest = replacement.as_str();
    while let Some(i) = rest.find('$') {
        let special = match rest.as_bytes().get(i + 1) {
            Some(b'$') => None,
            Some(b'&') => Some(Part::Matched),
            Some(b'`') => Some(Part::Before),
            Some(b'\'') => Some(Part::After),
            _ => {
                text.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
                continue;
            }
        };
        text.push_str(&rest[..i]);
        match special {
            None => text.push('$'),
            Some(part) => {
                if !text.is_empty() {
                    parts.push(Part::Text(JsStr::from(std::mem::take(&mut text))));
                }
                parts.push(part);
            }
        }
        rest = &rest[i + 2..];
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(Part::Text(JsStr::from(text)));
    }
    parts
}

/// Where a match is: its start and end in the subject of length `len`.
#[derive(Clone, Copy)]
struct Match {
    start: usize,
    end: usize,
    len: usize,
}

impl Part {
    /// The UTF-16 length this part stands for at match `m`.
    fn units(&self, m: Match) -> usize {
        match self {
            Part::Text(t) => t.utf16_len(),
            Part::Matched => m.end - m.start,
            Part::Before => m.start,
            Part::After => m.len - m.end,
        }
    }

    fn write(&self, subject: &JsStr, m: Match, out: &mut String) {
        match self {
            Part::Text(t) => out.push_str(t),
            Part::Matched => subject.push_utf16_range(out, m.start, m.end),
            Part::Before => subject.push_utf16_range(out, 0, m.start),
            Part::After => subject.push_utf16_range(out, m.end, m.len),
        }
    }
}

/// `replace`/`replaceAll` with a string pattern. The result's length is known before any of
/// it is built, so a result over the longest string throws without being allocated.
fn replace(interp: &mut Interp, call: &NativeCall, all: bool) -> JsResult<Value> {
    let s = this_str(interp, call, if all { "replaceAll" } else { "replace" })?;
    let pattern = interp.to_js_string(&call.arg(0), call.site)?;
    let replacer = call.arg(1);
    let template = if interp.is_callable(&replacer) {
        None
    } else {
        Some(template_parts(&interp.to_js_string(&replacer, call.site)?))
    };
    let len = s.utf16_len();
    let matched = pattern.utf16_len();
    let mut matches = Vec::new();
    let mut from = 0;
    while let Some(start) = s.index_of(&pattern, from) {
        matches.push(Match {
            start,
            end: start + matched,
            len,
        });
        from = start + matched.max(1);
        if !all || from > len {
            break;
        }
    }
    if matches.is_empty() {
        return Ok(Value::String(s));
    }
    // What replaces each match (the replacer's results, in order), and the result's length.
    let mut results = Vec::new();
    let mut units = (len - matches.len() * matched) as f64;
    for &m in &matches {
        units += match &template {
            Some(parts) => parts.iter().map(|p| p.units(m) as f64).sum(),
            None => {
                let args = vec![
                    Value::String(pattern.clone()),
                    Value::Number(m.start as f64),
                    Value::String(s.clone()),
                ];
                let r = interp.call(&replacer, Value::Undefined, args, call.site)?;
                let r = interp.to_js_string(&r, call.site)?;
                let r_units = r.utf16_len() as f64;
                results.push(r);
                r_units
            }
        };
        interp.check_string_length(units, call.site)?;
    }
    let mut out = String::new();
    let mut last = 0;
    for (i, &m) in matches.iter().enumerate() {
        s.push_utf16_range(&mut out, last, m.start);
        match &template {
            Some(parts) => parts.iter().for_each(|p| p.write(&s, m, &mut out)),
            None => out.push_str(&results[i]),
        }
        last = m.end;
    }
    s.push_utf16_range(&mut out, last, len);
    Ok(Value::String(JsStr::from(out)))
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
    let mut pieces = vec![this_str(interp, call, "concat")?];
    for a in call.args {
        pieces.push(interp.to_js_string(a, call.site)?);
    }
    Ok(Value::String(interp.concat_all(&pieces, call.site)?))
}

fn from_char_code(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut u = Vec::with_capacity(call.args.len());
    for a in call.args {
        let n = interp.to_number(a, call.site)?;
        u.push(crate::value::to_uint32(n) as u16);
    }
    Ok(Value::String(from_units(&u)))
}

/// Installs the function object at `proto[existing]` again as `proto[alias]`
/// (`String.prototype.trimLeft === String.prototype.trimStart`).
fn alias_method(proto: &crate::value::heap::ObjRef, existing: &str, alias: &str) {
    let f = proto
        .data
        .borrow()
        .props
        .get(&JsStr::from(existing))
        .and_then(|p| p.data_value().cloned());
    if let Some(f) = f {
        proto.data.borrow_mut().set_hidden(JsStr::from(alias), f);
    }
}

/// `codePointAt(i)`: the code point starting at UTF-16 index `i` (a lone half of a pair, or the
/// second half, gives the surrogate itself).
fn code_point_at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "codePointAt")?;
    let i = integer_arg(interp, call, 0, 0.0)?;
    if i < 0.0 || i >= s.utf16_len() as f64 {
        return Ok(Value::Undefined);
    }
    let i = i as usize;
    let Some(first) = s.code_unit_at(i) else {
        return Ok(Value::Undefined);
    };
    if (0xD800..0xDC00).contains(&first)
        && let Some(second) = s.code_unit_at(i + 1)
        && (0xDC00..0xE000).contains(&second)
    {
        let cp = 0x10000 + ((first as u32 - 0xD800) << 10) + (second as u32 - 0xDC00);
        return Ok(Value::Number(cp as f64));
    }
    Ok(Value::Number(first as f64))
}

/// `substr(start, length)`: `length` code units from `start` (negative counts from the end).
fn substr(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "substr")?;
    let len = s.utf16_len();
    let start = relative_index(integer_arg(interp, call, 0, 0.0)?, len);
    let count = integer_arg(interp, call, 1, len as f64)?.clamp(0.0, (len - start) as f64);
    Ok(Value::String(s.slice_utf16(start, start + count as usize)))
}

/// `normalize(form)`: exact for text within U+0000–U+00FF (ASCII and Latin-1), where NFC is
/// the identity, NFD splits accented letters into letter + combining mark, and the K forms
/// also apply Latin-1's compatibility mappings (`²` → `2`, `¼` → `1⁄4`, no-break space →
/// space, …). Text with any other character is returned unchanged (no Unicode tables here).
fn normalize(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "normalize")?;
    let form = match call.arg(0) {
        Value::Undefined => JsStr::from("NFC"),
        v => interp.to_js_string(&v, call.site)?,
    };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(interp.range_error(
            "The normalization form should be one of NFC, NFD, NFKC, NFKD.",
            call.site,
        ));
    }
    if !s.chars().all(|c| (c as u32) <= 0xFF) || s.is_ascii() {
        return Ok(Value::String(s));
    }
    let (compatibility, decompose) = match form.as_str() {
        "NFC" => (false, false),
        "NFD" => (false, true),
        "NFKC" => (true, false),
        _ => (true, true),
    };
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match compatibility.then(|| latin1_compatibility(c)).flatten() {
            Some(mapped) => out.push_str(mapped),
            None => match decompose.then(|| latin1_decomposition(c)).flatten() {
                Some((base, mark)) => {
                    out.push(base);
                    out.push(mark);
                }
                None => out.push(c),
            },
        }
    }
    mapped(interp, call, out)
}

/// The canonical decomposition of a Latin-1 letter: base letter and combining mark.
fn latin1_decomposition(c: char) -> Option<(char, char)> {
    let (base, accent) = latin1_letter(c)?;
    let mark = match accent {
        GRAVE => '\u{300}',
        ACUTE => '\u{301}',
        CIRCUMFLEX => '\u{302}',
        TILDE => '\u{303}',
        DIAERESIS => '\u{308}',
        RING => '\u{30A}',
        CEDILLA => '\u{327}',
        // ð and ø have no decomposition.
        _ => return None,
    };
    let base = if c.is_uppercase() {
        base.to_ascii_uppercase()
    } else {
        base
    };
    Some((base, mark))
}

/// Latin-1's compatibility mappings (NFKC/NFKD); their results need no further decomposition.
fn latin1_compatibility(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{A0}' => " ",
        '¨' => " \u{308}",
        'ª' => "a",
        '¯' => " \u{304}",
        '²' => "2",
        '³' => "3",
        '´' => " \u{301}",
        'µ' => "\u{3BC}",
        '¸' => " \u{327}",
        '¹' => "1",
        'º' => "o",
        '¼' => "1\u{2044}4",
        '½' => "1\u{2044}2",
        '¾' => "3\u{2044}4",
        _ => return None,
    })
}

fn from_code_point(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut out = String::new();
    for a in call.args {
        let n = interp.to_number(a, call.site)?;
        let valid = n.fract() == 0.0 && (0.0..=1_114_111.0).contains(&n);
        if !valid {
            let msg = format!("Invalid code point {}", crate::value::number_to_string(n));
            return Err(interp.range_error(&msg, call.site));
        }
        // A lone surrogate cannot be held by a Rust string: it becomes U+FFFD.
        out.push(char::from_u32(n as u32).unwrap_or('\u{FFFD}'));
    }
    Ok(Value::str(&out))
}

/// `localeCompare(that)`: -1, 0 or 1 in the order of ICU's root collation, which node uses.
/// Locales and options are ignored. See [`collation_elements`] for what is modelled.
fn locale_compare(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "localeCompare")?;
    let that = interp.to_js_string(&call.arg(0), call.site)?;
    let ordering = collate(s.as_str(), that.as_str());
    Ok(Value::Number(match ordering {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

/// One collation element: a primary weight (the letter or symbol; 0 for accents), a secondary
/// weight (the accent) and a tertiary weight (case or variant form).
#[derive(Clone, Copy)]
struct CollationElement {
    primary: u32,
    secondary: u8,
    tertiary: u8,
}

/// The non-letter characters with a primary weight, in root collation order (whitespace,
/// punctuation, symbols, currency, digits). Letters follow.
const SYMBOL_ORDER: &str = "\t\n\u{b}\u{c}\r\u{85} _-,;:!¡?¿.·'\"«»()[]{}§¶@*/\\&#%`´^¯¨¸°©®+±÷×<=>¬|¦~\u{2044}¤¢$£¥0123456789";

const LETTER_BASE: u32 = 1000;
/// Characters outside the table sort after the Latin letters, by code point.
const OTHER_BASE: u32 = 0x10000;

const COMMON: u8 = 1;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
/// Superscripts, ordinal indicators, no-break space, fractions: after the upper case.
const VARIANT: u8 = 3;

/// Secondary weights of the accents, in root order (à after á, ø after õ, ligatures last).
const ACUTE: u8 = 2;
const GRAVE: u8 = 3;
const CIRCUMFLEX: u8 = 4;
const RING: u8 = 5;
const DIAERESIS: u8 = 6;
const TILDE: u8 = 7;
const CEDILLA: u8 = 8;
const STROKE: u8 = 9;
const LIGATURE: u8 = 10;
/// Other combining marks (U+0300–U+036F) come after these, by code point.
const OTHER_MARK: u8 = 11;

fn symbol_weight(c: char) -> Option<u32> {
    SYMBOL_ORDER
        .chars()
        .position(|s| s == c)
        .map(|i| i as u32 + 1)
}

fn letter_weight(c: char) -> u32 {
    LETTER_BASE + (c.to_ascii_lowercase() as u32 - 'a' as u32)
}

/// The accented Latin-1 letters: base letter and accent.
fn latin1_letter(c: char) -> Option<(char, u8)> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let (base, accent) = match lower {
        'à' => ('a', GRAVE),
        'á' => ('a', ACUTE),
        'â' => ('a', CIRCUMFLEX),
        'ã' => ('a', TILDE),
        'ä' => ('a', DIAERESIS),
        'å' => ('a', RING),
        'ç' => ('c', CEDILLA),
        'è' => ('e', GRAVE),
        'é' => ('e', ACUTE),
        'ê' => ('e', CIRCUMFLEX),
        'ë' => ('e', DIAERESIS),
        'ì' => ('i', GRAVE),
        'í' => ('i', ACUTE),
        'î' => ('i', CIRCUMFLEX),
        'ï' => ('i', DIAERESIS),
        'ð' => ('d', STROKE),
        'ñ' => ('n', TILDE),
        'ò' => ('o', GRAVE),
        'ó' => ('o', ACUTE),
        'ô' => ('o', CIRCUMFLEX),
        'õ' => ('o', TILDE),
        'ö' => ('o', DIAERESIS),
        'ø' => ('o', STROKE),
        'ù' => ('u', GRAVE),
        'ú' => ('u', ACUTE),
        'û' => ('u', CIRCUMFLEX),
        'ü' => ('u', DIAERESIS),
        'ý' => ('y', ACUTE),
        'ÿ' => ('y', DIAERESIS),
        _ => return None,
    };
    Some((base, accent))
}

fn combining_mark_weight(c: char) -> Option<u8> {
    Some(match c {
        '\u{301}' => ACUTE,
        '\u{300}' => GRAVE,
        '\u{302}' => CIRCUMFLEX,
        '\u{30A}' => RING,
        '\u{308}' => DIAERESIS,
        '\u{303}' => TILDE,
        '\u{327}' => CEDILLA,
        '\u{300}'..='\u{36F}' => OTHER_MARK + (c as u32 - 0x300) as u8,
        _ => return None,
    })
}

/// The collation elements of `c`, modelled on ICU's root collation for ASCII and Latin-1
/// (with the combining accents): controls and the soft hyphen are ignorable; other characters
/// get a primary weight after the Latin letters by code point, and upper case from Unicode.
fn collation_elements(c: char, out: &mut Vec<CollationElement>) {
    let element = |primary, secondary, tertiary| CollationElement {
        primary,
        secondary,
        tertiary,
    };
    let case = if c.is_uppercase() { UPPER } else { LOWER };
    if c.is_ascii_alphabetic() {
        out.push(element(letter_weight(c), COMMON, case));
    } else if let Some(p) = symbol_weight(c) {
        out.push(element(p, COMMON, LOWER));
    } else if let Some((base, accent)) = latin1_letter(c) {
        out.push(element(letter_weight(base), COMMON, case));
        out.push(element(0, accent, LOWER));
    } else if let Some(accent) = combining_mark_weight(c) {
        out.push(element(0, accent, LOWER));
    } else {
        let variant = |base: char| element(symbol_weight(base).unwrap_or(0), COMMON, VARIANT);
        match c {
            '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{AD}' => {}
            '\u{A0}' => out.push(variant(' ')),
            '¹' => out.push(variant('1')),
            '²' => out.push(variant('2')),
            '³' => out.push(variant('3')),
            '¼' | '½' | '¾' => {
                let (n, d) = match c {
                    '¼' => ('1', '4'),
                    '½' => ('1', '2'),
                    _ => ('3', '4'),
                };
                out.extend([variant(n), variant('\u{2044}'), variant(d)]);
            }
            'ª' => out.push(element(letter_weight('a'), COMMON, VARIANT)),
            'º' => out.push(element(letter_weight('o'), COMMON, VARIANT)),
            'æ' | 'Æ' | 'ß' => {
                let (first, second) = if c == 'ß' { ('s', 's') } else { ('a', 'e') };
                out.push(element(letter_weight(first), COMMON, case));
                out.push(element(0, LIGATURE, LOWER));
                out.push(element(letter_weight(second), COMMON, case));
            }
            'þ' | 'Þ' => out.push(element(LETTER_BASE + 26, COMMON, case)),
            'µ' => out.push(element(OTHER_BASE + 'μ' as u32, COMMON, VARIANT)),
            _ => {
                let lower = c.to_lowercase().next().unwrap_or(c);
                let tertiary = if lower != c { UPPER } else { LOWER };
                out.push(element(OTHER_BASE + lower as u32, COMMON, tertiary));
            }
        }
    }
}

/// Compares by primary weights, then accents, then case (the three levels of the Unicode
/// Collation Algorithm, without the identical level: `'a\0b'` equals `'ab'`).
fn collate(a: &str, b: &str) -> std::cmp::Ordering {
    let elements = |s: &str| {
        let mut out = Vec::with_capacity(s.len());
        for c in s.chars() {
            collation_elements(c, &mut out);
        }
        out
    };
    let (a, b) = (elements(a), elements(b));
    let primaries = |e: &[CollationElement]| -> Vec<u32> {
        e.iter().map(|e| e.primary).filter(|&p| p != 0).collect()
    };
    let secondaries =
        |e: &[CollationElement]| -> Vec<u8> { e.iter().map(|e| e.secondary).collect() };
    let tertiaries = |e: &[CollationElement]| -> Vec<u8> { e.iter().map(|e| e.tertiary).collect() };
    primaries(&a)
        .cmp(&primaries(&b))
        .then_with(|| secondaries(&a).cmp(&secondaries(&b)))
        .then_with(|| tertiaries(&a).cmp(&tertiaries(&b)))
}

/// `toLocaleUpperCase()`: the default locale's mapping, which is Unicode's (locales ignored).
fn to_locale_upper_case(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "toLocaleUpperCase")?;
    mapped(interp, call, s.to_uppercase())
}

/// `toLocaleLowerCase()`: as [`to_locale_upper_case`].
fn to_locale_lower_case(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_str(interp, call, "toLocaleLowerCase")?;
    mapped(interp, call, s.to_lowercase())
}
