//! From special methods to slots and back (see `slots.rs` for the model).

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::native::{Args, NativeFunctionData, SlotWrapperData};
use crate::objects::str::StrData;
use crate::slots::*;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// One slot field of `Slots` (some have several special methods).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotId {
    Repr,
    Str,
    Hash,
    RichCompare,
    GetAttro,
    SetAttro,
    Call,
    Iter,
    IterNext,
    DescrGet,
    DescrSet,
    Init,
    Len,
    GetItem,
    SetItem,
    Contains,
    Bool,
    Unary(usize),
    Nb(usize),
    Divmod,
    Pow3,
}

/// Special method name → slot, the one table everything here derives from.
pub fn slot_table() -> Vec<(&'static str, SlotId)> {
    let mut t = vec![
        ("__repr__", SlotId::Repr),
        ("__str__", SlotId::Str),
        ("__hash__", SlotId::Hash),
        ("__lt__", SlotId::RichCompare),
        ("__le__", SlotId::RichCompare),
        ("__eq__", SlotId::RichCompare),
        ("__ne__", SlotId::RichCompare),
        ("__gt__", SlotId::RichCompare),
        ("__ge__", SlotId::RichCompare),
        ("__getattribute__", SlotId::GetAttro),
        ("__getattr__", SlotId::GetAttro),
        ("__setattr__", SlotId::SetAttro),
        ("__delattr__", SlotId::SetAttro),
        ("__call__", SlotId::Call),
        ("__iter__", SlotId::Iter),
        ("__next__", SlotId::IterNext),
        ("__get__", SlotId::DescrGet),
        ("__set__", SlotId::DescrSet),
        ("__delete__", SlotId::DescrSet),
        ("__init__", SlotId::Init),
        ("__len__", SlotId::Len),
        ("__getitem__", SlotId::GetItem),
        ("__setitem__", SlotId::SetItem),
        ("__delitem__", SlotId::SetItem),
        ("__contains__", SlotId::Contains),
        ("__bool__", SlotId::Bool),
        ("__divmod__", SlotId::Divmod),
        ("__rdivmod__", SlotId::Divmod),
    ];
    for (i, n) in UNARY_NAMES.iter().enumerate() {
        t.push((n, SlotId::Unary(i)));
    }
    for (i, (n, r, inplace, _)) in BINOP_NAMES.iter().enumerate() {
        t.push((n, SlotId::Nb(i)));
        t.push((r, SlotId::Nb(i)));
        t.push((inplace, SlotId::Nb(INPLACE + i)));
    }
    t
}

/// The wrapper a builtin type exposes for `name` (given its slots), if the slot is filled.
fn wrapper_fn(td: &TypeData, name: &str, id: SlotId) -> Option<SlotFn> {
    let s = &td.slots;
    Some(match id {
        SlotId::Repr => SlotFn::Unary(s.repr.get()?),
        SlotId::Str => SlotFn::Unary(s.str.get()?),
        SlotId::Hash => SlotFn::Hash(s.hash.get()?),
        SlotId::RichCompare => {
            let op = match name {
                "__lt__" => CompareOp::Lt,
                "__le__" => CompareOp::Le,
                "__eq__" => CompareOp::Eq,
                "__ne__" => CompareOp::Ne,
                "__gt__" => CompareOp::Gt,
                _ => CompareOp::Ge,
            };
            SlotFn::Compare(s.richcompare.get()?, op)
        }
        SlotId::GetAttro => {
            if name == "__getattr__" {
                return None;
            }
            SlotFn::GetAttr(s.getattro.get()?)
        }
        SlotId::SetAttro => {
            if name == "__setattr__" {
                SlotFn::SetAttr(s.setattro.get()?)
            } else {
                SlotFn::DelAttr(s.setattro.get()?)
            }
        }
        SlotId::Call => SlotFn::Call(s.call.get()?),
        SlotId::Iter => SlotFn::Unary(s.iter.get()?),
        SlotId::IterNext => SlotFn::Next(s.iternext.get()?),
        SlotId::DescrGet => SlotFn::DescrGet(s.descr_get.get()?),
        SlotId::DescrSet => {
            if name == "__set__" {
                SlotFn::DescrSet(s.descr_set.get()?)
            } else {
                SlotFn::DescrDelete(s.descr_set.get()?)
            }
        }
        SlotId::Init => SlotFn::Init(s.init.get()?),
        SlotId::Len => SlotFn::Len(s.len.get()?),
        SlotId::GetItem => SlotFn::Binary(s.getitem.get()?),
        SlotId::SetItem => {
            if name == "__setitem__" {
                SlotFn::SetItem(s.setitem.get()?)
            } else {
                SlotFn::DelItem(s.setitem.get()?)
            }
        }
        SlotId::Contains => SlotFn::Contains(s.contains.get()?),
        SlotId::Bool => SlotFn::Bool(s.bool.get()?),
        SlotId::Unary(i) => SlotFn::Unary(s.unary[i].get()?),
        SlotId::Nb(i) => {
            let f = s.nb[i].get()?;
            if i < INPLACE && name.starts_with("__r") && BINOP_NAMES[i].1 == name {
                if i == BinOp::Pow as usize {
                    if let Some(p3) = s.pow3.get() {
                        return Some(SlotFn::TernaryReflected(p3));
                    }
                }
                SlotFn::BinaryReflected(f)
            } else {
                if i == BinOp::Pow as usize {
                    if let Some(p3) = s.pow3.get() {
                        return Some(SlotFn::Ternary(p3));
                    }
                }
                SlotFn::Binary(f)
            }
        }
        SlotId::Divmod => {
            let f = s.divmod.get()?;
            if name == "__rdivmod__" {
                SlotFn::BinaryReflected(f)
            } else {
                SlotFn::Binary(f)
            }
        }
        SlotId::Pow3 => return None,
    })
}

