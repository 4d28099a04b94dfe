//! The end of the program: finalizers of what the program's modules still hold.
//!
//! CPython does not just exit: `Py_FinalizeEx` collects garbage while the modules are alive,
//! which leaves its collector's list in an order of its own (`gc::survivor_order`), then
//! drops the modules; the second collection finds their namespaces unreachable and runs every
//! finalizer in that list order, then clears them. Programs see this as `__del__` methods and
//! generators' `finally` blocks running after the last line, in a fixed order, which the
//! tracked-object list (kept in tracking order, as CPython's) lets us reproduce.

use std::collections::VecDeque;

use crate::kinds::Kind;
use crate::object::{flag, Header};
use crate::objects::module::ModuleData;
use crate::value::Value;
use crate::vm::Vm;

/// Runs the finalizers of everything reachable from the program's modules (`__main__` first,
/// then the others it imported, newest first), then clears their namespaces.
pub fn finalize_modules(vm: &mut Vm) {
    let _ = crate::gc::run_pending(vm);
    let modules: Vec<Value> = vm
        .modules
        .items()
        .into_iter()
        .map(|(_, m)| m)
        .filter(|m| m.downcast::<ModuleData>().is_some() && !is_native(vm, m))
        .collect();
    let main = modules
        .iter()
        .position(|m| module_name(vm, m) == "__main__");
    let mut order: Vec<Value> = Vec::new();
    if let Some(i) = main {
        order.push(modules[i].clone());
    }
    order.extend(
        modules
            .iter()
            .enumerate()
            .rev()
            .filter(|&(i, _)| Some(i) != main)
            .map(|(_, m)| m.clone()),
    );
    run_finalizers(vm, &order);
    let _ = crate::gc::run_pending(vm);
    for m in &order {
        clear_namespace(vm, m);
        let _ = crate::gc::run_pending(vm);
    }
    crate::gc::collect(vm);
    let _ = crate::gc::run_pending(vm);
}

fn module_name(vm: &Vm, m: &Value) -> String {
    let md = m.downcast::<ModuleData>().expect("module");
    md.dict
        .get_str(&vm.names.__name__)
        .and_then(|n| {
            n.downcast::<crate::objects::str::StrData>()
                .map(|s| s.as_str().to_string())
        })
        .unwrap_or_default()
}

/// Modules implemented in Rust hold nothing of the program's (`sys` aside, whose streams must
/// outlive every finalizer).
fn is_native(vm: &Vm, m: &Value) -> bool {
    let md = m.downcast::<ModuleData>().expect("module");
    md.dict.get_str(&vm.names.__file__).is_none()
}

/// Calls each finalizer once (PEP 442) of what the modules reach, in collector order.
fn run_finalizers(vm: &mut Vm, modules: &[Value]) {
    // Raw pointers only until the order is known: holding references would make everything
    // look referenced from outside to `survivor_order`. No Python code runs meanwhile.
    // Reached objects are marked with a header flag rather than kept in a set: the walk may
    // meet millions of containers.
    let mut reached: Vec<*const Header> = Vec::new();
    for m in modules {
        let md = m.downcast::<ModuleData>().expect("module");
        let mut queue: VecDeque<Value> = md.dict.items().into_iter().map(|(_, v)| v).collect();
        while let Some(v) = queue.pop_front() {
            let Some(h) = v.header() else { continue };
            // Objects of types the collector does not track hold no references that matter
            // here (strs, ints, floats, code); unless they have a finalizer they need no
            // visit, which keeps this walk small when the modules hold millions of them
            // (`children` leaves them out too).
            let td = h.type_data();
            if !td.is_gc && !td.has_finalizer.get() {
                continue;
            }
            if h.flags() & flag::REACHED_AT_EXIT != 0 {
                continue;
            }
            h.set_flag(flag::REACHED_AT_EXIT);
            reached.push(h as *const Header);
            // Other modules and the builtin types are not the program's garbage.
            if v.downcast::<ModuleData>().is_some() || h.kind() == Kind::Type && !is_heap_type(&v) {
                continue;
            }
            queue.extend(children(h));
        }
    }
    let in_collector_order = crate::gc::survivor_order(vm);
    let hold = |p: *const Header| {
        // SAFETY: the modules keep every reached object alive until the finalizers start,
        // and from then on these references do.
        unsafe {
            (*p).incref();
            Value::from_header_ptr(p)
        }
    };
    // SAFETY: reached objects are alive (see `hold`).
    let has_finalizer = |p: &*const Header| unsafe { (**p).type_data().has_finalizer.get() };
    let mut order: Vec<Value> = in_collector_order
        .into_iter()
        .filter(|p| has_finalizer(p) && unsafe { (**p).flags() } & flag::REACHED_AT_EXIT != 0)
        .map(hold)
        .collect();
    // Objects the collector does not track come last.
    order.extend(
        reached
            .iter()
            .filter(|&&p| unsafe { (*p).flags() } & flag::GC_TRACKED == 0 && has_finalizer(&p))
            .copied()
            .map(hold),
    );
    for &p in &reached {
        // SAFETY: as in `hold`: nothing has run since the walk.
        unsafe { (*p).clear_flag(flag::REACHED_AT_EXIT) };
    }
    for v in order {
        let h = v.header().expect("heap object");
        if h.flags() & flag::FINALIZED == 0 {
            h.set_flag(flag::FINALIZED);
            crate::gc::run_finalizer(vm, &v);
        }
    }
}

/// An object's references worth visiting (their order does not matter: only the set
/// reached is used): tracked containers and objects with finalizers.
fn children(h: &Header) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut keep = |c: &Value| {
        if let Some(ch) = c.header() {
            let td = ch.type_data();
            if td.is_gc || td.has_finalizer.get() {
                out.push(c.clone());
            }
        }
    };
    crate::kinds::traverse(h, &mut keep);
    // SAFETY: `h` is a live object; the extension holds its dict and slots.
    unsafe { crate::gc::traverse_extension(h, &mut keep) };
    out
}

fn is_heap_type(v: &Value) -> bool {
    v.downcast::<crate::types::TypeData>()
        .is_some_and(|t| t.flags.get() & crate::types::type_flags::HEAPTYPE != 0)
}

/// `_PyModule_ClearDict`: names with one leading underscore first, then the rest, each set to
/// None in the namespace's order (`__builtins__` stays).
fn clear_namespace(vm: &mut Vm, module: &Value) {
    let md = module.downcast::<ModuleData>().expect("module");
    let dict = md.dict.clone();
    let keys = dict.keys();
    for pass in 0..2 {
        for k in &keys {
            let Some(name) = k.downcast::<crate::objects::str::StrData>() else {
                continue;
            };
            let n = name.as_str();
            let underscore = n.starts_with('_') && !n.starts_with("__");
            let clear = if pass == 0 {
                underscore
            } else {
                !underscore && n != "__builtins__"
            };
            if clear && dict.set(vm, k.clone(), Value::NONE).is_err() {
                return;
            }
        }
    }
}
