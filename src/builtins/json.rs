//! The `JSON` namespace: `JSON.stringify` (ECMA-262 §25.5.2: `toJSON`, replacer functions
//! and property lists, indentation, cycle detection with V8's message) and `JSON.parse` (the
//! full JSON grammar with V8's error messages and positions, and an optional reviver).

use crate::interp::{Interp, JsResult};
use crate::syntax::ast::Span;
use crate::value::heap::ObjRef;
use crate::value::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value, number_to_string};

use super::define_method;
use crate::interp::ErrorKind;

pub fn install(interp: &mut Interp) {
    let json = interp.new_object();
    define_method(interp, &json, "stringify", 3, stringify);
    define_method(interp, &json, "parse", 2, parse);
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden("JSON".into(), Value::Object(json));
}

// ---------------------------------------------------------------------------------------------
// JSON.stringify

struct Serializer {
    replacer: Option<Value>,
    property_list: Option<Vec<JsStr>>,
    gap: String,
    indent: String,
    /// The objects being serialized, each with the key it was reached by.
    stack: Vec<(ObjRef, JsStr)>,
    /// The addresses of the objects in `stack`, for a constant-time cycle check.
    on_stack: std::collections::HashSet<usize>,
    /// The text produced so far.
    out: String,
    /// The UTF-16 length of `out`, kept within `max` (the longest string).
    units: usize,
    max: usize,
    site: Span,
}

fn stringify(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut ser = Serializer {
        replacer: None,
        property_list: None,
        gap: String::new(),
        indent: String::new(),
        stack: Vec::new(),
        on_stack: std::collections::HashSet::new(),
        out: String::new(),
        units: 0,
        max: interp.limits.max_string_length,
        site: call.site,
    };
    match call.arg(1) {
        f if interp.is_callable(&f) => ser.replacer = Some(f),
        Value::Object(list) if list.data.borrow().is_array() => {
            let len = super::array::length_of(interp, &list, call.site)?;
            let mut keys: Vec<JsStr> = Vec::new();
            let mut next = 0;
            // Indices nothing has read as `undefined`, which names no key: skipped.
            while next < len {
                let i = super::array::next_present_index(interp, &list, next, len);
                if i == len {
                    break;
                }
                next = i + 1;
                let v = super::array::get_index(interp, &list, i)?;
                let key = match &v {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(JsStr::from(number_to_string(*n))),
                    Value::Object(o)
                        if matches!(
                            o.data.borrow().kind,
                            ObjectKind::Primitive(Value::String(_) | Value::Number(_))
                        ) =>
                    {
                        Some(interp.to_js_string(&v, call.site)?)
                    }
                    _ => None,
                };
                if let Some(k) = key
                    && !keys.contains(&k)
                {
                    keys.push(k);
                }
            }
            ser.property_list = Some(keys);
        }
        _ => {}
    }
    let space = match call.arg(2) {
        Value::Object(o) => match &o.data.borrow().kind {
            ObjectKind::Primitive(p @ (Value::Number(_) | Value::String(_))) => p.clone(),
            _ => Value::Undefined,
        },
        v => v,
    };
    match space {
        Value::Number(n) => {
            let n = if n.is_nan() { 0.0 } else { n.trunc().min(10.0) };
            if n >= 1.0 {
                ser.gap = " ".repeat(n as usize);
            }
        }
        Value::String(s) => {
            let units: Vec<u16> = s.encode_utf16().take(10).collect();
            ser.gap = String::from_utf16_lossy(&units);
        }
        _ => {}
    }
    let wrapper = interp.new_object();
    wrapper
        .data
        .borrow_mut()
        .set_own(JsStr::from(""), call.arg(0));
    if ser.property(interp, &wrapper, JsStr::from(""), call.arg(0))? {
        Ok(Value::String(JsStr::from(std::mem::take(&mut ser.out))))
    } else {
        Ok(Value::Undefined)
    }
}

