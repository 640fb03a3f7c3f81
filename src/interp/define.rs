//! [[DefineOwnProperty]]: `Object.defineProperty` and CreateDataProperty, for ordinary objects
//! (ValidateAndApplyPropertyDescriptor) and arrays (ArrayDefineOwnProperty, whose `length`
//! goes through ArraySetLength and whose elements past a read-only `length` are refused).
//!
//! A refusal is a [`Refused`] value; the caller decides whether it becomes node's TypeError
//! (`Object.defineProperty`, CreateDataPropertyOrThrow) or `false`.

use crate::syntax::ast::Span;
use crate::value::heap::ObjRef;
use crate::value::object::{ObjectKind, Prop, PropFlags, Slot};
use crate::value::{JsStr, Value};

use super::arrays::{define_not_extensible_message, redefine_message, undeletable_message};
use super::{Interp, JsResult};

/// A property descriptor as `Object.defineProperty` reads it: each field may be absent.
#[derive(Default)]
pub struct Descriptor {
    pub value: Option<Value>,
    pub writable: Option<bool>,
    pub get: Option<Option<ObjRef>>,
    pub set: Option<Option<ObjRef>>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl Descriptor {
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// `{ value, writable: true, enumerable: true, configurable: true }`: what
    /// CreateDataProperty defines.
    pub fn plain(value: Value) -> Descriptor {
        Descriptor {
            value: Some(value),
            writable: Some(true),
            enumerable: Some(true),
            configurable: Some(true),
            ..Descriptor::default()
        }
    }
}

/// Why a definition was refused.
pub enum Refused {
    /// A non-configurable property would change.
    Redefine(JsStr),
    /// A new property on a non-extensible object, or an element past a read-only `length`.
    NotExtensible(JsStr),
    /// Shrinking `length` stopped at this non-configurable element.
    Undeletable(u32),
}

impl Interp {
    /// [[DefineOwnProperty]](o, key, desc), throwing node's TypeError when it is refused.
    pub fn define_or_throw(
        &mut self,
        o: &ObjRef,
        key: JsStr,
        desc: Descriptor,
        site: Span,
    ) -> JsResult<()> {
        match self.define_own_property(o, key, desc, site)? {
            Ok(()) => Ok(()),
            Err(refused) => {
                let msg = match refused {
                    Refused::Redefine(k) => redefine_message(k.as_str()),
                    Refused::NotExtensible(k) => define_not_extensible_message(k.as_str()),
                    Refused::Undeletable(i) => undeletable_message(&i.to_string(), o),
                };
                Err(self.type_error(&msg, site))
            }
        }
    }

    /// CreateDataPropertyOrThrow(o, key, value).
    pub fn create_data_property_or_throw(
        &mut self,
        o: &ObjRef,
        key: JsStr,
        value: Value,
        site: Span,
    ) -> JsResult<()> {
        self.define_or_throw(o, key, Descriptor::plain(value), site)
    }

