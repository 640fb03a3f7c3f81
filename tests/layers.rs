//! The import rule (README, "How it works"): `src/` is laid out in layers, and a file may name
//! only modules of its own layer or of the layers before it in [`LAYERS`]. This test reads
//! every source file (and the grammar, which is part of `syntax`) and fails on a `crate::` path
//! that reaches a later layer, unless [`SANCTIONED`] lists that edge with its reason. A
//! file's unit tests (from its `#[cfg(test)]` on) may use any layer.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

thread_local! {
    /// The [`TEMPORARY`] entries some edge needed in this thread's scan.
    static USED: RefCell<BTreeSet<usize>> = const { RefCell::new(BTreeSet::new()) };
}

/// The layers, lowest first: each may use only those before it (and itself).
const LAYERS: &[&str] = &[
    "util", "syntax", "value", "interp", "builtins", "host", "trace", "driver", "repl", "main",
];

/// The upward edges the design allows: (file or folder prefix under `src/`, the module path it
/// names, why).
const SANCTIONED: &[(&str, &str, &str)] = &[
    (
        "value/object",
        "interp::Interp",
        "a native function receives the interpreter (`NativeFn`)",
    ),
    (
        "value/object",
        "interp::JsResult",
        "a native function returns the interpreter's result type (`NativeFn`)",
    ),
    (
        "value/object",
        "interp::coroutine",
        "a generator or async call object holds its coroutine task",
    ),
];

/// Upward edges still to be removed (issue 12, part 1, lands as a series of moves). The
/// list may only shrink: an entry no edge needs any more fails
/// [`every_temporary_edge_is_still_needed`].
const TEMPORARY: &[(&str, &str, &str)] = &[
    (
        "syntax/ast.rs",
        "value::JsStr",
        "AST names are runtime strings until names are interned atoms (part 2)",
    ),
    (
        "value/object.rs",
        "builtins::",
        "exotic objects' data (Map, Promise, iterators, generators, async calls) is defined by \
         the library until it moves to value/object",
    ),
    (
        "interp/",
        "builtins::async_fn",
        "the async-call machinery (and the promise operations `await` needs) moves to interp",
    ),
    (
        "interp/",
        "builtins::generator",
        "the generator machinery moves to interp",
    ),
    (
        "interp/",
        "host::event_loop::Host",
        "the job and timer queues become a Host trait defined in interp",
    ),
    (
        "builtins/promise.rs",
        "host::event_loop::Job",
        "jobs are defined with the Host trait in interp",
    ),
    (
        "interp/",
        "trace::",
        "tracing becomes an Observer trait defined in interp (frames' push and pop move out \
         of trace/record.rs)",
    ),
    (
        "host/console.rs",
        "trace::Stream",
        "console output reaches the trace through the Observer",
    ),
];

/// The layer of a file, from its path under `src/`.
fn layer_of_file(rel: &str) -> Option<usize> {
    let first = rel.split('/').next()?.trim_end_matches(".rs");
    let name = match first {
        "lib" | "main" => "main",
        other => other,
    };
    LAYERS.iter().position(|l| *l == name)
}

/// Every `crate::a::b…` path in a line of code (comments skipped).
fn crate_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or_default();
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        let tail = &rest[i + "crate::".len()..];
        let len = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(tail.len());
        let path = tail[..len].trim_end_matches(':');
        let after = &tail[len..];
        // `$crate::` and `minnow_crate::` are not this crate's paths.
        let ours = !matches!(before, Some(c) if c.is_alphanumeric() || c == '_' || c == '$');
        if ours && tail[..len].ends_with("::") && after.starts_with('{') {
            // `crate::a::{B, c::D}`: one path per item (nested braces are not used).
            let items = after[1..].split('}').next().unwrap_or_default();
            for item in items.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                out.push(format!("{path}::{item}"));
            }
        } else if ours {
            out.push(path.to_string());
        }
        rest = after;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The upward imports of one file, as report lines.
fn upward_imports(rel: &str, text: &str, layer: usize) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        // Unit tests (a file's last item) may drive the whole engine.
        if line.trim() == "#[cfg(test)]" {
            break;
        }
        for path in crate_paths(line) {
            let module = path.split("::").next().unwrap_or_default();
            let Some(target) = LAYERS.iter().position(|l| *l == module) else {
                continue;
            };
            if target <= layer {
                continue;
            }
            let allowed = SANCTIONED
                .iter()
                .any(|(file, named, _)| rel.starts_with(file) && path.starts_with(named));
            let temporary = TEMPORARY
                .iter()
                .position(|(file, named, _)| rel.starts_with(file) && path.starts_with(named));
            if let Some(i) = temporary {
                USED.with(|u| u.borrow_mut().insert(i));
            } else if !allowed {
                found.push(format!(
                    "src/{rel}:{}: `crate::{path}` ({} may not use {module})",
                    n + 1,
                    LAYERS[layer],
                ));
            }
        }
    }
    found
}

#[test]
fn no_module_imports_a_later_layer() {
    let problems = scan();
    assert!(
        problems.is_empty(),
        "{} imports run upward:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_temporary_edge_is_still_needed() {
    USED.with(|u| u.borrow_mut().clear());
    scan();
    let used = USED.with(|u| u.borrow().clone());
    let unneeded: Vec<String> = (0..TEMPORARY.len())
        .filter(|i| !used.contains(i))
        .map(|i| format!("{} → {}", TEMPORARY[i].0, TEMPORARY[i].1))
        .collect();
    assert!(
        unneeded.is_empty(),
        "remove these TEMPORARY entries, no import needs them: {unneeded:?}"
    );
}

/// Every upward import not allowed, as report lines.
fn scan() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for path in &files {
        let rel = path
            .strip_prefix(root.join("src"))
            .expect("under src/")
            .to_string_lossy()
            .replace('\\', "/");
        let Some(layer) = layer_of_file(&rel) else {
            problems.push(format!("src/{rel}: not in any layer of {LAYERS:?}"));
            continue;
        };
        let text = std::fs::read_to_string(path).expect("readable");
        problems.extend(upward_imports(&rel, &text, layer));
    }
    let grammar = std::fs::read_to_string(root.join("grammar/minnow.lalrpop")).expect("grammar");
    let syntax = LAYERS.iter().position(|l| *l == "syntax").expect("a layer");
    problems.extend(upward_imports("syntax/grammar", &grammar, syntax));
    problems
}

#[test]
fn crate_paths_are_found_in_code_only() {
    assert_eq!(
        crate_paths("use crate::value::{JsStr, Value}; // crate::trace"),
        vec!["value::JsStr".to_string(), "value::Value".to_string()]
    );
    assert_eq!(
        crate_paths("let x = crate::interp::Limits::default(); $crate::foo"),
        vec!["interp::Limits::default".to_string()]
    );
}
