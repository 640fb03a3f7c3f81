//! An array's own elements and its `length` (the array exotic object of ECMA-262 §10.4.2).
//!
//! Elements live in two stores: a vector for the dense prefix, where every element is a plain
//! data property (writable, enumerable, configurable) and a hole is [`Value::Empty`], and an
//! ordered map for the rest: indices far past the dense part, and elements with attributes of
//! their own (accessors, read-only or non-configurable ones; a frozen array keeps all of its
//! elements there). `length` is stored, not derived, so `a[4294967294] = 1` or
//! `a.length = 2 ** 32 - 1` costs one map entry and no allocation at all.
//!
//! Invariants:
//! - `dense.len() <= length`, and every key of `sparse` is below `length`;
//! - an index is in at most one store (a dense slot is `Empty` when `sparse` holds the index);
//! - `sparse` never holds a `Value::Empty`.

use std::collections::BTreeMap;

use super::{Prop, PropFlags, Slot};
use crate::value::Value;
use crate::value::heap::Tracer;

#[derive(Debug)]
pub struct ArrayData {
    dense: Vec<Value>,
    sparse: BTreeMap<u32, Prop>,
    length: u32,
    /// The `length` property's [[Writable]] (`Object.defineProperty(a, 'length',
    /// { writable: false })`, `Object.freeze`).
    length_writable: bool,
}

impl Default for ArrayData {
    /// An empty array.
    fn default() -> ArrayData {
        ArrayData::with_length(0)
    }
}

/// An own element as the stores hold it.
pub enum Element<'a> {
    /// A plain data element in the dense part.
    Plain(&'a Value),
    /// An element with its own attributes (or far from the dense part).
    Prop(&'a Prop),
}

impl Element<'_> {
    pub fn flags(&self) -> PropFlags {
        match self {
            Element::Plain(_) => PropFlags::DEFAULT,
            Element::Prop(p) => p.flags,
        }
    }

    pub fn to_prop(&self) -> Prop {
        match self {
            Element::Plain(v) => Prop::data((*v).clone(), PropFlags::DEFAULT),
            Element::Prop(p) => (*p).clone(),
        }
    }
}

impl ArrayData {
    /// How many holes a write just past the dense part may add to it; a write further out
    /// goes to the map (V8's `kMaxGap` for the same choice). Keeps memory proportional to the
    /// elements written, never to an index or a length.
    pub const MAX_DENSE_GAP: usize = 1024;

    /// An array holding `values` (holes as `Value::Empty`).
    pub fn from_values(values: Vec<Value>) -> ArrayData {
        // A vector cannot reach 2^32 values in memory; saturate rather than assume it.
        let length = u32::try_from(values.len()).unwrap_or(u32::MAX);
        ArrayData {
            dense: values,
            sparse: BTreeMap::new(),
            length,
            length_writable: true,
        }
    }

    /// An array of `length` holes (nothing allocated).
    pub fn with_length(length: u32) -> ArrayData {
        ArrayData {
            dense: Vec::new(),
            sparse: BTreeMap::new(),
            length,
            length_writable: true,
        }
    }

    pub fn len(&self) -> u32 {
        self.length
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    pub fn length_writable(&self) -> bool {
        self.length_writable
    }

    pub fn make_length_read_only(&mut self) {
        self.length_writable = false;
    }

    /// The dense prefix (holes are `Value::Empty`; an index kept in the map is a hole here).
    pub fn dense(&self) -> &[Value] {
        &self.dense
    }

    /// True when every element is in the dense prefix and it spans the whole length: the
    /// array is a plain vector with holes, which the fast paths may treat as one.
    pub fn is_vector(&self) -> bool {
        self.sparse.is_empty() && self.dense.len() == self.length as usize
    }

    /// The values of a vector array (see [`Self::is_vector`]), for fast paths to take over.
    pub fn vector_mut(&mut self) -> Option<&mut Vec<Value>> {
        self.is_vector().then_some(&mut self.dense)
    }

    /// Re-reads `length` after a fast path changed the vector it took with
    /// [`Self::vector_mut`]. `false` (nothing changed) when the vector outgrew a length.
    pub fn sync_vector_length(&mut self) -> bool {
        match u32::try_from(self.dense.len()) {
            Ok(n) if n < u32::MAX => {
                self.length = n;
                true
            }
            _ => false,
        }
    }

    /// Own element `i`, if there is one.
    pub fn get(&self, i: u32) -> Option<Element<'_>> {
        match self.dense.get(i as usize) {
            Some(Value::Empty) | None => self.sparse.get(&i).map(Element::Prop),
            Some(v) => Some(Element::Plain(v)),
        }
    }

