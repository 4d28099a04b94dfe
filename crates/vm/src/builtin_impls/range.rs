//! `range`.

#[allow(unused_imports)]
use dashu_int::ops::{Abs, BitTest, UnsignedAbs};
use dashu_int::IBig;

use crate::object::{alloc, TypeRef};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::objects::range::RangeData;
use crate::slots::CompareOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `PyLong_CheckExact(x) || PyBool_Check(x)`: range's arithmetic fast paths.
fn exact_int(vm: &Vm, x: &Value) -> bool {
    x.as_small_int().is_some()
        || x.is_bool()
        || crate::objects::str_ops::is_exact(vm, x, &vm.types.int)
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    let s = &t.slots;
    s.new.set(Some(range_new));
    s.repr.set(Some(range_repr));
    s.len.set(Some(|vm, v| {
        let r = rd(v);
        match r.len.as_small_int() {
            Some(n) => Ok(n as usize),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }));
    s.bool
        .set(Some(|_, v| Ok(rd(v).len.as_small_int() != Some(0))));
    s.getitem.set(Some(range_getitem));
    s.contains.set(Some(range_contains));
    s.iter.set(Some(range_iter));
    s.hash.set(Some(range_hash));
    s.richcompare.set(Some(range_richcompare));
    super::object::add_new_wrapper(vm, &t);
    super::add_getset(vm, &t, "start", Some(|_, v| Ok(rd(v).start.clone())), None);
    super::add_getset(vm, &t, "stop", Some(|_, v| Ok(rd(v).stop.clone())), None);
    super::add_getset(vm, &t, "step", Some(|_, v| Ok(rd(v).step.clone())), None);
    super::add_method(vm, &t, "count", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "range.count")?.clone();
        if !exact_int(vm, &x) {
            // Anything but an int is counted by iterating, with `==`.
            let it = vm.iter(&a.values[0])?;
            let mut n = 0i64;
            while let Some(y) = vm.next(&it)? {
                if vm.eq_bool(&y, &x)? {
                    n += 1;
                }
            }
            return Ok(vm.new_int(n));
        }
        let c = range_contains(vm, &a.values[0], &x)?;
        Ok(vm.new_int(i64::from(c)))
    });
    super::add_method(vm, &t, "index", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "range.index")?.clone();
        let r = rd(&a.values[0]);
        if !exact_int(vm, &x) {
            let it = vm.iter(&a.values[0])?;
            let mut i = 0i64;
            while let Some(y) = vm.next(&it)? {
                if vm.eq_bool(&y, &x)? {
                    return Ok(vm.new_int(i));
                }
                i += 1;
            }
            return Err(vm.value_error("sequence.index(x): x not in sequence"));
        }
        if range_contains(vm, &a.values[0], &x)? {
            let (start, step) = (ib(&r.start), ib(&r.step));
            let i = (ib(&x) - start) / step;
            return Ok(vm.new_bigint(i));
        }
        let rr = vm.repr_string(&x)?;
        Err(vm.value_error(format!("{rr} is not in range")))
    });
    super::add_method(vm, &t, "__reduce__", |vm, a| {
        let r = rd(&a.values[0]);
        let args = vm.new_tuple([r.start.clone(), r.stop.clone(), r.step.clone()]);
        Ok(vm.new_tuple([vm.types.range.as_value().clone(), args]))
    });
    super::add_method(vm, &t, "__reversed__", |vm, a| {
        let r = rd(&a.values[0]);
        let (start, step, len) = (ib(&r.start), ib(&r.step), ib(&r.len));
        let last = &start + (&len - IBig::ONE) * &step;
        let new_step = -step;
        let new_stop = &last + &new_step * &len;
        let nr = make_range(vm, last, new_stop, new_step);
        range_iter(vm, &nr)
    });
}

fn rd(v: &Value) -> &RangeData {
    v.downcast::<RangeData>().expect("range")
}

fn ib(v: &Value) -> IBig {
    super::int::as_int(v)
        .map(|i| i.to_ibig())
        .unwrap_or_default()
}

fn compute_len(start: &IBig, stop: &IBig, step: &IBig) -> IBig {
    if *step > IBig::ZERO {
        if start < stop {
            (stop - start - IBig::ONE) / step + IBig::ONE
        } else {
            IBig::ZERO
        }
    } else if start > stop {
        (start - stop - IBig::ONE) / (-step) + IBig::ONE
    } else {
        IBig::ZERO
    }
}

