//! The `Array` constructor and `Array.prototype` methods.

use std::cmp::Ordering;

use crate::heap::ObjRef;
use crate::interp::{Interp, JsResult};
use crate::object::{NativeCall, ObjectKind};
use crate::value::{JsStr, Value, number_to_string};

use super::string::relative_index;
use super::{define_constructor, define_method};
use crate::interp::MAX_HOLE_GROWTH;

/// V8's sort algorithm (`sort`, `toSorted`).
mod timsort;

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.array_proto.clone();
    let ctor = define_constructor(interp, "Array", 1, array_ctor, &proto);
    define_method(interp, &ctor, "isArray", 1, is_array);
    define_method(interp, &proto, "push", 1, push);
    define_method(interp, &proto, "pop", 0, pop);
    define_method(interp, &proto, "shift", 0, shift);
    define_method(interp, &proto, "unshift", 1, unshift);
    define_method(interp, &proto, "join", 1, join);
    define_method(interp, &proto, "toString", 0, to_string);
    define_method(interp, &proto, "indexOf", 1, index_of);
    define_method(interp, &proto, "slice", 2, slice);
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
    define_method(interp, &proto, "splice", 2, splice);
    define_method(interp, &proto, "concat", 1, concat);
    define_method(interp, &proto, "sort", 1, sort);
    define_method(interp, &proto, "reverse", 0, reverse);
    define_method(interp, &proto, "flat", 0, flat);
    define_method(interp, &proto, "flatMap", 1, flat_map);
    define_method(interp, &proto, "fill", 1, fill);
    define_method(interp, &proto, "at", 1, at);
    define_method(interp, &proto, "toSorted", 1, to_sorted);
    define_method(interp, &proto, "toReversed", 0, to_reversed);
    define_method(interp, &proto, "toSpliced", 2, to_spliced);
    define_method(interp, &proto, "with", 2, with);
    define_method(interp, &proto, "copyWithin", 2, copy_within);
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

/// `Array(n)` / `Array(a, b, …)`.
fn new_array_from_args(interp: &mut Interp, call: &NativeCall) -> JsResult<ObjRef> {
    if let [Value::Number(n)] = call.args {
        // Arrays are dense here, so lengths beyond what holes can reasonably fill are refused
        // (node would make a sparse array).
        if *n < 0.0
            || n.fract() != 0.0
            || *n > u32::MAX as f64
            || *n > (16 * MAX_HOLE_GROWTH) as f64
        {
            return Err(interp.range_error("Invalid array length", call.site));
        }
        return Ok(interp.new_array(vec![Value::Empty; *n as usize]));
    }
    Ok(interp.new_array(call.args.to_vec()))
}

fn is_array(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(interp.is_array(&call.arg(0))))
}

/// What a mutator first fails to do to a frozen array.
enum FrozenWrite {
    Assign(String),
    Delete(usize),
    Add(usize),
}

/// Refuses to change a frozen array, with the message of V8's first failing step.
fn check_frozen(
    interp: &mut Interp,
    call: &NativeCall,
    step: impl Fn(usize) -> Option<FrozenWrite>,
) -> JsResult<()> {
    let Value::Object(o) = &call.this else {
        return Ok(());
    };
    let len = {
        let d = o.data.borrow();
        match &d.kind {
            ObjectKind::Array(e) if d.frozen_elements => e.len(),
            _ => return Ok(()),
        }
    };
    let msg = match step(len) {
        None => return Ok(()),
        Some(FrozenWrite::Assign(key)) => {
            format!("Cannot assign to read only property '{key}' of object '[object Array]'")
        }
        Some(FrozenWrite::Delete(i)) => format!("Cannot delete property '{i}' of [object Array]"),
        Some(FrozenWrite::Add(i)) => format!("Cannot add property {i}, object is not extensible"),
    };
    Err(interp.type_error(&msg, call.site))
}

fn length_write() -> Option<FrozenWrite> {
    Some(FrozenWrite::Assign("length".into()))
}

/// Runs `f` on `this`'s elements, or throws if `this` is not an array.
fn with_elements<R>(
    interp: &mut Interp,
    call: &NativeCall,
    method: &str,
    f: impl FnOnce(&mut Vec<Value>) -> R,
) -> JsResult<R> {
    if let Value::Object(o) = &call.this
        && let ObjectKind::Array(elements) = &mut o.data.borrow_mut().kind
    {
        return Ok(f(elements));
    }
    let msg = format!("Array.prototype.{method} called on a non-array (not supported)");
    Err(interp.type_error(&msg, call.site))
}

