//! Turns source text into the tokens the parser reads.
//!
//! Invariants:
//! - Every [`Token`] carries its byte span into the source and whether a line terminator
//!   (also one inside a block comment) separates it from the previous token; spans are
//!   non-empty and strictly increasing.
//! - Literal payloads are decoded here: numbers to `f64`, string escapes to text (lone UTF-16
//!   surrogates become U+FFFD, since Rust strings cannot hold them).
//! - Keywords are recognised after an identifier is scanned, so `ifé` is one identifier.
//! - Template literals are scanned by hand in [`Lexer`], which keeps a stack of the brace depths
//!   at which `${` substitutions opened (logos alone cannot count braces).
//! - Regular-expression literals are not lexed: `/` is always division (the parser reports a
//!   regex-looking `/` with a hint).
//!
//! Must not: panic on any input, or decide anything that needs the grammar (automatic semicolon
//! insertion and restricted productions are the parser's job).

use std::fmt;
use std::rc::Rc;

use logos::{FilterResult, Logos, Skip};

use crate::syntax::ast::{Name, Span};
use crate::syntax::diagnostics::{EarlyErrorKind, SyntaxError};

/// State logos carries between tokens.
#[derive(Default)]
pub struct Extras {
    /// A line terminator was skipped since the last token.
    newline: bool,
}

/// What went wrong while lexing; turned into a [`SyntaxError`] by [`LexError::to_syntax_error`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A character or character sequence that starts no token.
    #[default]
    Invalid,
    UnterminatedString,
    UnterminatedComment,
    UnterminatedTemplate,
    HexEscape,
    UnicodeEscape,
    UndefinedCodePoint,
    SeparatorAtEnd,
    DoubleSeparator,
    SeparatorAfterZero,
    BigInt,
}

/// A lexing error; `span` narrows the error to part of the token (an escape sequence).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub span: Option<Span>,
}

impl LexError {
    fn new(kind: LexErrorKind) -> LexError {
        LexError { kind, span: None }
    }

    fn at(kind: LexErrorKind, start: usize, end: usize) -> LexError {
        LexError {
            kind,
            span: Some(Span::new(start, end)),
        }
    }

    /// The user-facing error, worded as node words it; `token` is the span logos reported.
    pub fn to_syntax_error(&self, token: Span) -> SyntaxError {
        use LexErrorKind::*;
        let (message, label) = match self.kind {
            Invalid => ("Invalid or unexpected token", "not valid here"),
            UnterminatedString => ("Invalid or unexpected token", "this string is never closed"),
            UnterminatedComment => (
                "Invalid or unexpected token",
                "this comment is never closed",
            ),
            UnterminatedTemplate => (
                "Unterminated template literal",
                "this template is never closed",
            ),
            HexEscape => (
                "Invalid hexadecimal escape sequence",
                "expected two hex digits",
            ),
            UnicodeEscape => (
                "Invalid Unicode escape sequence",
                "expected `\\uXXXX` or `\\u{X…}`",
            ),
            UndefinedCodePoint => ("Undefined Unicode code-point", "above U+10FFFF"),
            SeparatorAtEnd => (
                "Numeric separators are not allowed at the end of numeric literals",
                "remove this `_`",
            ),
            DoubleSeparator => (
                "Only one underscore is allowed as numeric separator",
                "remove one `_`",
            ),
            SeparatorAfterZero => (
                "Numeric separator can not be used after leading 0.",
                "remove this `_`",
            ),
            BigInt => (
                "Invalid or unexpected token",
                "BigInt literals are not supported",
            ),
        };
        let help = match self.kind {
            BigInt => Some("minnow has no BigInt; use a plain number".to_string()),
            UnterminatedString => Some("strings cannot span lines; use `\\n` or `+`".to_string()),
            _ => None,
        };
        SyntaxError {
            kind: EarlyErrorKind::Syntax,
            message: message.to_string(),
            span: self.span.unwrap_or(token),
            label: label.to_string(),
            help,
        }
    }
}

/// The cooked (escapes decoded) and raw text of one template literal piece.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplatePiece {
    /// `None` when the piece has an invalid escape (allowed only in tagged templates).
    pub cooked: Option<Rc<str>>,
    pub raw: Rc<str>,
}

/// A token kind with its payload.
///
/// Variants without a logos attribute are produced by [`Lexer`] (keywords, `?.`, template
/// pieces) or by the parser's semicolon pre-pass (`IncNewline`, `DecNewline`).
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Extras, error = LexError)]
#[logos(skip r"[ \t\x0B\x0C\u{A0}\u{1680}\u{2000}-\u{200A}\u{202F}\u{205F}\u{3000}\u{FEFF}]+")]
pub enum Tok {
    /// Line terminators, comments: skipped, never produced.
    #[regex(r"[\n\r\u{2028}\u{2029}]", newline)]
    #[regex(r"//[^\n\r\u{2028}\u{2029}]*", allow_greedy = true, callback = |_| Skip)]
    #[token("/*", block_comment)]
    Trivia,

