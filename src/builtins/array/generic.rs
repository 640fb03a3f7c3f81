//! The abstract operations `Array.prototype`'s methods are written in (ECMA-262 §23.1.3):
//! LengthOfArrayLike, Get/HasProperty/Set/DeletePropertyOrThrow/CreateDataPropertyOrThrow on
//! an index, ArraySpeciesCreate — and the two things that keep a huge `length` harmless:
//!
//! - **Walking present indices.** Where a method skips indices that HasProperty denies
//!   (`forEach`, `map`, `indexOf`, `copyWithin`, …), [`next_present`] jumps straight to the
//!   next index some object on the prototype chain has, instead of asking about each of up to
//!   2^53 - 1 indices in turn. That is observably the same: minnow has no proxies, so
//!   HasProperty never runs code, and each jump is computed afresh after any code a step ran
//!   (a callback that adds elements ahead is still seen). The probes before a jump keep dense
//!   data at one lookup per index, and keep the scans cheap against the probes.
//! - **Plain vectors.** An extensible array whose elements are all plain data in one vector,
//!   with a writable `length` and no index properties on its prototype chain, behaves exactly
//!   like that vector: [`plain_vector`] lets the mutators (`shift`, `splice`, `sort`, …) work
//!   on it directly instead of index by index.

pub use crate::interp::arrays::{MAX_SAFE_LENGTH, get_index, index_key, length_of};
use crate::interp::{Interp, JsResult};
use crate::syntax::ast::Span;
use crate::value::heap::ObjRef;
use crate::value::object::{Element, NativeCall, ObjectKind};
use crate::value::{JsStr, Value};

