//! `module` objects.

use crate::object::{alloc, TypeRef};
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.module.clone();
    t.slots.new.set(Some(|vm, ty, _| {
        let dict = vm.new_dict();
        Ok(alloc(ty, ModuleData { dict }).into_value())
    }));
    t.slots.init.set(Some(module_init));
    t.slots.repr.set(Some(module_repr));
    super::object::add_new_wrapper(vm, &t);
    super::add_getset(
        vm,
        &t,
        "__dict__",
        Some(|_, v| Ok(md(v).dict.as_value().clone())),
        None,
    );
    super::add_method(vm, &t, "__dir__", |vm, a| {
        let keys = md(&a.values[0]).dict.keys();
        Ok(vm.new_list(keys))
    });
}

fn md(v: &Value) -> &ModuleData {
    v.downcast::<ModuleData>().expect("module")
}

fn module_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = args.parse(vm, "module", &["name", "doc"], 1)?;
    let m = md(v);
    let k = vm.names.__name__.clone();
    m.dict.set_str(&k, a[0].clone().expect("required"));
    let k = vm.names.__doc__.clone();
    m.dict.set_str(&k, a[1].clone().unwrap_or(Value::NONE));
    for key in ["__package__", "__loader__", "__spec__"] {
        let k = vm.intern(key);
        if m.dict.get_str(&k).is_none() {
            m.dict.set_str(&k, Value::NONE);
        }
    }
    Ok(())
}

fn module_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = md(v);
    let name = m
        .dict
        .get_rust_str("__name__")
        .map(|n| vm.repr_string(&n))
        .transpose()?
        .unwrap_or_else(|| "'?'".into());
    let file = m
        .dict
        .get_rust_str("__file__")
        .and_then(|f| f.downcast::<StrData>().map(|s| s.as_str().to_string()));
    Ok(vm.new_str(match file {
        Some(f) => format!("<module {name} from '{f}'>"),
        None => format!("<module {name} (built-in)>"),
    }))
}

pub fn _unused(_: &TypeRef) {}
