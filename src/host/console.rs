//! `console.log`/`info`/`debug` (stdout) and `console.error`/`warn` (stderr): node's
//! `util.format` of the arguments, one line per call.
//!
//! When the first argument is a string and more follow, its `%` specifiers consume the
//! arguments (`%s %d %i %f %j %o %O %c`, `%%` for a percent sign); the rest are appended,
//! separated by spaces, strings as they are and anything else through `inspect`.
//! Converting an argument may run JavaScript (`toString`, `valueOf`, `toJSON`), and what that
//! throws propagates out of the `console` call, as in node.

use crate::interp::{Interp, JsResult};
use crate::syntax::ast::Span;
use crate::trace::Stream;
use crate::value::heap::ObjRef;
use crate::value::object::{NativeCall, NativeFn, ObjectKind};
use crate::value::{JsStr, Value};

use super::inspect::{InspectOptions, format_number, inspect, inspect_with};
use crate::builtins::native_closure;

/// What `%o` shows: hidden properties too, four levels deep.
const PERCENT_O_OPTIONS: InspectOptions = InspectOptions {
    depth: 4,
    show_hidden: true,
};

/// What `%s` shows of an object without a `toString` of its own: one level only.
const PERCENT_S_OPTIONS: InspectOptions = InspectOptions {
    depth: 0,
    show_hidden: false,
};

/// The first line of the message `JSON.stringify` throws on a cycle, which `%j` prints as
/// `[Circular]`.
const JSON_CIRCULAR_MESSAGE: &str = "Converting circular structure to JSON";

pub fn install(interp: &mut Interp) {
    let console = interp.new_object();
    // node formats with its own copies of these functions, so a script replacing the globals
    // does not change what `console.log` prints: each console method captures the originals.
    let helpers = vec![
        global_function(interp, &[], "parseInt"),
        global_function(interp, &[], "parseFloat"),
        global_function(interp, &["JSON"], "stringify"),
    ];
    let methods: [(&str, NativeFn); 5] = [
        ("log", log),
        ("info", log),
        ("debug", log),
        ("error", error),
        ("warn", error),
    ];
    for (name, call) in methods {
        let f = native_closure(interp, name, 0, call, false, helpers.clone());
        console
            .data
            .borrow_mut()
            .set_hidden(JsStr::from(name), Value::Object(f));
    }
    crate::builtins::symbol::define_to_string_tag(&console, "console");
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden("console".into(), Value::Object(console));
}

/// The built-in function at `global.path….name` as installed (before any script runs).
fn global_function(interp: &Interp, path: &[&str], name: &str) -> Value {
    let mut holder = interp.global().clone();
    for step in path {
        let next = holder
            .data
            .borrow()
            .props
            .get(*step)
            .and_then(|p| p.data_value().cloned());
        match next {
            Some(Value::Object(o)) => holder = o,
            _ => return Value::Undefined,
        }
    }
    let f = holder
        .data
        .borrow()
        .props
        .get(name)
        .and_then(|p| p.data_value().cloned());
    f.unwrap_or_default()
}

/// The built-ins a console method captured at startup (see [`install`]).
struct Helpers {
    parse_int: Value,
    parse_float: Value,
    json_stringify: Value,
}

impl Helpers {
    fn of(call: &NativeCall) -> Helpers {
        Helpers {
            parse_int: call.data(0),
            parse_float: call.data(1),
            json_stringify: call.data(2),
        }
    }
}

/// The line `console.log(...args)` prints (node's `util.format`), newline included.
fn format_log_line(interp: &mut Interp, call: &NativeCall) -> JsResult<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = call.args;
    if let [Value::String(format), more @ ..] = call.args
        && !more.is_empty()
    {
        let (formatted, consumed) =
            apply_format(interp, &Helpers::of(call), format.as_str(), more, call.site)?;
        parts.push(formatted);
        rest = &more[consumed..];
    }
    parts.extend(rest.iter().map(|arg| inspect(interp, arg)));
    let mut line = parts.join(" ");
    line.push('\n');
    Ok(line)
}

/// Replaces the `%` specifiers of `format` with the leading `args`; returns the text and how
/// many arguments were consumed. A specifier without an argument left, an unknown one
/// (`%x`) and a `%` ending the string stay as written; `%%` is always a single `%`.
fn apply_format(
    interp: &mut Interp,
    helpers: &Helpers,
    format: &str,
    args: &[Value],
    site: Span,
) -> JsResult<(String, usize)> {
    let bytes = format.as_bytes();
    let mut out = String::new();
    let mut consumed = 0;
    // Start of the text not yet copied to `out`.
    let mut copied_to = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        let spec = bytes[i + 1];
        if spec == b'%' {
            out.push_str(&format[copied_to..=i]);
            copied_to = i + 2;
        } else if let Some(arg) = args.get(consumed)
            && let Some(text) = format_specifier(interp, helpers, spec, arg, site)?
        {
            out.push_str(&format[copied_to..i]);
            out.push_str(&text);
            copied_to = i + 2;
            consumed += 1;
        }
        // The character after a `%` is never the start of another specifier.
        i += 2;
    }
    out.push_str(&format[copied_to..]);
    Ok((out, consumed))
}

