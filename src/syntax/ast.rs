//! The abstract syntax tree the parser builds and the evaluator walks.
//!
//! Invariants:
//! - Every node carries the byte [`Span`] of the source text it came from; line and column are
//!   computed only when a diagnostic or stack trace is rendered.
//! - The parser leaves every [`Ident::res`] as [`Res::Unresolved`] and every layout cell empty;
//!   the `scope` pass fills them in once, before evaluation. The evaluator never looks a local
//!   variable up by name.
//! - Functions are behind `Rc` so a closure value can point at its code without copying it.
//! - Dropping a tree of any depth is safe: [`Stmt`], [`Expr`], [`ArrayPattern`] and
//!   [`ObjectPattern`] (every cycle of nesting passes through one of them) drop their children
//!   through the stack guard.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A name or string literal in the source, held as the runtime's string type so the evaluator
/// turns it into a property key or string value by bumping a reference count.
pub type Name = crate::value::JsStr;

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Where an identifier's binding lives, decided by the `scope` pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Res {
    /// Not yet resolved (only between parsing and the scope pass).
    #[default]
    Unresolved,
    /// A slot in an environment `hops` environments up the chain from the current one;
    /// `mutable` is false for `const` bindings.
    Local { hops: u32, slot: u32, mutable: bool },
    /// Not declared anywhere in the program: looked up on the global object by name.
    Global,
}

/// `x` — a name, either a reference or a binding occurrence.
#[derive(Debug)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
    pub res: Cell<Res>,
}

impl Ident {
    pub fn new(name: Name, span: Span) -> Ident {
        Ident {
            name,
            span,
            res: Cell::new(Res::Unresolved),
        }
    }
}

/// `var a = 1; f();` — a whole script (or one REPL input).
#[derive(Debug)]
pub struct Program {
    pub body: Vec<Stmt>,
    pub span: Span,
    /// Filled by the `scope` pass: the slots of the top-level environment.
    pub scope: OnceCell<ScopeLayout>,
    /// Set by the `scope` pass when the top level uses `await`: the script then runs the way
    /// node runs a module, as an async body.
    pub has_top_level_await: Cell<bool>,
    /// The script starts with the directive `'use strict'`.
    pub has_use_strict: bool,
}

/// Whether `body` starts with a `'use strict'` directive (in its directive prologue: the
/// string-literal statements at its start).
pub fn has_use_strict(body: &[Stmt]) -> bool {
    body.iter()
        .map_while(|s| match &s.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::String(s),
                ..
            }) => Some(s.as_str() == "use strict"),
            _ => None,
        })
        .any(|strict| strict)
}

/// How a scope (block, loop head, catch clause, switch) is laid out at run time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScopeLayout {
    /// True when the scope gets an environment of its own (some binding in it is captured by a
    /// closure, so each entry — each loop iteration — needs fresh storage). False when its
    /// bindings live in slots of the enclosing environment.
    pub materialized: bool,
    /// Number of slots when materialized; otherwise the first slot in the enclosing environment.
    pub first_slot: u32,
    pub slot_count: u32,
    /// Slots that hold `let`/`const`/`class` bindings and so start in the temporal dead zone;
    /// they are reset on every entry. Given as indices into the scope's own environment (when
    /// materialized) or the enclosing one.
    pub tdz_slots: Vec<u32>,
    /// True when the scope declares functions, which are created when the scope is entered.
    pub has_function_decls: bool,
}

