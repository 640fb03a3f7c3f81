//! Operators and the type conversions that may run JavaScript (`valueOf`/`toString` on
//! objects): ToPrimitive, ToNumber, ToString, loose equality, relational comparison.

use std::rc::Rc;

use crate::syntax::ast::{BinaryOp, Span};
use crate::value::object::ObjectKind;
use crate::value::{JsStr, Value, number_to_string, string_to_number, to_int32, to_uint32};

use super::{Interp, JsResult};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Number,
    String,
    Default,
}

impl Interp {
    /// ECMAScript ToPrimitive (OrdinaryToPrimitive: `valueOf` then `toString`, or the reverse
    /// for a string hint).
    pub fn to_primitive(&mut self, v: &Value, hint: Hint, site: Span) -> JsResult<Value> {
        let Value::Object(o) = v else {
            return Ok(v.clone());
        };
        let order = if hint == Hint::String {
            ["toString", "valueOf"]
        } else {
            ["valueOf", "toString"]
        };
        for name in order {
            let method = self.get(v, &JsStr::from(name), site)?;
            if self.is_callable(&method) {
                let result = self.call(&method, Value::Object(o.clone()), Vec::new(), site)?;
                if !matches!(result, Value::Object(_)) {
                    return Ok(result);
                }
            }
        }
        Err(self.type_error("Cannot convert object to primitive value", site))
    }

