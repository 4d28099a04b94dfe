//! The slower halves of instructions, out of the dispatch loop.

use bytecode::code::{flags, local_kind};

use crate::builtin_impls::int::small_int_op;
use crate::interp::eval::Unwind;
use crate::interp::frame::Frame;
use crate::object::{alloc, PyRef};
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::{CellData, FunctionData, MethodData};
use crate::objects::list::ListData;
use crate::objects::native::{Args, MethodDescrData};
use crate::objects::set::SetData;
use crate::objects::slice::SliceData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::{BinOp, CompareOp};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn unbound_local(vm: &Vm, code: &CodeData, i: usize) -> Exc {
    let name = code.localsplusnames[i].as_str();
    let e = vm.new_exception(
        &vm.exc.UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    // CPython 3.11 leaves `name` None here (so no "Did you mean" either).
    e
}

pub fn unbound_deref(vm: &Vm, code: &CodeData, i: usize) -> Exc {
    let name = code.localsplusnames[i].as_str();
    if code.kinds[i] & local_kind::FREE != 0 {
        let e = vm.new_exception(
            &vm.exc.NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        );
        e.data().set_field(0, Some(vm.new_str(name)));
        e
    } else {
        unbound_local(vm, code, i)
    }
}

/// `BINARY_OP` with its argument: one of the 13 operators, or (from 13 on) its in-place form.
#[inline]
pub fn binary_op_by_arg(vm: &mut Vm, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    if arg < 13 {
        binary_op_fast(vm, a, b, BinOp::from_index(arg as usize))
    } else {
        inplace_op_fast(vm, a, b, BinOp::from_index(arg as usize - 13))
    }
}

#[inline]
pub fn binary_op_fast(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = arith_fast(vm, a, b, op) {
        return Ok(r);
    }
    vm.binary_op(a, b, op)
}

/// `a op= b` where ints and floats, being immutable, make it `a op b`.
#[inline]
pub fn inplace_op_fast(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = arith_fast(vm, a, b, op) {
        return Ok(r);
    }
    vm.inplace_op(a, b, op)
}

/// The value of an exact float (a subclass may override its operators).
#[inline]
fn exact_float(vm: &Vm, v: &Value) -> Option<f64> {
    let f = v.downcast::<crate::objects::float::FloatData>()?;
    let h = v.header()?;
    std::ptr::eq(h.type_data(), &*vm.types.float).then_some(f.0)
}

/// `a op b` where both are exact floats or one is and the other a small int exactly
/// representable as a float; `None` otherwise (two ints among them: their result is an
/// int), or when the operation needs the general path.
#[inline(always)]
pub fn float_arith(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<f64> {
    let (fa, fb) = (exact_float(vm, a), exact_float(vm, b));
    if fa.is_none() && fb.is_none() {
        return None;
    }
    let x = match fa {
        Some(x) => x,
        None => a.as_small_int().filter(|i| i.unsigned_abs() < 1 << 53)? as f64,
    };
    let y = match fb {
        Some(y) => y,
        None => b.as_small_int().filter(|i| i.unsigned_abs() < 1 << 53)? as f64,
    };
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// Small-int and exact-float arithmetic that cannot fail or overflow a machine word, done
/// in place; `None` sends the operation down the general path (which also raises the
/// errors).
#[inline]
fn arith_fast(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return small_int_op(x, y, op).map(|r| vm.new_int(r));
    }
    float_arith(vm, a, b, op).map(|x| vm.new_float(x))
}

/// The operator of a `BINARY_OP` argument (0..13 plain, 13..26 augmented). A subtraction,
/// not `% 13`: the compiler hoists a shared division into every instruction's dispatch.
#[inline(always)]
pub fn binop_of(arg: u32) -> BinOp {
    BinOp::from_index(if arg >= 13 { arg - 13 } else { arg } as usize)
}

/// `COMPARE_OP_FLOAT`: `None` unless both are exact floats.
#[inline(always)]
pub fn compare_floats(vm: &Vm, a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let (x, y) = (exact_float(vm, a)?, exact_float(vm, b)?);
    Some(CompareOp::from_arg(arg).holds(x, y))
}

/// `COMPARE_OP_INT`: `None` unless both are small ints.
#[inline(always)]
pub fn compare_ints(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    Some(CompareOp::from_arg(arg).holds(x, y))
}

/// `COMPARE_OP_STR`: `None` unless both are exact strs.
#[inline(always)]
pub fn compare_strs(a: &Value, b: &Value, arg: u32) -> Option<bool> {
    use crate::objects::str_ops::is_exact_str;
    if !is_exact_str(a) || !is_exact_str(b) {
        return None;
    }
    let (x, y) = (a.downcast::<StrData>()?, b.downcast::<StrData>()?);
    let op = CompareOp::from_arg(arg);
    Some(match op {
        CompareOp::Eq => x.as_str() == y.as_str(),
        CompareOp::Ne => x.as_str() != y.as_str(),
        _ => crate::builtin_impls::int::compare_result(
            crate::unicode::surrogates::compare(x.as_str(), y.as_str()),
            op,
        ),
    })
}

/// Comparisons of two small ints or two exact floats, without the rich-comparison protocol.
#[inline]
pub fn compare_fast(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        let r = crate::builtin_impls::int::compare_result(x.cmp(&y), op);
        return Ok(Value::from_bool(r));
    }
    if let (Some(x), Some(y)) = (exact_float(vm, a), exact_float(vm, b)) {
        return Ok(Value::from_bool(op.holds(x, y)));
    }
    vm.rich_compare(a, b, op)
}

#[inline]
pub fn subscr(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    if let Some(i) = k.as_small_int() {
        // Exact lists only: a subclass may override `__getitem__`.
        if let Some(l) = c
            .downcast::<ListData>()
            .filter(|_| crate::objects::str_ops::is_exact(vm, c, &vm.types.list))
        {
            let items = l.items.borrow();
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                return Ok(items[j as usize].clone());
            }
        }
    }
    vm.getitem(c, k)
}

