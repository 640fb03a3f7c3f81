//! node's host around the engine: the [`event_loop`] with its microtask queue and timer lists,
//! the timer functions ([`timers`]), [`console`], and `util.inspect` ([`inspect`]), which
//! console and the REPL print values with.

pub mod console;
pub mod event_loop;
pub mod inspect;
pub mod timers;

use crate::interp::{Interp, Limits};
use crate::syntax::Source;

/// An interpreter for `source` with ECMAScript's globals and node's (console, timers).
pub fn new_interp(source: Source, limits: Limits) -> Interp {
    let mut interp = Interp::new(source, limits);
    interp.hooks.inspect = inspect::inspect;
    crate::builtins::install_globals(&mut interp);
    console::install(&mut interp);
    timers::install(&mut interp);
    interp
}
