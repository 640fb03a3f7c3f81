//! What a built-in iterator (of an array, string, `Map` or `Set`) walks and where it stands.
//! The evaluator steps them (`interp::iteration`); the library creates them.

use std::cell::Cell;
use std::rc::Rc;

use crate::value::JsStr;
use crate::value::heap::{ObjRef, Tracer};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

#[derive(Debug)]
pub enum Walk {
    Array {
        array: ObjRef,
        next: usize,
    },
    String {
        text: JsStr,
        next_byte: usize,
    },
    Collection {
        table: ObjRef,
        cursor: Rc<Cell<usize>>,
    },
}

#[derive(Debug)]
pub struct IteratorData {
    /// `None` once the iterator is exhausted.
    pub walk: Option<Walk>,
    pub kind: IterKind,
}

impl IteratorData {
    pub fn trace(&self, t: &mut Tracer) {
        match &self.walk {
            Some(Walk::Array { array: o, .. } | Walk::Collection { table: o, .. }) => t.object(o),
            Some(Walk::String { .. }) | None => {}
        }
    }
}
