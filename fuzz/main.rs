//! `minnow-fuzz`: the long-running fuzzer (README, "Fuzzing").
//!
//! The parent generates batches of programs (see `fuzz/mod.rs`) and runs each batch in a
//! child process of itself (`--worker`), because a native stack overflow or an abort kills
//! the process it happens in. A worker runs its programs in-process, several at a time,
//! through the oracle, compares deterministic ones with node, and prints one result line per
//! program. When a worker dies by a signal, the parent re-runs the programs that have no
//! result one at a time to find the culprit. Each new failure class is minimised (delta
//! debugging, each test a child run) and written to the output folder.
//!
//! Usage:
//!   minnow-fuzz [--minutes M] [--programs P] [--seed N] [--out DIR] [--jobs J] [--batch B]
//!               [--fuel F] [--no-node] [--node-every K]
//!   minnow-fuzz --replay FILE [--out DIR] [--no-node]   classify and minimise one program
//!   minnow-fuzz --show INDEX [--seed N]                 print program INDEX of seed N

#[path = "mod.rs"]
mod fuzz;

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fuzz::oracle::{self, Budget, Outcome};

/// The binary's allocator, so that each run's heap cap (`Budget::heap_bytes`) is enforced as
/// the CLI enforces `--max-heap-size`.
#[global_allocator]
static ALLOCATOR: minnow::util::memory::Accounting<mimalloc::MiMalloc> =
    minnow::util::memory::Accounting(mimalloc::MiMalloc);

/// Node gets this long per program before its run counts as unfinished (not compared).
const NODE_LIMIT: Duration = Duration::from_secs(10);
/// Longest time spent minimising one crash (a panic, a signal, a hang).
const MINIMIZE_CRASH_LIMIT: Duration = Duration::from_secs(120);
/// Longest time spent minimising one difference from node (each test runs node too).
const MINIMIZE_MISMATCH_LIMIT: Duration = Duration::from_secs(45);
/// A worker's exit status after a hang: it stops at once, since the hung thread keeps a core
/// busy until the process ends; the parent runs the programs it did not report again.
const STOPPED_AFTER_HANG: i32 = 3;

#[derive(Clone)]
struct Config {
    minutes: f64,
    /// Stop after this many programs (`--programs`), whatever the time.
    programs: Option<u64>,
    seed: u64,
    out: PathBuf,
    jobs: usize,
    batch: u64,
    fuel: u64,
    node: bool,
    /// Compare one deterministic program in this many with node (node's startup dominates).
    node_every: u64,
    worker: Option<PathBuf>,
    replay: Option<PathBuf>,
    show: Option<u64>,
}

