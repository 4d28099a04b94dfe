//! `set` and `frozenset`, and the set operations dict views share.

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::objects::set::SetData;
use crate::slots::{BinOp, CompareOp, INPLACE};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    for frozen in [false, true] {
        let t = if frozen {
            vm.types.frozenset.clone()
        } else {
            vm.types.set.clone()
        };
        let s = &t.slots;
        s.repr.set(Some(set_repr));
        s.richcompare.set(Some(setlike_richcompare));
        s.len.set(Some(|_, v| Ok(st(v).len())));
        s.contains.set(Some(set_contains));
        s.iter.set(Some(set_iter));
        for op in [BinOp::And, BinOp::Or, BinOp::Sub, BinOp::Xor] {
            s.nb[op as usize].set(Some(SETLIKE_NB[op as usize]));
        }
        if frozen {
            s.hash.set(Some(frozenset_hash));
            s.new.set(Some(frozenset_new));
        } else {
            s.new.set(Some(
                |_vm, ty, _| Ok(alloc(ty, SetData::new()).into_value()),
            ));
            s.init.set(Some(set_init));
            for op in [BinOp::And, BinOp::Or, BinOp::Sub, BinOp::Xor] {
                s.nb[INPLACE + op as usize].set(Some(SET_INB[op as usize]));
            }
        }
        super::object::add_new_wrapper(vm, &t);
        super::add_method(vm, &t, "isdisjoint", setlike_isdisjoint);
        super::add_method(vm, &t, "__reduce__", |vm, a| {
            let this = &a.values[0];
            let items = vm.new_list(st(this).items());
            let args = vm.new_tuple([items]);
            let dict = super::object::get_state(vm, this, false)?;
            Ok(vm.new_tuple([vm.type_of(this).into_value(), args, dict]))
        });
        super::add_method(vm, &t, "copy", |vm, a| {
            let this = &a.values[0];
            if crate::objects::str_ops::is_exact(vm, this, &vm.types.frozenset.clone()) {
                return Ok(this.clone());
            }
            let ty = vm.type_of(this);
            let ty = if ty.is_subtype_of(&vm.types.frozenset) {
                vm.types.frozenset.clone()
            } else {
                vm.types.set.clone()
            };
            Ok(copy_set(vm, st(this), &ty).into_value())
        });
        super::add_method(vm, &t, "union", |vm, a| multi(vm, a, BinOp::Or));
        super::add_method(vm, &t, "intersection", |vm, a| multi(vm, a, BinOp::And));
        super::add_method(vm, &t, "difference", |vm, a| multi(vm, a, BinOp::Sub));
        super::add_method(vm, &t, "symmetric_difference", |vm, a| {
            let o = a
                .skip_self()
                .exactly_one(
                    vm,
                    &format!("{}.symmetric_difference", set_kind(vm, &a.values[0])),
                )?
                .clone();
            let other = to_set(vm, &o)?;
            set_op(vm, &a.values[0], other.as_value(), BinOp::Xor)
        });
        super::add_method(vm, &t, "issubset", |vm, a| {
            let o = a
                .skip_self()
                .exactly_one(vm, &format!("{}.issubset", set_kind(vm, &a.values[0])))?
                .clone();
            let other = to_set(vm, &o)?;
            Ok(Value::from_bool(is_subset(vm, st(&a.values[0]), &other)?))
        });
        super::add_method(vm, &t, "issuperset", |vm, a| {
            let o = a
                .skip_self()
                .exactly_one(vm, &format!("{}.issuperset", set_kind(vm, &a.values[0])))?
                .clone();
            let other = to_set(vm, &o)?;
            Ok(Value::from_bool(is_subset(vm, &other, st(&a.values[0]))?))
        });
    }
    let t = vm.types.set.clone();
    super::add_method(vm, &t, "add", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "set.add")?.clone();
        st(&a.values[0]).add(vm, x)?;
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "discard", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "set.discard")?.clone();
        set_discard(vm, &a.values[0], &x)?;
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "remove", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "set.remove")?.clone();
        if !set_discard(vm, &a.values[0], &x)? {
            return Err(vm.key_error(x));
        }
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "pop", |vm, a| {
        a.skip_self().none(vm, "set.pop")?;
        st(&a.values[0])
            .pop()
            .ok_or_else(|| vm.key_error(vm.new_str("pop from an empty set")))
    });
    super::add_method(vm, &t, "clear", |vm, a| {
        a.skip_self().none(vm, "set.clear")?;
        st(&a.values[0]).clear();
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "update", |vm, a| {
        for o in a.skip_self().pos().to_vec() {
            for x in vm.collect(&o)? {
                st(&a.values[0]).add(vm, x)?;
            }
        }
        Ok(Value::NONE)
    });
    for (name, op) in [
        ("intersection_update", BinOp::And),
        ("difference_update", BinOp::Sub),
        ("symmetric_difference_update", BinOp::Xor),
    ] {
        let f: crate::objects::native::NativeFn = match op {
            BinOp::And => |vm, a| update_op(vm, a, BinOp::And),
            BinOp::Sub => |vm, a| update_op(vm, a, BinOp::Sub),
            _ => |vm, a| update_op(vm, a, BinOp::Xor),
        };
        super::add_method(vm, &t, name, f);
    }
}

