//! The `Object` constructor, `Object.keys` and the basic `Object.prototype` methods.

use crate::interp::define::Descriptor;
use crate::interp::{Interp, JsResult};
use crate::value::heap::ObjRef;
use crate::value::object::{NativeCall, ObjectKind, Prop, PropFlags, Slot};
use crate::value::{JsStr, Value};

use super::{define_constructor, define_method};

pub fn install(interp: &mut Interp) {
    let proto = interp.intrinsics.object_proto.clone();
    let ctor = define_constructor(interp, "Object", 1, object_ctor, &proto);
    define_method(interp, &ctor, "keys", 1, keys);
    define_method(interp, &ctor, "values", 1, values);
    define_method(interp, &ctor, "entries", 1, entries);
    define_method(interp, &ctor, "assign", 2, assign);
    define_method(interp, &ctor, "fromEntries", 1, from_entries);
    define_method(interp, &ctor, "freeze", 1, freeze);
    define_method(interp, &ctor, "isFrozen", 1, is_frozen);
    define_method(interp, &ctor, "preventExtensions", 1, prevent_extensions);
    define_method(interp, &ctor, "isExtensible", 1, is_extensible);
    define_method(interp, &ctor, "create", 2, create);
    define_method(interp, &ctor, "getPrototypeOf", 1, get_prototype_of);
    define_method(interp, &ctor, "setPrototypeOf", 2, set_prototype_of);
    define_method(interp, &ctor, "defineProperty", 3, define_property);
    define_method(interp, &ctor, "defineProperties", 2, define_properties);
    define_method(
        interp,
        &ctor,
        "getOwnPropertyDescriptor",
        2,
        get_own_property_descriptor,
    );
    define_method(
        interp,
        &ctor,
        "getOwnPropertyDescriptors",
        1,
        get_own_property_descriptors,
    );
    define_method(
        interp,
        &ctor,
        "getOwnPropertyNames",
        1,
        get_own_property_names,
    );
    define_method(interp, &ctor, "is", 2, is);
    define_method(interp, &ctor, "hasOwn", 2, has_own);
    let proto = interp.intrinsics.object_proto.clone();
    define_method(
        interp,
        &proto,
        "propertyIsEnumerable",
        1,
        property_is_enumerable,
    );
    define_method(
        interp,
        &ctor,
        "getOwnPropertySymbols",
        1,
        get_own_property_symbols,
    );
    define_method(interp, &ctor, "seal", 1, seal);
    define_method(interp, &ctor, "isSealed", 1, is_sealed);
    define_method(interp, &proto, "hasOwnProperty", 1, has_own_property);
    define_method(interp, &proto, "toString", 0, to_string);
    define_method(interp, &proto, "valueOf", 0, value_of);
    let fproto = interp.intrinsics.function_proto.clone();
    define_method(interp, &fproto, "toString", 0, function_to_string);
    define_method(interp, &fproto, "call", 1, function_call);
    define_method(interp, &fproto, "apply", 2, function_apply);
    define_method(interp, &fproto, "bind", 1, function_bind);
}

fn object_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    match call.arg(0) {
        v @ Value::Object(_) => Ok(v),
        v if v.is_nullish() => Ok(Value::Object(interp.new_object())),
        v => Ok(Value::Object(interp.to_object(&v))),
    }
}

/// `Object.keys(o)`: own enumerable string keys in JavaScript order.
fn keys(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let keys = match call.arg(0) {
        Value::Object(o) => o.data.borrow().own_keys(true),
        Value::String(s) => (0..s.utf16_len()).map(|i| i.to_string().into()).collect(),
        Value::Undefined | Value::Null => {
            return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
        }
        _ => Vec::new(),
    };
    let values = keys.into_iter().map(Value::String).collect();
    Ok(Value::Object(interp.new_array(values)))
}

fn has_own_property(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let key = interp.to_property_key(&call.arg(0), call.site)?;
    let o = to_object(interp, &call.this, call)?;
    let own = o.data.borrow().has_own(&key);
    Ok(Value::Bool(own))
}

/// `Object.prototype.toString` (V8 names objects in messages by whether theirs is this one).
pub(crate) const OBJECT_TO_STRING: crate::value::object::NativeFn = to_string;

