//! The scope-resolution pass: binds every identifier to its declaration before anything runs.
//!
//! It walks the program once to build a tree of scopes (script, functions, blocks, loop heads,
//! catch clauses), hoisting `var` and function declarations and noting which bindings are
//! captured by an inner function. It then decides the run-time layout:
//! - function and script scopes always get an environment;
//! - a block-like scope gets an environment of its own only if a closure captures one of its
//!   bindings (so each entry — each loop iteration — needs fresh storage); otherwise its
//!   bindings become extra slots of the enclosing environment and cost nothing at run time;
//! - every identifier gets `Res::Local { hops, slot }` (environments to walk up, slot index) or
//!   `Res::Global` when nothing declares it.
//!
//! Invariant the evaluator relies on: while code of scope S runs, the current environment is
//! the one of S's nearest materialized ancestor (or S itself), and walking `hops` parents from
//! it reaches the binding's environment.
//!
//! The walk takes time linear in the program, however deeply it nests: a name is looked up in
//! a table of the bindings visible at the current point (kept as scopes are entered and left),
//! not by walking up the scopes. It recurses through the stack guard, and stops with node's
//! `RangeError: Maximum call stack size exceeded` past `max_nesting` levels (a chain of binary
//! operators counts as one level).

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::syntax::ast::*;
use crate::syntax::diagnostics::SyntaxError;

/// The top-level bindings of a script, kept between REPL inputs so a later input sees the
/// `let`/`const`/functions of an earlier one.
#[derive(Debug, Default)]
pub struct GlobalScope {
    names: HashMap<Name, (u32, BindingKind)>,
    slot_count: u32,
}

impl GlobalScope {
    /// Slots the top-level environment needs.
    pub fn slot_count(&self) -> u32 {
        self.slot_count
    }

    /// The names declared at the top level so far (the REPL completes them).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.keys().map(|n| n.as_str())
    }

    /// The top-level slot holding `name`, if it is declared.
    pub fn slot_of(&self, name: &str) -> Option<u32> {
        self.names.get(&Name::from(name)).map(|&(slot, _)| slot)
    }

    /// Every top-level binding: its name, slot, and whether it may be assigned (not `const`).
    pub fn bindings(&self) -> impl Iterator<Item = (&Name, u32, bool)> {
        self.names
            .iter()
            .map(|(name, &(slot, kind))| (name, slot, kind != BindingKind::Const))
    }
}

