//! The parser's tests: trees as s-expressions, error wording and labels, deep nesting.

use super::*;
use crate::syntax::ast::*;

fn max_nesting() -> usize {
    crate::syntax::DEFAULT_MAX_NESTING
}

/// Parses with the default nesting limit.
fn parse(source: &str) -> Result<Program, SyntaxError> {
    super::parse(source, max_nesting())
}

// -- A compact S-expression dump of the tree, for readable assertions. ------------------

fn binary_op(op: BinaryOp) -> &'static str {
    use BinaryOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
        Exp => "**",
        Eq => "==",
        NotEq => "!=",
        StrictEq => "===",
        StrictNotEq => "!==",
        Lt => "<",
        LtEq => "<=",
        Gt => ">",
        GtEq => ">=",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        Shl => "<<",
        Shr => ">>",
        UShr => ">>>",
        In => "in",
        Instanceof => "instanceof",
    }
}

fn logical_op(op: LogicalOp) -> &'static str {
    match op {
        LogicalOp::And => "&&",
        LogicalOp::Or => "||",
        LogicalOp::Nullish => "??",
    }
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Minus => "-",
        UnaryOp::Plus => "+",
        UnaryOp::Not => "!",
        UnaryOp::BitNot => "~",
        UnaryOp::Typeof => "typeof",
        UnaryOp::Void => "void",
        UnaryOp::Delete => "delete",
    }
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(" ")
}

fn function(f: &Function) -> String {
    let name = match (&f.name, f.has_own_name) {
        (Some(n), true) => format!("{} ", n.name),
        (Some(n), false) => format!("~{} ", n.name),
        (None, _) => String::new(),
    };
    let params = list(f.params.iter().map(|p| match &p.default {
        Some(d) => format!("{}={}", pattern(&p.target), expr(d)),
        None if p.rest => format!("...{}", pattern(&p.target)),
        None => pattern(&p.target),
    }));
    let body = match &f.body {
        FunctionBody::Block(stmts) => format!("{{{}}}", list(stmts.iter().map(stmt))),
        FunctionBody::Expr(e) => expr(e),
    };
    let kind = match (f.is_arrow, f.is_async, f.is_generator) {
        (true, true, _) => "async =>",
        (true, false, _) => "=>",
        (false, true, _) => "async function",
        (false, false, true) => "function*",
        (false, false, false) => "function",
    };
    format!("({kind} {name}({params}) {body})")
}

fn class(c: &Class) -> String {
    let name = c
        .name
        .as_ref()
        .map_or("_".to_string(), |n| n.name.to_string());
    let extends = c
        .extends
        .as_ref()
        .map_or(String::new(), |e| format!(" extends {}", expr(e)));
    let ctor = if c.explicit_constructor {
        format!(" ctor:{}", function(&c.constructor))
    } else {
        String::new()
    };
    let members = list(c.members.iter().map(|m| match m {
        ClassMember::Method { is_static, prop } => {
            let s = if *is_static { "static " } else { "" };
            let (kind, f) = match &prop.value {
                PropValue::Method(f) => ("", f),
                PropValue::Getter(f) => ("get ", f),
                PropValue::Setter(f) => ("set ", f),
                _ => unreachable!("class methods are functions"),
            };
            format!("{s}{kind}{}:{}", key(&prop.key), function(f))
        }
        ClassMember::Field {
            is_static,
            key: k,
            init,
            ..
        } => {
            let s = if *is_static { "static " } else { "" };
            let init = init.as_ref().map_or("_".to_string(), |f| function(f));
            format!("{s}field {}={init}", key(k))
        }
    }));
    format!("(class {name}{extends}{ctor} {{{members}}})")
}

fn pattern(p: &Pattern) -> String {
    let with_default = |t: &Pattern, d: &Option<Expr>| match d {
        Some(d) => format!("{}={}", pattern(t), expr(d)),
        None => pattern(t),
    };
    let rest = |r: &Option<Pattern>| r.as_ref().map(|r| format!("...{}", pattern(r)));
    match p {
        Pattern::Ident(id) => id.name.to_string(),
        Pattern::Member(e) => expr(e),
        Pattern::Array(a) => format!(
            "[{}]",
            list(
                a.elements
                    .iter()
                    .map(|e| e
                        .as_ref()
                        .map_or("_".to_string(), |e| with_default(&e.target, &e.default)))
                    .chain(rest(&a.rest))
            )
        ),
        Pattern::Object(o) => format!(
            "{{{}}}",
            list(
                o.props
                    .iter()
                    .map(|p| format!("{}:{}", key(&p.key), with_default(&p.target, &p.default)))
                    .chain(rest(&o.rest))
            )
        ),
    }
}

fn key(k: &PropKey) -> String {
    match k {
        PropKey::Static(s) => s.to_string(),
        PropKey::Computed(e) => format!("[{}]", expr(e)),
        PropKey::Spread => "...".to_string(),
    }
}

fn expr(e: &Expr) -> String {
    use ExprKind::*;
    match &e.kind {
        Number(n) => format!("{n}"),
        String(s) => format!("{s:?}"),
        Bool(b) => b.to_string(),
        Null => "null".into(),
        Ident(id) => id.name.to_string(),
        This => "this".into(),
        Array(items) => {
            format!(
                "[{}]",
                list(
                    items
                        .iter()
                        .map(|i| i.as_ref().map_or("_".to_string(), expr))
                )
            )
        }
        Object(props) => format!(
            "{{{}}}",
            list(props.iter().map(|p| match &p.value {
                PropValue::Init(v) | PropValue::CoverInit(v) =>
                    format!("{}:{}", key(&p.key), expr(v)),
                PropValue::Method(f) => format!("{}:{}", key(&p.key), function(f)),
                PropValue::Getter(f) => format!("get {}:{}", key(&p.key), function(f)),
                PropValue::Setter(f) => format!("set {}:{}", key(&p.key), function(f)),
            }))
        ),
        Function(f) | Arrow(f) => function(f),
        Class(c) => class(c),
        SuperCall(args) => format!("(super {})", list(args.iter().map(expr))),
        SuperMember(MemberProp::Named(n, _)) => format!("(super.{n})"),
        SuperMember(MemberProp::Computed(k)) => format!("(super[{}])", expr(k)),
        Unary(op, a) => format!("({} {})", unary_op(*op), expr(a)),
        Update { op, prefix, target } => {
            let op = if *op == UpdateOp::Inc { "++" } else { "--" };
            if *prefix {
                format!("({op}pre {})", expr(target))
            } else {
                format!("(post{op} {})", expr(target))
            }
        }
        Binary(op, a, b, _) => format!("({} {} {})", binary_op(*op), expr(a), expr(b)),
        Logical(op, a, b) => format!("({} {} {})", logical_op(*op), expr(a), expr(b)),
        Assign { op, target, value } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Op(b) => format!("{}=", binary_op(*b)),
                AssignOp::Logical(l) => format!("{}=", logical_op(*l)),
            };
            format!("({op} {} {})", expr(target), expr(value))
        }
        AssignPattern { pattern: p, value } => {
            format!("(= {} {})", pattern(p), expr(value))
        }
        Conditional {
            test,
            then,
            otherwise,
        } => format!("(? {} {} {})", expr(test), expr(then), expr(otherwise)),
        OptionalChain(c) => format!("(?chain {})", expr(c)),
        Spread(a) => format!("(... {})", expr(a)),
        Call {
            callee,
            args,
            optional: true,
        } => format!(
            "(?call {})",
            list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
        ),
        Call { callee, args, .. } => format!(
            "(call {})",
            list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
        ),
        New { callee, args } => format!(
            "(new {})",
            list(std::iter::once(expr(callee)).chain(args.iter().map(expr)))
        ),
        Member {
            object,
            property: MemberProp::Named(name, _),
            optional,
        } => format!(
            "({} {} {name})",
            if *optional { "?." } else { "." },
            expr(object)
        ),
        Member {
            object,
            property: MemberProp::Computed(p),
            optional,
        } => format!(
            "({} {} {})",
            if *optional { "?.[]" } else { "[]" },
            expr(object),
            expr(p)
        ),
        Sequence(items) => format!("(, {})", list(items.iter().map(expr))),
        Yield { argument, delegate } => {
            let star = if *delegate { "*" } else { "" };
            match argument {
                Some(a) => format!("(yield{star} {})", expr(a)),
                None => format!("(yield{star})"),
            }
        }
        Await(a) => format!("(await {})", expr(a)),
        Template { quasis, exprs } => {
            let mut parts = vec![format!("{:?}", quasis[0].cooked.as_str())];
            for (e, q) in exprs.iter().zip(&quasis[1..]) {
                parts.push(expr(e));
                parts.push(format!("{:?}", q.cooked.as_str()));
            }
            format!("(` {})", list(parts))
        }
    }
}

