//! The garbage-collected heap: objects and environments, and the cycle collector that frees
//! the garbage reference counting alone cannot (a closure that captures its own scope, an
//! object that points to itself).
//!
//! Design (the one CPython uses): every heap cell is reference counted (`Rc`), so acyclic
//! garbage is freed the moment it becomes unreachable. Every cell is also registered here, and
//! when enough cells have been allocated since the last collection, a tracing pass finds the
//! cycles. The registry is intrusive: it holds plain pointers to live cells, and a cell
//! unregisters itself as it dies (each knows its index), so a dead cell's memory is reused at
//! once rather than kept until the next collection (as a weak reference would keep it).
//! The collection:
//! 1. for every registered cell, `refs` = its strong count;
//! 2. for every reference *from one heap cell to another* (found by tracing each cell's
//!    contents), the target's `refs` drops by one;
//! 3. a cell whose `refs` is still positive is referenced from outside the heap — a Rust local,
//!    the evaluator's stack, a job queue, a timer — so it is a root; everything reachable from a
//!    root is live (marked with an explicit worklist, never recursion);
//! 4. every unmarked cell is cyclic garbage: its contents are taken out and dropped, which breaks
//!    the cycles and lets reference counting free the cells.
//!
//! An environment is registered only once a closure captures it (with every environment above
//! it): until then the only references to it are Rust's (the evaluator's current scope, a
//! suspended body's stack), so it cannot be part of a cycle, and the objects it holds simply
//! count as referenced from outside the heap. Most call environments are never captured and
//! cost the collector nothing.
//!
//! Invariant that makes this sound: tracing must visit each heap-to-heap reference **at most
//! once**. Visiting one too few only keeps garbage alive longer; visiting one too many could free
//! a live cell. There is no rooting discipline for the rest of the program: holding an
//! `ObjRef`/`EnvRef` anywhere outside the heap keeps it alive.
//!
//! The heap limit ([`check_limit`]) is enforced here too, since collecting is the first thing to
//! try when a program holds more than it may (see [`crate::util::memory`]).
//!
//! Dropping a long chain (a million-element linked list) would recurse once per link; cell
//! contents are therefore dropped through [`drop_deferred`], which flattens deep drops into a
//! loop.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::value::Value;
use crate::value::object::Object;

/// A reference to a heap object.
pub type ObjRef = Rc<ObjCell>;
/// A reference to a heap environment (the variables of one scope activation).
pub type EnvRef = Rc<EnvCell>;

/// The collector's per-cell bookkeeping.
#[derive(Debug)]
pub struct GcHeader {
    refs: Cell<isize>,
    marked: Cell<bool>,
    /// The cell's index in the registry, or [`UNREGISTERED`] (an environment no closure has
    /// captured).
    index: Cell<u32>,
}

const UNREGISTERED: u32 = u32::MAX;

impl Default for GcHeader {
    fn default() -> GcHeader {
        GcHeader {
            refs: Cell::new(0),
            marked: Cell::new(false),
            index: Cell::new(UNREGISTERED),
        }
    }
}

impl GcHeader {
    fn is_registered(&self) -> bool {
        self.index.get() != UNREGISTERED
    }
}

/// A heap object.
#[derive(Debug)]
pub struct ObjCell {
    gc: GcHeader,
    pub data: RefCell<Object>,
}

/// A heap environment: the slots of one scope activation plus the enclosing environment.
#[derive(Debug)]
pub struct EnvCell {
    gc: GcHeader,
    pub slots: RefCell<Vec<Value>>,
    pub parent: Option<EnvRef>,
}

impl EnvCell {
    /// The environment `hops` links up the chain (0 is `self`).
    #[inline]
    pub fn ancestor(&self, hops: u32) -> &EnvCell {
        let mut env = self;
        for _ in 0..hops {
            env = env
                .parent
                .as_ref()
                .expect("scope pass computed a hop count past the global env");
        }
        env
    }
}

/// A registered cell. Invariant: the cell is alive (its `Drop` removes it first), so the
/// pointer may be read and turned into a new strong reference.
#[derive(Clone, Copy)]
enum Registered {
    Obj(*const ObjCell),
    Env(*const EnvCell),
}

impl Registered {
    fn header(&self) -> &GcHeader {
        // SAFETY: registered cells are alive (see the type's invariant).
        unsafe {
            match *self {
                Registered::Obj(o) => &(*o).gc,
                Registered::Env(e) => &(*e).gc,
            }
        }
    }

