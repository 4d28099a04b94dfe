//! `type`: calling classes, creating classes (`type.__new__`, `__build_class__`), the C3 MRO,
//! instance layout for `__slots__`, and the class attributes (`__name__`, `__mro__`, ...).

use crate::kinds::Kind;
use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::dict::{DictData, MappingProxyData};
use crate::objects::function::{CellData, FunctionData};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::{type_flags, Extension, TypeData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    let s = &t.slots;
    s.call.set(Some(type_call));
    s.new.set(Some(type_new));
    s.init.set(Some(type_init));
    s.repr.set(Some(type_repr));
    s.getattro.set(Some(crate::attr::type_getattro));
    s.setattro.set(Some(crate::attr::type_setattro));
    s.nb[crate::slots::BinOp::Or as usize].set(Some(type_or));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "mro", type_mro);
    super::add_method(vm, &t, "__subclasses__", type_subclasses);
    super::add_method(vm, &t, "__instancecheck__", type_instancecheck);
    super::add_method(vm, &t, "__subclasscheck__", type_subclasscheck);
    super::add_method(vm, &t, "__dir__", type_dir);
    super::add_method(vm, &t, "__sizeof__", type_sizeof);
    super::add_classmethod(vm, &t, "__prepare__", type_prepare);
    super::add_getset(vm, &t, "__name__", Some(get_name), Some(set_name));
    super::add_getset(
        vm,
        &t,
        "__qualname__",
        Some(get_qualname),
        Some(set_qualname),
    );
    super::add_getset(vm, &t, "__module__", Some(get_module), Some(set_module));
    super::add_getset(vm, &t, "__dict__", Some(get_dict), None);
    super::add_getset(vm, &t, "__bases__", Some(get_bases), Some(set_bases));
    super::add_getset(vm, &t, "__base__", Some(get_base), None);
    super::add_getset(vm, &t, "__mro__", Some(get_mro), None);
    super::add_getset(vm, &t, "__doc__", Some(get_doc), Some(set_doc));
    super::add_getset(
        vm,
        &t,
        "__text_signature__",
        Some(|vm, v| {
            // The signatures CPython's builtin types carry in their docstrings.
            let t = as_type(v);
            let sig = if t.has_flag(type_flags::HEAPTYPE) {
                None
            } else {
                match t.name().as_str() {
                    "list" | "tuple" => Some("(iterable=(), /)"),
                    "object" => Some("()"),
                    "complex" => Some("(real=0, imag=0)"),
                    "float" => Some("(x=0, /)"),
                    "property" => Some("(fget=None, fset=None, fdel=None, doc=None)"),
                    "enumerate" => Some("(iterable, start=0)"),
                    "reversed" => Some("(sequence, /)"),
                    _ => None,
                }
            };
            Ok(sig.map_or(Value::NONE, |s| vm.new_str(s)))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "__abstractmethods__",
        Some(get_abstract),
        Some(set_abstract),
    );
    super::add_getset(
        vm,
        &t,
        "__annotations__",
        Some(get_annotations),
        Some(set_annotations),
    );
    let bc = super::new_native_function(vm, "__build_class__", build_class, None);
    let k = vm.names.__build_class__.clone();
    vm.builtins.set_str(&k, bc);
}

fn as_type(v: &Value) -> TypeRef {
    PyRef::from_value_unchecked(v.clone())
}

pub fn type_call(vm: &mut Vm, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let ty = as_type(callable);
    if ty.is(&vm.types.type_) && args.pos().len() == 1 && !args.has_kwargs() {
        return Ok(vm.type_of(&args.values[0]).into_value());
    }
    let Some(new) = ty.slots.new.get() else {
        return Err(vm.type_error(format!("cannot create '{}' instances", qualified_name(&ty))));
    };
    let obj = new(vm, &ty, args)?;
    if !vm.type_of(&obj).is_subtype_of(&ty) {
        return Ok(obj);
    }
    let t = vm.type_of(&obj);
    if let Some(init) = t.slots.init.get() {
        if !(ty.is(&vm.types.type_) && args.values.len() == 1) {
            init(vm, &obj, args)?;
        }
    }
    Ok(obj)
}

fn qualified_name(t: &TypeData) -> String {
    let module = t
        .dict
        .get_rust_str("__module__")
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()));
    match module.as_deref() {
        Some("builtins") | None => t.qualname.borrow().clone(),
        Some(m) => format!("{m}.{}", t.qualname.borrow()),
    }
}

