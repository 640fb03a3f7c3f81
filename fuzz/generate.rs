//! The grammar-aware program generator: random JavaScript in minnow's subset (README, "The
//! supported subset"), built from productions for statements and expressions, with values at
//! the edges (−0, NaN, 2^31, 2^32, 2^53, 1e21, astral and lone-surrogate strings, huge and
//! negative lengths and indices), deep nesting and deep recursion.
//!
//! Invariants:
//! - A program only names variables it declared before (in an enclosing scope), so most
//!   failures are the interesting ones, not `ReferenceError`s; every loop it writes has a
//!   small bound (fuel stops whatever still runs away).
//! - `Generated::deterministic` is false when the program's output may depend on real time
//!   (timers of different delays, intervals): only deterministic programs are compared with
//!   node. Generated programs never read clocks or `Math.random`.
//! - Sizes stay modest (strings and arrays of at most about a million elements), except the
//!   edge lengths, which are given to operations node finishes quickly.

use super::rng::Rng;

/// A generated program.
pub struct Generated {
    pub source: String,
    pub deterministic: bool,
}

/// Generates one program from `rng`.
pub fn program(rng: &mut Rng) -> Generated {
    let mut g = Gen {
        rng,
        scopes: vec![Vec::new()],
        next_name: 0,
        ctx: Ctx::default(),
        deterministic: true,
        nesting: 0,
    };
    let mut source = String::from(PRELUDE);
    let count = g.rng.range(3, 14);
    for _ in 0..count {
        let s = g.top_level_stmt();
        source.push_str(&s);
        source.push('\n');
    }
    source.push_str(&g.final_report());
    Generated {
        source,
        deterministic: g.deterministic,
    }
}

/// Prints a caught value without throwing again (a symbol or a null-prototype object has no
/// string conversion).
const PRELUDE: &str = "function show(e) { try { return e instanceof Error ? e.name + ': ' + e.message : typeof e + ' ' + String(e); } catch (x) { return 'unshowable ' + typeof e; } }\n";

#[derive(Clone, Copy, Default)]
struct Ctx {
    in_function: bool,
    in_async: bool,
    in_generator: bool,
    in_loop: bool,
}

struct Gen<'r> {
    rng: &'r mut Rng,
    /// Names visible at this point, innermost scope last.
    scopes: Vec<Vec<String>>,
    next_name: usize,
    ctx: Ctx,
    deterministic: bool,
    /// Statement nesting depth (bounds the size of a program).
    nesting: usize,
}

const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "3",
    "7",
    "10",
    "0.5",
    "-1.5",
    "NaN",
    "Infinity",
    "-Infinity",
    "2147483647",
    "2147483648",
    "-2147483648",
    "4294967295",
    "4294967296",
    "4294967301",
    "9007199254740991",
    "9007199254740992",
    "(2 ** 53)",
    "(2 ** 31)",
    "(2 ** 32)",
    "((-2) ** 31)",
    "1e21",
    "1e-7",
    "0.1",
    "5e6",
    "1.7976931348623157e308",
    "5e-324",
    "Number.MAX_SAFE_INTEGER",
    "Number.EPSILON",
    "0x10",
    "1_000",
    "255",
    "123.456",
];

const STRINGS: &[&str] = &[
    "''",
    "'a'",
    "'abc'",
    "'hello world'",
    "'0'",
    "'-0'",
    "'12'",
    "' 42 '",
    "'1e3'",
    "'0x1f'",
    "'NaN'",
    "'Infinity'",
    "'length'",
    "'__proto__'",
    "'constructor'",
    "'toString'",
    "'é'",
    "'€'",
    "'ß'",
    "'İ'",
    "'日本語'",
    "'😀'",
    "'a😀b'",
    "'\\uD800'",
    "'\\uDC00'",
    "'a\\uD83D'",
    "'\\uDE00z'",
    "'\\u0000'",
    "'\\uFDD0'",
    "'\\uFFFF'",
    "'\\uFEFF'",
    "'\\n'",
    "'\\t x'",
    "'\\u{1F600}'",
    "'\\u{10FFFF}'",
    "'x'.repeat(1000)",
    "'ab'.repeat(5)",
    "\"it's\"",
    "'4294967295'",
    "'2'",
    "'-1'",
    "'1.5'",
];

const KEYS: &[&str] = &[
    "'a'",
    "'b'",
    "'length'",
    "0",
    "1",
    "-1",
    "'-0'",
    "2 ** 32",
    "4294967294",
    "4294967295",
    "'1.5'",
    "1e21",
    "NaN",
    "Symbol.iterator",
    "Symbol.toStringTag",
    "'\\uFDD0'",
    "'😀'",
    "'\\uD800'",
    "'__proto__'",
    "'constructor'",
    "5e6",
    "'toString'",
    "'valueOf'",
];

const PROPERTIES: &[&str] = &[
    "length",
    "a",
    "b",
    "x",
    "name",
    "message",
    "constructor",
    "prototype",
    "size",
    "done",
    "value",
    "then",
    "stack",
    "description",
    "cause",
    "__proto__",
];

const BINARY: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "==",
    "!=",
    "===",
    "!==",
    "<",
    ">",
    "<=",
    ">=",
    "&&",
    "||",
    "??",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    ">>>",
    "in",
    "instanceof",
];

const STRING_METHODS: &[&str] = &[
    "slice",
    "substring",
    "substr",
    "indexOf",
    "lastIndexOf",
    "includes",
    "startsWith",
    "endsWith",
    "split",
    "replace",
    "replaceAll",
    "trim",
    "trimStart",
    "trimEnd",
    "padStart",
    "padEnd",
    "repeat",
    "at",
    "concat",
    "toUpperCase",
    "toLowerCase",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "normalize",
    "localeCompare",
    "toString",
    "valueOf",
];

