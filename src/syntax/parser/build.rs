//! Node builders called by the grammar's actions. None of them recurses into subtrees.

use std::rc::Rc;

use lalrpop_util::ParseError;

use std::collections::HashSet;

use super::PError;
use super::cover::*;
pub use super::cover::{arrow_params, binding_pattern, cover_init_property};
use crate::syntax::ast::*;
use crate::syntax::diagnostics::SyntaxError;

/// `for (init; test; update)`, before the body is known.
pub enum ForHead {
    Classic {
        start: usize,
        init: Option<ForInit>,
        test: Option<Expr>,
        update: Option<Expr>,
    },
    InOf {
        start: usize,
        iterate: ForIterate,
        decl: Option<VarKind>,
        target: Pattern,
        right: Expr,
    },
}

/// `for (const x of …` / `for (let [a, b] in …`: a declaration head.
pub fn for_decl_head(
    start: usize,
    iterate: ForIterate,
    decl: VarKind,
    mut target: Expr,
    right: Expr,
) -> Result<ForHead, PError> {
    let target = match target.take_kind() {
        ExprKind::Ident(id) => Pattern::Ident(id),
        kind => {
            target.kind = kind;
            binding_pattern(target)?
        }
    };
    Ok(ForHead::InOf {
        start,
        iterate,
        decl: Some(decl),
        target,
        right,
    })
}

/// `for (x of …`, `for (o.p in …`, `for ([a, b] of …`: an assignment-target head.
pub fn for_target_head(
    start: usize,
    iterate: ForIterate,
    mut target: Expr,
    right: Expr,
) -> Result<ForHead, PError> {
    let span = target.span;
    let target = match target.take_kind() {
        ExprKind::Ident(id) => Pattern::Ident(id),
        kind @ ExprKind::Member { .. } => {
            target.kind = kind;
            Pattern::Member(Box::new(target))
        }
        kind @ (ExprKind::Array(_) | ExprKind::Object(_)) => {
            target.kind = kind;
            to_pattern(target, false)?
        }
        _ => {
            return Err(error(
                "Invalid left-hand side in for-loop",
                span,
                "cannot assign to this",
            ));
        }
    };
    Ok(ForHead::InOf {
        start,
        iterate,
        decl: None,
        target,
        right,
    })
}

pub fn error(message: &str, span: Span, label: &str) -> PError {
    ParseError::User {
        error: SyntaxError::new(message, span, label),
    }
}

pub fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

pub fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

pub fn ident((name, span): (Name, Span)) -> Ident {
    Ident::new(name, span)
}

pub fn ident_expr(id: (Name, Span)) -> Expr {
    let span = id.1;
    expr(ExprKind::Ident(ident(id)), span)
}

fn span_from(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

pub fn binary(op: BinaryOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    let numeric = left.is_numeric_shape()
        && right.is_numeric_shape()
        && !matches!(op, BinaryOp::In | BinaryOp::Instanceof);
    expr(
        ExprKind::Binary(op, Box::new(left), Box::new(right), numeric),
        span,
    )
}

pub fn logical(op: LogicalOp, left: Expr, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    expr(ExprKind::Logical(op, Box::new(left), Box::new(right)), span)
}

pub fn unary(op: UnaryOp, operand: Expr, start: usize) -> Expr {
    let span = span_from(start, operand.span.end as usize);
    expr(ExprKind::Unary(op, Box::new(operand)), span)
}

fn is_simple_target(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::SuperMember(_)
    )
}

/// `++a`, `--a`
pub fn prefix(op: UpdateOp, target: Expr, start: usize) -> Result<Expr, PError> {
    if !is_simple_target(&target) {
        return Err(error(
            "Invalid left-hand side expression in prefix operation",
            target.span,
            "only a variable or property can be incremented",
        ));
    }
    let span = span_from(start, target.span.end as usize);
    Ok(expr(
        ExprKind::Update {
            op,
            prefix: true,
            target: Box::new(target),
        },
        span,
    ))
}

/// `a++`, `a--`
pub fn postfix(op: UpdateOp, target: Expr, end: usize) -> Result<Expr, PError> {
    if !is_simple_target(&target) {
        return Err(error(
            "Invalid left-hand side expression in postfix operation",
            target.span,
            "only a variable or property can be incremented",
        ));
    }
    let span = span_from(target.span.start as usize, end);
    Ok(expr(
        ExprKind::Update {
            op,
            prefix: false,
            target: Box::new(target),
        },
        span,
    ))
}