/// `Object.prototype.toString`: `[object Array]`, `[object Object]`, …
fn to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    // A `Symbol.toStringTag` (own or inherited: Promise, Generator, iterators…) names the tag.
    if let Value::Object(o) = &call.this
        && let Value::String(tag) =
            interp.get_from_object(o, &super::symbol::to_string_tag_key())?
    {
        return Ok(Value::str(&format!("[object {tag}]")));
    }
    let tag = match &call.this {
        Value::Undefined => "Undefined",
        Value::Null => "Null",
        Value::Object(o) => {
            let d = o.data.borrow();
            if d.is_array() {
                "Array"
            } else if d.is_callable() {
                "Function"
            } else if matches!(d.kind, crate::value::object::ObjectKind::Error) {
                "Error"
            } else if matches!(d.kind, ObjectKind::Map(_)) {
                "Map"
            } else if matches!(d.kind, ObjectKind::Set(_)) {
                "Set"
            } else if let ObjectKind::Primitive(p) = &d.kind {
                match p {
                    Value::Number(_) => "Number",
                    Value::String(_) => "String",
                    Value::Bool(_) => "Boolean",
                    _ => "Object",
                }
            } else {
                "Object"
            }
        }
        Value::Number(_) => "Number",
        Value::String(_) => "String",
        Value::Bool(_) => "Boolean",
        Value::Symbol(_) => "Symbol",
        Value::Empty => "Undefined",
    };
    Ok(Value::str(&format!("[object {tag}]")))
}

fn value_of(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(call.this.clone())
}

/// `f.toString()`: the function's source text for JavaScript functions.
fn function_to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(o) = &call.this else {
        return Err(interp.type_error(
            "Function.prototype.toString requires that 'this' be a Function",
            call.site,
        ));
    };
    match crate::interp::describe::function_source(o) {
        Some(text) => Ok(Value::str(&text)),
        None => Err(interp.type_error(
            "Function.prototype.toString requires that 'this' be a Function",
            call.site,
        )),
    }
}

/// ToObject for the `Object.*` functions: null/undefined throw; strings are boxed so their
/// indices show; other primitives have no own properties.
fn to_object(interp: &mut Interp, v: &Value, call: &NativeCall) -> JsResult<ObjRef> {
    match v {
        Value::Object(o) => Ok(o.clone()),
        Value::Undefined | Value::Null | Value::Empty => {
            Err(interp.type_error("Cannot convert undefined or null to object", call.site))
        }
        _ => Ok(interp.to_object(v)),
    }
}

/// Own enumerable keys with their current values, in JavaScript order.
fn own_enumerable_entries(
    interp: &mut Interp,
    o: &ObjRef,
    call: &NativeCall,
) -> JsResult<Vec<(JsStr, Value)>> {
    let keys = o.data.borrow().own_keys(true);
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = match k.as_array_index() {
            // Also reads the characters of a boxed string.
            Some(i) => super::array::get_index(interp, o, i as usize)?,
            None => interp.get(&Value::Object(o.clone()), &k, call.site)?,
        };
        out.push((k, v));
    }
    Ok(out)
}

fn values(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let vals = own_enumerable_entries(interp, &o, call)?
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    Ok(Value::Object(interp.new_array(vals)))
}

fn entries(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let pairs = own_enumerable_entries(interp, &o, call)?;
    let out = pairs
        .into_iter()
        .map(|(k, v)| Value::Object(interp.new_array(vec![Value::String(k), v])))
        .collect();
    Ok(Value::Object(interp.new_array(out)))
}

fn assign(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let target = to_object(interp, &call.arg(0), call)?;
    for source in call.args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let s = to_object(interp, source, call)?;
        let mut entries = own_enumerable_entries(interp, &s, call)?;
        let symbols = s.data.borrow().own_symbol_keys(true);
        for k in symbols {
            let v = interp.get_from_object(&s, &k)?;
            entries.push((k, v));
        }
        for (k, v) in entries {
            let writable = match target.data.borrow().props.get(&k) {
                Some(p) => p.flags.writable || p.is_accessor(),
                None => true,
            };
            if !writable {
                let msg =
                    format!("Cannot assign to read only property '{k}' of object '#<Object>'");
                return Err(interp.type_error(&msg, call.site));
            }
            interp.set(&Value::Object(target.clone()), k, v, call.site)?;
        }
    }
    Ok(Value::Object(target))
}

