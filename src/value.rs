//! JavaScript values and the conversions that need no interpreter: number ↔ string, truthiness,
//! `typeof`, and the string type with JavaScript's UTF-16 view of length and indices.
//!
//! Invariant: `Value::Empty` never escapes to JavaScript code. It marks a `let`/`const` slot in
//! its temporal dead zone and a hole in an array; readers turn it into an error or `undefined`.

use std::fmt;
use std::rc::Rc;

use crate::heap::ObjRef;

#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(JsStr),
    Object(ObjRef),
    /// A symbol, represented by the property key that stands for it (see [`symbol`]).
    Symbol(JsStr),
    /// Internal marker: an uninitialised binding or an array hole.
    Empty,
}

/// Symbols. A symbol is identified by a string no program text produces: a private-use
/// noncharacter, a unique tag, the mark again, then the description. That string is also its
/// property key, so objects keep symbol-keyed properties in the same map as string keys, and
/// two symbol values are the same symbol exactly when their strings are equal.
pub mod symbol {
    use super::JsStr;
    use std::cell::Cell;

    const MARK: char = '\u{FDD0}';
    /// Stands for an absent description (`Symbol()` differs from `Symbol('')`).
    const NO_DESCRIPTION: char = '\u{FDD1}';

    thread_local! {
        static NEXT_ID: Cell<u64> = const { Cell::new(0) };
    }

    fn make(tag: &str, description: Option<&str>) -> JsStr {
        let mut key = String::new();
        key.push(MARK);
        key.push_str(tag);
        key.push(MARK);
        match description {
            Some(d) => key.push_str(d),
            None => key.push(NO_DESCRIPTION),
        }
        JsStr::from(key)
    }

    /// `Symbol(description)`: a new, unique symbol.
    pub fn unique(description: Option<&str>) -> JsStr {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        make(&id.to_string(), description)
    }

    /// `Symbol.for(key)`: the same symbol for the same key.
    pub fn registered(key: &str) -> JsStr {
        make(&format!("for:{}", key.len()), Some(key))
    }

    /// `Symbol.iterator` and the other well-known symbols (`name` without `Symbol.`).
    pub fn well_known(name: &str) -> JsStr {
        make(&format!("@@{name}"), Some(&format!("Symbol.{name}")))
    }

    pub fn is_symbol_key(key: &str) -> bool {
        key.starts_with(MARK)
    }

    /// The description, if the symbol has one.
    pub fn description(key: &str) -> Option<&str> {
        let rest = key.strip_prefix(MARK)?;
        let (_, description) = rest.split_once(MARK)?;
        if description.starts_with(NO_DESCRIPTION) {
            None
        } else {
            Some(description)
        }
    }

    /// For `Symbol.keyFor`: the key a registered symbol was created with.
    pub fn registry_key(key: &str) -> Option<&str> {
        let rest = key.strip_prefix(MARK)?;
        let (tag, description) = rest.split_once(MARK)?;
        tag.starts_with("for:").then_some(description)
    }

    /// A property key as error messages show it (`Symbol(Symbol.iterator)` for a symbol).
    pub fn key_for_message(key: &str) -> std::borrow::Cow<'_, str> {
        if is_symbol_key(key) {
            display(key).into()
        } else {
            key.into()
        }
    }

    /// `Symbol(desc)` as `String(sym)` and `console.log` show it.
    pub fn display(key: &str) -> String {
        format!("Symbol({})", description(key).unwrap_or(""))
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::String(JsStr::from(s))
    }

    pub fn is_nullish(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null | Value::Empty)
    }

    pub fn as_object(&self) -> Option<&ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// ECMAScript ToBoolean.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => *b,
            Value::Number(n) => *n != 0.0 && !n.is_nan(),
            Value::String(s) => !s.is_empty(),
            Value::Object(_) | Value::Symbol(_) => true,
        }
    }

    /// `typeof v` for everything but functions, which the caller checks (it needs the heap).
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::Object(o) => {
                if o.data.borrow().is_callable() {
                    "function"
                } else {
                    "object"
                }
            }
        }
    }

    /// SameValueZero-free strict equality (`===`).
    pub fn strict_equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Undefined | Value::Empty, Value::Undefined | Value::Empty) => true,
            (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::String(a), Value::String(b)) => a == b,
            (Value::Symbol(a), Value::Symbol(b)) => a == b,
            (Value::Object(a), Value::Object(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// SameValue (`Object.is`): like `===` but `NaN` equals itself and `0` differs from `-0`.
    pub fn same_value(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Number(a), Value::Number(b)) => {
                (a.is_nan() && b.is_nan())
                    || (a == b && a.is_sign_negative() == b.is_sign_negative())
            }
            _ => self.strict_equals(other),
        }
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Value {
        Value::Number(n)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<JsStr> for Value {
    fn from(s: JsStr) -> Value {
        Value::String(s)
    }
}

/// An immutable JavaScript string, stored as UTF-8. `length`, indexing and slicing count UTF-16
/// code units as JavaScript does; ASCII strings (the common case) take a fast path.
///
/// The handle is one pointer wide (`Rc<String>` rather than the fat `Rc<str>`), which keeps
/// [`Value`] and `JsResult<Value>` at 16 bytes: every evaluated node moves one around. A
/// `String` (rather than a `Box<str>`) is also created from a built `String` without copying.
#[derive(Clone)]
pub struct JsStr(Rc<String>);

// Sizes the evaluator's speed depends on (see the type docs).
const _: () = assert!(std::mem::size_of::<JsStr>() == 8);
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl PartialEq for JsStr {
    fn eq(&self, other: &JsStr) -> bool {
        // Names from the same source text often share one allocation.
        Rc::ptr_eq(&self.0, &other.0) || self.0.as_str() == other.0.as_str()
    }
}

impl Eq for JsStr {}

impl std::hash::Hash for JsStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Must hash like `str` for `Borrow<str>` lookups.
        self.as_str().hash(state)
    }
}