fn type_init(vm: &mut Vm, _obj: &Value, args: Args<'_>) -> PyResult<()> {
    let n = args.pos().len();
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    Ok(vm.new_str(format!("<class '{}'>", qualified_name(&t))))
}

/// `X | Y` for types: a `types.UnionType` of the distinct members, flattened.
pub fn type_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let is_member = |vm: &Vm, v: &Value| {
        v.is_none()
            || v.downcast::<TypeData>().is_some()
            || vm.is_instance_of(v, &vm.types.union_type)
            || vm.is_instance_of(v, &vm.types.generic_alias)
    };
    if !is_member(vm, a) || !is_member(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts: Vec<Value> = if vm.is_instance_of(v, &vm.types.union_type) {
            super::tuple::items(v).to_vec()
        } else if v.is_none() {
            vec![vm.types.none_type.as_value().clone()]
        } else {
            vec![v.clone()]
        };
        for p in parts {
            if !args.iter().any(|x| x.is(&p)) {
                args.push(p);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().expect("one"));
    }
    Ok(crate::objects::tuple::alloc_tuple(
        &vm.types.union_type,
        args.len(),
        args,
    ))
}

pub fn init_union(vm: &mut Vm) {
    let t = vm.types.union_type.clone();
    t.slots.nb[crate::slots::BinOp::Or as usize].set(Some(type_or));
    t.slots.repr.set(Some(|vm, v| {
        let mut parts = Vec::new();
        for x in super::tuple::items(v).to_vec() {
            if x.is(vm.types.none_type.as_value()) {
                parts.push("None".to_string());
            } else if let Some(t) = x.downcast::<TypeData>() {
                parts.push(qualified_name(t));
            } else {
                parts.push(vm.repr_string(&x)?);
            }
        }
        Ok(vm.new_str(parts.join(" | ")))
    }));
    t.slots.hash.set(Some(|vm, v| {
        let s = crate::interp::helpers::build_set(vm, super::tuple::items(v).to_vec())?;
        let fs = vm.types.frozenset.clone();
        let f = super::set::copy_set(vm, super::set::st(&s), &fs);
        vm.hash(f.as_value())
    }));
    t.slots.richcompare.set(Some(|vm, a, b, op| {
        if !vm.is_instance_of(b, &vm.types.union_type.clone())
            || !matches!(
                op,
                crate::slots::CompareOp::Eq | crate::slots::CompareOp::Ne
            )
        {
            return Ok(vm.not_implemented.clone());
        }
        let (x, y) = (super::tuple::items(a), super::tuple::items(b));
        let eq = x.len() == y.len() && x.iter().all(|i| y.iter().any(|j| j.is(i)));
        Ok(Value::from_bool(if op == crate::slots::CompareOp::Eq {
            eq
        } else {
            !eq
        }))
    }));
    super::add_getset(
        vm,
        &t,
        "__args__",
        Some(|vm, v| Ok(vm.new_tuple(super::tuple::items(v).to_vec()))),
        None,
    );
    let m = vm.intern("types").into_value();
    super::set_attr(vm, &t, "__module__", m);
}

