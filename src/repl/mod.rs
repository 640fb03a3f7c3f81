//! The interactive REPL: `minnow` with no file on a terminal.
//!
//! Two threads, because the event loop must keep running while the prompt waits:
//! - the *editor* thread (the process's main thread) owns rustyline: it reads a line, sends it
//!   to the interpreter, and waits to be told which prompt to show next;
//! - the *interpreter* thread owns the [`Session`] (the heap is single-threaded). Between
//!   inputs it waits for the next line *or* the next timer, whichever comes first, so a
//!   `setTimeout` typed at the prompt fires while the user is idle. Everything JavaScript
//!   prints goes through rustyline's external printer, which redraws the prompt and any
//!   half-typed line underneath.
//!
//! Nothing typed or pasted is lost or reordered, whatever the timing: one editor reads every
//! line (rustyline keeps the bytes it read past a line for the next one), the terminal keeps
//! input typed while code runs untouched until then ([`terminal`]), a pasted block runs line by
//! line, and each line is evaluated before the next is read.
//!
//! [`Session`] itself has no terminal in it: tests drive it directly with strings.

mod editor;
mod session;
mod terminal;

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustyline::error::ReadlineError;
use rustyline::{Config, Editor, ExternalPrinter};

use std::cell::RefCell;
use std::rc::Rc;

use crate::driver::Options;
use crate::host::event_loop;
use crate::interp::Interrupts;
use crate::util::fatal::{INTERNAL_ERROR_STATUS, internal_error_report};
use crate::util::sink::Sink;

pub use session::{Evaluation, Session};

/// What the editor thread sends to the interpreter thread.
enum Request {
    /// A line the user entered.
    Line(String),
    /// Ctrl-C on the prompt: drop any half-entered multi-line input.
    Cancel,
    /// Completion candidates for `line` with the cursor at `pos`.
    Complete {
        line: String,
        pos: usize,
        reply: Sender<(usize, Vec<String>)>,
    },
    /// Ctrl-D: ends `.editor` mode, otherwise leaves.
    EndOfInput,
    /// Ctrl-C twice: leave.
    Exit,
}

/// What the interpreter thread answers after each request.
enum Reply {
    /// Ready for more input, with this prompt.
    Prompt(String),
    /// The session ended (`.exit`).
    Exit,
}

/// Native stack of the interpreter thread, as in `runtime`.
use crate::util::stack::THREAD_STACK_BYTES as INTERPRETER_STACK;

/// Runs the REPL until the user leaves; returns the exit status (0, or 134 / 70 when heap
/// exhaustion or an internal error ended it).
pub fn run(options: &Options) -> i32 {
    let config = Config::builder().auto_add_history(false).build();
    let mut editor: Editor<editor::ReplHelper, rustyline::history::FileHistory> =
        match Editor::with_config(config) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("minnow: cannot start the line editor: {e}");
                return 1;
            }
        };
    editor::bind_paste_keys(&mut editor);
    let history = editor::history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let printer: Arc<Mutex<Box<dyn ExternalPrinter + Send>>> =
        match editor.create_external_printer() {
            Ok(p) => Arc::new(Mutex::new(Box::new(p))),
            Err(e) => {
                eprintln!("minnow: cannot start the line editor: {e}");
                return 1;
            }
        };
    let (to_interp, requests) = mpsc::channel::<Request>();
    let (to_editor, replies) = mpsc::channel::<Reply>();
    editor.set_helper(Some(editor::ReplHelper::new(to_interp.clone())));
    let options = options.clone();
    // Ctrl-C while code runs raises SIGINT (the line editor is not reading then), which sets
    // this flag: it stops the running code instead of the process. At the prompt, rustyline
    // reads Ctrl-C as a key.
    let interrupt = Arc::new(Interrupts::default());
    #[cfg(unix)]
    {
        let raise = interrupt.clone();
        // SAFETY: the handler only does an atomic add (`Interrupts::raise`).
        let _ = unsafe {
            signal_hook::low_level::register(signal_hook::consts::SIGINT, move || raise.raise())
        };
    }
    let for_session = interrupt.clone();
    let interp_thread = std::thread::Builder::new()
        .name("minnow-repl".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || serve(&options, printer, requests, to_editor, for_session));
    let Ok(interp_thread) = interp_thread else {
        eprintln!("minnow: cannot start the interpreter thread");
        return 1;
    };
    println!(
        "Welcome to minnow v{}.\nType \".help\" for more information.",
        env!("CARGO_PKG_VERSION")
    );
    let type_ahead = terminal::TypeAhead::hold();
    edit_loop(&mut editor, &to_interp, &replies, &interrupt);
    drop(type_ahead);
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    drop(to_interp);
    // A run that ended abnormally is reported only now, with the terminal out of raw mode.
    let (code, report) = interp_thread.join().unwrap_or_else(|_| {
        (
            INTERNAL_ERROR_STATUS,
            internal_error_report("the interpreter thread failed"),
        )
    });
    eprint!("{report}");
    code
}