fn var_decl(d: &VarDecl) -> String {
    let kind = match d.kind {
        VarKind::Var => "var",
        VarKind::Let => "let",
        VarKind::Const => "const",
    };
    let decls = d.decls.iter().map(|d| match &d.init {
        Some(init) => format!("({} {})", pattern(&d.target), expr(init)),
        None => format!("({})", pattern(&d.target)),
    });
    format!("({kind} {})", list(decls))
}

fn block(b: &Block) -> String {
    format!("{{{}}}", list(b.body.iter().map(stmt)))
}

fn stmt(s: &Stmt) -> String {
    use StmtKind::*;
    let opt = |e: &Option<crate::syntax::ast::Expr>| e.as_ref().map_or("_".to_string(), expr);
    match &s.kind {
        Expr(e) => expr(e),
        VarDecl(d) => var_decl(d),
        FunctionDecl(f) => function(f),
        ClassDecl(c) => class(c),
        Return(e) => format!("(return {})", opt(e)),
        If {
            test,
            then,
            otherwise,
        } => match otherwise {
            Some(o) => format!("(if {} {} {})", expr(test), stmt(then), stmt(o)),
            None => format!("(if {} {})", expr(test), stmt(then)),
        },
        Block(b) => block(b),
        For(f) => {
            let init = match &f.init {
                Some(ForInit::VarDecl(d)) => var_decl(d),
                Some(ForInit::Expr(e)) => expr(e),
                None => "_".into(),
            };
            format!(
                "(for {init} {} {} {})",
                opt(&f.test),
                opt(&f.update),
                stmt(&f.body)
            )
        }
        ForInOf(f) => {
            let decl = match f.decl {
                Some(crate::syntax::ast::VarKind::Var) => "var ",
                Some(crate::syntax::ast::VarKind::Let) => "let ",
                Some(crate::syntax::ast::VarKind::Const) => "const ",
                None => "",
            };
            let word = match f.iterate {
                ForIterate::In => "in",
                ForIterate::Of => "of",
            };
            format!(
                "(for-{word} {decl}{} {} {})",
                pattern(&f.target),
                expr(&f.right),
                stmt(&f.body)
            )
        }
        While { test, body } => format!("(while {} {})", expr(test), stmt(body)),
        DoWhile { body, test } => format!("(do {} {})", stmt(body), expr(test)),
        Break(l) => format!(
            "(break{})",
            l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
        ),
        Continue(l) => format!(
            "(continue{})",
            l.as_ref().map_or(String::new(), |l| format!(" {}", l.name))
        ),
        Throw(e) => format!("(throw {})", expr(e)),
        Try(t) => {
            let mut out = format!("(try {}", block(&t.block));
            if let Some(h) = &t.handler {
                let param = h.param.as_ref().map_or("_".to_string(), pattern);
                out += &format!(" (catch {param} {})", block(&h.body));
            }
            if let Some(f) = &t.finalizer {
                out += &format!(" (finally {})", block(f));
            }
            out + ")"
        }
        Switch(s) => {
            let cases = s.cases.iter().map(|c| {
                let head = c
                    .test
                    .as_ref()
                    .map_or("default".to_string(), |t| format!("case {}", expr(t)));
                format!("({head}: {})", list(c.body.iter().map(stmt)))
            });
            format!("(switch {} {})", expr(&s.discriminant), list(cases))
        }
        Labeled { label, body } => format!("({}: {})", label.name, stmt(body)),
        Empty => ";".into(),
    }
}

// -- Helpers ---------------------------------------------------------------------------

/// The whole program as S-expressions, one statement per line.
fn p(src: &str) -> String {
    match parse(src) {
        Ok(program) => program.body.iter().map(stmt).collect::<Vec<_>>().join("\n"),
        Err(e) => panic!("{src:?} failed: {e:?}"),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse(src) {
        Ok(program) => panic!(
            "{src:?} parsed: {}",
            program.body.iter().map(stmt).collect::<Vec<_>>().join("\n")
        ),
        Err(e) => e,
    }
}

/// Asserts the error message and the source text the span covers.
fn check_err(src: &str, message: &str, at: &str) {
    let e = err(src);
    assert_eq!(e.message, message, "{src:?}: {e:?}");
    assert_eq!(
        &src[e.span.start as usize..e.span.end as usize],
        at,
        "{src:?}: {e:?}"
    );
}

fn first_expr(src: &str) -> Expr {
    let program = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match program.body.into_iter().next().map(|mut s| s.take_kind()) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("{src:?}: not an expression statement: {other:?}"),
    }
}

fn text(src: &str, span: Span) -> &str {
    &src[span.start as usize..span.end as usize]
}

