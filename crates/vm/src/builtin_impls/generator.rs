//! The Python-visible side of generators and coroutines.

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
        if t.is(&vm.types.generator) {
            t.slots.iter.set(Some(|_, v| Ok(v.clone())));
            t.slots.iternext.set(Some(gen_iternext));
        }
        if !t.is(&vm.types.async_generator) {
            super::add_method(vm, &t, "send", gen_send_method);
            super::add_method(vm, &t, "throw", gen_throw_method);
            super::add_method(vm, &t, "close", |vm, a| {
                let gen = gref(&a.values[0]);
                g::gen_close(vm, &gen)
            });
        }
        let prefix = match t.name().as_str() {
            "generator" => "gi",
            "coroutine" => "cr",
            _ => "ag",
        };
        let _ = prefix;
        super::add_getset(
            vm,
            &t,
            "__name__",
            Some(|_, v| Ok(gd(v).name.borrow().clone())),
            Some(|_, v, n| {
                *gd(v).name.borrow_mut() = n.unwrap_or(Value::NONE);
                Ok(())
            }),
        );
        super::add_getset(
            vm,
            &t,
            "__qualname__",
            Some(|_, v| Ok(gd(v).qualname.borrow().clone())),
            Some(|_, v, n| {
                *gd(v).qualname.borrow_mut() = n.unwrap_or(Value::NONE);
                Ok(())
            }),
        );
    }
    let gt = vm.types.generator.clone();
    super::add_getset(
        vm,
        &gt,
        "gi_running",
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Running))),
        None,
    );
    super::add_getset(
        vm,
        &gt,
        "gi_code",
        Some(|_, v| Ok(gd(v).code.as_value().clone())),
        None,
    );
    super::add_getset(vm, &gt, "gi_frame", Some(gen_frame), None);
    super::add_getset(
        vm,
        &gt,
        "gi_suspended",
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Suspended))),
        None,
    );
    super::add_getset(
        vm,
        &gt,
        "gi_yieldfrom",
        Some(|_, v| Ok(g::yield_from_target(gd(v)).unwrap_or(Value::NONE))),
        None,
    );
    let ct = vm.types.coroutine.clone();
    super::add_getset(
        vm,
        &ct,
        "cr_running",
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Running))),
        None,
    );
    super::add_getset(
        vm,
        &ct,
        "cr_code",
        Some(|_, v| Ok(gd(v).code.as_value().clone())),
        None,
    );
    super::add_getset(vm, &ct, "cr_frame", Some(gen_frame), None);
    super::add_getset(
        vm,
        &ct,
        "cr_suspended",
        Some(|_, v| Ok(Value::from_bool(gd(v).state.get() == GenState::Suspended))),
        None,
    );
    super::add_getset(
        vm,
        &ct,
        "cr_await",
        Some(|_, v| Ok(g::yield_from_target(gd(v)).unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(vm, &ct, "cr_origin", Some(|_, _| Ok(Value::NONE)), None);
    super::add_method(vm, &ct, "__await__", |vm, a| {
        Ok(g::coro_await(vm, a.values[0].clone()))
    });

    let w = vm.types.coroutine_wrapper.clone();
    w.slots.iter.set(Some(|_, v| Ok(v.clone())));
    w.slots.iternext.set(Some(|vm, v| {
        let c = gref(&wrapped(v));
        match g::resume(vm, &c, Value::NONE, None) {
            Ok(SendResult::Yield(y)) => Ok(Some(y)),
            Ok(SendResult::Return(r)) => {
                if r.is_none() {
                    Ok(None)
                } else {
                    Err(vm.stop_iteration(Some(r)))
                }
            }
            Err(e) => Err(e),
        }
    }));
    super::add_method(vm, &w, "send", |vm, a| {
        let x = a.skip_self().exactly_one(vm, "send")?.clone();
        let c = gref(&wrapped(&a.values[0]));
        g::gen_send(vm, &c, x)
    });
    super::add_method(vm, &w, "throw", |vm, a| {
        let c = wrapped(&a.values[0]);
        let mut v = vec![c];
        v.extend_from_slice(a.skip_self().values);
        gen_throw_method(
            vm,
            Args {
                values: &v,
                kwnames: a.kwnames,
            },
        )
    });
    super::add_method(vm, &w, "close", |vm, a| {
        let c = gref(&wrapped(&a.values[0]));
        g::gen_close(vm, &c)
    });
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
    let gen = gref(v);
    if gen.state.get() == GenState::Finished {
        return Ok(None);
    }
    match g::resume(vm, &gen, Value::NONE, None)? {
        SendResult::Yield(y) => Ok(Some(y)),
        SendResult::Return(r) => {
            if r.is_none() {
                Ok(None)
            } else {
                Err(vm.stop_iteration(Some(r)))
            }
        }
    }
}

fn gen_send_method(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.skip_self().exactly_one(vm, "send")?.clone();
    g::gen_send(vm, &gref(&a.values[0]), x)
}

/// `throw(value)` or the deprecated `throw(type[, value[, tb]])`.
pub fn gen_throw_method(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().unpack(vm, "throw", 1, 3)?.to_vec();
    if r.len() > 1 {
        crate::modules::warnings::warn(
            vm,
            "DeprecationWarning",
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let exc = build_thrown(vm, &r)?;
    g::gen_throw(vm, &gref(&a.values[0]), exc, true)
}

pub fn build_thrown(vm: &mut Vm, r: &[Value]) -> PyResult<crate::vm::Exc> {
    let typ = &r[0];
    let val = r.get(1).cloned().filter(|v| !v.is_none());
    let tb = r.get(2).cloned().filter(|v| !v.is_none());
    if let Some(t) = &tb {
        if t.downcast::<crate::objects::frame_object::TracebackData>()
            .is_none()
        {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if typ.downcast::<crate::types::TypeData>().is_some() {
        let e = match val {
            Some(v) if vm.isinstance(&v, typ)? => v,
            Some(v) => {
                let args = match v.downcast::<crate::objects::tuple::TupleData>() {
                    Some(t) => t.items().to_vec(),
                    None => vec![v],
                };
                vm.call(typ, Args::positional(&args))?
            }
            None => vm.call0(typ)?,
        };
        crate::interp::helpers::make_exception(
            vm,
            e,
            "exceptions must be classes or instances deriving from BaseException, not type",
        )?
    } else if typ
        .downcast::<crate::objects::exception::ExceptionData>()
        .is_some()
    {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        crate::vm::Exc(typ.clone())
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if let Some(t) = tb {
        *exc.data().traceback.borrow_mut() = Some(t);
    }
    Ok(exc)
}

fn gen_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let _ = v;
    Ok(Value::NONE)
}
