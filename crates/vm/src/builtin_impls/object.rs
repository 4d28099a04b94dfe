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
    super::add_method(vm, &t, "__reduce__", object_reduce);
    super::add_method(vm, &t, "__getstate__", |vm, a| {
        object_getstate_default(vm, &a.values[0], false)
    });
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
            arg_check: crate::objects::native::ArgCheck::Any,
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
    // The most derived base whose constructor is native must be this one
    // (`int.__new__(bool)` would skip bool's).
    let addr = |f: Option<crate::slots::NewFn>| f.map(|f| f as usize);
    let mut staticbase = Some(subtype.clone());
    while let Some(b) = staticbase
        .clone()
        .filter(|b| addr(b.slots.new.get()) == Some(slot_new as *const () as usize))
    {
        staticbase = b.base.borrow().clone();
    }
    if let Some(sb) = staticbase {
        if addr(sb.slots.new.get()) != Some(new as usize) {
            return Err(vm.type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                owner.name(),
                subtype.name(),
                sb.name()
            )));
        }
    }
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
    let this = &args.values[0];
    let mut size = vm.type_data_of(this).basicsize;
    // The items of a tuple (CPython's `tp_itemsize` times the length).
    if let Some(t) = this.downcast::<crate::objects::tuple::TupleData>() {
        size += t.len() * std::mem::size_of::<Value>();
    }
    Ok(vm.new_int(size as i64))
}

// ---- the pickle protocol (`copyreg` semantics, without the module) ----

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins; otherwise the common
/// reduction for the protocol.
fn object_reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().unpack(vm, "__reduce_ex__", 1, 1)?;
    let proto = super::int::index(vm, &a[0])?;
    let proto = proto.to_i64().unwrap_or(i64::MAX);
    let this = args.values[0].clone();
    let name = vm.names.__reduce__.clone();
    if let Some(reduce) = vm.getattr_opt(&this, &name)? {
        let cls = vm.type_of(&this).into_value();
        let clsreduce = vm.getattr(&cls, &name)?;
        let objreduce = vm.types.object.dict.get_str(&name);
        if !objreduce.is_some_and(|o| o.is(&clsreduce)) {
            return vm.call0(&reduce);
        }
    }
    common_reduce(vm, &this, proto)
}

fn object_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.values[0].clone();
    common_reduce(vm, &this, 0)
}

fn common_reduce(vm: &mut Vm, obj: &Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        reduce_newobj(vm, obj)
    } else {
        copyreg_reduce_ex(vm, obj, proto)
    }
}

/// A function of the `copyreg` module, made natively.
fn copyreg_function(vm: &mut Vm, name: &'static str, f: crate::objects::native::NativeFn) -> Value {
    let m = vm.new_str("copyreg");
    super::new_native_function(vm, name, f, Some(m))
}

fn copyreg_newobj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.type_error("__newobj__() missing 1 required positional argument: 'cls'"));
    };
    let new = vm.getattr_str(&cls, "__new__")?;
    vm.call(&new, args)
}

fn copyreg_newobj_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "__newobj_ex__", 3, 3)?;
    let new = vm.getattr_str(&a[0], "__new__")?;
    let mut pos = vec![a[0].clone()];
    pos.extend(vm.collect(&a[1])?);
    let kw = a[2].clone();
    let star = vm.new_tuple(pos);
    crate::interp::helpers::call_function_ex(vm, &new, &star, Some(&kw))
}

fn copyreg_reconstructor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "_reconstructor", 3, 3)?;
    let (cls, base, state) = (a[0].clone(), a[1].clone(), a[2].clone());
    let obj = if base.is(vm.types.object.as_value()) {
        let new = vm.getattr_str(&base, "__new__")?;
        vm.call1(&new, cls)?
    } else {
        let new = vm.getattr_str(&base, "__new__")?;
        let obj = vm.call(&new, Args::positional(&[cls, state.clone()]))?;
        let init = vm.getattr_str(&base, "__init__")?;
        let object_init = vm.getattr_str(&vm.types.object.as_value().clone(), "__init__")?;
        if !vm.eq_bool(&init, &object_init)? {
            vm.call(&init, Args::positional(&[obj.clone(), state]))?;
        }
        obj
    };
    Ok(obj)
}

