//! The Python-visible side of generators, coroutines and `coroutine.__await__()`'s wrapper;
//! the parts shared with async generators (names, repr, frame).

use crate::interp::generator::{self as g, SendResult};
use crate::object::PyRef;
use crate::objects::generator::{CoroWrapperData, GenKind, GenState, GeneratorData};
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    for t in [
        vm.types.generator.clone(),
        vm.types.coroutine.clone(),
        vm.types.async_generator.clone(),
    ] {
        t.has_finalizer.set(true);
        t.slots.repr.set(Some(gen_repr));
        super::add_getset(
            vm,
            &t,
            "__name__",
            Some(|_, v| Ok(gd(v).name.borrow().clone())),
            Some(|vm, v, n| {
                let n = string_value(vm, n, "__name__")?;
                let old = gd(v).name.replace(n);
                drop(old);
                Ok(())
            }),
        );
        super::add_getset(
            vm,
            &t,
            "__qualname__",
            Some(|_, v| Ok(gd(v).qualname.borrow().clone())),
            Some(|vm, v, n| {
                let n = string_value(vm, n, "__qualname__")?;
                let old = gd(v).qualname.replace(n);
                drop(old);
                Ok(())
            }),
        );
    }

    let gt = vm.types.generator.clone();
    gt.slots.iter.set(Some(|_, v| Ok(v.clone())));
    gt.slots.iternext.set(Some(gen_iternext));
    super::add_method(vm, &gt, "send", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "generator.send")?.clone();
        g::send_ex(vm, &gref(&a.values[0]), x, None, false)
    });
    super::add_method(vm, &gt, "throw", |vm, a| {
        throw_method(vm, &gref(&a.values[0]), a.skip_self())
    });
    super::add_method(vm, &gt, "close", |vm, a| {
        a.skip_self().none(vm, "generator.close")?;
        g::close(vm, &gref(&a.values[0]))
    });
    add_state_getters(
        vm,
        &gt,
        ["gi_running", "gi_code", "gi_frame", "gi_suspended"],
    );
    super::add_getset(vm, &gt, "gi_yieldfrom", Some(yield_from), None);

    let ct = vm.types.coroutine.clone();
    super::add_method(vm, &ct, "send", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "coroutine.send")?.clone();
        g::send_ex(vm, &gref(&a.values[0]), x, None, false)
    });
    super::add_method(vm, &ct, "throw", |vm, a| {
        throw_method(vm, &gref(&a.values[0]), a.skip_self())
    });
    super::add_method(vm, &ct, "close", |vm, a| {
        a.skip_self().none(vm, "coroutine.close")?;
        g::close(vm, &gref(&a.values[0]))
    });
    super::add_method(vm, &ct, "__await__", |vm, a| {
        slot_no_args(vm, &a)?;
        Ok(crate::interp::awaitable::coro_await(
            vm,
            a.values[0].clone(),
        ))
    });
    add_state_getters(
        vm,
        &ct,
        ["cr_running", "cr_code", "cr_frame", "cr_suspended"],
    );
    super::add_getset(vm, &ct, "cr_await", Some(yield_from), None);
    super::add_getset(vm, &ct, "cr_origin", Some(|_, _| Ok(Value::NONE)), None);

    let w = vm.types.coroutine_wrapper.clone();
    w.slots.iter.set(Some(|_, v| Ok(v.clone())));
    w.slots.iternext.set(Some(|vm, v| {
        let c = gref(&wrapped(v));
        match g::resume(vm, &c, Value::NONE, None, false)? {
            SendResult::Yield(y) => Ok(Some(y)),
            SendResult::Return(r) if r.is_none() => Ok(None),
            SendResult::Return(r) => Err(vm.stop_iteration(Some(r))),
        }
    }));
    super::add_method(vm, &w, "send", |vm, a| {
        let x = a
            .skip_self()
            .exactly_one(vm, "coroutine_wrapper.send")?
            .clone();
        g::send_ex(vm, &gref(&wrapped(&a.values[0])), x, None, false)
    });
    super::add_method(vm, &w, "throw", |vm, a| {
        throw_method(vm, &gref(&wrapped(&a.values[0])), a.skip_self())
    });
    super::add_method(vm, &w, "close", |vm, a| {
        a.skip_self().none(vm, "coroutine_wrapper.close")?;
        g::close(vm, &gref(&wrapped(&a.values[0])))
    });
}

