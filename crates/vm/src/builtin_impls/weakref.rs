//! `weakref.ref`.

use crate::object::{alloc, flag, TypeRef};
use crate::objects::native::Args;
use crate::objects::weakref::WeakRefData;
use crate::slots::CompareOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.weakref.clone();
    t.slots.new.set(Some(weakref_new));
    t.slots.init.set(Some(|_, _, _| Ok(())));
    t.slots.call.set(Some(|vm, v, a| {
        a.none(vm, "weakref")?;
        Ok(wr(v).get().unwrap_or(Value::NONE))
    }));
    t.slots.repr.set(Some(weakref_repr));
    t.slots.hash.set(Some(weakref_hash));
    t.slots.richcompare.set(Some(weakref_richcompare));
    super::object::add_new_wrapper(vm, &t);
    let m = vm.intern("weakref").into_value();
    super::set_attr(vm, &t, "__module__", m);
    super::add_getset(
        vm,
        &t,
        "__callback__",
        Some(|_, v| Ok(wr(v).callback.borrow().clone().unwrap_or(Value::NONE))),
        None,
    );
}

fn wr(v: &Value) -> &WeakRefData {
    v.downcast::<WeakRefData>().expect("weakref")
}

pub fn weakrefable(vm: &Vm, target: &Value) -> bool {
    target.is_heap()
        && vm
            .type_data_of(target)
            .has_flag(crate::types::type_flags::WEAKREFABLE)
}

fn weakref_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "ref")?;
    let a = args.unpack(vm, "__new__", 1, 2)?;
    let target = a[0].clone();
    if !weakrefable(vm, &target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(&target)
        )));
    }
    let cb = a.get(1).cloned().filter(|c| !c.is_none());
    let h = target.header().expect("heap object");
    let hp = h as *const crate::object::Header;
    // Without a callback, an existing plain reference is shared (as CPython does).
    if cb.is_none() && ty.is(&vm.types.weakref) {
        if let Some(list) = vm.heap.weakrefs.borrow().get(&hp) {
            for &r in list {
                let existing = unsafe { &(*(r as *const crate::object::Obj<WeakRefData>)).data };
                if existing.callback.borrow().is_none()
                    && unsafe { std::ptr::eq((*r).type_ptr(), ty.ptr()) }
                {
                    unsafe {
                        (*r).incref();
                        return Ok(Value::from_header_ptr(r));
                    }
                }
            }
        }
    }
    let w = alloc(
        ty,
        WeakRefData {
            target: std::cell::Cell::new(hp),
            callback: std::cell::RefCell::new(cb),
            hash: std::cell::Cell::new(-1),
        },
    );
    h.set_flag(flag::HAS_WEAKREFS);
    vm.heap
        .weakrefs
        .borrow_mut()
        .entry(hp)
        .or_default()
        .push(w.header() as *const crate::object::Header);
    Ok(w.into_value())
}

fn weakref_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(match wr(v).get() {
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            v.raw(),
            vm.type_name(&t),
            t.raw()
        ),
        None => format!("<weakref at {:#x}; dead>", v.raw()),
    }))
}

fn weakref_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let w = wr(v);
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    match w.get() {
        Some(t) => {
            let h = vm.hash(&t)?;
            w.hash.set(h);
            Ok(h)
        }
        None => Err(vm.type_error("weak object has gone away")),
    }
}

fn weakref_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let Some(y) = b.downcast::<WeakRefData>() else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    match (wr(a).get(), y.get()) {
        (Some(p), Some(q)) => vm.rich_compare(&p, &q, op),
        _ => {
            let same = a.is(b);
            Ok(Value::from_bool(if op == CompareOp::Eq {
                same
            } else {
                !same
            }))
        }
    }
}