/// `_PyObject_GetNewArguments`: `__getnewargs_ex__`, else `__getnewargs__`, else none.
fn get_new_arguments(vm: &mut Vm, obj: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let name = vm.intern("__getnewargs_ex__");
    if let Some(r) = vm.call_special(obj, &name, &[])? {
        let pair = r
            .downcast::<crate::objects::tuple::TupleData>()
            .map(|t| t.items().to_vec());
        let Some(pair) = pair else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                pair.len()
            )));
        }
        if pair[0]
            .downcast::<crate::objects::tuple::TupleData>()
            .is_none()
        {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                vm.type_name(&pair[0])
            )));
        }
        if pair[1].downcast::<DictData>().is_none() {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                vm.type_name(&pair[1])
            )));
        }
        return Ok((Some(pair[0].clone()), Some(pair[1].clone())));
    }
    let name = vm.intern("__getnewargs__");
    if let Some(r) = vm.call_special(obj, &name, &[])? {
        if r.downcast::<crate::objects::tuple::TupleData>().is_none() {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// `copyreg._slotnames(cls)`: the `__slots__` names along the MRO (private names mangled,
/// `__dict__` and `__weakref__` left out), cached in `cls.__slotnames__` as copyreg does.
fn slot_names(vm: &mut Vm, cls: &TypeRef) -> PyResult<Vec<Value>> {
    if let Some(v) = cls.dict.get_rust_str("__slotnames__") {
        return if v.is_none() {
            Ok(Vec::new())
        } else {
            vm.collect(&v)
        };
    }
    let mut names = Vec::new();
    let mro: Vec<TypeRef> = cls.mro.borrow().clone();
    for c in &mro {
        let Some(slots) = c.dict.get_rust_str("__slots__") else {
            continue;
        };
        let items = if slots.downcast::<StrData>().is_some() {
            vec![slots]
        } else {
            vm.collect(&slots)?
        };
        for n in items {
            let Some(s) = n.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
                continue;
            };
            if s == "__dict__" || s == "__weakref__" {
                continue;
            }
            if s.starts_with("__") && !s.ends_with("__") {
                let cname = c.name();
                let stripped = cname.trim_start_matches('_');
                if !stripped.is_empty() {
                    names.push(vm.new_str(format!("_{stripped}{s}")));
                    continue;
                }
            }
            names.push(n);
        }
    }
    if cls.has_flag(crate::types::type_flags::HEAPTYPE) {
        let l = vm.new_list(names.clone());
        let k = vm.intern("__slotnames__");
        cls.dict.set_str(&k, l);
        cls.modified();
    }
    Ok(names)
}

/// `object.__getstate__()`: the instance dict (or None), paired with the set slots.
fn object_getstate_default(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    let dict = crate::attr::dict_slot(obj).and_then(|s| s.get());
    let mut state = match dict {
        Some(d) if d.downcast::<DictData>().is_some_and(|dd| !dd.is_empty()) => d,
        _ => Value::NONE,
    };
    let names = slot_names(vm, &cls)?;
    if required && cls.kind != vm.types.object.kind {
        return Err(vm.type_error(format!("cannot pickle '{}' object", cls.name())));
    }
    if !names.is_empty() {
        let slots = vm.new_dict();
        for n in names {
            let Some(name) = n.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
                continue;
            };
            match vm.getattr_str(obj, &name) {
                Ok(v) => slots.set(vm, n.clone(), v)?,
                Err(e) if vm.exc_matches(&e, &vm.exc.AttributeError.clone()) => {}
                Err(e) => return Err(e),
            }
        }
        if !slots.is_empty() {
            state = vm.new_tuple([state, slots.into_value()]);
        }
    }
    Ok(state)
}

/// `_PyObject_GetState`: a custom `__getstate__`, or the default one.
pub fn get_state(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let getstate = vm.getattr_str(obj, "__getstate__")?;
    let own = vm.types.object.dict.get_rust_str("__getstate__");
    let is_default = getstate
        .downcast::<NativeFunctionData>()
        .is_some_and(|nf| nf.this.as_ref().is_some_and(|t| t.is(obj)))
        && vm
            .type_of(obj)
            .lookup_str("__getstate__")
            .is_some_and(|d| own.is_some_and(|o| o.is(&d)));
    if is_default {
        object_getstate_default(vm, obj, required)
    } else {
        vm.call0(&getstate)
    }
}

