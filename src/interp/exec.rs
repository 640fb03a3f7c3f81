//! Statement execution: control flow returns a [`Completion`] (never a panic or a Rust
//! unwind), block scopes enter and leave environments as the scope pass laid them out.

use crate::syntax::ast::*;
use crate::value::Value;
use crate::value::heap;

use super::pattern::Source;
use super::{Completion, Interp, JsResult};
use crate::trace::Outcome;
use crate::util::stack::SYNTAX_RED_ZONE;

/// What a loop does after one run of its body.
pub(super) enum LoopStep {
    Next,
    Exit(Completion),
}

impl Interp {
    /// Every level checks the native stack, as `eval_expr` does: statements nest without
    /// expressions in between (`if (a) if (b) …`, blocks in blocks).
    #[inline]
    pub fn exec_stmt(&mut self, stmt: &Stmt) -> JsResult<Completion> {
        self.with_stack(SYNTAX_RED_ZONE, stmt.span, |interp| {
            interp.exec_stmt_here(stmt)
        })
    }

    fn exec_stmt_here(&mut self, stmt: &Stmt) -> JsResult<Completion> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                if self.record_completions {
                    self.last_value = self.eval_expr(e)?;
                } else {
                    self.eval_for_effect(e)?;
                }
                Ok(Completion::Normal)
            }
            StmtKind::VarDecl(d) => {
                self.exec_var_decl(d)?;
                Ok(Completion::Normal)
            }
            // Created when the enclosing scope was entered.
            StmtKind::FunctionDecl(_) | StmtKind::Empty => Ok(Completion::Normal),
            StmtKind::ClassDecl(c) => {
                let class = self.eval_class(c)?;
                if let Some(name) = &c.name {
                    self.assign_binding(name, Value::Object(class), true)?;
                }
                Ok(Completion::Normal)
            }
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.eval_expr(e)?,
                    None => Value::Undefined,
                };
                Ok(Completion::Return(v))
            }
            StmtKind::If {
                test,
                then,
                otherwise,
            } => {
                if self.eval_condition(test)? {
                    self.exec_stmt(then)
                } else if let Some(o) = otherwise {
                    self.exec_stmt(o)
                } else {
                    Ok(Completion::Normal)
                }
            }
            StmtKind::Block(b) => self.exec_block(b),
            StmtKind::For(f) => self.exec_for(f, None),
            StmtKind::ForInOf(f) => self.exec_for_in_of(f, None, stmt.span),
            StmtKind::While { test, body } => self.exec_while(test, body, None),
            StmtKind::DoWhile { body, test } => self.exec_do_while(body, test, None),
            StmtKind::Break(label) => Ok(Completion::Break(label.as_ref().map(|l| l.name.clone()))),
            StmtKind::Continue(label) => {
                Ok(Completion::Continue(label.as_ref().map(|l| l.name.clone())))
            }
            StmtKind::Throw(e) => {
                let v = self.eval_expr(e)?;
                Err(super::Exception::new(v, stmt.span))
            }
            StmtKind::Try(t) => self.exec_try(t),
            StmtKind::Switch(s) => self.exec_switch(s),
            StmtKind::Labeled { label, body } => self.exec_labeled(&label.name, body),
        }
    }

    fn exec_var_decl(&mut self, d: &VarDecl) -> JsResult<()> {
        for decl in &d.decls {
            let value = match &decl.init {
                Some(init) => self.eval_expr(init)?,
                // `var x;` leaves x alone; `let x;` initialises it to undefined.
                None if d.kind == VarKind::Var => continue,
                None => Value::Undefined,
            };
            match &decl.target {
                Pattern::Ident(id) => self.assign_binding(id, value, true)?,
                pattern => {
                    let source = decl.init.as_ref().map_or(Source::Argument, Source::Expr);
                    self.bind_pattern(pattern, value, true, source)?
                }
            }
        }
        Ok(())
    }

    /// Enters a block-like scope: a fresh environment if materialized, else its slots of the
    /// current one reset to the dead zone. Returns the environment to restore on exit.
    pub(super) fn enter_scope(&mut self, layout: &ScopeLayout) -> Option<heap::EnvRef> {
        if layout.materialized {
            let mut slots = vec![Value::Undefined; layout.slot_count as usize];
            for &s in &layout.tdz_slots {
                slots[s as usize] = Value::Empty;
            }
            let env = heap::alloc_env(slots, Some(self.env.clone()));
            Some(std::mem::replace(&mut self.env, env))
        } else {
            if !layout.tdz_slots.is_empty() {
                let mut slots = self.env.slots.borrow_mut();
                for &s in &layout.tdz_slots {
                    slots[s as usize] = Value::Empty;
                }
            }
            None
        }
    }

    pub(super) fn exit_scope(&mut self, saved: Option<heap::EnvRef>) {
        if let Some(env) = saved {
            self.env = env;
        }
    }

    fn exec_block(&mut self, b: &Block) -> JsResult<Completion> {
        let layout = b.scope.get().expect("block was resolved");
        if !layout.materialized && layout.tdz_slots.is_empty() && !layout.has_function_decls {
            // Nothing to set up (a typical loop body): run the statements directly.
            for stmt in &b.body {
                match self.exec_stmt(stmt)? {
                    Completion::Normal => {}
                    abrupt => return Ok(abrupt),
                }
            }
            return Ok(Completion::Normal);
        }
        let saved = self.enter_scope(layout);
        let result = self.exec_block_body(&b.body, layout.has_function_decls);
        self.exit_scope(saved);
        result
    }

    fn exec_block_body(&mut self, body: &[Stmt], has_functions: bool) -> JsResult<Completion> {
        if has_functions {
            self.instantiate_functions(body)?;
        }
        for stmt in body {
            match self.exec_stmt(stmt)? {
                Completion::Normal => {}
                abrupt => return Ok(abrupt),
            }
        }
        Ok(Completion::Normal)
    }

    /// Decides what a loop does with its body's completion. `label` is the loop's own label.
    pub(super) fn loop_step(completion: Completion, label: Option<&Name>) -> LoopStep {
        match completion {
            Completion::Normal => LoopStep::Next,
            Completion::Continue(None) => LoopStep::Next,
            Completion::Continue(Some(l)) if label == Some(&l) => LoopStep::Next,
            Completion::Break(None) => LoopStep::Exit(Completion::Normal),
            Completion::Break(Some(l)) if label == Some(&l) => LoopStep::Exit(Completion::Normal),
            other => LoopStep::Exit(other),
        }
    }

    fn exec_while(
        &mut self,
        test: &Expr,
        body: &Stmt,
        label: Option<&Name>,
    ) -> JsResult<Completion> {
        while self.eval_condition(test)? {
            self.step(test.span)?;
            if let LoopStep::Exit(c) = Self::loop_step(self.exec_stmt(body)?, label) {
                return Ok(c);
            }
        }
        Ok(Completion::Normal)
    }

    fn exec_do_while(
        &mut self,
        body: &Stmt,
        test: &Expr,
        label: Option<&Name>,
    ) -> JsResult<Completion> {
        loop {
            self.step(test.span)?;
            if let LoopStep::Exit(c) = Self::loop_step(self.exec_stmt(body)?, label) {
                return Ok(c);
            }
            if !self.eval_condition(test)? {
                return Ok(Completion::Normal);
            }
        }
    }

    fn exec_for(&mut self, f: &ForStmt, label: Option<&Name>) -> JsResult<Completion> {
        let layout = f.scope.get().expect("for was resolved");
        let saved = self.enter_scope(layout);
        let result = self.exec_for_in_scope(f, layout.materialized, label);
        self.exit_scope(saved);
        result
    }

    fn exec_for_in_scope(
        &mut self,
        f: &ForStmt,
        per_iteration: bool,
        label: Option<&Name>,
    ) -> JsResult<Completion> {
        match &f.init {
            Some(ForInit::VarDecl(d)) => self.exec_var_decl(d)?,
            Some(ForInit::Expr(e)) => {
                self.eval_expr(e)?;
            }
            None => {}
        }
        // CreatePerIterationEnvironment runs once before the first test and then once after
        // each body, before the update (ECMA-262 ForBodyEvaluation): one copy per iteration.
        if per_iteration {
            self.copy_iteration_env();
        }
        loop {
            self.step(f.body.span)?;
            if let Some(test) = &f.test
                && !self.eval_condition(test)?
            {
                return Ok(Completion::Normal);
            }
            if let LoopStep::Exit(c) = Self::loop_step(self.exec_stmt(&f.body)?, label) {
                return Ok(c);
            }
            if per_iteration {
                self.copy_iteration_env();
            }
            if let Some(update) = &f.update {
                self.eval_expr(update)?;
            }
        }
    }

    /// CreatePerIterationEnvironment: closures made in one iteration keep that iteration's
    /// copy of the loop variables.
    fn copy_iteration_env(&mut self) {
        let slots = self.env.slots.borrow().clone();
        let parent = self.env.parent.clone();
        self.env = heap::alloc_env(slots, parent);
    }

    fn exec_labeled(&mut self, label: &Name, body: &Stmt) -> JsResult<Completion> {
        let completion = match &body.kind {
            StmtKind::For(f) => self.exec_for(f, Some(label))?,
            StmtKind::ForInOf(f) => self.exec_for_in_of(f, Some(label), body.span)?,
            StmtKind::While { test, body } => self.exec_while(test, body, Some(label))?,
            StmtKind::DoWhile { body, test } => self.exec_do_while(body, test, Some(label))?,
            _ => self.exec_stmt(body)?,
        };
        Ok(match completion {
            Completion::Break(Some(l)) if &l == label => Completion::Normal,
            other => other,
        })
    }

    fn exec_try(&mut self, t: &TryStmt) -> JsResult<Completion> {
        let frames = self.frames.len();
        let env = self.env.clone();
        let mut result = self.exec_block(&t.block);
        if matches!(&result, Err(e) if e.is_uncatchable()) {
            return result;
        }
        if let (Err(exception), Some(handler)) = (&result, &t.handler)
            && exception.is_catchable()
        {
            // Unwind what the throw left behind.
            self.leave_frames(frames, Outcome::Throw);
            self.env = env.clone();
            let thrown = exception.value().clone();
            result = self.exec_catch(handler, thrown);
            if matches!(&result, Err(e) if e.is_uncatchable()) {
                return result;
            }
        }
        if let Some(finalizer) = &t.finalizer {
            self.leave_frames(frames, Outcome::Throw);
            self.env = env;
            match self.exec_block(finalizer)? {
                Completion::Normal => {}
                // A `return`/`break` in `finally` overrides the try's outcome.
                abrupt => return Ok(abrupt),
            }
        }
        result
    }

    fn exec_catch(&mut self, handler: &CatchClause, thrown: Value) -> JsResult<Completion> {
        let layout = handler.scope.get().expect("catch was resolved");
        let saved = self.enter_scope(layout);
        let result = match &handler.param {
            Some(param) => self
                .bind_pattern(param, thrown, true, Source::Argument)
                .and_then(|_| self.exec_block(&handler.body)),
            None => self.exec_block(&handler.body),
        };
        self.exit_scope(saved);
        result
    }

    fn exec_switch(&mut self, s: &SwitchStmt) -> JsResult<Completion> {
        let value = self.eval_expr(&s.discriminant)?;
        let layout = s.scope.get().expect("switch was resolved");
        let saved = self.enter_scope(layout);
        let result = self.exec_switch_cases(s, &value, layout.has_function_decls);
        self.exit_scope(saved);
        result
    }

    fn exec_switch_cases(
        &mut self,
        s: &SwitchStmt,
        value: &Value,
        has_functions: bool,
    ) -> JsResult<Completion> {
        if has_functions {
            for case in &s.cases {
                self.instantiate_functions(&case.body)?;
            }
        }
        let mut start = None;
        for (i, case) in s.cases.iter().enumerate() {
            if let Some(test) = &case.test
                && self.eval_expr(test)?.strict_equals(value)
            {
                start = Some(i);
                break;
            }
        }
        let start = start.or_else(|| s.cases.iter().position(|c| c.test.is_none()));
        let Some(start) = start else {
            return Ok(Completion::Normal);
        };
        for case in &s.cases[start..] {
            for stmt in &case.body {
                match self.exec_stmt(stmt)? {
                    Completion::Normal => {}
                    Completion::Break(None) => return Ok(Completion::Normal),
                    abrupt => return Ok(abrupt),
                }
            }
        }
        Ok(Completion::Normal)
    }
}