/// Resolves every identifier of `program`, recording layouts in the AST's cells. Statements
/// and expressions may nest `max_nesting` levels deep.
pub fn resolve(
    program: &Program,
    globals: &mut GlobalScope,
    max_nesting: usize,
) -> Result<(), SyntaxError> {
    let mut r = Resolver {
        max_nesting,
        ..Resolver::default()
    };
    let script = r.push_scope(ScopeKind::Script, None, Target::Program(program));
    r.inherit_globals(script, globals);
    r.declare_hoisted(&program.body, script, true)?;
    r.walk_stmts(&program.body, script)?;
    r.leave_scope(script);
    program.has_top_level_await.set(r.top_level_await);
    r.finish(globals);
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ScopeKind {
    Script,
    Function,
    Block,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BindingKind {
    Var,
    Let,
    Const,
    Function,
    Param,
    Catch,
    SelfName,
}

impl BindingKind {
    fn is_lexical(self) -> bool {
        matches!(self, BindingKind::Let | BindingKind::Const)
    }
}

/// Where a scope's layout is written when resolution finishes.
enum Target<'a> {
    Program(&'a Program),
    Function(&'a Function),
    Block(&'a OnceCell<ScopeLayout>),
}

struct Scope<'a> {
    kind: ScopeKind,
    parent: Option<usize>,
    /// The nearest function or script scope: the scope itself, or its parent's.
    function: usize,
    names: HashMap<Name, usize>,
    bindings: Vec<usize>,
    target: Target<'a>,
    has_function_decls: bool,
    // Decided in `finish`:
    materialized: bool,
    env_depth: u32,
    home: usize,
    first_slot: u32,
    slot_count: u32,
}

struct Binding {
    name: Name,
    scope: usize,
    kind: BindingKind,
    captured: bool,
    slot: u32,
    /// Declared by an earlier REPL input; a new declaration replaces it.
    inherited: bool,
}

#[derive(Default)]
struct Resolver<'a> {
    /// How many functions the walk is inside (0: the script's top level).
    function_depth: usize,
    /// The script's top level (not a function in it) uses `await`.
    top_level_await: bool,
    scopes: Vec<Scope<'a>>,
    bindings: Vec<Binding>,
    /// (identifier, the scope it occurs in, the binding it names — `None` for globals)
    refs: Vec<(&'a Ident, usize, Option<usize>)>,
    /// For each name, the bindings of it in the scopes entered and not yet left, innermost
    /// last: the last one is what the name means at the current point of the walk.
    visible: HashMap<Name, Vec<usize>>,
    /// How many statements, expressions and patterns the walk is inside.
    depth: usize,
    max_nesting: usize,
}

fn already_declared(ident: &Ident) -> SyntaxError {
    SyntaxError::new(
        format!("Identifier '{}' has already been declared", ident.name),
        ident.span,
        "declared again here",
    )
}

impl<'a> Resolver<'a> {
    /// Enters a new scope inside `parent` (the innermost scope entered and not left).
    fn push_scope(&mut self, kind: ScopeKind, parent: Option<usize>, target: Target<'a>) -> usize {
        let id = self.scopes.len();
        let function = match (kind, parent) {
            (ScopeKind::Block, Some(p)) => self.scopes[p].function,
            _ => id,
        };
        self.scopes.push(Scope {
            kind,
            parent,
            function,
            names: HashMap::new(),
            bindings: Vec::new(),
            target,
            has_function_decls: false,
            materialized: false,
            env_depth: 0,
            home: 0,
            first_slot: 0,
            slot_count: 0,
        });
        id
    }

    /// Leaves scope `id`, the innermost one entered: its bindings stop being visible.
    fn leave_scope(&mut self, id: usize) {
        for &b in self.scopes[id].bindings.iter().rev() {
            let shadowed = self.visible.get_mut(&self.bindings[b].name);
            let popped = shadowed.and_then(|v| v.pop());
            debug_assert_eq!(popped, Some(b), "scopes are left innermost first");
        }
    }

    /// Adds a new binding of `name` to `scope` (the innermost scope entered), visible from now.
    fn add_binding(
        &mut self,
        scope: usize,
        name: &Name,
        kind: BindingKind,
        slot: u32,
        inherited: bool,
    ) -> usize {
        let id = self.bindings.len();
        self.bindings.push(Binding {
            name: name.clone(),
            scope,
            kind,
            captured: false,
            slot,
            inherited,
        });
        self.scopes[scope].names.insert(name.clone(), id);
        self.scopes[scope].bindings.push(id);
        self.visible.entry(name.clone()).or_default().push(id);
        id
    }

    /// Makes the top-level bindings of earlier REPL inputs visible (and redeclarable, as in
    /// node's REPL).
    fn inherit_globals(&mut self, script: usize, globals: &GlobalScope) {
        for (name, &(slot, kind)) in &globals.names {
            self.add_binding(script, name, kind, slot, true);
        }
    }

    /// Declares `ident` in `scope`, merging with an existing binding where JavaScript allows it
    /// (`var` twice, `var` and a parameter or function) and rejecting it where it does not.
    fn declare(
        &mut self,
        scope: usize,
        ident: &'a Ident,
        kind: BindingKind,
    ) -> Result<usize, SyntaxError> {
        if let Some(&existing) = self.scopes[scope].names.get(&ident.name) {
            let old = self.bindings[existing].kind;
            if self.bindings[existing].inherited {
                self.bindings[existing].inherited = false;
                self.bindings[existing].kind = kind;
                return Ok(existing);
            }
            let clash = kind.is_lexical() || old.is_lexical();
            if clash && old != BindingKind::SelfName {
                return Err(already_declared(ident));
            }
            if matches!(kind, BindingKind::Function) || old == BindingKind::SelfName {
                self.bindings[existing].kind = kind;
            }
            return Ok(existing);
        }
        Ok(self.add_binding(scope, &ident.name, kind, 0, false))
    }

    /// Declares a binding occurrence and records it so its `res` is filled in later.
    fn declare_and_bind(
        &mut self,
        scope: usize,
        ident: &'a Ident,
        kind: BindingKind,
    ) -> Result<(), SyntaxError> {
        let id = self.declare(scope, ident, kind)?;
        self.refs.push((ident, scope, Some(id)));
        Ok(())
    }

    /// Hoists the declarations of a statement list into `scope`: its `let`/`const` and
    /// function declarations, and — when `scope` is a function or the script — every `var`
    /// in nested blocks too.
    fn declare_hoisted(
        &mut self,
        body: &'a [Stmt],
        scope: usize,
        is_function_body: bool,
    ) -> Result<(), SyntaxError> {
        if is_function_body {
            let mut vars = Vec::new();
            collect_vars(body, &mut vars);
            for ident in vars {
                self.declare(scope, ident, BindingKind::Var)?;
            }
        }
        for stmt in body {
            match &stmt.kind {
                StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
                    let kind = if d.kind == VarKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    for decl in &d.decls {
                        self.declare_pattern(scope, &decl.target, kind)?;
                    }
                }
                StmtKind::FunctionDecl(f) => {
                    if let Some(name) = &f.name {
                        self.declare(scope, name, BindingKind::Function)?;
                        self.scopes[scope].has_function_decls = true;
                    }
                }
                StmtKind::ClassDecl(c) => {
                    if let Some(name) = &c.name {
                        self.declare(scope, name, BindingKind::Let)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Records a use of `ident` in `scope` (the innermost scope entered), marking the binding
    /// captured if the use is inside a different function from the declaration.
    fn reference(&mut self, ident: &'a Ident, scope: usize) {
        let binding = self
            .visible
            .get(&ident.name)
            .and_then(|bindings| bindings.last())
            .copied();
        if let Some(b) = binding {
            let declared_in = self.scopes[self.bindings[b].scope].function;
            if declared_in != self.scopes[scope].function {
                self.bindings[b].captured = true;
            }
        }
        self.refs.push((ident, scope, binding));
    }

    /// Runs `walk` one nesting level deeper (on a fresh stack segment when this one runs low);
    /// past `max_nesting` levels, fails with node's error for source nested too deeply.
    fn nested(
        &mut self,
        span: Span,
        walk: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        if self.depth >= self.max_nesting {
            return Err(SyntaxError::too_deep(span));
        }
        self.depth += 1;
        let result = crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || walk(self));
        self.depth -= 1;
        result
    }

    fn walk_stmts(&mut self, stmts: &'a [Stmt], scope: usize) -> Result<(), SyntaxError> {
        for stmt in stmts {
            self.walk_stmt(stmt, scope)?;
        }
        Ok(())
    }

    fn walk_block(&mut self, block: &'a Block, scope: usize) -> Result<(), SyntaxError> {
        let inner = self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&block.scope));
        self.declare_hoisted(&block.body, inner, false)?;
        self.walk_stmts(&block.body, inner)?;
        self.leave_scope(inner);
        Ok(())
    }

    fn walk_stmt(&mut self, stmt: &'a Stmt, scope: usize) -> Result<(), SyntaxError> {
        self.nested(stmt.span, |r| r.walk_stmt_inner(stmt, scope))
    }

    fn walk_stmt_inner(&mut self, stmt: &'a Stmt, scope: usize) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.walk_expr(e, scope),
            StmtKind::VarDecl(d) => self.walk_var_decl(d, scope),
            StmtKind::FunctionDecl(f) => {
                if let Some(name) = &f.name {
                    self.reference(name, scope);
                }
                self.walk_function(f, scope)
            }
            StmtKind::ClassDecl(c) => {
                if let Some(name) = &c.name {
                    self.reference(name, scope);
                }
                self.walk_class(c, scope)
            }
            StmtKind::Return(e) => e.as_ref().map_or(Ok(()), |e| self.walk_expr(e, scope)),
            StmtKind::If {
                test,
                then,
                otherwise,
            } => {
                self.walk_expr(test, scope)?;
                self.walk_stmt(then, scope)?;
                otherwise
                    .as_ref()
                    .map_or(Ok(()), |s| self.walk_stmt(s, scope))
            }
            StmtKind::Block(b) => self.walk_block(b, scope),
            StmtKind::For(f) => self.walk_for(f, scope),
            StmtKind::ForInOf(f) => self.walk_for_in_of(f, scope),
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.walk_expr(test, scope)?;
                self.walk_stmt(body, scope)
            }
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Empty => Ok(()),
            StmtKind::Try(t) => {
                self.walk_block(&t.block, scope)?;
                if let Some(h) = &t.handler {
                    let catch_scope =
                        self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&h.scope));
                    if let Some(param) = &h.param {
                        let mut names = Vec::new();
                        param.bound_names(&mut names);
                        for id in names {
                            self.declare_and_bind(catch_scope, id, BindingKind::Catch)?;
                        }
                        self.walk_pattern(param, catch_scope, false)?;
                    }
                    self.walk_block(&h.body, catch_scope)?;
                    self.leave_scope(catch_scope);
                }
                t.finalizer
                    .as_ref()
                    .map_or(Ok(()), |f| self.walk_block(f, scope))
            }
            StmtKind::Switch(s) => {
                self.walk_expr(&s.discriminant, scope)?;
                let inner = self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&s.scope));
                for case in &s.cases {
                    self.declare_hoisted(&case.body, inner, false)?;
                }
                for case in &s.cases {
                    if let Some(t) = &case.test {
                        self.walk_expr(t, inner)?;
                    }
                    self.walk_stmts(&case.body, inner)?;
                }
                self.leave_scope(inner);
                Ok(())
            }
            StmtKind::Labeled { body, .. } => self.walk_stmt(body, scope),
        }
    }

    fn walk_var_decl(&mut self, d: &'a VarDecl, scope: usize) -> Result<(), SyntaxError> {
        for decl in &d.decls {
            if let Some(init) = &decl.init {
                self.walk_expr(init, scope)?;
            }
            self.walk_pattern(&decl.target, scope, true)?;
        }
        Ok(())
    }

    /// Declares every name a declaration pattern binds.
    fn declare_pattern(
        &mut self,
        scope: usize,
        pattern: &'a Pattern,
        kind: BindingKind,
    ) -> Result<(), SyntaxError> {
        let mut names = Vec::new();
        pattern.bound_names(&mut names);
        for id in names {
            self.declare(scope, id, kind)?;
        }
        Ok(())
    }

    /// Resolves the expressions inside a pattern (defaults, computed keys, member targets) and,
    /// when `names` is true, its names as references (declarations and assignments; parameters
    /// and `catch` bind their names themselves).
    fn walk_pattern(
        &mut self,
        pattern: &'a Pattern,
        scope: usize,
        names: bool,
    ) -> Result<(), SyntaxError> {
        self.nested(pattern.span(), |r| {
            r.walk_pattern_inner(pattern, scope, names)
        })
    }

    fn walk_pattern_inner(
        &mut self,
        pattern: &'a Pattern,
        scope: usize,
        names: bool,
    ) -> Result<(), SyntaxError> {
        match pattern {
            Pattern::Ident(id) => {
                if names {
                    self.reference(id, scope);
                }
                Ok(())
            }
            Pattern::Member(e) => self.walk_expr(e, scope),
            Pattern::Array(a) => {
                for el in a.elements.iter().flatten() {
                    if let Some(d) = &el.default {
                        self.walk_expr(d, scope)?;
                    }
                    self.walk_pattern(&el.target, scope, names)?;
                }
                a.rest
                    .as_ref()
                    .map_or(Ok(()), |r| self.walk_pattern(r, scope, names))
            }
            Pattern::Object(o) => {
                for p in &o.props {
                    if let PropKey::Computed(k) = &p.key {
                        self.walk_expr(k, scope)?;
                    }
                    if let Some(d) = &p.default {
                        self.walk_expr(d, scope)?;
                    }
                    self.walk_pattern(&p.target, scope, names)?;
                }
                o.rest
                    .as_ref()
                    .map_or(Ok(()), |r| self.walk_pattern(r, scope, names))
            }
        }
    }

    fn walk_for(&mut self, f: &'a ForStmt, scope: usize) -> Result<(), SyntaxError> {
        let head = self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&f.scope));
        match &f.init {
            Some(ForInit::VarDecl(d)) => {
                if d.kind != VarKind::Var {
                    let kind = if d.kind == VarKind::Const {
                        BindingKind::Const
                    } else {
                        BindingKind::Let
                    };
                    for decl in &d.decls {
                        self.declare_pattern(head, &decl.target, kind)?;
                    }
                }
                self.walk_var_decl(d, head)?;
            }
            Some(ForInit::Expr(e)) => self.walk_expr(e, head)?,
            None => {}
        }
        if let Some(t) = &f.test {
            self.walk_expr(t, head)?;
        }
        if let Some(u) = &f.update {
            self.walk_expr(u, head)?;
        }
        self.walk_stmt(&f.body, head)?;
        self.leave_scope(head);
        Ok(())
    }

    fn walk_for_in_of(&mut self, f: &'a ForInOfStmt, scope: usize) -> Result<(), SyntaxError> {
        self.walk_expr(&f.right, scope)?;
        let head = self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&f.scope));
        match f.decl {
            Some(VarKind::Let) => self.declare_pattern(head, &f.target, BindingKind::Let)?,
            Some(VarKind::Const) => self.declare_pattern(head, &f.target, BindingKind::Const)?,
            // `var` names were hoisted to the function; an assignment head declares nothing.
            Some(VarKind::Var) | None => {}
        }
        self.walk_pattern(&f.target, head, true)?;
        self.walk_stmt(&f.body, head)?;
        self.leave_scope(head);
        Ok(())
    }

    fn walk_function(&mut self, f: &'a Function, scope: usize) -> Result<(), SyntaxError> {
        self.function_depth += 1;
        let result = self.walk_function_body(f, scope);
        self.function_depth -= 1;
        result
    }

    fn walk_function_body(&mut self, f: &'a Function, scope: usize) -> Result<(), SyntaxError> {
        let fs = self.push_scope(ScopeKind::Function, Some(scope), Target::Function(f));
        for p in &f.params {
            let mut names = Vec::new();
            p.target.bound_names(&mut names);
            for id in names {
                self.declare_and_bind(fs, id, BindingKind::Param)?;
            }
        }
        if let FunctionBody::Block(body) = &f.body {
            self.declare_hoisted(body, fs, true)?;
        }
        if f.has_own_name
            && !f.is_arrow
            && let Some(name) = &f.name
            && !self.scopes[fs].names.contains_key(&name.name)
        {
            self.declare(fs, name, BindingKind::SelfName)?;
        }
        for p in &f.params {
            if let Some(d) = &p.default {
                self.walk_expr(d, fs)?;
            }
            self.walk_pattern(&p.target, fs, false)?;
        }
        match &f.body {
            FunctionBody::Block(body) => self.walk_stmts(body, fs)?,
            FunctionBody::Expr(e) => self.walk_expr(e, fs)?,
        }
        self.leave_scope(fs);
        Ok(())
    }

    fn walk_expr(&mut self, e: &'a Expr, scope: usize) -> Result<(), SyntaxError> {
        self.nested(e.span, |r| r.walk_expr_inner(e, scope))
    }

    /// A chain of binary or logical operators (`a + b - c`) nests to the left as deep as it
    /// is long: its operands are walked in source order at one level, as V8 treats such a
    /// chain as a single n-ary operation (and node compiles very long ones).
    fn walk_operator_chain(&mut self, e: &'a Expr, scope: usize) -> Result<(), SyntaxError> {
        let mut rights = Vec::new();
        let mut leftmost = e;
        while let ExprKind::Binary(_, left, right, _) | ExprKind::Logical(_, left, right) =
            &leftmost.kind
        {
            rights.push(&**right);
            leftmost = left;
        }
        self.walk_expr(leftmost, scope)?;
        rights
            .into_iter()
            .rev()
            .try_for_each(|right| self.walk_expr(right, scope))
    }

    fn walk_expr_inner(&mut self, e: &'a Expr, scope: usize) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::This => Ok(()),
            ExprKind::Ident(id) => {
                self.reference(id, scope);
                Ok(())
            }
            ExprKind::Array(items) => {
                for item in items.iter().flatten() {
                    self.walk_expr(item, scope)?;
                }
                Ok(())
            }
            ExprKind::Object(props) => {
                for p in props {
                    if let PropKey::Computed(k) = &p.key {
                        self.walk_expr(k, scope)?;
                    }
                    match &p.value {
                        PropValue::Init(v) => self.walk_expr(v, scope)?,
                        PropValue::Method(f) | PropValue::Getter(f) | PropValue::Setter(f) => {
                            self.walk_function(f, scope)?
                        }
                        // Rejected by the early-errors pass.
                        PropValue::CoverInit(_) => {}
                    }
                }
                Ok(())
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.walk_function(f, scope),
            ExprKind::Class(c) => self.walk_class(c, scope),
            ExprKind::SuperCall(args) => args.iter().try_for_each(|a| self.walk_expr(a, scope)),
            ExprKind::SuperMember(property) => match property {
                MemberProp::Computed(k) => self.walk_expr(k, scope),
                MemberProp::Named(..) => Ok(()),
            },
            ExprKind::Unary(_, a) | ExprKind::Update { target: a, .. } | ExprKind::Spread(a) => {
                self.walk_expr(a, scope)
            }
            ExprKind::Binary(..) | ExprKind::Logical(..) => self.walk_operator_chain(e, scope),
            ExprKind::Assign { target, value, .. } => {
                self.walk_expr(target, scope)?;
                self.walk_expr(value, scope)
            }
            ExprKind::AssignPattern { pattern, value } => {
                self.walk_pattern(pattern, scope, true)?;
                self.walk_expr(value, scope)
            }
            ExprKind::Conditional {
                test,
                then,
                otherwise,
            } => {
                self.walk_expr(test, scope)?;
                self.walk_expr(then, scope)?;
                self.walk_expr(otherwise, scope)
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.walk_expr(callee, scope)?;
                args.iter().try_for_each(|a| self.walk_expr(a, scope))
            }
            ExprKind::OptionalChain(chain) => self.walk_expr(chain, scope),
            ExprKind::Member {
                object, property, ..
            } => {
                self.walk_expr(object, scope)?;
                match property {
                    MemberProp::Computed(k) => self.walk_expr(k, scope),
                    MemberProp::Named(..) => Ok(()),
                }
            }
            ExprKind::Sequence(items) | ExprKind::Template { exprs: items, .. } => {
                items.iter().try_for_each(|i| self.walk_expr(i, scope))
            }
            ExprKind::Yield { argument, .. } => argument
                .as_ref()
                .map_or(Ok(()), |a| self.walk_expr(a, scope)),
            ExprKind::Await(argument) => {
                if self.function_depth == 0 {
                    self.top_level_await = true;
                }
                self.walk_expr(argument, scope)
            }
        }
    }

    /// A class body: its own scope holds the class's inner name binding; the heritage, computed
    /// keys, methods and field initializers are resolved inside it.
    fn walk_class(&mut self, c: &'a Class, scope: usize) -> Result<(), SyntaxError> {
        let inner = self.push_scope(ScopeKind::Block, Some(scope), Target::Block(&c.scope));
        if let Some(name) = &c.inner_name {
            self.declare_and_bind(inner, name, BindingKind::Const)?;
        }
        if let Some(e) = &c.extends {
            self.walk_expr(e, inner)?;
        }
        self.walk_function(&c.constructor, inner)?;
        for m in &c.members {
            match m {
                ClassMember::Method { prop, .. } => {
                    if let PropKey::Computed(k) = &prop.key {
                        self.walk_expr(k, inner)?;
                    }
                    if let PropValue::Method(f) | PropValue::Getter(f) | PropValue::Setter(f) =
                        &prop.value
                    {
                        self.walk_function(f, inner)?;
                    }
                }
                ClassMember::Field { key, init, .. } => {
                    if let PropKey::Computed(k) = key {
                        self.walk_expr(k, inner)?;
                    }
                    if let Some(f) = init {
                        self.walk_function(f, inner)?;
                    }
                }
            }
        }
        self.leave_scope(inner);
        Ok(())
    }

    /// Decides which scopes get environments, assigns slots and writes every layout and
    /// resolution into the AST.
    fn finish(mut self, globals: &mut GlobalScope) {
        // Scopes were created parents-first, so one forward pass sees each parent decided.
        for id in 0..self.scopes.len() {
            let materialized = match self.scopes[id].kind {
                ScopeKind::Script | ScopeKind::Function => true,
                ScopeKind::Block => self.scopes[id]
                    .bindings
                    .iter()
                    .any(|&b| self.bindings[b].captured),
            };
            let parent = self.scopes[id].parent;
            let parent_depth = parent.map_or(0, |p| self.scopes[p].env_depth);
            let home = if materialized {
                id
            } else {
                self.scopes[parent.expect("block has parent")].home
            };
            let scope = &mut self.scopes[id];
            scope.materialized = materialized;
            scope.env_depth = parent_depth + materialized as u32;
            scope.home = home;
            self.assign_slots(id, globals);
        }
        for (ident, use_scope, binding) in std::mem::take(&mut self.refs) {
            let res = match binding {
                None => Res::Global,
                Some(b) => {
                    let b = &self.bindings[b];
                    let home = self.scopes[b.scope].home;
                    let hops = self.scopes[use_scope].env_depth - self.scopes[home].env_depth;
                    Res::Local {
                        hops,
                        slot: b.slot,
                        mutable: b.kind != BindingKind::Const,
                    }
                }
            };
            ident.res.set(res);
        }
        for id in 0..self.scopes.len() {
            self.write_layout(id, globals);
        }
    }

    fn assign_slots(&mut self, id: usize, globals: &mut GlobalScope) {
        let home = self.scopes[id].home;
        let is_script = self.scopes[id].kind == ScopeKind::Script;
        let mut next = if home == id && !is_script {
            0
        } else {
            self.scopes[home].slot_count
        };
        if is_script {
            next = globals.slot_count;
        }
        self.scopes[id].first_slot = next;
        for i in 0..self.scopes[id].bindings.len() {
            let b = self.scopes[id].bindings[i];
            let binding = &mut self.bindings[b];
            if is_script {
                // A name declared by an earlier REPL input keeps its slot.
                let entry = globals
                    .names
                    .entry(binding.name.clone())
                    .or_insert_with(|| {
                        let slot = globals.slot_count;
                        globals.slot_count += 1;
                        (slot, binding.kind)
                    });
                entry.1 = binding.kind;
                binding.slot = entry.0;
            } else {
                binding.slot = next;
                next += 1;
            }
        }
        if is_script {
            globals.slot_count = globals.slot_count.max(next);
            self.scopes[id].slot_count = globals.slot_count;
        } else if home == id {
            self.scopes[id].slot_count = next;
        } else {
            self.scopes[id].slot_count = next - self.scopes[id].first_slot;
            let total = next;
            if self.scopes[home].kind == ScopeKind::Script {
                globals.slot_count = globals.slot_count.max(total);
            }
            self.scopes[home].slot_count = total;
        }
    }

    fn tdz_slots(&self, id: usize) -> Vec<u32> {
        self.scopes[id]
            .bindings
            .iter()
            .map(|&b| &self.bindings[b])
            .filter(|b| b.kind.is_lexical() && !b.inherited)
            .map(|b| b.slot)
            .collect()
    }

    fn write_layout(&self, id: usize, globals: &GlobalScope) {
        let scope = &self.scopes[id];
        let tdz_slots = self.tdz_slots(id);
        match scope.target {
            Target::Program(p) => {
                let _ = p.scope.set(ScopeLayout {
                    materialized: true,
                    first_slot: 0,
                    slot_count: globals.slot_count,
                    tdz_slots,
                    has_function_decls: scope.has_function_decls,
                });
            }
            Target::Block(cell) => {
                let _ = cell.set(ScopeLayout {
                    materialized: scope.materialized,
                    first_slot: if scope.materialized {
                        0
                    } else {
                        scope.first_slot
                    },
                    slot_count: scope.slot_count,
                    tdz_slots,
                    has_function_decls: scope.has_function_decls,
                });
            }
            Target::Function(f) => {
                let find = |kind: BindingKind| {
                    scope
                        .bindings
                        .iter()
                        .map(|&b| &self.bindings[b])
                        .find(|b| b.kind == kind)
                        .map(|b| b.slot)
                };
                let slot_of = |p: &Param| match p.target.as_ident().map(|id| id.res.get()) {
                    Some(Res::Local { slot, .. }) => Some(slot),
                    None => None,
                    _ => unreachable!("parameters are always bound"),
                };
                let param_slots = f.params.iter().filter(|p| !p.rest).map(slot_of).collect();
                let rest_slot = f.params.iter().find(|p| p.rest).and_then(slot_of);
                let plain_params = f
                    .params
                    .iter()
                    .all(|p| p.default.is_none() && p.target.as_ident().is_some());
                let _ = f.layout.set(FunctionLayout {
                    slot_count: scope.slot_count,
                    param_slots,
                    plain_params,
                    rest_slot,
                    self_slot: find(BindingKind::SelfName),
                    tdz_slots,
                });
            }
        }
    }
}

