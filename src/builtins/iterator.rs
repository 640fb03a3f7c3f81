//! The built-in iterators: `%IteratorPrototype%` (whose `[Symbol.iterator]()` returns `this`,
//! so every iterator is iterable), and the iterators of arrays, strings, `Map`s and `Set`s
//! behind `keys()`/`values()`/`entries()`/`[Symbol.iterator]()`.
//!
//! Invariants: an array iterator reads the array's length at every step (elements pushed
//! during a `for…of` are visited); a `Map`/`Set` iterator walks through a cursor of the table
//! (see `collections`), so it sees entries added while it runs and skips deleted ones; an
//! exhausted iterator drops its source and stays done.

use crate::interp::{Interp, JsResult};
use std::cell::Cell;

use crate::interp::iteration::new_iterator;
use crate::value::heap::ObjRef;
use crate::value::object::{IterKind, NativeCall, ObjectKind, Walk};
use crate::value::{JsStr, Value};

use super::generator::iter_result;
use super::symbol::{define_to_string_tag, iterator_key};
use super::{define_method, native_function};

pub fn install(interp: &mut Interp) {
    let iterator_proto = interp.intrinsics.iterator_proto.clone();
    let self_iterator = native_function(interp, "[Symbol.iterator]", 0, return_this, false);
    iterator_proto
        .data
        .borrow_mut()
        .set_hidden(iterator_key(), Value::Object(self_iterator));
    let kinds = [
        (
            interp.intrinsics.array_iterator_proto.clone(),
            "Array Iterator",
        ),
        (
            interp.intrinsics.string_iterator_proto.clone(),
            "String Iterator",
        ),
        (interp.intrinsics.map_iterator_proto.clone(), "Map Iterator"),
        (interp.intrinsics.set_iterator_proto.clone(), "Set Iterator"),
    ];
    for (proto, tag) in kinds {
        define_method(interp, &proto, "next", 0, iterator_next);
        define_to_string_tag(&proto, tag);
    }

    let array_proto = interp.intrinsics.array_proto.clone();
    define_method(interp, &array_proto, "keys", 0, |i, c| {
        array_iterator(i, c, IterKind::Keys)
    });
    define_method(interp, &array_proto, "entries", 0, |i, c| {
        array_iterator(i, c, IterKind::Entries)
    });
    let values = native_function(
        interp,
        "values",
        0,
        |i, c| array_iterator(i, c, IterKind::Values),
        false,
    );
    install_as(&array_proto, &["values"], &values);
    interp.intrinsics.array_values = Some(values);

    let string_proto = interp.intrinsics.string_proto.clone();
    let string_iter = native_function(interp, "[Symbol.iterator]", 0, string_iterator, false);
    install_as(&string_proto, &[], &string_iter);

    let map_proto = constructor_prototype(interp, "Map");
    define_method(interp, &map_proto, "keys", 0, |i, c| {
        collection_iterator(i, c, IterKind::Keys, "Map")
    });
    define_method(interp, &map_proto, "values", 0, |i, c| {
        collection_iterator(i, c, IterKind::Values, "Map")
    });
    let map_entries = native_function(
        interp,
        "entries",
        0,
        |i, c| collection_iterator(i, c, IterKind::Entries, "Map"),
        false,
    );
    install_as(&map_proto, &["entries"], &map_entries);

    let set_proto = constructor_prototype(interp, "Set");
    define_method(interp, &set_proto, "entries", 0, |i, c| {
        collection_iterator(i, c, IterKind::Entries, "Set")
    });
    let set_values = native_function(
        interp,
        "values",
        0,
        |i, c| collection_iterator(i, c, IterKind::Values, "Set"),
        false,
    );
    install_as(&set_proto, &["values", "keys"], &set_values);
}

/// Installs one function object under `names` and `[Symbol.iterator]` (as the spec shares
/// `Array.prototype.values === Array.prototype[Symbol.iterator]`).
fn install_as(target: &ObjRef, names: &[&str], f: &ObjRef) {
    let mut data = target.data.borrow_mut();
    for name in names {
        data.set_hidden(JsStr::from(*name), Value::Object(f.clone()));
    }
    data.set_hidden(iterator_key(), Value::Object(f.clone()));
}

