//! Numeric literals: decimal, legacy octal, hex/octal/binary, with node's errors for bad
//! separators and for an identifier right after a number.

use super::*;

/// Checks numeric separators in `digits` (one base's digits plus `_`, nothing else): each `_`
/// must sit between two digits.
pub(super) fn check_separators(digits: &str, start: usize) -> Result<(), LexError> {
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
pub(super) fn check_number_end(lex: &logos::Lexer<Tok>) -> Result<(), LexError> {
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
pub(super) fn decimal(lex: &mut logos::Lexer<Tok>) -> Result<f64, LexError> {
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
pub(super) fn legacy_octal_like(text: &str, start: usize) -> Result<f64, LexError> {
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
pub(super) fn digits_value(digits: &str, radix: u32) -> f64 {
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
pub(super) fn radix(lex: &mut logos::Lexer<Tok>, radix: u32) -> Result<f64, LexError> {
    check_number_end(lex)?;
    let digits = &lex.slice()[2..];
    if digits.is_empty() {
        return Err(LexError::new(LexErrorKind::Invalid));
    }
    check_separators(digits, lex.span().start + 2)?;
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    Ok(digits_value(&clean, radix))
}