fn from_entries(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let entries = super::error::list_from(interp, &call.arg(0), call)?;
    let out = interp.new_object();
    for entry in entries {
        let Value::Object(e) = &entry else {
            let shown = super::array::describe_non_callable(interp, &entry);
            let msg = format!("Iterator value {shown} is not an entry object");
            return Err(interp.type_error(&msg, call.site));
        };
        let k = super::array::get_index(interp, e, 0)?;
        let v = super::array::get_index(interp, e, 1)?;
        let k = interp.to_property_key(&k, call.site)?;
        interp.set_on_object(&out, k, v)?;
    }
    Ok(Value::Object(out))
}

fn freeze(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let Value::Object(o) = call.arg(0) {
        fix_properties(&o, true);
    }
    Ok(call.arg(0))
}

/// `Object.freeze` (`freeze`) or `Object.seal`: no new properties, none configurable, and for
/// `freeze` no data property writable.
fn fix_properties(o: &ObjRef, freeze: bool) {
    let mut d = o.data.borrow_mut();
    d.extensible = false;
    if let ObjectKind::Array(elements) = &mut d.kind {
        elements.fix_elements(freeze);
    }
    for p in d.props.values_mut() {
        if freeze && !p.is_accessor() {
            p.flags.writable = false;
        }
        p.flags.configurable = false;
    }
}

/// `Object.isFrozen` (`frozen`) or `Object.isSealed`.
fn is_fixed(o: &ObjRef, frozen: bool) -> bool {
    let d = o.data.borrow();
    let elements_fixed = match &d.kind {
        ObjectKind::Array(e) => e.all_fixed(frozen),
        _ => true,
    };
    !d.extensible
        && elements_fixed
        && d.props
            .values()
            .all(|p| !p.flags.configurable && (!frozen || p.is_accessor() || !p.flags.writable))
}

fn is_frozen(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(match call.arg(0) {
        Value::Object(o) => is_fixed(&o, true),
        _ => true,
    }))
}

fn prevent_extensions(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let Value::Object(o) = call.arg(0) {
        o.data.borrow_mut().extensible = false;
    }
    Ok(call.arg(0))
}

fn is_extensible(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(call.arg(0), Value::Object(o) if o.data.borrow().extensible),
    ))
}

/// A prototype argument: an object or null.
pub(crate) fn proto_arg(
    interp: &mut Interp,
    v: &Value,
    call: &NativeCall,
) -> JsResult<Option<ObjRef>> {
    match v {
        Value::Object(o) => Ok(Some(o.clone())),
        Value::Null => Ok(None),
        other => {
            let shown = super::message::message_string(other);
            let msg = format!("Object prototype may only be an Object or null: {shown}");
            Err(interp.type_error(&msg, call.site))
        }
    }
}

fn create(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let proto = proto_arg(interp, &call.arg(0), call)?;
    let o = interp.object_with_proto(proto);
    if !matches!(call.arg(1), Value::Undefined) {
        apply_descriptors(interp, &o, &call.arg(1), call)?;
    }
    Ok(Value::Object(o))
}

fn get_prototype_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let proto = match call.arg(0) {
        Value::Object(o) => o.data.borrow().proto.clone(),
        Value::Undefined | Value::Null | Value::Empty => {
            return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
        }
        Value::String(_) => Some(interp.intrinsics.string_proto.clone()),
        Value::Number(_) => Some(interp.intrinsics.number_proto.clone()),
        Value::Bool(_) => Some(interp.intrinsics.boolean_proto.clone()),
        Value::Symbol(_) => Some(interp.intrinsics.symbol_proto.clone()),
    };
    Ok(proto.map_or(Value::Null, Value::Object))
}

fn set_prototype_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let target = call.arg(0);
    if target.is_nullish() {
        return Err(interp.type_error(
            "Object.setPrototypeOf called on null or undefined",
            call.site,
        ));
    }
    let proto = proto_arg(interp, &call.arg(1), call)?;
    let Value::Object(o) = &target else {
        return Ok(target);
    };
    match ordinary_set_prototype_of(o, proto) {
        Ok(()) => Ok(target),
        Err(msg) => Err(interp.type_error(msg, call.site)),
    }
}

