//! `slice` objects and index arithmetic for sequences.

use dashu_int::IBig;

use crate::object::{alloc, TypeRef};
use crate::objects::native::Args;
use crate::objects::slice::SliceData;
use crate::slots::CompareOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    t.slots.new.set(Some(slice_new));
    t.slots.repr.set(Some(slice_repr));
    t.slots.richcompare.set(Some(slice_richcompare));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__reduce__", |vm, a| {
        let s = sl(&a.values[0]);
        let args = vm.new_tuple([s.start.clone(), s.stop.clone(), s.step.clone()]);
        Ok(vm.new_tuple([vm.types.slice.as_value().clone(), args]))
    });
    super::add_getset(vm, &t, "start", Some(|_, v| Ok(sl(v).start.clone())), None);
    super::add_getset(vm, &t, "stop", Some(|_, v| Ok(sl(v).stop.clone())), None);
    super::add_getset(vm, &t, "step", Some(|_, v| Ok(sl(v).step.clone())), None);
    super::add_method(vm, &t, "indices", slice_indices);
}

fn sl(v: &Value) -> &SliceData {
    v.downcast::<SliceData>().expect("slice")
}

fn slice_new(vm: &mut Vm, _ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "slice")?;
    let a = args.unpack(vm, "slice", 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::NONE, a[0].clone(), Value::NONE),
        2 => (a[0].clone(), a[1].clone(), Value::NONE),
        _ => (a[0].clone(), a[1].clone(), a[2].clone()),
    };
    Ok(alloc(&vm.types.slice, SliceData { start, stop, step }).into_value())
}

fn slice_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = sl(v);
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let r = format!(
        "slice({}, {}, {})",
        vm.repr_string(&a)?,
        vm.repr_string(&b)?,
        vm.repr_string(&c)?
    );
    Ok(vm.new_str(r))
}

fn slice_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<SliceData>(), b.downcast::<SliceData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let t1 = vm.new_tuple([x.start.clone(), x.stop.clone(), x.step.clone()]);
    let t2 = vm.new_tuple([y.start.clone(), y.stop.clone(), y.step.clone()]);
    vm.rich_compare(&t1, &t2, op)
}

#[inline]
fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    match super::int::index_value(vm, v)? {
        Some(i) => Ok(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN / 4
        } else {
            i64::MAX / 4
        })),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped to the sequence, as `PySlice_GetIndicesEx`.
pub fn indices(vm: &mut Vm, s: &SliceData, len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = if s.step.is_none() {
        1
    } else {
        slice_index(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = slice_index(vm, v)?;
        if i < 0 {
            i += len;
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = clamp(vm, &s.start, if step < 0 { upper } else { lower })?;
    let stop = clamp(vm, &s.stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

/// `indices` for any length, in arbitrary precision (CPython's `_PySlice_GetLongIndices`),
/// for `slice.indices` and for ranges longer than a machine word.
pub fn indices_big(vm: &mut Vm, s: &SliceData, len: &IBig) -> PyResult<(IBig, IBig, IBig)> {
    let big_index = |vm: &mut Vm, v: &Value| -> PyResult<IBig> {
        match super::int::index_value(vm, v)? {
            Some(i) => Ok(i.to_ibig()),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = if s.step.is_none() {
        IBig::ONE
    } else {
        big_index(vm, &s.step)?
    };
    if step == IBig::ZERO {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let negative = step < IBig::ZERO;
    let (lower, upper) = if negative {
        (IBig::from(-1), len - IBig::ONE)
    } else {
        (IBig::ZERO, len.clone())
    };
    let clamp = |vm: &mut Vm, v: &Value, default: &IBig| -> PyResult<IBig> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = big_index(vm, v)?;
        if i < IBig::ZERO {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clamp(vm, &s.start, if negative { &upper } else { &lower })?;
    let stop = clamp(vm, &s.stop, if negative { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// The positions a clamped slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> SlicePositions {
    SlicePositions {
        next: start,
        step,
        left: slice_len(start, stop, step),
    }
}

/// The positions a slice selects, in order. Its length is known up front, so collecting it
/// sizes the result once (a slice of a tuple used to grow its vector and then shrink it).
pub struct SlicePositions {
    next: i64,
    step: i64,
    left: usize,
}

impl Iterator for SlicePositions {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let r = self.next as usize;
        self.next += self.step;
        Some(r)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for SlicePositions {}

pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.skip_self().exactly_one(vm, "slice.indices")?.clone();
    let len = super::int::index(vm, &n)?.to_ibig();
    if len < IBig::ZERO {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = indices_big(vm, sl(&args.values[0]), &len)?;
    Ok(vm.new_tuple([vm.new_bigint(a), vm.new_bigint(b), vm.new_bigint(c)]))
}
