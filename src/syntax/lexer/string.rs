//! String literals and the escape sequences strings and templates share.

use super::*;

/// A quoted string; logos matched the opening quote.
pub(super) fn string(lex: &mut logos::Lexer<Tok>, quote: char) -> Result<Name, LexError> {
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

pub(super) fn escape(
    rest: &str,
    at: usize,
    out: &mut String,
    template: bool,
) -> Result<usize, LexError> {
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
pub(super) fn unicode_escape(rest: &str, at: usize, out: &mut String) -> Result<usize, LexError> {
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
pub(super) fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    if h.bytes().all(|b| b.is_ascii_hexdigit()) {
        u32::from_str_radix(h, 16).ok()
    } else {
        None
    }
}