/// OrdinarySetPrototypeOf: a refusal (a non-extensible object, a cycle) is node's message for
/// `Object.setPrototypeOf`; `Reflect.setPrototypeOf` makes it `false`.
pub(crate) fn ordinary_set_prototype_of(
    o: &ObjRef,
    proto: Option<ObjRef>,
) -> Result<(), &'static str> {
    let same = match (&o.data.borrow().proto, &proto) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    };
    if same {
        return Ok(());
    }
    if !o.data.borrow().extensible {
        return Err("#<Object> is not extensible");
    }
    let mut p = proto.clone();
    while let Some(cur) = p {
        if std::rc::Rc::ptr_eq(&cur, o) {
            return Err("Cyclic __proto__ value");
        }
        p = cur.data.borrow().proto.clone();
    }
    o.data.borrow_mut().proto = proto;
    Ok(())
}

/// Reads an optional field of a property descriptor (`HasProperty`, then `Get`).
fn descriptor_field(interp: &mut Interp, desc: &ObjRef, name: &str) -> JsResult<Option<Value>> {
    let key = JsStr::from(name);
    if interp.has_property(desc, &key) {
        Ok(Some(interp.get_from_object(desc, &key)?))
    } else {
        Ok(None)
    }
}

/// ToPropertyDescriptor.
pub(crate) fn to_descriptor(
    interp: &mut Interp,
    desc: &Value,
    call: &NativeCall,
) -> JsResult<Descriptor> {
    let Value::Object(d) = desc else {
        let shown = super::message::message_string(desc);
        let msg = format!("Property description must be an object: {shown}");
        return Err(interp.type_error(&msg, call.site));
    };
    let flag = |v: Option<Value>| v.map(|v| v.truthy());
    let mut out = Descriptor {
        enumerable: flag(descriptor_field(interp, d, "enumerable")?),
        configurable: flag(descriptor_field(interp, d, "configurable")?),
        value: descriptor_field(interp, d, "value")?,
        writable: flag(descriptor_field(interp, d, "writable")?),
        ..Descriptor::default()
    };
    for (name, what) in [("get", "Getter"), ("set", "Setter")] {
        let f = match descriptor_field(interp, d, name)? {
            None => continue,
            Some(Value::Undefined) => None,
            Some(Value::Object(f)) if f.data.borrow().is_callable() => Some(f),
            Some(other) => {
                let shown = super::message::message_string(&other);
                let msg = format!("{what} must be a function: {shown}");
                return Err(interp.type_error(&msg, call.site));
            }
        };
        if name == "get" {
            out.get = Some(f);
        } else {
            out.set = Some(f);
        }
    }
    if out.is_accessor() && (out.value.is_some() || out.writable.is_some()) {
        let msg = "Invalid property descriptor. Cannot both specify accessors and a value or \
                   writable attribute, #<Object>";
        return Err(interp.type_error(msg, call.site));
    }
    Ok(out)
}

/// ValidateAndApplyPropertyDescriptor with the descriptor object `desc`.
fn apply_descriptor(
    interp: &mut Interp,
    o: &ObjRef,
    key: JsStr,
    desc: &Value,
    call: &NativeCall,
) -> JsResult<()> {
    let desc = to_descriptor(interp, desc, call)?;
    interp.define_or_throw(o, key, desc, call.site)
}

/// `Object.defineProperties(o, props)` (and the second argument of `Object.create`): every
/// descriptor is read before any is applied.
fn apply_descriptors(
    interp: &mut Interp,
    o: &ObjRef,
    props: &Value,
    call: &NativeCall,
) -> JsResult<()> {
    let props = to_object(interp, props, call)?;
    let keys = props.data.borrow().own_keys(true);
    let mut descs = Vec::with_capacity(keys.len());
    for k in keys {
        let desc = interp.get_from_object(&props, &k)?;
        descs.push((k, desc));
    }
    for (k, desc) in descs {
        apply_descriptor(interp, o, k, &desc, call)?;
    }
    Ok(())
}

fn define_properties(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(o) = call.arg(0) else {
        return Err(interp.type_error("Object.defineProperties called on non-object", call.site));
    };
    apply_descriptors(interp, &o, &call.arg(1), call)?;
    Ok(call.arg(0))
}

