//! `set` and `frozenset`: CPython's open-addressing table (linear probes of nine, then
//! perturbation; resized at 60% fill), reproduced exactly so that iteration order — which
//! programs print — matches CPython's for the same hashes.

use std::cell::{Cell, RefCell};

use crate::object::Trace;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
struct Slot {
    /// 0 with no key: never used; -1 with no key: a dummy left by a removal.
    hash: i64,
    key: Option<Value>,
}

struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            slots: vec![Slot::default(); MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

pub struct SetData {
    table: RefCell<Table>,
    /// Bumped on every change, so iterators and lookups that ran Python code notice.
    version: Cell<u64>,
    /// Cached hash of a frozenset (-1 before it is computed).
    pub hash: Cell<i64>,
}

impl Default for SetData {
    fn default() -> SetData {
        SetData {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            hash: Cell::new(-1),
        }
    }
}

impl Trace for SetData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for s in &t.slots {
                if let Some(k) = &s.key {
                    visit(k);
                }
            }
        }
    }
    fn clear(&self) {
        self.clear();
    }
}

/// The slot indices `set_add_entry` visits, endlessly.
fn probe(mask: usize, hash: i64) -> impl Iterator<Item = usize> {
    let mut perturb = hash as u64;
    let mut start = (hash as u64 as usize) & mask;
    let mut offset = 0usize;
    std::iter::from_fn(move || {
        let limit = if start + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if offset > limit {
            perturb >>= PERTURB_SHIFT;
            start = start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
            offset = 0;
        }
        let slot = start + offset;
        offset += 1;
        Some(slot)
    })
}

fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    let (x, y) = (
        a.downcast::<crate::objects::str::StrData>(),
        b.downcast::<crate::objects::str::StrData>(),
    );
    if let (Some(x), Some(y)) = (x, y) {
        if crate::objects::str_ops::is_exact_str(a) && crate::objects::str_ops::is_exact_str(b) {
            return Some(x.as_str() == y.as_str());
        }
    }
    None
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_insert_clean`: the key is known absent and the table has no dummies on its path.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        for i in probe(mask, hash) {
            if self.slots[i].key.is_none() {
                self.slots[i] = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
        }
    }

    /// `set_table_resize`.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.fill = self.used;
        for s in old {
            if let Some(k) = s.key {
                self.insert_clean(s.hash, k);
            }
        }
    }
}

enum Found {
    Active(usize),
    /// Not present; the slot where `set_add_entry` would put it.
    Absent {
        slot: usize,
        unused: bool,
    },
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
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

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Finds `key`, calling Python `==` for candidates with an equal hash, and restarting if
    /// that changed the set (as `set_add_entry`'s `goto restart`).
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let version = self.version.get();
            let mut free: Option<usize> = None;
            let mask = self.table.borrow().mask();
            for i in probe(mask, hash) {
                // Only a key with an equal hash is worth a reference (and a comparison).
                let (shash, active, skey) = {
                    let t = self.table.borrow();
                    let s = &t.slots[i];
                    let candidate = match &s.key {
                        Some(k) if s.hash == hash => Some(k.clone()),
                        _ => None,
                    };
                    (s.hash, s.key.is_some(), candidate)
                };
                if active && skey.is_none() {
                    continue;
                }
                match skey {
                    None if shash == 0 => {
                        return Ok(match free {
                            Some(f) => Found::Absent {
                                slot: f,
                                unused: false,
                            },
                            None => Found::Absent {
                                slot: i,
                                unused: true,
                            },
                        })
                    }
                    None => {
                        if free.is_none() {
                            free = Some(i);
                        }
                    }
                    Some(k) if shash == hash => {
                        let eq = match fast_eq(&k, key) {
                            Some(b) => b,
                            None => {
                                let r = vm.eq_bool(&k, key)?;
                                if self.version.get() != version {
                                    continue 'restart;
                                }
                                r
                            }
                        };
                        if eq {
                            return Ok(Found::Active(i));
                        }
                    }
                    Some(_) => {}
                }
            }
            unreachable!("set probe sequence is endless");
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.contains_hashed(vm, key, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(vm, key, hash)?, Found::Active(_)))
    }

    /// Adds `key`; returns whether it was new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self.find(vm, &key, hash)? {
            Found::Active(_) => Ok(false),
            Found::Absent { slot, unused } => {
                let mut t = self.table.borrow_mut();
                t.slots[slot] = Slot {
                    hash,
                    key: Some(key),
                };
                t.used += 1;
                if unused {
                    t.fill += 1;
                    if t.fill * 5 >= t.mask() * 3 {
                        let min_used = if t.used > 50_000 {
                            t.used * 2
                        } else {
                            t.used * 4
                        };
                        t.resize(min_used);
                    }
                }
                drop(t);
                self.bump();
                Ok(true)
            }
        }
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, key, hash)
    }

    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.find(vm, key, hash)? {
            Found::Active(i) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    let s = &mut t.slots[i];
                    s.hash = -1;
                    s.key.take()
                };
                self.bump();
                drop(old);
                Ok(true)
            }
            Found::Absent { .. } => Ok(false),
        }
    }

    /// Active elements with their hashes, in table (iteration) order.
    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| Some((s.hash, s.key.clone()?)))
            .collect()
    }

    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| s.key.clone())
            .collect()
    }

    /// The next active slot at or after `pos`, for iterators.
    pub fn item_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        (pos..t.slots.len()).find_map(|i| t.slots[i].key.clone().map(|k| (i, k)))
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// `set_pop`: CPython scans from a moving finger; we scan from the start, which gives the
    /// same element for sets that were not popped from before.
    pub fn pop(&self) -> Option<Value> {
        let r = {
            let mut t = self.table.borrow_mut();
            let i = t.slots.iter().position(|s| s.key.is_some())?;
            t.used -= 1;
            let s = &mut t.slots[i];
            s.hash = -1;
            s.key.take()
        };
        self.bump();
        r
    }

    /// Copies another set's table as `set_merge` does into an empty set of the same size:
    /// slot for slot, so the copy iterates in the same order.
    pub fn copy_from(&self, other: &SetData) {
        let o = other.table.borrow();
        let mut t = self.table.borrow_mut();
        if t.used == 0 && t.fill == 0 {
            // set_merge: grow first, then copy slot for slot when the sizes now agree.
            if (t.fill + o.used) * 5 >= t.mask() * 3 {
                let n = (t.used + o.used) * 2;
                t.resize(n);
            }
            if t.slots.len() == o.slots.len() && o.fill == o.used {
                t.slots = o.slots.clone();
                t.fill = o.fill;
                t.used = o.used;
            } else {
                for s in o.slots.iter() {
                    if let Some(k) = &s.key {
                        t.insert_clean(s.hash, k.clone());
                        t.fill += 1;
                        t.used += 1;
                    }
                }
            }
            drop(t);
            self.bump();
        }
    }
}
