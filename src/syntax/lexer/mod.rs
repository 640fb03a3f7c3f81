//! Turns source text into the tokens the parser reads. This file holds the token type (`Tok`,
//! with the logos patterns) and the lexer's errors; each token family has a file of its own:
//! `trivia` (line terminators, comments), `ident`, `number`, `string` (and the escapes templates
//! share), and `stream`, the wrapper that splits keywords off identifiers and scans template
//! literals.
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

mod ident;
mod number;
mod stream;
mod string;
#[cfg(test)]
mod tests;
mod trivia;

use ident::is_id_continue;
pub use stream::{Lexer, Token, tokenize};
use string::escape;
pub(crate) use string::is_valid_template_escape;
use trivia::is_line_terminator;

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
    #[regex(r"[\n\r\u{2028}\u{2029}]", trivia::newline)]
    #[regex(r"//[^\n\r\u{2028}\u{2029}]*", allow_greedy = true, callback = |_| Skip)]
    #[token("/*", trivia::block_comment)]
    Trivia,

    #[regex(r"[A-Za-z$_]", ident::identifier)]
    #[regex(
        r"[^\x00-\x7F\u{A0}\u{1680}\u{2000}-\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}]",
        ident::identifier
    )]
    Ident(Name),
    #[regex(r"[0-9][0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?", number::decimal)]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?", number::decimal)]
    #[regex(r"0[xX][0-9a-fA-F_]*", |lex| number::radix(lex, 16))]
    #[regex(r"0[oO][0-7_]*", |lex| number::radix(lex, 8))]
    #[regex(r"0[bB][01_]*", |lex| number::radix(lex, 2))]
    Num(f64),
    #[token("\"", |lex| string::string(lex, '"'))]
    #[token("'", |lex| string::string(lex, '\''))]
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
