//! The lexer's tests.

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
    let src =
        "let s = 'a\\u{1F600}\\x41' + `t${x}\\u{` + 0x1_f + 1e-3; /* é */ // ü\n\"\\uD83D\\uDE00\"";
    for (i, _) in src.char_indices() {
        let _ = tokenize(&src[..i]);
    }
    for s in [
        "\\", "'\\u{", "'\\u", "'\\x", "`${", "`${}", "}", "0x_", "1e+", ".", "?", "/*", "'\\\r",
    ] {
        let _ = tokenize(s);
    }
}
