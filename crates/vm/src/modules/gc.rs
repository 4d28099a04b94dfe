//! `gc`: the collector's switches and counters, `is_tracked` with CPython's lazy untracking,
//! referents and referrers, callbacks, freeze.

use crate::object::PyRef;
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

thread_local! {
    static STATE: std::cell::RefCell<ModState> = const { std::cell::RefCell::new(ModState {
        thresholds: [700, 10, 10],
        debug: 0,
        frozen: 0,
    }) };
}

struct ModState {
    thresholds: [i64; 3],
    debug: i64,
    frozen: usize,
}

/// The objects `v`'s `tp_traverse` would visit, in CPython's order where it matters: a dict
/// whose keys are all str visits only its values.
fn referents(vm: &Vm, v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if !crate::gc::is_gc_object(vm, v) {
        return out;
    }
    if let Some(d) = v.downcast::<DictData>() {
        let items = d.items();
        let str_keys = items
            .iter()
            .all(|(k, _)| k.downcast::<crate::objects::str::StrData>().is_some());
        for (k, x) in items {
            out.push(x);
            if !str_keys {
                out.push(k);
            }
        }
        return out;
    }
    let Some(h) = v.header() else { return out };
    // subtype_traverse: __slots__ values, then the instance's attribute values (or its dict
    // once Python code has seen it), then the class; then the base type's own references.
    if let Some(ext) = h.type_data().extension {
        // SAFETY: the extension holds the dict then `nslots` slot values at its offset.
        let items: Vec<Option<Value>> = unsafe {
            let base = (h as *const crate::object::Header as *const u8).add(ext.offset as usize)
                as *const Option<Value>;
            (0..1 + ext.nslots as usize)
                .map(|i| (*base.add(i)).clone())
                .collect()
        };
        for x in items[1..].iter().flatten() {
            out.push(x.clone());
        }
        if let Some(d) = &items[0] {
            // CPython 3.11 keeps the attributes inline (no dict object) only for classes
            // whose instances are plain objects underneath.
            let managed = h.kind() == crate::kinds::Kind::Object
                && d.header()
                    .is_some_and(|dh| dh.flags() & crate::object::flag::MANAGED_DICT != 0);
            match d.downcast::<DictData>() {
                Some(dd) if managed => out.extend(dd.values()),
                _ => out.push(d.clone()),
            }
        }
        out.push(vm.type_of(v).as_value().clone());
    }
    let mut own = Vec::new();
    crate::kinds::traverse(h, &mut |x: &Value| own.push(x.clone()));
    if matches!(
        h.kind(),
        crate::kinds::Kind::List | crate::kinds::Kind::Tuple
    ) {
        // list_traverse and tupletraverse visit from the end.
        own.reverse();
    }
    out.extend(own);
    out
}

