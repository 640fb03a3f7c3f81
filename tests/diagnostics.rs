//! Golden syntax-error reports: each `tests/diagnostics/NAME.js` must fail to parse or
//! analyze (early errors, scope), and its rendered miette report (plain text) must equal `NAME.stderr`.
//! `MINNOW_BLESS=1 cargo test --test diagnostics` rewrites the `.stderr` files after a
//! deliberate change; review the diff.

use std::path::Path;

use minnow::interp::Limits;
use minnow::syntax::analyze;
use minnow::syntax::diagnostics::render_syntax_error_styled;
use minnow::syntax::scope::GlobalScope;

fn report_for(name: &str, source: &str) -> Option<String> {
    let max_nesting = Limits::default().max_nesting;
    let error = match minnow::syntax::parser::parse(source, max_nesting) {
        Err(e) => e,
        Ok(program) => analyze(&program, source, &mut GlobalScope::default(), max_nesting).err()?,
    };
    Some(render_syntax_error_styled(name, source, &error, false))
}

#[test]
fn syntax_error_reports_match_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let bless = std::env::var_os("MINNOW_BLESS").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "js"));
    files.sort();
    assert!(files.len() >= 5);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(path).unwrap();
        let Some(report) = report_for(&name, &source) else {
            failures.push(format!("{name}: expected a syntax error, but it parsed"));
            continue;
        };
        let golden = path.with_extension("stderr");
        if bless {
            std::fs::write(&golden, &report).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if report != expected {
            failures.push(format!(
                "{name}: report differs\n--- expected\n{expected}\n--- got\n{report}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
