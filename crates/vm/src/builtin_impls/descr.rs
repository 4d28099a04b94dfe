//! Descriptor types: classmethod, staticmethod, property, `__slots__` members, native getsets,
//! method descriptors, and `super`.

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::descr::{
    ClassMethodData, GetSetData, MemberData, PropertyData, StaticMethodData, SuperData,
};
use crate::objects::native::{
    Args, MethodDescrData, MethodKind, NativeFunctionData, SlotWrapperData,
};
use crate::objects::str::StrData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.classmethod.clone();
    t.slots.descr_get.set(Some(classmethod_get));
    t.slots.new.set(Some(classmethod_new));
    t.slots.getattro.set(Some(crate::attr::generic_getattr));
    super::object::add_new_wrapper(vm, &t);
    super::add_getset(vm, &t, "__func__", Some(cm_func), None);
    super::add_getset(vm, &t, "__wrapped__", Some(cm_func), None);
    super::add_getset(vm, &t, "__isabstractmethod__", Some(cm_isabstract), None);
    super::add_getset(
        vm,
        &t,
        "__dict__",
        Some(instance_dict_get),
        Some(instance_dict_set),
    );

    let t = vm.types.staticmethod.clone();
    t.slots.descr_get.set(Some(staticmethod_get));
    t.slots.new.set(Some(staticmethod_new));
    t.slots.call.set(Some(staticmethod_call));
    super::object::add_new_wrapper(vm, &t);
    super::add_getset(vm, &t, "__func__", Some(sm_func), None);
    super::add_getset(vm, &t, "__wrapped__", Some(sm_func), None);
    super::add_getset(vm, &t, "__isabstractmethod__", Some(sm_isabstract), None);
    super::add_getset(
        vm,
        &t,
        "__dict__",
        Some(instance_dict_get),
        Some(instance_dict_set),
    );

    let t = vm.types.property.clone();
    t.slots.descr_get.set(Some(property_get));
    t.slots.descr_set.set(Some(property_set));
    t.slots.new.set(Some(property_new));
    t.slots.init.set(Some(property_init));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "getter", property_getter);
    super::add_method(vm, &t, "setter", property_setter);
    super::add_method(vm, &t, "deleter", property_deleter);
    super::add_method(vm, &t, "__set_name__", property_set_name);
    super::add_getset(
        vm,
        &t,
        "fget",
        Some(|_, v| Ok(prop(v).fget.borrow().clone().unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "fset",
        Some(|_, v| Ok(prop(v).fset.borrow().clone().unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "fdel",
        Some(|_, v| Ok(prop(v).fdel.borrow().clone().unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|_, v| Ok(prop(v).doc.borrow().clone().unwrap_or(Value::NONE))),
        Some(property_set_doc),
    );
    super::add_getset(
        vm,
        &t,
        "__isabstractmethod__",
        Some(property_isabstract),
        None,
    );

    let t = vm.types.member_descriptor.clone();
    t.slots.descr_get.set(Some(member_get));
    t.slots.descr_set.set(Some(member_set));
    t.slots.repr.set(Some(member_repr));
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|vm, v| {
            Ok(vm.new_str(
                v.downcast::<MemberData>()
                    .map(|m| m.name.clone())
                    .unwrap_or_default(),
            ))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__objclass__",
        Some(|_, v| {
            Ok(v.downcast::<MemberData>()
                .map(|m| m.owner.as_value().clone())
                .unwrap_or(Value::NONE))
        }),
        None,
    );

    let t = vm.types.getset_descriptor.clone();
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|vm, v| {
            let doc = v
                .downcast::<GetSetData>()
                .and_then(|g| crate::builtin_docs_lookup::member_doc(&g.owner.name(), g.name));
            Ok(doc.map(|d| vm.new_str(d)).unwrap_or(Value::NONE))
        }),
        None,
    );
    t.slots.descr_get.set(Some(getset_get));
    t.slots.descr_set.set(Some(getset_set));
    t.slots.repr.set(Some(getset_repr));
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|vm, v| {
            Ok(vm.new_str(
                v.downcast::<GetSetData>()
                    .map(|m| m.name)
                    .unwrap_or_default(),
            ))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__objclass__",
        Some(|_, v| {
            Ok(v.downcast::<GetSetData>()
                .map(|m| m.owner.as_value().clone())
                .unwrap_or(Value::NONE))
        }),
        None,
    );

    for t in [
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
    ] {
        t.slots.descr_get.set(Some(method_descr_get));
        t.slots.call.set(Some(method_descr_call));
        t.slots.repr.set(Some(method_descr_repr));
        super::add_getset(
            vm,
            &t,
            "__name__",
            Some(|vm, v| {
                Ok(vm.new_str(
                    v.downcast::<MethodDescrData>()
                        .map(|m| m.name)
                        .unwrap_or_default(),
                ))
            }),
            None,
        );
        super::add_getset(
            vm,
            &t,
            "__qualname__",
            Some(|vm, v| {
                Ok(vm.new_str(
                    v.downcast::<MethodDescrData>()
                        .map(|m| format!("{}.{}", m.owner.name(), m.name))
                        .unwrap_or_default(),
                ))
            }),
            None,
        );
        super::add_getset(
            vm,
            &t,
            "__objclass__",
            Some(|_, v| {
                Ok(v.downcast::<MethodDescrData>()
                    .map(|m| m.owner.as_value().clone())
                    .unwrap_or(Value::NONE))
            }),
            None,
        );
        super::add_getset(
            vm,
            &t,
            "__doc__",
            Some(|vm, v| {
                let doc = v.downcast::<MethodDescrData>().and_then(|m| {
                    m.doc
                        .or_else(|| crate::builtin_docs_lookup::member_doc(&m.owner.name(), m.name))
                });
                Ok(doc.map(|d| vm.new_str(d)).unwrap_or(Value::NONE))
            }),
            None,
        );
    }
    let t = vm.types.wrapper_descriptor.clone();
    super::add_getset(
        vm,
        &t,
        "__doc__",
        Some(|vm, v| Ok(slot_wrapper_doc(vm, v))),
        None,
    );
    t.slots.descr_get.set(Some(wrapper_descr_get));
    t.slots.call.set(Some(wrapper_descr_call));
    t.slots.repr.set(Some(wrapper_descr_repr));
    super::add_getset(
        vm,
        &t,
        "__name__",
        Some(|vm, v| {
            Ok(vm.new_str(
                v.downcast::<SlotWrapperData>()
                    .map(|m| m.name)
                    .unwrap_or_default(),
            ))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__qualname__",
        Some(|vm, v| {
            Ok(vm.new_str(
                v.downcast::<SlotWrapperData>()
                    .map(|m| format!("{}.{}", m.owner.name(), m.name))
                    .unwrap_or_default(),
            ))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__objclass__",
        Some(|_, v| {
            Ok(v.downcast::<SlotWrapperData>()
                .map(|m| m.owner.as_value().clone())
                .unwrap_or(Value::NONE))
        }),
        None,
    );

    let t = vm.types.super_.clone();
    t.slots.new.set(Some(super_new));
    t.slots.init.set(Some(super_init));
    t.slots.getattro.set(Some(super_getattro));
    t.slots.descr_get.set(Some(super_descr_get));
    t.slots.repr.set(Some(super_repr));
    super::object::add_new_wrapper(vm, &t);
    super::add_getset(
        vm,
        &t,
        "__thisclass__",
        Some(|_, v| {
            Ok(v.downcast::<SuperData>()
                .and_then(|s| s.this_type.clone())
                .map(|t| t.into_value())
                .unwrap_or(Value::NONE))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__self__",
        Some(|_, v| {
            Ok(v.downcast::<SuperData>()
                .and_then(|s| s.obj.clone())
                .unwrap_or(Value::NONE))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__self_class__",
        Some(|_, v| {
            Ok(v.downcast::<SuperData>()
                .and_then(|s| s.obj_type.clone())
                .map(|t| t.into_value())
                .unwrap_or(Value::NONE))
        }),
        None,
    );
}

// ---- classmethod / staticmethod ----

pub fn new_classmethod(vm: &mut Vm, f: Value) -> Value {
    alloc(
        &vm.types.classmethod,
        ClassMethodData {
            func: std::cell::RefCell::new(f),
            dict: std::cell::RefCell::new(None),
        },
    )
    .into_value()
}

pub fn new_staticmethod(vm: &mut Vm, f: Value) -> Value {
    alloc(
        &vm.types.staticmethod,
        StaticMethodData {
            func: std::cell::RefCell::new(f),
            dict: std::cell::RefCell::new(None),
        },
    )
    .into_value()
}

fn classmethod_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "classmethod")?;
    let a = args.unpack(vm, "classmethod", 1, 1)?;
    let dict = wraps_dict(vm, &a[0])?;
    Ok(alloc(
        ty,
        ClassMethodData {
            func: std::cell::RefCell::new(a[0].clone()),
            dict: std::cell::RefCell::new(Some(dict)),
        },
    )
    .into_value())
}

fn staticmethod_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "staticmethod")?;
    let a = args.unpack(vm, "staticmethod", 1, 1)?;
    let dict = wraps_dict(vm, &a[0])?;
    Ok(alloc(
        ty,
        StaticMethodData {
            func: std::cell::RefCell::new(a[0].clone()),
            dict: std::cell::RefCell::new(Some(dict)),
        },
    )
    .into_value())
}

/// 3.10+ `classmethod(f)`/`staticmethod(f)` copy `f`'s identity into their own `__dict__`
/// (CPython's `functools_wraps`).
fn wraps_dict(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let d = vm.new_dict();
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let n = vm.intern(name);
        if let Some(v) = vm.getattr_opt(f, &n)? {
            d.set_str(&n, v);
        }
    }
    Ok(d.into_value())
}

fn classmethod_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, ty: &Value) -> PyResult<Value> {
    let f = d
        .downcast::<ClassMethodData>()
        .expect("classmethod")
        .func
        .borrow()
        .clone();
    let ty = if ty.is_none() {
        obj.map(|o| vm.type_of(o).into_value())
            .unwrap_or(Value::NONE)
    } else {
        ty.clone()
    };
    // A classmethod around a descriptor binds through it (3.9–3.12 behaviour).
    if let Some(get) = vm.type_data_of(&f).slots.descr_get.get() {
        if f.downcast::<crate::objects::function::FunctionData>()
            .is_none()
        {
            let tt = vm.type_of(&ty).into_value();
            return get(vm, &f, Some(&ty), &tt);
        }
    }
    Ok(super::function::new_method(vm, f, ty))
}

fn staticmethod_get(_vm: &mut Vm, d: &Value, _obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    Ok(d.downcast::<StaticMethodData>()
        .expect("staticmethod")
        .func
        .borrow()
        .clone())
}

fn staticmethod_call(vm: &mut Vm, d: &Value, args: Args<'_>) -> PyResult<Value> {
    let f = d
        .downcast::<StaticMethodData>()
        .expect("staticmethod")
        .func
        .borrow()
        .clone();
    vm.call(&f, args)
}

fn cm_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<ClassMethodData>()
        .map(|c| c.func.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn sm_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<StaticMethodData>()
        .map(|c| c.func.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn is_abstract(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let n = vm.intern("__isabstractmethod__");
    match vm.getattr_opt(f, &n)? {
        Some(v) => Ok(Value::from_bool(vm.is_true(&v)?)),
        None => Ok(Value::FALSE),
    }
}

fn cm_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = cm_func(vm, v)?;
    is_abstract(vm, &f)
}

fn sm_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = sm_func(vm, v)?;
    is_abstract(vm, &f)
}

// ---- property ----

fn prop(v: &Value) -> &PropertyData {
    v.downcast::<PropertyData>().expect("property")
}

fn property_new(vm: &mut Vm, ty: &TypeRef, _args: Args<'_>) -> PyResult<Value> {
    let _ = vm;
    Ok(alloc(
        ty,
        PropertyData {
            fget: Default::default(),
            fset: Default::default(),
            fdel: Default::default(),
            doc: Default::default(),
            name: Default::default(),
        },
    )
    .into_value())
}

fn none_to_opt(v: Option<Value>) -> Option<Value> {
    v.filter(|x| !x.is_none())
}

fn property_init(vm: &mut Vm, obj: &Value, args: Args<'_>) -> PyResult<()> {
    let a = args.parse(vm, "property", &["fget", "fset", "fdel", "doc"], 0)?;
    let p = prop(obj);
    *p.fget.borrow_mut() = none_to_opt(a[0].clone());
    *p.fset.borrow_mut() = none_to_opt(a[1].clone());
    *p.fdel.borrow_mut() = none_to_opt(a[2].clone());
    let mut doc = none_to_opt(a[3].clone());
    let getter = p.fget.borrow().clone();
    if doc.is_none() {
        if let Some(g) = getter {
            let n = vm.names.__doc__.clone();
            doc = vm.getattr_opt(&g, &n)?.filter(|d| !d.is_none());
            if !vm.type_of(obj).is(&vm.types.property) {
                // A subclass's own `__doc__` (None) would shadow the property's: the doc
                // goes into the instance instead.
                vm.setattr(obj, &n, doc.clone().unwrap_or(Value::NONE))?;
            }
        }
    }
    *p.doc.borrow_mut() = doc;
    Ok(())
}

fn property_name_for_error(vm: &mut Vm, p: &PropertyData) -> Option<String> {
    let n = p.name.borrow().clone()?;
    vm.repr_string(&n).ok()
}

fn property_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let p = prop(d);
    let g = p.fget.borrow().clone();
    match g {
        Some(g) => vm.call1(&g, obj.clone()),
        None => {
            let msg = match property_name_for_error(vm, p) {
                Some(n) => format!(
                    "property {n} of '{}' object has no getter",
                    vm.type_name(obj)
                ),
                None => format!("property of '{}' object has no getter", vm.type_name(obj)),
            };
            Err(vm.new_exception(&vm.exc.AttributeError, msg))
        }
    }
}

fn property_set(vm: &mut Vm, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let p = prop(d);
    let (f, what) = match &v {
        Some(_) => (p.fset.borrow().clone(), "setter"),
        None => (p.fdel.borrow().clone(), "deleter"),
    };
    match f {
        Some(f) => {
            match v {
                Some(v) => vm.call2(&f, obj.clone(), v)?,
                None => vm.call1(&f, obj.clone())?,
            };
            Ok(())
        }
        None => {
            let msg = match property_name_for_error(vm, p) {
                Some(n) => format!(
                    "property {n} of '{}' object has no {what}",
                    vm.type_name(obj)
                ),
                None => format!("property of '{}' object has no {what}", vm.type_name(obj)),
            };
            Err(vm.new_exception(&vm.exc.AttributeError, msg))
        }
    }
}

fn property_copy(vm: &mut Vm, this: &Value, which: usize, f: Value) -> PyResult<Value> {
    let p = prop(this);
    let mut parts = [
        p.fget.borrow().clone().unwrap_or(Value::NONE),
        p.fset.borrow().clone().unwrap_or(Value::NONE),
        p.fdel.borrow().clone().unwrap_or(Value::NONE),
        p.doc.borrow().clone().unwrap_or(Value::NONE),
    ];
    // None keeps the old function, as in CPython.
    if !f.is_none() {
        parts[which] = f;
    }
    // A doc taken from the old getter follows the new getter.
    if which == 0 {
        parts[3] = Value::NONE;
    }
    let ty = vm.type_of(this);
    let new = vm.call(ty.as_value(), Args::positional(&parts))?;
    if let (Some(np), Some(n)) = (new.downcast::<PropertyData>(), p.name.borrow().clone()) {
        *np.name.borrow_mut() = Some(n);
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = args.skip_self().exactly_one(vm, "getter")?.clone();
    property_copy(vm, &args.values[0], 0, f)
}

fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = args.skip_self().exactly_one(vm, "setter")?.clone();
    property_copy(vm, &args.values[0], 1, f)
}

fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = args.skip_self().exactly_one(vm, "deleter")?.clone();
    property_copy(vm, &args.values[0], 2, f)
}

fn property_set_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().unpack(vm, "__set_name__", 2, 2)?;
    *prop(&args.values[0]).name.borrow_mut() = Some(a[1].clone());
    Ok(Value::NONE)
}

fn property_set_doc(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    *prop(v).doc.borrow_mut() = d;
    Ok(())
}

fn property_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v);
    for f in [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ]
    .into_iter()
    .flatten()
    {
        if is_abstract(vm, &f)?.is_true_singleton() {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

// ---- __slots__ members ----

fn slot_ptr(obj: &Value, index: usize) -> Option<*mut Option<Value>> {
    let h = obj.header()?;
    let ext = h.type_data().extension?;
    if index >= ext.nslots as usize {
        return None;
    }
    // SAFETY: the extension holds the dict pointer then `nslots` slots.
    Some(
        unsafe { (h as *const _ as *mut u8).add(ext.offset as usize + 8 * (1 + index)) }
            as *mut Option<Value>,
    )
}

fn member_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    let m = d.downcast::<MemberData>().expect("member");
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    if !vm.is_instance_of(obj, &m.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner.name(),
            vm.type_name(obj)
        )));
    }
    let p = slot_ptr(obj, m.index);
    match p.and_then(|p| unsafe { (*p).clone() }) {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error_for(
            obj,
            &m.name,
            format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(obj),
                m.name
            ),
        )),
    }
}

