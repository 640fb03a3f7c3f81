//! Expression evaluation.

use crate::interp::ErrorKind;
use crate::syntax::ast::*;
use crate::value::heap::ObjRef;
use crate::value::object::ObjectKind;
use crate::value::{JsStr, Value};

use super::pattern::Source;
use super::{Interp, JsResult};
use crate::util::stack::SYNTAX_RED_ZONE;

/// How deep [`Interp::pure_number`] recurses before leaving the rest to `eval_expr`.
const PURE_NUMBER_DEPTH: u32 = 16;

/// An evaluated assignment target.
pub(super) enum Place {
    Binding,
    Property {
        object: Value,
        key: JsStr,
    },
    /// `object[i]` with a number naming an array index: the key string is made only if the
    /// general path needs it (ToPropertyKey of a number runs no code, so it may wait).
    Element {
        object: Value,
        index: u32,
    },
    /// `super.key`: read from the home object's prototype, written with `this` as receiver.
    Super {
        key: JsStr,
    },
}

impl Interp {
    /// Every level checks the native stack (see `crate::util::stack`): deeply nested source
    /// (`[[[…]]]` 100,000 levels) recurses here without passing through a call.
    #[inline]
    pub fn eval_expr(&mut self, e: &Expr) -> JsResult<Value> {
        self.with_stack(SYNTAX_RED_ZONE, e.span, |interp| interp.eval_expr_inner(e))
    }

    fn eval_expr_inner(&mut self, e: &Expr) -> JsResult<Value> {
        match &e.kind {
            ExprKind::Number(n) => Ok(Value::Number(*n)),
            ExprKind::String(s) => Ok(Value::String(s.clone())),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Null => Ok(Value::Null),
            ExprKind::Ident(id) => self.read_binding(id),
            ExprKind::This => self.eval_this(e.span),
            ExprKind::Array(items) => self.eval_array(items),
            ExprKind::Object(props) => self.eval_object(props),
            ExprKind::Function(f) | ExprKind::Arrow(f) => Ok(Value::Object(self.make_closure(f))),
            ExprKind::Class(c) => Ok(Value::Object(self.eval_class(c)?)),
            ExprKind::SuperCall(args) => self.eval_super_call(args, e.span),
            ExprKind::SuperMember(property) => Ok(self.eval_super_member(property, e.span)?.0),
            ExprKind::Unary(op, arg) => self.eval_unary(*op, arg, e.span),
            ExprKind::Update { op, prefix, target } => {
                self.eval_update(*op, *prefix, target, e.span)
            }
            ExprKind::Binary(op, a, b, numeric) => {
                if *numeric
                    && let Some(x) = self.pure_operand(a, 0)
                    && let Some(y) = self.pure_operand(b, 0)
                    && let Some(v) = super::ops::number_binary(*op, x, y)
                {
                    return Ok(v);
                }
                let a = self.eval_operand(a)?;
                let b = self.eval_operand(b)?;
                if let (Value::Number(x), Value::Number(y)) = (&a, &b)
                    && let Some(v) = super::ops::number_binary(*op, *x, *y)
                {
                    return Ok(v);
                }
                self.binary(*op, &a, &b, e.span)
            }
            ExprKind::Logical(op, a, b) => {
                let a = self.eval_expr(a)?;
                if short_circuits(*op, &a) {
                    Ok(a)
                } else {
                    self.eval_expr(b)
                }
            }
            ExprKind::Assign { op, target, value } => self.eval_assign(*op, target, value, e.span),
            ExprKind::AssignPattern { pattern, value } => {
                let v = self.eval_expr(value)?;
                self.bind_pattern(pattern, v.clone(), false, Source::Expr(value))?;
                Ok(v)
            }
            ExprKind::Conditional {
                test,
                then,
                otherwise,
            } => {
                if self.eval_condition(test)? {
                    self.eval_expr(then)
                } else {
                    self.eval_expr(otherwise)
                }
            }
            ExprKind::Call { callee, args, .. } => self.eval_call(callee, args, e.span),
            ExprKind::OptionalChain(chain) => {
                Ok(self.eval_chain(chain)?.unwrap_or(Value::Undefined))
            }
            ExprKind::New { callee, args } => self.eval_new(callee, args, e.span),
            ExprKind::Member {
                object, property, ..
            } => {
                let obj = self.eval_expr(object)?;
                self.eval_member_get(&obj, property, e.span)
            }
            ExprKind::Sequence(items) => {
                let mut last = Value::Undefined;
                for item in items {
                    last = self.eval_expr(item)?;
                }
                Ok(last)
            }
            ExprKind::Template { quasis, exprs } => self.eval_template(quasis, exprs),
            ExprKind::Yield { argument, delegate } => {
                let value = match argument {
                    Some(a) => self.eval_expr(a)?,
                    None => Value::Undefined,
                };
                if *delegate {
                    self.yield_delegate(value, e.span)
                } else {
                    self.yield_value(value, e.span)
                }
            }
            ExprKind::Await(argument) => {
                let value = self.eval_expr(argument)?;
                self.await_value(value, e.span)
            }
            ExprKind::Spread(arg) => {
                // The grammar allows spread only where `eval_array`/`eval_args` handle it.
                let msg = "Unexpected token '...'";
                Err(self.error(ErrorKind::SyntaxError, msg, arg.span))
            }
        }
    }