fn elements_of(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<Vec<Value>> {
    with_elements(interp, call, method, |e| e.clone())
}

/// Refuses to grow a non-extensible (frozen, sealed or `preventExtensions`) array.
fn check_growable(interp: &mut Interp, call: &NativeCall) -> JsResult<()> {
    if let Value::Object(o) = &call.this
        && !call.args.is_empty()
    {
        let d = o.data.borrow();
        if let ObjectKind::Array(e) = &d.kind
            && !d.extensible
        {
            let msg = format!("Cannot add property {}, object is not extensible", e.len());
            drop(d);
            return Err(interp.type_error(&msg, call.site));
        }
    }
    Ok(())
}

fn push(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_growable(interp, call)?;
    let len = with_elements(interp, call, "push", |e| {
        e.extend_from_slice(call.args);
        e.len()
    })?;
    Ok(Value::Number(len as f64))
}

fn pop(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_frozen(interp, call, |len| match len {
        0 => length_write(),
        n => Some(FrozenWrite::Delete(n - 1)),
    })?;
    let v = with_elements(interp, call, "pop", |e| e.pop())?;
    Ok(hole_to_undefined(v))
}

fn shift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_frozen(interp, call, |len| match len {
        0 => length_write(),
        1 => Some(FrozenWrite::Delete(0)),
        _ => Some(FrozenWrite::Assign("0".into())),
    })?;
    let v = with_elements(interp, call, "shift", |e| {
        if e.is_empty() {
            None
        } else {
            Some(e.remove(0))
        }
    })?;
    Ok(hole_to_undefined(v))
}

fn hole_to_undefined(v: Option<Value>) -> Value {
    match v {
        Some(Value::Empty) | None => Value::Undefined,
        Some(v) => v,
    }
}

fn unshift(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_growable(interp, call)?;
    let len = with_elements(interp, call, "unshift", |e| {
        e.splice(0..0, call.args.iter().cloned());
        e.len()
    })?;
    Ok(Value::Number(len as f64))
}

/// `toString()`: calls `this.join()` when that is a function (it may be overridden), otherwise
/// gives `Object.prototype.toString`'s `[object Tag]` for the receiver's basic kinds.
fn to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_strict(interp, call)?;
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
    static JOINING: std::cell::RefCell<Vec<*const crate::heap::ObjCell>> =
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
    let o = this_object_strict(interp, call)?;
    let id = std::rc::Rc::as_ptr(&o);
    if JOINING.with(|j| j.borrow().contains(&id)) {
        return Ok(Value::str(""));
    }
    JOINING.with(|j| j.borrow_mut().push(id));
    let result = locale_join(interp, call, &o);
    JOINING.with(|j| j.borrow_mut().pop());
    result
}

fn locale_join(interp: &mut Interp, call: &NativeCall, o: &ObjRef) -> JsResult<Value> {
    let len = length_of(interp, o, call.site)?;
    let mut out = String::new();
    for i in 0..len {
        if i > 0 {
            out.push(',');
        }
        let v = get_index(interp, o, i)?;
        if v.is_nullish() {
            continue;
        }
        let holder = match &v {
            Value::Object(e) => e.clone(),
            Value::Number(_) => interp.intrinsics.number_proto.clone(),
            Value::String(_) => interp.intrinsics.string_proto.clone(),
            Value::Bool(_) => interp.intrinsics.boolean_proto.clone(),
            _ => interp.intrinsics.symbol_proto.clone(),
        };
        let method = interp.get_from_object(&holder, &JsStr::from("toLocaleString"))?;
        let s = if interp.is_callable(&method) {
            interp.call(&method, v, Vec::new(), call.site)?
        } else {
            v
        };
        out.push_str(interp.to_js_string(&s, call.site)?.as_str());
    }
    Ok(Value::str(&out))
}

/// `join(sep)`: `null`/`undefined` elements become empty strings.
fn join_elements(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "join")?;
    let len = length_of(interp, &o, call.site)?;
    let elements = read_all(interp, &o, len)?;
    let sep = match call.arg(0) {
        Value::Undefined => JsStr::from(","),
        s => interp.to_js_string(&s, call.site)?,
    };
    let mut out = String::new();
    for (i, v) in elements.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if !v.is_nullish() {
            out.push_str(interp.to_js_string(v, call.site)?.as_str());
        }
    }
    Ok(Value::str(&out))
}