    /// [[DefineOwnProperty]]: the outer `Result` carries exceptions (converting an array's new
    /// `length` may run code or be a RangeError), the inner one a refusal.
    pub fn define_own_property(
        &mut self,
        o: &ObjRef,
        key: JsStr,
        desc: Descriptor,
        site: Span,
    ) -> JsResult<Result<(), Refused>> {
        let is_array = o.data.borrow().is_array();
        if is_array && key.as_str() == "length" {
            let new_len = match &desc.value {
                Some(v) => Some(self.array_length_from(v, site)?),
                None => None,
            };
            return Ok(define_array_length(o, new_len, &desc));
        }
        let mut data = o.data.borrow_mut();
        let extensible = data.extensible;
        if let (ObjectKind::Array(elements), Some(i)) = (&mut data.kind, key.as_array_index()) {
            if i >= elements.len() && !elements.length_writable() {
                return Ok(Err(Refused::NotExtensible(key)));
            }
            let current = elements.get(i).map(|e| e.to_prop());
            let prop = match validate_and_apply(current, &desc, extensible) {
                Ok(p) => p,
                Err(refused) => return Ok(Err(refused.with_key(key))),
            };
            elements.define(i, prop);
            return Ok(Ok(()));
        }
        if let ObjectKind::Closure(c) = &mut data.kind
            && key.as_str() == "prototype"
        {
            c.prototype_pending = false;
        }
        let current = data.props.get(&key).cloned();
        match validate_and_apply(current, &desc, extensible) {
            Ok(prop) => {
                data.props.insert(key, prop);
                Ok(Ok(()))
            }
            Err(refused) => Ok(Err(refused.with_key(key))),
        }
    }
}

impl Refused {
    /// Names the property in a refusal made before the key was known.
    fn with_key(self, key: JsStr) -> Refused {
        match self {
            Refused::Redefine(_) => Refused::Redefine(key),
            Refused::NotExtensible(_) => Refused::NotExtensible(key),
            other => other,
        }
    }
}

/// ArrayDefineOwnProperty for `length`: the attributes must fit `length`'s fixed ones
/// (non-enumerable, non-configurable, a data property, writable only while it is); a new
/// value goes through ArraySetLength. `writable: false` applies even when shrinking stops at a
/// non-configurable element.
fn define_array_length(o: &ObjRef, new_len: Option<u32>, desc: &Descriptor) -> Result<(), Refused> {
    let mut data = o.data.borrow_mut();
    let ObjectKind::Array(elements) = &mut data.kind else {
        return Ok(());
    };
    let refuse = || Refused::Redefine(JsStr::from("length"));
    let writable = elements.length_writable();
    if desc.is_accessor()
        || desc.configurable == Some(true)
        || desc.enumerable == Some(true)
        || (!writable && desc.writable == Some(true))
    {
        return Err(refuse());
    }
    let outcome = match new_len {
        Some(n) if n != elements.len() && !writable => return Err(refuse()),
        Some(n) => elements.set_len(n).map_err(Refused::Undeletable),
        None => Ok(()),
    };
    if desc.writable == Some(false) {
        elements.make_length_read_only();
    }
    outcome
}

/// ValidateAndApplyPropertyDescriptor: the property `desc` makes of `current` (or of nothing,
/// on an object that is `extensible` or not). Refusals carry an empty key for the caller to
/// fill in.
fn validate_and_apply(
    current: Option<Prop>,
    desc: &Descriptor,
    extensible: bool,
) -> Result<Prop, Refused> {
    let Some(mut existing) = current else {
        if !extensible {
            return Err(Refused::NotExtensible(JsStr::from("")));
        }
        let flags = PropFlags {
            writable: desc.writable.unwrap_or(false),
            enumerable: desc.enumerable.unwrap_or(false),
            configurable: desc.configurable.unwrap_or(false),
        };
        let slot = if desc.is_accessor() {
            Slot::accessor(desc.get.clone().flatten(), desc.set.clone().flatten())
        } else {
            Slot::Data(desc.value.clone().unwrap_or_default())
        };
        return Ok(Prop { slot, flags });
    };
    if !existing.flags.configurable && changes_fixed_property(&existing, desc) {
        return Err(Refused::Redefine(JsStr::from("")));
    }
    let f = existing.flags;
    let enumerable = desc.enumerable.unwrap_or(f.enumerable);
    let configurable = desc.configurable.unwrap_or(f.configurable);
    match (&mut existing.slot, desc.is_accessor()) {
        (Slot::Accessor(a), true) => {
            if let Some(g) = &desc.get {
                a.get = g.clone();
            }
            if let Some(s) = &desc.set {
                a.set = s.clone();
            }
        }
        // Switching kinds keeps the shared attributes and resets the others.
        (Slot::Data(_), true) => {
            existing.slot = Slot::accessor(desc.get.clone().flatten(), desc.set.clone().flatten());
        }
        (Slot::Accessor(_), false) if desc.value.is_some() || desc.writable.is_some() => {
            existing.slot = Slot::Data(desc.value.clone().unwrap_or_default());
            existing.flags.writable = desc.writable.unwrap_or(false);
        }
        (Slot::Accessor(_), false) => {}
        (Slot::Data(v), false) => {
            if let Some(new) = &desc.value {
                *v = new.clone();
            }
            existing.flags.writable = desc.writable.unwrap_or(f.writable);
        }
    }
    existing.flags.enumerable = enumerable;
    existing.flags.configurable = configurable;
    if existing.is_accessor() {
        existing.flags.writable = false;
    }
    Ok(existing)
}

/// Whether applying `desc` to the non-configurable property `existing` would change it.
fn changes_fixed_property(existing: &Prop, desc: &Descriptor) -> bool {
    let f = existing.flags;
    if desc.configurable == Some(true) || desc.enumerable.is_some_and(|e| e != f.enumerable) {
        return true;
    }
    let same_fn = |a: &Option<ObjRef>, b: &Option<ObjRef>| match (a, b) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    };
    match &existing.slot {
        Slot::Data(old) => {
            desc.is_accessor()
                || (!f.writable
                    && (desc.writable == Some(true)
                        || desc.value.as_ref().is_some_and(|v| !v.same_value(old))))
        }
        Slot::Accessor(a) => {
            desc.value.is_some()
                || desc.writable.is_some()
                || desc.get.as_ref().is_some_and(|g| !same_fn(g, &a.get))
                || desc.set.as_ref().is_some_and(|s| !same_fn(s, &a.set))
        }
    }
}
