//! `bytearray`'s mutation: the constructor's `__init__`, item and slice assignment and
//! deletion, `+=`/`*=`, and the list-like methods (`append`, `extend`, `insert`, `pop`,
//! `remove`, `reverse`, `clear`, `copy`).
//!
//! A bytearray with live memoryviews (`exports`) cannot change size: every operation that
//! would resize it checks first and raises CPython's BufferError; writes in place are fine.

use crate::object::TypeRef;
use crate::objects::bytes::ByteArrayData;
use crate::objects::native::Args;
use crate::objects::slice::SliceData;
use crate::slots::{BinOp, UnaryOp, INPLACE};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::{ba, buffer_copy, byte_arg};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let s = &t.slots;
    s.new.set(Some(|_vm, ty, _| {
        Ok(crate::object::alloc(ty, ByteArrayData::new(Vec::new())).into_value())
    }));
    s.init.set(Some(bytearray_init));
    s.setitem.set(Some(bytearray_setitem));
    s.nb[INPLACE + BinOp::Add as usize].set(Some(bytearray_iadd));
    s.nb[INPLACE + BinOp::Mul as usize].set(Some(bytearray_imul));
    let methods: [(&'static str, crate::objects::native::NativeFn); 10] = [
        ("append", bytearray_append),
        ("extend", bytearray_extend),
        ("insert", bytearray_insert),
        ("pop", bytearray_pop),
        ("remove", bytearray_remove),
        ("reverse", |vm, a| {
            a.skip_self().none(vm, "bytearray.reverse")?;
            ba(&a.values[0]).bytes.borrow_mut().reverse();
            Ok(Value::NONE)
        }),
        ("clear", |vm, a| {
            a.skip_self().none(vm, "bytearray.clear")?;
            resize_check(vm, &a.values[0])?;
            ba(&a.values[0]).bytes.borrow_mut().clear();
            Ok(Value::NONE)
        }),
        ("copy", |vm, a| {
            a.skip_self().none(vm, "bytearray.copy")?;
            let data = ba(&a.values[0]).bytes.borrow().clone();
            Ok(super::bytes::new_bytearray(vm, data))
        }),
        ("__alloc__", |vm, a| {
            a.skip_self().none(vm, "bytearray.__alloc__")?;
            let n = ba(&a.values[0]).bytes.borrow().capacity();
            // CPython always keeps room for a trailing NUL.
            Ok(vm.new_int(n as i64 + 1))
        }),
        ("__sizeof__", |vm, a| {
            a.skip_self().none(vm, "bytearray.__sizeof__")?;
            let n = ba(&a.values[0]).bytes.borrow().capacity();
            Ok(vm.new_int(56 + n as i64))
        }),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
    // Mutable, so unhashable: CPython's type dict says so with `__hash__ = None`.
    super::set_attr(vm, t, "__hash__", Value::NONE);
}

/// BufferError when `v` has live memoryviews (it may not change size).
pub fn resize_check(vm: &Vm, v: &Value) -> PyResult<()> {
    if ba(v).exports.get() > 0 {
        return Err(vm.new_exception(
            &vm.exc.BufferError.clone(),
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

fn bytearray_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = args.parse(vm, "bytearray", &["source", "encoding", "errors"], 0)?;
    let data = super::bytes::construct(vm, &a, "bytearray")?;
    resize_check(vm, v)?;
    *ba(v).bytes.borrow_mut() = data;
    Ok(())
}

/// The bytes an assignment to a slice stores: any buffer (a copy, so `a[:] = a` works) or
/// what `bytearray(x)` would hold, but never from a number or a str.
fn slice_source(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(x) {
        return Ok(b);
    }
    // CPython's `PyNumber_Check`, then `PyByteArray_FromObject`.
    let td = vm.type_data_of(x);
    let is_number = x.downcast::<crate::objects::str::StrData>().is_some()
        || super::int::as_int(x).is_some()
        || x.downcast::<crate::objects::float::FloatData>().is_some()
        || x.downcast::<crate::objects::complex::ComplexData>()
            .is_some()
        || [UnaryOp::Index, UnaryOp::Int, UnaryOp::Float]
            .iter()
            .any(|op| td.slots.unary[*op as usize].get().is_some());
    if is_number {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    super::bytes::from_object(vm, x, "bytearray")
}

fn bytearray_setitem(vm: &mut Vm, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let data = ba(v);
    if let Some(sl) = k.downcast::<SliceData>() {
        let new = match &x {
            Some(x) => Some(slice_source(vm, x)?),
            None => None,
        };
        let len = data.bytes.borrow().len();
        let (a, b, c) = super::slice::indices(vm, sl, len)?;
        return assign_slice(vm, v, a, b, c, new);
    }
    if super::int::index_value(vm, k)?.is_none() {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    }
    // The value is converted before the index is checked, as in CPython.
    let b = match &x {
        Some(x) => Some(byte_arg(vm, x)?),
        None => None,
    };
    let len = data.bytes.borrow().len();
    let i = super::bytes::index_in(vm, k, len, "bytearray")?;
    match b {
        Some(b) => data.bytes.borrow_mut()[i] = b,
        None => {
            resize_check(vm, v)?;
            data.bytes.borrow_mut().remove(i);
        }
    }
    Ok(())
}

/// `v[a:b:c] = new` (`None` deletes), with the clamped slice.
fn assign_slice(
    vm: &mut Vm,
    v: &Value,
    a: i64,
    b: i64,
    c: i64,
    new: Option<Vec<u8>>,
) -> PyResult<()> {
    let data = ba(v);
    let positions: Vec<usize> = super::slice::slice_positions(a, b, c).collect();
    if c == 1 {
        let (a, b) = (a as usize, b.max(a) as usize);
        let new = new.unwrap_or_default();
        if new.len() != b - a {
            resize_check(vm, v)?;
        }
        data.bytes.borrow_mut().splice(a..b, new);
        return Ok(());
    }
    match new {
        // An empty value deletes an extended slice, as in CPython.
        Some(new) if !new.is_empty() => {
            if new.len() != positions.len() {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    positions.len()
                )));
            }
            let mut bytes = data.bytes.borrow_mut();
            for (p, x) in positions.into_iter().zip(new) {
                bytes[p] = x;
            }
        }
        _ => {
            if !positions.is_empty() {
                resize_check(vm, v)?;
            }
            let mut drop_mask = vec![false; data.bytes.borrow().len()];
            for p in positions {
                drop_mask[p] = true;
            }
            let mut i = 0;
            data.bytes.borrow_mut().retain(|_| {
                i += 1;
                !drop_mask[i - 1]
            });
        }
    }
    Ok(())
}

fn bytearray_iadd(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<Value> {
    let Some(add) = buffer_copy(x) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(x),
            vm.type_name(v)
        )));
    };
    // CPython holds a view of the right operand while it resizes, so `a += a` finds an
    // export of its own.
    if !add.is_empty() && (x.is(v) || ba(v).exports.get() > 0) {
        return Err(vm.new_exception(
            &vm.exc.BufferError.clone(),
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    ba(v).bytes.borrow_mut().extend_from_slice(&add);
    Ok(v.clone())
}

fn bytearray_imul(vm: &mut Vm, v: &Value, n: &Value) -> PyResult<Value> {
    let Some(k) = super::str::repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    let data = ba(v).bytes.borrow().clone();
    let out = super::bytes::repeat(vm, &data, k)?;
    if out.len() != data.len() {
        resize_check(vm, v)?;
    }
    *ba(v).bytes.borrow_mut() = out;
    Ok(v.clone())
}

fn bytearray_append(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.skip_self().exactly_one(vm, "bytearray.append")?;
    let b = byte_arg(vm, x)?;
    resize_check(vm, &a.values[0])?;
    ba(&a.values[0]).bytes.borrow_mut().push(b);
    Ok(Value::NONE)
}

fn bytearray_extend(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.skip_self().exactly_one(vm, "bytearray.extend")?;
    let add = match buffer_copy(x) {
        Some(b) => b,
        None => {
            let iter = match vm.iter(x) {
                Ok(i) => i,
                Err(e) if vm.exc_matches(&e, &vm.exc.TypeError.clone()) => {
                    return Err(
                        vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x)))
                    )
                }
                Err(e) => return Err(e),
            };
            super::bytes::ints_from_iter(vm, &iter, "bytearray")?
        }
    };
    if !add.is_empty() {
        resize_check(vm, &a.values[0])?;
    }
    ba(&a.values[0]).bytes.borrow_mut().extend_from_slice(&add);
    Ok(Value::NONE)
}