#[test]
fn precedence() {
    assert_eq!(p("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(p("(1 + 2) * 3"), "(* (+ 1 2) 3)");
    assert_eq!(p("a - b - c"), "(- (- a b) c)");
    assert_eq!(p("a || b && c"), "(|| a (&& b c))");
    assert_eq!(p("a && b || c"), "(|| (&& a b) c)");
    assert_eq!(p("a ? b : c ? d : e"), "(? a b (? c d e))");
    assert_eq!(p("a ? b ? c : d : e"), "(? a (? b c d) e)");
    assert_eq!(p("a = b = c"), "(= a (= b c))");
    assert_eq!(p("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(p("(-2) ** 2"), "(** (- 2) 2)");
    assert_eq!(p("2 ** -2"), "(** 2 (- 2))");
    assert_eq!(p("a ?? b ?? c"), "(?? (?? a b) c)");
    assert_eq!(p("(a || b) ?? c"), "(?? (|| a b) c)");
    assert_eq!(p("a | b ^ c & d"), "(| a (^ b (& c d)))");
    assert_eq!(p("a == b < c"), "(== a (< b c))");
    assert_eq!(p("a < b << c + d"), "(< a (<< b (+ c d)))");
    assert_eq!(p("a in b instanceof c"), "(instanceof (in a b) c)");
    assert_eq!(p("!a.b"), "(! (. a b))");
    assert_eq!(p("typeof a === 'x'"), "(=== (typeof a) \"x\")");
    assert_eq!(
        p("-a ** 2 === void 0"
            .replace("-a ** 2", "-(a ** 2)")
            .as_str()),
        "(=== (- (** a 2)) (void 0))"
    );
    assert_eq!(p("a++ + ++b"), "(+ (post++ a) (++pre b))");
    assert_eq!(p("a = b ? c : d"), "(= a (? b c d))");
    assert_eq!(p("a ? b : c = d"), "(? a b (= c d))");
    assert_eq!(p("a, b = c, d"), "(, a (= b c) d)");
    assert_eq!(p("x += y -= z"), "(+= x (-= y z))");
    assert_eq!(
        p("a ||= b; c &&= d; e ??= f; g **= 2; h >>>= 1"),
        "(||= a b)\n(&&= c d)\n(??= e f)\n(**= g 2)\n(>>>= h 1)"
    );
    assert_eq!(
        p("delete a[0], void 0, ~x, +y"),
        "(, (delete ([] a 0)) (void 0) (~ x) (+ y))"
    );
}

#[test]
fn member_call_and_new() {
    assert_eq!(
        p("a.b.c(d)(e)[f]"),
        "([] (call (call (. (. a b) c) d) e) f)"
    );
    assert_eq!(p("new F"), "(new F)");
    assert_eq!(p("new F()"), "(new F)");
    assert_eq!(p("new a.b.C(x)"), "(new (. (. a b) C) x)");
    assert_eq!(p("new F().m()"), "(call (. (new F) m))");
    assert_eq!(p("new new F()()"), "(new (new F))");
    assert_eq!(p("new F(1)(2)"), "(call (new F 1) 2)");
    assert_eq!(p("new (f())"), "(new (call f))");
    assert_eq!(p("f(a, b,)"), "(call f a b)");
    assert_eq!(p("f()"), "(call f)");
    assert_eq!(
        p("p.then(v => v).catch(e => 1).finally(() => {})"),
        "(call (. (call (. (call (. p then) (=> (v) v)) catch) (=> (e) 1)) finally) (=> () {}))"
    );
}

#[test]
fn keywords_as_property_names() {
    assert_eq!(
        p("a.default; obj.new; x.catch(f); p.finally(g); a.if.class"),
        "(. a default)\n(. obj new)\n(call (. x catch) f)\n(call (. p finally) g)\n(. (. a if) class)"
    );
    assert_eq!(
        p("x = { if: 1, new: 2, class: 3, return: 4, of: 5, get: 6, set: 7 }"),
        "(= x {if:1 new:2 class:3 return:4 of:5 get:6 set:7})"
    );
    assert_eq!(p("a.return\n(x)"), "(call (. a return) x)");
    assert_eq!(
        p("let of = 1, get = 2, set = 3, static = 4; of + get"),
        "(let (of 1) (get 2) (set 3) (static 4))\n(+ of get)"
    );
}

#[test]
fn literals() {
    assert_eq!(p("[1, , 3]"), "[1 _ 3]");
    assert_eq!(p("[,]"), "[_]");
    assert_eq!(p("[, ,]"), "[_ _]");
    assert_eq!(p("[a,]"), "[a]");
    assert_eq!(p("[a,,]"), "[a _]");
    assert_eq!(p("[]"), "[]");
    assert_eq!(p("x = {}"), "(= x {})");
    assert_eq!(
        p("x = { a, b: 2, 'c d': 3, 1.50: 4, 0x10: 5, [k]: 6, }"),
        "(= x {a:a b:2 c d:3 1.5:4 16:5 [k]:6})"
    );
    assert_eq!(
        p("x = { m(a) { return a }, 'n'() {}, 2() {}, [k]() {} }"),
        "(= x {m:(function ~m (a) {(return a)}) n:(function ~n () {}) 2:(function ~2 () {}) [k]:(function () {})})"
    );
    assert_eq!(
        p("this; null; true; false; undefined; 'a\\n'; 1e3"),
        "this\nnull\ntrue\nfalse\nundefined\n\"a\\n\"\n1000"
    );
    assert_eq!(
        p("x = { 1e21: 1, .5: 2, 100: 3 }"),
        "(= x {1e+21:1 0.5:2 100:3})"
    );
}

#[test]
fn template_literals() {
    assert_eq!(p("`abc`"), "(` \"abc\")");
    assert_eq!(p("``"), "(` \"\")");
    assert_eq!(p("`a${b}c`"), "(` \"a\" b \"c\")");
    assert_eq!(
        p("x = `${a + 1}${b}`"),
        "(= x (` \"\" (+ a 1) \"\" b \"\"))"
    );
    assert_eq!(p("`a${`b${c}`}d`"), "(` \"a\" (` \"b\" c \"\") \"d\")");
    assert_eq!(p("`${{ a: 1 }.a}`"), "(` \"\" (. {a:1} a) \"\")");
    assert_eq!(p("`\\n\\u{41}\\x42\\``"), "(` \"\\nAB`\")");
    assert_eq!(p("`a`.length"), "(. (` \"a\") length)");
    assert_eq!(p("f(`x`)"), "(call f (` \"x\"))");
    let src = "x = `ab${c}de${f}`";
    let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
        panic!()
    };
    assert_eq!(text(src, value.span), "`ab${c}de${f}`");
    let ExprKind::Template { quasis, .. } = &value.kind else {
        panic!()
    };
    let texts: Vec<&str> = quasis.iter().map(|q| text(src, q.span)).collect();
    assert_eq!(texts, ["ab", "de", ""]);
    check_err("`${}`", "Unexpected token '}'", "}");
    check_err("`${a b}`", "Unexpected identifier 'b'", "b");
    check_err("`${1`", "Unterminated template literal", "`");
    check_err("`a\\unicode`", "Invalid Unicode escape sequence", "\\u");
    check_err("`${1}\\x4`", "Invalid hexadecimal escape sequence", "\\x");
    check_err(
        "`\\1`",
        "Octal escape sequences are not allowed in template strings.",
        "\\1",
    );
}

#[test]
fn optional_chaining() {
    assert_eq!(p("a?.b"), "(?chain (?. a b))");
    assert_eq!(p("a?.b.c"), "(?chain (. (?. a b) c))");
    assert_eq!(p("a?.[k]"), "(?chain (?.[] a k))");
    assert_eq!(p("f?.(x)"), "(?chain (?call f x))");
    assert_eq!(p("a?.m()"), "(?chain (call (?. a m)))");
    assert_eq!(p("a.b?.c"), "(?chain (?. (. a b) c))");
    assert_eq!(p("f()?.x[0]"), "(?chain ([] (?. (call f) x) 0))");
    assert_eq!(p("a?.b?.c"), "(?chain (?. (?. a b) c))");
    assert_eq!(p("(a?.b).c"), "(. (?chain (?. a b)) c)");
    assert_eq!(p("a?.b()()"), "(?chain (call (call (?. a b))))");
    assert_eq!(p("new F()?.x"), "(?chain (?. (new F) x))");
    assert_eq!(p("x = a ?.5:1"), "(= x (? a 0.5 1))");
    assert_eq!(p("a?.b ?? c"), "(?? (?chain (?. a b)) c)");
    assert_eq!(p("delete a?.b"), "(delete (?chain (?. a b)))");
    assert_eq!(p("a?.if.new"), "(?chain (. (?. a if) new))");
    let src = "x = a?.b.c(1)";
    let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
        panic!()
    };
    assert_eq!(text(src, value.span), "a?.b.c(1)");
    check_err("a?.b = 1", "Invalid left-hand side in assignment", "a?.b");
    check_err("a?.b += 1", "Invalid left-hand side in assignment", "a?.b");
    check_err(
        "a?.b++",
        "Invalid left-hand side expression in postfix operation",
        "a?.b",
    );
    check_err(
        "--a?.[0]",
        "Invalid left-hand side expression in prefix operation",
        "a?.[0]",
    );
    check_err(
        "new a?.b()",
        "Invalid optional chain from new expression",
        "?.",
    );
    check_err(
        "new a.b?.()",
        "Invalid optional chain from new expression",
        "?.",
    );
    check_err("a?.`x`", "Invalid tagged template on optional chain", "`x`");
    check_err("a?.", "Unexpected end of input", "");
    check_err("a?.;", "Unexpected token ';'", ";");
}

#[test]
fn spread_and_rest() {
    assert_eq!(p("f(...a)"), "(call f (... a))");
    assert_eq!(p("f(a, ...b, c, ...d,)"), "(call f a (... b) c (... d))");
    assert_eq!(p("new F(...a)"), "(new F (... a))");
    assert_eq!(p("o?.m(...a)"), "(?chain (call (?. o m) (... a)))");
    assert_eq!(p("[...a, 1, , ...[b]]"), "[(... a) 1 _ (... [b])]");
    assert_eq!(p("[...a,]"), "[(... a)]");
    assert_eq!(
        p("x = { ...o, a: 1, ...f() }"),
        "(= x {...:o a:1 ...:(call f)})"
    );
    assert_eq!(p("f(...a || b)"), "(call f (... (|| a b)))");
    assert_eq!(
        p("function f(a, ...rest) {}"),
        "(function f (a ...rest) {})"
    );
    assert_eq!(p("x = function (...r) {}"), "(= x (function ~x (...r) {}))");
    assert_eq!(p("(...args) => args"), "(=> (...args) args)");
    assert_eq!(p("(a, b = 1, ...c) => c"), "(=> (a b=1 ...c) c)");
    assert_eq!(p("o = { m(...r) {} }"), "(= o {m:(function ~m (...r) {})})");
    let src = "f(a, ...bc)";
    let ExprKind::Call { args, .. } = first_expr(src).take_kind() else {
        panic!()
    };
    assert_eq!(text(src, args[1].span), "...bc");
    check_err(
        "function f(...a, b) {}",
        "Rest parameter must be last formal parameter",
        ",",
    );
    check_err(
        "function f(...a,) {}",
        "Rest parameter must be last formal parameter",
        ",",
    );
    check_err(
        "(a, ...b, c) => 1",
        "Rest parameter must be last formal parameter",
        ",",
    );
    check_err(
        "function f(...a = 1) {}",
        "Rest parameter may not have a default initializer",
        "=",
    );
    check_err(
        "(a, ...a) => 1",
        "Duplicate parameter name not allowed in this context",
        "a",
    );
    check_err("x = ...a", "Unexpected token '...'", "...");
    check_err("(...a);", "Unexpected token ';'", ";");
    assert_eq!(err("(...a)").label, "expected `=>`");
    check_err("f(... )", "Unexpected token ')'", ")");
    check_err("a + ...b", "Unexpected token '...'", "...");
}

#[test]
fn object_literal_versus_block() {
    assert_eq!(p("{ a: 1 }"), "{(a: 1)}");
    assert_eq!(p("{}"), "{}");
    assert_eq!(p("({ a: 1 })"), "{a:1}");
    assert_eq!(p("x = { a: 1 }"), "(= x {a:1})");
    assert_eq!(p("{ let a = 1; }"), "{(let (a 1))}");
    assert_eq!(p("(function () {})"), "(function () {})");
    assert_eq!(p("(function () {})()"), "(call (function () {}))");
    assert_eq!(p("!function () {}()"), "(! (call (function () {})))");
    check_err("{ a: 1, b: 2 }", "Unexpected token ':'", ":");
    check_err(
        "function () {}",
        "Function statements require a function name",
        "function",
    );
}

#[test]
fn functions_and_name_inference() {
    assert_eq!(
        p("function f(a, b = 1,) { return a + b }"),
        "(function f (a b=1) {(return (+ a b))})"
    );
    assert_eq!(p("const f = () => 1"), "(const (f (=> ~f () 1)))");
    assert_eq!(p("let g = function () {}"), "(let (g (function ~g () {})))");
    assert_eq!(
        p("let h = function named() {}"),
        "(let (h (function named () {})))"
    );
    assert_eq!(p("x = () => 1"), "(= x (=> ~x () 1))");
    assert_eq!(p("x ||= () => 1"), "(||= x (=> ~x () 1))");
    assert_eq!(p("x += () => 1"), "(+= x (=> () 1))");
    assert_eq!(p("o.x = () => 1"), "(= (. o x) (=> () 1))");
    assert_eq!(
        p("o = { a: () => 1, 'b': function () {} }"),
        "(= o {a:(=> ~a () 1) b:(function ~b () {})})"
    );
    assert_eq!(
        p("function f(cb = () => 1) {}"),
        "(function f (cb=(=> ~cb () 1)) {})"
    );
    assert_eq!(p("const f = (() => 1)"), "(const (f (=> ~f () 1)))");
    assert_eq!(p("if (a) function f() {}"), "(if a (function f () {}))");
    assert_eq!(p("{ function f() {} }"), "{(function f () {})}");
}

#[test]
fn arrows() {
    assert_eq!(p("x => x * 2"), "(=> (x) (* x 2))");
    assert_eq!(p("(a, b) => a + b"), "(=> (a b) (+ a b))");
    assert_eq!(p("() => {}"), "(=> () {})");
    assert_eq!(p("(a = 1, b) => { return a }"), "(=> (a=1 b) {(return a)})");
    assert_eq!(p("(a) => ({ a })"), "(=> (a) {a:a})");
    assert_eq!(p("a => b => a + b"), "(=> (a) (=> (b) (+ a b)))");
    assert_eq!(p("f(x => x, y)"), "(call f (=> (x) x) y)");
    assert_eq!(
        p("x = a ? b => 1 : c => 2"),
        "(= x (? a (=> (b) 1) (=> (c) 2)))"
    );
    assert_eq!(p("() => function () {}"), "(=> () (function () {}))");
    assert_eq!(p("() => x = 1"), "(=> () (= x 1))");
    assert_eq!(p("(a) = 1"), "(= a 1)");
    assert_eq!(p("async1 => 1"), "(=> (async1) 1)");
    check_err(
        "(a + 1) => a",
        "Invalid destructuring assignment target",
        "a + 1",
    );
    check_err(
        "(a, a) => 1",
        "Duplicate parameter name not allowed in this context",
        "a",
    );
    check_err("x\n=> 1", "Unexpected token '=>'", "=>");
    check_err(
        "a + (b) => c",
        "Malformed arrow function parameter list",
        "=>",
    );
    check_err("f(a) => c", "Malformed arrow function parameter list", "=>");
    check_err("a; => c", "Unexpected token '=>'", "=>");
}

#[test]
fn destructuring() {
    assert_eq!(p("let [a, , b = 1, ...r] = x"), "(let ([a _ b=1 ...r] x))");
    assert_eq!(
        p("const { a, b: [c], [k]: d = 2, 'e f': g, 1: h, ...r } = o"),
        "(const ({a:a b:[c] [k]:d=2 e f:g 1:h ...r} o))"
    );
    assert_eq!(p("var { a = 1 } = o"), "(var ({a:a=1} o))");
    assert_eq!(p("[a, b] = [b, a]"), "(= [a b] [b a])");
    assert_eq!(
        p("({ a: o.x, b: o[k] = 1, ...r } = v)"),
        "(= {a:(. o x) b:([] o k)=1 ...r} v)"
    );
    assert_eq!(p("[a = 1, [b] = c, ...d] = e"), "(= [a=1 [b]=c ...d] e)");
    assert_eq!(
        p("function f({ a }, [b] = c, d) {}"),
        "(function f ({a:a} [b]=c d) {})"
    );
    assert_eq!(p("({ a }, [b]) => a"), "(=> ({a:a} [b]) a)");
    assert_eq!(p("({ a = 1 } = {}) => a"), "(=> ({a:a=1}={}) a)");
    assert_eq!(p("([a, ...b], ...c) => a"), "(=> ([a ...b] ...c) a)");
    assert_eq!(
        p("try {} catch ({ message }) {}"),
        "(try {} (catch {message:message} {}))"
    );
    assert_eq!(
        p("for (let [i, n] = [0, 2]; i < n; i++) ;"),
        "(for (let ([i n] [0 2])) (< i n) (post++ i) ;)"
    );
    // The pattern takes the name for anonymous functions in defaults.
    let e = first_expr("[f = function () {}] = []");
    let ExprKind::AssignPattern { pattern, .. } = &e.kind else {
        panic!("{e:?}")
    };
    let Pattern::Array(a) = &**pattern else {
        panic!("{pattern:?}")
    };
    let Some(Some(PatternElem {
        default: Some(d), ..
    })) = a.elements.first()
    else {
        panic!("{a:?}")
    };
    assert!(
        matches!(&d.kind, ExprKind::Function(f) if f.name.as_ref().unwrap().name.as_str() == "f")
    );
}

#[test]
fn destructuring_errors() {
    let cases = [
        (
            "let [a + 1] = x",
            "Invalid destructuring assignment target",
            "a + 1",
        ),
        (
            "[a + 1] = x",
            "Invalid destructuring assignment target",
            "a + 1",
        ),
        (
            "({ a: 1 } = x)",
            "Invalid destructuring assignment target",
            "1",
        ),
        (
            "({ m() {} } = x)",
            "Invalid destructuring assignment target",
            "m() {}",
        ),
        (
            "let [a];",
            "Missing initializer in destructuring declaration",
            "[a]",
        ),
        (
            "const { a };",
            "Missing initializer in destructuring declaration",
            "{ a }",
        ),
        ("[...a, b] = x", "Rest element must be last element", "...a"),
        (
            "let { ...a, b } = x",
            "Rest element must be last element",
            "...a",
        ),
        (
            "let { a: b.c } = x",
            "Illegal property in declaration context",
            "b.c",
        ),
        (
            "([a.b]) => 1",
            "Illegal property in declaration context",
            "a.b",
        ),
        (
            "({ ...{ a } } = x)",
            "`...` must be followed by an assignable reference in assignment contexts",
            "{ a }",
        ),
        (
            "function f([a], a) {}",
            "Duplicate parameter name not allowed in this context",
            "a",
        ),
        (
            "({ a }, a) => 1",
            "Duplicate parameter name not allowed in this context",
            "a",
        ),
        (
            "[a, b] += 1",
            "Invalid left-hand side in assignment",
            "[a, b]",
        ),
    ];
    for (src, message, at) in cases {
        check_err(src, message, at);
    }
    // `{ a = 1 }` is only valid as a pattern: the early-errors pass rejects the literal.
    let program = parse("({ a = 1 })").unwrap();
    let e = crate::syntax::early_errors::check(&program, "({ a = 1 })").unwrap_err();
    assert_eq!(e.message, "Invalid shorthand property initializer");
    // Plain parameter lists may repeat a name outside strict mode.
    assert_eq!(p("function f(a, a) {}"), "(function f (a a) {})");
}

#[test]
fn statements() {
    assert_eq!(
        p("var a = 1, b; let c; const d = 2;"),
        "(var (a 1) (b))\n(let (c))\n(const (d 2))"
    );
    assert_eq!(p("if (a) b; else if (c) d; else e"), "(if a b (if c d e))");
    assert_eq!(p("if (a) if (b) c; else d"), "(if a (if b c d))");
    assert_eq!(p("if (a) { b } else { c }"), "(if a {b} {c})");
    assert_eq!(p("while (a) b()"), "(while a (call b))");
    assert_eq!(p("while (a) if (b) c; else d"), "(while a (if b c d))");
    assert_eq!(p("do x++; while (x < 5)"), "(do (post++ x) (< x 5))");
    assert_eq!(p("do { } while (a) b()"), "(do {} a)\n(call b)");
    assert_eq!(p("do x; while (a);"), "(do x a)");
    assert_eq!(
        p("for (let i = 0; i < n; i++) f(i)"),
        "(for (let (i 0)) (< i n) (post++ i) (call f i))"
    );
    assert_eq!(p("for (;;) {}"), "(for _ _ _ {})");
    assert_eq!(
        p("for (i = 0, j = 1; ; ) break"),
        "(for (, (= i 0) (= j 1)) _ _ (break))"
    );
    assert_eq!(
        p("for (var x = 'a' in o; x; ) ;"),
        "(for (var (x (in \"a\" o))) x _ ;)"
    );
    assert_eq!(
        p("outer: for (;;) { inner: while (1) { break outer; continue inner } }"),
        "(outer: (for _ _ _ {(inner: (while 1 {(break outer) (continue inner)}))}))"
    );
    assert_eq!(p("return; return 1"), "(return _)\n(return 1)");
    assert_eq!(p("throw new Error('x')"), "(throw (new Error \"x\"))");
    assert_eq!(
        p("try { a } catch (e) { b } finally { c }"),
        "(try {a} (catch e {b}) (finally {c}))"
    );
    assert_eq!(p("try {} catch {}"), "(try {} (catch _ {}))");
    assert_eq!(p("try {} finally {}"), "(try {} (finally {}))");
    assert_eq!(
        p("switch (x) { case 1: a; b; case 2: default: c }"),
        "(switch x (case 1: a b) (case 2: ) (default: c))"
    );
    assert_eq!(p("switch (x) {}"), "(switch x )");
    assert_eq!(p(";;"), ";\n;");
    assert_eq!(p("debugger;"), ";");
    assert_eq!(p(""), "");
    assert_eq!(p("// only a comment\n/* and another */"), "");
    assert_eq!(p("a: b: c"), "(a: (b: c))");
    assert_eq!(p("if (a) l: b; else c"), "(if a (l: b) c)");
}

#[test]
fn automatic_semicolons() {
    assert_eq!(
        p("const foo = () => console.log('foo')\nconst bar = () => console.log('bar')\nfoo()"),
        "(const (foo (=> ~foo () (call (. console log) \"foo\"))))\n(const (bar (=> ~bar () (call (. console log) \"bar\"))))\n(call foo)"
    );
    assert_eq!(
        p("function f() {\n  return\n  1\n}"),
        "(function f () {(return _) 1})"
    );
    assert_eq!(p("a\n++b"), "a\n(++pre b)");
    assert_eq!(p("a\n++\nb"), "a\n(++pre b)");
    assert_eq!(p("a++\nb"), "(post++ a)\nb");
    assert_eq!(p("let x = 1\nlet y = 2"), "(let (x 1))\n(let (y 2))");
    assert_eq!(
        p("function f() { return 1 }"),
        "(function f () {(return 1)})"
    );
    assert_eq!(p("{ a } b"), "{a}\nb");
    assert_eq!(p("x = 1"), "(= x 1)");
    assert_eq!(p("a = b\n(c)"), "(= a (call b c))");
    assert_eq!(p("a = b\n[c]"), "(= a ([] b c))");
    assert_eq!(p("if (a) b\nelse c"), "(if a b c)");
    assert_eq!(p("do x\nwhile (y)"), "(do x y)");
    assert_eq!(
        p("for (;;) { break\nouter }"),
        "(for _ _ _ {(break) outer})"
    );
    assert_eq!(p("for (;;) { continue\n}"), "(for _ _ _ {(continue)})");
    assert_eq!(p("x\n/* a\n */ y"), "x\ny");
    assert_eq!(p("return\n;"), "(return _)");
    assert_eq!(p("if (x)\n++y"), "(if x (++pre y))");
    assert_eq!(
        p("let a = 1 /* same line */ let"
            .replace(" let", "\nlet b")
            .as_str()),
        "(let (a 1))\n(let (b))"
    );
    check_err("a b", "Unexpected identifier 'b'", "b");
    check_err("let x = 1 let y = 2", "Unexpected identifier 'let'", "let");
    check_err("for (a\nb;;) {}", "Unexpected identifier 'b'", "b");
    check_err("for (;\n) {}", "Unexpected token ')'", ")");
    check_err("if (a)\nelse b", "Unexpected token 'else'", "else");
    check_err("throw\nnew Error()", "Illegal newline after throw", "throw");
    check_err("return a + }", "Unexpected token '}'", "}");
    check_err("x = (a b)", "Unexpected identifier 'b'", "b");
    check_err("a\n++", "Unexpected end of input", "");
}

#[test]
fn error_messages() {
    check_err("f(a b)", "missing ) after argument list", "b");
    check_err("f(a;", "missing ) after argument list", ";");
    check_err("q(() => c.l('m');", "missing ) after argument list", ";");
    check_err("f(1, 2", "missing ) after argument list", "");
    check_err("f(a,", "Unexpected end of input", "");
    check_err("(a b)", "Unexpected identifier 'b'", "b");
    check_err("if (a b) {}", "Unexpected identifier 'b'", "b");
    check_err("function f(a b) {}", "Unexpected identifier 'b'", "b");
    check_err("[1, 2", "Unexpected end of input", "");
    check_err("let x = ", "Unexpected end of input", "");
    check_err("a + b = c", "Invalid left-hand side in assignment", "a + b");
    check_err("a() = 1", "Invalid left-hand side in assignment", "a()");
    check_err("a++ = 1", "Invalid left-hand side in assignment", "a++");
    check_err(
        "++a++",
        "Invalid left-hand side expression in prefix operation",
        "a++",
    );
    check_err(
        "1++",
        "Invalid left-hand side expression in postfix operation",
        "1",
    );
    check_err("(a, b) = 1", "Invalid left-hand side in assignment", "a, b");
    check_err(
        "-2 ** 2",
        "Unary operator used immediately before exponentiation expression. Parenthesis must be used to \
         disambiguate operator precedence",
        "**",
    );
    check_err("a ?? b || c", "Unexpected token '||'", "||");
    check_err("a || b ?? c", "Unexpected token '??'", "??");
    check_err("a && b ?? c", "Unexpected token '??'", "??");
    check_err("1 2", "Unexpected number", "2");
    check_err("'a' 'b'", "Unexpected string", "'b'");
    check_err("a true", "Unexpected token 'true'", "true");
    check_err("a of", "Unexpected identifier 'of'", "of");
    check_err(")", "Unexpected token ')'", ")");
    check_err("x = {}}", "Unexpected token '}'", "}");
    check_err("a.b.c = }", "Unexpected token '}'", "}");
    check_err("f(a,,)", "Unexpected token ','", ",");
    check_err("if (a) else b", "Unexpected token 'else'", "else");
    check_err(
        "if (x) let y = 1",
        "Lexical declaration cannot appear in a single-statement context",
        "let",
    );
    check_err(
        "while (x) const y = 1",
        "Lexical declaration cannot appear in a single-statement context",
        "const",
    );
    check_err("const a;", "Missing initializer in const declaration", "a");
    check_err(
        "for (const i; ;) {}",
        "Missing initializer in const declaration",
        "i",
    );
    check_err("try {}", "Missing catch or finally after try", "}");
    check_err(
        "switch (x) { default: default: }",
        "More than one default clause in switch statement",
        "default",
    );
    check_err("\"abc", "Invalid or unexpected token", "\"abc");
    check_err("x = 'abc\ny'", "Invalid or unexpected token", "'abc");
    check_err("/* abc", "Invalid or unexpected token", "/* abc");
    check_err("a @ b", "Invalid or unexpected token", "@");
    check_err("new", "Unexpected end of input", "");
    check_err("a ? b", "Unexpected end of input", "");
    check_err("a.", "Unexpected end of input", "");
    check_err("{", "Unexpected end of input", "");
    check_err("for (x) {}", "Unexpected token ')'", ")");
    check_err(
        "for (f() of xs) {}",
        "Invalid left-hand side in for-loop",
        "f()",
    );
}

#[test]
fn for_in_and_of_heads() {
    assert_eq!(p("for (x in o) {}"), "(for-in x o {})");
    assert_eq!(p("for (let k in o) ;"), "(for-in let k o ;)");
    assert_eq!(p("for (const x of xs) {}"), "(for-of const x xs {})");
    assert_eq!(p("for (a.b of xs) {}"), "(for-of (. a b) xs {})");
    assert_eq!(p("for (const [k, v] of m) ;"), "(for-of const [k v] m ;)");
    assert_eq!(p("for (var {a} of xs) ;"), "(for-of var {a:a} xs ;)");
}

#[test]
fn async_functions_and_generators() {
    assert_eq!(p("async function f() {}"), "(async function f () {})");
    assert_eq!(
        p("function* g() { yield 1; }"),
        "(function* g () {(yield 1)})"
    );
    assert_eq!(
        p("g = function* () { yield* xs; yield; }"),
        "(= g (function* ~g () {(yield* xs) (yield)}))"
    );
    assert_eq!(
        p("f = async x => await x"),
        "(= f (async => ~f (x) (await x)))"
    );
    assert_eq!(p("f = async (a, b) => a"), "(= f (async => ~f (a b) a))");
    assert_eq!(
        p("o = { async m() {}, *g() {} }"),
        "(= o {m:(async function ~m () {}) g:(function* ~g () {})})"
    );
}

#[test]
fn syntax_error_order_follows_the_source() {
    // The parse error comes before the lexer error, so it is reported.
    check_err("a b; 'unterminated", "Unexpected identifier 'b'", "b");
    check_err(
        "x = 1; 'unterminated",
        "Invalid or unexpected token",
        "'unterminated",
    );
    check_err("a b; throw\n1", "Unexpected identifier 'b'", "b");
}

#[test]
fn unsupported_features_give_clean_errors() {
    let cases = [
        ("f`a${b}`", "tagged templates are not supported yet", "`a${"),
        (
            "x.y `abc`",
            "tagged templates are not supported yet",
            "`abc`",
        ),
        ("x = /re/", "Unexpected token '/'", "/"),
        ("import x from 'y'", "Unexpected token 'import'", "import"),
    ];
    for (src, message, at) in cases {
        check_err(src, message, at);
    }
    assert!(
        err("x = /re/")
            .help
            .is_some_and(|h| h.contains("regular expression"))
    );
}

#[test]
fn classes_and_accessors() {
    assert_eq!(
        p(
            "class A extends B { constructor(a) { super(a); } static s = 1; x; get y() { return super.y; } }"
        ),
        "(class A extends B ctor:(function ~A (a) {(super a)}) \
         {static field s=(function () 1) field x=_ \
         get y:(function ~get y () {(return (super.y))})})"
    );
    assert_eq!(
        p("x = class { [k] = v; static m() {} }"),
        "(= x (class x {field [k]=(function () v) static m:(function ~m () {})}))"
    );
    assert_eq!(
        p("({ get: 1, set() {}, get a() {}, set a(v) {} })"),
        "{get:1 set:(function ~set () {}) get a:(function ~get a () {}) \
         set a:(function ~set a (v) {})}"
    );
    check_err(
        "({ get a(x) {} })",
        "Getter must not have any formal parameters.",
        "a",
    );
    check_err(
        "({ set a() {} })",
        "Setter must have exactly one formal parameter.",
        "a",
    );
    check_err(
        "class A { constructor() {} constructor() {} }",
        "A class may only have one constructor",
        "constructor() {}",
    );
    check_err(
        "class A { get constructor() {} }",
        "Class constructor may not be an accessor",
        "get constructor() {}",
    );
    check_err(
        "class A { constructor = 1 }",
        "Classes may not have a field named 'constructor'",
        "constructor",
    );
}

#[test]
fn error_labels() {
    assert_eq!(err("a b").label, "missing `;` or line break");
    assert_eq!(err("let x =").label, "expected an expression");
    assert_eq!(err("f(a b)").label, "expected one of `,`, `)`");
    assert_eq!(err("[1 2]").label, "expected one of `,`, `]`");
    assert_eq!(
        err("function f(a b) {}").label,
        "expected one of `)`, `,`, `=`"
    );
    assert_eq!(err("if (a) else").label, "expected a statement");
    assert_eq!(err("x.").label, "expected a property name");
    assert_eq!(err("x = { 1 }").label, "expected one of `(`, `:`");
    assert!(err("{ a").help.is_some_and(|h| h.contains("`{`")));
}

#[test]
fn spans() {
    let src = "let add = (a, b) => a + b;\nif (x) { y(1) } else z.w[0]++";
    let program = parse(src).unwrap();
    assert_eq!(program.span, Span::new(0, src.len()));
    assert_eq!(
        text(src, program.body[0].span),
        "let add = (a, b) => a + b;"
    );
    let StmtKind::VarDecl(decl) = &program.body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, decl.span), "let add = (a, b) => a + b");
    let d = &decl.decls[0];
    assert_eq!(text(src, d.span), "add = (a, b) => a + b");
    assert_eq!(text(src, d.target.span()), "add");
    let init = d.init.as_ref().unwrap();
    assert_eq!(text(src, init.span), "(a, b) => a + b");
    let ExprKind::Arrow(f) = &init.kind else {
        panic!()
    };
    assert_eq!(text(src, f.span), "(a, b) => a + b");
    assert_eq!(text(src, f.params[1].target.span()), "b");
    assert_eq!(text(src, f.name.as_ref().unwrap().span), "add");
    assert_eq!(
        text(src, program.body[1].span),
        "if (x) { y(1) } else z.w[0]++"
    );
    let StmtKind::If {
        then, otherwise, ..
    } = &program.body[1].kind
    else {
        panic!()
    };
    assert_eq!(text(src, then.span), "{ y(1) }");
    assert_eq!(text(src, otherwise.as_ref().unwrap().span), "z.w[0]++");
    let StmtKind::Expr(update) = &otherwise.as_ref().unwrap().kind else {
        panic!()
    };
    let ExprKind::Update { target, .. } = &update.kind else {
        panic!()
    };
    assert_eq!(text(src, target.span), "z.w[0]");
    let ExprKind::Member { object, .. } = &target.kind else {
        panic!()
    };
    let ExprKind::Member {
        property: MemberProp::Named(name, name_span),
        ..
    } = &object.kind
    else {
        panic!()
    };
    assert_eq!((&**name, text(src, *name_span)), ("w", "w"));

    let src = "a\nb";
    let program = parse(src).unwrap();
    assert_eq!(text(src, program.body[0].span), "a");
    let src = "f(1, 2);";
    let call = first_expr(src);
    assert_eq!(text(src, call.span), "f(1, 2)");
    let src = "new Foo(x)";
    assert_eq!(text(src, first_expr(src).span), "new Foo(x)");
    let src = "-x";
    assert_eq!(text(src, first_expr(src).span), "-x");
    let src = "o = { a: 1, m() {} }";
    let ExprKind::Assign { value, .. } = first_expr(src).take_kind() else {
        panic!()
    };
    let ExprKind::Object(props) = &value.kind else {
        panic!()
    };
    assert_eq!(text(src, value.span), "{ a: 1, m() {} }");
    assert_eq!(text(src, props[0].span), "a: 1");
    assert_eq!(text(src, props[1].span), "m() {}");
    let src = "try { a } catch (e) { b }";
    let StmtKind::Try(t) = &parse(src).unwrap().body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, t.block.span), "{ a }");
    assert_eq!(
        text(src, t.handler.as_ref().unwrap().span),
        "catch (e) { b }"
    );
    let src = "switch (x) { case 1: a; default: }";
    let StmtKind::Switch(s) = &parse(src).unwrap().body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, s.cases[0].span), "case 1: a;");
    assert_eq!(text(src, s.cases[1].span), "default:");
    let src = "function f() { return }";
    let StmtKind::FunctionDecl(f) = &parse(src).unwrap().body[0].kind else {
        panic!()
    };
    assert_eq!(text(src, f.span), src);
    let FunctionBody::Block(body) = &f.body else {
        panic!()
    };
    assert_eq!(text(src, body[0].span), "return");
}

