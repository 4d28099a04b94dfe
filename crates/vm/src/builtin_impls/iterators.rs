//! The native iterator types, their `__next__`, and `enumerate`, `zip`, `map`, `filter`,
//! `reversed`.

use dashu_int::IBig;

use crate::object::{alloc, TypeRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::iter::{IterData, IterState};
use crate::objects::list::ListData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let all = [
        vm.types.list_iterator.clone(),
        vm.types.list_reverseiterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.str_unicode_iterator.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.bytearray_iterator.clone(),
        vm.types.memory_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.dict_reversekeyiterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.seq_iterator.clone(),
        vm.types.callable_iterator.clone(),
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
    ];
    for t in &all {
        t.slots.iter.set(Some(|_, v| Ok(v.clone())));
        t.slots.iternext.set(Some(iter_next));
        super::add_method(vm, t, "__length_hint__", length_hint);
    }
    for t in [
        vm.types.list_iterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.str_unicode_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.longrange_iterator.clone(),
    ] {
        super::add_method(vm, &t, "__reduce__", iter_reduce);
        super::add_method(vm, &t, "__setstate__", iter_setstate);
    }
    vm.types.enumerate.slots.new.set(Some(enumerate_new));
    vm.types.zip.slots.new.set(Some(zip_new));
    vm.types.map.slots.new.set(Some(map_new));
    vm.types.filter.slots.new.set(Some(filter_new));
    vm.types.reversed.slots.new.set(Some(reversed_new));
    for t in [
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
    ] {
        super::object::add_new_wrapper(vm, &t);
    }
}

fn state(v: &Value) -> &IterData {
    v.downcast::<IterData>().expect("iterator")
}

pub fn seq_iter(vm: &mut Vm, obj: Value) -> Value {
    alloc(
        &vm.types.seq_iterator,
        IterData::new(IterState::GetItem { obj, index: 0 }),
    )
    .into_value()
}

pub fn callable_iter(vm: &mut Vm, callable: Value, sentinel: Value) -> Value {
    alloc(
        &vm.types.callable_iterator,
        IterData::new(IterState::Callable { callable, sentinel }),
    )
    .into_value()
}

fn exhaust(it: &IterData) {
    let old = it.state.replace(IterState::Exhausted);
    drop(old);
}

/// The next item of a list, tuple, range or str iterator (`FOR_ITER_*`): what `iter_next`
/// gives for those states, which never fail.
#[inline]
pub fn next_builtin_seq(vm: &mut Vm, it: &IterData) -> Option<Value> {
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Str { s, byte } => {
            let text = s.downcast::<StrData>().expect("str").as_str();
            let c = text[*byte..].chars().next()?;
            *byte += c.len_utf8();
            drop(st);
            Some(super::str::char_value(vm, c))
        }
        IterState::Range {
            next,
            step,
            remaining,
            ..
        } => {
            if *remaining <= 0 {
                return None;
            }
            let r = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next += *step;
            }
            Some(vm.new_int(r))
        }
        IterState::Seq { seq, index } => {
            let r = if let Some(l) = seq.downcast::<ListData>() {
                l.get(*index)
            } else if let Some(t) = seq.downcast::<TupleData>() {
                t.items().get(*index).cloned()
            } else {
                None
            };
            match r {
                Some(x) => {
                    *index += 1;
                    Some(x)
                }
                None => {
                    drop(st);
                    exhaust(it);
                    None
                }
            }
        }
        _ => None,
    }
}

