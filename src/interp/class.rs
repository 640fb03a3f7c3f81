//! Classes: defining them (`ClassDefinitionEvaluation`), constructing their instances, and
//! `super`.
//!
//! A class is its constructor closure carrying a [`ClassInfo`] (derived or not, the instance
//! fields). Methods, accessors and field initializers are closures whose `home` is the class
//! prototype (or the class itself for static members): `super.x` reads from the home's
//! prototype with the current `this` as receiver.
//!
//! Invariants:
//! - A derived constructor's frame starts with `this` = `Value::Empty` (the dead zone);
//!   `super(…)` constructs the parent with the frame's `new_target`, binds `this`, then
//!   defines the class's instance fields. A base class defines them before its body runs.
//! - Class code is strict: its closures have `strict` set (see `Closure::strict`).

use std::rc::Rc;

use crate::interp::ErrorKind;
use crate::syntax::ast::{
    Class, ClassMember, Expr, Function, MemberProp, PropKey, PropValue, Span,
};
use crate::value::heap::{EnvRef, ObjRef};
use crate::value::object::{ClassInfo, FieldDef, ObjectKind, Prop, PropFlags};
use crate::value::{JsStr, Value};

use super::{Interp, JsResult};

const THIS_BEFORE_SUPER: &str = "Must call super constructor in derived class before accessing \
                                 'this' or returning from derived constructor";

impl Interp {
    /// Evaluates a class declaration or expression to its constructor.
    pub(super) fn eval_class(&mut self, class: &Class) -> JsResult<ObjRef> {
        let layout = class.scope.get().expect("class was resolved");
        let saved = self.enter_scope(layout);
        let result = self.define_class(class);
        self.exit_scope(saved);
        result
    }

    fn define_class(&mut self, class: &Class) -> JsResult<ObjRef> {
        let (proto_parent, ctor_parent) = match &class.extends {
            None => (
                Some(self.intrinsics.object_proto.clone()),
                self.intrinsics.function_proto.clone(),
            ),
            Some(e) => self.class_heritage(e)?,
        };
        let proto = self.object_with_proto(proto_parent);
        let ctor = self.make_class_member(&class.constructor, &proto);
        {
            let mut c = ctor.data.borrow_mut();
            c.proto = Some(ctor_parent);
            if let ObjectKind::Closure(closure) = &mut c.kind {
                closure.constructable = true;
                closure.class = Some(Box::new(ClassInfo {
                    derived: class.extends.is_some(),
                    explicit_constructor: class.explicit_constructor,
                    fields: Vec::new(),
                }));
            }
            let fixed = PropFlags {
                writable: false,
                enumerable: false,
                configurable: false,
            };
            c.props.insert(
                JsStr::from("prototype"),
                Prop::data(Value::Object(proto.clone()), fixed),
            );
        }
        proto
            .data
            .borrow_mut()
            .set_hidden(JsStr::from("constructor"), Value::Object(ctor.clone()));

        let mut fields = Vec::new();
        // Static fields are defined once every method exists (their initializers may call them).
        let mut static_fields = Vec::new();
        for member in &class.members {
            match member {
                ClassMember::Method { is_static, prop } => {
                    let target = if *is_static { &ctor } else { &proto };
                    let key = self.class_key(&prop.key, prop.span)?;
                    self.define_method_on(target, key, &prop.value, true);
                }
                ClassMember::Field {
                    is_static,
                    key,
                    init,
                    span,
                } => {
                    let key = self.class_key(key, *span)?;
                    let home = if *is_static { &ctor } else { &proto };
                    let init = init.as_ref().map(|f| self.make_class_member(f, home));
                    if *is_static {
                        static_fields.push(FieldDef { key, init });
                    } else {
                        fields.push(FieldDef { key, init });
                    }
                }
            }
        }
        if let ObjectKind::Closure(c) = &mut ctor.data.borrow_mut().kind
            && let Some(info) = &mut c.class
        {
            info.fields = fields;
        }
        if let Some(name) = &class.inner_name {
            self.assign_binding(name, Value::Object(ctor.clone()), true)?;
        }
        let this = Value::Object(ctor.clone());
        for field in static_fields {
            let value = match &field.init {
                Some(f) => {
                    self.call(&Value::Object(f.clone()), this.clone(), vec![], class.span)?
                }
                None => Value::Undefined,
            };
            ctor.data.borrow_mut().set_own(field.key, value);
        }
        Ok(ctor)
    }

