//! Native iterators. Each has its own Python type (`list_iterator`, `enumerate`, `zip`, ...);
//! they share this layout and differ in `IterState`.

use std::cell::RefCell;

use crate::object::Trace;
use crate::value::Value;

pub enum IterState {
    /// A list or tuple by index (a list iterator re-reads the length every step).
    Seq {
        seq: Value,
        index: usize,
    },
    /// A str by code point, remembering the byte position.
    Str {
        s: Value,
        byte: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    /// A range whose bounds fit in machine words.
    Range {
        next: i64,
        step: i64,
        remaining: i64,
        /// The first value and the length at creation (for `__reduce__`/`__setstate__`).
        start: i64,
        len: i64,
    },
    /// A range with big bounds: the range object and an int index.
    BigRange {
        range: Value,
        index: Value,
    },
    /// dict keys/values/items (`kind` 0/1/2) from entry `pos`; `len` at creation detects
    /// changes in size.
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        kind: u8,
        seen: usize,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
        seen: usize,
    },
    /// The `__getitem__` protocol.
    GetItem {
        obj: Value,
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        callable: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Exhausted,
}

pub struct IterData {
    pub state: RefCell<IterState>,
    /// The last pair a dict-items or enumerate iterator returned, refilled in place for the
    /// next one when nothing else holds it any more (CPython's `di_result`/`en_result`):
    /// `for k, v in d.items()` unpacks each pair at once, so one tuple serves every step.
    pub last_pair: RefCell<Option<Value>>,
}

impl IterData {
    pub fn new(state: IterState) -> IterData {
        IterData {
            state: RefCell::new(state),
            last_pair: RefCell::new(None),
        }
    }

    /// The pair `(a, b)`: the last one, refilled, when this iterator holds its only
    /// reference; a new tuple (remembered for the next step) otherwise.
    pub fn pair(&self, vm: &crate::vm::Vm, a: Value, b: Value) -> Value {
        let mut last = self.last_pair.borrow_mut();
        if let Some(t) = last.as_ref() {
            let reusable = t.header().is_some_and(|h| h.refcount() == 1)
                && t.downcast::<crate::objects::tuple::TupleData>()
                    .is_some_and(|d| d.len() == 2);
            if reusable {
                let d = t
                    .downcast::<crate::objects::tuple::TupleData>()
                    .expect("tuple");
                // SAFETY: nothing but this iterator sees the tuple, so no one observes it
                // change; each slot holds a value, replaced (and released) once.
                let (old_a, old_b) = unsafe { (d.replace_item(0, a), d.replace_item(1, b)) };
                // It may hold containers now: `gc.is_tracked` must say so again.
                t.header()
                    .expect("object")
                    .clear_flag(crate::object::flag::PY_UNTRACKED);
                let r = t.clone();
                drop(last);
                drop(old_a);
                drop(old_b);
                return r;
            }
        }
        let t = vm.new_tuple([a, b]);
        let old = last.replace(t.clone());
        drop(last);
        drop(old);
        t
    }
}

impl Trace for IterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(p) = self.last_pair.try_borrow() {
            if let Some(t) = &*p {
                visit(t);
            }
        }
        let Ok(s) = self.state.try_borrow() else {
            return;
        };
        match &*s {
            IterState::Seq { seq, .. } => visit(seq),
            IterState::Str { s, .. } => visit(s),
            IterState::Bytes { b, .. } => visit(b),
            IterState::BigRange { range, index } => {
                visit(range);
                visit(index);
            }
            IterState::Dict { dict, .. } => visit(dict),
            IterState::Set { set, .. } => visit(set),
            IterState::GetItem { obj, .. } => visit(obj),
            IterState::Callable { callable, sentinel } => {
                visit(callable);
                visit(sentinel);
            }
            IterState::Enumerate { iter, count } => {
                visit(iter);
                visit(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(visit),
            IterState::Map { func, iters } => {
                visit(func);
                iters.iter().for_each(visit);
            }
            IterState::Filter { func, iter } => {
                visit(func);
                visit(iter);
            }
            IterState::Reversed { seq, .. } => visit(seq),
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
    fn clear(&self) {
        let old = self.state.replace(IterState::Exhausted);
        drop(old);
        let old = self.last_pair.replace(None);
        drop(old);
    }
}
