//! Attribute access: `object.__getattribute__`, `type.__getattribute__`, instance
//! dictionaries, `__setattr__`, and `isinstance`/`issubclass`.

use crate::kinds::Kind;
use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where an object keeps its `__dict__`, if it has one.
pub enum DictSlot<'a> {
    /// In the payload (exceptions, functions).
    Cell(&'a std::cell::RefCell<Option<Value>>),
    /// In the instance extension of a Python class.
    Raw(*mut Option<Value>),
    /// A module's namespace, always present.
    Module(&'a PyRef<DictData>),
}

pub fn dict_slot(v: &Value) -> Option<DictSlot<'_>> {
    let h = v.header()?;
    let td = h.type_data();
    if let Some(ext) = td.extension {
        if td.has_flag(crate::types::type_flags::HAS_DICT) && ext_has_dict(td) {
            // SAFETY: the extension area was allocated with the instance.
            let p = unsafe { (h as *const _ as *mut u8).add(ext.offset as usize) }
                as *mut Option<Value>;
            return Some(DictSlot::Raw(p));
        }
    }
    match h.kind() {
        Kind::Exception => Some(DictSlot::Cell(&v.downcast::<ExceptionData>()?.dict)),
        Kind::Function => Some(DictSlot::Cell(&v.downcast::<FunctionData>()?.dict)),
        Kind::ClassMethod => Some(DictSlot::Cell(
            &v.downcast::<crate::objects::descr::ClassMethodData>()?.dict,
        )),
        Kind::StaticMethod => Some(DictSlot::Cell(
            &v.downcast::<crate::objects::descr::StaticMethodData>()?
                .dict,
        )),
        Kind::Module => Some(DictSlot::Module(&v.downcast::<ModuleData>()?.dict)),
        _ => None,
    }
}

/// Classes whose base layout already has a dict keep it there, not in the extension.
fn ext_has_dict(td: &TypeData) -> bool {
    !matches!(
        td.kind,
        Kind::Exception | Kind::Function | Kind::Module | Kind::ClassMethod | Kind::StaticMethod
    )
}

impl DictSlot<'_> {
    pub fn get(&self) -> Option<Value> {
        match self {
            DictSlot::Cell(c) => c.borrow().clone(),
            // SAFETY: the slot is an initialized `Option<Value>` inside a live object.
            DictSlot::Raw(p) => unsafe { (**p).clone() },
            DictSlot::Module(d) => Some(d.as_value().clone()),
        }
    }

    pub fn set(&self, v: Option<Value>) {
        let old = match self {
            DictSlot::Cell(c) => c.replace(v),
            // SAFETY: as above.
            DictSlot::Raw(p) => unsafe { std::mem::replace(&mut **p, v) },
            DictSlot::Module(_) => None,
        };
        drop(old);
    }

    /// The dict, created empty on first use.
    pub fn get_or_create(&self, vm: &Vm) -> Value {
        if let Some(d) = self.get() {
            return d;
        }
        let d = vm.new_dict().into_value();
        if let DictSlot::Raw(_) = self {
            d.header()
                .expect("dict")
                .set_flag(crate::object::flag::MANAGED_DICT);
        }
        self.set(Some(d.clone()));
        d
    }
}

/// `object.__getattribute__` without raising: `Ok(None)` when the attribute is absent.
pub fn generic_getattr_opt(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef<StrData>,
) -> PyResult<Option<Value>> {
    let ty = vm.type_of(obj);
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        let dt = vm.type_data_of(d);
        if let (Some(get), Some(_)) = (dt.slots.descr_get.get(), dt.slots.descr_set.get()) {
            return get(vm, d, Some(obj), ty.as_value()).map(Some);
        }
    }
    if let Some(slot) = dict_slot(obj) {
        if let Some(dict) = slot.get() {
            if let Some(dd) = dict.downcast::<DictData>() {
                if let Some(v) = dd.get_str(name) {
                    return Ok(Some(v));
                }
            }
        }
    }
    if let Some(d) = descr {
        let get = vm.type_data_of(&d).slots.descr_get.get();
        if let Some(get) = get {
            return get(vm, &d, Some(obj), ty.as_value()).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    match generic_getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => {
            if let Some(m) = obj.downcast::<ModuleData>() {
                // PEP 562: a module-level __getattr__.
                if let Some(f) = m.dict.get_rust_str("__getattr__") {
                    return vm.call1(&f, name.as_value().clone());
                }
            }
            Err(vm.no_attribute(obj, name.as_str()))
        }
    }
}

