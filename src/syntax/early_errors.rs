//! The early-errors pass: the rules of the specification's "Static Semantics: Early Errors"
//! that need context the grammar does not carry. It walks the parsed tree once, before the
//! scope pass, and reports the first violation in node's words (the wording lives in
//! [`diagnostics::early`](crate::syntax::diagnostics::early)).
//!
//! What it checks:
//! - where `return`, `break`, `continue`, labels, `super`, `yield` and `await` may appear;
//! - strict-mode code (a `'use strict'` script or function, and class bodies): `eval` and
//!   `arguments` as bindings or assignment targets, the reserved words `implements` …
//!   `yield` as identifiers, legacy octal literals and escapes, `delete x`, duplicate
//!   parameters;
//! - declarations where only a statement may stand (`if (x) async function f() {}`,
//!   `while (x) function f() {}`, `label: function* g() {}`);
//! - names declared twice in one scope, and `var` names that cross a block declaring the
//!   same name lexically (`{ let a; { var a; } }`), with the allowances of Annex B (sloppy
//!   duplicate function declarations in a block, `var e` in `catch (e)`);
//! - `'use strict'` in a function with a non-simple parameter list, duplicate parameters of
//!   arrows and methods, `arguments` in a class field initializer.
//!
//! What it leaves to others: errors the grammar itself expresses are the parser's; a
//! redeclaration of a name an earlier REPL input declared is the scope pass's (only it sees
//! earlier inputs).
//!
//! Invariant: the pass only reads the tree; it recurses through the stack guard, so any
//! depth the parser accepted is safe.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::*;
use crate::syntax::diagnostics::SyntaxError;
use crate::syntax::diagnostics::early as msg;

/// Checks `program`, parsed from `text` (literals are checked against their source text).
pub fn check(program: &Program, text: &str) -> Result<(), SyntaxError> {
    let mut checker = Checker {
        text,
        frames: vec![Frame {
            strict: program.has_use_strict,
            in_async: true,
            ..Frame::default()
        }],
        scopes: Vec::new(),
        lexical: HashMap::new(),
    };
    checker.enter_scope(ScopeKind::Function);
    checker.declare_list(&program.body, true)?;
    checker.stmts(&program.body)?;
    checker.leave_scope();
    Ok(())
}

/// A name compared with a word of the language.
fn is(name: &Name, word: &str) -> bool {
    name.as_str() == word
}

fn is_eval_or_arguments(name: &Name) -> bool {
    is(name, "eval") || is(name, "arguments")
}

/// The words strict code reserves (`yield` too, where it is an identifier).
fn is_strict_reserved(name: &Name) -> bool {
    matches!(
        name.as_str(),
        "implements"
            | "interface"
            | "let"
            | "package"
            | "private"
            | "protected"
            | "public"
            | "static"
            | "yield"
    )
}

/// What the code at the current point may do; one per function (and one for the script).
#[derive(Default)]
struct Frame {
    strict: bool,
    in_function: bool,
    /// `await` is allowed: an async function, or the top level of the script.
    in_async: bool,
    /// `yield` is allowed.
    in_generator: bool,
    /// `super(…)` is allowed (a derived class's constructor, and arrows inside it).
    super_call: bool,
    /// `super.x` is allowed (methods, field initializers, and arrows inside them).
    super_property: bool,
    /// A class field initializer (or an arrow inside one): `arguments` is not allowed.
    field_initializer: bool,
    loops: u32,
    breakables: u32,
    /// Enclosing labels, innermost last, with whether each labels a loop.
    labels: Vec<(Name, bool)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    /// A function's (or the script's) top level: the end of a `var`'s way up.
    Function,
    Block,
    /// A `catch` clause's parameters; `simple` when the parameter is a plain name (a `var` of
    /// that name inside is allowed then, by Annex B).
    Catch {
        simple: bool,
    },
}

/// How a name is declared in a scope, for the redeclaration rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DeclKind {
    /// `let`, `const`, `class`, or a function declared in a block.
    Lexical,
    /// A plain `function f() {}` in a block: a sloppy block may declare it twice.
    BlockFunction,
    /// A `catch` parameter.
    CatchParam,
}

struct Scope {
    kind: ScopeKind,
    /// The names this scope declares, with where and how.
    names: HashMap<Name, (Span, DeclKind)>,
}

/// Where a statement stands when it is not in a statement list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    /// `if (x) S` / `else S`.
    IfBody,
    /// `while (x) S` and the other loops.
    LoopBody,
    /// `label: S` in a statement list.
    Labelled,
}

struct Checker<'a> {
    text: &'a str,
    frames: Vec<Frame>,
    scopes: Vec<Scope>,
    /// For each name, the scopes entered and not yet left that declare it, innermost last.
    lexical: HashMap<Name, Vec<usize>>,
}

type Check = Result<(), SyntaxError>;

impl<'a> Checker<'a> {
    fn frame(&self) -> &Frame {
        self.frames
            .last()
            .expect("the script's frame is never popped")
    }

    fn frame_mut(&mut self) -> &mut Frame {
        self.frames
            .last_mut()
            .expect("the script's frame is never popped")
    }

