//! The builtin types' behaviour: slots and methods, one file per type (or family), each with
//! an `init` that fills its type objects. `init_types` runs them all, then exposes every
//! type's slots as special methods.

pub mod asyncgen;
pub mod bool_none;
pub mod bytearray;
pub mod bytes;
pub mod bytes_case;
pub mod bytes_decode;
pub mod bytes_hex;
pub mod bytes_methods;
pub mod bytes_split;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod iterators;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod object;
pub mod percent;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_case;
pub mod str_encode;
pub mod str_format;
pub mod str_methods;
pub mod str_split;
pub mod str_translate;
pub mod structseq;
pub mod tuple;
pub mod type_;
pub mod weakref;

use crate::object::{alloc, TypeRef};
use crate::objects::descr::{GetSetData, GetterFn, SetterFn};
use crate::objects::native::{MethodDescrData, MethodKind, NativeFn, NativeFunctionData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init_types(vm: &mut Vm) {
    object::init(vm);
    type_::init(vm);
    bool_none::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    memoryview::init(vm);
    tuple::init(vm);
    list::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    slice::init(vm);
    function::init(vm);
    descr::init(vm);
    module::init(vm);
    code::init(vm);
    iterators::init(vm);
    generator::init(vm);
    asyncgen::init(vm);
    weakref::init(vm);
    exceptions::init(vm);
    crate::modules::io::init_type(vm);
    frame::init(vm);
    type_::init_union(vm);
    let all: Vec<TypeRef> = vm
        .types
        .all()
        .into_iter()
        .cloned()
        .chain(vm.exc.all().into_iter().cloned())
        .collect();
    for t in &all {
        crate::slot_dispatch::inherit_slots(t);
    }
    for t in &all {
        crate::slots::add_slot_wrappers(vm, t);
        let k = vm.names.__module__.clone();
        if t.dict.get_str(&k).is_none() {
            let m = vm.intern("builtins").into_value();
            t.dict.set_str(&k, m);
        }
        let d = vm.names.__doc__.clone();
        if t.dict.get_str(&d).is_none() {
            t.dict.set_str(&d, Value::NONE);
        }
    }
}

pub fn add_method(vm: &mut Vm, ty: &TypeRef, name: &'static str, f: NativeFn) {
    add_method_kind(vm, ty, name, f, MethodKind::Instance);
}

pub fn add_classmethod(vm: &mut Vm, ty: &TypeRef, name: &'static str, f: NativeFn) {
    add_method_kind(vm, ty, name, f, MethodKind::Class);
}

pub fn add_staticmethod(vm: &mut Vm, ty: &TypeRef, name: &'static str, f: NativeFn) {
    add_method_kind(vm, ty, name, f, MethodKind::Static);
}

fn add_method_kind(vm: &mut Vm, ty: &TypeRef, name: &'static str, f: NativeFn, kind: MethodKind) {
    let mty = match kind {
        MethodKind::Class => vm.types.classmethod_descriptor.clone(),
        _ => vm.types.method_descriptor.clone(),
    };
    let d = alloc(
        &mty,
        MethodDescrData {
            name,
            f,
            owner: ty.clone(),
            kind,
            doc: None,
        },
    );
    let v = if kind == MethodKind::Static {
        // A static method of a builtin type is a staticmethod around a builtin function.
        let nf = new_native_function(vm, name, f, None);
        alloc(
            &vm.types.staticmethod,
            crate::objects::descr::StaticMethodData {
                func: std::cell::RefCell::new(nf),
                dict: std::cell::RefCell::new(None),
            },
        )
        .into_value()
    } else {
        d.into_value()
    };
    let k = vm.intern(name);
    ty.dict.set_str(&k, v);
}

pub fn add_getset(
    vm: &mut Vm,
    ty: &TypeRef,
    name: &'static str,
    get: Option<GetterFn>,
    set: Option<SetterFn>,
) {
    let d = alloc(
        &vm.types.getset_descriptor,
        GetSetData {
            name,
            owner: ty.clone(),
            get,
            set,
        },
    );
    let k = vm.intern(name);
    ty.dict.set_str(&k, d.into_value());
}

pub fn set_attr(vm: &mut Vm, ty: &TypeRef, name: &str, v: Value) {
    let k = vm.intern(name);
    ty.dict.set_str(&k, v);
}

pub fn new_native_function(
    vm: &mut Vm,
    name: &'static str,
    f: NativeFn,
    module: Option<Value>,
) -> Value {
    alloc(
        &vm.types.builtin_function,
        NativeFunctionData {
            name,
            qualname: name.to_string(),
            f,
            this: None,
            pass_this: false,
            module,
            doc: None,
            fastcall: false,
        },
    )
    .into_value()
}

/// `list[int]` and friends: `types.GenericAlias` is not modelled yet, so the subscription
/// returns the class itself (enough for annotations, which is what programs use it for).
pub fn generic_alias(vm: &mut Vm, obj: &Value, _key: &Value) -> PyResult<Value> {
    let _ = vm;
    Ok(obj.clone())
}