    #[regex(r"[A-Za-z$_]", identifier)]
    #[regex(
        r"[^\x00-\x7F\u{A0}\u{1680}\u{2000}-\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}]",
        identifier
    )]
    Ident(Name),
    #[regex(r"[0-9][0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?", decimal)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?", decimal)]
    #[regex(r"0[xX][0-9a-fA-F_]*", |lex| radix(lex, 16))]
    #[regex(r"0[oO][0-7_]*", |lex| radix(lex, 8))]
    #[regex(r"0[bB][01_]*", |lex| radix(lex, 2))]
    Num(f64),
    #[token("\"", |lex| string(lex, '"'))]
    #[token("'", |lex| string(lex, '\''))]
    Str(Name),
    /// `` `abc` ``
    NoSubTemplate(TemplatePiece),
    /// `` `abc${ ``
    TemplateHead(TemplatePiece),
    /// `` }abc${ ``
    TemplateMiddle(TemplatePiece),
    /// `` }abc` ``
    TemplateTail(TemplatePiece),
    /// A backtick as logos sees it; [`Lexer`] replaces it with a template piece.
    #[token("`")]
    Backtick,

    // Keywords, reserved words, and the contextual words minnow treats as tokens.
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    Instanceof,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    Yield,
    Let,
    Async,
    Await,
    /// Contextual words: identifiers everywhere a binding may appear, tokens so that later
    /// grammar (`for … of`, getters, setters, `static`) can match them.
    Of,
    Get,
    Set,
    Static,

    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("===")]
    EqEqEq,
    #[token("!==")]
    NotEqEq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("**")]
    StarStar,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    /// `++` that starts a line: only a prefix operator (set by the parser's pre-pass).
    IncNewline,
    /// `--` that starts a line: only a prefix operator (set by the parser's pre-pass).
    DecNewline,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token(">>>")]
    UShr,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("??")]
    QuestionQuestion,
    #[token("?")]
    Question,
    /// `?.` (not before a digit: `a?.5:1` is a conditional).
    QuestionDot,
    #[token(":")]
    Colon,
    #[token("=")]
    Eq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    StarStarEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token(">>>=")]
    UShrEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("&&=")]
    AmpAmpEq,
    #[token("||=")]
    PipePipeEq,
    #[token("??=")]
    QuestionQuestionEq,
    #[token("=>")]
    Arrow,
}

impl Tok {
    /// The source text of a fixed token (`None` for tokens with a payload).
    pub fn text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Trivia | Ident(_) | Num(_) | Str(_) | NoSubTemplate(_) | TemplateHead(_)
            | TemplateMiddle(_) | TemplateTail(_) => return None,
            Backtick => "`",
            Break => "break",
            Case => "case",
            Catch => "catch",
            Class => "class",
            Const => "const",
            Continue => "continue",
            Debugger => "debugger",
            Default => "default",
            Delete => "delete",
            Do => "do",
            Else => "else",
            Enum => "enum",
            Export => "export",
            Extends => "extends",
            False => "false",
            Finally => "finally",
            For => "for",
            Function => "function",
            If => "if",
            Import => "import",
            In => "in",
            Instanceof => "instanceof",
            New => "new",
            Null => "null",
            Return => "return",
            Super => "super",
            Switch => "switch",
            This => "this",
            Throw => "throw",
            True => "true",
            Try => "try",
            Typeof => "typeof",
            Var => "var",
            Void => "void",
            While => "while",
            With => "with",
            Yield => "yield",
            Let => "let",
            Async => "async",
            Await => "await",
            Of => "of",
            Get => "get",
            Set => "set",
            Static => "static",
            LBrace => "{",
            RBrace => "}",
            LParen => "(",
            RParen => ")",
            LBracket => "[",
            RBracket => "]",
            Dot => ".",
            Ellipsis => "...",
            Semi => ";",
            Comma => ",",
            Lt => "<",
            Gt => ">",
            LtEq => "<=",
            GtEq => ">=",
            EqEq => "==",
            NotEq => "!=",
            EqEqEq => "===",
            NotEqEq => "!==",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            StarStar => "**",
            Inc | IncNewline => "++",
            Dec | DecNewline => "--",
            Shl => "<<",
            Shr => ">>",
            UShr => ">>>",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Bang => "!",
            Tilde => "~",
            AmpAmp => "&&",
            PipePipe => "||",
            QuestionQuestion => "??",
            Question => "?",
            QuestionDot => "?.",
            Colon => ":",
            Eq => "=",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            StarStarEq => "**=",
            ShlEq => "<<=",
            ShrEq => ">>=",
            UShrEq => ">>>=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            AmpAmpEq => "&&=",
            PipePipeEq => "||=",
            QuestionQuestionEq => "??=",
            Arrow => "=>",
        })
    }

    /// True for the words that read as identifiers in node's messages (`Unexpected identifier
    /// 'of'`): contextual keywords and the ones only reserved in strict code.
    pub fn is_identifier_like(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Of
                | Tok::Get
                | Tok::Set
                | Tok::Static
                | Tok::Let
                | Tok::Yield
                | Tok::Async
        )
    }
}

