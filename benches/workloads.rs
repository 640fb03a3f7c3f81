//! `cargo bench`: each JavaScript workload in `benches/js/` run in-process through the whole
//! pipeline (parse, resolve, run, event loop), timed by criterion.
//!
//! The workloads are sized for `benches/compare.sh` (at least 0.5 s each under QuickJS, so that
//! process startup does not hide the ratios), which makes them 0.5–6 s each in minnow: criterion
//! gives each a 3 s warm-up and ten iterations, so the whole set takes several minutes.
//! `cargo bench -- js/fib` runs one.
//!
//! Side-by-side ratios against QuickJS and node (time and peak memory) come from
//! `benches/compare.sh`, which runs the release binary, a QuickJS runner and node on the same
//! files.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use minnow::driver::{Options, run_captured};

fn workloads(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/js");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("benches/js exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut group = c.benchmark_group("js");
    group.sample_size(10);
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
    {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).expect("readable workload");
        group.bench_function(&name, |b| {
            b.iter(|| {
                let code = run_captured(&name, &text, &Options::default()).code;
                assert_eq!(code, 0, "{name} failed");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, workloads);
criterion_main!(benches);
