//! `dict`: an insertion-ordered hash table (entries in order, plus an index table probed as
//! CPython probes it), whose key comparison may call Python `__eq__`.
//!
//! A Python `__eq__` can mutate the very dict being searched. Every structural change bumps
//! `version`; a lookup that called out to Python re-checks it and starts over when it moved, so
//! it never follows a stale index. The same `version` is what specialized instructions will
//! guard globals and builtins on.

use std::cell::{Cell, RefCell};

use crate::object::{PyRef, Trace};
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

struct Entry {
    hash: i64,
    /// `None` once deleted (the slot keeps its place in the order until the next rebuild).
    key: Option<Value>,
    value: Option<Value>,
}

#[derive(Default)]
struct Table {
    entries: Vec<Entry>,
    /// Power-of-two sized; empty until the first insertion.
    indices: Vec<u32>,
    used: usize,
    /// Names this table's set of keys and their entry positions for the specialized
    /// instructions' caches: 0 until one asks (`DictData::keys_version`), reset to 0 by any
    /// insertion, deletion or rebuild. Assigned from one counter, so equal versions mean the
    /// same dict with the same keys at the same positions.
    keys_version: u32,
    /// Bit `hash % 64` of every key ever inserted (until a clear): a key whose bit is not
    /// set is certainly absent, found without probing. What makes the common miss cheap,
    /// such as a method looked up in an instance dict that only holds data attributes.
    hash_bits: u64,
}

/// A key's bit in `Table::hash_bits`.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

#[derive(Default)]
pub struct DictData {
    table: RefCell<Table>,
    version: Cell<u64>,
    /// What `gc.is_tracked` reports: set when a key or value that may be tracked is stored
    /// (CPython's MAINTAIN_TRACKING), cleared only by a full collection that finds none.
    pub py_tracked: Cell<bool>,
    /// This is the `dict` field of a `TypeData`: every change gives the type (and its
    /// subclasses) a new version, whoever makes it, so caches keyed by type versions can
    /// never see a stale namespace.
    is_type_namespace: bool,
}

impl Trace for DictData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in &t.entries {
                if let Some(k) = &e.key {
                    visit(k);
                }
                if let Some(v) = &e.value {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        self.clear();
    }
}

