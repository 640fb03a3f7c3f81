//! The last line of defence behind the stack guard: a `SIGSEGV`/`SIGBUS` handler that turns a
//! fault on one of our guard pages into a clear fatal report (`minnow: internal error: native
//! stack overflow …`, exit status 70) instead of a raw signal.
//!
//! Every native stack minnow runs on registers its memory here: the interpreter thread's guard
//! area, each segment, each chunk of task stacks and the lane (see [`super::memory`]). The only
//! inaccessible pages inside those ranges are guard pages, so a fault inside one is a recursion
//! that missed the guard. Any other fault is not ours: the handler puts back the handler that
//! was installed before it (Rust's own, or the default action) and returns, so the fault
//! repeats and is handled as it would have been without us.
//!
//! Invariants: the handler is async-signal-safe (it reads atomics and calls only `write`,
//! `_exit` and `sigaction`), and runs on the thread's alternate signal stack, which every
//! thread that runs JavaScript has (see [`ensure_signal_stack`]).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Most ranges registered at once (all threads together). A range that finds no free entry is
/// simply not reported by name; the guard page still stops the overflow.
const CAPACITY: usize = 8192;
/// An entry that is being written (its start is not valid yet).
const WRITING: usize = usize::MAX;

/// Start and end of each registered range; a start of 0 marks a free entry.
static STARTS: [AtomicUsize; CAPACITY] = [const { AtomicUsize::new(0) }; CAPACITY];
static ENDS: [AtomicUsize; CAPACITY] = [const { AtomicUsize::new(0) }; CAPACITY];

/// The handlers that were installed before ours, for `SIGSEGV` and `SIGBUS`.
static PREVIOUS: OnceLock<[libc::sigaction; 2]> = OnceLock::new();

const REPORT: &[u8] =
    b"minnow: internal error: native stack overflow (a recursion ran into a guard page)\n";
/// The exit status of an internal error (`EX_SOFTWARE`).
const INTERNAL_ERROR_STATUS: i32 = 70;

/// A registered range; unregisters itself when dropped.
#[derive(Debug)]
pub struct Registration(Option<usize>);

/// Registers `[start, end)` as native-stack memory of ours.
pub fn register(start: usize, end: usize) -> Registration {
    install_handler();
    for (i, slot) in STARTS.iter().enumerate() {
        if slot
            .compare_exchange(0, WRITING, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            ENDS[i].store(end, Ordering::Release);
            slot.store(start, Ordering::Release);
            return Registration(Some(i));
        }
    }
    Registration(None)
}

impl Drop for Registration {
    fn drop(&mut self) {
        if let Some(i) = self.0 {
            STARTS[i].store(0, Ordering::Release);
        }
    }
}

/// Whether `address` lies in a registered range.
fn is_ours(address: usize) -> bool {
    STARTS.iter().zip(&ENDS).any(|(start, end)| {
        let start = start.load(Ordering::Acquire);
        start != 0 && start != WRITING && start <= address && address < end.load(Ordering::Acquire)
    })
}

extern "C" fn on_fault(signal: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid `siginfo_t` to an `SA_SIGINFO` handler.
    let address = unsafe { (*info).si_addr() } as usize;
    if is_ours(address) {
        // SAFETY: `write` and `_exit` are async-signal-safe; the buffer is a static.
        unsafe {
            libc::write(2, REPORT.as_ptr().cast(), REPORT.len());
            libc::_exit(INTERNAL_ERROR_STATUS);
        }
    }
    let index = usize::from(signal == libc::SIGBUS);
    if let Some(previous) = PREVIOUS.get() {
        // SAFETY: `sigaction` is async-signal-safe and `previous` was filled in by the kernel.
        unsafe {
            libc::sigaction(signal, &previous[index], std::ptr::null_mut());
        }
    }
}

/// Installs [`on_fault`] once per process, remembering the handlers it replaces.
fn install_handler() {
    PREVIOUS.get_or_init(|| {
        // SAFETY: plain `sigaction` calls with fully initialised structures.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = on_fault as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut action.sa_mask);
            let mut previous: [libc::sigaction; 2] = std::mem::zeroed();
            libc::sigaction(libc::SIGSEGV, &action, &mut previous[0]);
            libc::sigaction(libc::SIGBUS, &action, &mut previous[1]);
            previous
        }
    });
}

/// An alternate signal stack this module installed for a thread that had none.
pub struct SignalStack {
    base: *mut libc::c_void,
    len: usize,
}

const SIGNAL_STACK_BYTES: usize = 64 * 1024;

/// Gives the calling thread an alternate signal stack unless it has one (Rust's runtime gives
/// one to the threads it starts), so that the handler can run when the stack is exhausted.
pub fn ensure_signal_stack() -> Option<SignalStack> {
    // SAFETY: querying and setting the alternate stack of the calling thread; the new stack is
    // a fresh mapping that outlives its use (see `Drop`).
    unsafe {
        let mut current: libc::stack_t = std::mem::zeroed();
        if libc::sigaltstack(std::ptr::null(), &mut current) != 0
            || current.ss_flags & libc::SS_DISABLE == 0
        {
            return None;
        }
        let base = libc::mmap(
            std::ptr::null_mut(),
            SIGNAL_STACK_BYTES,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if base == libc::MAP_FAILED {
            return None;
        }
        let stack = libc::stack_t {
            ss_sp: base,
            ss_flags: 0,
            ss_size: SIGNAL_STACK_BYTES,
        };
        if libc::sigaltstack(&stack, std::ptr::null_mut()) != 0 {
            libc::munmap(base, SIGNAL_STACK_BYTES);
            return None;
        }
        Some(SignalStack {
            base,
            len: SIGNAL_STACK_BYTES,
        })
    }
}

impl Drop for SignalStack {
    fn drop(&mut self) {
        // SAFETY: the stack is ours; it is switched off before it is unmapped (this runs on the
        // thread that installed it, when its thread-locals are destroyed).
        unsafe {
            let off = libc::stack_t {
                ss_sp: std::ptr::null_mut(),
                ss_flags: libc::SS_DISABLE,
                ss_size: 0,
            };
            libc::sigaltstack(&off, std::ptr::null_mut());
            libc::munmap(self.base, self.len);
        }
    }
}

/// The guard area below the calling thread's own stack, for [`register`] (Linux only; elsewhere
/// the platform's own overflow report stays in charge of thread stacks).
#[cfg(target_os = "linux")]
pub fn thread_guard_area() -> Option<(usize, usize)> {
    // SAFETY: `pthread_getattr_np` fills `attr` for the calling thread; it is destroyed after.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size = 0;
        let mut guard = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0
            && libc::pthread_attr_getguardsize(&attr, &mut guard) == 0;
        libc::pthread_attr_destroy(&mut attr);
        // Generous on both sides: accessible pages never fault, so covering a little more than
        // the guard itself cannot misreport.
        let low = addr as usize;
        let reach = guard.max(64 * 1024);
        ok.then(|| (low.saturating_sub(reach), low + super::memory::page_size()))
    }
}

#[cfg(not(target_os = "linux"))]
pub fn thread_guard_area() -> Option<(usize, usize)> {
    None
}