/// FromPropertyDescriptor for an own property, or `undefined`.
pub(crate) fn descriptor_of(interp: &mut Interp, o: &ObjRef, key: &JsStr) -> JsResult<Value> {
    let prop = own_property(interp, o, key)?;
    let Some(prop) = prop else {
        return Ok(Value::Undefined);
    };
    let out = interp.new_object();
    {
        let mut d = out.data.borrow_mut();
        let f = prop.flags;
        match prop.slot {
            Slot::Data(v) => {
                d.set_own(JsStr::from("value"), v);
                d.set_own(JsStr::from("writable"), Value::Bool(f.writable));
            }
            Slot::Accessor(a) => {
                let as_value = |f: Option<ObjRef>| f.map_or(Value::Undefined, Value::Object);
                d.set_own(JsStr::from("get"), as_value(a.get));
                d.set_own(JsStr::from("set"), as_value(a.set));
            }
        }
        d.set_own(JsStr::from("enumerable"), Value::Bool(f.enumerable));
        d.set_own(JsStr::from("configurable"), Value::Bool(f.configurable));
    }
    Ok(Value::Object(out))
}

/// An own property with its attributes, the virtual ones (array elements and `length`,
/// string characters, a function's `name`/`length`/lazy `prototype`) included.
pub(crate) fn own_property(interp: &mut Interp, o: &ObjRef, key: &JsStr) -> JsResult<Option<Prop>> {
    let own = o.data.borrow().props.get(key).cloned();
    if let Some(p) = own {
        // An error's `stack` not read yet is a data property to JavaScript.
        if let Slot::Accessor(a) = &p.slot
            && a.get
                .as_ref()
                .is_some_and(|g| super::error::lazy_stack_trace(g).is_some())
        {
            interp.get_from_object(o, key)?;
            return Ok(o.data.borrow().props.get(key).cloned());
        }
        return Ok(Some(p));
    }
    let flags = |writable: bool, enumerable: bool, configurable: bool| PropFlags {
        writable,
        enumerable,
        configurable,
    };
    let found = {
        let d = o.data.borrow();
        let index = key.as_array_index().map(|i| i as usize);
        match (&d.kind, key.as_str()) {
            (ObjectKind::Array(e), "length") => Some(flags(e.length_writable(), false, false)),
            (ObjectKind::Array(e), _) => {
                let element = key
                    .as_array_index()
                    .and_then(|i| e.get(i).map(|e| e.to_prop()));
                if let Some(p) = element {
                    return Ok(Some(p));
                }
                None
            }
            (ObjectKind::Primitive(Value::String(_)), "length") => Some(flags(false, false, false)),
            (ObjectKind::Primitive(Value::String(s)), _) => index
                .filter(|&i| i < s.utf16_len())
                .map(|_| flags(false, true, false)),
            (ObjectKind::Closure(_) | ObjectKind::Native(_), "name" | "length") => {
                Some(flags(false, false, true))
            }
            _ => None,
        }
    };
    let is_closure = matches!(o.data.borrow().kind, ObjectKind::Closure(_));
    if found.is_none() && is_closure && key.as_str() == "prototype" {
        // Reading it creates the lazy `prototype`, which then is an ordinary own property.
        interp.get_from_object(o, key)?;
        return Ok(o.data.borrow().props.get(key).cloned());
    }
    let Some(f) = found else {
        return Ok(None);
    };
    let value = match &o.data.borrow().kind {
        // A boxed string's characters are not looked up as properties.
        ObjectKind::Primitive(Value::String(s)) => match key.as_array_index() {
            Some(i) => Some(Value::String(s.slice_utf16(i as usize, i as usize + 1))),
            None => Some(Value::Number(s.utf16_len() as f64)),
        },
        _ => None,
    };
    let value = match value {
        Some(v) => v,
        None => interp.get_from_object(o, key)?,
    };
    Ok(Some(Prop::data(value, f)))
}

fn get_own_property_descriptor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let key = interp.to_property_key(&call.arg(1), call.site)?;
    descriptor_of(interp, &o, &key)
}