    /// The value of own data element `i` (`None` for accessors and missing elements).
    pub fn value(&self, i: u32) -> Option<&Value> {
        match self.dense.get(i as usize) {
            Some(Value::Empty) | None if self.sparse.is_empty() => None,
            Some(Value::Empty) | None => self.sparse.get(&i).and_then(Prop::data_value),
            Some(v) => Some(v),
        }
    }

    /// Writes `value` into element `i` when that is a plain data element, or appends it just
    /// at the end of a vector when `may_append()` says nothing else decides (an extensible
    /// array whose prototypes hold no index properties); a writable `length` is checked here.
    /// Gives the value back when the general path must decide.
    #[inline]
    pub fn set_fast(
        &mut self,
        i: usize,
        value: Value,
        may_append: impl Fn() -> bool,
    ) -> Result<(), Value> {
        let dense_len = self.dense.len();
        let no_attributed = self.sparse.is_empty();
        match self.dense.get_mut(i) {
            // Filling a hole adds an element, like an append (the map might hold it instead).
            Some(slot @ Value::Empty) if no_attributed && may_append() => {
                *slot = value;
                Ok(())
            }
            Some(Value::Empty) => Err(value),
            Some(slot) => {
                *slot = value;
                Ok(())
            }
            None if i == dense_len
                && no_attributed
                && (i < self.length as usize
                    || (self.length_writable && i < u32::MAX as usize))
                && may_append() =>
            {
                self.dense.push(value);
                self.length = self.length.max(i as u32 + 1);
                Ok(())
            }
            None => Err(value),
        }
    }

    /// Appends a plain element (internal lists; a full array is left as it is).
    pub fn push(&mut self, value: Value) {
        if self.length < u32::MAX {
            self.define(self.length, Prop::data(value, PropFlags::DEFAULT));
        }
    }

    /// Overwrites the value of own data element `i`, which the caller found writable.
    pub fn replace_value(&mut self, i: u32, value: Value) {
        match self.dense.get_mut(i as usize) {
            Some(slot) if !matches!(slot, Value::Empty) => *slot = value,
            _ => {
                if let Some(Prop {
                    slot: Slot::Data(v),
                    ..
                }) = self.sparse.get_mut(&i)
                {
                    *v = value;
                }
            }
        }
    }

    /// Defines element `i` as `prop`, replacing any own element there; `length` grows past
    /// `i` if needed. The caller has applied the rules (extensible, writable `length`, an
    /// existing element's attributes).
    pub fn define(&mut self, i: u32, prop: Prop) {
        let plain = prop.flags == PropFlags::DEFAULT && !prop.is_accessor();
        let at = i as usize;
        if plain && at == self.dense.len() && self.sparse.is_empty() {
            // Appending to a vector: the common case, with nothing to look up.
            if let Slot::Data(v) = prop.slot {
                self.dense.push(v);
            }
            self.length = self.length.max(i + 1);
            return;
        }
        if plain && at <= self.dense.len() + Self::MAX_DENSE_GAP {
            self.sparse.remove(&i);
            if at >= self.dense.len() {
                self.grow_dense(at + 1);
            }
            if let Slot::Data(v) = prop.slot {
                self.dense[at] = v;
            }
        } else {
            if let Some(slot) = self.dense.get_mut(at) {
                *slot = Value::Empty;
            }
            self.sparse.insert(i, prop);
            if plain && is_checkpoint(self.sparse.len()) {
                self.densify_if_dense_enough();
            }
        }
        self.length = self.length.max(i.saturating_add(1));
    }

    /// Moves the map's plain elements into the vector once the elements fill at least half of
    /// the span up to the last of them (an array filled from the end, say): reads and writes
    /// are then direct again, and the vector is at most twice the elements it holds.
    fn densify_if_dense_enough(&mut self) {
        let Some((&last, _)) = self.sparse.last_key_value() else {
            return;
        };
        let span = last as usize + 1;
        if self.count() * 2 >= span {
            self.grow_dense(span);
        }
    }