    /// A new strong reference to the cell.
    fn upgrade(&self) -> Strong {
        // SAFETY: the pointers came from `Rc::as_ptr` of live cells (see the invariant), so
        // adding a strong count and rebuilding an `Rc` from them is sound.
        unsafe {
            match *self {
                Registered::Obj(o) => {
                    Rc::increment_strong_count(o);
                    Strong::Obj(Rc::from_raw(o))
                }
                Registered::Env(e) => {
                    Rc::increment_strong_count(e);
                    Strong::Env(Rc::from_raw(e))
                }
            }
        }
    }
}

struct Registry {
    cells: Vec<Registered>,
    allocated_since_collect: usize,
    threshold: usize,
    collecting: bool,
}

/// Fewest allocations between two collections, so small programs never pay for one.
const MIN_THRESHOLD: usize = 100_000;

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            cells: Vec::new(),
            allocated_since_collect: 0,
            threshold: MIN_THRESHOLD,
            collecting: false,
        })
    };
}

/// Allocates a heap object (and may first run a collection).
pub fn alloc_object(object: Object) -> ObjRef {
    let cell = Rc::new(ObjCell {
        gc: GcHeader::default(),
        data: RefCell::new(object),
    });
    register(Registered::Obj(Rc::as_ptr(&cell)), &cell.gc);
    cell
}

/// Allocates an environment with the given slots (not registered until captured: see
/// [`track_env`]). Still a safe point for the heap limit.
pub fn alloc_env(slots: Vec<Value>, parent: Option<EnvRef>) -> EnvRef {
    let cell = Rc::new(EnvCell {
        gc: GcHeader::default(),
        slots: RefCell::new(slots),
        parent,
    });
    check_limit();
    cell
}

/// Registers `env` and the environments above it that are not registered yet: a closure is
/// about to capture it, so from now on a heap cell references it.
pub fn track_env(env: &EnvRef) {
    if env.gc.is_registered() {
        // Everything above a registered environment is registered: the common case.
        return;
    }
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let mut current = Some(env);
        while let Some(e) = current.filter(|e| !e.gc.is_registered()) {
            r.add(Registered::Env(Rc::as_ptr(e)), &e.gc);
            current = e.parent.as_ref();
        }
        r.collection_due()
    });
    if due {
        collect();
    }
}

fn register(cell: Registered, header: &GcHeader) {
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.add(cell, header);
        r.collection_due()
    });
    if due {
        collect();
    }
    check_limit();
}

/// Removes a dying cell from the registry (nothing for an unregistered environment, or once the
/// thread's registry is gone at teardown).
fn unregister(header: &GcHeader) {
    if !header.is_registered() {
        return;
    }
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        let index = header.index.get();
        r.cells.swap_remove(index as usize);
        if let Some(moved) = r.cells.get(index as usize) {
            moved.header().index.set(index);
        }
    });
}

impl Registry {
    fn add(&mut self, cell: Registered, header: &GcHeader) {
        let index = u32::try_from(self.cells.len()).expect("fewer than 4 billion heap cells");
        header.index.set(index);
        self.cells.push(cell);
        self.allocated_since_collect += 1;
    }

    /// Enough cells registered since the last collection to run one.
    fn collection_due(&self) -> bool {
        self.allocated_since_collect >= self.threshold && !self.collecting
    }
}

/// The heap limit, checked at a safe point (every cell allocated, every loop iteration and
/// call): over it, cycles are collected first; if the heap is still within a sixteenth of the
/// limit afterwards, the run ends with heap exhaustion. (Failing near the limit, not only
/// over it, keeps a program that lives just below it from collecting at every allocation,
/// as V8 gives up on ineffective collections near its limit.)
#[inline]
pub fn check_limit() {
    if crate::util::memory::over_limit() {
        enforce_limit();
    }
}

#[cold]
#[inline(never)]
fn enforce_limit() {
    collect();
    let limit = crate::util::memory::limit();
    if crate::util::memory::held() > limit - limit / 16 {
        crate::util::fatal::heap_exhausted();
    }
}

enum Strong {
    Obj(ObjRef),
    Env(EnvRef),
}

impl Strong {
    fn header(&self) -> &GcHeader {
        match self {
            Strong::Obj(o) => &o.gc,
            Strong::Env(e) => &e.gc,
        }
    }
}