/// ToObject(this), with node's message for `null`/`undefined` naming the method.
pub fn this_object(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<ObjRef> {
    match &call.this {
        Value::Undefined | Value::Null | Value::Empty => {
            let msg = format!("Array.prototype.{method} called on null or undefined");
            Err(interp.type_error(&msg, call.site))
        }
        v => Ok(interp.to_object(v)),
    }
}

/// ToObject(this) for the methods whose message for `null`/`undefined` names no method.
pub fn this_object_plain(interp: &mut Interp, call: &NativeCall) -> JsResult<ObjRef> {
    if matches!(call.this, Value::Undefined | Value::Null | Value::Empty) {
        return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
    }
    Ok(interp.to_object(&call.this))
}

/// ToIntegerOrInfinity.
pub fn integer(interp: &mut Interp, v: &Value, site: Span) -> JsResult<f64> {
    let n = interp.to_number(v, site)?;
    Ok(if n.is_nan() { 0.0 } else { n.trunc() })
}

/// Element `i` of `o` when it is a plain element in an array's dense part: present, and its
/// value read without running anything (the common case of the walks, in one lookup).
pub fn dense_element(o: &ObjRef, i: usize) -> Option<Value> {
    match &o.data.borrow().kind {
        ObjectKind::Array(e) => match e.dense().get(i) {
            Some(Value::Empty) | None => None,
            Some(v) => Some(v.clone()),
        },
        _ => None,
    }
}

/// HasProperty(o, i).
pub fn has_index(interp: &mut Interp, o: &ObjRef, i: usize) -> bool {
    let d = o.data.borrow();
    match &d.kind {
        ObjectKind::Array(e) => {
            let index = u32::try_from(i).ok().filter(|&i| i < u32::MAX);
            if index.is_some_and(|i| e.get(i).is_some()) {
                return true;
            }
            if index.is_some() && interp.intrinsics.is_plain_array_proto(d.proto.as_ref()) {
                return false;
            }
        }
        ObjectKind::Primitive(Value::String(s)) if i < s.utf16_len() => return true,
        _ => {}
    }
    drop(d);
    interp.has_property(o, &index_key(i))
}

/// Whether `o` itself has property `i` (what a delete would remove).
fn has_own_index(o: &ObjRef, i: usize) -> bool {
    let d = o.data.borrow();
    match (&d.kind, u32::try_from(i)) {
        // An array's index properties are all elements.
        (ObjectKind::Array(e), Ok(k)) if k < u32::MAX => e.get(k).is_some(),
        _ => d.has_own(&index_key(i)),
    }
}

/// Set(o, i, v, true).
pub fn set_index(interp: &mut Interp, o: &ObjRef, i: usize, v: Value, site: Span) -> JsResult<()> {
    interp.step(site)?;
    interp.set_or_throw(o, index_key(i), v, site)
}

/// DeletePropertyOrThrow(o, i).
pub fn delete_index(interp: &mut Interp, o: &ObjRef, i: usize, site: Span) -> JsResult<()> {
    interp.delete_or_throw(o, &index_key(i), site)
}

/// Set(o, "length", len, true).
pub fn set_length(interp: &mut Interp, o: &ObjRef, len: usize, site: Span) -> JsResult<()> {
    interp.set_or_throw(o, JsStr::from("length"), Value::Number(len as f64), site)
}

/// CreateDataPropertyOrThrow(o, i, v); an element of an extensible array that has no
/// attributes of its own is written in place.
pub fn create_index(
    interp: &mut Interp,
    o: &ObjRef,
    i: usize,
    v: Value,
    site: Span,
) -> JsResult<()> {
    interp.step(site)?;
    let v = {
        let data = &mut *o.data.borrow_mut();
        let extensible = data.extensible;
        match (&mut data.kind, u32::try_from(i)) {
            (ObjectKind::Array(e), Ok(k))
                if extensible
                    && k < u32::MAX
                    && (k < e.len() || e.length_writable())
                    && !matches!(e.get(k), Some(Element::Prop(_))) =>
            {
                e.define(
                    k,
                    crate::value::object::Prop::data(v, crate::value::object::PropFlags::DEFAULT),
                );
                return Ok(());
            }
            _ => v,
        }
    };
    interp.create_data_property_or_throw(o, index_key(i), v, site)
}

/// ArraySpeciesCreate(o, len): a plain array unless `o` is an array whose `constructor` is
/// another constructor (a subclass of `Array`), which is then called with `len`.
/// (`Symbol.species` is not modelled: a constructor stands for its own species.)
pub fn species_create(
    interp: &mut Interp,
    call: &NativeCall,
    o: &ObjRef,
    len: f64,
) -> JsResult<ObjRef> {
    if !o.data.borrow().is_array() {
        return interp.array_create(len, call.site);
    }
    let ctor = interp.get_from_object(o, &JsStr::from("constructor"))?;
    let is_intrinsic = matches!((&ctor, &interp.intrinsics.array_ctor),
        (Value::Object(c), Some(a)) if std::rc::Rc::ptr_eq(c, a));
    match &ctor {
        Value::Undefined => interp.array_create(len, call.site),
        _ if is_intrinsic => interp.array_create(len, call.site),
        c if interp.is_constructor(c) => {
            match interp.construct(c, vec![Value::Number(len)], call.site)? {
                Value::Object(made) => Ok(made),
                _ => Err(interp.type_error("object is not an array", call.site)),
            }
        }
        // A non-constructor object has no species: a plain array.
        Value::Object(_) => interp.array_create(len, call.site),
        _ => Err(interp.type_error(
            "object.constructor[Symbol.species] is not a constructor",
            call.site,
        )),
    }
}

/// The canonical index an own key names, when it is one (`"7"` → 7; up to 2^53 - 1).
fn integer_key(key: &str) -> Option<usize> {
    let b = key.as_bytes();
    if b.is_empty() || b.len() > 16 || (b.len() > 1 && b[0] == b'0') {
        return None;
    }
    if !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    key.parse::<usize>().ok().filter(|&n| n <= MAX_SAFE_LENGTH)
}

/// Which properties a walk looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// HasProperty: own or inherited.
    Any,
    /// Own properties only (what a delete would remove).
    Own,
}

/// How many indices are asked about one at a time before the chain's keys are scanned for
/// the next one: at least as many as the keys a scan reads, so scanning never costs more
/// than the probes it saves.
fn probe_budget(o: &ObjRef, presence: Presence) -> usize {
    let mut keys = 0;
    let mut current = Some(o.clone());
    while let Some(obj) = current {
        let d = obj.data.borrow();
        if d.props.may_hold_index_keys() {
            keys += d.props.len();
        }
        if presence == Presence::Own {
            break;
        }
        current = d.proto.clone();
    }
    keys.max(8)
}

