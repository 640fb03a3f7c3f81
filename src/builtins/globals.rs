//! The conversion functions `String`, `Number`, `Boolean` (with their prototypes' `toString`
//! and `valueOf`) and the global number helpers.

use crate::interp::{Interp, JsResult};
use crate::value::object::{NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value, number_to_string};

use super::{define_constructor, define_method};

pub fn install(interp: &mut Interp) {
    let string_proto = interp.intrinsics.string_proto.clone();
    let number_proto = interp.intrinsics.number_proto.clone();
    let boolean_proto = interp.intrinsics.boolean_proto.clone();
    define_constructor(interp, "String", 1, string_ctor, &string_proto);
    let number = define_constructor(interp, "Number", 1, number_ctor, &number_proto);
    define_constructor(interp, "Boolean", 1, boolean_ctor, &boolean_proto);
    define_method(interp, &string_proto, "toString", 0, this_string_value);
    define_method(interp, &string_proto, "valueOf", 0, this_string_value);
    define_method(
        interp,
        &number_proto,
        "toString",
        1,
        number_to_string_method,
    );
    define_method(interp, &number_proto, "valueOf", 0, this_number_value);
    define_method(interp, &boolean_proto, "toString", 0, boolean_to_string);
    define_method(interp, &boolean_proto, "valueOf", 0, this_boolean_value);
    define_method(interp, &number, "isNaN", 1, number_is_nan);
    define_method(interp, &number, "isInteger", 1, number_is_integer);
    define_method(interp, &number, "isSafeInteger", 1, number_is_safe_integer);
    define_method(interp, &number, "isFinite", 1, number_is_finite);
    define_method(interp, &number_proto, "toFixed", 1, to_fixed);
    define_method(interp, &number_proto, "toPrecision", 1, to_precision);
    define_method(interp, &number_proto, "toExponential", 1, to_exponential);
    define_method(interp, &number_proto, "toLocaleString", 0, to_locale_string);
    let constants = [
        ("EPSILON", f64::EPSILON),
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ];
    for (name, v) in constants {
        super::define_constant(&number, name, Value::Number(v));
    }
    // `Number.parseInt === parseInt`: one function object installed twice.
    let global_obj = interp.global().clone();
    for (name, length, f) in [
        ("parseInt", 2, parse_int as crate::value::object::NativeFn),
        ("parseFloat", 1, parse_float),
    ] {
        let func = super::native_function(interp, name, length, f, false);
        number
            .data
            .borrow_mut()
            .set_hidden(JsStr::from(name), Value::Object(func.clone()));
        global_obj
            .data
            .borrow_mut()
            .set_hidden(JsStr::from(name), Value::Object(func));
    }
    let global = interp.global().clone();
    let date = interp.new_object();
    define_method(interp, &date, "now", 0, date_now);
    global
        .data
        .borrow_mut()
        .set_hidden("Date".into(), Value::Object(date));
    let performance = interp.new_object();
    define_method(interp, &performance, "now", 0, performance_now);
    global
        .data
        .borrow_mut()
        .set_hidden("performance".into(), Value::Object(performance));
    define_method(interp, &global, "isNaN", 1, global_is_nan);
    define_method(interp, &global, "isFinite", 1, global_is_finite);
}

/// Wraps a primitive in an object (`new String('a')`).
fn boxed(interp: &Interp, v: Value, proto: crate::value::heap::ObjRef) -> Value {
    let _ = interp;
    Value::Object(crate::value::heap::alloc_object(Object::new(
        Some(proto),
        ObjectKind::Primitive(v),
    )))
}

fn string_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = match call.args.first() {
        None => JsStr::from(""),
        // Only the explicit conversion may turn a symbol into a string.
        Some(Value::Symbol(s)) if !call.is_construct => {
            JsStr::from(crate::value::symbol::display(s))
        }
        Some(v) => interp.to_js_string(v, call.site)?,
    };
    if call.is_construct {
        let proto = interp.intrinsics.string_proto.clone();
        return Ok(boxed(interp, Value::String(s), proto));
    }
    Ok(Value::String(s))
}

