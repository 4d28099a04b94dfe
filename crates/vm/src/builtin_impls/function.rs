//! `function`, bound `method`, `builtin_function_or_method`, `cell`.

use crate::object::{alloc, PyRef};
use crate::objects::dict::DictData;
use crate::objects::function::{CellData, FunctionData, MethodData};
use crate::objects::native::{Args, NativeFunctionData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::CompareOp;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.function.clone();
    t.slots.descr_get.set(Some(function_get));
    t.slots.repr.set(Some(function_repr));
    t.slots.call.set(Some(function_call));
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|_, v| Ok(func(v).name.borrow().clone())),
        Some(set_func_name),
    );
    super::add_getset(
        vm,
        &t,
        "__qualname__",
        Some(|_, v| Ok(func(v).qualname.borrow().clone())),
        Some(set_func_qualname),
    );
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|_, v| Ok(func(v).doc.borrow().clone())),
        Some(|_, v, n| {
            *func(v).doc.borrow_mut() = n.unwrap_or(Value::NONE);
            Ok(())
        }),
    );
    super::add_getset(
        vm,
        &t,
        "__module__",
        Some(|_, v| Ok(func(v).module.borrow().clone())),
        Some(|_, v, n| {
            *func(v).module.borrow_mut() = n.unwrap_or(Value::NONE);
            Ok(())
        }),
    );
    super::add_getset(
        vm,
        &t,
        "__defaults__",
        Some(|_, v| Ok(func(v).defaults.borrow().clone().unwrap_or(Value::NONE))),
        Some(set_defaults),
    );
    super::add_getset(
        vm,
        &t,
        "__kwdefaults__",
        Some(|_, v| Ok(func(v).kwdefaults.borrow().clone().unwrap_or(Value::NONE))),
        Some(set_kwdefaults),
    );
    super::add_getset(
        vm,
        &t,
        "__code__",
        Some(|_, v| Ok(func(v).code.borrow().as_value().clone())),
        Some(set_code),
    );
    super::add_getset(
        vm,
        &t,
        "__globals__",
        Some(|_, v| Ok(func(v).globals.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__builtins__",
        Some(|_, v| Ok(func(v).builtins.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__closure__",
        Some(|_, v| Ok(func(v).closure.clone().unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__annotations__",
        Some(get_annotations),
        Some(|vm, v, n| {
            let n = n.filter(|x| !x.is_none());
            if n.as_ref()
                .is_some_and(|x| x.downcast::<DictData>().is_none())
            {
                return Err(vm.type_error("__annotations__ must be set to a dict object"));
            }
            *func(v).annotations.borrow_mut() = n;
            Ok(())
        }),
    );
    super::add_getset(
        vm,
        &t,
        "__dict__",
        Some(super::descr::instance_dict_get),
        Some(super::descr::instance_dict_set),
    );

    let t = vm.types.method.clone();
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|vm, v| {
            let f = meth(v).func.clone();
            let n = vm.names.__doc__.clone();
            Ok(vm.getattr_opt(&f, &n)?.unwrap_or(Value::NONE))
        }),
        None,
    );
    t.slots.new.set(Some(|vm, _ty, a| {
        let r = a.unpack(vm, "method", 2, 2)?;
        if !crate::builtins_module::is_callable(vm, &r[0]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if r[1].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        Ok(alloc(
            &vm.types.method,
            MethodData {
                func: r[0].clone(),
                this: r[1].clone(),
            },
        )
        .into_value())
    }));
    super::object::add_new_wrapper(vm, &t);
    t.slots.call.set(Some(method_call));
    t.slots.repr.set(Some(method_repr));
    t.slots.getattro.set(Some(method_getattro));
    t.slots.richcompare.set(Some(method_richcompare));
    t.slots.hash.set(Some(method_hash));
    t.slots.descr_get.set(Some(|_, d, _, _| Ok(d.clone())));
    super::add_getset(
        vm,
        &t,
        "__func__",
        Some(|_, v| Ok(meth(v).func.clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__self__",
        Some(|_, v| Ok(meth(v).this.clone())),
        None,
    );

    let t = vm.types.method_wrapper.clone();
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|vm, v| Ok(super::descr::slot_wrapper_doc(vm, &meth(v).func))),
        None,
    );
    t.slots.call.set(Some(method_call));
    t.slots.repr.set(Some(method_wrapper_repr));
    super::add_getset(
        vm,
        &t,
        "__self__",
        Some(|_, v| Ok(meth(v).this.clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|vm, v| {
            let f = meth(v).func.clone();
            vm.getattr_str(&f, "__name__")
        }),
        None,
    );

    let t = vm.types.builtin_function.clone();
    t.slots.call.set(Some(builtin_call));
    t.slots.repr.set(Some(builtin_repr));
    t.slots.richcompare.set(Some(builtin_richcompare));
    t.slots.hash.set(Some(builtin_hash));
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|vm, v| Ok(vm.new_str(native(v).name))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__qualname__",
        Some(|vm, v| Ok(vm.new_str(native(v).qualname.clone()))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__self__",
        Some(|_, v| {
            let n = native(v);
            Ok(if n.pass_this {
                n.this.clone().unwrap_or(Value::NONE)
            } else {
                // The module (a function made with only a module name has none).
                n.module
                    .clone()
                    .filter(|m| m.downcast::<StrData>().is_none())
                    .unwrap_or(Value::NONE)
            })
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__module__",
        Some(|_, v| {
            Ok(native(v)
                .module
                .as_ref()
                .and_then(|m| {
                    // A module, or (for functions made without one) the module's name.
                    if m.downcast::<StrData>().is_some() {
                        return Some(m.clone());
                    }
                    m.downcast::<crate::objects::module::ModuleData>()
                        .and_then(|md| md.dict.get_rust_str("__name__"))
                })
                .unwrap_or(Value::NONE))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|vm, v| {
            let n = native(v);
            let doc = n.doc.or_else(|| {
                // A builtin function, or a method of a builtin type bound to an object.
                let is_builtins = n.module.as_ref().is_some_and(|m| m.is(&vm.builtins_module));
                match n.qualname.rsplit_once('.') {
                    Some((owner, name)) => crate::builtin_docs_lookup::member_doc(owner, name),
                    None if is_builtins => crate::builtin_docs_lookup::function_doc(n.name),
                    None => n
                        .module
                        .as_ref()
                        .and_then(|m| m.downcast::<crate::objects::module::ModuleData>())
                        .and_then(|m| m.dict.get_rust_str("__name__"))
                        .and_then(|m| {
                            m.downcast::<crate::objects::str::StrData>().and_then(|s| {
                                crate::builtin_docs_lookup::module_doc(s.as_str(), n.name)
                            })
                        }),
                }
            });
            Ok(doc.map(|d| vm.new_str(d)).unwrap_or(Value::NONE))
        }),
        None,
    );

    let t = vm.types.cell.clone();
    t.slots.repr.set(Some(cell_repr));
    super::add_getset(vm, &t, "cell_contents", Some(cell_get), Some(cell_set));
}

fn func(v: &Value) -> &FunctionData {
    v.downcast::<FunctionData>().expect("function")
}

fn meth(v: &Value) -> &MethodData {
    v.downcast::<MethodData>().expect("method")
}

fn native(v: &Value) -> &NativeFunctionData {
    v.downcast::<NativeFunctionData>()
        .expect("builtin function")
}

pub fn new_method(vm: &mut Vm, f: Value, this: Value) -> Value {
    alloc(&vm.types.method, MethodData { func: f, this }).into_value()
}

fn function_get(vm: &mut Vm, f: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    match obj {
        None => Ok(f.clone()),
        Some(o) => Ok(new_method(vm, f.clone(), o.clone())),
    }
}

fn function_call(vm: &mut Vm, f: &Value, args: Args<'_>) -> PyResult<Value> {
    let f: PyRef<FunctionData> = PyRef::from_value_unchecked(f.clone());
    crate::interp::call::call_function(vm, &f, args)
}

fn function_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let q = func(v).qualname.borrow().clone();
    let q = q
        .downcast::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!("<function {q} at {:#x}>", v.raw())))
}

fn set_func_name(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n.filter(|x| x.downcast::<StrData>().is_some()) {
        Some(n) => {
            *func(v).name.borrow_mut() = n;
            Ok(())
        }
        None => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

fn set_func_qualname(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n.filter(|x| x.downcast::<StrData>().is_some()) {
        Some(n) => {
            *func(v).qualname.borrow_mut() = n;
            Ok(())
        }
        None => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}

fn set_defaults(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|x| !x.is_none());
    if let Some(x) = &n {
        if x.downcast::<TupleData>().is_none() {
            return Err(vm.type_error("__defaults__ must be set to a tuple object"));
        }
    }
    *func(v).defaults.borrow_mut() = n;
    func(v).version.set(crate::types::fresh_version());
    Ok(())
}

fn set_kwdefaults(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|x| !x.is_none());
    if let Some(x) = &n {
        if x.downcast::<crate::objects::dict::DictData>().is_none() {
            return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
        }
    }
    *func(v).kwdefaults.borrow_mut() = n;
    Ok(())
}

fn set_code(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n.and_then(|x| x.downcast_ref::<crate::objects::code::CodeData>()) {
        Some(c) => {
            let f = func(v);
            let nfree = f
                .closure
                .as_ref()
                .and_then(|c| c.downcast::<TupleData>().map(|t| t.len()))
                .unwrap_or(0);
            if c.nfrees != nfree {
                let name = f
                    .name
                    .borrow()
                    .downcast::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                return Err(vm.value_error(format!(
                    "{name}() requires a code object with {nfree} free vars, not {}",
                    c.nfrees
                )));
            }
            *f.code.borrow_mut() = c;
            f.version.set(crate::types::fresh_version());
            Ok(())
        }
        None => Err(vm.type_error("__code__ must be set to a code object")),
    }
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = func(v);
    let cur = f.annotations.borrow().clone();
    match cur {
        Some(a) => {
            // MAKE_FUNCTION stores annotations as a flat tuple of name, value pairs.
            if let Some(t) = a.downcast::<TupleData>() {
                let d = vm.new_dict();
                for pair in t.items().chunks(2) {
                    if let [k, val] = pair {
                        d.set(vm, k.clone(), val.clone())?;
                    }
                }
                let dv = d.into_value();
                *f.annotations.borrow_mut() = Some(dv.clone());
                return Ok(dv);
            }
            Ok(a)
        }
        None => {
            let d = vm.new_dict().into_value();
            *f.annotations.borrow_mut() = Some(d.clone());
            Ok(d)
        }
    }
}

fn method_call(vm: &mut Vm, m: &Value, args: Args<'_>) -> PyResult<Value> {
    let md = meth(m);
    let mut v = Vec::with_capacity(args.values.len() + 1);
    v.push(md.this.clone());
    v.extend_from_slice(args.values);
    let f = md.func.clone();
    vm.call(
        &f,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )
}

fn method_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let md = meth(v);
    let f = md.func.clone();
    let this = md.this.clone();
    let q = vm.intern("__qualname__");
    let name = match vm.getattr_opt(&f, &q)? {
        Some(n) => n,
        None => vm.getattr_str(&f, "__name__")?,
    };
    let name = name
        .downcast::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|| "?".into());
    let r = vm.repr_string(&this)?;
    Ok(vm.new_str(format!("<bound method {name} of {r}>")))
}

fn method_wrapper_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let md = meth(v);
    let f = md.func.clone();
    let this = md.this.clone();
    let name = vm.getattr_str(&f, "__name__")?;
    let name = name
        .downcast::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(format!(
        "<method-wrapper '{name}' of {} object at {:#x}>",
        vm.type_name(&this),
        super::object::id_of(&this)
    )))
}

fn method_getattro(vm: &mut Vm, v: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    // CPython's `method` type has no `__module__` in its dict (the name comes from its
    // tp_name), so a bound method reports its function's.
    if name.as_str() == "__module__" {
        let f = meth(v).func.clone();
        return vm.getattr(&f, name);
    }
    match crate::attr::generic_getattr_opt(vm, v, name)? {
        Some(x) => Ok(x),
        None => {
            let f = meth(v).func.clone();
            vm.getattr(&f, name)
        }
    }
}

fn method_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<MethodData>(), b.downcast::<MethodData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = x.func.is(&y.func) && x.this.is(&y.this);
    match op {
        CompareOp::Eq => Ok(Value::from_bool(eq)),
        CompareOp::Ne => Ok(Value::from_bool(!eq)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let m = meth(v);
    let (f, t) = (m.func.clone(), m.this.clone());
    let a = vm.hash(&f)?;
    let b = super::object::id_of(&t) as i64;
    Ok(bytecode::set_order::fix_minus_one(a ^ b))
}

fn builtin_call(vm: &mut Vm, f: &Value, args: Args<'_>) -> PyResult<Value> {
    crate::interp::call::call(vm, f, args)
}

fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = native(v);
    if n.pass_this {
        if let Some(this) = n.this.clone() {
            if let Some(t) = this.downcast::<TypeData>() {
                if n.name == "__new__" {
                    return Ok(vm.new_str(format!(
                        "<built-in method __new__ of type object at {:#x}>",
                        this.raw()
                    )));
                }
                let _ = t;
            }
            let tn = vm.type_name(&this);
            return Ok(vm.new_str(format!(
                "<built-in method {} of {} object at {:#x}>",
                n.name,
                tn,
                super::object::id_of(&this)
            )));
        }
    }
    Ok(vm.new_str(format!("<built-in function {}>", n.name)))
}

fn builtin_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (
        a.downcast::<NativeFunctionData>(),
        b.downcast::<NativeFunctionData>(),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    let same_this = match (&x.this, &y.this) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let eq = x.f as usize == y.f as usize && same_this;
    match op {
        CompareOp::Eq => Ok(Value::from_bool(eq)),
        CompareOp::Ne => Ok(Value::from_bool(!eq)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn builtin_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = native(v);
    let a = n.f as usize as i64;
    let b = n.this.as_ref().map(super::object::id_of).unwrap_or(0) as i64;
    Ok(bytecode::set_order::fix_minus_one(a.rotate_right(4) ^ b))
}

fn cell_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<CellData>().expect("cell");
    let inner = c.value.borrow().clone();
    Ok(vm.new_str(match inner {
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.raw(),
            vm.type_name(&x),
            super::object::id_of(&x)
        ),
        None => format!("<cell at {:#x}: empty>", v.raw()),
    }))
}

fn cell_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<CellData>().expect("cell");
    let inner = c.value.borrow().clone();
    inner.ok_or_else(|| vm.value_error("Cell is empty"))
}

fn cell_set(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let c = v.downcast::<CellData>().expect("cell");
    let old = c.value.replace(n);
    drop(old);
    Ok(())
}

/// How CPython names a callable in call errors: `f()`, `A.f()`, or `x object`.
pub fn callable_description(vm: &mut Vm, f: &Value) -> String {
    if let Some(fd) = f.downcast::<FunctionData>() {
        let q = fd
            .qualname
            .borrow()
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        let m = fd
            .module
            .borrow()
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string());
        return match m.as_deref() {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
    }
    if let Some(m) = f.downcast::<MethodData>() {
        let inner = m.func.clone();
        return callable_description(vm, &inner);
    }
    if let Some(n) = f.downcast::<NativeFunctionData>() {
        return format!("{}()", n.name);
    }
    if let Some(t) = f.downcast::<TypeData>() {
        return format!("{}()", t.name());
    }
    format!("{} object", vm.type_name(f))
}