    /// `` `a${b}c` ``: the pieces and the substitutions' ToString, concatenated.
    #[inline(never)]
    fn eval_template(&mut self, quasis: &[TemplateQuasi], exprs: &[Expr]) -> JsResult<Value> {
        let mut pieces = Vec::with_capacity(2 * quasis.len() - 1);
        pieces.push(quasis[0].cooked.clone());
        let mut units = quasis[0].cooked.utf16_len();
        for (e, quasi) in exprs.iter().zip(&quasis[1..]) {
            let v = self.eval_expr(e)?;
            let s = self.to_js_string(&v, e.span)?;
            // Checked piece by piece, so the error points at the substitution that overflows.
            units = units.saturating_add(s.utf16_len() + quasi.cooked.utf16_len());
            self.check_string_length(units as f64, e.span)?;
            pieces.push(s);
            pieces.push(quasi.cooked.clone());
        }
        Ok(Value::String(self.concat_all(&pieces, Span::default())?))
    }

    #[inline(never)]
    fn eval_new(&mut self, callee: &Expr, args: &[Expr], span: Span) -> JsResult<Value> {
        let f = self.eval_expr(callee)?;
        let args = self.eval_args(args)?;
        if !self.is_constructor(&f) {
            let msg = format!("{} is not a constructor", self.source_text(callee.span));
            return Err(self.type_error(&msg, span));
        }
        self.construct(&f, args, span)
    }

    pub fn is_constructor(&self, f: &Value) -> bool {
        let Value::Object(o) = f else { return false };
        match &o.data.borrow().kind {
            ObjectKind::Closure(c) => c.constructable,
            ObjectKind::Native(n) => n.constructor,
            _ => false,
        }
    }

    /// Evaluates an operand, reading literals and variables of the current environment in
    /// place: they are about half of all nodes evaluated, and skipping the general
    /// `eval_expr` entry for them is a measurable win on arithmetic loops.
    #[inline]
    fn eval_operand(&mut self, e: &Expr) -> JsResult<Value> {
        match &e.kind {
            ExprKind::Number(n) => Ok(Value::Number(*n)),
            ExprKind::Ident(id) => {
                if let Res::Local { hops: 0, slot, .. } = id.res.get() {
                    let v = self.env.slots.borrow()[slot as usize].clone();
                    if !matches!(v, Value::Empty) {
                        return Ok(v);
                    }
                }
                self.read_binding(id)
            }
            _ => self.eval_expr(e),
        }
    }

    /// Evaluates `e` if it is pure arithmetic on numbers: number literals, variables holding
    /// numbers, and arithmetic operators over those. `None` otherwise — and since nothing in
    /// that subset has side effects, the caller then simply evaluates `e` the general way.
    /// The numbers travel in registers rather than as `JsResult<Value>`, which makes numeric
    /// code several times cheaper per node.
    fn pure_number(&self, e: &Expr, depth: u32) -> Option<f64> {
        match &e.kind {
            // The depth bound keeps deeply nested source on `eval_expr`'s guarded stack.
            ExprKind::Binary(op, a, b, _) if depth < PURE_NUMBER_DEPTH => {
                let x = self.pure_operand(a, depth + 1)?;
                let y = self.pure_operand(b, depth + 1)?;
                super::ops::number_arithmetic(*op, x, y)
            }
            ExprKind::Unary(UnaryOp::Minus, a) if depth < PURE_NUMBER_DEPTH => {
                Some(-self.pure_operand(a, depth + 1)?)
            }
            _ => None,
        }
    }

    /// [`Self::pure_number`] for any operand, with the leaves handled in line (they are half
    /// of all operands).
    #[inline(always)]
    fn pure_operand(&self, e: &Expr, depth: u32) -> Option<f64> {
        match &e.kind {
            ExprKind::Number(n) => Some(*n),
            ExprKind::Ident(id) => match id.res.get() {
                Res::Local { hops, slot, .. } => {
                    let env = if hops == 0 {
                        &*self.env
                    } else {
                        self.env.ancestor(hops)
                    };
                    match env.slots.borrow()[slot as usize] {
                        Value::Number(n) => Some(n),
                        _ => None,
                    }
                }
                _ => None,
            },
            ExprKind::Binary(..) | ExprKind::Unary(..) => self.pure_number(e, depth),
            _ => None,
        }
    }