/// Source form, as shown in messages (`let`, `)`, `'abc'`).
impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Ident(name) => f.write_str(name),
            Tok::Num(n) => f.write_str(ryu_js::Buffer::new().format(*n)),
            Tok::Str(s) => write!(f, "{s:?}"),
            Tok::NoSubTemplate(p) => write!(f, "`{}`", p.raw),
            Tok::TemplateHead(p) => write!(f, "`{}${{", p.raw),
            Tok::TemplateMiddle(p) => write!(f, "}}{}${{", p.raw),
            Tok::TemplateTail(p) => write!(f, "}}{}`", p.raw),
            Tok::Trivia => f.write_str("comment"),
            other => f.write_str(other.text().unwrap_or("?")),
        }
    }
}

/// The keyword token an identifier spells, if any.
fn keyword(name: &str) -> Option<Tok> {
    use Tok::*;
    Some(match name {
        "break" => Break,
        "case" => Case,
        "catch" => Catch,
        "class" => Class,
        "const" => Const,
        "continue" => Continue,
        "debugger" => Debugger,
        "default" => Default,
        "delete" => Delete,
        "do" => Do,
        "else" => Else,
        "enum" => Enum,
        "export" => Export,
        "extends" => Extends,
        "false" => False,
        "finally" => Finally,
        "for" => For,
        "function" => Function,
        "if" => If,
        "import" => Import,
        "in" => In,
        "instanceof" => Instanceof,
        "new" => New,
        "null" => Null,
        "return" => Return,
        "super" => Super,
        "switch" => Switch,
        "this" => This,
        "throw" => Throw,
        "true" => True,
        "try" => Try,
        "typeof" => Typeof,
        "var" => Var,
        "void" => Void,
        "while" => While,
        "with" => With,
        "yield" => Yield,
        "let" => Let,
        "async" => Async,
        "await" => Await,
        "of" => Of,
        "get" => Get,
        "set" => Set,
        "static" => Static,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// logos callbacks

fn newline(lex: &mut logos::Lexer<Tok>) -> Skip {
    lex.extras.newline = true;
    Skip
}

fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `/* … */`: skipped; counts as a line break when it contains one.
fn block_comment(lex: &mut logos::Lexer<Tok>) -> FilterResult<(), LexError> {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(end) => {
            if rest[..end].contains(is_line_terminator) {
                lex.extras.newline = true;
            }
            lex.bump(end + 2);
            FilterResult::Skip
        }
        None => {
            lex.bump(rest.len());
            FilterResult::Error(LexError::new(LexErrorKind::UnterminatedComment))
        }
    }
}

fn is_id_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '$'
        || c == '_'
        || c == '\u{200C}'
        || c == '\u{200D}'
        || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
}

/// An identifier (keywords are split off later by [`Lexer`]); logos matched its first char.
fn identifier(lex: &mut logos::Lexer<Tok>) -> Result<Name, LexError> {
    let first = lex.slice().chars().next().unwrap_or('\0');
    if !first.is_ascii() && !unicode_ident::is_xid_start(first) {
        return Err(LexError::new(LexErrorKind::Invalid));
    }
    let rest = lex.remainder();
    let len = rest.find(|c| !is_id_continue(c)).unwrap_or(rest.len());
    lex.bump(len);
    Ok(Name::from(lex.slice()))
}

/// Checks numeric separators in `digits` (one base's digits plus `_`, nothing else): each `_`
/// must sit between two digits.
fn check_separators(digits: &str, start: usize) -> Result<(), LexError> {
    let bytes = digits.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'_' {
            continue;
        }
        let at = start + i;
        if bytes.get(i + 1) == Some(&b'_') {
            return Err(LexError::at(LexErrorKind::DoubleSeparator, at + 1, at + 2));
        }
        let before_ok = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric());
        if !before_ok || !after_ok {
            return Err(LexError::at(LexErrorKind::SeparatorAtEnd, at, at + 1));
        }
    }
    Ok(())
}

