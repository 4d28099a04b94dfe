//! Interpreter frames and the contiguous stack their values live on.
//!
//! A Python call from Python pushes a `Frame` on `Vm::frames` and the dispatch loop carries on
//! with it; no Rust recursion is involved. A frame's local variables, cells and value stack
//! (`localsplus` followed by the stack, `code.nlocalsplus + code.stacksize` words) are a window
//! of the VM's `DataStack`, except for generator frames, whose window lives in the generator
//! object so it survives between resumptions. A Python-visible frame object is made only when
//! something asks for one (a traceback, `sys._getframe`).

use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::value::Value;

pub struct Frame {
    pub code: PyRef<CodeData>,
    pub func: Option<PyRef<FunctionData>>,
    pub globals: Namespace,
    pub builtins: Namespace,
    /// The locals mapping of module and class bodies (`LOAD_NAME`), absent in functions.
    pub locals: Option<Value>,
    /// `localsplus[0]`; the value stack starts at `base + code.nlocalsplus`.
    pub base: *mut Option<Value>,
    /// Number of values on the value stack.
    pub sp: usize,
    /// The next instruction unit to execute.
    pub pc: usize,
    /// The instruction unit being (or last) executed, for tracebacks and line numbers.
    pub lasti: usize,
    /// Returning from this frame leaves the dispatch loop (a call from native code).
    pub is_entry: bool,
    /// The storage belongs to a generator object, not to the data stack.
    pub in_generator: bool,
    /// A generator frame that `FOR_ITER_GEN` resumed in the dispatch loop of its caller,
    /// whose top of stack is the generator: yielding and returning go straight back to the
    /// caller's loop (`generator::yield_inline`, `return_inline`, `raise_inline`).
    pub inline_gen: bool,
    /// The Python frame object, once someone asked for it.
    pub frame_obj: Option<Value>,
    /// Where this frame's window begins in the data stack (to pop it).
    pub data_mark: usize,
    /// An `__init__` frame pushed by `CALL_PY_CLASS`: the new instance, which the call
    /// returns in place of `__init__`'s `None`.
    pub init_self: Option<Value>,
    /// The keyword names `KW_NAMES` gave the `CALL` that follows it.
    pub kwnames: Option<Value>,
}

impl Frame {
    #[inline(always)]
    pub fn stack_ptr(&self) -> *mut Option<Value> {
        // SAFETY: the window holds nlocalsplus + stacksize slots.
        unsafe { self.base.add(self.code.nlocalsplus) }
    }

    /// Slot `i` of localsplus.
    ///
    /// # Safety
    /// `i < code.nlocalsplus` (the verifier checked every index in the code).
    #[inline(always)]
    #[allow(clippy::mut_from_ref)] // the slots live behind `base`, not in `self`
    pub unsafe fn local(&self, i: usize) -> &mut Option<Value> {
        &mut *self.base.add(i)
    }
}

/// A frame's globals or builtins. A function's frame borrows its function's, which never
/// change and which the frame's `func` keeps alive: a call then counts no references to
/// them, and its return releases none. Frames without a function (module and class bodies,
/// `exec`) own theirs.
pub struct Namespace {
    dict: std::mem::ManuallyDrop<PyRef<DictData>>,
    owned: bool,
}

impl Namespace {
    pub fn owned(dict: PyRef<DictData>) -> Namespace {
        Namespace {
            dict: std::mem::ManuallyDrop::new(dict),
            owned: true,
        }
    }

    /// # Safety
    /// `dict` outlives the frame: something the frame holds keeps it alive.
    #[inline(always)]
    pub unsafe fn borrowed(dict: &PyRef<DictData>) -> Namespace {
        Namespace {
            dict: std::mem::ManuallyDrop::new(std::ptr::read(dict)),
            owned: false,
        }
    }
}

impl std::ops::Deref for Namespace {
    type Target = PyRef<DictData>;
    #[inline(always)]
    fn deref(&self) -> &PyRef<DictData> {
        &self.dict
    }
}

/// A copy owns its reference, whatever the original does.
impl Clone for Namespace {
    fn clone(&self) -> Namespace {
        Namespace::owned(PyRef::clone(&self.dict))
    }
}