fn probe(interp: &mut Interp, o: &ObjRef, i: usize, presence: Presence) -> bool {
    match presence {
        Presence::Any => has_index(interp, o, i),
        Presence::Own => has_own_index(o, i),
    }
}

/// The smallest index in `[from, end)` that `o` has (own or inherited, or own only).
pub fn next_present(
    interp: &mut Interp,
    o: &ObjRef,
    from: usize,
    end: usize,
    presence: Presence,
) -> Option<usize> {
    // Dense data: found at the first probe, before any budget is worked out.
    if from < end && probe(interp, o, from, presence) {
        return Some(from);
    }
    let probe_end = end.min(from.saturating_add(probe_budget(o, presence)));
    for i in from..probe_end {
        if probe(interp, o, i, presence) {
            return Some(i);
        }
    }
    if probe_end >= end {
        return None;
    }
    scan(
        o,
        presence,
        |held| held.first_at_or_after(probe_end),
        usize::min,
    )
    .filter(|&i| i < end)
}

/// The largest index in `[start, end)` that `o` has (own or inherited, or own only).
pub fn prev_present(
    interp: &mut Interp,
    o: &ObjRef,
    start: usize,
    end: usize,
    presence: Presence,
) -> Option<usize> {
    if start < end && probe(interp, o, end - 1, presence) {
        return Some(end - 1);
    }
    let probe_start = start.max(end.saturating_sub(probe_budget(o, presence)));
    for i in (probe_start..end).rev() {
        if probe(interp, o, i, presence) {
            return Some(i);
        }
    }
    if probe_start <= start {
        return None;
    }
    scan(
        o,
        presence,
        |held| held.last_before(probe_start),
        usize::max,
    )
    .filter(|&i| i >= start)
}

/// The index keys one object holds, as a scan sees them.
struct Held<'a> {
    object: &'a crate::value::object::Object,
}

impl Held<'_> {
    /// The stored keys that name indices.
    fn index_keys(&self) -> impl Iterator<Item = usize> + '_ {
        let props = &self.object.props;
        props
            .keys()
            .take(if props.may_hold_index_keys() {
                usize::MAX
            } else {
                0
            })
            .filter_map(|k| integer_key(k))
    }

    fn first_at_or_after(&self, from: usize) -> Option<usize> {
        let mut best = match &self.object.kind {
            ObjectKind::Array(e) => u32::try_from(from)
                .ok()
                .and_then(|f| e.next_index(f))
                .map(|i| i as usize),
            ObjectKind::Primitive(Value::String(s)) => (from < s.utf16_len()).then_some(from),
            _ => None,
        };
        for k in self.index_keys() {
            if k >= from && best.is_none_or(|b| k < b) {
                best = Some(k);
            }
        }
        best
    }

    fn last_before(&self, end: usize) -> Option<usize> {
        let last = end.checked_sub(1)?;
        let mut best = match &self.object.kind {
            ObjectKind::Array(e) => e
                .prev_index(last.min(u32::MAX as usize - 1) as u32)
                .map(|i| i as usize),
            ObjectKind::Primitive(Value::String(s)) if s.utf16_len() > 0 => {
                Some(last.min(s.utf16_len() - 1))
            }
            _ => None,
        };
        for k in self.index_keys() {
            if k <= last && best.is_none_or(|b| k > b) {
                best = Some(k);
            }
        }
        best
    }
}

/// What `pick` finds on `o` (and, for `Presence::Any`, each object of its prototype chain),
/// the candidates combined by `best` (`min` for a forward scan, `max` for a backward one).
fn scan(
    o: &ObjRef,
    presence: Presence,
    pick: impl Fn(&Held) -> Option<usize>,
    best: fn(usize, usize) -> usize,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    let mut current = Some(o.clone());
    while let Some(obj) = current {
        let d = obj.data.borrow();
        if let Some(i) = pick(&Held { object: &d }) {
            found = Some(found.map_or(i, |f| best(f, i)));
        }
        if presence == Presence::Own {
            break;
        }
        current = d.proto.clone();
    }
    found
}

