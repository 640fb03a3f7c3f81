//! node's `util.inspect`, as `console.log` uses it: quoting, `[Object]` past depth 2,
//! `[Function: f]`, `Promise { … }`, errors as their stack, circular references as
//! `<ref *1>` / `[Circular *1]`, node's decision of when an object fits on one line, and its
//! grouping of long arrays into aligned columns. The options `console.log`'s `%o` and `%s`
//! change (depth, hidden properties) are an [`InspectOptions`].
//!
//! Formatting reads properties directly (no getters run), so it never throws.

use std::rc::Rc;

use crate::interp::Interp;
use crate::interp::describe::{constructor_name, function_name, quote_string};
use crate::value::heap::ObjRef;
use crate::value::object::{ObjectKind, Slot};
use crate::value::{JsStr, Value, number_to_string};

use crate::builtins::promise::PromiseState;

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
    options: InspectOptions,
}

/// The `util.inspect` options minnow supports.
#[derive(Clone, Copy)]
pub struct InspectOptions {
    /// How deep nested objects are shown before `[Object]` (`depth`).
    pub depth: usize,
    /// Non-enumerable properties too, as `[key]: value` (`showHidden`, what `%o` turns on).
    pub show_hidden: bool,
}

impl Default for InspectOptions {
    fn default() -> InspectOptions {
        InspectOptions {
            depth: DEFAULT_DEPTH,
            show_hidden: false,
        }
    }
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
    /// symbols: green
    Symbol,
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
            options: InspectOptions::default(),
        }
    }

    fn stylize(&self, text: String, style: Style) -> String {
        if !self.colors {
            return text;
        }
        let (open, close) = match style {
            Style::Number => (33, 39),
            Style::String | Style::Symbol => (32, 39),
            Style::Null => (1, 22),
            Style::Undefined => (90, 39),
            Style::Special => (36, 39),
        };
        format!("\x1b[{open}m{text}\x1b[{close}m")
    }
}

/// The printed width of `s` in UTF-16 units, not counting colour escape sequences.
fn visible_width(s: &str) -> usize {
    width_without_escapes(s, char::len_utf16)
}

/// Sums `char_width` over the characters of `s` outside colour escapes (`ESC [ … m`).
fn width_without_escapes(s: &str, char_width: fn(char) -> usize) -> usize {
    let mut width = 0;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            width += char_width(c);
        }
    }
    width
}

/// Formats any value as `console.log` shows an argument that is not a string.
pub fn inspect(interp: &Interp, v: &Value) -> String {
    format_roomy(&mut Ctx::new(interp, false), v, true)
}

/// Formats `v` with room on the native stack for the nested levels (bounded by the depth
/// option) and the line-fitting work.
fn format_roomy(ctx: &mut Ctx, v: &Value, top: bool) -> String {
    crate::util::stack::with_room(crate::util::stack::BULK_RED_ZONE, || {
        format_value(ctx, v, 0, top)
    })
}

/// `util.inspect(v, options)`: like an argument of `console.log`, but strings are quoted.
pub fn inspect_with(interp: &Interp, v: &Value, options: InspectOptions) -> String {
    let mut ctx = Ctx::new(interp, false);
    ctx.options = options;
    format_roomy(&mut ctx, v, false)
}