/// Adds wrapper descriptors for the slots a builtin type defines itself (not those it
/// inherited unchanged), as CPython's `add_operators` does.
pub fn add_slot_wrappers(vm: &mut Vm, ty: &TypeRef) {
    let base = ty.base.borrow().clone();
    for (name, id) in slot_table() {
        let Some(f) = wrapper_fn(ty, name, id) else {
            continue;
        };
        // Concatenation is `sq_concat` in CPython, which has no reflected form.
        if let SlotFn::BinaryReflected(g) = f {
            if name == "__radd__" && vm.seq_concat_name(g).is_some() {
                continue;
            }
        }
        if let Some(b) = &base {
            if let Some(bf) = wrapper_fn(b, name, id) {
                if bf.address() == f.address() {
                    continue;
                }
            }
        }
        if ty.dict.get_rust_str(name).is_some() {
            continue;
        }
        let w = alloc(
            &vm.types.wrapper_descriptor,
            SlotWrapperData {
                name,
                owner: ty.clone(),
                slot: f,
            },
        );
        let key = vm.intern(name);
        ty.dict.set_str(&key, w.into_value());
    }
}

fn check_args(vm: &Vm, _w: &SlotWrapperData, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        let plural = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{plural}, got {}", args.len())));
    }
    Ok(())
}

/// The wrappers CPython writes with `PyArg_UnpackTuple(args, "", min, max)`: the empty
/// function name leaves a leading space in the message.
fn unpack_check(vm: &Vm, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let (bound, which) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else {
        (max, if min == max { "" } else { "at most " })
    };
    let plural = if bound == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        " expected {which}{bound} argument{plural}, got {n}"
    )))
}

/// `list.__mul__(x)` and friends wrap CPython's `sq_repeat`, which converts its argument
/// with `__index__` first.
fn repeat_count_check(vm: &mut Vm, f: crate::slots::BinFn, n: &Value) -> PyResult<()> {
    if vm.is_seq_repeat(f) {
        crate::builtin_impls::int::index(vm, n)?;
    }
    Ok(())
}

/// CPython's `hackcheck`: `object.__setattr__(obj, ...)` may not jump over a native
/// `__setattr__` that `obj`'s type (or a native base between) defines.
fn hackcheck(vm: &mut Vm, this: &Value, func: crate::slots::SetAttrFn, what: &str) -> PyResult<()> {
    let ty = vm.type_of(this);
    let slot = slot_setattro as *const () as usize;
    let generic = crate::attr::generic_setattr as *const () as usize;
    let addr = |t: &TypeRef| t.slots.setattro.get().map_or(generic, |f| f as usize);
    let own = addr(&ty);
    let mro: Vec<TypeRef> = ty.mro.borrow().clone();
    let mut defining = ty.clone();
    for b in mro.iter().rev() {
        let bs = addr(b);
        if bs != slot && bs == own {
            defining = b.clone();
            break;
        }
    }
    let mut cur = Some(defining);
    while let Some(b) = cur {
        let bs = addr(&b);
        if bs == func as usize {
            break;
        }
        if bs != slot {
            return Err(vm.type_error(format!("can't apply this {what} to {} object", ty.name())));
        }
        cur = b.base.borrow().clone();
    }
    Ok(())
}