pub fn generic_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef<StrData>,
    v: Option<Value>,
) -> PyResult<()> {
    let ty = vm.type_of(obj);
    if let Some(d) = ty.lookup(name) {
        if let Some(set) = vm.type_data_of(&d).slots.descr_set.get() {
            return set(vm, &d, obj, v);
        }
    }
    match dict_slot(obj) {
        Some(slot) => {
            let dict = slot.get_or_create(vm);
            let dd = dict
                .downcast::<DictData>()
                .expect("instance dict is a dict");
            match v {
                Some(v) => {
                    dd.set_str(name, v);
                    Ok(())
                }
                None => match dd.remove_str(name) {
                    Some(_) => Ok(()),
                    // CPython words this one by the type's name even for modules.
                    None => Err(vm.attribute_error_for(
                        obj,
                        name.as_str(),
                        format!(
                            "'{}' object has no attribute '{}'",
                            ty.name(),
                            name.as_str()
                        ),
                    )),
                },
            }
        }
        None => {
            let tname = ty.name();
            if ty.lookup(name).is_some() {
                Err(vm.attribute_error_for(
                    obj,
                    name.as_str(),
                    format!(
                        "'{tname}' object attribute '{}' is read-only",
                        name.as_str()
                    ),
                ))
            } else if v.is_some() {
                Err(vm.attribute_error_for(
                    obj,
                    name.as_str(),
                    format!("'{tname}' object has no attribute '{}'", name.as_str()),
                ))
            } else {
                Err(vm.no_attribute(obj, name.as_str()))
            }
        }
    }
}

/// `type.__getattribute__`: the metatype's data descriptors, then the class's own MRO
/// (binding with `__get__(None, cls)`), then the metatype's other attributes.
pub fn type_getattro(vm: &mut Vm, obj: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    match type_getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name.as_str())),
    }
}

pub fn type_getattr_opt(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef<StrData>,
) -> PyResult<Option<Value>> {
    let meta = vm.type_of(obj);
    let meta_attr = meta.lookup(name);
    let mut meta_get = None;
    if let Some(d) = &meta_attr {
        let dt = vm.type_data_of(d);
        meta_get = dt.slots.descr_get.get();
        if let (Some(get), Some(_)) = (meta_get, dt.slots.descr_set.get()) {
            return get(vm, d, Some(obj), meta.as_value()).map(Some);
        }
    }
    let ty = obj.downcast::<TypeData>().expect("type_getattro on a type");
    if let Some(attr) = ty.lookup(name) {
        let get = vm.type_data_of(&attr).slots.descr_get.get();
        if let Some(get) = get {
            return get(vm, &attr, None, obj).map(Some);
        }
        return Ok(Some(attr));
    }
    if let Some(get) = meta_get {
        return get(
            vm,
            meta_attr.as_ref().expect("found"),
            Some(obj),
            meta.as_value(),
        )
        .map(Some);
    }
    Ok(meta_attr)
}

/// Looks `name` up on class `cls` itself and binds it as `cls.name` would.
pub fn type_lookup_bound(
    vm: &mut Vm,
    cls: &Value,
    name: &PyRef<StrData>,
) -> PyResult<Option<Value>> {
    let Some(ty) = cls.downcast::<TypeData>() else {
        return Ok(None);
    };
    let Some(attr) = ty.lookup(name) else {
        return Ok(None);
    };
    let get = vm.type_data_of(&attr).slots.descr_get.get();
    match get {
        Some(get) => get(vm, &attr, None, cls).map(Some),
        None => Ok(Some(attr)),
    }
}

