//! `object`: the default slots every class inherits.

use crate::object::{PyRef, TypeRef};
use crate::objects::dict::DictData;
use crate::objects::native::{Args, NativeFunctionData};
use crate::objects::str::StrData;
use crate::slots::CompareOp;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.object.clone();
    let s = &t.slots;
    s.repr.set(Some(object_repr));
    s.str.set(Some(object_str));
    s.hash.set(Some(object_hash));
    s.richcompare.set(Some(object_richcompare));
    s.getattro.set(Some(crate::attr::generic_getattr));
    s.setattro.set(Some(crate::attr::generic_setattr));
    s.init.set(Some(object_init));
    s.new.set(Some(object_new));
    add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__format__", object_format);
    super::add_method(vm, &t, "__dir__", object_dir);
    super::add_method(vm, &t, "__sizeof__", object_sizeof);
    super::add_method(vm, &t, "__reduce_ex__", object_reduce_ex);
    super::add_method(vm, &t, "__reduce__", object_reduce_ex);
    super::add_classmethod(vm, &t, "__init_subclass__", object_init_subclass);
    super::add_classmethod(vm, &t, "__subclasshook__", object_subclasshook);
    super::add_getset(vm, &t, "__class__", Some(get_class), Some(set_class));
    let doc = vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    super::set_attr(vm, &t, "__doc__", doc);
}

/// Exposes a type's native constructor as `T.__new__(T, ...)`, a builtin bound to the type.
pub fn add_new_wrapper(vm: &mut Vm, t: &TypeRef) {
    let f = crate::object::alloc(
        &vm.types.builtin_function,
        NativeFunctionData {
            name: "__new__",
            qualname: format!("{}.__new__", t.name()),
            f: tp_new_wrapper,
            this: Some(t.as_value().clone()),
            pass_this: true,
            module: None,
            doc: None,
            fastcall: false,
        },
    );
    let k = vm.names.__new__.clone();
    t.dict.set_str(&k, f.into_value());
}

/// `T.__new__(S, *args)`: checks `S` is a subtype of `T` and calls `T`'s native constructor.
pub fn tp_new_wrapper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let owner: TypeRef = PyRef::from_value_unchecked(args.values[0].clone());
    let rest = args.skip_self();
    let Some(sub) = rest.pos().first() else {
        return Err(vm.type_error(format!("{}.__new__(): not enough arguments", owner.name())));
    };
    let Some(subtype) = sub.downcast_ref::<TypeData>() else {
        return Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name(),
            vm.type_name(sub)
        )));
    };
    if !subtype.is_subtype_of(&owner) {
        return Err(vm.type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name(),
            subtype.name(),
            subtype.name(),
            owner.name()
        )));
    }
    let Some(new) = owner.slots.new.get() else {
        return Err(vm.type_error(format!("cannot create '{}' instances", owner.name())));
    };
    new(vm, &subtype, rest.skip_self())
}

/// The `tp_new` of classes that define `__new__` in Python: calls it with the class first.
pub fn slot_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let name = vm.names.__new__.clone();
    let f = ty
        .lookup(&name)
        .ok_or_else(|| vm.type_error("no __new__"))?;
    // `__new__` is a staticmethod: unwrap it.
    let f = match f.downcast::<crate::objects::descr::StaticMethodData>() {
        Some(s) => s.func.borrow().clone(),
        None => f,
    };
    let mut v = Vec::with_capacity(args.values.len() + 1);
    v.push(ty.as_value().clone());
    v.extend_from_slice(args.values);
    vm.call(
        &f,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )
}

fn excess_args(args: &Args<'_>) -> bool {
    !args.values.is_empty()
}

pub fn object_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    if excess_args(&args) {
        if ty
            .slots
            .new
            .get()
            .is_none_or(|f| f as usize != object_new as *const () as usize)
        {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if ty
            .slots
            .init
            .get()
            .is_some_and(|f| f as usize == object_init as *const () as usize)
        {
            return Err(vm.type_error(format!("{}() takes no arguments", ty.name())));
        }
    }
    if ty.has_flag(crate::types::type_flags::ABSTRACT) {
        return Err(abstract_error(vm, ty));
    }
    if ty.kind != crate::kinds::Kind::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ty.name(),
            ty.name()
        )));
    }
    Ok(crate::attr::new_object_instance(ty))
}