    /// Evaluates a condition (`if`, loops, `?:`). A numeric comparison (`i < n`) is decided on
    /// the numbers directly, without producing a `Value`.
    pub(super) fn eval_condition(&mut self, e: &Expr) -> JsResult<bool> {
        if let ExprKind::Binary(op, a, b, true) = &e.kind
            && let Some(x) = self.pure_operand(a, 0)
            && let Some(y) = self.pure_operand(b, 0)
        {
            match op {
                BinaryOp::Lt => return Ok(x < y),
                BinaryOp::Gt => return Ok(x > y),
                BinaryOp::LtEq => return Ok(x <= y),
                BinaryOp::GtEq => return Ok(x >= y),
                BinaryOp::StrictEq | BinaryOp::Eq => return Ok(x == y),
                BinaryOp::StrictNotEq | BinaryOp::NotEq => return Ok(x != y),
                _ => {}
            }
        }
        Ok(self.eval_expr(e)?.truthy())
    }

    /// Reads a variable, enforcing the temporal dead zone.
    pub(super) fn read_binding(&mut self, id: &Ident) -> JsResult<Value> {
        match id.res.get() {
            Res::Local { hops, slot, .. } => {
                let v = if hops == 0 {
                    self.env.slots.borrow()[slot as usize].clone()
                } else {
                    self.env.ancestor(hops).slots.borrow()[slot as usize].clone()
                };
                if let Value::Empty = v {
                    let msg = format!("Cannot access '{}' before initialization", id.name);
                    return Err(self.reference_error(&msg, id.span));
                }
                Ok(v)
            }
            Res::Global | Res::Unresolved => self.read_global(id),
        }
    }

    #[inline(never)]
    /// A top-level binding of a later REPL input, read from code resolved before it existed.
    #[cold]
    fn read_later_top_level(&mut self, id: &Ident) -> JsResult<Value> {
        let slot = self.later_top_level[&id.name].0 as usize;
        let value = self.script_env.slots.borrow().get(slot).cloned();
        match value {
            Some(Value::Empty) | None => {
                let msg = format!("Cannot access '{}' before initialization", id.name);
                Err(self.reference_error(&msg, id.span))
            }
            Some(v) => Ok(v),
        }
    }

    #[cold]
    fn write_later_top_level(
        &mut self,
        id: &Ident,
        slot: u32,
        assignable: bool,
        value: Value,
    ) -> JsResult<()> {
        if !assignable {
            return Err(self.type_error("Assignment to constant variable.", id.span));
        }
        let mut slots = self.script_env.slots.borrow_mut();
        match slots.get_mut(slot as usize) {
            Some(Value::Empty) | None => {
                drop(slots);
                let msg = format!("Cannot access '{}' before initialization", id.name);
                Err(self.reference_error(&msg, id.span))
            }
            Some(cell) => {
                *cell = value;
                Ok(())
            }
        }
    }

    fn read_global(&mut self, id: &Ident) -> JsResult<Value> {
        let global = self.global().clone();
        match self.find_property(&global, &id.name)? {
            Some(v) => Ok(v),
            None if self.later_top_level.contains_key(&id.name) => self.read_later_top_level(id),
            None => {
                let msg = format!("{} is not defined", id.name);
                Err(self.reference_error(&msg, id.span))
            }
        }
    }

    /// Writes a variable. `init` is true for the declaration itself (which may write a `const`
    /// and ends the dead zone).
    #[inline]
    pub(super) fn assign_binding(&mut self, id: &Ident, value: Value, init: bool) -> JsResult<()> {
        // Fast path: a mutable, initialised variable of the current environment.
        if let Res::Local {
            hops: 0,
            slot,
            mutable: true,
        } = id.res.get()
        {
            let mut slots = self.env.slots.borrow_mut();
            let cell = &mut slots[slot as usize];
            if init || !matches!(cell, Value::Empty) {
                *cell = value;
                return Ok(());
            }
        }
        self.assign_binding_checked(id, value, init)
    }