/// The editor thread: read, send, wait for the next prompt.
fn edit_loop(
    editor: &mut Editor<editor::ReplHelper, rustyline::history::FileHistory>,
    to_interp: &Sender<Request>,
    replies: &Receiver<Reply>,
    interrupt: &Interrupts,
) {
    let mut prompt = "> ".to_string();
    let mut interrupted_once = false;
    loop {
        // A Ctrl-C that came between two reads (a second press while code was being stopped,
        // or one after the code had finished, before the editor took the keyboard back) raised
        // SIGINT that no code took: it is the key pressed at this prompt, as node's REPL,
        // reading raw bytes, would take it.
        let read = if interrupt.take_one() {
            Err(ReadlineError::Interrupted)
        } else {
            editor.readline(&prompt)
        };
        let request = match read {
            Ok(line) => {
                interrupted_once = false;
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                Request::Line(line)
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C clears the line; twice in a row on an empty prompt leaves.
                if interrupted_once && prompt == "> " {
                    let _ = to_interp.send(Request::Exit);
                    return;
                }
                if prompt == "> " {
                    println!("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
                }
                interrupted_once = true;
                Request::Cancel
            }
            Err(ReadlineError::Eof) => Request::EndOfInput,
            Err(_) => {
                let _ = to_interp.send(Request::Exit);
                return;
            }
        };
        if to_interp.send(request).is_err() {
            return;
        }
        match replies.recv() {
            Ok(Reply::Prompt(p)) => prompt = p,
            Ok(Reply::Exit) | Err(_) => return,
        }
    }
}

/// The interpreter thread: serves requests until the session ends. Returns the exit status
/// and, when heap exhaustion or an internal error ended the session, its report (see
/// [`crate::util::fatal`]); the editor is then told to leave.
fn serve(
    options: &Options,
    printer: Arc<Mutex<Box<dyn ExternalPrinter + Send>>>,
    requests: Receiver<Request>,
    to_editor: Sender<Reply>,
    interrupt: Arc<Interrupts>,
) -> (i32, String) {
    let report = Rc::new(RefCell::new(Vec::new()));
    let code = crate::util::fatal::guarded(&Sink::Buffer(report.clone()), || {
        serve_requests(options, printer, requests, &to_editor, interrupt);
        0
    });
    if code != 0 {
        let _ = to_editor.send(Reply::Exit);
    }
    let report = String::from_utf8_lossy(&report.borrow()).into_owned();
    (code, report)
}

/// Evaluates inputs, runs timers while idle, answers completions.
fn serve_requests(
    options: &Options,
    printer: Arc<Mutex<Box<dyn ExternalPrinter + Send>>>,
    requests: Receiver<Request>,
    to_editor: &Sender<Reply>,
    interrupt: Arc<Interrupts>,
) {
    let print = move |text: &str| {
        if let Ok(mut p) = printer.lock() {
            let _ = p.print(text.to_string());
        }
    };
    let mut session = Session::new(options, std::rc::Rc::new(print), interrupt);
    loop {
        let wait = event_loop::time_until_next_timer(session.interp_mut());
        let request = match wait {
            Some(delay) => match requests.recv_timeout(delay) {
                Ok(r) => r,
                Err(RecvTimeoutError::Timeout) => {
                    session.run_due_timers();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            },
            None => match requests.recv() {
                Ok(r) => r,
                Err(_) => return,
            },
        };
        match request {
            Request::Line(line) => match session.eval_line(&line) {
                Evaluation::Exit => {
                    session.shutdown();
                    let _ = to_editor.send(Reply::Exit);
                    return;
                }
                _ => {
                    let _ = to_editor.send(Reply::Prompt(session.prompt().to_string()));
                }
            },
            Request::Cancel => {
                session.cancel_pending();
                let _ = to_editor.send(Reply::Prompt(session.prompt().to_string()));
            }
            Request::Complete { line, pos, reply } => {
                let _ = reply.send(session.complete(&line, pos));
            }
            Request::EndOfInput if session.in_editor_mode() => {
                session.finish_editor();
                let _ = to_editor.send(Reply::Prompt(session.prompt().to_string()));
            }
            Request::EndOfInput | Request::Exit => {
                session.shutdown();
                let _ = to_editor.send(Reply::Exit);
                return;
            }
        }
    }
}

/// How long a completion request may wait for the interpreter (busy running code).
pub(crate) const COMPLETION_TIMEOUT: Duration = Duration::from_millis(200);
