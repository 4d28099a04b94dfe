//! `except*`: matching an exception (group) against a type (`CHECK_EG_MATCH`) and rebuilding
//! what is re-raised afterwards (`PREP_RERAISE_STAR`).

use crate::objects::exception::ExceptionData;
use crate::objects::list::ListData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_instance_of(v, &vm.exc.BaseExceptionGroup)
}

fn check_type(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let eg = vm.exc.BaseExceptionGroup.clone();
    let base = vm.exc.BaseException.clone();
    let items: Vec<Value> = match ty.downcast::<TupleData>() {
        Some(t) => t.items().to_vec(),
        None => vec![ty.clone()],
    };
    for t in &items {
        match t.downcast_ref::<TypeData>() {
            Some(tt) if tt.is_subtype_of(&base) => {
                if tt.is_subtype_of(&eg) {
                    return Err(vm.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    Ok(())
}

/// Returns `(rest, match)`.
pub fn check_eg_match(vm: &mut Vm, exc: Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_type(vm, ty)?;
    if exc.is_none() {
        return Ok((Value::NONE, Value::NONE));
    }
    let matched = crate::interp::helpers::check_exc_match(vm, &exc, ty)?;
    let (rest, m) = if matched {
        if is_group(vm, &exc) {
            (Value::NONE, exc)
        } else {
            let cls = if vm.is_instance_of(&exc, &vm.exc.Exception.clone()) {
                vm.exc.ExceptionGroup.clone()
            } else {
                vm.exc.BaseExceptionGroup.clone()
            };
            let excs = vm.new_tuple([exc.clone()]);
            let msg = vm.empty_str.clone();
            let wrapped = vm.call2(cls.as_value(), msg, excs)?;
            if let (Some(w), Some(e)) = (
                wrapped.downcast::<ExceptionData>(),
                exc.downcast::<ExceptionData>(),
            ) {
                *w.traceback.borrow_mut() = e.traceback.borrow().clone();
            }
            (Value::NONE, wrapped)
        }
    } else if is_group(vm, &exc) {
        let pair = vm.call_method(&exc, "split", std::slice::from_ref(ty))?;
        let items = pair
            .downcast::<TupleData>()
            .map(|t| t.items().to_vec())
            .unwrap_or_default();
        if items.len() != 2 {
            return Err(vm.type_error("ExceptionGroup.split must return a 2-tuple"));
        }
        (items[1].clone(), items[0].clone())
    } else {
        (exc, Value::NONE)
    };
    if !m.is_none() {
        let top = vm.exc_stack.last_mut().expect("exception state");
        let old = top.replace(m.clone());
        drop(old);
    }
    Ok((rest, m))
}

/// Every leaf exception of a group (or the exception itself), by identity.
fn leaves(vm: &Vm, e: &Value, out: &mut Vec<Value>) {
    if is_group(vm, e) {
        if let Some(d) = e.downcast::<ExceptionData>() {
            if let Some(excs) = d.field(1) {
                if let Some(t) = excs.downcast::<TupleData>() {
                    for x in t.items() {
                        leaves(vm, x, out);
                    }
                }
            }
        }
    } else {
        out.push(e.clone());
    }
}

/// The part of group `e` whose leaves are in `keep` (by identity), keeping its structure.
fn project(vm: &mut Vm, e: &Value, keep: &[Value]) -> PyResult<Value> {
    if !is_group(vm, e) {
        return Ok(if keep.iter().any(|k| k.is(e)) {
            e.clone()
        } else {
            Value::NONE
        });
    }
    let mut ls = Vec::new();
    leaves(vm, e, &mut ls);
    if ls.iter().all(|l| keep.iter().any(|k| k.is(l))) {
        return Ok(e.clone());
    }
    let d = e.downcast::<ExceptionData>().expect("group");
    let excs = d
        .field(1)
        .and_then(|x| x.downcast::<TupleData>().map(|t| t.items().to_vec()))
        .unwrap_or_default();
    let mut parts = Vec::new();
    for x in excs {
        let p = project(vm, &x, keep)?;
        if !p.is_none() {
            parts.push(p);
        }
    }
    if parts.is_empty() {
        return Ok(Value::NONE);
    }
    let list = vm.new_list(parts);
    let derived = vm.call_method(e, "derive", &[list])?;
    if let (Some(nd), Some(od)) = (
        derived.downcast::<ExceptionData>(),
        e.downcast::<ExceptionData>(),
    ) {
        *nd.traceback.borrow_mut() = od.traceback.borrow().clone();
        *nd.context.borrow_mut() = od.context.borrow().clone();
        *nd.cause.borrow_mut() = od.cause.borrow().clone();
        if let Some(n) = od.dict.borrow().clone() {
            if let Some(dd) = n.downcast::<crate::objects::dict::DictData>() {
                if let Some(notes) = dd.get_rust_str("__notes__") {
                    let nd2 = crate::attr::dict_slot(&derived).map(|s| s.get_or_create(vm));
                    if let Some(nd2) = nd2 {
                        if let Some(x) = nd2.downcast::<crate::objects::dict::DictData>() {
                            let k = vm.intern("__notes__");
                            x.set_str(&k, notes);
                        }
                    }
                }
            }
        }
    }
    Ok(derived)
}

/// `_PyExc_PrepReraiseStar`: what an `except*` statement re-raises: the original group
/// restricted to the re-raised leaves, plus any new exceptions, in one group.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let list = excs
        .downcast::<ListData>()
        .map(|l| l.snapshot())
        .unwrap_or_default();
    let list: Vec<Value> = list.into_iter().filter(|e| !e.is_none()).collect();
    if list.is_empty() {
        return Ok(Value::NONE);
    }
    if !is_group(vm, orig) {
        return Ok(list[0].clone());
    }
    let mut orig_leaves = Vec::new();
    leaves(vm, orig, &mut orig_leaves);
    let mut raised = Vec::new();
    let mut reraised_leaves = Vec::new();
    for e in &list {
        let mut ls = Vec::new();
        leaves(vm, e, &mut ls);
        let is_reraise = ls.iter().all(|l| orig_leaves.iter().any(|o| o.is(l)));
        if is_reraise {
            reraised_leaves.extend(ls);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = project(vm, orig, &reraised_leaves)?;
    if raised.is_empty() {
        return Ok(reraised);
    }
    let mut all = raised;
    if !reraised.is_none() {
        all.push(reraised);
    }
    if all.len() == 1 {
        return Ok(all.pop().expect("one"));
    }
    let msg = vm.empty_str.clone();
    let l = vm.new_list(all);
    let cls = vm.exc.ExceptionGroup.clone();
    let r = vm.call2(cls.as_value(), msg, l);
    match r {
        Ok(v) => Ok(v),
        Err(_) => {
            let cls = vm.exc.BaseExceptionGroup.clone();
            let msg = vm.empty_str.clone();
            let l2 = vm.new_list(list);
            vm.call2(cls.as_value(), msg, l2)
        }
    }
}

pub fn _unused(_: Exc) {}
