//! node's `util.inspect`, as `console.log` uses it: quoting, `[Object]` past depth 2,
//! `[Function: f]`, `Promise { … }`, errors as their stack, circular references as
//! `<ref *1>` / `[Circular *1]`, and node's decision of when an object fits on one line.
//!
//! Formatting reads properties directly (no getters run), so it never throws.

use std::rc::Rc;

use crate::heap::ObjRef;
use crate::interp::Interp;
use crate::object::{ObjectKind, Slot};
use crate::value::{JsStr, Value, number_to_string};

use super::promise::PromiseState;

/// How deep nested objects are shown before `[Object]`.
const DEFAULT_DEPTH: usize = 2;
/// node's `breakLength`.
const BREAK_LENGTH: usize = 80;
/// node's `compact`: how many inner levels may still be joined onto one line.
const COMPACT: usize = 3;
/// Arrays show at most this many items before `... N more items`.
const MAX_ARRAY_LENGTH: usize = 100;

struct Ctx<'a> {
    interp: &'a Interp,
    /// Objects being formatted, outermost first (to spot cycles).
    seen: Vec<ObjRef>,
    /// Objects found to be circular, numbered in order of discovery.
    circular: Vec<ObjRef>,
    indentation: usize,
    current_depth: usize,
    /// ANSI colours as node's REPL uses them (`util.inspect(v, { colors: true })`).
    colors: bool,
}

/// node's default inspect styles.
#[derive(Clone, Copy)]
enum Style {
    /// numbers, booleans: yellow
    Number,
    /// strings: green
    String,
    /// `null`: bold
    Null,
    /// `undefined`: grey
    Undefined,
    /// functions, `[Object]`, `[Circular *1]`: cyan
    Special,
}

impl Ctx<'_> {
    fn new(interp: &Interp, colors: bool) -> Ctx<'_> {
        Ctx {
            interp,
            seen: Vec::new(),
            circular: Vec::new(),
            indentation: 0,
            current_depth: 0,
            colors,
        }
    }

    fn stylize(&self, text: String, style: Style) -> String {
        if !self.colors {
            return text;
        }
        let (open, close) = match style {
            Style::Number => (33, 39),
            Style::String => (32, 39),
            Style::Null => (1, 22),
            Style::Undefined => (90, 39),
            Style::Special => (36, 39),
        };
        format!("\x1b[{open}m{text}\x1b[{close}m")
    }
}

/// The printed width of `s` in UTF-16 units, not counting colour escape sequences.
fn visible_width(s: &str) -> usize {
    let mut width = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // Skip `ESC [ … m`.
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            width += c.len_utf16();
        }
    }
    width
}

/// Formats any value as `console.log` shows an argument that is not a string.
pub fn inspect(interp: &Interp, v: &Value) -> String {
    format_value(&mut Ctx::new(interp, false), v, 0, true)
}

/// Formats a value as node's REPL echoes it: strings quoted, and in colour when `colors`.
pub fn inspect_for_repl(interp: &Interp, v: &Value, colors: bool) -> String {
    format_value(&mut Ctx::new(interp, colors), v, 0, false)
}

/// A short description of a value for error messages (`[object Object]`-free, one line).
pub fn inspect_brief(interp: &Interp, v: &Value) -> String {
    match v {
        Value::String(s) => quote_string(s.as_str()),
        Value::Object(o) if o.data.borrow().is_callable() => inspect(interp, v),
        Value::Object(o) if o.data.borrow().is_array() => "object".to_string(),
        Value::Object(_) => "#<Object>".to_string(),
        other => inspect(interp, other),
    }
}

fn format_value(ctx: &mut Ctx, v: &Value, depth: usize, top: bool) -> String {
    match v {
        Value::Undefined | Value::Empty => ctx.stylize("undefined".into(), Style::Undefined),
        Value::Null => ctx.stylize("null".into(), Style::Null),
        Value::Bool(b) => ctx.stylize(b.to_string(), Style::Number),
        Value::Number(n) => ctx.stylize(format_number(*n), Style::Number),
        Value::String(s) => {
            if top {
                s.to_string()
            } else {
                ctx.stylize(quote_string(s.as_str()), Style::String)
            }
        }
        Value::Object(o) => format_object(ctx, o, depth),
    }
}

pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        number_to_string(n)
    }
}

/// Quotes a string as node does: single quotes, unless the string contains one and no double
/// quote (then double quotes), or both but no backtick (then backticks).
pub fn quote_string(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A property key as node prints it: bare if it is an identifier, else quoted.
fn format_key(key: &str) -> String {
    let mut chars = key.chars();
    let ident = match chars.next() {
        // node's test is /^[a-zA-Z_][a-zA-Z_0-9]*$/: `$` keys are quoted.
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {
            chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        _ => false,
    };
    if ident {
        key.to_string()
    } else {
        quote_string(key)
    }
}

/// The name of the constructor whose `prototype` is `o`'s prototype (`Object`, `Foo`), found
/// by following `constructor.name` up the chain.
fn constructor_name(o: &ObjRef) -> Option<String> {
    let mut proto = o.data.borrow().proto.clone();
    while let Some(p) = proto {
        let ctor = p
            .data
            .borrow()
            .props
            .get("constructor")
            .and_then(|c| c.data_value().cloned());
        if let Some(Value::Object(c)) = ctor {
            let name = function_name(&c);
            if !name.is_empty() {
                return Some(name);
            }
        }
        proto = p.data.borrow().proto.clone();
    }
    None
}

/// `[class A]`, `[class B extends A]`, `[class (anonymous)]`: like node, the parent is the
/// class's prototype, shown only when it has a name (not for `extends null`).
fn class_label(class: &ObjRef) -> String {
    let name = function_name(class);
    let name = if name.is_empty() {
        "(anonymous)".to_string()
    } else {
        name
    };
    let parent = class.data.borrow().proto.clone();
    let parent_name = parent.map(|p| function_name(&p)).unwrap_or_default();
    if parent_name.is_empty() {
        format!("[class {name}]")
    } else {
        format!("[class {name} extends {parent_name}]")
    }
}

/// How V8 names an object in messages: `#<Object>`, `#<Point>`.
pub fn constructor_tag(o: &ObjRef) -> String {
    format!(
        "#<{}>",
        constructor_name(o).unwrap_or_else(|| "Object".to_string())
    )
}

fn function_name(f: &ObjRef) -> String {
    let data = f.data.borrow();
    if let Some(p) = data.props.get("name")
        && let Some(Value::String(s)) = p.data_value()
    {
        return s.to_string();
    }
    match &data.kind {
        ObjectKind::Closure(c) => c
            .func
            .name
            .as_ref()
            .map(|n| n.name.to_string())
            .unwrap_or_default(),
        ObjectKind::Native(n) => n.name.to_string(),
        _ => String::new(),
    }
}

fn format_object(ctx: &mut Ctx, o: &ObjRef, depth: usize) -> String {
    if let Some(pos) = ctx.seen.iter().position(|s| Rc::ptr_eq(s, o)) {
        let _ = pos;
        let index = match ctx.circular.iter().position(|c| Rc::ptr_eq(c, o)) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(o.clone());
                ctx.circular.len()
            }
        };
        return ctx.stylize(format!("[Circular *{index}]"), Style::Special);
    }
    let formatted = format_raw(ctx, o, depth);
    match ctx.circular.iter().position(|c| Rc::ptr_eq(c, o)) {
        Some(i) => format!("<ref *{}> {formatted}", i + 1),
        None => formatted,
    }
}

/// What kind of braces and prefix an object gets.
enum Shape {
    Array(Vec<Value>),
    Function(String),
    Error(String),
    Promise(PromiseState),
    Boxed(String),
    Map(Vec<(Value, Value)>),
    Set(Vec<Value>),
    Plain,
}