fn number_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let n = match call.args.first() {
        None => 0.0,
        Some(v) => interp.to_number(v, call.site)?,
    };
    if call.is_construct {
        let proto = interp.intrinsics.number_proto.clone();
        return Ok(boxed(interp, Value::Number(n), proto));
    }
    Ok(Value::Number(n))
}

fn boolean_ctor(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let b = call.arg(0).truthy();
    if call.is_construct {
        let proto = interp.intrinsics.boolean_proto.clone();
        return Ok(boxed(interp, Value::Bool(b), proto));
    }
    Ok(Value::Bool(b))
}

/// The primitive inside `this` (a primitive itself or a wrapper object).
fn this_primitive(call: &NativeCall) -> Value {
    match &call.this {
        Value::Object(o) => match &o.data.borrow().kind {
            ObjectKind::Primitive(v) => v.clone(),
            _ => Value::Undefined,
        },
        v => v.clone(),
    }
}

fn this_string_value(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    match this_primitive(call) {
        Value::String(s) => Ok(Value::String(s)),
        _ => Err(interp.type_error(
            "String.prototype.toString requires that 'this' be a String",
            call.site,
        )),
    }
}

fn this_number(interp: &mut Interp, call: &NativeCall) -> JsResult<f64> {
    match this_primitive(call) {
        Value::Number(n) => Ok(n),
        _ => Err(interp.type_error(
            "Number.prototype.valueOf requires that 'this' be a Number",
            call.site,
        )),
    }
}

fn this_number_value(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    this_number(interp, call).map(Value::Number)
}

/// `n.toString(radix)`
fn number_to_string_method(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let n = this_number(interp, call)?;
    let radix = match call.arg(0) {
        Value::Undefined => 10.0,
        r => interp.to_number(&r, call.site)?.trunc(),
    };
    if !(2.0..=36.0).contains(&radix) {
        return Err(interp.range_error("toString() radix must be between 2 and 36", call.site));
    }
    if radix == 10.0 {
        return Ok(Value::str(&number_to_string(n)));
    }
    Ok(Value::str(&number_to_radix_string(n, radix as u32)))
}

/// Number → string in another base (integer part exact, up to 52 fraction digits).
pub fn number_to_radix_string(n: f64, radix: u32) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let negative = n < 0.0;
    let mut int = n.abs().trunc();
    let mut frac = n.abs() - int;
    let mut digits = Vec::new();
    if int == 0.0 {
        digits.push(b'0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as u32;
        digits.push(std::char::from_digit(d, radix).unwrap_or('0') as u8);
        int = (int / radix as f64).trunc();
    }
    digits.reverse();
    let mut s = String::from_utf8(digits).unwrap_or_default();
    if frac > 0.0 {
        s.push('.');
        let mut count = 0;
        while frac > 0.0 && count < 52 {
            frac *= radix as f64;
            let d = frac.trunc() as u32;
            s.push(std::char::from_digit(d, radix).unwrap_or('0'));
            frac -= d as f64;
            count += 1;
        }
    }
    if negative { format!("-{s}") } else { s }
}

fn boolean_to_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    match this_primitive(call) {
        Value::Bool(b) => Ok(Value::str(if b { "true" } else { "false" })),
        _ => Err(interp.type_error(
            "Boolean.prototype.toString requires that 'this' be a Boolean",
            call.site,
        )),
    }
}

fn this_boolean_value(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    match this_primitive(call) {
        Value::Bool(b) => Ok(Value::Bool(b)),
        _ => Err(interp.type_error(
            "Boolean.prototype.valueOf requires that 'this' be a Boolean",
            call.site,
        )),
    }
}

fn number_is_nan(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(call.arg(0), Value::Number(n) if n.is_nan()),
    ))
}

fn global_is_nan(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        interp.to_number(&call.arg(0), call.site)?.is_nan(),
    ))
}

fn global_is_finite(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        interp.to_number(&call.arg(0), call.site)?.is_finite(),
    ))
}

/// `Date.now()`: milliseconds since the Unix epoch (on the virtual clock under
/// `--virtual-time`).
fn date_now(interp: &mut Interp, _: &NativeCall) -> JsResult<Value> {
    Ok(Value::Number(interp.host.read_date_ms()))
}

