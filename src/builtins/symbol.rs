//! `Symbol`: `Symbol(description)`, `Symbol.for`/`keyFor`, the well-known symbols the engine
//! uses (`Symbol.iterator`, `Symbol.asyncIterator`, `Symbol.toStringTag`), and
//! `Symbol.prototype` (`toString`, `valueOf`, the `description` getter). How symbols are represented: see `value::symbol`.

use crate::interp::{Interp, JsResult};
use crate::value::object::{NativeCall, Prop, PropFlags};
use crate::value::{JsStr, Value, symbol};

use super::{define_constant, define_constructor, define_method};

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.symbol_proto.clone();
    let ctor = define_constructor(interp, "Symbol", 0, symbol_constructor, &proto);
    for name in [
        "iterator",
        "asyncIterator",
        "toStringTag",
        "hasInstance",
        "toPrimitive",
        "species",
    ] {
        define_constant(&ctor, name, Value::Symbol(symbol::well_known(name)));
    }
    define_method(interp, &ctor, "for", 1, symbol_for);
    define_method(interp, &ctor, "keyFor", 1, symbol_key_for);
    define_method(interp, &proto, "toString", 0, symbol_to_string);
    define_method(interp, &proto, "valueOf", 0, symbol_value_of);
    super::define_getter(interp, &proto, "description", symbol_description);
    define_to_string_tag(&proto, "Symbol");
    let promise_proto = interp.intrinsics.promise_proto.clone();
    define_to_string_tag(&promise_proto, "Promise");
    // The namespace objects are tagged too (`console.log(Math)` shows `Object [Math] {}`).
    let global = interp.global().clone();
    for name in ["Math", "JSON"] {
        if let Ok(Value::Object(o)) = interp.get_from_object(&global, &JsStr::from(name)) {
            define_to_string_tag(&o, name);
        }
    }
}

pub use crate::value::symbol::{iterator_key, to_string_tag_key};

/// Sets `target[Symbol.toStringTag] = tag` the way built-in prototypes carry it (read-only,
/// hidden).
pub fn define_to_string_tag(target: &crate::value::heap::ObjRef, tag: &str) {
    target.data.borrow_mut().props.insert(
        to_string_tag_key(),
        Prop::data(
            Value::str(tag),
            PropFlags {
                writable: false,
                enumerable: false,
                configurable: true,
            },
        ),
    );
}

fn symbol_constructor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if call.is_construct {
        return Err(interp.type_error("Symbol is not a constructor", call.site));
    }
    let description = match call.arg(0) {
        Value::Undefined => None,
        v => Some(interp.to_js_string(&v, call.site)?),
    };
    Ok(Value::Symbol(symbol::unique(
        description.as_ref().map(|d| d.as_str()),
    )))
}

fn symbol_for(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let key = interp.to_js_string(&call.arg(0), call.site)?;
    Ok(Value::Symbol(symbol::registered(key.as_str())))
}

fn symbol_key_for(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Symbol(s) = call.arg(0) else {
        let shown = match call.arg(0) {
            Value::Object(_) => crate::interp::describe::brief(interp, &call.arg(0)),
            v => crate::interp::primitive_to_string(&v).to_string(),
        };
        let msg = format!("{shown} is not a symbol");
        return Err(interp.type_error(&msg, call.site));
    };
    Ok(symbol::registry_key(&s).map_or(Value::Undefined, Value::str))
}

/// The symbol `this` stands for (a primitive or a `Object(symbol)` wrapper).
fn this_symbol(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<JsStr> {
    let symbol = match &call.this {
        Value::Symbol(s) => Some(s.clone()),
        Value::Object(o) => match &o.data.borrow().kind {
            crate::value::object::ObjectKind::Primitive(Value::Symbol(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    symbol.ok_or_else(|| {
        let msg = format!("Symbol.prototype.{method} requires that 'this' be a Symbol");
        interp.type_error(&msg, call.site)
    })
}

fn symbol_to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_symbol(interp, call, "toString")?;
    Ok(Value::str(&symbol::display(&s)))
}

fn symbol_description(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_symbol(interp, call, "description")?;
    Ok(symbol::description(&s).map_or(Value::Undefined, Value::str))
}

fn symbol_value_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Symbol(this_symbol(interp, call, "valueOf")?))
}
