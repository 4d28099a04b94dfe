//! `_weakref` (native) and `weakref` (Python source in `weakref.py`, compiled on first
//! import, over `_weakref`).

use crate::object::PyRef;
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::objects::weakref::WeakRefData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const WEAKREF_SOURCE: &str = include_str!("weakref.py");

/// The weak reference objects pointing at `x`, oldest first.
fn refs_to(vm: &Vm, x: &Value) -> Vec<Value> {
    let Some(h) = x.header() else {
        return Vec::new();
    };
    let table = vm.heap.weakrefs.borrow();
    let Some(list) = table.get(&(h as *const crate::object::Header)) else {
        return Vec::new();
    };
    list.iter()
        .map(|&r| {
            // SAFETY: the table holds live weak reference objects.
            unsafe {
                (*r).incref();
                Value::from_header_ptr(r)
            }
        })
        .collect()
}

pub fn init_native(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("_weakref");
    let v = vm.types.weakref.as_value().clone();
    super::set(vm, &m, "ref", v.clone());
    super::set(vm, &m, "ReferenceType", v);
    super::add_functions(
        vm,
        &m,
        &[
            ("getweakrefcount", |vm, a| {
                let x = a.exactly_one(vm, "getweakrefcount")?;
                Ok(vm.new_int(refs_to(vm, x).len() as i64))
            }),
            ("getweakrefs", |vm, a| {
                let x = a.exactly_one(vm, "getweakrefs")?;
                let l = refs_to(vm, x);
                Ok(vm.new_list(l))
            }),
            ("_remove_dead_weakref", |vm, a| {
                let r = a.unpack(vm, "_remove_dead_weakref", 2, 2)?;
                let Some(d) = r[0].downcast::<DictData>() else {
                    return Err(vm.type_error(format!(
                        "_remove_dead_weakref() argument 1 must be dict, not {}",
                        vm.type_name(&r[0])
                    )));
                };
                let key = r[1].clone();
                if let Some(w) = d.get(vm, &key)? {
                    let dead = w
                        .downcast::<WeakRefData>()
                        .is_some_and(|w| w.get().is_none());
                    if dead {
                        d.remove(vm, &key)?;
                    }
                }
                Ok(Value::NONE)
            }),
        ],
    );
    Ok(m)
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    super::python_module(vm, "weakref", WEAKREF_SOURCE)
}