    /// [`Self::assign_binding`] with the dead-zone and `const` checks and global writes.
    #[inline(never)]
    fn assign_binding_checked(&mut self, id: &Ident, value: Value, init: bool) -> JsResult<()> {
        match id.res.get() {
            Res::Local {
                hops,
                slot,
                mutable,
            } => {
                let env = self.env.clone();
                let mut slots = env.ancestor(hops).slots.borrow_mut();
                let cell = &mut slots[slot as usize];
                if !init {
                    if let Value::Empty = cell {
                        drop(slots);
                        let msg = format!("Cannot access '{}' before initialization", id.name);
                        return Err(self.reference_error(&msg, id.span));
                    }
                    if !mutable {
                        drop(slots);
                        return Err(self.type_error("Assignment to constant variable.", id.span));
                    }
                }
                *cell = value;
                Ok(())
            }
            Res::Global | Res::Unresolved => {
                let global = self.global().clone();
                let later = self.later_top_level.get(&id.name).copied();
                let strict = !init && self.in_strict_code();
                if (later.is_some() || strict) && !self.has_property(&global, &id.name) {
                    if let Some((slot, assignable)) = later {
                        return self.write_later_top_level(id, slot, assignable, value);
                    }
                    let msg = format!("{} is not defined", id.name);
                    return Err(self.error(ErrorKind::ReferenceError, &msg, id.span));
                }
                self.set_on_object(&global, id.name.clone(), value)
            }
        }
    }