impl Drop for Namespace {
    #[inline(always)]
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: an owned namespace holds one reference, dropped once, here.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.dict) };
        }
    }
}

/// The values of all frames that are not generators, in one growable list of fixed chunks.
///
/// Chunks never move once allocated, so a frame's `base` pointer stays valid while deeper
/// frames come and go. The common push and pop are pointer bumps within the current chunk;
/// a mark is the address a window starts at.
pub struct DataStack {
    chunks: Vec<Box<[Option<Value>]>>,
    /// Chunk in use: its bounds and the first free slot in it.
    chunk: usize,
    start: *mut Option<Value>,
    top: *mut Option<Value>,
    limit: *mut Option<Value>,
}

const CHUNK: usize = 64 * 1024;

impl Default for DataStack {
    fn default() -> DataStack {
        let mut first: Box<[Option<Value>]> = std::iter::repeat_with(|| None).take(CHUNK).collect();
        let start = first.as_mut_ptr();
        DataStack {
            chunks: vec![first],
            chunk: 0,
            start,
            top: start,
            // SAFETY: one past the end of the chunk.
            limit: unsafe { start.add(CHUNK) },
        }
    }
}

impl DataStack {
    /// Reserves `n` slots (all `None`); returns their start and a mark for `pop`.
    #[inline]
    pub fn push(&mut self, n: usize) -> (*mut Option<Value>, usize) {
        // SAFETY: `top` and `limit` point into (or one past) the current chunk.
        unsafe {
            if (self.limit.offset_from(self.top) as usize) < n {
                self.next_chunk(n);
            }
            let p = self.top;
            self.top = p.add(n);
            (p, p as usize)
        }
    }

    /// Moves to a chunk with room for `n` slots, allocating one if needed.
    #[cold]
    fn next_chunk(&mut self, n: usize) {
        self.chunk += 1;
        if self.chunk == self.chunks.len() || self.chunks[self.chunk].len() < n {
            let fresh: Box<[Option<Value>]> =
                std::iter::repeat_with(|| None).take(n.max(CHUNK)).collect();
            if self.chunk == self.chunks.len() {
                self.chunks.push(fresh);
            } else {
                self.chunks[self.chunk] = fresh;
            }
        }
        self.enter_chunk(self.chunk);
    }

    fn enter_chunk(&mut self, i: usize) {
        let c = &mut self.chunks[i];
        self.chunk = i;
        self.start = c.as_mut_ptr();
        // SAFETY: one past the end of the chunk.
        self.limit = unsafe { self.start.add(c.len()) };
    }

    /// Releases everything from `mark` on; the slots must already be cleared to `None`.
    #[inline]
    pub fn pop(&mut self, mark: usize) {
        let p = mark as *mut Option<Value>;
        if p < self.start || p > self.limit {
            self.pop_to_chunk_of(p);
        }
        self.top = p;
    }

    /// `pop` to a mark in an earlier chunk.
    #[cold]
    fn pop_to_chunk_of(&mut self, p: *mut Option<Value>) {
        let i = self
            .chunks
            .iter_mut()
            .position(|c| {
                let r = c.as_mut_ptr_range();
                r.start <= p && p <= r.end
            })
            .expect("a data stack mark lies in one of its chunks");
        self.enter_chunk(i);
    }
}

/// The active frames, innermost last. Each frame is boxed so that a pointer to it stays
/// valid while deeper frames are pushed (the dispatch loop keeps one).
///
/// `boxes[..len]` hold the live frames; the boxes past `len` are allocated but empty, kept
/// from deeper calls that returned, so a call reuses the box at `len` and a return leaves
/// its box in place: neither moves a box between lists. A generator brings its own box
/// (`push_box`); the empty box it displaces waits in `spare` (a few of them) until the
/// generator's box leaves again (`pop_box`).
#[derive(Default)]
#[allow(clippy::vec_box)] // the boxes are the point: frames must not move when the Vec grows
pub struct FrameStack {
    boxes: Vec<Box<std::mem::MaybeUninit<Frame>>>,
    len: usize,
    spare: Vec<Box<std::mem::MaybeUninit<Frame>>>,
}

/// Empty boxes displaced by generators' own boxes kept for when those leave again; past
/// this, `pop_box` allocates one.
const SPARE_LIMIT: usize = 64;

