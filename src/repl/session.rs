//! One REPL session without the terminal: a persistent global scope, multi-line input,
//! echoing completion values, dot commands, and the event loop stepped between inputs.
//!
//! Invariant: every input is a separate program resolved against the same [`GlobalScope`], so
//! `let`/`const`/functions of one input are visible in the next, and redeclaring a top-level
//! `let` in a later input is allowed, as in node's REPL.

use std::rc::Rc;
use std::sync::Arc;

use crate::builtins::promise::PromiseState;
use crate::driver::{Options, report_fatal};
use crate::host::event_loop::{self, Fatal};
use crate::host::inspect::inspect;
use crate::interp::{Exception, Interp, Interrupts, JsResult};
use crate::syntax::Source;
use crate::syntax::diagnostics::{EarlyErrorKind, SyntaxError, render_syntax_error};
use crate::syntax::scope::GlobalScope;
use crate::util::sink::Sink;
use crate::value::{JsStr, Value};

/// The outcome of one line of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Evaluation {
    /// The input is not complete yet (an open bracket, string template or trailing operator).
    Incomplete,
    /// Evaluated (or a dot command ran); output was already printed.
    Done,
    /// A syntax or runtime error was reported; the session goes on.
    Failed,
    /// `.exit`
    Exit,
}

const PROMPT: &str = "> ";
const CONTINUATION_PROMPT: &str = "... ";

pub struct Session {
    interp: Interp,
    globals: GlobalScope,
    options: Options,
    output: Rc<dyn Fn(&str)>,
    /// Lines of an input that is not complete yet.
    pending: String,
    /// In `.editor` mode every line is collected until Ctrl-D.
    editor_mode: bool,
    /// Every input evaluated so far, for `.save`.
    history: Vec<String>,
    inputs: usize,
    /// Echo values in colour (a terminal, and `NO_COLOR` unset).
    colors: bool,
    interrupt: Arc<Interrupts>,
}

impl Session {
    /// A fresh session writing everything through `output`; running code stops when
    /// `interrupt` is set (the REPL's SIGINT handler sets it).
    pub fn new(options: &Options, output: Rc<dyn Fn(&str)>, interrupt: Arc<Interrupts>) -> Session {
        let interp = Self::fresh_interp(options, &output, &interrupt);
        Session {
            interp,
            globals: GlobalScope::default(),
            options: options.clone(),
            output,
            pending: String::new(),
            editor_mode: false,
            history: Vec::new(),
            inputs: 0,
            colors: super::editor::colors_enabled(),
            interrupt,
        }
    }

    fn fresh_interp(
        options: &Options,
        output: &Rc<dyn Fn(&str)>,
        interrupt: &Arc<Interrupts>,
    ) -> Interp {
        let source = Source {
            name: "REPL".into(),
            text: "".into(),
        };
        let mut interp = crate::host::new_interp(source, options.limits);
        interp.stdout = Sink::Host(output.clone());
        interp.stderr = Sink::Host(output.clone());
        interp.interrupt = interrupt.clone();
        interp
    }

    pub fn interp_mut(&mut self) -> &mut Interp {
        &mut self.interp
    }

    fn print(&self, text: &str) {
        (self.output)(text);
    }

