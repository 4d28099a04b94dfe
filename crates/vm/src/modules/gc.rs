//! `gc`.

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("gc");
    super::add_functions(
        vm,
        &m,
        &[
            ("collect", |vm, a| {
                let _ = a.parse(vm, "collect", &["generation"], 0)?;
                crate::gc::run_pending(vm)?;
                let n = crate::gc::collect(vm);
                crate::gc::run_pending(vm)?;
                Ok(vm.new_int(n as i64))
            }),
            ("enable", |vm, _| {
                vm.gc_state.enabled = true;
                Ok(Value::NONE)
            }),
            ("disable", |vm, _| {
                vm.gc_state.enabled = false;
                Ok(Value::NONE)
            }),
            ("isenabled", |vm, _| {
                Ok(Value::from_bool(vm.gc_state.enabled))
            }),
            ("get_count", |vm, _| {
                let n = vm.heap.allocations.get() as i64;
                Ok(vm.new_tuple(vec![vm.new_int(n), vm.new_int(0), vm.new_int(0)]))
            }),
            ("get_threshold", |vm, _| {
                Ok(vm.new_tuple(vec![vm.new_int(700), vm.new_int(10), vm.new_int(10)]))
            }),
            ("set_threshold", |_, _| Ok(Value::NONE)),
            ("is_tracked", |vm, a| {
                let x = a.exactly_one(vm, "is_tracked")?;
                Ok(Value::from_bool(x.header().is_some_and(|h| {
                    h.flags() & crate::object::flag::GC_TRACKED != 0
                })))
            }),
            ("is_finalized", |vm, a| {
                let x = a.exactly_one(vm, "is_finalized")?;
                Ok(Value::from_bool(x.header().is_some_and(|h| {
                    h.flags() & crate::object::flag::FINALIZED != 0
                })))
            }),
        ],
    );
    let g = vm.new_list(Vec::new());
    super::set(vm, &m, "garbage", g);
    Ok(m)
}