impl Serializer {
    /// SerializeJSONProperty, appending to `out`: false when the value is not serializable
    /// (undefined, functions) and nothing was written.
    fn property(
        &mut self,
        interp: &mut Interp,
        holder: &ObjRef,
        key: JsStr,
        mut value: Value,
    ) -> JsResult<bool> {
        if let Value::Object(_) = &value {
            let to_json = interp.get(&value, &JsStr::from("toJSON"), self.site)?;
            if interp.is_callable(&to_json) {
                value = interp.call(
                    &to_json,
                    value.clone(),
                    vec![Value::String(key.clone())],
                    self.site,
                )?;
            }
        }
        if let Some(replacer) = self.replacer.clone() {
            value = interp.call(
                &replacer,
                Value::Object(holder.clone()),
                vec![Value::String(key.clone()), value],
                self.site,
            )?;
        }
        if let Value::Object(o) = &value {
            let inner = match &o.data.borrow().kind {
                ObjectKind::Primitive(p) => Some(p.clone()),
                _ => None,
            };
            match inner {
                Some(Value::Number(_)) => {
                    value = Value::Number(interp.to_number(&value, self.site)?)
                }
                Some(Value::String(_)) => {
                    value = Value::String(interp.to_js_string(&value, self.site)?)
                }
                Some(b @ Value::Bool(_)) => value = b,
                _ => {}
            }
        }
        match value {
            Value::Null => self.put("null"),
            Value::Bool(b) => self.put(if b { "true" } else { "false" }),
            Value::String(s) => self.put_quoted(interp, &s)?,
            Value::Number(n) if n.is_finite() => self.put(&number_to_string(n)),
            Value::Number(_) => self.put("null"),
            Value::Object(o) if !o.data.borrow().is_callable() => self.object(interp, &o, key)?,
            _ => return Ok(false),
        }
        self.check_length(interp)?;
        Ok(true)
    }

    /// Appends text, keeping `units` exact.
    fn put(&mut self, text: &str) {
        self.out.push_str(text);
        self.units += crate::value::utf16_len_of(text);
    }

    /// Appends `s` as a JSON string literal, unless that makes the output too long: checked
    /// before writing, since escapes can make the literal six times longer than `s`.
    fn put_quoted(&mut self, interp: &mut Interp, s: &JsStr) -> JsResult<()> {
        let shortest = self.units + s.utf16_len() + 2;
        let longest = self.units + 6 * s.utf16_len() + 2;
        if shortest > self.max || (longest > self.max && self.units + quoted_len(s) > self.max) {
            return Err(interp.invalid_string_length(self.site));
        }
        self.units += quote_into(&mut self.out, s);
        Ok(())
    }

    fn check_length(&mut self, interp: &mut Interp) -> JsResult<()> {
        if self.units > self.max {
            return Err(interp.invalid_string_length(self.site));
        }
        Ok(())
    }

    fn enter(&mut self, interp: &mut Interp, o: &ObjRef, key: JsStr) -> JsResult<()> {
        let address = std::rc::Rc::as_ptr(o) as usize;
        if !self.on_stack.insert(address) {
            let start = self
                .stack
                .iter()
                .position(|(s, _)| std::rc::Rc::ptr_eq(s, o))
                .unwrap_or(0);
            let msg = self.circular_message(interp, start, &key);
            return Err(interp.type_error(&msg, self.site));
        }
        self.stack.push((o.clone(), key));
        Ok(())
    }

    /// V8's description of the cycle: where it starts, the path, and the closing key.
    fn circular_message(&self, interp: &mut Interp, start: usize, closing: &JsStr) -> String {
        let is_array = |o: &ObjRef| o.data.borrow().is_array();
        let describe_key = |holder: &ObjRef, key: &JsStr| {
            if is_array(holder) {
                format!("index {key}")
            } else {
                format!("property '{key}'")
            }
        };
        let mut msg = String::from("Converting circular structure to JSON");
        let first = &self.stack[start].0;
        msg.push_str(&format!(
            "\n    --> starting at object with constructor '{}'",
            constructor_name(interp, first)
        ));
        for j in start + 1..self.stack.len() {
            let (obj, key) = &self.stack[j];
            let holder = &self.stack[j - 1].0;
            msg.push_str(&format!(
                "\n    |     {} -> object with constructor '{}'",
                describe_key(holder, key),
                constructor_name(interp, obj)
            ));
        }
        let last = &self.stack[self.stack.len() - 1].0;
        msg.push_str(&format!(
            "\n    --- {} closes the circle",
            describe_key(last, closing)
        ));
        msg
    }