    /// Extends the dense prefix with holes to `new_len` slots, taking over the plain elements
    /// the map held in the range.
    fn grow_dense(&mut self, new_len: usize) {
        let old_len = self.dense.len();
        self.dense.resize(new_len, Value::Empty);
        let absorbed: Vec<u32> = self
            .sparse
            .range(old_len as u32..new_len as u32)
            .filter(|(_, p)| p.flags == PropFlags::DEFAULT && !p.is_accessor())
            .map(|(k, _)| *k)
            .collect();
        for k in absorbed {
            if let Some(Prop {
                slot: Slot::Data(v),
                ..
            }) = self.sparse.remove(&k)
            {
                self.dense[k as usize] = v;
            }
        }
    }

    /// Removes own element `i` (the caller found it configurable).
    pub fn remove(&mut self, i: u32) {
        if let Some(slot) = self.dense.get_mut(i as usize) {
            *slot = Value::Empty;
        }
        self.sparse.remove(&i);
    }

    /// The `length` part of ArraySetLength: a longer length just grows; a shorter one deletes
    /// the elements from the top down and stops above the first non-configurable one, whose
    /// index it returns as the error (`length` is then one more than it).
    pub fn set_len(&mut self, new_len: u32) -> Result<(), u32> {
        if new_len >= self.length {
            self.length = new_len;
            return Ok(());
        }
        let fixed = self
            .sparse
            .range(new_len..)
            .rev()
            .find(|(_, p)| !p.flags.configurable)
            .map(|(k, _)| *k);
        let keep = fixed.map_or(new_len, |k| k + 1);
        self.dense.truncate(keep as usize);
        let _ = self.sparse.split_off(&keep);
        self.length = keep;
        match fixed {
            Some(k) => Err(k),
            None => Ok(()),
        }
    }

    /// The smallest own element index `>= from`.
    pub fn next_index(&self, from: u32) -> Option<u32> {
        let dense = self
            .dense
            .get(from as usize..)
            .and_then(|rest| rest.iter().position(|v| !matches!(v, Value::Empty)))
            .map(|k| from + k as u32);
        let sparse = self.sparse.range(from..).next().map(|(k, _)| *k);
        match (dense, sparse) {
            (Some(d), Some(s)) => Some(d.min(s)),
            (d, s) => d.or(s),
        }
    }

    /// The largest own element index `<= at`.
    pub fn prev_index(&self, at: u32) -> Option<u32> {
        let end = (at as usize + 1).min(self.dense.len());
        let dense = self.dense[..end]
            .iter()
            .rposition(|v| !matches!(v, Value::Empty))
            .map(|k| k as u32);
        let sparse = self.sparse.range(..=at).next_back().map(|(k, _)| *k);
        match (dense, sparse) {
            (Some(d), Some(s)) => Some(d.max(s)),
            (d, s) => d.or(s),
        }
    }

    /// Own element indices in ascending order, with their attributes.
    pub fn indices(&self) -> Vec<(u32, PropFlags)> {
        let mut out: Vec<(u32, PropFlags)> = self
            .dense
            .iter()
            .enumerate()
            .filter(|(_, v)| !matches!(v, Value::Empty))
            .map(|(i, _)| (i as u32, PropFlags::DEFAULT))
            .collect();
        let in_dense = out.len();
        out.extend(self.sparse.iter().map(|(k, p)| (*k, p.flags)));
        if in_dense > 0 && out.len() > in_dense {
            // The map may hold indices inside the dense range (elements with attributes).
            out.sort_unstable_by_key(|(k, _)| *k);
        }
        out
    }

    /// How many own elements there are.
    pub fn count(&self) -> usize {
        self.dense
            .iter()
            .filter(|v| !matches!(v, Value::Empty))
            .count()
            + self.sparse.len()
    }

    /// `Object.seal` (`writable` stays) or `Object.freeze` (`writable` false too): every
    /// element moves to the map with its new attributes.
    pub fn fix_elements(&mut self, freeze: bool) {
        let dense = std::mem::take(&mut self.dense);
        for (i, v) in dense.into_iter().enumerate() {
            if !matches!(v, Value::Empty) {
                self.sparse
                    .insert(i as u32, Prop::data(v, PropFlags::DEFAULT));
            }
        }
        for p in self.sparse.values_mut() {
            p.flags.configurable = false;
            if freeze && !p.is_accessor() {
                p.flags.writable = false;
            }
        }
        if freeze {
            self.length_writable = false;
        }
    }

