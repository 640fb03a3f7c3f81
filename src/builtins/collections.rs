//! `Map` and `Set`.
//!
//! Both keep their entries in [`MapData`]: a vector in insertion order plus a hash index from
//! the SameValueZero form of each key to its position. A deleted entry leaves a tombstone, so
//! positions stay stable while something walks the table; `forEach` (and later the iterators
//! of `keys`/`values`/`entries` and `for…of`) walk it through a *cursor*, a shared position
//! that the table moves when it compacts its tombstones away or is cleared. A walk therefore
//! sees entries added while it runs and skips deleted ones, as the spec requires.
//!
//! `size` is a getter on each prototype, as in node.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use rustc_hash::FxBuildHasher;

use crate::interp::{Interp, JsResult};
use crate::value::heap::{self, ObjRef, Tracer};
use crate::value::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::array::describe_non_callable;
use super::define_method;

/// A key in the form SameValueZero compares: every NaN is one key, `-0` is `+0`, objects by
/// identity.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
enum MapKey {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(JsStr),
    Object(usize),
}

impl MapKey {
    fn of(v: &Value) -> MapKey {
        match v {
            Value::Undefined | Value::Empty => MapKey::Undefined,
            Value::Null => MapKey::Null,
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Number(n) => MapKey::Number(normalize_number(*n).to_bits()),
            // A symbol's key never equals a string: it carries the symbol-key flag, which
            // equality compares (see `value::symbol`).
            Value::String(s) | Value::Symbol(s) => MapKey::String(s.clone()),
            Value::Object(o) => MapKey::Object(Rc::as_ptr(o).addr()),
        }
    }
}

fn normalize_number(n: f64) -> f64 {
    if n.is_nan() {
        f64::NAN
    } else if n == 0.0 {
        0.0
    } else {
        n
    }
}

/// The entries of a `Map` or `Set` (see the module documentation).
#[derive(Debug, Default)]
pub struct MapData {
    /// Insertion order; `None` is a deleted entry.
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<MapKey, usize, FxBuildHasher>,
    live: usize,
    /// Positions of walks in progress; moved by compaction and `clear`.
    cursors: Vec<Weak<Cell<usize>>>,
}

/// Tables at most this long keep their tombstones.
const COMPACT_MIN: usize = 16;