fn shape_of(ctx: &Ctx, o: &ObjRef) -> Shape {
    let data = o.data.borrow();
    match &data.kind {
        ObjectKind::Array(elements) => Shape::Array(elements.clone()),
        ObjectKind::Closure(c) if c.class.is_some() => {
            drop(data);
            Shape::Function(class_label(o))
        }
        ObjectKind::Closure(_) | ObjectKind::Native(_) => {
            drop(data);
            let name = function_name(o);
            Shape::Function(if name.is_empty() {
                "[Function (anonymous)]".into()
            } else {
                format!("[Function: {name}]")
            })
        }
        ObjectKind::Error => {
            let stack = data.props.get("stack").map(|p| p.slot.clone());
            drop(data);
            let stack = match stack {
                Some(Slot::Data(Value::String(s))) => s.to_string(),
                // Not read yet: the header node would write now (see `error::install_lazy_stack`).
                Some(Slot::Accessor(a)) if a.get.is_some() => {
                    let g = a.get.as_ref().expect("checked");
                    match super::error::lazy_stack_trace(g) {
                        Some(trace) => format!("{}{trace}", error_header(ctx, o)),
                        None => error_header(ctx, o),
                    }
                }
                _ => error_header(ctx, o),
            };
            Shape::Error(improve_stack(o, stack))
        }
        ObjectKind::Promise(p) => Shape::Promise(p.state.clone()),
        ObjectKind::Map(m) => Shape::Map(m.entries()),
        ObjectKind::Set(m) => Shape::Set(m.entries().into_iter().map(|(k, _)| k).collect()),
        ObjectKind::Primitive(v) if !is_intrinsic_proto(ctx, o) => {
            let inner = match v {
                Value::String(s) => format!("[String: {}]", quote_string(s.as_str())),
                Value::Number(n) => format!("[Number: {}]", format_number(*n)),
                Value::Bool(b) => format!("[Boolean: {b}]"),
                _ => "[Object]".into(),
            };
            Shape::Boxed(inner)
        }
        _ => Shape::Plain,
    }
}

/// node's `improveStack`: when the error's class is not what its stack's first line names
/// (`class HttpError extends Error` keeps the name `Error`), the class name is put in front:
/// `HttpError: boom`, or `NotFound [Error]: boom` when the class name does not contain it.
fn improve_stack(o: &ObjRef, stack: String) -> String {
    let name = lookup_plain(o, "name").unwrap_or_else(|| "Error".to_string());
    let Some(class) = constructor_name(o) else {
        return stack;
    };
    let len = name.len();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(&name)
        && matches!(stack.as_bytes().get(len), None | Some(b':') | Some(b'\n'));
    if !looks_normal || name == class {
        return stack;
    }
    if class.contains(&name) {
        format!("{class}{}", &stack[len..])
    } else {
        format!("{class} [{name}]{}", &stack[len..])
    }
}

/// node's `removeDuplicateErrorKeys`: an own `name`, `message` or `stack` whose text already
/// shows in the stack is not listed again.
fn duplicates_stack(o: &ObjRef, key: &str, stack: &str) -> bool {
    if !matches!(key, "name" | "message" | "stack") {
        return false;
    }
    match o.data.borrow().props.get(key).map(|p| p.slot.clone()) {
        Some(Slot::Data(Value::String(s))) => stack.contains(s.as_str()),
        Some(Slot::Accessor(_)) => key == "stack",
        _ => false,
    }
}

fn is_intrinsic_proto(ctx: &Ctx, o: &ObjRef) -> bool {
    let i = &ctx.interp.intrinsics;
    [&i.string_proto, &i.number_proto, &i.boolean_proto]
        .iter()
        .any(|p| Rc::ptr_eq(p, o))
}