/// Runs a full cycle collection now.
pub fn collect() {
    let Some(cells) = begin_collection() else {
        return;
    };
    // Step 1: every cell starts with its strong count, minus the one `cells` itself holds.
    for cell in &cells {
        let count = match cell {
            Strong::Obj(o) => Rc::strong_count(o),
            Strong::Env(e) => Rc::strong_count(e),
        };
        cell.header().refs.set(count as isize - 1);
        cell.header().marked.set(false);
    }
    // Step 2: subtract the references that come from inside the heap.
    for cell in &cells {
        if !subtract_internal_refs(cell) {
            // Borrowed right now (only possible if a collection starts mid-update): treat it
            // as a root; its children keep their external counts, which is conservative.
            cell.header().refs.set(isize::MAX / 2);
        }
    }
    // Step 3: mark everything reachable from a root.
    mark_from_roots(&cells);
    // Step 4: empty the unmarked cells; dropping their contents breaks the cycles.
    for cell in &cells {
        if !cell.header().marked.get() {
            clear_cell(cell);
        }
    }
    drop(cells);
    end_collection();
}

/// Empties every cell on this thread's heap, live or not: what a host does once the one
/// interpreter running here is finished with and will not run again, so that what reference
/// counting cannot free (cycles, including those through suspended generator and async bodies,
/// which the collector must treat as roots) does not outlive it. Called while the interpreter
/// still exists, since emptying a suspended body's cell unwinds that body's stack.
pub fn release_all() {
    let Some(cells) = begin_collection() else {
        return;
    };
    for cell in &cells {
        clear_cell(cell);
    }
    drop(cells);
    end_collection();
}

fn begin_collection() -> Option<Vec<Strong>> {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if r.collecting {
            return None;
        }
        r.collecting = true;
        Some(r.cells.iter().map(Registered::upgrade).collect())
    })
}

fn end_collection() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let live = r.cells.len();
        r.allocated_since_collect = 0;
        // The next collection comes after twice as many allocations as there are live cells
        // (the heap at most three times its live size): collecting work stays proportional
        // to allocation however large the live heap grows.
        r.threshold = MIN_THRESHOLD.max(2 * live);
        r.collecting = false;
    });
}

/// Marks every cell reachable from a cell with a positive external count.
fn mark_from_roots(cells: &[Strong]) {
    let mut work: Vec<Strong> = Vec::new();
    for cell in cells {
        let h = cell.header();
        if h.refs.get() > 0 && !h.marked.get() {
            h.marked.set(true);
            work.push(clone_strong(cell));
        }
    }
    // One buffer for every cell's children, not an allocation per cell.
    let mut children: Vec<Strong> = Vec::new();
    while let Some(cell) = work.pop() {
        trace_children(&cell, &mut children);
        for child in children.drain(..) {
            if !child.header().marked.get() {
                child.header().marked.set(true);
                work.push(child);
            }
        }
    }
}

fn clone_strong(cell: &Strong) -> Strong {
    match cell {
        Strong::Obj(o) => Strong::Obj(o.clone()),
        Strong::Env(e) => Strong::Env(e.clone()),
    }
}

/// Visits every heap reference held by `cell`, once per reference (objects and environments
/// through the two callbacks). Returns false if the cell is mutably borrowed right now and
/// could not be traced.
fn visit_children(cell: &Strong, tracer: &mut Tracer) -> bool {
    match cell {
        Strong::Obj(o) => match o.data.try_borrow() {
            Ok(data) => {
                data.trace(tracer);
                true
            }
            Err(_) => false,
        },
        Strong::Env(e) => match e.slots.try_borrow() {
            Ok(slots) => {
                for v in slots.iter() {
                    tracer.value(v);
                }
                if let Some(p) = &e.parent {
                    tracer.env(p);
                }
                true
            }
            Err(_) => false,
        },
    }
}

/// Counting pass: every reference from `cell` to another cell lowers the target's count.
fn subtract_internal_refs(cell: &Strong) -> bool {
    let decrement = |h: &GcHeader| h.refs.set(h.refs.get() - 1);
    let mut on_obj = |o: &ObjRef| decrement(&o.gc);
    let mut on_env = |e: &EnvRef| decrement(&e.gc);
    visit_children(
        cell,
        &mut Tracer {
            visit_obj: &mut on_obj,
            visit_env: &mut on_env,
        },
    )
}