/// How a function's environment is laid out; filled by the `scope` pass.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionLayout {
    /// Total slots in the function's environment (parameters, `var`s, hoisted functions, and the
    /// `let`/`const` of blocks that are not materialized).
    pub slot_count: u32,
    /// The slot of each parameter but the rest parameter, in order; `None` for a destructuring
    /// pattern, whose argument is bound when the body starts.
    pub param_slots: Vec<Option<u32>>,
    /// The slot of the rest parameter `...args`, which receives an array of the other arguments.
    pub rest_slot: Option<u32>,
    /// For a named function expression, the slot that holds the function itself.
    pub self_slot: Option<u32>,
    /// `let`/`const` slots of the function body's top level, reset to the dead zone on entry.
    pub tdz_slots: Vec<u32>,
    /// Every parameter is a plain name without a default (`function f(a, b, ...c)`), so a
    /// call binds them all by slot and has no defaults or patterns to evaluate.
    pub plain_params: bool,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    /// `f(x);`
    Expr(Expr),
    /// `let a = 1, b;`
    VarDecl(VarDecl),
    /// `function f(a) { … }` — hoisted to the top of its scope.
    FunctionDecl(Rc<Function>),
    /// `class A extends B { … }` — a `let`-like binding (dead zone until the statement runs).
    ClassDecl(Box<Class>),
    /// `return x;`
    Return(Option<Expr>),
    /// `if (a) b; else c;`
    If {
        test: Expr,
        then: Box<Stmt>,
        otherwise: Option<Box<Stmt>>,
    },
    /// `{ … }`
    Block(Block),
    /// `for (let i = 0; i < n; i++) …`
    For(Box<ForStmt>),
    /// `for (const x of xs) …`, `for (const k in o) …`
    ForInOf(Box<ForInOfStmt>),
    /// `while (a) …`
    While { test: Expr, body: Box<Stmt> },
    /// `do … while (a);`
    DoWhile { body: Box<Stmt>, test: Expr },
    /// `break;` / `break label;`
    Break(Option<Ident>),
    /// `continue;` / `continue label;`
    Continue(Option<Ident>),
    /// `throw x;`
    Throw(Expr),
    /// `try { … } catch (e) { … } finally { … }`
    Try(Box<TryStmt>),
    /// `switch (x) { case 1: …; default: … }`
    Switch(Box<SwitchStmt>),
    /// `outer: for (…) …`
    Labeled { label: Ident, body: Box<Stmt> },
    /// `;`
    Empty,
}

