//! The object header, typed references, allocation and deallocation.
//!
//! Every heap object is `Obj<T>`: a 16-byte [`Header`] followed by its payload `T` (the native
//! layout: an int's digits, a list's items, ...). Instances of Python classes that extend a
//! builtin layout carry an *extension* after the payload: the instance `__dict__` pointer and
//! the `__slots__` values, at an offset recorded in their type. Objects that can take part in
//! reference cycles (containers) have a `GcLink` word *before* the header, holding their index
//! in the heap's list of tracked objects, as CPython keeps `PyGC_Head` before `PyObject`.
//!
//! ```text
//!   [GcLink (containers only)] Header { refcnt: u32, kind: u8, flags: u8, _: u16, type: *Obj<TypeData> }
//!   payload T ... [extension: dict: Option<Value>, slots: [Option<Value>; n]]
//! ```
//!
//! The layout is `#[repr(C)]` and stable so that compiled code can read the count, the type and
//! instance slots directly.

use std::alloc::Layout;
use std::cell::Cell;
use std::marker::PhantomData;
use std::ops::Deref;

use crate::heap::Heap;
use crate::kinds::Kind;
use crate::types::TypeData;
use crate::value::Value;

/// Objects whose count is at least this never die (builtin types, interned constants).
const IMMORTAL: u32 = 1 << 30;

pub mod flag {
    /// `__del__` has run (or been queued) once; PEP 442 runs it only once per object.
    pub const FINALIZED: u8 = 1;
    /// Some weak reference points here; the heap's table must be cleared on death.
    pub const HAS_WEAKREFS: u8 = 2;
    /// The object is in the heap's list of tracked containers.
    pub const GC_TRACKED: u8 = 4;
    /// An instance `__dict__` made implicitly and never handed to Python code. CPython 3.11
    /// keeps such attributes inline in the instance, so the collector does not count them.
    pub const MANAGED_DICT: u8 = 8;
    /// A tuple CPython's collector would have untracked (all its items atomic): what
    /// `gc.is_tracked` reports. The object stays in the heap's list.
    pub const PY_UNTRACKED: u8 = 16;
    /// Reached by the walk of the finalization at exit (`shutdown.rs`), which clears it.
    pub const REACHED_AT_EXIT: u8 = 32;
    /// A str that is the VM's interned copy of its text (`Vm::intern`).
    pub const INTERNED: u8 = 64;
}

#[repr(C)]
pub struct Header {
    refcnt: Cell<u32>,
    kind: Kind,
    flags: Cell<u8>,
    _pad: u16,
    ty: Cell<*const Obj<TypeData>>,
}

#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// The word before a container's header: its index in `Heap::tracked`.
#[repr(C)]
pub struct GcLink {
    pub index: Cell<usize>,
}

/// A native object layout. Implemented by `kinds.rs` for every payload type.
///
/// # Safety
/// `KIND` must be unique to the implementing type: `Value::downcast` trusts it.
pub unsafe trait Payload: Trace + Sized + 'static {
    const KIND: Kind;
}

/// What the cycle collector needs from a payload.
pub trait Trace {
    /// Calls `visit` on every value this payload holds a reference to.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// Drops the references this payload holds that could form a cycle (`tp_clear`); the
    /// object must stay usable (empty) afterwards.
    fn clear(&self) {}
}

impl Header {
    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get().wrapping_add(1));
    }

    /// # Safety
    /// The caller gives up one reference it owned.
    #[inline(always)]
    pub unsafe fn decref(&self) {
        let n = self.refcnt.get() - 1;
        self.refcnt.set(n);
        if n == 0 {
            dealloc(self as *const Header);
        }
    }

    /// Gives up one reference; true when it was the last, and the caller must `dealloc`.
    ///
    /// # Safety
    /// The caller gave up one reference it owned.
    #[inline(always)]
    pub unsafe fn decref_is_last(&self) -> bool {
        let n = self.refcnt.get() - 1;
        self.refcnt.set(n);
        n == 0
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.refcnt.get()
    }

    #[inline(always)]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    #[inline(always)]
    pub fn flags(&self) -> u8 {
        self.flags.get()
    }

    #[inline(always)]
    pub fn set_flag(&self, f: u8) {
        self.flags.set(self.flags.get() | f);
    }

    #[inline(always)]
    pub fn clear_flag(&self, f: u8) {
        self.flags.set(self.flags.get() & !f);
    }

    #[inline(always)]
    pub fn type_ptr(&self) -> *const Obj<TypeData> {
        self.ty.get()
    }

    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        // SAFETY: an object holds a reference to its type for as long as it lives.
        unsafe { &(*self.ty.get()).data }
    }

    /// The type as a counted reference.
    pub fn type_ref(&self) -> TypeRef {
        // SAFETY: as above; cloning adds the reference the new handle owns.
        let v = unsafe { Value::from_header_ptr(self.ty.get() as *const Header) };
        let r = v.clone();
        std::mem::forget(v);
        PyRef::from_value_unchecked(r)
    }

    /// Replaces the type (`obj.__class__ = C`); the caller checked the layouts agree.
    pub fn set_type(&self, ty: &TypeRef) {
        let new = ty.as_value().clone().into_raw() as *const Obj<TypeData>;
        let old = self.ty.replace(new);
        // SAFETY: the object owned a reference to its old type.
        drop(unsafe { Value::from_header_ptr(old as *const Header) });
    }

    pub fn type_name(&self) -> String {
        self.type_data().name()
    }

    fn gc_link(&self) -> &GcLink {
        // SAFETY: only called for objects allocated with a link (GC_TRACKED or gc types).
        unsafe { &*((self as *const Header as *const u8).sub(8) as *const GcLink) }
    }

    pub fn make_immortal(&self) {
        self.refcnt.set(IMMORTAL);
    }
}

