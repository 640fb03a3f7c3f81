//! The built-in objects: the intrinsic prototypes every value links to, and the global object
//! with its functions. Each submodule installs one family (`promise`, `console`, `math`, …).
//!
//! Invariant: built-in methods are non-enumerable own properties of their prototype or
//! constructor, so `Object.keys` and `console.log` do not show them, as in node.

pub mod array;
pub mod async_fn;
pub mod collections;
pub mod error;
pub mod generator;
pub mod globals;
pub mod iterator;
pub mod json;
pub mod math;
pub mod message;
pub mod object;
pub mod promise;
pub mod reflect;
pub mod string;
pub mod symbol;

use crate::interp::{Interp, JsResult};
use crate::value::heap::{self, ObjRef};
use crate::value::object::{
    NativeCall, NativeFn, NativeFunction, Object, ObjectKind, Prop, PropFlags,
};
use crate::value::{JsStr, Value};

/// Creates a native function object.
pub fn native_function(
    interp: &Interp,
    name: &str,
    length: u32,
    call: NativeFn,
    constructor: bool,
) -> ObjRef {
    native_closure(interp, name, length, call, constructor, Vec::new())
}

/// Creates a native function object that carries captured values (see `NativeCall::data`).
pub fn native_closure(
    interp: &Interp,
    name: &str,
    length: u32,
    call: NativeFn,
    constructor: bool,
    data: Vec<Value>,
) -> ObjRef {
    let f = NativeFunction {
        name_base: JsStr::from(name),
        bound_depth: 0,
        full_name: Default::default(),
        length,
        call,
        constructor,
        data,
    };
    heap::alloc_object(Object::new(
        Some(interp.intrinsics.function_proto.clone()),
        ObjectKind::Native(Box::new(f)),
    ))
}

/// Installs a non-enumerable method `name` on `target`.
pub fn define_method(interp: &Interp, target: &ObjRef, name: &str, length: u32, call: NativeFn) {
    let f = native_function(interp, name, length, call, false);
    target
        .data
        .borrow_mut()
        .set_hidden(JsStr::from(name), Value::Object(f));
}

/// Installs a non-enumerable getter `name` on `target` (the function is named `get name`).
pub fn define_getter(interp: &Interp, target: &ObjRef, name: &str, call: NativeFn) {
    let f = native_function(interp, &format!("get {name}"), 0, call, false);
    let flags = PropFlags {
        enumerable: false,
        ..PropFlags::ACCESSOR
    };
    target
        .data
        .borrow_mut()
        .set_accessor(JsStr::from(name), Some(f), None, flags);
}

/// The prototype of an object a native constructor creates: `prototype` of the constructor
/// `new` was applied to — a subclass's when reached through `super(…)` — or `fallback`.
pub fn prototype_for_new(
    interp: &mut Interp,
    call: &NativeCall,
    fallback: &ObjRef,
) -> JsResult<ObjRef> {
    let target = call.new_target.as_ref().unwrap_or(call.callee);
    match interp.get_from_object(target, &JsStr::from("prototype"))? {
        Value::Object(p) => Ok(p),
        _ => Ok(fallback.clone()),
    }
}

/// Installs a non-enumerable, read-only value (`Math.PI`, `NaN`).
pub fn define_constant(target: &ObjRef, name: &str, value: Value) {
    let flags = PropFlags {
        writable: false,
        enumerable: false,
        configurable: false,
    };
    target
        .data
        .borrow_mut()
        .props
        .insert(JsStr::from(name), Prop::data(value, flags));
}

/// Creates a constructor function linked with its prototype both ways.
pub fn define_constructor(
    interp: &Interp,
    name: &str,
    length: u32,
    call: NativeFn,
    proto: &ObjRef,
) -> ObjRef {
    let ctor = native_function(interp, name, length, call, true);
    let flags = PropFlags {
        writable: false,
        enumerable: false,
        configurable: false,
    };
    ctor.data.borrow_mut().props.insert(
        JsStr::from("prototype"),
        Prop::data(Value::Object(proto.clone()), flags),
    );
    proto
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("constructor"), Value::Object(ctor.clone()));
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden(JsStr::from(name), Value::Object(ctor.clone()));
    ctor
}

/// Fills the global object and the intrinsic prototypes.
pub fn install_globals(interp: &mut Interp) {
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("globalThis"), Value::Object(global.clone()));
    define_constant(&global, "undefined", Value::Undefined);
    define_constant(&global, "NaN", Value::Number(f64::NAN));
    define_constant(&global, "Infinity", Value::Number(f64::INFINITY));
    object::install(interp);
    globals::install(interp);
    error::install(interp);
    array::install(interp);
    string::install(interp);
    math::install(interp);
    json::install(interp);
    promise::install(interp);
    collections::install(interp);
    symbol::install(interp);
    iterator::install(interp);
    generator::install(interp);
    reflect::install(interp);
    if std::env::var_os(crate::util::fatal::TEST_PANIC_VARIABLE).is_some_and(|v| v == "1") {
        install_test_panic(interp);
    }
}

/// Test-only (see [`crate::util::fatal::TEST_PANIC_VARIABLE`]): a global function that panics, so
/// that the report of an internal error can be tested from the command line.
fn install_test_panic(interp: &mut Interp) {
    let f = native_function(interp, "__minnowTestPanic", 0, test_panic, false);
    interp
        .global()
        .data
        .borrow_mut()
        .set_hidden(JsStr::from("__minnowTestPanic"), Value::Object(f));
}

fn test_panic(_: &mut Interp, _: &NativeCall) -> JsResult<Value> {
    panic!("{}", crate::util::fatal::TEST_PANIC_MESSAGE)
}