fn run_callbacks(vm: &mut Vm, m: &Value, phase: &str, gen: i64, collected: usize) -> PyResult<()> {
    let k = vm.intern("callbacks");
    let Some(cbs) = vm.getattr_opt(m, &k)? else {
        return Ok(());
    };
    let Some(l) = cbs.downcast::<ListData>() else {
        return Ok(());
    };
    let cbs = l.snapshot();
    for cb in cbs {
        let info = vm.new_dict();
        let kg = vm.new_str("generation");
        info.set(vm, kg, vm.new_int(gen))?;
        let kc = vm.new_str("collected");
        info.set(vm, kc, vm.new_int(collected as i64))?;
        let ku = vm.new_str("uncollectable");
        info.set(vm, ku, vm.new_int(0))?;
        let args = [vm.new_str(phase), info.into_value()];
        if let Err(e) = vm.call(&cb, Args::positional(&args)) {
            crate::gc::report_unraisable(vm, &e, Some(&cb));
        }
    }
    Ok(())
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("gc");
    super::add_functions(
        vm,
        &m,
        &[
            ("collect", |vm, a| {
                let r = a.parse(vm, "collect", &["generation"], 0)?;
                let gen = match &r[0] {
                    Some(g) => crate::builtin_impls::int::index(vm, g)?
                        .to_i64()
                        .unwrap_or(-1),
                    None => 2,
                };
                if !(0..=2).contains(&gen) {
                    return Err(vm.value_error("invalid generation"));
                }
                let module = vm.modules.get_rust_str("gc").unwrap_or(Value::NONE);
                run_callbacks(vm, &module, "start", gen, 0)?;
                crate::gc::run_pending(vm)?;
                if gen == 2 {
                    crate::gc::untrack_dicts(vm);
                }
                let n = crate::gc::collect(vm);
                crate::gc::run_pending(vm)?;
                run_callbacks(vm, &module, "stop", gen, n)?;
                Ok(vm.new_int(n as i64))
            }),
            ("enable", |vm, a| {
                a.none(vm, "gc.enable")?;
                vm.gc_state.enabled = true;
                Ok(Value::NONE)
            }),
            ("disable", |vm, a| {
                a.none(vm, "gc.disable")?;
                vm.gc_state.enabled = false;
                Ok(Value::NONE)
            }),
            ("isenabled", |vm, a| {
                a.none(vm, "gc.isenabled")?;
                Ok(Value::from_bool(vm.gc_state.enabled))
            }),
            ("get_count", |vm, a| {
                a.none(vm, "gc.get_count")?;
                let n = vm.heap.allocations.get() as i64;
                Ok(vm.new_tuple([vm.new_int(n), vm.new_int(0), vm.new_int(0)]))
            }),
            ("get_threshold", |vm, a| {
                a.none(vm, "gc.get_threshold")?;
                let t = STATE.with(|s| s.borrow().thresholds);
                Ok(vm.new_tuple(t.iter().map(|&x| vm.new_int(x))))
            }),
            ("set_threshold", |vm, a| {
                a.no_kwargs(vm, "set_threshold")?;
                let p = a.pos();
                if p.is_empty() {
                    return Err(
                        vm.type_error("set_threshold() takes at least 1 argument (0 given)")
                    );
                }
                if p.len() > 3 {
                    return Err(vm.type_error(format!(
                        "set_threshold() takes at most 3 arguments ({} given)",
                        p.len()
                    )));
                }
                let mut t = STATE.with(|s| s.borrow().thresholds);
                for (i, x) in p.iter().enumerate() {
                    if x.downcast::<crate::objects::float::FloatData>().is_some() {
                        return Err(
                            vm.type_error("'float' object cannot be interpreted as an integer")
                        );
                    }
                    t[i] = crate::builtin_impls::int::index_isize(vm, x)?;
                }
                STATE.with(|s| s.borrow_mut().thresholds = t);
                vm.gc_state.threshold = if t[0] <= 0 { usize::MAX } else { t[0] as usize };
                Ok(Value::NONE)
            }),
            ("get_debug", |vm, a| {
                a.none(vm, "gc.get_debug")?;
                Ok(vm.new_int(STATE.with(|s| s.borrow().debug)))
            }),
            ("set_debug", |vm, a| {
                let x = a.exactly_one(vm, "gc.set_debug")?.clone();
                let d = crate::builtin_impls::int::index_isize(vm, &x)?;
                STATE.with(|s| s.borrow_mut().debug = d);
                Ok(Value::NONE)
            }),
            ("is_tracked", |vm, a| {
                let x = a.exactly_one(vm, "gc.is_tracked")?;
                Ok(Value::from_bool(crate::gc::py_is_tracked(vm, x)))
            }),
            ("is_finalized", |vm, a| {
                let x = a.exactly_one(vm, "gc.is_finalized")?;
                Ok(Value::from_bool(x.header().is_some_and(|h| {
                    h.flags() & crate::object::flag::FINALIZED != 0
                })))
            }),
            ("get_referents", |vm, a| {
                a.no_kwargs(vm, "get_referents")?;
                let mut out = Vec::new();
                for v in a.pos() {
                    out.extend(referents(vm, v));
                }
                Ok(vm.new_list(out))
            }),
            ("get_referrers", |vm, a| {
                a.no_kwargs(vm, "get_referrers")?;
                let targets: Vec<u64> = a.pos().iter().map(|v| v.raw()).collect();
                let tracked: Vec<*const crate::object::Header> = vm.heap.tracked_objects();
                let mut out = Vec::new();
                for p in tracked {
                    // SAFETY: tracked objects are alive; the reference is balanced.
                    let v = unsafe {
                        (*p).incref();
                        Value::from_header_ptr(p)
                    };
                    if referents(vm, &v).iter().any(|r| targets.contains(&r.raw())) {
                        out.push(v);
                    }
                }
                Ok(vm.new_list(out))
            }),
            ("get_objects", |vm, a| {
                let r = a.parse(vm, "get_objects", &["generation"], 0)?;
                if let Some(g) = r[0].as_ref().filter(|g| !g.is_none()) {
                    let g = crate::builtin_impls::int::index_isize(vm, g)?;
                    if g >= 3 {
                        return Err(vm.value_error(
                            "generation parameter must be less than the number of available generations (3)",
                        ));
                    }
                    if g < 0 {
                        return Err(vm.value_error("generation parameter cannot be negative"));
                    }
                }
                let tracked: Vec<*const crate::object::Header> = vm.heap.tracked_objects();
                let mut out = Vec::new();
                for p in tracked {
                    // SAFETY: tracked objects are alive; the reference is balanced.
                    let v = unsafe {
                        (*p).incref();
                        Value::from_header_ptr(p)
                    };
                    if crate::gc::py_is_tracked(vm, &v) {
                        out.push(v);
                    }
                }
                Ok(vm.new_list(out))
            }),
            ("get_stats", |vm, a| {
                a.none(vm, "gc.get_stats")?;
                let mut out = Vec::new();
                for gen in 0..3 {
                    let d = vm.new_dict();
                    let (c, n) = if gen == 2 {
                        (vm.gc_state.collections, vm.gc_state.collected)
                    } else {
                        (0, 0)
                    };
                    for (k, x) in [("collections", c), ("collected", n), ("uncollectable", 0)] {
                        let k = vm.new_str(k);
                        d.set(vm, k, vm.new_int(x as i64))?;
                    }
                    out.push(d.into_value());
                }
                Ok(vm.new_list(out))
            }),
            ("freeze", |vm, a| {
                a.none(vm, "gc.freeze")?;
                let n = vm.heap.tracked_count();
                STATE.with(|s| s.borrow_mut().frozen = n);
                Ok(Value::NONE)
            }),
            ("unfreeze", |vm, a| {
                a.none(vm, "gc.unfreeze")?;
                STATE.with(|s| s.borrow_mut().frozen = 0);
                Ok(Value::NONE)
            }),
            ("get_freeze_count", |vm, a| {
                a.none(vm, "gc.get_freeze_count")?;
                Ok(vm.new_int(STATE.with(|s| s.borrow().frozen) as i64))
            }),
        ],
    );
    let g = vm.new_list(Vec::new());
    super::set(vm, &m, "garbage", g);
    let c = vm.new_list(Vec::new());
    super::set(vm, &m, "callbacks", c);
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        super::set(vm, &m, name, vm.new_int(v));
    }
    Ok(m)
}
