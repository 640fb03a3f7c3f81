//! Stacks for suspendable bodies (the coroutines of the evaluator), reserved in proportion to
//! what they hold.
//!
//! Two kinds:
//! - **Slots** for generators: a generator can be resumed from anywhere, so its frames need an
//!   address range of their own for as long as it lives. A slot is small
//!   (`Limits::task_stack_bytes`); once it runs low, the body's calls and nesting continue on
//!   segments. Slots are carved out of chunks (one mapping for many slots: tens of thousands of
//!   live generators stay far below the kernel's limit on mappings). The first
//!   [`GUARDED_SLOTS`] slots have a guard page each; each guard splits the chunk's mapping, so
//!   slots past that number share their chunk's single guard page and rely on the guard alone
//!   (a canary at their low end would cost each a page of memory).
//! - **The lane** for async bodies: one stack per thread, on which every async body runs in
//!   place. An async body is only ever resumed by a promise job, when no async body is running,
//!   so the lane is empty then; when a body suspends, its live frames are copied out to the
//!   heap (an *image*, a few kilobytes) and copied back to the same addresses when a job resumes
//!   it. A pending async call therefore costs its image, not a stack. A body started while
//!   others are running (an async call from an async body) takes the part of the lane below
//!   everything live on it, or a slot when too little is left.
//!
//! Invariants of the lane:
//! - a body's region lies below every frame that is live on the lane while the body runs, so
//!   every switch into a task is made from off the lane (the switch's own frames would otherwise
//!   sit in the region): see [`super::off_lane`];
//! - an image goes back only into a region that holds no live frame ([`region_is_free`]).

use super::memory::{Mapping, page_size};
use super::{Context, Exhausted, LANE_FREE, ON_LANE, STATE, exact_stack_pointer};

/// Slots that get a guard page of their own (each costs two kernel mappings).
const GUARDED_SLOTS: usize = 4096;
/// Slots per chunk with a guard page per slot, and per chunk without.
const GUARDED_CHUNK_SLOTS: usize = 64;
const PLAIN_CHUNK_SLOTS: usize = 256;

/// Usable bytes of the lane.
const LANE_BYTES: usize = 1 << 20;
/// The least room below the live frames for a body to start on the lane rather than a slot.
const MIN_LANE_REGION: usize = 64 * 1024;
/// Bytes below the stack pointer that the frames of a switch from the lane to a segment may
/// use: they belong to the frames being left.
const LEAVING_MARGIN: usize = 1024;
/// The same for a lane body's suspension (`Yielder::suspend` and the register pushes of the
/// switch: 24 bytes on x86-64), kept small because every waiting body's image includes it (see
/// the coroutine tests of the evaluator).
const SUSPEND_MARGIN: usize = 256;

/// Where a new body runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// An async body (or a script with top-level `await`): resumed only by promise jobs.
    Lane,
    /// A generator body: resumed from anywhere.
    Slot,
}

/// The stack a started body runs on.
#[derive(Debug)]
pub struct TaskStack {
    top: usize,
    low: usize,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Lane,
    Slot(Slot),
}

impl TaskStack {
    /// A stack for a body about to run for the first time. The caller is off the lane.
    pub fn take(placement: Placement) -> Result<TaskStack, Exhausted> {
        if placement == Placement::Lane
            && let Some((low, top)) = lane_region()
        {
            return Ok(TaskStack {
                top,
                low,
                kind: Kind::Lane,
            });
        }
        let slot = STATE.with(|state| {
            let mut state = state.borrow_mut();
            let usable = state.config.task_stack_bytes;
            state.tasks.take(usable)
        })?;
        Ok(TaskStack {
            top: slot.top,
            low: slot.low,
            kind: Kind::Slot(slot),
        })
    }

    /// What the body's owner needs to know of the stack while the coroutine holds it.
    pub fn info(&self) -> StackInfo {
        StackInfo {
            top: self.top,
            lane: matches!(self.kind, Kind::Lane),
        }
    }

    /// The context the body starts in.
    pub fn first_context(&self) -> Context {
        match &self.kind {
            Kind::Lane => Context {
                low: self.low,
                on_lane: true,
                lane_free: 0,
            },
            Kind::Slot(slot) => Context {
                low: slot.low,
                on_lane: false,
                lane_free: lane_free_top(),
            },
        }
    }
}