/// Gives an anonymous function or arrow the name it is bound to (`const f = () => {}`).
pub(super) fn infer_name(value: &mut Expr, name: &Name, span: Span) {
    if let ExprKind::Class(c) = &mut value.kind
        && c.name.is_none()
    {
        c.name = Some(Ident::new(name.clone(), span));
        if let Some(f) = Rc::get_mut(&mut c.constructor) {
            f.name = Some(Ident::new(name.clone(), span));
        }
        return;
    }
    if let ExprKind::Function(f) | ExprKind::Arrow(f) = &mut value.kind
        && f.name.is_none()
        && let Some(f) = Rc::get_mut(f)
    {
        f.name = Some(Ident::new(name.clone(), span));
        f.has_own_name = false;
    }
}

pub fn assign(op: AssignOp, target: Expr, mut value: Expr) -> Result<Expr, PError> {
    if op == AssignOp::Assign && matches!(target.kind, ExprKind::Array(_) | ExprKind::Object(_)) {
        let span = target.span.to(value.span);
        let pattern = to_pattern(target, false)?;
        return Ok(expr(
            ExprKind::AssignPattern {
                pattern: Box::new(pattern),
                value: Box::new(value),
            },
            span,
        ));
    }
    if !is_simple_target(&target) {
        return Err(error(
            "Invalid left-hand side in assignment",
            target.span,
            "cannot assign to this expression",
        ));
    }
    if let (ExprKind::Ident(id), AssignOp::Assign | AssignOp::Logical(_)) = (&target.kind, op) {
        infer_name(&mut value, &id.name, id.span);
    }
    let span = target.span.to(value.span);
    Ok(expr(
        ExprKind::Assign {
            op,
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    ))
}

pub fn conditional(test: Expr, then: Expr, otherwise: Expr) -> Expr {
    let span = test.span.to(otherwise.span);
    let kind = ExprKind::Conditional {
        test: Box::new(test),
        then: Box::new(then),
        otherwise: Box::new(otherwise),
    };
    expr(kind, span)
}

/// `a, b`: appends to the list when the left side already is one.
pub fn sequence(mut list: Expr, next: Expr) -> Expr {
    let span = list.span.to(next.span);
    match list.take_kind() {
        ExprKind::Sequence(mut items) => {
            items.push(next);
            expr(ExprKind::Sequence(items), span)
        }
        kind => {
            list.kind = kind;
            expr(ExprKind::Sequence(vec![list, next]), span)
        }
    }
}

pub fn call(callee: Expr, args: Vec<Expr>, end: usize, optional: bool) -> Expr {
    let span = span_from(callee.span.start as usize, end);
    expr(
        ExprKind::Call {
            callee: Box::new(callee),
            args,
            optional,
        },
        span,
    )
}

/// Closes an optional chain: its value is `undefined` when an `?.` link short-circuits.
pub fn optional_chain(chain: Expr) -> Expr {
    let span = chain.span;
    expr(ExprKind::OptionalChain(Box::new(chain)), span)
}

pub fn new_expr(callee: Expr, args: Vec<Expr>, span: Span) -> Expr {
    expr(
        ExprKind::New {
            callee: Box::new(callee),
            args,
        },
        span,
    )
}

pub fn member_named(object: Expr, (name, name_span): (Name, Span), optional: bool) -> Expr {
    let span = object.span.to(name_span);
    expr(
        ExprKind::Member {
            object: Box::new(object),
            property: MemberProp::Named(name, name_span),
            optional,
        },
        span,
    )
}

pub fn member_computed(object: Expr, property: Expr, end: usize, optional: bool) -> Expr {
    let span = span_from(object.span.start as usize, end);
    let property = MemberProp::Computed(Box::new(property));
    expr(
        ExprKind::Member {
            object: Box::new(object),
            property,
            optional,
        },
        span,
    )
}

/// A template literal from its pieces (with their token spans) and substitutions. An
/// invalid escape is an error here (it is allowed only in tagged templates).
pub fn template(
    pieces: Vec<(crate::syntax::lexer::TemplatePiece, Span)>,
    exprs: Vec<Expr>,
) -> Result<Expr, PError> {
    let last = pieces.len() - 1;
    let span = pieces[0].1.to(pieces[last].1);
    let mut quasis = Vec::with_capacity(pieces.len());
    for (i, (piece, token)) in pieces.into_iter().enumerate() {
        // Strip the backtick or `}` before the text and the backtick or `${` after it.
        let after = if i == last { 1 } else { 2 };
        let text = span_from(token.start as usize + 1, token.end as usize - after);
        let Some(cooked) = piece.cooked else {
            return Err(invalid_template_escape(&piece.raw, text));
        };
        quasis.push(TemplateQuasi {
            cooked: Name::from(&*cooked),
            span: text,
        });
    }
    Ok(expr(ExprKind::Template { quasis, exprs }, span))
}

/// node's message for the first invalid escape in a template piece's raw text.
fn invalid_template_escape(raw: &str, text: Span) -> PError {
    let mut chars = raw.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let Some((_, next)) = chars.next() else { break };
        let message = match next {
            'u' => "Invalid Unicode escape sequence",
            'x' => "Invalid hexadecimal escape sequence",
            '0'..='9' => "Octal escape sequences are not allowed in template strings.",
            _ => continue,
        };
        let at = text.start as usize + i;
        if crate::syntax::lexer::is_valid_template_escape(&raw[i + 1..]) {
            continue;
        }
        return error(
            message,
            span_from(at, at + 2),
            "invalid escape in a template literal",
        );
    }
    error(
        "Invalid escape sequence",
        text,
        "invalid escape in a template literal",
    )
}