fn index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let elements = elements_of(interp, call, "indexOf")?;
    let target = call.arg(0);
    let from = match call.arg(1) {
        Value::Undefined => 0,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), elements.len()),
    };
    let found = elements
        .iter()
        .skip(from)
        .position(|v| !matches!(v, Value::Empty) && v.strict_equals(&target));
    Ok(Value::Number(found.map_or(-1.0, |i| (i + from) as f64)))
}

fn slice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let elements = elements_of(interp, call, "slice")?;
    let len = elements.len();
    let start = match call.arg(0) {
        Value::Undefined => 0,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), len),
    };
    let end = match call.arg(1) {
        Value::Undefined => len,
        v => relative_index(interp.to_number(&v, call.site)?.trunc(), len),
    };
    let part = if start < end {
        elements[start..end].to_vec()
    } else {
        Vec::new()
    };
    species_array(interp, call, part)
}

// ---------------------------------------------------------------------------------------------
// Generic helpers: the iteration methods work on any array-like `this`, reading elements through
// `[[Get]]` each step so callbacks that mutate the array are observed as in node.

/// ToObject(this) for the iteration methods (primitives other than strings are refused).
fn this_object(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<ObjRef> {
    match &call.this {
        Value::Object(o) => Ok(o.clone()),
        Value::Undefined | Value::Null | Value::Empty => {
            let msg = format!("Array.prototype.{method} called on null or undefined");
            Err(interp.type_error(&msg, call.site))
        }
        Value::String(s) => {
            let proto = interp.intrinsics.string_proto.clone();
            Ok(crate::heap::alloc_object(crate::object::Object::new(
                Some(proto),
                ObjectKind::Primitive(Value::String(s.clone())),
            )))
        }
        _ => Ok(interp.new_object()),
    }
}

/// LengthOfArrayLike.
pub fn length_of(interp: &mut Interp, o: &ObjRef, site: crate::ast::Span) -> JsResult<usize> {
    if let ObjectKind::Array(e) = &o.data.borrow().kind {
        return Ok(e.len());
    }
    if let ObjectKind::Primitive(Value::String(s)) = &o.data.borrow().kind {
        return Ok(s.utf16_len());
    }
    let v = interp.get_from_object(o, &JsStr::from("length"))?;
    let n = interp.to_number(&v, site)?;
    Ok(if n.is_nan() || n <= 0.0 {
        0
    } else {
        n.min(9007199254740991.0) as usize
    })
}

fn index_key(i: usize) -> JsStr {
    JsStr::from(i.to_string())
}

/// `o[i]` (holes read through the prototype chain, as `[[Get]]` does).
pub fn get_index(interp: &mut Interp, o: &ObjRef, i: usize) -> JsResult<Value> {
    if let ObjectKind::Array(e) = &o.data.borrow().kind
        && let Some(v) = e.get(i)
        && !matches!(v, Value::Empty)
    {
        return Ok(v.clone());
    }
    if let ObjectKind::Primitive(Value::String(s)) = &o.data.borrow().kind
        && i < s.utf16_len()
    {
        return Ok(Value::String(s.slice_utf16(i, i + 1)));
    }
    interp.get_from_object(o, &index_key(i))
}

/// HasProperty(o, i).
fn has_index(interp: &mut Interp, o: &ObjRef, i: usize) -> bool {
    if let ObjectKind::Array(e) = &o.data.borrow().kind
        && let Some(v) = e.get(i)
        && !matches!(v, Value::Empty)
    {
        return true;
    }
    if let ObjectKind::Primitive(Value::String(s)) = &o.data.borrow().kind
        && i < s.utf16_len()
    {
        return true;
    }
    interp.has_property(o, &index_key(i))
}

/// How V8 names a non-callable value in `… is not a function`.
pub fn describe_non_callable(interp: &mut Interp, v: &Value) -> String {
    match v {
        Value::Object(o) if o.data.borrow().is_array() => "[object Array]".into(),
        Value::Object(_) => "#<Object>".into(),
        Value::Number(n) => number_to_string(*n),
        other => interp
            .to_js_string(other, crate::ast::Span::default())
            .map_or_else(|_| String::new(), |s| s.to_string()),
    }
}

fn callback_arg(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let f = call.arg(0);
    if interp.is_callable(&f) {
        return Ok(f);
    }
    let msg = format!("{} is not a function", describe_non_callable(interp, &f));
    Err(interp.type_error(&msg, call.site))
}

/// Calls `f(element, index, array)` with `thisArg`.
fn call_back(
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
    let items: Vec<Value> = match &source {
        Value::Undefined | Value::Null | Value::Empty => {
            let what = if matches!(source, Value::Null) {
                "object null"
            } else {
                "undefined"
            };
            let msg =
                format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))");
            return Err(interp.type_error(&msg, call.site));
        }
        _ if !matches!(source, Value::Number(_) | Value::Bool(_))
            && let Some(values) = interp.iterate_to_vec(&source, call.site)? =>
        {
            values
        }
        // Not iterable: an array-like (`{ length: 3 }`).
        Value::Object(o) => {
            let len = length_of(interp, o, call.site)?;
            let mut items = Vec::with_capacity(len.min(1 << 20));
            for i in 0..len {
                items.push(get_index(interp, o, i)?);
            }
            items
        }
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        if matches!(map_fn, Value::Undefined) {
            out.push(v);
        } else {
            out.push(interp.call(
                &map_fn,
                call.arg(2),
                vec![v, Value::Number(i as f64)],
                call.site,
            )?);
        }
    }
    Ok(Value::Object(interp.new_array(out)))
}

