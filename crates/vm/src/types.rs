//! Type objects: `TypeData`, the payload of every class, builtin or defined in Python.
//!
//! A type records its instances' native layout (`kind`, `basicsize`, the optional extension
//! holding `__dict__` and `__slots__`), its MRO, its namespace, and the *slots*: native
//! function pointers the interpreter calls for each protocol (`tp_repr`, `nb_add`, ...), as in
//! CPython. Builtin types fill slots with native code and expose them to Python as wrapper
//! descriptors (`int.__add__`); a class defined in Python gets, for each special method found
//! along its MRO, either that native function (when the method is the builtin's own wrapper) or
//! a generic function that calls the Python method (see `slots.rs`).
//!
//! `version` changes whenever the type or anything on its MRO changes, so caches keyed by it
//! (attribute lookups, and later the specializer and the JIT) stay valid.

use std::cell::{Cell, RefCell};

use crate::heap::Heap;
use crate::kinds::Kind;
use crate::object::{Obj, Payload, PyRef, TypeRef};
use crate::objects::dict::DictData;
use crate::objects::str::StrData;
use crate::slots::Slots;
use crate::value::Value;

/// Where a Python class keeps `__dict__` and `__slots__` values in its instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extension {
    /// Byte offset from the header: the dict pointer (`Option<Value>`), then the slots.
    pub offset: u32,
    pub nslots: u32,
}

pub mod type_flags {
    /// Can be subclassed.
    pub const BASETYPE: u32 = 1 << 0;
    /// Defined by a class statement (attributes settable, `__module__` from the namespace).
    pub const HEAPTYPE: u32 = 1 << 1;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// Instances may be weakly referenced.
    pub const WEAKREFABLE: u32 = 1 << 3;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 1 << 4;
    /// `type(...)` calls of this exact type with one argument return the argument's type.
    pub const IS_TYPE: u32 = 1 << 5;
    /// Has `__abstractmethods__`: instantiation checks it.
    pub const ABSTRACT: u32 = 1 << 6;
    /// `collections.abc.Sequence`-like for `match` (`Py_TPFLAGS_SEQUENCE`).
    pub const SEQUENCE: u32 = 1 << 7;
    /// `Mapping`-like for `match` (`Py_TPFLAGS_MAPPING`).
    pub const MAPPING: u32 = 1 << 8;
    /// Immutable builtin type: attribute assignment is refused.
    pub const IMMUTABLE: u32 = 1 << 9;
}

pub struct TypeData {
    pub kind: Kind,
    /// Bytes of one instance from the header on (payload and extension).
    pub basicsize: usize,
    pub is_gc: bool,
    pub extension: Option<Extension>,
    pub heap: *const Heap,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub flags: Cell<u32>,
    /// The "solid base" whose layout instances share (`tp_base`).
    pub base: RefCell<Option<TypeRef>>,
    pub bases: RefCell<Vec<TypeRef>>,
    /// The method resolution order, this type first.
    pub mro: RefCell<Vec<TypeRef>>,
    pub dict: DictData,
    pub slots: Slots,
    pub version: Cell<u32>,
    /// Instances need finalizing (`__del__`, or generators that must be closed).
    pub has_finalizer: Cell<bool>,
    /// Subclasses, weakly (a dying subclass removes itself), for version invalidation and
    /// `__subclasses__()`.
    pub subclasses: RefCell<Vec<*const Obj<TypeData>>>,
    /// `__slots__` names in slot order (for member descriptors and pickling-free `__repr__`).
    pub slot_names: RefCell<Vec<String>>,
}

impl TypeData {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// Looks `name` up along the MRO (no descriptors invoked), as `_PyType_Lookup` does,
    /// through the lookup cache.
    #[inline]
    pub fn lookup(&self, name: &PyRef<StrData>) -> Option<Value> {
        let version = self.version.get();
        let slot = lookup_cache_slot(version, name);
        LOOKUP_CACHE.with(|cache| {
            // SAFETY: the cache is this thread's; nothing else borrows it during a probe.
            let e = unsafe { &*cache[slot].get() };
            if e.version == version && std::ptr::eq(e.name_ptr(), &**name) {
                // SAFETY: see `LookupEntry::value`.
                return (e.value != 0).then(|| unsafe { Value::clone_from_raw(e.value) });
            }
            let found = self.lookup_uncached(name);
            // SAFETY: as above; the old entry's name is released after the write.
            let old = unsafe {
                std::mem::replace(
                    &mut *cache[slot].get(),
                    LookupEntry {
                        version,
                        name: Some(name.as_value().clone()),
                        value: found.as_ref().map_or(0, |v| v.raw()),
                    },
                )
            };
            drop(old);
            found
        })
    }