#[test]
fn parser_leaves_resolution_empty() {
    let program = parse("let a = 1; function f(b) { return a + b }").unwrap();
    assert!(program.scope.get().is_none());
    let StmtKind::FunctionDecl(f) = &program.body[1].kind else {
        panic!()
    };
    assert!(f.layout.get().is_none());
    assert_eq!(
        f.params[0].target.as_ident().unwrap().res.get(),
        Res::Unresolved
    );
}

/// Runs `f` on a thread with a small stack: parsing and dropping deep trees must not
/// depend on the stack's size.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_nesting() {
    on_small_stack(|| {
        let n = max_nesting();
        let parens = format!("{}1{}", "(".repeat(n), ")".repeat(n));
        assert_eq!(p(&parens), "1");
        let brackets = format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&brackets).is_ok());
        let braces = format!("{}{}", "{".repeat(n), "}".repeat(n));
        assert!(parse(&braces).is_ok());
        let template = format!("{}1{}", "`${".repeat(n), "}`".repeat(n));
        assert!(parse(&template).is_ok());
        // Nesting without brackets is the scope pass's to limit.
        const LONG: usize = 100_000;
        let unary = format!("{}x", "!".repeat(LONG));
        assert!(parse(&unary).is_ok());
        let sum = format!("x{}", " + x".repeat(LONG));
        assert!(parse(&sum).is_ok());
        let ifs = format!("{}x", "if (x) ".repeat(LONG));
        assert!(parse(&ifs).is_ok());
        let unclosed = "[".repeat(1_000);
        assert_eq!(err(&unclosed).message, "Unexpected end of input");
        let functions = "function f() {".repeat(1_000);
        assert_eq!(err(&functions).message, "Unexpected end of input");
    });
}