pub fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm
        .interrupt
        .swap(false, std::sync::atomic::Ordering::Relaxed)
    {
        return Err(vm.new_exception_args(&vm.exc.KeyboardInterrupt.clone(), vec![]));
    }
    Ok(())
}

/// Gets `name` from a mapping that may not be a dict (class bodies with `__prepare__`).
fn mapping_get(vm: &mut Vm, m: &Value, name: &PyRef<StrData>) -> PyResult<Option<Value>> {
    if let Some(d) = m.downcast::<DictData>() {
        if crate::objects::str_ops::is_exact(vm, m, &vm.types.dict.clone()) {
            return Ok(d.get_str(name));
        }
    }
    match vm.getitem(m, name.as_value()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.KeyError.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(vm: &mut Vm, f: &Frame, name: &PyRef<StrData>) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(vm, l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = f.globals.get_str(name) {
        return Ok(v);
    }
    if let Some(v) = f.builtins.get_str(name) {
        return Ok(v);
    }
    Err(vm.name_error(name.as_str()))
}

pub fn store_name(vm: &mut Vm, f: &Frame, name: &PyRef<StrData>, v: Option<Value>) -> PyResult<()> {
    let Some(l) = &f.locals else {
        return Err(vm.system_error(format!("no locals found when storing '{}'", name.as_str())));
    };
    let l = l.clone();
    match v {
        Some(v) => {
            if let Some(d) = l.downcast::<DictData>() {
                if crate::objects::str_ops::is_exact(vm, &l, &vm.types.dict.clone()) {
                    d.set_str(name, v);
                    return Ok(());
                }
            }
            vm.setitem(&l, name.as_value(), v)
        }
        None => {
            if let Some(d) = l.downcast::<DictData>() {
                if crate::objects::str_ops::is_exact(vm, &l, &vm.types.dict.clone()) {
                    if d.remove_str(name).is_none() {
                        return Err(vm.name_error(name.as_str()));
                    }
                    return Ok(());
                }
            }
            match vm.delitem(&l, name.as_value()) {
                Err(e) if vm.exc_matches(&e, &vm.exc.KeyError.clone()) => {
                    Err(vm.name_error(name.as_str()))
                }
                r => r,
            }
        }
    }
}

pub fn load_classderef(vm: &mut Vm, f: &Frame, i: usize) -> PyResult<Value> {
    let code = f.code.clone();
    let name = code.localsplusnames[i].clone();
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(vm, l, &name)? {
            return Ok(v);
        }
    }
    // SAFETY: the verifier checked the index.
    let cell = unsafe { f.local(i).clone() };
    match cell
        .as_ref()
        .and_then(|c| c.downcast::<CellData>())
        .and_then(|c| c.value.borrow().clone())
    {
        Some(v) => Ok(v),
        None => Err(unbound_deref(vm, &code, i)),
    }
}

/// `LOAD_METHOD`: `(Some(function), self)` when the attribute is a plain method found on the
/// type and not shadowed by the instance, else `(None, attribute)`.
pub fn load_method(
    vm: &mut Vm,
    obj: Value,
    name: &PyRef<StrData>,
) -> PyResult<(Option<Value>, Value)> {
    let ty = vm.type_of(&obj);
    let generic = ty
        .slots
        .getattro
        .get()
        .is_none_or(|f| f as usize == crate::attr::generic_getattr as *const () as usize);
    if generic {
        if let Some(d) = ty.lookup(name) {
            let is_method = d.downcast::<FunctionData>().is_some()
                || d.downcast::<MethodDescrData>()
                    .is_some_and(|m| m.kind == crate::objects::native::MethodKind::Instance);
            if is_method {
                let shadowed = match crate::attr::dict_slot(&obj).and_then(|s| s.get()) {
                    Some(dict) => dict
                        .downcast::<DictData>()
                        .is_some_and(|dd| dd.get_str(name).is_some()),
                    None => false,
                };
                if !shadowed {
                    return Ok((Some(d), obj));
                }
            }
        }
    }
    let v = vm.getattr(&obj, name)?;
    Ok((None, v))
}

pub fn new_cell(vm: &Vm, init: Option<Value>) -> Value {
    alloc(
        &vm.types.cell,
        CellData {
            value: std::cell::RefCell::new(init),
        },
    )
    .into_value()
}

pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> Value {
    alloc(&vm.types.slice, SliceData { start, stop, step }).into_value()
}

pub fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = alloc(&vm.types.set, SetData::new());
    for v in items {
        s.add(vm, v)?;
    }
    Ok(s.into_value())
}

