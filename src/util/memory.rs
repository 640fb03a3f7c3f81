//! Heap accounting: how many bytes the code on each thread holds, and the ceiling beyond which
//! the process must stop rather than let the allocator abort it.
//!
//! Every interpreter runs on a thread of its own, so a per-thread count of the bytes allocated
//! minus the bytes freed there is the interpreter's heap (its objects, environments, strings,
//! element vectors, AST). [`Accounting`] wraps the global allocator to keep that count; the
//! binary installs it (and so do the test crates that run programs in-process). Without it the
//! count stays 0 and the heap limit is never reached.
//!
//! Two ways to stop, by where they happen:
//! - at a safe point (object and environment creation, every loop iteration and call),
//!   [`crate::value::heap::check_limit`] compares the count with [`Limits::max_heap_bytes`]; over it,
//!   a collection runs first, and only if that does not help the run ends with node's
//!   `FATAL ERROR: Reached heap limit …` (through [`crate::util::fatal`], which unwinds the
//!   interpreter so that an in-process run ends without taking its host down);
//! - inside the allocator, as a last resort: an allocation the system refuses, or one that
//!   would take the thread far past its limit (see `CEILING_HEADROOM`), prints the
//!   fatal line and ends the process at once (`_exit(134)`): an allocator cannot unwind, and
//!   returning null would make Rust abort.
//!
//! Invariants: the allocator path never allocates (it writes with `write(2)`); the counters are
//! const-initialised thread-locals without destructors, so reading them never allocates and
//! never fails during thread teardown.
//!
//! [`Limits::max_heap_bytes`]: crate::interp::Limits::max_heap_bytes

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    /// Bytes this thread may still allocate before it holds more than its limit: the limit
    /// minus the bytes allocated here and not yet freed here (negative when over it). One
    /// cell, so that the check at every safe point is a single load and sign test.
    static ROOM: Cell<isize> = const { Cell::new(NO_LIMIT) };
    /// This thread's heap limit in bytes; 0 when no interpreter runs here.
    static LIMIT: Cell<usize> = const { Cell::new(0) };
    /// How far past the limit a single allocation may take the thread before the allocator
    /// stops the process (see [`CEILING_HEADROOM`]).
    static SLACK: Cell<isize> = const { Cell::new(CEILING_HEADROOM as isize) };
}

/// The room of a thread without a limit: more than any process can allocate, so it never
/// runs out, and far from overflow in either direction.
const NO_LIMIT: isize = isize::MAX / 4;

/// A global allocator that counts, per thread, the bytes held (see the module documentation).
pub struct Accounting<A>(pub A);

/// The limit [`ROOM`] counts down from.
#[inline]
fn room_base() -> isize {
    match limit() {
        0 => NO_LIMIT,
        l => l as isize,
    }
}

/// Turns transparent huge pages off for this process, as mimalloc's `allow_thp = 0` would (it
/// reads that option only from the environment). With the kernel set to `always`, huge pages
/// inflate small heaps: peak RSS of `console.log(1)` 11.3 → 5.8 MB, and of `benches/js/` fib
/// 11.4 → 6.1 MB, object_churn 32.1 → 26.3 MB, cycles 48.3 → 34.7 MB, with no loss of time.
/// It runs before `main` (from `.init_array`), because memory faulted in before the call keeps
/// its huge pages: called from `main`, `console.log(1)` still took 9.4 MB. Without Linux, or
/// if the kernel refuses, nothing changes.
#[cfg(target_os = "linux")]
extern "C" fn disable_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static DISABLE_THP_BEFORE_MAIN: extern "C" fn() = disable_transparent_huge_pages;

pub fn held() -> usize {
    let room = ROOM.try_with(Cell::get).unwrap_or(NO_LIMIT);
    (room_base() - room).max(0) as usize
}

/// The current thread's heap limit in bytes (0: none).
#[inline]
pub fn limit() -> usize {
    LIMIT.try_with(Cell::get).unwrap_or(0)
}