/// `{ let a = 1; f(a); }`
#[derive(Debug)]
pub struct Block {
    pub body: Vec<Stmt>,
    pub span: Span,
    pub scope: OnceCell<ScopeLayout>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

/// `let a = 1, b` (also the head of a `for`).
#[derive(Debug)]
pub struct VarDecl {
    pub kind: VarKind,
    pub decls: Vec<Declarator>,
    pub span: Span,
}

/// `a = 1` inside a declaration.
#[derive(Debug)]
pub struct Declarator {
    pub target: Pattern,
    pub init: Option<Expr>,
    pub span: Span,
}

/// `for (init; test; update) body`
#[derive(Debug)]
pub struct ForStmt {
    pub init: Option<ForInit>,
    pub test: Option<Expr>,
    pub update: Option<Expr>,
    pub body: Stmt,
    /// The scope of `let`/`const` declared in the head; when materialized, each iteration gets
    /// a copy (so closures capture that iteration's `i`).
    pub scope: OnceCell<ScopeLayout>,
}

/// `for (const x of xs) body`, `for (k in o) body`, `for ([a, b] of pairs) body`
#[derive(Debug)]
pub struct ForInOfStmt {
    pub iterate: ForIterate,
    /// `var`/`let`/`const` of a declaration head; `None` when the head is an assignment target.
    pub decl: Option<VarKind>,
    pub target: Pattern,
    pub right: Expr,
    pub body: Stmt,
    /// The scope of the head's `let`/`const` bindings: fresh for each iteration.
    pub scope: OnceCell<ScopeLayout>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForIterate {
    /// `for … in`: the enumerable string keys, own then inherited.
    In,
    /// `for … of`: the values of the iterator protocol.
    Of,
}

#[derive(Debug)]
pub enum ForInit {
    VarDecl(VarDecl),
    Expr(Expr),
}

/// `try { … } catch (e) { … } finally { … }`
#[derive(Debug)]
pub struct TryStmt {
    pub block: Block,
    pub handler: Option<CatchClause>,
    pub finalizer: Option<Block>,
}

/// `catch (e) { … }` or `catch { … }`
#[derive(Debug)]
pub struct CatchClause {
    pub param: Option<Pattern>,
    pub body: Block,
    /// The scope holding `param`.
    pub scope: OnceCell<ScopeLayout>,
    pub span: Span,
}

/// `switch (x) { … }` — all cases share one block scope.
#[derive(Debug)]
pub struct SwitchStmt {
    pub discriminant: Expr,
    pub cases: Vec<SwitchCase>,
    pub scope: OnceCell<ScopeLayout>,
}

/// `case 1: a(); b();` (`test` is `None` for `default:`)
#[derive(Debug)]
pub struct SwitchCase {
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A function, function expression, method or arrow function.
#[derive(Debug)]
pub struct Function {
    /// The declared name (`function f`), or for anonymous functions the name inferred from the
    /// context (`const f = () => …`, `{ m() {} }`), with `name.res` unused in that case.
    pub name: Option<Ident>,
    /// True when `name` is written in the source (a declaration or named function expression).
    pub has_own_name: bool,
    pub params: Vec<Param>,
    pub body: FunctionBody,
    pub is_arrow: bool,
    /// `async function`, `async () => …`, `async m() {}`: calls return a promise and the body
    /// may `await`.
    pub is_async: bool,
    /// `function*`, `*m() {}`: calls return a generator and the body may `yield`.
    pub is_generator: bool,
    /// The body starts with the directive `'use strict'` (its code, and the functions in it,
    /// are strict; class bodies are strict without it).
    pub has_use_strict: bool,
    pub span: Span,
    pub layout: OnceCell<FunctionLayout>,
}

impl Function {
    /// True when the body runs on its own coroutine (it can suspend in the middle).
    pub fn suspends(&self) -> bool {
        self.is_async || self.is_generator
    }
}

/// One formal parameter: `a`, `a = 1`, `{ a, b } = {}`, or the rest parameter `...a` (always
/// the last one, never with a default, always a plain name).
#[derive(Debug)]
pub struct Param {
    pub target: Pattern,
    pub default: Option<Expr>,
    pub rest: bool,
}

#[derive(Debug)]
pub enum FunctionBody {
    /// `{ … }`
    Block(Vec<Stmt>),
    /// The expression body of an arrow: `x => x + 1`.
    Expr(Box<Expr>),
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    /// `1.5`, `0x1f`
    Number(f64),
    /// `'a'` (escapes already decoded)
    String(Name),
    /// `true`
    Bool(bool),
    /// `null`
    Null,
    /// `x`
    Ident(Ident),
    /// `this`
    This,
    /// `[1, , 3]` (`None` is a hole; an element may be a `Spread`)
    Array(Vec<Option<Expr>>),
    /// `...xs`: only as an element of an `Array` or an argument of a `Call` or `New`.
    Spread(Box<Expr>),
    /// `{ a: 1, b, m() {} }`
    Object(Vec<Property>),
    /// `function (a) { … }`
    Function(Rc<Function>),
    /// `(a) => a + 1`
    Arrow(Rc<Function>),
    /// `class { … }`, `class A extends B { … }` as an expression.
    Class(Box<Class>),
    /// `super(a, b)` in a derived class's constructor.
    SuperCall(Vec<Expr>),
    /// `super.m` or `super[k]` in a method: the property of the home object's prototype,
    /// read with the current `this` as receiver.
    SuperMember(MemberProp),
    /// `-a`, `!a`, `typeof a`, `void a`, `delete a.b`, `~a`, `+a`
    Unary(UnaryOp, Box<Expr>),
    /// `++a`, `a--`
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Expr>,
    },
    /// `a + b`. The flag is true when both operands are built only from number literals,
    /// variables, unary minus and arithmetic operators (decided by the parser): the evaluator
    /// then tries its side-effect-free numeric path first.
    Binary(BinaryOp, Box<Expr>, Box<Expr>, bool),
    /// `a && b`, `a || b`, `a ?? b`
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `a = b`, `a += b`, `a ??= b` (target is an `Ident` or `Member`, checked by the parser)
    Assign {
        op: AssignOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `[a, b] = [b, a]`, `({ x, y: z = 1 } = o)`: a destructuring assignment; its value is
    /// the right-hand side.
    AssignPattern {
        pattern: Box<Pattern>,
        value: Box<Expr>,
    },
    /// `a ? b : c`
    Conditional {
        test: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `f(a, b)`; `f?.(a)` when `optional` (only inside an [`ExprKind::OptionalChain`]).
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
        optional: bool,
    },
    /// `new F(a)` (`new F` has no args)
    New { callee: Box<Expr>, args: Vec<Expr> },
    /// `a.b` or `a[b]`; `a?.b` or `a?.[b]` when `optional` (only inside an
    /// [`ExprKind::OptionalChain`]).
    Member {
        object: Box<Expr>,
        property: MemberProp,
        optional: bool,
    },
    /// `a?.b.c()`: a chain with at least one optional link. When an optional link meets `null`
    /// or `undefined`, the whole chain — up to this node — is `undefined`. Parentheses end a
    /// chain: `(a?.b).c` reads `c` of the chain's value.
    OptionalChain(Box<Expr>),
    /// `a, b`
    Sequence(Vec<Expr>),
    /// `yield`, `yield x`, `yield* iterable` (only in generator bodies, checked by the scope
    /// pass).
    Yield {
        argument: Option<Box<Expr>>,
        delegate: bool,
    },
    /// `await x` (in async bodies and at the top level of a script).
    Await(Box<Expr>),
    /// `` `a${b}c` ``: `quasis` has one more piece than `exprs`, and the pieces alternate with
    /// the substitutions (`"a"`, `b`, `"c"`).
    Template {
        quasis: Vec<TemplateQuasi>,
        exprs: Vec<Expr>,
    },
}

/// One text piece of a template literal, escapes decoded ("cooked").
#[derive(Debug)]
pub struct TemplateQuasi {
    pub cooked: Name,
    /// The piece's source text, without the backtick, `${` or `}` around it.
    pub span: Span,
}

/// The part after the object in a member expression.
#[derive(Debug)]
pub enum MemberProp {
    /// `.name`
    Named(Name, Span),
    /// `[expr]`
    Computed(Box<Expr>),
}

/// One entry of an object literal.
#[derive(Debug)]
pub struct Property {
    pub key: PropKey,
    pub value: PropValue,
    pub span: Span,
}

#[derive(Debug)]
pub enum PropKey {
    /// `a:`, `'a':`, `1:` — the key as a string (numbers already in canonical form: `1.50:` is
    /// `"1.5"`).
    Static(Name),
    /// `[expr]:`
    Computed(Box<Expr>),
    /// `...expr`: not a key; the entry copies the own enumerable properties of its value
    /// (always a `PropValue::Init`).
    Spread,
}

#[derive(Debug)]
pub enum PropValue {
    /// `key: value`, and shorthand `a` (the value is then an `Ident` expression).
    Init(Expr),
    /// `m() { … }`
    Method(Rc<Function>),
    /// `get x() { … }`
    Getter(Rc<Function>),
    /// `set x(v) { … }`
    Setter(Rc<Function>),
    /// `{ a = 1 }`: a shorthand with a default (an `Assign` to an `Ident`), valid only where the
    /// literal becomes a destructuring pattern; anywhere else the scope pass rejects it.
    CoverInit(Expr),
}

/// `class A extends B { constructor() {} m() {} static s = 1; x = 2; }`
#[derive(Debug)]
pub struct Class {
    /// The declared name, or for an anonymous class expression the name inferred from the
    /// context (`const A = class {}`), as for functions.
    pub name: Option<Ident>,
    /// The class's own binding of its name, visible inside the body only (and immutable
    /// there); present when the name is written in the source.
    pub inner_name: Option<Ident>,
    /// `extends expr`
    pub extends: Option<Box<Expr>>,
    /// The `constructor(…) { … }` method, or an empty one made by the parser (a derived
    /// class without one passes its arguments to the parent: see `explicit_constructor`).
    pub constructor: Rc<Function>,
    pub explicit_constructor: bool,
    pub members: Vec<ClassMember>,
    pub span: Span,
    /// The scope of the body, holding `inner_name`.
    pub scope: OnceCell<ScopeLayout>,
}

/// One element of a class body other than the constructor.
#[derive(Debug)]
pub enum ClassMember {
    /// `m() {}`, `get x() {}`, `static set y(v) {}`: a `Property` with a `Method`, `Getter` or
    /// `Setter` value (made by the same grammar rule as object literal methods).
    Method { is_static: bool, prop: Property },
    /// `x = 1;`, `static y;`, `[k] = v;`: the initializer is a method-like function with an
    /// expression body, called with the instance (or the class, when static) as `this`.
    Field {
        is_static: bool,
        key: PropKey,
        init: Option<Rc<Function>>,
        span: Span,
    },
}

/// A destructuring target: a binding name, an array or object pattern, or (in assignment
/// patterns only) a member expression.
#[derive(Debug)]
pub enum Pattern {
    /// `a`
    Ident(Ident),
    /// `[a, , b = 1, ...rest]`
    Array(Box<ArrayPattern>),
    /// `{ a, b: c = 1, [k]: d, ...rest }`
    Object(Box<ObjectPattern>),
    /// `o.a` or `o[k]` (an `ExprKind::Member`), only in assignment patterns.
    Member(Box<Expr>),
}

/// `[a, , b = 1, ...rest]`: `None` elements are holes.
#[derive(Debug)]
pub struct ArrayPattern {
    pub elements: Vec<Option<PatternElem>>,
    pub rest: Option<Pattern>,
    pub span: Span,
}

/// One element of an array pattern, `b = 1`.
#[derive(Debug)]
pub struct PatternElem {
    pub target: Pattern,
    pub default: Option<Expr>,
}

/// `{ a, b: c = 1, [k]: d, ...rest }`
#[derive(Debug)]
pub struct ObjectPattern {
    pub props: Vec<PatternProp>,
    /// `...rest`: always a name (or a member in assignment patterns).
    pub rest: Option<Pattern>,
    pub span: Span,
}

/// One property of an object pattern: a `Static` or `Computed` key (never `Spread`).
#[derive(Debug)]
pub struct PatternProp {
    pub key: PropKey,
    pub target: Pattern,
    pub default: Option<Expr>,
    pub span: Span,
}

impl Pattern {
    pub fn span(&self) -> Span {
        match self {
            Pattern::Ident(id) => id.span,
            Pattern::Array(a) => a.span,
            Pattern::Object(o) => o.span,
            Pattern::Member(e) => e.span,
        }
    }