fn member_set(vm: &mut Vm, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let m = d.downcast::<MemberData>().expect("member");
    if !vm.is_instance_of(obj, &m.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner.name(),
            vm.type_name(obj)
        )));
    }
    let Some(p) = slot_ptr(obj, m.index) else {
        return Err(vm.system_error("bad slot index"));
    };
    let deleting = v.is_none();
    // SAFETY: as in slot_ptr.
    let old = unsafe { std::mem::replace(&mut *p, v) };
    if deleting && old.is_none() {
        return Err(vm.attribute_error_for(obj, &m.name, m.name.clone()));
    }
    drop(old);
    Ok(())
}

fn member_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MemberData>().expect("member");
    Ok(vm.new_str(format!(
        "<member '{}' of '{}' objects>",
        m.name,
        m.owner.name()
    )))
}

// ---- getset ----

fn getset_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    let g = d.downcast::<GetSetData>().expect("getset");
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    if !vm.is_instance_of(obj, &g.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            g.owner.name(),
            vm.type_name(obj)
        )));
    }
    match g.get {
        Some(f) => f(vm, obj),
        None => Err(vm.attribute_error_for(
            obj,
            g.name,
            format!(
                "attribute '{}' of '{}' objects is not readable",
                g.name,
                g.owner.name()
            ),
        )),
    }
}