const ARRAY_METHODS: &[&str] = &[
    "push",
    "pop",
    "shift",
    "unshift",
    "join",
    "indexOf",
    "lastIndexOf",
    "includes",
    "slice",
    "splice",
    "concat",
    "reverse",
    "fill",
    "flat",
    "flatMap",
    "at",
    "copyWithin",
    "sort",
    "toSorted",
    "toReversed",
    "toSpliced",
    "with",
    "map",
    "filter",
    "forEach",
    "reduce",
    "reduceRight",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "some",
    "every",
    "keys",
    "values",
    "entries",
    "toString",
    "toLocaleString",
];

/// Array methods that node finishes at once on an array-like of length 2^32 + 5 or 2^53 (they
/// touch a few elements near the given indices, or throw before looping).
const ARRAY_METHODS_QUICK_ON_HUGE: &[&str] = &[
    "push(1)",
    "pop()",
    "at(-1)",
    "at(2)",
    "slice(0, 3)",
    "slice(-2)",
    "map(x => x)",
    "filter(x => x, 0).length",
    "toSpliced(0, 1)",
    "with(0, 1)",
    "indexOf('b', -2)",
    "includes('a', -3)",
    "fill(7, -2)",
    "copyWithin(-1, -2)",
    "concat([1]).length",
];

const CALLBACKS: &[&str] = &[
    "x => x",
    "(x, i) => i",
    "x => !x",
    "(a, b) => a - b",
    "(a, b) => b < a ? -1 : 1",
    "x => [x, x]",
    "x => typeof x",
    "(acc, x) => acc + x",
    "function (x) { return this; }",
    "(x, i, arr) => arr.length",
    "x => { throw new RangeError('cb'); }",
];