impl PartialOrd for JsStr {
    fn partial_cmp(&self, other: &JsStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for JsStr {
    fn cmp(&self, other: &JsStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl JsStr {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Length in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        if self.0.is_ascii() {
            self.0.len()
        } else {
            self.0.encode_utf16().count()
        }
    }

    /// The UTF-16 code unit at `index`, if any.
    pub fn code_unit_at(&self, index: usize) -> Option<u16> {
        if self.0.is_ascii() {
            self.0.as_bytes().get(index).map(|b| *b as u16)
        } else {
            self.0.encode_utf16().nth(index)
        }
    }

    /// The substring between UTF-16 indices `start..end` (clamped). A surrogate pair cut in
    /// half becomes U+FFFD, since UTF-8 cannot hold a lone surrogate.
    pub fn slice_utf16(&self, start: usize, end: usize) -> JsStr {
        if self.0.is_ascii() {
            let end = end.min(self.0.len());
            let start = start.min(end);
            return JsStr::from(&self.0[start..end]);
        }
        let units: Vec<u16> = self.0.encode_utf16().collect();
        let end = end.min(units.len());
        let start = start.min(end);
        JsStr::from(String::from_utf16_lossy(&units[start..end]).as_str())
    }

    /// UTF-16 index of the first occurrence of `needle` at or after `from`.
    pub fn index_of(&self, needle: &JsStr, from: usize) -> Option<usize> {
        if self.0.is_ascii() && needle.0.is_ascii() {
            if from > self.0.len() {
                return if needle.is_empty() {
                    Some(self.0.len())
                } else {
                    None
                };
            }
            return self.0[from..].find(&*needle.0).map(|i| i + from);
        }
        let hay: Vec<u16> = self.0.encode_utf16().collect();
        let pat: Vec<u16> = needle.0.encode_utf16().collect();
        let from = from.min(hay.len());
        if pat.is_empty() {
            return Some(from);
        }
        (from..=hay.len().saturating_sub(pat.len())).find(|&i| hay[i..].starts_with(&pat))
    }

    pub fn concat(&self, other: &JsStr) -> JsStr {
        let mut s = String::with_capacity(self.0.len() + other.0.len());
        s.push_str(&self.0);
        s.push_str(&other.0);
        JsStr::from(s)
    }

    /// `self = self + other`, in place when this handle is the string's only owner: building
    /// a string with `s += c` in a loop is then amortised linear instead of quadratic.
    pub fn append(&mut self, other: &str) {
        match Rc::get_mut(&mut self.0) {
            Some(s) => s.push_str(other),
            None => *self = JsStr::from([self.as_str(), other].concat()),
        }
    }

    /// True when both handles point at the same allocation.
    pub fn ptr_eq(&self, other: &JsStr) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// If the string is a canonical array index (`"0"`, `"17"`, not `"01"`), that index.
    pub fn as_array_index(&self) -> Option<u32> {
        parse_array_index(&self.0)
    }
}

/// `"0"`, `"42"` → the index; `"01"`, `"-1"`, `"1.5"`, `"4294967295"` → None.
pub fn parse_array_index(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 10 || (b.len() > 1 && b[0] == b'0') {
        return None;
    }
    if !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n: u64 = s.parse().ok()?;
    if n < u32::MAX as u64 {
        Some(n as u32)
    } else {
        None
    }
}

impl From<&str> for JsStr {
    fn from(s: &str) -> JsStr {
        JsStr(Rc::new(String::from(s)))
    }
}

impl From<String> for JsStr {
    fn from(s: String) -> JsStr {
        JsStr(Rc::new(s))
    }
}

impl fmt::Display for JsStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for JsStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl std::ops::Deref for JsStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl std::borrow::Borrow<str> for JsStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// ECMAScript Number::toString(10): shortest round-trip digits, exponent form from 1e21 up and
/// below 1e-6.
pub fn number_to_string(n: f64) -> String {
    if n == 0.0 {
        return "0".to_string();
    }
    if n.fract() == 0.0 && n.abs() < 1e15 {
        return format!("{}", n as i64);
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// ECMAScript StringToNumber: whitespace-trimmed decimal, `Infinity`, `0x`/`0o`/`0b` literals;
/// the empty string is 0; anything else is NaN.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return 0.0;
    }
    // Compared as bytes: the first two may be the start of a multi-byte character, and slicing
    // the `str` there would cut it.
    let lower_prefix =
        |p: &str| t.len() > 2 && t.as_bytes()[..2].eq_ignore_ascii_case(p.as_bytes());
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower_prefix(prefix) {
            return parse_radix_digits(&t[2..], radix).unwrap_or(f64::NAN);
        }
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    if is_decimal_literal(t) {
        t.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

fn parse_radix_digits(digits: &str, radix: u32) -> Option<f64> {
    if digits.is_empty() {
        return None;
    }
    let mut n = 0.0f64;
    for c in digits.chars() {
        n = n * radix as f64 + c.to_digit(radix)? as f64;
    }
    Some(n)
}

/// `[+-] digits [. digits] [e [+-] digits]` with at least one digit in the mantissa; Rust's
/// `f64::from_str` also accepts `inf`, `nan` and other forms JavaScript rejects.
fn is_decimal_literal(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        digits += i - frac_start;
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == b.len()
}

/// JavaScript's WhiteSpace and LineTerminator characters (what `trim` removes).
pub fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{A}' | '\u{B}' | '\u{C}' | '\u{D}' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// ECMAScript ToInt32.
#[inline]
pub fn to_int32(n: f64) -> i32 {
    // Fast path: already in range, so truncation is the whole conversion (NaN fails the test).
    if n > -2147483649.0 && n < 2147483648.0 {
        return n as i32;
    }
    to_int32_wrapping(n)
}

fn to_int32_wrapping(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let n = n.trunc() % 4294967296.0;
    let n = if n < 0.0 { n + 4294967296.0 } else { n };
    n as u32 as i32
}

/// ECMAScript ToUint32.
pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(number_to_string(0.000001), "0.000001");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(
            number_to_string(123456789012345680000.0),
            "123456789012345680000"
        );
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(number_to_string(-42.0), "-42");
        assert_eq!(number_to_string(1.5), "1.5");
    }

    #[test]
    fn strings_convert_to_numbers_like_javascript() {
        assert_eq!(string_to_number("  12  "), 12.0);
        assert_eq!(string_to_number(""), 0.0);
        assert_eq!(string_to_number("0x1f"), 31.0);
        assert_eq!(string_to_number("1e3"), 1000.0);
        assert_eq!(string_to_number(".5"), 0.5);
        assert_eq!(string_to_number("5."), 5.0);
        assert!(string_to_number("12px").is_nan());
        assert!(string_to_number("inf").is_nan());
        assert!(string_to_number(".").is_nan());
        assert_eq!(string_to_number("-Infinity"), f64::NEG_INFINITY);
    }

    #[test]
    fn utf16_view_of_strings() {
        let s = JsStr::from("a😀b");
        assert_eq!(s.utf16_len(), 4);
        assert_eq!(s.code_unit_at(1), Some(0xD83D));
        assert_eq!(s.slice_utf16(1, 3).as_str(), "😀");
        assert_eq!(s.index_of(&JsStr::from("b"), 0), Some(3));
    }

    #[test]
    fn int32_conversion_wraps() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(2147483648.0), -2147483648);
        assert_eq!(to_int32(-1.5), -1);
        assert_eq!(to_uint32(-1.0), 4294967295);
    }
}