/// A counted reference known to point at an `Obj<T>` (an object of layout `T`).
#[repr(transparent)]
pub struct PyRef<T: Payload> {
    value: Value,
    _payload: PhantomData<T>,
}

pub type TypeRef = PyRef<TypeData>;

impl<T: Payload> PyRef<T> {
    /// The caller has checked that `value` has layout `T`.
    #[inline(always)]
    pub fn from_value_unchecked(value: Value) -> PyRef<T> {
        debug_assert!(value.header().map(|h| h.kind()) == Some(T::KIND));
        PyRef {
            value,
            _payload: PhantomData,
        }
    }

    #[inline(always)]
    pub fn try_from_value(value: Value) -> Result<PyRef<T>, Value> {
        if value.header().map(|h| h.kind()) == Some(T::KIND) {
            Ok(PyRef::from_value_unchecked(value))
        } else {
            Err(value)
        }
    }

    #[inline(always)]
    pub fn as_value(&self) -> &Value {
        &self.value
    }

    #[inline(always)]
    pub fn into_value(self) -> Value {
        self.value
    }

    #[inline(always)]
    pub fn header(&self) -> &Header {
        // SAFETY: a PyRef always holds a heap object.
        unsafe { &*(self.value.raw() as *const Header) }
    }

    #[inline(always)]
    pub fn is(&self, other: &PyRef<T>) -> bool {
        self.value.is(&other.value)
    }

    pub fn ptr(&self) -> *const Obj<T> {
        self.value.raw() as *const Obj<T>
    }
}

impl<T: Payload> Clone for PyRef<T> {
    #[inline(always)]
    fn clone(&self) -> PyRef<T> {
        PyRef {
            value: self.value.clone(),
            _payload: PhantomData,
        }
    }
}

impl<T: Payload> Deref for PyRef<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the kind was checked when the PyRef was made.
        unsafe { &(*(self.value.raw() as *const Obj<T>)).data }
    }
}

impl<T: Payload> std::fmt::Debug for PyRef<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

impl Value {
    #[inline(always)]
    pub fn downcast_ref<T: Payload>(&self) -> Option<PyRef<T>> {
        if self.header().map(|h| h.kind()) == Some(T::KIND) {
            Some(PyRef::from_value_unchecked(self.clone()))
        } else {
            None
        }
    }
}

/// Where an extension (instance dict and slots) starts for a payload of type `T`.
pub const fn extension_offset<T>() -> usize {
    let size = std::mem::size_of::<Obj<T>>();
    (size + 7) & !7
}

/// Allocates a new object of type `ty` (whose layout must be `T`) holding `data`.
pub fn alloc<T: Payload>(ty: &TypeRef, data: T) -> PyRef<T> {
    alloc_with_tail(ty, 0, |_| data)
}

