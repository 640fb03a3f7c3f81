//! The methods that change `this`: `push`, `pop`, `shift`, `unshift`, `splice`, `sort`,
//! `reverse`, `fill`, `copyWithin`.
//!
//! Each follows its ECMA-262 algorithm step by step (so a frozen array, a read-only `length`
//! or a non-configurable element fails at the step, and with the message, that node's does),
//! walking only the indices something is at (`generic`). A plain vector array takes a shortcut
//! through its vector, which is observably the same.

use crate::interp::{Interp, JsResult};
use crate::value::Value;
use crate::value::object::NativeCall;

use super::generic::{
    MAX_SAFE_LENGTH, Presence, delete_index, delete_range, dense_element, get_index, has_index,
    integer, length_of, move_elements, next_present, prev_present, set_index, set_length,
    this_object_plain, with_vector,
};
use super::relative_index;
use crate::value::heap::ObjRef;

/// The largest length an array may have, as a `usize`.
fn max_array_length(interp: &Interp) -> usize {
    interp.limits.max_array_length.min(u32::MAX as u64) as usize
}

/// A hole read by a shortcut: `undefined`.
fn hole_to_undefined(v: Option<Value>) -> Value {
    match v {
        Some(Value::Empty) | None => Value::Undefined,
        Some(v) => v,
    }
}

pub fn push(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let count = call.args.len();
    let limit = max_array_length(interp);
    let pushed = with_vector(interp, &o, |v| {
        (v.len() + count <= limit).then(|| {
            v.extend_from_slice(call.args);
            v.len()
        })
    });
    if let Some(Some(len)) = pushed {
        return Ok(Value::Number(len as f64));
    }
    let len = length_of(interp, &o, call.site)?;
    let extensible_array = {
        let d = o.data.borrow();
        d.is_array() && d.extensible
    };
    if count == 0 && extensible_array {
        // V8 writes nothing back here, so even a read-only `length` does not throw.
        return Ok(Value::Number(len as f64));
    }
    if len + count > MAX_SAFE_LENGTH {
        let msg = format!(
            "Pushing {count} elements on an array-like of length {len} is disallowed, as the \
             total surpasses 2**53-1"
        );
        return Err(interp.type_error(&msg, call.site));
    }
    for (j, v) in call.args.iter().enumerate() {
        set_index(interp, &o, len + j, v.clone(), call.site)?;
    }
    set_length(interp, &o, len + count, call.site)?;
    Ok(Value::Number((len + count) as f64))
}

pub fn pop(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    if let Some(Some(v)) = with_vector(interp, &o, |v| v.pop().map(|x| hole_to_undefined(Some(x))))
    {
        return Ok(v);
    }
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        set_length(interp, &o, 0, call.site)?;
        return Ok(Value::Undefined);
    }
    let v = get_index(interp, &o, len - 1)?;
    delete_index(interp, &o, len - 1, call.site)?;
    set_length(interp, &o, len - 1, call.site)?;
    Ok(v)
}

pub fn shift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let shifted = with_vector(interp, &o, |v| (!v.is_empty()).then(|| v.remove(0)));
    if let Some(Some(v)) = shifted {
        return Ok(hole_to_undefined(Some(v)));
    }
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        set_length(interp, &o, 0, call.site)?;
        return Ok(Value::Undefined);
    }
    let first = get_index(interp, &o, 0)?;
    move_elements(interp, &o, 1, 0, len - 1, false, call.site)?;
    delete_index(interp, &o, len - 1, call.site)?;
    set_length(interp, &o, len - 1, call.site)?;
    Ok(first)
}

pub fn unshift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let count = call.args.len();
    let limit = max_array_length(interp);
    let unshifted = with_vector(interp, &o, |v| {
        (v.len() + count <= limit).then(|| {
            v.splice(0..0, call.args.iter().cloned());
            v.len()
        })
    });
    if let Some(Some(len)) = unshifted {
        return Ok(Value::Number(len as f64));
    }
    let len = length_of(interp, &o, call.site)?;
    if count > 0 {
        if len + count > MAX_SAFE_LENGTH {
            return Err(interp.type_error(crate::interp::arrays::INVALID_ARRAY_LENGTH, call.site));
        }
        move_elements(interp, &o, 0, count, len, true, call.site)?;
        for (j, v) in call.args.iter().enumerate() {
            set_index(interp, &o, j, v.clone(), call.site)?;
        }
    }
    set_length(interp, &o, len + count, call.site)?;
    Ok(Value::Number((len + count) as f64))
}