/// Calls a wrapper descriptor: `self` is `args[0]`.
pub fn call_slot_wrapper(vm: &mut Vm, w: &SlotWrapperData, args: Args<'_>) -> PyResult<Value> {
    let all = args.values;
    if all.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.name,
            w.owner.name()
        )));
    }
    let this = &all[0];
    if !vm.is_instance_of(this, &w.owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.name,
            w.owner.name(),
            vm.type_name(this)
        )));
    }
    // Special methods CPython defines as METH_O|METH_COEXIST methods rather than slot
    // wrappers, and so checks as methods.
    const COEXIST: &[(&str, &str)] = &[
        ("list", "__getitem__"),
        ("dict", "__getitem__"),
        ("dict", "__contains__"),
        ("set", "__contains__"),
        ("frozenset", "__contains__"),
    ];
    let owner = w.owner.name();
    if COEXIST.contains(&(owner.as_str(), w.name)) {
        if args.has_kwargs() {
            return Err(vm.type_error(format!("{owner}.{}() takes no keyword arguments", w.name)));
        }
        if all.len() != 2 {
            return Err(vm.type_error(format!(
                "{owner}.{}() takes exactly one argument ({} given)",
                w.name,
                all.len() - 1
            )));
        }
    }
    if args.has_kwargs() && !matches!(w.slot, SlotFn::Call(_) | SlotFn::Init(_)) {
        return Err(vm.type_error(format!("wrapper {}() takes no keyword arguments", w.name)));
    }
    let rest = &all[1..];
    let nimpl = vm.not_implemented.clone();
    match w.slot {
        SlotFn::Unary(f) => {
            check_args(vm, w, rest, 0)?;
            f(vm, this)
        }
        SlotFn::Binary(f) => {
            if vm.is_seq_repeat(f) {
                unpack_check(vm, rest.len(), 1, 1)?;
            }
            check_args(vm, w, rest, 1)?;
            repeat_count_check(vm, f, &rest[0])?;
            let r = f(vm, this, &rest[0])?;
            if r.is(&nimpl) {
                // `str.__add__` wraps `sq_concat`, which raises rather than declines.
                if let Some(name) = vm.seq_concat_name(f) {
                    return Err(vm.type_error(format!(
                        "can only concatenate {name} (not \"{}\") to {name}",
                        vm.type_name(&rest[0])
                    )));
                }
            }
            Ok(r)
        }
        SlotFn::BinaryReflected(f) => {
            if vm.is_seq_repeat(f) {
                unpack_check(vm, rest.len(), 1, 1)?;
            }
            check_args(vm, w, rest, 1)?;
            repeat_count_check(vm, f, &rest[0])?;
            f(vm, &rest[0], this)
        }
        SlotFn::Ternary(f) => {
            unpack_check(vm, rest.len(), 1, 2)?;
            let m = rest.get(1).cloned().unwrap_or(Value::NONE);
            f(vm, this, &rest[0], &m)
        }
        SlotFn::TernaryReflected(f) => {
            unpack_check(vm, rest.len(), 1, 2)?;
            let m = rest.get(1).cloned().unwrap_or(Value::NONE);
            f(vm, &rest[0], this, &m)
        }
        SlotFn::Hash(f) => {
            check_args(vm, w, rest, 0)?;
            let h = f(vm, this)?;
            Ok(vm.new_int(h))
        }
        SlotFn::Len(f) => {
            check_args(vm, w, rest, 0)?;
            let n = f(vm, this)?;
            Ok(vm.new_int(n as i64))
        }
        SlotFn::Bool(f) => {
            check_args(vm, w, rest, 0)?;
            Ok(Value::from_bool(f(vm, this)?))
        }
        SlotFn::Compare(f, op) => {
            check_args(vm, w, rest, 1)?;
            f(vm, this, &rest[0], op)
        }
        SlotFn::GetAttr(f) => {
            check_args(vm, w, rest, 1)?;
            let name = attr_name(vm, &rest[0])?;
            f(vm, this, &name)
        }
        SlotFn::SetAttr(f) => {
            check_args(vm, w, rest, 2)?;
            let name = attr_name(vm, &rest[0])?;
            hackcheck(vm, this, f, "__setattr__")?;
            f(vm, this, &name, Some(rest[1].clone()))?;
            Ok(Value::NONE)
        }
        SlotFn::DelAttr(f) => {
            check_args(vm, w, rest, 1)?;
            let name = attr_name(vm, &rest[0])?;
            hackcheck(vm, this, f, "__delattr__")?;
            f(vm, this, &name, None)?;
            Ok(Value::NONE)
        }
        SlotFn::Call(f) => f(vm, this, args.skip_self()),
        SlotFn::Next(f) => {
            check_args(vm, w, rest, 0)?;
            match f(vm, this)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            }
        }
        SlotFn::DescrGet(f) => {
            // PyArg_UnpackTuple with an empty name, hence the leading space.
            if rest.is_empty() {
                return Err(vm.type_error(" expected at least 1 argument, got 0"));
            }
            if rest.len() > 2 {
                return Err(
                    vm.type_error(format!(" expected at most 2 arguments, got {}", rest.len()))
                );
            }
            let obj = if rest[0].is_none() {
                None
            } else {
                Some(&rest[0])
            };
            let ty = match rest.get(1) {
                Some(t) if !t.is_none() => t.clone(),
                _ => match obj {
                    Some(o) => vm.type_of(o).into_value(),
                    None => return Err(vm.type_error("__get__(None, None) is invalid")),
                },
            };
            f(vm, this, obj, &ty)
        }
        SlotFn::DescrSet(f) => {
            check_args(vm, w, rest, 2)?;
            f(vm, this, &rest[0], Some(rest[1].clone()))?;
            Ok(Value::NONE)
        }
        SlotFn::DescrDelete(f) => {
            check_args(vm, w, rest, 1)?;
            f(vm, this, &rest[0], None)?;
            Ok(Value::NONE)
        }
        SlotFn::SetItem(f) => {
            unpack_check(vm, rest.len(), 2, 2)?;
            f(vm, this, &rest[0], Some(rest[1].clone()))?;
            Ok(Value::NONE)
        }
        SlotFn::DelItem(f) => {
            check_args(vm, w, rest, 1)?;
            f(vm, this, &rest[0], None)?;
            Ok(Value::NONE)
        }
        SlotFn::Contains(f) => {
            check_args(vm, w, rest, 1)?;
            Ok(Value::from_bool(f(vm, this, &rest[0])?))
        }
        SlotFn::Init(f) => {
            f(vm, this, args.skip_self())?;
            let _ = nimpl;
            Ok(Value::NONE)
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<PyRef<StrData>> {
    match vm.intern_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ---- generic slot functions for classes defined in Python ----

fn call_dunder(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let n = vm.intern(name);
    vm.call_special(obj, &n, args)
}

fn slot_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__repr__", &[])?.ok_or_else(|| vm.type_error("no __repr__"))
}

fn slot_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__str__", &[])?.ok_or_else(|| vm.type_error("no __str__"))
}

