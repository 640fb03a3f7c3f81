//! The methods that build a new array from `this`: `slice`, `concat`, `flat`, `flatMap`, and
//! the ES2023 copies `toSorted`, `toReversed`, `toSpliced`, `with`.
//!
//! The new array's length is checked (`Interp::check_array_length`, through ArrayCreate or
//! ArraySpeciesCreate) before anything is read or allocated; elements are then created one by
//! one, and only for the indices `this` has where the method skips the others.

use crate::interp::arrays::INVALID_ARRAY_LENGTH;
use crate::interp::{Interp, JsResult};
use crate::value::Value;
use crate::value::heap::ObjRef;
use crate::value::object::{ArrayData, NativeCall, ObjectKind};

use super::generic::{
    MAX_SAFE_LENGTH, Presence, create_index, get_index, integer, length_of, next_present,
    plain_vector, set_length, species_create, this_object, this_object_plain,
};
use super::{describe_non_callable, relative_index};

/// Whether `a` is what ArrayCreate(len) has just made: an extensible array with a writable
/// `length` of `len` and no elements. Creating its elements one by one and then setting its
/// length to `len` is then the same as handing it a vector.
pub fn is_fresh(a: &ObjRef, len: usize) -> bool {
    let d = a.data.borrow();
    matches!(&d.kind, ObjectKind::Array(e)
        if d.extensible
            && e.length_writable()
            && e.len() as usize == len
            && e.next_index(0).is_none())
}

/// Gives a fresh array (see [`is_fresh`]) its elements (holes as `Value::Empty`).
pub fn fill_fresh(a: &ObjRef, values: Vec<Value>) {
    if let ObjectKind::Array(e) = &mut a.data.borrow_mut().kind {
        *e = ArrayData::from_values(values);
    }
}

/// `slice(start, end)`.
pub fn slice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let start = relative_index(integer(interp, &call.arg(0), call.site)?, len);
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => relative_index(integer(interp, &v, call.site)?, len),
    };
    let count = end.saturating_sub(start);
    let a = species_create(interp, call, &o, count as f64)?;
    if is_fresh(&a, count) && plain_vector(interp, &o) {
        let part = match &o.data.borrow().kind {
            ObjectKind::Array(e) if e.dense().len() >= end => {
                Some(e.dense().get(start..end).unwrap_or_default().to_vec())
            }
            _ => None,
        };
        if let Some(part) = part {
            fill_fresh(&a, part);
            return Ok(Value::Object(a));
        }
    }
    let mut k = start;
    while let Some(i) = next_present(interp, &o, k, end, Presence::Any) {
        let v = get_index(interp, &o, i)?;
        create_index(interp, &a, i - start, v, call.site)?;
        k = i + 1;
    }
    set_length(interp, &a, count, call.site)?;
    Ok(Value::Object(a))
}

/// `concat(...items)`: arrays are spread (by their present elements), anything else is one
/// element. As in V8, the running length stops at 2^32 - 1 and an element that would land at
/// or past that index is `RangeError: Invalid array length`.
pub fn concat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "concat")?;
    let a = species_create(interp, call, &o, 0.0)?;
    let items: Vec<Value> = std::iter::once(Value::Object(o.clone()))
        .chain(call.args.iter().cloned())
        .collect();
    if let Some(values) = concat_vectors(interp, call, &a, &items)? {
        fill_fresh(&a, values);
        return Ok(Value::Object(a));
    }
    let limit = interp.limits.max_array_length.min(u32::MAX as u64) as usize;
    let mut n = 0;
    for item in &items {
        match item {
            Value::Object(e) if e.data.borrow().is_array() => {
                let len = length_of(interp, e, call.site)?;
                let mut k = 0;
                while let Some(i) = next_present(interp, e, k, len, Presence::Any) {
                    let v = get_index(interp, e, i)?;
                    if n + i >= limit {
                        return Err(interp.range_error(INVALID_ARRAY_LENGTH, call.site));
                    }
                    create_index(interp, &a, n + i, v, call.site)?;
                    k = i + 1;
                }
                n = (n + len).min(limit);
            }
            v => {
                if n >= limit {
                    return Err(interp.range_error(INVALID_ARRAY_LENGTH, call.site));
                }
                create_index(interp, &a, n, v.clone(), call.site)?;
                n += 1;
            }
        }
    }
    set_length(interp, &a, n, call.site)?;
    Ok(Value::Object(a))
}

