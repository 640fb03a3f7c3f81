//! The line editor's side of the REPL: completion (asked of the interpreter thread, which owns
//! the live objects), syntax highlighting with minnow's own lexer, matching-bracket
//! highlighting, pasted text run line by line, and where the history file lives.

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};

use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter, MatchingBracketHighlighter};
use rustyline::hint::Hinter;
use rustyline::history::History;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Context, Editor, Event, EventContext, EventHandler, Helper,
    KeyCode, KeyEvent, Modifiers, RepeatCount,
};

use crate::syntax::lexer::{Tok, tokenize};
use crate::value::Value;

use super::session::Session;
use super::{COMPLETION_TIMEOUT, Request};

/// The history file: `MINNOW_REPL_HISTORY` if set (empty disables history), else
/// `~/.minnow_history`.
pub fn history_path() -> Option<PathBuf> {
    match std::env::var_os("MINNOW_REPL_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".minnow_history")),
    }
}

/// Colours only on a terminal and never with `NO_COLOR`.
pub fn colors_enabled() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub struct ReplHelper {
    to_interp: Sender<Request>,
    brackets: MatchingBracketHighlighter,
    colors: bool,
}

impl ReplHelper {
    pub(super) fn new(to_interp: Sender<Request>) -> ReplHelper {
        ReplHelper {
            to_interp,
            brackets: MatchingBracketHighlighter::new(),
            colors: colors_enabled(),
        }
    }
}

/// node's REPL runs a pasted block line by line, as if it were typed. rustyline would insert a
/// bracketed paste into the current line whole and wait for Enter, so the paste's start and end
/// markers are bound to nothing instead: the pasted text arrives as keys, and each newline in
/// it ends a line. A Tab inside a paste is text, not a request to complete.
pub fn bind_paste_keys<H: Helper, I: History>(editor: &mut Editor<H, I>) {
    let pasting = Arc::new(AtomicBool::new(false));
    for (code, starts) in [
        (KeyCode::BracketedPasteStart, true),
        (KeyCode::BracketedPasteEnd, false),
    ] {
        let marker = PasteMarker {
            pasting: pasting.clone(),
            starts,
        };
        editor.bind_sequence(
            KeyEvent(code, Modifiers::NONE),
            EventHandler::Conditional(Box::new(marker)),
        );
    }
    editor.bind_sequence(
        KeyEvent(KeyCode::Tab, Modifiers::NONE),
        EventHandler::Conditional(Box::new(PastedTab { pasting })),
    );
}

/// The start or end of a bracketed paste: does nothing but note whether a paste is going on.
struct PasteMarker {
    pasting: Arc<AtomicBool>,
    starts: bool,
}

impl ConditionalEventHandler for PasteMarker {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.pasting.store(self.starts, Ordering::Relaxed);
        Some(Cmd::Noop)
    }
}

/// Tab: inserted as text inside a paste, completion otherwise (`None`: the default binding).
struct PastedTab {
    pasting: Arc<AtomicBool>,
}

impl ConditionalEventHandler for PastedTab {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.pasting
            .load(Ordering::Relaxed)
            .then_some(Cmd::SelfInsert(1, '\t'))
    }
}

impl Helper for ReplHelper {}
impl Hinter for ReplHelper {
    type Hint = String;
}
impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let (reply, answer) = mpsc::channel();
        let request = Request::Complete {
            line: line.to_string(),
            pos,
            reply,
        };
        if self.to_interp.send(request).is_err() {
            return Ok((pos, Vec::new()));
        }
        Ok(answer
            .recv_timeout(COMPLETION_TIMEOUT)
            .unwrap_or((pos, Vec::new())))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.colors {
            return Cow::Borrowed(line);
        }
        let bracketed = self.brackets.highlight(line, pos);
        if bracketed != line {
            // A matching bracket is being shown; keep rustyline's highlighting for it.
            return bracketed;
        }
        Cow::Owned(highlight_js(line))
    }

    fn highlight_char(&self, line: &str, pos: usize, kind: CmdKind) -> bool {
        self.colors
            && (self.brackets.highlight_char(line, pos, kind) || kind != CmdKind::MoveCursor)
    }
}