fn slot_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = call_dunder(vm, v, "__hash__", &[])?.ok_or_else(|| vm.type_error("no __hash__"))?;
    match crate::builtin_impls::int::as_int(&r) {
        Some(i) => {
            if let Some(s) = i.to_i64() {
                Ok(if s == -1 {
                    -2
                } else {
                    bytecode::set_order::hash_i64(s)
                })
            } else {
                Ok(bytecode::set_order::hash_ibig(&i.to_ibig()))
            }
        }
        None => Err(vm.type_error("__hash__ method should return an integer")),
    }
}

fn slot_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match call_dunder(vm, a, op.dunder(), std::slice::from_ref(b))? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn slot_getattr_hook(vm: &mut Vm, obj: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    let ty = vm.type_of(obj);
    let getattribute = ty.lookup_str("__getattribute__");
    let r = match getattribute {
        Some(ga) if ga.downcast::<SlotWrapperData>().is_none() => {
            let bound = bind(vm, &ga, obj)?;
            vm.call1(&bound, name.as_value().clone())
        }
        _ => crate::attr::generic_getattr(vm, obj, name),
    };
    match r {
        Err(e) if vm.exc_matches(&e, &vm.exc.AttributeError.clone()) => {
            match ty.lookup_str("__getattr__") {
                Some(ga) => {
                    let bound = bind(vm, &ga, obj)?;
                    vm.call1(&bound, name.as_value().clone())
                }
                None => Err(e),
            }
        }
        r => r,
    }
}

fn bind(vm: &mut Vm, f: &Value, obj: &Value) -> PyResult<Value> {
    let get = vm.type_data_of(f).slots.descr_get.get();
    match get {
        Some(g) => {
            let t = vm.type_of(obj);
            g(vm, f, Some(obj), t.as_value())
        }
        None => Ok(f.clone()),
    }
}

fn slot_setattro(
    vm: &mut Vm,
    obj: &Value,
    name: &PyRef<StrData>,
    v: Option<Value>,
) -> PyResult<()> {
    match v {
        Some(v) => call_dunder(vm, obj, "__setattr__", &[name.as_value().clone(), v])?,
        None => call_dunder(vm, obj, "__delattr__", &[name.as_value().clone()])?,
    };
    Ok(())
}

fn slot_call(vm: &mut Vm, obj: &Value, args: Args<'_>) -> PyResult<Value> {
    let n = vm.intern("__call__");
    match vm.lookup_special(obj, &n)? {
        Some(m) => vm.call(&m, args),
        None => Err(vm.type_error(format!("'{}' object is not callable", vm.type_name(obj)))),
    }
}

