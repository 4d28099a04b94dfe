//! Struct sequences: tuples with named fields (`sys.flags`, `sys.version_info`).

use crate::object::{PyRef, TypeRef};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Makes a struct sequence type named `qualified` ("sys.flags") with `fields`.
pub fn new_type(vm: &mut Vm, qualified: &str, fields: &[&str]) -> TypeRef {
    let (module, name) = qualified
        .rsplit_once('.')
        .unwrap_or(("builtins", qualified));
    let heap = vm.types.object.heap;
    let t = crate::vm::new_static_type(
        heap,
        &vm.types.type_,
        name,
        crate::kinds::Kind::Tuple,
        Some(&vm.types.tuple),
        0,
        true,
    );
    crate::slot_dispatch::inherit_slots(&t);
    t.slots.repr.set(Some(repr));
    t.slots.getattro.set(Some(getattro));
    t.slots.new.set(None);
    let names: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let names = vm.new_tuple(names);
    super::set_attr(vm, &t, "_fields", names.clone());
    super::set_attr(vm, &t, "__match_args__", names);
    let m = vm.new_str(module);
    super::set_attr(vm, &t, "__module__", m);
    super::set_attr(vm, &t, "n_fields", vm.new_int(fields.len() as i64));
    super::set_attr(vm, &t, "n_sequence_fields", vm.new_int(fields.len() as i64));
    t
}

pub fn new_value(_vm: &Vm, ty: &TypeRef, items: Vec<Value>) -> Value {
    crate::objects::tuple::alloc_tuple(ty, items.len(), items)
}

fn fields(vm: &Vm, v: &Value) -> Vec<String> {
    let t = vm.type_data_of(v);
    t.dict
        .get_rust_str("_fields")
        .and_then(|f| f.downcast::<TupleData>().map(|t| t.items().to_vec()))
        .unwrap_or_default()
        .iter()
        .filter_map(|n| n.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .collect()
}

fn repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let names = fields(vm, v);
    let items = super::tuple::items(v).to_vec();
    let t = vm.type_of(v);
    let module = t
        .dict
        .get_rust_str("__module__")
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    // The repr shows `tp_name`, which has no module part for a type made without one.
    let mut out = if module == "builtins" {
        format!("{}(", t.name())
    } else {
        format!("{module}.{}(", t.name())
    };
    for (i, (n, x)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(n);
        out.push('=');
        out.push_str(vm.repr(x)?.as_str());
    }
    out.push(')');
    Ok(vm.new_str(out))
}

pub fn getattro(vm: &mut Vm, v: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    let names = fields(vm, v);
    if let Some(i) = names.iter().position(|n| n == name.as_str()) {
        if let Some(x) = super::tuple::items(v).get(i) {
            return Ok(x.clone());
        }
    }
    crate::attr::generic_getattr(vm, v, name)
}
