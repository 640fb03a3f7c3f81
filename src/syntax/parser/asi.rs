//! Automatic semicolon insertion: the restricted productions (`return⏎`, `throw⏎`, `⏎++`,
//! `⏎=>`, …) and the nesting limit, applied to the token vector before parsing, and what the
//! LR driver needs to insert the other semicolons.

use crate::syntax::ast::Span;
use crate::syntax::diagnostics::SyntaxError;
use crate::syntax::lexer::{Tok, Token};

/// The token vector after the pre-pass, with what the driver needs to decide whether the spec
/// allows a semicolon before a token the grammar refused.
pub(crate) struct Asi {
    pub(super) tokens: Vec<Token>,
    /// The indices (ascending) of the tokens right after the `)` of a `while (…)` head: after
    /// `do … while (…)` a semicolon may be inserted before any token.
    after_while_heads: Vec<u32>,
}

impl Asi {
    /// Whether a semicolon may be inserted before token `index` (the grammar decides whether
    /// one fits there): the token is `}`, follows a line break, or follows `do … while (…)`.
    /// The end of input always allows one.
    pub(crate) fn allows_semicolon_before(&self, index: usize) -> bool {
        self.tokens
            .get(index)
            .is_some_and(|t| t.tok == Tok::RBrace || t.newline_before)
            || u32::try_from(index).is_ok_and(|i| self.after_while_heads.binary_search(&i).is_ok())
    }
}

/// One open bracket of the pre-pass: whether it is the `(` of a `while (…)` head.
struct Open {
    while_head: bool,
}

/// Applies the restricted productions ("no line terminator here") to the token vector:
/// - `return`/`break`/`continue` followed by a line break get a zero-width `;` after them;
/// - a line break after `throw`, or before `=>`, is an error;
/// - `++`/`--` at the start of a line become prefix-only tokens, so `a⏎++b` is `a; ++b`;
///
/// and checks that brackets (`(`, `[`, `{`, template substitutions) nest at most
/// `max_nesting` deep, noting where `while (…)` heads end on the way.
///
/// Returns the tokens up to the first error, and that error.
pub(super) fn restrict(tokens: Vec<Token>, max_nesting: usize) -> (Asi, Option<SyntaxError>) {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 16);
    let mut open: Vec<Open> = Vec::new();
    let mut after_while_heads = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    let mut error = None;
    while let Some(mut token) = iter.next() {
        // After `.`, a keyword is a property name: `p.return⏎(x)` is a call.
        let is_property = out
            .last()
            .is_some_and(|t: &Token| matches!(t.tok, Tok::Dot | Tok::QuestionDot));
        let next_on_new_line = iter.peek().is_some_and(|t| t.newline_before);
        if closes_bracket(&token.tok) && open.pop().is_some_and(|o| o.while_head) {
            after_while_heads.push(out.len() as u32 + 1);
        }
        if opens_bracket(&token.tok) {
            if open.len() >= max_nesting {
                error = Some(SyntaxError::too_deep(token.span));
                break;
            }
            let while_head = token.tok == Tok::LParen && ends_while_keyword(&out);
            open.push(Open { while_head });
        }
        match token.tok {
            Tok::Return | Tok::Break | Tok::Continue if !is_property && next_on_new_line => {
                let end = token.span.end;
                out.push(token);
                if iter.peek().is_some_and(|t| t.tok != Tok::Semi) {
                    let span = Span { start: end, end };
                    out.push(Token {
                        tok: Tok::Semi,
                        span,
                        newline_before: false,
                    });
                }
                continue;
            }
            Tok::Throw if !is_property && next_on_new_line => {
                error = Some(SyntaxError::new(
                    "Illegal newline after throw",
                    token.span,
                    "the thrown value must start on this line",
                ));
                break;
            }
            Tok::Arrow if token.newline_before => {
                error = Some(SyntaxError::new(
                    "Unexpected token '=>'",
                    token.span,
                    "`=>` must be on the same line as the parameters",
                ));
                break;
            }
            Tok::Inc if token.newline_before => token.tok = Tok::IncNewline,
            Tok::Dec if token.newline_before => token.tok = Tok::DecNewline,
            _ => {}
        }
        out.push(token);
    }
    let asi = Asi {
        tokens: out,
        after_while_heads,
    };
    (asi, error)
}

/// `(`, `[`, `{`, or a template piece that opens a substitution (`${`).
fn opens_bracket(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::TemplateHead(_) | Tok::TemplateMiddle(_)
    )
}

/// `)`, `]`, `}`, or a template piece that closes a substitution.
fn closes_bracket(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::TemplateMiddle(_) | Tok::TemplateTail(_)
    )
}

/// Whether the tokens so far end with the keyword `while` (not a property named `while`).
fn ends_while_keyword(tokens: &[Token]) -> bool {
    match tokens {
        [.., before, last] => {
            last.tok == Tok::While && !matches!(before.tok, Tok::Dot | Tok::QuestionDot)
        }
        [last] => last.tok == Tok::While,
        [] => false,
    }
}
