//! JavaScript values and the conversions that need no interpreter: number ↔ string, truthiness,
//! `typeof`, and the string type with JavaScript's UTF-16 view of length and indices.
//!
//! Invariant: `Value::Empty` never escapes to JavaScript code. It marks a `let`/`const` slot in
//! its temporal dead zone and a hole in an array; readers turn it into an error or `undefined`.

use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

pub mod heap;
pub mod object;

use heap::ObjRef;

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

/// Symbols. A symbol is identified by its property key: a [`JsStr`] flagged as a symbol key
/// (a flag no string value carries, so no string a program builds can name a symbol's
/// property), whose text is a mark and a unique tag, then, if the symbol has a description,
/// the mark again and the description (tags never contain the mark).
/// Objects keep symbol-keyed properties in the same map as string keys, and two symbol values
/// are the same symbol exactly when their keys are equal.
pub mod symbol {
    use super::JsStr;
    use std::cell::Cell;

    const MARK: char = '\u{FDD0}';

    thread_local! {
        static NEXT_ID: Cell<u64> = const { Cell::new(0) };
    }

    fn make(tag: &str, description: Option<&str>) -> JsStr {
        let mut key = String::new();
        key.push(MARK);
        key.push_str(tag);
        // `Symbol()` has no description, unlike `Symbol('')`.
        if let Some(d) = description {
            key.push(MARK);
            key.push_str(d);
        }
        JsStr::new(key, true)
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

    /// The key of `Symbol.iterator`.
    pub fn iterator_key() -> JsStr {
        thread_local! {
            static KEY: JsStr = well_known("iterator");
        }
        KEY.with(JsStr::clone)
    }

    /// The key of `Symbol.species`.
    pub fn species_key() -> JsStr {
        thread_local! {
            static KEY: JsStr = well_known("species");
        }
        KEY.with(JsStr::clone)
    }

    /// The key of `Symbol.toStringTag`.
    pub fn to_string_tag_key() -> JsStr {
        thread_local! {
            static KEY: JsStr = well_known("toStringTag");
        }
        KEY.with(JsStr::clone)
    }

    pub fn is_symbol_key(key: &JsStr) -> bool {
        key.is_symbol_key()
    }

    /// The tag and description of a symbol key (`None` for a string key, or a symbol without a
    /// description).
    fn parts(key: &JsStr) -> Option<(&str, &str)> {
        if !key.is_symbol_key() {
            return None;
        }
        key.as_str().strip_prefix(MARK)?.split_once(MARK)
    }

    /// The description, if the symbol has one.
    pub fn description(key: &JsStr) -> Option<&str> {
        parts(key).map(|(_, description)| description)
    }

    /// For `Symbol.keyFor`: the key a registered symbol was created with.
    pub fn registry_key(key: &JsStr) -> Option<&str> {
        let (tag, description) = parts(key)?;
        tag.starts_with("for:").then_some(description)
    }

    /// A property key as error messages show it (`Symbol(Symbol.iterator)` for a symbol).
    pub fn key_for_message(key: &JsStr) -> std::borrow::Cow<'_, str> {
        if is_symbol_key(key) {
            display(key).into()
        } else {
            key.as_str().into()
        }
    }