/// A number may not run straight into an identifier or another digit (`3in`, `1.toString`).
fn check_number_end(lex: &logos::Lexer<Tok>) -> Result<(), LexError> {
    match lex.remainder().chars().next() {
        Some('n') => Err(LexError::new(LexErrorKind::BigInt)),
        Some(c)
            if c == '\\'
                || is_id_continue(c)
                || (!c.is_ascii() && unicode_ident::is_xid_start(c)) =>
        {
            Err(LexError::new(LexErrorKind::Invalid))
        }
        _ => Ok(()),
    }
}

/// Decimal literals, including legacy octal (`017`) as sloppy-mode scripts allow.
fn decimal(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
    check_number_end(lex)?;
    let text = lex.slice();
    let start = lex.span().start;
    let bytes = text.as_bytes();
    if bytes.len() > 1 && bytes[0] == b'0' && (bytes[1].is_ascii_digit() || bytes[1] == b'_') {
        return legacy_octal_like(text, start);
    }
    // Separators are checked per digit run: `1_000.5e1_0`.
    let mut offset = 0;
    for part in text.split(['.', 'e', 'E', '+', '-']) {
        check_separators(part, start + offset)?;
        offset += part.len() + 1;
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean
        .parse::<f64>()
        .map_err(|_| LexError::new(LexErrorKind::Invalid))
}

/// `017` is octal 15; `019` and `09.5` are decimal; `0_1` and `01.5` are errors.
fn legacy_octal_like(text: &str, start: usize) -> Result<f64, LexError> {
    if let Some(i) = text.find('_') {
        let (from, to) = (start + i, start + i + 1);
        return Err(LexError::at(LexErrorKind::SeparatorAfterZero, from, to));
    }
    let integer = &text[..text.find(['.', 'e', 'E']).unwrap_or(text.len())];
    let octal = integer.bytes().all(|b| (b'0'..=b'7').contains(&b));
    match (octal, integer.len() == text.len()) {
        (true, true) => Ok(digits_value(&text[1..], 8)),
        // An octal literal cannot have a fraction or an exponent.
        (true, false) => Err(LexError::new(LexErrorKind::Invalid)),
        (false, _) => text
            .parse::<f64>()
            .map_err(|_| LexError::new(LexErrorKind::Invalid)),
    }
}

/// The value of `digits` (valid digits of `radix`, no separators); exact up to 2^128.
fn digits_value(digits: &str, radix: u32) -> f64 {
    let mut exact: u128 = 0;
    let mut approx = 0.0f64;
    let mut overflowed = false;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0);
        if !overflowed {
            match exact
                .checked_mul(radix as u128)
                .and_then(|v| v.checked_add(d as u128))
            {
                Some(v) => exact = v,
                None => {
                    overflowed = true;
                    approx = exact as f64;
                }
            }
        }
        if overflowed {
            approx = approx * radix as f64 + d as f64;
        }
    }
    if overflowed { approx } else { exact as f64 }
}

/// `0x1F`, `0o17`, `0b1010`.
fn radix(lex: &mut logos::Lexer<Tok>, radix: u32) -> Result<f64, LexError> {
    check_number_end(lex)?;
    let digits = &lex.slice()[2..];
    if digits.is_empty() {
        return Err(LexError::new(LexErrorKind::Invalid));
    }
    check_separators(digits, lex.span().start + 2)?;
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    Ok(digits_value(&clean, radix))
}

