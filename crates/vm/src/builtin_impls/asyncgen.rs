//! Async generators: `asend`, `athrow`, `aclose` and the wrapper that marks their yields.
//!
//! Not built yet: async generators raise a clear error when iterated.

use crate::object::PyRef;
use crate::objects::generator::GeneratorData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    super::add_method(vm, &t, "__aiter__", |_, a| Ok(a.values[0].clone()));
    super::add_method(vm, &t, "__anext__", |vm, a| {
        let g: PyRef<GeneratorData> = PyRef::from_value_unchecked(a.values[0].clone());
        asend(vm, &g, Value::NONE)
    });
    for name in ["asend", "athrow", "aclose"] {
        super::add_method(vm, &t, name, |vm, _| Err(not_yet(vm)));
    }
}

fn not_yet(vm: &Vm) -> crate::vm::Exc {
    vm.not_implemented_error("async generators are not supported yet")
}

pub fn asend(vm: &mut Vm, _g: &PyRef<GeneratorData>, _v: Value) -> PyResult<Value> {
    Err(not_yet(vm))
}

pub fn wrap_value(_vm: &mut Vm, v: Value) -> Value {
    v
}
