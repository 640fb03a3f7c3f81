//! Turns source text into a [`Program`]: the parser's public entry point.
//!
//! Pipeline: [`lexer::tokenize`] the whole source → `restrict` (the restricted productions of
//! automatic semicolon insertion and the nesting limit, done on the token vector) → the tables
//! LALRPOP generates from `grammar/minnow.lalrpop`, run by the driver in [`lr`] (which inserts
//! the other automatic semicolons) → `to_syntax_error` for anything that went wrong.
//!
//! Invariants:
//! - Every node gets the byte span of its source text; parentheses create no node.
//! - Identifier resolutions and layout cells are left empty for the `scope` pass.
//! - Never panics, whatever the input, and takes time linear in the input's size. The grammar
//!   actions (module `act`) look only at the top of the nodes they receive (the conversions of
//!   the cover grammar, which descend, go through the stack guard), so deeply nested input
//!   cannot overflow the native stack while parsing; dropping a deep tree is guarded in `ast`.
//! - Brackets nest at most `max_nesting` deep; deeper source is node's `RangeError: Maximum
//!   call stack size exceeded`, reported where the limit is crossed.
//! - The first error in source order wins: a lexer or pre-pass error is handed to the parser
//!   as a trailing error token, so a syntax error before it is reported first.

mod lr;

use std::collections::HashSet;

use lalrpop_util::ParseError;

use crate::syntax::ast::{Program, Span};
use crate::syntax::diagnostics::{EarlyErrorKind, SyntaxError};
use crate::syntax::lexer::{self, Tok, Token};

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

// ---------------------------------------------------------------------------------------------
// Automatic semicolon insertion

/// The token vector after the pre-pass, with what the driver needs to decide whether the spec
/// allows a semicolon before a token the grammar refused.
pub(crate) struct Asi {
    tokens: Vec<Token>,
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
fn restrict(tokens: Vec<Token>, max_nesting: usize) -> (Asi, Option<SyntaxError>) {
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

// ---------------------------------------------------------------------------------------------
// Error messages

/// Turns a LALRPOP error into the user-facing [`SyntaxError`], worded like node's.
fn to_syntax_error(error: PError, tokens: &[Token]) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new(
            "Invalid or unexpected token",
            Span::new(location, location),
            "not valid here",
        ),
        ParseError::UnrecognizedEof { location, expected } => SyntaxError {
            kind: EarlyErrorKind::Syntax,
            message: if after_expression_in_call(&expected, tokens, tokens.len()) {
                "missing ) after argument list"
            } else {
                "Unexpected end of input"
            }
            .to_string(),
            span: Span::new(location, location),
            label: expected_label(&expected),
            help: unclosed_help(tokens, tokens.len()),
        },
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => unexpected_token(&tok, Span::new(start, end), &expected, tokens),
        ParseError::ExtraToken {
            token: (start, tok, end),
        } => unexpected_token(&tok, Span::new(start, end), &[], tokens),
    }
}

fn unexpected_token(tok: &Tok, span: Span, expected: &[String], tokens: &[Token]) -> SyntaxError {
    let index = tokens
        .binary_search_by_key(&span.start, |t| t.span.start)
        .unwrap_or(tokens.len());
    let wants = |name: &str| expected.iter().any(|e| terminal_text(e) == name);
    let expression_expected = wants("Ident") && wants("(");
    let mut message = match tok {
        t if t.is_identifier_like() => format!("Unexpected identifier '{t}'"),
        Tok::Num(_) => "Unexpected number".to_string(),
        Tok::Str(_) => "Unexpected string".to_string(),
        // A template right after an expression is a tagged template.
        Tok::NoSubTemplate(_) | Tok::TemplateHead(_) => {
            "tagged templates are not supported yet".to_string()
        }
        // `${}`: the substitution is empty, and node points at its `}`.
        Tok::TemplateMiddle(_) | Tok::TemplateTail(_) => "Unexpected token '}'".to_string(),
        Tok::Await => "Unexpected reserved word".to_string(),
        t => format!("Unexpected token '{t}'"),
    };
    let mut label = expected_label(expected);
    let mut help = unsupported_help(tok, tokens, index);
    if *tok == Tok::StarStar && !expression_expected {
        message = "Unary operator used immediately before exponentiation expression. Parenthesis must be used \
                   to disambiguate operator precedence"
            .to_string();
        label = "`**` cannot follow a unary expression".to_string();
        help = Some("write `(-a) ** b` or `-(a ** b)`".to_string());
    } else if *tok != Tok::RParen && after_expression_in_call(expected, tokens, index) {
        message = "missing ) after argument list".to_string();
    } else if *tok == Tok::Arrow && wants("==") {
        message = "Malformed arrow function parameter list".to_string();
        label = "these cannot be arrow parameters".to_string();
    } else if matches!(tok, Tok::QuestionQuestion)
        || (matches!(tok, Tok::PipePipe | Tok::AmpAmp) && wants("??"))
    {
        help = Some(
            "`??` cannot be mixed with `||` or `&&` without parentheses: `(a ?? b) || c`"
                .to_string(),
        );
    } else if matches!(tok, Tok::Slash | Tok::SlashEq) && expression_expected {
        help = Some("regular expression literals are not supported by minnow".to_string());
    }
    let previous = index.checked_sub(1).map(|i| &tokens[i].tok);
    let after_rest = index >= 2
        && tokens[index - 2].tok == Tok::Ellipsis
        && tokens[index - 1].tok.is_identifier_like();
    let in_parens = innermost_open(tokens, index).is_some_and(|i| tokens[i].tok == Tok::LParen);
    if after_rest && in_parens && matches!(tok, Tok::Comma | Tok::Eq) {
        let (text, why) = if *tok == Tok::Comma {
            (
                "Rest parameter must be last formal parameter",
                "nothing may follow the rest parameter",
            )
        } else {
            (
                "Rest parameter may not have a default initializer",
                "a rest parameter has no default",
            )
        };
        message = text.to_string();
        label = why.to_string();
    }
    if *tok == Tok::QuestionDot && in_new_callee(tokens, index) {
        message = "Invalid optional chain from new expression".to_string();
        label = "`new` cannot call an optional chain".to_string();
        help = Some("wrap the chain in parentheses: new (a?.b)()".to_string());
    } else if matches!(tok, Tok::NoSubTemplate(_) | Tok::TemplateHead(_))
        && previous == Some(&Tok::QuestionDot)
    {
        message = "Invalid tagged template on optional chain".to_string();
    }
    let mut span = span;
    if matches!(tok, Tok::NoSubTemplate(_) | Tok::TemplateHead(_)) {
        label = "a template literal cannot follow an expression".to_string();
    } else if matches!(tok, Tok::TemplateMiddle(_) | Tok::TemplateTail(_)) {
        span = Span {
            start: span.start,
            end: span.start + 1,
        };
    }
    SyntaxError {
        kind: EarlyErrorKind::Syntax,
        message,
        span,
        label,
        help,
    }
}

/// Whether token `index` continues the callee of a `new` (`new a.b?.c()`): walking back over
/// names and dots reaches `new`.
fn in_new_callee(tokens: &[Token], index: usize) -> bool {
    let before = tokens[..index]
        .iter()
        .rev()
        .find(|t| !(t.tok.is_identifier_like() || t.tok == Tok::Dot));
    before.is_some_and(|t| t.tok == Tok::New)
}

/// Strips LALRPOP's quotes from a terminal name: `"\")\""` → `)`.
fn terminal_text(name: &str) -> &str {
    name.strip_prefix('"')
        .and_then(|n| n.strip_suffix('"'))
        .unwrap_or(name)
}

/// How a terminal reads in a label.
fn terminal_display(name: &str) -> String {
    match terminal_text(name) {
        "Ident" => "identifier".to_string(),
        "Num" => "number".to_string(),
        "Str" => "string".to_string(),
        "IncNewline" => "`++`".to_string(),
        "DecNewline" => "`--`".to_string(),
        t if t.starts_with("Template") || t == "NoSubTemplate" => "template".to_string(),
        t => format!("`{t}`"),
    }
}

/// What the parser wanted instead, in a few words.
fn expected_label(expected: &[String]) -> String {
    let wants = |name: &str| expected.iter().any(|e| terminal_text(e) == name);
    if expected.is_empty() {
        return "unexpected here".to_string();
    }
    if wants("Ident") && wants("(") && wants("Num") {
        return if wants("if") {
            "expected a statement"
        } else {
            "expected an expression"
        }
        .to_string();
    }
    if wants("Ident") && wants("default") {
        return "expected a property name".to_string();
    }
    if wants(";") {
        return "missing `;` or line break".to_string();
    }
    // After a complete expression every operator is possible: name only the closing tokens.
    let closers = [",", ")", "]", "}", ":"];
    let shown: Vec<String> = if wants("==") {
        closers
            .iter()
            .filter(|c| wants(c))
            .map(|c| format!("`{c}`"))
            .collect()
    } else {
        expected.iter().map(|e| terminal_display(e)).collect()
    };
    match shown.as_slice() {
        [] => "unexpected here".to_string(),
        [one] => format!("expected {one}"),
        many if many.len() <= 4 => format!("expected one of {}", many.join(", ")),
        _ => "unexpected here".to_string(),
    }
}