pub fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let d = vm.new_dict();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        d.set(vm, k, v)?;
    }
    Ok(d.into_value())
}

pub fn build_const_key_map(vm: &mut Vm, keys: &Value, values: Vec<Value>) -> PyResult<Value> {
    let d = vm.new_dict();
    let keys = keys
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .ok_or_else(|| vm.system_error("bad BUILD_CONST_KEY_MAP keys argument"))?;
    for (k, v) in keys.into_iter().zip(values) {
        d.set(vm, k, v)?;
    }
    Ok(d.into_value())
}

pub fn set_add(vm: &mut Vm, s: &Value, v: Value) -> PyResult<()> {
    match s.downcast::<SetData>() {
        Some(set) => set.add(vm, v).map(|_| ()),
        None => Err(vm.system_error("SET_ADD on a non-set")),
    }
}

pub fn map_add(vm: &mut Vm, d: &Value, k: Value, v: Value) -> PyResult<()> {
    match d.downcast::<DictData>() {
        Some(dd) => dd.set(vm, k, v),
        None => Err(vm.system_error("MAP_ADD on a non-dict")),
    }
}

pub fn list_extend(vm: &mut Vm, l: &Value, it: &Value) -> PyResult<()> {
    let iterable = vm.type_data_of(it);
    if iterable.slots.iter.get().is_none() && iterable.slots.getitem.get().is_none() {
        return Err(vm.type_error(format!(
            "Value after * must be an iterable, not {}",
            vm.type_name(it)
        )));
    }
    let items = vm.collect(it)?;
    if let Some(list) = l.downcast::<ListData>() {
        list.items.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn set_update(vm: &mut Vm, s: &Value, it: &Value) -> PyResult<()> {
    let set = s
        .downcast::<SetData>()
        .ok_or_else(|| vm.system_error("SET_UPDATE on a non-set"))?;
    if let Some(src) = it.downcast::<SetData>() {
        if set.is_empty() {
            set.copy_from(src);
            return Ok(());
        }
        for (h, k) in src.hashed_items() {
            set.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let items = vm.collect(it)?;
    for v in items {
        set.add(vm, v)?;
    }
    Ok(())
}

pub fn dict_update(vm: &mut Vm, d: &Value, m: &Value) -> PyResult<()> {
    let dd: PyRef<DictData> = d
        .downcast_ref()
        .ok_or_else(|| vm.system_error("DICT_UPDATE on a non-dict"))?;
    if m.downcast::<DictData>().is_none() && vm.type_of(m).lookup_str("keys").is_none() {
        return Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m))));
    }
    crate::builtin_impls::dict::update_from(vm, &dd, m)
}