    pub fn to_number(&mut self, v: &Value, site: Span) -> JsResult<f64> {
        Ok(match v {
            Value::Number(n) => *n,
            Value::Undefined | Value::Empty => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => *b as u8 as f64,
            Value::String(s) => string_to_number(s.as_str()),
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a number", site));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::Number, site)?;
                self.to_number(&p, site)?
            }
        })
    }

    pub fn to_js_string(&mut self, v: &Value, site: Span) -> JsResult<JsStr> {
        Ok(match v {
            Value::String(s) => s.clone(),
            Value::Symbol(_) => {
                return Err(self.type_error("Cannot convert a Symbol value to a string", site));
            }
            Value::Object(_) => {
                let p = self.to_primitive(v, Hint::String, site)?;
                self.to_js_string(&p, site)?
            }
            other => primitive_to_string(other),
        })
    }

    /// ToPropertyKey: the string a value names as a property.
    pub fn to_property_key(&mut self, v: &Value, site: Span) -> JsResult<JsStr> {
        match v {
            Value::String(s) | Value::Symbol(s) => Ok(s.clone()),
            Value::Number(n) => Ok(JsStr::from(number_to_string(*n))),
            Value::Object(_) => match self.to_primitive(v, Hint::String, site)? {
                Value::Symbol(s) => Ok(s),
                p => self.to_js_string(&p, site),
            },
            other => self.to_js_string(other, site),
        }
    }

    /// ToObject for a value that is not `undefined` or `null`: primitives get their wrapper
    /// object (`Object(1)`, `Object(sym)`).
    pub fn to_object(&self, v: &Value) -> crate::value::heap::ObjRef {
        let proto = match v {
            Value::Object(o) => return o.clone(),
            Value::String(_) => &self.intrinsics.string_proto,
            Value::Number(_) => &self.intrinsics.number_proto,
            Value::Bool(_) => &self.intrinsics.boolean_proto,
            Value::Symbol(_) => &self.intrinsics.symbol_proto,
            _ => return self.new_object(),
        };
        crate::value::heap::alloc_object(crate::value::object::Object::new(
            Some(proto.clone()),
            crate::value::object::ObjectKind::Primitive(v.clone()),
        ))
    }

    pub fn is_callable(&self, v: &Value) -> bool {
        matches!(v, Value::Object(o) if o.data.borrow().is_callable())
    }

    /// `a == b` (IsLooselyEqual).
    pub fn loose_equals(&mut self, a: &Value, b: &Value, site: Span) -> JsResult<bool> {
        use Value::*;
        Ok(match (a, b) {
            (Undefined | Null | Empty, Undefined | Null | Empty) => true,
            (Undefined | Null | Empty, _) | (_, Undefined | Null | Empty) => false,
            (Number(x), String(s)) => *x == string_to_number(s.as_str()),
            (String(s), Number(x)) => string_to_number(s.as_str()) == *x,
            (Bool(x), _) => return self.loose_equals(&Number(*x as u8 as f64), b, site),
            (_, Bool(y)) => return self.loose_equals(a, &Number(*y as u8 as f64), site),
            (Object(_), Number(_) | String(_) | Symbol(_)) => {
                let p = self.to_primitive(a, Hint::Default, site)?;
                return self.loose_equals(&p, b, site);
            }
            (Number(_) | String(_) | Symbol(_), Object(_)) => {
                let p = self.to_primitive(b, Hint::Default, site)?;
                return self.loose_equals(a, &p, site);
            }
            _ => a.strict_equals(b),
        })
    }

    /// Applies a binary operator other than the logical ones.
    pub fn binary(&mut self, op: BinaryOp, a: &Value, b: &Value, site: Span) -> JsResult<Value> {
        use BinaryOp::*;
        if let (Value::Number(x), Value::Number(y)) = (a, b)
            && let Some(v) = number_binary(op, *x, *y)
        {
            return Ok(v);
        }
        Ok(match op {
            Add => return self.add(a, b, site),
            Sub | Mul | Div | Rem | Exp | BitAnd | BitOr | BitXor | Shl | Shr | UShr => {
                let x = self.to_number(a, site)?;
                let y = self.to_number(b, site)?;
                number_binary(op, x, y).expect("arithmetic operator")
            }
            Eq => Value::Bool(self.loose_equals(a, b, site)?),
            NotEq => Value::Bool(!self.loose_equals(a, b, site)?),
            StrictEq => Value::Bool(a.strict_equals(b)),
            StrictNotEq => Value::Bool(!a.strict_equals(b)),
            Lt => Value::Bool(self.less_than(a, b, true, site)? == Some(true)),
            Gt => Value::Bool(self.less_than(b, a, false, site)? == Some(true)),
            LtEq => Value::Bool(self.less_than(b, a, false, site)? == Some(false)),
            GtEq => Value::Bool(self.less_than(a, b, true, site)? == Some(false)),
            In => {
                let Value::Object(o) = b else {
                    let shown = self.to_js_string(a, site)?;
                    let target = match b {
                        Value::String(s) => s.to_string(),
                        other => crate::interp::describe::brief(self, other),
                    };
                    let msg =
                        format!("Cannot use 'in' operator to search for '{shown}' in {target}");
                    return Err(self.type_error(&msg, site));
                };
                let key = self.to_property_key(a, site)?;
                Value::Bool(self.has_property(o, &key))
            }
            Instanceof => Value::Bool(self.instance_of(a, b, site)?),
        })
    }

    fn add(&mut self, a: &Value, b: &Value, site: Span) -> JsResult<Value> {
        if let (Value::String(x), Value::String(y)) = (a, b) {
            return Ok(Value::String(self.concat_strings(x, y, site)?));
        }
        let pa = self.to_primitive(a, Hint::Default, site)?;
        let pb = self.to_primitive(b, Hint::Default, site)?;
        if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
            let sa = self.to_js_string(&pa, site)?;
            let sb = self.to_js_string(&pb, site)?;
            return Ok(Value::String(self.concat_strings(&sa, &sb, site)?));
        }
        Ok(Value::Number(
            self.to_number(&pa, site)? + self.to_number(&pb, site)?,
        ))
    }

    /// IsLessThan: `Some(a < b)`, or `None` when a NaN makes the comparison undefined.
    fn less_than(
        &mut self,
        a: &Value,
        b: &Value,
        left_first: bool,
        site: Span,
    ) -> JsResult<Option<bool>> {
        let (pa, pb) = if left_first {
            let pa = self.to_primitive(a, Hint::Number, site)?;
            (pa, self.to_primitive(b, Hint::Number, site)?)
        } else {
            let pb = self.to_primitive(b, Hint::Number, site)?;
            (self.to_primitive(a, Hint::Number, site)?, pb)
        };
        if let (Value::String(x), Value::String(y)) = (&pa, &pb) {
            // JavaScript compares strings by UTF-16 code units.
            return Ok(Some(
                x.as_str().encode_utf16().lt(y.as_str().encode_utf16()),
            ));
        }
        let x = self.to_number(&pa, site)?;
        let y = self.to_number(&pb, site)?;
        if x.is_nan() || y.is_nan() {
            Ok(None)
        } else {
            Ok(Some(x < y))
        }
    }

    fn instance_of(&mut self, v: &Value, target: &Value, site: Span) -> JsResult<bool> {
        if !matches!(target, Value::Object(_)) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not an object", site));
        }
        if !self.is_callable(target) {
            return Err(self.type_error("Right-hand side of 'instanceof' is not callable", site));
        }
        let Value::Object(o) = v else {
            return Ok(false);
        };
        let proto = self.get(target, &JsStr::from("prototype"), site)?;
        let Value::Object(proto) = proto else {
            return Err(self.type_error(
                "Function has non-object prototype 'undefined' in instanceof check",
                site,
            ));
        };
        let mut cur = o.data.borrow().proto.clone();
        while let Some(p) = cur {
            if Rc::ptr_eq(&p, &proto) {
                return Ok(true);
            }
            cur = p.data.borrow().proto.clone();
        }
        Ok(false)
    }

    /// `typeof v`
    pub fn type_of(&self, v: &Value) -> &'static str {
        v.type_name()
    }

    /// Whether `o` is an array (for `Array.isArray`-like checks in builtins).
    pub fn is_array(&self, v: &Value) -> bool {
        matches!(v, Value::Object(o) if matches!(o.data.borrow().kind, ObjectKind::Array(_)))
    }
}