/// `performance.now()`: milliseconds since the runtime started, with sub-millisecond precision.
fn performance_now(interp: &mut Interp, _: &NativeCall) -> JsResult<Value> {
    Ok(Value::Number(interp.host.read_clock_ms()))
}

fn number_is_integer(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(call.arg(0), Value::Number(n) if n.is_finite() && n.trunc() == n),
    ))
}

fn number_is_safe_integer(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(matches!(call.arg(0),
        Value::Number(n) if n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0)))
}

fn number_is_finite(_: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    Ok(Value::Bool(
        matches!(call.arg(0), Value::Number(n) if n.is_finite()),
    ))
}

/// `n.toFixed(digits)`: the exact decimal value of the double, rounded half away from zero.
fn to_fixed(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let x = this_number_for(interp, call, "toFixed")?;
    let f = match call.arg(0) {
        Value::Undefined => 0.0,
        v => {
            let n = interp.to_number(&v, call.site)?;
            if n.is_nan() { 0.0 } else { n.trunc() }
        }
    };
    if !(0.0..=100.0).contains(&f) {
        return Err(interp.range_error(
            "toFixed() digits argument must be between 0 and 100",
            call.site,
        ));
    }
    if !x.is_finite() || x.abs() >= 1e21 {
        return Ok(Value::str(&number_to_string(x)));
    }
    Ok(Value::str(&fixed_decimal(x, f as usize)))
}

/// Formats `x` with `digits` fraction digits, rounding the exact binary value half up.
pub fn fixed_decimal(x: f64, digits: usize) -> String {
    let negative = x < 0.0;
    // 1100 fraction digits hold any double's exact decimal expansion.
    let exact = format!("{:.1100}", x.abs());
    let (int_part, frac_part) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut kept: Vec<u8> = int_part
        .bytes()
        .chain(frac_part.bytes().take(digits))
        .collect();
    let round_up = frac_part.as_bytes().get(digits).is_some_and(|&d| d >= b'5');
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let split = kept.len() - digits;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&kept[..split]).unwrap_or("0"));
    if digits > 0 {
        out.push('.');
        out.push_str(std::str::from_utf8(&kept[split..]).unwrap_or(""));
    }
    out
}

/// `parseInt(string, radix)`.
fn parse_int(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = interp.to_js_string(&call.arg(0), call.site)?;
    let radix = match call.arg(1) {
        Value::Undefined => 0,
        v => crate::value::to_int32(interp.to_number(&v, call.site)?),
    };
    let mut t = s.trim_start_matches(crate::value::is_js_whitespace);
    let negative = t.starts_with('-');
    if t.starts_with('-') || t.starts_with('+') {
        t = &t[1..];
    }
    let mut radix = radix as u32;
    let mut strip_prefix = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::Number(f64::NAN));
        }
        if radix != 16 {
            strip_prefix = false;
        }
    } else {
        radix = 10;
    }
    if strip_prefix && (t.starts_with("0x") || t.starts_with("0X")) {
        t = &t[2..];
        radix = 16;
    }
    let digits: &str = {
        let end = t
            .char_indices()
            .find(|(_, c)| c.to_digit(radix).is_none())
            .map_or(t.len(), |(i, _)| i);
        &t[..end]
    };
    if digits.is_empty() {
        return Ok(Value::Number(f64::NAN));
    }
    let n = if radix == 10 {
        digits.parse::<f64>().unwrap_or(f64::NAN)
    } else {
        digits.chars().fold(0.0, |acc, c| {
            acc * radix as f64 + c.to_digit(radix).unwrap_or(0) as f64
        })
    };
    Ok(Value::Number(if negative { -n } else { n }))
}