/// A numeric object key in canonical form: `1.50` → "1.5", `0x10` → "16".
pub fn number_key(n: f64) -> Name {
    Name::from(ryu_js::Buffer::new().format(n))
}

fn function(
    name: Option<Ident>,
    has_own_name: bool,
    params: Vec<Param>,
    body: FunctionBody,
    is_arrow: bool,
    span: Span,
) -> Rc<Function> {
    let has_use_strict = matches!(&body, FunctionBody::Block(b) if has_use_strict(b));
    Rc::new(Function {
        name,
        has_own_name,
        params,
        body,
        is_arrow,
        is_async: false,
        is_generator: false,
        has_use_strict,
        span,
        layout: Default::default(),
    })
}

/// Marks a function just parsed as `async` and/or a generator (the grammar sees the
/// `async` / `*` prefix around an otherwise ordinary function).
fn mark_function(f: &mut Rc<Function>, is_async: bool, is_generator: bool) {
    let f = Rc::get_mut(f).expect("a function just parsed has no other owner");
    f.is_async = is_async;
    f.is_generator = is_generator;
}

/// `async function f() {}`, `function* g() {}`
pub fn mark_decl(mut stmt: Stmt, is_async: bool, is_generator: bool) -> Stmt {
    if let StmtKind::FunctionDecl(f) = &mut stmt.kind {
        mark_function(f, is_async, is_generator);
    }
    stmt
}

/// `async function () {}`, `function* () {}`, `async x => x`
pub fn mark_expr(mut e: Expr, is_async: bool, is_generator: bool, start: usize) -> Expr {
    if let ExprKind::Function(f) | ExprKind::Arrow(f) = &mut e.kind {
        mark_function(f, is_async, is_generator);
    }
    e.span = Span::new(start, e.span.end as usize);
    e
}

/// `async m() {}`, `*m() {}`
pub fn mark_method(mut p: Property, is_async: bool, is_generator: bool) -> Property {
    if let PropValue::Method(f) = &mut p.value {
        mark_function(f, is_async, is_generator);
    }
    p
}

/// `yield`, `yield x`, `yield* x`
pub fn yield_expr(l: usize, argument: Option<Expr>, delegate: bool, r: usize) -> Expr {
    expr(
        ExprKind::Yield {
            argument: argument.map(Box::new),
            delegate,
        },
        Span::new(l, r),
    )
}

/// `await x`
pub fn await_expr(l: usize, argument: Expr) -> Expr {
    let span = Span::new(l, argument.span.end as usize);
    expr(ExprKind::Await(Box::new(argument)), span)
}