/// Arithmetic, bitwise and numeric comparison on two numbers; `None` for operators that need
/// more than numbers (`+` with strings is handled by the caller before this).
#[inline]
pub fn number_binary(op: BinaryOp, x: f64, y: f64) -> Option<Value> {
    use BinaryOp::*;
    Some(match op {
        Lt => Value::Bool(x < y),
        Gt => Value::Bool(x > y),
        LtEq => Value::Bool(x <= y),
        GtEq => Value::Bool(x >= y),
        Eq | StrictEq => Value::Bool(x == y),
        NotEq | StrictNotEq => Value::Bool(x != y),
        In | Instanceof => return None,
        _ => Value::Number(number_arithmetic(op, x, y)?),
    })
}

/// The operators that take two numbers to a number; `None` for the others. The four common
/// ones are inlined into the evaluator; the rest stay out of line so they do not burden its
/// register use.
#[inline(always)]
pub fn number_arithmetic(op: BinaryOp, x: f64, y: f64) -> Option<f64> {
    use BinaryOp::*;
    Some(match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        Div => x / y,
        _ => return other_number_arithmetic(op, x, y),
    })
}

#[inline(never)]
fn other_number_arithmetic(op: BinaryOp, x: f64, y: f64) -> Option<f64> {
    use BinaryOp::*;
    Some(match op {
        Rem => js_remainder(x, y),
        Exp => js_pow(x, y),
        BitAnd => (to_int32(x) & to_int32(y)) as f64,
        BitOr => (to_int32(x) | to_int32(y)) as f64,
        BitXor => (to_int32(x) ^ to_int32(y)) as f64,
        Shl => to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64,
        Shr => (to_int32(x) >> (to_uint32(y) & 31)) as f64,
        UShr => (to_uint32(x) >> (to_uint32(y) & 31)) as f64,
        _ => return None,
    })
}

/// `x % y` with JavaScript's sign rules (the result takes the dividend's sign).
fn js_remainder(x: f64, y: f64) -> f64 {
    // Fast path for safe integers: an integer remainder instead of a libm `fmod` call. The
    // round-trip through i64 tests integrality without `trunc` (NaN becomes 0 and fails it).
    const SAFE: f64 = 9007199254740991.0;
    let (xi, yi) = (x as i64, y as i64);
    if xi as f64 == x && yi as f64 == y && yi != 0 && x.abs() <= SAFE && y.abs() <= SAFE {
        let r = (xi % yi) as f64;
        return if r == 0.0 && x.is_sign_negative() {
            -0.0
        } else {
            r
        };
    }
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    x % y
}

/// `x ** y`: like `powf` except that `(±1) ** ±Infinity` and `1 ** NaN` are NaN.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    x.powf(y)
}

/// ToString for primitives.
pub fn primitive_to_string(v: &Value) -> JsStr {
    match v {
        Value::Undefined | Value::Empty => JsStr::from("undefined"),
        Value::Null => JsStr::from("null"),
        Value::Bool(true) => JsStr::from("true"),
        Value::Bool(false) => JsStr::from("false"),
        Value::Number(n) => JsStr::from(number_to_string(*n)),
        Value::String(s) => s.clone(),
        Value::Symbol(s) => JsStr::from(crate::value::symbol::display(s)),
        Value::Object(_) => JsStr::from("[object Object]"),
    }
}
