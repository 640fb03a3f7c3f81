//! minnow: a small JavaScript interpreter with a real call stack and node's event loop.
//!
//! The modules form layers, each using only those before it (README, "How it works";
//! `tests/layers.rs` checks the rule):
//! [`util`] (native-stack guard, heap accounting, fatal reports) → [`syntax`] (lexer, LALRPOP
//! parser over `grammar/`, AST, scope pass, diagnostics) → [`value`] (values, strings, the heap
//! and its collector, objects) → [`interp`] (the tree-walking evaluator) → [`builtins`] (the
//! ECMAScript library) → [`host`] (node's event loop, timers, console, `util.inspect`) →
//! [`trace`] (the visualiser) → [`driver`] (runs a program for the CLI, tests and benches) →
//! [`repl`].

pub mod util;

pub mod syntax;

pub mod value;

pub mod interp;

pub mod builtins;

pub mod host;

pub mod trace;

pub mod driver;

pub mod repl;
