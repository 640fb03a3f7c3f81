//! Calling and constructing: pushing call frames, binding parameters into a fresh environment,
//! creating closures, and the depth limit that turns runaway recursion into a `RangeError`.

use std::rc::Rc;

use crate::interp::ErrorKind;
use crate::syntax::ast::{Function, FunctionBody, Span, Stmt, StmtKind};
use crate::value::heap::{self, EnvRef, ObjRef};
use crate::value::object::{Closure, NativeCall, Object, ObjectKind};
use crate::value::{JsStr, Value};

use super::errors::STACK_OVERFLOW;
use super::pattern::Source;
use super::property::function_name;
use super::{CallFrame, Completion, FrameKind, Interp, JsResult};
use crate::trace::Outcome;
use crate::util::stack::{CALL_RED_ZONE, NATIVE_RED_ZONE};

/// What a callee turned out to be, copied out of the heap so no borrow is held during the call.
enum Callee {
    Closure {
        func: Rc<Function>,
        env: EnvRef,
        lexical_this: Option<Value>,
        strict: bool,
        is_class: bool,
    },
    Native {
        call: crate::value::object::NativeFn,
        constructor: bool,
    },
    NotCallable,
}

impl Interp {
    fn callee_of(&self, f: &Value) -> Callee {
        let Value::Object(o) = f else {
            return Callee::NotCallable;
        };
        match &o.data.borrow().kind {
            ObjectKind::Closure(c) => Callee::Closure {
                func: c.func.clone(),
                env: c.env.clone(),
                lexical_this: c.lexical_this.clone(),
                strict: c.strict,
                is_class: c.class.is_some(),
            },
            ObjectKind::Native(n) => Callee::Native {
                call: n.call,
                constructor: n.constructor,
            },
            _ => Callee::NotCallable,
        }
    }

    /// Calls `f` with `this` and `args`; `site` is the call expression (for stack traces).
    pub fn call(
        &mut self,
        f: &Value,
        this: Value,
        args: Vec<Value>,
        site: Span,
    ) -> JsResult<Value> {
        match self.callee_of(f) {
            Callee::Closure {
                func,
                env,
                lexical_this,
                strict,
                is_class,
            } => {
                let fobj = f.as_object().expect("closures are objects").clone();
                if is_class {
                    let msg = format!(
                        "Class constructor {} cannot be invoked without 'new'",
                        function_name(&func)
                    );
                    return Err(self.type_error(&msg, site));
                }
                let this = match lexical_this {
                    Some(t) => t,
                    None if this.is_nullish() && !strict => Value::Object(self.global().clone()),
                    None => this,
                };
                self.call_closure(&fobj, &func, env, this, args, site)
            }
            Callee::Native { call, .. } => {
                let callee = f.as_object().expect("natives are objects").clone();
                self.call_native(call, &callee, this, &args, None, site)
            }
            Callee::NotCallable => {
                let msg = format!(
                    "{} is not a function",
                    crate::interp::describe::brief(self, f)
                );
                Err(self.type_error(&msg, site))
            }
        }
    }

    fn call_native(
        &mut self,
        call: crate::value::object::NativeFn,
        callee: &ObjRef,
        this: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
        site: Span,
    ) -> JsResult<Value> {
        self.with_stack(NATIVE_RED_ZONE, site, |interp| {
            interp.run_native(call, callee, this, args, new_target, site)
        })
    }

    fn run_native(
        &mut self,
        call: crate::value::object::NativeFn,
        callee: &ObjRef,
        this: Value,
        args: &[Value],
        new_target: Option<ObjRef>,
        site: Span,
    ) -> JsResult<Value> {
        let is_construct = new_target.is_some();
        let name = match &callee.data.borrow().kind {
            ObjectKind::Native(n) => n.name(),
            _ => JsStr::from(""),
        };
        self.push_frame(CallFrame {
            name,
            call_site: site,
            this: this.clone(),
            kind: FrameKind::Native,
            function: None,
            new_target: None,
        })?;
        let result = call(
            self,
            &NativeCall {
                this,
                args,
                callee,
                is_construct,
                new_target,
                site,
            },
        );
        self.leave_frame(Outcome::of(&result));
        result
    }