    /// Whether every element is non-configurable (and, for `frozen`, read-only). `length` is
    /// not looked at: V8's `Object.isFrozen` answers true for a non-extensible `[]`.
    pub fn all_fixed(&self, frozen: bool) -> bool {
        self.dense.iter().all(|v| matches!(v, Value::Empty))
            && self
                .sparse
                .values()
                .all(|p| !p.flags.configurable && (!frozen || p.is_accessor() || !p.flags.writable))
    }

    /// Visits every heap reference the elements hold, once each.
    pub fn trace(&self, t: &mut Tracer) {
        self.dense.iter().for_each(|v| t.value(v));
        for p in self.sparse.values() {
            match &p.slot {
                Slot::Data(v) => t.value(v),
                Slot::Accessor(a) => a.get.iter().chain(&a.set).for_each(|f| t.object(f)),
            }
        }
    }
}

/// Whether a map of `n` elements is due a density check: from 64 on, four times per doubling
/// (each check counts the elements, so the checks cost O(1) per element added, and a map that
/// becomes half full is caught before it has grown by more than a quarter).
fn is_checkpoint(n: usize) -> bool {
    const FIRST: usize = 64;
    n >= FIRST && n.is_multiple_of(n.next_power_of_two() / 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Value {
        Value::Number(x)
    }

    #[test]
    fn far_writes_stay_sparse_and_set_length() {
        let mut a = ArrayData::default();
        a.define(4_294_967_294, Prop::data(n(1.0), PropFlags::DEFAULT));
        assert_eq!(a.len(), 4_294_967_295);
        assert!(a.dense().is_empty());
        assert_eq!(a.next_index(0), Some(4_294_967_294));
        assert_eq!(a.prev_index(u32::MAX - 1), Some(4_294_967_294));
        assert_eq!(a.count(), 1);
    }

    #[test]
    fn dense_growth_absorbs_plain_map_entries() {
        let mut a = ArrayData::default();
        a.define(2000, Prop::data(n(2.0), PropFlags::DEFAULT));
        assert!(a.dense().is_empty(), "too far from the dense part");
        a.define(1000, Prop::data(n(1.0), PropFlags::DEFAULT));
        a.define(2001, Prop::data(n(3.0), PropFlags::DEFAULT));
        assert_eq!(a.dense().len(), 2002);
        assert!(matches!(a.get(2000), Some(Element::Plain(_))));
        assert_eq!(a.indices().len(), 3);
        assert!(a.is_vector());
    }

    #[test]
    fn a_map_filled_from_the_end_becomes_a_vector() {
        let mut a = ArrayData::default();
        for i in (0..5000).rev() {
            a.define(i, Prop::data(n(i as f64), PropFlags::DEFAULT));
        }
        assert_eq!(a.len(), 5000);
        assert!(
            a.is_vector(),
            "densified once half full, then filled in place"
        );
        assert!(matches!(a.value(4999), Some(Value::Number(x)) if *x == 4999.0));
        assert_eq!(a.count(), 5000);
    }

    #[test]
    fn shrinking_stops_above_a_non_configurable_element() {
        let mut a = ArrayData::from_values(vec![n(1.0), n(2.0), n(3.0), n(4.0)]);
        let fixed = PropFlags {
            configurable: false,
            ..PropFlags::DEFAULT
        };
        a.define(1, Prop::data(n(9.0), fixed));
        assert_eq!(a.set_len(0), Err(1));
        assert_eq!(a.len(), 2);
        assert_eq!(a.indices().len(), 2);
        assert_eq!(a.set_len(1 << 31), Ok(()));
        assert_eq!(a.len(), 1 << 31);
    }

    #[test]
    fn appends_stay_on_the_fast_path_only_at_the_end() {
        let mut a = ArrayData::from_values(vec![n(1.0), Value::Empty, n(3.0)]);
        assert!(
            a.set_fast(1, n(2.0), || false).is_err(),
            "an inherited setter may decide"
        );
        assert!(
            a.set_fast(1, n(2.0), || true).is_ok(),
            "a hole is filled in place"
        );
        assert!(a.set_fast(3, n(4.0), || true).is_ok());
        assert!(
            a.set_fast(5, n(6.0), || true).is_err(),
            "a gap takes the general path"
        );
        assert!(a.set_fast(4, n(5.0), || false).is_err(), "not extensible");
        a.remove(3);
        assert_eq!((a.len(), a.dense().len()), (4, 4));
        assert_eq!(a.next_index(3), None);
        assert_eq!(a.prev_index(3), Some(2));
    }
}