fn slot_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = vm.type_of(v);
    if ty.lookup_str("__iter__").is_some_and(|f| f.is_none()) {
        return Err(vm.type_error(format!("'{}' object is not iterable", ty.name())));
    }
    call_dunder(vm, v, "__iter__", &[])?.ok_or_else(|| vm.type_error("no __iter__"))
}

fn slot_iternext(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match call_dunder(vm, v, "__next__", &[]) {
        Ok(r) => Ok(r),
        Err(e) if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_descr_get(vm: &mut Vm, d: &Value, obj: Option<&Value>, ty: &Value) -> PyResult<Value> {
    let o = obj.cloned().unwrap_or(Value::NONE);
    call_dunder(vm, d, "__get__", &[o, ty.clone()])?.ok_or_else(|| vm.type_error("no __get__"))
}

fn slot_descr_set(vm: &mut Vm, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let r = match v {
        Some(v) => call_dunder(vm, d, "__set__", &[obj.clone(), v])?,
        None => call_dunder(vm, d, "__delete__", std::slice::from_ref(obj))?,
    };
    if r.is_none() {
        return Err(vm.attribute_error_for(d, "__set__", "__set__".into()));
    }
    Ok(())
}

pub fn slot_init(vm: &mut Vm, obj: &Value, args: Args<'_>) -> PyResult<()> {
    let n = vm.names.__init__.clone();
    let m = vm
        .lookup_special(obj, &n)?
        .ok_or_else(|| vm.type_error("no __init__"))?;
    let r = vm.call(&m, args)?;
    if !r.is_none() {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.type_name(&r)
        )));
    }
    Ok(())
}

fn slot_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = call_dunder(vm, v, "__len__", &[])?.ok_or_else(|| vm.type_error("no __len__"))?;
    let Some(i) = crate::builtin_impls::int::index_value(vm, &r)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r)
        )));
    };
    if i.is_negative() {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    match i.to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn slot_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    call_dunder(vm, v, "__getitem__", std::slice::from_ref(k))?
        .ok_or_else(|| vm.type_error("no __getitem__"))
}

fn slot_setitem(vm: &mut Vm, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_dunder(vm, v, "__setitem__", &[k.clone(), x])?,
        None => call_dunder(vm, v, "__delitem__", std::slice::from_ref(k))?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(vm.attribute_error_for(v, "__delitem__", "__delitem__".into())),
    }
}

