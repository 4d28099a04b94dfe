//! Finalizers at safe points, and the cycle collector.
//!
//! Reference counting frees everything not in a cycle. The collector finds cycles the way
//! CPython's does: for every tracked container it subtracts the references coming from other
//! tracked containers from its count; what keeps a positive count is referenced from outside
//! (a frame, a Rust local, an untracked object) and everything reachable from those is alive.
//! The rest is garbage: finalizers run first (once per object, PEP 442), then, if still
//! unreachable, each object's references are cleared, which frees the whole cycle.

use crate::kinds::Kind;
use crate::object::{flag, Header};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Runs queued finalizers and weakref callbacks; may collect cycles when due.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    vm.heap.pending.set(false);
    // The finalizers run in the order CPython would run them at dealloc time: the objects a
    // finalized object's death frees come right after it, before the rest of the queue. So
    // this call takes the whole queue, and puts whatever each finalizer and its object's free
    // queue in front of what is left. A `__del__` that frees objects with `__del__` of its
    // own enters here again (from the dispatch loop) and runs only those, nested, as CPython
    // would.
    let mut work = std::mem::take(&mut *vm.heap.finalize_queue.borrow_mut());
    while let Some(obj) = work.pop_front() {
        run_finalizer(vm, &obj);
        drop(obj);
        let mut newer = std::mem::take(&mut *vm.heap.finalize_queue.borrow_mut());
        while let Some(v) = newer.pop_back() {
            work.push_front(v);
        }
    }
    loop {
        let next = vm.heap.weakref_callbacks.borrow_mut().pop_front();
        let Some((wr, cb)) = next else { break };
        if let Err(e) = vm.call1(&cb, wr) {
            report_unraisable(vm, &e, Some(&cb));
        }
    }
    if vm.heap.finalize_queue.borrow().is_empty() && vm.heap.weakref_callbacks.borrow().is_empty() {
        vm.heap.pending.set(false);
    } else {
        vm.heap.pending.set(true);
    }
    if vm.gc_state.enabled && vm.heap.allocations.get() >= vm.gc_state.threshold {
        let full = full_collection_due(vm);
        collect_generation(vm, full);
    }
    let due = if vm.gc_state.enabled && vm.gc_state.threshold > 0 {
        vm.gc_state.threshold
    } else {
        usize::MAX
    };
    vm.heap.collect_due_at.set(due);
    Ok(())
}

/// Calls `__del__` (or closes a generator) for an object whose last reference went away.
pub fn run_finalizer(vm: &mut Vm, obj: &Value) {
    if let Some(g) = obj.downcast_ref::<crate::objects::generator::GeneratorData>() {
        crate::interp::generator::finalize(vm, &g);
        return;
    }
    let ty = vm.type_of(obj);
    if let Some(del) = ty.lookup_str("__del__") {
        // As CPython's slot_tp_finalize: bound through `__get__` when it has one, otherwise
        // called as it is, with no arguments.
        let r = match vm.type_data_of(&del).slots.descr_get.get() {
            Some(get) => get(vm, &del, Some(obj), ty.as_value()).and_then(|m| vm.call0(&m)),
            None => vm.call0(&del),
        };
        if let Err(e) = r {
            report_unraisable(vm, &e, Some(&del));
        }
    }
}

