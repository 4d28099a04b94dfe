//! `tuple`: a fixed-size object whose items follow it in the same allocation, as in CPython.
//!
//! ```text
//!   [GcLink] Header  TupleData { items, len }  [extension of a subclass]  items: [Value; len]
//! ```
//!
//! The items start at the type's `basicsize` (past any extension, whose offset is fixed per
//! type), and `TupleData` keeps a pointer to them so that reading an item needs no look at the
//! type. A tuple is made only by [`alloc_tuple`]; its size for freeing is
//! `basicsize + len * 8` ([`tail_bytes`]).

use std::ptr::NonNull;

use crate::object::TypeRef;
use crate::object::{alloc_with_tail, Header, Obj, Trace};
use crate::value::Value;

pub struct TupleData {
    items: NonNull<Value>,
    len: usize,
}

impl Drop for TupleData {
    fn drop(&mut self) {
        // Last item first, as CPython's `tupledealloc`. Each item is moved out before it is
        // released, so a finalizer that sees the tuple never meets a released item twice.
        for i in (0..self.len).rev() {
            // SAFETY: items `0..len` were initialized by `alloc_tuple` and are read once here.
            drop(unsafe { std::ptr::replace(self.items.as_ptr().add(i), Value::NONE) });
        }
    }
}

impl Trace for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items().iter().for_each(visit);
    }
}

impl TupleData {
    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `items` points at `len` initialized values inside this object's allocation.
        unsafe { std::slice::from_raw_parts(self.items.as_ptr(), self.len) }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Puts `v` in slot `i` and gives back the old item.
    ///
    /// # Safety
    /// `i < len`, and no one but the caller can see the tuple (its only reference is the
    /// caller's), since tuples are immutable to everyone else.
    pub unsafe fn replace_item(&self, i: usize, v: Value) -> Value {
        debug_assert!(i < self.len);
        std::ptr::replace(self.items.as_ptr().add(i), v)
    }
}

impl std::ops::Deref for TupleData {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        self.items()
    }
}

/// Makes a tuple of type `ty` (`tuple` or a subclass) from exactly `n` items.
///
/// If `items` yields fewer than `n` the rest are `None`, and items past `n` are dropped: the
/// iterators callers pass are exact, but a miscount must not leave memory uninitialized.
pub fn alloc_tuple(ty: &TypeRef, n: usize, items: impl IntoIterator<Item = Value>) -> Value {
    let tail = n
        .checked_mul(std::mem::size_of::<Value>())
        .expect("tuple size overflows");
    let obj = alloc_with_tail(ty, tail, |tail_ptr| {
        let first = tail_ptr as *mut Value;
        let mut written = 0;
        // SAFETY: the tail holds room for `n` values and each slot is written once; the
        // tuple is made (with its length) only after every slot is initialized.
        unsafe {
            for v in items.into_iter().take(n) {
                first.add(written).write(v);
                written += 1;
            }
            while written < n {
                first.add(written).write(Value::NONE);
                written += 1;
            }
            TupleData {
                items: NonNull::new_unchecked(first),
                len: n,
            }
        }
    });
    obj.into_value()
}

/// The bytes a tuple holds past its type's `basicsize`: its items.
///
/// # Safety
/// `h` is a live object of layout `Tuple`.
pub unsafe fn tail_bytes(h: *const Header) -> usize {
    (*(h as *const Obj<TupleData>)).data.len * std::mem::size_of::<Value>()
}
