//! The layer below everything: what any part of minnow may use and that knows nothing of
//! JavaScript's values — the native-stack guard, the allocator's heap accounting, and the
//! reports that end a run that exhausts the heap or hits an internal error.

pub mod fatal;
pub mod memory;
pub mod sink;
pub mod stack;