/// Every `var`-declared name in `body`, looking into nested statements but not functions.
fn collect_vars<'a>(body: &'a [Stmt], out: &mut Vec<&'a Ident>) {
    for stmt in body {
        collect_vars_stmt(stmt, out);
    }
}

fn collect_vars_stmt<'a>(stmt: &'a Stmt, out: &mut Vec<&'a Ident>) {
    crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || match &stmt.kind {
        StmtKind::VarDecl(d) if d.kind == VarKind::Var => {
            d.decls.iter().for_each(|d| d.target.bound_names(out))
        }
        StmtKind::If {
            then, otherwise, ..
        } => {
            collect_vars_stmt(then, out);
            if let Some(o) = otherwise {
                collect_vars_stmt(o, out);
            }
        }
        StmtKind::Block(b) => collect_vars(&b.body, out),
        StmtKind::For(f) => {
            if let Some(ForInit::VarDecl(d)) = &f.init
                && d.kind == VarKind::Var
            {
                d.decls.iter().for_each(|d| d.target.bound_names(out));
            }
            collect_vars_stmt(&f.body, out);
        }
        StmtKind::ForInOf(f) => {
            if f.decl == Some(VarKind::Var) {
                f.target.bound_names(out);
            }
            collect_vars_stmt(&f.body, out);
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::Labeled { body, .. } => collect_vars_stmt(body, out),
        StmtKind::Try(t) => {
            collect_vars(&t.block.body, out);
            if let Some(h) = &t.handler {
                collect_vars(&h.body.body, out);
            }
            if let Some(f) = &t.finalizer {
                collect_vars(&f.body, out);
            }
        }
        StmtKind::Switch(s) => s.cases.iter().for_each(|c| collect_vars(&c.body, out)),
        _ => {}
    })
}