fn getset_set(vm: &mut Vm, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let g = d.downcast::<GetSetData>().expect("getset");
    if !vm.is_instance_of(obj, &g.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            g.owner.name(),
            vm.type_name(obj)
        )));
    }
    match g.set {
        Some(f) => f(vm, obj, v),
        // CPython's READONLY members answer with a shorter message than getsets do.
        None if is_readonly_member(&g.owner.name(), g.name) => {
            Err(vm.attribute_error_for(obj, g.name, "readonly attribute".to_string()))
        }
        None => Err(vm.attribute_error_for(
            obj,
            g.name,
            format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name,
                g.owner.name()
            ),
        )),
    }
}

/// Attributes CPython declares as READONLY `PyMemberDef`s (where Basilisk has getsets).
const READONLY_MEMBERS: &[(&str, &[&str])] = &[
    ("range", &["start", "stop", "step"]),
    ("slice", &["start", "stop", "step"]),
    ("function", &["__closure__", "__globals__", "__builtins__"]),
    ("method", &["__func__", "__self__"]),
    ("property", &["fget", "fset", "fdel"]),
    ("classmethod", &["__func__", "__wrapped__"]),
    ("staticmethod", &["__func__", "__wrapped__"]),
    ("complex", &["real", "imag"]),
    ("types.UnionType", &["__args__"]),
    ("UnionType", &["__args__"]),
    (
        "GenericAlias",
        &["__origin__", "__args__", "__parameters__"],
    ),
    ("module", &["__dict__"]),
    (
        "type",
        &[
            "__basicsize__",
            "__itemsize__",
            "__flags__",
            "__weakrefoffset__",
            "__base__",
            "__dictoffset__",
            "__mro__",
        ],
    ),
];