/// V8's fast `concat`: when the result is a fresh array and every item is a plain vector array
/// or not an array, the result's values in one vector (`None` otherwise). When every item is
/// an array, more than `limits.max_dense_array_length` elements is node's `RangeError:
/// Invalid array length` — checked before anything is copied, so `a = a.concat(a)` in a loop
/// stops there rather than doubling until memory runs out.
fn concat_vectors(
    interp: &mut Interp,
    call: &NativeCall,
    a: &ObjRef,
    items: &[Value],
) -> JsResult<Option<Vec<Value>>> {
    if !is_fresh(a, 0) {
        return Ok(None);
    }
    let mut total = 0usize;
    let mut all_arrays = true;
    for item in items {
        match item {
            Value::Object(e) if e.data.borrow().is_array() => {
                if !plain_vector(interp, e) {
                    return Ok(None);
                }
                total += length_of(interp, e, call.site)?;
            }
            _ => {
                all_arrays = false;
                total += 1;
            }
        }
    }
    if all_arrays && total > interp.limits.max_dense_array_length {
        return Err(interp.range_error(INVALID_ARRAY_LENGTH, call.site));
    }
    if total >= interp.limits.max_array_length as usize {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(total);
    for item in items {
        match item {
            Value::Object(e) if e.data.borrow().is_array() => {
                if let ObjectKind::Array(elements) = &e.data.borrow().kind {
                    out.extend_from_slice(elements.dense());
                }
            }
            v => out.push(v.clone()),
        }
    }
    Ok(Some(out))
}

/// FlattenIntoArray: the present elements of `source` (mapped by `mapper` at the top level of
/// `flatMap`) go into `target` from index `start`; arrays among them are flattened `depth`
/// levels deep. Returns the next free index of `target`.
fn flatten_into(
    interp: &mut Interp,
    call: &NativeCall,
    target: &ObjRef,
    source: &ObjRef,
    start: usize,
    depth: f64,
    mapper: Option<&Value>,
) -> JsResult<usize> {
    let len = length_of(interp, source, call.site)?;
    let mut to = start;
    let mut k = 0;
    while let Some(i) = next_present(interp, source, k, len, Presence::Any) {
        k = i + 1;
        let mut element = get_index(interp, source, i)?;
        if let Some(f) = mapper {
            element = super::call_back(interp, call, f, element, i, source)?;
        }
        match &element {
            Value::Object(inner) if depth > 0.0 && inner.data.borrow().is_array() => {
                to = interp.with_stack(
                    crate::util::stack::NATIVE_RED_ZONE,
                    call.site,
                    |interp| flatten_into(interp, call, target, inner, to, depth - 1.0, None),
                )?;
            }
            _ => {
                if to >= MAX_SAFE_LENGTH {
                    return Err(interp.type_error(INVALID_ARRAY_LENGTH, call.site));
                }
                create_index(interp, target, to, element, call.site)?;
                to += 1;
            }
        }
    }
    Ok(to)
}

pub fn flat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let _ = length_of(interp, &o, call.site)?;
    let depth = match call.arg(0) {
        Value::Undefined => 1.0,
        v => integer(interp, &v, call.site)?.max(0.0),
    };
    let a = species_create(interp, call, &o, 0.0)?;
    flatten_into(interp, call, &a, &o, 0, depth, None)?;
    Ok(Value::Object(a))
}

pub fn flat_map(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let _ = length_of(interp, &o, call.site)?;
    let f = call.arg(0);
    if !interp.is_callable(&f) {
        return Err(interp.type_error("flatMap mapper function is not callable", call.site));
    }
    let a = species_create(interp, call, &o, 0.0)?;
    flatten_into(interp, call, &a, &o, 0, 1.0, Some(&f))?;
    Ok(Value::Object(a))
}

// ---------------------------------------------------------------------------------------------
// ES2023 "change array by copy" methods. They read every index (holes as `undefined`) into a
// new array of the same length, checked first.

/// `o[0..len]` read through `[[Get]]`, in order.
fn read_all(interp: &mut Interp, o: &ObjRef, len: usize) -> JsResult<Vec<Value>> {
    (0..len).map(|i| get_index(interp, o, i)).collect()
}

/// `toSorted(cmp)`: a sorted copy; `undefined` (and holes) go last, as with `sort`.
pub fn to_sorted(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let cmp = super::comparator_arg(interp, call)?;
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    interp.check_array_length(len as f64, call.site)?;
    let items = read_all(interp, &o, len)?;
    let (undefined, values): (Vec<Value>, Vec<Value>) = items
        .into_iter()
        .partition(|v| matches!(v, Value::Undefined));
    let mut sorted = super::sort_defined(interp, call, &cmp, values)?;
    sorted.extend(undefined);
    Ok(Value::Object(interp.new_array(sorted)))
}

/// `toReversed()`: a reversed copy.
pub fn to_reversed(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    interp.check_array_length(len as f64, call.site)?;
    // Read from the end, as the spec's loop does (getters observe the order).
    let items: Vec<Value> = (0..len)
        .rev()
        .map(|i| get_index(interp, &o, i))
        .collect::<JsResult<_>>()?;
    Ok(Value::Object(interp.new_array(items)))
}

/// `toSpliced(start, deleteCount, ...items)`: a copy with the splice applied.
pub fn to_spliced(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let start = relative_index(integer(interp, &call.arg(0), call.site)?, len);
    let skip = match call.args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let n = integer(interp, &call.arg(1), call.site)?;
            n.clamp(0.0, (len - start) as f64) as usize
        }
    };
    let inserted = call.args.get(2..).unwrap_or_default();
    let new_len = (len - skip) as f64 + inserted.len() as f64;
    if new_len > MAX_SAFE_LENGTH as f64 {
        return Err(interp.type_error(INVALID_ARRAY_LENGTH, call.site));
    }
    interp.check_array_length(new_len, call.site)?;
    let mut out = Vec::new();
    for i in 0..start {
        out.push(get_index(interp, &o, i)?);
    }
    out.extend(inserted.iter().cloned());
    for i in start + skip..len {
        out.push(get_index(interp, &o, i)?);
    }
    Ok(Value::Object(interp.new_array(out)))
}

/// `with(index, value)`: a copy with one element replaced (negative indices count from the end).
pub fn with(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let index = call.arg(0);
    let relative = integer(interp, &index, call.site)?;
    let actual = if relative >= 0.0 {
        relative
    } else {
        len as f64 + relative
    };
    if actual < 0.0 || actual >= len as f64 {
        // V8 shows the argument as given, not as converted.
        let msg = format!("Invalid index : {}", describe_non_callable(interp, &index));
        return Err(interp.range_error(&msg, call.site));
    }
    interp.check_array_length(len as f64, call.site)?;
    // The replaced element is not read.
    let actual = actual as usize;
    let items: Vec<Value> = (0..len)
        .map(|i| {
            if i == actual {
                Ok(call.arg(1))
            } else {
                get_index(interp, &o, i)
            }
        })
        .collect::<JsResult<_>>()?;
    Ok(Value::Object(interp.new_array(items)))
}
