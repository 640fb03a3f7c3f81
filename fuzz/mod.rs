//! The fuzzer's parts, shared by the `minnow-fuzz` binary (`fuzz/main.rs`, the long mode) and
//! the seeded smoke test (`tests/fuzz_smoke.rs`): a seeded PRNG, the grammar-aware program
//! generator, mutation of the conformance corpus, the oracle, and delta debugging.
//!
//! Invariant: program `index` of seed `seed` is the same text on every machine and in every
//! mode (it depends on nothing but the two numbers and the sorted corpus), so a finding is
//! reproduced by its seed and index.

pub mod generate;
pub mod minimize;
pub mod mutate;
pub mod oracle;
pub mod rng;

/// A program to run, and whether node may be asked for its expected output.
pub struct Program {
    pub source: String,
    pub deterministic: bool,
}

/// Out of every ten programs, this many are corpus mutants; the rest are generated.
const MUTANTS_PER_TEN: u64 = 3;

/// Program `index` of the run seeded with `seed`.
pub fn nth_program(seed: u64, index: u64, corpus: &[String]) -> Program {
    let mut rng = rng::Rng::for_program(seed, index);
    if index % 10 < MUTANTS_PER_TEN && !corpus.is_empty() {
        let source = mutate::mutant(corpus, &mut rng);
        let deterministic = oracle::looks_deterministic(&source);
        Program {
            source,
            deterministic,
        }
    } else {
        let g = generate::program(&mut rng);
        Program {
            source: g.source,
            deterministic: g.deterministic,
        }
    }
}