/// `key: value`
pub fn property((key, key_span): (PropKey, Span), mut value: Expr) -> Property {
    if let PropKey::Static(name) = &key {
        infer_name(&mut value, name, key_span);
    }
    let span = key_span.to(value.span);
    Property {
        key,
        value: PropValue::Init(value),
        span,
    }
}

/// `{ a }`
pub fn shorthand_property(id: (Name, Span)) -> Property {
    let span = id.1;
    Property {
        key: PropKey::Static(id.0.clone()),
        value: PropValue::Init(ident_expr(id)),
        span,
    }
}

/// Which of the `MethodDef` forms a method is.
pub enum MethodKind {
    Method,
    Getter,
    Setter,
}

/// `m(a) { … }`, `get x() { … }`, `set x(v) { … }` (object literals and classes alike).
pub fn method(
    kind: MethodKind,
    (key, key_span): (PropKey, Span),
    (params, body): (Vec<Param>, Vec<Stmt>),
    span: Span,
) -> Result<Property, PError> {
    let arity_error = match kind {
        MethodKind::Getter if !params.is_empty() => Some((
            "Getter must not have any formal parameters.",
            "a getter takes no parameters",
        )),
        MethodKind::Setter if params.len() != 1 || params[0].rest => Some((
            "Setter must have exactly one formal parameter.",
            "a setter takes exactly one parameter",
        )),
        _ => None,
    };
    if let Some((message, label)) = arity_error {
        return Err(error(message, key_span, label));
    }
    // Accessor functions are named `get x` / `set x`, as node shows them.
    let prefix = match kind {
        MethodKind::Method => "",
        MethodKind::Getter => "get ",
        MethodKind::Setter => "set ",
    };
    let name = match &key {
        PropKey::Static(name) => Some(Ident::new(Name::from(format!("{prefix}{name}")), key_span)),
        PropKey::Computed(_) | PropKey::Spread => None,
    };
    let f = function(name, false, params, FunctionBody::Block(body), false, span);
    let value = match kind {
        MethodKind::Method => PropValue::Method(f),
        MethodKind::Getter => PropValue::Getter(f),
        MethodKind::Setter => PropValue::Setter(f),
    };
    Ok(Property { key, value, span })
}

/// One element of a class body, before the class is assembled.
pub enum ClassElem {
    Empty,
    /// `static`? and the method.
    Method(bool, Property),
    /// `static`?, key, initializer, span.
    Field(bool, (PropKey, Span), Option<Expr>, Span),
}

/// `super.x` / `super[k]`
pub fn super_member(property: MemberProp, span: Span) -> Expr {
    expr(ExprKind::SuperMember(property), span)
}

pub fn class_decl(
    name: (Name, Span),
    tail: (Option<Expr>, Vec<ClassElem>),
    span: Span,
) -> Result<Stmt, PError> {
    let class = class(Some(name), tail, span)?;
    Ok(stmt(StmtKind::ClassDecl(Box::new(class)), span))
}

pub fn class_expr(
    name: Option<(Name, Span)>,
    tail: (Option<Expr>, Vec<ClassElem>),
    span: Span,
) -> Result<Expr, PError> {
    let class = class(name, tail, span)?;
    Ok(expr(ExprKind::Class(Box::new(class)), span))
}

fn is_named(key: &PropKey, name: &str) -> bool {
    matches!(key, PropKey::Static(k) if k.as_str() == name)
}

