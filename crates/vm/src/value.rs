//! `Value`: one Python value in one 64-bit word.
//!
//! The low three bits are the tag:
//! - `xx1`: a small int, the word shifted right by one (63-bit two's complement);
//! - `010`: an immediate singleton — `None` (0x02), `False` (0x0A), `True` (0x12);
//! - `000`: a pointer to a heap object's [`Header`](crate::object::Header) (8-byte aligned).
//!
//! Small ints and the three singletons never touch the heap, so arithmetic on them and tests
//! such as `x is None` are register operations. The word is never zero, so `Option<Value>` is
//! one word too, with `None` playing CPython's `NULL` (an unbound local, `PUSH_NULL`).
//!
//! `Clone` and `Drop` are the reference count's increment and decrement for heap objects.

use std::num::NonZeroU64;

use crate::object::{Header, Obj, Payload};

#[repr(transparent)]
pub struct Value(NonZeroU64);

const TAG_MASK: u64 = 0b111;
const SPECIAL_TAG: u64 = 0b010;
const NONE_BITS: u64 = 0x02;
const FALSE_BITS: u64 = 0x0A;
const TRUE_BITS: u64 = 0x12;

const fn bits(word: u64) -> NonZeroU64 {
    match NonZeroU64::new(word) {
        Some(v) => v,
        None => panic!("zero is not a Value"),
    }
}

/// The smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NONE: Value = Value(bits(NONE_BITS));
    pub const FALSE: Value = Value(bits(FALSE_BITS));
    pub const TRUE: Value = Value(bits(TRUE_BITS));

    #[inline(always)]
    pub fn raw(&self) -> u64 {
        self.0.get()
    }

    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// An int that fits the inline range, or `None`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value(bits(((i as u64) << 1) | 1)))
        } else {
            None
        }
    }

    /// An int known to be in the inline range.
    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(bits(((i as u64) << 1) | 1))
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        let w = self.raw();
        if w & 1 == 1 {
            Some((w as i64) >> 1)
        } else {
            None
        }
    }

    /// The truth of an inline value (`None`, a bool, a small int), found without a call;
    /// `None` for an object on the heap.
    #[inline(always)]
    pub fn inline_truth(&self) -> Option<bool> {
        let w = self.raw();
        if w & 1 == 1 {
            Some(w != 1)
        } else if w & TAG_MASK == SPECIAL_TAG {
            Some(w == TRUE_BITS)
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.raw() & 1 == 1
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.raw() == NONE_BITS
    }

    #[inline(always)]
    pub fn is_true_singleton(&self) -> bool {
        self.raw() == TRUE_BITS
    }

    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.raw() == TRUE_BITS || self.raw() == FALSE_BITS
    }

    /// True for `None`, `True` and `False`.
    #[inline(always)]
    pub fn is_special(&self) -> bool {
        self.raw() & TAG_MASK == SPECIAL_TAG
    }

    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        self.raw() & TAG_MASK == 0
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_heap() {
            // SAFETY: a heap-tagged word always points at a live object's header while this
            // Value (a counted reference) exists.
            Some(unsafe { &*(self.raw() as *const Header) })
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn header_ptr(&self) -> *const Header {
        self.raw() as *const Header
    }

    /// The payload if this is a heap object whose layout is `T`.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        let h = self.header()?;
        if h.kind() == T::KIND {
            // SAFETY: the type's kind says the object was allocated as `Obj<T>`.
            Some(unsafe { &(*(h as *const Header as *const Obj<T>)).data })
        } else {
            None
        }
    }

    /// # Safety
    /// `ptr` must point at a live object; this takes over one reference.
    #[inline(always)]
    pub unsafe fn from_header_ptr(ptr: *const Header) -> Value {
        Value(NonZeroU64::new_unchecked(ptr as u64))
    }

    /// Gives up the reference without decrementing (see `from_raw`).
    #[inline(always)]
    pub fn into_raw(self) -> u64 {
        let w = self.raw();
        std::mem::forget(self);
        w
    }

    /// A new reference to the value whose word is `w`, which someone else keeps alive (an
    /// inline cache's borrowed value, guarded by the version of the namespace holding it).
    ///
    /// # Safety
    /// `w` is the word of a live value.
    #[inline(always)]
    pub unsafe fn clone_from_raw(w: u64) -> Value {
        let v = std::mem::ManuallyDrop::new(Value(NonZeroU64::new_unchecked(w)));
        (*v).clone()
    }

    /// Whether this is a heap object whose type is exactly `ty`.
    #[inline(always)]
    pub fn has_type(&self, ty: &crate::object::TypeRef) -> bool {
        self.header()
            .is_some_and(|h| h.type_ptr() as usize == ty.as_value().raw() as usize)
    }

    /// # Safety
    /// `w` must come from `into_raw` (one owned reference).
    #[inline(always)]
    pub unsafe fn from_raw(w: u64) -> Value {
        Value(NonZeroU64::new_unchecked(w))
    }
}

/// Gives up the reference `v` held, without freeing: the object whose last reference that
/// was, for the caller to pass to `object::dealloc`, or null. For the dispatch loop's
/// handlers, which free at their very end in a function they jump to, so that their own
/// code makes no call (a call in the middle costs every run the saving of registers).
///
/// # Safety
/// A non-null result is an object with no references: it must be freed, once.
#[inline(always)]
pub unsafe fn release_unfreed(v: Option<Value>) -> *const Header {
    if let Some(v) = v {
        let w = v.into_raw();
        if w & TAG_MASK == 0 && (*(w as *const Header)).decref_is_last() {
            return w as *const Header;
        }
    }
    std::ptr::null()
}

/// Drops an optional value with the reference count decrement inlined. (`drop` of an
/// `Option<Value>` goes through shared drop glue the compiler calls out of line; in the
/// dispatch loop's hottest handlers that call costs more than the decrement.)
#[inline(always)]
pub fn release(v: Option<Value>) {
    if let Some(v) = v {
        let w = v.into_raw();
        if w & TAG_MASK == 0 {
            // SAFETY: a heap-tagged word points at a live header; we owned one reference.
            unsafe { (*(w as *const Header)).decref() };
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(h) = self.header() {
            // SAFETY: this Value owned one reference.
            unsafe { h.decref() };
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "Value({i})")
        } else if self.is_none() {
            write!(f, "Value(None)")
        } else if self.is_bool() {
            write!(f, "Value({})", self.is_true_singleton())
        } else {
            write!(
                f,
                "Value(<{} at {:#x}>)",
                self.header().map(|h| h.type_name()).unwrap_or_default(),
                self.raw()
            )
        }
    }
}
