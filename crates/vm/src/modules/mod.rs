//! Native modules: `sys`, `math`, `time`, `gc`, `_weakref`/`weakref`, `_io` streams, and the
//! dynamic-code builtins (`compile`, `exec`, `eval`).

pub mod atexit;
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
use crate::vm::{PyResult, Vm};

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

/// A module written in Python and embedded in the binary: compiled by the configured
/// compiler when first imported, then run as a module named `name`.
pub fn python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult<PyRef<ModuleData>> {
    let filename = format!("<frozen {name}>");
    let optimize = vm.config.optimize;
    let Some(compiler) = vm.import_state.compiler.as_mut() else {
        return Err(vm.runtime_error("no compiler is configured for Python source"));
    };
    let r = compiler.compile_source(
        source.as_bytes(),
        &filename,
        crate::compile::Mode::Exec,
        0,
        optimize,
    );
    let compiled = r.map_err(|f| crate::import::compile_failure(vm, f))?;
    let code = crate::code_loader::load_code(vm, &std::rc::Rc::new(compiled.code))?;
    let m = vm.new_module(name);
    let k = vm.names.__builtins__.clone();
    m.dict.set_str(&k, vm.builtins_module.clone());
    let key = vm.new_str(name);
    let modules = vm.modules.clone();
    modules.set(vm, key.clone(), m.as_value().clone())?;
    if let Err(e) = crate::import::run_code(vm, code, m.dict.clone(), None) {
        let _ = modules.remove(vm, &key);
        return Err(e);
    }
    Ok(m)
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
    vm.register_native_module("_weakref", weakref::init_native);
    vm.register_native_module("atexit", atexit::init);
    vm.register_native_module("_frozen_importlib", |vm| {
        python_module(vm, "_frozen_importlib", include_str!("frozen_importlib.py"))
    });
    vm.register_native_module("weakref", weakref::init);
}
