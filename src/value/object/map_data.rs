//! The entries of a `Map` or `Set`: a vector in insertion order plus a hash index from the
//! SameValueZero form of each key to its position. A deleted entry leaves a tombstone, so
//! positions stay stable while something walks the table; a walk (`forEach`, the iterators)
//! goes through a *cursor*, a shared position that the table moves when it compacts its
//! tombstones away or is cleared. A walk therefore sees entries added while it runs and skips
//! deleted ones, as the spec requires.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use rustc_hash::FxBuildHasher;

use crate::value::heap::Tracer;
use crate::value::{JsStr, Value};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::heap::{self, ObjRef};
    use crate::value::object::{Object, ObjectKind};

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
