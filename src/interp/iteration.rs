//! The iteration protocol and the statements and expressions built on it: `for…of`,
//! `for…in`, `yield`, `yield*` and `await` (the last three suspend the running task, see
//! `coroutine`).
//!
//! Built-in iterators (arrays, strings, `Map`s, `Set`s) are stepped directly, without
//! allocating a `{ value, done }` object per step; any other object goes through its `next`
//! method. Leaving a `for…of` early (break, return, throw) calls the iterator's `return`.

use crate::syntax::ast::*;
use crate::value::heap;
use crate::value::heap::ObjRef;
use crate::value::object::{IterKind, IteratorData, Object, ObjectKind, Walk};
use crate::value::symbol::iterator_key;
use crate::value::{JsStr, Value};

use super::coroutine::{self, ResumeWith, SuspendWith};
use super::pattern::Source;
use super::{Completion, Exception, Interp, JsResult};

/// An iterator being walked.
pub enum Iteration {
    /// A built-in iterator, stepped by [`step_builtin_iterator`].
    Native(ObjRef),
    /// A generator whose `next` is the built-in one: resumed directly.
    Generator(ObjRef),
    /// Any other iterator: its `next` method, read once at the start.
    Protocol { iterator: Value, next: Value },
}

impl Interp {
    /// GetIterator: `None` when `value` has no callable `[Symbol.iterator]` (the caller words
    /// the "is not iterable" error for its context).
    pub fn get_iterator(&mut self, value: &Value, site: Span) -> JsResult<Option<Iteration>> {
        if let Value::Object(o) = value
            && self.has_original_array_iteration(o)
        {
            return Ok(Some(Iteration::Native(
                over_array(self, o)
                    .as_object()
                    .expect("iterators are objects")
                    .clone(),
            )));
        }
        if value.is_nullish() {
            return Ok(None);
        }
        let method = self.get(value, &iterator_key(), site)?;
        if !self.is_callable(&method) {
            return Ok(None);
        }
        let iterator = self.call(&method, value.clone(), Vec::new(), site)?;
        let Value::Object(it) = &iterator else {
            return Err(self.type_error(
                "Result of the Symbol.iterator method is not an object",
                site,
            ));
        };
        if matches!(it.data.borrow().kind, ObjectKind::Iterator(_)) {
            return Ok(Some(Iteration::Native(it.clone())));
        }
        let next = self.get(&iterator, &JsStr::from("next"), site)?;
        let is_generator = matches!(it.data.borrow().kind, ObjectKind::Generator(_));
        if is_generator
            && let (Value::Object(n), Some(original)) = (&next, &self.intrinsics.generator_next)
            && std::rc::Rc::ptr_eq(n, original)
        {
            return Ok(Some(Iteration::Generator(it.clone())));
        }
        Ok(Some(Iteration::Protocol { iterator, next }))
    }

    /// An array whose iteration nobody replaced: its own elements are the values.
    pub(super) fn has_original_array_iteration(&self, o: &ObjRef) -> bool {
        let data = o.data.borrow();
        let Some(values) = &self.intrinsics.array_values else {
            return false;
        };
        data.is_array()
            && data
                .proto
                .as_ref()
                .is_some_and(|p| std::rc::Rc::ptr_eq(p, &self.intrinsics.array_proto))
            && !data.props.contains_key(&iterator_key())
            && matches!(
                self.intrinsics.array_proto.data.borrow().props.get(&iterator_key()),
                Some(p) if matches!(p.data_value(), Some(Value::Object(f)) if std::rc::Rc::ptr_eq(f, values))
            )
    }

    /// IteratorStep + IteratorValue: the next value, or `None` when the iterator is done.
    pub fn iterator_step(&mut self, it: &Iteration, site: Span) -> JsResult<Option<Value>> {
        // A step even for built-in iterators: spreading `Array(2 ** 32 - 1)` calls no
        // JavaScript, yet must meet the heap limit, the fuel and Ctrl-C.
        self.step(site)?;
        match it {
            Iteration::Native(o) => step_builtin_iterator(self, o),
            Iteration::Generator(g) => {
                let next = ResumeWith::Next(Value::Undefined);
                match crate::builtins::generator::step(self, g, next, site) {
                    Some(Ok((v, false))) => Ok(Some(v)),
                    Some(Ok((_, true))) | None => Ok(None),
                    Some(Err(e)) => Err(e),
                }
            }
            Iteration::Protocol { iterator, next } => {
                let result = self.call(next, iterator.clone(), Vec::new(), site)?;
                if !matches!(result, Value::Object(_)) {
                    let shown = crate::interp::describe::brief(self, &result);
                    let msg = format!("Iterator result {shown} is not an object");
                    return Err(self.type_error(&msg, site));
                }
                if self.get(&result, &JsStr::from("done"), site)?.truthy() {
                    return Ok(None);
                }
                self.get(&result, &JsStr::from("value"), site).map(Some)
            }
        }
    }