/// `PyErr_WriteUnraisable`: calls `sys.unraisablehook` if the program set one, otherwise
/// writes the default report.
pub fn report_unraisable(vm: &mut Vm, e: &crate::vm::Exc, obj: Option<&Value>) {
    // An exception raised by native code has no traceback yet: 3.11 gives it the frame that
    // was running.
    if e.data().traceback.borrow().is_none() && !vm.frames.is_empty() {
        crate::traceback::add_traceback_entry(vm, e);
    }
    let hook = vm
        .sys_module
        .downcast::<crate::objects::module::ModuleData>()
        .and_then(|m| m.dict.get_rust_str("unraisablehook"));
    if let Some(hook) = hook {
        let is_default = vm
            .sys_module
            .downcast::<crate::objects::module::ModuleData>()
            .and_then(|m| m.dict.get_rust_str("__unraisablehook__"))
            .is_some_and(|d| d.is(&hook));
        if !is_default {
            let ty = match &vm.unraisable_hook_args {
                Some(t) => t.clone(),
                None => {
                    let t = crate::builtin_impls::structseq::new_type(
                        vm,
                        "UnraisableHookArgs",
                        &[
                            "exc_type",
                            "exc_value",
                            "exc_traceback",
                            "err_msg",
                            "object",
                        ],
                    );
                    vm.unraisable_hook_args = Some(t.clone());
                    t
                }
            };
            let exc = e.0.clone();
            let items = vec![
                vm.type_of(&exc).as_value().clone(),
                exc.clone(),
                e.data().traceback.borrow().clone().unwrap_or(Value::NONE),
                Value::NONE,
                obj.cloned().unwrap_or(Value::NONE),
            ];
            let args = crate::builtin_impls::structseq::new_value(vm, &ty, items);
            if let Err(e2) = vm.call1(&hook, args) {
                // CPython reports the hook's own failure with the default output.
                let m = "Exception ignored in sys.unraisablehook";
                write_default_unraisable(vm, &e2, Some(&hook), m);
            }
            return;
        }
    }
    write_default_unraisable(vm, e, obj, "Exception ignored in");
}

fn write_default_unraisable(vm: &mut Vm, e: &crate::vm::Exc, obj: Option<&Value>, msg: &str) {
    let mut out = String::new();
    if let Some(o) = obj {
        let r = vm
            .repr_string(o)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        out.push_str(&format!("{msg}: {r}\n"));
    }
    let mut seen = Vec::new();
    crate::traceback::format_exception(vm, &e.0, &mut out, &mut seen);
    crate::modules::sys::write_stderr(vm, &out);
}

#[derive(Debug)]
pub struct GcState {
    pub enabled: bool,
    pub threshold: usize,
    /// Objects that survived the last full collection, and those promoted since.
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
    pub garbage: Vec<Value>,
}

impl Default for GcState {
    fn default() -> GcState {
        GcState {
            enabled: true,
            threshold: 700,
            long_lived_total: 0,
            long_lived_pending: 0,
            collections: 0,
            collected: 0,
            uncollectable: 0,
            garbage: Vec::new(),
        }
    }
}

/// The tracked objects at one moment, indexed by their position in the heap's tracked list
/// (which each object's `GcLink` holds, so finding a referent's index needs no hashing).
/// Holes left by untracking stay as nulls. Nothing may be tracked, untracked or freed while
/// a `Graph` is in use.
struct Graph {
    /// The tracked list from `start` on.
    objs: Vec<*const Header>,
    start: usize,
}

impl Graph {
    /// All tracked objects.
    fn of(vm: &Vm) -> Graph {
        Graph::from(vm, 0)
    }

    /// The tracked objects from position `start` on (the young generation); references from
    /// older objects count as references from outside.
    fn from(vm: &Vm, start: usize) -> Graph {
        let tracked = vm.heap.tracked.borrow();
        let start = start.min(tracked.len());
        Graph {
            objs: tracked[start..].to_vec(),
            start,
        }
    }

    #[inline]
    fn index_of(&self, h: &Header) -> Option<usize> {
        if h.flags() & flag::GC_TRACKED == 0 {
            return None;
        }
        h.gc_index().checked_sub(self.start)
    }

    /// Calls `f` with the index of each tracked object `objs[i]` refers to (its payload, its
    /// instance dict and slots, its heap type), in no particular order.
    fn for_each_referent(&self, i: usize, mut f: impl FnMut(usize)) {
        // SAFETY: the objects of a graph are alive while it is in use.
        let h = unsafe { &*self.objs[i] };
        let mut visit = |v: &Value| {
            if let Some(r) = v.header().and_then(|x| self.index_of(x)) {
                f(r);
            }
        };
        crate::kinds::traverse(h, &mut visit);
        // SAFETY: as above.
        unsafe { traverse_extension(h, &mut visit) };
        // SAFETY: a live object's type is alive.
        let t = unsafe { &*(h.type_ptr() as *const Header) };
        if let Some(r) = self.index_of(t) {
            f(r);
        }
    }