#[test]
fn brackets_nested_too_deeply_are_a_range_error_where_the_limit_is_crossed() {
    on_small_stack(|| {
        let n = max_nesting();
        for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("`${", "}`")] {
            let src = format!("{}1{}", open.repeat(n + 1), close.repeat(n + 1));
            let e = err(&src);
            assert_eq!(
                e.kind,
                crate::syntax::diagnostics::EarlyErrorKind::TooDeep,
                "{open}"
            );
            assert_eq!(e.message, "Maximum call stack size exceeded");
            assert_eq!(e.span.start as usize, n * open.len(), "{open}");
        }
        // A syntax error before the deep part is reported first.
        let src = format!(") {}", "(".repeat(n + 1));
        assert_eq!(err(&src).message, "Unexpected token ')'");
    });
}

#[test]
fn deep_nesting_errors_do_not_overflow_on_a_small_stack() {
    // A failing parse drops the partial trees on the parser's stack, however deep.
    on_small_stack(|| {
        const LONG: usize = 100_000;
        let n = max_nesting();
        let bad = format!("{}{} )", "[".repeat(n), "]".repeat(n));
        assert_eq!(err(&bad).message, "Unexpected token ')'");
        let bad = format!("x{} )", " + x".repeat(LONG));
        assert_eq!(err(&bad).message, "Unexpected token ')'");
        let bad = format!("{}x )", "- ".repeat(LONG));
        assert_eq!(err(&bad).message, "Unexpected token ')'");
        let bad = format!("{}x )", "if (x) ".repeat(LONG));
        assert_eq!(err(&bad).message, "Unexpected token ')'");
        let bad = format!("x = {}1 )", "a => ".repeat(LONG));
        assert_eq!(err(&bad).message, "Unexpected token ')'");
    });
}