pub fn type_setattro(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef<StrData>,
    v: Option<Value>,
) -> PyResult<()> {
    let ty: PyRef<TypeData> = PyRef::from_value_unchecked(obj.clone());
    if ty.has_flag(crate::types::type_flags::IMMUTABLE) {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            ty.name()
        )));
    }
    let meta = vm.type_of(obj);
    if let Some(d) = meta.lookup(name) {
        if let Some(set) = vm.type_data_of(&d).slots.descr_set.get() {
            return set(vm, &d, obj, v);
        }
    }
    match v {
        Some(v) => ty.dict.set_str(name, v),
        None => {
            if ty.dict.remove_str(name).is_none() {
                return Err(vm.no_attribute(obj, name.as_str()));
            }
        }
    }
    ty.modified();
    if name.as_str().starts_with("__") && name.as_str().ends_with("__") {
        crate::slot_dispatch::update_slot(vm, &ty, name.as_str());
    }
    Ok(())
}

/// The classes a tuple or a `X | Y` union in `isinstance`'s second argument stands for.
/// (Checked by type, not layout: `types.GenericAlias` is stored as a tuple too.)
fn class_alternatives(vm: &Vm, cls: &Value) -> Option<Vec<Value>> {
    let t = cls.downcast::<TupleData>()?;
    let ty = vm.type_of(cls);
    if ty.is_subtype_of(&vm.types.tuple) || ty.is(&vm.types.union_type) {
        Some(t.items().to_vec())
    } else {
        None
    }
}

/// `isinstance(v, cls)` with tuples, `__instancecheck__` and `__class__`.
pub fn isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeData>() {
        let vt = vm.type_data_of(v);
        if std::ptr::eq(vt, t) || vt.mro.borrow().iter().any(|m| m.as_value().is(cls)) {
            return Ok(true);
        }
        let meta = vm.type_of(cls);
        if !meta.is(&vm.types.type_) {
            let name = vm.names.__instancecheck__.clone();
            if let Some(r) = vm.call_special(cls, &name, std::slice::from_ref(v))? {
                return vm.is_true(&r);
            }
        }
        // An object may claim another class through `__class__` (proxies, mocks). Not when
        // its attribute access is the generic one and its type's `__class__` is object's
        // own descriptor: that gives `type(v)`, which did not match.
        let name = vm.names.__class__.clone();
        let vt = vm.type_data_of(v);
        let generic = vt
            .slots
            .getattro
            .get()
            .is_none_or(|f| f as usize == generic_getattr as crate::slots::GetAttrFn as usize);
        if generic {
            let objects = vm.types.object.lookup(&name);
            if let (Some(own), Some(objects)) = (vt.lookup(&name), objects) {
                if own.is(&objects) {
                    return Ok(false);
                }
            }
        }
        if let Some(c) = vm.getattr_opt(v, &name)? {
            if !c.is(vm.type_of(v).as_value()) {
                if let Some(ct) = c.downcast_ref::<TypeData>() {
                    let clsref: TypeRef = PyRef::from_value_unchecked(cls.clone());
                    return Ok(ct.is_subtype_of(&clsref));
                }
            }
        }
        return Ok(false);
    }
    if let Some(items) = class_alternatives(vm, cls) {
        for c in items {
            if vm.recursive(" in __instancecheck__", |vm| isinstance(vm, v, &c))? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let name = vm.names.__instancecheck__.clone();
    if let Some(r) = vm.call_special(cls, &name, std::slice::from_ref(v))? {
        return vm.is_true(&r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub fn issubclass(vm: &mut Vm, c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = class_alternatives(vm, cls) {
        for x in items {
            if vm.recursive(" in __subclasscheck__", |vm| issubclass(vm, c, &x))? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(_clst) = cls.downcast::<TypeData>() {
        let meta = vm.type_of(cls);
        if !meta.is(&vm.types.type_) {
            let name = vm.names.__subclasscheck__.clone();
            if let Some(r) = vm.call_special(cls, &name, std::slice::from_ref(c))? {
                return vm.is_true(&r);
            }
        }
        let Some(ct) = c.downcast_ref::<TypeData>() else {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        };
        let clsref: TypeRef = PyRef::from_value_unchecked(cls.clone());
        return Ok(ct.is_subtype_of(&clsref));
    }
    let name = vm.names.__subclasscheck__.clone();
    if let Some(r) = vm.call_special(cls, &name, std::slice::from_ref(c))? {
        return vm.is_true(&r);
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

/// Makes a plain instance of a Python class whose layout is `object`'s.
pub fn new_object_instance(ty: &TypeRef) -> Value {
    alloc(ty, crate::objects::object::ObjectData).into_value()
}
