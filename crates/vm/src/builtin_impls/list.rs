//! `list`, including its stable sort.

use crate::object::{alloc, TypeRef};
use crate::objects::iter::{IterData, IterState};
use crate::objects::list::ListData;
use crate::objects::native::Args;
use crate::slots::{BinOp, CompareOp, INPLACE};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let s = &t.slots;
    s.repr.set(Some(|vm, v| {
        let it = l(v).snapshot();
        super::tuple::seq_repr(vm, v, "[", "]", it, false)
    }));
    s.richcompare.set(Some(list_richcompare));
    s.new.set(Some(|_vm, ty, _| {
        Ok(alloc(ty, ListData::new(Vec::new())).into_value())
    }));
    s.init.set(Some(list_init));
    s.len.set(Some(|_, v| Ok(l(v).len())));
    s.getitem.set(Some(list_getitem));
    s.setitem.set(Some(list_setitem));
    s.contains.set(Some(|vm, v, k| {
        let mut i = 0;
        while let Some(x) = l(v).get(i) {
            if vm.eq_bool(&x, k)? {
                return Ok(true);
            }
            i += 1;
        }
        Ok(false)
    }));
    s.iter.set(Some(|vm, v| {
        Ok(alloc(
            &vm.types.list_iterator,
            IterData::new(IterState::Seq {
                seq: v.clone(),
                index: 0,
            }),
        )
        .into_value())
    }));
    s.nb[BinOp::Add as usize].set(Some(list_add));
    s.nb[BinOp::Mul as usize].set(Some(list_mul));
    s.nb[INPLACE + BinOp::Add as usize].set(Some(list_iadd));
    s.nb[INPLACE + BinOp::Mul as usize].set(Some(list_imul));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "append", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "list.append")?.clone();
        l(&a.values[0]).push(x);
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "extend", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "list.extend")?.clone();
        let items = vm.collect(&x)?;
        l(&a.values[0]).items.borrow_mut().extend(items);
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "pop", |vm, a| {
        let r = a.skip_self().unpack(vm, "pop", 0, 1)?;
        let list = l(&a.values[0]);
        let n = list.len();
        if n == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let i = match r.first() {
            Some(k) => {
                let i = super::int::index_isize(vm, k)?;
                let j = if i < 0 { i + n as i64 } else { i };
                if j < 0 || j >= n as i64 {
                    return Err(vm.index_error("pop index out of range"));
                }
                j as usize
            }
            None => n - 1,
        };
        let v = list.items.borrow_mut().remove(i);
        Ok(v)
    });
    super::add_method(vm, &t, "insert", |vm, a| {
        let r = a.skip_self().unpack(vm, "insert", 2, 2)?;
        let i = super::int::index_isize(vm, &r[0])?;
        let list = l(&a.values[0]);
        let n = list.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        list.items.borrow_mut().insert(j as usize, r[1].clone());
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "clear", |vm, a| {
        a.skip_self().none(vm, "list.clear")?;
        let old = std::mem::take(&mut *l(&a.values[0]).items.borrow_mut());
        drop(old);
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "copy", |vm, a| {
        a.skip_self().none(vm, "list.copy")?;
        Ok(vm.new_list(l(&a.values[0]).snapshot()))
    });
    super::add_method(vm, &t, "reverse", |vm, a| {
        a.skip_self().none(vm, "list.reverse")?;
        l(&a.values[0]).items.borrow_mut().reverse();
        Ok(Value::NONE)
    });
    super::add_method(vm, &t, "__reversed__", |vm, a| {
        let seq = a.values[0].clone();
        let n = l(&seq).len();
        Ok(alloc(
            &vm.types.list_reverseiterator,
            IterData::new(IterState::Reversed {
                seq,
                index: n as isize - 1,
            }),
        )
        .into_value())
    });
    super::add_method(vm, &t, "count", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "list.count")?.clone();
        let mut n = 0;
        for y in l(&a.values[0]).snapshot() {
            if vm.eq_bool(&y, &x)? {
                n += 1;
            }
        }
        Ok(vm.new_int(n))
    });
    super::add_method(vm, &t, "index", |vm, a| {
        let r = a.skip_self().unpack(vm, "index", 1, 3)?;
        let list = l(&a.values[0]);
        let (start, stop) = search_bounds(vm, r, list.len())?;
        let mut i = start;
        while i < stop {
            let Some(y) = list.get(i) else { break };
            if vm.eq_bool(&y, &r[0])? {
                return Ok(vm.new_int(i as i64));
            }
            i += 1;
        }
        let rr = vm.repr_string(&r[0])?;
        Err(vm.value_error(format!("{rr} is not in list")))
    });
    super::add_method(vm, &t, "remove", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "list.remove")?.clone();
        let list = l(&a.values[0]);
        let mut i = 0;
        while let Some(y) = list.get(i) {
            if vm.eq_bool(&y, &x)? {
                let old = list.items.borrow_mut().remove(i);
                drop(old);
                return Ok(Value::NONE);
            }
            i += 1;
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    super::add_method(vm, &t, "sort", list_sort);
}

