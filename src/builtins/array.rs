//! The `Array` constructor and `Array.prototype` methods (ECMA-262 §23.1), generic over any
//! array-like `this` as the specification writes them. The abstract operations, and the walks
//! that keep a huge `length` from costing time or memory, are in `generic`; the methods that
//! change `this` are in `mutators`, the ones that build a new array from it in `copying`.

use std::cmp::Ordering;

use crate::interp::{Interp, JsResult};
use crate::value::heap::ObjRef;
use crate::value::object::NativeCall;
use crate::value::{JsStr, Value, number_to_string};

use super::string::relative_index;
use super::{define_constructor, define_method};

mod copying;
mod generic;
mod mutators;
/// V8's sort algorithm (`sort`, `toSorted`).
mod timsort;

pub use generic::{get_index, length_of};

/// The smallest index in `[from, end)` that `o` has (own or inherited), or `end`.
pub fn next_present_index(interp: &mut Interp, o: &ObjRef, from: usize, end: usize) -> usize {
    next_present(interp, o, from, end, Presence::Any).unwrap_or(end)
}
use generic::{Presence, integer, next_present, prev_present, this_object, this_object_plain};

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.array_proto.clone();
    let ctor = define_constructor(interp, "Array", 1, array_ctor, &proto);
    interp.intrinsics.array_ctor = Some(ctor.clone());
    define_method(interp, &ctor, "isArray", 1, is_array);
    define_method(interp, &proto, "push", 1, mutators::push);
    define_method(interp, &proto, "pop", 0, mutators::pop);
    define_method(interp, &proto, "shift", 0, mutators::shift);
    define_method(interp, &proto, "unshift", 1, mutators::unshift);
    define_method(interp, &proto, "join", 1, join);
    define_method(interp, &proto, "toString", 0, to_string);
    define_method(interp, &proto, "indexOf", 1, index_of);
    define_method(interp, &proto, "slice", 2, copying::slice);
    define_method(interp, &ctor, "from", 1, array_from);
    define_method(interp, &ctor, "of", 0, array_of);
    define_method(interp, &proto, "map", 1, map);
    define_method(interp, &proto, "filter", 1, filter);
    define_method(interp, &proto, "forEach", 1, for_each);
    define_method(interp, &proto, "some", 1, some);
    define_method(interp, &proto, "every", 1, every);
    define_method(interp, &proto, "reduce", 1, reduce);
    define_method(interp, &proto, "reduceRight", 1, reduce_right);
    define_method(interp, &proto, "find", 1, find);
    define_method(interp, &proto, "findIndex", 1, find_index);
    define_method(interp, &proto, "findLast", 1, find_last);
    define_method(interp, &proto, "findLastIndex", 1, find_last_index);
    define_method(interp, &proto, "includes", 1, includes);
    define_method(interp, &proto, "lastIndexOf", 1, last_index_of);
    define_method(interp, &proto, "splice", 2, mutators::splice);
    define_method(interp, &proto, "concat", 1, copying::concat);
    define_method(interp, &proto, "sort", 1, mutators::sort);
    define_method(interp, &proto, "reverse", 0, mutators::reverse);
    define_method(interp, &proto, "flat", 0, copying::flat);
    define_method(interp, &proto, "flatMap", 1, copying::flat_map);
    define_method(interp, &proto, "fill", 1, mutators::fill);
    define_method(interp, &proto, "at", 1, at);
    define_method(interp, &proto, "toSorted", 1, copying::to_sorted);
    define_method(interp, &proto, "toReversed", 0, copying::to_reversed);
    define_method(interp, &proto, "toSpliced", 2, copying::to_spliced);
    define_method(interp, &proto, "with", 2, copying::with);
    define_method(interp, &proto, "copyWithin", 2, mutators::copy_within);
    define_method(interp, &proto, "toLocaleString", 0, to_locale_string);
}

fn array_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let array = new_array_from_args(interp, call)?;
    if call.new_target.is_some() {
        let fallback = interp.intrinsics.array_proto.clone();
        array.data.borrow_mut().proto = Some(super::prototype_for_new(interp, call, &fallback)?);
    }
    Ok(Value::Object(array))
}

/// `Array(n)` (a length: holes, nothing allocated) or `Array(a, b, …)`.
fn new_array_from_args(interp: &mut Interp, call: &NativeCall) -> JsResult<ObjRef> {
    if let [Value::Number(n)] = call.args {
        return interp.array_create(*n, call.site);
    }
    Ok(interp.new_array(call.args.to_vec()))
}