fn is_readonly_member(owner: &str, name: &str) -> bool {
    (owner == "code" && name.starts_with("co_"))
        || READONLY_MEMBERS
            .iter()
            .any(|(t, names)| *t == owner && names.contains(&name))
}

fn getset_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = v.downcast::<GetSetData>().expect("getset");
    Ok(vm.new_str(format!(
        "<attribute '{}' of '{}' objects>",
        g.name,
        g.owner.name()
    )))
}

pub fn instance_dict_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match crate::attr::dict_slot(v) {
        Some(s) => {
            let d = s.get_or_create(vm);
            d.header()
                .expect("dict")
                .clear_flag(crate::object::flag::MANAGED_DICT);
            Ok(d)
        }
        None => Err(vm.no_attribute(v, "__dict__")),
    }
}

pub fn instance_dict_set(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if new.downcast::<crate::objects::dict::DictData>().is_none() {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&new)
        )));
    }
    match crate::attr::dict_slot(v) {
        Some(s) => {
            s.set(Some(new));
            Ok(())
        }
        None => Err(vm.no_attribute(v, "__dict__")),
    }
}

pub fn weakref_get(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

// ---- method descriptors ----

fn method_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, ty: &Value) -> PyResult<Value> {
    let m = d.downcast::<MethodDescrData>().expect("method descriptor");
    let this = match m.kind {
        MethodKind::Class => {
            if ty.is_none() {
                obj.map(|o| vm.type_of(o).into_value())
                    .unwrap_or(Value::NONE)
            } else {
                ty.clone()
            }
        }
        _ => match obj {
            None => return Ok(d.clone()),
            Some(o) => {
                if !vm.is_instance_of(o, &m.owner) {
                    return Err(vm.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        m.name,
                        m.owner.name(),
                        vm.type_name(o)
                    )));
                }
                o.clone()
            }
        },
    };
    Ok(alloc(
        &vm.types.builtin_function,
        NativeFunctionData {
            name: m.name,
            qualname: format!("{}.{}", m.owner.name(), m.name),
            f: m.f,
            this: Some(this),
            pass_this: true,
            module: None,
            doc: m.doc,
            fastcall: false,
            arg_check: m.arg_check,
        },
    )
    .into_value())
}