/// Empty boxes kept beyond the ones in use: enough for recursion that goes a thousand calls
/// deep and back again without allocating (a frame is about 130 bytes).
const KEEP_EMPTY: usize = 1024;

impl FrameStack {
    pub fn with_capacity(n: usize) -> FrameStack {
        FrameStack {
            boxes: Vec::with_capacity(n),
            len: 0,
            spare: Vec::new(),
        }
    }

    #[inline(always)]
    pub fn push(&mut self, f: Frame) {
        self.push_with(|| f);
    }

    /// Pushes the frame `make` gives, built straight into its box: the box is at hand
    /// before the frame is made, so the frame is not made elsewhere and copied in.
    #[inline(always)]
    pub fn push_with(&mut self, make: impl FnOnce() -> Frame) {
        if self.len == self.boxes.len() {
            self.boxes.push(Box::new(std::mem::MaybeUninit::uninit()));
        }
        // SAFETY: `len < boxes.len()` now, and the box at `len` is empty.
        unsafe { self.boxes.get_unchecked_mut(self.len) }.write(make());
        self.len += 1;
    }

    /// Drops the innermost frame in place, keeping its box for the next push.
    pub fn drop_top(&mut self) {
        if self.len == 0 {
            return;
        }
        self.len -= 1;
        // SAFETY: the box at the old top holds a live frame; dropping it leaves it empty.
        unsafe { self.boxes.get_unchecked_mut(self.len).assume_init_drop() };
        if self.boxes.len() > self.len + KEEP_EMPTY {
            self.boxes.truncate(self.len + KEEP_EMPTY);
        }
    }

    /// Pushes a frame that already has its box (a generator's suspended frame).
    pub fn push_box(&mut self, f: Box<Frame>) {
        // SAFETY: a box of an initialized frame, seen as possibly uninitialized.
        let b = unsafe { Box::from_raw(Box::into_raw(f) as *mut std::mem::MaybeUninit<Frame>) };
        if self.len < self.boxes.len() {
            let empty = std::mem::replace(&mut self.boxes[self.len], b);
            // A generator that finishes leaves its box here for good (`drop_top`), so the
            // box it displaced is never asked for again: keep only a few.
            if self.spare.len() < SPARE_LIMIT {
                self.spare.push(empty);
            }
        } else {
            self.boxes.push(b);
        }
        self.len += 1;
    }

    /// Takes the innermost frame off with its box (a generator suspending).
    pub fn pop_box(&mut self) -> Option<Box<Frame>> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let empty = self
            .spare
            .pop()
            .unwrap_or_else(|| Box::new(std::mem::MaybeUninit::uninit()));
        let b = std::mem::replace(&mut self.boxes[self.len], empty);
        // SAFETY: the box held the live innermost frame.
        Some(unsafe { Box::from_raw(Box::into_raw(b) as *mut Frame) })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn top_ptr(&mut self) -> *mut Frame {
        assert!(self.len > 0, "a frame is running");
        // SAFETY: boxes below `len` hold live frames.
        unsafe { self.boxes.get_unchecked_mut(self.len - 1).assume_init_mut() }
    }

    pub fn last(&self) -> Option<&Frame> {
        self.len.checked_sub(1).and_then(|i| self.get(i))
    }

    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.len.checked_sub(1).and_then(|i| self.get_mut(i))
    }

    pub fn get(&self, i: usize) -> Option<&Frame> {
        // SAFETY: boxes below `len` hold live frames.
        self.live().get(i).map(|b| unsafe { b.assume_init_ref() })
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        let len = self.len;
        // SAFETY: as in `get`.
        self.boxes[..len]
            .get_mut(i)
            .map(|b| unsafe { b.assume_init_mut() })
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame> {
        // SAFETY: as in `get`.
        self.live().iter().map(|b| unsafe { b.assume_init_ref() })
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Frame> {
        let len = self.len;
        // SAFETY: as in `get`.
        self.boxes[..len]
            .iter_mut()
            .map(|b| unsafe { b.assume_init_mut() })
    }

    fn live(&self) -> &[Box<std::mem::MaybeUninit<Frame>>] {
        &self.boxes[..self.len]
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while self.len > 0 {
            self.drop_top();
        }
    }
}
