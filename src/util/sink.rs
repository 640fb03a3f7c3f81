//! Where a run's output goes.

use std::rc::Rc;

/// An output stream: the process's own, a buffer (tests run programs in-process), or a
/// host-provided writer (the REPL prints through its line editor so the prompt is redrawn).
#[derive(Clone, Default)]
pub enum Sink {
    #[default]
    Stdout,
    Stderr,
    Buffer(Rc<std::cell::RefCell<Vec<u8>>>),
    Host(Rc<dyn Fn(&str)>),
}

impl std::fmt::Debug for Sink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Sink::Stdout => "Stdout",
            Sink::Stderr => "Stderr",
            Sink::Buffer(_) => "Buffer",
            Sink::Host(_) => "Host",
        })
    }
}

impl Sink {
    /// Writes `text`; a closed pipe (`minnow x.js | head -1`) is ignored rather than fatal.
    pub fn write(&self, text: &str) {
        use std::io::Write;
        match self {
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(text.as_bytes());
                let _ = out.flush();
            }
            Sink::Stderr => {
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
            }
            Sink::Buffer(b) => b.borrow_mut().extend_from_slice(text.as_bytes()),
            Sink::Host(write) => write(text),
        }
    }
}
