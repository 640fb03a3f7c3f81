//! How V8 writes values into the library's messages without running any of their code
//! (`Object prototype may only be an Object or null: [object Array]`, `number 5 is not a
//! function`).

use crate::interp::describe::function_name;
use crate::value::heap::ObjRef;
use crate::value::object::{ObjectKind, data_property};
use crate::value::{JsStr, Value, number_to_string};

/// How V8 writes a value into a message without running any of its code
/// (NoSideEffectsToString): primitives as `String(v)` does, a function as its source, an
/// error as `Name: message`, an object whose `toString` is `Object.prototype.toString` as
/// `#<Ctor>`, any other object as `[object Tag]` (`[object Array]`, `[object Number]`).
pub fn message_string(v: &Value) -> String {
    let o = match v {
        Value::Object(o) => o,
        Value::String(s) => return s.to_string(),
        Value::Symbol(s) => return crate::value::symbol::display(s),
        Value::Number(n) => return number_to_string(*n),
        Value::Bool(b) => return b.to_string(),
        Value::Null => return "null".into(),
        Value::Undefined | Value::Empty => return "undefined".into(),
    };
    if let Some(source) = crate::interp::describe::function_source(o) {
        return source;
    }
    if matches!(o.data.borrow().kind, ObjectKind::Error) {
        let text = |key: &str| match data_property(o, &JsStr::from(key)) {
            Some(Value::String(s)) => s.to_string(),
            _ => String::new(),
        };
        let (name, message) = (text("name"), text("message"));
        return match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        };
    }
    let object_to_string = match data_property(o, &JsStr::from("toString")) {
        Some(Value::Object(f)) => matches!(&f.data.borrow().kind,
            ObjectKind::Native(n) if std::ptr::fn_addr_eq(n.call, super::object::OBJECT_TO_STRING)),
        _ => false,
    };
    if object_to_string
        && let Some(Value::Object(ctor)) = data_property(o, &JsStr::from("constructor"))
        && ctor.data.borrow().is_callable()
    {
        let name = function_name(&ctor);
        if !name.is_empty() {
            return format!("#<{name}>");
        }
    }
    let tag = match data_property(o, &super::symbol::to_string_tag_key()) {
        Some(Value::String(s)) => s.to_string(),
        _ => builtin_tag(o).to_string(),
    };
    format!("[object {tag}]")
}

/// How V8 names a value it was asked to call when no source text shows the call (a built-in
/// calling it): its type, and a primitive's value — `number 5`, `string "x"`, `object null`,
/// `object`, `undefined`.
pub fn call_site_string(v: &Value) -> String {
    match v {
        Value::Undefined | Value::Empty => "undefined".into(),
        Value::Null => "object null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {}", number_to_string(*n)),
        Value::String(s) => format!("string \"{s}\""),
        Value::Symbol(_) => "symbol".into(),
        Value::Object(o) if o.data.borrow().is_callable() => "function".into(),
        Value::Object(_) => "object".into(),
    }
}

/// V8's class name of an object, as `[object …]` shows it when nothing overrides it.
fn builtin_tag(o: &ObjRef) -> &'static str {
    let data = o.data.borrow();
    match &data.kind {
        ObjectKind::Array(_) => "Array",
        ObjectKind::Closure(_) | ObjectKind::Native(_) => "Function",
        ObjectKind::Error => "Error",
        ObjectKind::Primitive(Value::Number(_)) => "Number",
        ObjectKind::Primitive(Value::String(_)) => "String",
        ObjectKind::Primitive(Value::Bool(_)) => "Boolean",
        ObjectKind::Primitive(Value::Symbol(_)) => "Symbol",
        _ => "Object",
    }
}