/// Allocates an object of layout `T` with `tail` more bytes after its type's `basicsize`
/// (a tuple's items); `init` makes the payload, given the address of the tail.
///
/// The object's free must know the tail's size too: see `tail_bytes` in `free_one`.
#[inline]
pub fn alloc_with_tail<T: Payload>(
    ty: &TypeRef,
    tail: usize,
    init: impl FnOnce(*mut u8) -> T,
) -> PyRef<T> {
    const { assert!(std::mem::align_of::<Obj<T>>() <= 8) };
    let td: &TypeData = ty;
    debug_assert!(
        td.kind == T::KIND,
        "allocating {:?} as {}",
        T::KIND,
        td.name()
    );
    let size = td.basicsize;
    debug_assert!(size >= std::mem::size_of::<Obj<T>>());
    let gc = td.is_gc;
    let prefix = if gc { 8 } else { 0 };
    let heap = td.heap;
    // SAFETY: the layout is non-zero sized and 8-aligned; the header and payload are written
    // before the pointer escapes, and the extension area is zeroed (all slots unset).
    unsafe {
        let layout = Layout::from_size_align_unchecked(size + tail + prefix, 8);
        let reused = if !gc && size == SMALL_BLOCK && tail == 0 {
            (*heap).small_blocks.borrow_mut().pop()
        } else {
            None
        };
        let base = if let Some(b) = reused {
            if size > std::mem::size_of::<Obj<T>>() {
                std::ptr::write_bytes(b, 0, size);
            }
            b
        } else if size > std::mem::size_of::<Obj<T>>() {
            std::alloc::alloc_zeroed(layout)
        } else {
            std::alloc::alloc(layout)
        };
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let obj = base.add(prefix) as *mut Obj<T>;
        let data = init((obj as *mut u8).add(size));
        let ty_ptr = ty.as_value().clone().into_raw() as *const Obj<TypeData>;
        std::ptr::write(
            obj,
            Obj {
                header: Header {
                    refcnt: Cell::new(1),
                    kind: T::KIND,
                    flags: Cell::new(0),
                    _pad: 0,
                    ty: Cell::new(ty_ptr),
                },
                data,
            },
        );
        let value = Value::from_header_ptr(obj as *const Header);
        if gc {
            std::ptr::write(
                base as *mut GcLink,
                GcLink {
                    index: Cell::new(0),
                },
            );
            (*heap).track(&(*obj).header);
        }
        PyRef::from_value_unchecked(value)
    }
}

/// `alloc` of an exact float: a block from the float free list when there is one.
#[inline]
pub fn alloc_float(float_type: &TypeRef, x: f64) -> Value {
    // SAFETY: blocks on the free list are SMALL_BLOCK bytes, the size of a float, and free.
    unsafe {
        let reused = (*float_type.heap).small_blocks.borrow_mut().pop();
        if let Some(b) = reused {
            let obj = b as *mut Obj<crate::objects::float::FloatData>;
            std::ptr::write(
                obj,
                Obj {
                    header: Header {
                        refcnt: Cell::new(1),
                        kind: Kind::Float,
                        flags: Cell::new(0),
                        _pad: 0,
                        ty: Cell::new(
                            float_type.as_value().clone().into_raw() as *const Obj<TypeData>
                        ),
                    },
                    data: crate::objects::float::FloatData(x),
                },
            );
            return Value::from_header_ptr(obj as *const Header);
        }
    }
    alloc(float_type, crate::objects::float::FloatData(x)).into_value()
}

/// The size of a float (and of any other untracked object of that size): freed blocks of it
/// are kept for reuse, last freed first, as CPython's float free list keeps them. Besides
/// saving allocator calls, this gives Python code the same reuse CPython shows
/// (`id(float(x)) == id(float(y))` for temporaries).
pub(crate) const SMALL_BLOCK: usize = std::mem::size_of::<Obj<crate::objects::float::FloatData>>();
const SMALL_BLOCKS_KEPT: usize = 100;

/// How deep frees may nest on the Rust stack before they are queued instead (CPython's
/// trashcan uses the same depth).
const FREE_DEPTH_LIMIT: u32 = 50;

/// Frees an object whose count reached zero.
///
/// Freeing an object drops its references, which may free more objects. Those are freed
/// depth first, as CPython frees them (so `__del__` methods run in CPython's order: a list's
/// items last to first, each nested container completely before the next item). Past
/// `FREE_DEPTH_LIMIT` nested frees are queued and the outermost call drains the queue, as
/// CPython's trashcan does, so that a long chain (a million nested lists) cannot overflow the
/// Rust stack.
///
/// # Safety
/// `h` has a count of zero and no other user.
pub unsafe fn dealloc(h: *const Header) {
    // The float free list first: a plain float (no flags: not tracked, no weak references)
    // of a type without finalizer or instance extension has nothing to release but its type.
    if (*h).kind() == Kind::Float && (*h).flags() == 0 {
        let td = (*h).type_data();
        if !td.has_finalizer.get() && td.basicsize == SMALL_BLOCK && !td.is_gc {
            let heap = &*td.heap;
            let mut blocks = heap.small_blocks.borrow_mut();
            if blocks.len() < SMALL_BLOCKS_KEPT {
                blocks.push(h as *mut u8);
                drop(blocks);
                drop(Value::from_header_ptr((*h).ty.get() as *const Header));
                return;
            }
        }
    }
    let heap = &*(*h).type_data().heap;
    let depth = heap.free_depth.get();
    if depth >= FREE_DEPTH_LIMIT {
        heap.pending_free.borrow_mut().push_back(h);
        return;
    }
    heap.free_depth.set(depth + 1);
    free_one(heap, h);
    if depth == 0 {
        loop {
            let next = heap.pending_free.borrow_mut().pop_front();
            match next {
                Some(p) => free_one(heap, p),
                None => break,
            }
        }
    }
    heap.free_depth.set(depth);
}