/// The metaclass to use for `bases`: the most derived of `meta` and the bases' metaclasses.
pub fn calculate_metaclass(vm: &mut Vm, meta: &TypeRef, bases: &[Value]) -> PyResult<TypeRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = vm.type_of(b);
        if winner.is_subtype_of(&bt) {
            continue;
        }
        if bt.is_subtype_of(&winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// C3 linearization.
fn c3_mro(vm: &mut Vm, bases: &[TypeRef]) -> PyResult<Vec<TypeRef>> {
    let mut seqs: Vec<Vec<TypeRef>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                found = Some(head.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The base whose instance layout a subclass extends ("solid base").
fn solid_base(t: &TypeRef) -> TypeRef {
    let mut cur = t.clone();
    loop {
        let base = cur.base.borrow().clone();
        match base {
            Some(b) => {
                let adds_slots = cur
                    .extension
                    .is_some_and(|e| e.nslots > b.extension.map(|x| x.nslots).unwrap_or(0));
                if cur.kind != b.kind || adds_slots {
                    return cur;
                }
                cur = b;
            }
            None => return cur,
        }
    }
}

fn best_base(vm: &mut Vm, bases: &[TypeRef]) -> PyResult<TypeRef> {
    let mut winner: Option<TypeRef> = None;
    let mut base: Option<TypeRef> = None;
    for b in bases {
        if !b.has_flag(type_flags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                b.name()
            )));
        }
        let candidate = solid_base(b);
        match &winner {
            None => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(w) => {
                if w.is_subtype_of(&candidate) {
                } else if candidate.is_subtype_of(w) {
                    winner = Some(candidate);
                    base = Some(b.clone());
                } else {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok(base.expect("at least one base"))
}

fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// `type.__new__(meta, name, bases, namespace, **kwds)`.
pub fn type_new(vm: &mut Vm, meta: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 1 && !args.has_kwargs() && meta.is(&vm.types.type_) {
        return Ok(vm.type_of(&pos[0]).into_value());
    }
    if pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = pos[0].downcast_ref::<StrData>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&pos[0])
        )));
    };
    let Some(bases_t) = pos[1].downcast::<TupleData>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&pos[1])
        )));
    };
    let Some(ns) = pos[2].downcast_ref::<DictData>() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[2])
        )));
    };
    let base_values = bases_t.items().to_vec();
    let winner = calculate_metaclass(vm, meta, &base_values)?;
    if !winner.is(meta) {
        if let Some(new) = winner.slots.new.get() {
            if new as usize != type_new as *const () as usize {
                return new(vm, &winner, args);
            }
        }
    }
    let meta = winner;
    let mut bases: Vec<TypeRef> = Vec::new();
    for b in &base_values {
        match b.downcast_ref::<TypeData>() {
            Some(t) => {
                if bases.iter().any(|x| x.is(&t)) {
                    return Err(vm.type_error(format!("duplicate base class {}", t.name())));
                }
                bases.push(t)
            }
            None => {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ))
            }
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let base = best_base(vm, &bases)?;
    let name_s = name.as_str().to_string();

    // __slots__.
    let slots_key = vm.names.__slots__.clone();
    let mut own_slots: Vec<String> = Vec::new();
    let mut add_dict = !base_has_dict(&base);
    let mut add_weakref = true;
    if let Some(sl) = ns.get_str(&slots_key) {
        add_dict = false;
        add_weakref = false;
        let items = if sl.downcast::<StrData>().is_some() {
            vec![sl.clone()]
        } else {
            vm.collect(&sl)?
        };
        // CPython's variable-size layouts (`tp_itemsize != 0`) take no slots of any kind.
        if !items.is_empty()
            && matches!(
                base.kind,
                Kind::Int | Kind::Tuple | Kind::Bytes | Kind::Type
            )
        {
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base.name()
            )));
        }
        for it in items {
            let Some(s) = it.downcast::<StrData>() else {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(&it)
                )));
            };
            let s = s.as_str();
            if !is_identifier(s) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if !base_has_dict(&base) && add_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = !base_has_dict(&base);
                continue;
            }
            if s == "__weakref__" {
                add_weakref = true;
                continue;
            }
            let m = mangle(&name_s, s);
            if own_slots.contains(&m) {
                return Err(vm.type_error(format!("duplicate slot name '{m}'")));
            }
            if ns.get_rust_str(&m).is_some() {
                return Err(
                    vm.value_error(format!("'{m}' in __slots__ conflicts with class variable"))
                );
            }
            own_slots.push(m);
        }
    }
    let base_ext = base.extension;
    let base_nslots = base_ext.map(|e| e.nslots).unwrap_or(0) as usize;
    let kind = base.kind;
    let has_dict = add_dict || base.has_flag(type_flags::HAS_DICT);
    let extension = if kind == Kind::Type {
        None
    } else if base_ext.is_some() || add_dict || !own_slots.is_empty() {
        Some(Extension {
            offset: base_ext
                .map(|e| e.offset)
                .unwrap_or(crate::kinds::payload_size(kind) as u32),
            nslots: (base_nslots + own_slots.len()) as u32,
        })
    } else {
        None
    };
    let basicsize = match extension {
        Some(e) => e.offset as usize + 8 * (1 + e.nslots as usize),
        None => base.basicsize,
    };
    let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
    // A `__weakref__` slot comes with the class unless `__slots__` omits it, or the base's
    // instances vary in size (CPython's nonzero `tp_itemsize`: int, tuple, bytes).
    let var_sized = matches!(kind, Kind::Int | Kind::Tuple | Kind::Bytes);
    if base.has_flag(type_flags::WEAKREFABLE) || (add_weakref && !var_sized) {
        flags |= type_flags::WEAKREFABLE;
    }
    if has_dict {
        flags |= type_flags::HAS_DICT;
    }
    flags |= base.flags.get() & (type_flags::EXCEPTION | type_flags::IS_TYPE);
    let mro_tail = c3_mro(vm, &bases)?;
    for m in &mro_tail {
        let f = m.flags.get() & (type_flags::SEQUENCE | type_flags::MAPPING);
        if f != 0 && flags & (type_flags::SEQUENCE | type_flags::MAPPING) == 0 {
            flags |= f;
        }
    }
    let heap = vm.types.object.heap;
    let data = TypeData {
        kind,
        basicsize,
        is_gc: true,
        extension,
        heap,
        name: std::cell::RefCell::new(name_s.clone()),
        qualname: std::cell::RefCell::new(name_s.clone()),
        flags: std::cell::Cell::new(flags),
        base: std::cell::RefCell::new(Some(base.clone())),
        bases: std::cell::RefCell::new(bases.clone()),
        mro: std::cell::RefCell::new(Vec::new()),
        dict: DictData::type_namespace(),
        slots: Default::default(),
        version: std::cell::Cell::new(crate::types::fresh_version()),
        has_finalizer: std::cell::Cell::new(false),
        subclasses: Default::default(),
        slot_names: std::cell::RefCell::new({
            let mut v = base.slot_names.borrow().clone();
            v.extend(own_slots.iter().cloned());
            v
        }),
    };
    // Instances of a metaclass are types: allocate with the metaclass's size.
    let t: TypeRef = alloc(&meta, data);
    let mut mro = vec![t.clone()];
    mro.extend(mro_tail);
    *t.mro.borrow_mut() = mro;
    for b in &bases {
        b.subclasses.borrow_mut().push(t.ptr());
    }
    // The namespace, with the adjustments type_new makes.
    let qual_key = vm.names.__qualname__.clone();
    let cell_key = vm.names.__classcell__.clone();
    for (k, v) in ns.items() {
        let Some(ks) = k.downcast_ref::<StrData>() else {
            continue;
        };
        if ks.as_str() == "__qualname__" {
            match v.downcast::<StrData>() {
                Some(q) => *t.qualname.borrow_mut() = q.as_str().to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        vm.type_name(&v)
                    )))
                }
            }
            continue;
        }
        if ks.as_str() == "__classcell__" {
            continue;
        }
        let ks = vm.intern(ks.as_str());
        t.dict.set_str(&ks, v);
    }
    let _ = qual_key;
    let module_key = vm.names.__module__.clone();
    if t.dict.get_str(&module_key).is_none() {
        if let Some(f) = vm.frames.last() {
            if let Some(m) = f.globals.get_rust_str("__name__") {
                t.dict.set_str(&module_key, m);
            }
        }
    }
    let doc_key = vm.names.__doc__.clone();
    if t.dict.get_str(&doc_key).is_none() {
        t.dict.set_str(&doc_key, Value::NONE);
    }
    // __new__ is a static method; __init_subclass__ and __class_getitem__ class methods.
    for (key, class_method) in [
        ("__new__", false),
        ("__init_subclass__", true),
        ("__class_getitem__", true),
    ] {
        if let Some(f) = t.dict.get_rust_str(key) {
            if f.downcast::<FunctionData>().is_some() {
                let wrapped = if class_method {
                    super::descr::new_classmethod(vm, f)
                } else {
                    super::descr::new_staticmethod(vm, f)
                };
                let k = vm.intern(key);
                t.dict.set_str(&k, wrapped);
            }
        }
    }
    let hash_key = vm.names.__hash__.clone();
    if t.dict.get_rust_str("__eq__").is_some() && t.dict.get_str(&hash_key).is_none() {
        t.dict.set_str(&hash_key, Value::NONE);
    }
    // Member descriptors for the new slots.
    for (i, s) in own_slots.iter().enumerate() {
        let d = alloc(
            &vm.types.member_descriptor,
            crate::objects::descr::MemberData {
                name: s.clone(),
                owner: t.clone(),
                index: base_nslots + i,
            },
        );
        let k = vm.intern(s);
        t.dict.set_str(&k, d.into_value());
    }
    if add_dict && base_has_no_dict_descr(&t) {
        super::add_getset(
            vm,
            &t,
            "__dict__",
            Some(super::descr::instance_dict_get),
            Some(super::descr::instance_dict_set),
        );
    }
    if t.lookup_str("__weakref__").is_none() && extension.is_some() {
        super::add_getset(vm, &t, "__weakref__", Some(super::descr::weakref_get), None);
    }
    crate::slots::fixup_slots(vm, &t);
    if let Some(cell) = ns.get_str(&cell_key) {
        match cell.downcast::<CellData>() {
            Some(c) => {
                let old = c.value.replace(Some(t.as_value().clone()));
                drop(old);
            }
            None => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.type_name(&cell)
                )))
            }
        }
    }
    // __set_name__ on the attributes, then the parent's __init_subclass__.
    let set_name = vm.names.__set_name__.clone();
    for (k, v) in t.dict.items() {
        let vt = vm.type_of(&v);
        if let Some(sn) = vt.lookup(&set_name) {
            let get = vm.type_data_of(&sn).slots.descr_get.get();
            let bound = match get {
                Some(g) => g(vm, &sn, Some(&v), vt.as_value())?,
                None => sn,
            };
            if let Err(e) = vm.call2(&bound, t.as_value().clone(), k.clone()) {
                let kr = vm.repr_string(&k)?;
                let err = vm.runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    vt.name(),
                    kr,
                    name_s
                ));
                *err.data().cause.borrow_mut() = Some(e.0.clone());
                return Err(err);
            }
        }
    }
    init_subclass(vm, &t, args.kwnames, args.kw_values())?;
    Ok(t.into_value())
}