/// Assembles a class: picks out the constructor (or makes an empty one) and turns field
/// initializers into functions, with the early errors node reports.
fn class(
    name: Option<(Name, Span)>,
    (extends, elems): (Option<Expr>, Vec<ClassElem>),
    span: Span,
) -> Result<Class, PError> {
    let mut constructor = None;
    let mut members = Vec::new();
    for elem in elems {
        match elem {
            ClassElem::Empty => {}
            ClassElem::Method(is_static, prop) => {
                if !is_static && is_named(&prop.key, "constructor") {
                    let PropValue::Method(f) = prop.value else {
                        return Err(error(
                            "Class constructor may not be an accessor",
                            prop.span,
                            "a constructor must be a plain method",
                        ));
                    };
                    if constructor.is_some() {
                        return Err(error(
                            "A class may only have one constructor",
                            prop.span,
                            "second constructor",
                        ));
                    }
                    constructor = Some(f);
                    continue;
                }
                if is_static && is_named(&prop.key, "prototype") {
                    return Err(error(
                        "Classes may not have a static property named 'prototype'",
                        prop.span,
                        "not allowed here",
                    ));
                }
                members.push(ClassMember::Method { is_static, prop });
            }
            ClassElem::Field(is_static, (key, key_span), init, span) => {
                if is_named(&key, "constructor") || (is_static && is_named(&key, "prototype")) {
                    let PropKey::Static(k) = &key else {
                        unreachable!("checked by is_named")
                    };
                    return Err(error(
                        &format!("Classes may not have a field named '{k}'"),
                        key_span,
                        "not allowed here",
                    ));
                }
                let init = init.map(|mut value| {
                    if let PropKey::Static(k) = &key {
                        infer_name(&mut value, k, key_span);
                    }
                    let span = value.span;
                    function(
                        None,
                        false,
                        vec![],
                        FunctionBody::Expr(Box::new(value)),
                        false,
                        span,
                    )
                });
                members.push(ClassMember::Field {
                    is_static,
                    key,
                    init,
                    span,
                });
            }
        }
    }
    let explicit_constructor = constructor.is_some();
    let mut constructor = constructor.unwrap_or_else(|| {
        function(
            None,
            false,
            vec![],
            FunctionBody::Block(vec![]),
            false,
            span,
        )
    });
    let name = name.map(ident);
    if let Some(f) = Rc::get_mut(&mut constructor) {
        f.name = name.as_ref().map(|n| Ident::new(n.name.clone(), n.span));
    }
    Ok(Class {
        inner_name: name.as_ref().map(|n| Ident::new(n.name.clone(), n.span)),
        name,
        extends: extends.map(Box::new),
        constructor,
        explicit_constructor,
        members,
        span,
        scope: Default::default(),
    })
}

pub fn function_expr(
    name: Option<(Name, Span)>,
    (params, body): (Vec<Param>, Vec<Stmt>),
    span: Span,
) -> Expr {
    let has_own_name = name.is_some();
    let f = function(
        name.map(ident),
        has_own_name,
        params,
        FunctionBody::Block(body),
        false,
        span,
    );
    expr(ExprKind::Function(f), span)
}

pub fn function_decl(
    name: (Name, Span),
    (params, body): (Vec<Param>, Vec<Stmt>),
    span: Span,
) -> Stmt {
    let f = function(
        Some(ident(name)),
        true,
        params,
        FunctionBody::Block(body),
        false,
        span,
    );
    stmt(StmtKind::FunctionDecl(f), span)
}

pub fn param(id: (Name, Span), mut default: Option<Expr>) -> Param {
    if let Some(value) = default.as_mut() {
        infer_name(value, &id.0, id.1);
    }
    Param {
        target: Pattern::Ident(ident(id)),
        default,
        rest: false,
    }
}

/// `[a, b]` or `{ a } = {}` as a parameter.
pub fn pattern_param(cover: Expr, default: Option<Expr>) -> Result<Param, PError> {
    Ok(Param {
        target: binding_pattern(cover)?,
        default,
        rest: false,
    })
}

/// `...args`
pub fn rest_param(id: (Name, Span)) -> Param {
    Param {
        target: Pattern::Ident(ident(id)),
        default: None,
        rest: true,
    }
}

/// `...xs` in an array literal or argument list.
pub fn spread(start: usize, arg: Expr) -> Expr {
    let span = span_from(start, arg.span.end as usize);
    expr(ExprKind::Spread(Box::new(arg)), span)
}

/// `{ ...o }`
pub fn spread_property(start: usize, arg: Expr) -> Property {
    let span = span_from(start, arg.span.end as usize);
    Property {
        key: PropKey::Spread,
        value: PropValue::Init(arg),
        span,
    }
}

/// Arrow parameters must have distinct names.
pub fn check_duplicate_param(params: &[Param], new: &Param) -> Result<(), PError> {
    let mut names = Vec::new();
    for p in params {
        p.target.bound_names(&mut names);
    }
    let mut new_names = Vec::new();
    new.target.bound_names(&mut new_names);
    for n in new_names {
        if names.iter().any(|m| m.name == n.name) {
            return Err(duplicate_param(n.span));
        }
    }
    Ok(())
}

