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
pub mod generic_alias;
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
use crate::objects::native::{ArgCheck, MethodDescrData, MethodKind, NativeFn, NativeFunctionData};
use crate::value::Value;
use crate::vm::Vm;

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
    generic_alias::init(vm);
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
    // Every exception class has its own `__new__` (`Exception.__new__(OSError)` names it).
    for t in vm.exc.all().into_iter().cloned().collect::<Vec<_>>() {
        if t.slots.new.get().is_some() && t.dict.get_rust_str("__new__").is_none() {
            object::add_new_wrapper(vm, &t);
        }
    }
    for t in &all {
        crate::slots::add_slot_wrappers(vm, t);
        // An unhashable builtin shows it as `__hash__ = None` (CPython's type_ready).
        let h = vm.intern("__hash__");
        if t.slots.hash.get().is_none() && t.dict.get_str(&h).is_none() {
            t.dict.set_str(&h, Value::NONE);
        }
        // No `__module__` entry: as in CPython, `type.__module__` says "builtins" for static
        // types, and their instances have no such attribute.
        let d = vm.names.__doc__.clone();
        if t.dict.get_str(&d).is_none() {
            let doc = match crate::builtin_docs_lookup::type_doc(&t.name()) {
                Some(text) => vm.new_str(text),
                None => Value::NONE,
            };
            t.dict.set_str(&d, doc);
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

/// CPython's METH_NOARGS methods of the builtin types, by type name: calling one with any
/// argument besides `self` is the `X.m() takes no arguments (N given)` error, checked by the
/// call path before the method runs.
const NOARGS: &[(&str, &[&str])] = &[
    (
        "int",
        &[
            "bit_length",
            "bit_count",
            "as_integer_ratio",
            "__getnewargs__",
            "__sizeof__",
            "conjugate",
            "__trunc__",
            "__floor__",
            "__ceil__",
        ],
    ),
    (
        "float",
        &[
            "conjugate",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "as_integer_ratio",
            "hex",
            "is_integer",
            "__getnewargs__",
        ],
    ),
    ("complex", &["conjugate", "__complex__", "__getnewargs__"]),
    (
        "str",
        &[
            "capitalize",
            "casefold",
            "title",
            "lower",
            "swapcase",
            "upper",
            "isascii",
            "islower",
            "isupper",
            "istitle",
            "isspace",
            "isdecimal",
            "isdigit",
            "isnumeric",
            "isalpha",
            "isalnum",
            "isidentifier",
            "isprintable",
            "__sizeof__",
            "__getnewargs__",
        ],
    ),
    (
        "list",
        &["__reversed__", "__sizeof__", "clear", "copy", "reverse"],
    ),
    ("tuple", &["__getnewargs__"]),
    (
        "dict",
        &[
            "popitem",
            "__reversed__",
            "__sizeof__",
            "keys",
            "items",
            "values",
            "clear",
            "copy",
        ],
    ),
    ("set", &["clear", "copy", "pop", "__reduce__", "__sizeof__"]),
    ("frozenset", &["copy", "__reduce__", "__sizeof__"]),
    ("range", &["__reversed__"]),
    ("slice", &["__reduce__"]),
    (
        "object",
        &["__reduce__", "__getstate__", "__sizeof__", "__dir__"],
    ),
    ("type", &["mro", "__subclasses__", "__dir__", "__sizeof__"]),
    ("BaseException", &["__reduce__"]),
    ("list_iterator", &["__length_hint__", "__reduce__"]),
    ("list_reverseiterator", &["__length_hint__", "__reduce__"]),
    ("tuple_iterator", &["__length_hint__", "__reduce__"]),
    ("str_ascii_iterator", &["__length_hint__", "__reduce__"]),
    ("range_iterator", &["__length_hint__", "__reduce__"]),
    ("dict_keys", &["__reversed__"]),
    ("dict_values", &["__reversed__"]),
    ("dict_items", &["__reversed__"]),
    ("dict_keyiterator", &["__length_hint__", "__reduce__"]),
    ("dict_valueiterator", &["__length_hint__", "__reduce__"]),
    ("dict_itemiterator", &["__length_hint__", "__reduce__"]),
    (
        "mappingproxy",
        &["keys", "values", "items", "copy", "__reversed__"],
    ),
    ("method", &["__reduce__"]),
    ("generator", &["close", "__sizeof__"]),
    ("code", &["__sizeof__", "co_lines", "co_positions"]),
    ("ellipsis", &["__reduce__"]),
    ("NotImplementedType", &["__reduce__"]),
    ("enumerate", &["__reduce__"]),
    ("zip", &["__reduce__"]),
    ("map", &["__reduce__"]),
    ("filter", &["__reduce__"]),
    ("reversed", &["__length_hint__", "__reduce__"]),
];

/// METH_O methods whose own argument checks are left to the call path.
const ONEARG: &[(&str, &[&str])] = &[
    ("type", &["__instancecheck__", "__subclasscheck__"]),
    ("object", &["__format__"]),
    ("int", &["__format__"]),
    ("float", &["__format__"]),
    ("complex", &["__format__"]),
    ("str", &["__format__"]),
    ("list", &["__getitem__"]),
    ("dict", &["__getitem__", "__contains__"]),
    ("set", &["__contains__", "symmetric_difference_update"]),
    ("frozenset", &["__contains__"]),
];

/// Methods that refuse keyword arguments, named bare in the error (METH_VARARGS)...
const NOKW_BARE: &[(&str, &[&str])] = &[
    (
        "str",
        &[
            "count",
            "endswith",
            "find",
            "index",
            "rfind",
            "rindex",
            "startswith",
        ],
    ),
    (
        "set",
        &[
            "union",
            "difference",
            "intersection",
            "difference_update",
            "intersection_update",
            "update",
        ],
    ),
    ("frozenset", &["union", "difference", "intersection"]),
    ("range", &["__reduce__"]),
];

/// ... or qualified (Argument Clinic's positional-only methods).
const NOKW_QUALIFIED: &[(&str, &[&str])] = &[
    ("list", &["index", "insert", "pop"]),
    ("tuple", &["index"]),
    ("dict", &["get", "pop", "setdefault"]),
    ("int", &["__round__"]),
    ("float", &["__round__"]),
];

fn arg_check(owner: &str, name: &str) -> ArgCheck {
    let find = |table: &[(&str, &[&str])]| {
        table
            .iter()
            .any(|(t, names)| *t == owner && names.contains(&name))
    };
    if find(NOARGS) {
        ArgCheck::NoArgs
    } else if find(ONEARG) {
        ArgCheck::OneArg
    } else if find(NOKW_BARE) {
        ArgCheck::NoKwargs { qualified: false }
    } else if find(NOKW_QUALIFIED) {
        ArgCheck::NoKwargs { qualified: true }
    } else {
        ArgCheck::Any
    }
}

fn add_method_kind(vm: &mut Vm, ty: &TypeRef, name: &'static str, f: NativeFn, kind: MethodKind) {
    let arg_check = if kind == MethodKind::Instance {
        arg_check(&ty.name(), name)
    } else {
        ArgCheck::Any
    };
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
            arg_check,
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
            arg_check: ArgCheck::Any,
        },
    )
    .into_value()
}