pub fn l(v: &Value) -> &ListData {
    v.downcast::<ListData>().expect("list")
}

/// Optional `start`, `stop` arguments of `index` methods (args after the value).
pub fn search_bounds(vm: &mut Vm, r: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        let n = len as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        j as usize
    };
    let start = match r.get(1) {
        Some(v) => clamp(slice_like_index(vm, v)?),
        None => 0,
    };
    let stop = match r.get(2) {
        Some(v) => clamp(slice_like_index(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

fn slice_like_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match super::int::index_value(vm, v)? {
        Some(i) => Ok(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN / 4
        } else {
            i64::MAX / 4
        })),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn list_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs(vm, "list")?;
    let a = args.unpack(vm, "list", 0, 1)?;
    let items = match a.first() {
        Some(x) => vm.collect(x)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l(v).items.borrow_mut(), items);
    drop(old);
    Ok(())
}

fn list_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if b.downcast::<ListData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (l(a).snapshot(), l(b).snapshot());
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(Value::from_bool(op == CompareOp::Ne));
    }
    vm.guard_stack(|vm| super::tuple::seq_compare(vm, &x, &y, op))
}

fn list_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let list = l(v);
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let n = list.len();
        let (a, b, c) = super::slice::indices(vm, sl, n)?;
        let items = list.items.borrow();
        let out: Vec<Value> = super::slice::slice_positions(a, b, c)
            .filter_map(|i| items.get(i).cloned())
            .collect();
        drop(items);
        return Ok(vm.new_list(out));
    }
    let i = super::str::normalize_index(vm, k, list.len(), "list")?;
    list.get(i)
        .ok_or_else(|| vm.index_error("list index out of range"))
}

fn list_setitem(vm: &mut Vm, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let list = l(v);
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let n = list.len();
        let (a, b, c) = super::slice::indices(vm, sl, n)?;
        match x {
            None => {
                let positions: Vec<usize> = super::slice::slice_positions(a, b, c).collect();
                let mut items = list.items.borrow_mut();
                let mut removed = Vec::new();
                let mut sorted = positions;
                sorted.sort_unstable();
                for i in sorted.into_iter().rev() {
                    removed.push(items.remove(i));
                }
                drop(items);
                drop(removed);
                Ok(())
            }
            Some(x) => {
                let new = if x.is(v) {
                    list.snapshot()
                } else {
                    vm.collect(&x).map_err(|e| {
                        if vm.exc_matches(&e, &vm.exc.TypeError.clone()) {
                            vm.type_error(if c == 1 {
                                "can only assign an iterable"
                            } else {
                                "must assign iterable to extended slice"
                            })
                        } else {
                            e
                        }
                    })?
                };
                if c == 1 {
                    let (a, b) = (a as usize, (b.max(a)) as usize);
                    let old: Vec<Value> = list.items.borrow_mut().splice(a..b, new).collect();
                    drop(old);
                    return Ok(());
                }
                let positions: Vec<usize> = super::slice::slice_positions(a, b, c).collect();
                if positions.len() != new.len() {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        positions.len()
                    )));
                }
                let mut old = Vec::new();
                let mut items = list.items.borrow_mut();
                for (p, val) in positions.into_iter().zip(new) {
                    old.push(std::mem::replace(&mut items[p], val));
                }
                drop(items);
                drop(old);
                Ok(())
            }
        }
    } else {
        let i = super::str::normalize_index(vm, k, list.len(), "list").map_err(|e| {
            if vm.exc_matches(&e, &vm.exc.IndexError.clone()) {
                // Assignment and deletion share CPython's message.
                let _ = &x;
                vm.index_error("list assignment index out of range")
            } else {
                e
            }
        })?;
        match x {
            Some(x) => {
                let old = std::mem::replace(&mut list.items.borrow_mut()[i], x);
                drop(old);
            }
            None => {
                let old = list.items.borrow_mut().remove(i);
                drop(old);
            }
        }
        Ok(())
    }
}