fn base_has_dict(base: &TypeRef) -> bool {
    base.has_flag(type_flags::HAS_DICT)
        || matches!(
            base.kind,
            Kind::Exception | Kind::Function | Kind::Module | Kind::Type
        )
}

fn base_has_no_dict_descr(t: &TypeRef) -> bool {
    t.mro.borrow()[1..]
        .iter()
        .all(|m| m.dict.get_rust_str("__dict__").is_none())
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `super(cls, cls).__init_subclass__(**kwds)`.
fn init_subclass(vm: &mut Vm, t: &TypeRef, kwnames: &[Value], kwvalues: &[Value]) -> PyResult<()> {
    let mro = t.mro.borrow().clone();
    let key = vm.names.__init_subclass__.clone();
    for m in mro.iter().skip(1) {
        if let Some(f) = m.dict.get_str(&key) {
            let get = vm.type_data_of(&f).slots.descr_get.get();
            let bound = match get {
                Some(g) => g(vm, &f, None, t.as_value())?,
                None => f,
            };
            vm.call(
                &bound,
                Args {
                    values: kwvalues,
                    kwnames,
                },
            )?;
            return Ok(());
        }
    }
    Ok(())
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(func) = pos[0].downcast_ref::<FunctionData>() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    if pos[1].downcast::<StrData>().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    let mro_entries = vm.names.__mro_entries__.clone();
    for b in &orig_bases {
        if b.downcast::<TypeData>().is_some() {
            bases.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, &mro_entries)? {
            Some(m) => {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call1(&m, t)?;
                let Some(rt) = r.downcast::<TupleData>() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(rt.items().iter().cloned());
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwn: Vec<Value> = Vec::new();
    let mut kwv: Vec<Value> = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        if k.downcast::<StrData>()
            .is_some_and(|s| s.as_str() == "metaclass")
        {
            meta = Some(v.clone());
        } else {
            kwn.push(k.clone());
            kwv.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .map(|m| m.downcast::<TypeData>().is_some())
        .unwrap_or(true);
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => vm.type_of(b).into_value(),
            None => vm.types.type_.as_value().clone(),
        },
    };
    let meta = if is_class {
        let mt: TypeRef = PyRef::from_value_unchecked(meta);
        calculate_metaclass(vm, &mt, &bases)?.into_value()
    } else {
        meta
    };
    let bases_tuple = vm.new_tuple(bases);
    let prepare = vm.names.__prepare__.clone();
    let ns = match vm.getattr_opt(&meta, &prepare)? {
        Some(p) => {
            let mut v = vec![name.clone(), bases_tuple.clone()];
            v.extend(kwv.iter().cloned());
            vm.call(
                &p,
                Args {
                    values: &v,
                    kwnames: &kwn,
                },
            )?
        }
        None => vm.new_dict().into_value(),
    };
    if vm.type_data_of(&ns).slots.getitem.get().is_none() {
        let mname = if is_class {
            meta.downcast::<TypeData>()
                .map(|t| t.name())
                .unwrap_or_default()
        } else {
            "<metaclass>".to_string()
        };
        return Err(vm.type_error(format!(
            "{mname}.__prepare__() must return a mapping, not {}",
            vm.type_name(&ns)
        )));
    }
    // Run the class body with the namespace as its locals.
    let code = func.code.borrow().clone();
    let closure: Option<Vec<Value>> = func
        .closure
        .as_ref()
        .and_then(|c| c.downcast::<TupleData>().map(|t| t.items().to_vec()));
    crate::interp::call::push_code_frame(
        vm,
        code,
        func.globals.clone(),
        Some(ns.clone()),
        closure.as_deref(),
    )?;
    if let Some(f) = vm.frames.last_mut() {
        f.func = Some(func.clone());
    }
    let cell = vm.guard_stack(crate::interp::eval::run)?;
    if changed {
        let k = vm.intern("__orig_bases__");
        let ob = vm.new_tuple(orig_bases);
        vm.setitem(&ns, k.as_value(), ob)?;
    }
    let mut v = vec![name.clone(), bases_tuple, ns];
    v.extend(kwv);
    let cls = vm.call(
        &meta,
        Args {
            values: &v,
            kwnames: &kwn,
        },
    )?;
    if let Some(c) = cell.downcast::<CellData>() {
        let inner = c.value.borrow().clone();
        match inner {
            Some(x) if x.is(&cls) => {}
            Some(x) => {
                let msg = format!(
                    "__class__ set to {} defining {} as {}",
                    vm.repr_string(&x)?,
                    vm.repr_string(&name)?,
                    vm.repr_string(&cls)?
                );
                return Err(vm.type_error(msg));
            }
            None => {
                let msg = format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                    vm.repr_string(&name)?,
                    vm.repr_string(&cls)?
                );
                return Err(vm.runtime_error(msg));
            }
        }
    }
    Ok(cls)
}

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = as_type(&args.values[0]);
    let items: Vec<Value> = t
        .mro
        .borrow()
        .iter()
        .map(|m| m.as_value().clone())
        .collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = as_type(&args.values[0]);
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .map(|&p| unsafe {
            let v = Value::from_header_ptr(p as *const crate::object::Header);
            let r = v.clone();
            std::mem::forget(v);
            r
        })
        .collect();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "__instancecheck__", 2, 2)?;
    let t = as_type(&a[0]);
    Ok(Value::from_bool(vm.is_instance_of(&a[1], &t)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "__subclasscheck__", 2, 2)?;
    let t = as_type(&a[0]);
    match a[1].downcast_ref::<TypeData>() {
        Some(c) => Ok(Value::from_bool(c.is_subtype_of(&t))),
        None => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = as_type(&args.values[0]);
    let mut names = Vec::new();
    for m in t.mro.borrow().iter() {
        names.extend(m.dict.keys());
    }
    let set = crate::interp::helpers::build_set(vm, names)?;
    let items = vm.collect(&set)?;
    Ok(vm.new_list(items))
}

fn type_sizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = as_type(&args.values[0]);
    Ok(vm.new_int(t.basicsize as i64))
}

fn type_prepare(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_dict().into_value())
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let n = t.name();
    Ok(vm.new_str(n))
}

fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__name__")?;
    check_not_deleting(vm, &t, "__name__", &new)?;
    match new.as_ref().and_then(|n| n.downcast::<StrData>()) {
        Some(s) => {
            *t.name.borrow_mut() = s.as_str().to_string();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            new.map(|n| vm.type_name(&n))
                .unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

/// CPython's `check_set_special_type_attr`: these attributes cannot be deleted, whatever
/// the type (the message says "immutable" even for classes).
fn check_not_deleting(vm: &Vm, t: &TypeRef, attr: &str, new: &Option<Value>) -> PyResult<()> {
    if new.is_none() {
        return Err(vm.type_error(format!(
            "cannot delete '{attr}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    Ok(())
}

fn check_settable(vm: &Vm, t: &TypeRef, attr: &str) -> PyResult<()> {
    if !t.has_flag(type_flags::HEAPTYPE) {
        return Err(vm.type_error(format!(
            "cannot set '{attr}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    Ok(())
}

fn get_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let q = t.qualname.borrow().clone();
    Ok(vm.new_str(q))
}

fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__qualname__")?;
    check_not_deleting(vm, &t, "__qualname__", &new)?;
    match new.as_ref().and_then(|n| n.downcast::<StrData>()) {
        Some(s) => {
            *t.qualname.borrow_mut() = s.as_str().to_string();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            new.map(|n| vm.type_name(&n))
                .unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    match t.dict.get_rust_str("__module__") {
        Some(m) if m.downcast::<StrData>().is_some() || t.has_flag(type_flags::HEAPTYPE) => Ok(m),
        _ => Ok(vm.intern("builtins").into_value()),
    }
}

fn set_module(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__module__")?;
    check_not_deleting(vm, &t, "__module__", &new)?;
    let k = vm.names.__module__.clone();
    match new {
        Some(n) => t.dict.set_str(&k, n),
        None => {
            t.dict.remove_str(&k);
        }
    }
    t.modified();
    Ok(())
}

fn get_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(alloc(
        &vm.types.mappingproxy,
        MappingProxyData { mapping: v.clone() },
    )
    .into_value())
}

/// `C.__bases__ = (...)`: CPython's checks, then the new bases and MRO (subclasses keep
/// theirs).
fn set_bases(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__bases__")?;
    check_not_deleting(vm, &t, "__bases__", &new)?;
    let new = new.expect("checked");
    let Some(items) = new.downcast::<TupleData>().map(|x| x.items().to_vec()) else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            vm.type_name(&new)
        )));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        )));
    }
    let mut bases: Vec<TypeRef> = Vec::new();
    for b in &items {
        let Some(bt) = b.downcast_ref::<TypeData>() else {
            return Err(vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                t.name(),
                vm.type_name(b)
            )));
        };
        if bt.is_subtype_of(&t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(bt);
    }
    let new_base = best_base(vm, &bases)?;
    let old_base = t.base.borrow().clone();
    if let Some(old) = old_base {
        let (a, b) = (solid_base(&old), solid_base(&new_base));
        if a.kind != b.kind {
            return Err(vm.type_error(format!(
                "__bases__ assignment: '{}' deallocator differs from '{}'",
                new_base.name(),
                old.name()
            )));
        }
        if a.basicsize != b.basicsize || a.extension != b.extension {
            return Err(vm.type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{}'",
                new_base.name(),
                old.name()
            )));
        }
    }
    let mut mro = vec![t.clone()];
    mro.extend(c3_mro(vm, &bases)?);
    // The bases' subclass lists must name exactly the current bases' subclasses (a class
    // unregisters itself from its bases when freed).
    for b in t.bases.borrow().iter() {
        b.subclasses.borrow_mut().retain(|&s| s != t.ptr());
    }
    for b in &bases {
        b.subclasses.borrow_mut().push(t.ptr());
    }
    *t.bases.borrow_mut() = bases;
    *t.base.borrow_mut() = Some(new_base);
    *t.mro.borrow_mut() = mro;
    t.modified();
    Ok(())
}