    fn check_frame_limit(&mut self, call_site: Span) -> JsResult<()> {
        self.step(call_site)?;
        if self.frames.len() >= self.limits.max_frames {
            return Err(self.range_error(STACK_OVERFLOW, call_site));
        }
        Ok(())
    }

    /// Pushes a frame, or throws the `RangeError` past the depth limit.
    fn push_frame(&mut self, frame: CallFrame) -> JsResult<()> {
        self.check_frame_limit(frame.call_site)?;
        self.enter_frame(frame);
        Ok(())
    }

    fn call_closure(
        &mut self,
        fobj: &ObjRef,
        func: &Rc<Function>,
        closure_env: EnvRef,
        this: Value,
        args: Vec<Value>,
        site: Span,
    ) -> JsResult<Value> {
        self.run_closure(fobj, func, closure_env, this, args, site, None)
            .map(|(v, _)| v)
    }

    /// Runs a closure's body in a new frame; returns its result and, for a constructor
    /// (`new_target` given), the frame's final `this` (a derived constructor's `this` is bound
    /// by `super(…)` while the body runs).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn run_closure(
        &mut self,
        fobj: &ObjRef,
        func: &Rc<Function>,
        closure_env: EnvRef,
        this: Value,
        args: Vec<Value>,
        site: Span,
        new_target: Option<ObjRef>,
    ) -> JsResult<(Value, Value)> {
        self.with_stack(CALL_RED_ZONE, site, |interp| {
            interp.run_closure_here(fobj, func, closure_env, this, args, site, new_target)
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn run_closure_here(
        &mut self,
        fobj: &ObjRef,
        func: &Rc<Function>,
        closure_env: EnvRef,
        this: Value,
        args: Vec<Value>,
        site: Span,
        new_target: Option<ObjRef>,
    ) -> JsResult<(Value, Value)> {
        let layout = func.layout.get().expect("function was resolved");
        let mut slots = vec![Value::Undefined; layout.slot_count as usize];
        let mut args = args.into_iter();
        let mut pattern_args = Vec::new();
        for (slot, arg) in layout.param_slots.iter().zip(args.by_ref()) {
            match slot {
                Some(slot) => slots[*slot as usize] = arg,
                None => pattern_args.push(arg),
            }
        }
        if let Some(s) = layout.rest_slot {
            slots[s as usize] = Value::Object(self.new_array(args.collect()));
        }
        for &s in &layout.tdz_slots {
            slots[s as usize] = Value::Empty;
        }
        if let Some(s) = layout.self_slot {
            slots[s as usize] = Value::Object(fobj.clone());
        }
        let env = heap::alloc_env(slots, Some(closure_env));
        let name = frame_name(func);
        if func.suspends() {
            return self
                .call_suspending(fobj, func, env, this, pattern_args, name, site)
                .map(|v| (v, Value::Undefined));
        }
        self.push_frame(CallFrame {
            name,
            call_site: site,
            this,
            kind: FrameKind::Code,
            function: Some(fobj.clone()),
            new_target,
        })?;
        let saved_env = std::mem::replace(&mut self.env, env);
        let result = self.run_function_body(func, pattern_args);
        self.env = saved_env;
        let frame = self.leave_frame(Outcome::of(&result));
        // Only constructors need the final `this`; plain calls skip moving it out.
        let this = match frame {
            Some(f) if f.new_target.is_some() => f.this,
            _ => Value::Undefined,
        };
        result.map(|v| (v, this))
    }

    /// Calls a generator or async function: the body goes to a task (see `coroutine`).
    #[allow(clippy::too_many_arguments)]
    fn call_suspending(
        &mut self,
        fobj: &ObjRef,
        func: &Rc<Function>,
        env: EnvRef,
        this: Value,
        pattern_args: Vec<Value>,
        name: JsStr,
        site: Span,
    ) -> JsResult<Value> {
        let frame = CallFrame {
            name,
            call_site: site,
            this,
            kind: FrameKind::Code,
            function: Some(fobj.clone()),
            new_target: None,
        };
        if func.is_async {
            self.check_frame_limit(site)?;
            return crate::builtins::async_fn::call(self, func, env, pattern_args, frame);
        }
        // A generator binds its parameters (evaluating defaults, which may throw) at the
        // call; the body waits for the first `next()`.
        self.push_frame(frame.clone())?;
        let saved_env = std::mem::replace(&mut self.env, env.clone());
        let bound = self.bind_default_params(func, pattern_args);
        self.env = saved_env;
        self.leave_frame(Outcome::of(&bound));
        bound?;
        Ok(crate::builtins::generator::create(
            self, fobj, func, env, &frame,
        ))
    }

    pub(crate) fn run_function_body(
        &mut self,
        func: &Function,
        pattern_args: Vec<Value>,
    ) -> JsResult<Value> {
        self.bind_default_params(func, pattern_args)?;
        self.run_body_statements(func)
    }

    /// The body of `func` in the current environment (parameters already bound).
    pub(crate) fn run_body_statements(&mut self, func: &Function) -> JsResult<Value> {
        match &func.body {
            FunctionBody::Expr(e) => self.eval_expr(e),
            FunctionBody::Block(body) => {
                self.instantiate_functions(body)?;
                for stmt in body {
                    match self.exec_stmt(stmt)? {
                        Completion::Normal => {}
                        Completion::Return(v) => return Ok(v),
                        Completion::Break(_) | Completion::Continue(_) => break,
                    }
                }
                Ok(Value::Undefined)
            }
        }
    }

    /// Evaluates `a = expr` defaults for parameters that received `undefined`, and binds the
    /// destructuring parameters (whose arguments are `pattern_args`, in order), left to right.
    #[inline]
    fn bind_default_params(&mut self, func: &Function, pattern_args: Vec<Value>) -> JsResult<()> {
        // Plain names without defaults were bound by slot at the call: nothing to evaluate.
        if func.layout.get().is_some_and(|l| l.plain_params) {
            return Ok(());
        }
        self.bind_defaults_and_patterns(func, pattern_args)
    }

    #[inline(never)]
    fn bind_defaults_and_patterns(
        &mut self,
        func: &Function,
        pattern_args: Vec<Value>,
    ) -> JsResult<()> {
        let mut pattern_args = pattern_args.into_iter();
        for p in func.params.iter().filter(|p| !p.rest) {
            let Some(id) = p.target.as_ident() else {
                let arg = pattern_args.next().unwrap_or(Value::Undefined);
                let arg = match (&arg, &p.default) {
                    (Value::Undefined, Some(d)) => self.eval_expr(d)?,
                    _ => arg,
                };
                self.bind_pattern(&p.target, arg, true, Source::Argument)?;
                continue;
            };
            let Some(default) = &p.default else { continue };
            let crate::syntax::ast::Res::Local { slot, .. } = id.res.get() else {
                continue;
            };
            let missing = matches!(self.env.slots.borrow()[slot as usize], Value::Undefined);
            if missing {
                let v = self.eval_expr(default)?;
                self.env.slots.borrow_mut()[slot as usize] = v;
            }
        }
        Ok(())
    }

    /// Creates the function objects of the function declarations directly in `body` (hoisting).
    pub(super) fn instantiate_functions(&mut self, body: &[Stmt]) -> JsResult<()> {
        for stmt in body {
            if let StmtKind::FunctionDecl(f) = &stmt.kind {
                let closure = self.make_closure(f);
                if let Some(name) = &f.name {
                    self.assign_binding(name, Value::Object(closure), true)?;
                }
            }
        }
        Ok(())
    }

    /// Creates a function object for `func` closing over the current environment.
    pub fn make_closure(&mut self, func: &Rc<Function>) -> ObjRef {
        self.make_function_object(func, !func.is_arrow && !func.suspends())
    }

    /// Creates a method (`{ m() {} }`): no `prototype`, not a constructor.
    pub fn make_method(&mut self, func: &Rc<Function>) -> ObjRef {
        self.make_function_object(func, false)
    }

    fn make_function_object(&mut self, func: &Rc<Function>, constructable: bool) -> ObjRef {
        let (lexical_this, home) = if func.is_arrow {
            (Some(self.this_value()), self.home_object())
        } else {
            (None, None)
        };
        heap::track_env(&self.env);
        let closure = Closure {
            func: func.clone(),
            env: self.env.clone(),
            lexical_this,
            // Generators are not constructors but have a `prototype`: their generators' proto.
            prototype_pending: constructable || func.is_generator,
            constructable,
            home,
            strict: func.has_use_strict || self.in_strict_code(),
            class: None,
            source: self.running_source(),
        };
        let proto = if func.is_generator {
            &self.intrinsics.generator_function_proto
        } else if func.is_async {
            &self.intrinsics.async_function_proto
        } else {
            &self.intrinsics.function_proto
        };
        heap::alloc_object(Object::new(
            Some(proto.clone()),
            ObjectKind::Closure(Box::new(closure)),
        ))
    }

    /// `this` of the running code.
    pub fn this_value(&self) -> Value {
        self.frames
            .last()
            .map(|f| f.this.clone())
            .unwrap_or_default()
    }

    /// `new f(...args)`.
    pub fn construct(&mut self, f: &Value, args: Vec<Value>, site: Span) -> JsResult<Value> {
        let new_target = match f {
            Value::Object(o) => o.clone(),
            _ => self.intrinsics.object_proto.clone(),
        };
        self.construct_with_target(f, args, &new_target, site)
    }

    /// `[[Construct]]` of `f` with `new_target` deciding the new object's prototype (they
    /// differ when a derived class's `super(…)` constructs its parent).
    pub fn construct_with_target(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        new_target: &ObjRef,
        site: Span,
    ) -> JsResult<Value> {
        match self.callee_of(f) {
            Callee::Closure { func, env, .. } if self.is_constructor(f) => {
                let fobj = f.as_object().expect("closures are objects").clone();
                let derived = self.class_info(&fobj, |c| (c.derived, c.explicit_constructor));
                if let Some((true, explicit)) = derived {
                    return self
                        .construct_derived(&fobj, func, env, args, new_target, explicit, site);
                }
                let target = Value::Object(new_target.clone());
                let proto = match self.get(&target, &JsStr::from("prototype"), site)? {
                    Value::Object(p) => p,
                    _ => self.intrinsics.object_proto.clone(),
                };
                let this = self.object_with_proto(Some(proto));
                if derived.is_some() {
                    self.initialize_fields(&fobj, &this, site)?;
                }
                let (result, _) = self.run_closure(
                    &fobj,
                    &func,
                    env,
                    Value::Object(this.clone()),
                    args,
                    site,
                    Some(new_target.clone()),
                )?;
                Ok(if matches!(result, Value::Object(_)) {
                    result
                } else {
                    Value::Object(this)
                })
            }
            Callee::Native {
                call,
                constructor: true,
            } => {
                let callee = f.as_object().expect("natives are objects").clone();
                let target = Some(new_target.clone());
                self.call_native(call, &callee, Value::Undefined, &args, target, site)
            }
            _ => {
                let msg = format!(
                    "{} is not a constructor",
                    crate::interp::describe::brief(self, f)
                );
                Err(self.error(ErrorKind::TypeError, &msg, site))
            }
        }
    }
}

/// The name a stack trace shows for a frame running `func`.
#[inline]
fn frame_name(func: &Function) -> JsStr {
    match &func.name {
        Some(n) if !n.name.is_empty() => n.name.clone(),
        // One shared string rather than an allocation per call of a nameless function.
        _ => ANONYMOUS.with(JsStr::clone),
    }
}

thread_local! {
    static ANONYMOUS: JsStr = JsStr::from("<anonymous>");
}