/// A parameter list with a default, a rest parameter or a pattern may not repeat a name
/// (plain lists may, outside strict mode).
pub fn check_params(params: Vec<Param>) -> Result<Vec<Param>, PError> {
    let simple = params
        .iter()
        .all(|p| p.default.is_none() && !p.rest && p.target.as_ident().is_some());
    if !simple {
        let mut names = Vec::new();
        for p in &params {
            p.target.bound_names(&mut names);
        }
        let mut seen = HashSet::new();
        if let Some(dup) = names.iter().find(|n| !seen.insert(n.name.clone())) {
            return Err(duplicate_param(dup.span));
        }
    }
    Ok(params)
}

pub(super) fn duplicate_param(span: Span) -> PError {
    error(
        "Duplicate parameter name not allowed in this context",
        span,
        "this name is already a parameter",
    )
}

pub fn arrow(params: Vec<Param>, body: FunctionBody, span: Span) -> Expr {
    expr(
        ExprKind::Arrow(function(None, false, params, body, true, span)),
        span,
    )
}

pub fn declarator(id: (Name, Span), mut init: Option<Expr>) -> Declarator {
    if let Some(value) = init.as_mut() {
        infer_name(value, &id.0, id.1);
    }
    let span = init.as_ref().map_or(id.1, |e| id.1.to(e.span));
    Declarator {
        target: Pattern::Ident(ident(id)),
        init,
        span,
    }
}

/// `let [a, b] = xs` / `const { a } = o`: a pattern needs an initializer.
pub fn pattern_declarator(cover: Expr, init: Option<Expr>) -> Result<Declarator, PError> {
    let target = binding_pattern(cover)?;
    let Some(init) = init else {
        return Err(error(
            "Missing initializer in destructuring declaration",
            target.span(),
            "add `= value`",
        ));
    };
    let span = target.span().to(init.span);
    Ok(Declarator {
        target,
        init: Some(init),
        span,
    })
}

fn check_const_initialized(decl: &VarDecl) -> Result<(), PError> {
    if decl.kind != VarKind::Const {
        return Ok(());
    }
    match decl.decls.iter().find(|d| d.init.is_none()) {
        Some(d) => Err(error(
            "Missing initializer in const declaration",
            d.target.span(),
            "add `= value`",
        )),
        None => Ok(()),
    }
}

pub fn var_stmt(decl: VarDecl, end: usize) -> Result<Stmt, PError> {
    check_const_initialized(&decl)?;
    let span = span_from(decl.span.start as usize, end);
    Ok(stmt(StmtKind::VarDecl(decl), span))
}

pub fn expr_stmt(e: Expr, end: usize) -> Stmt {
    let span = span_from(e.span.start as usize, end);
    stmt(StmtKind::Expr(e), span)
}

pub fn block(body: Vec<Stmt>, span: Span) -> (Block, Span) {
    (
        Block {
            body,
            span,
            scope: Default::default(),
        },
        span,
    )
}

/// `let`/`const` directly as the body of `if`, a loop or a label is an error.
fn single_statement(body: &Stmt) -> Result<(), PError> {
    match &body.kind {
        StmtKind::VarDecl(d) if d.kind != VarKind::Var => {
            let keyword = if d.kind == VarKind::Let { 3 } else { 5 };
            let start = d.span.start as usize;
            Err(error(
                "Lexical declaration cannot appear in a single-statement context",
                span_from(start, start + keyword),
                "wrap the declaration in a block: `{ … }`",
            ))
        }
        _ => Ok(()),
    }
}

pub fn if_stmt(
    start: usize,
    test: Expr,
    then: Stmt,
    otherwise: Option<Stmt>,
) -> Result<Stmt, PError> {
    single_statement(&then)?;
    if let Some(o) = &otherwise {
        single_statement(o)?;
    }
    let end = otherwise.as_ref().map_or(then.span.end, |o| o.span.end) as usize;
    let kind = StmtKind::If {
        test,
        then: Box::new(then),
        otherwise: otherwise.map(Box::new),
    };
    Ok(stmt(kind, span_from(start, end)))
}