fn array_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Object(interp.new_array(call.args.to_vec())))
}

fn map(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "map")?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    let mut out = vec![Value::Empty; len];
    for (i, slot) in out.iter_mut().enumerate() {
        if has_index(interp, &o, i) {
            let v = get_index(interp, &o, i)?;
            *slot = call_back(interp, call, &f, v, i, &o)?;
        }
    }
    species_array(interp, call, out)
}

/// ArraySpeciesCreate for the methods that build a new array from `this`: an instance of a
/// subclass of `Array` (`class Stack extends Array`) gets an instance of that subclass back,
/// made with `new C(0)` and then filled.
fn species_array(interp: &mut Interp, call: &NativeCall, elements: Vec<Value>) -> JsResult<Value> {
    let subclassed = match &call.this {
        Value::Object(o) => {
            let d = o.data.borrow();
            d.is_array()
                && !d
                    .proto
                    .as_ref()
                    .is_some_and(|p| std::rc::Rc::ptr_eq(p, &interp.intrinsics.array_proto))
        }
        _ => false,
    };
    if subclassed {
        let ctor = interp.get(&call.this, &JsStr::from("constructor"), call.site)?;
        if interp.is_constructor(&ctor) {
            let made = interp.construct(&ctor, vec![Value::Number(0.0)], call.site)?;
            if let Value::Object(m) = &made {
                let mut data = m.data.borrow_mut();
                if let ObjectKind::Array(e) = &mut data.kind {
                    *e = elements;
                    drop(data);
                    return Ok(made);
                }
                drop(data);
                for (i, v) in elements.into_iter().enumerate() {
                    if !matches!(v, Value::Empty) {
                        m.data.borrow_mut().set_own(index_key(i), v);
                    }
                }
                return Ok(made);
            }
        }
    }
    Ok(Value::Object(interp.new_array(elements)))
}

fn filter(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "filter")?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    let mut out = Vec::new();
    for i in 0..len {
        if has_index(interp, &o, i) {
            let v = get_index(interp, &o, i)?;
            if call_back(interp, call, &f, v.clone(), i, &o)?.truthy() {
                out.push(v);
            }
        }
    }
    species_array(interp, call, out)
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
    for i in 0..len {
        if has_index(interp, &o, i) {
            let v = get_index(interp, &o, i)?;
            if stop(&call_back(interp, call, &f, v, i, &o)?) {
                return Ok(true);
            }
        }
    }
    Ok(false)
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

