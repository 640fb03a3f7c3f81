//! How one test file is built and run, and what counts as passing (INTERPRETING.md).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use minnow::driver::{self, Options, Phase};
use minnow::interp::Limits;
use minnow::util::fatal;

use crate::frontmatter::{self, Frontmatter};

/// Features node v20 does not have: tests that need them would fail under node too. (Also
/// what node cannot host: a second realm or agent, tail calls, the `[[IsHTMLDDA]]` object.)
const NODE20_LACKS: &[&str] = &[
    "Array.fromAsync",
    "set-methods",
    "iterator-helpers",
    "iterator-sequencing",
    "promise-try",
    "promise-with-resolvers",
    "array-grouping",
    "arraybuffer-transfer",
    "RegExp.escape",
    "regexp-modifiers",
    "regexp-duplicate-named-groups",
    "Float16Array",
    "uint8array-base64",
    "json-parse-with-source",
    "explicit-resource-management",
    "import-attributes",
    "json-modules",
    "source-phase-imports",
    "import-defer",
    "Atomics.pause",
    "upsert",
    "canonical-tz",
    "decorators",
    "Temporal",
    "ShadowRealm",
    "Intl",
    "Math.sumPrecise",
    "Error.isError",
    "await-dictionary",
    "immutable-arraybuffer",
    "nonextensible-applies-to-private",
    "tail-call-optimization",
    "cross-realm",
    "IsHTMLDDA",
];

/// How a test ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    Sloppy,
    Strict,
    /// `raw`: exactly as written, once.
    Raw,
    /// `module`: once, as a module.
    Module,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Sloppy => "sloppy",
            Mode::Strict => "strict",
            Mode::Raw => "raw",
            Mode::Module => "module",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        [Mode::Sloppy, Mode::Strict, Mode::Raw, Mode::Module]
            .into_iter()
            .find(|m| m.name() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    /// Why, in a few words (the error that ended it, or what was missing).
    Fail(String),
    Skip(String),
}

/// The harness files, read once.
pub struct Harness {
    dir: std::path::PathBuf,
    files: Mutex<HashMap<String, String>>,
}

impl Harness {
    pub fn load(suite: &Path) -> Harness {
        Harness {
            dir: suite.join("harness"),
            files: Mutex::new(HashMap::new()),
        }
    }

    fn file(&self, name: &str) -> String {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        files
            .entry(name.to_string())
            .or_insert_with(|| std::fs::read_to_string(self.dir.join(name)).unwrap_or_default())
            .clone()
    }
}

/// The host-defined bindings every non-raw test gets (INTERPRETING.md, "Host-Defined
/// Functions"): `print`, and a `$262` with the hooks minnow can give.
const HOST_BINDINGS: &str = "Object.defineProperty(globalThis, 'print', { value: function print(s) { console.log(String(s)); }, writable: true, configurable: true, enumerable: false });
Object.defineProperty(globalThis, '$262', { value: { global: globalThis, gc: function () {}, createRealm: function () { throw new Error('$262.createRealm: no second realm'); }, detachArrayBuffer: function () { throw new Error('$262.detachArrayBuffer: no ArrayBuffer'); }, evalScript: function () { throw new Error('$262.evalScript: no eval'); }, agent: {} }, writable: true, configurable: true, enumerable: false });
";

/// Steps a test may take: far more than any test needs, so only an endless loop meets it.
const FUEL: u64 = 10_000_000;

fn options() -> Options {
    Options {
        limits: Limits {
            fuel: Some(FUEL),
            max_heap_bytes: 128 << 20,
            ..Limits::default()
        },
        virtual_time: true,
        ..Options::default()
    }
}