    /// IteratorClose: tells an iterator left early that it will not be stepped again.
    pub fn iterator_close(&mut self, it: &Iteration, site: Span) -> JsResult<()> {
        let iterator = match it {
            Iteration::Native(_) => return Ok(()),
            Iteration::Generator(g) => &Value::Object(g.clone()),
            Iteration::Protocol { iterator, .. } => iterator,
        };
        let ret = self.get(iterator, &JsStr::from("return"), site)?;
        if ret.is_nullish() {
            return Ok(());
        }
        let result = self.call(&ret, iterator.clone(), Vec::new(), site)?;
        if !matches!(result, Value::Object(_)) {
            let shown = crate::interp::describe::brief(self, &result);
            let msg = format!("Iterator result {shown} is not an object");
            return Err(self.type_error(&msg, site));
        }
        Ok(())
    }

    /// Closes `it` because of `outcome` (an abrupt exit): a throw keeps its own exception even
    /// when closing fails, as the spec says.
    pub(crate) fn close_after<T>(
        &mut self,
        it: &Iteration,
        outcome: JsResult<T>,
        site: Span,
    ) -> JsResult<T> {
        match outcome {
            Err(e) if e.is_uncatchable() => Err(e),
            Err(e) => {
                let _ = self.iterator_close(it, site);
                Err(e)
            }
            Ok(v) => {
                self.iterator_close(it, site)?;
                Ok(v)
            }
        }
    }

    /// All values of an iterable, or `None` when `value` is not iterable.
    pub fn iterate_to_vec(&mut self, value: &Value, site: Span) -> JsResult<Option<Vec<Value>>> {
        let Some(it) = self.get_iterator(value, site)? else {
            return Ok(None);
        };
        let mut out = Vec::new();
        while let Some(v) = self.iterator_step(&it, site)? {
            out.push(v);
        }
        Ok(Some(out))
    }

    /// Binds an array pattern from any iterable, taking only the values it needs and closing
    /// the iterator if it was not exhausted (so `const [a] = infinite()` terminates).
    pub(super) fn bind_array_from_iterator(
        &mut self,
        a: &ArrayPattern,
        it: Iteration,
        init: bool,
    ) -> JsResult<()> {
        let mut done = false;
        let outcome = (|| {
            for el in &a.elements {
                let v = if done {
                    Value::Undefined
                } else {
                    match self.iterator_step(&it, a.span) {
                        Ok(Some(v)) => v,
                        Ok(None) => {
                            done = true;
                            Value::Undefined
                        }
                        Err(e) => {
                            done = true;
                            return Err(e);
                        }
                    }
                };
                let Some(el) = el else { continue };
                let v = match (v, &el.default) {
                    (Value::Undefined, Some(d)) => self.eval_expr(d)?,
                    (v, _) => v,
                };
                self.bind_pattern(&el.target, v, init, Source::Nested)?;
            }
            if let Some(rest) = &a.rest {
                let mut values = Vec::new();
                while !done {
                    match self.iterator_step(&it, a.span) {
                        Ok(Some(v)) => values.push(v),
                        Ok(None) => done = true,
                        Err(e) => {
                            done = true;
                            return Err(e);
                        }
                    }
                }
                let array = Value::Object(self.new_array(values));
                self.bind_pattern(rest, array, init, Source::Nested)?;
            }
            Ok(())
        })();
        if done {
            outcome
        } else {
            self.close_after(&it, outcome, a.span)
        }
    }

    pub(super) fn exec_for_in_of(
        &mut self,
        f: &ForInOfStmt,
        label: Option<&Name>,
        span: Span,
    ) -> JsResult<Completion> {
        let right = self.eval_expr(&f.right)?;
        let it = match f.iterate {
            ForIterate::Of => match self.get_iterator(&right, f.right.span)? {
                Some(it) => it,
                None => {
                    let msg = format!("{} is not iterable", self.source_text(f.right.span));
                    return Err(self.type_error(&msg, f.right.span));
                }
            },
            ForIterate::In => {
                if right.is_nullish() {
                    return Ok(Completion::Normal);
                }
                let keys = self.for_in_keys(&right, span)?;
                Iteration::Native(
                    over_array(self, &self.new_array(keys))
                        .as_object()
                        .expect("iterators are objects")
                        .clone(),
                )
            }
        };
        let layout = f.scope.get().expect("for-in/of was resolved");
        loop {
            self.step(f.body.span)?;
            let Some(value) = self.iterator_step(&it, f.right.span)? else {
                return Ok(Completion::Normal);
            };
            let saved = self.enter_scope(layout);
            let init = f.decl.is_some();
            let outcome = self
                .bind_pattern(&f.target, value, init, Source::Nested)
                .and_then(|_| self.exec_stmt(&f.body));
            self.exit_scope(saved);
            let completion = match outcome {
                Ok(c) => c,
                Err(e) => return self.close_after(&it, Err(e), span),
            };
            if let super::exec::LoopStep::Exit(c) = Self::loop_step(completion, label) {
                return self.close_after(&it, Ok(c), span);
            }
        }
    }