    /// The plain name, when the pattern is one.
    pub fn as_ident(&self) -> Option<&Ident> {
        match self {
            Pattern::Ident(id) => Some(id),
            _ => None,
        }
    }

    /// Appends every name the pattern binds, in source order.
    pub fn bound_names<'a>(&'a self, out: &mut Vec<&'a Ident>) {
        crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || match self {
            Pattern::Ident(id) => out.push(id),
            Pattern::Array(a) => {
                for e in a.elements.iter().flatten() {
                    e.target.bound_names(out);
                }
                if let Some(r) = &a.rest {
                    r.bound_names(out);
                }
            }
            Pattern::Object(o) => {
                for p in &o.props {
                    p.target.bound_names(out);
                }
                if let Some(r) = &o.rest {
                    r.bound_names(out);
                }
            }
            Pattern::Member(_) => {}
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    Inc,
    Dec,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
    In,
    Instanceof,
}

impl BinaryOp {
    /// True for the operators that take two numbers to a number.
    pub fn is_arithmetic(self) -> bool {
        use BinaryOp::*;
        matches!(
            self,
            Add | Sub | Mul | Div | Rem | Exp | BitAnd | BitOr | BitXor | Shl | Shr | UShr
        )
    }
}

impl Expr {
    /// Whether this expression is a number literal, a variable, or unary minus or arithmetic
    /// over such expressions (see [`ExprKind::Binary`]).
    pub fn is_numeric_shape(&self) -> bool {
        let mut e = self;
        // A loop, not recursion: `- - - … x` may be arbitrarily long.
        while let ExprKind::Unary(UnaryOp::Minus, operand) = &e.kind {
            e = operand;
        }
        match &e.kind {
            ExprKind::Number(_) | ExprKind::Ident(_) => true,
            ExprKind::Binary(op, _, _, numeric) => *numeric && op.is_arithmetic(),
            _ => false,
        }
    }

