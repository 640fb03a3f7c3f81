//! `Reflect` (ECMA-262 §28.1): the object's internal methods as functions. Each one is the
//! operation the rest of the engine already uses (`[[Get]]` with a receiver,
//! `[[DefineOwnProperty]]`, `[[Construct]]` with a new target, …), with a refusal returned as
//! `false` where the operators and `Object.*` throw or ignore it. Messages are node's.
//! `Reflect.set` is OrdinarySet with its receiver, written out here: the engine's own
//! assignment always writes to the object it starts from.

use crate::interp::define::Descriptor;
use crate::interp::{Interp, JsResult};
use crate::syntax::ast::Span;
use crate::value::heap::ObjRef;
use crate::value::object::{NativeCall, Slot};
use crate::value::{JsStr, Value};

use super::message::message_string;
use super::object::{
    create_list_from_array_like, descriptor_of, ordinary_set_prototype_of, own_property,
    own_property_names, proto_arg, to_descriptor,
};
use super::{define_method, symbol};

pub fn install(interp: &mut Interp) {
    let reflect = interp.new_object();
    // In node's order (`Object.getOwnPropertyNames(Reflect)`).
    let methods: [(&str, u32, crate::value::object::NativeFn); 13] = [
        ("defineProperty", 3, define_property),
        ("deleteProperty", 2, delete_property),
        ("apply", 3, apply),
        ("construct", 2, construct),
        ("get", 2, get),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getPrototypeOf", 1, get_prototype_of),
        ("has", 2, has),
        ("isExtensible", 1, is_extensible),
        ("ownKeys", 1, own_keys),
        ("preventExtensions", 1, prevent_extensions),
        ("set", 3, set),
        ("setPrototypeOf", 2, set_prototype_of),
    ];
    for (name, length, f) in methods {
        define_method(interp, &reflect, name, length, f);
    }
    symbol::define_to_string_tag(&reflect, "Reflect");
    interp
        .global()
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("Reflect"), Value::Object(reflect));
}

/// The first argument, which every method but `apply` and `construct` requires to be an
/// object: `Reflect.get called on non-object`.
fn target(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<ObjRef> {
    match call.arg(0) {
        Value::Object(o) => Ok(o),
        _ => {
            let msg = format!("Reflect.{method} called on non-object");
            Err(interp.type_error(&msg, call.site))
        }
    }
}

/// The property key argument (ToPropertyKey, which may run code).
fn key(interp: &mut Interp, call: &NativeCall) -> JsResult<JsStr> {
    interp.to_property_key(&call.arg(1), call.site)
}

/// `Reflect.apply(target, thisArgument, argumentsList)`
fn apply(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let f = call.arg(0);
    if !interp.is_callable(&f) {
        let article = match &f {
            Value::Null => "null",
            Value::Undefined | Value::Empty => "a undefined",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Symbol(_) => "a symbol",
            Value::Object(_) => "an object",
        };
        let msg = format!(
            "Function.prototype.apply was called on {}, which is {article} and not a function",
            message_string(&f)
        );
        return Err(interp.type_error(&msg, call.site));
    }
    let args = create_list_from_array_like(interp, &call.arg(2), call.site)?;
    interp.call(&f, call.arg(1), args, call.site)
}

/// `Reflect.construct(target, argumentsList[, newTarget])`: `new target(...args)` with the
/// prototype taken from `newTarget` (`target` itself when it is not passed).
fn construct(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let f = call.arg(0);
    let new_target = if call.args.len() > 2 {
        call.arg(2)
    } else {
        f.clone()
    };
    for c in [&f, &new_target] {
        if !interp.is_constructor(c) {
            let msg = format!("{} is not a constructor", message_string(c));
            return Err(interp.type_error(&msg, call.site));
        }
    }
    let args = create_list_from_array_like(interp, &call.arg(1), call.site)?;
    let Value::Object(new_target) = new_target else {
        unreachable!("a constructor is an object");
    };
    interp.construct_with_target(&f, args, &new_target, call.site)
}

/// `Reflect.defineProperty(target, key, attributes)`: whether the definition was allowed.
fn define_property(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "defineProperty")?;
    let key = key(interp, call)?;
    let desc = to_descriptor(interp, &call.arg(2), call)?;
    let done = interp.define_own_property(&o, key, desc, call.site)?;
    Ok(Value::Bool(done.is_ok()))
}

/// `Reflect.deleteProperty(target, key)`: false for a non-configurable property.
fn delete_property(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "deleteProperty")?;
    let key = key(interp, call)?;
    Ok(Value::Bool(interp.delete_property(&o, &key)))
}