fn error_header(ctx: &Ctx, o: &ObjRef) -> String {
    let _ = ctx;
    let name = lookup_plain(o, "name").unwrap_or_else(|| "Error".into());
    let message = lookup_plain(o, "message").unwrap_or_default();
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// A string-valued data property found on `o` or its prototypes, without running code.
fn lookup_plain(o: &ObjRef, key: &str) -> Option<String> {
    let mut cur = Some(o.clone());
    while let Some(c) = cur {
        if let Some(p) = c.data.borrow().props.get(key) {
            return match p.data_value() {
                Some(Value::String(s)) => Some(s.to_string()),
                _ => None,
            };
        }
        cur = c.data.borrow().proto.clone();
    }
    None
}

fn format_raw(ctx: &mut Ctx, o: &ObjRef, depth: usize) -> String {
    let shape = shape_of(ctx, o);
    let keys: Vec<JsStr> = o.data.borrow().own_keys(true);
    let ctor = constructor_name(o);
    let has_null_proto = o.data.borrow().proto.is_none();

    let (prefix, braces, is_array) = match &shape {
        Shape::Array(items) => {
            let p = match ctor.as_deref() {
                Some("Array") => String::new(),
                Some(name) => format!("{name}({}) ", items.len()),
                None => format!("[Array({}): null prototype] ", items.len()),
            };
            (p, ("[", "]"), true)
        }
        Shape::Function(base) | Shape::Boxed(base) => {
            let base = ctx.stylize(base.clone(), Style::Special);
            if keys.is_empty() {
                return base;
            }
            (format!("{base} "), ("{", "}"), false)
        }
        Shape::Error(stack) => {
            let own: Vec<&JsStr> = keys
                .iter()
                .filter(|k| !duplicates_stack(o, k.as_str(), stack))
                .collect();
            if own.is_empty() {
                return indent_stack(stack, ctx.indentation);
            }
            (
                format!("{} ", indent_stack(stack, ctx.indentation)),
                ("{", "}"),
                false,
            )
        }
        Shape::Promise(_) => ("Promise ".to_string(), ("{", "}"), false),
        Shape::Map(_) | Shape::Set(_) => {
            let (fallback, size) = match &shape {
                Shape::Map(entries) => ("Map", entries.len()),
                Shape::Set(items) => ("Set", items.len()),
                _ => unreachable!(),
            };
            // A subclass is tagged with the built-in it extends: `Counter(2) [Map] {…}`.
            let name = match ctor.as_deref() {
                None => fallback.to_string(),
                Some(c) if c == fallback => fallback.to_string(),
                Some(c) => format!("{c}({size}) [{fallback}]"),
            };
            let name = if name == fallback {
                format!("{name}({size})")
            } else {
                name
            };
            if size == 0 && keys.is_empty() {
                return format!("{name} {{}}");
            }
            (format!("{name} "), ("{", "}"), false)
        }
        Shape::Plain => {
            let p = if has_null_proto {
                "[Object: null prototype] ".to_string()
            } else {
                match ctor.as_deref() {
                    Some("Object") | None => String::new(),
                    Some(name) => format!("{name} "),
                }
            };
            (p, ("{", "}"), false)
        }
    };

    let is_empty_container =
        keys.is_empty() && !matches!(shape, Shape::Promise(_) | Shape::Map(_) | Shape::Set(_));
    if is_empty_container {
        if let Shape::Array(items) = &shape {
            if items.is_empty() {
                return format!("{prefix}[]");
            }
        } else if !matches!(shape, Shape::Error(_)) {
            return format!("{prefix}{{}}");
        }
    }

    if depth > DEFAULT_DEPTH {
        let name = match &shape {
            Shape::Array(_) => "Array".to_string(),
            Shape::Map(_) if ctor.is_none() => "Map".to_string(),
            Shape::Set(_) if ctor.is_none() => "Set".to_string(),
            _ => ctor.clone().unwrap_or_else(|| "Object".into()),
        };
        return ctx.stylize(format!("[{name}]"), Style::Special);
    }

    ctx.seen.push(o.clone());
    ctx.current_depth = depth;
    ctx.indentation += 2;
    let mut output: Vec<String> = Vec::new();
    match &shape {
        Shape::Array(items) => format_array_items(ctx, items, depth, &mut output),
        Shape::Promise(state) => output.push(match state {
            PromiseState::Pending => "<pending>".to_string(),
            PromiseState::Fulfilled(v) => format_value(ctx, v, depth + 1, false),
            PromiseState::Rejected(v) => {
                format!("<rejected> {}", format_value(ctx, v, depth + 1, false))
            }
        }),
        Shape::Map(entries) => {
            for (k, v) in entries {
                let k = format_value(ctx, k, depth + 1, false);
                let v = format_value(ctx, v, depth + 1, false);
                output.push(format!("{k} => {v}"));
            }
        }
        Shape::Set(items) => {
            for v in items {
                output.push(format_value(ctx, v, depth + 1, false));
            }
        }
        _ => {}
    }
    for key in &keys {
        if is_array && key.as_array_index().is_some() {
            continue;
        }
        if let Shape::Error(stack) = &shape
            && duplicates_stack(o, key.as_str(), stack)
        {
            continue;
        }
        let slot = o.data.borrow().props.get(key).map(|p| p.slot.clone());
        let formatted = match slot {
            Some(Slot::Accessor(a)) => {
                let label = match (a.get.is_some(), a.set.is_some()) {
                    (true, true) => "[Getter/Setter]",
                    (true, false) => "[Getter]",
                    (false, true) => "[Setter]",
                    (false, false) => "undefined",
                };
                ctx.stylize(label.to_string(), Style::Special)
            }
            Some(Slot::Data(value)) => format_value(ctx, &value, depth + 1, false),
            None => format_value(ctx, &Value::Undefined, depth + 1, false),
        };
        output.push(format!("{}: {formatted}", format_key(key.as_str())));
    }
    ctx.indentation -= 2;
    ctx.seen.pop();

    if matches!(shape, Shape::Map(_) | Shape::Set(_)) {
        // node puts this prefix inside the opening brace, which counts towards the width.
        let open = format!("{prefix}{{");
        return reduce_to_single_string(ctx, output, "", (&open, "}"), depth);
    }
    let base = prefix.trim_end().to_string();
    reduce_to_single_string(ctx, output, &base, braces, depth)
}

fn format_array_items(ctx: &mut Ctx, items: &[Value], depth: usize, output: &mut Vec<String>) {
    let mut holes = 0usize;
    let flush_holes = |holes: &mut usize, output: &mut Vec<String>| {
        if *holes > 0 {
            let s = if *holes == 1 { "" } else { "s" };
            output.push(format!("<{holes} empty item{s}>"));
            *holes = 0;
        }
    };
    let mut shown = 0;
    for item in items {
        if shown >= MAX_ARRAY_LENGTH {
            break;
        }
        if let Value::Empty = item {
            holes += 1;
            continue;
        }
        flush_holes(&mut holes, output);
        output.push(format_value(ctx, item, depth + 1, false));
        shown += 1;
    }
    flush_holes(&mut holes, output);
    if items.len() > MAX_ARRAY_LENGTH && shown >= MAX_ARRAY_LENGTH {
        let rest = items.len() - MAX_ARRAY_LENGTH;
        let s = if rest == 1 { "" } else { "s" };
        output.push(format!("... {rest} more item{s}"));
    }
}

/// node's `reduceToSingleString`: one line when the entries fit within the break length and
/// the object holds at most `COMPACT` levels of nesting; otherwise one entry per line.
fn reduce_to_single_string(
    ctx: &mut Ctx,
    output: Vec<String>,
    base: &str,
    braces: (&str, &str),
    depth: usize,
) -> String {
    let base_prefix = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    if ctx.current_depth.saturating_sub(depth) < COMPACT {
        let start = output.len() + ctx.indentation + braces.0.len() + base.len() + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                return format!("{base_prefix}{} {joined} {}", braces.0, braces.1);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation));
    let sep = format!(",{indentation}  ");
    format!(
        "{base_prefix}{}{indentation}  {}{indentation}{}",
        braces.0,
        output.join(&sep),
        braces.1
    )
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for entry in output {
        total += visible_width(entry);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn indent_stack(stack: &str, indentation: usize) -> String {
    if indentation == 0 {
        return stack.to_string();
    }
    let pad = " ".repeat(indentation);
    stack.lines().collect::<Vec<_>>().join(&format!("\n{pad}"))
}