pub fn st(v: &Value) -> &SetData {
    v.downcast::<SetData>().expect("set")
}

/// The builtin the method belongs to, for messages (`set.issubset`, `frozenset.issubset`).
fn set_kind(vm: &Vm, v: &Value) -> &'static str {
    if is_frozen(vm, v) {
        "frozenset"
    } else {
        "set"
    }
}

fn is_frozen(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of(v, &vm.types.frozenset)
}

fn set_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = st(v).items();
    let name = vm.type_name(v);
    let frozen = is_frozen(vm, v);
    let exact = !vm.type_of(v).has_flag(crate::types::type_flags::HEAPTYPE);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let inner = super::tuple::seq_repr(vm, v, "{", "}", items, false)?;
    let inner = vm.str_string(&inner)?;
    if frozen || !exact {
        if inner == "{...}" {
            return Ok(vm.new_str(format!("{name}(...)")));
        }
        return Ok(vm.new_str(format!("{name}({inner})")));
    }
    Ok(vm.new_str(inner))
}

pub fn set_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    match st(v).contains(vm, k) {
        Err(e)
            if vm.exc_matches(&e, &vm.exc.TypeError.clone())
                && k.downcast::<SetData>().is_some() =>
        {
            let f = frozenset_from(vm, k)?;
            st(v).contains(vm, &f)
        }
        r => r,
    }
}

/// `discard`, retrying an unhashable set key as a frozenset as CPython does.
fn set_discard(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    match st(v).discard(vm, k) {
        Err(e)
            if vm.exc_matches(&e, &vm.exc.TypeError.clone())
                && k.downcast::<SetData>().is_some() =>
        {
            let f = frozenset_from(vm, k)?;
            st(v).discard(vm, &f)
        }
        r => r,
    }
}

fn frozenset_from(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fs = vm.types.frozenset.clone();
    Ok(copy_set(vm, st(v), &fs).into_value())
}

fn set_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let len = st(v).len();
    Ok(alloc(
        &vm.types.set_iterator,
        IterData::new(IterState::Set {
            set: v.clone(),
            pos: 0,
            len,
            seen: 0,
        }),
    )
    .into_value())
}

fn frozenset_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let s = st(v);
    let h = s.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let items = s.hashed_items();
    let n = items.len();
    let h = bytecode::set_order::hash_frozenset(items.into_iter().map(|(h, _)| h), n);
    s.hash.set(h);
    Ok(h)
}

pub fn copy_set(vm: &mut Vm, src: &SetData, ty: &TypeRef) -> PyRef<SetData> {
    let s = alloc(ty, SetData::new());
    s.copy_from(src);
    let _ = vm;
    s
}