pub fn iter_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = state(v);
    // Each arm takes what it needs out of the state before calling back into Python.
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::Exhausted => Ok(None),
        IterState::Range { .. } | IterState::Seq { .. } | IterState::Str { .. } => {
            drop(st);
            Ok(next_builtin_seq(vm, it))
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index as usize;
            let seq = seq.clone();
            if let Some(l) = seq.downcast::<ListData>() {
                *index -= 1;
                match l.get(i) {
                    Some(x) => Ok(Some(x)),
                    None => {
                        drop(st);
                        exhaust(it);
                        Ok(None)
                    }
                }
            } else {
                *index -= 1;
                drop(st);
                let k = vm.new_int(i as i64);
                match vm.getitem(&seq, &k) {
                    Ok(x) => Ok(Some(x)),
                    Err(e)
                        if vm.exc_matches(&e, &vm.exc.IndexError.clone())
                            || vm.exc_matches(&e, &vm.exc.StopIteration.clone()) =>
                    {
                        exhaust(it);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
        IterState::Bytes { b, index } => {
            let byte = if let Some(x) = b.downcast::<BytesData>() {
                x.bytes.get(*index).copied()
            } else {
                b.downcast::<ByteArrayData>()
                    .and_then(|x| x.bytes.borrow().get(*index).copied())
            };
            match byte {
                Some(x) => {
                    *index += 1;
                    Ok(Some(Value::small_int_unchecked(i64::from(x))))
                }
                None => Ok(None),
            }
        }
        IterState::BigRange { range, index } => {
            let r = range
                .downcast::<crate::objects::range::RangeData>()
                .expect("range");
            let i = super::int::as_int(index)
                .map(|x| x.to_ibig())
                .unwrap_or_default();
            let len = super::int::as_int(&r.len)
                .map(|x| x.to_ibig())
                .unwrap_or_default();
            if i >= len {
                return Ok(None);
            }
            let start = super::int::as_int(&r.start)
                .map(|x| x.to_ibig())
                .unwrap_or_default();
            let step = super::int::as_int(&r.step)
                .map(|x| x.to_ibig())
                .unwrap_or_default();
            let v = vm.new_bigint(start + step * &i);
            *index = vm.new_bigint(i + IBig::ONE);
            Ok(Some(v))
        }
        IterState::Dict {
            dict,
            pos,
            len,
            kind,
            seen,
        } => {
            let d = dict
                .downcast::<crate::objects::dict::DictData>()
                .expect("dict");
            if d.len() != *len {
                *len = usize::MAX;
                drop(st);
                exhaust(it);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match d.entry_from(*pos) {
                Some(_) if *seen == *len => {
                    // More entries than the dict had when iteration began, at the same size:
                    // keys were deleted and others added (CPython's `di->len` check).
                    *len = usize::MAX;
                    drop(st);
                    exhaust(it);
                    Err(vm.runtime_error("dictionary keys changed during iteration"))
                }
                Some((i, k, x)) => {
                    *pos = i + 1;
                    *seen += 1;
                    let kind = *kind;
                    drop(st);
                    Ok(Some(match kind {
                        0 => k,
                        1 => x,
                        _ => it.pair(vm, k, x),
                    }))
                }
                None => {
                    drop(st);
                    exhaust(it);
                    Ok(None)
                }
            }
        }
        IterState::Set {
            set,
            pos,
            len,
            seen,
        } => {
            let s = set.downcast::<crate::objects::set::SetData>().expect("set");
            if s.len() != *len {
                drop(st);
                exhaust(it);
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match s.item_from(*pos) {
                Some((i, k)) => {
                    *pos = i + 1;
                    *seen += 1;
                    Ok(Some(k))
                }
                None => {
                    drop(st);
                    exhaust(it);
                    Ok(None)
                }
            }
        }
        IterState::GetItem { obj, index } => {
            let obj = obj.clone();
            let i = *index;
            *index += 1;
            drop(st);
            let k = vm.new_int(i as i64);
            match vm.getitem(&obj, &k) {
                Ok(x) => Ok(Some(x)),
                Err(e)
                    if vm.exc_matches(&e, &vm.exc.IndexError.clone())
                        || vm.exc_matches(&e, &vm.exc.StopIteration.clone()) =>
                {
                    exhaust(it);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { callable, sentinel } => {
            let (c, s) = (callable.clone(), sentinel.clone());
            drop(st);
            let r = match vm.call0(&c) {
                Ok(r) => r,
                Err(e) if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => {
                    exhaust(it);
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq_bool(&r, &s)? {
                exhaust(it);
                return Ok(None);
            }
            Ok(Some(r))
        }
        IterState::Enumerate { iter, count } => {
            let (inner, c) = (iter.clone(), count.clone());
            drop(st);
            match vm.next(&inner)? {
                Some(x) => {
                    let next = match c.as_small_int().and_then(|i| Value::small_int(i + 1)) {
                        Some(n) => n,
                        None => {
                            let one = Value::small_int_unchecked(1);
                            vm.binary_op(&c, &one, crate::slots::BinOp::Add)?
                        }
                    };
                    if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                        *count = next;
                    }
                    Ok(Some(it.pair(vm, c, x)))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { iters, strict } => {
            let (iters, strict) = (iters.clone(), *strict);
            drop(st);
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, x) in iters.iter().enumerate() {
                match vm.next(x)? {
                    Some(v) => out.push(v),
                    None => {
                        exhaust(it);
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, y) in iters.iter().enumerate().skip(1) {
                                if vm.next(y)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(match <[Value; 2]>::try_from(out) {
                Ok([x, y]) => it.pair(vm, x, y),
                Err(out) => vm.new_tuple(out),
            }))
        }
        IterState::Map { func, iters } => {
            let (f, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut args = Vec::with_capacity(iters.len());
            for x in &iters {
                match vm.next(x)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&f, Args::positional(&args))?))
        }
        IterState::Filter { func, iter } => {
            let (f, inner) = (func.clone(), iter.clone());
            drop(st);
            loop {
                let Some(x) = vm.next(&inner)? else {
                    return Ok(None);
                };
                let keep = if f.is_none() || f.is(vm.types.bool_.as_value()) {
                    vm.is_true(&x)?
                } else {
                    let r = vm.call1(&f, x.clone())?;
                    vm.is_true(&r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            }
        }
    }
}

fn length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = state(&args.values[0]);
    let n = match &*it.state.borrow() {
        IterState::Range { remaining, .. } => *remaining.max(&0) as usize,
        IterState::Seq { seq, index } => {
            let len = seq
                .downcast::<ListData>()
                .map(|l| l.len())
                .or_else(|| seq.downcast::<TupleData>().map(|t| t.len()))
                .unwrap_or(0);
            len.saturating_sub(*index)
        }
        IterState::Dict { len, seen, .. } | IterState::Set { len, seen, .. } => {
            len.saturating_sub(*seen)
        }
        IterState::Reversed { index, .. } => (*index + 1).max(0) as usize,
        IterState::Str { s, byte } => s
            .downcast::<StrData>()
            .map_or(0, |t| t.as_str()[*byte..].chars().count()),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

/// `(iter, (seq,), index)` (or `(iter, (empty,))` once exhausted) for the sequence
/// iterators, as CPython pickles them.
fn iter_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.values[0].clone();
    let iter_fn = vm.builtins.get_rust_str("iter").unwrap_or(Value::NONE);
    let st = state(&this).state.borrow();
    let (seq, index) = match &*st {
        IterState::Seq { seq, index } => (seq.clone(), Some(*index as i64)),
        IterState::Str { s, byte } => {
            let i = s
                .downcast::<StrData>()
                .map_or(0, |t| t.as_str()[..*byte].chars().count());
            (s.clone(), Some(i as i64))
        }
        IterState::Range {
            step,
            remaining,
            start,
            len,
            ..
        } => {
            let (start, step, len, remaining) = (*start, *step, *len, *remaining);
            drop(st);
            let r = super::range::make_range(
                vm,
                IBig::from(start),
                IBig::from(start) + IBig::from(len) * IBig::from(step),
                IBig::from(step),
            );
            let args = vm.new_tuple([r]);
            return Ok(vm.new_tuple([iter_fn, args, vm.new_int(len - remaining.max(0))]));
        }
        IterState::BigRange { range, index } => {
            let (r, i) = (range.clone(), index.clone());
            drop(st);
            let args = vm.new_tuple([r]);
            return Ok(vm.new_tuple([iter_fn, args, i]));
        }
        _ => {
            drop(st);
            let t = vm.type_of(&this);
            let empty = if t.is(&vm.types.tuple_iterator) {
                vm.empty_tuple.clone()
            } else if t.is(&vm.types.str_iterator) || t.is(&vm.types.str_unicode_iterator) {
                vm.empty_str.clone()
            } else {
                vm.new_list(Vec::new())
            };
            let args = vm.new_tuple([empty]);
            return Ok(vm.new_tuple([iter_fn, args]));
        }
    };
    drop(st);
    let args = vm.new_tuple([seq]);
    let mut out = vec![iter_fn, args];
    if let Some(i) = index {
        out.push(vm.new_int(i));
    }
    Ok(vm.new_tuple(out))
}

/// `__setstate__(index)` of the sequence iterators: the position, clamped to the sequence.
fn iter_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let state_arg = args.skip_self().exactly_one(vm, "__setstate__")?.clone();
    let Some(i) = super::int::as_int(&state_arg) else {
        return Err(vm.type_error("an integer is required"));
    };
    let i = i.to_ibig();
    let it = state(&args.values[0]);
    let mut st = it.state.borrow_mut();
    let clamp = |n: i64| -> i64 {
        if i < IBig::ZERO {
            0
        } else {
            i64::try_from(&i).map_or(n, |x| x.min(n))
        }
    };
    match &mut *st {
        IterState::Seq { seq, index } => {
            let n = seq
                .downcast::<ListData>()
                .map(|l| l.len())
                .or_else(|| seq.downcast::<TupleData>().map(|t| t.len()))
                .unwrap_or(0);
            *index = clamp(n as i64) as usize;
        }
        IterState::Str { s, byte } => {
            let text = s.downcast::<StrData>().expect("str").as_str();
            let n = text.chars().count();
            let k = clamp(n as i64) as usize;
            *byte = text.char_indices().nth(k).map_or(text.len(), |(b, _)| b);
        }
        IterState::Range {
            next,
            step,
            remaining,
            start,
            len,
        } => {
            let k = clamp(*len);
            *remaining = *len - k;
            *next = *start + k * *step;
        }
        _ => {}
    }
    Ok(Value::NONE)
}

fn enumerate_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() && !args.has_kwargs() {
        // 3.11's vectorcall entry checks this before the argument parser does.
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let a = args.parse(vm, "enumerate", &["iterable", "start"], 1)?;
    let iter = vm.iter(a[0].as_ref().expect("required"))?;
    let count = match &a[1] {
        Some(s) => {
            if super::int::as_int(s).is_none()
                && vm.type_data_of(s).slots.unary[crate::slots::UnaryOp::Index as usize]
                    .get()
                    .is_none()
            {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(s)
                )));
            }
            let i = super::int::index(vm, s)?;
            super::int::new_int_val(vm, i)
        }
        None => Value::small_int_unchecked(0),
    };
    Ok(alloc(ty, IterData::new(IterState::Enumerate { iter, count })).into_value())
}

fn zip_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    let kwargs = args.kwargs();
    if kwargs.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kwargs.len()
        )));
    }
    for (k, v) in kwargs {
        if k == "strict" {
            strict = vm.is_true(&v)?;
        } else {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut iters = Vec::new();
    for x in args.pos() {
        iters.push(vm.iter(x)?);
    }
    Ok(alloc(ty, IterData::new(IterState::Zip { iters, strict })).into_value())
}

fn map_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "map")?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for x in &pos[1..] {
        iters.push(vm.iter(x)?);
    }
    Ok(alloc(
        ty,
        IterData::new(IterState::Map {
            func: pos[0].clone(),
            iters,
        }),
    )
    .into_value())
}

fn filter_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "filter")?;
    let a = args.unpack(vm, "filter", 2, 2)?;
    let iter = vm.iter(&a[1])?;
    Ok(alloc(
        ty,
        IterData::new(IterState::Filter {
            func: a[0].clone(),
            iter,
        }),
    )
    .into_value())
}

fn reversed_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "reversed")?;
    let a = args.unpack(vm, "reversed", 1, 1)?;
    let seq = a[0].clone();
    let name = vm.names.__reversed__.clone();
    if let Some(r) = vm.type_of(&seq).lookup(&name) {
        if r.is_none() {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
        }
        return vm
            .call_special(&seq, &name, &[])
            .map(|r| r.unwrap_or(Value::NONE));
    }
    let td = vm.type_data_of(&seq);
    if td.slots.getitem.get().is_none()
        || td.slots.len.get().is_none()
        || seq.downcast::<crate::objects::dict::DictData>().is_some()
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = vm.len(&seq)?;
    let t = if seq.downcast::<ListData>().is_some() && ty.is(&vm.types.reversed) {
        vm.types.list_reverseiterator.clone()
    } else {
        ty.clone()
    };
    Ok(alloc(
        &t,
        IterData::new(IterState::Reversed {
            seq,
            index: n as isize - 1,
        }),
    )
    .into_value())
}
