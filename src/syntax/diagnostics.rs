//! Every message minnow shows a user about their program is rendered here: syntax errors as
//! miette reports (file, line, column, labelled span, help), and the source frame with a caret
//! that heads an uncaught-exception report.
//!
//! Other modules produce plain data ([`SyntaxError`], spans); only this module knows how it looks.

use crate::syntax::ast::Span;

/// node's message when the stack runs out, also for source nested too deeply to compile.
pub const STACK_OVERFLOW: &str = "Maximum call stack size exceeded";

/// An error found while lexing, parsing or resolving, before anything runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Which error node reports.
    pub kind: EarlyErrorKind,
    /// The headline, as node words it where node has a message (`Unexpected token ')'`).
    pub message: String,
    /// Where the problem is; zero-width at end of input.
    pub span: Span,
    /// The text attached to the span (`expected one of `)` or `,``).
    pub label: String,
    /// An optional hint shown under the report.
    pub help: Option<String>,
}

/// The two errors node reports before running a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlyErrorKind {
    /// A `SyntaxError`, shown as a report with the span labelled.
    Syntax,
    /// The source nests deeper than `Limits::max_nesting`: node's `RangeError: Maximum call
    /// stack size exceeded`, shown as node shows an uncaught error (`span`: where the limit
    /// was crossed).
    TooDeep,
}

impl SyntaxError {
    /// A syntax error with node's `message` at `span`, and `label` attached to the span.
    pub fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> SyntaxError {
        SyntaxError {
            kind: EarlyErrorKind::Syntax,
            message: message.into(),
            span,
            label: label.into(),
            help: None,
        }
    }

    /// The error for source nested more than `Limits::max_nesting` deep, crossed at `span`.
    pub fn too_deep(span: Span) -> SyntaxError {
        SyntaxError {
            kind: EarlyErrorKind::TooDeep,
            message: STACK_OVERFLOW.to_string(),
            span,
            label: "nested too deeply".to_string(),
            help: None,
        }
    }

    /// The error's name, as the first word of node's report.
    pub fn name(&self) -> &'static str {
        match self.kind {
            EarlyErrorKind::Syntax => "SyntaxError",
            EarlyErrorKind::TooDeep => "RangeError",
        }
    }
}

/// node's wording of the early errors (see `syntax::early_errors`).
pub mod early {
    use crate::syntax::ast::ExprKind;

    pub const ILLEGAL_RETURN: &str = "Illegal return statement";
    pub const ILLEGAL_BREAK: &str = "Illegal break statement";
    pub const ILLEGAL_CONTINUE: &str =
        "Illegal continue statement: no surrounding iteration statement";
    pub const NO_SUCH_LABEL: &str = "no enclosing statement has this label";
    pub const UNEXPECTED_SUPER: &str = "'super' keyword unexpected here";
    pub const AWAIT_OUTSIDE_ASYNC: &str =
        "await is only valid in async functions and the top level bodies of modules";
    pub const SHORTHAND_INITIALIZER: &str = "Invalid shorthand property initializer";
    pub const STRICT_EVAL_OR_ARGUMENTS: &str = "Unexpected eval or arguments in strict mode";
    pub const STRICT_RESERVED_WORD: &str = "Unexpected strict mode reserved word";
    pub const INVALID_DESTRUCTURING_TARGET: &str = "Invalid destructuring assignment target";
    pub const STRICT_DELETE_IDENTIFIER: &str =
        "Delete of an unqualified identifier in strict mode.";
    pub const STRICT_OCTAL_LITERAL: &str = "Octal literals are not allowed in strict mode.";
    pub const STRICT_LEADING_ZERO: &str =
        "Decimals with leading zeros are not allowed in strict mode.";
    pub const STRICT_OCTAL_ESCAPE: &str = "Octal escape sequences are not allowed in strict mode.";
    pub const STRICT_EIGHT_OR_NINE_ESCAPE: &str = "\\8 and \\9 are not allowed in strict mode.";
    pub const DUPLICATE_PARAMETER: &str = "Duplicate parameter name not allowed in this context";
    pub const USE_STRICT_WITH_NON_SIMPLE_PARAMS: &str =
        "Illegal 'use strict' directive in function with non-simple parameter list";
    pub const ARGUMENTS_IN_FIELD_INITIALIZER: &str =
        "'arguments' is not allowed in class field initializer or static initialization block";
    pub const FUNCTION_IN_SINGLE_STATEMENT_STRICT: &str =
        "In strict mode code, functions can only be declared at top level or inside a block.";
    pub const FUNCTION_IN_SINGLE_STATEMENT_SLOPPY: &str = "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.";
    pub const ASYNC_FUNCTION_IN_SINGLE_STATEMENT: &str =
        "Async functions can only be declared at the top level or inside a block.";
    pub const GENERATOR_IN_SINGLE_STATEMENT: &str =
        "Generators can only be declared at the top level or inside a block.";
    pub const CLASS_IN_SINGLE_STATEMENT: &str = "Unexpected token 'class'";

