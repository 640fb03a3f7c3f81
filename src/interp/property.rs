//! Property access: `[[Get]]`, `[[Set]]`, `in` and `delete` along the prototype chain, with
//! the virtual properties of exotic objects (array indices and `length`, string indices and
//! `length`, a function's `name`, `length` and lazily created `prototype`).
//!
//! Accessors run JavaScript: a getter found anywhere on the chain is called with the original
//! receiver as `this`, and so is a setter that an assignment finds (own or inherited) — which
//! is why `get`/`set` return `JsResult`. `has_property` only looks, and never calls a getter.

use crate::syntax::ast::Span;
use crate::value::heap::{self, ObjRef};
use crate::value::object::{Element, Object, ObjectKind, Prop, PropFlags, Slot};
use crate::value::{JsStr, Value};

use super::arrays::{not_extensible_message, read_only_message, undeletable_message};
use super::{Interp, JsResult};

/// The outcome of looking for a key among one object's own properties.
enum Own {
    Found(Value),
    /// An accessor: its getter, if it has one.
    Getter(Option<ObjRef>),
    Missing,
}

/// How [`Interp::write_data`] ended.
/// The key and value travel back in the cases that still need them, so the common write
/// moves them without cloning.
enum Write {
    Done,
    /// An accessor is in charge: call its setter (none: the write fails).
    Setter(Option<ObjRef>, JsStr, Value),
    /// Sloppy code ignores the write; class code throws.
    Refused(Refusal, JsStr),
    /// `array.length = value`: ArraySetLength, which converts the value (and may run code).
    ArrayLength(Value),
}

enum Refusal {
    ReadOnly,
    NotExtensible,
}

/// What an assignment finds for a key that is not an own property: the inherited property
/// decides whether the write creates an own property, calls a setter, or fails.
enum Inherited {
    Nothing,
    ReadOnly,
    Accessor(Option<ObjRef>),
}

