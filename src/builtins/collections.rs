//! `Map` and `Set`.
//!
//! Both keep their entries in a `value::object::MapData` (insertion order, tombstones, and
//! cursors that let a walk see entries added while it runs).
//!
//! `size` is a getter on each prototype, as in node.

use crate::interp::{Interp, JsResult};
use crate::value::heap::{self, ObjRef};
use crate::value::object::{MapData, NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::array::describe_non_callable;
use super::define_method;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Map,
    Set,
}

impl Which {
    fn name(self) -> &'static str {
        match self {
            Which::Map => "Map",
            Which::Set => "Set",
        }
    }
}

pub fn install(interp: &mut Interp) {
    let map_proto = interp.new_object();
    super::define_constructor(interp, "Map", 0, map_ctor, &map_proto);
    define_method(interp, &map_proto, "get", 1, map_get);
    define_method(interp, &map_proto, "set", 2, map_set);
    define_method(interp, &map_proto, "has", 1, map_has);
    define_method(interp, &map_proto, "delete", 1, map_delete);
    define_method(interp, &map_proto, "clear", 0, map_clear);
    define_method(interp, &map_proto, "forEach", 1, map_for_each);
    super::define_getter(interp, &map_proto, "size", |i, c| size(i, c, Which::Map));

    let set_proto = interp.new_object();
    super::define_constructor(interp, "Set", 0, set_ctor, &set_proto);
    define_method(interp, &set_proto, "has", 1, set_has);
    define_method(interp, &set_proto, "add", 1, set_add);
    define_method(interp, &set_proto, "delete", 1, set_delete);
    define_method(interp, &set_proto, "clear", 0, set_clear);
    define_method(interp, &set_proto, "forEach", 1, set_for_each);
    super::define_getter(interp, &set_proto, "size", |i, c| size(i, c, Which::Set));
}

/// `get Map.prototype.size` / `get Set.prototype.size`.
fn size(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<Value> {
    if let Value::Object(o) = &call.this {
        match (&o.data.borrow().kind, which) {
            (ObjectKind::Map(m), Which::Map) | (ObjectKind::Set(m), Which::Set) => {
                return Ok(Value::Number(m.len() as f64));
            }
            _ => {}
        }
    }
    let shown = describe_receiver(interp, &call.this);
    let msg = format!(
        "Method get {}.prototype.size called on incompatible receiver {shown}",
        which.name()
    );
    Err(interp.type_error(&msg, call.site))
}

/// A new, empty `Map` or `Set` whose prototype is the constructor's `prototype`.
fn construct(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<ObjRef> {
    if !call.is_construct {
        let msg = format!("Constructor {} requires 'new'", which.name());
        return Err(interp.type_error(&msg, call.site));
    }
    let proto = super::prototype_for_new(interp, call, &interp.intrinsics.object_proto.clone())?;
    let data = Box::default();
    let kind = match which {
        Which::Map => ObjectKind::Map(data),
        Which::Set => ObjectKind::Set(data),
    };
    let o = heap::alloc_object(Object::new(Some(proto), kind));
    Ok(o)
}

/// The items of the constructor's iterable argument (none for `undefined`/`null`).
fn initial_items(interp: &mut Interp, call: &NativeCall) -> JsResult<Vec<Value>> {
    let source = call.arg(0);
    if source.is_nullish() || matches!(source, Value::Empty) {
        return Ok(Vec::new());
    }
    super::error::list_from(interp, &source, call)
}

fn map_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let map = construct(interp, call, Which::Map)?;
    for item in initial_items(interp, call)? {
        let Value::Object(entry) = &item else {
            let shown = describe_non_callable(interp, &item);
            let msg = format!("Iterator value {shown} is not an entry object");
            return Err(interp.type_error(&msg, call.site));
        };
        let key = interp.get_from_object(entry, &JsStr::from("0"))?;
        let value = interp.get_from_object(entry, &JsStr::from("1"))?;
        with_data(&map, |m| m.set(key, value));
    }
    Ok(Value::Object(map))
}

fn set_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let set = construct(interp, call, Which::Set)?;
    for item in initial_items(interp, call)? {
        with_data(&set, |m| m.set(item, Value::Undefined));
    }
    Ok(Value::Object(set))
}

fn with_data<R>(o: &ObjRef, f: impl FnOnce(&mut MapData) -> R) -> R {
    match &mut o.data.borrow_mut().kind {
        ObjectKind::Map(m) | ObjectKind::Set(m) => f(m),
        _ => unreachable!("checked by this_collection"),
    }
}