/// Builds a set from any iterable (sets keep their table order).
pub fn to_set(vm: &mut Vm, v: &Value) -> PyResult<PyRef<SetData>> {
    let ty = vm.types.set.clone();
    if let Some(src) = v.downcast::<SetData>() {
        return Ok(copy_set(vm, src, &ty));
    }
    let s = alloc(&ty, SetData::new());
    if let Some(dd) = v.downcast::<crate::objects::dict::DictData>() {
        for (h, k, _) in dd.hashed_items() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(s);
    }
    for x in vm.collect(v)? {
        s.add(vm, x)?;
    }
    Ok(s)
}

fn fill(vm: &mut Vm, s: &SetData, v: &Value) -> PyResult<()> {
    if let Some(src) = v.downcast::<SetData>() {
        if s.is_empty() {
            s.copy_from(src);
            return Ok(());
        }
        for (h, k) in src.hashed_items() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    for x in vm.collect(v)? {
        s.add(vm, x)?;
    }
    Ok(())
}

fn set_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs(vm, "set")?;
    let a = args.unpack(vm, "set", 0, 1)?;
    st(v).clear();
    if let Some(x) = a.first() {
        fill(vm, st(v), x)?;
    }
    Ok(())
}

fn frozenset_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "frozenset")?;
    let a = args.unpack(vm, "frozenset", 0, 1)?;
    if let Some(x) = a.first() {
        if ty.is(&vm.types.frozenset)
            && crate::objects::str_ops::is_exact(vm, x, &vm.types.frozenset.clone())
        {
            return Ok(x.clone());
        }
    }
    let s = alloc(ty, SetData::new());
    if let Some(x) = a.first() {
        fill(vm, &s, x)?;
    }
    Ok(s.into_value())
}

fn is_setlike(v: &Value) -> bool {
    v.downcast::<SetData>().is_some()
        || v.downcast::<crate::objects::dict::DictViewData>()
            .is_some_and(|d| d.kind != crate::objects::dict::DictViewKind::Values)
}

/// The elements of a set or a dict view as a set (for the operators).
fn setlike_items(vm: &mut Vm, v: &Value) -> PyResult<PyRef<SetData>> {
    to_set(vm, v)
}

fn result_type(vm: &Vm, a: &Value) -> TypeRef {
    if a.downcast::<SetData>().is_some() && is_frozen(vm, a) {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    }
}

pub fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let ty = result_type(vm, a);
    let left = match a.downcast::<SetData>() {
        Some(s) => copy_set(vm, s, &vm.types.set.clone()),
        None => setlike_items(vm, a)?,
    };
    let right = if b.downcast::<SetData>().is_some() {
        PyRef::from_value_unchecked(b.clone())
    } else {
        to_set(vm, b)?
    };
    let out = alloc(&ty, SetData::new());
    match op {
        BinOp::Or => {
            out.copy_from(&left);
            for (h, k) in right.hashed_items() {
                out.add_hashed(vm, k, h)?;
            }
        }
        BinOp::And => {
            let (small, big) = if left.len() <= right.len() {
                (&left, &right)
            } else {
                (&right, &left)
            };
            for (h, k) in small.hashed_items() {
                if big.contains_hashed(vm, &k, h)? {
                    out.add_hashed(vm, k, h)?;
                }
            }
        }
        BinOp::Sub => {
            for (h, k) in left.hashed_items() {
                if !right.contains_hashed(vm, &k, h)? {
                    out.add_hashed(vm, k, h)?;
                }
            }
        }
        _ => {
            for (h, k) in left.hashed_items() {
                if !right.contains_hashed(vm, &k, h)? {
                    out.add_hashed(vm, k, h)?;
                }
            }
            for (h, k) in right.hashed_items() {
                if !left.contains_hashed(vm, &k, h)? {
                    out.add_hashed(vm, k, h)?;
                }
            }
        }
    }
    Ok(out.into_value())
}

