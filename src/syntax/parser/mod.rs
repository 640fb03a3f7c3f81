//! Turns source text into a [`Program`]: the parser's public entry point.
//!
//! Pipeline: [`lexer::tokenize`] the whole source → `asi::restrict` (the restricted
//! productions of automatic semicolon insertion and the nesting limit, done on the token
//! vector) → the tables LALRPOP generates from `grammar/minnow.lalrpop`, run by the driver in
//! [`lr`] (which inserts the other automatic semicolons), whose actions call the node builders
//! in `build` and the cover-grammar conversions in `cover` → `errors` words anything that
//! went wrong as node does.
//!
//! Invariants:
//! - Every node gets the byte span of its source text; parentheses create no node.
//! - Identifier resolutions and layout cells are left empty for the `scope` pass.
//! - Never panics, whatever the input, and takes time linear in the input's size. The grammar
//!   actions (module `build`) look only at the top of the nodes they receive (the conversions of
//!   the cover grammar, which descend, go through the stack guard), so deeply nested input
//!   cannot overflow the native stack while parsing; dropping a deep tree is guarded in `ast`.
//! - Brackets nest at most `max_nesting` deep; deeper source is node's `RangeError: Maximum
//!   call stack size exceeded`, reported where the limit is crossed.
//! - The first error in source order wins: a lexer or pre-pass error is handed to the parser
//!   as a trailing error token, so a syntax error before it is reported first.

mod asi;
pub(crate) mod build;
mod cover;
mod errors;
mod lr;

use asi::{Asi, restrict};
use errors::to_syntax_error;

use lalrpop_util::ParseError;

use crate::syntax::ast::{Program, Span};
use crate::syntax::diagnostics::SyntaxError;
use crate::syntax::lexer::{self, Tok};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_qualifications, unused_parens)]
    grammar,
    "/minnow.rs"
);

/// The parser's error type, as LALRPOP produces it.
pub(crate) type PError = ParseError<usize, Tok, SyntaxError>;

/// Parses a whole script (or one REPL input) whose brackets nest at most `max_nesting` deep.
pub fn parse(source: &str, max_nesting: usize) -> Result<Program, SyntaxError> {
    let (tokens, lex_error) = lexer::tokenize(source);
    let (asi, early_error) = restrict(tokens, max_nesting);
    // A pre-pass error comes from tokens before any lexer error, so it is earlier.
    let trailing_error = early_error.or(lex_error);
    let body = run_parser(&asi, trailing_error).map_err(|e| to_syntax_error(e, &asi.tokens))?;
    let has_use_strict = crate::syntax::ast::has_use_strict(&body);
    Ok(Program {
        body,
        span: Span::new(0, source.len()),
        scope: Default::default(),
        has_top_level_await: Default::default(),
        has_use_strict,
    })
}

fn run_parser(
    asi: &Asi,
    trailing_error: Option<SyntaxError>,
) -> Result<Vec<crate::syntax::ast::Stmt>, PError> {
    let triples = asi
        .tokens
        .iter()
        .map(|t| Ok((t.span.start as usize, t.tok.clone(), t.span.end as usize)));
    let stream = triples.chain(trailing_error.map(Err));
    grammar::ScriptParser::new().parse(asi, stream)
}

/// The grammar's actions call the node builders as `act::…`.
pub(crate) use build as act;

#[cfg(test)]
mod tests;