const KEYWORD: &str = "\x1b[35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[90m";
const RESET: &str = "\x1b[0m";

/// Colours keywords, strings, numbers and comments of one line of JavaScript.
pub fn highlight_js(line: &str) -> String {
    let (tokens, _) = tokenize(line);
    let mut out = String::with_capacity(line.len() + 32);
    let mut at = 0usize;
    for t in &tokens {
        let (start, end) = (t.span.start as usize, t.span.end as usize);
        if start < at || end > line.len() {
            continue;
        }
        push_gap(&mut out, &line[at..start]);
        let text = &line[start..end];
        match color_of(&t.tok) {
            Some(color) => {
                out.push_str(color);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        at = end;
    }
    push_gap(&mut out, &line[at..]);
    out
}

/// Text between tokens: whitespace, or a comment (the lexer skips those).
fn push_gap(out: &mut String, gap: &str) {
    match gap.find("//").or_else(|| gap.find("/*")) {
        Some(i) => {
            out.push_str(&gap[..i]);
            out.push_str(COMMENT);
            out.push_str(&gap[i..]);
            out.push_str(RESET);
        }
        None => out.push_str(gap),
    }
}

fn color_of(tok: &Tok) -> Option<&'static str> {
    match tok {
        Tok::Num(_) => Some(NUMBER),
        Tok::Str(_)
        | Tok::NoSubTemplate(_)
        | Tok::TemplateHead(_)
        | Tok::TemplateMiddle(_)
        | Tok::TemplateTail(_) => Some(STRING),
        other => match other.text() {
            Some(t) if t.starts_with(|c: char| c.is_ascii_alphabetic()) => Some(KEYWORD),
            _ => None,
        },
    }
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "const",
    "continue",
    "default",
    "delete",
    "do",
    "else",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "in",
    "instanceof",
    "let",
    "new",
    "null",
    "return",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
];

/// Completion for the text before the cursor: `a.b.pre` completes property names of `a.b`
/// (own and inherited), a bare word completes keywords, declared names and globals.
pub fn complete(session: &mut Session, before: &str) -> (usize, Vec<String>) {
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let (start, mut candidates) = match word.rfind('.') {
        Some(dot) => {
            let (path, prefix) = (&word[..dot], &word[dot + 1..]);
            let names = match resolve_path(session, path) {
                Some(v) => property_names(session, &v),
                None => Vec::new(),
            };
            (
                word_start + dot + 1,
                names
                    .into_iter()
                    .filter(|n| n.starts_with(prefix))
                    .collect::<Vec<_>>(),
            )
        }
        None => {
            let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
            names.extend(session.declared_names());
            let global = Value::Object(session.interp().global().clone());
            names.extend(property_names(session, &global));
            (
                word_start,
                names.into_iter().filter(|n| n.starts_with(word)).collect(),
            )
        }
    };
    candidates.sort();
    candidates.dedup();
    (start, candidates)
}

/// The value of `a.b.c` without running any code (plain data properties only).
fn resolve_path(session: &mut Session, path: &str) -> Option<Value> {
    let mut parts = path.split('.');
    let mut value = session.lookup(parts.next()?)?;
    for part in parts {
        let key = crate::value::JsStr::from(part);
        value = match &value {
            // A getter that throws just offers no completions.
            Value::Object(o) => session.interp_mut().get_from_object(o, &key).ok()?,
            _ => return None,
        };
    }
    Some(value)
}

/// Own and inherited property names of `v` (primitives use their prototype).
fn property_names(session: &Session, v: &Value) -> Vec<String> {
    let intrinsics = &session.interp().intrinsics;
    let mut current = match v {
        Value::Object(o) => Some(o.clone()),
        Value::String(_) => Some(intrinsics.string_proto.clone()),
        Value::Number(_) => Some(intrinsics.number_proto.clone()),
        Value::Bool(_) => Some(intrinsics.boolean_proto.clone()),
        _ => None,
    };
    let mut names = Vec::new();
    while let Some(o) = current {
        let data = o.data.borrow();
        names.extend(data.own_keys(false).into_iter().map(|k| k.to_string()));
        current = data.proto.clone();
    }
    names.retain(|n| n.parse::<u64>().is_err());
    names
}