/// A started body's stack, as its owner sees it.
#[derive(Debug, Clone, Copy)]
pub struct StackInfo {
    top: usize,
    lane: bool,
}

impl StackInfo {
    pub fn on_lane(&self) -> bool {
        self.lane
    }

    pub fn top(&self) -> usize {
        self.top
    }
}

impl Drop for TaskStack {
    fn drop(&mut self) {
        if let Kind::Slot(slot) = &self.kind {
            let slot = slot.clone();
            // Without the thread's state (its destructor is running) the chunk goes with it.
            let _ = STATE.try_with(|state| state.borrow_mut().tasks.give_back(slot));
        }
    }
}

// SAFETY: `top` and `low` delimit writable memory reserved for this stack (a slot, or a region
// of the lane no other live frame uses) for as long as the body that runs on it lives.
unsafe impl corosensei::stack::Stack for TaskStack {
    fn base(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.top).expect("stacks are non-null")
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        corosensei::stack::StackPointer::new(self.low).expect("stacks are non-null")
    }
}

/// The highest lane address that holds no live frame, as seen by the running code.
fn lane_free_top() -> usize {
    if ON_LANE.get() {
        exact_stack_pointer() - LEAVING_MARGIN
    } else {
        LANE_FREE.get()
    }
}

/// The lane's free top to record when leaving `saved` for another stack.
pub(super) fn lane_free_when_leaving(saved: Context) -> usize {
    if saved.on_lane {
        exact_stack_pointer() - LEAVING_MARGIN
    } else {
        saved.lane_free
    }
}

/// The lowest lane address a suspending lane body still uses (its image starts there).
pub fn lane_live_low() -> usize {
    if ON_LANE.get() {
        exact_stack_pointer() - SUSPEND_MARGIN
    } else {
        LANE_FREE.get()
    }
}

/// The part of the lane below every live frame, `(low, top)`, if it is big enough for a body.
fn lane_region() -> Option<(usize, usize)> {
    let (low, end) = STATE.with(|state| {
        let mut state = state.borrow_mut();
        if state.tasks.lane.is_none() {
            state.tasks.lane = Mapping::with_guards(LANE_BYTES + page_size(), [0]);
        }
        state
            .tasks
            .lane
            .as_ref()
            .map(|lane| (lane.base() + page_size(), lane.end()))
    })?;
    let top = match lane_free_top() {
        0 => end,
        free => free.min(end) & !15,
    };
    (top >= low + MIN_LANE_REGION).then_some((low, top))
}

/// Whether a lane region ending at `top` holds no live frame.
pub fn region_is_free(top: usize) -> bool {
    if ON_LANE.get() {
        return false;
    }
    match LANE_FREE.get() {
        0 => true,
        free => top <= free,
    }
}

/// The live frames of a suspended lane body, kept while it waits. The buffer stays with the
/// body between suspensions (one allocation per body, not per `await`).
#[derive(Debug, Default)]
pub struct Image {
    low: usize,
    bytes: Vec<u8>,
    saved: bool,
}

impl Image {
    /// Copies `[low, top)` of the lane.
    ///
    /// # Safety
    /// The range must be lane memory holding the frames of a suspended body.
    pub unsafe fn save(&mut self, low: usize, top: usize) {
        // SAFETY: the caller guarantees the range is readable lane memory.
        let frames = unsafe { std::slice::from_raw_parts(low as *const u8, top - low) };
        self.bytes.clear();
        self.bytes.extend_from_slice(frames);
        self.low = low;
        self.saved = true;
    }

    /// Whether frames are saved here (the body is waiting).
    pub fn is_saved(&self) -> bool {
        self.saved
    }

    /// Where the frames start.
    #[cfg(test)]
    pub fn low(&self) -> usize {
        self.low
    }

    /// Copies the frames back where they were.
    ///
    /// # Safety
    /// No live frame may lie in the range (see [`region_is_free`]).
    pub unsafe fn restore(&mut self) {
        // SAFETY: the range is lane memory that no live frame uses, and `bytes` does not
        // overlap it (it is on the heap).
        unsafe {
            std::ptr::copy_nonoverlapping(
                self.bytes.as_ptr(),
                self.low as *mut u8,
                self.bytes.len(),
            );
        }
        self.saved = false;
    }
}

/// A slot: `[low, top)` inside a chunk.
#[derive(Debug, Clone)]
struct Slot {
    chunk: usize,
    index: usize,
    low: usize,
    top: usize,
}