    /// `Symbol(desc)` as `String(sym)` and `console.log` show it.
    pub fn display(key: &JsStr) -> String {
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
/// code units as JavaScript does, in O(1) per call (amortised): the payload caches the UTF-16
/// length, which also tells whether the text is ASCII, and a non-ASCII string builds a UTF-16
/// copy of itself the first time it is indexed.
///
/// The handle is one pointer wide, which keeps [`Value`] and `JsResult<Value>` at 16 bytes:
/// every evaluated node moves one around. A built `String` becomes a `JsStr` without copying.
///
/// Property keys are `JsStr`s too. A symbol's key carries a flag that only [`symbol`] sets and
/// that equality compares, so no string a program builds equals a symbol key.
#[derive(Clone)]
pub struct JsStr(Rc<StrData>);

struct StrData {
    text: String,
    /// Length in UTF-16 code units. It equals `text.len()` exactly when `text` is ASCII: every
    /// other character takes more UTF-8 bytes than UTF-16 units.
    utf16_len: usize,
    /// Non-ASCII text only: its UTF-16 code units, once an index needed them. Kept in step with
    /// the text by [`JsStr::append`].
    // Boxed so that the cell of a string that never builds it is one word.
    #[allow(clippy::box_collection)]
    units: OnceCell<Box<Vec<u16>>>,
    /// Set on a symbol's key, never on a string value.
    symbol: bool,
}

// Sizes the evaluator's speed depends on (see the type docs).
const _: () = assert!(std::mem::size_of::<JsStr>() == 8);
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl PartialEq for JsStr {
    fn eq(&self, other: &JsStr) -> bool {
        // Names from the same source text often share one allocation.
        Rc::ptr_eq(&self.0, &other.0)
            || (self.0.symbol == other.0.symbol && self.0.text == other.0.text)
    }
}

impl Eq for JsStr {}

impl std::hash::Hash for JsStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Only the text, hashed as `str` hashes: property maps look string keys up by `&str`
        // (see `object::PropMap`). A symbol key and a string with its text merely collide.
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
        self.as_str()
            .cmp(other.as_str())
            .then(self.0.symbol.cmp(&other.0.symbol))
    }
}