/// Runs one test file in every mode it asks for.
pub fn run_test(suite: &Path, rel: &str, harness: &Harness) -> Vec<(Mode, Verdict)> {
    let source = match std::fs::read_to_string(suite.join(rel)) {
        Ok(s) => s,
        Err(e) => return vec![(Mode::Sloppy, Verdict::Fail(format!("unreadable: {e}")))],
    };
    let fm = frontmatter::parse(&source);
    let lacking: Vec<&str> = fm
        .features
        .iter()
        .filter(|f| NODE20_LACKS.contains(&f.as_str()))
        .map(String::as_str)
        .collect();
    if !lacking.is_empty() {
        let why = format!("node v20 lacks {}", lacking.join(", "));
        return vec![(Mode::Sloppy, Verdict::Skip(why))];
    }
    if fm.has_flag("CanBlockIsFalse") {
        return vec![(
            Mode::Sloppy,
            Verdict::Skip("node's main thread can block".into()),
        )];
    }
    if fm.has_flag("module") {
        return vec![(
            Mode::Module,
            Verdict::Fail("modules are not supported yet".into()),
        )];
    }
    let modes: &[Mode] = if fm.has_flag("raw") {
        &[Mode::Raw]
    } else if fm.has_flag("onlyStrict") {
        &[Mode::Strict]
    } else if fm.has_flag("noStrict") {
        &[Mode::Sloppy]
    } else {
        &[Mode::Sloppy, Mode::Strict]
    };
    modes
        .iter()
        .map(|&mode| (mode, run_in_mode(rel, &source, &fm, mode, harness)))
        .collect()
}

fn run_in_mode(
    rel: &str,
    source: &str,
    fm: &Frontmatter,
    mode: Mode,
    harness: &Harness,
) -> Verdict {
    let mut text = String::new();
    if mode == Mode::Strict {
        text.push_str("\"use strict\";\n");
    }
    if mode != Mode::Raw {
        text.push_str(HOST_BINDINGS);
        text.push_str(&harness.file("assert.js"));
        text.push_str(&harness.file("sta.js"));
        if fm.has_flag("async") {
            text.push_str(&harness.file("doneprintHandle.js"));
        }
        for include in &fm.includes {
            text.push_str(&harness.file(include));
            text.push('\n');
        }
    }
    text.push_str(source);
    let run = driver::run_captured(rel, &text, &options());
    if run.ran_out_of_fuel() {
        return Verdict::Fail("out of fuel (an endless loop?)".into());
    }
    let thrown_name = run
        .thrown
        .as_ref()
        .and_then(|t| t.constructor.clone())
        .unwrap_or_else(|| "a non-error value".into());
    if let Some(negative) = &fm.negative {
        let expected_phase = match negative.phase.as_str() {
            "parse" => Phase::Early,
            "runtime" => Phase::Runtime,
            _ => return Verdict::Fail(format!("{} phase is not supported", negative.phase)),
        };
        return match &run.thrown {
            Some(t)
                if t.phase == expected_phase
                    && t.constructor.as_deref() == Some(&negative.kind) =>
            {
                Verdict::Pass
            }
            Some(t) => Verdict::Fail(format!(
                "expected {} {}, got {} {thrown_name}",
                negative.phase,
                negative.kind,
                phase_name(t.phase)
            )),
            None => Verdict::Fail(format!(
                "expected {} {}, nothing thrown",
                negative.phase, negative.kind
            )),
        };
    }
    if let Some(t) = &run.thrown {
        let message = t.message.as_deref().unwrap_or_default();
        let why = format!("{} {thrown_name}: {message}", phase_name(t.phase));
        return Verdict::Fail(why.chars().take(160).collect());
    }
    match run.code {
        0 => {}
        fatal::HEAP_EXHAUSTED_STATUS => return Verdict::Fail("heap limit reached".into()),
        fatal::INTERNAL_ERROR_STATUS => {
            return Verdict::Fail(format!("internal error: {}", run.stderr.trim()));
        }
        code => return Verdict::Fail(format!("exit status {code}")),
    }
    if fm.has_flag("async") {
        if let Some(line) = run
            .stdout
            .lines()
            .find(|l| l.starts_with("Test262:AsyncTestFailure"))
        {
            return Verdict::Fail(line.to_string());
        }
        if !run.stdout.lines().any(|l| l == "Test262:AsyncTestComplete") {
            return Verdict::Fail("async test never called $DONE".into());
        }
    }
    Verdict::Pass
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Early => "early",
        Phase::Runtime => "runtime",
    }
}