    /// The tracked referents of `objs[i]` in the order CPython's `tp_traverse` visits them:
    /// lists and tuples from the end, then an instance's dict and slots (an instance's own
    /// dict is part of the instance in CPython 3.11, so its values count as the instance's),
    /// then a heap type.
    fn referents_in_cpython_order(&self, i: usize, out: &mut Vec<usize>) {
        out.clear();
        // SAFETY: as in `for_each_referent`.
        let h = unsafe { &*self.objs[i] };
        let mut push = |v: &Value| {
            if let Some(r) = v.header().and_then(|x| self.index_of(x)) {
                out.push(r);
            }
        };
        crate::kinds::traverse(h, &mut push);
        if matches!(h.kind(), Kind::List | Kind::Tuple) {
            out.reverse();
        }
        let mut own: Vec<*const Header> = Vec::new();
        // SAFETY: as above.
        unsafe {
            traverse_extension(h, &mut |v: &Value| {
                if let Some(x) = v.header() {
                    own.push(x as *const Header);
                }
            })
        };
        for &d in &own {
            // SAFETY: referents of a live object are alive.
            let d = unsafe { &*d };
            if d.flags() & flag::MANAGED_DICT != 0 && d.kind() == Kind::Dict {
                crate::kinds::traverse(d, &mut |x: &Value| {
                    if let Some(r) = x.header().and_then(|y| self.index_of(y)) {
                        out.push(r);
                    }
                });
            }
        }
        // SAFETY: referents of a live object are alive.
        out.extend(own.iter().filter_map(|&x| self.index_of(unsafe { &*x })));
        // SAFETY: a live object's type is alive.
        let t = unsafe { &*(h.type_ptr() as *const Header) };
        if let Some(r) = self.index_of(t) {
            out.push(r);
        }
    }

    /// Each object's references from outside the tracked set (`update_refs` then
    /// `subtract_refs`); holes get 0.
    fn external_refs(&self) -> Vec<i64> {
        let mut refs: Vec<i64> = self
            .objs
            .iter()
            // SAFETY: non-null entries are live tracked objects.
            .map(|&p| {
                if p.is_null() {
                    0
                } else {
                    i64::from(unsafe { (*p).refcount() })
                }
            })
            .collect();
        for i in 0..self.objs.len() {
            if !self.objs[i].is_null() {
                self.for_each_referent(i, |r| refs[r] -= 1);
            }
        }
        refs
    }
}

/// The order CPython's `move_unreachable` leaves the surviving objects in: list order, except
/// that an object first found with no outside references goes to the end when something
/// reachable refers to it.
pub(crate) fn survivor_order(vm: &Vm) -> Vec<*const Header> {
    let g = Graph::of(vm);
    let mut refs = g.external_refs();
    let mut young: Vec<usize> = (0..g.objs.len())
        .filter(|&i| !g.objs[i].is_null())
        .collect();
    let mut set_aside = vec![false; g.objs.len()];
    let mut order = Vec::with_capacity(young.len());
    let mut referents = Vec::new();
    let mut k = 0;
    while k < young.len() {
        let i = young[k];
        k += 1;
        if refs[i] > 0 {
            order.push(g.objs[i]);
            g.referents_in_cpython_order(i, &mut referents);
            for &r in &referents {
                if set_aside[r] {
                    set_aside[r] = false;
                    young.push(r);
                    refs[r] = 1;
                } else if refs[r] == 0 {
                    refs[r] = 1;
                }
            }
        } else {
            set_aside[i] = true;
        }
    }
    order
}

/// Finds the unreachable tracked objects from position `start` of the tracked list on.
fn unreachable(vm: &Vm, start: usize) -> Vec<*const Header> {
    let g = Graph::from(vm, start);
    let refs = g.external_refs();
    let mut reachable = vec![false; g.objs.len()];
    let mut stack: Vec<usize> = (0..g.objs.len())
        .filter(|&i| !g.objs[i].is_null() && refs[i] > 0)
        .collect();
    while let Some(i) = stack.pop() {
        if reachable[i] {
            continue;
        }
        reachable[i] = true;
        g.for_each_referent(i, |r| {
            if !reachable[r] {
                stack.push(r);
            }
        });
    }
    g.objs
        .iter()
        .enumerate()
        .filter(|&(i, p)| !p.is_null() && !reachable[i])
        .map(|(_, &p)| p)
        .collect()
}

