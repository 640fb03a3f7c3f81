//! A host that runs program after program in-process (the test suites, the fuzz smoke) gets
//! back all of each run's heap: cycles reference counting cannot free, including those held by
//! suspended generator and async bodies, are released when the run ends.

use minnow::driver::{self, Options};

/// The binary's allocator: it keeps the per-thread count of held bytes this test reads.
#[global_allocator]
static ALLOCATOR: minnow::util::memory::Accounting<mimalloc::MiMalloc> =
    minnow::util::memory::Accounting(mimalloc::MiMalloc);

/// Programs whose heaps hold cycles at their end, each through a different kind of cell.
const PROGRAMS: &[(&str, &str)] = &[
    ("nothing but the intrinsics", "console.log('hi');"),
    (
        "a finished generator held by a global",
        "function* g() { yield 1; } const it = g(); it.next(); it.next();",
    ),
    (
        "a suspended generator in a cycle",
        "function* g() { const self = it; yield self; } const it = g(); it.next();",
    ),
    (
        "an async body waiting forever",
        "async function f() { const me = f; await new Promise(() => {}); } f();",
    ),
    (
        "a Map that holds itself",
        "const m = new Map(); m.set(m, m); const s = new Set([s => s]);",
    ),
    (
        "closures capturing their own scope",
        "let f = () => f; const o = { o: null }; o.o = o;",
    ),
];

/// Bytes the current thread holds after running `source` once.
fn held_after(source: &str) -> usize {
    let out = driver::run_captured_on_this_thread("heap.js", source, &Options::default());
    assert_eq!(out.code, 0, "{source}\n{}", out.stderr);
    drop(out);
    minnow::util::memory::held()
}

#[test]
fn each_run_gives_its_heap_back() {
    std::thread::Builder::new()
        .stack_size(driver::INTERPRETER_STACK)
        .spawn(|| {
            for (what, source) in PROGRAMS {
                // The first run sets up this thread's lasting state (stack segments and the
                // like); every later run must end where it started.
                let first = held_after(source);
                let second = held_after(source);
                let third = held_after(source);
                assert!(
                    second <= first && third <= first,
                    "{what}: the thread held {first} bytes after one run, {second} after two, \
                     {third} after three"
                );
            }
        })
        .expect("a thread")
        .join()
        .expect("no failure");
}
