//! Source text to a resolved tree: the [`lexer`], the [`parser`] (LALRPOP's tables over
//! `grammar/minnow.lalrpop`, driven by minnow's own LR driver), the [`ast`] with a span on every
//! node, the [`scope`] pass that resolves every name to a slot, and the [`diagnostics`] that
//! report a syntax error as node words it.

pub mod ast;
pub mod diagnostics;
pub mod lexer;
pub mod parser;
pub mod scope;
