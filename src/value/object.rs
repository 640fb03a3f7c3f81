//! The contents of a heap object: prototype link, own properties in insertion order, and the
//! internal slots of the exotic kinds (arrays, functions, promises, errors).
//!
//! Invariants:
//! - Property order as JavaScript reports it (integer-like keys ascending, then the rest in
//!   insertion order) is computed by [`Object::own_keys`]; `props` itself is insertion order.
//! - An array's elements (every array-index key) live in its [`ArrayData`], never in `props`;
//!   its `length` is kept there too and read as a virtual property.
//! - [`Object::trace`] visits every heap reference the object holds exactly once (see `heap`).

use std::rc::Rc;

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use crate::interp::{Interp, JsResult};
use crate::syntax::ast;
use crate::value::heap::{EnvRef, ObjRef, Tracer};
use crate::value::{JsStr, Value};

mod array_data;
mod iterator_data;
mod map_data;
pub use array_data::{ArrayData, Element};
pub use iterator_data::{IterKind, IteratorData, Walk};
pub use map_data::MapData;

/// An object's own properties in insertion order.
///
/// Most objects have a handful of properties, and for those a linear scan of a vector is
/// cheaper than hashing the key; past [`PropMap::SMALL`] entries the map switches to a hash
/// map for good. Both keep insertion order (`shift_remove` preserves it).
#[derive(Debug, Default)]
pub struct PropMap {
    repr: PropRepr,
    /// Set once a key starting with a digit is inserted: until then no key can be an index,
    /// which array methods check on every prototype (see `builtins::array::generic`).
    digit_keys: bool,
}

#[derive(Debug)]
enum PropRepr {
    Small(Vec<(JsStr, Prop)>),
    Large(IndexMap<JsStr, Prop, FxBuildHasher>),
}

impl Default for PropRepr {
    fn default() -> PropRepr {
        PropRepr::Small(Vec::new())
    }
}

/// A key to look a property up by: a `JsStr` (a string or a symbol's key), or a `&str`, which
/// names the string key with that text and never a symbol's.
pub trait LookupKey: std::hash::Hash + indexmap::Equivalent<JsStr> {}

impl<K: ?Sized + std::hash::Hash + indexmap::Equivalent<JsStr>> LookupKey for K {}

impl indexmap::Equivalent<JsStr> for str {
    fn equivalent(&self, key: &JsStr) -> bool {
        !key.is_symbol_key() && key.as_str() == self
    }
}

impl PropMap {
    /// Most entries kept in the linear-scan representation.
    const SMALL: usize = 8;

    pub fn get<K: ?Sized + LookupKey>(&self, key: &K) -> Option<&Prop> {
        match &self.repr {
            PropRepr::Small(v) => v.iter().find(|(k, _)| key.equivalent(k)).map(|(_, p)| p),
            PropRepr::Large(m) => m.get(key),
        }
    }

    pub fn get_mut<K: ?Sized + LookupKey>(&mut self, key: &K) -> Option<&mut Prop> {
        match &mut self.repr {
            PropRepr::Small(v) => v
                .iter_mut()
                .find(|(k, _)| key.equivalent(k))
                .map(|(_, p)| p),
            PropRepr::Large(m) => m.get_mut(key),
        }
    }