/// `parseFloat(string)`: the longest prefix that is a decimal literal.
fn parse_float(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let s = interp.to_js_string(&call.arg(0), call.site)?;
    let t = s.trim_start_matches(crate::value::is_js_whitespace);
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if t[i..].starts_with("Infinity") {
        let inf = if b.first() == Some(&b'-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        return Ok(Value::Number(inf));
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        let save = i;
        i += 1;
        let frac = digits(&mut i);
        if frac == 0 && mantissa == 0 {
            i = save;
        }
        mantissa += frac;
    }
    if mantissa == 0 {
        return Ok(Value::Number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let save = i;
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            i = save;
        }
    }
    let text = t[..i].trim_end_matches('.');
    let text = if text.ends_with(['+', '-']) {
        "NaN"
    } else {
        text
    };
    Ok(Value::Number(text.parse::<f64>().unwrap_or(f64::NAN)))
}

/// `this` as a number for `Number.prototype.<method>`, with V8's message otherwise.
fn this_number_for(interp: &mut Interp, call: &NativeCall, method: &str) -> JsResult<f64> {
    match this_primitive(call) {
        Value::Number(n) => Ok(n),
        _ => {
            let msg = format!("Number.prototype.{method} requires that 'this' be a Number");
            Err(interp.type_error(&msg, call.site))
        }
    }
}

/// The exact decimal digits of a finite, non-zero `|x|` and its exponent: `|x|` is
/// `d₀.d₁d₂… × 10^exponent` (a double's expansion has fewer than 800 significant digits).
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    let text = format!("{:.800e}", x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let digits = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exponent.parse().unwrap_or(0))
}

/// The digits `String(|x|)` shows (the shortest that read back, chosen as V8 chooses them) for
/// a finite, non-zero `x`, with their exponent.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let text = number_to_string(x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let all: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let first = all.iter().position(|&d| d != b'0').unwrap_or(0);
    let mut digits = all[first..].to_vec();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, exponent + int_len - 1 - first as i32)
}

/// Rounds exact digits to `n` significant ones, half up (the larger candidate on a tie, as
/// the spec's "pick the larger n" does); a carry out of the first digit bumps the exponent.
fn round_digits(digits: &[u8], exponent: i32, n: usize) -> (Vec<u8>, i32) {
    let mut kept: Vec<u8> = (0..n)
        .map(|i| digits.get(i).copied().unwrap_or(b'0'))
        .collect();
    if digits.get(n).is_some_and(|&d| d >= b'5') {
        for i in (0..n).rev() {
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                return (kept, exponent);
            }
        }
        kept.insert(0, b'1');
        kept.pop();
        return (kept, exponent + 1);
    }
    (kept, exponent)
}

/// `d.ddde±x`
fn exponential_form(digits: &[u8], exponent: i32) -> String {
    let mut out = String::from(digits[0] as char);
    if digits.len() > 1 {
        out.push('.');
        out.extend(digits[1..].iter().map(|&d| d as char));
    }
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{out}e{sign}{}", exponent.unsigned_abs())
}

/// The optional digit-count argument of `toPrecision`/`toExponential` (ToIntegerOrInfinity).
fn digits_arg(interp: &mut Interp, call: &NativeCall) -> JsResult<Option<f64>> {
    match call.arg(0) {
        Value::Undefined => Ok(None),
        v => {
            let n = interp.to_number(&v, call.site)?;
            Ok(Some(if n.is_nan() { 0.0 } else { n.trunc() }))
        }
    }
}

/// `n.toExponential(fractionDigits)`: one digit before the point, exact rounding half up;
/// without an argument, as many digits as it takes to identify the number.
fn to_exponential(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let x = this_number_for(interp, call, "toExponential")?;
    let f = digits_arg(interp, call)?;
    if !x.is_finite() {
        return Ok(Value::str(&number_to_string(x)));
    }
    if f.is_some_and(|f| !(0.0..=100.0).contains(&f)) {
        return Err(interp.range_error(
            "toExponential() argument must be between 0 and 100",
            call.site,
        ));
    }
    let (digits, exponent) = match f {
        _ if x == 0.0 => (vec![b'0'; f.unwrap_or(0.0) as usize + 1], 0),
        None => shortest_digits(x),
        Some(f) => {
            let (digits, exponent) = exact_digits(x);
            round_digits(&digits, exponent, f as usize + 1)
        }
    };
    let sign = if x < 0.0 { "-" } else { "" };
    Ok(Value::str(&format!(
        "{sign}{}",
        exponential_form(&digits, exponent)
    )))
}

