//! The longest string: every string the evaluator or a built-in builds from program data stays
//! within `Limits::max_string_length` UTF-16 code units. An operation whose result would be
//! longer throws a catchable `RangeError: Invalid string length`, as node does, and it throws
//! before the long text is allocated (or, for results assembled piece by piece, before it
//! grows past the limit by more than one piece).

use crate::syntax::ast::Span;
use crate::value::JsStr;

use super::{Exception, Interp, JsResult};

/// V8's message for a string over the limit.
pub const INVALID_STRING_LENGTH: &str = "Invalid string length";

/// A string being assembled piece by piece (`join`), with its UTF-16 length kept so that each
/// piece is checked against the limit in O(1) before it is copied.
pub struct StrBuilder {
    text: String,
    units: usize,
    max: usize,
}

/// A piece did not fit: the result would exceed the longest string.
#[derive(Debug)]
pub struct TooLong;

impl StrBuilder {
    /// Appends `s`, unless the result would be too long.
    pub fn push(&mut self, s: &JsStr) -> Result<(), TooLong> {
        self.push_counted(s.as_str(), s.utf16_len())
    }

    /// Appends ASCII text (a separator).
    pub fn push_ascii(&mut self, s: &'static str) -> Result<(), TooLong> {
        debug_assert!(s.is_ascii());
        self.push_counted(s, s.len())
    }

    fn push_counted(&mut self, s: &str, units: usize) -> Result<(), TooLong> {
        let total = self.units.checked_add(units).ok_or(TooLong)?;
        if total > self.max {
            return Err(TooLong);
        }
        self.text.push_str(s);
        self.units = total;
        Ok(())
    }

    pub fn finish(self) -> JsStr {
        JsStr::from(self.text)
    }
}

impl Interp {
    /// An empty builder bounded by this interpreter's longest string.
    pub fn string_builder(&self) -> StrBuilder {
        StrBuilder {
            text: String::new(),
            units: 0,
            max: self.limits.max_string_length,
        }
    }

    /// `RangeError: Invalid string length`.
    pub fn invalid_string_length(&mut self, site: Span) -> Exception {
        self.range_error(INVALID_STRING_LENGTH, site)
    }

    /// Turns a builder's [`TooLong`] into the `RangeError`.
    pub fn fits<T>(&mut self, result: Result<T, TooLong>, site: Span) -> JsResult<T> {
        result.map_err(|TooLong| self.invalid_string_length(site))
    }

    /// Throws the `RangeError` if a string of `units` code units (a count that may exceed
    /// `usize`, hence `f64`) would be too long.
    pub fn check_string_length(&mut self, units: f64, site: Span) -> JsResult<()> {
        if units > self.limits.max_string_length as f64 {
            return Err(self.invalid_string_length(site));
        }
        Ok(())
    }

    /// `a + b` for two strings.
    pub fn concat_strings(&mut self, a: &JsStr, b: &JsStr, site: Span) -> JsResult<JsStr> {
        self.check_string_length(a.utf16_len() as f64 + b.utf16_len() as f64, site)?;
        Ok(a.concat(b))
    }

    /// The concatenation of `pieces` (a template's, `concat`'s), checked before any of it is
    /// copied.
    pub fn concat_all(&mut self, pieces: &[JsStr], site: Span) -> JsResult<JsStr> {
        let units: f64 = pieces.iter().map(|p| p.utf16_len() as f64).sum();
        self.check_string_length(units, site)?;
        if let [only] = pieces {
            return Ok(only.clone());
        }
        let mut text = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
        for p in pieces {
            text.push_str(p);
        }
        Ok(JsStr::from(text))
    }
}

#[cfg(test)]
mod tests {
    use crate::driver::{Options, run_captured};
    use crate::interp::Limits;