    /// The keys `for…in` visits: enumerable string keys of the object, then of each prototype,
    /// each name once (a shadowed name is not visited again).
    fn for_in_keys(&mut self, value: &Value, site: Span) -> JsResult<Vec<Value>> {
        let mut object = match value {
            Value::Object(o) => Some(o.clone()),
            Value::String(s) => {
                return Ok((0..s.utf16_len())
                    .map(|i| Value::String(JsStr::from(i.to_string())))
                    .collect());
            }
            _ => self.to_object_proto(value, site),
        };
        let mut seen = std::collections::HashSet::new();
        let mut keys = Vec::new();
        while let Some(o) = object {
            let data = o.data.borrow();
            for (key, enumerable) in data.own_keys_flagged() {
                if seen.insert(key.clone()) && enumerable {
                    keys.push(Value::String(key));
                }
            }
            object = data.proto.clone();
        }
        Ok(keys)
    }

    /// The prototype a primitive's properties come from (`for…in` over a number visits
    /// nothing of its own).
    fn to_object_proto(&self, value: &Value, _site: Span) -> Option<ObjRef> {
        match value {
            Value::Number(_) => Some(self.intrinsics.number_proto.clone()),
            Value::Bool(_) => Some(self.intrinsics.boolean_proto.clone()),
            Value::Symbol(_) => Some(self.intrinsics.symbol_proto.clone()),
            _ => None,
        }
    }

    /// `yield value`: suspends the generator; what the next `next`/`throw`/`return` sends
    /// decides what the expression does.
    pub(super) fn yield_value(&mut self, value: Value, site: Span) -> JsResult<Value> {
        match coroutine::suspend(self, SuspendWith::Yield(value)) {
            ResumeWith::Next(v) => Ok(v),
            ResumeWith::Throw(e) => Err(Exception::new(e, site)),
            ResumeWith::Return(v) => Err(Exception::generator_return(v, site)),
        }
    }

    /// `yield* iterable`: forwards `next`/`throw`/`return` to the inner iterator until it is
    /// done; its return value is the expression's value.
    pub(super) fn yield_delegate(&mut self, iterable: Value, site: Span) -> JsResult<Value> {
        let Some(it) = self.get_iterator(&iterable, site)? else {
            let msg = format!(
                "{} is not iterable",
                crate::interp::describe::brief(self, &iterable)
            );
            return Err(self.type_error(&msg, site));
        };
        let (iterator, next) = match it {
            Iteration::Native(o) | Iteration::Generator(o) => {
                let next = self.get_from_object(&o, &JsStr::from("next"))?;
                (Value::Object(o), next)
            }
            Iteration::Protocol { iterator, next } => (iterator, next),
        };
        let mut received = ResumeWith::Next(Value::Undefined);
        loop {
            let result = match received {
                ResumeWith::Next(v) => self.call(&next, iterator.clone(), vec![v], site)?,
                ResumeWith::Throw(e) => {
                    let throw = self.get(&iterator, &JsStr::from("throw"), site)?;
                    if throw.is_nullish() {
                        let it = Iteration::Protocol {
                            iterator: iterator.clone(),
                            next: next.clone(),
                        };
                        self.iterator_close(&it, site)?;
                        return Err(
                            self.type_error("The iterator does not provide a 'throw' method", site)
                        );
                    }
                    self.call(&throw, iterator.clone(), vec![e], site)?
                }
                ResumeWith::Return(v) => {
                    let ret = self.get(&iterator, &JsStr::from("return"), site)?;
                    if ret.is_nullish() {
                        return Err(Exception::generator_return(v, site));
                    }
                    let result = self.call(&ret, iterator.clone(), vec![v], site)?;
                    self.check_iter_result(&result, site)?;
                    let value = self.get(&result, &JsStr::from("value"), site)?;
                    if self.get(&result, &JsStr::from("done"), site)?.truthy() {
                        return Err(Exception::generator_return(value, site));
                    }
                    received = coroutine::suspend(self, SuspendWith::Yield(value));
                    continue;
                }
            };
            self.check_iter_result(&result, site)?;
            let value = self.get(&result, &JsStr::from("value"), site)?;
            if self.get(&result, &JsStr::from("done"), site)?.truthy() {
                return Ok(value);
            }
            received = coroutine::suspend(self, SuspendWith::Yield(value));
        }
    }