/// A quoted string; logos matched the opening quote.
fn string(lex: &mut logos::Lexer<Tok>, quote: char) -> Result<Name, LexError> {
    let rest = lex.remainder();
    let base = lex.span().end;
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        match c {
            c if c == quote => {
                lex.bump(i + 1);
                return Ok(Name::from(out));
            }
            '\\' => match escape(&rest[i + 1..], base + i, &mut out, false) {
                Ok(used) => i += 1 + used,
                Err(e) => {
                    // Without a narrower span the error covers the rest of the input.
                    lex.bump(if e.span.is_some() { i } else { rest.len() });
                    return Err(e);
                }
            },
            '\n' | '\r' => break,
            c => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    // Unterminated: the error covers the string up to the end of its line.
    lex.bump(i);
    Err(LexError::new(LexErrorKind::UnterminatedString))
}

/// Decodes one escape sequence; `rest` starts right after the backslash, which is at absolute
/// offset `at`. Returns how many bytes of `rest` it used. In templates (`template`), legacy
/// octal escapes are errors.
/// Whether the escape sequence after a backslash at the start of `rest` is valid in an untagged
/// template literal.
pub(crate) fn is_valid_template_escape(rest: &str) -> bool {
    escape(rest, 0, &mut String::new(), true).is_ok()
}

fn escape(rest: &str, at: usize, out: &mut String, template: bool) -> Result<usize, LexError> {
    let Some(c) = rest.chars().next() else {
        return Err(LexError::new(if template {
            LexErrorKind::UnterminatedTemplate
        } else {
            LexErrorKind::UnterminatedString
        }));
    };
    let simple = match c {
        'n' => Some('\n'),
        't' => Some('\t'),
        'r' => Some('\r'),
        'b' => Some('\u{8}'),
        'f' => Some('\u{C}'),
        'v' => Some('\u{B}'),
        '0' if !rest[1..].starts_with(|d: char| d.is_ascii_digit()) => Some('\0'),
        _ => None,
    };
    if let Some(decoded) = simple {
        out.push(decoded);
        return Ok(1);
    }
    match c {
        // Line continuation: the backslash and the line break vanish.
        '\r' if rest[1..].starts_with('\n') => Ok(2),
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Ok(c.len_utf8()),
        'x' => {
            let hex = rest
                .get(1..3)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
            let bad_end = at
                + 2
                + rest[1..]
                    .bytes()
                    .take(2)
                    .take_while(u8::is_ascii_hexdigit)
                    .count();
            let hex = hex.ok_or(LexError::at(LexErrorKind::HexEscape, at, bad_end))?;
            out.push(char::from(u8::from_str_radix(hex, 16).unwrap_or(0)));
            Ok(3)
        }
        'u' => unicode_escape(rest, at, out),
        '0'..='7' if template => Err(LexError::at(LexErrorKind::Invalid, at, at + 2)),
        '0'..='7' => {
            // Legacy octal escape (sloppy mode): up to three digits, value at most 0o377.
            let digits: String = rest
                .chars()
                .take(3)
                .take_while(|d| ('0'..='7').contains(d))
                .collect();
            let digits = if digits.len() == 3 && digits.as_bytes()[0] > b'3' {
                &digits[..2]
            } else {
                &digits[..]
            };
            let value = u32::from_str_radix(digits, 8).unwrap_or(0);
            out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            Ok(digits.len())
        }
        other => {
            out.push(other);
            Ok(other.len_utf8())
        }
    }
}

/// `\uXXXX` (pairing a high and low surrogate written as two escapes) or `\u{X…}`.
fn unicode_escape(rest: &str, at: usize, out: &mut String) -> Result<usize, LexError> {
    // The error covers the backslash and up to `len` more characters.
    let bad = |len: usize| {
        let end = rest.char_indices().nth(len).map_or(rest.len(), |(i, _)| i);
        LexError::at(LexErrorKind::UnicodeEscape, at, at + 1 + end)
    };
    if let Some(braced) = rest.strip_prefix("u{") {
        let close = braced.find('}').ok_or(bad(2))?;
        let hex = &braced[..close];
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad(2 + close));
        }
        let significant = hex.trim_start_matches('0');
        let value = if significant.len() > 6 {
            u32::MAX
        } else {
            u32::from_str_radix(significant, 16).unwrap_or(0)
        };
        if value > 0x10FFFF {
            return Err(LexError::at(
                LexErrorKind::UndefinedCodePoint,
                at,
                at + 3 + close,
            ));
        }
        out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
        return Ok(2 + close + 1);
    }
    let unit = hex4(&rest[1..]).ok_or(bad(5))?;
    if (0xD800..0xDC00).contains(&unit) {
        // A high surrogate followed by an escaped low surrogate is one character.
        if let Some(low) = rest[5..]
            .strip_prefix("\\u")
            .and_then(hex4)
            .filter(|l| (0xDC00..0xE000).contains(l))
        {
            let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
            return Ok(11);
        }
    }
    out.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
    Ok(5)
}

/// Four hex digits at the start of `s`.
fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    if h.bytes().all(|b| b.is_ascii_hexdigit()) {
        u32::from_str_radix(h, 16).ok()
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// The wrapper

/// One token: its kind and payload, byte span, and whether a line break precedes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
    pub newline_before: bool,
}

/// How a template piece ended.
enum PieceEnd {
    /// At the closing backtick.
    Backtick,
    /// At `${`.
    Substitution,
}

