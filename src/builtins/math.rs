//! The `Math` namespace object.

use crate::interp::{Interp, JsResult};
use crate::value::Value;
use crate::value::object::NativeCall;

use super::{define_constant, define_method};

pub fn install(interp: &mut Interp) {
    let math = interp.new_object();
    define_constant(&math, "PI", Value::Number(std::f64::consts::PI));
    define_constant(&math, "E", Value::Number(std::f64::consts::E));
    let basic: [(&str, crate::value::object::NativeFn); 11] = [
        ("floor", |i, c| unary(i, c, f64::floor)),
        ("ceil", |i, c| unary(i, c, f64::ceil)),
        ("abs", |i, c| unary(i, c, f64::abs)),
        ("round", |i, c| unary(i, c, js_round)),
        ("trunc", |i, c| unary(i, c, f64::trunc)),
        ("sqrt", |i, c| unary(i, c, f64::sqrt)),
        ("sign", |i, c| unary(i, c, js_sign)),
        ("log", |i, c| unary(i, c, f64::ln)),
        ("exp", |i, c| unary(i, c, f64::exp)),
        ("sin", |i, c| unary(i, c, f64::sin)),
        ("cos", |i, c| unary(i, c, f64::cos)),
    ];
    for (name, f) in basic {
        define_method(interp, &math, name, 1, f);
    }
    let more: [(&str, crate::value::object::NativeFn); 18] = [
        ("cbrt", |i, c| unary(i, c, f64::cbrt)),
        ("log2", |i, c| unary(i, c, f64::log2)),
        ("log10", |i, c| unary(i, c, f64::log10)),
        ("log1p", |i, c| unary(i, c, f64::ln_1p)),
        ("expm1", |i, c| unary(i, c, f64::exp_m1)),
        ("tan", |i, c| unary(i, c, f64::tan)),
        ("asin", |i, c| unary(i, c, f64::asin)),
        ("acos", |i, c| unary(i, c, f64::acos)),
        ("atan", |i, c| unary(i, c, f64::atan)),
        ("sinh", |i, c| unary(i, c, f64::sinh)),
        ("cosh", |i, c| unary(i, c, f64::cosh)),
        ("tanh", |i, c| unary(i, c, f64::tanh)),
        ("asinh", |i, c| unary(i, c, js_asinh)),
        ("acosh", |i, c| unary(i, c, js_acosh)),
        ("atanh", |i, c| unary(i, c, js_atanh)),
        ("fround", |i, c| unary(i, c, |x| x as f32 as f64)),
        ("clz32", |i, c| {
            unary(i, c, |x| crate::value::to_uint32(x).leading_zeros() as f64)
        }),
        ("imul", imul),
    ];
    for (name, f) in more {
        let length = if name == "imul" { 2 } else { 1 };
        define_method(interp, &math, name, length, f);
    }
    define_method(interp, &math, "atan2", 2, atan2);
    define_method(interp, &math, "hypot", 2, hypot);
    for (name, v) in [
        ("LN2", std::f64::consts::LN_2),
        ("LN10", std::f64::consts::LN_10),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("SQRT2", std::f64::consts::SQRT_2),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
    ] {
        define_constant(&math, name, Value::Number(v));
    }
    define_method(interp, &math, "max", 2, max);
    define_method(interp, &math, "min", 2, min);
    define_method(interp, &math, "pow", 2, pow);
    define_method(interp, &math, "random", 0, random);
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden("Math".into(), Value::Object(math));
}

fn unary(interp: &mut Interp, call: &NativeCall, f: fn(f64) -> f64) -> JsResult<Value> {
    let x = interp.to_number(&call.arg(0), call.site)?;
    Ok(Value::Number(f(x)))
}

/// Math.round rounds .5 towards +Infinity (and keeps -0).
fn js_round(x: f64) -> f64 {
    if !x.is_finite() || x.fract() == 0.0 {
        return x;
    }
    // Not `(x + 0.5).floor()`: that rounds 0.49999999999999994 up.
    let f = x.floor();
    let r = if x - f >= 0.5 { f + 1.0 } else { f };
    if r == 0.0 && x < 0.0 { -0.0 } else { r }
}