/// Collects strong references to every child of `cell` (used when marking).
fn trace_children(cell: &Strong, out: &mut Vec<Strong>) {
    let out = RefCell::new(out);
    let mut on_obj = |o: &ObjRef| out.borrow_mut().push(Strong::Obj(o.clone()));
    let mut on_env = |e: &EnvRef| out.borrow_mut().push(Strong::Env(e.clone()));
    visit_children(
        cell,
        &mut Tracer {
            visit_obj: &mut on_obj,
            visit_env: &mut on_env,
        },
    );
}

/// Takes the contents out of a garbage cell. A cell borrowed right now is left for the next
/// collection.
fn clear_cell(cell: &Strong) {
    let contents = match cell {
        Strong::Obj(o) => o
            .data
            .try_borrow_mut()
            .map(|mut d| Deferred::Object(std::mem::take(&mut *d))),
        Strong::Env(e) => e
            .slots
            .try_borrow_mut()
            .map(|mut s| Deferred::Slots(std::mem::take(&mut *s))),
    };
    if let Ok(contents) = contents {
        drop_deferred(contents);
    }
}

/// What heap types implement so the collector can find their references.
pub struct Tracer<'a> {
    visit_obj: &'a mut dyn FnMut(&ObjRef),
    visit_env: &'a mut dyn FnMut(&EnvRef),
}

impl Tracer<'_> {
    pub fn object(&mut self, o: &ObjRef) {
        (self.visit_obj)(o);
    }
    pub fn env(&mut self, e: &EnvRef) {
        (self.visit_env)(e);
    }
    pub fn value(&mut self, v: &Value) {
        if let Value::Object(o) = v {
            self.object(o);
        }
    }
}

/// Contents taken out of a dying cell, dropped without deep recursion.
pub enum Deferred {
    Object(Object),
    Slots(Vec<Value>),
}

/// How deep nested drops may recurse before the rest is queued and dropped in a loop.
const MAX_DROP_DEPTH: u32 = 64;
/// Native stack a nested drop needs; with less left, the rest is queued (on a small task
/// stack that is well before [`MAX_DROP_DEPTH`]).
const DROP_RED_ZONE: usize = crate::util::stack::SYNTAX_RED_ZONE;

