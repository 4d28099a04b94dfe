//! `tuple`.

use crate::object::{alloc, TypeRef};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::objects::tuple::TupleData;
use crate::slots::{BinOp, CompareOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    let s = &t.slots;
    s.repr.set(Some(tuple_repr));
    s.hash.set(Some(tuple_hash));
    s.richcompare.set(Some(tuple_richcompare));
    s.new.set(Some(tuple_new));
    s.len.set(Some(|_, v| Ok(items(v).len())));
    s.getitem.set(Some(tuple_getitem));
    s.contains.set(Some(|vm, v, k| {
        for x in items(v).to_vec() {
            if vm.eq_bool(&x, k)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    s.iter.set(Some(|vm, v| {
        Ok(alloc(
            &vm.types.tuple_iterator,
            IterData::new(IterState::Seq {
                seq: v.clone(),
                index: 0,
            }),
        )
        .into_value())
    }));
    s.nb[BinOp::Add as usize].set(Some(tuple_add));
    s.nb[BinOp::Mul as usize].set(Some(tuple_mul));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "count", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "tuple.count")?.clone();
        let mut n = 0;
        for y in items(&a.values[0]).to_vec() {
            if vm.eq_bool(&y, &x)? {
                n += 1;
            }
        }
        Ok(vm.new_int(n))
    });
    super::add_method(vm, &t, "index", |vm, a| {
        let r = a.skip_self().unpack(vm, "index", 1, 3)?;
        let list = items(&a.values[0]).to_vec();
        let (start, stop) = super::list::search_bounds(vm, r, list.len())?;
        for (i, y) in list.iter().enumerate().take(stop).skip(start) {
            if vm.eq_bool(y, &r[0])? {
                return Ok(vm.new_int(i as i64));
            }
        }
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    });
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        let t = vm.new_tuple(items(&a.values[0]).to_vec());
        Ok(vm.new_tuple([t]))
    });
}

pub fn items(v: &Value) -> &[Value] {
    v.downcast::<TupleData>().map(|t| t.items()).unwrap_or(&[])
}

/// `(a, b)`, `(a,)`, with `(...)` for a tuple inside itself.
pub fn seq_repr(
    vm: &mut Vm,
    v: &Value,
    open: &str,
    close: &str,
    items: Vec<Value>,
    single_comma: bool,
) -> PyResult<Value> {
    let id = v.raw() as usize;
    if vm.repr_stack.contains(&id) {
        return Ok(vm.new_str(format!("{open}...{close}")));
    }
    vm.repr_stack.push(id);
    let r = (|| {
        let mut out = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.repr(x)?.as_str());
        }
        if single_comma && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Ok(out)
    })();
    vm.repr_stack.pop();
    Ok(vm.new_str(r?))
}

fn tuple_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let it = items(v).to_vec();
    if it.is_empty() {
        return Ok(vm.new_str("()"));
    }
    seq_repr(vm, v, "(", ")", it, true)
}

fn tuple_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let mut hs = Vec::new();
    for x in items(v).to_vec() {
        hs.push(vm.hash(&x)?);
    }
    Ok(bytecode::set_order::hash_tuple(&hs))
}

/// Lexicographic comparison of two sequences with Python `==` then the operator.
pub fn seq_compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<Value> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !vm.eq_bool(&a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => vm.rich_compare(&a[i], &b[i], op),
            };
        }
    }
    Ok(Value::from_bool(super::int::compare_result(
        a.len().cmp(&b.len()),
        op,
    )))
}

fn tuple_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if b.downcast::<TupleData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (items(a).to_vec(), items(b).to_vec());
    vm.guard_stack(|vm| seq_compare(vm, &x, &y, op))
}

fn tuple_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let it = items(v);
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let (a, b, c) = super::slice::indices(vm, sl, it.len())?;
        if c == 1
            && a == 0
            && b as usize == it.len()
            && crate::objects::str_ops::is_exact(vm, v, &vm.types.tuple)
        {
            return Ok(v.clone());
        }
        return Ok(vm.new_tuple(super::slice::slice_positions(a, b, c).map(|i| it[i].clone())));
    }
    let i = super::str::normalize_index(vm, k, it.len(), "tuple")?;
    Ok(it[i].clone())
}

fn tuple_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<TupleData>(), b.downcast::<TupleData>()) else {
        // `sq_concat` in CPython: the error comes after the other operand's `__radd__`
        // (`Vm::binary_op`).
        return Ok(vm.not_implemented.clone());
    };
    if y.is_empty() && crate::objects::str_ops::is_exact(vm, a, &vm.types.tuple) {
        return Ok(a.clone());
    }
    if x.is_empty() && crate::objects::str_ops::is_exact(vm, b, &vm.types.tuple) {
        return Ok(b.clone());
    }
    let n = x.len() + y.len();
    if n == 0 {
        return Ok(vm.new_tuple([]));
    }
    Ok(crate::objects::tuple::alloc_tuple(
        &vm.types.tuple,
        n,
        x.items().iter().chain(y.items()).cloned(),
    ))
}

fn tuple_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (t, n) = match (a.downcast::<TupleData>(), b.downcast::<TupleData>()) {
        (Some(t), _) => (t, b),
        (None, Some(t)) => (t, a),
        _ => return Ok(vm.not_implemented.clone()),
    };
    let Some(k) = super::str::repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    if t.len().checked_mul(k).is_none_or(|x| x > (1 << 40)) {
        return Err(vm.memory_error());
    }
    let mut v = Vec::with_capacity(t.len() * k);
    for _ in 0..k {
        v.extend_from_slice(t.items());
    }
    Ok(vm.new_tuple(v))
}

fn tuple_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "tuple")?;
    let a = args.unpack(vm, "tuple", 0, 1)?;
    let items = match a.first() {
        Some(x) => vm.collect(x)?,
        None => Vec::new(),
    };
    if ty.is(&vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(crate::objects::tuple::alloc_tuple(ty, items.len(), items))
}