/// The text one specifier stands for, or `None` when `spec` is not one.
fn format_specifier(
    interp: &mut Interp,
    helpers: &Helpers,
    spec: u8,
    arg: &Value,
    site: Span,
) -> JsResult<Option<String>> {
    // A symbol has no number (node prints NaN rather than throwing as Number() would).
    let is_symbol = matches!(arg, Value::Symbol(_));
    Ok(Some(match spec {
        b'd' | b'i' | b'f' if is_symbol => format_number(f64::NAN),
        b's' => format_as_string(interp, arg, site)?,
        b'd' => format_number(interp.to_number(arg, site)?),
        b'i' => format_parsed_number(interp, &helpers.parse_int, arg, site)?,
        b'f' => format_parsed_number(interp, &helpers.parse_float, arg, site)?,
        b'j' => format_as_json(interp, &helpers.json_stringify, arg, site)?,
        b'o' => inspect_with(interp, arg, PERCENT_O_OPTIONS),
        b'O' => inspect_with(interp, arg, InspectOptions::default()),
        // CSS for browsers' consoles: the argument is consumed and nothing is printed.
        b'c' => String::new(),
        _ => return Ok(None),
    }))
}

/// `%s`: numbers as `inspect` shows them (`-0`), objects whose `toString` is a built-in one
/// inspected one level deep, anything else through `String(arg)` (a function's source text,
/// a user-defined `toString`).
fn format_as_string(interp: &mut Interp, arg: &Value, site: Span) -> JsResult<String> {
    match arg {
        Value::Number(n) => Ok(format_number(*n)),
        Value::Symbol(_) => Ok(inspect(interp, arg)),
        Value::Object(o) if !o.data.borrow().is_callable() && has_builtin_to_string(interp, o) => {
            Ok(inspect_with(interp, arg, PERCENT_S_OPTIONS))
        }
        _ => Ok(interp.to_js_string(arg, site)?.to_string()),
    }
}

/// True unless `o` has a `toString` written in JavaScript: its own, or one found on a
/// prototype that is not a built-in constructor's (`Object.prototype`, `Error.prototype`, …).
/// An object without a callable `toString` counts as built-in too.
fn has_builtin_to_string(interp: &mut Interp, o: &ObjRef) -> bool {
    let method = interp
        .get_from_object(o, &JsStr::from("toString"))
        .unwrap_or_default();
    if !interp.is_callable(&method) {
        return true;
    }
    if o.data.borrow().props.contains_key("toString") {
        return false;
    }
    let mut current = o.data.borrow().proto.clone();
    while let Some(holder) = current {
        let data = holder.data.borrow();
        if data.props.contains_key("toString") {
            return match data.props.get("constructor").and_then(|p| p.data_value()) {
                Some(Value::Object(c)) => matches!(c.data.borrow().kind, ObjectKind::Native(_)),
                _ => false,
            };
        }
        current = data.proto.clone();
    }
    true
}

/// `%i` and `%f`: `parseInt(arg)` / `parseFloat(arg)`, shown as `inspect` shows numbers.
fn format_parsed_number(
    interp: &mut Interp,
    parse: &Value,
    arg: &Value,
    site: Span,
) -> JsResult<String> {
    let n = interp.call(parse, Value::Undefined, vec![arg.clone()], site)?;
    let n = interp.to_number(&n, site)?;
    Ok(format_number(n))
}

/// `%j`: `JSON.stringify(arg)`, `undefined` when that gives nothing, and `[Circular]` instead
/// of the error a cycle throws.
fn format_as_json(
    interp: &mut Interp,
    stringify: &Value,
    arg: &Value,
    site: Span,
) -> JsResult<String> {
    match interp.call(stringify, Value::Undefined, vec![arg.clone()], site) {
        Ok(Value::String(s)) => Ok(s.to_string()),
        Ok(_) => Ok("undefined".to_string()),
        Err(e) if is_json_cycle_error(e.value()) => Ok("[Circular]".to_string()),
        Err(e) => Err(e),
    }
}

fn is_json_cycle_error(thrown: &Value) -> bool {
    let Value::Object(error) = thrown else {
        return false;
    };
    let message = error
        .data
        .borrow()
        .props
        .get("message")
        .and_then(|p| p.data_value().cloned());
    matches!(message, Some(Value::String(m)) if m.as_str().lines().next() == Some(JSON_CIRCULAR_MESSAGE))
}

fn log(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let line = format_log_line(interp, call)?;
    interp.trace_console(Stream::Stdout, &line);
    interp.stdout.write(&line);
    Ok(Value::Undefined)
}

fn error(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let line = format_log_line(interp, call)?;
    interp.trace_console(Stream::Stderr, &line);
    interp.stderr.write(&line);
    Ok(Value::Undefined)
}