pub fn dict_merge(vm: &mut Vm, d: &Value, m: &Value, func: &Value) -> PyResult<()> {
    let dd: PyRef<DictData> = d
        .downcast_ref()
        .ok_or_else(|| vm.system_error("DICT_MERGE on a non-dict"))?;
    let fname = crate::builtin_impls::function::callable_description(vm, func);
    if m.downcast::<DictData>().is_none() && vm.type_of(m).lookup_str("keys").is_none() {
        return Err(vm.type_error(format!(
            "{fname} argument after ** must be a mapping, not {}",
            vm.type_name(m)
        )));
    }
    let items = crate::builtin_impls::dict::mapping_items(vm, m)?;
    for (k, v) in items {
        if k.downcast::<StrData>().is_none() {
            // CPython finds this later, when the call unpacks the dict, without a name.
            return Err(vm.type_error("keywords must be strings"));
        }
        if dd.contains(vm, &k)? {
            let ks = vm.str_string(&k)?;
            return Err(vm.type_error(format!(
                "{fname} got multiple values for keyword argument '{ks}'"
            )));
        }
        dd.set(vm, k, v)?;
    }
    Ok(())
}

/// Unpacks exactly `n` values, or with `after = Some(m)` `n` values, a list of the middle and
/// `m` values (`UNPACK_EX`). Returned in order.
pub fn unpack(vm: &mut Vm, seq: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let fast: Option<Vec<Value>> = if let Some(t) = seq.downcast::<TupleData>() {
        Some(t.items().to_vec())
    } else {
        seq.downcast::<ListData>().map(|l| l.snapshot())
    };
    let items = match fast {
        Some(v) => v,
        None => {
            let td = vm.type_data_of(seq);
            if td.slots.iter.get().is_none() && td.slots.getitem.get().is_none() {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(seq)
                )));
            }
            let it = vm.iter(seq)?;
            let mut out = Vec::new();
            loop {
                if after.is_none() && out.len() > n {
                    break;
                }
                match vm.next(&it)? {
                    Some(v) => out.push(v),
                    None => break,
                }
            }
            if after.is_none() && out.len() > n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            out
        }
    };
    match after {
        None => {
            if items.len() < n {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )));
            }
            if items.len() > n {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            Ok(items)
        }
        Some(m) => {
            if items.len() < n + m {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n + m,
                    items.len()
                )));
            }
            let mut out = Vec::with_capacity(n + m + 1);
            out.extend_from_slice(&items[..n]);
            let mid = items[n..items.len() - m].to_vec();
            out.push(vm.new_list(mid));
            out.extend_from_slice(&items[items.len() - m..]);
            Ok(out)
        }
    }
}

#[inline]
pub fn for_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    vm.next(it)
}

pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => vm.str(&v)?.into_value(),
        2 => vm.repr(&v)?.into_value(),
        3 => crate::builtin_impls::str::ascii_of(vm, &v)?,
        _ => v,
    };
    if spec.is_none() && crate::objects::str_ops::is_exact_str(&v) {
        return Ok(v);
    }
    let spec = spec.unwrap_or_else(|| vm.empty_str.clone());
    crate::builtins_module::format(vm, &v, &spec)
}