fn method_descr_call(vm: &mut Vm, d: &Value, args: Args<'_>) -> PyResult<Value> {
    let m = d.downcast::<MethodDescrData>().expect("method descriptor");
    crate::interp::call::call_method_descr(vm, m, args)
}

fn method_descr_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = v.downcast::<MethodDescrData>().expect("method descriptor");
    Ok(vm.new_str(format!(
        "<method '{}' of '{}' objects>",
        m.name,
        m.owner.name()
    )))
}

fn wrapper_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    let Some(obj) = obj else {
        return Ok(d.clone());
    };
    let w = d.downcast::<SlotWrapperData>().expect("wrapper");
    if !vm.is_instance_of(obj, &w.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            w.name,
            w.owner.name(),
            vm.type_name(obj)
        )));
    }
    Ok(alloc(
        &vm.types.method_wrapper,
        crate::objects::function::MethodData {
            func: d.clone(),
            this: obj.clone(),
        },
    )
    .into_value())
}

fn wrapper_descr_call(vm: &mut Vm, d: &Value, args: Args<'_>) -> PyResult<Value> {
    let w = d.downcast::<SlotWrapperData>().expect("wrapper");
    crate::slot_dispatch::call_slot_wrapper(vm, w, args)
}

fn wrapper_descr_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let w = v.downcast::<SlotWrapperData>().expect("wrapper");
    Ok(vm.new_str(format!(
        "<slot wrapper '{}' of '{}' objects>",
        w.name,
        w.owner.name()
    )))
}

