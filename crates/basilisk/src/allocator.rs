//! The global allocator: mimalloc for everything except large blocks, which come from the C
//! library's `malloc`.
//!
//! Why split: a large block is almost always a growing vector (a list built by appends, the
//! text of a string being built). mimalloc grows a block it cannot extend in place by
//! allocating the new size and copying, so for a moment the old and the new block are both
//! resident, and the freed old blocks linger until it purges them. glibc maps a large block
//! on its own (`mmap`) and grows it with `mremap`, which moves page-table entries instead of
//! bytes; the spare capacity of a doubling `Vec` is never touched and so never resident.
//! With mimalloc alone `benches/strings.py` peaked at 1.8x CPython's memory, most of it a list
//! of a few million items caught in the middle of a reallocation.
//!
//! Blocks that need no more than 8-byte alignment (nearly all: every object and every vector
//! of values) go to mimalloc's plain `mi_malloc`, which aligns to 8 bytes anyway. The
//! `mimalloc` crate's allocator calls the `_aligned` entry points for every layout, and those
//! took about 100 instructions per allocation against about 20 for the plain ones (callgrind on
//! a loop of tuple slicing).

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys as mi;
use mimalloc::MiMalloc;

pub struct Allocator;

/// Blocks of at least this many bytes go to `malloc` (and glibc is told to map every one
/// of them, see [`configure`]).
const LARGE: usize = 1 << 20;

/// Whether a block of this size and alignment is `malloc`'s. `malloc` aligns to 16 bytes, so
/// more strictly aligned blocks always stay with mimalloc. Every call below routes by this
/// one function, so a block is always freed by the allocator that made it.
#[inline]
fn is_large(size: usize, align: usize) -> bool {
    size >= LARGE && align <= 16
}

/// Whether mimalloc's plain entry points align enough for this layout: every block they
/// return is aligned to at least a machine word.
#[inline]
fn is_plain(align: usize) -> bool {
    align <= std::mem::size_of::<usize>()
}

/// Fixes glibc's mmap threshold at [`LARGE`]: by default it starts at 128 KiB and rises to the
/// size of any mapped block freed, after which blocks of that size come from the heap, where
/// growing them copies again.
pub fn configure() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning parameter; called before any large allocation.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, LARGE as libc::c_int);
    }
}

// SAFETY: each method forwards to an allocator that upholds the GlobalAlloc contract, chosen
// by `is_large` of the layout, which the contract guarantees is the one the block was
// allocated with (same size and alignment), so frees and reallocations reach its owner.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size(), layout.align()) {
            libc::malloc(layout.size()) as *mut u8
        } else if is_plain(layout.align()) {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if is_large(layout.size(), layout.align()) {
            libc::calloc(1, layout.size()) as *mut u8
        } else if is_plain(layout.align()) {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if is_large(layout.size(), layout.align()) {
            libc::free(ptr as *mut libc::c_void)
        } else {
            MiMalloc.dealloc(ptr, layout)
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let was_large = is_large(layout.size(), layout.align());
        let now_large = is_large(new_size, layout.align());
        match (was_large, now_large) {
            (true, true) => libc::realloc(ptr as *mut libc::c_void, new_size) as *mut u8,
            (false, false) if is_plain(layout.align()) => {
                mi::mi_realloc(ptr as *mut libc::c_void, new_size) as *mut u8
            }
            (false, false) => MiMalloc.realloc(ptr, layout, new_size),
            _ => {
                // Crossing the threshold: a new block from the other allocator.
                let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }
}