    /// The prompt for the next line.
    pub fn prompt(&self) -> &'static str {
        if self.editor_mode {
            ""
        } else if self.pending.is_empty() {
            PROMPT
        } else {
            CONTINUATION_PROMPT
        }
    }

    /// Ctrl-C: forget a half-entered input.
    pub fn cancel_pending(&mut self) {
        self.pending.clear();
        self.editor_mode = false;
    }

    /// Ctrl-D in `.editor` mode evaluates what was typed.
    pub fn finish_editor(&mut self) -> Evaluation {
        self.editor_mode = false;
        let text = std::mem::take(&mut self.pending);
        self.eval_complete_input(&text)
    }

    pub fn in_editor_mode(&self) -> bool {
        self.editor_mode
    }

    /// Handles one line typed at the prompt.
    pub fn eval_line(&mut self, line: &str) -> Evaluation {
        if self.editor_mode {
            self.pending.push_str(line);
            self.pending.push('\n');
            return Evaluation::Incomplete;
        }
        if self.pending.is_empty() && line.trim_start().starts_with('.') {
            return self.dot_command(line.trim());
        }
        let text = format!("{}{line}", self.pending);
        if text.trim().is_empty() {
            return Evaluation::Done;
        }
        match crate::syntax::parser::parse(&text, self.options.limits.max_nesting) {
            Err(e) if is_incomplete(&e) => {
                self.pending = text + "\n";
                Evaluation::Incomplete
            }
            _ => {
                self.pending.clear();
                self.eval_complete_input(&text)
            }
        }
    }

    /// Parses, resolves and runs one complete input, echoing its value.
    fn eval_complete_input(&mut self, text: &str) -> Evaluation {
        self.inputs += 1;
        let name = format!("REPL{}", self.inputs);
        let max_nesting = self.options.limits.max_nesting;
        let program = match crate::syntax::parser::parse(text, max_nesting) {
            Ok(p) => p,
            Err(e) => {
                self.report_early_error(&name, text, &e);
                return Evaluation::Failed;
            }
        };
        if let Err(e) = crate::syntax::analyze(&program, text, &mut self.globals, max_nesting) {
            self.report_early_error(&name, text, &e);
            return Evaluation::Failed;
        }
        self.history.push(text.to_string());
        self.interp.later_top_level = self
            .globals
            .bindings()
            .map(|(name, slot, assignable)| (name.clone(), (slot, assignable)))
            .collect();
        self.interp.source = Rc::new(Source {
            name,
            text: text.into(),
        });
        // A Ctrl-C still waiting (pressed after this line was entered) stops this code.
        let completion = if program.has_top_level_await.get() {
            self.run_awaiting_input(Rc::new(program))
        } else {
            self.interp.run_script(&program)
        };
        let outcome = match completion {
            Ok(value) => {
                self.set_global("_", value.clone());
                self.print(&format!("{}\n", self.echo(&value)));
                Evaluation::Done
            }
            Err(e) => {
                let value = e.into_value();
                self.report_uncaught(&value);
                self.set_global("_error", value);
                Evaluation::Failed
            }
        };
        if let Err(fatal) = event_loop::drain_microtasks(&mut self.interp) {
            self.report_fatal(&fatal);
        }
        outcome
    }

    /// An input that cannot run: a syntax error as a report, and source nested too deeply as
    /// the `RangeError` node's REPL shows then.
    fn report_early_error(&self, name: &str, text: &str, e: &SyntaxError) {
        match e.kind {
            EarlyErrorKind::Syntax => self.print(&render_syntax_error(name, text, e)),
            EarlyErrorKind::TooDeep => {
                self.print(&format!("Uncaught {}: {}\n", e.name(), e.message));
            }
        }
    }

    /// Runs an input that uses top-level `await` as an async body and waits — running timers
    /// and jobs meanwhile, as node's REPL does — until it settles; its value or rejection is
    /// the input's completion. An input that can never settle (nothing left that could
    /// settle it) or Ctrl-C stops the wait.
    fn run_awaiting_input(&mut self, program: Rc<crate::syntax::ast::Program>) -> JsResult<Value> {
        let promise = self.interp.run_module(program)?;
        // The REPL reports the input's failure itself, not as an unhandled rejection.
        if let crate::value::object::ObjectKind::Promise(p) = &mut promise.data.borrow_mut().kind {
            p.is_handled = true;
        }
        self.interp.host.untrack_rejection(&promise);
        loop {
            if let Err(fatal) = event_loop::drain_microtasks(&mut self.interp) {
                self.report_fatal(&fatal);
            }
            match crate::builtins::promise::promise_state(&promise) {
                Some(PromiseState::Fulfilled(v)) => return Ok(v),
                Some(PromiseState::Rejected(e)) => {
                    return Err(Exception::new(e, crate::syntax::ast::Span::default()));
                }
                _ => {}
            }
            if self.interrupt.take_one() {
                return Ok(Value::Undefined);
            }
            let Some(wait) = event_loop::time_until_next_timer(&mut self.interp) else {
                return Ok(Value::Undefined);
            };
            // Short sleeps keep Ctrl-C responsive during a long timer.
            std::thread::sleep(wait.min(std::time::Duration::from_millis(50)));
            self.run_due_timers();
        }
    }

    /// Runs the timers that are due; errors are reported and the session goes on.
    pub fn run_due_timers(&mut self) {
        if let Err(fatal) = event_loop::run_due_timers(&mut self.interp) {
            self.report_fatal(&fatal);
        }
    }

    fn report_fatal(&mut self, fatal: &Fatal) {
        match fatal {
            Fatal::Uncaught(e) => {
                let value = e.value().clone();
                self.report_uncaught(&value);
                self.set_global("_error", value);
            }
            Fatal::UnhandledRejection(_) => {
                let text = report_fatal(&self.interp, fatal);
                self.print(&format!("Uncaught {text}"));
            }
        }
    }

    fn report_uncaught(&self, value: &Value) {
        let shown = inspect(&self.interp, value);
        let shown = if matches!(value, Value::String(_)) {
            format!("'{shown}'")
        } else {
            shown
        };
        self.print(&format!("Uncaught {shown}\n"));
    }

    /// The completion value as the REPL shows it: quoted strings, colours on a terminal.
    fn echo(&self, value: &Value) -> String {
        crate::host::inspect::inspect_for_repl(&self.interp, value, self.colors)
    }

    fn set_global(&mut self, name: &str, value: Value) {
        let global = self.interp.global().clone();
        // `_` and `_error` are plain data properties unless the user made them accessors;
        // a throwing setter then just leaves them unset.
        let _ = self.interp.set_on_object(&global, JsStr::from(name), value);
    }

    /// Ctrl-D / `.exit`: pending timers are cancelled, as in node's REPL.
    pub fn shutdown(&mut self) {
        event_loop::cancel_all_timers(&mut self.interp);
    }

    fn dot_command(&mut self, line: &str) -> Evaluation {
        let (command, arg) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let arg = arg.trim();
        match command {
            ".exit" => Evaluation::Exit,
            ".help" => {
                self.print(HELP);
                Evaluation::Done
            }
            ".clear" => {
                let tracing = self.interp.trace.is_some();
                self.interp = Self::fresh_interp(&self.options, &self.output, &self.interrupt);
                if tracing {
                    self.start_trace();
                }
                self.globals = GlobalScope::default();
                self.print("Clearing context...\n");
                Evaluation::Done
            }
            ".editor" => {
                self.editor_mode = true;
                self.print("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n");
                Evaluation::Incomplete
            }
            ".load" => self.load(arg),
            ".save" => self.save(arg),
            ".queues" => {
                self.print(&self.describe_queues());
                Evaluation::Done
            }
            ".trace" => self.trace_command(arg),
            _ => {
                self.print("Invalid REPL keyword\n");
                Evaluation::Failed
            }
        }
    }

    /// `.trace on|off`: narrate the event-loop steps of what runs from now on (the inputs,
    /// and the timers and jobs they leave behind), as `minnow --trace` does.
    fn trace_command(&mut self, arg: &str) -> Evaluation {
        match arg {
            "on" => {
                if self.interp.trace.is_none() {
                    self.start_trace();
                }
                self.print(
                    "Tracing the event loop: each step is narrated below the input's output.\n",
                );
                Evaluation::Done
            }
            "off" => {
                self.interp.finish_trace();
                self.interp.trace = None;
                self.print("Tracing off.\n");
                Evaluation::Done
            }
            "" => {
                let state = if self.interp.trace.is_some() {
                    "on"
                } else {
                    "off"
                };
                self.print(&format!("Tracing is {state} (.trace on|off).\n"));
                Evaluation::Done
            }
            _ => {
                self.print("Usage: .trace on|off\n");
                Evaluation::Failed
            }
        }
    }

    fn start_trace(&mut self) {
        let out = Sink::Host(self.output.clone());
        let text = crate::trace::text::Text::new(out, self.colors);
        self.interp.trace = Some(Box::new(crate::trace::Trace::new(Box::new(text))));
    }

    fn load(&mut self, path: &str) -> Evaluation {
        match std::fs::read_to_string(path) {
            Ok(text) => self.eval_complete_input(&text),
            Err(e) => {
                self.print(&format!("Failed to load: {path} ({e})\n"));
                Evaluation::Failed
            }
        }
    }

    fn save(&mut self, path: &str) -> Evaluation {
        let text = self.history.join("\n") + "\n";
        match std::fs::write(path, text) {
            Ok(()) => {
                self.print(&format!("Session saved to: {path}\n"));
                Evaluation::Done
            }
            Err(e) => {
                self.print(&format!("Failed to save: {path} ({e})\n"));
                Evaluation::Failed
            }
        }
    }

    /// `.queues`: what the "Web APIs" and the microtask queue hold right now.
    fn describe_queues(&self) -> String {
        let timers = self.interp.host.describe_timers();
        let mut out = format!("Timers ({}):\n", timers.len());
        for t in &timers {
            let callback = crate::host::inspect::inspect(&self.interp, &t.callback);
            out.push_str(&format!(
                "  #{} due in {} ms ({} ms delay): {callback}\n",
                t.id, t.due_in_ms, t.delay
            ));
        }
        out.push_str(&format!(
            "Microtasks queued: {}\n",
            self.interp.host.pending_microtasks()
        ));
        out
    }

    /// Completion candidates for `line` with the cursor at byte `pos`: the start of the word
    /// being completed and the full words that could replace it.
    pub fn complete(&mut self, line: &str, pos: usize) -> (usize, Vec<String>) {
        super::editor::complete(self, &line[..pos.min(line.len())])
    }

    /// Names declared at the top level of the session.
    pub fn declared_names(&self) -> Vec<String> {
        self.globals.names().map(|n| n.to_string()).collect()
    }

    /// The value of a top-level name, looking first at declarations then at the global object.
    pub fn lookup(&mut self, name: &str) -> Option<Value> {
        if let Some(slot) = self.globals.slot_of(name) {
            let v = self
                .interp
                .script_env
                .slots
                .borrow()
                .get(slot as usize)
                .cloned();
            return v.filter(|v| !matches!(v, Value::Empty));
        }
        let global = self.interp.global().clone();
        self.interp
            .find_property(&global, &JsStr::from(name))
            .ok()
            .flatten()
    }

    pub fn interp(&self) -> &Interp {
        &self.interp
    }
}

/// Whether a parse error only means "more input needed": the error is at the end of input.
fn is_incomplete(e: &SyntaxError) -> bool {
    e.message == "Unexpected end of input" || e.message.starts_with("Unterminated template")
}

const HELP: &str = "\
.clear    Start a fresh global scope
.editor   Enter editor mode (Ctrl+D evaluates, Ctrl+C cancels)
.exit     Exit the REPL
.help     Print this help message
.load     Load JS from a file into the REPL session
.queues   Show pending timers and queued microtasks
.save     Save all evaluated commands in this REPL session to a file
.trace    Narrate event-loop steps (.trace on|off), like minnow --trace

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
";