    #[inline(never)]
    fn eval_array(&mut self, items: &[Option<Expr>]) -> JsResult<Value> {
        let mut elements = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Some(Expr {
                    kind: ExprKind::Spread(arg),
                    ..
                }) => {
                    let v = self.eval_expr(arg)?;
                    self.spread_into(&v, &mut elements, arg, false)?;
                }
                Some(e) => elements.push(self.eval_expr(e)?),
                None => elements.push(Value::Empty),
            }
        }
        Ok(Value::Object(self.new_array(elements)))
    }

    /// Appends the values `...v` produces: the elements of an array (holes read as
    /// `undefined`), the characters of a string, or the values of any other iterable; `arg` is
    /// the spread expression, for the "not iterable" message, which node words differently in
    /// argument lists.
    pub(super) fn spread_into(
        &mut self,
        v: &Value,
        out: &mut Vec<Value>,
        arg: &Expr,
        in_call: bool,
    ) -> JsResult<()> {
        match v {
            Value::Object(o) if self.has_original_array_iteration(o) => {
                // Holes read as `undefined` only while no prototype has index properties.
                if let ObjectKind::Array(elements) = &o.data.borrow().kind
                    && elements.is_vector()
                    && self.intrinsics.array_protos_index_free()
                {
                    out.extend(elements.dense().iter().map(|e| match e {
                        Value::Empty => Value::Undefined,
                        e => e.clone(),
                    }));
                    return Ok(());
                }
            }
            Value::String(s) => {
                let mut buf = [0u8; 4];
                for c in s.as_str().chars() {
                    // Each character is a new string: a step, for the heap limit.
                    self.step(arg.span)?;
                    out.push(Value::String(JsStr::from(&*c.encode_utf8(&mut buf))));
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(values) = self.iterate_to_vec(v, arg.span)? {
            out.extend(values);
            return Ok(());
        }
        let text = self.source_text(arg.span).to_string();
        let msg = match v {
            Value::Undefined | Value::Null if in_call => {
                format!(
                    "{text} is not iterable (cannot read property {})",
                    if matches!(v, Value::Null) {
                        "null"
                    } else {
                        "undefined"
                    }
                )
            }
            _ if in_call => {
                "Spread syntax requires ...iterable[Symbol.iterator] to be a function".to_string()
            }
            _ => format!("{text} is not iterable"),
        };
        Err(self.type_error(&msg, arg.span))
    }

    #[inline(never)]
    fn eval_object(&mut self, props: &[Property]) -> JsResult<Value> {
        let obj = self.new_object();
        obj.data.borrow_mut().props.reserve(props.len());
        for p in props {
            let key = match &p.key {
                PropKey::Spread => {
                    if let PropValue::Init(arg) = &p.value {
                        let source = self.eval_expr(arg)?;
                        self.copy_own_enumerable(&obj, &source, arg.span)?;
                    }
                    continue;
                }
                PropKey::Static(k) => k.clone(),
                PropKey::Computed(k) => {
                    let k = self.eval_expr(k)?;
                    self.to_property_key(&k, p.span)?
                }
            };
            let value = match &p.value {
                PropValue::Init(v) | PropValue::CoverInit(v) => self.eval_expr(v)?,
                PropValue::Method(_) | PropValue::Getter(_) | PropValue::Setter(_) => {
                    self.define_method_on(&obj, key, &p.value, false);
                    continue;
                }
            };
            obj.data.borrow_mut().set_own(key, value);
        }
        Ok(Value::Object(obj))
    }

    /// `{ ...source }`: copies the own enumerable properties of `source` (an object, or the
    /// characters of a string) onto `target`, in property order.
    fn copy_own_enumerable(&mut self, target: &ObjRef, source: &Value, site: Span) -> JsResult<()> {
        let keys = match source {
            Value::Object(o) => {
                let data = o.data.borrow();
                let mut keys = data.own_keys(true);
                keys.extend(data.own_symbol_keys(true));
                keys
            }
            Value::String(s) => (0..s.utf16_len())
                .map(|i| JsStr::from(i.to_string()))
                .collect(),
            _ => return Ok(()),
        };
        for key in keys {
            let value = self.get(source, &key, site)?;
            target.data.borrow_mut().set_own(key, value);
        }
        Ok(())
    }

    #[inline(never)]
    fn eval_unary(&mut self, op: UnaryOp, arg: &Expr, span: Span) -> JsResult<Value> {
        match op {
            UnaryOp::Typeof => {
                // `typeof undeclared` is "undefined", not a ReferenceError.
                if let ExprKind::Ident(id) = &arg.kind
                    && matches!(id.res.get(), Res::Global | Res::Unresolved)
                {
                    let global = self.global().clone();
                    if !self.has_property(&global, &id.name) {
                        return Ok(Value::str("undefined"));
                    }
                }
                let v = self.eval_expr(arg)?;
                Ok(Value::str(self.type_of(&v)))
            }
            UnaryOp::Delete => self.eval_delete(arg, span),
            UnaryOp::Void => {
                self.eval_expr(arg)?;
                Ok(Value::Undefined)
            }
            UnaryOp::Not => Ok(Value::Bool(!self.eval_expr(arg)?.truthy())),
            UnaryOp::Minus => {
                let v = self.eval_expr(arg)?;
                Ok(Value::Number(-self.to_number(&v, span)?))
            }
            UnaryOp::Plus => {
                let v = self.eval_expr(arg)?;
                Ok(Value::Number(self.to_number(&v, span)?))
            }
            UnaryOp::BitNot => {
                let v = self.eval_expr(arg)?;
                Ok(Value::Number(
                    !crate::value::to_int32(self.to_number(&v, span)?) as f64,
                ))
            }
        }
    }

    #[inline(never)]
    fn eval_delete(&mut self, arg: &Expr, span: Span) -> JsResult<Value> {
        let (obj, property) = match &arg.kind {
            ExprKind::Member {
                object, property, ..
            } => (self.eval_expr(object)?, property),
            // `delete a?.b`: true when the chain short-circuits.
            ExprKind::OptionalChain(chain) => {
                let ExprKind::Member {
                    object,
                    property,
                    optional,
                } = &chain.kind
                else {
                    self.eval_expr(arg)?;
                    return Ok(Value::Bool(true));
                };
                match self.eval_chain(object)? {
                    Some(obj) if !(*optional && obj.is_nullish()) => (obj, property),
                    _ => return Ok(Value::Bool(true)),
                }
            }
            // `delete x` on a variable is false (sloppy mode); on other values true.
            _ => return Ok(Value::Bool(!matches!(arg.kind, ExprKind::Ident(_)))),
        };
        let key = self.member_key(property)?;
        match &obj {
            Value::Object(o) => {
                let deleted = self.delete_property(o, &key);
                if !deleted && self.in_strict_code() {
                    let shown = crate::interp::describe::function_source(o)
                        .unwrap_or_else(|| super::arrays::shown_in_message(o));
                    let key = crate::value::symbol::key_for_message(&key);
                    let msg = format!("Cannot delete property '{key}' of {shown}");
                    return Err(self.type_error(&msg, span));
                }
                Ok(Value::Bool(deleted))
            }
            Value::Undefined | Value::Null => {
                let what = if matches!(obj, Value::Null) {
                    "null"
                } else {
                    "undefined"
                };
                let msg = format!(
                    "Cannot convert undefined or null to object (deleting '{key}' of {what})"
                );
                Err(self.type_error(&msg, span))
            }
            _ => Ok(Value::Bool(true)),
        }
    }

    fn member_key(&mut self, property: &MemberProp) -> JsResult<JsStr> {
        match property {
            MemberProp::Named(name, _) => Ok(name.clone()),
            MemberProp::Computed(k) => {
                let k = self.eval_expr(k)?;
                self.to_property_key(&k, Span::default())
            }
        }
    }

    fn eval_member_get(
        &mut self,
        obj: &Value,
        property: &MemberProp,
        span: Span,
    ) -> JsResult<Value> {
        match property {
            MemberProp::Named(name, name_span) => {
                // Hot path: an own data property of an ordinary object.
                if let Value::Object(o) = obj
                    && let Some(p) = o.data.borrow().props.get(name)
                    && let Some(v) = p.data_value()
                {
                    return Ok(v.clone());
                }
                // node points at the property name when the object is null or undefined.
                self.get(obj, name, *name_span)
            }
            MemberProp::Computed(k) => {
                let k = self.eval_expr(k)?;
                if let (Value::Object(o), Value::Number(n)) = (obj, &k)
                    && let ObjectKind::Array(elements) = &o.data.borrow().kind
                {
                    let i = *n as u32;
                    if i as f64 == *n
                        && let Some(v) = elements.value(i)
                    {
                        return Ok(v.clone());
                    }
                }
                let key = self.to_property_key(&k, span)?;
                self.get(obj, &key, span)
            }
        }
    }

    /// Evaluates the parts of an assignment target before the value (left-to-right order).
    #[inline(never)]
    pub(super) fn eval_place(&mut self, target: &Expr) -> JsResult<Place> {
        match &target.kind {
            ExprKind::Ident(_) => Ok(Place::Binding),
            ExprKind::Member {
                object, property, ..
            } => {
                let object = self.eval_expr(object)?;
                let key = match property {
                    MemberProp::Named(name, _) => name.clone(),
                    MemberProp::Computed(k) => {
                        let k = self.eval_expr(k)?;
                        if let (Value::Object(_), Some(index)) = (&object, number_index(&k)) {
                            return Ok(Place::Element { object, index });
                        }
                        self.to_property_key(&k, target.span)?
                    }
                };
                Ok(Place::Property { object, key })
            }
            ExprKind::SuperMember(property) => {
                let key = self.super_key(property, target.span)?;
                Ok(Place::Super { key })
            }
            _ => Err(self.error(
                ErrorKind::SyntaxError,
                "Invalid left-hand side in assignment",
                target.span,
            )),
        }
    }

    fn read_place(&mut self, target: &Expr, place: &Place) -> JsResult<Value> {
        match (place, &target.kind) {
            (Place::Binding, ExprKind::Ident(id)) => self.read_binding(id),
            (Place::Property { object, key }, _) => self.get(object, key, target.span),
            (Place::Element { object, index }, _) => {
                if let Value::Object(o) = object
                    && let ObjectKind::Array(elements) = &o.data.borrow().kind
                    && let Some(v) = elements.value(*index)
                {
                    return Ok(v.clone());
                }
                self.get(object, &JsStr::from(index.to_string()), target.span)
            }
            (Place::Super { key }, _) => self.super_get(key, target.span),
            _ => unreachable!("place matches its target"),
        }
    }

    pub(super) fn write_place(
        &mut self,
        target: &Expr,
        place: Place,
        value: Value,
    ) -> JsResult<()> {
        match (place, &target.kind) {
            (Place::Binding, ExprKind::Ident(id)) => self.assign_binding(id, value, false),
            (Place::Super { key }, _) => self.super_set(key, value, target.span),
            (Place::Property { object, key }, _) => {
                let value = match key.as_array_index() {
                    Some(i) => {
                        match write_array_element_fast(&self.intrinsics, &object, i, value) {
                            Ok(()) => return Ok(()),
                            Err(value) => value,
                        }
                    }
                    None => value,
                };
                self.set(&object, key, value, target.span)
            }
            (Place::Element { object, index }, _) => {
                let value = match write_array_element_fast(&self.intrinsics, &object, index, value)
                {
                    Ok(()) => return Ok(()),
                    Err(value) => value,
                };
                self.set(&object, JsStr::from(index.to_string()), value, target.span)
            }
            _ => unreachable!("place matches its target"),
        }
    }

    #[inline(never)]
    fn eval_assign(
        &mut self,
        op: AssignOp,
        target: &Expr,
        value: &Expr,
        span: Span,
    ) -> JsResult<Value> {
        // Fast path: `x = v` / `x += v` on a variable.
        if let ExprKind::Ident(id) = &target.kind {
            let v = match op {
                AssignOp::Assign => self.eval_expr(value)?,
                AssignOp::Op(bin) => {
                    let mut old = self.read_binding(id)?;
                    let rhs = self.eval_expr(value)?;
                    if bin == BinaryOp::Add
                        && let Some(v) = self.append_to_binding(id, &mut old, &rhs)
                    {
                        return Ok(v);
                    }
                    self.binary(bin, &old, &rhs, span)?
                }
                AssignOp::Logical(l) => {
                    let old = self.read_binding(id)?;
                    if short_circuits(l, &old) {
                        return Ok(old);
                    }
                    self.eval_expr(value)?
                }
            };
            self.assign_binding(id, v.clone(), false)?;
            return Ok(v);
        }
        let place = self.eval_place(target)?;
        let v = match op {
            AssignOp::Assign => self.eval_expr(value)?,
            AssignOp::Op(bin) => {
                let old = self.read_place(target, &place)?;
                let rhs = self.eval_expr(value)?;
                self.binary(bin, &old, &rhs, span)?
            }
            AssignOp::Logical(l) => {
                let old = self.read_place(target, &place)?;
                if short_circuits(l, &old) {
                    return Ok(old);
                }
                self.eval_expr(value)?
            }
        };
        self.write_place(target, place, v.clone())?;
        Ok(v)
    }

    /// `x += rhs` where `x` is a string variable and `rhs` a string or number: appends to the
    /// variable's string in place (see [`JsStr::append`]) once `old`, the value read before
    /// `rhs` was evaluated, is released. `None` (with `old` untouched) when the fast path does
    /// not apply, including when evaluating `rhs` assigned `x` something else.
    fn append_to_binding(&mut self, id: &Ident, old: &mut Value, rhs: &Value) -> Option<Value> {
        let Res::Local {
            hops,
            slot,
            mutable: true,
        } = id.res.get()
        else {
            return None;
        };
        let Value::String(old_str) = old else {
            return None;
        };
        let (tail, tail_units) = match rhs {
            Value::String(t) => (std::borrow::Cow::Borrowed(t.as_str()), t.utf16_len()),
            Value::Number(n) => {
                let digits = crate::value::number_to_string(*n);
                let units = digits.len();
                (std::borrow::Cow::Owned(digits), units)
            }
            _ => return None,
        };
        // Too long: the general path throws the `RangeError`.
        if old_str.utf16_len() + tail_units > self.limits.max_string_length {
            return None;
        }
        let mut slots = self.env.ancestor(hops).slots.borrow_mut();
        let Value::String(current) = &mut slots[slot as usize] else {
            return None;
        };
        if !current.ptr_eq(old_str) {
            return None;
        }
        *old = Value::Undefined;
        current.append(&tail);
        Some(Value::String(current.clone()))
    }

    #[inline(never)]
    fn eval_update(
        &mut self,
        op: UpdateOp,
        prefix: bool,
        target: &Expr,
        span: Span,
    ) -> JsResult<Value> {
        // Fast path: `i++` on a mutable number variable of the current environment.
        if let ExprKind::Ident(id) = &target.kind
            && let Res::Local {
                hops: 0,
                slot,
                mutable: true,
            } = id.res.get()
        {
            let mut slots = self.env.slots.borrow_mut();
            if let Value::Number(old) = slots[slot as usize] {
                let new = if op == UpdateOp::Inc {
                    old + 1.0
                } else {
                    old - 1.0
                };
                slots[slot as usize] = Value::Number(new);
                return Ok(Value::Number(if prefix { new } else { old }));
            }
        }
        let place = self.eval_place(target)?;
        let old = self.read_place(target, &place)?;
        let old = match old {
            Value::Number(n) => n,
            other => self.to_number(&other, span)?,
        };
        let new = if op == UpdateOp::Inc {
            old + 1.0
        } else {
            old - 1.0
        };
        self.write_place(target, place, Value::Number(new))?;
        Ok(Value::Number(if prefix { new } else { old }))
    }

    /// Evaluates an expression statement whose value nobody reads: a plain assignment then
    /// stores its value without cloning it for a result.
    pub(super) fn eval_for_effect(&mut self, e: &Expr) -> JsResult<()> {
        if let ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } = &e.kind
        {
            if let ExprKind::Ident(id) = &target.kind {
                let v = self.eval_expr(value)?;
                return self.assign_binding(id, v, false);
            }
            let place = self.eval_place(target)?;
            let v = self.eval_expr(value)?;
            return self.write_place(target, place, v);
        }
        self.eval_expr(e)?;
        Ok(())
    }

    pub(super) fn eval_args(&mut self, args: &[Expr]) -> JsResult<Vec<Value>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            if let ExprKind::Spread(arg) = &a.kind {
                let v = self.eval_expr(arg)?;
                self.spread_into(&v, &mut out, arg, true)?;
            } else {
                out.push(self.eval_expr(a)?);
            }
        }
        Ok(out)
    }

    #[inline(never)]
    fn eval_call(&mut self, callee: &Expr, args: &[Expr], span: Span) -> JsResult<Value> {
        let (f, this) = match &callee.kind {
            ExprKind::Member {
                object, property, ..
            } => {
                let obj = self.eval_expr(object)?;
                let f = self.eval_member_get(&obj, property, callee.span)?;
                (f, obj)
            }
            ExprKind::SuperMember(property) => {
                let (f, this) = self.eval_super_member(property, callee.span)?;
                (f, this)
            }
            // `(a?.m)()` still calls `m` with `this` = `a`.
            ExprKind::OptionalChain(chain) => self
                .chain_callee(chain)?
                .unwrap_or((Value::Undefined, Value::Undefined)),
            _ => (self.eval_expr(callee)?, Value::Undefined),
        };
        self.finish_call(f, this, callee, args, span)
    }

    /// Evaluates the arguments and calls `f`, or throws `callee is not a function`.
    fn finish_call(
        &mut self,
        f: Value,
        this: Value,
        callee: &Expr,
        args: &[Expr],
        span: Span,
    ) -> JsResult<Value> {
        let args = self.eval_args(args)?;
        let site = call_position(callee, span);
        if !self.is_callable(&f) {
            let msg = format!("{} is not a function", self.source_text(callee.span));
            return Err(self.type_error(&msg, site));
        }
        self.call(&f, this, args, site)
    }

    /// Evaluates a link of an optional chain: `None` when an `?.` met `null` or `undefined`,
    /// which short-circuits the rest of the chain.
    fn eval_chain(&mut self, e: &Expr) -> JsResult<Option<Value>> {
        self.with_stack(SYNTAX_RED_ZONE, e.span, |this| this.eval_chain_link(e))
    }

    fn eval_chain_link(&mut self, e: &Expr) -> JsResult<Option<Value>> {
        match &e.kind {
            ExprKind::Member {
                object,
                property,
                optional,
            } => Ok(self
                .chain_member(object, property, *optional, e.span)?
                .map(|(_, v)| v)),
            ExprKind::Call {
                callee,
                args,
                optional,
            } => match self.chain_callee(callee)? {
                Some((f, this)) if !(*optional && f.is_nullish()) => {
                    self.finish_call(f, this, callee, args, e.span).map(Some)
                }
                _ => Ok(None),
            },
            _ => self.eval_expr(e).map(Some),
        }
    }

    /// One member link of an optional chain: the object and the property's value, or `None`
    /// when the chain was short-circuited before or at this link.
    fn chain_member(
        &mut self,
        object: &Expr,
        property: &MemberProp,
        optional: bool,
        span: Span,
    ) -> JsResult<Option<(Value, Value)>> {
        match self.eval_chain(object)? {
            Some(obj) if !(optional && obj.is_nullish()) => {
                let v = self.eval_member_get(&obj, property, span)?;
                Ok(Some((obj, v)))
            }
            _ => Ok(None),
        }
    }

    /// The function and `this` for a call inside an optional chain (`None` if short-circuited).
    fn chain_callee(&mut self, callee: &Expr) -> JsResult<Option<(Value, Value)>> {
        match &callee.kind {
            ExprKind::Member {
                object,
                property,
                optional,
            } => Ok(self
                .chain_member(object, property, *optional, callee.span)?
                .map(|(obj, f)| (f, obj))),
            _ => Ok(self.eval_chain(callee)?.map(|f| (f, Value::Undefined))),
        }
    }
}

