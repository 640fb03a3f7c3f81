//! The native-stack guard: every place where the engine recurses on input (expression nesting,
//! JavaScript calls, patterns, JSON, dropping deep ASTs) goes through [`maybe_grow`], which
//! moves the rest of the work onto a fresh heap segment when the current stack runs low.
//!
//! Why not `crate::stack::maybe_grow` directly: stacker learns the stack's bounds once per thread,
//! but generators and async functions run on their own stacks ([`crate::interp`]'s coroutines),
//! so the bounds change whenever execution switches between stacks. This module keeps the low
//! end of the *current* stack in a thread-local that the coroutine switch saves and restores
//! ([`low`], [`set_low`]); stacker is still used to allocate and enter new segments.
//!
//! Invariant: while code runs, `LOW` is at or above the lowest usable address of the stack it
//! runs on, so `sp - LOW` never overstates the room left.

use std::cell::Cell;

thread_local! {
    /// Lowest address the running code may use (0 = not yet known on this thread).
    static LOW: Cell<usize> = const { Cell::new(0) };
}

/// Room kept unused at the bottom of every stack and segment we enter, for the frames that run
/// between two checks beyond the caller's red zone.
const SLACK: usize = 32 * 1024;

/// An address inside the caller's frame: close enough to the stack pointer for these checks.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The low end of the current stack, learnt from the thread's bounds on first use.
fn current_low() -> usize {
    let low = LOW.get();
    if low != 0 {
        return low;
    }
    let low = match stacker::remaining_stack() {
        Some(remaining) => stack_pointer().saturating_sub(remaining) + SLACK,
        // Unknown bounds: treat the stack as exhausted so every check moves to a segment whose
        // bounds we do know.
        None => usize::MAX,
    };
    LOW.set(low);
    low
}

/// The recorded low end of the running stack (saved by a coroutine switch).
pub fn low() -> usize {
    LOW.get()
}

/// Restores a low end saved by [`low`], or sets the one of a coroutine stack being entered.
pub fn set_low(low: usize) {
    LOW.set(low);
}

/// Runs `f` here when at least `red_zone` bytes of stack are left, else on a new segment of
/// `segment` bytes.
#[inline]
pub fn maybe_grow<R>(red_zone: usize, segment: usize, f: impl FnOnce() -> R) -> R {
    if stack_pointer().saturating_sub(current_low()) >= red_zone {
        f()
    } else {
        grow(segment, f)
    }
}

/// Runs `f` on a new segment of `segment` bytes.
pub fn grow<R>(segment: usize, f: impl FnOnce() -> R) -> R {
    stacker::grow(segment, || {
        // The callback starts near the top of the new segment.
        let _restore = Restore(LOW.replace(stack_pointer().saturating_sub(segment) + SLACK));
        f()
    })
}

/// Puts back the previous low end when a segment is left, also when unwinding (a suspended
/// coroutine is unwound when it is dropped).
struct Restore(usize);

impl Drop for Restore {
    fn drop(&mut self) {
        LOW.set(self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        // A frame with a real footprint, so the recursion needs many segments.
        let pad = [n as u8; 512];
        std::hint::black_box(&pad);
        maybe_grow(64 * 1024, 256 * 1024, || depth(n - 1)) + 1
    }

    #[test]
    fn deep_recursion_moves_to_segments_and_restores_the_bound() {
        let before = current_low();
        assert_eq!(depth(50_000), 50_000);
        assert_eq!(low(), before);
    }
}
