//! Source text to a resolved tree: the [`lexer`], the [`parser`] (LALRPOP's tables over
//! `grammar/minnow.lalrpop`, driven by minnow's own LR driver), the [`ast`] with a span on every
//! node, the [`early_errors`] pass, the [`scope`] pass that resolves every name to a slot, and
//! the [`diagnostics`] that report a syntax error as node words it.

pub mod ast;
pub mod diagnostics;
pub mod early_errors;
pub mod lexer;
pub mod parser;
pub mod scope;

use std::rc::Rc;

use ast::Span;

/// How deeply source may nest before the front end stops with node's `RangeError: Maximum
/// call stack size exceeded` (the default of `interp::Limits::max_nesting`).
pub const DEFAULT_MAX_NESTING: usize = 15_000;

/// The passes after parsing, in order: the early errors of `text` (the source `program` was
/// parsed from), then scope resolution against `globals` (the top level of earlier REPL
/// inputs).
pub fn analyze(
    program: &ast::Program,
    text: &str,
    globals: &mut scope::GlobalScope,
    max_nesting: usize,
) -> Result<(), diagnostics::SyntaxError> {
    early_errors::check(program, text)?;
    scope::resolve(program, globals, max_nesting)
}

/// A source text the evaluator runs code from, for positions in stack traces. Functions keep
/// the one they were parsed from (in the REPL every input is a source of its own).
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: Rc<str>,
}

impl Source {
    /// The text of `span`, or `expression` for a span that is not in this source.
    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("expression")
    }
}
