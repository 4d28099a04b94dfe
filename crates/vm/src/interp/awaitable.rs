//! The awaitable and asynchronous-iteration protocols the interpreter drives: `SEND`
//! (`PyIter_Send`), `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT` and `ASYNC_GEN_WRAP`.

use bytecode::code::flags;

use crate::interp::generator::{self as g, SendResult};
use crate::object::alloc;
use crate::objects::generator::{AsyncGenWrappedData, CoroWrapperData, GenKind, GeneratorData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `SEND`: one step of `yield from`/`await` on `receiver`.
pub fn send(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if let Some(gen) = g::as_gen_or_coro(receiver) {
        return g::resume(vm, &gen, v, None, false);
    }
    let iternext = vm.type_data_of(receiver).slots.iternext.get();
    let r = match iternext {
        Some(next) if v.is_none() => match next(vm, receiver) {
            Ok(Some(y)) => return Ok(SendResult::Yield(y)),
            Ok(None) => return Ok(SendResult::Return(Value::NONE)),
            Err(e) => Err(e),
        },
        _ => vm.call_method(receiver, "send", &[v]),
    };
    match r {
        Ok(y) => Ok(SendResult::Yield(y)),
        Err(e) if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => {
            Ok(SendResult::Return(g::stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

/// A coroutine, or a generator marked by `types.coroutine` (`CO_ITERABLE_COROUTINE`).
fn is_coroutine(v: &Value) -> bool {
    v.downcast::<GeneratorData>().is_some_and(|gen| {
        gen.kind == GenKind::Coroutine
            || (gen.kind == GenKind::Generator && gen.code.flags & flags::ITERABLE_COROUTINE != 0)
    })
}

/// `_PyCoro_GetAwaitableIter`: the iterator that awaiting `o` runs.
pub fn awaitable_iter(vm: &mut Vm, o: &Value) -> PyResult<Value> {
    if is_coroutine(o) {
        return Ok(o.clone());
    }
    let name = vm.names.__await__.clone();
    let Some(m) = vm.lookup_special(o, &name)? else {
        return Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(o)
        )));
    };
    let it = vm.call0(&m)?;
    if is_coroutine(&it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if vm.type_data_of(&it).slots.iternext.get().is_none() {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `GET_AWAITABLE`: `where_` says whether the value came from `__aenter__` (1) or
/// `__aexit__` (2), for the message when it has no `__await__`.
pub fn get_awaitable(vm: &mut Vm, v: Value, where_: u32) -> PyResult<Value> {
    let it = match awaitable_iter(vm, &v) {
        Ok(it) => it,
        Err(e) => {
            let name = vm.names.__await__.clone();
            if (where_ == 1 || where_ == 2) && vm.type_of(&v).lookup(&name).is_none() {
                let from = if where_ == 1 {
                    "__aenter__"
                } else {
                    "__aexit__"
                };
                return Err(vm.type_error(format!(
                    "'async with' received an object from {from} that does not implement __await__: {}",
                    vm.type_name(&v)
                )));
            }
            return Err(e);
        }
    };
    if let Some(c) = it.downcast::<GeneratorData>() {
        if c.kind == GenKind::Coroutine && g::yield_from_target(c).is_some() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
    }
    Ok(it)
}

/// `GET_AITER`.
pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let name = vm.names.__aiter__.clone();
    let Some(m) = vm.lookup_special(&v, &name)? else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(&v)
        )));
    };
    let it = vm.call0(&m)?;
    let anext = vm.names.__anext__.clone();
    if vm.type_of(&it).lookup(&anext).is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable for the next step of `async for`.
pub fn get_anext(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    if let Some(gen) = it.downcast_ref::<GeneratorData>() {
        if gen.kind == GenKind::AsyncGenerator {
            return crate::builtin_impls::asyncgen::anext(vm, &gen);
        }
    }
    let name = vm.names.__anext__.clone();
    let Some(m) = vm.lookup_special(it, &name)? else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(it)
        )));
    };
    let next = vm.call0(&m)?;
    awaitable_iter(vm, &next).map_err(|e| {
        let r = vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&next)
        ));
        g::chain_from_cause(&r, &e);
        r
    })
}

/// `ASYNC_GEN_WRAP`: marks a value an async generator yields.
pub fn async_gen_wrap(vm: &mut Vm, value: Value) -> Value {
    alloc(
        &vm.types.async_generator_wrapped_value,
        AsyncGenWrappedData { value },
    )
    .into_value()
}

/// `coroutine.__await__()`.
pub fn coro_await(vm: &mut Vm, coro: Value) -> Value {
    alloc(&vm.types.coroutine_wrapper, CoroWrapperData { coro }).into_value()
}