fn is_array(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(interp.is_array(&call.arg(0))))
}

/// `new C(…args)` when `this` (the `C` of `Array.from`/`Array.of`) is a constructor, else a
/// plain array of `length` (when given).
fn construct_this(
    interp: &mut Interp,
    call: &NativeCall,
    length: Option<usize>,
) -> JsResult<ObjRef> {
    let args: Vec<Value> = length
        .map(|n| Value::Number(n as f64))
        .into_iter()
        .collect();
    if interp.is_constructor(&call.this) {
        return match interp.construct(&call.this, args, call.site)? {
            Value::Object(o) => Ok(o),
            _ => Err(interp.type_error("object is not an array", call.site)),
        };
    }
    interp.array_create(length.unwrap_or(0) as f64, call.site)
}

/// `Array.from(items, mapFn, thisArg)`: from an iterable, one step at a time (the map function
/// runs between steps), or from an array-like by index.
fn array_from(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let source = call.arg(0);
    let map_fn = call.arg(1);
    if !matches!(map_fn, Value::Undefined) && !interp.is_callable(&map_fn) {
        let msg = format!(
            "{} is not a function",
            describe_non_callable(interp, &map_fn)
        );
        return Err(interp.type_error(&msg, call.site));
    }
    if source.is_nullish() {
        let what = if matches!(source, Value::Null) {
            "object null"
        } else {
            "undefined"
        };
        let msg = format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))");
        return Err(interp.type_error(&msg, call.site));
    }
    let mapped = |interp: &mut Interp, v: Value, k: usize| -> JsResult<Value> {
        if matches!(map_fn, Value::Undefined) {
            return Ok(v);
        }
        let args = vec![v, Value::Number(k as f64)];
        interp.call(&map_fn, call.arg(2), args, call.site)
    };
    if let Some(it) = interp.get_iterator(&source, call.site)? {
        let a = construct_this(interp, call, None)?;
        let mut k = 0;
        while let Some(v) = interp.iterator_step(&it, call.site)? {
            let step = mapped(interp, v, k)
                .and_then(|v| generic::create_index(interp, &a, k, v, call.site));
            if step.is_err() {
                return interp.close_after(&it, step.map(|_| Value::Undefined), call.site);
            }
            k += 1;
        }
        generic::set_length(interp, &a, k, call.site)?;
        return Ok(Value::Object(a));
    }
    let o = interp.to_object(&source);
    let len = length_of(interp, &o, call.site)?;
    let a = construct_this(interp, call, Some(len))?;
    for k in 0..len {
        let v = get_index(interp, &o, k)?;
        let v = mapped(interp, v, k)?;
        generic::create_index(interp, &a, k, v, call.site)?;
    }
    generic::set_length(interp, &a, len, call.site)?;
    Ok(Value::Object(a))
}

/// `Array.of(...items)`.
fn array_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let a = construct_this(interp, call, Some(call.args.len()))?;
    for (k, v) in call.args.iter().enumerate() {
        generic::create_index(interp, &a, k, v.clone(), call.site)?;
    }
    generic::set_length(interp, &a, call.args.len(), call.site)?;
    Ok(Value::Object(a))
}

// ---------------------------------------------------------------------------------------------
// The iteration methods: each visits the indices `this` has (HasProperty) in order, reading the
// length once and each element when it is reached, so callbacks that change the array are
// seen as in node.

/// Calls `visit(index, element)` for each index of `o` below `len` that HasProperty finds, in
/// ascending order, until it returns true (then true).
fn visit_present(
    interp: &mut Interp,
    o: &ObjRef,
    len: usize,
    visit: impl FnMut(&mut Interp, usize, Value) -> JsResult<bool>,
) -> JsResult<bool> {
    visit_present_from(interp, o, 0, len, visit)
}

fn map(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "map")?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    let a = generic::species_create(interp, call, &o, len as f64)?;
    visit_present(interp, &o, len, |interp, i, v| {
        let mapped = call_back(interp, call, &f, v, i, &o)?;
        generic::create_index(interp, &a, i, mapped, call.site)?;
        Ok(false)
    })?;
    Ok(Value::Object(a))
}

