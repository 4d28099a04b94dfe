//! `atexit`: functions run when the program ends, newest first.

use std::cell::RefCell;

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct Callback {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(String, Value)>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

/// Runs and forgets the registered functions, newest first; errors are reported as
/// CPython's "Exception ignored in atexit callback".
pub fn run_exitfuncs(vm: &mut Vm) {
    loop {
        let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            break;
        };
        let mut values = cb.args.clone();
        let mut names = Vec::new();
        for (k, v) in &cb.kwargs {
            names.push(vm.new_str(k.as_str()));
            values.push(v.clone());
        }
        let args = Args {
            values: &values,
            kwnames: &names,
        };
        if let Err(e) = vm.call(&cb.func, args) {
            if vm.exc_matches(&e, &vm.exc.SystemExit.clone()) {
                continue;
            }
            let r = vm
                .repr_string(&cb.func)
                .unwrap_or_else(|_| "<object>".to_string());
            crate::modules::sys::write_stderr(
                vm,
                &format!("Exception ignored in atexit callback: {r}\n"),
            );
            crate::gc::report_unraisable(vm, &e, None);
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("atexit");
    super::add_functions(
        vm,
        &m,
        &[
            ("register", |vm, a| {
                let p = a.pos();
                let Some(func) = p.first().cloned() else {
                    return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
                };
                if !crate::builtins_module::is_callable(vm, &func) {
                    return Err(vm.type_error("the first argument must be callable"));
                }
                let cb = Callback {
                    func: func.clone(),
                    args: p[1..].to_vec(),
                    kwargs: a.kwargs(),
                };
                CALLBACKS.with(|c| c.borrow_mut().push(cb));
                Ok(func)
            }),
            ("unregister", |vm, a| {
                let f = a.exactly_one(vm, "atexit.unregister")?.clone();
                let all = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
                let mut keep = Vec::new();
                for cb in all {
                    if !vm.compare_bool(&cb.func, &f, crate::slots::CompareOp::Eq)? {
                        keep.push(cb);
                    }
                }
                CALLBACKS.with(|c| {
                    let mut c = c.borrow_mut();
                    let added = std::mem::take(&mut *c);
                    *c = keep;
                    c.extend(added);
                });
                Ok(Value::NONE)
            }),
            ("_run_exitfuncs", |vm, a| {
                a.none(vm, "atexit._run_exitfuncs")?;
                run_exitfuncs(vm);
                Ok(Value::NONE)
            }),
            ("_clear", |vm, a| {
                a.none(vm, "atexit._clear")?;
                CALLBACKS.with(|c| c.borrow_mut().clear());
                Ok(Value::NONE)
            }),
            ("_ncallbacks", |vm, a| {
                a.none(vm, "atexit._ncallbacks")?;
                Ok(vm.new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
            }),
        ],
    );
    Ok(m)
}
