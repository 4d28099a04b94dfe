//! `weakref` / `_weakref` (the parts that need no Python code).

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("weakref");
    let v = vm.types.weakref.as_value().clone();
    super::set(vm, &m, "ref", v);
    let v = vm.types.weakref.as_value().clone();
    super::set(vm, &m, "ReferenceType", v);
    super::add_functions(
        vm,
        &m,
        &[("getweakrefcount", |vm, a| {
            let x = a.exactly_one(vm, "getweakrefcount")?;
            let n = x
                .header()
                .and_then(|h| {
                    vm.heap
                        .weakrefs
                        .borrow()
                        .get(&(h as *const crate::object::Header))
                        .map(|l| l.len())
                })
                .unwrap_or(0);
            Ok(vm.new_int(n as i64))
        })],
    );
    Ok(m)
}