fn get_own_property_descriptors(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let keys = own_property_names(&o);
    let out = interp.new_object();
    for k in keys {
        let desc = descriptor_of(interp, &o, &k)?;
        if !matches!(desc, Value::Undefined) {
            out.data.borrow_mut().set_own(k, desc);
        }
    }
    Ok(Value::Object(out))
}

fn define_property(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let Value::Object(o) = call.arg(0) else {
        return Err(interp.type_error("Object.defineProperty called on non-object", call.site));
    };
    let key = interp.to_property_key(&call.arg(1), call.site)?;
    apply_descriptor(interp, &o, key, &call.arg(2), call)?;
    Ok(call.arg(0))
}

fn get_own_property_names(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let keys = own_property_names(&o);
    let out = keys.into_iter().map(Value::String).collect();
    Ok(Value::Object(interp.new_array(out)))
}

/// Every own string key, hidden ones and an array's or string's `length` included.
pub(crate) fn own_property_names(o: &ObjRef) -> Vec<JsStr> {
    let d = o.data.borrow();
    let mut keys = d.own_keys(false);
    let has_length = matches!(
        d.kind,
        ObjectKind::Array(_) | ObjectKind::Primitive(Value::String(_))
    );
    // A function's `length` and `name` are virtual unless overwritten; they come first, and
    // then a `prototype` not created yet.
    let mut function_keys: Vec<JsStr> = if d.is_callable() {
        ["length", "name"]
            .into_iter()
            .filter(|k| !d.props.contains_key(*k))
            .map(JsStr::from)
            .collect()
    } else {
        Vec::new()
    };
    if matches!(&d.kind, ObjectKind::Closure(c) if c.prototype_pending) {
        function_keys.push(JsStr::from("prototype"));
    }
    drop(d);
    if has_length {
        let at = keys
            .iter()
            .position(|k| k.as_array_index().is_none())
            .unwrap_or(keys.len());
        keys.insert(at, JsStr::from("length"));
    }
    keys.splice(0..0, function_keys);
    keys
}

fn is(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(call.arg(0).same_value(&call.arg(1))))
}

fn require_callable_this(interp: &mut Interp, call: &NativeCall, what: &str) -> JsResult<()> {
    if interp.is_callable(&call.this) {
        return Ok(());
    }
    let msg = format!("Function.prototype.{what} called on a non-function");
    Err(interp.type_error(&msg, call.site))
}

/// `f.call(thisArg, ...args)`
fn function_call(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    require_callable_this(interp, call, "call")?;
    let args = call.args.iter().skip(1).cloned().collect();
    interp.call(&call.this, call.arg(0), args, call.site)
}

/// `f.apply(thisArg, arrayLike)`
fn function_apply(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    require_callable_this(interp, call, "apply")?;
    let args = match call.arg(1) {
        Value::Undefined | Value::Null => Vec::new(),
        list => create_list_from_array_like(interp, &list, call.site)?,
    };
    interp.call(&call.this, call.arg(0), args, call.site)
}

/// CreateListFromArrayLike (`Function.prototype.apply`, `Reflect.apply`/`construct`): like
/// V8, a list longer than an array can hold is refused before anything is read.
pub(crate) fn create_list_from_array_like(
    interp: &mut Interp,
    list: &Value,
    site: crate::syntax::ast::Span,
) -> JsResult<Vec<Value>> {
    let Value::Object(o) = list else {
        return Err(interp.type_error("CreateListFromArrayLike called on non-object", site));
    };
    let len = super::array::length_of(interp, o, site)?;
    if len > interp.limits.max_dense_array_length {
        let msg = crate::interp::arrays::INVALID_ARRAY_LENGTH;
        return Err(interp.range_error(msg, site));
    }
    (0..len)
        .map(|i| super::array::get_index(interp, o, i))
        .collect()
}