fn js_sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else {
        x.signum()
    }
}

fn numbers(interp: &mut Interp, call: &NativeCall) -> JsResult<Vec<f64>> {
    call.args
        .iter()
        .map(|a| interp.to_number(a, call.site))
        .collect()
}

fn max(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut best = f64::NEG_INFINITY;
    for n in numbers(interp, call)? {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n > best || (n == 0.0 && best == 0.0 && best.is_sign_negative()) {
            best = n;
        }
    }
    Ok(Value::Number(best))
}

fn min(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let mut best = f64::INFINITY;
    for n in numbers(interp, call)? {
        if n.is_nan() {
            return Ok(Value::Number(f64::NAN));
        }
        if n < best || (n == 0.0 && best == 0.0 && n.is_sign_negative()) {
            best = n;
        }
    }
    Ok(Value::Number(best))
}

fn pow(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let x = interp.to_number(&call.arg(0), call.site)?;
    let y = interp.to_number(&call.arg(1), call.site)?;
    Ok(Value::Number(crate::interp::js_pow(x, y)))
}

/// A xorshift generator seeded from the clock: good enough for `Math.random`, no dependency.
fn random(_: &mut Interp, _: &NativeCall) -> JsResult<Value> {
    thread_local! {
        static STATE: std::cell::Cell<u64> = std::cell::Cell::new(
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0x9E37_79B9, |d| d.as_nanos() as u64) | 1,
        );
    }
    let bits = STATE.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    });
    Ok(Value::Number((bits >> 11) as f64 / (1u64 << 53) as f64))
}

/// asinh computed the way V8's fdlibm port does (so results agree to the last bit): `x` itself
/// when tiny, `ln|x| + ln 2` when huge, otherwise a log or log1p form that avoids cancellation.
fn js_asinh(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let a = x.abs();
    let w = if a < TWO_POW_MINUS_28 {
        return x;
    } else if high_word(a) > high_word(TWO_POW_28) {
        a.ln() + std::f64::consts::LN_2
    } else if high_word(a) > high_word(2.0) {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

const TWO_POW_28: f64 = 268435456.0;

/// The upper 32 bits of `|x|`: fdlibm chooses its ranges on these alone, so `x > 2` there
/// means "above 2 by more than the low word can say".
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}
const TWO_POW_MINUS_28: f64 = 1.0 / TWO_POW_28;

/// atanh in fdlibm's form: computed on `|x|` (no cancellation near -1), sign restored.
fn js_atanh(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a < TWO_POW_MINUS_28 {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}

/// acosh in fdlibm's form (see [`js_asinh`]).
fn js_acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        f64::NAN
    } else if x >= TWO_POW_28 {
        if x.is_infinite() {
            x
        } else {
            x.ln() + std::f64::consts::LN_2
        }
    } else if x == 1.0 {
        0.0
    } else if high_word(x) > high_word(2.0) {
        (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn imul(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let a = crate::value::to_int32(interp.to_number(&call.arg(0), call.site)?);
    let b = crate::value::to_int32(interp.to_number(&call.arg(1), call.site)?);
    Ok(Value::Number(a.wrapping_mul(b) as f64))
}

fn atan2(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let y = interp.to_number(&call.arg(0), call.site)?;
    let x = interp.to_number(&call.arg(1), call.site)?;
    Ok(Value::Number(y.atan2(x)))
}

/// `Math.hypot`: scaled by the largest magnitude with compensated summation (as V8 does).
fn hypot(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let xs = numbers(interp, call)?;
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Number(f64::INFINITY));
    }
    if xs.iter().any(|x| x.is_nan()) {
        return Ok(Value::Number(f64::NAN));
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return Ok(Value::Number(0.0));
    }
    let mut sum = 0.0;
    let mut compensation = 0.0;
    for x in xs {
        let r = x.abs() / max;
        let summand = r * r - compensation;
        let prelim = sum + summand;
        compensation = (prelim - sum) - summand;
        sum = prelim;
    }
    Ok(Value::Number(sum.sqrt() * max))
}
