//! Identifiers (keywords are split off them by the token stream).

use super::*;

pub(super) fn is_id_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '$'
        || c == '_'
        || c == '\u{200C}'
        || c == '\u{200D}'
        || (!c.is_ascii() && unicode_ident::is_xid_continue(c))
}

/// An identifier (keywords are split off later by [`Lexer`]); logos matched its first char.
pub(super) fn identifier(lex: &mut logos::Lexer<Tok>) -> Result<Name, LexError> {
    let first = lex.slice().chars().next().unwrap_or('\0');
    if !first.is_ascii() && !unicode_ident::is_xid_start(first) {
        return Err(LexError::new(LexErrorKind::Invalid));
    }
    let rest = lex.remainder();
    let len = rest.find(|c| !is_id_continue(c)).unwrap_or(rest.len());
    lex.bump(len);
    Ok(Name::from(lex.slice()))
}
