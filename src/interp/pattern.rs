//! Destructuring: binding a value to a pattern (`let [a, b] = xs`, `function f({ x, y }) {}`,
//! `[a, b] = [b, a]`). Declarations and parameters initialise their names; assignment patterns
//! assign, so they hit the temporal dead zone and `const` like `=` does.

use crate::syntax::ast::*;
use crate::value::object::ObjectKind;
use crate::value::{JsStr, Value};

use super::ops::primitive_to_string;
use super::{Interp, JsResult};
use crate::util::stack::SYNTAX_RED_ZONE;

/// Where the destructured value came from, for V8's error messages: the source text of an
/// initializer or right-hand side, an argument, or an element or property of an outer pattern.
#[derive(Clone, Copy)]
pub(super) enum Source<'a> {
    Expr(&'a Expr),
    Argument,
    Nested,
}

impl Interp {
    /// Binds `value` to `pattern`; `init` is true for declarations and parameters.
    pub(super) fn bind_pattern(
        &mut self,
        pattern: &Pattern,
        value: Value,
        init: bool,
        source: Source,
    ) -> JsResult<()> {
        match pattern {
            Pattern::Ident(id) => self.assign_binding(id, value, init),
            Pattern::Member(target) => {
                let place = self.eval_place(target)?;
                self.write_place(target, place, value)
            }
            Pattern::Array(a) => self.with_stack(SYNTAX_RED_ZONE, a.span, |this| {
                this.bind_array(a, value, init, source)
            }),
            Pattern::Object(o) => self.with_stack(SYNTAX_RED_ZONE, o.span, |this| {
                this.bind_object(o, value, init, source)
            }),
        }
    }

    /// Evaluates `default` when `value` is `undefined` (and only then).
    fn or_default(&mut self, value: Value, default: Option<&Expr>) -> JsResult<Value> {
        match (value, default) {
            (Value::Undefined, Some(d)) => self.eval_expr(d),
            (v, _) => Ok(v),
        }
    }

    fn bind_array(
        &mut self,
        a: &ArrayPattern,
        value: Value,
        init: bool,
        source: Source,
    ) -> JsResult<()> {
        let direct = match &value {
            Value::String(_) => true,
            // A sparse array is walked by its iterator: only as far as the pattern reaches.
            Value::Object(o) => {
                self.has_original_array_iteration(o)
                    && matches!(&o.data.borrow().kind, ObjectKind::Array(e) if e.is_vector())
                    && self.intrinsics.array_protos_index_free()
            }
            _ => false,
        };
        if !direct {
            return match self.get_iterator(&value, a.span)? {
                Some(it) => self.bind_array_from_iterator(a, it, init),
                None => Err(self.not_iterable(&value, a.span, source)),
            };
        }
        let mut values = self
            .iterate_for_pattern(&value, a.span, source)?
            .into_iter();
        for el in &a.elements {
            let v = values.next().unwrap_or(Value::Undefined);
            let Some(el) = el else { continue };
            let v = self.or_default(v, el.default.as_ref())?;
            self.bind_pattern(&el.target, v, init, Source::Nested)?;
        }
        if let Some(rest) = &a.rest {
            let array = Value::Object(self.new_array(values.collect()));
            self.bind_pattern(rest, array, init, Source::Nested)?;
        }
        Ok(())
    }

    /// The values an array pattern takes from: the elements of an array (holes read as
    /// `undefined`) or the characters of a string. Other iterables are not supported yet, so
    /// anything else is not iterable, in V8's words.
    fn iterate_for_pattern(
        &mut self,
        value: &Value,
        site: Span,
        source: Source,
    ) -> JsResult<Vec<Value>> {
        match value {
            Value::Object(o) => {
                if let ObjectKind::Array(elements) = &o.data.borrow().kind
                    && elements.is_vector()
                {
                    return Ok(elements
                        .dense()
                        .iter()
                        .map(|e| match e {
                            Value::Empty => Value::Undefined,
                            e => e.clone(),
                        })
                        .collect());
                }
            }
            Value::String(s) => {
                let mut buf = [0u8; 4];
                return Ok(s
                    .as_str()
                    .chars()
                    .map(|c| Value::String(JsStr::from(&*c.encode_utf8(&mut buf))))
                    .collect());
            }
            _ => {}
        }
        Err(self.not_iterable(value, site, source))
    }