/// `n.toPrecision(precision)`: `precision` significant digits, in fixed notation unless the
/// exponent is below -6 or at least `precision`.
fn to_precision(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let x = this_number_for(interp, call, "toPrecision")?;
    let Some(p) = digits_arg(interp, call)? else {
        return Ok(Value::str(&number_to_string(x)));
    };
    if !x.is_finite() {
        return Ok(Value::str(&number_to_string(x)));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(interp.range_error(
            "toPrecision() argument must be between 1 and 100",
            call.site,
        ));
    }
    let p = p as usize;
    let (digits, exponent) = if x == 0.0 {
        (vec![b'0'; p], 0)
    } else {
        let (digits, exponent) = exact_digits(x);
        round_digits(&digits, exponent, p)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    if exponent < -6 || exponent >= p as i32 {
        return Ok(Value::str(&format!(
            "{sign}{}",
            exponential_form(&digits, exponent)
        )));
    }
    let text: String = digits.iter().map(|&d| d as char).collect();
    let body = if exponent >= 0 {
        let point = exponent as usize + 1;
        if point == p {
            text
        } else {
            format!("{}.{}", &text[..point], &text[point..])
        }
    } else {
        format!("0.{}{text}", "0".repeat((-exponent - 1) as usize))
    };
    Ok(Value::str(&format!("{sign}{body}")))
}

/// `n.toLocaleString()` as node prints it in its default (en-US) locale: at most three
/// fraction digits, rounded half away from zero on the shortest decimal form, trailing zeros
/// dropped, thousands grouped with commas. Locales and options are ignored.
fn to_locale_string(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let x = this_number_for(interp, call, "toLocaleString")?;
    if x.is_nan() {
        return Ok(Value::str("NaN"));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return Ok(Value::str(&format!("{sign}∞")));
    }
    let (int_digits, frac_digits) = if x == 0.0 {
        (vec![b'0'], Vec::new())
    } else {
        let (digits, exponent) = shortest_digits(x);
        locale_round(&digits, exponent, 3)
    };
    let mut out = String::from(sign);
    for (i, d) in int_digits.iter().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*d as char);
    }
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&d| d as char));
    }
    Ok(Value::str(&out))
}

/// Splits `0.d₀d₁… × 10^(exponent+1)` into integer and fraction digits, keeping at most
/// `max_fraction` fraction digits (half away from zero) and no trailing fraction zeros.
fn locale_round(digits: &[u8], exponent: i32, max_fraction: usize) -> (Vec<u8>, Vec<u8>) {
    // Every digit as a position relative to the decimal point.
    let int_len = (exponent + 1).max(0) as usize;
    let leading_zeros = (-(exponent + 1)).max(0) as usize;
    let mut all: Vec<u8> = vec![b'0'; leading_zeros];
    all.extend_from_slice(digits);
    if all.len() < int_len {
        all.resize(int_len, b'0');
    }
    let (mut int_part, frac_part): (Vec<u8>, Vec<u8>) = if int_len == 0 {
        (vec![b'0'], all)
    } else {
        (all[..int_len].to_vec(), all[int_len..].to_vec())
    };
    let mut frac: Vec<u8> = frac_part.iter().take(max_fraction).copied().collect();
    if frac_part.get(max_fraction).is_some_and(|&d| d >= b'5') {
        let mut carry = true;
        for d in frac.iter_mut().rev() {
            if *d == b'9' {
                *d = b'0';
            } else {
                *d += 1;
                carry = false;
                break;
            }
        }
        if carry {
            let mut i = int_part.len();
            loop {
                if i == 0 {
                    int_part.insert(0, b'1');
                    break;
                }
                i -= 1;
                if int_part[i] == b'9' {
                    int_part[i] = b'0';
                } else {
                    int_part[i] += 1;
                    break;
                }
            }
        }
    }
    while frac.last() == Some(&b'0') {
        frac.pop();
    }
    (int_part, frac)
}