impl Gen<'_> {
    fn fresh(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        format!("{prefix}{}", self.next_name)
    }

    fn declare(&mut self, name: &str) {
        self.scopes
            .last_mut()
            .expect("a scope")
            .push(name.to_string());
    }

    fn visible(&self) -> Vec<&String> {
        self.scopes.iter().flatten().collect()
    }

    fn some_var(&mut self) -> Option<String> {
        let count = self.visible().len();
        if count == 0 {
            return None;
        }
        let i = self.rng.below(count);
        Some(self.visible()[i].clone())
    }

    /// Runs `f` in a new scope and context; the names it declared disappear afterwards.
    fn scoped<T>(&mut self, ctx: Ctx, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.ctx;
        self.ctx = ctx;
        self.scopes.push(Vec::new());
        self.nesting += 1;
        let out = f(self);
        self.nesting -= 1;
        self.scopes.pop();
        self.ctx = saved;
        out
    }

    // ---- statements ----

    fn top_level_stmt(&mut self) -> String {
        if self.rng.chance(60) {
            // The block's declarations are not visible after it.
            let ctx = self.ctx;
            let s = self.scoped(ctx, |g| g.stmt(3));
            format!("try {{\n{s}\n}} catch (e) {{ console.log('caught', show(e)); }}")
        } else {
            self.stmt(3)
        }
    }

    /// Runs `f` with the context of a fresh function body: code generated for a nested
    /// function (a getter, a default parameter, a field) may not `await`, `yield` or `return`
    /// on behalf of the code around it.
    fn neutral<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.ctx;
        self.ctx = Ctx::default();
        let out = f(self);
        self.ctx = saved;
        out
    }

    fn block(&mut self, d: usize, ctx: Ctx) -> String {
        self.scoped(ctx, |g| {
            let n = g.rng.range(1, if g.nesting > 4 { 2 } else { 4 });
            let body: Vec<String> = (0..n).map(|_| g.stmt(d)).collect();
            format!("{{\n{}\n}}", body.join("\n"))
        })
    }

    fn stmt(&mut self, d: usize) -> String {
        let d = if self.nesting > 6 { 0 } else { d };
        if d == 0 {
            return self.simple_stmt();
        }
        match self.rng.below(30) {
            0..=5 => self.simple_stmt(),
            6 => self.if_stmt(d),
            7 => self.for_stmt(d),
            8 => self.for_of_stmt(d),
            9 => self.for_in_stmt(d),
            10 => self.while_stmt(d),
            11 => self.switch_stmt(d),
            12 => self.try_stmt(d),
            13 => self.function_decl(d),
            14 => self.class_decl(d),
            15 => self.timer_stmt(d),
            16 => self.promise_stmt(d),
            17 => self.async_stmt(d),
            18 => self.generator_stmt(d),
            19 => self.recursion_stmt(),
            20 => self.deep_nesting_stmt(),
            21 => self.length_edge_stmt(),
            22 => self.array_like_stmt(),
            23 => self.accessor_stmt(),
            24 => self.labelled_stmt(d),
            25 => self.bind_chain_stmt(),
            26 => self.collection_stmt(),
            27 => self.string_stmt(),
            28 => self.json_stmt(),
            _ => self.control_stmt(d),
        }
    }

    fn simple_stmt(&mut self) -> String {
        match self.rng.below(6) {
            0 | 1 => {
                let e = self.expr(3);
                let e2 = self.expr(2);
                format!("console.log({e}, {e2});")
            }
            2 => self.var_decl(),
            3 => {
                let e = self.expr(3);
                format!("{e};")
            }
            4 => match self.some_var() {
                Some(v) => {
                    let e = self.expr(2);
                    let op = self
                        .rng
                        .pick(&["=", "+=", "-=", "*=", "||=", "&&=", "??=", "|="]);
                    format!("try {{ {v} {op} {e}; }} catch (e) {{ console.log(show(e)); }}")
                }
                None => self.var_decl(),
            },
            _ => {
                let e = self.expr(2);
                format!("console.log(typeof ({e}), String([{e}]).length);")
            }
        }
    }

    fn var_decl(&mut self) -> String {
        let kind = *self.rng.pick(&["let", "const", "var", "let"]);
        let init = self.expr(3);
        match self.rng.below(6) {
            0 => {
                let (a, b, c) = (self.fresh("v"), self.fresh("v"), self.fresh("v"));
                let out = format!("{kind} [{a}, , {b} = 1, ...{c}] = [{init}, 2, undefined, 4];");
                for n in [a, b, c] {
                    self.declare(&n);
                }
                out
            }
            1 => {
                let (a, b, c) = (self.fresh("v"), self.fresh("v"), self.fresh("v"));
                let key = self.rng.pick(KEYS).to_string();
                let out = format!(
                    "{kind} {{ a: {a}, [{key}]: {b} = 'dflt', ...{c} }} = {{ a: {init}, b: 2 }};"
                );
                for n in [a, b, c] {
                    self.declare(&n);
                }
                out
            }
            _ => {
                let name = self.fresh("v");
                self.declare(&name);
                format!("{kind} {name} = {init};")
            }
        }
    }

    fn if_stmt(&mut self, d: usize) -> String {
        let c = self.expr(2);
        let ctx = self.ctx;
        let a = self.block(d - 1, ctx);
        if self.rng.chance(50) {
            let b = self.block(d - 1, ctx);
            format!("if ({c}) {a} else {b}")
        } else {
            format!("if ({c}) {a}")
        }
    }

    fn loop_ctx(&self) -> Ctx {
        Ctx {
            in_loop: true,
            ..self.ctx
        }
    }

    fn for_stmt(&mut self, d: usize) -> String {
        let i = self.fresh("i");
        let n = self.rng.range(0, 12);
        let ctx = self.loop_ctx();
        self.scoped(ctx, |g| {
            g.declare(&i);
            let body = g.block(d - 1, ctx);
            format!("for (let {i} = 0; {i} < {n}; {i}++) {body}")
        })
    }

    fn iterable(&mut self) -> String {
        match self.rng.below(8) {
            0 => self.array_literal(2),
            1 => self.rng.pick(STRINGS).to_string(),
            2 => {
                let a = self.array_literal(1);
                format!("new Set({a})")
            }
            3 => {
                let (k, v) = (self.expr(1), self.expr(1));
                format!("new Map([[{k}, {v}], ['k', 2]])")
            }
            4 => self.neutral(|g| {
                let (a, b) = (g.expr(1), g.expr(1));
                format!("(function* () {{ yield {a}; yield* [{b}, 3]; }})()")
            }),
            5 => {
                let o = self.object_literal(1);
                format!("Object.entries({o})")
            }
            6 => "{ [Symbol.iterator]() { let n = 0; return { next: () => ({ done: n > 2, value: n++ }), return() { console.log('closed'); return {}; } }; } }".to_string(),
            _ => self.expr(2),
        }
    }

    fn for_of_stmt(&mut self, d: usize) -> String {
        let x = self.fresh("x");
        let it = self.iterable();
        let ctx = self.loop_ctx();
        self.scoped(ctx, |g| {
            g.declare(&x);
            let body = g.block(d - 1, ctx);
            format!("for (const {x} of {it}) {body}")
        })
    }

    fn for_in_stmt(&mut self, d: usize) -> String {
        let k = self.fresh("k");
        let o = if self.rng.chance(50) {
            self.object_literal(2)
        } else {
            self.expr(2)
        };
        let ctx = self.loop_ctx();
        self.scoped(ctx, |g| {
            g.declare(&k);
            let body = g.block(d - 1, ctx);
            format!("for (const {k} in {o}) {body}")
        })
    }

    fn while_stmt(&mut self, d: usize) -> String {
        let w = self.fresh("w");
        let n = self.rng.range(0, 8);
        let ctx = self.loop_ctx();
        let body = self.block(d - 1, ctx);
        if self.rng.chance(50) {
            format!("let {w} = 0;\nwhile ({w}++ < {n}) {body}")
        } else {
            format!("let {w} = 0;\ndo {body} while (++{w} < {n});")
        }
    }

    fn switch_stmt(&mut self, d: usize) -> String {
        let e = self.expr(2);
        let ctx = Ctx {
            in_loop: self.ctx.in_loop,
            ..self.ctx
        };
        let mut cases = String::new();
        for _ in 0..self.rng.range(1, 4) {
            let c = self.expr(1);
            let body = self.block(d - 1, ctx);
            let brk = if self.rng.chance(60) { " break;" } else { "" };
            cases.push_str(&format!("case {c}: {body}{brk}\n"));
        }
        if self.rng.chance(50) {
            let body = self.block(d - 1, ctx);
            cases.push_str(&format!("default: {body}\n"));
        }
        // A `break` in a case leaves the switch, so the switch counts as a loop for `break`
        // only; `continue` still needs an enclosing loop, which `ctx` already tells.
        format!("switch ({e}) {{\n{cases}}}")
    }

    fn try_stmt(&mut self, d: usize) -> String {
        let ctx = self.ctx;
        let body = self.block(d - 1, ctx);
        let throw = if self.rng.chance(40) {
            let e = self.thrown_value();
            format!("\nthrow {e};")
        } else {
            String::new()
        };
        let body = format!("{{ {}{throw} }}", &body[1..body.len() - 1]);
        let e = self.fresh("e");
        let handler = self.scoped(ctx, |g| {
            g.declare(&e);
            let h = g.block(d - 1, ctx);
            format!("catch ({e}) {{ console.log('catch', show({e})); {h} }}")
        });
        match self.rng.below(3) {
            0 => format!("try {body} {handler}"),
            1 => {
                let f = self.block(d - 1, ctx);
                format!("try {body} {handler} finally {f}")
            }
            _ => {
                let f = self.block(d - 1, ctx);
                format!(
                    "try {{ try {body} finally {f} }} catch (e) {{ console.log('outer', show(e)); }}"
                )
            }
        }
    }

    fn thrown_value(&mut self) -> String {
        match self.rng.below(5) {
            0 => "new Error('boom')".into(),
            1 => "new TypeError('bad', { cause: 1 })".into(),
            2 => self.expr(1),
            3 => "new AggregateError([1, new Error('x')], 'agg')".into(),
            _ => "Symbol('thrown')".into(),
        }
    }

    fn params(&mut self) -> Vec<String> {
        (0..self.rng.range(0, 3)).map(|_| self.fresh("p")).collect()
    }

    fn param_list(&mut self, params: &[String]) -> String {
        let mut out: Vec<String> = Vec::new();
        for (i, p) in params.iter().enumerate() {
            out.push(match self.rng.below(6) {
                0 => format!("{p} = {}", self.neutral(|g| g.expr(1))),
                1 if i == params.len() - 1 => format!("...{p}"),
                _ => p.clone(),
            });
        }
        out.join(", ")
    }

    /// A function body over `params`, ending in a return of an expression.
    fn function_body(&mut self, d: usize, params: &[String], ctx: Ctx) -> String {
        self.scoped(ctx, |g| {
            for p in params {
                g.declare(p);
            }
            let n = g.rng.range(0, 3);
            let mut body: Vec<String> = (0..n).map(|_| g.stmt(d.saturating_sub(1))).collect();
            let r = g.expr(2);
            body.push(format!("return {r};"));
            format!("{{\n{}\n}}", body.join("\n"))
        })
    }

    fn function_decl(&mut self, d: usize) -> String {
        let name = self.fresh("f");
        let params = self.params();
        let list = self.param_list(&params);
        let (kw, ctx) = match self.rng.below(4) {
            0 => (
                "async function",
                Ctx {
                    in_function: true,
                    in_async: true,
                    ..Ctx::default()
                },
            ),
            1 => (
                "function*",
                Ctx {
                    in_function: true,
                    in_generator: true,
                    ..Ctx::default()
                },
            ),
            _ => (
                "function",
                Ctx {
                    in_function: true,
                    ..Ctx::default()
                },
            ),
        };
        let body = self.function_body(d, &params, ctx);
        self.declare(&name);
        let args = self.args(params.len());
        let call = match kw {
            "function*" => format!("console.log([...{name}({args})].length);"),
            "async function" => {
                format!(
                    "{name}({args}).then(v => console.log('async', typeof v), e => console.log('rejected', show(e)));"
                )
            }
            _ => format!("console.log({name}({args}));"),
        };
        format!("{kw} {name}({list}) {body}\n{call}")
    }

    fn args(&mut self, n: usize) -> String {
        let mut out: Vec<String> = (0..n).map(|_| self.expr(1)).collect();
        if self.rng.chance(15) {
            let a = self.array_literal(1);
            out.push(format!("...{a}"));
        }
        out.join(", ")
    }

    fn class_decl(&mut self, d: usize) -> String {
        let name = self.fresh("C");
        let base = match self.rng.below(6) {
            0 => " extends Error".to_string(),
            1 => " extends Array".to_string(),
            2 => " extends Map".to_string(),
            3 => match self.visible().iter().find(|n| n.starts_with('C')) {
                Some(c) => format!(" extends {c}"),
                None => String::new(),
            },
            4 => " extends Promise".to_string(),
            _ => String::new(),
        };
        let derived = !base.is_empty();
        let ctx = Ctx {
            in_function: true,
            ..Ctx::default()
        };
        let mut members = Vec::new();
        let field = self.neutral(|g| g.expr(1));
        members.push(format!("field = {field};"));
        if self.rng.chance(40) {
            let s = self.neutral(|g| g.expr(1));
            members.push(format!("static s = {s};"));
        }
        let p = self.fresh("p");
        let ctor_body = self.function_body(d.saturating_sub(1), std::slice::from_ref(&p), ctx);
        let sup = if derived { "super(p0);" } else { "" };
        members.push(format!(
            "constructor(p0, {p}) {{ {sup} this.x = p0; (() => {ctor_body})(); }}"
        ));
        let m = self.function_body(d.saturating_sub(1), &[], ctx);
        members.push(format!("method() {m}"));
        members.push("get g() { return this.x; }".into());
        members.push("set g(v) { this.x = v; }".into());
        let key = self.rng.pick(KEYS).to_string();
        members.push(format!("[{key}]() {{ return 'computed'; }}"));
        if derived && self.rng.chance(50) {
            members.push("toString() { return 'S:' + super.toString(); }".into());
        }
        members.push("static make(...a) { return new this(...a); }".into());
        if self.rng.chance(30) {
            members.push("*[Symbol.iterator]() { yield this.x; yield 2; }".into());
        }
        self.declare(&name);
        let arg = self.expr(1);
        format!(
            "class {name}{base} {{\n{}\n}}\nconsole.log(new {name}({arg}, 1).g, {name}.make(2).method(), {name}.name);",
            members.join("\n")
        )
    }

    fn timer_stmt(&mut self, d: usize) -> String {
        let ctx = Ctx {
            in_function: true,
            ..Ctx::default()
        };
        let body = self.block(d - 1, ctx);
        match self.rng.below(5) {
            0 => {
                let delay = *self.rng.pick(&["0", "1", "", "-5", "NaN"]);
                let sep = if delay.is_empty() { "" } else { ", " };
                format!("setTimeout(() => {body}{sep}{delay});")
            }
            1 => {
                self.deterministic = false;
                let delay = self.rng.pick(&["2", "5", "10", "20"]);
                format!("setTimeout(() => {body}, {delay});")
            }
            2 => {
                self.deterministic = false;
                let n = self.rng.range(1, 4);
                let id = self.fresh("t");
                format!(
                    "let {id}n = 0; const {id} = setInterval(() => {{ if (++{id}n >= {n}) clearInterval({id}); {} }}, 1);",
                    &body[1..body.len() - 1]
                )
            }
            3 => format!("queueMicrotask(() => {body});"),
            _ => {
                let id = self.fresh("t");
                format!("const {id} = setTimeout(() => {body}, 0); clearTimeout({id});")
            }
        }
    }

    fn promise_stmt(&mut self, d: usize) -> String {
        let ctx = Ctx {
            in_function: true,
            ..Ctx::default()
        };
        let v = self.fresh("pv");
        let start = match self.rng.below(6) {
            0 => format!("Promise.resolve({})", self.expr(2)),
            1 => format!("Promise.reject({})", self.expr(1)),
            2 => self.neutral(|g| {
                format!(
                    "new Promise((res, rej) => {{ {} res({}); }})",
                    g.simple_stmt(),
                    g.expr(1)
                )
            }),
            3 => format!(
                "Promise.all([{}, Promise.resolve(2), {}])",
                self.expr(1),
                self.expr(1)
            ),
            4 => format!(
                "Promise.{}([Promise.reject(new Error('r')), {}])",
                self.rng.pick(&["any", "race", "allSettled"]),
                self.expr(1)
            ),
            _ => format!("Promise.resolve({{ then(r) {{ r({}); }} }})", self.expr(1)),
        };
        let body = self.scoped(ctx, |g| {
            g.declare(&v);
            g.function_body(d.saturating_sub(1), &[], ctx)
        });
        format!(
            "{start}.then(({v}) => {body}).catch(e => console.log('promise', show(e))).finally(() => console.log('fin'));"
        )
    }

    fn async_stmt(&mut self, d: usize) -> String {
        let ctx = Ctx {
            in_function: true,
            in_async: true,
            ..Ctx::default()
        };
        let body = self.function_body(d, &[], ctx);
        format!(
            "(async () => {body})().then(v => console.log('done', typeof v), e => console.log('async error', show(e)));"
        )
    }

    fn generator_stmt(&mut self, d: usize) -> String {
        let ctx = Ctx {
            in_function: true,
            in_generator: true,
            ..Ctx::default()
        };
        let body = self.function_body(d, &[], ctx);
        let g = self.fresh("g");
        let drive = match self.rng.below(4) {
            0 => format!("console.log([...{g}]);"),
            1 => format!("console.log({g}.next(1), {g}.return(2), {g}.next());"),
            2 => format!(
                "try {{ console.log({g}.next(), {g}.throw(new Error('in'))); }} catch (e) {{ console.log(show(e)); }}"
            ),
            _ => format!("for (const y of {g}) {{ console.log('y', typeof y); }}"),
        };
        format!("const {g} = (function* () {body})();\n{drive}")
    }

    /// Deep recursion, plain and inside async bodies and generators: both engines throw the
    /// same `RangeError` past their limit (depths near either limit are avoided, since node
    /// and minnow stop at different depths).
    fn recursion_stmt(&mut self) -> String {
        let r = self.fresh("r");
        let depth = *self.rng.pick(&["10", "1000", "5000", "50000", "1e6"]);
        let base = format!("function {r}(n) {{ return n <= 0 ? 0 : 1 + {r}(n - 1); }}\n");
        let call = match self.rng.below(6) {
            0 => format!(
                "try {{ console.log({r}({depth})); }} catch (e) {{ console.log(show(e)); }}"
            ),
            1 => format!(
                "(async () => {r}({depth}))().then(v => console.log(v), e => console.log(show(e)));"
            ),
            2 => format!(
                "try {{ console.log([...(function* () {{ yield {r}({depth}); }})()]); }} catch (e) {{ console.log(show(e)); }}"
            ),
            3 => format!(
                "async function {r}a(n) {{ return n <= 0 ? 0 : 1 + await {r}a(n - 1); }}\n{r}a({}).then(v => console.log(v), e => console.log(show(e)));",
                self.rng.pick(&["10", "500", "3000"])
            ),
            4 => format!(
                "function* {r}g(n) {{ if (n > 0) yield* {r}g(n - 1); yield n; }}\ntry {{ console.log([...{r}g({})].length); }} catch (e) {{ console.log(show(e)); }}",
                self.rng.pick(&["10", "300", "20000"])
            ),
            _ => format!(
                "const {r}o = {{ toString() {{ return String({r}o); }} }};\ntry {{ console.log(`${{{r}o}}`); }} catch (e) {{ console.log(show(e)); }}"
            ),
        };
        format!("{base}{call}")
    }

    /// Source nested very deeply: the parser, the scope pass and the evaluator must neither
    /// overflow the native stack nor take forever.
    fn deep_nesting_stmt(&mut self) -> String {
        let n = *self.rng.pick(&[20, 200, 1000, 3000, 10000, 20000]);
        let (open, mid, close) = match self.rng.below(10) {
            0 => ("[", "1", "]"),
            1 => ("(", "1", ")"),
            2 => ("{a:", "1", "}"),
            3 => ("- ", "1", ""),
            4 => ("!", "0", ""),
            5 => ("(() => ", "1", ")()"),
            6 => ("`${", "1", "}`"),
            7 => ("0 ? 1 : ", "2", ""),
            8 => ("typeof ", "1", ""),
            _ => ("[...", "[1]", "]"),
        };
        let expr = format!("{}{mid}{}", open.repeat(n), close.repeat(n));
        match self.rng.below(4) {
            0 => format!(
                "try {{ console.log(JSON.stringify({expr}).length); }} catch (e) {{ console.log(show(e)); }}"
            ),
            1 => format!("{}console.log('deep');{}", "{".repeat(n), "}".repeat(n)),
            2 => format!("{}console.log('if');", "if (1) ".repeat(n)),
            _ => format!(
                "try {{ const deep = {expr}; console.log(typeof deep); }} catch (e) {{ console.log(show(e)); }}"
            ),
        }
    }

    fn edge_length(&mut self) -> &'static str {
        self.rng.pick::<&'static str>(&[
            "-1",
            "0",
            "1",
            "3",
            "NaN",
            "2 ** 31",
            "2 ** 32",
            "2 ** 32 + 5",
            "2 ** 53",
            "1e21",
            "-0",
            "1.5",
            "'2'",
            "Infinity",
        ])
    }

    /// Array lengths and indices at the edges (valid, invalid, huge, sparse).
    fn length_edge_stmt(&mut self) -> String {
        let a = self.fresh("a");
        let len = self.edge_length();
        let idx = self.rng.pick(&[
            "5e6",
            "2 ** 32 - 2",
            "2 ** 32",
            "-1",
            "'1e3'",
            "4294967294",
            "1.5",
            "2 ** 53",
        ]);
        let op = match self.rng.below(10) {
            0 => format!("{a}.length = {len};"),
            1 => format!("{a}[{idx}] = 'far';"),
            2 => format!("{a} = new Array({len});"),
            // node loops over a valid length element by element: keep those small.
            3 if len != "2 ** 31" => format!("{a} = Array.from({{ length: {len} }}, (x, i) => i);"),
            4 => format!("{a}.length = {len}; {a}.push(1);"),
            5 => format!("{a}[{idx}] = 1; {a}.length = 2;"),
            6 => format!("{a} = Array({len}).fill(0, -2);"),
            7 => format!("{a}.splice({idx}, 1, 'x');"),
            8 => format!("{a} = Array.of(...{a}, {len});"),
            9 => format!("{a}[{idx}] = 2; {a}.sort();"),
            _ => format!("{a}.reverse(); {a}.copyWithin({idx}, 0);"),
        };
        format!(
            "{{ let {a} = [1, 2, 3];\ntry {{ {op} console.log({a}.length, {a}.at(-1), {a}.indexOf(2)); }} catch (e) {{ console.log(show(e)); }} }}"
        )
    }

    /// Array methods `.call`ed on array-likes (strings, objects with edge lengths).
    fn array_like_stmt(&mut self) -> String {
        let len = self.edge_length();
        let huge = matches!(
            len,
            "2 ** 31" | "2 ** 32" | "2 ** 32 + 5" | "2 ** 53" | "1e21" | "Infinity"
        );
        let receiver = match self.rng.below(4) {
            0 if !huge => self.rng.pick(STRINGS).to_string(),
            _ => format!("{{ length: {len}, 0: 'a', 1: 'b', 2: 'c' }}"),
        };
        let call = if huge {
            let m = self.rng.pick(ARRAY_METHODS_QUICK_ON_HUGE);
            let (name, rest) = m.split_once('(').expect("a call");
            format!("Array.prototype.{name}.call(o, {rest}")
        } else {
            let m = self.rng.pick(ARRAY_METHODS);
            let cb = self.rng.pick(CALLBACKS);
            let arg = self.expr(1);
            match self.rng.below(3) {
                0 => format!("Array.prototype.{m}.call(o, {cb})"),
                1 => format!("Array.prototype.{m}.apply(o, [{arg}, 1])"),
                _ => format!("[].{m}.call(o, {arg})"),
            }
        };
        format!(
            "try {{ const o = {receiver}; const r = {call}; console.log(r, o); }} catch (e) {{ console.log(show(e)); }}"
        )
    }

    fn accessor_stmt(&mut self) -> String {
        let o = self.fresh("o");
        let key = self.rng.pick(KEYS).to_string();
        let value = self.neutral(|g| g.expr(1));
        let frozen = self.rng.pick(&[
            "",
            "Object.freeze(o);",
            "Object.seal(o);",
            "Object.preventExtensions(o);",
        ]);
        format!(
            "{{ const {o} = {{ n: 0, get [{key}]() {{ return ++this.n; }}, set [{key}](v) {{ this.n = v; }} }};\n\
             Object.defineProperty({o}, 'd', {{ get() {{ return {value}; }}, enumerable: {} }});\n\
             const o = {o}; {frozen}\n\
             try {{ {o}[{key}] = 5; console.log({o}[{key}], {o}.d, Object.keys({o}), JSON.stringify({o}), {o}); }} catch (e) {{ console.log(show(e)); }} }}",
            self.rng.chance(50)
        )
    }

    fn labelled_stmt(&mut self, d: usize) -> String {
        let l = self.fresh("L");
        let (i, j) = (self.fresh("i"), self.fresh("j"));
        let ctx = self.loop_ctx();
        let body = self.block(d - 1, ctx);
        let jump = self.rng.pick(&["break", "continue"]);
        format!(
            "{l}: for (let {i} = 0; {i} < 3; {i}++) {{ for (let {j} = 0; {j} < 3; {j}++) {{ if ({j} === 1) {jump} {l}; {} }} }}",
            &body[1..body.len() - 1]
        )
    }

    fn bind_chain_stmt(&mut self) -> String {
        let n = self.rng.range(1, 40);
        let mut f = "function (a, b, c) { return [this === undefined ? 'u' : typeof this, a, b, c].join(); }".to_string();
        f = format!("({f})");
        for k in 0..n {
            f = format!("{f}.bind({{ k: {k} }}, {k})");
        }
        let arg = self.expr(1);
        format!(
            "{{ const b = {f}; console.log(b.name.length, b.length, b({arg}), new b(1) instanceof Object); }}"
        )
    }

    fn collection_stmt(&mut self) -> String {
        let (k, v) = (self.expr(1), self.expr(1));
        let key = self.rng.pick(KEYS).to_string();
        format!(
            "{{ const m = new Map([[{k}, {v}], [NaN, 'nan'], [-0, 'zero'], [{key}, 'key']]); const s = new Set([{k}, {v}, NaN, 0, -0]);\n\
             m.set(m, s); s.add(s); m.delete({v});\n\
             console.log(m.size, s.size, m.get(0), m.has(NaN), [...m.keys()].length, [...s].length, m, s);\n\
             m.forEach((val, key, map) => {{ if (map.size < 10) map.set(String(map.size), val); }});\n\
             console.log(Object.fromEntries([...m].filter(([k]) => typeof k !== 'symbol' && typeof k !== 'object')), m.size); }}"
        )
    }

    fn string_stmt(&mut self) -> String {
        let s = self.rng.pick(STRINGS).to_string();
        let t = self.rng.pick(STRINGS).to_string();
        let m = self.rng.pick(STRING_METHODS);
        let arg = match self.rng.below(4) {
            0 => t.clone(),
            1 => self.rng.pick(NUMBERS).to_string(),
            2 => format!("{t}, {}", self.rng.pick(NUMBERS)),
            _ => self.expr(1),
        };
        format!(
            "try {{ const r = ({s}).{m}({arg}); console.log(JSON.stringify(r), typeof r === 'string' ? [...r].length + ':' + r.length : r); }} catch (e) {{ console.log(show(e)); }}\n\
             console.log(String.fromCharCode({}, 0xD800, 65), String.fromCodePoint(0x1F600, 97), `${{{t}}}|${{{s}}}`.split('').length);",
            self.rng.pick(NUMBERS)
        )
    }

    fn json_stmt(&mut self) -> String {
        let v = self.expr(2);
        let indent = self.rng.pick(&[
            "",
            ", null, 2",
            ", (k, v) => typeof v === 'number' ? v + 1 : v",
            ", ['a', 'b']",
            ", null, '\\t'",
        ]);
        let text = self.rng.pick(&[
            "'{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\\ud800\"}'",
            "'[1, 2'",
            "'\"\\\\u0041\"'",
            "'1e400'",
            "'{\"__proto__\": 1}'",
            "'-0'",
            "'[]'",
        ]);
        format!(
            "try {{ console.log(JSON.stringify({v}{indent})); }} catch (e) {{ console.log(show(e)); }}\n\
             try {{ console.log(JSON.parse({text}, (k, v) => v)); }} catch (e) {{ console.log(show(e)); }}"
        )
    }

    /// `return`, `break`, `continue`, `yield`, `await` and `throw` where they are allowed.
    fn control_stmt(&mut self, d: usize) -> String {
        let mut options = vec!["throw"];
        if self.ctx.in_function {
            options.push("return");
        }
        if self.ctx.in_loop {
            options.push("break");
            options.push("continue");
        }
        if self.ctx.in_generator {
            options.push("yield");
        }
        if self.ctx.in_async {
            options.push("await");
        }
        let e = self.expr(1);
        match *self.rng.pick(&options) {
            "return" => format!("if ({e}) return {};", self.expr(1)),
            "break" => format!("if ({e}) break;"),
            "continue" => format!("if ({e}) continue;"),
            "yield" => format!("console.log('sent', yield {e});"),
            "await" => format!("console.log('awaited', typeof (await {e}));"),
            _ if d > 1 => {
                let t = self.thrown_value();
                format!("if ({e}) throw {t};")
            }
            _ => self.simple_stmt(),
        }
    }

    // ---- expressions ----

    fn expr(&mut self, d: usize) -> String {
        if d == 0 || self.rng.chance(25) {
            return self.atom();
        }
        let d1 = d - 1;
        match self.rng.below(24) {
            0..=2 => {
                let op = self.rng.pick(BINARY);
                let (a, b) = (self.expr(d1), self.expr(d1));
                format!("({a} {op} {b})")
            }
            3 => {
                let op = self.rng.pick(&["-", "+", "!", "~", "typeof ", "void "]);
                let a = self.expr(d1);
                format!("({op}{a})")
            }
            4 => {
                let (a, b, c) = (self.expr(d1), self.expr(d1), self.expr(d1));
                format!("({a} ? {b} : {c})")
            }
            5 => {
                let a = self.expr(d1);
                match self.rng.below(4) {
                    0 => format!("{a}?.{}", self.rng.pick(PROPERTIES)),
                    1 => format!("({a})[{}]", self.rng.pick(KEYS)),
                    2 => format!("({a})?.[{}]", self.rng.pick(KEYS)),
                    _ => format!("({a}).{}", self.rng.pick(PROPERTIES)),
                }
            }
            6 | 7 => self.method_call(d1),
            8 => self.static_call(d1),
            9 => self.array_literal(d1),
            10 => self.object_literal(d1),
            11 => {
                let (a, b) = (self.expr(d1), self.expr(d1));
                format!("`t${{{a}}}-${{{b}}}\\u00e9`")
            }
            12 => self.function_expr(d1),
            13 => self.call_var(d1),
            14 => {
                let a = self.array_literal(d1);
                self.rng
                    .pick(&[
                        format!("new Map({a}.map((x, i) => [x, i]))"),
                        format!("new Set({a})"),
                        format!("[...new Set({a})]"),
                        format!("Array.from(new Map([[1, {a}]]).values())"),
                    ])
                    .clone()
            }
            15 => match self.some_var() {
                Some(v) => {
                    let op = self.rng.pick(&["=", "+=", "**=", "??=", "<<="]);
                    let e = self.expr(d1);
                    format!("({v} {op} {e})")
                }
                None => self.atom(),
            },
            16 => {
                let e = self.expr(d1);
                format!(
                    "new (class extends Array {{ constructor(...a) {{ super(...a); this.tag = {e}; }} }})(3)"
                )
            }
            17 if self.ctx.in_async => format!("(await {})", self.expr(d1)),
            17 if self.ctx.in_generator => format!("(yield {})", self.expr(d1)),
            17 => format!("Promise.resolve({})", self.expr(d1)),
            18 => {
                let (a, b) = (self.expr(d1), self.expr(d1));
                format!("({a}, {b})")
            }
            19 => format!("JSON.parse(JSON.stringify({}) ?? 'null')", self.expr(d1)),
            20 => self.neutral(|g| {
                format!(
                    "[...(function* () {{ yield {}; yield* {}; }})()]",
                    g.expr(d1),
                    g.array_literal(d1)
                )
            }),
            21 => format!("Symbol({})", self.rng.pick(STRINGS)),
            22 => {
                let a = self.expr(d1);
                format!(
                    "({a} instanceof {})",
                    self.rng
                        .pick(&["Object", "Array", "Error", "Function", "Map", "Promise"])
                )
            }
            _ => {
                let e = self.expr(d1);
                format!("delete ({e})[{}]", self.rng.pick(KEYS))
            }
        }
    }

    fn atom(&mut self) -> String {
        match self.rng.below(12) {
            0..=2 => self.rng.pick(NUMBERS).to_string(),
            3..=5 => self.rng.pick(STRINGS).to_string(),
            6..=8 => self
                .some_var()
                .unwrap_or_else(|| self.rng.pick(NUMBERS).to_string()),
            9 => self
                .rng
                .pick(&["true", "false", "null", "undefined", "[]", "{}"])
                .to_string(),
            10 => self
                .rng
                .pick(&[
                    "Symbol.for('s')",
                    "Symbol.iterator",
                    "Math",
                    "JSON",
                    "Object.prototype",
                    "Array.prototype",
                    "Object.create(null)",
                    "Number.MIN_VALUE",
                    "[1, , 3]",
                    "[, ]",
                    "new Error('e')",
                ])
                .to_string(),
            _ => self
                .rng
                .pick(&[
                    "show", "Object", "Array", "String", "Number", "Boolean", "Promise", "Map",
                    "Set", "Symbol", "Error",
                ])
                .to_string(),
        }
    }

    fn array_literal(&mut self, d: usize) -> String {
        let n = self.rng.range(0, 4);
        let mut items: Vec<String> = Vec::new();
        for _ in 0..n {
            items.push(match self.rng.below(8) {
                0 => String::new(),
                1 => format!("...{}", self.iterable_atom()),
                _ => self.expr(d.saturating_sub(1)),
            });
        }
        format!("[{}]", items.join(", "))
    }

    fn iterable_atom(&mut self) -> String {
        self.rng
            .pick(&[
                "[1, 2]",
                "'a😀'",
                "new Set([3])",
                "new Map([[1, 2]])",
                "[, 'h']",
                "'\\uD800x'",
            ])
            .to_string()
    }

    fn object_literal(&mut self, d: usize) -> String {
        let n = self.rng.range(0, 4);
        let mut items: Vec<String> = Vec::new();
        // A second `__proto__: v` in one literal is a syntax error.
        let mut has_proto = false;
        for _ in 0..n {
            let v = self.expr(d.saturating_sub(1));
            let in_function = self.neutral(|g| g.expr(d.saturating_sub(1)));
            items.push(match self.rng.below(8) {
                0 => format!("[{}]: {v}", self.rng.pick(KEYS)),
                1 => format!("...{v}"),
                2 => format!(
                    "get {}() {{ return {in_function}; }}",
                    self.rng.pick(PROPERTIES)
                ),
                3 => format!("set {}(x) {{ this._s = x; }}", self.rng.pick(PROPERTIES)),
                4 => format!("m() {{ return {in_function}; }}"),
                5 if !has_proto => {
                    has_proto = true;
                    format!("__proto__: {v}")
                }
                _ => format!(
                    "{}: {v}",
                    self.rng.pick(&["a", "b", "'c d'", "1", "'😀'", "x"])
                ),
            });
        }
        format!("({{ {} }})", items.join(", "))
    }

    fn method_call(&mut self, d: usize) -> String {
        let recv = self.expr(d);
        let (m, args) = if self.rng.chance(50) {
            (
                self.rng.pick(ARRAY_METHODS).to_string(),
                self.rng.pick(CALLBACKS).to_string(),
            )
        } else {
            (self.rng.pick(STRING_METHODS).to_string(), self.expr(d))
        };
        if self.rng.chance(20) {
            format!("({recv})?.{m}?.({args})")
        } else {
            format!("({recv}).{m}({args})")
        }
    }

    fn static_call(&mut self, d: usize) -> String {
        let a = self.expr(d);
        let f = self.rng.pick(&[
            "Object.keys",
            "Object.values",
            "Object.entries",
            "Object.assign({}, ",
            "Object.freeze",
            "Object.getOwnPropertyNames",
            "Object.getOwnPropertySymbols",
            "Object.getPrototypeOf",
            "Object.fromEntries",
            "Object.is(-0, ",
            "Array.from",
            "Array.isArray",
            "Array.of",
            "JSON.stringify",
            "Math.max",
            "Math.min",
            "Math.abs",
            "Math.round",
            "Math.sign",
            "Math.trunc",
            "Math.hypot",
            "Number",
            "String",
            "Boolean",
            "parseInt",
            "parseFloat",
            "Number.isInteger",
            "Number.isSafeInteger",
            "isNaN",
            "String.fromCharCode",
            "String.fromCodePoint",
            "Symbol.for",
            "Symbol.keyFor",
            "Promise.resolve",
            "Object.getOwnPropertyDescriptors",
            "Object.create",
            "(1).toFixed",
            "(123.456).toPrecision",
            "(255).toString",
            "(1e21).toExponential",
            "Number.parseFloat",
        ]);
        if f.ends_with(", ") {
            format!("{f}{a})")
        } else {
            format!("{f}({a})")
        }
    }

    fn function_expr(&mut self, d: usize) -> String {
        let params = self.params();
        let list = self.param_list(&params);
        let ctx = Ctx {
            in_function: true,
            ..Ctx::default()
        };
        if self.rng.chance(50) {
            let body = self.scoped(ctx, |g| {
                for p in &params {
                    g.declare(p);
                }
                g.expr(d)
            });
            format!("(({list}) => {body})")
        } else {
            let body = self.function_body(1, &params, ctx);
            format!("(function ({list}) {body})")
        }
    }

    fn call_var(&mut self, d: usize) -> String {
        let declared = self
            .visible()
            .into_iter()
            .find(|n| n.starts_with('f'))
            .cloned();
        let callee = match declared {
            Some(f) if self.rng.chance(70) => f,
            _ => self.function_expr(d),
        };
        let n = self.rng.range(0, 3);
        let args = self.args(n);
        match self.rng.below(5) {
            0 => format!("{callee}.call({}, {args})", self.expr(0)),
            1 => format!("{callee}.apply(null, [{args}])"),
            2 => format!("{callee}.bind({}, {})({args})", self.expr(0), self.expr(0)),
            _ => format!("{callee}({args})"),
        }
    }

    /// Prints every top-level variable at the end, through `console.log`'s inspection.
    fn final_report(&mut self) -> String {
        let names: Vec<String> = self.scopes[0]
            .iter()
            .filter(|n| n.starts_with('v'))
            .cloned()
            .collect();
        names
            .iter()
            .map(|n| {
                format!(
                    "try {{ console.log('{n}', {n}); }} catch (e) {{ console.log(show(e)); }}\n"
                )
            })
            .collect()
    }
}