#[test]
fn semicolons_are_inserted_inside_deep_nesting() {
    on_small_stack(|| {
        const LONG: usize = 20_000;
        let chain: String = (0..LONG)
            .map(|i| format!("else if (x) {{ y = {i} }}\n"))
            .collect();
        let program = parse(&format!("if (x) {{}}\n{chain}z\nw")).unwrap();
        assert_eq!(program.body.len(), 3);
        let loops = format!(
            "{}{}",
            "while (x) {\n a\n b\n".repeat(1_000),
            "}".repeat(1_000)
        );
        assert!(parse(&loops).is_ok());
        // `do … while (…)` takes a semicolon before anything, at any depth.
        let dos = format!(
            "{}do x; while (y) z{}",
            "{".repeat(1_000),
            "}".repeat(1_000)
        );
        assert!(parse(&dos).is_ok());
        // A keyword used as a property name is not the `while` of a `do`.
        assert_eq!(err("a.while(x) y").message, "Unexpected identifier 'y'");
    });
}

const SAMPLES: &[&str] = &[
    "const add = (a, b = 1) => { return a + b }\nlet x = add(1)\nx++\n",
    "function f(n) {\n  if (n <= 1) return 1; else return n * f(n - 1)\n}\nconsole.log(f(5))",
    "outer: for (let i = 0; i < 3; i++) { switch (i) { case 1: continue outer; default: break } }",
    "try { throw new Error('x') } catch (e) { console.log(e.message) } finally { done() }",
    "var o = { a: 1, 'b': [1, , 3], [k]: function () {}, m(x) { return x ?? 0 } }; o.m(2).toString()",
    "do { i-- } while (i > 0)\nwhile (true) { if (!x) break; x = x.next }",
    "p.then(v => v * 2).catch(e => { throw e }).finally(() => {});\n`t${1}` + /r/",
    "a = b ? c : d ? e : f; g ||= h &&= i ??= j; k = -l ** 2; m = (n, o) => p\nq",
];

