//! `MATCH_KEYS` and `MATCH_CLASS` (structural pattern matching).

use crate::object::PyRef;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The values of `keys` in mapping `subject`, as a tuple, or None if one is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = keys
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    if keys.is_empty() {
        return Ok(vm.empty_tuple.clone());
    }
    let get = vm.getattr_str(subject, "get")?;
    let dummy = crate::attr::new_object_instance(&vm.types.object.clone());
    let seen = crate::object::alloc(&vm.types.set, crate::objects::set::SetData::new());
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if !seen.add(vm, k.clone())? {
            let r = vm.repr_string(&k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
        }
        let v = vm.call2(&get, k, dummy.clone())?;
        if v.is(&dummy) {
            return Ok(Value::NONE);
        }
        values.push(v);
    }
    Ok(vm.new_tuple(values))
}

/// Builtins whose single positional sub-pattern matches the subject itself.
fn matches_self(vm: &Vm, t: &PyRef<TypeData>) -> bool {
    let ty = &vm.types;
    [
        &ty.bool_,
        &ty.bytearray,
        &ty.bytes,
        &ty.dict,
        &ty.float,
        &ty.frozenset,
        &ty.int,
        &ty.list,
        &ty.set,
        &ty.str,
        &ty.tuple,
    ]
    .iter()
    .any(|b| t.is_subtype_of(b) && t.mro.borrow().iter().any(|m| m.is(b)))
}

pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    ty: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(t) = ty.downcast_ref::<TypeData>() else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !vm.isinstance(subject, ty)? {
        return Ok(Value::NONE);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let name = vm.names.__match_args__.clone();
        let match_args = crate::attr::type_getattr_opt(vm, ty, &name)?;
        let (items, match_self) = match match_args {
            Some(ma) => match ma.downcast::<TupleData>() {
                Some(tup) => (tup.items().to_vec(), false),
                None => {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name(),
                        vm.type_name(&ma)
                    )))
                }
            },
            None => (Vec::new(), matches_self(vm, &t)),
        };
        let allowed = if match_self { 1 } else { items.len() };
        if nargs > allowed {
            return Err(vm.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                t.name(),
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for item in items.iter().take(nargs) {
                let Some(s) = item.downcast_ref::<StrData>() else {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(item)
                    )));
                };
                match class_attr(vm, subject, &t, &s, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::NONE),
                }
            }
        }
    }
    let kw = names
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    for n in kw {
        let s: PyRef<StrData> = match n.downcast_ref() {
            Some(s) => s,
            None => return Err(vm.type_error("attribute name must be a string")),
        };
        match class_attr(vm, subject, &t, &s, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(vm.new_tuple(attrs))
}

fn class_attr(
    vm: &mut Vm,
    subject: &Value,
    t: &PyRef<TypeData>,
    name: &PyRef<StrData>,
    seen: &mut Vec<String>,
) -> PyResult<Option<Value>> {
    if seen.iter().any(|s| s == name.as_str()) {
        return Err(vm.type_error(format!(
            "{}() got multiple sub-patterns for attribute '{}'",
            t.name(),
            name.as_str()
        )));
    }
    seen.push(name.as_str().to_string());
    let n = vm.intern(name.as_str());
    vm.getattr_opt(subject, &n)
}
