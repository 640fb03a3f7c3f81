//! The realm's intrinsic objects: the prototypes and constructors the evaluator itself must
//! reach (for literals, built-in errors, iteration shortcuts). They are allocated empty by
//! [`Intrinsics::create`]; `builtins::install_globals` fills them with the library's methods.

use std::rc::Rc;

use crate::interp::ErrorKind;
use crate::value::Value;
use crate::value::heap::{self, ObjRef};
use crate::value::object::{Object, ObjectKind};

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
        let array_proto = proto(ObjectKind::Array(crate::value::object::ArrayData::default()));
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