    fn strict(&self) -> bool {
        self.frame().strict
    }

    /// Runs `walk` on a fresh stack segment when this one runs low.
    fn guarded(&mut self, walk: impl FnOnce(&mut Self) -> Check) -> Check {
        crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || walk(self))
    }

    // ---- scopes and declarations ----

    fn enter_scope(&mut self, kind: ScopeKind) {
        self.scopes.push(Scope {
            kind,
            names: HashMap::new(),
        });
    }

    fn leave_scope(&mut self) {
        let scope = self.scopes.pop().expect("scopes are balanced");
        let id = self.scopes.len();
        for name in scope.names.keys() {
            let stack = self
                .lexical
                .get_mut(name)
                .expect("declared names are listed");
            debug_assert_eq!(stack.last(), Some(&id));
            stack.pop();
        }
    }

    /// The index of the innermost function scope (where a `var` stops).
    fn function_scope(&self) -> usize {
        self.scopes
            .iter()
            .rposition(|s| s.kind == ScopeKind::Function)
            .expect("the script is a function scope")
    }

    /// Declares `ident` in the innermost scope, failing if the scope already declares it in
    /// a way that may not be repeated.
    fn declare(&mut self, ident: &Ident, kind: DeclKind) -> Check {
        let id = self.scopes.len() - 1;
        if let Some(&(span, old)) = self.scopes[id].names.get(&ident.name) {
            let sloppy_functions =
                !self.strict() && old == DeclKind::BlockFunction && kind == DeclKind::BlockFunction;
            if sloppy_functions {
                return Ok(());
            }
            return Err(already_declared(ident, span));
        }
        // A block's names may not repeat the catch parameters around it.
        if id > 0
            && matches!(self.scopes[id - 1].kind, ScopeKind::Catch { .. })
            && let Some(&(span, _)) = self.scopes[id - 1].names.get(&ident.name)
        {
            return Err(already_declared(ident, span));
        }
        self.scopes[id]
            .names
            .insert(ident.name.clone(), (ident.span, kind));
        self.lexical.entry(ident.name.clone()).or_default().push(id);
        Ok(())
    }

    /// A `var` binding `ident`: it rises to the function's top level, through every block
    /// between, and may not meet a lexical declaration of its name on the way.
    fn declare_var(&mut self, ident: &Ident) -> Check {
        let Some(stack) = self.lexical.get(&ident.name) else {
            return Ok(());
        };
        let top = self.function_scope();
        for &scope in stack.iter().rev().take_while(|&&s| s >= top) {
            let (span, kind) = self.scopes[scope].names[&ident.name];
            let allowed = kind == DeclKind::CatchParam
                && self.scopes[scope].kind == (ScopeKind::Catch { simple: true });
            if !allowed {
                return Err(already_declared(ident, span));
            }
        }
        Ok(())
    }

    /// Declares the lexical names of a statement list on entering its scope (they are visible
    /// from its start). At a function's top level, function declarations are `var`s.
    fn declare_list(&mut self, body: &[Stmt], top_level: bool) -> Check {
        for stmt in body {
            match &stmt.kind {
                StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                    for decl in &d.decls {
                        self.declare_pattern(&decl.target, DeclKind::Lexical)?;
                    }
                }
                StmtKind::ClassDecl(c) => {
                    if let Some(name) = &c.name {
                        self.declare(name, DeclKind::Lexical)?;
                    }
                }
                StmtKind::FunctionDecl(f) if !top_level => {
                    if let Some(name) = &f.name {
                        let kind = if f.suspends() {
                            DeclKind::Lexical
                        } else {
                            DeclKind::BlockFunction
                        };
                        self.declare(name, kind)?;
                    }
                }
                _ => {}
            }
        }
        if top_level {
            // Functions at the top level are `var`s: they may not meet a lexical name there.
            for stmt in body {
                if let StmtKind::FunctionDecl(f) = &stmt.kind
                    && let Some(name) = &f.name
                {
                    self.declare_var(name)?;
                }
            }
        }
        Ok(())
    }

    fn declare_pattern(&mut self, pattern: &Pattern, kind: DeclKind) -> Check {
        let mut names = Vec::new();
        pattern.bound_names(&mut names);
        for id in names {
            self.declare(id, kind)?;
        }
        Ok(())
    }

    fn block(&mut self, body: &[Stmt]) -> Check {
        self.enter_scope(ScopeKind::Block);
        self.declare_list(body, false)?;
        self.stmts(body)?;
        self.leave_scope();
        Ok(())
    }

    // ---- statements ----

    fn stmts(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Check {
        self.guarded(|c| c.stmt_inner(stmt))
    }

    /// A statement that stands alone (an `if`'s branch, a loop's body, a label's statement),
    /// where node accepts a declaration only in the cases Annex B allows.
    fn sub_stmt(&mut self, stmt: &Stmt, position: Position) -> Check {
        match &stmt.kind {
            StmtKind::FunctionDecl(f) => {
                let message = if f.is_async {
                    msg::ASYNC_FUNCTION_IN_SINGLE_STATEMENT
                } else if position == Position::LoopBody || self.strict() {
                    self.function_in_statement_message()
                } else if f.is_generator {
                    msg::GENERATOR_IN_SINGLE_STATEMENT
                } else {
                    // Annex B: a sloppy `if (x) function f() {}` (or `label: function f() {}`)
                    // is a function in a block of its own.
                    self.enter_scope(ScopeKind::Block);
                    let result = self.stmt(stmt);
                    self.leave_scope();
                    return result;
                };
                Err(at(message, f.span, "declare it inside a block"))
            }
            StmtKind::ClassDecl(c) => Err(at(
                msg::CLASS_IN_SINGLE_STATEMENT,
                c.span,
                "declare it inside a block",
            )),
            StmtKind::Labeled { label, body } if position != Position::Labelled => {
                // A labelled function is allowed only where the label statement itself could
                // be a declaration.
                if let StmtKind::FunctionDecl(f) = &innermost_labelled(body).kind {
                    let message = if f.is_async {
                        msg::ASYNC_FUNCTION_IN_SINGLE_STATEMENT
                    } else {
                        self.function_in_statement_message()
                    };
                    return Err(at(message, f.span, "declare it inside a block"));
                }
                self.labelled(label, body)
            }
            _ => self.stmt(stmt),
        }
    }

    fn function_in_statement_message(&self) -> &'static str {
        if self.strict() {
            msg::FUNCTION_IN_SINGLE_STATEMENT_STRICT
        } else {
            msg::FUNCTION_IN_SINGLE_STATEMENT_SLOPPY
        }
    }

    fn stmt_inner(&mut self, stmt: &Stmt) -> Check {
        match &stmt.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::VarDecl(d) => self.var_decl(d),
            StmtKind::FunctionDecl(f) => self.function(f, FunctionRole::Plain),
            StmtKind::ClassDecl(c) => self.class(c),
            StmtKind::Return(e) => {
                if !self.frame().in_function {
                    return Err(at(
                        msg::ILLEGAL_RETURN,
                        stmt.span,
                        "only allowed inside a function",
                    ));
                }
                e.as_ref().map_or(Ok(()), |e| self.expr(e))
            }
            StmtKind::If {
                test,
                then,
                otherwise,
            } => {
                self.expr(test)?;
                self.sub_stmt(then, Position::IfBody)?;
                otherwise
                    .as_ref()
                    .map_or(Ok(()), |s| self.sub_stmt(s, Position::IfBody))
            }
            StmtKind::Block(b) => self.block(&b.body),
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::ForInOf(f) => self.for_in_of(f),
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test)?;
                self.in_loop(|c| c.sub_stmt(body, Position::LoopBody))
            }
            StmtKind::Break(label) => self.check_break(label.as_ref(), stmt.span),
            StmtKind::Continue(label) => self.check_continue(label.as_ref(), stmt.span),
            StmtKind::Empty => Ok(()),
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::Switch(s) => {
                self.expr(&s.discriminant)?;
                self.enter_scope(ScopeKind::Block);
                for case in &s.cases {
                    self.declare_list(&case.body, false)?;
                }
                self.frame_mut().breakables += 1;
                let result = s.cases.iter().try_for_each(|case| {
                    if let Some(t) = &case.test {
                        self.expr(t)?;
                    }
                    self.stmts(&case.body)
                });
                self.frame_mut().breakables -= 1;
                self.leave_scope();
                result
            }
            StmtKind::Labeled { label, body } => self.labelled(label, body),
        }
    }

    fn labelled(&mut self, label: &Ident, body: &Stmt) -> Check {
        self.identifier(label)?;
        if self.frame().labels.iter().any(|(l, _)| *l == label.name) {
            return Err(at(
                msg::label_redeclared(label.name.as_str()),
                label.span,
                "an enclosing statement has this label",
            ));
        }
        self.frame_mut()
            .labels
            .push((label.name.clone(), is_loop(body)));
        let result = self.sub_stmt(body, Position::Labelled);
        self.frame_mut().labels.pop();
        result
    }

    fn in_loop(&mut self, walk: impl FnOnce(&mut Self) -> Check) -> Check {
        self.frame_mut().loops += 1;
        self.frame_mut().breakables += 1;
        let result = walk(self);
        self.frame_mut().loops -= 1;
        self.frame_mut().breakables -= 1;
        result
    }

    /// Whether the innermost statement labelled `name` is a loop; `None` if none is labelled
    /// so.
    fn label_is_loop(&self, name: &Name) -> Option<bool> {
        let labels = &self.frame().labels;
        labels.iter().rev().find(|(l, _)| l == name).map(|l| l.1)
    }

    /// `break` needs an enclosing loop or switch; `break label` an enclosing label.
    fn check_break(&self, label: Option<&Ident>, span: Span) -> Check {
        match label {
            None if self.frame().breakables == 0 => {
                Err(at(msg::ILLEGAL_BREAK, span, "not inside a loop or switch"))
            }
            Some(l) if self.label_is_loop(&l.name).is_none() => Err(at(
                msg::undefined_label(l.name.as_str()),
                l.span,
                msg::NO_SUCH_LABEL,
            )),
            _ => Ok(()),
        }
    }

    /// `continue` needs an enclosing loop; `continue label` a label on a loop.
    fn check_continue(&self, label: Option<&Ident>, span: Span) -> Check {
        match label {
            None if self.frame().loops == 0 => {
                Err(at(msg::ILLEGAL_CONTINUE, span, "not inside a loop"))
            }
            None => Ok(()),
            Some(l) => match self.label_is_loop(&l.name) {
                None => Err(at(
                    msg::undefined_label(l.name.as_str()),
                    l.span,
                    msg::NO_SUCH_LABEL,
                )),
                Some(false) => Err(at(
                    msg::continue_not_a_loop(l.name.as_str()),
                    l.span,
                    "this label is not on a loop",
                )),
                Some(true) => Ok(()),
            },
        }
    }

    fn var_decl(&mut self, d: &VarDecl) -> Check {
        for decl in &d.decls {
            self.binding_pattern(&decl.target)?;
            if d.kind == VarKind::Var {
                let mut names = Vec::new();
                decl.target.bound_names(&mut names);
                for id in names {
                    self.declare_var(id)?;
                }
            }
            if let Some(init) = &decl.init {
                self.expr(init)?;
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &ForStmt) -> Check {
        self.enter_scope(ScopeKind::Block);
        let result = (|| {
            match &f.init {
                Some(ForInit::VarDecl(d)) => {
                    if d.kind != VarKind::Var {
                        for decl in &d.decls {
                            self.declare_pattern(&decl.target, DeclKind::Lexical)?;
                        }
                    }
                    self.var_decl(d)?;
                }
                Some(ForInit::Expr(e)) => self.expr(e)?,
                None => {}
            }
            if let Some(t) = &f.test {
                self.expr(t)?;
            }
            if let Some(u) = &f.update {
                self.expr(u)?;
            }
            self.in_loop(|c| c.sub_stmt(&f.body, Position::LoopBody))
        })();
        self.leave_scope();
        result
    }

    fn for_in_of(&mut self, f: &ForInOfStmt) -> Check {
        self.expr(&f.right)?;
        self.enter_scope(ScopeKind::Block);
        let result = (|| {
            match f.decl {
                Some(VarKind::Let | VarKind::Const) => {
                    self.declare_pattern(&f.target, DeclKind::Lexical)?;
                    self.binding_pattern(&f.target)?;
                }
                Some(VarKind::Var) => {
                    self.binding_pattern(&f.target)?;
                    let mut names = Vec::new();
                    f.target.bound_names(&mut names);
                    for id in names {
                        // Annex B lets `var e` share a simple catch parameter's name; node
                        // extends that to a `for (var e of …)` head.
                        self.declare_var(id)?;
                    }
                }
                None => match &f.target {
                    Pattern::Ident(_) => self.pattern(&f.target, PatternUse::NameAssignment)?,
                    _ => self.assignment_pattern(&f.target)?,
                },
            }
            self.in_loop(|c| c.sub_stmt(&f.body, Position::LoopBody))
        })();
        self.leave_scope();
        result
    }

    fn try_stmt(&mut self, t: &TryStmt) -> Check {
        self.block(&t.block.body)?;
        if let Some(h) = &t.handler {
            let simple = matches!(h.param, None | Some(Pattern::Ident(_)));
            self.enter_scope(ScopeKind::Catch { simple });
            let result = (|| {
                if let Some(param) = &h.param {
                    self.binding_pattern(param)?;
                    self.declare_pattern(param, DeclKind::CatchParam)?;
                }
                self.block(&h.body.body)
            })();
            self.leave_scope();
            result?;
        }
        t.finalizer.as_ref().map_or(Ok(()), |f| self.block(&f.body))
    }

    // ---- names ----

    /// An identifier in code of the current strictness.
    fn identifier(&self, id: &Ident) -> Check {
        if self.strict() && is_strict_reserved(&id.name) {
            return Err(at(
                msg::STRICT_RESERVED_WORD,
                id.span,
                "reserved in strict mode",
            ));
        }
        if self.frame().field_initializer && is(&id.name, "arguments") {
            return Err(at(
                msg::ARGUMENTS_IN_FIELD_INITIALIZER,
                id.span,
                "not allowed here",
            ));
        }
        Ok(())
    }

    /// A name being bound (a declaration, parameter or `catch` parameter), in code that is
    /// strict or not as `strict` says.
    fn binding_name_in(&self, id: &Ident, strict: bool) -> Check {
        if strict && is_eval_or_arguments(&id.name) {
            return Err(at(
                msg::STRICT_EVAL_OR_ARGUMENTS,
                id.span,
                "cannot be bound in strict mode",
            ));
        }
        if strict && is_strict_reserved(&id.name) {
            return Err(at(
                msg::STRICT_RESERVED_WORD,
                id.span,
                "reserved in strict mode",
            ));
        }
        Ok(())
    }

    /// The names and expressions of a binding pattern (declarations, parameters, `catch`).
    fn binding_pattern(&mut self, pattern: &Pattern) -> Check {
        self.guarded(|c| c.pattern(pattern, PatternUse::Binding))
    }

    /// The targets and expressions of an assignment pattern (`[a, b] = …`, a `for (x of …)`
    /// head).
    fn assignment_pattern(&mut self, pattern: &Pattern) -> Check {
        self.guarded(|c| c.pattern(pattern, PatternUse::Assignment))
    }

    fn pattern(&mut self, pattern: &Pattern, usage: PatternUse) -> Check {
        match pattern {
            Pattern::Ident(id) => match usage {
                PatternUse::Binding => self.binding_name_in(id, self.strict()),
                PatternUse::Assignment | PatternUse::NameAssignment => {
                    self.identifier(id)?;
                    if self.strict() && is_eval_or_arguments(&id.name) {
                        let message = if usage == PatternUse::NameAssignment {
                            msg::STRICT_EVAL_OR_ARGUMENTS
                        } else {
                            msg::INVALID_DESTRUCTURING_TARGET
                        };
                        return Err(at(message, id.span, "cannot be assigned in strict mode"));
                    }
                    Ok(())
                }
            },
            Pattern::Member(e) => self.expr(e),
            Pattern::Array(a) => {
                for el in a.elements.iter().flatten() {
                    self.guarded(|c| c.pattern(&el.target, usage))?;
                    if let Some(d) = &el.default {
                        self.expr(d)?;
                    }
                }
                a.rest
                    .as_ref()
                    .map_or(Ok(()), |r| self.guarded(|c| c.pattern(r, usage)))
            }
            Pattern::Object(o) => {
                for p in &o.props {
                    if let PropKey::Computed(k) = &p.key {
                        self.expr(k)?;
                    }
                    let shorthand = matches!(&p.target, Pattern::Ident(id)
                        if id.span.start == p.span.start);
                    let usage = if usage == PatternUse::Assignment && shorthand {
                        PatternUse::NameAssignment
                    } else {
                        usage
                    };
                    self.guarded(|c| c.pattern(&p.target, usage))?;
                    if let Some(d) = &p.default {
                        self.expr(d)?;
                    }
                }
                o.rest
                    .as_ref()
                    .map_or(Ok(()), |r| self.guarded(|c| c.pattern(r, usage)))
            }
        }
    }

    /// The target of `=`, `op=`, `++` or `--`.
    fn simple_target(&mut self, target: &Expr) -> Check {
        if let ExprKind::Ident(id) = &target.kind
            && self.strict()
            && is_eval_or_arguments(&id.name)
        {
            return Err(at(
                msg::STRICT_EVAL_OR_ARGUMENTS,
                id.span,
                "cannot be assigned in strict mode",
            ));
        }
        self.expr(target)
    }

    // ---- functions and classes ----

    fn function(&mut self, f: &Function, role: FunctionRole) -> Check {
        let simple_params = f
            .params
            .iter()
            .all(|p| p.default.is_none() && !p.rest && p.target.as_ident().is_some());
        if f.has_use_strict && !simple_params {
            return Err(at(
                msg::USE_STRICT_WITH_NON_SIMPLE_PARAMS,
                f.span,
                "the parameters are not a plain list",
            ));
        }
        let outer = self.frame();
        let strict = outer.strict || f.has_use_strict || role.is_class_code();
        // Arrows see the `super`, `arguments` rule and `await` of the code around them.
        let frame = if f.is_arrow {
            Frame {
                strict,
                in_function: true,
                in_async: f.is_async,
                in_generator: false,
                super_call: outer.super_call,
                super_property: outer.super_property,
                field_initializer: outer.field_initializer,
                ..Frame::default()
            }
        } else {
            Frame {
                strict,
                in_function: true,
                in_async: f.is_async,
                in_generator: f.is_generator,
                super_call: role == FunctionRole::DerivedConstructor,
                super_property: role != FunctionRole::Plain,
                field_initializer: role == FunctionRole::FieldInitializer,
                ..Frame::default()
            }
        };
        self.frames.push(frame);
        self.enter_scope(ScopeKind::Function);
        let result = self.function_inner(f, role, simple_params);
        self.leave_scope();
        self.frames.pop();
        result
    }

    fn function_inner(&mut self, f: &Function, role: FunctionRole, simple_params: bool) -> Check {
        let strict = self.strict();
        // The name is bound as strictly as the function's own code is.
        if !f.is_arrow
            && f.has_own_name
            && let Some(name) = &f.name
        {
            self.binding_name_in(name, strict)?;
        }
        let unique_params = strict || f.is_arrow || role != FunctionRole::Plain || !simple_params;
        let mut names = Vec::new();
        for p in &f.params {
            p.target.bound_names(&mut names);
        }
        if unique_params {
            let mut seen = HashSet::new();
            if let Some(dup) = names.iter().find(|n| !seen.insert(n.name.clone())) {
                return Err(at(
                    msg::DUPLICATE_PARAMETER,
                    dup.span,
                    "this name is already a parameter",
                ));
            }
        }
        for p in &f.params {
            self.binding_pattern(&p.target)?;
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        match &f.body {
            FunctionBody::Block(body) => {
                self.declare_list(body, true)?;
                self.stmts(body)
            }
            FunctionBody::Expr(e) => self.expr(e),
        }
    }

    fn class(&mut self, c: &Class) -> Check {
        // A class's code is strict, its name included.
        if let Some(name) = &c.name {
            self.binding_name_in(name, true)?;
        }
        let outer = self.frame();
        let frame = Frame {
            strict: true,
            in_function: outer.in_function,
            in_async: outer.in_async,
            in_generator: outer.in_generator,
            super_call: outer.super_call,
            super_property: outer.super_property,
            field_initializer: outer.field_initializer,
            ..Frame::default()
        };
        self.frames.push(frame);
        let result = self.class_inner(c);
        self.frames.pop();
        result
    }

    /// The heritage, methods and fields of a class, in its strict frame (the heritage
    /// expression sees the `await`, `yield` and `super` of the code around).
    fn class_inner(&mut self, c: &Class) -> Check {
        if let Some(e) = &c.extends {
            self.expr(e)?;
        }
        let constructor_role = if c.extends.is_some() {
            FunctionRole::DerivedConstructor
        } else {
            FunctionRole::Method
        };
        self.function(&c.constructor, constructor_role)?;
        for m in &c.members {
            match m {
                ClassMember::Method { prop, .. } => self.property(prop, FunctionRole::Method)?,
                ClassMember::Field { key, init, .. } => {
                    if let PropKey::Computed(k) = key {
                        self.expr(k)?;
                    }
                    if let Some(f) = init {
                        self.function(f, FunctionRole::FieldInitializer)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn property(&mut self, p: &Property, method_role: FunctionRole) -> Check {
        if let PropKey::Computed(k) = &p.key {
            self.expr(k)?;
        }
        match &p.value {
            PropValue::Init(v) => self.expr(v),
            PropValue::Method(f) | PropValue::Getter(f) | PropValue::Setter(f) => {
                self.function(f, method_role)
            }
            PropValue::CoverInit(_) => Err(at(
                msg::SHORTHAND_INITIALIZER,
                p.span,
                "`=` is only allowed here in a destructuring pattern",
            )),
        }
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) -> Check {
        self.guarded(|c| c.expr_inner(e))
    }

    /// A chain of binary or logical operators (`a + b - c`) nests as deep as it is long: its
    /// operands are checked in source order without recursing down the chain.
    fn operator_chain(&mut self, e: &Expr) -> Check {
        let mut rights = Vec::new();
        let mut leftmost = e;
        while let ExprKind::Binary(_, left, right, _) | ExprKind::Logical(_, left, right) =
            &leftmost.kind
        {
            rights.push(&**right);
            leftmost = left;
        }
        self.expr(leftmost)?;
        rights.into_iter().rev().try_for_each(|r| self.expr(r))
    }

    fn expr_inner(&mut self, e: &Expr) -> Check {
        match &e.kind {
            ExprKind::Number(_) => self.number_literal(e.span),
            ExprKind::String(_) => self.string_literal(e.span),
            ExprKind::Bool(_) | ExprKind::Null | ExprKind::This => Ok(()),
            ExprKind::Ident(id) => self.identifier(id),
            ExprKind::Array(items) => items.iter().flatten().try_for_each(|i| self.expr(i)),
            ExprKind::Object(props) => props
                .iter()
                .try_for_each(|p| self.property(p, FunctionRole::Method)),
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function(f, FunctionRole::Plain),
            ExprKind::Class(c) => self.class(c),
            ExprKind::SuperCall(args) => {
                if !self.frame().super_call {
                    return Err(at(
                        msg::UNEXPECTED_SUPER,
                        e.span,
                        "`super(…)` is only allowed in the constructor of a class that extends another",
                    ));
                }
                args.iter().try_for_each(|a| self.expr(a))
            }
            ExprKind::SuperMember(property) => {
                if !self.frame().super_property {
                    return Err(at(
                        msg::UNEXPECTED_SUPER,
                        e.span,
                        "`super.x` is only allowed in methods",
                    ));
                }
                match property {
                    MemberProp::Computed(k) => self.expr(k),
                    MemberProp::Named(..) => Ok(()),
                }
            }
            ExprKind::Unary(UnaryOp::Delete, operand) => {
                if self.strict()
                    && let ExprKind::Ident(_) = operand.kind
                {
                    return Err(at(
                        msg::STRICT_DELETE_IDENTIFIER,
                        e.span,
                        "delete a property instead",
                    ));
                }
                self.expr(operand)
            }
            ExprKind::Unary(_, a) | ExprKind::Spread(a) => self.expr(a),
            ExprKind::Update { target, .. } => self.simple_target(target),
            ExprKind::Binary(..) | ExprKind::Logical(..) => self.operator_chain(e),
            ExprKind::Assign { target, value, .. } => {
                self.simple_target(target)?;
                self.expr(value)
            }
            ExprKind::AssignPattern { pattern, value } => {
                self.assignment_pattern(pattern)?;
                self.expr(value)
            }
            ExprKind::Conditional {
                test,
                then,
                otherwise,
            } => {
                self.expr(test)?;
                self.expr(then)?;
                self.expr(otherwise)
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee)?;
                args.iter().try_for_each(|a| self.expr(a))
            }
            ExprKind::OptionalChain(chain) => self.expr(chain),
            ExprKind::Member {
                object, property, ..
            } => {
                self.expr(object)?;
                match property {
                    MemberProp::Computed(k) => self.expr(k),
                    MemberProp::Named(..) => Ok(()),
                }
            }
            ExprKind::Sequence(items) | ExprKind::Template { exprs: items, .. } => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Yield { argument, .. } => {
                if !self.frame().in_generator {
                    // Outside a generator `yield` is an identifier in sloppy code, so node
                    // trips over what follows it.
                    let (message, span) = match argument {
                        Some(a) => (msg::unexpected_start(&a.kind), a.span),
                        None => ("Unexpected identifier 'yield'".to_string(), e.span),
                    };
                    return Err(at(message, span, "`yield` only works in a function*"));
                }
                argument.as_ref().map_or(Ok(()), |a| self.expr(a))
            }
            ExprKind::Await(argument) => {
                if !self.frame().in_async {
                    return Err(at(
                        msg::AWAIT_OUTSIDE_ASYNC,
                        e.span,
                        "`await` only works in an async function",
                    ));
                }
                self.expr(argument)
            }
        }
    }

    /// Strict code has no legacy octal (`010`) or leading-zero decimal (`08`) literals.
    fn number_literal(&self, span: Span) -> Check {
        if !self.strict() {
            return Ok(());
        }
        let raw = self.raw(span).as_bytes();
        if raw.len() > 1 && raw[0] == b'0' && raw[1].is_ascii_digit() {
            let octal = raw.iter().all(|b| (b'0'..=b'7').contains(b));
            let message = if octal {
                msg::STRICT_OCTAL_LITERAL
            } else {
                msg::STRICT_LEADING_ZERO
            };
            return Err(at(message, span, "not allowed in strict mode"));
        }
        Ok(())
    }

    /// Strict code has no octal escapes (`"\1"`, `"\08"`) and no `\8` or `\9`.
    fn string_literal(&self, span: Span) -> Check {
        if !self.strict() {
            return Ok(());
        }
        let raw = self.raw(span).as_bytes();
        if !matches!(raw.first(), Some(b'"' | b'\'')) {
            return Ok(());
        }
        let mut i = 1;
        while i + 1 < raw.len() {
            if raw[i] != b'\\' {
                i += 1;
                continue;
            }
            let message = match (raw[i + 1], raw.get(i + 2)) {
                (b'0', Some(next)) if next.is_ascii_digit() => Some(msg::STRICT_OCTAL_ESCAPE),
                (b'1'..=b'7', _) => Some(msg::STRICT_OCTAL_ESCAPE),
                (b'8' | b'9', _) => Some(msg::STRICT_EIGHT_OR_NINE_ESCAPE),
                _ => None,
            };
            if let Some(message) = message {
                let at_escape = Span::new(span.start as usize + i, span.start as usize + i + 2);
                return Err(at(message, at_escape, "not allowed in strict mode"));
            }
            i += 2;
        }
        Ok(())
    }

    fn raw(&self, span: Span) -> &'a str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

/// What a function is to the code around it, for `super` and the strictness of class code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FunctionRole {
    Plain,
    /// An object literal's or a class's method, getter or setter (`super.x` allowed, unique
    /// parameters).
    Method,
    /// The constructor of a class with `extends` (`super(…)` allowed).
    DerivedConstructor,
    FieldInitializer,
}

impl FunctionRole {
    fn is_class_code(self) -> bool {
        matches!(
            self,
            FunctionRole::DerivedConstructor | FunctionRole::FieldInitializer
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PatternUse {
    Binding,
    Assignment,
    /// A bare name as the whole target (`{ eval } = …`, `for (eval in …)`), where node words
    /// the error as for `eval = …`.
    NameAssignment,
}

fn is_loop(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::For(_) | StmtKind::ForInOf(_) | StmtKind::While { .. } | StmtKind::DoWhile { .. }
    )
}

/// The statement under a chain of labels (`a: b: S` → `S`).
fn innermost_labelled(mut stmt: &Stmt) -> &Stmt {
    while let StmtKind::Labeled { body, .. } = &stmt.kind {
        stmt = body;
    }
    stmt
}

fn at(message: impl Into<String>, span: Span, label: &str) -> SyntaxError {
    SyntaxError::new(message, span, label)
}

/// node points at the later of the two declarations.
fn already_declared(ident: &Ident, other: Span) -> SyntaxError {
    let span = if other.start > ident.span.start {
        other
    } else {
        ident.span
    };
    SyntaxError::new(
        format!("Identifier '{}' has already been declared", ident.name),
        span,
        "declared again here",
    )
}

#[cfg(test)]
mod tests {
    use crate::syntax::parser::parse;

    fn check(source: &str) -> Result<(), String> {
        let program = parse(source, 1000).map_err(|e| format!("parse: {}", e.message))?;
        super::check(&program, source).map_err(|e| e.message)
    }

    /// Each program and the message node v20 reports for it (from `node file.js`).
    #[test]
    fn rejects_what_node_rejects_in_its_words() {
        let cases = [
            (
                "{ async function f() {} async function f() {} }",
                "Identifier 'f' has already been declared",
            ),
            (
                "'use strict'; { function f() {} function f() {} }",
                "Identifier 'f' has already been declared",
            ),
            (
                "{ async function f() {} var f }",
                "Identifier 'f' has already been declared",
            ),
            (
                "{ class f {} var f }",
                "Identifier 'f' has already been declared",
            ),
            (
                "function x() { { let y; } var y; { var z; let z; } }",
                "Identifier 'z' has already been declared",
            ),
            (
                "switch (0) { case 1: let f; default: var f }",
                "Identifier 'f' has already been declared",
            ),
            (
                "for (let x;;) { var x }",
                "Identifier 'x' has already been declared",
            ),
            (
                "{ var a; function a() {} }",
                "Identifier 'a' has already been declared",
            ),
            (
                "try { } catch ([x, x]) {}",
                "Identifier 'x' has already been declared",
            ),
            (
                "try { } catch (e) { let e; }",
                "Identifier 'e' has already been declared",
            ),
            (
                "try { } catch ([e]) { var e; }",
                "Identifier 'e' has already been declared",
            ),
            ("if (true) class C {} else ;", "Unexpected token 'class'"),
            (
                "if (true) async function f() {}",
                "Async functions can only be declared at the top level or inside a block.",
            ),
            (
                "'use strict'; if (true) function f() {}",
                "In strict mode code, functions can only be declared at top level or inside a block.",
            ),
            (
                "while (false) function f() {}",
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
            ),
            (
                "if (1) label: function f() {}",
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
            ),
            (
                "if (1) function* g() {}",
                "Generators can only be declared at the top level or inside a block.",
            ),
            (
                "label: async function f() {}",
                "Async functions can only be declared at the top level or inside a block.",
            ),
            (
                "var C = class { x = () => arguments; }",
                "'arguments' is not allowed in class field initializer or static initialization block",
            ),
            (
                "'use strict'; var arguments;",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "'use strict'; eval += 1;",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "'use strict'; arguments++;",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "'use strict'; [eval] = [1];",
                "Invalid destructuring assignment target",
            ),
            (
                "'use strict'; ({ eval } = {});",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "'use strict'; for (eval in {}) ;",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "function eval() { 'use strict' }",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "class C { static m(eval) {} }",
                "Unexpected eval or arguments in strict mode",
            ),
            (
                "'use strict'; function f(a, a) {}",
                "Duplicate parameter name not allowed in this context",
            ),
            (
                "({ foo(a, a) {} });",
                "Duplicate parameter name not allowed in this context",
            ),
            (
                "function f(x = 1) { 'use strict' }",
                "Illegal 'use strict' directive in function with non-simple parameter list",
            ),
            (
                "'use strict'; 010;",
                "Octal literals are not allowed in strict mode.",
            ),
            (
                "'use strict'; 08;",
                "Decimals with leading zeros are not allowed in strict mode.",
            ),
            (
                "function f() { '\\1'; 'use strict'; }",
                "Octal escape sequences are not allowed in strict mode.",
            ),
            (
                "'use strict'; '\\8';",
                "\\8 and \\9 are not allowed in strict mode.",
            ),
            (
                "'use strict'; var public = 1;",
                "Unexpected strict mode reserved word",
            ),
            (
                "'use strict'; implements: ;",
                "Unexpected strict mode reserved word",
            ),
            (
                "'use strict'; delete x;",
                "Delete of an unqualified identifier in strict mode.",
            ),
            ("a: { a: ; }", "Label 'a' has already been declared"),
            ("return 1", "Illegal return statement"),
            (
                "x: while (1) { (() => { break x; })(); }",
                "Undefined label 'x'",
            ),
        ];
        for (source, message) in cases {
            assert_eq!(check(source), Err(message.to_string()), "{source}");
        }
    }

    /// Programs node v20 runs (sloppy code and Annex B allowances).
    #[test]
    fn accepts_what_node_accepts() {
        for source in [
            "{ function f() {} function f() {} }",
            "switch (0) { case 1: function f() {} case 2: function f() {} }",
            "if (true) function f() {}",
            "label: function g() {}",
            "try {} catch (e) { var e; }",
            "try {} catch (e) { for (var e of []) ; }",
            "function f(a, a) {}",
            "async function f(a, a) {}",
            "var o = { eval() {} }, eval = 1; eval++;",
            "'use strict'; o.public = 1; '\\0';",
            "a: ; a: ;",
            "class C { x = function () { arguments } }",
            "var static = 2, implements = 3;",
            "function f() { var a; { var a; } } let b; { let b; }",
        ] {
            assert_eq!(check(source), Ok(()), "{source}");
        }
    }
}
