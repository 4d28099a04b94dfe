//! `bytes` and `bytearray`.

use std::cell::{Cell, RefCell};

use crate::object::Trace;

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