/// The number of UTF-16 code units that encode `s`.
pub fn utf16_len_of(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // One unit per character (every byte but a continuation byte starts one), and one more
    // for each four-byte character (a surrogate pair).
    s.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl JsStr {
    fn new(text: String, symbol: bool) -> JsStr {
        JsStr(Rc::new(StrData {
            utf16_len: utf16_len_of(&text),
            text,
            units: OnceCell::new(),
            symbol,
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0.text
    }

    pub fn is_empty(&self) -> bool {
        self.0.text.is_empty()
    }

    /// Length in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.0.utf16_len
    }

    /// Whether every character is ASCII (UTF-16 indices are then byte indices).
    pub fn is_ascii(&self) -> bool {
        self.0.utf16_len == self.0.text.len()
    }

    /// Whether this is a symbol's property key rather than a string.
    pub fn is_symbol_key(&self) -> bool {
        self.0.symbol
    }

    /// The UTF-16 code units of non-ASCII text, built on the first call.
    fn wide_units(&self) -> &[u16] {
        self.0
            .units
            .get_or_init(|| Box::new(self.0.text.encode_utf16().collect()))
    }

    /// The UTF-16 code units: borrowed from the cache for non-ASCII text, widened from the
    /// bytes for ASCII.
    pub fn utf16_units(&self) -> std::borrow::Cow<'_, [u16]> {
        if self.is_ascii() {
            self.0.text.bytes().map(u16::from).collect()
        } else {
            std::borrow::Cow::Borrowed(self.wide_units())
        }
    }

    /// The UTF-16 code unit at `index`, if any.
    pub fn code_unit_at(&self, index: usize) -> Option<u16> {
        if self.is_ascii() {
            self.0.text.as_bytes().get(index).map(|b| u16::from(*b))
        } else {
            self.wide_units().get(index).copied()
        }
    }

    /// The substring between UTF-16 indices `start..end` (clamped). A surrogate pair cut in
    /// half becomes U+FFFD, since UTF-8 cannot hold a lone surrogate.
    pub fn slice_utf16(&self, start: usize, end: usize) -> JsStr {
        let end = end.min(self.utf16_len());
        let start = start.min(end);
        if start == 0 && end == self.utf16_len() && !self.is_symbol_key() {
            return self.clone();
        }
        if self.is_ascii() {
            return JsStr::from(&self.0.text[start..end]);
        }
        JsStr::from(String::from_utf16_lossy(&self.wide_units()[start..end]))
    }

    /// Appends the text between UTF-16 indices `start..end` (within bounds) to `out`; a
    /// surrogate pair cut in half becomes U+FFFD, as in [`JsStr::slice_utf16`].
    pub fn push_utf16_range(&self, out: &mut String, start: usize, end: usize) {
        if self.is_ascii() {
            out.push_str(&self.0.text[start..end]);
        } else {
            let units = self.wide_units()[start..end].iter().copied();
            out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        }
    }

    /// UTF-16 index of the first occurrence of `needle` at or after `from`.
    pub fn index_of(&self, needle: &JsStr, from: usize) -> Option<usize> {
        if self.is_ascii() && needle.is_ascii() {
            if from > self.0.text.len() {
                return needle.is_empty().then_some(self.0.text.len());
            }
            return self.0.text[from..].find(needle.as_str()).map(|i| i + from);
        }
        if self.is_ascii() {
            // A needle with a non-ASCII character cannot occur in ASCII text.
            return None;
        }
        let hay = self.utf16_units();
        let pat = needle.utf16_units();
        let from = from.min(hay.len());
        if pat.is_empty() {
            return Some(from);
        }
        if pat.len() > hay.len() {
            return None;
        }
        (from..=hay.len() - pat.len()).find(|&i| hay[i..].starts_with(&pat))
    }

    /// `self + other`, unchecked: the interpreter checks the length limit first.
    pub fn concat(&self, other: &JsStr) -> JsStr {
        let mut s = String::with_capacity(self.0.text.len() + other.0.text.len());
        s.push_str(&self.0.text);
        s.push_str(&other.0.text);
        JsStr::from(s)
    }

    /// `self = self + other`, in place when this handle is the string's only owner: building
    /// a string with `s += c` in a loop is then amortised linear instead of quadratic. The
    /// caches follow the text (an index already built is extended, not dropped, so indexing
    /// while appending stays linear too).
    pub fn append(&mut self, other: &str) {
        match Rc::get_mut(&mut self.0) {
            Some(data) if !data.symbol => {
                data.text.push_str(other);
                data.utf16_len += utf16_len_of(other);
                if let Some(units) = data.units.get_mut() {
                    units.extend(other.encode_utf16());
                }
            }
            _ => *self = JsStr::from([self.as_str(), other].concat()),
        }
    }

    /// True when both handles point at the same allocation.
    pub fn ptr_eq(&self, other: &JsStr) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// If the string is a canonical array index (`"0"`, `"17"`, not `"01"`), that index.
    pub fn as_array_index(&self) -> Option<u32> {
        parse_array_index(&self.0.text)
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
        JsStr::new(String::from(s), false)
    }
}

impl From<String> for JsStr {
    fn from(s: String) -> JsStr {
        JsStr::new(s, false)
    }
}

impl fmt::Display for JsStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text)
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
        &self.0.text
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
        assert_eq!(s.slice_utf16(1, 2).as_str(), "\u{FFFD}");
    }

    #[test]
    fn appending_keeps_the_utf16_caches_in_step() {
        let mut s = JsStr::from("ab");
        s.append("é");
        assert_eq!((s.utf16_len(), s.is_ascii()), (3, false));
        assert_eq!(s.code_unit_at(2), Some(0xE9));
        // The UTF-16 copy exists now; appending extends it.
        s.append("😀c");
        assert_eq!(s.utf16_len(), 6);
        assert_eq!(s.code_unit_at(3), Some(0xD83D));
        assert_eq!(s.code_unit_at(5), Some(u16::from(b'c')));
        assert_eq!(s.slice_utf16(2, 6).as_str(), "é😀c");
        // A shared string is copied, not changed under its other owner.
        let other = s.clone();
        s.append("d");
        assert_eq!((other.utf16_len(), s.utf16_len()), (6, 7));
    }

    #[test]
    fn a_symbol_key_never_equals_a_string() {
        let key = symbol::well_known("iterator");
        let lookalike = JsStr::from(key.as_str());
        assert_ne!(key, lookalike);
        assert!(key.is_symbol_key() && !lookalike.is_symbol_key());
        assert_eq!(symbol::description(&lookalike), None);
        assert_eq!(symbol::description(&key), Some("Symbol.iterator"));
    }

    #[test]
    fn int32_conversion_wraps() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(2147483648.0), -2147483648);
        assert_eq!(to_int32(-1.5), -1);
        assert_eq!(to_uint32(-1.0), 4294967295);
    }
}