fn get_bases(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let b: Vec<Value> = t
        .bases
        .borrow()
        .iter()
        .map(|b| b.as_value().clone())
        .collect();
    Ok(vm.new_tuple(b))
}

fn get_base(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let b = t.base.borrow().clone();
    Ok(b.map(|b| b.into_value()).unwrap_or(Value::NONE))
}

fn get_mro(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let m: Vec<Value> = t
        .mro
        .borrow()
        .iter()
        .map(|b| b.as_value().clone())
        .collect();
    Ok(vm.new_tuple(m))
}

fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    // A builtin type whose `__doc__` entry is the descriptor for its instances' docstrings
    // (type, property) reports its own docstring, as CPython's tp_doc.
    if !t.has_flag(type_flags::HEAPTYPE)
        && t.dict
            .get_rust_str("__doc__")
            .is_some_and(|d| d.downcast::<StrData>().is_none() && !d.is_none())
    {
        if let Some(d) = crate::builtin_docs_lookup::type_doc(&t.name()) {
            return Ok(vm.new_str(d));
        }
    }
    match t.dict.get_rust_str("__doc__") {
        Some(d) => {
            let get = vm.type_data_of(&d).slots.descr_get.get();
            match get {
                Some(g) if t.has_flag(type_flags::HEAPTYPE) => g(vm, &d, None, v),
                _ => Ok(d),
            }
        }
        None => Ok(Value::NONE),
    }
}