/// `splice(start, deleteCount, ...items)`.
pub fn splice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let start = relative_index(integer(interp, &call.arg(0), call.site)?, len);
    let delete = match call.args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let n = integer(interp, &call.arg(1), call.site)?;
            n.clamp(0.0, (len - start) as f64) as usize
        }
    };
    let items = call.args.get(2..).unwrap_or_default();
    if len + items.len() - delete > MAX_SAFE_LENGTH {
        return Err(interp.type_error(crate::interp::arrays::INVALID_ARRAY_LENGTH, call.site));
    }
    let removed = super::generic::species_create(interp, call, &o, delete as f64)?;
    let new_len = len - delete + items.len();
    if new_len <= max_array_length(interp) && super::copying::is_fresh(&removed, delete) {
        let taken = with_vector(interp, &o, |v| {
            (v.len() == len).then(|| {
                v.splice(start..start + delete, items.iter().cloned())
                    .collect::<Vec<_>>()
            })
        });
        if let Some(Some(taken)) = taken {
            super::copying::fill_fresh(&removed, taken);
            return Ok(Value::Object(removed));
        }
    }
    let mut k = start;
    while let Some(i) = next_present(interp, &o, k, start + delete, Presence::Any) {
        let v = get_index(interp, &o, i)?;
        super::generic::create_index(interp, &removed, i - start, v, call.site)?;
        k = i + 1;
    }
    set_length(interp, &removed, delete, call.site)?;
    let tail = len - delete - start;
    if items.len() < delete {
        move_elements(
            interp,
            &o,
            start + delete,
            start + items.len(),
            tail,
            false,
            call.site,
        )?;
        delete_range(interp, &o, new_len, len, call.site)?;
    } else if items.len() > delete {
        move_elements(
            interp,
            &o,
            start + delete,
            start + items.len(),
            tail,
            true,
            call.site,
        )?;
    }
    for (j, v) in items.iter().enumerate() {
        set_index(interp, &o, start + j, v.clone(), call.site)?;
    }
    set_length(interp, &o, new_len, call.site)?;
    Ok(Value::Object(removed))
}

/// `sort(cmp)`: the present elements are read (holes skipped), sorted (`undefined` last), and
/// written back from index 0; the indices after them are deleted.
pub fn sort(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let cmp = super::comparator_arg(interp, call)?;
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    if len < 2 {
        // Nothing to order, and V8 writes nothing back (a frozen `[x]` sorts fine).
        return Ok(Value::Object(o));
    }
    let mut values = Vec::new();
    let mut undefined = 0;
    let mut k = 0;
    while k < len {
        let (i, v) = match dense_element(&o, k) {
            Some(v) => (k, v),
            None => match next_present(interp, &o, k, len, Presence::Any) {
                Some(i) => (i, get_index(interp, &o, i)?),
                None => break,
            },
        };
        match v {
            Value::Undefined => undefined += 1,
            v => values.push(v),
        }
        k = i + 1;
    }
    let mut sorted = super::sort_defined(interp, call, &cmp, values)?;
    sorted.extend(std::iter::repeat_n(Value::Undefined, undefined));
    let count = sorted.len();
    let written = with_vector(interp, &o, |v| {
        (v.len() == len).then(|| {
            for (slot, value) in v.iter_mut().zip(sorted.iter()) {
                *slot = value.clone();
            }
            for slot in v.iter_mut().skip(count) {
                *slot = Value::Empty;
            }
        })
    });
    if !matches!(written, Some(Some(()))) {
        for (j, v) in sorted.into_iter().enumerate() {
            set_index(interp, &o, j, v, call.site)?;
        }
        delete_range(interp, &o, count, len, call.site)?;
    }
    Ok(Value::Object(o))
}