// ---- super ----

fn super_new(vm: &mut Vm, ty: &TypeRef, _args: Args<'_>) -> PyResult<Value> {
    let _ = vm;
    Ok(alloc(
        ty,
        SuperData {
            this_type: None,
            obj: None,
            obj_type: None,
        },
    )
    .into_value())
}

/// The type `obj` is for `super(type, obj)`: an instance of type, or a subclass of it.
fn super_check(vm: &mut Vm, ty: &TypeRef, obj: &Value) -> PyResult<TypeRef> {
    if let Some(t) = obj.downcast_ref::<TypeData>() {
        if t.is_subtype_of(ty) {
            return Ok(t);
        }
    }
    let ot = vm.type_of(obj);
    if ot.is_subtype_of(ty) {
        return Ok(ot);
    }
    let n = vm.names.__class__.clone();
    if let Some(c) = vm.getattr_opt(obj, &n)? {
        if let Some(ct) = c.downcast_ref::<TypeData>() {
            if !ct.is(&ot) && ct.is_subtype_of(ty) {
                return Ok(ct);
            }
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn super_init(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs(vm, "super")?;
    let a = args.unpack(vm, "super", 0, 2)?;
    let (ty, obj) = match a.len() {
        0 => zero_arg_super(vm)?,
        _ => {
            let Some(t) = a[0].downcast_ref::<TypeData>() else {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&a[0])
                )));
            };
            (t, a.get(1).cloned().filter(|o| !o.is_none()))
        }
    };
    let obj_type = match &obj {
        Some(o) => Some(super_check(vm, &ty, o)?),
        None => None,
    };
    // SAFETY-free replace: super objects are initialised once, right after creation.
    let s = this.downcast::<SuperData>().expect("super");
    let s = s as *const SuperData as *mut SuperData;
    unsafe {
        (*s).this_type = Some(ty);
        (*s).obj = obj;
        (*s).obj_type = obj_type;
    }
    Ok(())
}