    fn object(&mut self, interp: &mut Interp, o: &ObjRef, key: JsStr) -> JsResult<()> {
        // Deeply nested data recurses here: grow the native stack instead of overflowing it.
        let site = self.site;
        interp.with_stack(crate::util::stack::NATIVE_RED_ZONE, site, |interp| {
            self.object_inner(interp, o, key)
        })
    }

    fn object_inner(&mut self, interp: &mut Interp, o: &ObjRef, key: JsStr) -> JsResult<()> {
        self.enter(interp, o, key)?;
        let stepback_len = self.indent.len();
        self.indent.push_str(&self.gap);
        let is_array = o.data.borrow().is_array();
        self.put(if is_array { "[" } else { "{" });
        let mut any = false;
        if is_array {
            let len = super::array::length_of(interp, o, self.site)?;
            let mut i = 0;
            while i < len {
                // Without a replacer to call, indices nothing has are `null`s: written as one
                // run, whose length is checked first.
                if self.replacer.is_none() {
                    let next = super::array::next_present_index(interp, o, i, len);
                    if next > i {
                        self.null_run(interp, next - i, any)?;
                        any = true;
                        i = next;
                        continue;
                    }
                }
                self.separator(any);
                any = true;
                let v = super::array::get_index(interp, o, i)?;
                if !self.property(interp, o, JsStr::from(i.to_string()), v)? {
                    self.put("null");
                }
                i += 1;
            }
        } else {
            let keys = match &self.property_list {
                Some(list) => list.clone(),
                None => o.data.borrow().own_keys(true),
            };
            for k in keys {
                let v = interp.get(&Value::Object(o.clone()), &k, self.site)?;
                let mark = (self.out.len(), self.units);
                self.separator(any);
                self.put_quoted(interp, &k)?;
                self.put(if self.gap.is_empty() { ":" } else { ": " });
                if self.property(interp, o, k, v)? {
                    any = true;
                } else {
                    self.out.truncate(mark.0);
                    self.units = mark.1;
                }
            }
        }
        self.indent.truncate(stepback_len);
        if any && !self.gap.is_empty() {
            let line = format!("\n{}", self.indent);
            self.put(&line);
        }
        self.put(if is_array { "]" } else { "}" });
        if let Some((done, _)) = self.stack.pop() {
            self.on_stack.remove(&(std::rc::Rc::as_ptr(&done) as usize));
        }
        Ok(())
    }

    /// What goes before a member: a comma after the first, then a newline and indentation.
    /// `count` array elements that are `null`, or `RangeError: Invalid string length` when
    /// they would make the text longer than a string may be.
    fn null_run(&mut self, interp: &mut Interp, count: usize, after_first: bool) -> JsResult<()> {
        let each = ",".len() + "null".len() + self.gap_separator_len();
        let needed = count.saturating_mul(each);
        if self.out.len().saturating_add(needed) > interp.limits.max_string_length {
            return Err(interp.range_error("Invalid string length", self.site));
        }
        for k in 0..count {
            self.separator(after_first || k > 0);
            self.out.push_str("null");
        }
        Ok(())
    }

    /// What [`Self::separator`] adds besides the comma.
    fn gap_separator_len(&self) -> usize {
        if self.gap.is_empty() {
            0
        } else {
            1 + self.indent.len()
        }
    }

    fn separator(&mut self, after_first: bool) {
        if after_first {
            self.put(",");
        }
        if !self.gap.is_empty() {
            let line = format!("\n{}", self.indent);
            self.put(&line);
        }
    }
}

