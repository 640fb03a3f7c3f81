//! The array exotic object's own rules (ECMA-262 §10.4.2) at the interpreter level: creating
//! arrays with a checked length, ArraySetLength for `a.length = v`, and node's messages for the
//! changes an array (or any object) refuses.
//!
//! Invariant: every array length that comes from a program (`new Array(n)`, `a.length = n`,
//! the length of a result a built-in creates) passes [`Interp::check_array_length`] before
//! anything is allocated for it, so a length above `Limits::max_array_length` is node's
//! `RangeError: Invalid array length` and never an allocation. Elements themselves are only
//! ever stored as they are written (see `object::ArrayData`).

use crate::syntax::ast::Span;
use crate::value::heap::{self, ObjRef};
use crate::value::object::{ArrayData, Object, ObjectKind};
use crate::value::{JsStr, Value, to_uint32};

use super::{Interp, JsResult};

/// node's message for a length no array may have.
pub const INVALID_ARRAY_LENGTH: &str = "Invalid array length";

/// How V8 names an object in "read only" and "delete" messages: `[object Array]` for arrays,
/// `#<Ctor>` otherwise.
pub fn shown_in_message(o: &ObjRef) -> String {
    if o.data.borrow().is_array() {
        "[object Array]".to_string()
    } else {
        crate::interp::describe::constructor_tag(o)
    }
}

/// An assignment to a read-only property (`'use strict'`, or a built-in's own write).
pub fn read_only_message(key: &str, o: &ObjRef) -> String {
    let shown = shown_in_message(o);
    format!("Cannot assign to read only property '{key}' of object '{shown}'")
}

/// An assignment that would add a property to a non-extensible object.
pub fn not_extensible_message(key: &str) -> String {
    format!("Cannot add property {key}, object is not extensible")
}

/// `Object.defineProperty` adding a property to a non-extensible object (or an element past a
/// read-only `length`).
pub fn define_not_extensible_message(key: &str) -> String {
    format!("Cannot define property {key}, object is not extensible")
}

/// `Object.defineProperty` changing what a non-configurable property does not allow.
pub fn redefine_message(key: &str) -> String {
    format!("Cannot redefine property: {key}")
}

/// Deleting a non-configurable property (strict `delete`, a built-in's DeletePropertyOrThrow,
/// or shrinking `length` over a non-configurable element).
pub fn undeletable_message(key: &str, o: &ObjRef) -> String {
    format!("Cannot delete property '{key}' of {}", shown_in_message(o))
}

impl Interp {
    /// A new array holding `elements` (holes as `Value::Empty`).
    pub fn new_array(&self, elements: Vec<Value>) -> ObjRef {
        self.array_of_data(ArrayData::from_values(elements))
    }

    /// A new array with the given elements store.
    pub fn array_of_data(&self, data: ArrayData) -> ObjRef {
        heap::alloc_object(Object::new(
            Some(self.intrinsics.array_proto.clone()),
            ObjectKind::Array(data),
        ))
    }

    /// ArrayCreate(length): an array of `length` holes, nothing allocated for them.
    pub fn array_create(&mut self, length: f64, site: Span) -> JsResult<ObjRef> {
        let length = self.check_array_length(length, site)?;
        Ok(self.array_of_data(ArrayData::with_length(length)))
    }

    /// The one length check: `length` must be an integer from 0 to
    /// `limits.max_array_length`, else `RangeError: Invalid array length`.
    pub fn check_array_length(&mut self, length: f64, site: Span) -> JsResult<u32> {
        let max = self.limits.max_array_length.min(u32::MAX as u64) as f64;
        if length >= 0.0 && length <= max && length.fract() == 0.0 {
            Ok(length as u32)
        } else {
            Err(self.range_error(INVALID_ARRAY_LENGTH, site))
        }
    }

    /// The new length ArraySetLength reads from `v`: ToUint32 and ToNumber must agree (each
    /// converts `v`, so an object's `valueOf` runs twice, as in node).
    pub fn array_length_from(&mut self, v: &Value, site: Span) -> JsResult<u32> {
        let uint = to_uint32(self.to_number(v, site)?);
        let number = self.to_number(v, site)?;
        if uint as f64 != number {
            return Err(self.range_error(INVALID_ARRAY_LENGTH, site));
        }
        self.check_array_length(number, site)
    }

