//! A parse error as node words it: LALRPOP's error (the token it refused and what it expected)
//! turned into a `SyntaxError` with node's headline, a label and, where it helps, a hint.

use lalrpop_util::ParseError;

use crate::syntax::ast::Span;
use crate::syntax::diagnostics::{EarlyErrorKind, SyntaxError};
use crate::syntax::lexer::{Tok, Token};

use super::PError;

/// Turns a LALRPOP error into the user-facing [`SyntaxError`], worded like node's.
pub(super) fn to_syntax_error(error: PError, tokens: &[Token]) -> SyntaxError {
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
