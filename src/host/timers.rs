//! `setTimeout`, `clearTimeout` and `queueMicrotask`: the "Web APIs" that hand callbacks to
//! the host's queues. Delays are coerced as node does (anything not in 1..=2^31-1 becomes 1).

use crate::host::event_loop::Job;
use crate::interp::{Interp, JsResult};
use crate::value::Value;
use crate::value::object::NativeCall;

use crate::builtins::define_method;

/// node's TIMEOUT_MAX (2^31 - 1 ms).
const TIMEOUT_MAX: f64 = 2147483647.0;

pub fn install(interp: &mut Interp) {
    let global = interp.global().clone();
    define_method(interp, &global, "setTimeout", 5, set_timeout);
    define_method(interp, &global, "clearTimeout", 1, clear_timeout);
    define_method(interp, &global, "setInterval", 5, set_interval);
    define_method(interp, &global, "clearInterval", 1, clear_timeout);
    define_method(interp, &global, "queueMicrotask", 1, queue_microtask);
}

fn require_callback(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let callback = call.arg(0);
    if !interp.is_callable(&callback) {
        let shown = super::inspect::inspect(interp, &callback);
        let msg = format!("The \"callback\" argument must be of type function. Received {shown}");
        return Err(interp.type_error(&msg, call.site));
    }
    Ok(callback)
}

/// `setTimeout(callback, delay, ...args)` → a timer id.
fn set_timeout(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    add_timer(interp, call, false)
}

/// `setInterval(callback, delay, ...args)` → a timer id (shared with timeouts, so
/// `clearTimeout` and `clearInterval` are interchangeable, as in node).
fn set_interval(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    add_timer(interp, call, true)
}

fn add_timer(interp: &mut Interp, call: &NativeCall, repeat: bool) -> JsResult<Value> {
    let callback = require_callback(interp, call)?;
    let delay = match call.arg(1) {
        Value::Undefined => 1.0,
        d => interp.to_number(&d, call.site)?,
    };
    if delay > TIMEOUT_MAX {
        // node warns on stderr and then runs the timer after 1 ms.
        let shown = crate::value::number_to_string(delay);
        interp.stderr.write(&format!(
            "(minnow) TimeoutOverflowWarning: {shown} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.\n"
        ));
    }
    let delay = if (1.0..=TIMEOUT_MAX).contains(&delay) {
        delay.trunc() as u64
    } else {
        1
    };
    let args = call.args.iter().skip(2).cloned().collect();
    let id = if repeat {
        interp.host.set_interval(callback, args, delay)
    } else {
        interp.host.set_timer(callback, args, delay)
    };
    interp.trace_timer_set(id);
    Ok(Value::Number(id as f64))
}

/// `clearTimeout(id)`: anything that is not a live timer id is ignored.
fn clear_timeout(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    if let Value::Number(n) = call.arg(0)
        && n >= 0.0
        && n.fract() == 0.0
        && n <= u32::MAX as f64
    {
        let id = n as u32;
        if interp.host.clear_timer(id) {
            interp.trace_timer_clear(id, call.site);
        }
    }
    Ok(Value::Undefined)
}

/// `queueMicrotask(callback)`.
fn queue_microtask(interp: &mut Interp, call: &NativeCall) -> JsResult<Value> {
    let callback = require_callback(interp, call)?;
    interp.enqueue_job(Job::Callback(callback));
    Ok(Value::Undefined)
}
