//! Native-stack memory: anonymous private mappings whose pages the kernel supplies only when a
//! stack first reaches them, with guard pages (`PROT_NONE`) where an overflow would land.
//!
//! Not from the allocator: an allocator may back big blocks with transparent huge pages, and
//! then the first touch of a stack commits two megabytes. Every mapping is registered with
//! [`super::fault`] for as long as it exists, so a fault on one of its guard pages is reported
//! as a native stack overflow.

use std::sync::OnceLock;

use super::fault::{self, Registration};

/// The system's page size.
pub fn page_size() -> usize {
    static PAGE: OnceLock<usize> = OnceLock::new();
    *PAGE.get_or_init(|| {
        // SAFETY: `sysconf` has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        usize::try_from(page).unwrap_or(4096).max(4096)
    })
}

/// `n` rounded up to whole pages.
pub fn whole_pages(n: usize) -> usize {
    n.div_ceil(page_size()) * page_size()
}

/// An owned mapping of `len` bytes at `base`.
#[derive(Debug)]
pub struct Mapping {
    base: usize,
    len: usize,
    registration: Option<Registration>,
}

impl Mapping {
    /// Maps `len` bytes (whole pages) of stack memory, every page readable and writable.
    /// `None` when the address space is exhausted.
    pub fn new(len: usize) -> Option<Mapping> {
        // SAFETY: a fresh anonymous mapping; no existing memory is affected.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return None;
        }
        #[cfg(target_os = "linux")]
        // SAFETY: advice on our own fresh mapping. A stack touches a page or two of a region;
        // a huge page would commit far more.
        unsafe {
            libc::madvise(base, len, libc::MADV_NOHUGEPAGE);
        }
        let base = base as usize;
        Some(Mapping {
            base,
            len,
            registration: Some(fault::register(base, base + len)),
        })
    }

    /// Like [`Mapping::new`], with the pages at each of `guards` (offsets) made inaccessible.
    pub fn with_guards(len: usize, guards: impl IntoIterator<Item = usize>) -> Option<Mapping> {
        let mapping = Mapping::new(len)?;
        for offset in guards {
            // SAFETY: the page lies inside our own mapping, and nothing uses it yet.
            let failed = unsafe {
                libc::mprotect(
                    (mapping.base + offset) as *mut libc::c_void,
                    page_size(),
                    libc::PROT_NONE,
                ) != 0
            };
            if failed {
                // Out of kernel mappings (each guard splits the mapping): give up like a failed
                // `mmap`, so the caller reports exhaustion instead of running unguarded.
                return None;
            }
        }
        Some(mapping)
    }

    /// The lowest address of the mapping.
    pub fn base(&self) -> usize {
        self.base
    }

    /// One past the highest address of the mapping.
    pub fn end(&self) -> usize {
        self.base + self.len
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // Unregistered first: once unmapped, the range may be handed to someone else.
        self.registration.take();
        // SAFETY: `base` and `len` delimit a mapping only this value owns, and no code runs on
        // it any more (its owners give it up only after leaving it).
        unsafe {
            libc::munmap(self.base as *mut libc::c_void, self.len);
        }
    }
}