/// Wraps the logos lexer: splits keywords off identifiers, recognises `?.`, and scans template
/// literals by hand, tracking brace depth so a `}` can resume the enclosing template.
pub struct Lexer<'s> {
    inner: logos::Lexer<'s, Tok>,
    /// Brace depth at which each open `${` substitution started, innermost last.
    templates: Vec<usize>,
    depth: usize,
    /// Stop after the first error.
    failed: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(source: &'s str) -> Lexer<'s> {
        let mut inner = Tok::lexer(source);
        // A `#!` line at the very start (as node allows) is a comment.
        if source.starts_with("#!") {
            inner.bump(source.find(is_line_terminator).unwrap_or(source.len()));
        }
        Lexer {
            inner,
            templates: Vec::new(),
            depth: 0,
            failed: false,
        }
    }

    fn span(&self) -> Span {
        let r = self.inner.span();
        Span::new(r.start, r.end)
    }

    /// Adjusts the raw logos token: keywords, braces, templates, `?.`.
    fn refine(&mut self, tok: Tok) -> Result<Tok, LexError> {
        Ok(match tok {
            Tok::Ident(name) => keyword(&name).unwrap_or(Tok::Ident(name)),
            Tok::LBrace => {
                self.depth += 1;
                Tok::LBrace
            }
            Tok::RBrace if self.templates.last() == Some(&self.depth) => {
                self.templates.pop();
                match self.template_piece()? {
                    (piece, PieceEnd::Backtick) => Tok::TemplateTail(piece),
                    (piece, PieceEnd::Substitution) => {
                        self.templates.push(self.depth);
                        Tok::TemplateMiddle(piece)
                    }
                }
            }
            Tok::RBrace => {
                self.depth = self.depth.saturating_sub(1);
                Tok::RBrace
            }
            Tok::Backtick => match self.template_piece()? {
                (piece, PieceEnd::Backtick) => Tok::NoSubTemplate(piece),
                (piece, PieceEnd::Substitution) => {
                    self.templates.push(self.depth);
                    Tok::TemplateHead(piece)
                }
            },
            Tok::Question => {
                let rest = self.inner.remainder().as_bytes();
                if rest.first() == Some(&b'.') && !rest.get(1).is_some_and(|b| b.is_ascii_digit()) {
                    self.inner.bump(1);
                    Tok::QuestionDot
                } else {
                    Tok::Question
                }
            }
            other => other,
        })
    }

    /// Scans template text after a backtick or a substitution's `}` up to the closing backtick
    /// or the next `${`, extending the current token over it.
    fn template_piece(&mut self) -> Result<(TemplatePiece, PieceEnd), LexError> {
        let rest = self.inner.remainder();
        let base = self.inner.span().end;
        let mut cooked = Some(String::new());
        let mut raw = String::new();
        let mut i = 0;
        while let Some(c) = rest[i..].chars().next() {
            let ending = match c {
                '`' => Some((PieceEnd::Backtick, 1)),
                '$' if rest[i + 1..].starts_with('{') => Some((PieceEnd::Substitution, 2)),
                _ => None,
            };
            if let Some((end, len)) = ending {
                self.inner.bump(i + len);
                let piece = TemplatePiece {
                    cooked: cooked.map(Rc::from),
                    raw: Rc::from(raw),
                };
                return Ok((piece, end));
            }
            match c {
                '\\' => {
                    let mut decoded = String::new();
                    let used = match escape(&rest[i + 1..], base + i, &mut decoded, true) {
                        Ok(used) => {
                            if let Some(cooked) = cooked.as_mut() {
                                cooked.push_str(&decoded);
                            }
                            used
                        }
                        Err(e) if e.kind == LexErrorKind::UnterminatedTemplate => {
                            self.inner.bump(rest.len());
                            return Err(e);
                        }
                        // Invalid escapes are legal in tagged templates: the cooked value is
                        // undefined. Skip the backslash and let the next char be read as text.
                        Err(_) => {
                            cooked = None;
                            0
                        }
                    };
                    raw.push('\\');
                    raw.push_str(&normalize_newlines(&rest[i + 1..i + 1 + used]));
                    i += 1 + used;
                }
                '\r' => {
                    // CR and CRLF read as LF in both cooked and raw text.
                    let len = if rest[i + 1..].starts_with('\n') {
                        2
                    } else {
                        1
                    };
                    raw.push('\n');
                    if let Some(cooked) = cooked.as_mut() {
                        cooked.push('\n');
                    }
                    i += len;
                }
                c => {
                    raw.push(c);
                    if let Some(cooked) = cooked.as_mut() {
                        cooked.push(c);
                    }
                    i += c.len_utf8();
                }
            }
        }
        self.inner.bump(rest.len());
        Err(LexError::new(LexErrorKind::UnterminatedTemplate))
    }
}

fn normalize_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

impl Iterator for Lexer<'_> {
    type Item = Result<Token, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let raw = self.inner.next()?;
        let newline_before = std::mem::take(&mut self.inner.extras.newline);
        let refined = raw.and_then(|tok| self.refine(tok));
        Some(match refined {
            Ok(tok) => Ok(Token {
                tok,
                span: self.span(),
                newline_before,
            }),
            Err(e) => {
                self.failed = true;
                Err(e.to_syntax_error(self.span()))
            }
        })
    }
}

