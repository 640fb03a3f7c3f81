//! Segments: the stacks that deeper recursion moves to when the running stack runs low. Each is
//! a mapping of its own with a guard page at its low end. Finished segments of the standard
//! size wait in a per-thread pool, so a recursion that keeps crossing a segment boundary costs
//! no system call; the pool and the segments in use together stay within the native budget.

use super::Exhausted;
use super::memory::{Mapping, page_size, whole_pages};

/// Usable bytes of a standard segment.
const SEGMENT_BYTES: usize = 1 << 20;
/// Standard segments kept for reuse.
const POOLED: usize = 32;
/// Usable bytes of the reserve segment (see [`super::on_reserve`]).
pub const RESERVE_BYTES: usize = 256 * 1024;

/// A stack of its own: `[guard page][usable bytes]`.
#[derive(Debug)]
pub struct Segment {
    mapping: Mapping,
}

impl Segment {
    /// A new segment with at least `usable` bytes; `None` when the address space is exhausted.
    pub fn map(usable: usize) -> Option<Segment> {
        let mapping = Mapping::with_guards(whole_pages(usable) + page_size(), [0])?;
        Some(Segment { mapping })
    }

    /// The lowest usable address.
    pub fn low(&self) -> usize {
        self.mapping.base() + page_size()
    }

    /// One past the highest usable address.
    pub fn top(&self) -> usize {
        self.mapping.end()
    }

    fn mapped_bytes(&self) -> usize {
        self.mapping.len()
    }
}

// SAFETY: `top` and `low` delimit writable memory owned by the segment for as long as it
// lives; both are page-aligned, and the mapping does not move when the value does.
unsafe impl corosensei::stack::Stack for Segment {
    fn base(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.top()).expect("mappings are non-null")
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.low()).expect("mappings are non-null")
    }
}

/// The segments of one thread: those free for reuse, and the bytes mapped in all.
#[derive(Default)]
pub struct Pool {
    free: Vec<Segment>,
    mapped: usize,
}

impl Pool {
    /// A segment with at least `red_zone` usable bytes, unless that would take the bytes
    /// mapped past `budget` (or the address space is exhausted).
    pub fn take(&mut self, red_zone: usize, budget: usize) -> Result<Segment, Exhausted> {
        let usable = SEGMENT_BYTES.max(red_zone.saturating_mul(2));
        if usable == SEGMENT_BYTES
            && let Some(segment) = self.free.pop()
        {
            return Ok(segment);
        }
        let bytes = whole_pages(usable) + page_size();
        if self.mapped.saturating_add(bytes) > budget {
            // Pooled segments are the first to go when the budget is tight.
            self.release_pooled();
            if self.mapped.saturating_add(bytes) > budget {
                return Err(Exhausted);
            }
        }
        let segment = Segment::map(usable).ok_or(Exhausted)?;
        self.mapped += segment.mapped_bytes();
        Ok(segment)
    }

    /// Takes back a segment whose code is done; `pooled` ones of the standard size are kept.
    pub fn give_back(&mut self, segment: Segment, pooled: bool) {
        let standard = segment.top() - segment.low() == SEGMENT_BYTES;
        if pooled && standard && self.free.len() < POOLED {
            self.free.push(segment);
        } else if pooled {
            self.mapped -= segment.mapped_bytes();
        }
    }

    fn release_pooled(&mut self) {
        for segment in self.free.drain(..) {
            self.mapped -= segment.mapped_bytes();
        }
    }
}