fn parse_args() -> Result<Config, String> {
    let mut c = Config {
        minutes: 1.0,
        programs: None,
        seed: 1,
        out: PathBuf::from("target/fuzz"),
        jobs: 2,
        batch: 50,
        fuel: 300_000,
        node: true,
        node_every: 4,
        worker: None,
        replay: None,
        show: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let bad = |e: &dyn std::fmt::Display| format!("{flag}: {e}");
        match flag.as_str() {
            "--minutes" => c.minutes = value()?.parse().map_err(|e| bad(&e))?,
            "--programs" => c.programs = Some(value()?.parse().map_err(|e| bad(&e))?),
            "--seed" => c.seed = value()?.parse().map_err(|e| bad(&e))?,
            "--out" => c.out = PathBuf::from(value()?),
            "--jobs" => c.jobs = value()?.parse().map_err(|e| bad(&e))?,
            "--batch" => c.batch = value()?.parse().map_err(|e| bad(&e))?,
            "--fuel" => c.fuel = value()?.parse().map_err(|e| bad(&e))?,
            "--no-node" => c.node = false,
            "--node-every" => c.node_every = value()?.parse().map_err(|e| bad(&e))?,
            "--worker" => c.worker = Some(PathBuf::from(value()?)),
            "--replay" => c.replay = Some(PathBuf::from(value()?)),
            "--show" => c.show = Some(value()?.parse().map_err(|e| bad(&e))?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(c)
}

fn budget(c: &Config) -> Budget {
    Budget {
        fuel: c.fuel,
        heap_bytes: 1 << 30,
        // Far above what the fuel allows even on a loaded machine at low priority: a run
        // still going then is stuck where fuel is not counted (in a built-in).
        watchdog: Duration::from_secs(30),
    }
}

fn main() {
    let config = match parse_args() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("minnow-fuzz: {e}");
            std::process::exit(2);
        }
    };
    if let Some(file) = &config.worker {
        run_worker(file, &config);
    } else if let Some(index) = config.show {
        let corpus = fuzz::mutate::load_corpus(Path::new(env!("CARGO_MANIFEST_DIR")));
        print!("{}", fuzz::nth_program(config.seed, index, &corpus).source);
    } else if let Some(file) = &config.replay {
        replay(file, &config);
    } else {
        fuzz_for_a_while(&config);
    }
}

// ---- the worker (child process) ----

/// One program of a batch file: `index`, whether node may check it, and its text.
#[derive(Clone)]
struct Entry {
    index: u64,
    deterministic: bool,
    source: String,
}

/// Batch files hold entries separated by NUL bytes (no program text contains one).
fn write_batch(path: &Path, entries: &[Entry]) {
    let mut text = String::new();
    for e in entries {
        let d = if e.deterministic { 'D' } else { 'N' };
        text.push_str(&format!("{}\n{d}\n{}\0", e.index, e.source));
    }
    std::fs::write(path, text).expect("the output folder is writable");
}

fn read_batch(path: &Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.split('\0')
        .filter_map(|record| {
            let (index, rest) = record.split_once('\n')?;
            let (d, source) = rest.split_once('\n')?;
            Some(Entry {
                index: index.parse().ok()?,
                deterministic: d == "D",
                source: source.to_string(),
            })
        })
        .collect()
}

/// Runs a batch file's programs and prints `index<TAB>kind<TAB>class` per program, where
/// kind is `ok`, `fuel` (ran out) or `fail`. Exits at once when done (hung threads with it).
fn run_worker(file: &Path, config: &Config) {
    let entries = read_batch(file);
    let next = AtomicUsize::new(0);
    let stdout = Mutex::new(std::io::stdout());
    let budget = budget(config);
    std::thread::scope(|s| {
        for _ in 0..config.jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(e) = entries.get(i) else { break };
                    let node = config.node && e.index % config.node_every.max(1) == 0;
                    let (kind, class) = check(e, &budget, node, file);
                    let mut out = stdout.lock().unwrap_or_else(|p| p.into_inner());
                    let _ = writeln!(out, "{}\t{kind}\t{class}", e.index);
                    let _ = out.flush();
                    if class.starts_with("hang") {
                        std::process::exit(STOPPED_AFTER_HANG);
                    }
                }
            });
        }
    });
    std::process::exit(0);
}

/// Runs one program through the oracle (and node): ("ok" | "fuel" | "skip" | "fail", class).
fn check(e: &Entry, budget: &Budget, node: bool, batch: &Path) -> (&'static str, String) {
    let outcome = oracle::run(&e.source, budget);
    if let Some(class) = outcome.failure() {
        return ("fail", class);
    }
    let Outcome::Finished(captured) = outcome else {
        return ("skip", String::new());
    };
    if captured.ran_out_of_fuel() {
        return ("fuel", String::new());
    }
    if node && e.deterministic {
        let js = batch.with_extension(format!("{}.js", e.index));
        if std::fs::write(&js, &e.source).is_ok() {
            let expected = oracle::run_node(&js, NODE_LIMIT);
            let _ = std::fs::remove_file(&js);
            if let Some(class) = expected.and_then(|n| oracle::compare_with_node(&captured, &n)) {
                return ("fail", class);
            }
        }
    }
    ("ok", String::new())
}

// ---- the parent ----

/// What a child run reported: a line per program it finished, and how it ended.
struct ChildRun {
    results: BTreeMap<u64, (String, String)>,
    /// `Some(class)` when the child died (a signal, or an exit before reporting everything).
    death: Option<String>,
}