pub fn call_function_ex(
    vm: &mut Vm,
    func: &Value,
    callargs: &Value,
    kwargs: Option<&Value>,
) -> PyResult<Value> {
    let args: Vec<Value> = if let Some(t) = callargs.downcast::<TupleData>() {
        t.items().to_vec()
    } else {
        let td = vm.type_data_of(callargs);
        if td.slots.iter.get().is_none() && td.slots.getitem.get().is_none() {
            let fname = crate::builtin_impls::function::callable_description(vm, func);
            return Err(vm.type_error(format!(
                "{fname} argument after * must be an iterable, not {}",
                vm.type_name(callargs)
            )));
        }
        vm.collect(callargs)?
    };
    match kwargs {
        None => vm.call(func, Args::positional(&args)),
        Some(kw) => {
            let items = crate::builtin_impls::dict::mapping_items(vm, kw)?;
            let mut values = args;
            let mut names = Vec::with_capacity(items.len());
            for (k, v) in items {
                names.push(k);
                values.push(v);
            }
            vm.call(
                func,
                Args {
                    values: &values,
                    kwnames: &names,
                },
            )
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &mut Vm,
    f: &Frame,
    codeobj: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let code: PyRef<CodeData> = PyRef::from_value_unchecked(codeobj);
    let name = code.name.as_value().clone();
    let qualname = code.qualname.as_value().clone();
    let doc = match code.consts.first() {
        Some(d) if d.downcast::<StrData>().is_some() && has_docstring(&code) => d.clone(),
        _ => Value::NONE,
    };
    let module = f.globals.get_rust_str("__name__").unwrap_or(Value::NONE);
    alloc(
        &vm.types.function,
        FunctionData {
            code: std::cell::RefCell::new(code),
            globals: PyRef::clone(&f.globals),
            builtins: PyRef::clone(&f.builtins),
            name: std::cell::RefCell::new(name),
            qualname: std::cell::RefCell::new(qualname),
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            annotations: std::cell::RefCell::new(annotations),
            dict: std::cell::RefCell::new(None),
            version: std::cell::Cell::new(crate::types::fresh_version()),
        },
    )
    .into_value()
}

/// 3.11 marks no docstring flag; a function has one when its first constant is a str and
/// the code is not a lambda/comprehension (which never have docstrings but may start with a
/// str constant). CPython puts the docstring first in co_consts, or None when there is none.
fn has_docstring(code: &CodeData) -> bool {
    let name = code.name.as_str();
    !(name == "<lambda>" || name.starts_with('<'))
}

pub fn get_yield_from_iter(vm: &mut Vm, v: Value, code_flags: u32) -> PyResult<Value> {
    if let Some(g) = v.downcast::<crate::objects::generator::GeneratorData>() {
        if g.kind == crate::objects::generator::GenKind::Coroutine
            && code_flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0
        {
            return Err(vm.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(v);
    }
    vm.iter(&v)
}

pub fn before_with(vm: &mut Vm, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
    let (enter_name, exit_name) = if is_async {
        (vm.names.__aenter__.clone(), vm.names.__aexit__.clone())
    } else {
        (vm.names.__enter__.clone(), vm.names.__exit__.clone())
    };
    let (proto, kw) = if is_async {
        ("asynchronous context manager", "'async with' statement")
    } else {
        ("context manager", "'with' statement")
    };
    let _ = kw;
    let Some(enter) = vm.lookup_special(mgr, &enter_name)? else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the {proto} protocol",
            vm.type_name(mgr)
        )));
    };
    let Some(exit) = vm.lookup_special(mgr, &exit_name)? else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the {proto} protocol (missed {} method)",
            vm.type_name(mgr),
            exit_name.as_str()
        )));
    };
    let res = vm.call0(&enter)?;
    Ok((exit, res))
}

pub fn with_except_start(vm: &mut Vm, exit: &Value, exc: &Value) -> PyResult<Value> {
    let ty = vm.type_of(exc).into_value();
    let tb = exc
        .downcast::<crate::objects::exception::ExceptionData>()
        .and_then(|e| e.traceback.borrow().clone())
        .unwrap_or(Value::NONE);
    vm.call(exit, Args::positional(&[ty, exc.clone(), tb]))
}