/// Formats a value as node's REPL echoes it: strings quoted, and in colour when `colors`.
pub fn inspect_for_repl(interp: &Interp, v: &Value, colors: bool) -> String {
    format_roomy(&mut Ctx::new(interp, colors), v, false)
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
        Value::Symbol(s) => ctx.stylize(crate::value::symbol::display(s), Style::Symbol),
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

/// A property key as node prints it: bare if it is an identifier, else quoted.
fn format_key(key: &JsStr) -> String {
    if crate::value::symbol::is_symbol_key(key) {
        return format!("[{}]", crate::value::symbol::display(key));
    }
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

/// `o[Symbol.toStringTag]` when it is a string (own or inherited data property).
fn to_string_tag(o: &ObjRef) -> Option<String> {
    let key = crate::value::symbol::to_string_tag_key();
    match crate::value::object::data_property(o, &key) {
        Some(Value::String(s)) => Some(s.to_string()),
        _ => None,
    }
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
    // `format_raw` puts the `<ref *N>` marker of a circular object in front of it.
    format_raw(ctx, o, depth)
}

/// `base` preceded by `<ref *N>` when `o` turned out to be referenced from inside itself. node
/// adds the marker before deciding on line breaks, so its width counts.
fn with_circular_marker(ctx: &Ctx, o: &ObjRef, base: String) -> String {
    match ctx.circular.iter().position(|c| Rc::ptr_eq(c, o)) {
        Some(i) if base.is_empty() => format!("<ref *{}>", i + 1),
        Some(i) => format!("<ref *{}> {base}", i + 1),
        None => base,
    }
}

/// What kind of braces and prefix an object gets.
enum Shape {
    Array(ArrayShape),
    Function(String),
    Error(String),
    Promise(PromiseState),
    Boxed(String),
    Map(Vec<(Value, Value)>),
    Set(Vec<Value>),
    /// A `Map`/`Set` iterator, previewing what it has left: `[Map Entries] { [ 1, 2 ] }`.
    Preview(&'static str, Vec<Value>),
    Plain,
}

fn shape_of(ctx: &Ctx, o: &ObjRef) -> Shape {
    let data = o.data.borrow();
    match &data.kind {
        ObjectKind::Array(elements) => Shape::Array(array_shape(elements)),
        ObjectKind::Closure(c) if c.class.is_some() => {
            drop(data);
            Shape::Function(class_label(o))
        }
        ObjectKind::Closure(_) | ObjectKind::Native(_) => {
            let kind = match &data.kind {
                ObjectKind::Closure(c) if c.func.is_generator => "GeneratorFunction",
                ObjectKind::Closure(c) if c.func.is_async => "AsyncFunction",
                _ => "Function",
            };
            drop(data);
            let name = function_name(o);
            let kind = if o.data.borrow().proto.is_none() {
                format!("{kind} (null prototype)")
            } else {
                kind.to_string()
            };
            Shape::Function(if name.is_empty() {
                format!("[{kind} (anonymous)]")
            } else {
                format!("[{kind}: {name}]")
            })
        }
        ObjectKind::Error => {
            drop(data);
            Shape::Error(error_text(ctx, o))
        }
        ObjectKind::Promise(p) => Shape::Promise(p.state.clone()),
        ObjectKind::Map(m) => Shape::Map(m.entries()),
        ObjectKind::Set(m) => Shape::Set(m.entries().into_iter().map(|(k, _)| k).collect()),
        ObjectKind::Iterator(_) => {
            drop(data);
            match crate::builtins::iterator::preview(ctx.interp, o) {
                Some((label, items)) => Shape::Preview(label, items),
                None => Shape::Plain,
            }
        }
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
    } else if name.is_empty() {
        message
    } else {
        format!("{name}: {message}")
    }
}

/// What node shows for an error: its `stack` (or `name: message` when the stack is missing or
/// empty), in brackets when it has no `\n    at` frame lines, as in `[Error: boom]`.
fn error_text(ctx: &Ctx, o: &ObjRef) -> String {
    let stack = o.data.borrow().props.get("stack").map(|p| p.slot.clone());
    let text = match stack {
        Some(Slot::Data(Value::String(s))) if !s.is_empty() => s.to_string(),
        Some(Slot::Data(Value::Number(n))) if n != 0.0 && !n.is_nan() => number_to_string(n),
        Some(Slot::Data(Value::Bool(true))) => "true".to_string(),
        // Not read yet: the header node would write now (see `error::install_lazy_stack`).
        Some(Slot::Accessor(a)) if a.get.is_some() => {
            let g = a.get.as_ref().expect("checked");
            match crate::builtins::error::lazy_stack_trace(g) {
                Some(trace) => format!("{}{trace}", error_header(ctx, o)),
                None => error_header(ctx, o),
            }
        }
        _ => error_header(ctx, o),
    };
    let text = improve_stack(o, text);
    if text.contains("\n    at") {
        text
    } else {
        format!("[{text}]")
    }
}

/// Whether an error's own `key` is left out: `stack` always, and `name` or `message` when the
/// stack text already shows their value.
fn is_error_key_shown_by_stack(o: &ObjRef, stack: &str, key: &str) -> bool {
    match key {
        "stack" => true,
        "name" | "message" => match o.data.borrow().props.get(key).and_then(|p| p.data_value()) {
            Some(Value::String(s)) => stack.contains(s.as_str()),
            _ => false,
        },
        _ => false,
    }
}

/// A string-valued data property found on `o` or its prototypes, without running code.
fn lookup_plain(o: &ObjRef, key: &str) -> Option<String> {
    match crate::value::object::data_property(o, &JsStr::from(key)) {
        Some(Value::String(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn format_raw(ctx: &mut Ctx, o: &ObjRef, depth: usize) -> String {
    let shape = shape_of(ctx, o);
    let keys = shown_keys(ctx, o, &shape);
    let ctor = constructor_name(o);
    let has_null_proto = o.data.borrow().proto.is_none();

    let (prefix, braces, _) = match &shape {
        Shape::Array(items) => {
            let p = match ctor.as_deref() {
                Some("Array") => String::new(),
                Some(name) => format!("{name}({}) ", items.length),
                None => format!("[Array({}): null prototype] ", items.length),
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
            if keys.is_empty() {
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
        Shape::Preview(label, _) => (format!("[{label}] "), ("{", "}"), false),
        Shape::Plain => {
            let tag = to_string_tag(o).filter(|t| Some(t) != ctor.as_ref());
            let p = match (has_null_proto, ctor.as_deref(), tag) {
                (true, _, _) => "[Object: null prototype] ".to_string(),
                // A `Symbol.toStringTag` that differs from the constructor's name is shown
                // next to it: `Object [Generator] {}`.
                (false, name, Some(tag)) => format!("{} [{tag}] ", name.unwrap_or("Object")),
                (false, Some("Object") | None, None) => String::new(),
                (false, Some(name), None) => format!("{name} "),
            };
            (p, ("{", "}"), false)
        }
    };

    let is_empty_container = keys.is_empty()
        && !matches!(
            shape,
            Shape::Promise(_) | Shape::Map(_) | Shape::Set(_) | Shape::Preview(..)
        );
    if is_empty_container {
        if let Shape::Array(items) = &shape {
            if items.length == 0 {
                return format!("{prefix}[]");
            }
        } else if !matches!(shape, Shape::Error(_)) {
            return format!("{prefix}{{}}");
        }
    }

    if depth > ctx.options.depth {
        let name = depth_limit_name(&shape, ctor.as_deref(), has_null_proto);
        return ctx.stylize(format!("[{name}]"), Style::Special);
    }

    ctx.seen.push(o.clone());
    ctx.current_depth = depth;
    ctx.indentation += 2;
    let mut output: Vec<String> = Vec::new();
    match &shape {
        Shape::Array(items) => format_array_items(ctx, &items.entries, depth, &mut output),
        Shape::Promise(state) => output.push(match state {
            PromiseState::Pending => "<pending>".to_string(),
            PromiseState::Fulfilled(v) => format_value(ctx, v, depth + 1, false),
            PromiseState::Rejected(v) => {
                format!("<rejected> {}", format_value(ctx, v, depth + 1, false))
            }
        }),
        Shape::Map(entries) => {
            for (k, v) in entries.iter().take(MAX_ARRAY_LENGTH) {
                let k = format_value(ctx, k, depth + 1, false);
                let v = format_value(ctx, v, depth + 1, false);
                output.push(format!("{k} => {v}"));
            }
            push_more_items(&mut output, entries.len());
        }
        Shape::Set(items) | Shape::Preview(_, items) => {
            for v in items.iter().take(MAX_ARRAY_LENGTH) {
                output.push(format_value(ctx, v, depth + 1, false));
            }
            push_more_items(&mut output, items.len());
        }
        _ => {}
    }
    for key in &keys {
        output.push(format_property(ctx, o, key, depth));
    }
    ctx.indentation -= 2;
    ctx.seen.pop();

    if matches!(shape, Shape::Map(_) | Shape::Set(_) | Shape::Preview(..)) {
        // node puts this prefix inside the opening brace, which counts towards the width.
        let open = format!("{prefix}{{");
        let base = with_circular_marker(ctx, o, String::new());
        return reduce_to_single_string(ctx, output, &base, (&open, "}"), depth, None);
    }
    let base = with_circular_marker(ctx, o, prefix.trim_end().to_string());
    let array_items = match &shape {
        Shape::Array(items) => Some(items.head.as_slice()),
        _ => None,
    };
    reduce_to_single_string(ctx, output, &base, braces, depth, array_items)
}

/// What an object nested deeper than the depth option is shown as, inside brackets: its
/// constructor's name (`Object`, `Array`, `Function`, `TypeError`), or the kind of object
/// and `null prototype` when it has no prototype.
fn depth_limit_name(shape: &Shape, ctor: Option<&str>, has_null_proto: bool) -> String {
    let kind = match shape {
        Shape::Array(_) => "Array",
        Shape::Function(_) => "Function",
        Shape::Map(_) => "Map",
        Shape::Set(_) => "Set",
        _ => "Object",
    };
    match ctor {
        // minnow has no `Function` constructor on `Function.prototype`, so the chain would
        // answer `Object`.
        Some(_) if matches!(shape, Shape::Function(_)) => kind.to_string(),
        Some(name) => name.to_string(),
        None if has_null_proto => format!("{kind}: null prototype"),
        None => kind.to_string(),
    }
}

/// The own properties shown after an object's entries, in order: enumerable ones, and with
/// `showHidden` the others too, led by the virtual ones node lists first (`length`; a
/// function's `name`, `arguments`, `caller`, `prototype`). Array and string indices are
/// shown as entries instead, and (without `showHidden`) an error's keys already in its stack
/// text are left out.
/// The keys `console.log` shows: string keys as [`shown_string_keys`] picks them, then the
/// symbol keys.
fn shown_keys(ctx: &Ctx, o: &ObjRef, shape: &Shape) -> Vec<JsStr> {
    let mut keys = shown_string_keys(ctx, o, shape);
    keys.extend(o.data.borrow().own_symbol_keys(!ctx.options.show_hidden));
    keys
}

fn shown_string_keys(ctx: &Ctx, o: &ObjRef, shape: &Shape) -> Vec<JsStr> {
    let data = o.data.borrow();
    // Array elements and a boxed string's characters are shown as entries, not as keys.
    let mut keys: Vec<JsStr> = data
        .stored_keys()
        .into_iter()
        .filter(|(_, enumerable)| ctx.options.show_hidden || *enumerable)
        .map(|(k, _)| k)
        .collect();
    if let Shape::Error(stack) = shape
        && !ctx.options.show_hidden
    {
        // node always shows an error's `cause` and an AggregateError's `errors`, even though
        // they are not enumerable.
        for hidden in ["cause", "errors"] {
            let shown = keys.iter().any(|k| k.as_str() == hidden);
            let is_errors_array = || {
                matches!(data.props.get(hidden).and_then(|p| p.data_value()),
                    Some(Value::Object(a)) if a.data.borrow().is_array())
            };
            if !shown && data.props.contains_key(hidden) && (hidden == "cause" || is_errors_array())
            {
                keys.push(JsStr::from(hidden));
            }
        }
        drop(data);
        keys.retain(|k| !is_error_key_shown_by_stack(o, stack, k.as_str()));
        return keys;
    }
    if !ctx.options.show_hidden {
        return keys;
    }
    let virtual_keys: &[&str] = match &data.kind {
        ObjectKind::Array(_) | ObjectKind::Primitive(Value::String(_)) => &["length"],
        ObjectKind::Closure(c) if c.constructable => {
            &["length", "name", "arguments", "caller", "prototype"]
        }
        ObjectKind::Closure(_) | ObjectKind::Native(_) => &["length", "name"],
        _ => &[],
    };
    keys.retain(|k| !virtual_keys.contains(&k.as_str()));
    let mut all: Vec<JsStr> = virtual_keys.iter().map(|k| JsStr::from(*k)).collect();
    all.extend(keys);
    all
}

/// One `key: value` line of an object; `[key]: value` for a non-enumerable property.
fn format_property(ctx: &mut Ctx, o: &ObjRef, key: &JsStr, depth: usize) -> String {
    let own = o.data.borrow().props.get(key).cloned();
    let (formatted, enumerable) = match own {
        Some(prop) => {
            let formatted = match &prop.slot {
                Slot::Data(value) => format_value(ctx, value, depth + 1, false),
                Slot::Accessor(a) => ctx.stylize(accessor_label(a).to_string(), Style::Special),
            };
            (formatted, prop.flags.enumerable)
        }
        None => match virtual_property(o, key.as_str()) {
            Some(value) => (format_value(ctx, &value, depth + 1, false), false),
            None => (format_unmade_prototype(ctx, o, depth + 1), false),
        },
    };
    if enumerable {
        format!("{}: {formatted}", format_key(key))
    } else {
        format!("[{key}]: {formatted}")
    }
}

/// The value of a property minnow computes instead of storing (`length`, a function's `name`),
/// or `None` for the `prototype` of a function that has not been created yet.
fn virtual_property(o: &ObjRef, key: &str) -> Option<Value> {
    let data = o.data.borrow();
    let number = |n: usize| Some(Value::Number(n as f64));
    match (&data.kind, key) {
        (ObjectKind::Array(items), "length") => number(items.len() as usize),
        (ObjectKind::Primitive(Value::String(s)), "length") => number(s.utf16_len()),
        (ObjectKind::Closure(c), "length") => number(
            c.func
                .params
                .iter()
                .take_while(|p| p.default.is_none() && !p.rest)
                .count(),
        ),
        (ObjectKind::Native(n), "length") => number(n.length as usize),
        (ObjectKind::Closure(_) | ObjectKind::Native(_), "name") => {
            drop(data);
            Some(Value::String(JsStr::from(function_name(o))))
        }
        // A sloppy-mode function's own `arguments` and `caller` read as null.
        (ObjectKind::Closure(_), "arguments" | "caller") => Some(Value::Null),
        _ => None,
    }
}

/// A function's `prototype` that minnow has not created yet: it would be
/// `{ constructor: f }`, and `f` is the object being shown, so this is a circular reference.
fn format_unmade_prototype(ctx: &mut Ctx, function: &ObjRef, depth: usize) -> String {
    if depth > ctx.options.depth {
        return ctx.stylize("[Object]".into(), Style::Special);
    }
    ctx.current_depth = depth;
    ctx.indentation += 2;
    let constructor = format_value(ctx, &Value::Object(function.clone()), depth + 1, false);
    ctx.indentation -= 2;
    let output = vec![format!("[constructor]: {constructor}")];
    reduce_to_single_string(ctx, output, "", ("{", "}"), depth, None)
}

/// `... N more items` after a Map's or Set's first `MAX_ARRAY_LENGTH` entries.
fn push_more_items(output: &mut Vec<String>, total: usize) {
    if total > MAX_ARRAY_LENGTH {
        let rest = total - MAX_ARRAY_LENGTH;
        output.push(format!(
            "... {rest} more item{}",
            if rest == 1 { "" } else { "s" }
        ));
    }
}

/// What `console.log` shows of an array's elements, read while the array is borrowed.
struct ArrayShape {
    length: u32,
    /// node's `formatArray`/`formatSpecialArray`: at most `MAX_ARRAY_LENGTH` entries, then
    /// what is left as `... N more items`.
    entries: Vec<ArrayEntry>,
    /// The first values by index (holes and accessors as `Value::Empty`), for the alignment
    /// `groupArrayElements` picks by looking at `value[i]`.
    head: Vec<Value>,
}

enum ArrayEntry {
    Value(Value),
    /// An accessor element: `[Getter]`, `[Setter]` or `[Getter/Setter]`.
    Accessor(&'static str),
    /// A run of holes: `<N empty items>`.
    Holes(u64),
    /// `... N more items`.
    More(u64),
}

/// Walks the own elements in index order (never the length: a sparse array of length 2^32 - 1
/// costs as much as its elements) into node's entries.
fn array_shape(elements: &crate::value::object::ArrayData) -> ArrayShape {
    let length = elements.len();
    let max = (length as usize).min(MAX_ARRAY_LENGTH);
    let mut entries = Vec::new();
    let mut index: u32 = 0;
    while entries.len() < max {
        let Some(k) = elements.next_index(index) else {
            break;
        };
        if k != index {
            entries.push(ArrayEntry::Holes((k - index) as u64));
            index = k;
            if entries.len() == max {
                break;
            }
        }
        entries.push(match elements.get(k) {
            Some(crate::value::object::Element::Prop(p)) => match &p.slot {
                Slot::Accessor(a) => ArrayEntry::Accessor(accessor_label(a)),
                Slot::Data(v) => ArrayEntry::Value(v.clone()),
            },
            Some(crate::value::object::Element::Plain(v)) => ArrayEntry::Value(v.clone()),
            None => ArrayEntry::Holes(0),
        });
        index = k + 1;
    }
    let remaining = (length - index) as u64;
    if remaining > 0 {
        entries.push(if entries.len() == max {
            ArrayEntry::More(remaining)
        } else {
            ArrayEntry::Holes(remaining)
        });
    }
    let head = (0..(length as usize).min(MAX_ARRAY_LENGTH + 2))
        .map(|i| elements.value(i as u32).cloned().unwrap_or(Value::Empty))
        .collect();
    ArrayShape {
        length,
        entries,
        head,
    }
}

fn accessor_label(a: &crate::value::object::Accessor) -> &'static str {
    match (a.get.is_some(), a.set.is_some()) {
        (true, true) => "[Getter/Setter]",
        (true, false) => "[Getter]",
        (false, true) => "[Setter]",
        (false, false) => "undefined",
    }
}

/// An array's entries as [`array_shape`] found them.
fn format_array_items(
    ctx: &mut Ctx,
    entries: &[ArrayEntry],
    depth: usize,
    output: &mut Vec<String>,
) {
    let plural = |n: u64| if n == 1 { "" } else { "s" };
    for entry in entries {
        output.push(match entry {
            ArrayEntry::Value(v) => format_value(ctx, v, depth + 1, false),
            ArrayEntry::Accessor(label) => ctx.stylize(label.to_string(), Style::Special),
            ArrayEntry::Holes(n) => {
                ctx.stylize(format!("<{n} empty item{}>", plural(*n)), Style::Undefined)
            }
            ArrayEntry::More(n) => format!("... {n} more item{}", plural(*n)),
        });
    }
}

/// node's `reduceToSingleString`: one line when the entries fit within the break length and
/// the object holds at most `COMPACT` levels of nesting; otherwise one entry per line. An
/// array (`array_items`) of more than 6 entries is first grouped into columns, and then never
/// joined onto one line.
fn reduce_to_single_string(
    ctx: &mut Ctx,
    output: Vec<String>,
    base: &str,
    braces: (&str, &str),
    depth: usize,
    array_items: Option<&[Value]>,
) -> String {
    let base_prefix = if base.is_empty() {
        String::new()
    } else {
        format!("{base} ")
    };
    let entries = output.len();
    let output = match array_items {
        Some(items) if entries > 6 => group_array_elements(ctx, output, items),
        _ => output,
    };
    if ctx.current_depth.saturating_sub(depth) < COMPACT && entries == output.len() {
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

/// The width node gives a column: the widest cell plus the `, ` separator.
const SEPARATOR_WIDTH: usize = 2;

/// node's `groupArrayElements`: when an array's entries are short enough, lays them out in
/// rows of aligned columns (numbers right-aligned, anything else left-aligned). The
/// `... N more items` entry is kept on its own line. Returns `output` unchanged when grouping
/// does not pay off.
fn group_array_elements(ctx: &Ctx, output: Vec<String>, items: &[Value]) -> Vec<String> {
    let has_more_items = output.len() > MAX_ARRAY_LENGTH;
    let cells = if has_more_items {
        output.len() - 1
    } else {
        output.len()
    };
    let widths: Vec<usize> = output[..cells].iter().map(|e| display_width(e)).collect();
    let total_width: usize = widths.iter().map(|w| w + SEPARATOR_WIDTH).sum();
    let max_width = widths.iter().copied().max().unwrap_or(0);
    let column_width = max_width + SEPARATOR_WIDTH;
    let fits_three_columns = column_width * 3 + ctx.indentation < BREAK_LENGTH;
    let dense = total_width as f64 / column_width as f64 > 5.0 || max_width <= 6;
    if !(fits_three_columns && dense) {
        return output;
    }
    let columns = column_count(ctx, column_width, total_width, output.len());
    if columns <= 1 {
        return output;
    }
    // Each column is as wide as its widest cell (plus separator).
    let column_widths: Vec<usize> = (0..columns)
        .map(|c| {
            widths
                .iter()
                .skip(c)
                .step_by(columns)
                .max()
                .copied()
                .unwrap_or(0)
        })
        .map(|w| w + SEPARATOR_WIDTH)
        .collect();
    // node checks the array's values at the positions of the output lines, holes and
    // extra properties included: any non-number there means left alignment.
    let right_align = (0..output.len()).all(|i| matches!(items.get(i), Some(Value::Number(_))));
    let mut rows = Vec::new();
    for start in (0..cells).step_by(columns) {
        let end = (start + columns).min(cells);
        let mut row = String::new();
        for i in start..end {
            // Padding counts UTF-16 units, while the columns are measured in display cells
            // (colour escapes take none, wide characters two).
            let width = column_widths[i - start] + utf16_len(&output[i]) - widths[i];
            let last = i == end - 1;
            let cell = if last {
                output[i].clone()
            } else {
                format!("{}, ", output[i])
            };
            match (right_align, last) {
                (true, true) => row.push_str(&pad_start(&cell, width - SEPARATOR_WIDTH)),
                (true, false) => row.push_str(&pad_start(&cell, width)),
                (false, true) => row.push_str(&cell),
                (false, false) => row.push_str(&pad_end(&cell, width)),
            }
        }
        rows.push(row);
    }
    if has_more_items {
        rows.push(output[cells].clone());
    }
    rows
}

/// How many columns node chooses: about 2.5 times as many rows as columns (characters are
/// taller than wide), biased towards fewer columns when entries differ much in width, and
/// limited by the line width, by `COMPACT * 4` and by 15.
fn column_count(ctx: &Ctx, column_width: usize, total_width: usize, entries: usize) -> usize {
    const CHAR_HEIGHT_TO_WIDTH: f64 = 2.5;
    let average_bias = (column_width as f64 - total_width as f64 / entries as f64).sqrt();
    let biased_max = (column_width as f64 - 3.0 - average_bias).max(1.0);
    let by_shape =
        ((CHAR_HEIGHT_TO_WIDTH * biased_max * entries as f64).sqrt() / biased_max).round() as usize;
    let by_width = (BREAK_LENGTH.saturating_sub(ctx.indentation)) / column_width;
    by_shape.min(by_width).min(COMPACT * 4).min(15)
}

/// How many terminal cells `s` takes, as node measures array entries for grouping: colour
/// escapes and zero-width characters take none, East Asian wide characters two.
fn display_width(s: &str) -> usize {
    width_without_escapes(s, cell_width)
}

fn cell_width(c: char) -> usize {
    if is_full_width(c) {
        2
    } else if is_zero_width(c) {
        0
    } else {
        1
    }
}

/// Characters a terminal draws two cells wide (CJK, Hangul, full-width forms, some emoji).
fn is_full_width(c: char) -> bool {
    let c = c as u32;
    matches!(c,
        0x1100..=0x115F
        | 0x2329
        | 0x232A
        | 0x2E80..=0x303E
        | 0x3040..=0x3247
        | 0x3250..=0x4DBF
        | 0x4E00..=0xA4C6
        | 0xA960..=0xA97C
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE10..=0xFE19
        | 0xFE30..=0xFE6B
        | 0xFF01..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1B000..=0x1B001
        | 0x1F200..=0x1F251
        | 0x1F300..=0x1F64F
        | 0x20000..=0x3FFFD)
}

/// Control characters, combining marks, zero-width spaces and variation selectors.
fn is_zero_width(c: char) -> bool {
    let c = c as u32;
    matches!(c,
        0x00..=0x1F
        | 0x7F..=0x9F
        | 0x300..=0x36F
        | 0x200B..=0x200F
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0xE0100..=0xE01EF)
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn pad_start(s: &str, width: usize) -> String {
    let pad = width.saturating_sub(utf16_len(s));
    format!("{}{s}", " ".repeat(pad))
}

fn pad_end(s: &str, width: usize) -> String {
    let pad = width.saturating_sub(utf16_len(s));
    format!("{s}{}", " ".repeat(pad))
}

fn indent_stack(stack: &str, indentation: usize) -> String {
    if indentation == 0 {
        return stack.to_string();
    }
    let pad = " ".repeat(indentation);
    stack.lines().collect::<Vec<_>>().join(&format!("\n{pad}"))
}
