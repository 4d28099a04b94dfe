//! The per-VM heap: tracked containers (for the cycle collector), the queue of frees that
//! replaces recursion, finalizers waiting for a safe point, and the weak reference table.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};

use crate::object::{flag, Header};
use crate::value::Value;

#[derive(Default)]
pub struct Heap {
    /// How many `object::dealloc` calls are nested on the Rust stack right now.
    pub(crate) free_depth: Cell<u32>,
    pub(crate) pending_free: RefCell<VecDeque<*const Header>>,
    /// Every container object alive, in the order they were tracked (index stored in its
    /// `GcLink`); an untracked object leaves a null slot until the next compaction. The order
    /// is CPython's collector list order, which decides the order of finalizers at exit.
    pub(crate) tracked: RefCell<Vec<*const Header>>,
    /// Null slots in `tracked`.
    pub(crate) tracked_holes: Cell<usize>,
    /// Objects with `__del__` (resurrected) and weakref callbacks, run at the next safe point.
    pub(crate) finalize_queue: RefCell<VecDeque<Value>>,
    pub(crate) weakref_callbacks: RefCell<VecDeque<(Value, Value)>>,
    /// Set when either queue is non-empty; the interpreter polls it.
    pub pending: Cell<bool>,
    /// Weak references per referent.
    pub(crate) weakrefs: RefCell<HashMap<*const Header, Vec<*const Header>>>,
    /// Freed blocks of `object::SMALL_BLOCK` bytes, kept for reuse (floats' free list).
    pub(crate) small_blocks: RefCell<Vec<*mut u8>>,
    /// Containers allocated since the last collection, less those freed since (the
    /// collector's trigger, CPython's generation 0 count).
    pub(crate) allocations: Cell<usize>,
    /// The `allocations` count at which a collection is due (the collector's threshold, or
    /// never while the collector is disabled); reaching it raises `pending`.
    pub(crate) collect_due_at: Cell<usize>,
    /// Where the young generation starts in `tracked`: everything tracked since the last
    /// collection. Older objects survived one.
    pub(crate) young_start: Cell<usize>,
}

impl Heap {
    pub(crate) fn track(&self, h: &Header) {
        let mut tracked = self.tracked.borrow_mut();
        h.set_gc_index(tracked.len());
        tracked.push(h as *const Header);
        h.set_flag(flag::GC_TRACKED);
        let n = self.allocations.get() + 1;
        self.allocations.set(n);
        if n >= self.collect_due_at.get() {
            self.pending.set(true);
        }
    }

    pub(crate) fn untrack(&self, h: &Header) {
        let mut tracked = self.tracked.borrow_mut();
        let i = h.gc_index();
        tracked[i] = std::ptr::null();
        h.clear_flag(flag::GC_TRACKED);
        self.allocations
            .set(self.allocations.get().saturating_sub(1));
        let holes = self.tracked_holes.get() + 1;
        if holes >= 1024 && holes * 2 >= tracked.len() {
            // Compact, keeping the order (and where the young generation starts).
            let young = self.young_start.get().min(tracked.len());
            let old_live = tracked[..young].iter().filter(|p| !p.is_null()).count();
            self.young_start.set(old_live);
            tracked.retain(|p| !p.is_null());
            for (i, &p) in tracked.iter().enumerate() {
                // SAFETY: every non-null pointer in `tracked` is a live tracked object.
                unsafe { (*p).set_gc_index(i) };
            }
            self.tracked_holes.set(0);
        } else {
            self.tracked_holes.set(holes);
        }
    }

    /// The tracked objects, oldest first.
    pub(crate) fn tracked_objects(&self) -> Vec<*const Header> {
        self.tracked
            .borrow()
            .iter()
            .copied()
            .filter(|p| !p.is_null())
            .collect()
    }

    pub(crate) fn queue_finalizer(&self, v: Value) {
        self.finalize_queue.borrow_mut().push_back(v);
        self.pending.set(true);
    }

    /// Detaches every weak reference to `h` (it is dying) and queues their callbacks.
    pub(crate) fn clear_weakrefs(&self, h: *const Header) {
        let refs = self.weakrefs.borrow_mut().remove(&h);
        if let Some(refs) = refs {
            for r in refs.into_iter().rev() {
                // SAFETY: weak reference objects unregister themselves before they die.
                if let Some(cb) = unsafe { crate::objects::weakref::detach(r) } {
                    self.weakref_callbacks.borrow_mut().push_back(cb);
                    self.pending.set(true);
                }
            }
        }
    }

    pub fn tracked_count(&self) -> usize {
        self.tracked.borrow().len() - self.tracked_holes.get()
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        let layout = std::alloc::Layout::from_size_align(crate::object::SMALL_BLOCK, 8)
            .expect("small block layout");
        for b in self.small_blocks.get_mut().drain(..) {
            // SAFETY: every kept block was allocated with this layout and is unused.
            unsafe { std::alloc::dealloc(b, layout) };
        }
    }
}