pub(crate) unsafe fn traverse_extension(h: &Header, visit: &mut dyn FnMut(&Value)) {
    if let Some(ext) = h.type_data().extension {
        let base =
            (h as *const Header as *const u8).add(ext.offset as usize) as *const Option<Value>;
        for i in 0..1 + ext.nslots as usize {
            if let Some(v) = &*base.add(i) {
                visit(v);
            }
        }
    }
}

unsafe fn clear_extension(h: &Header) {
    if let Some(ext) = h.type_data().extension {
        let base = (h as *const Header as *mut u8).add(ext.offset as usize) as *mut Option<Value>;
        for i in 0..1 + ext.nslots as usize {
            let old = (*base.add(i)).take();
            drop(old);
        }
    }
}

/// Whether CPython's object for `v` would be of a GC type (`PyObject_IS_GC`).
pub fn is_gc_object(_vm: &Vm, v: &Value) -> bool {
    is_gc_value(v)
}

fn is_gc_value(v: &Value) -> bool {
    use crate::kinds::Kind;
    let Some(h) = v.header() else { return false };
    match h.kind() {
        Kind::Int
        | Kind::Float
        | Kind::Complex
        | Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::Range
        | Kind::Code => false,
        // Instances of classes defined in Python; `object()`, `...`, `NotImplemented` are not.
        Kind::Object => h.type_data().flags.get() & crate::types::type_flags::HEAPTYPE != 0,
        _ => true,
    }
}

/// `gc.is_tracked` as CPython 3.11 answers it: tuples are tracked until a collection finds
/// only atomic items in them (the empty tuple never is), dicts once they stored a key or
/// value that may be tracked (until a full collection finds none), other objects by type.
pub fn py_is_tracked(_vm: &Vm, v: &Value) -> bool {
    tracked_value(v)
}

fn tracked_value(v: &Value) -> bool {
    use crate::kinds::Kind;
    let Some(h) = v.header() else { return false };
    match h.kind() {
        Kind::Tuple => {
            let empty = v
                .downcast::<crate::objects::tuple::TupleData>()
                .is_some_and(|t| t.items().is_empty());
            !empty && h.flags() & flag::PY_UNTRACKED == 0
        }
        Kind::Dict => v
            .downcast::<crate::objects::dict::DictData>()
            .is_some_and(|d| d.py_tracked.get()),
        _ => is_gc_value(v),
    }
}

/// `_PyObject_GC_MAY_BE_TRACKED`.
pub fn may_be_tracked(v: &Value) -> bool {
    if !is_gc_value(v) {
        return false;
    }
    match v.header().map(|h| h.kind()) {
        Some(crate::kinds::Kind::Tuple) => tracked_value(v),
        _ => true,
    }
}

/// `untrack_dicts` of a full collection: dicts holding nothing that may be tracked.
pub fn untrack_dicts(vm: &Vm) {
    let tracked: Vec<*const Header> = vm.heap.tracked_objects();
    for p in tracked {
        // SAFETY: tracked objects are alive.
        let h = unsafe { &*p };
        if h.kind() != crate::kinds::Kind::Dict {
            continue;
        }
        // SAFETY: a live dict; the temporary reference is balanced.
        let v = unsafe {
            h.incref();
            Value::from_header_ptr(p)
        };
        if let Some(d) = v.downcast::<crate::objects::dict::DictData>() {
            if d.py_tracked.get()
                && !d
                    .items()
                    .iter()
                    .any(|(k, x)| may_be_tracked(k) || may_be_tracked(x))
            {
                d.py_tracked.set(false);
            }
        }
    }
}

