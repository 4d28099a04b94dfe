//! Native modules: `sys`, `math`, `time`, `gc`, `_weakref`/`weakref`, `_io` streams, and the
//! dynamic-code builtins (`compile`, `exec`, `eval`).

pub mod dynamic;
pub mod gc;
pub mod io;
pub mod math;
pub mod sys;
pub mod time;
pub mod warnings;
pub mod weakref;

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::objects::native::{NativeFn, NativeFunctionData};
use crate::value::Value;
use crate::vm::Vm;

/// Adds native functions to a module.
pub fn add_functions(vm: &mut Vm, m: &PyRef<ModuleData>, funcs: &[(&'static str, NativeFn)]) {
    for (name, f) in funcs {
        let v = crate::object::alloc(
            &vm.types.builtin_function,
            NativeFunctionData {
                name,
                qualname: name.to_string(),
                f: *f,
                this: Some(m.as_value().clone()),
                pass_this: false,
                module: Some(m.as_value().clone()),
                doc: None,
                fastcall: false,
                arg_check: crate::objects::native::ArgCheck::Any,
            },
        )
        .into_value();
        let k = vm.intern(name);
        m.dict.set_str(&k, v);
    }
}

pub fn set(vm: &mut Vm, m: &PyRef<ModuleData>, name: &str, v: Value) {
    let k = vm.intern(name);
    m.dict.set_str(&k, v);
}

pub fn register_all(vm: &mut Vm) {
    vm.register_native_module("sys", |vm| {
        Ok(PyRef::from_value_unchecked(vm.sys_module.clone()))
    });
    vm.register_native_module("builtins", |vm| {
        Ok(PyRef::from_value_unchecked(vm.builtins_module.clone()))
    });
    vm.register_native_module("math", math::init);
    vm.register_native_module("time", time::init);
    vm.register_native_module("gc", gc::init);
    vm.register_native_module("_weakref", weakref::init);
    vm.register_native_module("weakref", weakref::init);
}