fn constructor_prototype(interp: &mut Interp, name: &str) -> ObjRef {
    let global = interp.global().clone();
    let ctor = interp.get_from_object(&global, &JsStr::from(name));
    match ctor {
        Ok(Value::Object(c)) => match interp.get_from_object(&c, &JsStr::from("prototype")) {
            Ok(Value::Object(p)) => p,
            _ => unreachable!("built-in constructors have a prototype"),
        },
        _ => unreachable!("{name} is installed before the iterators"),
    }
}

fn return_this(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this.clone())
}

fn array_iterator(interp: &mut Interp, call: &NativeCall, kind: IterKind) -> JsResult<Value> {
    let array = match &call.this {
        v if v.is_nullish() => {
            let msg = "Cannot convert undefined or null to object";
            return Err(interp.type_error(msg, call.site));
        }
        // A primitive iterates its wrapper object (a string by its characters).
        v => interp.to_object(v),
    };
    let proto = interp.intrinsics.array_iterator_proto.clone();
    Ok(new_iterator(&proto, Walk::Array { array, next: 0 }, kind))
}

fn string_iterator(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let text = match &call.this {
        Value::String(s) => s.clone(),
        other => interp.to_js_string(other, call.site)?,
    };
    let proto = interp.intrinsics.string_iterator_proto.clone();
    Ok(new_iterator(
        &proto,
        Walk::String { text, next_byte: 0 },
        IterKind::Values,
    ))
}

fn collection_iterator(
    interp: &mut Interp,
    call: &NativeCall,
    kind: IterKind,
    which: &str,
) -> JsResult<Value> {
    let cursor = match &call.this {
        Value::Object(o) => match &mut o.data.borrow_mut().kind {
            ObjectKind::Map(m) if which == "Map" => Some(m.cursor()),
            ObjectKind::Set(m) if which == "Set" => Some(m.cursor()),
            _ => None,
        },
        _ => None,
    };
    let (Some(cursor), Value::Object(table)) = (cursor, &call.this) else {
        let method = match kind {
            IterKind::Keys => "keys",
            IterKind::Values => "values",
            IterKind::Entries => "entries",
        };
        let shown = crate::interp::describe::brief(interp, &call.this);
        let msg =
            format!("Method {which}.prototype.{method} called on incompatible receiver {shown}");
        return Err(interp.type_error(&msg, call.site));
    };
    let proto = if which == "Map" {
        interp.intrinsics.map_iterator_proto.clone()
    } else {
        interp.intrinsics.set_iterator_proto.clone()
    };
    let walk = Walk::Collection {
        table: table.clone(),
        cursor,
    };
    Ok(new_iterator(&proto, walk, kind))
}

fn iterator_next(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let iterator = match &call.this {
        Value::Object(o) if matches!(o.data.borrow().kind, ObjectKind::Iterator(_)) => o.clone(),
        other => {
            let shown = crate::interp::describe::brief(interp, other);
            let msg = format!("next method called on incompatible receiver {shown}");
            return Err(interp.type_error(&msg, call.site));
        }
    };
    Ok(
        match crate::interp::iteration::step_builtin_iterator(interp, &iterator)? {
            Some(v) => iter_result(interp, v, false),
            None => iter_result(interp, Value::Undefined, true),
        },
    )
}

/// What a `Map`/`Set` iterator has left, without advancing it, and the label node shows it
/// with (`Map Entries`, `Set Iterator`, …); `None` for other iterators.
pub fn preview(interp: &Interp, iterator: &ObjRef) -> Option<(&'static str, Vec<Value>)> {
    let data = iterator.data.borrow();
    let ObjectKind::Iterator(it) = &data.kind else {
        return None;
    };
    let Some(Walk::Collection { table, cursor }) = &it.walk else {
        return None;
    };
    let table = table.data.borrow();
    let (ObjectKind::Map(m) | ObjectKind::Set(m)) = &table.kind else {
        return None;
    };
    let is_map = matches!(table.kind, ObjectKind::Map(_));
    let label = match (is_map, it.kind) {
        (true, IterKind::Entries) => "Map Entries",
        (true, _) => "Map Iterator",
        (false, IterKind::Entries) => "Set Entries",
        (false, _) => "Set Iterator",
    };
    let position = Cell::new(cursor.get());
    let mut items = Vec::new();
    while let Some((k, v)) = m.next_entry(&position) {
        let v = if is_map { v } else { k.clone() };
        items.push(match it.kind {
            IterKind::Keys => k,
            IterKind::Values => v,
            IterKind::Entries => Value::Object(interp.new_array(vec![k, v])),
        });
    }
    Some((label, items))
}
