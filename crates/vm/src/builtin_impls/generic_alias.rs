//! `types.GenericAlias`: what `list[int]` evaluates to.
//!
//! The alias is immutable; `__parameters__` stays empty until `typing`'s type variables exist
//! here. Attribute lookups the alias does not answer itself go to the origin, so
//! `list[int].append` is `list.append`, as in CPython.

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::generic_alias::GenericAliasData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::CompareOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Names the alias keeps for itself instead of delegating them to the origin
/// (CPython's `attr_exceptions`).
const OWN_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.generic_alias.clone();
    t.slots.new.set(Some(ga_new));
    super::object::add_new_wrapper(vm, &t);
    t.slots.repr.set(Some(ga_repr));
    t.slots.hash.set(Some(ga_hash));
    t.slots.richcompare.set(Some(ga_richcompare));
    t.slots.call.set(Some(ga_call));
    t.slots.getattro.set(Some(ga_getattro));
    t.slots.nb[crate::slots::BinOp::Or as usize].set(Some(super::type_::type_or));
    super::add_getset(vm, &t, "__origin__", Some(|_, v| Ok(origin(v))), None);
    super::add_getset(vm, &t, "__args__", Some(|_, v| Ok(args(v))), None);
    super::add_getset(
        vm,
        &t,
        "__parameters__",
        Some(|vm, _| Ok(vm.new_tuple(Vec::new()))),
        None,
    );
    super::add_getset(vm, &t, "__unpacked__", Some(|_, _| Ok(Value::FALSE)), None);
    super::add_method(vm, &t, "__mro_entries__", |vm, a| {
        a.skip_self().exactly_one(vm, "__mro_entries__")?;
        Ok(vm.new_tuple([origin(&a.values[0])]))
    });
    super::add_method(vm, &t, "__instancecheck__", |vm, _| {
        Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
    });
    super::add_method(vm, &t, "__subclasscheck__", |vm, _| {
        Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
    });
    let m = vm.intern("types").into_value();
    super::set_attr(vm, &t, "__module__", m);

    // The builtin classes that are generic in 3.11 answer `C[...]` with an alias.
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.enumerate.clone(),
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
        vm.types.mappingproxy.clone(),
        vm.types.generic_alias.clone(),
    ];
    for ty in &generic {
        super::add_classmethod(vm, ty, "__class_getitem__", |vm, a| {
            let item = a.skip_self().exactly_one(vm, "__class_getitem__")?.clone();
            Ok(new(vm, a.values[0].clone(), &item))
        });
    }
}

/// `origin[item]`: a tuple item gives the arguments, anything else is the one argument.
pub fn new(vm: &mut Vm, origin: Value, item: &Value) -> Value {
    let ty = vm.types.generic_alias.clone();
    new_of_type(vm, &ty, origin, item)
}

fn new_of_type(vm: &mut Vm, ty: &TypeRef, origin: Value, item: &Value) -> Value {
    let args = if vm.type_of(item).is_subtype_of(&vm.types.tuple) {
        item.clone()
    } else {
        vm.new_tuple([item.clone()])
    };
    alloc(ty, GenericAliasData { origin, args }).into_value()
}

/// `types.GenericAlias(origin, args)`, also for subclasses.
fn ga_new(vm: &mut Vm, ty: &TypeRef, a: Args<'_>) -> PyResult<Value> {
    let p = a.unpack(vm, "GenericAlias", 2, 2)?;
    Ok(new_of_type(vm, ty, p[0].clone(), &p[1]))
}

fn ga(v: &Value) -> &GenericAliasData {
    v.downcast::<GenericAliasData>().expect("GenericAlias")
}

fn origin(v: &Value) -> Value {
    ga(v).origin.clone()
}

fn args(v: &Value) -> Value {
    ga(v).args.clone()
}

/// One argument as `ga_repr_item` writes it: `...`, a nested alias's repr, a class by its
/// (module-qualified) name, anything else by `repr`.
fn repr_item(vm: &mut Vm, x: &Value) -> PyResult<String> {
    if x.is(&vm.ellipsis) {
        return Ok("...".to_string());
    }
    if vm.type_of(x).is(&vm.types.generic_alias) {
        return vm.repr_string(x);
    }
    let qualname = vm.intern("__qualname__");
    let module = vm.intern("__module__");
    if let (Some(q), Some(m)) = (vm.getattr_opt(x, &qualname)?, vm.getattr_opt(x, &module)?) {
        if let (Some(q), Some(m)) = (q.downcast::<StrData>(), m.downcast::<StrData>()) {
            return Ok(if m.as_str() == "builtins" {
                q.as_str().to_string()
            } else {
                format!("{}.{}", m.as_str(), q.as_str())
            });
        }
    }
    vm.repr_string(x)
}

fn ga_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut s = repr_item(vm, &origin(v))?;
    s.push('[');
    let items = super::tuple::items(&args(v)).to_vec();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(vm, x)?);
    }
    s.push(']');
    Ok(vm.new_str(s))
}

fn ga_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let h0 = vm.hash(&origin(v))?;
    let h1 = vm.hash(&args(v))?;
    Ok(bytecode::set_order::fix_minus_one(h0 ^ h1))
}

fn ga_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !vm.type_of(b).is(&vm.types.generic_alias) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let mut eq = vm.eq_bool(&origin(a), &origin(b))?;
    if eq {
        eq = vm.eq_bool(&args(a), &args(b))?;
    }
    Ok(Value::from_bool(eq == (op == CompareOp::Eq)))
}

/// Calling the alias calls its origin, then records the alias on the new object where the
/// object allows it (`__orig_class__`), ignoring objects that do not.
fn ga_call(vm: &mut Vm, v: &Value, a: Args<'_>) -> PyResult<Value> {
    let o = origin(v);
    let obj = vm.call(&o, a)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = vm.setattr(&obj, &name, v.clone()) {
        if !vm.is_instance_of(&e.0, &vm.exc.AttributeError)
            && !vm.is_instance_of(&e.0, &vm.exc.TypeError)
        {
            return Err(e);
        }
    }
    Ok(obj)
}

fn ga_getattro(vm: &mut Vm, v: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    if OWN_ATTRIBUTES.contains(&name.as_str()) {
        return crate::attr::generic_getattr(vm, v, name);
    }
    let o = origin(v);
    vm.getattr(&o, name)
}