fn filter(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "filter")?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    let a = generic::species_create(interp, call, &o, 0.0)?;
    let mut to = 0;
    visit_present(interp, &o, len, |interp, i, v| {
        if call_back(interp, call, &f, v.clone(), i, &o)?.truthy() {
            generic::create_index(interp, &a, to, v, call.site)?;
            to += 1;
        }
        Ok(false)
    })?;
    Ok(Value::Object(a))
}

/// The loop shared by `forEach`, `some` and `every`: stops when `stop(result)` is true.
fn visit(
    interp: &mut Interp,
    call: &NativeCall,
    method: &str,
    stop: fn(&Value) -> bool,
) -> JsResult<bool> {
    let o = this_object(interp, call, method)?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    visit_present(interp, &o, len, |interp, i, v| {
        Ok(stop(&call_back(interp, call, &f, v, i, &o)?))
    })
}

fn for_each(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    visit(interp, call, "forEach", |_| false)?;
    Ok(Value::Undefined)
}

fn some(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(visit(interp, call, "some", Value::truthy)?))
}

fn every(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(!visit(interp, call, "every", |v| !v.truthy())?))
}

/// `reduce` (`right`: `reduceRight`): the first present element (from the end for
/// `reduceRight`) starts the accumulator when no initial value is given.
fn reduce_impl(interp: &mut Interp, call: &NativeCall, right: bool) -> JsResult<Value> {
    let method = if right { "reduceRight" } else { "reduce" };
    let o = this_object(interp, call, method)?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    // The unvisited indices are `[0, end)` for reduceRight and `[start, len)` for reduce.
    let (mut start, mut end) = (0, len);
    let next = |interp: &mut Interp, start: usize, end: usize| {
        if right {
            prev_present(interp, &o, start, end, Presence::Any)
        } else {
            next_present(interp, &o, start, end, Presence::Any)
        }
    };
    let mut acc = if call.args.len() >= 2 {
        call.arg(1)
    } else {
        let Some(i) = next(interp, start, end) else {
            return Err(interp.type_error("Reduce of empty array with no initial value", call.site));
        };
        if right {
            end = i;
        } else {
            start = i + 1;
        }
        get_index(interp, &o, i)?
    };
    while let Some(i) = next(interp, start, end) {
        let v = get_index(interp, &o, i)?;
        let args = vec![acc, v, Value::Number(i as f64), Value::Object(o.clone())];
        acc = interp.call(&f, Value::Undefined, args, call.site)?;
        if right {
            end = i;
        } else {
            start = i + 1;
        }
    }
    Ok(acc)
}

fn reduce(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    reduce_impl(interp, call, false)
}

fn reduce_right(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    reduce_impl(interp, call, true)
}

/// `find`/`findIndex`/`findLast`/`findLastIndex`: every index is visited (holes as
/// `undefined`), so the callback runs `length` times, as in node.
fn find_impl(
    interp: &mut Interp,
    call: &NativeCall,
    method: &str,
    last: bool,
) -> JsResult<Option<(usize, Value)>> {
    let o = this_object(interp, call, method)?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    for k in 0..len {
        let i = if last { len - 1 - k } else { k };
        let v = get_index(interp, &o, i)?;
        if call_back(interp, call, &f, v.clone(), i, &o)?.truthy() {
            return Ok(Some((i, v)));
        }
    }
    Ok(None)
}

fn find(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(find_impl(interp, call, "find", false)?.map_or(Value::Undefined, |(_, v)| v))
}

fn find_index(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let found = find_impl(interp, call, "findIndex", false)?;
    Ok(Value::Number(found.map_or(-1.0, |(i, _)| i as f64)))
}

fn find_last(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(find_impl(interp, call, "findLast", true)?.map_or(Value::Undefined, |(_, v)| v))
}

fn find_last_index(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let found = find_impl(interp, call, "findLastIndex", true)?;
    Ok(Value::Number(found.map_or(-1.0, |(i, _)| i as f64)))
}

// ---------------------------------------------------------------------------------------------
// Searching.

/// SameValueZero.
fn same_value_zero(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => a.strict_equals(b),
    }
}

/// The start index of `indexOf`/`includes`: `fromIndex` relative to the end when negative.
fn from_index(interp: &mut Interp, call: &NativeCall, len: usize) -> JsResult<usize> {
    Ok(match call.arg(1) {
        Value::Undefined => 0,
        v => relative_index(integer(interp, &v, call.site)?, len),
    })
}