fn slot_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let ty = vm.type_of(v);
    match ty.lookup_str("__contains__") {
        Some(f) if !f.is_none() => {
            let bound = bind(vm, &f, v)?;
            let r = vm.call1(&bound, k.clone())?;
            vm.is_true(&r)
        }
        _ => {
            let it = vm.iter(v)?;
            while let Some(x) = vm.next(&it)? {
                if vm.eq_bool(&x, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn slot_bool(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let r = call_dunder(vm, v, "__bool__", &[])?.ok_or_else(|| vm.type_error("no __bool__"))?;
    if r.is_bool() {
        return Ok(r.is_true_singleton());
    }
    Err(vm.type_error(format!(
        "__bool__ should return bool, returned {}",
        vm.type_name(&r)
    )))
}

fn slot_unary<const I: usize>(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    call_dunder(vm, v, UNARY_NAMES[I], &[])?.ok_or_else(|| vm.type_error("missing unary method"))
}

fn method_is_overloaded(vm: &Vm, left: &TypeRef, right: &TypeRef, name: &str) -> bool {
    let _ = vm;
    match (right.lookup_str(name), left.lookup_str(name)) {
        (Some(b), Some(a)) => !a.is(&b),
        (Some(_), None) => true,
        _ => false,
    }
}

/// `SLOT1BINFULL`: the left operand's `__op__` and the right operand's `__rop__`, with the
/// subclass-first rule.
fn slot_nb<const I: usize>(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (op, rop, _, _) = BINOP_NAMES[I];
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let this = slot_nb::<I> as BinFn as usize;
    let b_uses_python = tb.slots.nb[I].get().map(|f| f as usize) == Some(this);
    let mut do_other = !ta.is(&tb) && b_uses_python && tb.lookup_str(rop).is_some();
    if ta.slots.nb[I].get().map(|f| f as usize) == Some(this) {
        if do_other && tb.is_subtype_of(&ta) && method_is_overloaded(vm, &ta, &tb, rop) {
            if let Some(r) = call_dunder_opt(vm, b, rop, a)? {
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_dunder_opt(vm, a, op, b)? {
            if !r.is(&vm.not_implemented) || ta.is(&tb) {
                return Ok(r);
            }
        }
    }
    if do_other {
        if let Some(r) = call_dunder_opt(vm, b, rop, a)? {
            return Ok(r);
        }
    }
    Ok(vm.not_implemented.clone())
}

/// Calls `obj.name(arg)` found on the type; `None` when the type has no such method (or has
/// it set to None).
fn call_dunder_opt(vm: &mut Vm, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
    let ty = vm.type_of(obj);
    match ty.lookup_str(name) {
        Some(f) => {
            let bound = bind(vm, &f, obj)?;
            Ok(Some(vm.call1(&bound, arg.clone())?))
        }
        None => Ok(None),
    }
}

fn slot_inb<const I: usize>(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let name = BINOP_NAMES[I].2;
    match call_dunder_opt(vm, a, name, b)? {
        Some(r) => Ok(r),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn slot_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let this = slot_divmod as BinFn as usize;
    if ta.slots.divmod.get().map(|f| f as usize) == Some(this) {
        if let Some(r) = call_dunder_opt(vm, a, "__divmod__", b)? {
            if !r.is(&vm.not_implemented) || ta.is(&tb) {
                return Ok(r);
            }
        }
    }
    if !ta.is(&tb) && tb.slots.divmod.get().map(|f| f as usize) == Some(this) {
        if let Some(r) = call_dunder_opt(vm, b, "__rdivmod__", a)? {
            return Ok(r);
        }
    }
    Ok(vm.not_implemented.clone())
}

fn slot_pow3(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let ty = vm.type_of(a);
    // Three-argument power never uses `__rpow__`: only a first operand whose own type
    // defines `__pow__` is asked.
    if ty.slots.pow3.get().map(|f| f as usize) != Some(slot_pow3 as *const () as usize) {
        return Ok(vm.not_implemented.clone());
    }
    match ty.lookup_str("__pow__") {
        Some(f) if !f.is_none() => {
            let bound = bind(vm, &f, a)?;
            vm.call(&bound, Args::positional(&[b.clone(), m.clone()]))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

macro_rules! nb_table {
    ($f:ident) => {
        [
            $f::<0>, $f::<1>, $f::<2>, $f::<3>, $f::<4>, $f::<5>, $f::<6>, $f::<7>, $f::<8>,
            $f::<9>, $f::<10>, $f::<11>, $f::<12>,
        ]
    };
}

const SLOT_NB: [BinFn; 13] = nb_table!(slot_nb);
const SLOT_INB: [BinFn; 13] = nb_table!(slot_inb);
const SLOT_UNARY: [UnaryFn; 7] = [
    slot_unary::<0>,
    slot_unary::<1>,
    slot_unary::<2>,
    slot_unary::<3>,
    slot_unary::<4>,
    slot_unary::<5>,
    slot_unary::<6>,
];

/// If every special method of a slot found is the same builtin wrapper, its native function.
fn native_of(found: &[Option<Value>]) -> Option<SlotFn> {
    let mut native: Option<SlotFn> = None;
    for f in found.iter().flatten() {
        let w = f.downcast::<SlotWrapperData>()?;
        if let Some(n) = native {
            if n.address() != w.slot.address() {
                return None;
            }
        }
        native = Some(w.slot);
    }
    native
}

/// Sets every slot of a class defined in Python from the special methods on its MRO.
pub fn fixup_slots(vm: &mut Vm, ty: &TypeRef) {
    let mut ids: Vec<SlotId> = Vec::new();
    for (_, id) in slot_table() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    for id in ids {
        update_slot_id(vm, ty, id);
    }
    update_new(vm, ty);
    ty.has_finalizer.set(
        ty.lookup_str("__del__").is_some()
            || ty
                .base
                .borrow()
                .as_ref()
                .is_some_and(|b| b.has_finalizer.get()),
    );
}

/// Re-derives the slot(s) for special method `name` after `cls.name = ...`.
pub fn update_slot(vm: &mut Vm, ty: &TypeRef, name: &str) {
    let ids: Vec<SlotId> = slot_table()
        .into_iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, id)| id)
        .collect();
    for id in ids {
        update_slot_id(vm, ty, id);
        for sub in ty.subclasses.borrow().clone() {
            // SAFETY: subclasses unregister before they are freed.
            let sub: TypeRef = unsafe {
                let v = Value::from_header_ptr(sub as *const crate::object::Header);
                let r = v.clone();
                std::mem::forget(v);
                PyRef::from_value_unchecked(r)
            };
            update_slot_id(vm, &sub, id);
        }
    }
    if name == "__new__" {
        update_new(vm, ty);
    }
    if name == "__del__" {
        ty.has_finalizer.set(ty.lookup_str("__del__").is_some());
    }
}

fn update_slot_id(vm: &mut Vm, ty: &TypeRef, id: SlotId) {
    let names: Vec<&str> = slot_table()
        .into_iter()
        .filter(|(_, i)| *i == id)
        .map(|(n, _)| n)
        .collect();
    // An attribute set to None counts as defined (calling it raises), except `__hash__ =
    // None`, which makes instances unhashable.
    let found: Vec<Option<Value>> = names.iter().map(|n| ty.lookup_str(n)).collect();
    let s = &ty.slots;
    let _ = vm;
    let hash_disabled = id == SlotId::Hash && found.iter().flatten().all(|v| v.is_none());
    if found.iter().all(|f| f.is_none()) || hash_disabled {
        clear_slot(s, id);
        return;
    }
    if let Some(native) = native_of(&found) {
        // Only a complete set of the builtin's own wrappers can use the native function;
        // binary slots also need both directions from the same type.
        if set_native(s, id, native, &names, &found) {
            return;
        }
    }
    set_python(s, id);
}

fn clear_slot(s: &Slots, id: SlotId) {
    match id {
        SlotId::Repr => s.repr.set(None),
        SlotId::Str => s.str.set(None),
        SlotId::Hash => s.hash.set(None),
        SlotId::RichCompare => s.richcompare.set(None),
        SlotId::GetAttro => s.getattro.set(None),
        SlotId::SetAttro => s.setattro.set(None),
        SlotId::Call => s.call.set(None),
        SlotId::Iter => s.iter.set(None),
        SlotId::IterNext => s.iternext.set(None),
        SlotId::DescrGet => s.descr_get.set(None),
        SlotId::DescrSet => s.descr_set.set(None),
        SlotId::Init => s.init.set(None),
        SlotId::Len => s.len.set(None),
        SlotId::GetItem => s.getitem.set(None),
        SlotId::SetItem => s.setitem.set(None),
        SlotId::Contains => s.contains.set(None),
        SlotId::Bool => s.bool.set(None),
        SlotId::Unary(i) => s.unary[i].set(None),
        SlotId::Nb(i) => {
            s.nb[i].set(None);
            if i == BinOp::Pow as usize {
                s.pow3.set(None);
            }
        }
        SlotId::Divmod => s.divmod.set(None),
        SlotId::Pow3 => s.pow3.set(None),
    }
}

fn set_native(s: &Slots, id: SlotId, f: SlotFn, names: &[&str], found: &[Option<Value>]) -> bool {
    let _ = (names, found);
    match (id, f) {
        (SlotId::Repr, SlotFn::Unary(f)) => s.repr.set(Some(f)),
        (SlotId::Str, SlotFn::Unary(f)) => s.str.set(Some(f)),
        (SlotId::Hash, SlotFn::Hash(f)) => s.hash.set(Some(f)),
        (SlotId::RichCompare, SlotFn::Compare(f, _)) => s.richcompare.set(Some(f)),
        (SlotId::GetAttro, SlotFn::GetAttr(f)) => {
            if found.len() > 1 && found[1].is_some() {
                return false;
            }
            s.getattro.set(Some(f))
        }
        (SlotId::SetAttro, SlotFn::SetAttr(f) | SlotFn::DelAttr(f)) => s.setattro.set(Some(f)),
        (SlotId::Call, SlotFn::Call(f)) => s.call.set(Some(f)),
        (SlotId::Iter, SlotFn::Unary(f)) => s.iter.set(Some(f)),
        (SlotId::IterNext, SlotFn::Next(f)) => s.iternext.set(Some(f)),
        (SlotId::DescrGet, SlotFn::DescrGet(f)) => s.descr_get.set(Some(f)),
        (SlotId::DescrSet, SlotFn::DescrSet(f) | SlotFn::DescrDelete(f)) => {
            s.descr_set.set(Some(f))
        }
        (SlotId::Init, SlotFn::Init(f)) => s.init.set(Some(f)),
        (SlotId::Len, SlotFn::Len(f)) => s.len.set(Some(f)),
        (SlotId::GetItem, SlotFn::Binary(f)) => s.getitem.set(Some(f)),
        (SlotId::SetItem, SlotFn::SetItem(f) | SlotFn::DelItem(f)) => s.setitem.set(Some(f)),
        (SlotId::Contains, SlotFn::Contains(f)) => s.contains.set(Some(f)),
        (SlotId::Bool, SlotFn::Bool(f)) => s.bool.set(Some(f)),
        (SlotId::Unary(i), SlotFn::Unary(f)) => s.unary[i].set(Some(f)),
        (SlotId::Nb(i), SlotFn::Binary(f) | SlotFn::BinaryReflected(f)) => s.nb[i].set(Some(f)),
        (SlotId::Nb(i), SlotFn::Ternary(f) | SlotFn::TernaryReflected(f)) => {
            // `**` of a builtin with three-argument pow: the binary slot calls it with None.
            let _ = f;
            let _ = i;
            return false;
        }
        (SlotId::Divmod, SlotFn::Binary(f) | SlotFn::BinaryReflected(f)) => s.divmod.set(Some(f)),
        _ => return false,
    }
    true
}

fn set_python(s: &Slots, id: SlotId) {
    match id {
        SlotId::Repr => s.repr.set(Some(slot_repr)),
        SlotId::Str => s.str.set(Some(slot_str)),
        SlotId::Hash => s.hash.set(Some(slot_hash)),
        SlotId::RichCompare => s.richcompare.set(Some(slot_richcompare)),
        SlotId::GetAttro => s.getattro.set(Some(slot_getattr_hook)),
        SlotId::SetAttro => s.setattro.set(Some(slot_setattro)),
        SlotId::Call => s.call.set(Some(slot_call)),
        SlotId::Iter => s.iter.set(Some(slot_iter)),
        SlotId::IterNext => s.iternext.set(Some(slot_iternext)),
        SlotId::DescrGet => s.descr_get.set(Some(slot_descr_get)),
        SlotId::DescrSet => s.descr_set.set(Some(slot_descr_set)),
        SlotId::Init => s.init.set(Some(slot_init)),
        SlotId::Len => s.len.set(Some(slot_len)),
        SlotId::GetItem => s.getitem.set(Some(slot_getitem)),
        SlotId::SetItem => s.setitem.set(Some(slot_setitem)),
        SlotId::Contains => s.contains.set(Some(slot_contains)),
        SlotId::Bool => s.bool.set(Some(slot_bool)),
        SlotId::Unary(i) => s.unary[i].set(Some(SLOT_UNARY[i])),
        SlotId::Nb(i) if i < INPLACE => {
            s.nb[i].set(Some(SLOT_NB[i]));
            if i == BinOp::Pow as usize {
                s.pow3.set(Some(slot_pow3));
            }
        }
        SlotId::Nb(i) => s.nb[i].set(Some(SLOT_INB[i - INPLACE])),
        SlotId::Divmod => s.divmod.set(Some(slot_divmod)),
        SlotId::Pow3 => s.pow3.set(Some(slot_pow3)),
    }
}

/// `__new__`: a builtin's own `__new__` keeps the native constructor; a Python one is called.
fn update_new(vm: &mut Vm, ty: &TypeRef) {
    let _ = vm;
    match ty.lookup_str("__new__") {
        Some(f) => {
            if let Some(nf) = f.downcast::<NativeFunctionData>() {
                if nf.f as usize
                    == crate::builtin_impls::object::tp_new_wrapper as *const () as usize
                {
                    if let Some(owner) = nf.this.as_ref().and_then(|t| t.downcast::<TypeData>()) {
                        ty.slots.new.set(owner.slots.new.get());
                        return;
                    }
                }
            }
            ty.slots
                .new
                .set(Some(crate::builtin_impls::object::slot_new));
        }
        None => ty.slots.new.set(None),
    }
}

/// Builtin types inherit the slots they do not define from their base (`inherit_slots`).
/// `__hash__` goes with the comparison: a type that defines comparison but not hashing is
/// unhashable, as `list` is.
pub fn inherit_slots(ty: &TypeRef) {
    let Some(base) = ty.base.borrow().clone() else {
        return;
    };
    let (s, b) = (&ty.slots, &base.slots);
    macro_rules! inherit {
        ($($f:ident),*) => { $(if s.$f.get().is_none() { s.$f.set(b.$f.get()); })* };
    }
    inherit!(
        repr, str, getattro, setattro, call, iter, iternext, descr_get, descr_set, init, len,
        getitem, setitem, contains, bool, divmod, pow3
    );
    // Builtin types without a constructor cannot be instantiated (`function()`); only
    // exception classes share their base's.
    if s.new.get().is_none() && ty.has_flag(crate::types::type_flags::EXCEPTION) {
        s.new.set(b.new.get());
    }
    if s.richcompare.get().is_none() && s.hash.get().is_none() {
        s.richcompare.set(b.richcompare.get());
        s.hash.set(b.hash.get());
    }
    for i in 0..s.unary.len() {
        if s.unary[i].get().is_none() {
            s.unary[i].set(b.unary[i].get());
        }
    }
    for i in 0..s.nb.len() {
        if s.nb[i].get().is_none() {
            s.nb[i].set(b.nb[i].get());
        }
    }
    ty.has_finalizer
        .set(ty.has_finalizer.get() || base.has_finalizer.get());
}