impl Interp {
    /// `target[key]` for any value (primitives use their prototype).
    pub fn get(&mut self, target: &Value, key: &JsStr, site: Span) -> JsResult<Value> {
        let start = match target {
            Value::Object(o) => o.clone(),
            Value::String(s) => {
                if key.as_str() == "length" {
                    return Ok(Value::Number(s.utf16_len() as f64));
                }
                if let Some(i) = key.as_array_index() {
                    return Ok(match s.code_unit_at(i as usize) {
                        Some(_) => Value::String(s.slice_utf16(i as usize, i as usize + 1)),
                        None => Value::Undefined,
                    });
                }
                self.intrinsics.string_proto.clone()
            }
            Value::Number(_) => self.intrinsics.number_proto.clone(),
            Value::Bool(_) => self.intrinsics.boolean_proto.clone(),
            Value::Symbol(_) => self.intrinsics.symbol_proto.clone(),
            Value::Undefined | Value::Null | Value::Empty => {
                let what = if matches!(target, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let key = crate::value::symbol::key_for_message(key);
                let msg = format!("Cannot read properties of {what} (reading '{key}')");
                return Err(self.type_error(&msg, site));
            }
        };
        Ok(self
            .lookup(&start, key, target, site)?
            .unwrap_or(Value::Undefined))
    }

    /// Looks `key` up on `object` and its prototype chain (a getter runs with `object` as
    /// `this`).
    pub fn get_from_object(&mut self, object: &ObjRef, key: &JsStr) -> JsResult<Value> {
        Ok(self.find_property(object, key)?.unwrap_or_default())
    }

    /// The value of `key` on `object` or its prototype chain, or `None` if no object on the
    /// chain has it (`get` and `in` in one walk).
    pub fn find_property(&mut self, object: &ObjRef, key: &JsStr) -> JsResult<Option<Value>> {
        let receiver = Value::Object(object.clone());
        self.lookup(object, key, &receiver, Span::default())
    }

    /// `[[Get]]` starting at `start` with `receiver` as the getter's `this` (they differ for
    /// primitives and `super.x`).
    pub fn lookup(
        &mut self,
        start: &ObjRef,
        key: &JsStr,
        receiver: &Value,
        site: Span,
    ) -> JsResult<Option<Value>> {
        let mut current = start.clone();
        loop {
            match self.get_own(&current, key) {
                Own::Found(v) => return Ok(Some(v)),
                Own::Getter(Some(g)) => {
                    let g = Value::Object(g);
                    return self.call(&g, receiver.clone(), Vec::new(), site).map(Some);
                }
                Own::Getter(None) => return Ok(Some(Value::Undefined)),
                Own::Missing => {}
            }
            let next = current.data.borrow().proto.clone();
            match next {
                Some(n) => current = n,
                None => return Ok(None),
            }
        }
    }

    /// An own property's value, including the virtual ones.
    fn get_own(&mut self, object: &ObjRef, key: &JsStr) -> Own {
        let data = object.data.borrow();
        if let ObjectKind::Array(elements) = &data.kind {
            if let Some(i) = key.as_array_index() {
                return match elements.get(i) {
                    None => Own::Missing,
                    Some(Element::Plain(v)) => Own::Found(v.clone()),
                    Some(Element::Prop(p)) => match &p.slot {
                        Slot::Data(v) => Own::Found(v.clone()),
                        Slot::Accessor(a) => Own::Getter(a.get.clone()),
                    },
                };
            }
            if key.as_str() == "length" {
                return Own::Found(Value::Number(elements.len() as f64));
            }
        }
        if let Some(p) = data.props.get(key) {
            return match &p.slot {
                Slot::Data(v) => Own::Found(v.clone()),
                Slot::Accessor(a) => Own::Getter(a.get.clone()),
            };
        }
        match &data.kind {
            ObjectKind::Closure(c) => match key.as_str() {
                "name" => Own::Found(Value::String(function_name(&c.func))),
                "length" => Own::Found(Value::Number(
                    c.func
                        .params
                        .iter()
                        .take_while(|p| p.default.is_none() && !p.rest)
                        .count() as f64,
                )),
                "prototype" if c.prototype_pending => {
                    drop(data);
                    Own::Found(Value::Object(self.materialize_prototype(object)))
                }
                _ => Own::Missing,
            },
            ObjectKind::Native(n) => match key.as_str() {
                "name" => Own::Found(Value::String(n.name())),
                "length" => Own::Found(Value::Number(n.length as f64)),
                _ => Own::Missing,
            },
            ObjectKind::Primitive(Value::String(s)) => {
                if key.as_str() == "length" {
                    return Own::Found(Value::Number(s.utf16_len() as f64));
                }
                Own::Missing
            }
            _ => Own::Missing,
        }
    }

    /// Creates a function's `prototype` object on first use: `{ constructor: f }`.
    fn materialize_prototype(&mut self, function: &ObjRef) -> ObjRef {
        let is_generator = matches!(&function.data.borrow().kind,
            ObjectKind::Closure(c) if c.func.is_generator);
        let proto = if is_generator {
            // A generator function's `prototype` is its generators' prototype, without a
            // `constructor` link.
            self.object_with_proto(Some(self.intrinsics.generator_proto.clone()))
        } else {
            let proto = self.new_object();
            proto
                .data
                .borrow_mut()
                .set_hidden(JsStr::from("constructor"), Value::Object(function.clone()));
            proto
        };
        let mut f = function.data.borrow_mut();
        if let ObjectKind::Closure(c) = &mut f.kind {
            c.prototype_pending = false;
        }
        f.props.insert(
            JsStr::from("prototype"),
            Prop::data(
                Value::Object(proto.clone()),
                PropFlags {
                    enumerable: false,
                    configurable: false,
                    writable: true,
                },
            ),
        );
        proto
    }

    /// `target[key] = value`.
    pub fn set(&mut self, target: &Value, key: JsStr, value: Value, site: Span) -> JsResult<()> {
        match target {
            Value::Object(o) => self.set_property(o, key, value, site),
            Value::Undefined | Value::Null | Value::Empty => {
                let what = if matches!(target, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let msg = format!("Cannot set properties of {what} (setting '{key}')");
                Err(self.type_error(&msg, site))
            }
            // Sloppy mode: assignments to properties of primitives are silently dropped.
            _ => Ok(()),
        }
    }

    /// `object[key] = value` from Rust code (no call site to report).
    pub fn set_on_object(&mut self, object: &ObjRef, key: JsStr, value: Value) -> JsResult<()> {
        self.set_property(object, key, value, Span::default())
    }

    /// OrdinarySet: writes an own data property, calls a setter found on the object or its
    /// prototype chain (with `object` as `this`), or creates an own property unless a
    /// non-writable one or a getter without setter is inherited. Strict code throws where
    /// sloppy code silently does nothing.
    pub fn set_property(
        &mut self,
        object: &ObjRef,
        key: JsStr,
        value: Value,
        site: Span,
    ) -> JsResult<()> {
        let throw = self.in_strict_code();
        self.set_property_with(object, key, value, site, throw)
    }

    /// Set(O, P, V, true): what built-ins use; a refused write throws even in sloppy code.
    pub fn set_or_throw(
        &mut self,
        object: &ObjRef,
        key: JsStr,
        value: Value,
        site: Span,
    ) -> JsResult<()> {
        self.set_property_with(object, key, value, site, true)
    }

    fn set_property_with(
        &mut self,
        object: &ObjRef,
        key: JsStr,
        value: Value,
        site: Span,
        throw: bool,
    ) -> JsResult<()> {
        let (setter, key, value) = match self.write_data(object, key, value) {
            Write::Done => return Ok(()),
            Write::Setter(setter, key, value) => (setter, key, value),
            Write::ArrayLength(value) => {
                return self.assign_array_length(object, &value, throw, site);
            }
            Write::Refused(..) if !throw => return Ok(()),
            Write::Refused(reason, key) => {
                let msg = match reason {
                    Refusal::ReadOnly => read_only_message(key.as_str(), object),
                    Refusal::NotExtensible => not_extensible_message(key.as_str()),
                };
                return Err(self.type_error(&msg, site));
            }
        };
        match setter {
            Some(f) => {
                let f = Value::Object(f);
                self.call(&f, Value::Object(object.clone()), vec![value], site)?;
                Ok(())
            }
            None if throw => {
                let shown = super::arrays::shown_in_message(object);
                let msg = format!("Cannot set property {key} of {shown} which has only a getter");
                Err(self.type_error(&msg, site))
            }
            None => Ok(()),
        }
    }

    /// The data-property part of [`Self::set_property`].
    fn write_data(&mut self, object: &ObjRef, key: JsStr, value: Value) -> Write {
        let mut data = object.data.borrow_mut();
        if data.is_array() {
            if let Some(i) = key.as_array_index() {
                return write_element(&mut data, i, key, value);
            }
            if key.as_str() == "length" {
                return Write::ArrayLength(value);
            }
        }
        if let ObjectKind::Closure(c) = &mut data.kind
            && key.as_str() == "prototype"
        {
            c.prototype_pending = false;
        }
        if let Some(p) = data.props.get_mut(&key) {
            return match &mut p.slot {
                Slot::Data(v) if p.flags.writable => {
                    *v = value;
                    Write::Done
                }
                Slot::Data(_) => Write::Refused(Refusal::ReadOnly, key),
                Slot::Accessor(a) => Write::Setter(a.set.clone(), key, value),
            };
        }
        match inherited(&data, &key) {
            Inherited::Accessor(setter) => return Write::Setter(setter, key, value),
            Inherited::ReadOnly => return Write::Refused(Refusal::ReadOnly, key),
            Inherited::Nothing if !data.extensible => {
                return Write::Refused(Refusal::NotExtensible, key);
            }
            Inherited::Nothing => {}
        }
        data.props
            .insert(key, Prop::data(value, PropFlags::DEFAULT));
        Write::Done
    }

    /// `key in object`
    pub fn has_property(&mut self, object: &ObjRef, key: &JsStr) -> bool {
        let mut current = object.clone();
        loop {
            if !matches!(self.get_own(&current, key), Own::Missing) {
                return true;
            }
            let next = current.data.borrow().proto.clone();
            match next {
                Some(n) => current = n,
                None => return false,
            }
        }
    }

    /// `delete object[key]`: true unless the property is non-configurable.
    pub fn delete_property(&mut self, object: &ObjRef, key: &JsStr) -> bool {
        let mut data = object.data.borrow_mut();
        if let ObjectKind::Array(elements) = &mut data.kind {
            if let Some(i) = key.as_array_index() {
                return match elements.get(i).map(|e| e.flags().configurable) {
                    None => true,
                    Some(false) => false,
                    Some(true) => {
                        elements.remove(i);
                        true
                    }
                };
            }
            if key.as_str() == "length" {
                return false;
            }
        }
        match data.props.get(key) {
            Some(p) if !p.flags.configurable => false,
            Some(_) => {
                data.props.shift_remove(key);
                true
            }
            None => true,
        }
    }

    /// DeletePropertyOrThrow: what built-ins use to delete.
    pub fn delete_or_throw(&mut self, object: &ObjRef, key: &JsStr, site: Span) -> JsResult<()> {
        if self.delete_property(object, key) {
            return Ok(());
        }
        let msg = undeletable_message(key.as_str(), object);
        Err(self.type_error(&msg, site))
    }

    /// Creates an ordinary object with the given prototype.
    pub fn object_with_proto(&self, proto: Option<ObjRef>) -> ObjRef {
        heap::alloc_object(Object::new(proto, ObjectKind::Ordinary))
    }
}

/// The data-property part of an assignment to array element `i` (ArrayDefineOwnProperty as
/// OrdinarySet reaches it): an own element is written (or its setter called); a new one needs
/// an extensible array, nothing read-only or a setter inherited, and a writable `length` when
/// it lies past the end.
fn write_element(data: &mut Object, i: u32, key: JsStr, value: Value) -> Write {
    let ObjectKind::Array(elements) = &data.kind else {
        unreachable!("only called for arrays");
    };
    let own = elements.get(i).map(|e| match e {
        Element::Plain(_) => Ok(true),
        Element::Prop(p) => match &p.slot {
            Slot::Data(_) => Ok(p.flags.writable),
            Slot::Accessor(a) => Err(a.set.clone()),
        },
    });
    let past_end = i >= elements.len();
    let length_writable = elements.length_writable();
    match own {
        Some(Ok(true)) => {
            if let ObjectKind::Array(elements) = &mut data.kind {
                elements.replace_value(i, value);
            }
            return Write::Done;
        }
        Some(Ok(false)) => return Write::Refused(Refusal::ReadOnly, key),
        Some(Err(setter)) => return Write::Setter(setter, key, value),
        None => {}
    }
    match inherited(data, &key) {
        Inherited::Accessor(setter) => return Write::Setter(setter, key, value),
        Inherited::ReadOnly => return Write::Refused(Refusal::ReadOnly, key),
        Inherited::Nothing => {}
    }
    if !data.extensible {
        return Write::Refused(Refusal::NotExtensible, key);
    }
    if past_end && !length_writable {
        return Write::Refused(Refusal::ReadOnly, JsStr::from("length"));
    }
    if let ObjectKind::Array(elements) = &mut data.kind {
        elements.define(i, Prop::data(value, PropFlags::DEFAULT));
    }
    Write::Done
}

/// What the prototype chain of `data` holds under `key`, for an assignment.
fn inherited(data: &Object, key: &JsStr) -> Inherited {
    let verdict = |prop: &Prop| match &prop.slot {
        Slot::Accessor(a) => Inherited::Accessor(a.set.clone()),
        Slot::Data(_) if !prop.flags.writable => Inherited::ReadOnly,
        Slot::Data(_) => Inherited::Nothing,
    };
    let index = key.as_array_index();
    let mut current = data.proto.clone();
    while let Some(p) = current {
        let d = p.data.borrow();
        let found = match (&d.kind, index) {
            (ObjectKind::Array(elements), Some(i)) => elements.get(i).map(|e| match e {
                Element::Plain(_) => Inherited::Nothing,
                Element::Prop(p) => verdict(p),
            }),
            _ => d.props.get(key).map(verdict),
        };
        if let Some(found) = found {
            return found;
        }
        current = d.proto.clone();
    }
    Inherited::Nothing
}

/// A function's `name`: its declared or inferred name, or the empty string.
pub fn function_name(func: &crate::syntax::ast::Function) -> JsStr {
    thread_local! {
        static EMPTY: JsStr = JsStr::from("");
    }
    match &func.name {
        Some(n) => n.name.clone(),
        None => EMPTY.with(JsStr::clone),
    }
}