pub fn while_stmt(start: usize, test: Expr, body: Stmt) -> Result<Stmt, PError> {
    single_statement(&body)?;
    let span = span_from(start, body.span.end as usize);
    Ok(stmt(
        StmtKind::While {
            test,
            body: Box::new(body),
        },
        span,
    ))
}

pub fn do_while(start: usize, body: Stmt, test: Expr, end: usize) -> Result<Stmt, PError> {
    single_statement(&body)?;
    Ok(stmt(
        StmtKind::DoWhile {
            body: Box::new(body),
            test,
        },
        span_from(start, end),
    ))
}

pub fn for_head(
    start: usize,
    init: Option<ForInit>,
    test: Option<Expr>,
    update: Option<Expr>,
) -> Result<ForHead, PError> {
    if let Some(ForInit::VarDecl(decl)) = &init {
        check_const_initialized(decl)?;
    }
    Ok(ForHead::Classic {
        start,
        init,
        test,
        update,
    })
}

pub fn for_stmt(head: ForHead, body: Stmt) -> Result<Stmt, PError> {
    single_statement(&body)?;
    match head {
        ForHead::Classic {
            start,
            init,
            test,
            update,
        } => {
            let span = span_from(start, body.span.end as usize);
            let for_stmt = ForStmt {
                init,
                test,
                update,
                body,
                scope: Default::default(),
            };
            Ok(stmt(StmtKind::For(Box::new(for_stmt)), span))
        }
        ForHead::InOf {
            start,
            iterate,
            decl,
            target,
            right,
        } => {
            let span = span_from(start, body.span.end as usize);
            let for_stmt = ForInOfStmt {
                iterate,
                decl,
                target,
                right,
                body,
                scope: Default::default(),
            };
            Ok(stmt(StmtKind::ForInOf(Box::new(for_stmt)), span))
        }
    }
}

/// `for (x in o)` parses as `for ( Expr )`: that is a for-in head; anything else there
/// lacks its semicolons.
pub fn for_without_semicolons(start: usize, mut e: Expr, head: Span) -> Result<ForHead, PError> {
    match e.take_kind() {
        ExprKind::Binary(BinaryOp::In, target, right, _) => {
            for_target_head(start, ForIterate::In, *target, *right)
        }
        _ => Err(error(
            "Unexpected token ')'",
            Span::new(head.end as usize - 1, head.end as usize),
            "missing `;`",
        )),
    }
}

pub fn labeled(label: Ident, body: Stmt) -> Result<Stmt, PError> {
    single_statement(&body)?;
    let span = label.span.to(body.span);
    Ok(stmt(
        StmtKind::Labeled {
            label,
            body: Box::new(body),
        },
        span,
    ))
}

pub fn try_stmt(
    start: usize,
    block: (Block, Span),
    handler: Option<CatchClause>,
    finalizer: Option<(Block, Span)>,
) -> Stmt {
    let end = finalizer
        .as_ref()
        .map(|f| f.1.end)
        .or(handler.as_ref().map(|h| h.span.end))
        .unwrap_or(block.1.end);
    let try_stmt = TryStmt {
        block: block.0,
        handler,
        finalizer: finalizer.map(|f| f.0),
    };
    stmt(
        StmtKind::Try(Box::new(try_stmt)),
        span_from(start, end as usize),
    )
}

pub fn catch_clause(
    start: usize,
    param: Option<Pattern>,
    (body, body_span): (Block, Span),
) -> CatchClause {
    let span = span_from(start, body_span.end as usize);
    CatchClause {
        param,
        body,
        scope: Default::default(),
        span,
    }
}

pub fn switch_stmt(discriminant: Expr, cases: Vec<SwitchCase>, span: Span) -> Result<Stmt, PError> {
    if let Some(second) = cases.iter().filter(|c| c.test.is_none()).nth(1) {
        let start = second.span.start as usize;
        return Err(error(
            "More than one default clause in switch statement",
            span_from(start, start + "default".len()),
            "a second `default`",
        ));
    }
    let switch = SwitchStmt {
        discriminant,
        cases,
        scope: Default::default(),
    };
    Ok(stmt(StmtKind::Switch(Box::new(switch)), span))
}