    /// `lookup` walking the MRO's namespaces.
    pub fn lookup_uncached(&self, name: &StrData) -> Option<Value> {
        for ty in self.mro.borrow().iter() {
            if let Some(v) = ty.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        for ty in self.mro.borrow().iter() {
            if let Some(v) = ty.dict.get_rust_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `issubclass(self, other)` along the MRO.
    pub fn is_subtype(&self, other: &TypeRef) -> bool {
        let me = self as *const TypeData;
        if std::ptr::eq(me, &**other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| t.is(other))
    }

    /// Invalidates caches keyed by this type's version and its subclasses'.
    pub fn modified(&self) {
        self.version.set(next_version());
        for &sub in self.subclasses.borrow().iter() {
            // SAFETY: subclasses unregister themselves before they are freed.
            unsafe { (*sub).data.modified() };
        }
    }
}

/// One entry of the lookup cache (CPython's method cache): what `lookup` found for `name` on
/// the type whose version was `version`. Types get a fresh version whenever their namespace or
/// anything on their MRO changes, and versions are never reused, so an entry whose version
/// matches a live type's is still right; `value` (a value's word, 0 for "not found") is
/// borrowed from the namespace that holds it, which cannot have changed either. The entry owns
/// a reference to `name`, so the address it compares cannot be reused by another string.
struct LookupEntry {
    version: u32,
    name: Option<Value>,
    value: u64,
}

impl LookupEntry {
    #[inline(always)]
    fn name_ptr(&self) -> *const StrData {
        match &self.name {
            Some(v) => v
                .downcast::<StrData>()
                .map_or(std::ptr::null(), |s| s as *const _),
            None => std::ptr::null(),
        }
    }
}

const LOOKUP_CACHE_SIZE: usize = 4096;

thread_local! {
    static LOOKUP_CACHE: Box<[std::cell::UnsafeCell<LookupEntry>]> = (0..LOOKUP_CACHE_SIZE)
        .map(|_| std::cell::UnsafeCell::new(LookupEntry { version: 0, name: None, value: 0 }))
        .collect();
}

#[inline(always)]
fn lookup_cache_slot(version: u32, name: &PyRef<StrData>) -> usize {
    ((version as u64).wrapping_mul(0x9E37_79B9) ^ (name.as_value().raw() >> 4)) as usize
        & (LOOKUP_CACHE_SIZE - 1)
}

/// Forgets every cached lookup, releasing the names the entries hold. A VM that goes away
/// calls it, so that no entry outlives the strings it refers to.
pub fn clear_lookup_cache() {
    LOOKUP_CACHE.with(|cache| {
        for e in cache.iter() {
            // SAFETY: see `TypeData::lookup`; no probe is in progress.
            let old = unsafe {
                std::mem::replace(
                    &mut *e.get(),
                    LookupEntry {
                        version: 0,
                        name: None,
                        value: 0,
                    },
                )
            };
            drop(old);
        }
    });
}

/// The type whose `dict` field `d` is.
///
/// # Safety
/// `d` is the `dict` field of a live `TypeData`.
pub(crate) unsafe fn namespace_owner(d: &DictData) -> &TypeData {
    let offset = std::mem::offset_of!(TypeData, dict);
    &*((d as *const DictData as *const u8).sub(offset) as *const TypeData)
}

fn next_version() -> u32 {
    thread_local! { static NEXT: Cell<u32> = const { Cell::new(1) }; }
    NEXT.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

pub(crate) fn fresh_version() -> u32 {
    next_version()
}

impl Drop for TypeData {
    fn drop(&mut self) {
        let me = self as *const TypeData;
        for base in self.bases.borrow().iter() {
            base.subclasses
                .borrow_mut()
                .retain(|&s| !std::ptr::eq(unsafe { &(*s).data } as *const TypeData, me));
        }
    }
}

impl crate::object::Trace for TypeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.traverse(visit);
        for b in self.bases.borrow().iter() {
            visit(b.as_value());
        }
        for m in self.mro.borrow().iter() {
            visit(m.as_value());
        }
    }
    fn clear(&self) {
        self.dict.clear();
        self.mro.borrow_mut().clear();
    }
}

impl TypeRef {
    pub fn is_subtype_of(&self, other: &TypeRef) -> bool {
        self.is(other) || self.mro.borrow().iter().any(|t| t.is(other))
    }
}

pub(crate) fn _assert_payload<T: Payload>() {}