    pub fn contains_key<K: ?Sized + LookupKey>(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// Adds `key` at the end, or replaces its value in place; returns the old property.
    pub fn insert(&mut self, key: JsStr, prop: Prop) -> Option<Prop> {
        if let Some(existing) = self.get_mut(&key) {
            return Some(std::mem::replace(existing, prop));
        }
        self.digit_keys |= key.as_bytes().first().is_some_and(u8::is_ascii_digit);
        match &mut self.repr {
            PropRepr::Small(v) if v.len() < Self::SMALL => v.push((key, prop)),
            PropRepr::Small(v) => {
                let mut m: IndexMap<JsStr, Prop, FxBuildHasher> =
                    std::mem::take(v).into_iter().collect();
                m.insert(key, prop);
                self.repr = PropRepr::Large(m);
            }
            PropRepr::Large(m) => {
                m.insert(key, prop);
            }
        }
        None
    }

    /// Removes `key`, keeping the order of the rest.
    pub fn shift_remove<K: ?Sized + LookupKey>(&mut self, key: &K) -> Option<Prop> {
        match &mut self.repr {
            PropRepr::Small(v) => {
                let i = v.iter().position(|(k, _)| key.equivalent(k))?;
                Some(v.remove(i).1)
            }
            PropRepr::Large(m) => m.shift_remove(key),
        }
    }

    /// Makes room for `additional` more properties.
    pub fn reserve(&mut self, additional: usize) {
        match &mut self.repr {
            PropRepr::Small(v) if v.len() + additional <= Self::SMALL => v.reserve(additional),
            PropRepr::Small(_) => {}
            PropRepr::Large(m) => m.reserve(additional),
        }
    }

    /// False when no key can name an index (none ever started with a digit).
    pub fn may_hold_index_keys(&self) -> bool {
        self.digit_keys
    }

    pub fn len(&self) -> usize {
        match &self.repr {
            PropRepr::Small(v) => v.len(),
            PropRepr::Large(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keys and properties in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&JsStr, &Prop)> {
        let (small, large) = match &self.repr {
            PropRepr::Small(v) => (Some(v.iter().map(|(k, p)| (k, p))), None),
            PropRepr::Large(m) => (None, Some(m.iter())),
        };
        small
            .into_iter()
            .flatten()
            .chain(large.into_iter().flatten())
    }

    pub fn keys(&self) -> impl Iterator<Item = &JsStr> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Prop> {
        self.iter().map(|(_, p)| p)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Prop> {
        let (small, large) = match &mut self.repr {
            PropRepr::Small(v) => (Some(v.iter_mut().map(|(_, p)| p)), None),
            PropRepr::Large(m) => (None, Some(m.values_mut())),
        };
        small
            .into_iter()
            .flatten()
            .chain(large.into_iter().flatten())
    }
}

/// One own property: a data slot or a getter/setter pair, with its attributes (`writable` is
/// meaningless for accessors and kept false).
#[derive(Clone, Debug)]
pub struct Prop {
    pub slot: Slot,
    pub flags: PropFlags,
}

/// What a property holds.
#[derive(Clone, Debug)]
pub enum Slot {
    Data(Value),
    /// `get x() {}` / `set x(v) {}`, boxed so a property stays as small as a data one.
    Accessor(Box<Accessor>),
}

/// A getter/setter pair: either function may be missing (reads give `undefined`, writes are
/// ignored in sloppy code).
#[derive(Clone, Debug, Default)]
pub struct Accessor {
    pub get: Option<ObjRef>,
    pub set: Option<ObjRef>,
}

impl Slot {
    pub fn accessor(get: Option<ObjRef>, set: Option<ObjRef>) -> Slot {
        Slot::Accessor(Box::new(Accessor { get, set }))
    }
}

impl Prop {
    pub fn data(value: Value, flags: PropFlags) -> Prop {
        Prop {
            slot: Slot::Data(value),
            flags,
        }
    }

    /// The stored value of a data property; `None` for accessors, whose value only a call
    /// to the getter produces.
    pub fn data_value(&self) -> Option<&Value> {
        match &self.slot {
            Slot::Data(v) => Some(v),
            Slot::Accessor(_) => None,
        }
    }

    pub fn is_accessor(&self) -> bool {
        matches!(self.slot, Slot::Accessor(_))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropFlags {
    pub writable: bool,
    pub enumerable: bool,
    pub configurable: bool,
}

impl PropFlags {
    /// What an ordinary assignment or object literal creates.
    pub const DEFAULT: PropFlags = PropFlags {
        writable: true,
        enumerable: true,
        configurable: true,
    };
    /// What built-in methods and `prototype`/`constructor` links use.
    pub const HIDDEN: PropFlags = PropFlags {
        writable: true,
        enumerable: false,
        configurable: true,
    };
    /// Accessors of object literals (class accessors are not enumerable).
    pub const ACCESSOR: PropFlags = PropFlags {
        writable: false,
        enumerable: true,
        configurable: true,
    };
}

#[derive(Debug, Default)]
pub struct Object {
    pub proto: Option<ObjRef>,
    pub props: PropMap,
    pub kind: ObjectKind,
    pub extensible: bool,
}

#[derive(Debug, Default)]
pub enum ObjectKind {
    #[default]
    Ordinary,
    Array(ArrayData),
    /// A function written in JavaScript.
    Closure(Box<Closure>),
    /// A function written in Rust.
    Native(Box<NativeFunction>),
    /// An instance of `Error` or a subclass (has the [[ErrorData]] slot).
    Error,
    Promise(Box<crate::builtins::promise::PromiseData>),
    /// The record shared by a promise's resolve and reject functions: already resolved?
    ResolvedFlag(bool),
    /// `new Boolean/Number/String(…)` wrappers and the primitive prototypes.
    Primitive(Value),
    /// A `Map`: entries in insertion order with a SameValueZero index.
    Map(Box<MapData>),
    /// A `Set`: the same table, with `undefined` as every entry's value.
    Set(Box<MapData>),
    /// A generator object (what calling a `function*` returns).
    Generator(Box<crate::builtins::generator::GeneratorData>),
    /// The suspended body of a running async function call (internal, never seen by code).
    AsyncCall(Box<crate::builtins::async_fn::AsyncCallData>),
    /// An iterator over an array, string, `Map` or `Set` (`values()`, `entries()`, `for…of`).
    Iterator(Box<IteratorData>),
}

/// A JavaScript function value: its code and the environment it closes over.
#[derive(Debug)]
pub struct Closure {
    pub func: Rc<ast::Function>,
    pub env: EnvRef,
    /// An arrow function's lexical `this`, captured when it was created.
    pub lexical_this: Option<Value>,
    /// Normal functions get a `prototype` object, created on first use to keep closure
    /// creation cheap.
    pub prototype_pending: bool,
    /// False for arrows and methods, which `new` rejects.
    pub constructable: bool,
    /// The object whose prototype `super.x` starts from: the class prototype for methods,
    /// the class itself for static ones; arrows inherit their creator's.
    pub home: Option<ObjRef>,
    /// Class code (and functions created while it runs): `this` is not replaced by the
    /// global object, and writes that sloppy code ignores throw.
    pub strict: bool,
    /// Set on a class constructor.
    pub class: Option<Box<ClassInfo>>,
    /// The source the function was parsed from (its spans index into it).
    pub source: Rc<crate::syntax::Source>,
}

/// What `new` needs to know about a class beyond its constructor's code.
#[derive(Debug)]
pub struct ClassInfo {
    /// `class B extends A`: `this` is bound by `super(…)`, not before the body runs.
    pub derived: bool,
    /// False when the class has no `constructor`: a derived class then passes its arguments
    /// straight to the parent.
    pub explicit_constructor: bool,
    /// Instance fields in source order, defined on each new instance.
    pub fields: Vec<FieldDef>,
}

/// `x = expr` (or `x;`) in a class body: the key (computed ones evaluated once, when the
/// class is defined) and the initializer as a method called with the instance as `this`.
#[derive(Debug)]
pub struct FieldDef {
    pub key: JsStr,
    pub init: Option<ObjRef>,
}

/// The arguments of a call into Rust code.
pub struct NativeCall<'a> {
    pub this: Value,
    pub args: &'a [Value],
    pub callee: &'a ObjRef,
    /// True for `new F(…)`.
    pub is_construct: bool,
    /// For `new`, the constructor `new` was applied to (a subclass when reached through
    /// `super(…)`): the instance's prototype comes from its `prototype`.
    pub new_target: Option<ObjRef>,
    /// The call expression, for errors thrown by the native.
    pub site: crate::syntax::ast::Span,
}

impl NativeCall<'_> {
    /// Argument `i`, or `undefined` when fewer were passed.
    pub fn arg(&self, i: usize) -> Value {
        self.args.get(i).cloned().unwrap_or_default()
    }

    /// Captured value `i` of a native closure.
    pub fn data(&self, i: usize) -> Value {
        match &self.callee.data.borrow().kind {
            ObjectKind::Native(n) => n.data.get(i).cloned().unwrap_or_default(),
            _ => Value::Undefined,
        }
    }
}

pub type NativeFn = fn(&mut Interp, &NativeCall) -> JsResult<Value>;

#[derive(Debug)]
pub struct NativeFunction {
    /// The name; for a bound function, the name after its `bound ` prefixes.
    pub name_base: JsStr,
    /// How many `bound ` prefixes the name has: 0 for a built-in, at least 1 for a function
    /// made by `bind` (which is how bound functions are recognised). A chain of binds shares
    /// one base name instead of copying a longer name at each step.
    pub bound_depth: u32,
    /// The full name of a bound function, spelled out the first time it is read.
    pub full_name: std::cell::OnceCell<JsStr>,
    pub length: u32,
    pub call: NativeFn,
    /// Constructors (`Error`, `Promise`) accept `new`.
    pub constructor: bool,
    /// Values captured by a native closure (a promise's resolve function holds its promise).
    pub data: Vec<Value>,
}

impl NativeFunction {
    /// The function's `name` (`bound bound f` for `f.bind().bind()`).
    pub fn name(&self) -> JsStr {
        if self.bound_depth == 0 {
            return self.name_base.clone();
        }
        self.full_name
            .get_or_init(|| {
                let prefixes = "bound ".repeat(self.bound_depth as usize);
                JsStr::from(prefixes + self.name_base.as_str())
            })
            .clone()
    }
}

impl std::fmt::Debug for NativeCall<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeCall")
            .field("args", &self.args.len())
            .finish()
    }
}

impl Object {
    pub fn new(proto: Option<ObjRef>, kind: ObjectKind) -> Object {
        Object {
            proto,
            props: PropMap::default(),
            kind,
            extensible: true,
        }
    }

    pub fn is_callable(&self) -> bool {
        matches!(self.kind, ObjectKind::Closure(_) | ObjectKind::Native(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self.kind, ObjectKind::Array(_))
    }

    /// True when dropping this object cannot free other cells, so no deferral is needed.
    pub fn is_trivially_droppable(&self) -> bool {
        self.proto.is_none() && self.props.is_empty() && matches!(self.kind, ObjectKind::Ordinary)
    }

    /// Adds or overwrites a data property with default flags.
    pub fn set_own(&mut self, key: JsStr, value: Value) {
        self.props
            .insert(key, Prop::data(value, PropFlags::DEFAULT));
    }

    /// Adds a non-enumerable property (methods of built-ins, `constructor`).
    pub fn set_hidden(&mut self, key: JsStr, value: Value) {
        self.props.insert(key, Prop::data(value, PropFlags::HIDDEN));
    }

    /// Installs a getter and/or a setter under `key`, keeping the other half of an existing
    /// accessor (`get x` then `set x` in one literal or class body make one property).
    pub fn set_accessor(
        &mut self,
        key: JsStr,
        get: Option<ObjRef>,
        set: Option<ObjRef>,
        flags: PropFlags,
    ) {
        let (get, set) = match self.props.get(&key).map(|p| &p.slot) {
            Some(Slot::Accessor(old)) => (
                get.or_else(|| old.get.clone()),
                set.or_else(|| old.set.clone()),
            ),
            _ => (get, set),
        };
        self.props.insert(
            key,
            Prop {
                slot: Slot::accessor(get, set),
                flags,
            },
        );
    }

    /// Own property keys in JavaScript order: array indices, integer-like keys ascending, then
    /// string keys in insertion order. `only_enumerable` skips hidden ones.
    pub fn own_keys(&self, only_enumerable: bool) -> Vec<JsStr> {
        self.own_keys_flagged()
            .into_iter()
            .filter(|(_, enumerable)| !only_enumerable || *enumerable)
            .map(|(k, _)| k)
            .collect()
    }

    /// Every own string key in JavaScript order, with whether it is enumerable.
    pub fn own_keys_flagged(&self) -> Vec<(JsStr, bool)> {
        let mut keys = self.element_keys();
        keys.extend(self.stored_keys());
        keys
    }

    /// The keys of the stored properties (`props`, not an array's elements or a boxed
    /// string's characters) in JavaScript order, with whether each is enumerable.
    pub fn stored_keys(&self) -> Vec<(JsStr, bool)> {
        let visible = self
            .props
            .iter()
            .filter(|(k, _)| !crate::value::symbol::is_symbol_key(k));
        let mut integer: Vec<(u32, (JsStr, bool))> = Vec::new();
        let mut named: Vec<(JsStr, bool)> = Vec::new();
        for (k, p) in visible {
            let entry = (k.clone(), p.flags.enumerable);
            match k.as_array_index() {
                Some(i) => integer.push((i, entry)),
                None => named.push(entry),
            }
        }
        integer.sort_by_key(|(i, _)| *i);
        let mut keys: Vec<(JsStr, bool)> = integer.into_iter().map(|(_, k)| k).collect();
        keys.extend(named);
        keys
    }

    /// The index keys of an array's elements or a boxed string's characters.
    fn element_keys(&self) -> Vec<(JsStr, bool)> {
        let mut keys: Vec<(JsStr, bool)> = Vec::new();
        if let ObjectKind::Array(elements) = &self.kind {
            keys.extend(
                elements
                    .indices()
                    .into_iter()
                    .map(|(i, f)| (JsStr::from(i.to_string()), f.enumerable)),
            );
        }
        if let ObjectKind::Primitive(Value::String(s)) = &self.kind {
            for i in 0..s.utf16_len() {
                keys.push((JsStr::from(i.to_string()), true));
            }
        }
        keys
    }

    /// Whether `key` (a string or symbol key) names an own property, stored or virtual (array
    /// elements, a boxed string's characters).
    pub fn has_own(&self, key: &JsStr) -> bool {
        let virtual_length = key.as_str() == "length"
            && matches!(
                self.kind,
                ObjectKind::Array(_) | ObjectKind::Primitive(Value::String(_))
            );
        if virtual_length || self.props.contains_key(key) {
            return true;
        }
        match (&self.kind, key.as_array_index()) {
            (ObjectKind::Array(elements), Some(i)) => elements.get(i).is_some(),
            (ObjectKind::Primitive(Value::String(s)), Some(i)) => (i as usize) < s.utf16_len(),
            _ => false,
        }
    }

    /// Own symbol-keyed properties, in insertion order (`Object.getOwnPropertySymbols`,
    /// `console.log`).
    pub fn own_symbol_keys(&self, only_enumerable: bool) -> Vec<JsStr> {
        self.props
            .iter()
            .filter(|(k, p)| {
                crate::value::symbol::is_symbol_key(k) && (!only_enumerable || p.flags.enumerable)
            })
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Visits every heap reference this object holds, once each.
    pub fn trace(&self, t: &mut Tracer) {
        if let Some(p) = &self.proto {
            t.object(p);
        }
        for prop in self.props.values() {
            match &prop.slot {
                Slot::Data(v) => t.value(v),
                Slot::Accessor(a) => {
                    a.get.iter().chain(&a.set).for_each(|f| t.object(f));
                }
            }
        }
        match &self.kind {
            ObjectKind::Ordinary | ObjectKind::Error | ObjectKind::ResolvedFlag(_) => {}
            ObjectKind::Array(elements) => elements.trace(t),
            ObjectKind::Closure(c) => {
                t.env(&c.env);
                if let Some(this) = &c.lexical_this {
                    t.value(this);
                }
                if let Some(home) = &c.home {
                    t.object(home);
                }
                if let Some(class) = &c.class {
                    class
                        .fields
                        .iter()
                        .filter_map(|f| f.init.as_ref())
                        .for_each(|f| t.object(f));
                }
            }
            ObjectKind::Native(n) => n.data.iter().for_each(|v| t.value(v)),
            ObjectKind::Promise(p) => p.trace(t),
            ObjectKind::Primitive(v) => t.value(v),
            ObjectKind::Map(m) | ObjectKind::Set(m) => m.trace(t),
            ObjectKind::Generator(g) => g.trace(t),
            ObjectKind::AsyncCall(a) => a.trace(t),
            ObjectKind::Iterator(i) => i.trace(t),
        }
    }
}

/// The value of a data property found on `o` or its prototype chain, without running any code
/// (V8's GetDataProperty): an accessor, or no property, reads as `None`.
pub fn data_property(o: &ObjRef, key: &JsStr) -> Option<Value> {
    let mut cur = Some(o.clone());
    while let Some(c) = cur {
        let data = c.data.borrow();
        if let Some(p) = data.props.get(key) {
            return p.data_value().cloned();
        }
        cur = data.proto.clone();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prop(n: f64) -> Prop {
        Prop::data(Value::Number(n), PropFlags::DEFAULT)
    }

    fn number(p: Option<&Prop>) -> Option<f64> {
        match p.and_then(|p| p.data_value()) {
            Some(Value::Number(n)) => Some(*n),
            _ => None,
        }
    }

    #[test]
    fn prop_map_keeps_insertion_order_across_the_switch_to_hashing() {
        let mut map = PropMap::default();
        for i in 0..20 {
            assert!(
                map.insert(JsStr::from(format!("k{i}")), prop(i as f64))
                    .is_none()
            );
            if i == 3 {
                // Replacing keeps the position.
                assert_eq!(
                    number(map.insert(JsStr::from("k1"), prop(-1.0)).as_ref()),
                    Some(1.0)
                );
            }
        }
        assert_eq!(map.len(), 20);
        assert_eq!(number(map.get("k1")), Some(-1.0));
        assert_eq!(number(map.shift_remove("k2").as_ref()), Some(2.0));
        let keys: Vec<&str> = map.keys().map(|k| k.as_str()).take(3).collect();
        assert_eq!(keys, ["k0", "k1", "k3"]);
        assert!(map.get("k2").is_none() && map.contains_key("k19"));
    }

    #[test]
    fn accessor_halves_merge_and_stay_hidden_from_data_reads() {
        let getter = crate::value::heap::alloc_object(Object::default());
        let setter = crate::value::heap::alloc_object(Object::default());
        let mut o = Object::default();
        o.set_accessor(
            JsStr::from("x"),
            Some(getter.clone()),
            None,
            PropFlags::ACCESSOR,
        );
        o.set_accessor(
            JsStr::from("x"),
            None,
            Some(setter.clone()),
            PropFlags::ACCESSOR,
        );
        let p = o.props.get("x").expect("defined");
        assert!(p.is_accessor() && p.data_value().is_none());
        match &p.slot {
            Slot::Accessor(a) => {
                let (g, s) = (a.get.as_ref().unwrap(), a.set.as_ref().unwrap());
                assert!(Rc::ptr_eq(g, &getter) && Rc::ptr_eq(s, &setter));
            }
            other => panic!("expected both halves, got {other:?}"),
        }
        // A data write replaces the accessor entirely.
        o.set_own(JsStr::from("x"), Value::Number(1.0));
        assert_eq!(number(o.props.get("x")), Some(1.0));
        assert_eq!(o.own_keys(true), vec![JsStr::from("x")]);
    }
}