#[test]
fn no_panic_on_prefixes_and_mutations() {
    for sample in SAMPLES {
        for (i, _) in sample.char_indices() {
            let _ = parse(&sample[..i]);
            let _ = parse(&sample[i..]);
        }
    }
    // Drop, duplicate or swap tokens at every position of every sample.
    for sample in SAMPLES {
        let (tokens, _) = lexer::tokenize(sample);
        let pieces: Vec<&str> = tokens
            .iter()
            .map(|t| &sample[t.span.start as usize..t.span.end as usize])
            .collect();
        for i in 0..pieces.len() {
            let mut dropped = pieces.clone();
            dropped.remove(i);
            let _ = parse(&dropped.join(" "));
            let mut doubled = pieces.clone();
            doubled.insert(i, pieces[i]);
            let _ = parse(&doubled.join("\n"));
            let mut swapped = pieces.clone();
            swapped.swap(i, (i * 7 + 3) % pieces.len());
            let _ = parse(&swapped.join(" "));
        }
    }
}

#[test]
fn no_panic_on_random_token_soup() {
    // A small deterministic generator (no dependency): token soup from a fixed alphabet.
    let alphabet = [
        "a", "1", "'s'", "(", ")", "[", "]", "{", "}", ";", ",", "=>", "=", "+", "++", "?", ":",
        "\n", ".", "function", "return", "if", "else", "for", "let", "new", "`", "${", "/", "...",
        "?.", "??", "**", "case", "switch", "try", "catch", "do", "while", "break", "throw",
        "class", "\\", "\"", "/*",
    ];
    let mut state: u64 = 0x2545F4914F6CDD1D;
    for _ in 0..3000 {
        let mut src = String::new();
        for _ in 0..(state % 24) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            src.push_str(alphabet[(state % alphabet.len() as u64) as usize]);
            src.push(' ');
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
        let _ = parse(&src);
    }
}
