//! Values as error messages describe them (`#<Point>`, `'text'`, `[Function: f]`), for the
//! evaluator and the library. A full `util.inspect` lives in the host; the evaluator reaches
//! it through [`Hooks::inspect`], which the host installs, so that nothing here depends on
//! the host.

use crate::interp::Interp;
use crate::value::Value;
use crate::value::heap::ObjRef;
use crate::value::object::ObjectKind;

/// What the layers above the evaluator lend it.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// Formats a value as `util.inspect` does (the host's; a plain stand-in until then).
    pub inspect: fn(&Interp, &Value) -> String,
}

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks { inspect: plain }
    }
}

/// A stand-in for `util.inspect` in an interpreter without a host (unit tests).
fn plain(_: &Interp, v: &Value) -> String {
    match v {
        Value::String(s) => quote_string(s.as_str()),
        Value::Object(o) => constructor_tag(o),
        other => crate::interp::primitive_to_string(other).to_string(),
    }
}

/// A short description of a value for error messages (`[object Object]`-free, one line).
pub fn brief(interp: &Interp, v: &Value) -> String {
    match v {
        Value::String(s) => quote_string(s.as_str()),
        Value::Object(o) if o.data.borrow().is_callable() => (interp.hooks.inspect)(interp, v),
        Value::Object(o) if o.data.borrow().is_array() => "object".to_string(),
        Value::Object(_) => "#<Object>".to_string(),
        other => (interp.hooks.inspect)(interp, other),
    }
}

/// Quotes a string as node does: single quotes, unless the string contains one and no double
/// quote (then double quotes), or both but no backtick (then backticks).
pub fn quote_string(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            // Other C0 and C1 control characters (`\v` included) as `\xNN`.
            c if (c as u32) < 0x20 || (0x7f..=0x9f).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// The name of the constructor whose `prototype` is `o`'s prototype (`Object`, `Foo`), found
/// by following `constructor.name` up the chain.
pub fn constructor_name(o: &ObjRef) -> Option<String> {
    let mut proto = o.data.borrow().proto.clone();
    while let Some(p) = proto {
        let ctor = p
            .data
            .borrow()
            .props
            .get("constructor")
            .and_then(|c| c.data_value().cloned());
        if let Some(Value::Object(c)) = ctor {
            let name = function_name(&c);
            if !name.is_empty() {
                return Some(name);
            }
        }
        proto = p.data.borrow().proto.clone();
    }
    None
}

/// How V8 names an object in messages: `#<Object>`, `#<Point>`.
pub fn constructor_tag(o: &ObjRef) -> String {
    format!(
        "#<{}>",
        constructor_name(o).unwrap_or_else(|| "Object".to_string())
    )
}

/// A function's name as inspect shows it: its own `name` data property, else its declared name.
pub fn function_name(f: &ObjRef) -> String {
    let data = f.data.borrow();
    if let Some(p) = data.props.get("name")
        && let Some(Value::String(s)) = p.data_value()
    {
        return s.to_string();
    }
    match &data.kind {
        ObjectKind::Closure(c) => c
            .func
            .name
            .as_ref()
            .map(|n| n.name.to_string())
            .unwrap_or_default(),
        ObjectKind::Native(n) => n.name().to_string(),
        _ => String::new(),
    }
}

/// A function's source text as `toString` gives it (`function f() { [native code] }` for a
/// built-in); `None` for a non-function.
pub fn function_source(o: &ObjRef) -> Option<String> {
    match &o.data.borrow().kind {
        ObjectKind::Closure(c) => Some(c.source.slice(c.func.span).to_string()),
        ObjectKind::Native(n) => Some(format!("function {}() {{ [native code] }}", n.name())),
        _ => None,
    }
}