/// What a probe found: the entry index, or where a new index would go.
enum Probe {
    Found(usize),
    Missing,
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Probes for `hash` calling `same(entry_key)` on candidates with an equal hash.
    fn probe_with(&self, hash: i64, mut same: impl FnMut(&Value) -> bool) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some(k) = &e.key {
                        if same(k) {
                            return Probe::Found(ix as usize);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The first empty index slot for `hash` (the key is known to be absent).
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The index slot holding entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as u32 {
                return i;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Makes room for one more entry: rebuilds (dropping deleted entries) when the index is
    /// two-thirds full, growing it to hold three times the live entries (CPython's policy).
    fn reserve_one(&mut self) {
        let size = self.indices.len();
        if size != 0 && (self.entries.len() + 1) * 3 <= size * 2 {
            return;
        }
        let mut new_size = 8;
        while new_size * 2 < (self.used + 1) * 3 {
            new_size *= 2;
        }
        if self.entries.len() != self.used {
            self.entries.retain(|e| e.key.is_some());
        }
        self.indices = vec![EMPTY; new_size];
        for ix in 0..self.entries.len() {
            let slot = self.free_slot(self.entries[ix].hash);
            self.indices[slot] = ix as u32;
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_version = 0;
        self.hash_bits |= hash_bit(hash);
        self.reserve_one();
        let slot = self.free_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry {
            hash,
            key: Some(key),
            value: Some(value),
        });
        self.used += 1;
    }

    fn remove_at(&mut self, ix: usize) -> (Value, Value) {
        self.keys_version = 0;
        let hash = self.entries[ix].hash;
        let slot = self.slot_of(hash, ix);
        self.indices[slot] = DUMMY;
        let e = &mut self.entries[ix];
        let k = e.key.take().expect("live entry");
        let v = e.value.take().expect("live entry");
        self.used -= 1;
        (k, v)
    }
}

/// Key equality without running Python: identity, or equal exact strs / small ints.
/// `None` means Python `==` must decide.
#[inline]
fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
        if crate::objects::str_ops::is_exact_str(a) && crate::objects::str_ops::is_exact_str(b) {
            return Some(x.as_str() == y.as_str());
        }
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    None
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }

    /// The namespace of a type (see `is_type_namespace`); only `TypeData::dict` is one.
    pub fn type_namespace() -> DictData {
        DictData {
            is_type_namespace: true,
            ..DictData::default()
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// The table without a borrow check, for the specialized instructions' fast paths.
    ///
    /// # Safety
    /// No mutable borrow of the table is live (the dispatch loop holds none while it runs
    /// an instruction's fast path, and nothing it calls there mutates dicts).
    #[inline(always)]
    unsafe fn raw(&self) -> &Table {
        &*self.table.as_ptr()
    }

    /// The current keys version, assigning a fresh one if the keys changed since the last
    /// time one was asked for (see `Table::keys_version`).
    pub fn keys_version(&self) -> u32 {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
        let mut t = self.table.borrow_mut();
        if t.keys_version == 0 {
            // Wrapping past u32::MAX would reuse versions; skip 0, which means "none".
            let v = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            t.keys_version = if v == 0 { 1 } else { v };
        }
        t.keys_version
    }

    /// Whether the keys are still those of `version` (a version from `keys_version`).
    #[inline(always)]
    pub fn keys_unchanged(&self, version: u32) -> bool {
        // SAFETY: see `raw`.
        unsafe { self.raw().keys_version == version }
    }

    /// The value of entry `ix`, for a cache that checked `keys_unchanged`.
    #[inline(always)]
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        // SAFETY: see `raw`.
        unsafe { self.raw().entries.get(ix).and_then(|e| e.value.clone()) }
    }

    /// The entry index of a str key, without running Python.
    pub fn index_of_str(&self, key: &StrData) -> Option<usize> {
        let t = self.table.borrow();
        match t.probe_with(key.hash(), |k| {
            k.downcast::<StrData>()
                .is_some_and(|s| std::ptr::eq(s, key) || s.as_str() == key.as_str())
        }) {
            Probe::Found(ix) => Some(ix),
            Probe::Missing => None,
        }
    }

    /// The value stored under `key` if entry `hint` holds that very key object (attribute
    /// names are interned, so an instance dict's keys are the code's name objects).
    #[inline(always)]
    pub fn get_at_hint(&self, hint: usize, key: &PyRef<StrData>) -> Option<Value> {
        // SAFETY: see `raw`.
        let t = unsafe { self.raw() };
        let e = t.entries.get(hint)?;
        // The very key object (one word compared, without touching the key itself).
        match &e.key {
            Some(k) if k.raw() == key.as_value().raw() => e.value.clone(),
            _ => None,
        }
    }

    /// Replaces the value under `key` if entry `hint` holds that very key object; gives the
    /// value back otherwise.
    #[inline(always)]
    pub fn set_at_hint(
        &self,
        hint: usize,
        key: &PyRef<StrData>,
        value: Value,
    ) -> Result<(), Value> {
        let old = {
            let mut t = self.table.borrow_mut();
            let Some(e) = t.entries.get_mut(hint) else {
                return Err(value);
            };
            match &e.key {
                Some(k) if k.raw() == key.as_value().raw() => {}
                _ => return Err(value),
            }
            self.note_tracking_value(&value);
            e.value.replace(value)
        };
        self.bump();
        drop(old);
        Ok(())
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        if self.is_type_namespace {
            // SAFETY: only `TypeData::dict` is made by `type_namespace`.
            unsafe { crate::types::namespace_owner(self).modified() };
        }
    }

    /// Finds `key` (already hashed), calling Python `==` where needed.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let version = self.version.get();
            let mut needs_python: Vec<(usize, Value)> = Vec::new();
            let probe = {
                let t = self.table.borrow();
                if t.indices.is_empty() {
                    return Ok(None);
                }
                let mask = t.mask();
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                loop {
                    let ix = t.indices[i];
                    if ix == EMPTY {
                        break None;
                    }
                    if ix != DUMMY {
                        let e = &t.entries[ix as usize];
                        if e.hash == hash {
                            if let Some(k) = &e.key {
                                match fast_key_eq(k, key) {
                                    Some(true) if needs_python.is_empty() => {
                                        break Some(ix as usize)
                                    }
                                    Some(true) => {
                                        needs_python.push((ix as usize, k.clone()));
                                        break None;
                                    }
                                    Some(false) => {}
                                    None => needs_python.push((ix as usize, k.clone())),
                                }
                            }
                        }
                    }
                    perturb >>= PERTURB_SHIFT;
                    i = (i
                        .wrapping_mul(5)
                        .wrapping_add(perturb as usize)
                        .wrapping_add(1))
                        & mask;
                }
            };
            if probe.is_some() {
                return Ok(probe);
            }
            // Candidates whose equality only Python can decide, in probe order.
            for (ix, k) in needs_python {
                let eq = if fast_key_eq(&k, key) == Some(true) {
                    true
                } else {
                    vm.eq_bool(&k, key)?
                };
                if self.version.get() != version {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(ix));
                }
            }
            return Ok(None);
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self
            .find(vm, key, hash)?
            .and_then(|ix| self.table.borrow().entries[ix].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    fn note_tracking_value(&self, value: &Value) {
        if !self.py_tracked.get() && crate::gc::may_be_tracked(value) {
            self.py_tracked.set(true);
        }
    }

    fn note_tracking(&self, key: &Value, value: &Value) {
        if !self.py_tracked.get()
            && (crate::gc::may_be_tracked(key) || crate::gc::may_be_tracked(value))
        {
            self.py_tracked.set(true);
        }
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        self.note_tracking(&key, &value);
        let old = match self.find(vm, &key, hash)? {
            Some(ix) => self.table.borrow_mut().entries[ix].value.replace(value),
            None => {
                self.table.borrow_mut().insert_new(hash, key, value);
                None
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.remove_hashed(vm, key, hash)
    }

    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(vm, key, hash)? {
            Some(ix) => {
                let (k, v) = self.table.borrow_mut().remove_at(ix);
                self.bump();
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// Lookup by a str key without running Python (attribute names, globals).
    #[inline]
    pub fn get_str(&self, key: &StrData) -> Option<Value> {
        let hash = key.hash();
        let t = self.table.borrow();
        if t.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        match t.probe_with(hash, |k| {
            k.downcast::<StrData>()
                .is_some_and(|s| std::ptr::eq(s, key) || s.as_str() == key.as_str())
        }) {
            Probe::Found(ix) => t.entries[ix].value.clone(),
            Probe::Missing => None,
        }
    }

    pub fn get_rust_str(&self, key: &str) -> Option<Value> {
        let hash = bytecode::set_order::hash_str_text(key);
        let t = self.table.borrow();
        match t.probe_with(hash, |k| {
            k.downcast::<StrData>().is_some_and(|s| s.as_str() == key)
        }) {
            Probe::Found(ix) => t.entries[ix].value.clone(),
            Probe::Missing => None,
        }
    }

    /// Stores under a str key without running Python.
    pub fn set_str(&self, key: &PyRef<StrData>, value: Value) {
        self.note_tracking(key.as_value(), &value);
        let hash = key.hash();
        let old = {
            let mut t = self.table.borrow_mut();
            match t.probe_with(hash, |k| {
                k.downcast::<StrData>()
                    .is_some_and(|s| s.as_str() == key.as_str())
            }) {
                Probe::Found(ix) => t.entries[ix].value.replace(value),
                Probe::Missing => {
                    t.insert_new(hash, key.as_value().clone(), value);
                    None
                }
            }
        };
        self.bump();
        drop(old);
    }

    pub fn remove_str(&self, key: &StrData) -> Option<Value> {
        let hash = key.hash();
        let removed = {
            let mut t = self.table.borrow_mut();
            match t.probe_with(hash, |k| {
                k.downcast::<StrData>()
                    .is_some_and(|s| s.as_str() == key.as_str())
            }) {
                Probe::Found(ix) => Some(t.remove_at(ix)),
                Probe::Missing => None,
            }
        };
        removed.map(|(k, v)| {
            self.bump();
            drop(k);
            v
        })
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Entry `pos` of the order (skipping deleted ones): the next live position at or after
    /// `pos`, with its key and value.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut i = pos;
        while i < t.entries.len() {
            let e = &t.entries[i];
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                return Some((i, k.clone(), v.clone()));
            }
            i += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter_map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter_map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter_map(|e| Some((e.key.clone()?, e.value.clone()?)))
            .collect()
    }

    /// Items with their hashes, for copying without rehashing.
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter_map(|e| Some((e.hash, e.key.clone()?, e.value.clone()?)))
            .collect()
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = {
            let mut t = self.table.borrow_mut();
            let ix = t.entries.iter().rposition(|e| e.key.is_some())?;
            let r = t.remove_at(ix);
            // Trailing deleted entries can go: nothing refers to them.
            while t.entries.last().is_some_and(|e| e.key.is_none()) {
                t.entries.pop();
            }
            if t.used == 0 {
                *t = Table::default();
            } else {
                // Indices of popped trailing entries are DUMMY already; rebuild to drop them.
                let n = t.entries.len();
                for slot in t.indices.iter_mut() {
                    if *slot != EMPTY && *slot != DUMMY && *slot as usize >= n {
                        *slot = DUMMY;
                    }
                }
            }
            r
        };
        self.bump();
        Some(r)
    }

    /// Inserts an item known to be absent with a known hash (copying a dict).
    pub fn insert_unique(&self, hash: i64, key: Value, value: Value) {
        self.note_tracking(&key, &value);
        self.table.borrow_mut().insert_new(hash, key, value);
        self.bump();
    }
}

/// `dict` objects: the table plus nothing else.
pub type DictRef = PyRef<DictData>;

/// `types.MappingProxyType`: a read-only view of a mapping (a class's namespace).
pub struct MappingProxyData {
    pub mapping: Value,
}

impl Trace for MappingProxyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `dict_keys`, `dict_values`, `dict_items`.
pub struct DictViewData {
    pub dict: Value,
    pub kind: DictViewKind,
}

impl Trace for DictViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}