    /// Takes the node's kind out, leaving a leaf in its place (a node cannot be taken apart by
    /// moving its fields out, since it implements `Drop`).
    pub fn take_kind(&mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Null)
    }
}

impl Stmt {
    /// Takes the node's kind out, leaving an empty statement in its place.
    pub fn take_kind(&mut self) -> StmtKind {
        std::mem::replace(&mut self.kind, StmtKind::Empty)
    }
}

/// Stack room a node's drop needs before it goes on: far more than the few frames between two
/// nodes. Below it, the rest of the tree is dropped on a new stack segment.
const DROP_RED_ZONE: usize = 64 * 1024;
/// The size of such a segment.
const DROP_SEGMENT: usize = 1024 * 1024;

/// Drops `children` (a node's contents) through the stack guard.
fn drop_guarded<T>(children: T) {
    crate::util::stack::maybe_grow(DROP_RED_ZONE, DROP_SEGMENT, move || drop(children));
}

impl Drop for Expr {
    fn drop(&mut self) {
        if !matches!(
            self.kind,
            ExprKind::Number(_)
                | ExprKind::String(_)
                | ExprKind::Bool(_)
                | ExprKind::Null
                | ExprKind::Ident(_)
                | ExprKind::This
        ) {
            drop_guarded(self.take_kind());
        }
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        if !matches!(
            self.kind,
            StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_)
        ) {
            drop_guarded(self.take_kind());
        }
    }
}

impl Drop for ArrayPattern {
    fn drop(&mut self) {
        drop_guarded((std::mem::take(&mut self.elements), self.rest.take()));
    }
}

impl Drop for ObjectPattern {
    fn drop(&mut self) {
        drop_guarded((std::mem::take(&mut self.props), self.rest.take()));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

/// `=` or a compound assignment; `Op` reuses the binary operator (`+=` is `Op(Add)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Op(BinaryOp),
    Logical(LogicalOp),
}
