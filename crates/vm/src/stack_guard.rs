//! Keeping native recursion (a `repr` of nested lists, `__eq__` chains, Python called from
//! Rust) off the end of the Rust stack.
//!
//! `stacker::maybe_grow` moves a call onto a new stack segment when little stack remains, but
//! asking it how much remains reads a thread-local and the stack pointer through a function
//! call: a few percent of a float-heavy loop, where every binary operation passes through here.
//! So the VM remembers a window of stack addresses already known to be far from the end: the
//! span of the segment it runs on, above the red zone. A stack pointer inside that window
//! needs no further check; anything else (deep recursion, a grown segment) takes stacker's
//! own path.

use std::cell::Cell;

/// Stack to keep free below any call that may recurse.
pub const RED_ZONE: usize = 64 * 1024;
/// Size of each new segment when the stack must grow.
pub const SEGMENT: usize = 1024 * 1024;

#[derive(Default)]
pub struct StackWindow {
    /// Lowest safe address (the segment's end plus the red zone) and the highest address
    /// seen on that segment; zero until first measured.
    low: Cell<usize>,
    high: Cell<usize>,
}

/// An address in the current stack frame.
#[inline(always)]
pub fn stack_address() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

impl StackWindow {
    /// Whether a call made with the stack at `sp` surely has room.
    #[inline(always)]
    pub fn contains(&self, sp: usize) -> bool {
        sp > self.low.get() && sp <= self.high.get()
    }

    /// Measures the segment `sp` is on; the window grows when it is the one measured before
    /// (or the first).
    #[cold]
    #[inline(never)]
    pub fn measure(&self, sp: usize) {
        let Some(remaining) = stacker::remaining_stack() else {
            return;
        };
        if remaining <= 2 * RED_ZONE {
            return;
        }
        let low = sp.saturating_sub(remaining) + RED_ZONE;
        if self.low.get() == 0 || self.low.get() == low {
            self.low.set(low);
            self.high.set(self.high.get().max(sp));
        }
    }
}