/// `untrack_tuples`: untracks the exact tuples whose items may not be tracked (they can
/// never be part of a cycle), in the order a full collection leaves the list, or in list
/// order for the young generation.
fn untrack_tuples(vm: &Vm, young_start: Option<usize>) {
    let tracked = match young_start {
        None => survivor_order(vm),
        Some(start) => Graph::from(vm, start)
            .objs
            .into_iter()
            .filter(|p| !p.is_null())
            .collect(),
    };
    let tuple_type = vm.types.tuple.as_value().raw();
    for p in tracked {
        // SAFETY: tracked objects are alive.
        let h = unsafe { &*p };
        if h.kind() != crate::kinds::Kind::Tuple
            || h.type_ptr() as u64 != tuple_type
            || h.flags() & flag::PY_UNTRACKED != 0
        {
            continue;
        }
        // SAFETY: a live tuple; the temporary reference is balanced.
        let v = unsafe {
            h.incref();
            Value::from_header_ptr(p)
        };
        let atomic = v
            .downcast::<crate::objects::tuple::TupleData>()
            .is_some_and(|t| t.items().iter().all(|x| !may_be_tracked(x)));
        if atomic {
            h.set_flag(flag::PY_UNTRACKED);
            vm.heap.untrack(h);
        }
    }
}

/// A full collection; returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm) -> usize {
    collect_generation(vm, true)
}

/// Collects the young generation (what was tracked since the last collection) or, when
/// `full`, everything. Survivors become old either way. A full collection happens when the
/// objects promoted since the last one exceed a quarter of those that survived it, CPython's
/// rule, so the cost of collecting stays proportional to allocation.
pub fn collect_generation(vm: &mut Vm, full: bool) -> usize {
    let start = if full { 0 } else { vm.heap.young_start.get() };
    untrack_tuples(vm, (!full).then_some(start));
    vm.heap.allocations.set(0);
    vm.gc_state.collections += 1;
    let first = unreachable(vm, start);
    if first.is_empty() {
        promote(vm, full);
        return 0;
    }
    // Finalizers (once per object), with the garbage held alive meanwhile.
    let mut ran = false;
    let held: Vec<Value> = first
        .iter()
        .map(|&p| unsafe {
            (*p).incref();
            Value::from_header_ptr(p)
        })
        .collect();
    for v in &held {
        let h = v.header().expect("heap object");
        if h.type_data().has_finalizer.get() && h.flags() & flag::FINALIZED == 0 {
            h.set_flag(flag::FINALIZED);
            run_finalizer(vm, v);
            ran = true;
        }
    }
    drop(held);
    // Finalizers may have compacted the tracked list: where the young generation starts now.
    let start = if full { 0 } else { vm.heap.young_start.get() };
    let garbage = if ran {
        unreachable(vm, start)
    } else {
        first.clone()
    };
    let managed = |set: &[*const Header]| {
        set.iter()
            .filter(|&&p| unsafe { (*p).flags() & flag::MANAGED_DICT != 0 })
            .count()
    };
    let count = (first.len() - managed(&first)).max(garbage.len() - managed(&garbage));
    let held: Vec<Value> = garbage
        .iter()
        .map(|&p| unsafe {
            (*p).incref();
            Value::from_header_ptr(p)
        })
        .collect();
    for v in &held {
        let h = v.header().expect("heap object");
        if h.flags() & flag::HAS_WEAKREFS != 0 {
            vm.heap.clear_weakrefs(h as *const Header);
        }
    }
    for v in &held {
        let h = v.header().expect("heap object");
        crate::kinds::clear(h);
        unsafe { clear_extension(h) };
    }
    drop(held);
    vm.gc_state.collected += count;
    promote(vm, full);
    if !vm.heap.weakref_callbacks.borrow().is_empty() || !vm.heap.finalize_queue.borrow().is_empty()
    {
        vm.heap.pending.set(true);
    }
    count
}

/// After a collection: every survivor is old now.
fn promote(vm: &mut Vm, full: bool) {
    let len = vm.heap.tracked.borrow().len();
    let start = vm.heap.young_start.get().min(len);
    let young = vm.heap.tracked.borrow()[start..]
        .iter()
        .filter(|p| !p.is_null())
        .count();
    vm.heap.young_start.set(len);
    if full {
        vm.gc_state.long_lived_total = vm.heap.tracked_count();
        vm.gc_state.long_lived_pending = 0;
    } else {
        vm.gc_state.long_lived_pending += young;
    }
}

/// Whether the collection now due should be a full one.
pub(crate) fn full_collection_due(vm: &Vm) -> bool {
    vm.gc_state.long_lived_pending > vm.gc_state.long_lived_total / 4
}