/// `f.bind(thisArg, ...args)`: a function named `bound f` that prepends the bound arguments.
///
/// A chain of N binds costs O(N): each bound function keeps its target and, when the target is
/// itself bound and still has its own name, shares the target's base name with one more
/// `bound ` prefix rather than a copy of the longer name.
fn function_bind(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    require_callable_this(interp, call, "bind")?;
    let target = call.this.clone();
    let (name_base, bound_depth) = match bound_name_of(&target) {
        Some((base, depth)) => (base, depth + 1),
        None => match interp.get(&target, &JsStr::from("name"), call.site)? {
            Value::String(s) => (s, 1),
            _ => (JsStr::from(""), 1),
        },
    };
    let length = match interp.get(&target, &JsStr::from("length"), call.site)? {
        Value::Number(n) => (n - call.args.len().saturating_sub(1) as f64).max(0.0) as u32,
        _ => 0,
    };
    let mut data = vec![target, call.arg(0)];
    data.extend(call.args.iter().skip(1).cloned());
    let f = super::native_closure(interp, "", length, bound_call, false, data);
    if let ObjectKind::Native(n) = &mut f.data.borrow_mut().kind {
        n.name_base = name_base;
        n.bound_depth = bound_depth;
    }
    Ok(Value::Object(f))
}

/// The base name and number of `bound ` prefixes of a bound function whose `name` is still
/// the one `bind` gave it (reading it then has no effect, so it need not be read).
fn bound_name_of(f: &Value) -> Option<(JsStr, u32)> {
    let Value::Object(o) = f else {
        return None;
    };
    let data = o.data.borrow();
    match &data.kind {
        ObjectKind::Native(n) if n.bound_depth > 0 && !data.props.contains_key("name") => {
            Some((n.name_base.clone(), n.bound_depth))
        }
        _ => None,
    }
}

/// Calls a bound function. A chain of bound functions is unwrapped here, in a loop, down to
/// the function at its end, so a long chain neither recurses nor stacks frames: the innermost
/// bind's `this` is used, and the bound arguments come innermost first.
fn bound_call(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut layers: Vec<Vec<Value>> = Vec::new();
    let mut current = call.callee.clone();
    let (target, this) = loop {
        let next = match &current.data.borrow().kind {
            ObjectKind::Native(n) if n.bound_depth > 0 => {
                layers.push(n.data.get(2..).unwrap_or_default().to_vec());
                let target = n.data.first().cloned().unwrap_or_default();
                let this = n.data.get(1).cloned().unwrap_or_default();
                match target {
                    Value::Object(inner) if is_bound(&inner) => Ok(inner),
                    target => Err((target, this)),
                }
            }
            // Only bound functions run `bound_call`; anything else calls `undefined`.
            _ => Err((Value::Undefined, Value::Undefined)),
        };
        match next {
            Ok(inner) => current = inner,
            Err(end) => break end,
        }
    };
    let mut args: Vec<Value> = layers.into_iter().rev().flatten().collect();
    args.extend(call.args.iter().cloned());
    interp.call(&target, this, args, call.site)
}

fn is_bound(o: &ObjRef) -> bool {
    matches!(&o.data.borrow().kind, ObjectKind::Native(n) if n.bound_depth > 0)
}

/// `Object.hasOwn(o, key)`
fn has_own(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let key = interp.to_property_key(&call.arg(1), call.site)?;
    let own = o.data.borrow().has_own(&key);
    Ok(Value::Bool(own))
}

/// `Object.getOwnPropertySymbols(o)`
fn get_own_property_symbols(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = to_object(interp, &call.arg(0), call)?;
    let symbols = o.data.borrow().own_symbol_keys(false);
    let symbols = symbols.into_iter().map(Value::Symbol).collect();
    Ok(Value::Object(interp.new_array(symbols)))
}

/// `Object.seal(o)`: no property can be added or removed; values stay writable.
fn seal(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let Value::Object(o) = call.arg(0) {
        fix_properties(&o, false);
    }
    Ok(call.arg(0))
}

fn is_sealed(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(match call.arg(0) {
        Value::Object(o) => is_fixed(&o, false),
        _ => true,
    }))
}

/// `o.propertyIsEnumerable(key)`: an own property that `for…in` / `Object.keys` would show
/// (or an own enumerable symbol).
fn property_is_enumerable(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let key = interp.to_property_key(&call.arg(0), call.site)?;
    let o = match &call.this {
        v if v.is_nullish() => {
            return Err(interp.type_error("Cannot convert undefined or null to object", call.site));
        }
        v => interp.to_object(v),
    };
    let data = o.data.borrow();
    let enumerable = match data.props.get(&key) {
        Some(p) => p.flags.enumerable,
        None => data.own_keys(true).contains(&key),
    };
    Ok(Value::Bool(enumerable))
}