/// `reverse()`: swaps the elements at `lower` and `len - 1 - lower`, moving holes as holes;
/// only the pairs where something is present are visited.
pub fn reverse(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    if with_vector(interp, &o, |v| v.reverse()).is_some() {
        return Ok(Value::Object(o));
    }
    let len = length_of(interp, &o, call.site)?;
    let middle = len / 2;
    let mut lower = 0;
    loop {
        // The next pair with a present element: from the lower half or mirrored from the upper.
        let from_lower = next_present(interp, &o, lower, middle, Presence::Any);
        let from_upper = prev_present(interp, &o, len - middle, len - lower, Presence::Any)
            .map(|upper| len - 1 - upper);
        let Some(l) = [from_lower, from_upper].into_iter().flatten().min() else {
            return Ok(Value::Object(o));
        };
        swap_pair(interp, call, &o, l, len - 1 - l)?;
        lower = l + 1;
    }
}

/// One step of `reverse`, in the spec's order of reads and writes.
fn swap_pair(
    interp: &mut Interp,
    call: &NativeCall,
    o: &ObjRef,
    lower: usize,
    upper: usize,
) -> JsResult<()> {
    let lower_value = match has_index(interp, o, lower) {
        true => Some(get_index(interp, o, lower)?),
        false => None,
    };
    let upper_value = match has_index(interp, o, upper) {
        true => Some(get_index(interp, o, upper)?),
        false => None,
    };
    match (lower_value, upper_value) {
        (Some(l), Some(u)) => {
            set_index(interp, o, lower, u, call.site)?;
            set_index(interp, o, upper, l, call.site)
        }
        (None, Some(u)) => {
            set_index(interp, o, lower, u, call.site)?;
            delete_index(interp, o, upper, call.site)
        }
        (Some(l), None) => {
            delete_index(interp, o, lower, call.site)?;
            set_index(interp, o, upper, l, call.site)
        }
        (None, None) => Ok(()),
    }
}

/// The `[start, end)` range of `fill`/`copyWithin` arguments `at` and `at + 1`.
fn range_args(
    interp: &mut Interp,
    call: &NativeCall,
    at: usize,
    len: usize,
) -> JsResult<(usize, usize)> {
    let start = relative_index(integer(interp, &call.arg(at), call.site)?, len);
    let end = match call.arg(at + 1) {
        Value::Undefined => len,
        v => relative_index(integer(interp, &v, call.site)?, len),
    };
    Ok((start, end))
}

/// `fill(value, start, end)`: writes each index of the range (as node does, one by one).
pub fn fill(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let (start, end) = range_args(interp, call, 1, len)?;
    let value = call.arg(0);
    let filled = with_vector(interp, &o, |v| {
        (v.len() == len).then(|| {
            for slot in v.iter_mut().take(end).skip(start) {
                *slot = value.clone();
            }
        })
    });
    if !matches!(filled, Some(Some(()))) {
        for i in start..end {
            set_index(interp, &o, i, value.clone(), call.site)?;
        }
    }
    Ok(Value::Object(o))
}

/// `copyWithin(target, start, end)`: copies `[start, end)` over `target…` in place, moving
/// holes as holes (backwards when the ranges overlap that way).
pub fn copy_within(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let to = relative_index(integer(interp, &call.arg(0), call.site)?, len);
    let (from, end) = range_args(interp, call, 1, len)?;
    let count = end.saturating_sub(from).min(len - to);
    let backwards = from < to && to < from + count;
    let copied = with_vector(interp, &o, |v| {
        (v.len() == len).then(|| {
            let order: Box<dyn Iterator<Item = usize>> = if backwards {
                Box::new((0..count).rev())
            } else {
                Box::new(0..count)
            };
            for k in order {
                v[to + k] = v[from + k].clone();
            }
        })
    });
    if !matches!(copied, Some(Some(()))) {
        move_elements(interp, &o, from, to, count, backwards, call.site)?;
    }
    Ok(Value::Object(o))
}