unsafe fn free_one(heap: &Heap, h: *const Header) {
    let header = &*h;
    let td = header.type_data();
    if td.has_finalizer.get() && header.flags() & flag::FINALIZED == 0 {
        // `__del__` runs Python code, which must not happen in the middle of whatever
        // operation dropped the last reference: resurrect the object and let the interpreter
        // run the finalizer at its next safe point.
        header.set_flag(flag::FINALIZED);
        header.refcnt.set(1);
        heap.queue_finalizer(Value::from_header_ptr(h));
        return;
    }
    if header.flags() & flag::HAS_WEAKREFS != 0 {
        heap.clear_weakrefs(h);
    }
    if header.flags() & flag::GC_TRACKED != 0 {
        heap.untrack(header);
    }
    let size = td.basicsize
        + if header.kind() == Kind::Tuple {
            crate::objects::tuple::tail_bytes(h)
        } else {
            0
        };
    let gc = td.is_gc;
    // The instance dict and slots of a subclass go before the native payload, as CPython's
    // `subtype_dealloc` clears them before calling the base type's dealloc.
    if let Some(ext) = td.extension {
        let base = (h as *const u8).add(ext.offset as usize) as *mut Option<Value>;
        for i in 0..1 + ext.nslots as usize {
            std::ptr::drop_in_place(base.add(i));
        }
    }
    crate::kinds::drop_payload(h);
    let ty = header.ty.get();
    let prefix = if gc { 8 } else { 0 };
    if !gc && size == SMALL_BLOCK && heap.small_blocks.borrow().len() < SMALL_BLOCKS_KEPT {
        heap.small_blocks.borrow_mut().push(h as *mut u8);
    } else {
        let layout = Layout::from_size_align_unchecked(size + prefix, 8);
        std::alloc::dealloc((h as *mut u8).sub(prefix), layout);
    }
    drop(Value::from_header_ptr(ty as *const Header));
}

impl Header {
    pub(crate) fn gc_index(&self) -> usize {
        self.gc_link().index.get()
    }
    pub(crate) fn set_gc_index(&self, i: usize) {
        self.gc_link().index.set(i)
    }
}

/// Makes the `type` type, whose type is itself; the caller completes its base and MRO.
pub(crate) fn bootstrap_type_type(heap: *const Heap) -> TypeRef {
    use crate::types::type_flags::*;
    let kind = Kind::Type;
    let size = crate::kinds::payload_size(kind);
    let data = TypeData {
        kind,
        basicsize: size,
        is_gc: true,
        extension: None,
        heap,
        name: std::cell::RefCell::new("type".to_string()),
        qualname: std::cell::RefCell::new("type".to_string()),
        flags: Cell::new(BASETYPE | IS_TYPE | HAS_DICT | WEAKREFABLE | IMMUTABLE),
        base: Default::default(),
        bases: Default::default(),
        mro: Default::default(),
        dict: crate::objects::dict::DictData::type_namespace(),
        slots: Default::default(),
        version: Cell::new(crate::types::fresh_version()),
        has_finalizer: Cell::new(false),
        subclasses: Default::default(),
        slot_names: Default::default(),
    };
    // SAFETY: as in `alloc`, with the type pointer aimed at the object itself.
    unsafe {
        let layout = Layout::from_size_align_unchecked(size + 8, 8);
        let base = std::alloc::alloc(layout);
        if base.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        std::ptr::write(
            base as *mut GcLink,
            GcLink {
                index: Cell::new(0),
            },
        );
        let obj = base.add(8) as *mut Obj<TypeData>;
        std::ptr::write(
            obj,
            Obj {
                header: Header {
                    refcnt: Cell::new(IMMORTAL),
                    kind,
                    flags: Cell::new(0),
                    _pad: 0,
                    ty: Cell::new(obj),
                },
                data,
            },
        );
        (*heap).track(&(*obj).header);
        // The self-reference from the header is not counted (the type is immortal).
        PyRef::from_value_unchecked(Value::from_header_ptr(obj as *const Header))
    }
}