impl MapData {
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, key: &Value) -> Option<Value> {
        let i = *self.index.get(&MapKey::of(key))?;
        self.entries[i].as_ref().map(|(_, v)| v.clone())
    }

    pub fn has(&self, key: &Value) -> bool {
        self.index.contains_key(&MapKey::of(key))
    }

    /// Replaces the value of an existing key in place, or appends a new entry.
    pub fn set(&mut self, key: Value, value: Value) {
        let k = MapKey::of(&key);
        if let Some(&i) = self.index.get(&k) {
            if let Some(entry) = &mut self.entries[i] {
                entry.1 = value;
            }
            return;
        }
        let key = match key {
            Value::Number(n) => Value::Number(normalize_number(n)),
            Value::Empty => Value::Undefined,
            other => other,
        };
        self.index.insert(k, self.entries.len());
        self.entries.push(Some((key, value)));
        self.live += 1;
    }

    pub fn delete(&mut self, key: &Value) -> bool {
        let Some(i) = self.index.remove(&MapKey::of(key)) else {
            return false;
        };
        self.entries[i] = None;
        self.live -= 1;
        if self.entries.len() > COMPACT_MIN && self.live * 2 < self.entries.len() {
            self.compact();
        }
        true
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.live = 0;
        self.for_each_cursor(|_| 0);
    }

    /// Drops the tombstones; every cursor keeps pointing at the same next live entry.
    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        // new_position[i]: live entries before old position i.
        let mut new_position = Vec::with_capacity(old.len() + 1);
        let mut count = 0;
        for e in &old {
            new_position.push(count);
            if e.is_some() {
                count += 1;
            }
        }
        new_position.push(count);
        self.for_each_cursor(|p| new_position[p.min(old.len())]);
        self.entries = old.into_iter().flatten().map(Some).collect();
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _)) = e {
                self.index.insert(MapKey::of(k), i);
            }
        }
    }

    fn for_each_cursor(&mut self, f: impl Fn(usize) -> usize) {
        self.cursors.retain(|c| match c.upgrade() {
            Some(c) => {
                c.set(f(c.get()));
                true
            }
            None => false,
        });
    }

    /// Starts a walk at the first entry.
    pub fn cursor(&mut self) -> Rc<Cell<usize>> {
        self.cursors.retain(|c| c.strong_count() > 0);
        let c = Rc::new(Cell::new(0));
        self.cursors.push(Rc::downgrade(&c));
        c
    }

    /// The next live entry of a walk, advancing its cursor past it.
    pub fn next_entry(&self, cursor: &Cell<usize>) -> Option<(Value, Value)> {
        let mut i = cursor.get();
        while i < self.entries.len() {
            if let Some((k, v)) = &self.entries[i] {
                cursor.set(i + 1);
                return Some((k.clone(), v.clone()));
            }
            i += 1;
        }
        cursor.set(i);
        None
    }

    /// The live entries in order.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().cloned().collect()
    }

    /// Visits every key and value once (a `Set` stores `undefined` as each value).
    pub fn trace(&self, t: &mut Tracer) {
        for (k, v) in self.entries.iter().flatten() {
            t.value(k);
            t.value(v);
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    fn collection(kind: ObjectKind) -> ObjRef {
        heap::alloc_object(Object::new(None, kind))
    }

    fn data(o: &ObjRef, f: impl FnOnce(&mut MapData)) {
        if let ObjectKind::Map(m) | ObjectKind::Set(m) = &mut o.data.borrow_mut().kind {
            f(m);
        }
    }

    #[test]
    fn the_collector_traces_keys_and_values() {
        // An unreachable map holding itself as both key and value is freed.
        let m = collection(ObjectKind::Map(Box::default()));
        data(&m, |d| {
            d.set(Value::Object(m.clone()), Value::Object(m.clone()))
        });
        let weak = Rc::downgrade(&m);
        drop(m);
        heap::collect();
        assert!(weak.upgrade().is_none());
        // A set held from Rust keeps the cycle through its entry alive.
        let s = collection(ObjectKind::Set(Box::default()));
        let inner = heap::alloc_object(Object::new(None, ObjectKind::Ordinary));
        inner
            .data
            .borrow_mut()
            .set_own(JsStr::from("owner"), Value::Object(s.clone()));
        data(&s, |d| {
            d.set(Value::Object(inner.clone()), Value::Undefined)
        });
        let inner_weak = Rc::downgrade(&inner);
        drop(inner);
        heap::collect();
        let inner = inner_weak.upgrade().expect("held through the live set");
        assert!(inner.data.borrow().props.get("owner").is_some());
        let mut held = false;
        data(&s, |d| held = d.has(&Value::Object(inner.clone())));
        assert!(held);
    }

    #[test]
    fn same_value_zero_keys() {
        let mut m = MapData::default();
        m.set(n(f64::NAN), n(1.0));
        m.set(n(-0.0), n(2.0));
        assert_eq!(m.len(), 2);
        assert!(m.has(&n(f64::NAN)) && m.has(&n(0.0)));
        assert!(!m.has(&Value::str("0")));
    }

    #[test]
    fn a_cursor_survives_compaction_and_sees_appended_entries() {
        let mut m = MapData::default();
        for i in 0..40 {
            m.set(n(i as f64), Value::Undefined);
        }
        let c = m.cursor();
        for _ in 0..30 {
            m.next_entry(&c);
        }
        for i in 0..35 {
            m.delete(&n(i as f64));
        }
        m.set(n(100.0), Value::Undefined);
        let rest: Vec<f64> = std::iter::from_fn(|| m.next_entry(&c))
            .map(|(k, _)| match k {
                Value::Number(x) => x,
                _ => -1.0,
            })
            .collect();
        assert_eq!(rest, [35.0, 36.0, 37.0, 38.0, 39.0, 100.0]);
        assert!(m.entries.len() < 40);
    }
}