/// The innermost bracket left open before token `index`.
fn innermost_open(tokens: &[Token], index: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, t) in tokens.iter().enumerate().take(index) {
        match t.tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::TemplateHead(_) => open.push(i),
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::TemplateTail(_) => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// node's "missing ) after argument list": an argument is complete (so `)` could follow) but
/// the next token does not continue the list.
fn after_expression_in_call(expected: &[String], tokens: &[Token], index: usize) -> bool {
    let wants = |name: &str| expected.iter().any(|e| terminal_text(e) == name);
    let expression_expected = wants("Ident") && wants("(");
    wants(")") && !expression_expected && in_call_arguments(tokens, index)
}

/// Whether token `index` sits inside a call's argument list: the innermost open bracket is a
/// `(` right after something that ends an expression (`f(`, `g()(`, `a[0](`).
fn in_call_arguments(tokens: &[Token], index: usize) -> bool {
    let Some(open) = innermost_open(tokens, index) else {
        return false;
    };
    if tokens[open].tok != Tok::LParen || open == 0 {
        return false;
    }
    let before = &tokens[open - 1].tok;
    let declares = open >= 2 && tokens[open - 2].tok == Tok::Function;
    let ends_expression = before.is_identifier_like()
        || matches!(
            before,
            Tok::RParen | Tok::RBracket | Tok::This | Tok::Str(_) | Tok::TemplateTail(_)
        );
    ends_expression && !declares
}

/// At end of input, say which bracket is still open.
fn unclosed_help(tokens: &[Token], index: usize) -> Option<String> {
    let open = innermost_open(tokens, index)?;
    let close = match tokens[open].tok {
        Tok::LParen => ")",
        Tok::LBracket => "]",
        Tok::LBrace => "}",
        _ => "}",
    };
    Some(format!(
        "the `{}` at byte {} is never closed with `{close}`",
        tokens[open].tok, tokens[open].span.start
    ))
}

/// A hint when the offending token belongs to JavaScript that minnow does not support yet.
fn unsupported_help(tok: &Tok, tokens: &[Token], index: usize) -> Option<String> {
    let feature = match tok {
        Tok::Async | Tok::Await => "async functions",
        Tok::Yield => "generators",
        Tok::Import | Tok::Export => "modules",
        Tok::Ellipsis => "spread and rest syntax",
        Tok::QuestionDot => "optional chaining",
        Tok::NoSubTemplate(_) | Tok::TemplateHead(_) => "tagged templates",
        Tok::With => "`with` statements",
        _ => {
            let previous = index
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .map(|t| &t.tok);
            match previous {
                Some(Tok::Function) if *tok == Tok::Star => "generators",
                _ => return None,
            }
        }
    };
    Some(format!("{feature} are not supported by minnow yet"))
}

// ---------------------------------------------------------------------------------------------
// Grammar actions

/// Node builders called by the grammar's actions. None of them recurses into subtrees.
pub(crate) mod act {
    use std::rc::Rc;

    use lalrpop_util::ParseError;

    use super::{HashSet, PError};
    use crate::syntax::ast::*;
    use crate::syntax::diagnostics::SyntaxError;

    /// `for (init; test; update)`, before the body is known.
    pub enum ForHead {
        Classic {
            start: usize,
            init: Option<ForInit>,
            test: Option<Expr>,
            update: Option<Expr>,
        },
        InOf {
            start: usize,
            iterate: ForIterate,
            decl: Option<VarKind>,
            target: Pattern,
            right: Expr,
        },
    }

    /// `for (const x of …` / `for (let [a, b] in …`: a declaration head.
    pub fn for_decl_head(
        start: usize,
        iterate: ForIterate,
        decl: VarKind,
        mut target: Expr,
        right: Expr,
    ) -> Result<ForHead, PError> {
        let target = match target.take_kind() {
            ExprKind::Ident(id) => Pattern::Ident(id),
            kind => {
                target.kind = kind;
                binding_pattern(target)?
            }
        };
        Ok(ForHead::InOf {
            start,
            iterate,
            decl: Some(decl),
            target,
            right,
        })
    }

    /// `for (x of …`, `for (o.p in …`, `for ([a, b] of …`: an assignment-target head.
    pub fn for_target_head(
        start: usize,
        iterate: ForIterate,
        mut target: Expr,
        right: Expr,
    ) -> Result<ForHead, PError> {
        let span = target.span;
        let target = match target.take_kind() {
            ExprKind::Ident(id) => Pattern::Ident(id),
            kind @ ExprKind::Member { .. } => {
                target.kind = kind;
                Pattern::Member(Box::new(target))
            }
            kind @ (ExprKind::Array(_) | ExprKind::Object(_)) => {
                target.kind = kind;
                to_pattern(target, false)?
            }
            _ => {
                return Err(error(
                    "Invalid left-hand side in for-loop",
                    span,
                    "cannot assign to this",
                ));
            }
        };
        Ok(ForHead::InOf {
            start,
            iterate,
            decl: None,
            target,
            right,
        })
    }

    pub fn error(message: &str, span: Span, label: &str) -> PError {
        ParseError::User {
            error: SyntaxError::new(message, span, label),
        }
    }

    pub fn expr(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    pub fn stmt(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }

    pub fn ident((name, span): (Name, Span)) -> Ident {
        Ident::new(name, span)
    }

    pub fn ident_expr(id: (Name, Span)) -> Expr {
        let span = id.1;
        expr(ExprKind::Ident(ident(id)), span)
    }

    fn span_from(start: usize, end: usize) -> Span {
        Span::new(start, end)
    }

    pub fn binary(op: BinaryOp, left: Expr, right: Expr) -> Expr {
        let span = left.span.to(right.span);
        let numeric = left.is_numeric_shape()
            && right.is_numeric_shape()
            && !matches!(op, BinaryOp::In | BinaryOp::Instanceof);
        expr(
            ExprKind::Binary(op, Box::new(left), Box::new(right), numeric),
            span,
        )
    }

    pub fn logical(op: LogicalOp, left: Expr, right: Expr) -> Expr {
        let span = left.span.to(right.span);
        expr(ExprKind::Logical(op, Box::new(left), Box::new(right)), span)
    }

    pub fn unary(op: UnaryOp, operand: Expr, start: usize) -> Expr {
        let span = span_from(start, operand.span.end as usize);
        expr(ExprKind::Unary(op, Box::new(operand)), span)
    }

    fn is_simple_target(e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::SuperMember(_)
        )
    }

    /// `++a`, `--a`
    pub fn prefix(op: UpdateOp, target: Expr, start: usize) -> Result<Expr, PError> {
        if !is_simple_target(&target) {
            return Err(error(
                "Invalid left-hand side expression in prefix operation",
                target.span,
                "only a variable or property can be incremented",
            ));
        }
        let span = span_from(start, target.span.end as usize);
        Ok(expr(
            ExprKind::Update {
                op,
                prefix: true,
                target: Box::new(target),
            },
            span,
        ))
    }

    /// `a++`, `a--`
    pub fn postfix(op: UpdateOp, target: Expr, end: usize) -> Result<Expr, PError> {
        if !is_simple_target(&target) {
            return Err(error(
                "Invalid left-hand side expression in postfix operation",
                target.span,
                "only a variable or property can be incremented",
            ));
        }
        let span = span_from(target.span.start as usize, end);
        Ok(expr(
            ExprKind::Update {
                op,
                prefix: false,
                target: Box::new(target),
            },
            span,
        ))
    }

    /// Gives an anonymous function or arrow the name it is bound to (`const f = () => {}`).
    fn infer_name(value: &mut Expr, name: &Name, span: Span) {
        if let ExprKind::Class(c) = &mut value.kind
            && c.name.is_none()
        {
            c.name = Some(Ident::new(name.clone(), span));
            if let Some(f) = Rc::get_mut(&mut c.constructor) {
                f.name = Some(Ident::new(name.clone(), span));
            }
            return;
        }
        if let ExprKind::Function(f) | ExprKind::Arrow(f) = &mut value.kind
            && f.name.is_none()
            && let Some(f) = Rc::get_mut(f)
        {
            f.name = Some(Ident::new(name.clone(), span));
            f.has_own_name = false;
        }
    }

    pub fn assign(op: AssignOp, target: Expr, mut value: Expr) -> Result<Expr, PError> {
        if op == AssignOp::Assign && matches!(target.kind, ExprKind::Array(_) | ExprKind::Object(_))
        {
            let span = target.span.to(value.span);
            let pattern = to_pattern(target, false)?;
            return Ok(expr(
                ExprKind::AssignPattern {
                    pattern: Box::new(pattern),
                    value: Box::new(value),
                },
                span,
            ));
        }
        if !is_simple_target(&target) {
            return Err(error(
                "Invalid left-hand side in assignment",
                target.span,
                "cannot assign to this expression",
            ));
        }
        if let (ExprKind::Ident(id), AssignOp::Assign | AssignOp::Logical(_)) = (&target.kind, op) {
            infer_name(&mut value, &id.name, id.span);
        }
        let span = target.span.to(value.span);
        Ok(expr(
            ExprKind::Assign {
                op,
                target: Box::new(target),
                value: Box::new(value),
            },
            span,
        ))
    }

    pub fn conditional(test: Expr, then: Expr, otherwise: Expr) -> Expr {
        let span = test.span.to(otherwise.span);
        let kind = ExprKind::Conditional {
            test: Box::new(test),
            then: Box::new(then),
            otherwise: Box::new(otherwise),
        };
        expr(kind, span)
    }

    /// `a, b`: appends to the list when the left side already is one.
    pub fn sequence(mut list: Expr, next: Expr) -> Expr {
        let span = list.span.to(next.span);
        match list.take_kind() {
            ExprKind::Sequence(mut items) => {
                items.push(next);
                expr(ExprKind::Sequence(items), span)
            }
            kind => {
                list.kind = kind;
                expr(ExprKind::Sequence(vec![list, next]), span)
            }
        }
    }

    pub fn call(callee: Expr, args: Vec<Expr>, end: usize, optional: bool) -> Expr {
        let span = span_from(callee.span.start as usize, end);
        expr(
            ExprKind::Call {
                callee: Box::new(callee),
                args,
                optional,
            },
            span,
        )
    }

    /// Closes an optional chain: its value is `undefined` when an `?.` link short-circuits.
    pub fn optional_chain(chain: Expr) -> Expr {
        let span = chain.span;
        expr(ExprKind::OptionalChain(Box::new(chain)), span)
    }

    pub fn new_expr(callee: Expr, args: Vec<Expr>, span: Span) -> Expr {
        expr(
            ExprKind::New {
                callee: Box::new(callee),
                args,
            },
            span,
        )
    }

    pub fn member_named(object: Expr, (name, name_span): (Name, Span), optional: bool) -> Expr {
        let span = object.span.to(name_span);
        expr(
            ExprKind::Member {
                object: Box::new(object),
                property: MemberProp::Named(name, name_span),
                optional,
            },
            span,
        )
    }

    pub fn member_computed(object: Expr, property: Expr, end: usize, optional: bool) -> Expr {
        let span = span_from(object.span.start as usize, end);
        let property = MemberProp::Computed(Box::new(property));
        expr(
            ExprKind::Member {
                object: Box::new(object),
                property,
                optional,
            },
            span,
        )
    }

    /// A template literal from its pieces (with their token spans) and substitutions. An
    /// invalid escape is an error here (it is allowed only in tagged templates).
    pub fn template(
        pieces: Vec<(crate::syntax::lexer::TemplatePiece, Span)>,
        exprs: Vec<Expr>,
    ) -> Result<Expr, PError> {
        let last = pieces.len() - 1;
        let span = pieces[0].1.to(pieces[last].1);
        let mut quasis = Vec::with_capacity(pieces.len());
        for (i, (piece, token)) in pieces.into_iter().enumerate() {
            // Strip the backtick or `}` before the text and the backtick or `${` after it.
            let after = if i == last { 1 } else { 2 };
            let text = span_from(token.start as usize + 1, token.end as usize - after);
            let Some(cooked) = piece.cooked else {
                return Err(invalid_template_escape(&piece.raw, text));
            };
            quasis.push(TemplateQuasi {
                cooked: Name::from(&*cooked),
                span: text,
            });
        }
        Ok(expr(ExprKind::Template { quasis, exprs }, span))
    }

    /// node's message for the first invalid escape in a template piece's raw text.
    fn invalid_template_escape(raw: &str, text: Span) -> PError {
        let mut chars = raw.char_indices();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                continue;
            }
            let Some((_, next)) = chars.next() else { break };
            let message = match next {
                'u' => "Invalid Unicode escape sequence",
                'x' => "Invalid hexadecimal escape sequence",
                '0'..='9' => "Octal escape sequences are not allowed in template strings.",
                _ => continue,
            };
            let at = text.start as usize + i;
            if crate::syntax::lexer::is_valid_template_escape(&raw[i + 1..]) {
                continue;
            }
            return error(
                message,
                span_from(at, at + 2),
                "invalid escape in a template literal",
            );
        }
        error(
            "Invalid escape sequence",
            text,
            "invalid escape in a template literal",
        )
    }

    /// A numeric object key in canonical form: `1.50` → "1.5", `0x10` → "16".
    pub fn number_key(n: f64) -> Name {
        Name::from(ryu_js::Buffer::new().format(n))
    }

    fn function(
        name: Option<Ident>,
        has_own_name: bool,
        params: Vec<Param>,
        body: FunctionBody,
        is_arrow: bool,
        span: Span,
    ) -> Rc<Function> {
        let has_use_strict = matches!(&body, FunctionBody::Block(b) if has_use_strict(b));
        Rc::new(Function {
            name,
            has_own_name,
            params,
            body,
            is_arrow,
            is_async: false,
            is_generator: false,
            has_use_strict,
            span,
            layout: Default::default(),
        })
    }

    /// Marks a function just parsed as `async` and/or a generator (the grammar sees the
    /// `async` / `*` prefix around an otherwise ordinary function).
    fn mark_function(f: &mut Rc<Function>, is_async: bool, is_generator: bool) {
        let f = Rc::get_mut(f).expect("a function just parsed has no other owner");
        f.is_async = is_async;
        f.is_generator = is_generator;
    }

    /// `async function f() {}`, `function* g() {}`
    pub fn mark_decl(mut stmt: Stmt, is_async: bool, is_generator: bool) -> Stmt {
        if let StmtKind::FunctionDecl(f) = &mut stmt.kind {
            mark_function(f, is_async, is_generator);
        }
        stmt
    }

    /// `async function () {}`, `function* () {}`, `async x => x`
    pub fn mark_expr(mut e: Expr, is_async: bool, is_generator: bool, start: usize) -> Expr {
        if let ExprKind::Function(f) | ExprKind::Arrow(f) = &mut e.kind {
            mark_function(f, is_async, is_generator);
        }
        e.span = Span::new(start, e.span.end as usize);
        e
    }

    /// `async m() {}`, `*m() {}`
    pub fn mark_method(mut p: Property, is_async: bool, is_generator: bool) -> Property {
        if let PropValue::Method(f) = &mut p.value {
            mark_function(f, is_async, is_generator);
        }
        p
    }

    /// `yield`, `yield x`, `yield* x`
    pub fn yield_expr(l: usize, argument: Option<Expr>, delegate: bool, r: usize) -> Expr {
        expr(
            ExprKind::Yield {
                argument: argument.map(Box::new),
                delegate,
            },
            Span::new(l, r),
        )
    }

    /// `await x`
    pub fn await_expr(l: usize, argument: Expr) -> Expr {
        let span = Span::new(l, argument.span.end as usize);
        expr(ExprKind::Await(Box::new(argument)), span)
    }

    /// `key: value`
    pub fn property((key, key_span): (PropKey, Span), mut value: Expr) -> Property {
        if let PropKey::Static(name) = &key {
            infer_name(&mut value, name, key_span);
        }
        let span = key_span.to(value.span);
        Property {
            key,
            value: PropValue::Init(value),
            span,
        }
    }

    /// `{ a }`
    pub fn shorthand_property(id: (Name, Span)) -> Property {
        let span = id.1;
        Property {
            key: PropKey::Static(id.0.clone()),
            value: PropValue::Init(ident_expr(id)),
            span,
        }
    }

    /// Which of the `MethodDef` forms a method is.
    pub enum MethodKind {
        Method,
        Getter,
        Setter,
    }

    /// `m(a) { … }`, `get x() { … }`, `set x(v) { … }` (object literals and classes alike).
    pub fn method(
        kind: MethodKind,
        (key, key_span): (PropKey, Span),
        (params, body): (Vec<Param>, Vec<Stmt>),
        span: Span,
    ) -> Result<Property, PError> {
        let arity_error = match kind {
            MethodKind::Getter if !params.is_empty() => Some((
                "Getter must not have any formal parameters.",
                "a getter takes no parameters",
            )),
            MethodKind::Setter if params.len() != 1 || params[0].rest => Some((
                "Setter must have exactly one formal parameter.",
                "a setter takes exactly one parameter",
            )),
            _ => None,
        };
        if let Some((message, label)) = arity_error {
            return Err(error(message, key_span, label));
        }
        // Accessor functions are named `get x` / `set x`, as node shows them.
        let prefix = match kind {
            MethodKind::Method => "",
            MethodKind::Getter => "get ",
            MethodKind::Setter => "set ",
        };
        let name = match &key {
            PropKey::Static(name) => {
                Some(Ident::new(Name::from(format!("{prefix}{name}")), key_span))
            }
            PropKey::Computed(_) | PropKey::Spread => None,
        };
        let f = function(name, false, params, FunctionBody::Block(body), false, span);
        let value = match kind {
            MethodKind::Method => PropValue::Method(f),
            MethodKind::Getter => PropValue::Getter(f),
            MethodKind::Setter => PropValue::Setter(f),
        };
        Ok(Property { key, value, span })
    }

    /// One element of a class body, before the class is assembled.
    pub enum ClassElem {
        Empty,
        /// `static`? and the method.
        Method(bool, Property),
        /// `static`?, key, initializer, span.
        Field(bool, (PropKey, Span), Option<Expr>, Span),
    }

    /// `super.x` / `super[k]`
    pub fn super_member(property: MemberProp, span: Span) -> Expr {
        expr(ExprKind::SuperMember(property), span)
    }

    pub fn class_decl(
        name: (Name, Span),
        tail: (Option<Expr>, Vec<ClassElem>),
        span: Span,
    ) -> Result<Stmt, PError> {
        let class = class(Some(name), tail, span)?;
        Ok(stmt(StmtKind::ClassDecl(Box::new(class)), span))
    }

    pub fn class_expr(
        name: Option<(Name, Span)>,
        tail: (Option<Expr>, Vec<ClassElem>),
        span: Span,
    ) -> Result<Expr, PError> {
        let class = class(name, tail, span)?;
        Ok(expr(ExprKind::Class(Box::new(class)), span))
    }

    fn is_named(key: &PropKey, name: &str) -> bool {
        matches!(key, PropKey::Static(k) if k.as_str() == name)
    }

    /// Assembles a class: picks out the constructor (or makes an empty one) and turns field
    /// initializers into functions, with the early errors node reports.
    fn class(
        name: Option<(Name, Span)>,
        (extends, elems): (Option<Expr>, Vec<ClassElem>),
        span: Span,
    ) -> Result<Class, PError> {
        let mut constructor = None;
        let mut members = Vec::new();
        for elem in elems {
            match elem {
                ClassElem::Empty => {}
                ClassElem::Method(is_static, prop) => {
                    if !is_static && is_named(&prop.key, "constructor") {
                        let PropValue::Method(f) = prop.value else {
                            return Err(error(
                                "Class constructor may not be an accessor",
                                prop.span,
                                "a constructor must be a plain method",
                            ));
                        };
                        if constructor.is_some() {
                            return Err(error(
                                "A class may only have one constructor",
                                prop.span,
                                "second constructor",
                            ));
                        }
                        constructor = Some(f);
                        continue;
                    }
                    if is_static && is_named(&prop.key, "prototype") {
                        return Err(error(
                            "Classes may not have a static property named 'prototype'",
                            prop.span,
                            "not allowed here",
                        ));
                    }
                    members.push(ClassMember::Method { is_static, prop });
                }
                ClassElem::Field(is_static, (key, key_span), init, span) => {
                    if is_named(&key, "constructor") || (is_static && is_named(&key, "prototype")) {
                        let PropKey::Static(k) = &key else {
                            unreachable!("checked by is_named")
                        };
                        return Err(error(
                            &format!("Classes may not have a field named '{k}'"),
                            key_span,
                            "not allowed here",
                        ));
                    }
                    let init = init.map(|mut value| {
                        if let PropKey::Static(k) = &key {
                            infer_name(&mut value, k, key_span);
                        }
                        let span = value.span;
                        function(
                            None,
                            false,
                            vec![],
                            FunctionBody::Expr(Box::new(value)),
                            false,
                            span,
                        )
                    });
                    members.push(ClassMember::Field {
                        is_static,
                        key,
                        init,
                        span,
                    });
                }
            }
        }
        let explicit_constructor = constructor.is_some();
        let mut constructor = constructor.unwrap_or_else(|| {
            function(
                None,
                false,
                vec![],
                FunctionBody::Block(vec![]),
                false,
                span,
            )
        });
        let name = name.map(ident);
        if let Some(f) = Rc::get_mut(&mut constructor) {
            f.name = name.as_ref().map(|n| Ident::new(n.name.clone(), n.span));
        }
        Ok(Class {
            inner_name: name.as_ref().map(|n| Ident::new(n.name.clone(), n.span)),
            name,
            extends: extends.map(Box::new),
            constructor,
            explicit_constructor,
            members,
            span,
            scope: Default::default(),
        })
    }

    pub fn function_expr(
        name: Option<(Name, Span)>,
        (params, body): (Vec<Param>, Vec<Stmt>),
        span: Span,
    ) -> Expr {
        let has_own_name = name.is_some();
        let f = function(
            name.map(ident),
            has_own_name,
            params,
            FunctionBody::Block(body),
            false,
            span,
        );
        expr(ExprKind::Function(f), span)
    }

    pub fn function_decl(
        name: (Name, Span),
        (params, body): (Vec<Param>, Vec<Stmt>),
        span: Span,
    ) -> Stmt {
        let f = function(
            Some(ident(name)),
            true,
            params,
            FunctionBody::Block(body),
            false,
            span,
        );
        stmt(StmtKind::FunctionDecl(f), span)
    }

    pub fn param(id: (Name, Span), mut default: Option<Expr>) -> Param {
        if let Some(value) = default.as_mut() {
            infer_name(value, &id.0, id.1);
        }
        Param {
            target: Pattern::Ident(ident(id)),
            default,
            rest: false,
        }
    }

    /// `[a, b]` or `{ a } = {}` as a parameter.
    pub fn pattern_param(cover: Expr, default: Option<Expr>) -> Result<Param, PError> {
        Ok(Param {
            target: binding_pattern(cover)?,
            default,
            rest: false,
        })
    }

    /// `...args`
    pub fn rest_param(id: (Name, Span)) -> Param {
        Param {
            target: Pattern::Ident(ident(id)),
            default: None,
            rest: true,
        }
    }

    /// `{ a = 1 }` in an object literal: only valid if the literal becomes a pattern.
    pub fn cover_init_property(id: (Name, Span), value: Expr) -> Property {
        let span = id.1.to(value.span);
        let key = PropKey::Static(id.0.clone());
        let target = ident_expr(id);
        let init = expr(
            ExprKind::Assign {
                op: AssignOp::Assign,
                target: Box::new(target),
                value: Box::new(value),
            },
            span,
        );
        Property {
            key,
            value: PropValue::CoverInit(init),
            span,
        }
    }

    /// Converts an array or object literal to a pattern in a declaration, parameter or `catch`
    /// (names only as targets).
    pub fn binding_pattern(cover: Expr) -> Result<Pattern, PError> {
        to_pattern(cover, true)
    }

    fn invalid_target(span: Span) -> PError {
        error(
            "Invalid destructuring assignment target",
            span,
            "cannot destructure into this",
        )
    }

    fn rest_not_last(span: Span) -> PError {
        error(
            "Rest element must be last element",
            span,
            "move the rest element to the end",
        )
    }

    /// Converts `target = default` (an element, property value or arrow parameter) to a
    /// pattern and its default. The parser has already made `[a] = d` an `AssignPattern`.
    fn split_default(mut e: Expr, binding: bool) -> Result<(Pattern, Option<Expr>), PError> {
        match e.take_kind() {
            ExprKind::Assign {
                op: AssignOp::Assign,
                target,
                mut value,
            } => {
                if let ExprKind::Ident(id) = &target.kind {
                    infer_name(&mut value, &id.name, id.span);
                }
                Ok((to_pattern(*target, binding)?, Some(*value)))
            }
            ExprKind::AssignPattern { pattern, value } => {
                if binding && let Some(span) = member_in(&pattern) {
                    return Err(error(
                        "Illegal property in declaration context",
                        span,
                        "only names can be declared",
                    ));
                }
                Ok((*pattern, Some(*value)))
            }
            kind => Ok((to_pattern(expr(kind, e.span), binding)?, None)),
        }
    }

    /// The span of a member-expression target inside an assignment pattern, if any.
    fn member_in(p: &Pattern) -> Option<Span> {
        crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || match p {
            Pattern::Ident(_) => None,
            Pattern::Member(e) => Some(e.span),
            Pattern::Array(a) => a
                .elements
                .iter()
                .flatten()
                .map(|e| &e.target)
                .chain(&a.rest)
                .find_map(member_in),
            Pattern::Object(o) => o
                .props
                .iter()
                .map(|p| &p.target)
                .chain(&o.rest)
                .find_map(member_in),
        })
    }

    /// Converts an expression of the cover grammar to a pattern: names, members (only when
    /// `binding` is false), and array and object literals whose elements convert in turn.
    fn to_pattern(e: Expr, binding: bool) -> Result<Pattern, PError> {
        crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || to_pattern_inner(e, binding))
    }

    fn to_pattern_inner(mut e: Expr, binding: bool) -> Result<Pattern, PError> {
        let span = e.span;
        match e.take_kind() {
            ExprKind::Ident(id) => Ok(Pattern::Ident(id)),
            kind @ ExprKind::Member {
                optional: false, ..
            } if !binding => {
                e.kind = kind;
                Ok(Pattern::Member(Box::new(e)))
            }
            ExprKind::Member { .. } if binding => Err(error(
                "Illegal property in declaration context",
                span,
                "only names can be declared",
            )),
            ExprKind::Array(items) => {
                let count = items.len();
                let mut elements = Vec::with_capacity(count);
                let mut rest = None;
                for (i, item) in items.into_iter().enumerate() {
                    let Some(mut item) = item else {
                        elements.push(None);
                        continue;
                    };
                    match item.take_kind() {
                        ExprKind::Spread(arg) => {
                            if i + 1 != count {
                                return Err(rest_not_last(item.span));
                            }
                            if matches!(arg.kind, ExprKind::Assign { .. }) {
                                return Err(invalid_target(arg.span));
                            }
                            rest = Some(to_pattern(*arg, binding)?);
                            continue;
                        }
                        kind => item.kind = kind,
                    }
                    let (target, default) = split_default(item, binding)?;
                    elements.push(Some(PatternElem { target, default }));
                }
                Ok(Pattern::Array(Box::new(ArrayPattern {
                    elements,
                    rest,
                    span,
                })))
            }
            ExprKind::Object(props) => {
                let count = props.len();
                let mut out = Vec::with_capacity(count);
                let mut rest = None;
                for (i, p) in props.into_iter().enumerate() {
                    let value = match p.value {
                        PropValue::Init(v) | PropValue::CoverInit(v) => v,
                        PropValue::Method(_) | PropValue::Getter(_) | PropValue::Setter(_) => {
                            return Err(invalid_target(p.span));
                        }
                    };
                    if let PropKey::Spread = p.key {
                        if i + 1 != count {
                            return Err(rest_not_last(p.span));
                        }
                        if !matches!(value.kind, ExprKind::Ident(_) | ExprKind::Member { .. }) {
                            return Err(error(
                                "`...` must be followed by an assignable reference in assignment contexts",
                                value.span,
                                "expected a name",
                            ));
                        }
                        rest = Some(to_pattern(value, binding)?);
                        continue;
                    }
                    let (target, default) = split_default(value, binding)?;
                    out.push(PatternProp {
                        key: p.key,
                        target,
                        default,
                        span: p.span,
                    });
                }
                Ok(Pattern::Object(Box::new(ObjectPattern {
                    props: out,
                    rest,
                    span,
                })))
            }
            _ => Err(invalid_target(span)),
        }
    }

    /// `...xs` in an array literal or argument list.
    pub fn spread(start: usize, arg: Expr) -> Expr {
        let span = span_from(start, arg.span.end as usize);
        expr(ExprKind::Spread(Box::new(arg)), span)
    }

    /// `{ ...o }`
    pub fn spread_property(start: usize, arg: Expr) -> Property {
        let span = span_from(start, arg.span.end as usize);
        Property {
            key: PropKey::Spread,
            value: PropValue::Init(arg),
            span,
        }
    }

    /// Arrow parameters must have distinct names.
    pub fn check_duplicate_param(params: &[Param], new: &Param) -> Result<(), PError> {
        let mut names = Vec::new();
        for p in params {
            p.target.bound_names(&mut names);
        }
        let mut new_names = Vec::new();
        new.target.bound_names(&mut new_names);
        for n in new_names {
            if names.iter().any(|m| m.name == n.name) {
                return Err(duplicate_param(n.span));
            }
        }
        Ok(())
    }

    /// A parameter list with a default, a rest parameter or a pattern may not repeat a name
    /// (plain lists may, outside strict mode).
    pub fn check_params(params: Vec<Param>) -> Result<Vec<Param>, PError> {
        let simple = params
            .iter()
            .all(|p| p.default.is_none() && !p.rest && p.target.as_ident().is_some());
        if !simple {
            let mut names = Vec::new();
            for p in &params {
                p.target.bound_names(&mut names);
            }
            let mut seen = HashSet::new();
            if let Some(dup) = names.iter().find(|n| !seen.insert(n.name.clone())) {
                return Err(duplicate_param(dup.span));
            }
        }
        Ok(params)
    }

    fn duplicate_param(span: Span) -> PError {
        error(
            "Duplicate parameter name not allowed in this context",
            span,
            "this name is already a parameter",
        )
    }

    pub fn arrow(params: Vec<Param>, body: FunctionBody, span: Span) -> Expr {
        expr(
            ExprKind::Arrow(function(None, false, params, body, true, span)),
            span,
        )
    }

    /// Converts the parenthesised expression before `=>` into parameters: `a`, `a = 1`, and
    /// comma lists of those.
    pub fn arrow_params(mut cover: Expr) -> Result<Vec<Param>, PError> {
        let items = match cover.take_kind() {
            ExprKind::Sequence(items) => items,
            kind => vec![expr(kind, cover.span)],
        };
        let mut params = Vec::with_capacity(items.len());
        let mut seen = HashSet::new();
        for item in items {
            let span = item.span;
            let valid = match &item.kind {
                ExprKind::Ident(_) | ExprKind::Array(_) | ExprKind::Object(_) => true,
                ExprKind::AssignPattern { .. } => true,
                ExprKind::Assign {
                    op: AssignOp::Assign,
                    target,
                    ..
                } => matches!(target.kind, ExprKind::Ident(_)),
                _ => false,
            };
            if !valid {
                return Err(invalid_param(span));
            }
            let (target, default) = split_default(item, true)?;
            let mut names = Vec::new();
            target.bound_names(&mut names);
            for n in names {
                if !seen.insert(n.name.clone()) {
                    return Err(duplicate_param(n.span));
                }
            }
            params.push(Param {
                target,
                default,
                rest: false,
            });
        }
        Ok(params)
    }

    fn invalid_param(span: Span) -> PError {
        error(
            "Invalid destructuring assignment target",
            span,
            "expected a parameter name",
        )
    }

    pub fn declarator(id: (Name, Span), mut init: Option<Expr>) -> Declarator {
        if let Some(value) = init.as_mut() {
            infer_name(value, &id.0, id.1);
        }
        let span = init.as_ref().map_or(id.1, |e| id.1.to(e.span));
        Declarator {
            target: Pattern::Ident(ident(id)),
            init,
            span,
        }
    }

    /// `let [a, b] = xs` / `const { a } = o`: a pattern needs an initializer.
    pub fn pattern_declarator(cover: Expr, init: Option<Expr>) -> Result<Declarator, PError> {
        let target = binding_pattern(cover)?;
        let Some(init) = init else {
            return Err(error(
                "Missing initializer in destructuring declaration",
                target.span(),
                "add `= value`",
            ));
        };
        let span = target.span().to(init.span);
        Ok(Declarator {
            target,
            init: Some(init),
            span,
        })
    }

    fn check_const_initialized(decl: &VarDecl) -> Result<(), PError> {
        if decl.kind != VarKind::Const {
            return Ok(());
        }
        match decl.decls.iter().find(|d| d.init.is_none()) {
            Some(d) => Err(error(
                "Missing initializer in const declaration",
                d.target.span(),
                "add `= value`",
            )),
            None => Ok(()),
        }
    }

    pub fn var_stmt(decl: VarDecl, end: usize) -> Result<Stmt, PError> {
        check_const_initialized(&decl)?;
        let span = span_from(decl.span.start as usize, end);
        Ok(stmt(StmtKind::VarDecl(decl), span))
    }

    pub fn expr_stmt(e: Expr, end: usize) -> Stmt {
        let span = span_from(e.span.start as usize, end);
        stmt(StmtKind::Expr(e), span)
    }

    pub fn block(body: Vec<Stmt>, span: Span) -> (Block, Span) {
        (
            Block {
                body,
                span,
                scope: Default::default(),
            },
            span,
        )
    }

    /// `let`/`const` directly as the body of `if`, a loop or a label is an error.
    fn single_statement(body: &Stmt) -> Result<(), PError> {
        match &body.kind {
            StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                let keyword = if d.kind == VarKind::Let { 3 } else { 5 };
                let start = d.span.start as usize;
                Err(error(
                    "Lexical declaration cannot appear in a single-statement context",
                    span_from(start, start + keyword),
                    "wrap the declaration in a block: `{ … }`",
                ))
            }
            _ => Ok(()),
        }
    }

    pub fn if_stmt(
        start: usize,
        test: Expr,
        then: Stmt,
        otherwise: Option<Stmt>,
    ) -> Result<Stmt, PError> {
        single_statement(&then)?;
        if let Some(o) = &otherwise {
            single_statement(o)?;
        }
        let end = otherwise.as_ref().map_or(then.span.end, |o| o.span.end) as usize;
        let kind = StmtKind::If {
            test,
            then: Box::new(then),
            otherwise: otherwise.map(Box::new),
        };
        Ok(stmt(kind, span_from(start, end)))
    }

    pub fn while_stmt(start: usize, test: Expr, body: Stmt) -> Result<Stmt, PError> {
        single_statement(&body)?;
        let span = span_from(start, body.span.end as usize);
        Ok(stmt(
            StmtKind::While {
                test,
                body: Box::new(body),
            },
            span,
        ))
    }

    pub fn do_while(start: usize, body: Stmt, test: Expr, end: usize) -> Result<Stmt, PError> {
        single_statement(&body)?;
        Ok(stmt(
            StmtKind::DoWhile {
                body: Box::new(body),
                test,
            },
            span_from(start, end),
        ))
    }

    pub fn for_head(
        start: usize,
        init: Option<ForInit>,
        test: Option<Expr>,
        update: Option<Expr>,
    ) -> Result<ForHead, PError> {
        if let Some(ForInit::VarDecl(decl)) = &init {
            check_const_initialized(decl)?;
        }
        Ok(ForHead::Classic {
            start,
            init,
            test,
            update,
        })
    }

    pub fn for_stmt(head: ForHead, body: Stmt) -> Result<Stmt, PError> {
        single_statement(&body)?;
        match head {
            ForHead::Classic {
                start,
                init,
                test,
                update,
            } => {
                let span = span_from(start, body.span.end as usize);
                let for_stmt = ForStmt {
                    init,
                    test,
                    update,
                    body,
                    scope: Default::default(),
                };
                Ok(stmt(StmtKind::For(Box::new(for_stmt)), span))
            }
            ForHead::InOf {
                start,
                iterate,
                decl,
                target,
                right,
            } => {
                let span = span_from(start, body.span.end as usize);
                let for_stmt = ForInOfStmt {
                    iterate,
                    decl,
                    target,
                    right,
                    body,
                    scope: Default::default(),
                };
                Ok(stmt(StmtKind::ForInOf(Box::new(for_stmt)), span))
            }
        }
    }

    /// `for (x in o)` parses as `for ( Expr )`: that is a for-in head; anything else there
    /// lacks its semicolons.
    pub fn for_without_semicolons(
        start: usize,
        mut e: Expr,
        head: Span,
    ) -> Result<ForHead, PError> {
        match e.take_kind() {
            ExprKind::Binary(BinaryOp::In, target, right, _) => {
                for_target_head(start, ForIterate::In, *target, *right)
            }
            _ => Err(error(
                "Unexpected token ')'",
                Span::new(head.end as usize - 1, head.end as usize),
                "missing `;`",
            )),
        }
    }

    pub fn labeled(label: Ident, body: Stmt) -> Result<Stmt, PError> {
        single_statement(&body)?;
        let span = label.span.to(body.span);
        Ok(stmt(
            StmtKind::Labeled {
                label,
                body: Box::new(body),
            },
            span,
        ))
    }

    pub fn try_stmt(
        start: usize,
        block: (Block, Span),
        handler: Option<CatchClause>,
        finalizer: Option<(Block, Span)>,
    ) -> Stmt {
        let end = finalizer
            .as_ref()
            .map(|f| f.1.end)
            .or(handler.as_ref().map(|h| h.span.end))
            .unwrap_or(block.1.end);
        let try_stmt = TryStmt {
            block: block.0,
            handler,
            finalizer: finalizer.map(|f| f.0),
        };
        stmt(
            StmtKind::Try(Box::new(try_stmt)),
            span_from(start, end as usize),
        )
    }

    pub fn catch_clause(
        start: usize,
        param: Option<Pattern>,
        (body, body_span): (Block, Span),
    ) -> CatchClause {
        let span = span_from(start, body_span.end as usize);
        CatchClause {
            param,
            body,
            scope: Default::default(),
            span,
        }
    }

    pub fn switch_stmt(
        discriminant: Expr,
        cases: Vec<SwitchCase>,
        span: Span,
    ) -> Result<Stmt, PError> {
        if let Some(second) = cases.iter().filter(|c| c.test.is_none()).nth(1) {
            let start = second.span.start as usize;
            return Err(error(
                "More than one default clause in switch statement",
                span_from(start, start + "default".len()),
                "a second `default`",
            ));
        }
        let switch = SwitchStmt {
            discriminant,
            cases,
            scope: Default::default(),
        };
        Ok(stmt(StmtKind::Switch(Box::new(switch)), span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::*;

    fn max_nesting() -> usize {
        crate::syntax::DEFAULT_MAX_NESTING
    }

    /// Parses with the default nesting limit.
    fn parse(source: &str) -> Result<Program, SyntaxError> {
        super::parse(source, max_nesting())
    }

    // -- A compact S-expression dump of the tree, for readable assertions. ------------------

    fn binary_op(op: BinaryOp) -> &'static str {
        use BinaryOp::*;
        match op {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Exp => "**",
            Eq => "==",
            NotEq => "!=",
            StrictEq => "===",
            StrictNotEq => "!==",
            Lt => "<",
            LtEq => "<=",
            Gt => ">",
            GtEq => ">=",
            BitAnd => "&",
            BitOr => "|",
            BitXor => "^",
            Shl => "<<",
            Shr => ">>",
            UShr => ">>>",
            In => "in",
            Instanceof => "instanceof",
        }
    }

    fn logical_op(op: LogicalOp) -> &'static str {
        match op {
            LogicalOp::And => "&&",
            LogicalOp::Or => "||",
            LogicalOp::Nullish => "??",
        }
    }

    fn unary_op(op: UnaryOp) -> &'static str {
        match op {
            UnaryOp::Minus => "-",
            UnaryOp::Plus => "+",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "~",
            UnaryOp::Typeof => "typeof",
            UnaryOp::Void => "void",
            UnaryOp::Delete => "delete",
        }
    }

    fn list(items: impl IntoIterator<Item = String>) -> String {
        items.into_iter().collect::<Vec<_>>().join(" ")
    }

    fn function(f: &Function) -> String {
        let name = match (&f.name, f.has_own_name) {
            (Some(n), true) => format!("{} ", n.name),
            (Some(n), false) => format!("~{} ", n.name),
            (None, _) => String::new(),
        };
        let params = list(f.params.iter().map(|p| match &p.default {
            Some(d) => format!("{}={}", pattern(&p.target), expr(d)),
            None if p.rest => format!("...{}", pattern(&p.target)),
            None => pattern(&p.target),
        }));
        let body = match &f.body {
            FunctionBody::Block(stmts) => format!("{{{}}}", list(stmts.iter().map(stmt))),
            FunctionBody::Expr(e) => expr(e),
        };
        let kind = match (f.is_arrow, f.is_async, f.is_generator) {
            (true, true, _) => "async =>",
            (true, false, _) => "=>",
            (false, true, _) => "async function",
            (false, false, true) => "function*",
            (false, false, false) => "function",
        };
        format!("({kind} {name}({params}) {body})")
    }

    fn class(c: &Class) -> String {
        let name = c
            .name
            .as_ref()
            .map_or("_".to_string(), |n| n.name.to_string());
        let extends = c
            .extends
            .as_ref()
            .map_or(String::new(), |e| format!(" extends {}", expr(e)));
        let ctor = if c.explicit_constructor {
            format!(" ctor:{}", function(&c.constructor))
        } else {
            String::new()
        };
        let members = list(c.members.iter().map(|m| match m {
            ClassMember::Method { is_static, prop } => {
                let s = if *is_static { "static " } else { "" };
                let (kind, f) = match &prop.value {
                    PropValue::Method(f) => ("", f),
                    PropValue::Getter(f) => ("get ", f),
                    PropValue::Setter(f) => ("set ", f),
                    _ => unreachable!("class methods are functions"),
                };
                format!("{s}{kind}{}:{}", key(&prop.key), function(f))
            }
            ClassMember::Field {
                is_static,
                key: k,
                init,
                ..
            } => {
                let s = if *is_static { "static " } else { "" };
                let init = init.as_ref().map_or("_".to_string(), |f| function(f));
                format!("{s}field {}={init}", key(k))
            }
        }));
        format!("(class {name}{extends}{ctor} {{{members}}})")
    }

    fn pattern(p: &Pattern) -> String {
        let with_default = |t: &Pattern, d: &Option<Expr>| match d {
            Some(d) => format!("{}={}", pattern(t), expr(d)),
            None => pattern(t),
        };
        let rest = |r: &Option<Pattern>| r.as_ref().map(|r| format!("...{}", pattern(r)));
        match p {
            Pattern::Ident(id) => id.name.to_string(),
            Pattern::Member(e) => expr(e),
            Pattern::Array(a) => format!(
                "[{}]",
                list(
                    a.elements
                        .iter()
                        .map(|e| e
                            .as_ref()
                            .map_or("_".to_string(), |e| with_default(&e.target, &e.default)))
                        .chain(rest(&a.rest))
                )
            ),
            Pattern::Object(o) => format!(
                "{{{}}}",
                list(
                    o.props
                        .iter()
                        .map(|p| format!("{}:{}", key(&p.key), with_default(&p.target, &p.default)))
                        .chain(rest(&o.rest))
                )
            ),
        }
    }

    fn key(k: &PropKey) -> String {
        match k {
            PropKey::Static(s) => s.to_string(),
            PropKey::Computed(e) => format!("[{}]", expr(e)),
            PropKey::Spread => "...".to_string(),
        }
    }

    fn expr(e: &Expr) -> String {
        use ExprKind::*;
        match &e.kind {
            Number(n) => format!("{n}"),
            String(s) => format!("{s:?}"),
            Bool(b) => b.to_string(),
            Null => "null".into(),
            Ident(id) => id.name.to_string(),
            This => "this".into(),
            Array(items) => {
                format!(
                    "[{}]",
                    list(
                        items
                            .iter()
                            .map(|i| i.as_ref().map_or("_".to_string(), expr))
                    )
                )
            }
            Object(props) => format!(
                "{{{}}}",
                list(props.iter().map(|p| match &p.value {
                    PropValue::Init(v) | PropValue::CoverInit(v) =>
                        format!("{}:{}", key(&p.key), expr(v)),
                    PropValue::Method(f) => format!("{}:{}", key(&p.key), function(f)),
                    PropValue::Getter(f) => format!("get {}:{}", key(&p.key), function(f)),
                    PropValue::Setter(f) => format!("set {}:{}", key(&p.key), function(f)),
                }))
            ),
            Function(f) | Arrow(f) => function(f),
            Class(c) => class(c),
            SuperCall(args) => format!("(super {})", list(args.iter().map(expr))),
            SuperMember(MemberProp::Named(n, _)) => format!("(super.{n})"),
            SuperMember(MemberProp::Computed(k)) => format!("(super[{}])", expr(k)),
            Unary(op, a) => format!("({} {})", unary_op(*op), expr(a)),
            Update { op, prefix, target } => {
                let op = if *op == UpdateOp::Inc { "++" } else { "--" };
                if *prefix {
                    format!("({op}pre {})", expr(target))
                } else {
                    format!("(post{op} {})", expr(target))
                }
            }
            Binary(op, a, b, _) => format!("({} {} {})", binary_op(*op), expr(a), expr(b)),
            Logical(op, a, b) => format!("({} {} {})", logical_op(*op), expr(a), expr(b)),
            Assign { op, target, value } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Op(b) => format!("{}=", binary_op(*b)),
                    AssignOp::Logical(l) => format!("{}=", logical_op(*l)),
                };
                format!("({op} {} {})", expr(target), expr(value))
            }
            AssignPattern { pattern: p, value } => {
                format!("(= {} {})", pattern(p), expr(value))
            }
            Conditional {
                test,
                then,
                otherwise,
            } => format!("(? {} {} {})", expr(test), expr(then), expr(otherwise)),
            OptionalChain(c) => format!("(?chain {})", expr(c)),
            Spread(a) => format!("(... {})", expr(a)),
            Call {
                callee,
                args,
                optional: true,
            } => format!(
                "(?call {})",
                list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
            ),
            Call { callee, args, .. } => format!(
                "(call {})",
                list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
            ),
            New { callee, args } => format!(
                "(new {})",
                list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
            ),
            Member {
                object,
                property: MemberProp::Named(name, _),
                optional,
            } => format!(
                "({} {} {name})",
                if *optional { "?." } else { "." },
                expr(object)
            ),
            Member {
                object,
                property: MemberProp::Computed(p),
                optional,
            } => format!(
                "({} {} {})",
                if *optional { "?.[]" } else { "[]" },
                expr(object),
                expr(p)
            ),
            Sequence(items) => format!("(, {})", list(items.iter().map(expr))),
            Yield { argument, delegate } => {
                let star = if *delegate { "*" } else { "" };
                match argument {
                    Some(a) => format!("(yield{star} {})", expr(a)),
                    None => format!("(yield{star})"),
                }
            }
            Await(a) => format!("(await {})", expr(a)),
            Template { quasis, exprs } => {
                let mut parts = vec![format!("{:?}", quasis[0].cooked.as_str())];
                for (e, q) in exprs.iter().zip(&quasis[1..]) {
                    parts.push(expr(e));
                    parts.push(format!("{:?}", q.cooked.as_str()));
                }
                format!("(` {})", list(parts))
            }
        }
    }

    fn var_decl(d: &VarDecl) -> String {
        let kind = match d.kind {
            VarKind::Var => "var",
            VarKind::Let => "let",
            VarKind::Const => "const",
        };
        let decls = d.decls.iter().map(|d| match &d.init {
            Some(init) => format!("({} {})", pattern(&d.target), expr(init)),
            None => format!("({})", pattern(&d.target)),
        });
        format!("({kind} {})", list(decls))
    }

    fn block(b: &Block) -> String {
        format!("{{{}}}", list(b.body.iter().map(stmt)))
    }

    fn stmt(s: &Stmt) -> String {
        use StmtKind::*;
        let opt = |e: &Option<crate::syntax::ast::Expr>| e.as_ref().map_or("_".to_string(), expr);
        match &s.kind {
            Expr(e) => expr(e),
            VarDecl(d) => var_decl(d),
            FunctionDecl(f) => function(f),
            ClassDecl(c) => class(c),
            Return(e) => format!("(return {})", opt(e)),
            If {
                test,
                then,
                otherwise,
            } => match otherwise {
                Some(o) => format!("(if {} {} {})", expr(test), stmt(then), stmt(o)),
                None => format!("(if {} {})", expr(test), stmt(then)),
            },
            Block(b) => block(b),
            For(f) => {
                let init = match &f.init {
                    Some(ForInit::VarDecl(d)) => var_decl(d),
                    Some(ForInit::Expr(e)) => expr(e),
                    None => "_".into(),
                };
                format!(
                    "(for {init} {} {} {})",
                    opt(&f.test),
                    opt(&f.update),
                    stmt(&f.body)
                )
            }
            ForInOf(f) => {
                let decl = match f.decl {
                    Some(crate::syntax::ast::VarKind::Var) => "var ",
                    Some(crate::syntax::ast::VarKind::Let) => "let ",
                    Some(crate::syntax::ast::VarKind::Const) => "const ",
                    None => "",
                };
                let word = match f.iterate {
                    ForIterate::In => "in",
                    ForIterate::Of => "of",
                };
                format!(
                    "(for-{word} {decl}{} {} {})",
                    pattern(&f.target),
                    expr(&f.right),
                    stmt(&f.body)
                )
            }
            While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
            DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
            Break(l) => format!(
                "(break{})",
                l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
            ),
            Continue(l) => format!(
                "(continue{})",
                l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
            ),
            Throw(e) => format!("(throw {})", expr(e)),
            Try(t) => {
                let mut out = format!("(try {}", block(&t.block));
                if let Some(h) = &t.handler {
                    let param = h.param.as_ref().map_or("_".to_string(), pattern);
                    out += &format!(" (catch {param} {})", block(&h.body));
                }
                if let Some(f) = &t.finalizer {
                    out += &format!(" (finally {})", block(f));
                }
                out + ")"
            }
            Switch(s) => {
                let cases = s.cases.iter().map(|c| {
                    let head = c
                        .test
                        .as_ref()
                        .map_or("default".to_string(), |t| format!("case {}", expr(t)));
                    format!("({head}: {})", list(c.body.iter().map(stmt)))
                });
                format!("(switch {} {})", expr(&s.discriminant), list(cases))
            }
            Labeled { label, body } => format!("({}: {})", label.name, stmt(body)),
            Empty => ";".into(),
        }
    }

    // -- Helpers ---------------------------------------------------------------------------

    /// The whole program as S-expressions, one statement per line.
    fn p(src: &str) -> String {
        match parse(src) {
            Ok(program) => program.body.iter().map(stmt).collect::<Vec<_>>().join("\n"),
            Err(e) => panic!("{src:?} failed: {e:?}"),
        }
    }

    fn err(src: &str) -> SyntaxError {
        match parse(src) {
            Ok(program) => panic!(
                "{src:?} parsed: {}",
                program.body.iter().map(stmt).collect::<Vec<_>>().join("\n")
            ),
            Err(e) => e,
        }
    }

    /// Asserts the error message and the source text the span covers.
    fn check_err(src: &str, message: &str, at: &str) {
        let e = err(src);
        assert_eq!(e.message, message, "{src:?}: {e:?}");
        assert_eq!(
            &src[e.span.start as usize..e.span.end as usize],
            at,
            "{src:?}: {e:?}"
        );
    }

    fn first_expr(src: &str) -> Expr {
        let program = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
        match program.body.into_iter().next().map(|mut s| s.take_kind()) {
            Some(StmtKind::Expr(e)) => e,
            other => panic!("{src:?}: not an expression statement: {other:?}"),
        }
    }

    fn text(src: &str, span: Span) -> &str {
        &src[span.start as usize..span.end as usize]
    }

    #[test]
    fn precedence() {
        assert_eq!(p("1 + 2 * 3"), "(+ 1 (* 2 3))");
        assert_eq!(p("(1 + 2) * 3"), "(* (+ 1 2) 3)");
        assert_eq!(p("a - b - c"), "(- (- a b) c)");
        assert_eq!(p("a || b && c"), "(|| a (&& b c))");
        assert_eq!(p("a && b || c"), "(|| (&& a b) c)");
        assert_eq!(p("a ? b : c ? d : e"), "(? a b (? c d e))");
        assert_eq!(p("a ? b ? c : d : e"), "(? a (? b c d) e)");
        assert_eq!(p("a = b = c"), "(= a (= b c))");
        assert_eq!(p("2 ** 3 ** 2"), "(** 2 (** 3 2))");
        assert_eq!(p("(-2) ** 2"), "(** (- 2) 2)");
        assert_eq!(p("2 ** -2"), "(** 2 (- 2))");
        assert_eq!(p("a ?? b ?? c"), "(?? (?? a b) c)");
        assert_eq!(p("(a || b) ?? c"), "(?? (|| a b) c)");
        assert_eq!(p("a | b ^ c & d"), "(| a (^ b (& c d)))");
        assert_eq!(p("a == b < c"), "(== a (< b c))");
        assert_eq!(p("a < b << c + d"), "(< a (<< b (+ c d)))");
        assert_eq!(p("a in b instanceof c"), "(instanceof (in a b) c)");
        assert_eq!(p("!a.b"), "(! (. a b))");
        assert_eq!(p("typeof a === 'x'"), "(=== (typeof a) \"x\")");
        assert_eq!(
            p("-a ** 2 === void 0"
                .replace("-a ** 2", "-(a ** 2)")
                .as_str()),
            "(=== (- (** a 2)) (void 0))"
        );
        assert_eq!(p("a++ + ++b"), "(+ (post++ a) (++pre b))");
        assert_eq!(p("a = b ? c : d"), "(= a (? b c d))");
        assert_eq!(p("a ? b : c = d"), "(? a b (= c d))");
        assert_eq!(p("a, b = c, d"), "(, a (= b c) d)");
        assert_eq!(p("x += y -= z"), "(+= x (-= y z))");
        assert_eq!(
            p("a ||= b; c &&= d; e ??= f; g **= 2; h >>>= 1"),
            "(||= a b)\n(&&= c d)\n(??= e f)\n(**= g 2)\n(>>>= h 1)"
        );
        assert_eq!(
            p("delete a[0], void 0, ~x, +y"),
            "(, (delete ([] a 0)) (void 0) (~ x) (+ y))"
        );
    }

    #[test]
    fn member_call_and_new() {
        assert_eq!(
            p("a.b.c(d)(e)[f]"),
            "([] (call (call (. (. a b) c) d) e) f)"
        );
        assert_eq!(p("new F"), "(new F)");
        assert_eq!(p("new F()"), "(new F)");
        assert_eq!(p("new a.b.C(x)"), "(new (. (. a b) C) x)");
        assert_eq!(p("new F().m()"), "(call (. (new F) m))");
        assert_eq!(p("new new F()()"), "(new (new F))");
        assert_eq!(p("new F(1)(2)"), "(call (new F 1) 2)");
        assert_eq!(p("new (f())"), "(new (call f))");
        assert_eq!(p("f(a, b,)"), "(call f a b)");
        assert_eq!(p("f()"), "(call f)");
        assert_eq!(
            p("p.then(v => v).catch(e => 1).finally(() => {})"),
            "(call (. (call (. (call (. p then) (=> (v) v)) catch) (=> (e) 1)) finally) (=> () {}))"
        );
    }

    #[test]
    fn keywords_as_property_names() {
        assert_eq!(
            p("a.default; obj.new; x.catch(f); p.finally(g); a.if.class"),
            "(. a default)\n(. obj new)\n(call (. x catch) f)\n(call (. p finally) g)\n(. (. a if) class)"
        );
        assert_eq!(
            p("x = { if: 1, new: 2, class: 3, return: 4, of: 5, get: 6, set: 7 }"),
            "(= x {if:1 new:2 class:3 return:4 of:5 get:6 set:7})"
        );
        assert_eq!(p("a.return\n(x)"), "(call (. a return) x)");
        assert_eq!(
            p("let of = 1, get = 2, set = 3, static = 4; of + get"),
            "(let (of 1) (get 2) (set 3) (static 4))\n(+ of get)"
        );
    }

    #[test]
    fn literals() {
        assert_eq!(p("[1, , 3]"), "[1 _ 3]");
        assert_eq!(p("[,]"), "[_]");
        assert_eq!(p("[, ,]"), "[_ _]");
        assert_eq!(p("[a,]"), "[a]");
        assert_eq!(p("[a,,]"), "[a _]");
        assert_eq!(p("[]"), "[]");
        assert_eq!(p("x = {}"), "(= x {})");
        assert_eq!(
            p("x = { a, b: 2, 'c d': 3, 1.50: 4, 0x10: 5, [k]: 6, }"),
            "(= x {a:a b:2 c d:3 1.5:4 16:5 [k]:6})"
        );
        assert_eq!(
            p("x = { m(a) { return a }, 'n'() {}, 2() {}, [k]() {} }"),
            "(= x {m:(function ~m (a) {(return a)}) n:(function ~n () {}) 2:(function ~2 () {}) [k]:(function () {})})"
        );
        assert_eq!(
            p("this; null; true; false; undefined; 'a\\n'; 1e3"),
            "this\nnull\ntrue\nfalse\nundefined\n\"a\\n\"\n1000"
        );
        assert_eq!(
            p("x = { 1e21: 1, .5: 2, 100: 3 }"),
            "(= x {1e+21:1 0.5:2 100:3})"
        );
    }

    #[test]
    fn template_literals() {
        assert_eq!(p("`abc`"), "(` \"abc\")");
        assert_eq!(p("``"), "(` \"\")");
        assert_eq!(p("`a${b}c`"), "(` \"a\" b \"c\")");
        assert_eq!(
            p("x = `${a + 1}${b}`"),
            "(= x (` \"\" (+ a 1) \"\" b \"\"))"
        );
        assert_eq!(p("`a${`b${c}`}d`"), "(` \"a\" (` \"b\" c \"\") \"d\")");
        assert_eq!(p("`${{ a: 1 }.a}`"), "(` \"\" (. {a:1} a) \"\")");
        assert_eq!(p("`\\n\\u{41}\\x42\\``"), "(` \"\\nAB`\")");
        assert_eq!(p("`a`.length"), "(. (` \"a\") length)");
        assert_eq!(p("f(`x`)"), "(call f (` \"x\"))");
        let src = "x = `ab${c}de${f}`";
        let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
            panic!()
        };
        assert_eq!(text(src, value.span), "`ab${c}de${f}`");
        let ExprKind::Template { quasis, .. } = &value.kind else {
            panic!()
        };
        let texts: Vec<&str> = quasis.iter().map(|q| text(src, q.span)).collect();
        assert_eq!(texts, ["ab", "de", ""]);
        check_err("`${}`", "Unexpected token '}'", "}");
        check_err("`${a b}`", "Unexpected identifier 'b'", "b");
        check_err("`${1`", "Unterminated template literal", "`");
        check_err("`a\\unicode`", "Invalid Unicode escape sequence", "\\u");
        check_err("`${1}\\x4`", "Invalid hexadecimal escape sequence", "\\x");
        check_err(
            "`\\1`",
            "Octal escape sequences are not allowed in template strings.",
            "\\1",
        );
    }

    #[test]
    fn optional_chaining() {
        assert_eq!(p("a?.b"), "(?chain (?. a b))");
        assert_eq!(p("a?.b.c"), "(?chain (. (?. a b) c))");
        assert_eq!(p("a?.[k]"), "(?chain (?.[] a k))");
        assert_eq!(p("f?.(x)"), "(?chain (?call f x))");
        assert_eq!(p("a?.m()"), "(?chain (call (?. a m)))");
        assert_eq!(p("a.b?.c"), "(?chain (?. (. a b) c))");
        assert_eq!(p("f()?.x[0]"), "(?chain ([] (?. (call f) x) 0))");
        assert_eq!(p("a?.b?.c"), "(?chain (?. (?. a b) c))");
        assert_eq!(p("(a?.b).c"), "(. (?chain (?. a b)) c)");
        assert_eq!(p("a?.b()()"), "(?chain (call (call (?. a b))))");
        assert_eq!(p("new F()?.x"), "(?chain (?. (new F) x))");
        assert_eq!(p("x = a ?.5:1"), "(= x (? a 0.5 1))");
        assert_eq!(p("a?.b ?? c"), "(?? (?chain (?. a b)) c)");
        assert_eq!(p("delete a?.b"), "(delete (?chain (?. a b)))");
        assert_eq!(p("a?.if.new"), "(?chain (. (?. a if) new))");
        let src = "x = a?.b.c(1)";
        let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
            panic!()
        };
        assert_eq!(text(src, value.span), "a?.b.c(1)");
        check_err("a?.b = 1", "Invalid left-hand side in assignment", "a?.b");
        check_err("a?.b += 1", "Invalid left-hand side in assignment", "a?.b");
        check_err(
            "a?.b++",
            "Invalid left-hand side expression in postfix operation",
            "a?.b",
        );
        check_err(
            "--a?.[0]",
            "Invalid left-hand side expression in prefix operation",
            "a?.[0]",
        );
        check_err(
            "new a?.b()",
            "Invalid optional chain from new expression",
            "?.",
        );
        check_err(
            "new a.b?.()",
            "Invalid optional chain from new expression",
            "?.",
        );
        check_err("a?.`x`", "Invalid tagged template on optional chain", "`x`");
        check_err("a?.", "Unexpected end of input", "");
        check_err("a?.;", "Unexpected token ';'", ";");
    }

    #[test]
    fn spread_and_rest() {
        assert_eq!(p("f(...a)"), "(call f (... a))");
        assert_eq!(p("f(a, ...b, c, ...d,)"), "(call f a (... b) c (... d))");
        assert_eq!(p("new F(...a)"), "(new F (... a))");
        assert_eq!(p("o?.m(...a)"), "(?chain (call (?. o m) (... a)))");
        assert_eq!(p("[...a, 1, , ...[b]]"), "[(... a) 1 _ (... [b])]");
        assert_eq!(p("[...a,]"), "[(... a)]");
        assert_eq!(
            p("x = { ...o, a: 1, ...f() }"),
            "(= x {...:o a:1 ...:(call f)})"
        );
        assert_eq!(p("f(...a || b)"), "(call f (... (|| a b)))");
        assert_eq!(
            p("function f(a, ...rest) {}"),
            "(function f (a ...rest) {})"
        );
        assert_eq!(p("x = function (...r) {}"), "(= x (function ~x (...r) {}))");
        assert_eq!(p("(...args) => args"), "(=> (...args) args)");
        assert_eq!(p("(a, b = 1, ...c) => c"), "(=> (a b=1 ...c) c)");
        assert_eq!(p("o = { m(...r) {} }"), "(= o {m:(function ~m (...r) {})})");
        let src = "f(a, ...bc)";
        let ExprKind::Call { args, .. } = first_expr(src).take_kind() else {
            panic!()
        };
        assert_eq!(text(src, args[1].span), "...bc");
        check_err(
            "function f(...a, b) {}",
            "Rest parameter must be last formal parameter",
            ",",
        );
        check_err(
            "function f(...a,) {}",
            "Rest parameter must be last formal parameter",
            ",",
        );
        check_err(
            "(a, ...b, c) => 1",
            "Rest parameter must be last formal parameter",
            ",",
        );
        check_err(
            "function f(...a = 1) {}",
            "Rest parameter may not have a default initializer",
            "=",
        );
        check_err(
            "(a, ...a) => 1",
            "Duplicate parameter name not allowed in this context",
            "a",
        );
        check_err("x = ...a", "Unexpected token '...'", "...");
        check_err("(...a);", "Unexpected token ';'", ";");
        assert_eq!(err("(...a)").label, "expected `=>`");
        check_err("f(... )", "Unexpected token ')'", ")");
        check_err("a + ...b", "Unexpected token '...'", "...");
    }

    #[test]
    fn object_literal_versus_block() {
        assert_eq!(p("{ a: 1 }"), "{(a: 1)}");
        assert_eq!(p("{}"), "{}");
        assert_eq!(p("({ a: 1 })"), "{a:1}");
        assert_eq!(p("x = { a: 1 }"), "(= x {a:1})");
        assert_eq!(p("{ let a = 1; }"), "{(let (a 1))}");
        assert_eq!(p("(function () {})"), "(function () {})");
        assert_eq!(p("(function () {})()"), "(call (function () {}))");
        assert_eq!(p("!function () {}()"), "(! (call (function () {})))");
        check_err("{ a: 1, b: 2 }", "Unexpected token ':'", ":");
        check_err(
            "function () {}",
            "Function statements require a function name",
            "function",
        );
    }

    #[test]
    fn functions_and_name_inference() {
        assert_eq!(
            p("function f(a, b = 1,) { return a + b }"),
            "(function f (a b=1) {(return (+ a b))})"
        );
        assert_eq!(p("const f = () => 1"), "(const (f (=> ~f () 1)))");
        assert_eq!(p("let g = function () {}"), "(let (g (function ~g () {})))");
        assert_eq!(
            p("let h = function named() {}"),
            "(let (h (function named () {})))"
        );
        assert_eq!(p("x = () => 1"), "(= x (=> ~x () 1))");
        assert_eq!(p("x ||= () => 1"), "(||= x (=> ~x () 1))");
        assert_eq!(p("x += () => 1"), "(+= x (=> () 1))");
        assert_eq!(p("o.x = () => 1"), "(= (. o x) (=> () 1))");
        assert_eq!(
            p("o = { a: () => 1, 'b': function () {} }"),
            "(= o {a:(=> ~a () 1) b:(function ~b () {})})"
        );
        assert_eq!(
            p("function f(cb = () => 1) {}"),
            "(function f (cb=(=> ~cb () 1)) {})"
        );
        assert_eq!(p("const f = (() => 1)"), "(const (f (=> ~f () 1)))");
        assert_eq!(p("if (a) function f() {}"), "(if a (function f () {}))");
        assert_eq!(p("{ function f() {} }"), "{(function f () {})}");
    }

    #[test]
    fn arrows() {
        assert_eq!(p("x => x * 2"), "(=> (x) (* x 2))");
        assert_eq!(p("(a, b) => a + b"), "(=> (a b) (+ a b))");
        assert_eq!(p("() => {}"), "(=> () {})");
        assert_eq!(p("(a = 1, b) => { return a }"), "(=> (a=1 b) {(return a)})");
        assert_eq!(p("(a) => ({ a })"), "(=> (a) {a:a})");
        assert_eq!(p("a => b => a + b"), "(=> (a) (=> (b) (+ a b)))");
        assert_eq!(p("f(x => x, y)"), "(call f (=> (x) x) y)");
        assert_eq!(
            p("x = a ? b => 1 : c => 2"),
            "(= x (? a (=> (b) 1) (=> (c) 2)))"
        );
        assert_eq!(p("() => function () {}"), "(=> () (function () {}))");
        assert_eq!(p("() => x = 1"), "(=> () (= x 1))");
        assert_eq!(p("(a) = 1"), "(= a 1)");
        assert_eq!(p("async1 => 1"), "(=> (async1) 1)");
        check_err(
            "(a + 1) => a",
            "Invalid destructuring assignment target",
            "a + 1",
        );
        check_err(
            "(a, a) => 1",
            "Duplicate parameter name not allowed in this context",
            "a",
        );
        check_err("x\n=> 1", "Unexpected token '=>'", "=>");
        check_err(
            "a + (b) => c",
            "Malformed arrow function parameter list",
            "=>",
        );
        check_err("f(a) => c", "Malformed arrow function parameter list", "=>");
        check_err("a; => c", "Unexpected token '=>'", "=>");
    }

    #[test]
    fn destructuring() {
        assert_eq!(p("let [a, , b = 1, ...r] = x"), "(let ([a _ b=1 ...r] x))");
        assert_eq!(
            p("const { a, b: [c], [k]: d = 2, 'e f': g, 1: h, ...r } = o"),
            "(const ({a:a b:[c] [k]:d=2 e f:g 1:h ...r} o))"
        );
        assert_eq!(p("var { a = 1 } = o"), "(var ({a:a=1} o))");
        assert_eq!(p("[a, b] = [b, a]"), "(= [a b] [b a])");
        assert_eq!(
            p("({ a: o.x, b: o[k] = 1, ...r } = v)"),
            "(= {a:(. o x) b:([] o k)=1 ...r} v)"
        );
        assert_eq!(p("[a = 1, [b] = c, ...d] = e"), "(= [a=1 [b]=c ...d] e)");
        assert_eq!(
            p("function f({ a }, [b] = c, d) {}"),
            "(function f ({a:a} [b]=c d) {})"
        );
        assert_eq!(p("({ a }, [b]) => a"), "(=> ({a:a} [b]) a)");
        assert_eq!(p("({ a = 1 } = {}) => a"), "(=> ({a:a=1}={}) a)");
        assert_eq!(p("([a, ...b], ...c) => a"), "(=> ([a ...b] ...c) a)");
        assert_eq!(
            p("try {} catch ({ message }) {}"),
            "(try {} (catch {message:message} {}))"
        );
        assert_eq!(
            p("for (let [i, n] = [0, 2]; i < n; i++) ;"),
            "(for (let ([i n] [0 2])) (< i n) (post++ i) ;)"
        );
        // The pattern takes the name for anonymous functions in defaults.
        let e = first_expr("[f = function () {}] = []");
        let ExprKind::AssignPattern { pattern, .. } = &e.kind else {
            panic!("{e:?}")
        };
        let Pattern::Array(a) = &**pattern else {
            panic!("{pattern:?}")
        };
        let Some(Some(PatternElem {
            default: Some(d), ..
        })) = a.elements.first()
        else {
            panic!("{a:?}")
        };
        assert!(
            matches!(&d.kind, ExprKind::Function(f) if f.name.as_ref().unwrap().name.as_str() == "f")
        );
    }

    #[test]
    fn destructuring_errors() {
        let cases = [
            (
                "let [a + 1] = x",
                "Invalid destructuring assignment target",
                "a + 1",
            ),
            (
                "[a + 1] = x",
                "Invalid destructuring assignment target",
                "a + 1",
            ),
            (
                "({ a: 1 } = x)",
                "Invalid destructuring assignment target",
                "1",
            ),
            (
                "({ m() {} } = x)",
                "Invalid destructuring assignment target",
                "m() {}",
            ),
            (
                "let [a];",
                "Missing initializer in destructuring declaration",
                "[a]",
            ),
            (
                "const { a };",
                "Missing initializer in destructuring declaration",
                "{ a }",
            ),
            ("[...a, b] = x", "Rest element must be last element", "...a"),
            (
                "let { ...a, b } = x",
                "Rest element must be last element",
                "...a",
            ),
            (
                "let { a: b.c } = x",
                "Illegal property in declaration context",
                "b.c",
            ),
            (
                "([a.b]) => 1",
                "Illegal property in declaration context",
                "a.b",
            ),
            (
                "({ ...{ a } } = x)",
                "`...` must be followed by an assignable reference in assignment contexts",
                "{ a }",
            ),
            (
                "function f([a], a) {}",
                "Duplicate parameter name not allowed in this context",
                "a",
            ),
            (
                "({ a }, a) => 1",
                "Duplicate parameter name not allowed in this context",
                "a",
            ),
            (
                "[a, b] += 1",
                "Invalid left-hand side in assignment",
                "[a, b]",
            ),
        ];
        for (src, message, at) in cases {
            check_err(src, message, at);
        }
        // `{ a = 1 }` is only valid as a pattern: the scope pass rejects the literal.
        let program = parse("({ a = 1 })").unwrap();
        let e = crate::syntax::scope::resolve(&program, &mut Default::default(), max_nesting())
            .unwrap_err();
        assert_eq!(e.message, "Invalid shorthand property initializer");
        // Plain parameter lists may repeat a name outside strict mode.
        assert_eq!(p("function f(a, a) {}"), "(function f (a a) {})");
    }

    #[test]
    fn statements() {
        assert_eq!(
            p("var a = 1, b; let c; const d = 2;"),
            "(var (a 1) (b))\n(let (c))\n(const (d 2))"
        );
        assert_eq!(p("if (a) b; else if (c) d; else e"), "(if a b (if c d e))");
        assert_eq!(p("if (a) if (b) c; else d"), "(if a (if b c d))");
        assert_eq!(p("if (a) { b } else { c }"), "(if a {b} {c})");
        assert_eq!(p("while (a) b()"), "(while a (call b))");
        assert_eq!(p("while (a) if (b) c; else d"), "(while a (if b c d))");
        assert_eq!(p("do x++; while (x < 5)"), "(do (post++ x) (< x 5))");
        assert_eq!(p("do { } while (a) b()"), "(do {} a)\n(call b)");
        assert_eq!(p("do x; while (a);"), "(do x a)");
        assert_eq!(
            p("for (let i = 0; i < n; i++) f(i)"),
            "(for (let (i 0)) (< i n) (post++ i) (call f i))"
        );
        assert_eq!(p("for (;;) {}"), "(for _ _ _ {})");
        assert_eq!(
            p("for (i = 0, j = 1; ; ) break"),
            "(for (, (= i 0) (= j 1)) _ _ (break))"
        );
        assert_eq!(
            p("for (var x = 'a' in o; x; ) ;"),
            "(for (var (x (in \"a\" o))) x _ ;)"
        );
        assert_eq!(
            p("outer: for (;;) { inner: while (1) { break outer; continue inner } }"),
            "(outer: (for _ _ _ {(inner: (while 1 {(break outer) (continue inner)}))}))"
        );
        assert_eq!(p("return; return 1"), "(return _)\n(return 1)");
        assert_eq!(p("throw new Error('x')"), "(throw (new Error \"x\"))");
        assert_eq!(
            p("try { a } catch (e) { b } finally { c }"),
            "(try {a} (catch e {b}) (finally {c}))"
        );
        assert_eq!(p("try {} catch {}"), "(try {} (catch _ {}))");
        assert_eq!(p("try {} finally {}"), "(try {} (finally {}))");
        assert_eq!(
            p("switch (x) { case 1: a; b; case 2: default: c }"),
            "(switch x (case 1: a b) (case 2: ) (default: c))"
        );
        assert_eq!(p("switch (x) {}"), "(switch x )");
        assert_eq!(p(";;"), ";\n;");
        assert_eq!(p("debugger;"), ";");
        assert_eq!(p(""), "");
        assert_eq!(p("// only a comment\n/* and another */"), "");
        assert_eq!(p("a: b: c"), "(a: (b: c))");
        assert_eq!(p("if (a) l: b; else c"), "(if a (l: b) c)");
    }

    #[test]
    fn automatic_semicolons() {
        assert_eq!(
            p("const foo = () => console.log('foo')\nconst bar = () => console.log('bar')\nfoo()"),
            "(const (foo (=> ~foo () (call (. console log) \"foo\"))))\n(const (bar (=> ~bar () (call (. console log) \"bar\"))))\n(call foo)"
        );
        assert_eq!(
            p("function f() {\n  return\n  1\n}"),
            "(function f () {(return _) 1})"
        );
        assert_eq!(p("a\n++b"), "a\n(++pre b)");
        assert_eq!(p("a\n++\nb"), "a\n(++pre b)");
        assert_eq!(p("a++\nb"), "(post++ a)\nb");
        assert_eq!(p("let x = 1\nlet y = 2"), "(let (x 1))\n(let (y 2))");
        assert_eq!(
            p("function f() { return 1 }"),
            "(function f () {(return 1)})"
        );
        assert_eq!(p("{ a } b"), "{a}\nb");
        assert_eq!(p("x = 1"), "(= x 1)");
        assert_eq!(p("a = b\n(c)"), "(= a (call b c))");
        assert_eq!(p("a = b\n[c]"), "(= a ([] b c))");
        assert_eq!(p("if (a) b\nelse c"), "(if a b c)");
        assert_eq!(p("do x\nwhile (y)"), "(do x y)");
        assert_eq!(
            p("for (;;) { break\nouter }"),
            "(for _ _ _ {(break) outer})"
        );
        assert_eq!(p("for (;;) { continue\n}"), "(for _ _ _ {(continue)})");
        assert_eq!(p("x\n/* a\n */ y"), "x\ny");
        assert_eq!(p("return\n;"), "(return _)");
        assert_eq!(p("if (x)\n++y"), "(if x (++pre y))");
        assert_eq!(
            p("let a = 1 /* same line */ let"
                .replace(" let", "\nlet b")
                .as_str()),
            "(let (a 1))\n(let (b))"
        );
        check_err("a b", "Unexpected identifier 'b'", "b");
        check_err("let x = 1 let y = 2", "Unexpected identifier 'let'", "let");
        check_err("for (a\nb;;) {}", "Unexpected identifier 'b'", "b");
        check_err("for (;\n) {}", "Unexpected token ')'", ")");
        check_err("if (a)\nelse b", "Unexpected token 'else'", "else");
        check_err("throw\nnew Error()", "Illegal newline after throw", "throw");
        check_err("return a + }", "Unexpected token '}'", "}");
        check_err("x = (a b)", "Unexpected identifier 'b'", "b");
        check_err("a\n++", "Unexpected end of input", "");
    }

    #[test]
    fn error_messages() {
        check_err("f(a b)", "missing ) after argument list", "b");
        check_err("f(a;", "missing ) after argument list", ";");
        check_err("q(() => c.l('m');", "missing ) after argument list", ";");
        check_err("f(1, 2", "missing ) after argument list", "");
        check_err("f(a,", "Unexpected end of input", "");
        check_err("(a b)", "Unexpected identifier 'b'", "b");
        check_err("if (a b) {}", "Unexpected identifier 'b'", "b");
        check_err("function f(a b) {}", "Unexpected identifier 'b'", "b");
        check_err("[1, 2", "Unexpected end of input", "");
        check_err("let x = ", "Unexpected end of input", "");
        check_err("a + b = c", "Invalid left-hand side in assignment", "a + b");
        check_err("a() = 1", "Invalid left-hand side in assignment", "a()");
        check_err("a++ = 1", "Invalid left-hand side in assignment", "a++");
        check_err(
            "++a++",
            "Invalid left-hand side expression in prefix operation",
            "a++",
        );
        check_err(
            "1++",
            "Invalid left-hand side expression in postfix operation",
            "1",
        );
        check_err("(a, b) = 1", "Invalid left-hand side in assignment", "a, b");
        check_err(
            "-2 ** 2",
            "Unary operator used immediately before exponentiation expression. Parenthesis must be used to \
             disambiguate operator precedence",
            "**",
        );
        check_err("a ?? b || c", "Unexpected token '||'", "||");
        check_err("a || b ?? c", "Unexpected token '??'", "??");
        check_err("a && b ?? c", "Unexpected token '??'", "??");
        check_err("1 2", "Unexpected number", "2");
        check_err("'a' 'b'", "Unexpected string", "'b'");
        check_err("a true", "Unexpected token 'true'", "true");
        check_err("a of", "Unexpected identifier 'of'", "of");
        check_err(")", "Unexpected token ')'", ")");
        check_err("x = {}}", "Unexpected token '}'", "}");
        check_err("a.b.c = }", "Unexpected token '}'", "}");
        check_err("f(a,,)", "Unexpected token ','", ",");
        check_err("if (a) else b", "Unexpected token 'else'", "else");
        check_err(
            "if (x) let y = 1",
            "Lexical declaration cannot appear in a single-statement context",
            "let",
        );
        check_err(
            "while (x) const y = 1",
            "Lexical declaration cannot appear in a single-statement context",
            "const",
        );
        check_err("const a;", "Missing initializer in const declaration", "a");
        check_err(
            "for (const i; ;) {}",
            "Missing initializer in const declaration",
            "i",
        );
        check_err("try {}", "Missing catch or finally after try", "}");
        check_err(
            "switch (x) { default: default: }",
            "More than one default clause in switch statement",
            "default",
        );
        check_err("\"abc", "Invalid or unexpected token", "\"abc");
        check_err("x = 'abc\ny'", "Invalid or unexpected token", "'abc");
        check_err("/* abc", "Invalid or unexpected token", "/* abc");
        check_err("a @ b", "Invalid or unexpected token", "@");
        check_err("new", "Unexpected end of input", "");
        check_err("a ? b", "Unexpected end of input", "");
        check_err("a.", "Unexpected end of input", "");
        check_err("{", "Unexpected end of input", "");
        check_err("for (x) {}", "Unexpected token ')'", ")");
        check_err(
            "for (f() of xs) {}",
            "Invalid left-hand side in for-loop",
            "f()",
        );
    }

    #[test]
    fn for_in_and_of_heads() {
        assert_eq!(p("for (x in o) {}"), "(for-in x o {})");
        assert_eq!(p("for (let k in o) ;"), "(for-in let k o ;)");
        assert_eq!(p("for (const x of xs) {}"), "(for-of const x xs {})");
        assert_eq!(p("for (a.b of xs) {}"), "(for-of (. a b) xs {})");
        assert_eq!(p("for (const [k, v] of m) ;"), "(for-of const [k v] m ;)");
        assert_eq!(p("for (var {a} of xs) ;"), "(for-of var {a:a} xs ;)");
    }

    #[test]
    fn async_functions_and_generators() {
        assert_eq!(p("async function f() {}"), "(async function f () {})");
        assert_eq!(
            p("function* g() { yield 1; }"),
            "(function* g () {(yield 1)})"
        );
        assert_eq!(
            p("g = function* () { yield* xs; yield; }"),
            "(= g (function* ~g () {(yield* xs) (yield)}))"
        );
        assert_eq!(
            p("f = async x => await x"),
            "(= f (async => ~f (x) (await x)))"
        );
        assert_eq!(p("f = async (a, b) => a"), "(= f (async => ~f (a b) a))");
        assert_eq!(
            p("o = { async m() {}, *g() {} }"),
            "(= o {m:(async function ~m () {}) g:(function* ~g () {})})"
        );
    }

    #[test]
    fn syntax_error_order_follows_the_source() {
        // The parse error comes before the lexer error, so it is reported.
        check_err("a b; 'unterminated", "Unexpected identifier 'b'", "b");
        check_err(
            "x = 1; 'unterminated",
            "Invalid or unexpected token",
            "'unterminated",
        );
        check_err("a b; throw\n1", "Unexpected identifier 'b'", "b");
    }

    #[test]
    fn unsupported_features_give_clean_errors() {
        let cases = [
            ("f`a${b}`", "tagged templates are not supported yet", "`a${"),
            (
                "x.y `abc`",
                "tagged templates are not supported yet",
                "`abc`",
            ),
            ("x = /re/", "Unexpected token '/'", "/"),
            ("import x from 'y'", "Unexpected token 'import'", "import"),
        ];
        for (src, message, at) in cases {
            check_err(src, message, at);
        }
        assert!(
            err("x = /re/")
                .help
                .is_some_and(|h| h.contains("regular expression"))
        );
    }

    #[test]
    fn classes_and_accessors() {
        assert_eq!(
            p(
                "class A extends B { constructor(a) { super(a); } static s = 1; x; get y() { return super.y; } }"
            ),
            "(class A extends B ctor:(function ~A (a) {(super a)}) \
             {static field s=(function () 1) field x=_ \
             get y:(function ~get y () {(return (super.y))})})"
        );
        assert_eq!(
            p("x = class { [k] = v; static m() {} }"),
            "(= x (class x {field [k]=(function () v) static m:(function ~m () {})}))"
        );
        assert_eq!(
            p("({ get: 1, set() {}, get a() {}, set a(v) {} })"),
            "{get:1 set:(function ~set () {}) get a:(function ~get a () {}) \
             set a:(function ~set a (v) {})}"
        );
        check_err(
            "({ get a(x) {} })",
            "Getter must not have any formal parameters.",
            "a",
        );
        check_err(
            "({ set a() {} })",
            "Setter must have exactly one formal parameter.",
            "a",
        );
        check_err(
            "class A { constructor() {} constructor() {} }",
            "A class may only have one constructor",
            "constructor() {}",
        );
        check_err(
            "class A { get constructor() {} }",
            "Class constructor may not be an accessor",
            "get constructor() {}",
        );
        check_err(
            "class A { constructor = 1 }",
            "Classes may not have a field named 'constructor'",
            "constructor",
        );
    }

    #[test]
    fn error_labels() {
        assert_eq!(err("a b").label, "missing `;` or line break");
        assert_eq!(err("let x =").label, "expected an expression");
        assert_eq!(err("f(a b)").label, "expected one of `,`, `)`");
        assert_eq!(err("[1 2]").label, "expected one of `,`, `]`");
        assert_eq!(
            err("function f(a b) {}").label,
            "expected one of `)`, `,`, `=`"
        );
        assert_eq!(err("if (a) else").label, "expected a statement");
        assert_eq!(err("x.").label, "expected a property name");
        assert_eq!(err("x = { 1 }").label, "expected one of `(`, `:`");
        assert!(err("{ a").help.is_some_and(|h| h.contains("`{`")));
    }

    #[test]
    fn spans() {
        let src = "let add = (a, b) => a + b;\nif (x) { y(1) } else z.w[0]++";
        let program = parse(src).unwrap();
        assert_eq!(program.span, Span::new(0, src.len()));
        assert_eq!(
            text(src, program.body[0].span),
            "let add = (a, b) => a + b;"
        );
        let StmtKind::VarDecl(decl) = &program.body[0].kind else {
            panic!()
        };
        assert_eq!(text(src, decl.span), "let add = (a, b) => a + b");
        let d = &decl.decls[0];
        assert_eq!(text(src, d.span), "add = (a, b) => a + b");
        assert_eq!(text(src, d.target.span()), "add");
        let init = d.init.as_ref().unwrap();
        assert_eq!(text(src, init.span), "(a, b) => a + b");
        let ExprKind::Arrow(f) = &init.kind else {
            panic!()
        };
        assert_eq!(text(src, f.span), "(a, b) => a + b");
        assert_eq!(text(src, f.params[1].target.span()), "b");
        assert_eq!(text(src, f.name.as_ref().unwrap().span), "add");
        assert_eq!(
            text(src, program.body[1].span),
            "if (x) { y(1) } else z.w[0]++"
        );
        let StmtKind::If {
            then, otherwise, ..
        } = &program.body[1].kind
        else {
            panic!()
        };
        assert_eq!(text(src, then.span), "{ y(1) }");
        assert_eq!(text(src, otherwise.as_ref().unwrap().span), "z.w[0]++");
        let StmtKind::Expr(update) = &otherwise.as_ref().unwrap().kind else {
            panic!()
        };
        let ExprKind::Update { target, .. } = &update.kind else {
            panic!()
        };
        assert_eq!(text(src, target.span), "z.w[0]");
        let ExprKind::Member { object, .. } = &target.kind else {
            panic!()
        };
        let ExprKind::Member {
            property: MemberProp::Named(name, name_span),
            ..
        } = &object.kind
        else {
            panic!()
        };
        assert_eq!((&**name, text(src, *name_span)), ("w", "w"));

        let src = "a\nb";
        let program = parse(src).unwrap();
        assert_eq!(text(src, program.body[0].span), "a");
        let src = "f(1, 2);";
        let call = first_expr(src);
        assert_eq!(text(src, call.span), "f(1, 2)");
        let src = "new Foo(x)";
        assert_eq!(text(src, first_expr(src).span), "new Foo(x)");
        let src = "-x";
        assert_eq!(text(src, first_expr(src).span), "-x");
        let src = "o = { a: 1, m() {} }";
        let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
            panic!()
        };
        let ExprKind::Object(props) = &value.kind else {
            panic!()
        };
        assert_eq!(text(src, value.span), "{ a: 1, m() {} }");
        assert_eq!(text(src, props[0].span), "a: 1");
        assert_eq!(text(src, props[1].span), "m() {}");
        let src = "try { a } catch (e) { b }";
        let StmtKind::Try(t) = &parse(src).unwrap().body[0].kind else {
            panic!()
        };
        assert_eq!(text(src, t.block.span), "{ a }");
        assert_eq!(
            text(src, t.handler.as_ref().unwrap().span),
            "catch (e) { b }"
        );
        let src = "switch (x) { case 1: a; default: }";
        let StmtKind::Switch(s) = &parse(src).unwrap().body[0].kind else {
            panic!()
        };
        assert_eq!(text(src, s.cases[0].span), "case 1: a;");
        assert_eq!(text(src, s.cases[1].span), "default:");
        let src = "function f() { return }";
        let StmtKind::FunctionDecl(f) = &parse(src).unwrap().body[0].kind else {
            panic!()
        };
        assert_eq!(text(src, f.span), src);
        let FunctionBody::Block(body) = &f.body else {
            panic!()
        };
        assert_eq!(text(src, body[0].span), "return");
    }

    #[test]
    fn parser_leaves_resolution_empty() {
        let program = parse("let a = 1; function f(b) { return a + b }").unwrap();
        assert!(program.scope.get().is_none());
        let StmtKind::FunctionDecl(f) = &program.body[1].kind else {
            panic!()
        };
        assert!(f.layout.get().is_none());
        assert_eq!(
            f.params[0].target.as_ident().unwrap().res.get(),
            Res::Unresolved
        );
    }

    /// Runs `f` on a thread with a small stack: parsing and dropping deep trees must not
    /// depend on the stack's size.
    fn on_small_stack(f: impl FnOnce() + Send + 'static) {
        std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(f)
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn deep_nesting() {
        on_small_stack(|| {
            let n = max_nesting();
            let parens = format!("{}1{}", "(".repeat(n), ")".repeat(n));
            assert_eq!(p(&parens), "1");
            let brackets = format!("{}{}", "[".repeat(n), "]".repeat(n));
            assert!(parse(&brackets).is_ok());
            let braces = format!("{}{}", "{".repeat(n), "}".repeat(n));
            assert!(parse(&braces).is_ok());
            let template = format!("{}1{}", "`${".repeat(n), "}`".repeat(n));
            assert!(parse(&template).is_ok());
            // Nesting without brackets is the scope pass's to limit.
            const LONG: usize = 100_000;
            let unary = format!("{}x", "!".repeat(LONG));
            assert!(parse(&unary).is_ok());
            let sum = format!("x{}", " + x".repeat(LONG));
            assert!(parse(&sum).is_ok());
            let ifs = format!("{}x", "if (x) ".repeat(LONG));
            assert!(parse(&ifs).is_ok());
            let unclosed = "[".repeat(1_000);
            assert_eq!(err(&unclosed).message, "Unexpected end of input");
            let functions = "function f() {".repeat(1_000);
            assert_eq!(err(&functions).message, "Unexpected end of input");
        });
    }

    #[test]
    fn brackets_nested_too_deeply_are_a_range_error_where_the_limit_is_crossed() {
        on_small_stack(|| {
            let n = max_nesting();
            for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("`${", "}`")] {
                let src = format!("{}1{}", open.repeat(n + 1), close.repeat(n + 1));
                let e = err(&src);
                assert_eq!(
                    e.kind,
                    crate::syntax::diagnostics::EarlyErrorKind::TooDeep,
                    "{open}"
                );
                assert_eq!(e.message, "Maximum call stack size exceeded");
                assert_eq!(e.span.start as usize, n * open.len(), "{open}");
            }
            // A syntax error before the deep part is reported first.
            let src = format!(") {}", "(".repeat(n + 1));
            assert_eq!(err(&src).message, "Unexpected token ')'");
        });
    }

    #[test]
    fn deep_nesting_errors_do_not_overflow_on_a_small_stack() {
        // A failing parse drops the partial trees on the parser's stack, however deep.
        on_small_stack(|| {
            const LONG: usize = 100_000;
            let n = max_nesting();
            let bad = format!("{}{} )", "[".repeat(n), "]".repeat(n));
            assert_eq!(err(&bad).message, "Unexpected token ')'");
            let bad = format!("x{} )", " + x".repeat(LONG));
            assert_eq!(err(&bad).message, "Unexpected token ')'");
            let bad = format!("{}x )", "- ".repeat(LONG));
            assert_eq!(err(&bad).message, "Unexpected token ')'");
            let bad = format!("{}x )", "if (x) ".repeat(LONG));
            assert_eq!(err(&bad).message, "Unexpected token ')'");
            let bad = format!("x = {}1 )", "a => ".repeat(LONG));
            assert_eq!(err(&bad).message, "Unexpected token ')'");
        });
    }

    #[test]
    fn semicolons_are_inserted_inside_deep_nesting() {
        on_small_stack(|| {
            const LONG: usize = 20_000;
            let chain: String = (0..LONG)
                .map(|i| format!("else if (x) {{ y = {i} }}\n"))
                .collect();
            let program = parse(&format!("if (x) {{}}\n{chain}z\nw")).unwrap();
            assert_eq!(program.body.len(), 3);
            let loops = format!(
                "{}{}",
                "while (x) {\n a\n b\n".repeat(1_000),
                "}".repeat(1_000)
            );
            assert!(parse(&loops).is_ok());
            // `do … while (…)` takes a semicolon before anything, at any depth.
            let dos = format!(
                "{}do x; while (y) z{}",
                "{".repeat(1_000),
                "}".repeat(1_000)
            );
            assert!(parse(&dos).is_ok());
            // A keyword used as a property name is not the `while` of a `do`.
            assert_eq!(err("a.while(x) y").message, "Unexpected identifier 'y'");
        });
    }

    const SAMPLES: &[&str] = &[
        "const add = (a, b = 1) => { return a + b }\nlet x = add(1)\nx++\n",
        "function f(n) {\n  if (n <= 1) return 1; else return n * f(n - 1)\n}\nconsole.log(f(5))",
        "outer: for (let i = 0; i < 3; i++) { switch (i) { case 1: continue outer; default: break } }",
        "try { throw new Error('x') } catch (e) { console.log(e.message) } finally { done() }",
        "var o = { a: 1, 'b': [1, , 3], [k]: function () {}, m(x) { return x ?? 0 } }; o.m(2).toString()",
        "do { i-- } while (i > 0)\nwhile (true) { if (!x) break; x = x.next }",
        "p.then(v => v * 2).catch(e => { throw e }).finally(() => {});\n`t${1}` + /r/",
        "a = b ? c : d ? e : f; g ||= h &&= i ??= j; k = -l ** 2; m = (n, o) => p\nq",
    ];

    #[test]
    fn no_panic_on_prefixes_and_mutations() {
        for sample in SAMPLES {
            for (i, _) in sample.char_indices() {
                let _ = parse(&sample[..i]);
                let _ = parse(&sample[i..]);
            }
        }
        // Drop, duplicate or swap tokens at every position of every sample.
        for sample in SAMPLES {
            let (tokens, _) = lexer::tokenize(sample);
            let pieces: Vec<&str> = tokens
                .iter()
                .map(|t| &sample[t.span.start as usize..t.span.end as usize])
                .collect();
            for i in 0..pieces.len() {
                let mut dropped = pieces.clone();
                dropped.remove(i);
                let _ = parse(&dropped.join(" "));
                let mut doubled = pieces.clone();
                doubled.insert(i, pieces[i]);
                let _ = parse(&doubled.join("\n"));
                let mut swapped = pieces.clone();
                swapped.swap(i, (i * 7 + 3) % pieces.len());
                let _ = parse(&swapped.join(" "));
            }
        }
    }

    #[test]
    fn no_panic_on_random_token_soup() {
        // A small deterministic generator (no dependency): token soup from a fixed alphabet.
        let alphabet = [
            "a", "1", "'s'", "(", ")", "[", "]", "{", "}", ";", ",", "=>", "=", "+", "++", "?",
            ":", "\n", ".", "function", "return", "if", "else", "for", "let", "new", "`", "${",
            "/", "...", "?.", "??", "**", "case", "switch", "try", "catch", "do", "while", "break",
            "throw", "class", "\\", "\"", "/*",
        ];
        let mut state: u64 = 0x2545F4914F6CDD1D;
        for _ in 0..3000 {
            let mut src = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                src.push_str(alphabet[(state % alphabet.len() as u64) as usize]);
                src.push(' ');
            }
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
            let _ = parse(&src);
        }
    }
}