fn list_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<ListData>(), b.downcast::<ListData>()) else {
        // `sq_concat` in CPython: the error comes after the other operand's `__radd__`
        // (`Vm::binary_op`).
        return Ok(vm.not_implemented.clone());
    };
    // One allocation of the final size (cloning values runs no Python code, so both lists
    // stay borrowed while it happens; `l + l` borrows the same list twice, which is fine).
    let v = {
        let (xs, ys) = (x.items.borrow(), y.items.borrow());
        let mut v = Vec::with_capacity(xs.len() + ys.len());
        v.extend(xs.iter().cloned());
        v.extend(ys.iter().cloned());
        v
    };
    Ok(vm.new_list(v))
}

fn list_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (t, n) = match (a.downcast::<ListData>(), b.downcast::<ListData>()) {
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
    let items = t.snapshot();
    if items.len().checked_mul(k).is_none_or(|x| x > (1 << 40)) {
        return Err(vm.memory_error());
    }
    let mut v = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        v.extend_from_slice(&items);
    }
    Ok(vm.new_list(v))
}

fn list_iadd(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let items = vm.collect(b)?;
    l(a).items.borrow_mut().extend(items);
    Ok(a.clone())
}

fn list_imul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(k) = super::str::repeat_count(vm, b)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = l(a).snapshot();
    let mut v = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        v.extend_from_slice(&items);
    }
    let old = std::mem::replace(&mut *l(a).items.borrow_mut(), v);
    drop(old);
    Ok(a.clone())
}

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort whose comparisons may run
/// Python code; the list is emptied while sorting, as CPython does, so mutation is detected.
fn list_sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k.as_str() {
            "key" => key = if v.is_none() { None } else { Some(v) },
            "reverse" => reverse = vm.is_true(&v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    let list = l(&args.values[0]);
    let items = std::mem::take(&mut *list.items.borrow_mut());
    let r = sort_values(vm, items, key.as_ref(), reverse);
    let mutated = !list.is_empty();
    match r {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *list.items.borrow_mut(), sorted);
            drop(old);
            if mutated {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::NONE)
        }
        Err((e, items)) => {
            let old = std::mem::replace(&mut *list.items.borrow_mut(), items);
            drop(old);
            Err(e)
        }
    }
}

/// Sorts values (stable), returning the items unchanged in order on error.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (crate::vm::Exc, Vec<Value>)> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                match vm.call1(k, x.clone()) {
                    Ok(v) => ks.push(v),
                    Err(e) => return Err((e, items)),
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        // Reverse first and sort stably, then reverse back: equal items keep their order.
        idx.reverse();
    }
    let mut err: Option<crate::vm::Exc> = None;
    merge_sort(&mut idx, &mut |x, y| {
        if err.is_some() {
            return false;
        }
        match vm.compare_bool(&keys[y], &keys[x], CompareOp::Lt) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if let Some(e) = err {
        return Err((e, items));
    }
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect())
}

/// Stable merge sort with a fallible-by-flag "b < a" comparator (`less(a, b)` answers
/// whether b must come before a).
fn merge_sort(v: &mut [usize], lt_rev: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    // Insertion sort for small runs keeps comparisons close to CPython's for tiny lists.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && lt_rev(v[j - 1], v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt_rev);
    merge_sort(&mut v[mid..], lt_rev);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only if right < left (stability).
        if lt_rev(left[i], right[j]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

pub fn new_list_of_type(_vm: &Vm, ty: &TypeRef, items: Vec<Value>) -> Value {
    alloc(ty, ListData::new(items)).into_value()
}
