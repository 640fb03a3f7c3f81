//! minnow: a small JavaScript-subset interpreter with a real call stack and node's event loop.
//!
//! Pipeline: [`lexer`] → [`parser`] (LALRPOP grammar in `grammar/`) → [`ast`] → [`scope`]
//! (resolution pass) → [`interp`] (tree-walking evaluator over the [`heap`]) → [`event_loop`]
//! (timers and microtasks). [`runtime`] wires them together for the CLI, tests and benches.
//! [`memory`] accounts each interpreter's heap; [`fatal`] ends a run that exhausts it, or that
//! hits an internal error, with node's report.

pub mod ast;
pub mod builtins;
pub mod diagnostics;
pub mod event_loop;
pub mod fatal;
pub mod heap;
pub mod interp;
pub mod lexer;
pub mod memory;
pub mod object;
pub mod parser;
pub mod repl;
pub mod runtime;
pub mod scope;
pub mod stack;
pub mod trace;
pub mod value;