fn abstract_error(vm: &mut Vm, ty: &TypeRef) -> crate::vm::Exc {
    let names = ty
        .lookup_str("__abstractmethods__")
        .map(|a| vm.collect(&a).unwrap_or_default())
        .unwrap_or_default();
    let mut names: Vec<String> = names
        .iter()
        .filter_map(|n| n.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .collect();
    names.sort();
    let list = names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ");
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        ty.name(),
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

pub fn object_init(vm: &mut Vm, obj: &Value, args: Args<'_>) -> PyResult<()> {
    if excess_args(&args) {
        let ty = vm.type_of(obj);
        let init_overridden = ty
            .slots
            .init
            .get()
            .is_none_or(|f| f as usize != object_init as *const () as usize);
        let new_default = ty
            .slots
            .new
            .get()
            .is_some_and(|f| f as usize == object_new as *const () as usize);
        if init_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_default {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.name()
            )));
        }
    }
    Ok(())
}

/// `<module.Qualname object at 0x...>`.
pub fn object_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = vm.type_of(v);
    let module = ty
        .dict
        .get_rust_str("__module__")
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let qual = ty.qualname.borrow().clone();
    let name = match module.as_deref() {
        Some("builtins") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    Ok(vm.new_str(format!("<{name} object at {:#x}>", id_of(v))))
}

/// `id(v)`: the address for heap objects; immediates get a stable fake address.
pub fn id_of(v: &Value) -> u64 {
    if v.is_heap() {
        v.raw()
    } else {
        0x5a5a_0000_0000u64 ^ v.raw()
    }
}

fn object_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = vm.type_data_of(v).slots.repr.get();
    match f {
        Some(f) => f(vm, v),
        None => object_repr(vm, v),
    }
}

fn object_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(bytecode::set_order::hash_pointer(id_of(v)))
}

fn object_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match op {
        CompareOp::Eq => Ok(if a.is(b) {
            Value::TRUE
        } else {
            vm.not_implemented.clone()
        }),
        CompareOp::Ne => {
            // `__ne__` inverts `__eq__` unless that is NotImplemented.
            let eq = vm.type_data_of(a).slots.richcompare.get();
            let r = match eq {
                Some(f) => f(vm, a, b, CompareOp::Eq)?,
                None => vm.not_implemented.clone(),
            };
            if r.is(&vm.not_implemented) {
                return Ok(r);
            }
            let t = vm.is_true(&r)?;
            Ok(Value::from_bool(!t))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "__format__", 2, 2)?;
    let Some(spec) = a[1].downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    if !spec.as_str().is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    Ok(vm.str(&a[0])?.into_value())
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.values[0];
    let mut names: Vec<Value> = Vec::new();
    if let Some(d) = crate::attr::dict_slot(this).and_then(|s| s.get()) {
        if let Some(dd) = d.downcast::<DictData>() {
            names.extend(dd.keys());
        }
    }
    let ty = vm.type_of(this);
    for t in ty.mro.borrow().iter() {
        names.extend(t.dict.keys());
    }
    let set = crate::interp::helpers::build_set(vm, names)?;
    let items = vm.collect(&set)?;
    Ok(vm.new_list(items))
}

fn object_sizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let size = vm.type_data_of(&args.values[0]).basicsize;
    Ok(vm.new_int(size as i64))
}

fn object_reduce_ex(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.not_implemented_error("pickling is not supported yet"))
}

fn object_init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        let ty = args.values[0]
            .downcast::<TypeData>()
            .map(|t| t.name())
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{ty}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            "object",
            args.pos().len() - 1
        )));
    }
    Ok(Value::NONE)
}

fn object_subclasshook(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn get_class(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.type_of(v).into_value())
}

fn set_class(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = new.downcast_ref::<TypeData>() else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&new)
        )));
    };
    let old = vm.type_of(v);
    let heap = crate::types::type_flags::HEAPTYPE;
    if !v.is_heap() || !old.has_flag(heap) || !nt.has_flag(heap) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if old.kind != nt.kind || old.basicsize != nt.basicsize || old.extension != nt.extension {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            old.name()
        )));
    }
    v.header().expect("heap object").set_type(&nt);
    Ok(())
}