    /// `extends e`: the parent's `prototype` (the prototype of the class's prototype; `None`
    /// for `extends null`) and the parent itself (the class's own prototype).
    fn class_heritage(&mut self, e: &Expr) -> JsResult<(Option<ObjRef>, ObjRef)> {
        let parent = self.eval_expr(e)?;
        if let Value::Null = parent {
            return Ok((None, self.intrinsics.function_proto.clone()));
        }
        let p = match &parent {
            Value::Object(p) if self.is_constructor(&parent) => p,
            _ => {
                let shown = self.describe_for_message(&parent);
                let msg = format!("Class extends value {shown} is not a constructor or null");
                return Err(self.type_error(&msg, e.span));
            }
        };
        match self.get(&parent, &JsStr::from("prototype"), e.span)? {
            Value::Object(pp) => Ok((Some(pp), p.clone())),
            Value::Null => Ok((None, p.clone())),
            other => {
                let shown = self.describe_for_message(&other);
                let msg =
                    format!("Class extends value does not have valid prototype property {shown}");
                Err(self.type_error(&msg, e.span))
            }
        }
    }

    fn class_key(&mut self, key: &PropKey, span: Span) -> JsResult<JsStr> {
        match key {
            PropKey::Static(k) => Ok(k.clone()),
            PropKey::Computed(e) => {
                let k = self.eval_expr(e)?;
                self.to_property_key(&k, span)
            }
            PropKey::Spread => unreachable!("class members have no spread keys"),
        }
    }

    /// A method, accessor or field initializer of a class: strict, not a constructor, with
    /// `home` for `super`.
    fn make_class_member(&mut self, f: &Rc<Function>, home: &ObjRef) -> ObjRef {
        let m = self.make_method(f);
        if let ObjectKind::Closure(c) = &mut m.data.borrow_mut().kind {
            c.home = Some(home.clone());
            c.strict = true;
        }
        m
    }

    /// Installs a method, getter or setter on `target`: a class prototype or class
    /// (`class_member`: strict, not enumerable) or an object literal (enumerable).
    pub(super) fn define_method_on(
        &mut self,
        target: &ObjRef,
        key: JsStr,
        value: &PropValue,
        class_member: bool,
    ) {
        let (PropValue::Method(f) | PropValue::Getter(f) | PropValue::Setter(f)) = value else {
            unreachable!("only methods are defined this way")
        };
        let enumerable = !class_member;
        let m = if class_member {
            self.make_class_member(f, target)
        } else {
            let m = self.make_method(f);
            if let ObjectKind::Closure(c) = &mut m.data.borrow_mut().kind {
                c.home = Some(target.clone());
            }
            m
        };
        // A computed key names the function after the key's value.
        if f.name.is_none() {
            let key_name = super::eval::function_name_for_key(&key);
            let name = match value {
                PropValue::Getter(_) => format!("get {key_name}"),
                PropValue::Setter(_) => format!("set {key_name}"),
                _ => key_name,
            };
            m.data
                .borrow_mut()
                .set_hidden(JsStr::from("name"), Value::String(JsStr::from(name)));
        }
        let flags = PropFlags {
            enumerable,
            ..PropFlags::HIDDEN
        };
        let mut t = target.data.borrow_mut();
        match value {
            PropValue::Getter(_) => t.set_accessor(
                key,
                Some(m),
                None,
                PropFlags {
                    writable: false,
                    ..flags
                },
            ),
            PropValue::Setter(_) => t.set_accessor(
                key,
                None,
                Some(m),
                PropFlags {
                    writable: false,
                    ..flags
                },
            ),
            _ => {
                t.props.insert(key, Prop::data(Value::Object(m), flags));
            }
        }
    }

    /// Reads the class facts of a constructor closure.
    pub(super) fn class_info<R>(
        &self,
        f: &ObjRef,
        read: impl FnOnce(&ClassInfo) -> R,
    ) -> Option<R> {
        match &f.data.borrow().kind {
            ObjectKind::Closure(c) => c.class.as_deref().map(read),
            _ => None,
        }
    }