fn set_doc(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__doc__")?;
    check_not_deleting(vm, &t, "__doc__", &new)?;
    let k = vm.names.__doc__.clone();
    t.dict.set_str(&k, new.unwrap_or(Value::NONE));
    Ok(())
}

fn get_abstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    match t.dict.get_rust_str("__abstractmethods__") {
        Some(a) if !t.is(&vm.types.type_) => Ok(a),
        // CPython's message is the bare name here.
        _ => Err(vm.attribute_error_for(v, "__abstractmethods__", "__abstractmethods__".into())),
    }
}

fn set_abstract(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    let k = vm.intern("__abstractmethods__");
    let abstract_ = match &new {
        Some(n) => vm.is_true(n)?,
        None => false,
    };
    match new {
        Some(n) => t.dict.set_str(&k, n),
        None => {
            t.dict.remove_str(&k);
        }
    }
    if abstract_ {
        t.flags.set(t.flags.get() | type_flags::ABSTRACT);
    } else {
        t.flags.set(t.flags.get() & !type_flags::ABSTRACT);
    }
    Ok(())
}

fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v);
    let k = vm.names.__annotations__.clone();
    match t.dict.get_str(&k) {
        Some(a) => Ok(a),
        None => {
            if !t.has_flag(type_flags::HEAPTYPE) {
                return Err(vm.no_attribute(v, "__annotations__"));
            }
            let d = vm.new_dict().into_value();
            t.dict.set_str(&k, d.clone());
            Ok(d)
        }
    }
}

fn set_annotations(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = as_type(v);
    check_settable(vm, &t, "__annotations__")?;
    let k = vm.names.__annotations__.clone();
    match new {
        Some(n) => t.dict.set_str(&k, n),
        None => {
            t.dict.remove_str(&k);
        }
    }
    t.modified();
    Ok(())
}
