//! The built-in objects: the intrinsic prototypes every value links to, and the global object
//! with its functions. Each submodule installs one family (`promise`, `console`, `math`, …).
//!
//! Invariant: built-in methods are non-enumerable own properties of their prototype or
//! constructor, so `Object.keys` and `console.log` do not show them, as in node.

pub mod array;
pub mod async_fn;
pub mod collections;
pub mod console;
pub mod error;
pub mod generator;
pub mod globals;
pub mod inspect;
pub mod iterator;
pub mod json;
pub mod math;
pub mod object;
pub mod promise;
pub mod reflect;
pub mod string;
pub mod symbol;
pub mod timers;

use std::rc::Rc;

use crate::heap::{self, ObjRef};
use crate::interp::{Interp, JsResult};
use crate::object::{NativeCall, NativeFn, NativeFunction, Object, ObjectKind, Prop, PropFlags};
use crate::value::{JsStr, Value};

use error::ErrorKind;

/// The objects the engine itself needs to reach (prototypes of literals and built-in errors).
pub struct Intrinsics {
    pub global: ObjRef,
    pub object_proto: ObjRef,
    pub function_proto: ObjRef,
    pub array_proto: ObjRef,
    pub string_proto: ObjRef,
    pub number_proto: ObjRef,
    pub boolean_proto: ObjRef,
    pub promise_proto: ObjRef,
    pub promise_ctor: ObjRef,
    pub symbol_proto: ObjRef,
    /// `%IteratorPrototype%`: `[Symbol.iterator]() { return this }` for every iterator.
    pub iterator_proto: ObjRef,
    pub array_iterator_proto: ObjRef,
    pub string_iterator_proto: ObjRef,
    pub map_iterator_proto: ObjRef,
    pub set_iterator_proto: ObjRef,
    /// `%GeneratorPrototype%` (`next`, `return`, `throw`).
    pub generator_proto: ObjRef,
    /// The prototypes of generator functions and async functions (`[GeneratorFunction: g]`).
    pub generator_function_proto: ObjRef,
    pub async_function_proto: ObjRef,
    /// The original `Array.prototype.values` (`for…of` over an array whose iteration is not
    /// overridden takes a shortcut).
    pub array_values: Option<ObjRef>,
    /// The original `Array` constructor (ArraySpeciesCreate makes a plain array for it).
    pub array_ctor: Option<ObjRef>,
    /// The original `%GeneratorPrototype%.next` (`for…of` over a generator whose `next` is
    /// not overridden resumes it directly).
    pub generator_next: Option<ObjRef>,
    error_protos: Vec<ObjRef>,
}

impl Intrinsics {
    /// V8's "no elements protector": true while neither `Array.prototype` nor
    /// `Object.prototype` holds an index property (and the chain between them is the
    /// original). A hole in an array whose prototype is `Array.prototype` then reads as
    /// `undefined`, and writing a new element calls no inherited setter, so the fast paths
    /// may skip the prototype chain.
    pub fn array_protos_index_free(&self) -> bool {
        let (Ok(a), Ok(o)) = (
            self.array_proto.data.try_borrow(),
            self.object_proto.data.try_borrow(),
        ) else {
            return false;
        };
        matches!(&a.kind, ObjectKind::Array(e) if e.is_empty())
            && !a.props.may_hold_index_keys()
            && !o.props.may_hold_index_keys()
            && o.proto.is_none()
            && a.proto
                .as_ref()
                .is_some_and(|p| Rc::ptr_eq(p, &self.object_proto))
    }

    /// Whether `proto` (an array's prototype) is `Array.prototype` with the protector intact
    /// (see [`Self::array_protos_index_free`]).
    pub fn is_plain_array_proto(&self, proto: Option<&ObjRef>) -> bool {
        proto.is_some_and(|p| Rc::ptr_eq(p, &self.array_proto)) && self.array_protos_index_free()
    }

    /// Allocates the prototype objects; their methods are installed by [`install_globals`].
    pub fn create() -> Intrinsics {
        let object_proto = heap::alloc_object(Object::new(None, ObjectKind::Ordinary));
        let proto =
            |kind: ObjectKind| heap::alloc_object(Object::new(Some(object_proto.clone()), kind));
        let function_proto = proto(ObjectKind::Ordinary);
        let array_proto = proto(ObjectKind::Array(crate::object::ArrayData::default()));
        let string_proto = proto(ObjectKind::Primitive(Value::str("")));
        let number_proto = proto(ObjectKind::Primitive(Value::Number(0.0)));
        let boolean_proto = proto(ObjectKind::Primitive(Value::Bool(false)));
        let promise_proto = proto(ObjectKind::Ordinary);
        let global = proto(ObjectKind::Ordinary);
        let symbol_proto = proto(ObjectKind::Ordinary);
        let iterator_proto = proto(ObjectKind::Ordinary);
        let iterator_kind = || {
            heap::alloc_object(Object::new(
                Some(iterator_proto.clone()),
                ObjectKind::Ordinary,
            ))
        };
        let array_iterator_proto = iterator_kind();
        let string_iterator_proto = iterator_kind();
        let map_iterator_proto = iterator_kind();
        let set_iterator_proto = iterator_kind();
        let generator_proto = iterator_kind();
        let function_kind = || {
            heap::alloc_object(Object::new(
                Some(function_proto.clone()),
                ObjectKind::Ordinary,
            ))
        };
        let generator_function_proto = function_kind();
        let async_function_proto = function_kind();
        let error_proto = proto(ObjectKind::Ordinary);
        let mut error_protos = vec![error_proto.clone()];
        for _ in ErrorKind::ALL.iter().skip(1) {
            error_protos.push(heap::alloc_object(Object::new(
                Some(error_proto.clone()),
                ObjectKind::Ordinary,
            )));
        }
        Intrinsics {
            global,
            object_proto,
            function_proto,
            array_proto,
            string_proto,
            number_proto,
            boolean_proto,
            promise_proto,
            promise_ctor: heap::alloc_object(Object::new(None, ObjectKind::Ordinary)),
            symbol_proto,
            iterator_proto,
            array_iterator_proto,
            string_iterator_proto,
            map_iterator_proto,
            set_iterator_proto,
            generator_proto,
            generator_function_proto,
            async_function_proto,
            array_values: None,
            array_ctor: None,
            generator_next: None,
            error_protos,
        }
    }

    pub fn error_proto(&self, kind: ErrorKind) -> &ObjRef {
        &self.error_protos[kind as usize]
    }
}

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
    console::install(interp);
    timers::install(interp);
    promise::install(interp);
    collections::install(interp);
    symbol::install(interp);
    iterator::install(interp);
    generator::install(interp);
    reflect::install(interp);
    if std::env::var_os(crate::fatal::TEST_PANIC_VARIABLE).is_some_and(|v| v == "1") {
        install_test_panic(interp);
    }
}

/// Test-only (see [`crate::fatal::TEST_PANIC_VARIABLE`]): a global function that panics, so
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
    panic!("{}", crate::fatal::TEST_PANIC_MESSAGE)
}