/// Sets the heap limit of the current thread (the interpreter that runs on it sets its own);
/// what the thread already holds counts against it.
pub fn set_limit(bytes: usize) {
    let held = room_base() - ROOM.get();
    LIMIT.set(bytes);
    ROOM.set(room_base() - held);
    SLACK.set(bytes.max(CEILING_HEADROOM) as isize);
}

/// Whether the current thread holds more than its limit.
#[inline]
pub fn over_limit() -> bool {
    ROOM.try_with(Cell::get).unwrap_or(0) < 0
}

#[inline]
fn add(delta: isize) {
    let _ = ROOM.try_with(|r| r.set(r.get().wrapping_sub(delta)));
}

/// Headroom above the limit that a single allocation may take before the allocator itself
/// stops the process. The length limits bound the largest single request a program can make
/// (a string of 2^29 - 24 units and its UTF-16 copy, V8's largest dense array) to a few GB;
/// such a request is allowed here, and the next safe point reports the heap as exhausted by
/// unwinding, which an in-process run survives. Only a request beyond this headroom (a
/// length check missed somewhere) ends the process from inside the allocator.
const CEILING_HEADROOM: usize = 4 << 30;

/// Whether growing this thread's holding by `growth` bytes would pass its ceiling: the limit
/// plus the larger of the limit and [`CEILING_HEADROOM`] (a vector that doubles holds at most
/// the limit twice over), so only a single enormous request gets here. A thread without a
/// limit has room no request reaches.
#[inline]
fn beyond_ceiling(growth: usize) -> bool {
    let room = ROOM.try_with(Cell::get).unwrap_or(NO_LIMIT);
    let slack = SLACK
        .try_with(Cell::get)
        .unwrap_or(CEILING_HEADROOM as isize);
    growth > (room.saturating_add(slack)).max(0) as usize
}

/// The allocator's last resort: node's fatal line on stderr, then the process ends with 134.
#[cold]
fn die(line: &str) -> ! {
    // SAFETY: writing a valid buffer to fd 2 and ending the process; neither allocates.
    unsafe {
        libc::write(2, line.as_ptr().cast(), line.len());
        libc::_exit(crate::util::fatal::HEAP_EXHAUSTED_STATUS)
    }
}

/// Requests below this size are never checked against the ceiling: one of them cannot take a
/// thread far past its limit, and the safe points stop a run that makes many of them.
const SMALL_REQUEST: usize = 64 << 10;

/// The check before every allocation of `size` bytes (or growth by `size`).
#[inline]
fn before_growth(size: usize) {
    if size >= SMALL_REQUEST && beyond_ceiling(size) {
        die(crate::util::fatal::HEAP_LIMIT_REPORT);
    }
}

#[inline]
fn after_allocation(ptr: *mut u8, size: usize) -> *mut u8 {
    if ptr.is_null() {
        die(crate::util::fatal::SYSTEM_MEMORY_REPORT);
    }
    add(size as isize);
    ptr
}

// SAFETY: every call is forwarded unchanged to the inner allocator; the wrapper only counts
// and, on failure, ends the process instead of returning null.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Accounting<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        before_growth(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        after_allocation(unsafe { self.0.alloc(layout) }, layout.size())
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        before_growth(layout.size());
        // SAFETY: as for `alloc`.
        after_allocation(unsafe { self.0.alloc_zeroed(layout) }, layout.size())
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { self.0.dealloc(ptr, layout) };
        add(-(layout.size() as isize));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        before_growth(new_size.saturating_sub(layout.size()));
        // SAFETY: as for `alloc`.
        let moved = unsafe { self.0.realloc(ptr, layout, new_size) };
        if moved.is_null() {
            die(crate::util::fatal::SYSTEM_MEMORY_REPORT);
        }
        add(new_size as isize - layout.size() as isize);
        moved
    }
}