/// Many slots in one mapping: `[guard][slot][slot]…` or, guarded, `[guard][slot][guard][slot]…`.
struct Chunk {
    mapping: Mapping,
    /// Distance between the low ends of two neighbouring slots.
    stride: usize,
    usable: usize,
    guarded: bool,
    slots: usize,
    free: Vec<usize>,
}

impl Chunk {
    fn map(usable: usize, guarded: bool) -> Option<Chunk> {
        let page = page_size();
        let (slots, stride) = if guarded {
            (GUARDED_CHUNK_SLOTS, usable + page)
        } else {
            (PLAIN_CHUNK_SLOTS, usable)
        };
        let len = page + slots * stride;
        let mapping = if guarded {
            Mapping::with_guards(len, (0..slots).map(|i| i * stride))?
        } else {
            Mapping::with_guards(len, [0])?
        };
        Some(Chunk {
            mapping,
            stride,
            usable,
            guarded,
            slots,
            free: (0..slots).rev().collect(),
        })
    }

    fn slot(&self, chunk: usize, index: usize) -> Slot {
        let low = self.mapping.base() + page_size() + index * self.stride;
        Slot {
            chunk,
            index,
            low,
            top: low + self.usable,
        }
    }
}

/// The task stacks of one thread.
#[derive(Default)]
pub struct Stacks {
    chunks: Vec<Option<Chunk>>,
    /// Chunks with a free slot, guarded ones and the others.
    guarded_free: Vec<usize>,
    plain_free: Vec<usize>,
    guarded_slots: usize,
    lane: Option<Mapping>,
}

impl Stacks {
    fn take(&mut self, usable: usize) -> Result<Slot, Exhausted> {
        let usable = super::memory::whole_pages(usable);
        let chunk = match self.chunk_with_room(usable) {
            Some(chunk) => chunk,
            None => self.add_chunk(usable)?,
        };
        let entry = self.chunks[chunk].as_mut().expect("listed chunks exist");
        let index = entry.free.pop().expect("listed chunks have a free slot");
        let slot = entry.slot(chunk, index);
        let full = entry.free.is_empty();
        let guarded = entry.guarded;
        if full {
            self.free_list(guarded).retain(|&c| c != chunk);
        }
        Ok(slot)
    }

    fn chunk_with_room(&self, usable: usize) -> Option<usize> {
        let fits = |&&c: &&usize| self.chunks[c].as_ref().is_some_and(|k| k.usable == usable);
        let guarded = self.guarded_free.iter().rev().find(fits);
        guarded
            .or_else(|| self.plain_free.iter().rev().find(fits))
            .copied()
    }

    fn add_chunk(&mut self, usable: usize) -> Result<usize, Exhausted> {
        let guarded = self.guarded_slots + GUARDED_CHUNK_SLOTS <= GUARDED_SLOTS;
        let chunk = Chunk::map(usable, guarded)
            .or_else(|| guarded.then(|| Chunk::map(usable, false)).flatten())
            .ok_or(Exhausted)?;
        if chunk.guarded {
            self.guarded_slots += chunk.slots;
        }
        let id = match self.chunks.iter().position(Option::is_none) {
            Some(id) => id,
            None => {
                self.chunks.push(None);
                self.chunks.len() - 1
            }
        };
        let guarded = chunk.guarded;
        self.chunks[id] = Some(chunk);
        self.free_list(guarded).push(id);
        Ok(id)
    }

    fn free_list(&mut self, guarded: bool) -> &mut Vec<usize> {
        if guarded {
            &mut self.guarded_free
        } else {
            &mut self.plain_free
        }
    }

    fn give_back(&mut self, slot: Slot) {
        let Some(chunk) = self.chunks[slot.chunk].as_mut() else {
            return;
        };
        chunk.free.push(slot.index);
        let (guarded, was_full, empty) = (
            chunk.guarded,
            chunk.free.len() == 1,
            chunk.free.len() == chunk.slots,
        );
        if was_full {
            self.free_list(guarded).push(slot.chunk);
        }
        // An empty chunk without guard pages is unmapped unless it is the only one with room
        // (so that one call after another does not map and unmap a chunk each time). Guarded
        // chunks stay: making their guard pages is the expensive part.
        if empty && !guarded && self.plain_free.len() > 1 {
            self.plain_free.retain(|&c| c != slot.chunk);
            self.chunks[slot.chunk] = None;
        }
    }
}