fn run_child(batch: &Path, config: &Config, jobs: usize) -> ChildRun {
    let exe = std::env::current_exe().expect("the fuzzer's own path");
    let mut cmd = Command::new(exe);
    cmd.arg("--worker")
        .arg(batch)
        .args([
            "--jobs",
            &jobs.to_string(),
            "--fuel",
            &config.fuel.to_string(),
            "--node-every",
            &config.node_every.to_string(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if !config.node {
        cmd.arg("--no-node");
    }
    let output = match cmd.output() {
        Ok(o) => o,
        Err(e) => {
            return ChildRun {
                results: BTreeMap::new(),
                death: Some(format!("fuzzer: cannot start a worker: {e}")),
            };
        }
    };
    let mut results = BTreeMap::new();
    for line in output.stdout.lines().map_while(Result::ok) {
        let mut f = line.splitn(3, '\t');
        if let (Some(i), Some(kind), Some(class)) = (f.next(), f.next(), f.next())
            && let Ok(i) = i.parse()
        {
            results.insert(i, (kind.to_string(), class.to_string()));
        }
    }
    let stopped = output.status.code() == Some(STOPPED_AFTER_HANG);
    let death = (!output.status.success() && !stopped)
        .then(|| death_class(&output.status, &String::from_utf8_lossy(&output.stderr)));
    ChildRun { results, death }
}

/// The class of a worker's death: its signal and the runtime's last words.
fn death_class(status: &std::process::ExitStatus, stderr: &str) -> String {
    use std::os::unix::process::ExitStatusExt;
    let how = match status.signal() {
        Some(6) => "signal SIGABRT".to_string(),
        Some(11) => "signal SIGSEGV".to_string(),
        Some(9) => "signal SIGKILL".to_string(),
        Some(s) => format!("signal {s}"),
        None => format!("exit status {}", status.code().unwrap_or(-1)),
    };
    let words = stderr
        .lines()
        .filter(|l| {
            l.contains("overflowed its stack")
                || l.contains("fatal runtime error")
                || l.contains("memory allocation")
                || l.contains("panicked")
        })
        .map(|l| oracle::normalize(l.trim()))
        .next()
        .unwrap_or_default();
    format!("{how}: {words}")
}

/// The innermost minnow frames where a program kills the process, from gdb when it is
/// installed (empty otherwise): what tells two stack overflows apart.
fn top_frames(file: &Path, config: &Config) -> String {
    let exe = std::env::current_exe().expect("the fuzzer's own path");
    let Ok(out) = Command::new("gdb")
        .args(["-batch", "-nx", "-ex", "run", "-ex", "bt 40", "--args"])
        .arg(exe)
        .arg("--worker")
        .arg(file)
        .args([
            "--jobs",
            "1",
            "--no-node",
            "--fuel",
            &config.fuel.to_string(),
        ])
        .stdin(Stdio::null())
        .output()
    else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let mut frames: Vec<String> = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('#')) {
        let Some(name) = line
            .split(" in ")
            .nth(1)
            .or_else(|| line.split_whitespace().nth(1))
        else {
            continue;
        };
        let name = name.split(" (").next().unwrap_or(name);
        let name = strip_hash(name);
        if name.starts_with("minnow::") && !frames.contains(&name) {
            frames.push(name);
        }
        if frames.len() == 2 {
            break;
        }
    }
    frames.join(" <- ")
}

/// A demangled Rust name without its `::h0123…` hash.
fn strip_hash(name: &str) -> String {
    match name.rfind("::h") {
        Some(i) if name[i + 3..].chars().all(|c| c.is_ascii_hexdigit()) => name[..i].to_string(),
        _ => name.to_string(),
    }
}

/// Runs a batch in workers and returns (kind, class) per entry. When a worker dies, the
/// programs it did not report run again in one worker, one at a time and in order: the first
/// of them it does not report is the one that killed it, and the rest go on in a new worker.
fn run_batch(entries: &[Entry], config: &Config, file: &Path) -> Vec<(String, String)> {
    let mut results: Vec<Option<(String, String)>> = vec![None; entries.len()];
    // Workers that stop after a hang leave the rest of the batch for the next one.
    loop {
        let pending: Vec<Entry> = (0..entries.len())
            .filter(|&i| results[i].is_none())
            .map(|i| entries[i].clone())
            .collect();
        if pending.is_empty() {
            break;
        }
        write_batch(file, &pending);
        let run = run_child(file, config, config.jobs);
        for (i, e) in entries.iter().enumerate() {
            if let Some(r) = run.results.get(&e.index) {
                results[i] = Some(r.clone());
            }
        }
        if run.death.is_some() || run.results.is_empty() {
            break;
        }
    }
    loop {
        let pending: Vec<usize> = (0..entries.len())
            .filter(|&i| results[i].is_none())
            .collect();
        let Some(&first) = pending.first() else { break };
        let again: Vec<Entry> = pending
            .iter()
            .map(|&i| Entry {
                index: entries[i].index,
                deterministic: entries[i].deterministic,
                source: entries[i].source.clone(),
            })
            .collect();
        write_batch(file, &again);
        let run = run_child(file, config, 1);
        let mut culprit_found = false;
        for &i in &pending {
            if let Some(r) = run.results.get(&entries[i].index) {
                results[i] = Some(r.clone());
            } else if let Some(class) = run.death.as_ref().filter(|_| !culprit_found) {
                results[i] = Some(("fail".into(), class.clone()));
                culprit_found = true;
            }
        }
        if run.results.is_empty() && !culprit_found {
            // The worker neither reported nor died: count the first program as run, so the
            // loop always moves on.
            results[first].get_or_insert(("ok".into(), String::new()));
        }
    }
    results.into_iter().map(|r| r.unwrap_or_default()).collect()
}

/// Runs one program alone in a child and returns its failure class, if it fails.
fn classify_alone(
    source: &str,
    deterministic: bool,
    config: &Config,
    scratch: &Path,
) -> Option<String> {
    let entry = Entry {
        index: 0,
        deterministic,
        source: source.to_string(),
    };
    write_batch(scratch, std::slice::from_ref(&entry));
    let run = run_child(scratch, config, 1);
    match run.results.get(&0) {
        Some((kind, class)) if kind == "fail" => Some(class.clone()),
        Some(_) => None,
        None => Some(
            run.death
                .unwrap_or_else(|| "worker reported nothing".into()),
        ),
    }
}

/// The kind of a class, for file names: `panic`, `hang`, `signal`, `mismatch`, ….
fn kind_of(class: &str) -> &str {
    class
        .split([' ', ':'])
        .next()
        .filter(|k| !k.is_empty())
        .unwrap_or("failure")
}

struct Findings {
    /// Class → (how many programs hit it, the file written for it).
    classes: BTreeMap<String, (u64, PathBuf)>,
    minimizing: Duration,
    /// Failures that did not happen again when their program ran alone (a slow run on a
    /// busy machine, or an effect of the programs beside it).
    unconfirmed: u64,
}

impl Findings {
    /// Records a failing program; a new class is minimised (within the time share the run
    /// allows) and written to the output folder.
    fn record(&mut self, class: &str, program: &Entry, config: &Config, elapsed: Duration) {
        if let Some((count, _)) = self.classes.get_mut(class) {
            *count += 1;
            return;
        }
        let scratch = config.out.join("confirm.tmp");
        if classify_alone(&program.source, program.deterministic, config, &scratch).as_deref()
            != Some(class)
        {
            self.unconfirmed += 1;
            return;
        }
        let n = self.classes.len() + 1;
        let stem = config.out.join(format!("{n:03}-{}", kind_of(class)));
        let _ = std::fs::write(stem.with_extension("orig.js"), &program.source);
        // Crashes are always minimised; differences from node (far more numerous) only while
        // minimising them has taken less than a quarter of the run so far.
        let crash = !class.starts_with("mismatch");
        let minimal = if crash || self.minimizing < elapsed / 4 {
            let started = Instant::now();
            let limit = if crash {
                MINIMIZE_CRASH_LIMIT
            } else {
                MINIMIZE_MISMATCH_LIMIT
            };
            let scratch = stem.with_extension("scratch");
            let m = minimize_failure(class, program, config, &scratch, limit);
            if !crash {
                self.minimizing += started.elapsed();
            }
            m
        } else {
            program.source.clone()
        };
        let mut class_line = class.to_string();
        if class.starts_with("signal") {
            let scratch = stem.with_extension("scratch");
            write_batch(
                &scratch,
                &[Entry {
                    index: 0,
                    deterministic: false,
                    source: minimal.clone(),
                }],
            );
            let frames = top_frames(&scratch, config);
            let _ = std::fs::remove_file(&scratch);
            if !frames.is_empty() {
                class_line = format!("{class} [{frames}]");
            }
        }
        let _ = std::fs::write(stem.with_extension("js"), &minimal);
        let about = format!(
            "{class_line}\nseed {} program {}\noriginal: {}\n",
            config.seed,
            program.index,
            stem.with_extension("orig.js").display()
        );
        let _ = std::fs::write(stem.with_extension("txt"), about);
        eprintln!(
            "minnow-fuzz: new class {n}: {class_line}\n    {}",
            stem.with_extension("js").display()
        );
        self.classes
            .insert(class.to_string(), (1, stem.with_extension("js")));
    }
}

fn minimize_failure(
    class: &str,
    program: &Entry,
    config: &Config,
    scratch: &Path,
    limit: Duration,
) -> String {
    let deadline = Instant::now() + limit;
    let mut still_fails = |candidate: &str| {
        classify_alone(candidate, program.deterministic, config, scratch).as_deref() == Some(class)
    };
    let minimal = fuzz::minimize::minimize(&program.source, deadline, &mut still_fails);
    let _ = std::fs::remove_file(scratch);
    minimal
}

fn fuzz_for_a_while(config: &Config) {
    let _ = std::fs::create_dir_all(&config.out);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = fuzz::mutate::load_corpus(root);
    let started = Instant::now();
    let limit = Duration::from_secs_f64(config.minutes * 60.0);
    let batch_file = config.out.join("batch.tmp");
    let mut findings = Findings {
        classes: BTreeMap::new(),
        minimizing: Duration::ZERO,
        unconfirmed: 0,
    };
    let (mut ran, mut fuel, mut index) = (0u64, 0u64, 0u64);
    let end = config.programs.unwrap_or(u64::MAX);
    while started.elapsed() < limit && index < end {
        let entries: Vec<Entry> = (index..(index + config.batch).min(end))
            .map(|i| {
                let p = fuzz::nth_program(config.seed, i, &corpus);
                Entry {
                    index: i,
                    deterministic: p.deterministic,
                    source: p.source,
                }
            })
            .collect();
        index += entries.len() as u64;
        let results = run_batch(&entries, config, &batch_file);
        for (e, (kind, class)) in entries.iter().zip(results) {
            ran += 1;
            match kind.as_str() {
                "fuel" => fuel += 1,
                "fail" => findings.record(&class, e, config, started.elapsed()),
                _ => {}
            }
        }
        eprintln!(
            "minnow-fuzz: {ran} programs, {fuel} out of fuel, {} classes, {:.0}s",
            findings.classes.len(),
            started.elapsed().as_secs_f64()
        );
    }
    let _ = std::fs::remove_file(&batch_file);
    summarize(&findings, ran, fuel, config);
}

fn summarize(findings: &Findings, ran: u64, fuel: u64, config: &Config) {
    let mut text = format!(
        "seed {}: {ran} programs, {fuel} out of fuel, {} failure classes, {} failures not reproduced alone\n",
        config.seed,
        findings.classes.len(),
        findings.unconfirmed
    );
    for (class, (count, file)) in &findings.classes {
        text.push_str(&format!("{count:6}  {class}\n        {}\n", file.display()));
    }
    let _ = std::fs::write(config.out.join("summary.txt"), &text);
    print!("{text}");
}

/// `--replay FILE`: classifies one program and, when it fails, minimises it.
fn replay(file: &Path, config: &Config) {
    let Ok(source) = std::fs::read_to_string(file) else {
        eprintln!("minnow-fuzz: cannot read {}", file.display());
        std::process::exit(2);
    };
    let _ = std::fs::create_dir_all(&config.out);
    let scratch = config.out.join("replay.tmp");
    let entry = Entry {
        index: 0,
        deterministic: oracle::looks_deterministic(&source),
        source,
    };
    match classify_alone(&entry.source, entry.deterministic, config, &scratch) {
        None => println!("no failure"),
        Some(class) => {
            let minimal = minimize_failure(&class, &entry, config, &scratch, MINIMIZE_CRASH_LIMIT);
            println!("{class}\n--- minimised ---\n{minimal}");
        }
    }
}
