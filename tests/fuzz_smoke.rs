//! The seeded fuzz smoke: a fixed set of generated and mutated programs (see `fuzz/`) runs
//! in-process, several at a time, each on its own interpreter thread with fuel and a
//! watchdog; the test fails on any Rust panic or hang and names each class with one program.
//! (A native stack overflow or an abort ends the test process itself; `minnow-fuzz`, the long
//! mode, runs programs in child processes to survive and classify those.) Memory is bounded by
//! the heap cap and by the generator keeping sizes modest; no address-space limit is set,
//! since every pending generator or async call reserves stack address space (measured: 3,000
//! nested pending `await`s need between 64 and 128 GiB of it).

#[path = "../fuzz/mod.rs"]
#[allow(dead_code)] // shared with the `minnow-fuzz` binary; the smoke does not minimise
mod fuzz;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use fuzz::oracle::{self, Budget, Outcome};

/// The binary's allocator, so that each run's heap cap (`Budget::heap_bytes`) is enforced as
/// the CLI enforces `--max-heap-size`; without it nothing counts the heap and a program that
/// grows forever takes the machine's memory.
#[global_allocator]
static ALLOCATOR: minnow::util::memory::Accounting<mimalloc::MiMalloc> =
    minnow::util::memory::Accounting(mimalloc::MiMalloc);

const SEED: u64 = 1;
const PROGRAMS: u64 = 2_000;
const THREADS: usize = 4;

/// Fuel ends each endless program quickly even in the dev profile; the watchdog is far above
/// any run's real time (a loaded machine must not turn a pass into a hang).
const BUDGET: Budget = Budget {
    fuel: 30_000,
    heap_bytes: 512 << 20,
    watchdog: Duration::from_secs(60),
};

#[test]
fn seeded_programs_neither_panic_nor_hang() {
    let corpus = fuzz::mutate::load_corpus(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(!corpus.is_empty(), "the conformance corpus is missing");
    let next = AtomicU64::new(0);
    let failures: Mutex<BTreeMap<String, Vec<u64>>> = Mutex::new(BTreeMap::new());
    let out_of_fuel = AtomicU64::new(0);
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= PROGRAMS {
                        break;
                    }
                    let program = fuzz::nth_program(SEED, i, &corpus);
                    let outcome = oracle::run(&program.source, &BUDGET);
                    if matches!(&outcome, Outcome::Finished(c) if c.ran_out_of_fuel()) {
                        out_of_fuel.fetch_add(1, Ordering::Relaxed);
                    }
                    if let Some(class) = outcome.failure() {
                        let mut f = failures.lock().unwrap_or_else(|e| e.into_inner());
                        f.entry(class).or_default().push(i);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    eprintln!(
        "fuzz smoke: {PROGRAMS} programs (seed {SEED}), {} out of fuel, {} failure classes",
        out_of_fuel.load(Ordering::Relaxed),
        failures.len()
    );
    if failures.is_empty() {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-smoke");
    let _ = std::fs::create_dir_all(&dir);
    let mut report = String::new();
    for (class, programs) in &failures {
        let first = programs[0];
        let path = dir.join(format!("{first}.js"));
        let _ = std::fs::write(&path, fuzz::nth_program(SEED, first, &corpus).source);
        report.push_str(&format!(
            "{class}\n    {} program(s), first: {} (minimise with `cargo run --release --bin minnow-fuzz -- --replay {}`)\n",
            programs.len(),
            path.display(),
            path.display()
        ));
    }
    panic!("the fuzz smoke found failures:\n{report}");
}