/// The `name` of an object's `constructor`, as V8's cycle message shows it.
fn constructor_name(interp: &mut Interp, o: &ObjRef) -> String {
    let ctor = interp.get_from_object(o, &JsStr::from("constructor"));
    if let Ok(Value::Object(c)) = &ctor
        && let Ok(Value::String(name)) = interp.get_from_object(c, &JsStr::from("name"))
        && !name.is_empty()
    {
        return name.to_string();
    }
    "Object".into()
}

/// QuoteJSONString.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s);
    out
}

/// QuoteJSONString, appending to `out`; returns the UTF-16 length of what it appended.
fn quote_into(out: &mut String, s: &str) -> usize {
    let mut units = 2;
    out.push('"');
    // Runs without escapes are copied whole; every escaped character is ASCII, so the runs
    // are cut at character boundaries.
    let mut run_start = 0;
    for (i, b) in s.bytes().enumerate() {
        if let Some(len) = escaped_len(b) {
            let run = &s[run_start..i];
            out.push_str(run);
            push_escape(out, b);
            units += crate::value::utf16_len_of(run) + len;
            run_start = i + 1;
        }
    }
    let run = &s[run_start..];
    out.push_str(run);
    out.push('"');
    units + crate::value::utf16_len_of(run)
}

/// The UTF-16 length of `s` quoted as a JSON string, without building it.
fn quoted_len(s: &JsStr) -> usize {
    let extra: usize = s.bytes().filter_map(escaped_len).map(|len| len - 1).sum();
    s.utf16_len() + extra + 2
}

/// The length of the escape JSON writes for the ASCII byte `b` in a string literal, if `b`
/// is escaped.
fn escaped_len(b: u8) -> Option<usize> {
    match b {
        b'"' | b'\\' | 0x08 | 0x0c | b'\n' | b'\r' | b'\t' => Some(2),
        0..0x20 => Some(6),
        _ => None,
    }
}

/// Writes the escape of a byte [`escaped_len`] accepts: `\n` and the like, else `\u00XX`.
fn push_escape(out: &mut String, b: u8) {
    let short = match b {
        b'"' => '"',
        b'\\' => '\\',
        0x08 => 'b',
        0x0c => 'f',
        b'\n' => 'n',
        b'\r' => 'r',
        b'\t' => 't',
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
            return;
        }
    };
    out.push('\\');
    out.push(short);
}

// ---------------------------------------------------------------------------------------------
// JSON.parse

/// Why parsing failed (turned into V8's message by [`Parser::message`]).
enum ParseError {
    EndOfInput,
    /// An unexpected character (not a number or string) at this position.
    Token(usize),
    /// A message with `in JSON at position N` appended.
    At(&'static str, usize),
    /// Something after the value.
    Trailing(usize),
    /// Nested too deep for the native stack.
    TooDeep,
}

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
}

type PResult<T> = Result<T, ParseError>;

fn parse(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let text = interp.to_js_string(&call.arg(0), call.site)?;
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut p = Parser {
        src: &units,
        pos: 0,
    };
    let result = p.value(interp).and_then(|v| {
        p.skip_ws();
        if p.pos < p.src.len() {
            Err(ParseError::Trailing(p.pos))
        } else {
            Ok(v)
        }
    });
    let value = match result {
        Ok(v) => v,
        Err(ParseError::TooDeep) => return Err(interp.stack_overflow(call.site)),
        Err(e) => {
            let msg = message(&text, &units, e);
            return Err(interp.error(ErrorKind::SyntaxError, &msg, call.site));
        }
    };
    let reviver = call.arg(1);
    if interp.is_callable(&reviver) {
        let root = interp.new_object();
        root.data.borrow_mut().set_own(JsStr::from(""), value);
        return internalize(interp, &reviver, &root, JsStr::from(""), call.site);
    }
    Ok(value)
}