/// `includes(x, from)`: reads every index (no HasProperty), so an index nothing has counts
/// as `undefined` — found at once when looking for `undefined`, skipped otherwise.
fn includes(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        return Ok(Value::Bool(false));
    }
    let mut k = from_index(interp, call, len)?;
    let target = call.arg(0);
    let looking_for_undefined = matches!(target, Value::Undefined);
    while k < len {
        let present = next_present(interp, &o, k, len, Presence::Any);
        if looking_for_undefined && present != Some(k) {
            return Ok(Value::Bool(true));
        }
        let Some(i) = present else { break };
        if same_value_zero(&get_index(interp, &o, i)?, &target) {
            return Ok(Value::Bool(true));
        }
        k = i + 1;
    }
    Ok(Value::Bool(false))
}

fn index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "indexOf")?;
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let k = from_index(interp, call, len)?;
    let target = call.arg(0);
    if generic::plain_vector(interp, &o)
        && let crate::value::object::ObjectKind::Array(e) = &o.data.borrow().kind
    {
        // Holes are skipped, and nothing else can run: the vector is searched directly.
        let found = e.dense().get(k..).and_then(|rest| {
            rest.iter()
                .position(|v| !matches!(v, Value::Empty) && v.strict_equals(&target))
        });
        return Ok(Value::Number(found.map_or(-1.0, |i| (i + k) as f64)));
    }
    let mut found = None;
    visit_present_from(interp, &o, k, len, |_, i, v| {
        let hit = v.strict_equals(&target);
        if hit {
            found = Some(i);
        }
        Ok(hit)
    })?;
    Ok(Value::Number(found.map_or(-1.0, |i| i as f64)))
}

/// [`visit_present`] from index `k`.
fn visit_present_from(
    interp: &mut Interp,
    o: &ObjRef,
    mut k: usize,
    len: usize,
    mut visit: impl FnMut(&mut Interp, usize, Value) -> JsResult<bool>,
) -> JsResult<bool> {
    while k < len {
        let (i, v) = match generic::dense_element(o, k) {
            Some(v) => (k, v),
            None => match next_present(interp, o, k, len, Presence::Any) {
                Some(i) => (i, get_index(interp, o, i)?),
                None => break,
            },
        };
        if visit(interp, i, v)? {
            return Ok(true);
        }
        k = i + 1;
    }
    Ok(false)
}

fn last_index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    // One past the last index to look at.
    let mut end = if call.args.len() >= 2 {
        let n = integer(interp, &call.arg(1), call.site)?;
        if n < 0.0 {
            let k = len as f64 + n;
            if k < 0.0 {
                return Ok(Value::Number(-1.0));
            }
            k as usize + 1
        } else {
            n.min(len as f64 - 1.0) as usize + 1
        }
    } else {
        len
    };
    let target = call.arg(0);
    while let Some(i) = prev_present(interp, &o, 0, end, Presence::Any) {
        if get_index(interp, &o, i)?.strict_equals(&target) {
            return Ok(Value::Number(i as f64));
        }
        end = i;
    }
    Ok(Value::Number(-1.0))
}

fn at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let n = integer(interp, &call.arg(0), call.site)?;
    let k = if n < 0.0 { len as f64 + n } else { n };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    get_index(interp, &o, k as usize)
}

/// `toString()`: calls `this.join()` when that is a function (it may be overridden), otherwise
/// gives `Object.prototype.toString`'s `[object Tag]` for the receiver's basic kinds.
fn to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let join_fn = interp.get_from_object(&o, &JsStr::from("join"))?;
    if interp.is_callable(&join_fn) {
        return interp.call(&join_fn, Value::Object(o), Vec::new(), call.site);
    }
    let tag = match (&call.this, o.data.borrow().is_array()) {
        (_, true) => "Array",
        (Value::Number(_), _) => "Number",
        (Value::String(_), _) => "String",
        (Value::Bool(_), _) => "Boolean",
        _ => "Object",
    };
    Ok(Value::str(&format!("[object {tag}]")))
}