    fn check_iter_result(&mut self, result: &Value, site: Span) -> JsResult<()> {
        if matches!(result, Value::Object(_)) {
            return Ok(());
        }
        let shown = crate::interp::describe::brief(self, result);
        let msg = format!("Iterator result {shown} is not an object");
        Err(self.type_error(&msg, site))
    }

    /// `await value`: suspends the async body until the value settles.
    pub(super) fn await_value(&mut self, value: Value, site: Span) -> JsResult<Value> {
        self.trace_await(site);
        match coroutine::suspend(self, SuspendWith::Await(value)) {
            ResumeWith::Next(v) => Ok(v),
            ResumeWith::Throw(e) => Err(Exception::new(e, site)),
            ResumeWith::Return(v) => Err(Exception::generator_return(v, site)),
        }
    }
}

/// A built-in iterator with prototype `proto` (for the library's `keys()`, `values()`, …).
pub fn new_iterator(proto: &ObjRef, walk: Walk, kind: IterKind) -> Value {
    Value::Object(heap::alloc_object(Object::new(
        Some(proto.clone()),
        ObjectKind::Iterator(Box::new(IteratorData {
            walk: Some(walk),
            kind,
        })),
    )))
}

/// An iterator over the elements of `array` (for `for…of` and spread on arrays).
pub fn over_array(interp: &Interp, array: &ObjRef) -> Value {
    new_iterator(
        &interp.intrinsics.array_iterator_proto,
        Walk::Array {
            array: array.clone(),
            next: 0,
        },
        IterKind::Values,
    )
}

/// Advances a built-in iterator: `Some(value)`, or `None` when it is done (then and forever).
/// Returns `None` too when `iterator` is not a built-in iterator. An array iterator reads the
/// length and the element at each step, as `%ArrayIteratorPrototype%.next` does (getters run,
/// holes read through the prototype chain).
pub fn step_builtin_iterator(interp: &mut Interp, iterator: &ObjRef) -> JsResult<Option<Value>> {
    let array_position = match &iterator.data.borrow().kind {
        ObjectKind::Iterator(it) => match &it.walk {
            Some(Walk::Array { array, next }) => Some((array.clone(), *next, it.kind)),
            _ => None,
        },
        _ => return Ok(None),
    };
    if let Some((array, index, kind)) = array_position {
        return step_array(interp, iterator, &array, index, kind);
    }
    Ok(step_other(interp, iterator))
}

/// One step of an iterator over an array or array-like.
fn step_array(
    interp: &mut Interp,
    iterator: &ObjRef,
    array: &ObjRef,
    index: usize,
    kind: IterKind,
) -> JsResult<Option<Value>> {
    let len = super::arrays::length_of(interp, array, crate::syntax::ast::Span::default())?;
    let ObjectKind::Iterator(it) = &mut iterator.data.borrow_mut().kind else {
        return Ok(None);
    };
    if index >= len {
        it.walk = None;
        return Ok(None);
    }
    if let Some(Walk::Array { next, .. }) = &mut it.walk {
        *next = index + 1;
    }
    let key = Value::Number(index as f64);
    Ok(Some(match kind {
        IterKind::Keys => key,
        IterKind::Values => super::arrays::get_index(interp, array, index)?,
        IterKind::Entries => {
            let v = super::arrays::get_index(interp, array, index)?;
            Value::Object(interp.new_array(vec![key, v]))
        }
    }))
}

/// A step of a string, `Map` or `Set` iterator (these run no code).
fn step_other(interp: &Interp, iterator: &ObjRef) -> Option<Value> {
    let mut data = iterator.data.borrow_mut();
    let ObjectKind::Iterator(it) = &mut data.kind else {
        return None;
    };
    let kind = it.kind;
    let next = match it.walk.as_mut()? {
        Walk::Array { .. } => None,
        Walk::String { text, next_byte } => text.as_str()[*next_byte..].chars().next().map(|c| {
            *next_byte += c.len_utf8();
            Value::String(JsStr::from(c.to_string()))
        }),
        Walk::Collection { table, cursor } => {
            let table = table.data.borrow();
            let entry = match &table.kind {
                ObjectKind::Map(m) | ObjectKind::Set(m) => m.next_entry(cursor),
                _ => None,
            };
            let is_set = matches!(table.kind, ObjectKind::Set(_));
            entry.map(|(k, v)| {
                let v = if is_set { k.clone() } else { v };
                match kind {
                    IterKind::Keys => k,
                    IterKind::Values => v,
                    IterKind::Entries => Value::Object(interp.new_array(vec![k, v])),
                }
            })
        }
    };
    if next.is_none() {
        it.walk = None;
    }
    next
}
