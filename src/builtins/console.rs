//! `console.log`/`info` (stdout) and `console.error`/`warn` (stderr): arguments formatted by
//! `inspect` and joined with spaces, one line per call.

use crate::interp::{Interp, JsResult};
use crate::object::NativeCall;
use crate::value::Value;

use super::define_method;
use super::inspect::inspect;

pub fn install(interp: &mut Interp) {
    let console = interp.new_object();
    define_method(interp, &console, "log", 0, log);
    define_method(interp, &console, "info", 0, log);
    define_method(interp, &console, "debug", 0, log);
    define_method(interp, &console, "error", 0, error);
    define_method(interp, &console, "warn", 0, error);
    let global = interp.global().clone();
    global
        .data
        .borrow_mut()
        .set_hidden("console".into(), Value::Object(console));
}

/// The line `console.log(...args)` prints.
pub fn format_log_line(interp: &Interp, args: &[Value]) -> String {
    let mut line = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        line.push_str(&inspect(interp, arg));
    }
    line.push('\n');
    line
}

fn log(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let line = format_log_line(interp, call.args);
    interp.stdout.write(&line);
    Ok(Value::Undefined)
}

fn error(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let line = format_log_line(interp, call.args);
    interp.stderr.write(&line);
    Ok(Value::Undefined)
}