thread_local! {
    /// The arrays whose `join` is running: joining one of them again (a cycle) gives `""`.
    /// Identities only (no reference is held, so the collector sees nothing extra).
    static JOINING: std::cell::RefCell<Vec<*const crate::value::heap::ObjCell>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// `join(sep)` with V8's cycle detection: an array met again while it is being joined
/// contributes an empty string instead of recursing forever.
fn join(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(o) = &call.this else {
        return join_elements(interp, call);
    };
    let id = std::rc::Rc::as_ptr(o);
    if JOINING.with(|j| j.borrow().contains(&id)) {
        return Ok(Value::str(""));
    }
    JOINING.with(|j| j.borrow_mut().push(id));
    let result = join_elements(interp, call);
    JOINING.with(|j| j.borrow_mut().pop());
    result
}

/// `toLocaleString()`: each element's own `toLocaleString()`, joined with `,` (`null` and
/// `undefined` give empty strings; cycles give `""`, as for `join`).
fn to_locale_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let id = std::rc::Rc::as_ptr(&o);
    if JOINING.with(|j| j.borrow().contains(&id)) {
        return Ok(Value::str(""));
    }
    JOINING.with(|j| j.borrow_mut().push(id));
    let result = locale_join(interp, call, &o);
    JOINING.with(|j| j.borrow_mut().pop());
    result
}

/// `join(sep)`: `null`/`undefined` elements become empty strings.
fn join_elements(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_plain(interp, call)?;
    let len = joinable_length(interp, call, &o)?;
    let sep = match call.arg(0) {
        Value::Undefined => JsStr::from(","),
        s => interp.to_js_string(&s, call.site)?,
    };
    join_with(interp, call, &o, len, &sep, |interp, v| {
        interp.to_js_string(&v, call.site)
    })
}

/// `toLocaleString()`: each element's own `toLocaleString()`, joined with `,`.
fn locale_join(interp: &mut Interp, call: &NativeCall, o: &ObjRef) -> JsResult<Value> {
    let len = joinable_length(interp, call, o)?;
    join_with(interp, call, o, len, &JsStr::from(","), |interp, v| {
        let holder = interp.to_object(&v);
        let method = interp.get_from_object(&holder, &JsStr::from("toLocaleString"))?;
        let s = if interp.is_callable(&method) {
            interp.call(&method, v, Vec::new(), call.site)?
        } else {
            v
        };
        interp.to_js_string(&s, call.site)
    })
}

/// The length of `o` for `join`: like V8, a length above 2^32 - 1 is refused outright (before
/// the separator is converted).
fn joinable_length(interp: &mut Interp, call: &NativeCall, o: &ObjRef) -> JsResult<usize> {
    let len = length_of(interp, o, call.site)?;
    if len > interp.limits.max_array_length as usize {
        return Err(interp.type_error(crate::interp::arrays::INVALID_ARRAY_LENGTH, call.site));
    }
    Ok(len)
}

/// The string `join` builds: each element's string (`text`; `null`, `undefined` and indices
/// nothing has give `""`) with `sep` between. Indices nothing has are skipped in one step (they
/// would only add separators), and the result's length is checked before it grows, so a huge
/// length is `RangeError: Invalid string length` instead of a huge allocation.
fn join_with(
    interp: &mut Interp,
    call: &NativeCall,
    o: &ObjRef,
    len: usize,
    sep: &JsStr,
    mut text: impl FnMut(&mut Interp, Value) -> JsResult<JsStr>,
) -> JsResult<Value> {
    let mut out = JoinBuffer {
        text: String::new(),
        units: 0,
        max: interp.limits.max_string_length,
    };
    let sep_units = sep.utf16_len();
    // Every index below `done` is written, with the separator before it.
    let mut done = 0;
    while done < len {
        let (i, v) = match generic::dense_element(o, done) {
            Some(v) => (done, v),
            None => {
                let next = next_present(interp, o, done, len, Presence::Any);
                let gap_end = next.unwrap_or(len);
                // Indices `done..gap_end` have nothing: their separators only.
                let seps = gap_end - done.max(1).min(gap_end);
                if !out.push_repeated(sep.as_str(), sep_units, seps) {
                    return Err(interp.range_error("Invalid string length", call.site));
                }
                let Some(i) = next else { break };
                (i, get_index(interp, o, i)?)
            }
        };
        let fits = out.push_repeated(sep.as_str(), sep_units, usize::from(i > 0))
            && match v {
                v if v.is_nullish() => true,
                v => {
                    let s = text(interp, v)?;
                    out.push(&s)
                }
            };
        if !fits {
            return Err(interp.range_error("Invalid string length", call.site));
        }
        done = i + 1;
    }
    Ok(Value::String(JsStr::from(out.text)))
}

/// A string being built by `join`, with its length in UTF-16 units kept against the limit.
struct JoinBuffer {
    text: String,
    units: usize,
    max: usize,
}