/// True when no object on `o`'s prototype chain holds an index property: a hole in `o` then
/// reads as `undefined` and an assignment to it calls no inherited setter.
pub fn chain_has_no_indices(o: &ObjRef) -> bool {
    let mut current = o.data.borrow().proto.clone();
    while let Some(p) = current {
        let d = p.data.borrow();
        let holds_elements = match &d.kind {
            ObjectKind::Array(e) => e.next_index(0).is_some(),
            ObjectKind::Primitive(Value::String(s)) => s.utf16_len() > 0,
            _ => false,
        };
        if holds_elements
            || (d.props.may_hold_index_keys() && d.props.keys().any(|k| integer_key(k).is_some()))
        {
            return false;
        }
        current = d.proto.clone();
    }
    true
}

/// Whether `o` is a plain vector: an extensible array with a writable `length`, every element
/// a plain data property in its dense part, and no index properties on its prototype chain.
/// Then a method may work on the vector itself (see the module documentation).
pub fn plain_vector(interp: &Interp, o: &ObjRef) -> bool {
    let d = o.data.borrow();
    match &d.kind {
        ObjectKind::Array(e) if d.extensible && e.length_writable() && e.is_vector() => {
            interp.intrinsics.is_plain_array_proto(d.proto.as_ref()) || {
                drop(d);
                chain_has_no_indices(o)
            }
        }
        _ => false,
    }
}

/// Runs `f` on the vector of a plain vector array and re-reads its length; `None` when `o` is
/// not one (see [`plain_vector`]).
pub fn with_vector<R>(
    interp: &Interp,
    o: &ObjRef,
    f: impl FnOnce(&mut Vec<Value>) -> R,
) -> Option<R> {
    if !plain_vector(interp, o) {
        return None;
    }
    let mut d = o.data.borrow_mut();
    let ObjectKind::Array(e) = &mut d.kind else {
        return None;
    };
    let r = f(e.vector_mut()?);
    e.sync_vector_length();
    Some(r)
}

/// Moves `count` elements from `from…` to `to…` (`backwards`: last first), as `copyWithin`,
/// `splice`, `shift` and `unshift` do: a present source is read and written over the target,
/// an absent one deletes the target. Only the steps where the source is present or the target
/// is an own property do anything, and only those are taken (see the module documentation).
pub fn move_elements(
    interp: &mut Interp,
    o: &ObjRef,
    from: usize,
    to: usize,
    count: usize,
    backwards: bool,
    site: Span,
) -> JsResult<()> {
    // `step` is the offset into the range: forwards it counts up from 0, backwards it is one
    // past the next offset to look at.
    let mut step = if backwards { count } else { 0 };
    loop {
        let next = if backwards {
            let source =
                prev_present(interp, o, from, from + step, Presence::Any).map(|i| i - from);
            let target = prev_present(interp, o, to, to + step, Presence::Own).map(|i| i - to);
            source.max(target)
        } else {
            let source =
                next_present(interp, o, from + step, from + count, Presence::Any).map(|i| i - from);
            let target =
                next_present(interp, o, to + step, to + count, Presence::Own).map(|i| i - to);
            match (source, target) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
        };
        let Some(k) = next else {
            return Ok(());
        };
        if has_index(interp, o, from + k) {
            let v = get_index(interp, o, from + k)?;
            set_index(interp, o, to + k, v, site)?;
        } else {
            delete_index(interp, o, to + k, site)?;
        }
        step = if backwards { k } else { k + 1 };
    }
}

/// Deletes every own index property in `[start, end)`, from the top down (what `sort` and
/// `splice` do to the indices they vacate).
pub fn delete_range(
    interp: &mut Interp,
    o: &ObjRef,
    start: usize,
    end: usize,
    site: Span,
) -> JsResult<()> {
    let mut end = end;
    while let Some(k) = prev_present(interp, o, start, end, Presence::Own) {
        delete_index(interp, o, k, site)?;
        end = k;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_keys_are_canonical_indices_up_to_2_53() {
        assert_eq!(integer_key("0"), Some(0));
        assert_eq!(integer_key("4294967295"), Some(4_294_967_295));
        assert_eq!(integer_key("9007199254740991"), Some(MAX_SAFE_LENGTH));
        for not_an_index in ["", "01", "-1", "1.5", "1e3", "9007199254740992", "x", " 1"] {
            assert_eq!(integer_key(not_an_index), None, "{not_an_index:?}");
        }
    }
}