/// V8's wording for a parse error.
fn message(text: &str, units: &[u16], e: ParseError) -> String {
    match e {
        ParseError::EndOfInput => "Unexpected end of JSON input".into(),
        ParseError::TooDeep => unreachable!("reported as a RangeError"),
        ParseError::At(what, pos) => format!("{what} in JSON at position {pos}"),
        ParseError::Trailing(pos) => {
            format!("Unexpected non-whitespace character after JSON at position {pos}")
        }
        ParseError::Token(pos) => {
            if matches!(text, "NaN" | "Infinity" | "undefined" | "[object Object]") {
                return format!("\"{text}\" is not valid JSON");
            }
            let token = char_at(units, pos);
            let context = if units.len() < 21 {
                format!("\"{text}\"")
            } else {
                let start = pos.saturating_sub(10);
                let end = (pos + 10).min(units.len());
                let slice = String::from_utf16_lossy(&units[start..end]);
                format!(
                    "{}\"{slice}\"{}",
                    if start > 0 { "..." } else { "" },
                    if end < units.len() { "..." } else { "" }
                )
            };
            format!("Unexpected token '{token}', {context} is not valid JSON")
        }
    }
}

/// The character starting at UTF-16 position `pos` (a whole surrogate pair when there is one).
fn char_at(units: &[u16], pos: usize) -> String {
    let end = (pos + 2).min(units.len());
    let s = String::from_utf16_lossy(&units[pos..end]);
    match s.chars().next() {
        Some(c) if c.len_utf16() == 2 => c.to_string(),
        _ => String::from_utf16_lossy(&units[pos..pos + 1]),
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09 | 0x0a | 0x0d) {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn value(&mut self, interp: &mut Interp) -> PResult<Value> {
        crate::util::stack::guard(crate::util::stack::SYNTAX_RED_ZONE, || {
            self.value_inner(interp)
        })
        .unwrap_or(Err(ParseError::TooDeep))
    }

    fn value_inner(&mut self, interp: &mut Interp) -> PResult<Value> {
        self.skip_ws();
        let Some(c) = self.peek() else {
            return Err(ParseError::EndOfInput);
        };
        match c {
            0x7b => self.object(interp),
            0x5b => self.array(interp),
            0x22 => Ok(Value::String(self.string()?)),
            0x2d | 0x30..=0x39 => self.number(),
            0x74 => self.literal("true", Value::Bool(true)),
            0x66 => self.literal("false", Value::Bool(false)),
            0x6e => self.literal("null", Value::Null),
            _ => Err(ParseError::Token(self.pos)),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> PResult<Value> {
        for b in word.bytes() {
            match self.peek() {
                None => return Err(ParseError::EndOfInput),
                Some(c) if c == b as u16 => self.pos += 1,
                Some(_) => return Err(ParseError::Token(self.pos)),
            }
        }
        Ok(v)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(0x30..=0x39)) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> PResult<Value> {
        let start = self.pos;
        if self.peek() == Some(0x2d) {
            self.pos += 1;
            if !matches!(self.peek(), Some(0x30..=0x39)) {
                return Err(ParseError::At("No number after minus sign", self.pos));
            }
        }
        if self.peek() == Some(0x30) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x30..=0x39)) {
                return Err(ParseError::At("Unexpected number", self.pos));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(0x2e) {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(ParseError::At("Unterminated fractional number", self.pos));
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2b | 0x2d)) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(ParseError::At(
                    "Exponent part is missing a number",
                    self.pos,
                ));
            }
        }
        let text = String::from_utf16_lossy(&self.src[start..self.pos]);
        Ok(Value::Number(text.parse().unwrap_or(f64::NAN)))
    }

    fn string(&mut self) -> PResult<JsStr> {
        self.pos += 1; // the opening quote
        let mut out: Vec<u16> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(ParseError::At("Unterminated string", self.pos));
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(JsStr::from(String::from_utf16_lossy(&out)));
                }
                0x5c => {
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(ParseError::At("Unterminated string", self.pos));
                    };
                    let simple = match e {
                        0x22 => Some(0x22),
                        0x5c => Some(0x5c),
                        0x2f => Some(0x2f),
                        0x62 => Some(0x08),
                        0x66 => Some(0x0c),
                        0x6e => Some(0x0a),
                        0x72 => Some(0x0d),
                        0x74 => Some(0x09),
                        _ => None,
                    };
                    if let Some(u) = simple {
                        out.push(u);
                        self.pos += 1;
                    } else if e == 0x75 {
                        self.pos += 1;
                        let mut code = 0u16;
                        for _ in 0..4 {
                            let d = self
                                .peek()
                                .and_then(|d| char::from_u32(d as u32))
                                .and_then(|d| d.to_digit(16));
                            match d {
                                Some(d) => code = code * 16 + d as u16,
                                None => {
                                    return Err(ParseError::At("Bad Unicode escape", self.pos));
                                }
                            }
                            self.pos += 1;
                        }
                        out.push(code);
                    } else {
                        return Err(ParseError::At("Bad escaped character", self.pos));
                    }
                }
                0..=0x1f => {
                    return Err(ParseError::At(
                        "Bad control character in string literal",
                        self.pos,
                    ));
                }
                _ => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn array(&mut self, interp: &mut Interp) -> PResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(0x5d) {
            self.pos += 1;
            return Ok(Value::Object(interp.new_array(items)));
        }
        loop {
            items.push(self.value(interp)?);
            self.skip_ws();
            match self.peek() {
                Some(0x2c) => self.pos += 1,
                Some(0x5d) => {
                    self.pos += 1;
                    return Ok(Value::Object(interp.new_array(items)));
                }
                _ => {
                    return Err(ParseError::At(
                        "Expected ',' or ']' after array element",
                        self.pos,
                    ));
                }
            }
        }
    }

    fn object(&mut self, interp: &mut Interp) -> PResult<Value> {
        self.pos += 1;
        let o = interp.new_object();
        self.skip_ws();
        if self.peek() == Some(0x7d) {
            self.pos += 1;
            return Ok(Value::Object(o));
        }
        if self.peek() != Some(0x22) {
            return Err(ParseError::At("Expected property name or '}'", self.pos));
        }
        loop {
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(0x3a) {
                return Err(ParseError::At("Expected ':' after property name", self.pos));
            }
            self.pos += 1;
            let v = self.value(interp)?;
            o.data.borrow_mut().set_own(key, v);
            self.skip_ws();
            match self.peek() {
                Some(0x2c) => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some(0x22) {
                        return Err(ParseError::At(
                            "Expected double-quoted property name",
                            self.pos,
                        ));
                    }
                }
                Some(0x7d) => {
                    self.pos += 1;
                    return Ok(Value::Object(o));
                }
                _ => {
                    return Err(ParseError::At(
                        "Expected ',' or '}' after property value",
                        self.pos,
                    ));
                }
            }
        }
    }
}

