//! Line terminators and comments: what separates tokens (and sets the newline-before flag
//! automatic semicolon insertion reads).

use super::*;

pub(super) fn newline(lex: &mut logos::Lexer<Tok>) -> Skip {
    lex.extras.newline = true;
    Skip
}

pub(super) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `/* … */`: skipped; counts as a line break when it contains one.
pub(super) fn block_comment(lex: &mut logos::Lexer<Tok>) -> FilterResult<(), LexError> {
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