impl JoinBuffer {
    /// Appends `count` copies of `s` (`units` long each); false (nothing appended) when the
    /// result would be longer than a string may be.
    fn push_repeated(&mut self, s: &str, units: usize, count: usize) -> bool {
        let added = units.saturating_mul(count);
        if self.units.saturating_add(added) > self.max {
            return false;
        }
        self.units += added;
        if !s.is_empty() {
            self.text.reserve(s.len() * count);
            for _ in 0..count {
                self.text.push_str(s);
            }
        }
        true
    }

    fn push(&mut self, s: &JsStr) -> bool {
        self.push_repeated(s.as_str(), s.utf16_len(), 1)
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the methods.

/// How V8 names a non-callable value in `… is not a function`.
pub fn describe_non_callable(interp: &mut Interp, v: &Value) -> String {
    match v {
        Value::Object(o) if o.data.borrow().is_array() => "[object Array]".into(),
        Value::Object(_) => "#<Object>".into(),
        Value::Number(n) => number_to_string(*n),
        other => interp
            .to_js_string(other, crate::syntax::ast::Span::default())
            .map_or_else(|_| String::new(), |s| s.to_string()),
    }
}

pub(super) fn callback_arg(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let f = call.arg(0);
    if interp.is_callable(&f) {
        return Ok(f);
    }
    let msg = format!("{} is not a function", describe_non_callable(interp, &f));
    Err(interp.type_error(&msg, call.site))
}

/// Calls `f(element, index, array)` with `thisArg`.
pub(super) fn call_back(
    interp: &mut Interp,
    call: &NativeCall,
    f: &Value,
    v: Value,
    i: usize,
    o: &ObjRef,
) -> JsResult<Value> {
    interp.call(
        f,
        call.arg(1),
        vec![v, Value::Number(i as f64), Value::Object(o.clone())],
        call.site,
    )
}

/// Compares two strings by UTF-16 code units, as JavaScript's `<` does.
pub fn compare_utf16(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The comparator argument of `sort`/`toSorted`: `undefined` or a function.
pub(super) fn comparator_arg(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let cmp = call.arg(0);
    if !matches!(cmp, Value::Undefined) && !interp.is_callable(&cmp) {
        return Err(interp.type_error(
            "The comparison function must be either a function or undefined",
            call.site,
        ));
    }
    Ok(cmp)
}

/// Sorts values that are neither holes nor `undefined` (SortCompare): by `cmp`, or by their
/// strings in UTF-16 order when `cmp` is `undefined`. Stable.
pub(super) fn sort_defined(
    interp: &mut Interp,
    call: &NativeCall,
    cmp: &Value,
    mut values: Vec<Value>,
) -> JsResult<Vec<Value>> {
    let site = call.site;
    if matches!(cmp, Value::Undefined) {
        // Objects are converted at every comparison, as in V8 (their `toString` is observable);
        // primitives once. Symbols are left to fail when first compared.
        let mut keyed: Vec<(Option<JsStr>, Value)> = Vec::with_capacity(values.len());
        for v in values {
            let key = match &v {
                Value::Object(_) | Value::Symbol(_) => None,
                _ => Some(interp.to_js_string(&v, site)?),
            };
            keyed.push((key, v));
        }
        let mut compare = |a: &(Option<JsStr>, Value), b: &(Option<JsStr>, Value)| {
            let x = match &a.0 {
                Some(k) => k.clone(),
                None => interp.to_js_string(&a.1, site)?,
            };
            let y = match &b.0 {
                Some(k) => k.clone(),
                None => interp.to_js_string(&b.1, site)?,
            };
            Ok(match compare_utf16(x.as_str(), y.as_str()) {
                Ordering::Less => -1.0,
                Ordering::Equal => 0.0,
                Ordering::Greater => 1.0,
            })
        };
        timsort::sort(&mut keyed, &mut compare)?;
        return Ok(keyed.into_iter().map(|(_, v)| v).collect());
    }
    // SortCompare: the comparator's result as a number, NaN counting as 0.
    let mut compare = |a: &Value, b: &Value| -> JsResult<f64> {
        let r = interp.call(cmp, Value::Undefined, vec![a.clone(), b.clone()], site)?;
        let n = interp.to_number(&r, site)?;
        Ok(if n.is_nan() { 0.0 } else { n })
    };
    timsort::sort(&mut values, &mut compare)?;
    Ok(values)
}