fn bytearray_insert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.skip_self().unpack(vm, "insert", 2, 2)?;
    let i = super::str_methods::ssize_arg(vm, &p[0])?;
    let b = byte_arg(vm, &p[1])?;
    let v = &a.values[0];
    resize_check(vm, v)?;
    let mut bytes = ba(v).bytes.borrow_mut();
    let n = bytes.len() as i64;
    // As list.insert: out-of-range positions go to the nearest end.
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    bytes.insert(at as usize, b);
    Ok(Value::NONE)
}

fn bytearray_pop(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.skip_self().unpack(vm, "pop", 0, 1)?;
    let i = match p.first() {
        Some(x) => super::str_methods::ssize_arg(vm, x)?,
        None => -1,
    };
    let v = &a.values[0];
    let n = ba(v).bytes.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    resize_check(vm, v)?;
    let b = ba(v).bytes.borrow_mut().remove(j as usize);
    Ok(vm.new_int(i64::from(b)))
}

fn bytearray_remove(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.skip_self().exactly_one(vm, "bytearray.remove")?;
    let b = byte_arg(vm, x)?;
    let v = &a.values[0];
    let pos = ba(v).bytes.borrow().iter().position(|c| *c == b);
    let Some(pos) = pos else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    resize_check(vm, v)?;
    ba(v).bytes.borrow_mut().remove(pos);
    Ok(Value::NONE)
}
