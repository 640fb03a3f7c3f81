//! The token stream: wraps the logos lexer, splits keywords off identifiers, recognises `?.`,
//! and scans template literals by hand, tracking brace depth so a `}` can resume the enclosing
//! template.

use super::*;

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