fn setlike_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if !is_setlike(a) {
        if a.downcast::<SetData>().is_none()
            && b.downcast::<crate::objects::dict::DictViewData>().is_some()
        {
            // view on the right with an iterable on the left: `[1] | d.keys()`.
            if vm.type_data_of(a).slots.iter.get().is_some() {
                let l = to_set(vm, a)?;
                return set_op(vm, l.as_value(), b, op);
            }
        }
        return Ok(vm.not_implemented.clone());
    }
    if !is_setlike(b) {
        if a.downcast::<crate::objects::dict::DictViewData>().is_some()
            && vm.type_data_of(b).slots.iter.get().is_some()
        {
            return set_op(vm, a, b, op);
        }
        return Ok(vm.not_implemented.clone());
    }
    set_op(vm, a, b, op)
}

pub const SETLIKE_NB: [crate::slots::BinFn; 13] = [
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| setlike_binop(vm, a, b, BinOp::And),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| setlike_binop(vm, a, b, BinOp::Or),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| setlike_binop(vm, a, b, BinOp::Sub),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| setlike_binop(vm, a, b, BinOp::Xor),
];

fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if b.downcast::<SetData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let r = set_op(vm, a, b, op)?;
    let s = st(a);
    s.clear();
    s.copy_from(st(&r));
    Ok(a.clone())
}

const SET_INB: [crate::slots::BinFn; 13] = [
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| set_inplace(vm, a, b, BinOp::And),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| set_inplace(vm, a, b, BinOp::Or),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| set_inplace(vm, a, b, BinOp::Sub),
    |vm, _, _| Ok(vm.not_implemented.clone()),
    |vm, a, b| set_inplace(vm, a, b, BinOp::Xor),
];

fn multi(vm: &mut Vm, a: Args<'_>, op: BinOp) -> PyResult<Value> {
    let this = a.values[0].clone();
    let ty = result_type(vm, &this);
    let mut acc = copy_set(vm, st(&this), &vm.types.set.clone()).into_value();
    for o in a.skip_self().pos().to_vec() {
        let other = to_set(vm, &o)?;
        acc = set_op(vm, &acc, other.as_value(), op)?;
    }
    if ty.is(&vm.types.frozenset) {
        return Ok(copy_set(vm, st(&acc), &ty).into_value());
    }
    Ok(acc)
}

fn update_op(vm: &mut Vm, a: Args<'_>, op: BinOp) -> PyResult<Value> {
    let this = a.values[0].clone();
    let mut acc = copy_set(vm, st(&this), &vm.types.set.clone()).into_value();
    let others = a.skip_self().pos().to_vec();
    for o in others {
        let other = to_set(vm, &o)?;
        acc = set_op(vm, &acc, other.as_value(), op)?;
    }
    st(&this).clear();
    st(&this).copy_from(st(&acc));
    Ok(Value::NONE)
}

fn is_subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.hashed_items() {
        if !b.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn setlike_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if !is_setlike(b) {
        return Ok(vm.not_implemented.clone());
    }
    let x = setlike_items(vm, a)?;
    let y = setlike_items(vm, b)?;
    let r = match op {
        CompareOp::Eq => x.len() == y.len() && is_subset(vm, &x, &y)?,
        CompareOp::Ne => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        CompareOp::Le => is_subset(vm, &x, &y)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(vm, &x, &y)?,
        CompareOp::Ge => is_subset(vm, &y, &x)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(vm, &y, &x)?,
    };
    Ok(Value::from_bool(r))
}

pub fn setlike_isdisjoint(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let o = a
        .skip_self()
        .exactly_one(vm, &format!("{}.isdisjoint", set_kind(vm, &a.values[0])))?
        .clone();
    let x = setlike_items(vm, &a.values[0])?;
    for item in vm.collect(&o)? {
        if x.contains(vm, &item)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