    pub fn undefined_label(label: &str) -> String {
        format!("Undefined label '{label}'")
    }

    pub fn label_redeclared(label: &str) -> String {
        format!("Label '{label}' has already been declared")
    }

    pub fn continue_not_a_loop(label: &str) -> String {
        format!("Illegal continue statement: '{label}' does not denote an iteration statement")
    }

    /// node's message for an expression that starts where no expression may (after a `yield`
    /// that is an identifier in sloppy code).
    pub fn unexpected_start(e: &ExprKind) -> String {
        match e {
            ExprKind::Number(_) => "Unexpected number".to_string(),
            ExprKind::String(_) => "Unexpected string".to_string(),
            ExprKind::Template { .. } => "Unexpected template string".to_string(),
            _ => "Unexpected identifier".to_string(),
        }
    }
}

/// The last line of node's report of an error that ends the process, naming the runtime.
pub fn version_footer() -> String {
    format!("minnow v{}\n", env!("CARGO_PKG_VERSION"))
}

/// The 1-based line and column (in characters) of byte offset `pos` in `source`.
pub fn line_col(source: &str, pos: u32) -> (usize, usize) {
    let pos = (pos as usize).min(source.len());
    let before = &source[..floor_char_boundary(source, pos)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether stderr should get colours: a terminal, and `NO_COLOR` unset.
pub fn stderr_wants_color() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Renders an error found before the script runs. A syntax error is a miette report: headline,
/// `file:line:col`, the source with the span labelled, and the help line. Nesting too deep is
/// shown as node shows the `RangeError` it throws then: the source frame, the error, and the
/// footer.
pub fn render_syntax_error(file_name: &str, source: &str, error: &SyntaxError) -> String {
    match error.kind {
        EarlyErrorKind::Syntax => {
            render_syntax_error_styled(file_name, source, error, stderr_wants_color())
        }
        EarlyErrorKind::TooDeep => format!(
            "{}\n{}: {}\n\n{}",
            render_source_frame(file_name, source, error.span),
            error.name(),
            error.message,
            version_footer()
        ),
    }
}

/// [`render_syntax_error`] with colours chosen by the caller (tests compare plain text).
pub fn render_syntax_error_styled(
    file_name: &str,
    source: &str,
    error: &SyntaxError,
    color: bool,
) -> String {
    use miette::{
        GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
    };
    let start = (error.span.start as usize).min(source.len());
    let len = (error.span.end as usize)
        .min(source.len())
        .saturating_sub(start);
    let mut diagnostic = MietteDiagnostic::new(format!("{}: {}", error.name(), error.message))
        .with_label(LabeledSpan::at(start..start + len, error.label.clone()));
    if let Some(help) = &error.help {
        diagnostic = diagnostic.with_help(help.clone());
    }
    let report =
        Report::new(diagnostic).with_source_code(NamedSource::new(file_name, source.to_string()));
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        let (line, col) = line_col(source, error.span.start);
        out = format!(
            "{}: {} ({file_name}:{line}:{col})\n",
            error.name(),
            error.message
        );
    }
    out
}

/// The source line containing `span` and a caret line under its start, as node prints above
/// an uncaught exception: `file:line`, the line, `    ^`.
pub fn render_source_frame(file_name: &str, source: &str, span: Span) -> String {
    let (line, col) = line_col(source, span.start);
    let text = source.lines().nth(line - 1).unwrap_or("");
    let caret_pad: String = text
        .chars()
        .take(col - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!("{file_name}:{line}\n{text}\n{caret_pad}^\n")
}
