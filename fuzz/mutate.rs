//! Mutation of the conformance corpus: real programs with a few tokens or lines deleted,
//! duplicated, swapped or replaced by edge values. Most mutants are still almost valid, so
//! they reach deep into the parser's error paths and the evaluator's rarely taken ones.

use std::path::{Path, PathBuf};

use super::rng::Rng;

/// The corpus: every `tests/conformance/**/*.js` and `js-examples/*.js` under `root`, sorted
/// (so that a seed means the same mutants on every machine).
pub fn load_corpus(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    collect_js(&root.join("tests/conformance"), &mut files);
    collect_js(&root.join("js-examples"), &mut files);
    files.sort();
    files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect()
}

fn collect_js(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_js(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

/// Splits source text into tokens (identifiers and numbers, string literals, single
/// punctuation characters, runs of whitespace); joining them gives the text back. Coarse on
/// purpose: a mutation need not respect the real lexical grammar.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            c if c.is_alphanumeric() || c == '_' || c == '$' => rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '$' || ch == '.'))
                .unwrap_or(rest.len()),
            c if c.is_whitespace() => rest
                .find(|ch: char| !ch.is_whitespace())
                .unwrap_or(rest.len()),
            '\'' | '"' | '`' => string_literal_len(rest, c),
            c => c.len_utf8(),
        };
        out.push(&rest[..len]);
        rest = &rest[len..];
    }
    out
}

/// The length of the string literal at the start of `text` (to its closing quote or the end
/// of the line).
fn string_literal_len(text: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            '\\' if !escaped => escaped = true,
            c if c == quote && !escaped => return i + 1,
            '\n' if quote != '`' => return i,
            _ => escaped = false,
        }
    }
    text.len()
}

/// Values that replace a token now and then.
const EDGE_TOKENS: &[&str] = &[
    "-0",
    "NaN",
    "2**32",
    "2**53",
    "1e21",
    "-1",
    "'\\uD800'",
    "'😀'",
    "undefined",
    "null",
    "{}",
    "[]",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    ",",
    "=>",
    "async",
    "await",
    "yield",
    "function*",
    "class",
    "new",
    "...",
    "?.",
    "`${",
    "this",
    "super",
    "'\\uFDD0'",
    "4294967295",
];

/// A mutant of a random corpus program: 1 to 4 mutations of tokens or lines.
pub fn mutant(corpus: &[String], rng: &mut Rng) -> String {
    let mut text = rng.pick(corpus).clone();
    for _ in 0..rng.range(1, 4) {
        text = if rng.chance(50) {
            mutate_tokens(&text, rng)
        } else {
            mutate_lines(&text, rng)
        };
    }
    text
}

fn mutate_tokens(text: &str, rng: &mut Rng) -> String {
    let mut toks: Vec<String> = tokens(text).into_iter().map(String::from).collect();
    if toks.is_empty() {
        return text.to_string();
    }
    let i = rng.below(toks.len());
    let j = rng.below(toks.len());
    match rng.below(5) {
        0 => {
            toks.remove(i);
        }
        1 => {
            let t = toks[i].clone();
            toks.insert(j, t);
        }
        2 => toks.swap(i, j),
        3 => toks[i] = rng.pick(EDGE_TOKENS).to_string(),
        _ => {
            // Repeat a token many times: deep nesting from one `(` or `[`.
            let t = toks[i].clone();
            let n = rng.range(2, 2000);
            toks[i] = t.repeat(n);
        }
    }
    toks.concat()
}

fn mutate_lines(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return text.to_string();
    }
    let i = rng.below(lines.len());
    let j = rng.below(lines.len());
    match rng.below(3) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let l = lines[i];
            lines.insert(j, l);
        }
        _ => lines.swap(i, j),
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