pub fn make_range(vm: &Vm, start: IBig, stop: IBig, step: IBig) -> Value {
    let len = compute_len(&start, &stop, &step);
    alloc(
        &vm.types.range,
        RangeData {
            start: vm.new_bigint(start),
            stop: vm.new_bigint(stop),
            step: vm.new_bigint(step),
            len: vm.new_bigint(len),
        },
    )
    .into_value()
}

fn range_new(vm: &mut Vm, _ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "range")?;
    let a = args.unpack(vm, "range", 1, 3)?;
    let mut vals = Vec::new();
    for x in a {
        vals.push(super::int::index(vm, x)?.to_ibig());
    }
    let (start, stop, step) = match vals.len() {
        1 => (IBig::ZERO, vals[0].clone(), IBig::ONE),
        2 => (vals[0].clone(), vals[1].clone(), IBig::ONE),
        _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
    };
    if step == IBig::ZERO {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(vm, start, stop, step))
}

fn range_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = rd(v);
    let s = if r.step.as_small_int() == Some(1) {
        format!("range({}, {})", ib(&r.start), ib(&r.stop))
    } else {
        format!("range({}, {}, {})", ib(&r.start), ib(&r.stop), ib(&r.step))
    };
    Ok(vm.new_str(s))
}

fn range_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let r = rd(v);
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let (a, b, c) = super::slice::indices_big(vm, sl, &ib(&r.len))?;
        let (start, step) = (ib(&r.start), ib(&r.step));
        let ns = &start + &step * a;
        let ne = &start + &step * b;
        let nst = step * c;
        return Ok(make_range(vm, ns, ne, nst));
    }
    let Some(i) = super::int::index_value(vm, k)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    };
    let mut i = i.to_ibig();
    let len = ib(&r.len);
    if i < IBig::ZERO {
        i += &len;
    }
    if i < IBig::ZERO || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(ib(&r.start) + ib(&r.step) * i))
}

fn range_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let r = rd(v);
    if let Some(x) = super::int::as_int(k) {
        if k.is_bool() || k.downcast::<crate::objects::int::IntData>().is_some() || k.is_small_int()
        {
            let x = x.to_ibig();
            let (start, stop, step) = (ib(&r.start), ib(&r.stop), ib(&r.step));
            let inside = if step > IBig::ZERO {
                start <= x && x < stop
            } else {
                stop < x && x <= start
            };
            return Ok(inside && (x - start) % step == IBig::ZERO);
        }
    }
    let it = range_iter(vm, v)?;
    while let Some(y) = vm.next(&it)? {
        if vm.eq_bool(&y, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = rd(v);
    if let Some((start, _stop, step, len)) = r.small() {
        if start
            .checked_add(step.checked_mul(len).unwrap_or(i64::MAX))
            .is_some()
        {
            return Ok(alloc(
                &vm.types.range_iterator,
                IterData::new(IterState::Range {
                    next: start,
                    step,
                    remaining: len,
                    start,
                    len,
                }),
            )
            .into_value());
        }
    }
    Ok(alloc(
        &vm.types.longrange_iterator,
        IterData::new(IterState::BigRange {
            range: v.clone(),
            index: Value::small_int_unchecked(0),
        }),
    )
    .into_value())
}

fn range_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let r = rd(v);
    let len = ib(&r.len);
    let t = if len == IBig::ZERO {
        vm.new_tuple([r.len.clone(), Value::NONE, Value::NONE])
    } else if len == IBig::ONE {
        vm.new_tuple([r.len.clone(), r.start.clone(), Value::NONE])
    } else {
        vm.new_tuple([r.len.clone(), r.start.clone(), r.step.clone()])
    };
    vm.hash(&t)
}

fn range_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let Some(y) = b.downcast::<RangeData>() else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let x = rd(a);
    let (lx, ly) = (ib(&x.len), ib(&y.len));
    let eq = lx == ly
        && (lx == IBig::ZERO
            || (ib(&x.start) == ib(&y.start) && (lx == IBig::ONE || ib(&x.step) == ib(&y.step))));
    Ok(Value::from_bool(if op == CompareOp::Eq { eq } else { !eq }))
}