    /// Pairs of expressions (or arrow bodies) building a string of exactly 10 code units and
    /// one of 11 (node gives those lengths), one pair per way of building strings.
    const AT_THE_LIMIT: &[(&str, &str)] = &[
        (r#"'abcde' + 'fghij'"#, r#"'abcde' + 'fghijk'"#),
        (
            r#"{ let s = 'abcde'; s += 'fghij'; return s; }"#,
            r#"{ let s = 'abcde'; s += 'fghijk'; return s; }"#,
        ),
        (
            r#"{ let s = 'abcdefghi'; s += 1; return s; }"#,
            r#"{ let s = 'abcdefghi'; s += 12; return s; }"#,
        ),
        (
            r#"{ const o = { s: 'abcde' }; o.s += 'fghij'; return o.s; }"#,
            r#"{ const o = { s: 'abcde' }; o.s += 'fghijk'; return o.s; }"#,
        ),
        (r#"`${'abcd'}-${'abcde'}`"#, r#"`${'abcd'}--${'abcde'}`"#),
        (
            r#"'ab'.concat('cde', 'fghij')"#,
            r#"'ab'.concat('cdef', 'fghij')"#,
        ),
        (r#"'a'.repeat(10)"#, r#"'a'.repeat(11)"#),
        (r#"'a'.padStart(10, 'xy')"#, r#"'a'.padStart(11, 'xy')"#),
        (r#"'a'.padEnd(10, 'xy')"#, r#"'a'.padEnd(11, 'xy')"#),
        (
            r#"['abc', 'def'].join('----')"#,
            r#"['abc', 'def'].join('-----')"#,
        ),
        (
            r#"[, , , , , , , , , , ,].join()"#,
            r#"[, , , , , , , , , , , ,].join()"#,
        ),
        (
            r#"String(['abcd', 'efghi'])"#,
            r#"String(['abcd', 'efghij'])"#,
        ),
        (
            r#"['abcd', 'efghi'].toLocaleString()"#,
            r#"['abcd', 'efghij'].toLocaleString()"#,
        ),
        (
            r#"'abc'.replace('b', 'bcdefghi')"#,
            r#"'abc'.replace('b', 'bcdefghij')"#,
        ),
        (
            r#"'abcab'.replaceAll('b', '$`$&')"#,
            r#"'abcabc'.replaceAll('b', '$`$&')"#,
        ),
        (
            r#"'ab'.replace('a', () => 'abcdefghi')"#,
            r#"'ab'.replace('a', () => 'abcdefghij')"#,
        ),
        (
            r#"JSON.stringify(['abc', ''])"#,
            r#"JSON.stringify(['abc', 'd'])"#,
        ),
        (
            r#"JSON.stringify('\u0001ab')"#,
            r#"JSON.stringify('\u0001abc')"#,
        ),
        (
            r#"JSON.stringify({ ab: [1] })"#,
            r#"JSON.stringify({ ab: [12] })"#,
        ),
        (r#"'ßßßßß'.toUpperCase()"#, r#"'ßßßßßa'.toUpperCase()"#),
        (
            r#"'ééééé'.normalize('NFD')"#,
            r#"'éééééa'.normalize('NFD')"#,
        ),
    ];

    #[test]
    fn every_way_of_building_a_string_stops_at_the_limit() {
        let mut script = String::from(
            "const show = (f) => { try { console.log(f().length); } \
             catch (e) { console.log(e.name, e.message); } };\n",
        );
        for (fits, too_long) in AT_THE_LIMIT {
            script.push_str(&format!("show(() => {fits});\nshow(() => {too_long});\n"));
        }
        let options = Options {
            limits: Limits {
                max_string_length: 10,
                ..Limits::default()
            },
            ..Options::default()
        };
        let run = run_captured("limit.js", &script, &options);
        let expected = "10\nRangeError Invalid string length\n".repeat(AT_THE_LIMIT.len());
        assert_eq!(run.stdout, expected, "stderr: {}", run.stderr);
    }
}