fn reduce_impl(interp: &mut Interp, call: &NativeCall, right: bool) -> JsResult<Value> {
    let method = if right { "reduceRight" } else { "reduce" };
    let o = this_object(interp, call, method)?;
    let len = length_of(interp, &o, call.site)?;
    let f = callback_arg(interp, call)?;
    let order: Box<dyn Iterator<Item = usize>> = if right {
        Box::new((0..len).rev())
    } else {
        Box::new(0..len)
    };
    let mut order = order.peekable();
    let mut acc = if call.args.len() >= 2 {
        call.arg(1)
    } else {
        loop {
            match order.next() {
                Some(i) if has_index(interp, &o, i) => break get_index(interp, &o, i)?,
                Some(_) => {}
                None => {
                    return Err(
                        interp.type_error("Reduce of empty array with no initial value", call.site)
                    );
                }
            }
        }
    };
    for i in order {
        if has_index(interp, &o, i) {
            let v = get_index(interp, &o, i)?;
            acc = interp.call(
                &f,
                Value::Undefined,
                vec![acc, v, Value::Number(i as f64), Value::Object(o.clone())],
                call.site,
            )?;
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

/// `find`/`findIndex`/`findLast`/`findLastIndex` (holes are visited as `undefined`).
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

/// SameValueZero.
fn same_value_zero(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => a.strict_equals(b),
    }
}

fn includes(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "includes")?;
    let len = length_of(interp, &o, call.site)?;
    let from = match call.arg(1) {
        Value::Undefined => 0,
        v => relative_index(integer(interp, &v, call)?, len),
    };
    let target = call.arg(0);
    for i in from..len {
        if same_value_zero(&get_index(interp, &o, i)?, &target) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// ToIntegerOrInfinity.
fn integer(interp: &mut Interp, v: &Value, call: &NativeCall) -> JsResult<f64> {
    let n = interp.to_number(v, call.site)?;
    Ok(if n.is_nan() { 0.0 } else { n.trunc() })
}

fn last_index_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "lastIndexOf")?;
    let len = length_of(interp, &o, call.site)?;
    if len == 0 {
        return Ok(Value::Number(-1.0));
    }
    let start = if call.args.len() >= 2 {
        let n = integer(interp, &call.arg(1), call)?;
        if n < 0.0 {
            let k = len as f64 + n;
            if k < 0.0 {
                return Ok(Value::Number(-1.0));
            }
            k as usize
        } else {
            n.min(len as f64 - 1.0) as usize
        }
    } else {
        len - 1
    };
    let target = call.arg(0);
    for i in (0..=start).rev() {
        if has_index(interp, &o, i) && get_index(interp, &o, i)?.strict_equals(&target) {
            return Ok(Value::Number(i as f64));
        }
    }
    Ok(Value::Number(-1.0))
}

fn splice(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let len = with_elements(interp, call, "splice", |e| e.len())?;
    let start = match call.arg(0) {
        Value::Undefined if call.args.is_empty() => len,
        v => relative_index(integer(interp, &v, call)?, len),
    };
    let delete = match call.args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let n = integer(interp, &call.arg(1), call)?;
            n.max(0.0).min((len - start) as f64) as usize
        }
    };
    let items: Vec<Value> = call.args.iter().skip(2).cloned().collect();
    let count = items.len();
    check_frozen(interp, call, |len| {
        let moves = len - start - delete > 0;
        Some(if count < delete && moves {
            FrozenWrite::Assign((start + count).to_string())
        } else if count < delete {
            FrozenWrite::Delete(len - 1)
        } else if count > delete {
            FrozenWrite::Add(len)
        } else if count > 0 {
            FrozenWrite::Assign(start.to_string())
        } else {
            FrozenWrite::Assign("length".into())
        })
    })?;
    let removed = with_elements(interp, call, "splice", |e| {
        let end = (start + delete).min(e.len());
        let start = start.min(end);
        e.splice(start..end, items).collect::<Vec<_>>()
    })?;
    species_array(interp, call, removed)
}

fn concat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut out = Vec::new();
    let this = match &call.this {
        Value::Undefined | Value::Null => {
            return Err(interp.type_error(
                "Array.prototype.concat called on null or undefined",
                call.site,
            ));
        }
        v => v.clone(),
    };
    for item in std::iter::once(&this).chain(call.args.iter()) {
        match item {
            Value::Object(o) if o.data.borrow().is_array() => {
                if let ObjectKind::Array(e) = &o.data.borrow().kind {
                    out.extend(e.iter().cloned());
                }
            }
            v => out.push(v.clone()),
        }
    }
    species_array(interp, call, out)
}

