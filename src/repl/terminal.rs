//! Keeps what the user types or pastes while the interpreter is busy.
//!
//! rustyline switches the terminal to raw mode while it reads a line and back to the mode it
//! found afterwards. Left in the ordinary (canonical, echoing) mode between two lines, the
//! terminal would echo input typed ahead and hold it for the kernel's own line editing, which
//! rewrites it (`\r` to `\n`, erase and kill characters). [`TypeAhead`] puts the terminal in a
//! mode close to rustyline's raw one for the whole session instead, so such input waits in the
//! terminal's queue byte for byte until the next line is read. It keeps signals, so Ctrl-C still
//! interrupts running code, without flushing that queue, and keeps output processing, so what
//! the program prints still starts each line at the left margin.
//!
//! Invariant: while a [`TypeAhead`] lives the terminal is in that mode outside rustyline's
//! reads; dropping it restores the mode the session started with. Mode changes wait for pending
//! output and never discard input (`TCSADRAIN`, not `TCSAFLUSH`).

use std::mem::MaybeUninit;
use std::os::fd::{AsRawFd, RawFd};

/// The terminal's mode for the session, and the one to restore.
pub struct TypeAhead {
    fd: RawFd,
    original: libc::termios,
}

impl TypeAhead {
    /// Switches standard input's terminal to the between-lines mode; `None` if it is not a
    /// terminal or refuses.
    pub fn hold() -> Option<TypeAhead> {
        let fd = std::io::stdin().as_raw_fd();
        let original = current_mode(fd)?;
        let mut held = original;
        // No line editing, no echo, no extended input processing (Ctrl-V, Ctrl-O).
        held.c_lflag &= !(libc::ICANON | libc::ECHO | libc::IEXTEN);
        // Ctrl-C still raises SIGINT, but keeps what was typed after it.
        held.c_lflag |= libc::ISIG | libc::NOFLSH;
        // Enter stays `\r` and Ctrl-S / Ctrl-Q stay keys, as rustyline reads them.
        held.c_iflag &= !(libc::ICRNL | libc::IXON);
        set_mode(fd, &held).then_some(TypeAhead { fd, original })
    }
}

impl Drop for TypeAhead {
    fn drop(&mut self) {
        set_mode(self.fd, &self.original);
    }
}

fn current_mode(fd: RawFd) -> Option<libc::termios> {
    let mut mode = MaybeUninit::<libc::termios>::uninit();
    // SAFETY: `tcgetattr` fills the whole struct when it returns 0.
    let ok = unsafe { libc::tcgetattr(fd, mode.as_mut_ptr()) } == 0;
    // SAFETY: initialised by the successful call above.
    ok.then(|| unsafe { mode.assume_init() })
}

fn set_mode(fd: RawFd, mode: &libc::termios) -> bool {
    // SAFETY: `mode` is a valid termios; the call only reads it.
    unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, mode) == 0 }
}
