//! `bytes` and `bytearray`.

use std::cell::{Cell, RefCell};

use crate::object::Trace;
use crate::value::Value;

pub struct BytesData {
    pub bytes: Box<[u8]>,
    pub hash: Cell<i64>,
}

impl BytesData {
    pub fn new(bytes: impl Into<Box<[u8]>>) -> BytesData {
        BytesData {
            bytes: bytes.into(),
            hash: Cell::new(-1),
        }
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = bytecode::set_order::hash_bytes(&self.bytes);
        self.hash.set(h);
        h
    }
}

impl Trace for BytesData {}

pub struct ByteArrayData {
    pub bytes: RefCell<Vec<u8>>,
    /// Exports (memoryviews) pin the size; kept for the error message CPython gives.
    pub exports: Cell<usize>,
}

impl ByteArrayData {
    pub fn new(bytes: Vec<u8>) -> ByteArrayData {
        ByteArrayData {
            bytes: RefCell::new(bytes),
            exports: Cell::new(0),
        }
    }
}

impl Trace for ByteArrayData {}

/// `memoryview`: a one-dimensional view of the bytes of a `bytes` or `bytearray` (a view of
/// a view shares its base). Items are one byte (`format` 'B', 'b' or 'c'); a slice with a
/// step is a strided view over the same base, as in CPython.
pub struct MemoryViewData {
    /// The exporting object; `None` once released.
    pub obj: RefCell<Option<Value>>,
    /// Byte offset of item 0 in the base.
    pub start: usize,
    /// Number of items.
    pub len: usize,
    /// Distance in bytes between consecutive items (negative for reversed slices).
    pub step: isize,
    /// The format as given: 'B', 'b' or 'c', optionally prefixed with '@'.
    pub format: &'static str,
    pub readonly: bool,
    pub hash: Cell<i64>,
}

impl MemoryViewData {
    /// Lets go of the base: a bytearray counts its live views so it can refuse to resize
    /// (CPython's BufferError), so the count drops here exactly once.
    pub fn release_base(&self) {
        if let Some(base) = self.obj.borrow_mut().take() {
            if let Some(ba) = base.downcast::<ByteArrayData>() {
                ba.exports.set(ba.exports.get().saturating_sub(1));
            }
        }
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release_base();
    }
}

impl Trace for MemoryViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.obj.borrow().as_ref() {
            visit(v);
        }
    }
    fn clear(&self) {
        self.release_base();
    }
}