    /// `a.length = v` (OrdinarySet reaching ArraySetLength). A read-only `length` refuses
    /// before `v` is converted, as V8 does; a shorter length deletes elements from the top and
    /// stops above a non-configurable one. `throw`: fail with a TypeError rather than quietly.
    pub(super) fn assign_array_length(
        &mut self,
        o: &ObjRef,
        value: &Value,
        throw: bool,
        site: Span,
    ) -> JsResult<()> {
        if !array_length_writable(o) {
            return self.refuse(throw, read_only_message("length", o), site);
        }
        let new_len = self.array_length_from(value, site)?;
        let outcome = match &mut o.data.borrow_mut().kind {
            ObjectKind::Array(e) if e.length_writable() => e.set_len(new_len).map_err(Some),
            ObjectKind::Array(_) => Err(None),
            _ => Ok(()),
        };
        match outcome {
            Ok(()) => Ok(()),
            // `valueOf` made `length` read-only meanwhile.
            Err(None) => self.refuse(throw, read_only_message("length", o), site),
            Err(Some(fixed)) => {
                let msg = undeletable_message(&fixed.to_string(), o);
                self.refuse(throw, msg, site)
            }
        }
    }

    /// A refused change: a TypeError when `throw`, else nothing (sloppy code).
    pub(super) fn refuse(&mut self, throw: bool, message: String, site: Span) -> JsResult<()> {
        if throw {
            Err(self.type_error(&message, site))
        } else {
            Ok(())
        }
    }
}

/// Whether `o` is an array whose `length` may still be written.
fn array_length_writable(o: &ObjRef) -> bool {
    matches!(&o.data.borrow().kind, ObjectKind::Array(e) if e.length_writable())
}

/// 2^53 - 1: the largest length an array-like may have.
pub const MAX_SAFE_LENGTH: usize = (1 << 53) - 1;

/// LengthOfArrayLike: ToLength(o.length), from 0 to 2^53 - 1.
pub fn length_of(interp: &mut Interp, o: &ObjRef, site: Span) -> JsResult<usize> {
    match &o.data.borrow().kind {
        ObjectKind::Array(e) => return Ok(e.len() as usize),
        ObjectKind::Primitive(Value::String(s)) => return Ok(s.utf16_len()),
        _ => {}
    }
    let v = interp.get_from_object(o, &JsStr::from("length"))?;
    let n = interp.to_number(&v, site)?;
    Ok(if n.is_nan() || n <= 0.0 {
        0
    } else {
        n.min(MAX_SAFE_LENGTH as f64) as usize
    })
}

/// The key of index `i` as a property name.
pub fn index_key(i: usize) -> JsStr {
    JsStr::from(i.to_string())
}

/// Get(o, i) (holes read through the prototype chain; getters run). Each read is a step
/// (see [`Interp::step`]): a walk over a user-supplied length can be billions of reads that
/// call no JavaScript, and must still meet the heap limit, the fuel and Ctrl-C.
pub fn get_index(interp: &mut Interp, o: &ObjRef, i: usize) -> JsResult<Value> {
    interp.step(Span::default())?;
    let d = o.data.borrow();
    match &d.kind {
        ObjectKind::Array(e) => {
            let index = u32::try_from(i).ok().filter(|&i| i < u32::MAX);
            if let Some(v) = index.and_then(|i| e.value(i)) {
                return Ok(v.clone());
            }
            let missing = index.is_some_and(|i| e.get(i).is_none());
            if missing && interp.intrinsics.is_plain_array_proto(d.proto.as_ref()) {
                return Ok(Value::Undefined);
            }
        }
        ObjectKind::Primitive(Value::String(s)) if i < s.utf16_len() => {
            return Ok(Value::String(s.slice_utf16(i, i + 1)));
        }
        _ => {}
    }
    drop(d);
    interp.get_from_object(o, &index_key(i))
}