thread_local! {
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents`, queuing it instead when already deep inside other drops or low on native
/// stack (a small task stack; see `crate::util::stack`); the outermost call drains the queue
/// iteratively.
pub fn drop_deferred(contents: Deferred) {
    let depth = DROP_DEPTH.try_with(|d| d.get()).unwrap_or(0);
    if depth >= MAX_DROP_DEPTH || (depth > 0 && !crate::util::stack::has_room(DROP_RED_ZONE)) {
        // At thread teardown there is no queue left and the closure (with `contents`) is
        // simply dropped in place.
        let _ = DEFERRED.try_with(|q| q.borrow_mut().push(contents));
        return;
    }
    let _ = DROP_DEPTH.try_with(|d| d.set(depth + 1));
    drop(contents);
    if depth == 0 {
        while let Some(next) = DEFERRED.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
            drop(next);
        }
    }
    let _ = DROP_DEPTH.try_with(|d| d.set(depth));
}

impl Drop for EnvCell {
    fn drop(&mut self) {
        unregister(&self.gc);
        let slots = std::mem::take(self.slots.get_mut());
        if !slots.is_empty() {
            drop_deferred(Deferred::Slots(slots));
        }
    }
}

impl Drop for ObjCell {
    fn drop(&mut self) {
        unregister(&self.gc);
        let data = std::mem::take(self.data.get_mut());
        if !data.is_trivially_droppable() {
            drop_deferred(Deferred::Object(data));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::JsStr;
    use crate::value::object::{Object, ObjectKind};

    fn self_referencing_object() -> ObjRef {
        let o = alloc_object(Object::new(None, ObjectKind::Ordinary));
        o.data
            .borrow_mut()
            .set_own(JsStr::from("self"), Value::Object(o.clone()));
        o
    }

    fn registered_cells() -> usize {
        REGISTRY.with(|r| r.borrow().cells.len())
    }

    #[test]
    fn a_dead_cell_leaves_the_registry_at_once() {
        let before = registered_cells();
        let keep: Vec<ObjRef> = (0..5)
            .map(|_| alloc_object(Object::new(None, ObjectKind::Ordinary)))
            .collect();
        let middle = alloc_object(Object::new(None, ObjectKind::Ordinary));
        let more: Vec<ObjRef> = (0..5)
            .map(|_| alloc_object(Object::new(None, ObjectKind::Ordinary)))
            .collect();
        assert_eq!(registered_cells(), before + 11);
        // No collection runs: the cell's own drop removes it, and the cell moved into its
        // place in the registry learns its new index.
        drop(middle);
        assert_eq!(registered_cells(), before + 10);
        drop(keep);
        drop(more);
        assert_eq!(registered_cells(), before);
        collect();
    }

    #[test]
    fn collects_an_unreachable_cycle() {
        let weak = Rc::downgrade(&self_referencing_object());
        assert!(
            weak.upgrade().is_some(),
            "the cycle keeps itself alive under plain counting"
        );
        collect();
        assert!(weak.upgrade().is_none(), "the collector frees it");
    }

    #[test]
    fn accessor_functions_are_traced() {
        // object -> getter -> object through the accessor, and a live object whose setter
        // is only reachable through it: tracing must see both halves exactly once.
        let o = alloc_object(Object::new(None, ObjectKind::Ordinary));
        let getter = alloc_object(Object::new(None, ObjectKind::Ordinary));
        getter
            .data
            .borrow_mut()
            .set_own(JsStr::from("owner"), Value::Object(o.clone()));
        o.data.borrow_mut().set_accessor(
            JsStr::from("x"),
            Some(getter),
            None,
            crate::value::object::PropFlags::ACCESSOR,
        );
        let weak = Rc::downgrade(&o);
        drop(o);
        assert!(weak.upgrade().is_some());
        collect();
        assert!(
            weak.upgrade().is_none(),
            "a cycle through a getter is collected"
        );

        let live = alloc_object(Object::new(None, ObjectKind::Ordinary));
        let setter = alloc_object(Object::new(None, ObjectKind::Ordinary));
        setter
            .data
            .borrow_mut()
            .set_own(JsStr::from("owner"), Value::Object(live.clone()));
        let setter_weak = Rc::downgrade(&setter);
        live.data.borrow_mut().set_accessor(
            JsStr::from("y"),
            None,
            Some(setter),
            crate::value::object::PropFlags::ACCESSOR,
        );
        collect();
        assert!(
            setter_weak.upgrade().is_some(),
            "a held object keeps its setter"
        );
    }

    #[test]
    fn keeps_a_cycle_that_is_still_referenced() {
        let held = self_referencing_object();
        let env = alloc_env(vec![Value::Object(held.clone())], None);
        let inner = Rc::downgrade(&env);
        drop(env);
        collect();
        assert!(inner.upgrade().is_none());
        assert!(
            matches!(held.data.borrow().props.get("self"), Some(p) if matches!(p.data_value(), Some(Value::Object(_))))
        );
    }

    #[test]
    fn environment_closure_cycles_are_collected() {
        // env -> object -> env: what a closure capturing its own scope looks like.
        let env = alloc_env(vec![Value::Undefined], None);
        let obj = alloc_object(Object::new(None, ObjectKind::Ordinary));
        env.slots.borrow_mut()[0] = Value::Object(obj.clone());
        let back = alloc_env(Vec::new(), Some(env.clone()));
        obj.data
            .borrow_mut()
            .set_own(JsStr::from("scope_holder"), Value::Undefined);
        let closure_like = alloc_object(Object::new(None, ObjectKind::Ordinary));
        closure_like
            .data
            .borrow_mut()
            .set_own(JsStr::from("o"), Value::Object(obj.clone()));
        drop(back);
        let weak_env = Rc::downgrade(&env);
        let weak_obj = Rc::downgrade(&obj);
        drop((env, obj, closure_like));
        collect();
        assert!(weak_env.upgrade().is_none() && weak_obj.upgrade().is_none());
    }

    #[test]
    fn dropping_a_long_chain_does_not_recurse() {
        // A million-link list on a small thread stack: a recursive drop would overflow it.
        let handle = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let mut head = Value::Null;
                for _ in 0..1_000_000 {
                    let node = alloc_object(Object::new(None, ObjectKind::Ordinary));
                    node.data.borrow_mut().set_own(JsStr::from("next"), head);
                    head = Value::Object(node);
                }
                drop(head);
            })
            .unwrap();
        handle.join().expect("no stack overflow while dropping");
    }
}