    fn not_iterable(&mut self, value: &Value, site: Span, source: Source) -> super::Exception {
        let msg = match source {
            Source::Expr(e) => format!("{} is not iterable", self.source_text(e.span)),
            Source::Argument | Source::Nested => format!(
                "{} is not iterable (cannot read property Symbol(Symbol.iterator))",
                self.describe(value)
            ),
        };
        let site = match source {
            Source::Expr(e) => e.span,
            _ => site,
        };
        self.type_error(&msg, site)
    }

    /// V8's short description of a value in "not iterable" messages: `undefined`,
    /// `object null`, `number 1`, `object`.
    fn describe(&self, value: &Value) -> String {
        match value {
            Value::Undefined => "undefined".to_string(),
            Value::Null => "object null".to_string(),
            Value::Object(_) => self.type_of(value).to_string(),
            v => format!("{} {}", self.type_of(v), primitive_to_string(v)),
        }
    }

    fn bind_object(
        &mut self,
        o: &ObjectPattern,
        value: Value,
        init: bool,
        source: Source,
    ) -> JsResult<()> {
        if matches!(value, Value::Undefined | Value::Null) {
            return Err(self.cannot_destructure(o, &value, source));
        }
        let mut taken = Vec::new();
        for p in &o.props {
            let key = match &p.key {
                PropKey::Static(k) => k.clone(),
                PropKey::Computed(k) => {
                    let k = self.eval_expr(k)?;
                    self.to_property_key(&k, p.span)?
                }
                PropKey::Spread => unreachable!("a spread is the pattern's rest"),
            };
            let v = self.get(&value, &key, p.span)?;
            if o.rest.is_some() {
                taken.push(key);
            }
            let v = self.or_default(v, p.default.as_ref())?;
            self.bind_pattern(&p.target, v, init, Source::Nested)?;
        }
        if let Some(rest) = &o.rest {
            let keys = match &value {
                Value::Object(obj) => obj.data.borrow().own_keys(true),
                Value::String(s) => (0..s.utf16_len())
                    .map(|i| JsStr::from(i.to_string()))
                    .collect(),
                _ => Vec::new(),
            };
            let copy = self.new_object();
            for key in keys {
                if taken.contains(&key) {
                    continue;
                }
                let v = self.get(&value, &key, o.span)?;
                copy.data.borrow_mut().set_own(key, v);
            }
            self.bind_pattern(rest, Value::Object(copy), init, Source::Nested)?;
        }
        Ok(())
    }

    /// The TypeError for an object pattern applied to `null` or `undefined`, worded as V8 words
    /// it for each kind of source.
    fn cannot_destructure(
        &mut self,
        o: &ObjectPattern,
        value: &Value,
        source: Source,
    ) -> super::Exception {
        let what = if matches!(value, Value::Null) {
            "null"
        } else {
            "undefined"
        };
        let first_key = match o.props.first().map(|p| &p.key) {
            Some(PropKey::Static(k)) => Some(k.clone()),
            _ => None,
        };
        let (text, site) = match source {
            Source::Expr(e) => (self.source_text(e.span).to_string(), e.span),
            Source::Argument => (self.describe(value), o.span),
            Source::Nested => {
                if let Some(k) = &first_key {
                    let msg = format!("Cannot read properties of {what} (reading '{k}')");
                    return self.type_error(&msg, o.span);
                }
                (self.describe(value), o.span)
            }
        };
        let msg = match first_key {
            Some(k) => format!("Cannot destructure property '{k}' of '{text}' as it is {what}."),
            None => format!("Cannot destructure '{text}' as it is {what}."),
        };
        self.type_error(&msg, site)
    }
}