fn reduce_newobj(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    if cls.slots.new.get().is_none() {
        return Err(vm.type_error(format!("cannot pickle '{}' object", cls.name())));
    }
    let (args, kwargs) = get_new_arguments(vm, obj)?;
    let has_args = args.is_some();
    let kw_empty = kwargs
        .as_ref()
        .is_none_or(|k| k.downcast::<DictData>().is_some_and(|d| d.is_empty()));
    let (newobj, newargs) = if kw_empty {
        let mut v = vec![cls.as_value().clone()];
        if let Some(a) = &args {
            v.extend(super::tuple::items(a).iter().cloned());
        }
        (
            copyreg_function(vm, "__newobj__", copyreg_newobj),
            vm.new_tuple(v),
        )
    } else {
        let v = vec![
            cls.as_value().clone(),
            args.clone().unwrap_or_else(|| vm.empty_tuple.clone()),
            kwargs.clone().unwrap_or(Value::NONE),
        ];
        (
            copyreg_function(vm, "__newobj_ex__", copyreg_newobj_ex),
            vm.new_tuple(v),
        )
    };
    let is_list = vm.is_instance_of(obj, &vm.types.list.clone());
    let is_dict = vm.is_instance_of(obj, &vm.types.dict.clone());
    let state = get_state(vm, obj, !has_args && !is_list && !is_dict)?;
    let listitems = if is_list { vm.iter(obj)? } else { Value::NONE };
    let dictitems = if is_dict {
        let items = vm.call_method(obj, "items", &[])?;
        vm.iter(&items)?
    } else {
        Value::NONE
    };
    Ok(vm.new_tuple([newobj, newargs, state, listitems, dictitems]))
}

/// `copyreg._reduce_ex(obj, proto)` for protocols 0 and 1.
fn copyreg_reduce_ex(vm: &mut Vm, obj: &Value, proto: i64) -> PyResult<Value> {
    let cls = vm.type_of(obj);
    let mro: Vec<TypeRef> = cls.mro.borrow().clone();
    let base = mro
        .iter()
        .find(|b| !b.has_flag(crate::types::type_flags::HEAPTYPE))
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let state = if base.is(&vm.types.object) {
        Value::NONE
    } else {
        if base.is(&cls) {
            return Err(vm.type_error(format!("cannot pickle '{}' object", cls.name())));
        }
        vm.call1(base.as_value(), obj.clone())?
    };
    let args = vm.new_tuple([cls.as_value().clone(), base.as_value().clone(), state]);
    let has_slots = |vm: &mut Vm| -> PyResult<bool> {
        match vm.getattr_str(obj, "__slots__") {
            Ok(v) => vm.is_true(&v),
            Err(e) if vm.exc_matches(&e, &vm.exc.AttributeError.clone()) => Ok(false),
            Err(e) => Err(e),
        }
    };
    let own = vm.types.object.dict.get_rust_str("__getstate__");
    let dict = match vm.getattr_str(obj, "__getstate__") {
        Ok(getstate) => {
            let default = cls
                .lookup_str("__getstate__")
                .is_some_and(|d| own.is_some_and(|o| o.is(&d)));
            if default && has_slots(vm)? {
                return Err(vm.type_error(
                    "a class that defines __slots__ without defining __getstate__ cannot be pickled",
                ));
            }
            vm.call0(&getstate)?
        }
        Err(e) if vm.exc_matches(&e, &vm.exc.AttributeError.clone()) => {
            if has_slots(vm)? {
                return Err(vm.type_error(format!(
                    "cannot pickle '{}' object: a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol {proto}",
                    cls.name()
                )));
            }
            match vm.getattr_str(obj, "__dict__") {
                Ok(d) => d,
                Err(e) if vm.exc_matches(&e, &vm.exc.AttributeError.clone()) => Value::NONE,
                Err(e) => return Err(e),
            }
        }
        Err(e) => return Err(e),
    };
    let recon = copyreg_function(vm, "_reconstructor", copyreg_reconstructor);
    if vm.is_true(&dict)? {
        Ok(vm.new_tuple([recon, args, dict]))
    } else {
        Ok(vm.new_tuple([recon, args]))
    }
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