/// Lexes all of `source`: the tokens up to the first error, and that error if there is one.
pub fn tokenize(source: &str) -> (Vec<Token>, Option<SyntaxError>) {
    let mut tokens = Vec::new();
    for item in Lexer::new(source) {
        match item {
            Ok(token) => tokens.push(token),
            Err(e) => return (tokens, Some(e)),
        }
    }
    (tokens, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        let (tokens, err) = tokenize(src);
        assert!(err.is_none(), "{src:?}: {err:?}");
        tokens.into_iter().map(|t| t.tok).collect()
    }

    fn err(src: &str) -> SyntaxError {
        tokenize(src)
            .1
            .unwrap_or_else(|| panic!("{src:?} lexed without error"))
    }

    fn num(src: &str) -> f64 {
        match toks(src).as_slice() {
            [Tok::Num(n)] => *n,
            other => panic!("{src:?}: {other:?}"),
        }
    }

    fn string_value(src: &str) -> String {
        match toks(src).as_slice() {
            [Tok::Str(s)] => s.to_string(),
            other => panic!("{src:?}: {other:?}"),
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(num("0"), 0.0);
        assert_eq!(num("42"), 42.0);
        assert_eq!(num("1.5"), 1.5);
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("5."), 5.0);
        assert_eq!(num("1e3"), 1000.0);
        assert_eq!(num("1.5E-2"), 0.015);
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("0o17"), 15.0);
        assert_eq!(num("0b101"), 5.0);
        assert_eq!(num("1_000_000"), 1e6);
        assert_eq!(num("0xFF_FF"), 65535.0);
        assert_eq!(num("017"), 15.0);
        assert_eq!(num("019"), 19.0);
        assert_eq!(num("09.5"), 9.5);
        assert_eq!(num("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"), 2f64.powi(136));
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            err("1_").message,
            "Numeric separators are not allowed at the end of numeric literals"
        );
        assert_eq!(
            err("1__0").message,
            "Only one underscore is allowed as numeric separator"
        );
        assert_eq!(err("1__0").span, Span::new(2, 3));
        assert_eq!(
            err("0_1").message,
            "Numeric separator can not be used after leading 0."
        );
        assert_eq!(err("3in").message, "Invalid or unexpected token");
        assert_eq!(err("3in").span, Span::new(0, 1));
        assert_eq!(err("1.toString()").message, "Invalid or unexpected token");
        assert_eq!(err("0x").message, "Invalid or unexpected token");
        assert_eq!(err("0b2").message, "Invalid or unexpected token");
        assert_eq!(err("1e").message, "Invalid or unexpected token");
        assert_eq!(err("10n").label, "BigInt literals are not supported");
        assert_eq!(
            toks("1..x"),
            vec![Tok::Num(1.0), Tok::Dot, Tok::Ident("x".into())]
        );
    }

    #[test]
    fn strings() {
        assert_eq!(string_value(r#""abc""#), "abc");
        assert_eq!(string_value("'it\\'s'"), "it's");
        assert_eq!(
            string_value(r#""\n\t\r\b\f\v\0\\""#),
            "\n\t\r\u{8}\u{C}\u{B}\0\\"
        );
        assert_eq!(
            string_value(r#""\x41\u0042\u{43}\u{1F600}""#),
            "ABC\u{1F600}"
        );
        assert_eq!(string_value(r#""\uD83D\uDE00""#), "\u{1F600}");
        assert_eq!(string_value(r#""\uD83D""#), "\u{FFFD}");
        assert_eq!(string_value("'a\\\nb'"), "ab");
        assert_eq!(string_value("'a\\\r\nb'"), "ab");
        assert_eq!(string_value(r"'\101\7'"), "A\u{7}");
        assert_eq!(string_value(r"'\q'"), "q");
        assert_eq!(string_value("'héllo'"), "héllo");
        assert_eq!(string_value("'\u{2028}'"), "\u{2028}");
    }

    #[test]
    fn string_errors() {
        let e = err("x = \"abc\ny\"");
        assert_eq!(e.message, "Invalid or unexpected token");
        assert_eq!(e.span, Span::new(4, 8));
        assert_eq!(err("'abc").span, Span::new(0, 4));
        assert_eq!(err("'\\x4'").message, "Invalid hexadecimal escape sequence");
        assert_eq!(err("'\\u{110000}'").message, "Undefined Unicode code-point");
        assert_eq!(err("'\\u{}'").message, "Invalid Unicode escape sequence");
        assert_eq!(err("'\\u12'").message, "Invalid Unicode escape sequence");
        assert_eq!(err("'abc\\").message, "Invalid or unexpected token");
    }

    #[test]
    fn identifiers_and_keywords() {
        assert_eq!(
            toks("café $x _y if iffy ℮x"),
            vec![
                Tok::Ident("café".into()),
                Tok::Ident("$x".into()),
                Tok::Ident("_y".into()),
                Tok::If,
                Tok::Ident("iffy".into()),
                Tok::Ident("℮x".into()),
            ]
        );
        assert_eq!(toks("class of"), vec![Tok::Class, Tok::Of]);
        assert_eq!(err("a @ b").message, "Invalid or unexpected token");
        assert_eq!(err("a @ b").span, Span::new(2, 3));
        assert_eq!(err("\u{1F600}").message, "Invalid or unexpected token");
    }

    #[test]
    fn punctuators() {
        use Tok::*;
        assert_eq!(
            toks("a?.b ?? c ??= d ||= e &&= f ** g **= h => ... >>>= >>> >>= ?.5 :"),
            vec![
                Ident("a".into()),
                QuestionDot,
                Ident("b".into()),
                QuestionQuestion,
                Ident("c".into()),
                QuestionQuestionEq,
                Ident("d".into()),
                PipePipeEq,
                Ident("e".into()),
                AmpAmpEq,
                Ident("f".into()),
                StarStar,
                Ident("g".into()),
                StarStarEq,
                Ident("h".into()),
                Arrow,
                Ellipsis,
                UShrEq,
                UShr,
                ShrEq,
                Question,
                Num(0.5),
                Colon,
            ]
        );
        assert_eq!(
            toks("a<=b===c!==d"),
            vec![
                Ident("a".into()),
                LtEq,
                Ident("b".into()),
                EqEqEq,
                Ident("c".into()),
                NotEqEq,
                Ident("d".into())
            ]
        );
    }

    #[test]
    fn newlines_and_comments() {
        let (tokens, _) = tokenize("a // c\nb /* x */ c /* \n */ d\r\ne\u{2028}f");
        let flags: Vec<bool> = tokens.iter().map(|t| t.newline_before).collect();
        assert_eq!(flags, vec![false, true, false, true, true, true]);
        assert_eq!(tokens[1].span, Span::new(7, 8));
        assert_eq!(err("a /* b").message, "Invalid or unexpected token");
        assert_eq!(toks("#!/usr/bin/env node\nx"), vec![Tok::Ident("x".into())]);
    }

    #[test]
    fn templates() {
        let piece = |cooked: &str, raw: &str| TemplatePiece {
            cooked: Some(cooked.into()),
            raw: raw.into(),
        };
        assert_eq!(toks("`abc`"), vec![Tok::NoSubTemplate(piece("abc", "abc"))]);
        assert_eq!(
            toks("`a${b}c${ {d: 1} }e`"),
            vec![
                Tok::TemplateHead(piece("a", "a")),
                Tok::Ident("b".into()),
                Tok::TemplateMiddle(piece("c", "c")),
                Tok::LBrace,
                Tok::Ident("d".into()),
                Tok::Colon,
                Tok::Num(1.0),
                Tok::RBrace,
                Tok::TemplateTail(piece("e", "e")),
            ]
        );
        assert_eq!(
            toks("`x${`y${z}`}`"),
            vec![
                Tok::TemplateHead(piece("x", "x")),
                Tok::TemplateHead(piece("y", "y")),
                Tok::Ident("z".into()),
                Tok::TemplateTail(piece("", "")),
                Tok::TemplateTail(piece("", "")),
            ]
        );
        assert_eq!(
            toks("`\\n\r\n`"),
            vec![Tok::NoSubTemplate(piece("\n\n", "\\n\n"))]
        );
        assert_eq!(
            toks("`\\unicode`"),
            vec![Tok::NoSubTemplate(TemplatePiece {
                cooked: None,
                raw: "\\unicode".into()
            })]
        );
        assert_eq!(err("`abc").message, "Unterminated template literal");
    }

    #[test]
    fn spans_are_increasing_and_nonempty() {
        let src = "let x = `a${1}b` + 'q' /* c */ ?.5:1; y?.z";
        let (tokens, e) = tokenize(src);
        assert!(e.is_none());
        for pair in tokens.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
        assert!(tokens.iter().all(|t| t.span.start < t.span.end));
    }

    #[test]
    fn never_panics_on_prefixes() {
        let src = "let s = 'a\\u{1F600}\\x41' + `t${x}\\u{` + 0x1_f + 1e-3; /* é */ // ü\n\"\\uD83D\\uDE00\"";
        for (i, _) in src.char_indices() {
            let _ = tokenize(&src[..i]);
        }
        for s in [
            "\\", "'\\u{", "'\\u", "'\\x", "`${", "`${}", "}", "0x_", "1e+", ".", "?", "/*",
            "'\\\r",
        ] {
            let _ = tokenize(s);
        }
    }
}
