//! The built-in iterators: `%IteratorPrototype%` (whose `[Symbol.iterator]()` returns `this`,
//! so every iterator is iterable), and the iterators of arrays, strings, `Map`s and `Set`s
//! behind `keys()`/`values()`/`entries()`/`[Symbol.iterator]()`.
//!
//! Invariants: an array iterator reads the array's length at every step (elements pushed
//! during a `for…of` are visited); a `Map`/`Set` iterator walks through a cursor of the table
//! (see `collections`), so it sees entries added while it runs and skips deleted ones; an
//! exhausted iterator drops its source and stays done.

use std::cell::Cell;
use std::rc::Rc;

use crate::interp::{Interp, JsResult};
use crate::value::heap::{self, ObjRef, Tracer};
use crate::value::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::generator::iter_result;
use super::symbol::{define_to_string_tag, iterator_key};
use super::{define_method, native_function};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

#[derive(Debug)]
enum Walk {
    Array {
        array: ObjRef,
        next: usize,
    },
    String {
        text: JsStr,
        next_byte: usize,
    },
    Collection {
        table: ObjRef,
        cursor: Rc<Cell<usize>>,
    },
}

#[derive(Debug)]
pub struct IteratorData {
    /// `None` once the iterator is exhausted.
    walk: Option<Walk>,
    kind: IterKind,
}

impl IteratorData {
    pub fn trace(&self, t: &mut Tracer) {
        match &self.walk {
            Some(Walk::Array { array: o, .. } | Walk::Collection { table: o, .. }) => t.object(o),
            Some(Walk::String { .. }) | None => {}
        }
    }
}

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

fn new_iterator(proto: &ObjRef, walk: Walk, kind: IterKind) -> Value {
    Value::Object(heap::alloc_object(Object::new(
        Some(proto.clone()),
        ObjectKind::Iterator(Box::new(IteratorData {
            walk: Some(walk),
            kind,
        })),
    )))
}

/// An iterator over the elements of `array` (for `for…of` and spread on arrays).
pub fn over_array(interp: &Interp, array: &ObjRef) -> Value {
    new_iterator(
        &interp.intrinsics.array_iterator_proto,
        Walk::Array {
            array: array.clone(),
            next: 0,
        },
        IterKind::Values,
    )
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

/// Advances a built-in iterator: `Some(value)`, or `None` when it is done (then and forever).
/// Returns `None` too when `iterator` is not a built-in iterator. An array iterator reads the
/// length and the element at each step, as `%ArrayIteratorPrototype%.next` does (getters run,
/// holes read through the prototype chain).
pub fn step(interp: &mut Interp, iterator: &ObjRef) -> JsResult<Option<Value>> {
    let array_position = match &iterator.data.borrow().kind {
        ObjectKind::Iterator(it) => match &it.walk {
            Some(Walk::Array { array, next }) => Some((array.clone(), *next, it.kind)),
            _ => None,
        },
        _ => return Ok(None),
    };
    if let Some((array, index, kind)) = array_position {
        return step_array(interp, iterator, &array, index, kind);
    }
    Ok(step_other(interp, iterator))
}

/// One step of an iterator over an array or array-like.
fn step_array(
    interp: &mut Interp,
    iterator: &ObjRef,
    array: &ObjRef,
    index: usize,
    kind: IterKind,
) -> JsResult<Option<Value>> {
    let len = super::array::length_of(interp, array, crate::syntax::ast::Span::default())?;
    let ObjectKind::Iterator(it) = &mut iterator.data.borrow_mut().kind else {
        return Ok(None);
    };
    if index >= len {
        it.walk = None;
        return Ok(None);
    }
    if let Some(Walk::Array { next, .. }) = &mut it.walk {
        *next = index + 1;
    }
    let key = Value::Number(index as f64);
    Ok(Some(match kind {
        IterKind::Keys => key,
        IterKind::Values => super::array::get_index(interp, array, index)?,
        IterKind::Entries => {
            let v = super::array::get_index(interp, array, index)?;
            Value::Object(interp.new_array(vec![key, v]))
        }
    }))
}

/// A step of a string, `Map` or `Set` iterator (these run no code).
fn step_other(interp: &Interp, iterator: &ObjRef) -> Option<Value> {
    let mut data = iterator.data.borrow_mut();
    let ObjectKind::Iterator(it) = &mut data.kind else {
        return None;
    };
    let kind = it.kind;
    let next = match it.walk.as_mut()? {
        Walk::Array { .. } => None,
        Walk::String { text, next_byte } => text.as_str()[*next_byte..].chars().next().map(|c| {
            *next_byte += c.len_utf8();
            Value::String(JsStr::from(c.to_string()))
        }),
        Walk::Collection { table, cursor } => {
            let table = table.data.borrow();
            let entry = match &table.kind {
                ObjectKind::Map(m) | ObjectKind::Set(m) => m.next_entry(cursor),
                _ => None,
            };
            let is_set = matches!(table.kind, ObjectKind::Set(_));
            entry.map(|(k, v)| {
                let v = if is_set { k.clone() } else { v };
                match kind {
                    IterKind::Keys => k,
                    IterKind::Values => v,
                    IterKind::Entries => Value::Object(interp.new_array(vec![k, v])),
                }
            })
        }
    };
    if next.is_none() {
        it.walk = None;
    }
    next
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
    Ok(match step(interp, &iterator)? {
        Some(v) => iter_result(interp, v, false),
        None => iter_result(interp, Value::Undefined, true),
    })
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
