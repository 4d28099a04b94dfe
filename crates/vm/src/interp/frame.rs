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
    /// caller's loop (`generator::yield_inline`, `generator::finish_inline`).
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
/// valid while deeper frames are pushed (the dispatch loop keeps one); boxes are recycled.
#[derive(Default)]
#[allow(clippy::vec_box)] // the boxes are the point: frames must not move when the Vec grows
pub struct FrameStack {
    frames: Vec<Box<Frame>>,
    pool: Vec<Box<std::mem::MaybeUninit<Frame>>>,
}

/// Frame boxes kept for reuse beyond the ones in use: enough for recursion that goes a
/// thousand calls deep and back again without allocating (a frame is about 130 bytes).
const POOL_LIMIT: usize = 1024;

impl FrameStack {
    pub fn with_capacity(n: usize) -> FrameStack {
        FrameStack {
            frames: Vec::with_capacity(n),
            pool: Vec::new(),
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
        let mut slot = match self.pool.pop() {
            Some(slot) => slot,
            None => Box::new(std::mem::MaybeUninit::uninit()),
        };
        slot.write(make());
        // SAFETY: just initialized.
        self.frames
            .push(unsafe { Box::from_raw(Box::into_raw(slot) as *mut Frame) });
    }

    /// Drops the innermost frame in place, keeping its box for the next push.
    pub fn drop_top(&mut self) {
        if let Some(b) = self.frames.pop() {
            let raw = Box::into_raw(b);
            // SAFETY: the box holds a live frame; dropping it leaves the allocation
            // uninitialized, which the pool records by its type.
            unsafe {
                std::ptr::drop_in_place(raw);
                let b = Box::from_raw(raw as *mut std::mem::MaybeUninit<Frame>);
                // Finished generators hand their boxes in too; keep a bounded number.
                if self.pool.len() < POOL_LIMIT {
                    self.pool.push(b);
                }
            }
        }
    }

    /// Pushes a frame that already has its box (a generator's suspended frame).
    pub fn push_box(&mut self, f: Box<Frame>) {
        self.frames.push(f);
    }

    /// Takes the innermost frame off with its box (a generator suspending).
    pub fn pop_box(&mut self) -> Option<Box<Frame>> {
        self.frames.pop()
    }

    pub fn len(&self) -> usize {
        self.frames.len()
    }

    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    pub fn top_ptr(&mut self) -> *mut Frame {
        &mut **self.frames.last_mut().expect("a frame is running")
    }

    pub fn last(&self) -> Option<&Frame> {
        self.frames.last().map(|b| &**b)
    }

    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.frames.last_mut().map(|b| &mut **b)
    }

    pub fn get(&self, i: usize) -> Option<&Frame> {
        self.frames.get(i).map(|b| &**b)
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        self.frames.get_mut(i).map(|b| &mut **b)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame> {
        self.frames.iter().map(|b| &**b)
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Frame> {
        self.frames.iter_mut().map(|b| &mut **b)
    }
}