/// Whether `a op b` returns `a` without evaluating `b`.
fn short_circuits(op: LogicalOp, a: &Value) -> bool {
    match op {
        LogicalOp::And => !a.truthy(),
        LogicalOp::Or => a.truthy(),
        LogicalOp::Nullish => !a.is_nullish(),
    }
}

/// `array[i] = value` for an existing plain element, or an append at the end of a vector
/// array whose prototype is `Array.prototype` with no index properties on the chain: the
/// common case, written without the general [[Set]]. Gives the value back otherwise.
#[inline]
fn write_array_element_fast(
    intrinsics: &crate::interp::realm::Intrinsics,
    object: &Value,
    i: u32,
    value: Value,
) -> Result<(), Value> {
    let Value::Object(o) = object else {
        return Err(value);
    };
    let data = &mut *o.data.borrow_mut();
    let (extensible, proto) = (data.extensible, &data.proto);
    match &mut data.kind {
        ObjectKind::Array(elements) => elements.set_fast(i as usize, value, || {
            extensible && intrinsics.is_plain_array_proto(proto.as_ref())
        }),
        _ => Err(value),
    }
}

/// The array index a number names (`2`, `-0`), if it names one.
#[inline]
fn number_index(k: &Value) -> Option<u32> {
    let Value::Number(n) = k else {
        return None;
    };
    let i = *n as u32;
    (i as f64 == *n && i != u32::MAX).then_some(i)
}

/// SetFunctionName's name for a key: the key, or `[description]` for a symbol
/// (`[Symbol.iterator]() {}` is named `[Symbol.iterator]`).
pub(super) fn function_name_for_key(key: &JsStr) -> String {
    if crate::value::symbol::is_symbol_key(key) {
        format!("[{}]", crate::value::symbol::description(key).unwrap_or(""))
    } else {
        key.to_string()
    }
}

/// Where node places a call in stack traces and error carets: at the property name of a
/// method call (`o.foo()` → `foo`), else at the start of the call.
fn call_position(callee: &Expr, span: Span) -> Span {
    match &callee.kind {
        ExprKind::Member {
            property: MemberProp::Named(_, name),
            ..
        } => Span {
            start: name.start,
            end: span.end,
        },
        _ => span,
    }
}