/// `gi_running`, `gi_code`, `gi_frame`, `gi_suspended` under `names` (`gi_`/`cr_`/`ag_`
/// spellings); async generators have their own `ag_running`.
pub fn add_state_getters(vm: &mut Vm, t: &crate::object::TypeRef, names: [&'static str; 4]) {
    super::add_getset(
        vm,
        t,
        names[0],
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Running))),
        None,
    );
    super::add_getset(
        vm,
        t,
        names[1],
        Some(|_, v| Ok(gd(v).code.as_value().clone())),
        None,
    );
    super::add_getset(vm, t, names[2], Some(gen_frame), None);
    super::add_getset(
        vm,
        t,
        names[3],
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Suspended))),
        None,
    );
}

/// A unary slot wrapper's check (`__await__`, `__aiter__`, `__anext__`).
pub fn slot_no_args(vm: &Vm, a: &Args<'_>) -> PyResult<()> {
    let n = a.skip_self().values.len();
    if n != 0 || a.has_kwargs() {
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    Ok(())
}

pub fn yield_from(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(g::yield_from_target(gd(v)).unwrap_or(Value::NONE))
}

fn string_value(vm: &mut Vm, n: Option<Value>, what: &str) -> PyResult<Value> {
    match n {
        Some(s) if s.downcast::<crate::objects::str::StrData>().is_some() => Ok(s),
        _ => Err(vm.type_error(format!("{what} must be set to a string object"))),
    }
}

fn gd(v: &Value) -> &GeneratorData {
    v.downcast::<GeneratorData>().expect("generator")
}

fn gref(v: &Value) -> PyRef<GeneratorData> {
    PyRef::from_value_unchecked(v.clone())
}

fn wrapped(v: &Value) -> Value {
    v.downcast::<CoroWrapperData>()
        .expect("coroutine_wrapper")
        .coro
        .clone()
}

fn gen_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let q = gd(v).qualname.borrow().clone();
    let q = vm.str_string(&q)?;
    let kind = match gd(v).kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(vm.new_str(format!("<{kind} object {q} at {:#x}>", v.raw())))
}

fn gen_iternext(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match g::resume(vm, &gref(v), Value::NONE, None, false)? {
        SendResult::Yield(y) => Ok(Some(y)),
        SendResult::Return(r) if r.is_none() => Ok(None),
        SendResult::Return(r) => Err(vm.stop_iteration(Some(r))),
    }
}

/// `throw(value)` or the legacy `throw(type[, value[, traceback]])` (not yet deprecated in
/// 3.11).
pub fn throw_method(vm: &mut Vm, gen: &PyRef<GeneratorData>, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "throw", 1, 3)?;
    g::throw(vm, gen, true, &r[0], r.get(1), r.get(2))
}

/// `gi_frame`/`cr_frame`/`ag_frame`: the frame while it exists (None once finished).
pub fn gen_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let gen = gd(v);
    let ty = vm.types.frame.clone();
    if gen.state.get() == GenState::Running {
        let base = gen.running_base.get();
        return Ok(match vm.frames.iter_mut().rev().find(|f| f.base == base) {
            Some(f) => crate::traceback::frame_object_of(&ty, f),
            None => Value::NONE,
        });
    }
    let mut sf = gen.frame.borrow_mut();
    Ok(match sf.as_mut() {
        Some(sf) => match sf.frame.as_mut() {
            Some(frame) => crate::traceback::frame_object_of(&ty, frame),
            None => Value::NONE,
        },
        None => Value::NONE,
    })
}