/// `Reflect.get(target, key[, receiver])`: a getter runs with `receiver` as `this`.
fn get(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "get")?;
    let key = key(interp, call)?;
    let receiver = if call.args.len() > 2 {
        call.arg(2)
    } else {
        Value::Object(o.clone())
    };
    if let Some(p) = own_property(interp, &o, &key)? {
        // Own first: the virtual properties (a boxed string's characters) live here.
        return match p.slot {
            Slot::Data(v) => Ok(v),
            Slot::Accessor(a) => match a.get {
                Some(g) => interp.call(&Value::Object(g), receiver, Vec::new(), call.site),
                None => Ok(Value::Undefined),
            },
        };
    }
    let proto = o.data.borrow().proto.clone();
    match proto {
        Some(p) => Ok(interp
            .lookup(&p, &key, &receiver, call.site)?
            .unwrap_or_default()),
        None => Ok(Value::Undefined),
    }
}

/// `Reflect.getOwnPropertyDescriptor(target, key)`
fn get_own_property_descriptor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "getOwnPropertyDescriptor")?;
    let key = key(interp, call)?;
    descriptor_of(interp, &o, &key)
}

fn get_prototype_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "getPrototypeOf")?;
    let proto = o.data.borrow().proto.clone();
    Ok(proto.map_or(Value::Null, Value::Object))
}

/// `Reflect.has(target, key)`: the `in` operator.
fn has(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "has")?;
    let key = key(interp, call)?;
    let own = o.data.borrow().has_own(&key);
    Ok(Value::Bool(own || interp.has_property(&o, &key)))
}

fn is_extensible(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "isExtensible")?;
    let extensible = o.data.borrow().extensible;
    Ok(Value::Bool(extensible))
}

/// `Reflect.ownKeys(target)`: every own key, strings (indices first) then symbols.
fn own_keys(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "ownKeys")?;
    let mut keys: Vec<Value> = own_property_names(&o)
        .into_iter()
        .map(Value::String)
        .collect();
    let symbols = o.data.borrow().own_symbol_keys(false);
    keys.extend(symbols.into_iter().map(Value::Symbol));
    Ok(Value::Object(interp.new_array(keys)))
}

fn prevent_extensions(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "preventExtensions")?;
    o.data.borrow_mut().extensible = false;
    Ok(Value::Bool(true))
}

/// `Reflect.set(target, key, value[, receiver])`: whether the write happened.
fn set(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "set")?;
    let key = key(interp, call)?;
    let receiver = if call.args.len() > 3 {
        call.arg(3)
    } else {
        Value::Object(o.clone())
    };
    let done = ordinary_set(interp, &o, key, call.arg(2), &receiver, call.site)?;
    Ok(Value::Bool(done))
}

/// OrdinarySet(O, P, V, Receiver) (§10.1.9.2): the property found on `o` or its prototype
/// chain decides; a data property is then written on (or created on) `receiver`, which need
/// not be `o`, and a setter is called with `receiver` as `this`.
fn ordinary_set(
    interp: &mut Interp,
    o: &ObjRef,
    key: JsStr,
    value: Value,
    receiver: &Value,
    site: Span,
) -> JsResult<bool> {
    let mut current = o.clone();
    let found = loop {
        if let Some(p) = own_property(interp, &current, &key)? {
            break Some(p);
        }
        let next = current.data.borrow().proto.clone();
        match next {
            Some(n) => current = n,
            None => break None,
        }
    };
    if let Some(p) = found {
        match p.slot {
            Slot::Accessor(a) => {
                let Some(setter) = a.set else {
                    return Ok(false);
                };
                interp.call(&Value::Object(setter), receiver.clone(), vec![value], site)?;
                return Ok(true);
            }
            Slot::Data(_) if !p.flags.writable => return Ok(false),
            Slot::Data(_) => {}
        }
    }
    let Value::Object(r) = receiver else {
        return Ok(false);
    };
    let desc = match own_property(interp, r, &key)? {
        Some(existing) => {
            if existing.is_accessor() || !existing.flags.writable {
                return Ok(false);
            }
            Descriptor {
                value: Some(value),
                ..Descriptor::default()
            }
        }
        None => Descriptor::plain(value),
    };
    Ok(interp.define_own_property(r, key, desc, site)?.is_ok())
}

/// `Reflect.setPrototypeOf(target, proto)`: false for a non-extensible target or a cycle.
fn set_prototype_of(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let o = target(interp, call, "setPrototypeOf")?;
    let proto = proto_arg(interp, &call.arg(1), call)?;
    Ok(Value::Bool(ordinary_set_prototype_of(&o, proto).is_ok()))
}