/// Compares two strings by UTF-16 code units, as JavaScript's `<` does.
pub fn compare_utf16(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The comparator argument of `sort`/`toSorted`: `undefined` or a function.
fn comparator_arg(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
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
fn sort_defined(
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

fn sort(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let cmp = comparator_arg(interp, call)?;
    check_frozen(interp, call, |len| {
        (len > 1).then(|| FrozenWrite::Assign("0".into()))
    })?;
    let elements = elements_of(interp, call, "sort")?;
    let len = elements.len();
    let mut values: Vec<Value> = Vec::new();
    let mut undefined = 0;
    for v in elements {
        match v {
            Value::Empty => {}
            Value::Undefined => undefined += 1,
            v => values.push(v),
        }
    }
    let sorted = sort_defined(interp, call, &cmp, values)?;
    with_elements(interp, call, "sort", |e| {
        e.clear();
        e.extend(sorted);
        e.extend(std::iter::repeat_n(Value::Undefined, undefined));
        let filled = e.len();
        e.extend(std::iter::repeat_n(
            Value::Empty,
            len.saturating_sub(filled),
        ));
    })?;
    Ok(call.this.clone())
}

fn reverse(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_frozen(interp, call, |len| {
        (len > 1).then(|| FrozenWrite::Assign("0".into()))
    })?;
    with_elements(interp, call, "reverse", |e| e.reverse())?;
    Ok(call.this.clone())
}

fn flatten_into(
    interp: &mut Interp,
    out: &mut Vec<Value>,
    source: &ObjRef,
    depth: f64,
    call: &NativeCall,
) -> JsResult<()> {
    let len = length_of(interp, source, call.site)?;
    for i in 0..len {
        if !has_index(interp, source, i) {
            continue;
        }
        let v = get_index(interp, source, i)?;
        match &v {
            Value::Object(o) if depth > 0.0 && o.data.borrow().is_array() => {
                interp.with_stack(crate::stack::NATIVE_RED_ZONE, call.site, |interp| {
                    flatten_into(interp, out, o, depth - 1.0, call)
                })?;
            }
            _ => out.push(v),
        }
    }
    Ok(())
}

fn flat(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "flat")?;
    let depth = match call.arg(0) {
        Value::Undefined => 1.0,
        v => integer(interp, &v, call)?,
    };
    let mut out = Vec::new();
    flatten_into(interp, &mut out, &o, depth, call)?;
    species_array(interp, call, out)
}

fn flat_map(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "flatMap")?;
    let len = length_of(interp, &o, call.site)?;
    let f = match call.arg(0) {
        f if interp.is_callable(&f) => f,
        _ => {
            return Err(interp.type_error("flatMap mapper function is not callable", call.site));
        }
    };
    let mut out = Vec::new();
    for i in 0..len {
        if !has_index(interp, &o, i) {
            continue;
        }
        let v = get_index(interp, &o, i)?;
        let r = call_back(interp, call, &f, v, i, &o)?;
        match &r {
            Value::Object(a) if a.data.borrow().is_array() => {
                flatten_into(interp, &mut out, a, 0.0, call)?;
            }
            _ => out.push(r),
        }
    }
    species_array(interp, call, out)
}

fn fill(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    check_frozen(interp, call, |len| {
        (len > 0).then(|| FrozenWrite::Assign("0".into()))
    })?;
    let len = with_elements(interp, call, "fill", |e| e.len())?;
    let start = match call.arg(1) {
        Value::Undefined => 0,
        v => relative_index(integer(interp, &v, call)?, len),
    };
    let end = match call.arg(2) {
        Value::Undefined => len,
        v => relative_index(integer(interp, &v, call)?, len),
    };
    let value = call.arg(0);
    with_elements(interp, call, "fill", |e| {
        for slot in e.iter_mut().take(end).skip(start) {
            *slot = value.clone();
        }
    })?;
    Ok(call.this.clone())
}

fn at(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object(interp, call, "at")?;
    let len = length_of(interp, &o, call.site)?;
    let n = integer(interp, &call.arg(0), call)?;
    let k = if n < 0.0 { len as f64 + n } else { n };
    if k < 0.0 || k >= len as f64 {
        return Ok(Value::Undefined);
    }
    get_index(interp, &o, k as usize)
}

// ---------------------------------------------------------------------------------------------
// ES2023 "change array by copy" methods (`toSorted`, `toReversed`, `toSpliced`, `with`) and
// `copyWithin`. The copying methods work on any array-like and read holes as `undefined`.

/// ToObject(this), with V8's message for `null`/`undefined`.
fn this_object_strict(interp: &mut Interp, call: &NativeCall) -> JsResult<ObjRef> {
    if matches!(call.this, Value::Undefined | Value::Null | Value::Empty) {
        return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
    }
    this_object(interp, call, "")
}

/// ArrayCreate's length check: V8 refuses more than 2³²−1 elements.
fn check_new_length(interp: &mut Interp, call: &NativeCall, len: f64) -> JsResult<usize> {
    if len > u32::MAX as f64 {
        return Err(interp.range_error("Invalid array length", call.site));
    }
    Ok(len as usize)
}

/// `o[0..len]` read through `[[Get]]` (holes become `undefined`).
fn read_all(interp: &mut Interp, o: &ObjRef, len: usize) -> JsResult<Vec<Value>> {
    (0..len).map(|i| get_index(interp, o, i)).collect()
}

/// `toSorted(cmp)`: a sorted copy; `undefined` (and holes) go last, as with `sort`.
fn to_sorted(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let cmp = comparator_arg(interp, call)?;
    let o = this_object_strict(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let len = check_new_length(interp, call, len as f64)?;
    let items = read_all(interp, &o, len)?;
    let (undefined, values): (Vec<Value>, Vec<Value>) = items
        .into_iter()
        .partition(|v| matches!(v, Value::Undefined));
    let mut sorted = sort_defined(interp, call, &cmp, values)?;
    sorted.extend(undefined);
    Ok(Value::Object(interp.new_array(sorted)))
}

/// `toReversed()`: a reversed copy.
fn to_reversed(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_strict(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let len = check_new_length(interp, call, len as f64)?;
    // Read from the end, as the spec's loop does (getters observe the order).
    let items: Vec<Value> = (0..len)
        .rev()
        .map(|i| get_index(interp, &o, i))
        .collect::<JsResult<_>>()?;
    Ok(Value::Object(interp.new_array(items)))
}

/// `toSpliced(start, deleteCount, ...items)`: a copy with the splice applied.
fn to_spliced(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_strict(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let start = relative_index(integer(interp, &call.arg(0), call)?, len);
    let skip = match call.args.len() {
        0 => 0,
        1 => len - start,
        _ => {
            let n = integer(interp, &call.arg(1), call)?;
            n.clamp(0.0, (len - start) as f64) as usize
        }
    };
    let inserted = call.args.iter().skip(2);
    let new_len = (len - skip) as f64 + inserted.len() as f64;
    if new_len > 9007199254740991.0 {
        return Err(interp.type_error("Invalid array length", call.site));
    }
    check_new_length(interp, call, new_len)?;
    let mut out = Vec::with_capacity(new_len as usize);
    for i in 0..start {
        out.push(get_index(interp, &o, i)?);
    }
    out.extend(inserted.cloned());
    for i in start + skip..len {
        out.push(get_index(interp, &o, i)?);
    }
    Ok(Value::Object(interp.new_array(out)))
}

/// `with(index, value)`: a copy with one element replaced (negative indices count from the end).
fn with(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_strict(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let index = call.arg(0);
    let n = interp.to_number(&index, call.site)?;
    let relative = if n.is_nan() { 0.0 } else { n.trunc() };
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
    let len = check_new_length(interp, call, len as f64)?;
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

/// `copyWithin(target, start, end)`: copies `[start, end)` over `target…` in place, moving
/// holes as holes (the copy runs backwards when the ranges overlap that way).
fn copy_within(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = this_object_strict(interp, call)?;
    let len = length_of(interp, &o, call.site)?;
    let to = relative_index(integer(interp, &call.arg(0), call)?, len);
    let from = relative_index(integer(interp, &call.arg(1), call)?, len);
    let end = match call.arg(2) {
        Value::Undefined => len,
        v => relative_index(integer(interp, &v, call)?, len),
    };
    let count = end.saturating_sub(from).min(len - to);
    let backwards = from < to && to < from + count;
    let order: Vec<usize> = if backwards {
        (0..count).rev().collect()
    } else {
        (0..count).collect()
    };
    if let Some(&first) = order.first() {
        let present = has_index(interp, &o, from + first);
        check_frozen(interp, call, |_| {
            Some(if present {
                FrozenWrite::Assign((to + first).to_string())
            } else {
                FrozenWrite::Delete(to + first)
            })
        })?;
    }
    for k in order {
        if has_index(interp, &o, from + k) {
            let v = get_index(interp, &o, from + k)?;
            interp.set_on_object(&o, index_key(to + k), v)?;
        } else {
            interp.delete_property(&o, &index_key(to + k));
        }
    }
    Ok(Value::Object(o))
}