    /// Defines the instance fields of class `class` on `this`, in order.
    pub(super) fn initialize_fields(
        &mut self,
        class: &ObjRef,
        this: &ObjRef,
        site: Span,
    ) -> JsResult<()> {
        let fields: Vec<(JsStr, Option<ObjRef>)> = self
            .class_info(class, |c| {
                c.fields
                    .iter()
                    .map(|f| (f.key.clone(), f.init.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let receiver = Value::Object(this.clone());
        for (key, init) in fields {
            let value = match init {
                Some(f) => self.call(&Value::Object(f), receiver.clone(), vec![], site)?,
                None => Value::Undefined,
            };
            // Fields are defined, not assigned: a setter on the prototype is not called.
            this.data.borrow_mut().set_own(key, value);
        }
        Ok(())
    }

    /// `new B(…)` for a derived class `B`: runs the body with `this` unbound (or, without an
    /// explicit constructor, constructs the parent with the same arguments).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn construct_derived(
        &mut self,
        class: &ObjRef,
        func: Rc<Function>,
        env: EnvRef,
        args: Vec<Value>,
        new_target: &ObjRef,
        explicit: bool,
        site: Span,
    ) -> JsResult<Value> {
        if !explicit {
            let this = self.construct_parent(class, args, new_target, site)?;
            self.initialize_fields(class, &this, site)?;
            return Ok(Value::Object(this));
        }
        let (result, this) = self.run_closure(
            class,
            &func,
            env,
            Value::Empty,
            args,
            site,
            Some(new_target.clone()),
        )?;
        match (result, this) {
            (result @ Value::Object(_), _) => Ok(result),
            (Value::Undefined, Value::Empty) => Err(self.reference_error(THIS_BEFORE_SUPER, site)),
            (Value::Undefined, this) => Ok(this),
            _ => Err(self.type_error(
                "Derived constructors may only return object or undefined",
                site,
            )),
        }
    }

    /// Constructs the parent of `class` (its prototype) for `new_target`.
    fn construct_parent(
        &mut self,
        class: &ObjRef,
        args: Vec<Value>,
        new_target: &ObjRef,
        site: Span,
    ) -> JsResult<ObjRef> {
        let parent = class.data.borrow().proto.clone();
        let parent = parent.map_or(Value::Null, Value::Object);
        if !self.is_constructor(&parent) {
            // `extends null` leaves `Function.prototype` as the parent; V8 calls it `null`.
            let shown = match &parent {
                Value::Object(p) if Rc::ptr_eq(p, &self.intrinsics.function_proto) => {
                    "null".to_string()
                }
                Value::Object(p) => crate::interp::describe::constructor_tag(p),
                other => (self.hooks.inspect)(self, other),
            };
            let name = match self.get_from_object(class, &JsStr::from("name"))? {
                Value::String(n) if !n.is_empty() => n.to_string(),
                _ => "anonymous class".to_string(),
            };
            let msg = format!("Super constructor {shown} of {name} is not a constructor");
            return Err(self.type_error(&msg, site));
        }
        match self.construct_with_target(&parent, args, new_target, site)? {
            Value::Object(o) => Ok(o),
            _ => Err(self.type_error("Super constructor did not return an object", site)),
        }
    }

    /// `super(…args)` in a derived constructor.
    pub(super) fn eval_super_call(&mut self, args: &[Expr], span: Span) -> JsResult<Value> {
        let args = self.eval_args(args)?;
        let frame = self.frames.last().expect("code runs in a frame");
        let (Some(class), Some(new_target)) = (frame.function.clone(), frame.new_target.clone())
        else {
            return Err(self.error(
                ErrorKind::SyntaxError,
                "'super' keyword unexpected here",
                span,
            ));
        };
        let this = self.construct_parent(&class, args, &new_target, span)?;
        let frame = self.frames.last_mut().expect("code runs in a frame");
        if !matches!(frame.this, Value::Empty) {
            return Err(self.reference_error("Super constructor may only be called once", span));
        }
        frame.this = Value::Object(this.clone());
        self.initialize_fields(&class, &this, span)?;
        Ok(Value::Object(this))
    }

    /// `this`, which in a derived constructor is in its dead zone until `super(…)` returns.
    pub(super) fn eval_this(&mut self, span: Span) -> JsResult<Value> {
        match self.this_value() {
            Value::Empty => Err(self.reference_error(THIS_BEFORE_SUPER, span)),
            this => Ok(this),
        }
    }

    /// `super.x` / `super[k]`: the value and the `this` a call of it receives.
    pub(super) fn eval_super_member(
        &mut self,
        property: &MemberProp,
        span: Span,
    ) -> JsResult<(Value, Value)> {
        let key = self.super_key(property, span)?;
        let this = self.eval_this(span)?;
        let value = self.super_get(&key, span)?;
        Ok((value, this))
    }

    /// The key of `super.x` / `super[k]`.
    pub(super) fn super_key(&mut self, property: &MemberProp, span: Span) -> JsResult<JsStr> {
        match property {
            MemberProp::Named(name, _) => Ok(name.clone()),
            MemberProp::Computed(k) => {
                let k = self.eval_expr(k)?;
                self.to_property_key(&k, span)
            }
        }
    }

    /// Where `super.x` starts looking: the prototype of the running method's home object.
    fn super_base(&self) -> Option<ObjRef> {
        self.home_object()
            .and_then(|home| home.data.borrow().proto.clone())
    }

    /// Reads `super[key]`, running a getter with the current `this`.
    pub(super) fn super_get(&mut self, key: &JsStr, span: Span) -> JsResult<Value> {
        let this = self.eval_this(span)?;
        match self.super_base() {
            Some(start) => Ok(self.lookup(&start, key, &this, span)?.unwrap_or_default()),
            None => Ok(Value::Undefined),
        }
    }

    /// `super[key] = value`: a setter found from the home object's prototype runs with the
    /// current `this`; otherwise the property is written on `this` itself.
    pub(super) fn super_set(&mut self, key: JsStr, value: Value, span: Span) -> JsResult<()> {
        let this = self.eval_this(span)?;
        let mut current = self.super_base();
        while let Some(o) = current {
            let setter = match o.data.borrow().props.get(&key).map(|p| &p.slot) {
                Some(crate::value::object::Slot::Accessor(a)) => Some(a.set.clone()),
                Some(crate::value::object::Slot::Data(_)) => break,
                None => None,
            };
            if let Some(setter) = setter {
                return match setter {
                    Some(f) => self
                        .call(&Value::Object(f), this, vec![value], span)
                        .map(|_| ()),
                    // Class code is strict: a getter without setter refuses the write.
                    None => {
                        // V8 names the prototype holding the getter by its own class.
                        let own_ctor = o
                            .data
                            .borrow()
                            .props
                            .get("constructor")
                            .and_then(|p| p.data_value().cloned());
                        let shown = match own_ctor {
                            Some(Value::Object(c)) => {
                                match self.get_from_object(&c, &JsStr::from("name"))? {
                                    Value::String(n) if !n.is_empty() => format!("#<{n}>"),
                                    _ => crate::interp::describe::constructor_tag(&o),
                                }
                            }
                            _ => crate::interp::describe::constructor_tag(&o),
                        };
                        let msg =
                            format!("Cannot set property {key} of {shown} which has only a getter");
                        Err(self.type_error(&msg, span))
                    }
                };
            }
            current = o.data.borrow().proto.clone();
        }
        // No setter: the value lands on `this` as an own data property (a setter `this`'s
        // own class defines is not involved).
        let Value::Object(receiver) = &this else {
            return Ok(());
        };
        let mut data = receiver.data.borrow_mut();
        let extensible = data.extensible;
        match data.props.get_mut(&key) {
            Some(p) => {
                if let (crate::value::object::Slot::Data(v), true) = (&mut p.slot, p.flags.writable)
                {
                    *v = value;
                }
            }
            None if extensible => data.set_own(key, value),
            None => {}
        }
        Ok(())
    }

    /// A value as V8 writes it into messages: functions as their source, arrays as
    /// `[object Array]`, other objects as `#<Ctor>`, primitives as their string.
    fn describe_for_message(&mut self, v: &Value) -> String {
        match v {
            Value::Object(o) => {
                let d = o.data.borrow();
                if let ObjectKind::Closure(c) = &d.kind {
                    return c.source.slice(c.func.span).to_string();
                }
                if d.is_array() {
                    return "[object Array]".to_string();
                }
                drop(d);
                crate::interp::describe::constructor_tag(o)
            }
            Value::String(s) => s.to_string(),
            other => (self.hooks.inspect)(self, other),
        }
    }

    /// The home object of the running function (for `super.x`).
    pub fn home_object(&self) -> Option<ObjRef> {
        let f = self.frames.last()?.function.as_ref()?;
        match &f.data.borrow().kind {
            ObjectKind::Closure(c) => c.home.clone(),
            _ => None,
        }
    }

    /// Whether the running code is strict: class code, code under a `'use strict'`
    /// directive (of its function, an enclosing function or the script), or a module.
    pub fn in_strict_code(&self) -> bool {
        let Some(f) = self.frames.last().and_then(|f| f.function.as_ref()) else {
            return self.script_strict;
        };
        matches!(&f.data.borrow().kind, ObjectKind::Closure(c) if c.strict)
    }
}
