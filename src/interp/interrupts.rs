//! Requests to stop running code (the REPL's Ctrl-C), counted rather than flagged.
//!
//! A host raises one per Ctrl-C, from a signal handler or another thread; the interpreter
//! checks for one at every step ([`super::Interp::step`]) and takes one when it stops code.
//! Counting keeps two presses in quick succession apart: the first stops the running code,
//! and the second is still there for the REPL to take as the key pressed at its next prompt,
//! where a flag would have merged them into one.
//!
//! Invariant: [`Interrupts::raise`] only does an atomic add, so it is safe in a signal handler.

use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Debug, Default)]
pub struct Interrupts(AtomicUsize);

impl Interrupts {
    /// One more Ctrl-C (async-signal-safe).
    #[inline]
    pub fn raise(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }

    /// Whether a request is waiting.
    #[inline]
    pub fn pending(&self) -> bool {
        self.0.load(Ordering::Relaxed) != 0
    }

    /// Takes one waiting request; false when there is none.
    pub fn take_one(&self) -> bool {
        self.0
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_presses_are_taken_one_at_a_time() {
        let i = Interrupts::default();
        assert!(!i.pending() && !i.take_one());
        i.raise();
        i.raise();
        assert!(i.take_one() && i.pending());
        assert!(i.take_one() && !i.pending());
        assert!(!i.take_one());
    }
}