/// `this` as a `Map` (or `Set`), or V8's incompatible-receiver error.
fn this_collection(
    interp: &mut Interp,
    call: &NativeCall,
    which: Which,
    method: &str,
) -> JsResult<ObjRef> {
    if let Value::Object(o) = &call.this {
        let ok = matches!(
            (&o.data.borrow().kind, which),
            (ObjectKind::Map(_), Which::Map) | (ObjectKind::Set(_), Which::Set)
        );
        if ok {
            return Ok(o.clone());
        }
    }
    let shown = describe_receiver(interp, &call.this);
    let msg = format!(
        "Method {}.prototype.{method} called on incompatible receiver {shown}",
        which.name()
    );
    Err(interp.type_error(&msg, call.site))
}

/// How V8 shows a wrong receiver: `#<Set>`, `[object Array]`, or the value as a string.
fn describe_receiver(interp: &mut Interp, v: &Value) -> String {
    let Value::Object(o) = v else {
        return interp
            .to_js_string(v, crate::syntax::ast::Span::default())
            .map_or_else(|_| String::new(), |s| s.to_string());
    };
    if o.data.borrow().is_callable() {
        return interp
            .to_js_string(v, crate::syntax::ast::Span::default())
            .map_or_else(|_| String::new(), |s| s.to_string());
    }
    if o.data.borrow().is_array() {
        return "[object Array]".to_string();
    }
    if let Ok(Value::Object(c)) = interp.get_from_object(o, &JsStr::from("constructor"))
        && let Ok(Value::String(name)) = interp.get_from_object(&c, &JsStr::from("name"))
        && !name.as_str().is_empty()
    {
        return format!("#<{name}>");
    }
    "[object Object]".to_string()
}

fn map_get(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let m = this_collection(interp, call, Which::Map, "get")?;
    Ok(with_data(&m, |m| m.get(&call.arg(0))).unwrap_or_default())
}

fn map_set(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let m = this_collection(interp, call, Which::Map, "set")?;
    with_data(&m, |m| m.set(call.arg(0), call.arg(1)));
    Ok(Value::Object(m))
}

fn has(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<Value> {
    let m = this_collection(interp, call, which, "has")?;
    Ok(Value::Bool(with_data(&m, |m| m.has(&call.arg(0)))))
}

fn delete(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<Value> {
    let m = this_collection(interp, call, which, "delete")?;
    let removed = with_data(&m, |m| m.delete(&call.arg(0)));
    Ok(Value::Bool(removed))
}

fn clear(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<Value> {
    let m = this_collection(interp, call, which, "clear")?;
    // The old entries are dropped after the borrow ends (they may free other objects).
    let old = with_data(&m, |m| {
        let old = m.entries();
        m.clear();
        old
    });
    drop(old);
    Ok(Value::Undefined)
}

/// `forEach(cb, thisArg)`: calls `cb(value, key, collection)` for each entry, including those
/// added during the walk.
fn for_each(interp: &mut Interp, call: &NativeCall, which: Which) -> JsResult<Value> {
    let m = this_collection(interp, call, which, "forEach")?;
    let f = call.arg(0);
    if !interp.is_callable(&f) {
        let shown = match &f {
            Value::Undefined | Value::Empty => "undefined".to_string(),
            Value::Null => "object null".to_string(),
            Value::Object(_) => "object".to_string(),
            Value::String(s) => format!("string \"{s}\""),
            other => format!(
                "{} {}",
                other.type_name(),
                interp.to_js_string(other, call.site)?
            ),
        };
        let msg = format!("{shown} is not a function");
        return Err(interp.type_error(&msg, call.site));
    }
    let this_arg = call.arg(1);
    let cursor = with_data(&m, |m| m.cursor());
    while let Some((k, v)) = with_data(&m, |m| m.next_entry(&cursor)) {
        let args = match which {
            Which::Map => vec![v, k, Value::Object(m.clone())],
            Which::Set => vec![k.clone(), k, Value::Object(m.clone())],
        };
        interp.call(&f, this_arg.clone(), args, call.site)?;
    }
    Ok(Value::Undefined)
}

fn map_has(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    has(interp, call, Which::Map)
}

fn map_delete(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    delete(interp, call, Which::Map)
}

fn map_clear(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    clear(interp, call, Which::Map)
}

fn map_for_each(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    for_each(interp, call, Which::Map)
}

fn set_has(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    has(interp, call, Which::Set)
}

fn set_add(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = this_collection(interp, call, Which::Set, "add")?;
    with_data(&s, |m| m.set(call.arg(0), Value::Undefined));
    Ok(Value::Object(s))
}

fn set_delete(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    delete(interp, call, Which::Set)
}

fn set_clear(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    clear(interp, call, Which::Set)
}

fn set_for_each(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    for_each(interp, call, Which::Set)
}