pub fn check_exc_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let valid = |vm: &Vm, t: &Value| {
        t.downcast_ref::<crate::types::TypeData>()
            .is_some_and(|t| t.is_subtype_of(&vm.exc.BaseException))
    };
    if let Some(t) = ty.downcast::<TupleData>() {
        for x in t.items() {
            if !valid(vm, x) {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
    } else if !valid(vm, ty) {
        return Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    let et = vm.type_of(exc);
    if let Some(t) = ty.downcast::<TupleData>() {
        Ok(t.items().iter().any(|x| {
            x.downcast_ref::<crate::types::TypeData>()
                .is_some_and(|x| et.is_subtype_of(&x))
        }))
    } else {
        let t: PyRef<crate::types::TypeData> = PyRef::from_value_unchecked(ty.clone());
        Ok(et.is_subtype_of(&t))
    }
}

/// `raise`, `raise exc`, `raise exc from cause`.
pub fn do_raise(vm: &mut Vm, exc: Option<Value>, cause: Option<Value>) -> Unwind {
    match do_raise_inner(vm, exc, cause) {
        Ok(u) => u,
        Err(e) => Unwind::Error(e),
    }
}

fn do_raise_inner(vm: &mut Vm, exc: Option<Value>, cause: Option<Value>) -> PyResult<Unwind> {
    let Some(exc) = exc else {
        // Bare `raise`: re-raise the exception being handled.
        return match vm.current_exception() {
            Some(e) => Ok(Unwind::Reraise(Exc(e))),
            None => Err(vm.runtime_error("No active exception to reraise")),
        };
    };
    let exc = make_exception(vm, exc, "exceptions must derive from BaseException")?;
    if let Some(cause) = cause {
        let c = if cause.is_none() {
            None
        } else {
            Some(make_exception(vm, cause, "exception causes must derive from BaseException")?.0)
        };
        let d = exc.data();
        *d.cause.borrow_mut() = c;
        d.suppress_context.set(true);
    }
    vm.set_context(&exc);
    Ok(Unwind::Error(exc))
}

/// An exception instance from `raise X`: instances as is, classes instantiated.
pub fn make_exception(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Exc> {
    if let Some(t) = v.downcast_ref::<crate::types::TypeData>() {
        if t.is_subtype_of(&vm.exc.BaseException) {
            let inst = vm.call0(&v)?;
            if inst
                .downcast::<crate::objects::exception::ExceptionData>()
                .is_none()
            {
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr_string(&v)?,
                    vm.type_name(&inst)
                );
                return Err(vm.type_error(msg));
            }
            return Ok(Exc(inst));
        }
    } else if v
        .downcast::<crate::objects::exception::ExceptionData>()
        .is_some()
    {
        return Ok(Exc(v));
    }
    Err(vm.type_error(msg.to_string()))
}

pub fn setup_annotations(vm: &mut Vm, f: &Frame) -> PyResult<()> {
    let Some(l) = &f.locals else {
        return Err(vm.system_error("no locals found when setting up annotations"));
    };
    let name = vm.names.__annotations__.clone();
    if let Some(d) = l.downcast::<DictData>() {
        if d.get_str(&name).is_none() {
            let nd = vm.new_dict().into_value();
            d.set_str(&name, nd);
        }
        return Ok(());
    }
    match vm.getitem(l, name.as_value()) {
        Ok(_) => Ok(()),
        Err(e) if vm.exc_matches(&e, &vm.exc.KeyError.clone()) => {
            let nd = vm.new_dict().into_value();
            vm.setitem(&l.clone(), name.as_value(), nd)
        }
        Err(e) => Err(e),
    }
}

pub fn print_expr(vm: &mut Vm, v: Value) -> PyResult<()> {
    let hook = crate::modules::sys::get(vm, "displayhook");
    match hook {
        Some(h) => vm.call1(&h, v).map(|_| ()),
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}

pub fn _unused(_: &MethodData) {}