/// InternalizeJSONProperty: walk the parsed value bottom-up, calling the reviver.
fn internalize(
    interp: &mut Interp,
    reviver: &Value,
    holder: &ObjRef,
    key: JsStr,
    site: Span,
) -> JsResult<Value> {
    interp.with_stack(crate::util::stack::NATIVE_RED_ZONE, site, |interp| {
        internalize_inner(interp, reviver, holder, key, site)
    })
}

fn internalize_inner(
    interp: &mut Interp,
    reviver: &Value,
    holder: &ObjRef,
    key: JsStr,
    site: Span,
) -> JsResult<Value> {
    let val = interp.get(&Value::Object(holder.clone()), &key, site)?;
    if let Value::Object(o) = &val {
        let is_array = o.data.borrow().is_array();
        let keys: Box<dyn Iterator<Item = JsStr>> = if is_array {
            let len = super::array::length_of(interp, o, site)?;
            Box::new((0..len).map(|i| JsStr::from(i.to_string())))
        } else {
            Box::new(o.data.borrow().own_keys(true).into_iter())
        };
        for k in keys {
            let v = internalize(interp, reviver, o, k.clone(), site)?;
            if matches!(v, Value::Undefined) {
                interp.delete_property(o, &k);
            } else {
                interp.set_on_object(o, k, v)?;
            }
        }
    }
    interp.call(
        reviver,
        Value::Object(holder.clone()),
        vec![Value::String(key), val],
        site,
    )
}