/// `super()` in a method: the `__class__` cell and the first argument of the calling frame.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(TypeRef, Option<Value>)> {
    let Some(f) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    let code = f.code.clone();
    if code.argcount == 0 && code.flags & (bytecode::code::flags::VARARGS) == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    // SAFETY: localsplus slot 0 exists (argcount > 0 or *args).
    let mut first = unsafe { f.local(0).clone() };
    // If the first argument was turned into a cell, read through it.
    if code.kinds[0] & bytecode::code::local_kind::CELL != 0 {
        let inner = first
            .as_ref()
            .and_then(|v| v.downcast::<crate::objects::function::CellData>())
            .map(|c| c.value.borrow().clone());
        if let Some(inner) = inner {
            first = inner;
        }
    }
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let idx = code
        .localsplusnames
        .iter()
        .position(|n| n.as_str() == "__class__");
    let Some(idx) = idx else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cell = unsafe { f.local(idx).clone() };
    let cls = cell
        .as_ref()
        .and_then(|c| c.downcast::<crate::objects::function::CellData>())
        .and_then(|c| c.value.borrow().clone());
    match cls {
        Some(c) => match c.downcast_ref::<TypeData>() {
            Some(t) => Ok((t, Some(first))),
            None => Err(vm.runtime_error("super(): __class__ is not a type")),
        },
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
    }
}

fn super_getattro(vm: &mut Vm, this: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    let s = this.downcast::<SuperData>().expect("super");
    if let (Some(start), Some(ot)) = (&s.this_type, &s.obj_type) {
        if name.as_str() != "__class__" {
            let mro = ot.mro.borrow().clone();
            let pos = mro.iter().position(|m| m.is(start));
            if let Some(pos) = pos {
                for t in &mro[pos + 1..] {
                    if let Some(v) = t.dict.get_str(name) {
                        let get = vm.type_data_of(&v).slots.descr_get.get();
                        return match get {
                            Some(g) => {
                                let obj = s.obj.clone().filter(|o| !o.is(ot.as_value()));
                                g(vm, &v, obj.as_ref(), ot.as_value())
                            }
                            None => Ok(v),
                        };
                    }
                }
            }
        }
    }
    crate::attr::generic_getattr(vm, this, name)
}

fn super_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, _ty: &Value) -> PyResult<Value> {
    let s = d.downcast::<SuperData>().expect("super");
    match (obj, &s.obj) {
        (Some(o), None) => {
            let t = s.this_type.clone().expect("initialised super");
            let ot = super_check(vm, &t, o)?;
            Ok(alloc(
                &vm.types.super_,
                SuperData {
                    this_type: Some(t),
                    obj: Some(o.clone()),
                    obj_type: Some(ot),
                },
            )
            .into_value())
        }
        _ => Ok(d.clone()),
    }
}

fn super_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = v.downcast::<SuperData>().expect("super");
    let this = s
        .this_type
        .as_ref()
        .map(|t| t.name())
        .unwrap_or_else(|| "NULL".into());
    Ok(vm.new_str(match &s.obj_type {
        Some(t) => format!("<super: <class '{this}'>, <{} object>>", t.name()),
        None => format!("<super: <class '{this}'>, NULL>"),
    }))
}

/// CPython's docstring of a slot wrapper (`int.__add__.__doc__`).
pub fn slot_wrapper_doc(vm: &Vm, v: &Value) -> Value {
    let doc = v
        .downcast::<crate::objects::native::SlotWrapperData>()
        .and_then(|w| {
            let owner = w.owner.name();
            crate::builtin_docs_lookup::member_doc(&owner, w.name)
                .or_else(|| crate::builtin_docs_lookup::member_doc("object", w.name))
        });
    doc.map(|d| vm.new_str(d)).unwrap_or(Value::NONE)
}
