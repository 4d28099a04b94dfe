//! Async generators (PEP 525) as CPython 3.11 has them: the `async_generator` object, the
//! awaitables its `__anext__`/`asend` (`async_generator_asend`) and `athrow`/`aclose`
//! (`async_generator_athrow`) return, and `anext(it, default)`'s `anext_awaitable`.
//!
//! An async generator's frame yields two kinds of values: those of its `await`s, which pass
//! through the awaitables to whoever drives them, and its own `yield`s, which `ASYNC_GEN_WRAP`
//! marks and the awaitables turn into `StopIteration(value)`, ending that step.

use crate::interp::awaitable;
use crate::interp::generator::{self as g};
use crate::object::{alloc, PyRef};
use crate::objects::generator::{
    AnextAwaitableData, AsendData, AsyncGenWrappedData, AthrowData, AwaitState, GenState,
    GeneratorData,
};
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    super::add_method(vm, &t, "__aiter__", |vm, a| {
        super::generator::slot_no_args(vm, &a)?;
        Ok(a.values[0].clone())
    });
    super::add_method(vm, &t, "__anext__", |vm, a| {
        super::generator::slot_no_args(vm, &a)?;
        anext(vm, &gref(&a.values[0]))
    });
    super::add_method(vm, &t, "asend", |vm, a| {
        let v = a
            .skip_self()
            .exactly_one(vm, "async_generator.asend")?
            .clone();
        let gen = gref(&a.values[0]);
        init_hooks(vm, &gen)?;
        Ok(new_asend(vm, &gen, Some(v)))
    });
    super::add_method(vm, &t, "athrow", |vm, a| {
        a.skip_self().no_kwargs(vm, "async_generator.athrow")?;
        let gen = gref(&a.values[0]);
        init_hooks(vm, &gen)?;
        let args = vm.new_tuple(a.skip_self().values.to_vec());
        Ok(new_athrow(vm, &gen, Some(args)))
    });
    super::add_method(vm, &t, "aclose", |vm, a| {
        a.skip_self().none(vm, "async_generator.aclose")?;
        let gen = gref(&a.values[0]);
        init_hooks(vm, &gen)?;
        Ok(new_athrow(vm, &gen, None))
    });
    super::add_getset(
        vm,
        &t,
        "ag_running",
        Some(|_, v| Ok(Value::from_bool(gd(v).running_async.get()))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "ag_code",
        Some(|_, v| Ok(gd(v).code.as_value().clone())),
        None,
    );
    super::add_getset(vm, &t, "ag_await", Some(super::generator::yield_from), None);
    super::add_getset(vm, &t, "ag_frame", Some(super::generator::gen_frame), None);

    let s = vm.types.async_generator_asend.clone();
    self_iter(&s);
    s.slots.iternext.set(Some(|vm, v| {
        asend_send(vm, &asend_ref(v), Value::NONE).map(Some)
    }));
    super::add_method(vm, &s, "__await__", |vm, a| {
        super::generator::slot_no_args(vm, &a)?;
        Ok(a.values[0].clone())
    });
    super::add_method(vm, &s, "send", |vm, a| {
        let x = a
            .skip_self()
            .exactly_one(vm, "async_generator_asend.send")?
            .clone();
        asend_send(vm, &asend_ref(&a.values[0]), x)
    });
    super::add_method(vm, &s, "throw", |vm, a| {
        asend_throw(vm, &asend_ref(&a.values[0]), a.skip_self())
    });
    super::add_method(vm, &s, "close", |vm, a| {
        a.skip_self().none(vm, "async_generator_asend.close")?;
        asend_ref(&a.values[0]).state.set(AwaitState::Closed);
        Ok(Value::NONE)
    });

    let t = vm.types.async_generator_athrow.clone();
    self_iter(&t);
    t.slots.iternext.set(Some(|vm, v| {
        athrow_send(vm, &athrow_ref(v), Value::NONE).map(Some)
    }));
    super::add_method(vm, &t, "__await__", |vm, a| {
        super::generator::slot_no_args(vm, &a)?;
        Ok(a.values[0].clone())
    });
    super::add_method(vm, &t, "send", |vm, a| {
        let x = a
            .skip_self()
            .exactly_one(vm, "async_generator_athrow.send")?
            .clone();
        athrow_send(vm, &athrow_ref(&a.values[0]), x)
    });
    super::add_method(vm, &t, "throw", |vm, a| {
        athrow_throw(vm, &athrow_ref(&a.values[0]), a.skip_self())
    });
    super::add_method(vm, &t, "close", |vm, a| {
        a.skip_self().none(vm, "async_generator_athrow.close")?;
        athrow_ref(&a.values[0]).state.set(AwaitState::Closed);
        Ok(Value::NONE)
    });

    let t = vm.types.anext_awaitable.clone();
    self_iter(&t);
    t.slots.iternext.set(Some(anext_iternext));
    super::add_method(vm, &t, "__await__", |vm, a| {
        super::generator::slot_no_args(vm, &a)?;
        Ok(a.values[0].clone())
    });
    super::add_method(vm, &t, "send", |vm, a| {
        let x = a
            .skip_self()
            .exactly_one(vm, "anext_awaitable.send")?
            .clone();
        anext_proxy(vm, &a.values[0], "send", &[x])
    });
    super::add_method(vm, &t, "throw", |vm, a| {
        a.skip_self().no_kwargs(vm, "anext_awaitable.throw")?;
        anext_proxy(vm, &a.values[0], "throw", a.skip_self().values)
    });
    super::add_method(vm, &t, "close", |vm, a| {
        a.skip_self().no_kwargs(vm, "anext_awaitable.close")?;
        anext_proxy(vm, &a.values[0], "close", a.skip_self().values)
    });
}

fn self_iter(t: &crate::object::TypeRef) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
}

fn gd(v: &Value) -> &GeneratorData {
    v.downcast::<GeneratorData>().expect("async generator")
}

fn gref(v: &Value) -> PyRef<GeneratorData> {
    PyRef::from_value_unchecked(v.clone())
}

fn asend_ref(v: &Value) -> PyRef<AsendData> {
    PyRef::from_value_unchecked(v.clone())
}

fn athrow_ref(v: &Value) -> PyRef<AthrowData> {
    PyRef::from_value_unchecked(v.clone())
}

/// `async_gen_init_hooks`: on first use, remember the finalizer hook and call `firstiter`.
fn init_hooks(vm: &mut Vm, gen: &PyRef<GeneratorData>) -> PyResult<()> {
    if gen.hooks_inited.replace(true) {
        return Ok(());
    }
    if let Some(f) = vm.asyncgen_hooks.finalizer.clone() {
        let old = gen.finalizer.replace(Some(f));
        drop(old);
    }
    if let Some(first) = vm.asyncgen_hooks.firstiter.clone() {
        vm.call1(&first, gen.as_value().clone())?;
    }
    Ok(())
}

/// `__anext__` (and `GET_ANEXT` on an async generator).
pub fn anext(vm: &mut Vm, gen: &PyRef<GeneratorData>) -> PyResult<Value> {
    init_hooks(vm, gen)?;
    Ok(new_asend(vm, gen, None))
}

fn new_asend(vm: &mut Vm, gen: &PyRef<GeneratorData>, sendval: Option<Value>) -> Value {
    alloc(
        &vm.types.async_generator_asend,
        AsendData {
            gen: gen.clone(),
            sendval,
            state: std::cell::Cell::new(AwaitState::Init),
        },
    )
    .into_value()
}

fn new_athrow(vm: &mut Vm, gen: &PyRef<GeneratorData>, args: Option<Value>) -> Value {
    alloc(
        &vm.types.async_generator_athrow,
        AthrowData {
            gen: gen.clone(),
            args,
            state: std::cell::Cell::new(AwaitState::Init),
        },
    )
    .into_value()
}

fn wrapped_value(v: &Value) -> Option<Value> {
    v.downcast::<AsyncGenWrappedData>().map(|w| w.value.clone())
}

fn is_stop_or_exit(vm: &Vm, e: &Exc) -> bool {
    vm.exc_matches(e, &vm.exc.StopAsyncIteration.clone())
        || vm.exc_matches(e, &vm.exc.GeneratorExit.clone())
}

/// `async_gen_unwrap_value`: a yield of the generator itself ends the step with
/// `StopIteration(value)`; the end of the generator marks it closed.
fn unwrap_value(vm: &mut Vm, gen: &GeneratorData, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) => {
            if is_stop_or_exit(vm, &e) {
                gen.closed.set(true);
            }
            gen.running_async.set(false);
            Err(e)
        }
        Ok(v) => match wrapped_value(&v) {
            Some(inner) => {
                gen.running_async.set(false);
                Err(g::stop_iteration_with(vm, inner))
            }
            None => Ok(v),
        },
    }
}

fn reused(vm: &Vm, what: &str) -> Exc {
    vm.runtime_error(format!("cannot reuse already awaited {what}"))
}

fn asend_send(vm: &mut Vm, o: &PyRef<AsendData>, arg: Value) -> PyResult<Value> {
    let mut arg = arg;
    match o.state.get() {
        AwaitState::Closed => return Err(reused(vm, "__anext__()/asend()")),
        AwaitState::Init => {
            if o.gen.running_async.get() {
                return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
            }
            if arg.is_none() {
                arg = o.sendval.clone().unwrap_or(Value::NONE);
            }
            o.state.set(AwaitState::Iter);
        }
        AwaitState::Iter => {}
    }
    o.gen.running_async.set(true);
    let r = g::send_ex(vm, &o.gen, arg, None, false);
    let r = unwrap_value(vm, &o.gen, r);
    if r.is_err() {
        o.state.set(AwaitState::Closed);
    }
    r
}

fn asend_throw(vm: &mut Vm, o: &PyRef<AsendData>, a: Args<'_>) -> PyResult<Value> {
    if o.state.get() == AwaitState::Closed {
        return Err(reused(vm, "__anext__()/asend()"));
    }
    let r = super::generator::throw_method(vm, &o.gen, a);
    let r = unwrap_value(vm, &o.gen, r);
    if r.is_err() {
        o.state.set(AwaitState::Closed);
    }
    r
}

const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

/// The end of an `aclose()` step: the generator's own yield means it ignored GeneratorExit.
fn aclose_yield(vm: &Vm, o: &AthrowData) -> Exc {
    o.gen.running_async.set(false);
    o.state.set(AwaitState::Closed);
    vm.runtime_error(IGNORED_EXIT)
}

/// `check_error` in `async_gen_athrow_send`: the step ended with an error; for `aclose()`
/// the generator's end (StopAsyncIteration or GeneratorExit) is this awaitable's success.
fn athrow_error(vm: &mut Vm, o: &AthrowData, e: Exc) -> Exc {
    o.gen.running_async.set(false);
    o.state.set(AwaitState::Closed);
    if o.args.is_none() && is_stop_or_exit(vm, &e) {
        return vm.stop_iteration(None);
    }
    e
}

fn athrow_send(vm: &mut Vm, o: &PyRef<AthrowData>, arg: Value) -> PyResult<Value> {
    let gen = o.gen.clone();
    if o.state.get() == AwaitState::Closed {
        return Err(reused(vm, "aclose()/athrow()"));
    }
    if gen.state.get() == GenState::Finished {
        o.state.set(AwaitState::Closed);
        return Err(vm.stop_iteration(None));
    }
    if o.state.get() == AwaitState::Init {
        if gen.running_async.get() {
            o.state.set(AwaitState::Closed);
            let which = if o.args.is_none() { "aclose" } else { "athrow" };
            return Err(vm.runtime_error(format!(
                "{which}(): asynchronous generator is already running"
            )));
        }
        if gen.closed.get() {
            o.state.set(AwaitState::Closed);
            return Err(vm.new_exception_args(&vm.exc.StopAsyncIteration.clone(), vec![]));
        }
        if !arg.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        o.state.set(AwaitState::Iter);
        gen.running_async.set(true);
        let r = match &o.args {
            None => {
                gen.closed.set(true);
                let exit = vm.exc.GeneratorExit.as_value().clone();
                match g::throw(vm, &gen, false, &exit, None, None) {
                    Ok(v) if wrapped_value(&v).is_some() => return Err(aclose_yield(vm, o)),
                    r => r,
                }
            }
            Some(args) => {
                let items = args
                    .downcast::<crate::objects::tuple::TupleData>()
                    .map(|t| t.items().to_vec())
                    .unwrap_or_default();
                // The arguments are checked only now, with the generator already marked
                // running, as CPython does.
                let items = Args::positional(&items)
                    .unpack(vm, "athrow", 1, 3)?
                    .to_vec();
                let r = g::throw(vm, &gen, false, &items[0], items.get(1), items.get(2));
                unwrap_value(vm, &gen, r)
            }
        };
        return r.map_err(|e| athrow_error(vm, o, e));
    }
    let r = g::send_ex(vm, &gen, arg, None, false);
    if o.args.is_some() {
        return unwrap_value(vm, &gen, r);
    }
    match r {
        Ok(v) if wrapped_value(&v).is_some() => Err(aclose_yield(vm, o)),
        Ok(v) => Ok(v),
        Err(e) => Err(athrow_error(vm, o, e)),
    }
}

fn athrow_throw(vm: &mut Vm, o: &PyRef<AthrowData>, a: Args<'_>) -> PyResult<Value> {
    if o.state.get() == AwaitState::Closed {
        return Err(reused(vm, "aclose()/athrow()"));
    }
    let r = super::generator::throw_method(vm, &o.gen, a);
    if o.args.is_some() {
        return unwrap_value(vm, &o.gen, r);
    }
    match r {
        Ok(v) if wrapped_value(&v).is_some() => Err(aclose_yield(vm, o)),
        Ok(v) => Ok(v),
        Err(e) if is_stop_or_exit(vm, &e) => Err(vm.stop_iteration(None)),
        Err(e) => Err(e),
    }
}

/// The `aiter()` builtin (`PyObject_GetAIter`).
pub fn builtin_aiter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let o = a.exactly_one(vm, "aiter")?.clone();
    let name = vm.names.__aiter__.clone();
    let Some(m) = vm.lookup_special(&o, &name)? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(&o)
        )));
    };
    let it = vm.call0(&m)?;
    let anext = vm.names.__anext__.clone();
    if vm.type_of(&it).lookup(&anext).is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// The `anext()` builtin: the awaitable `__anext__` returns, or with a default an
/// `anext_awaitable` that turns the end of iteration into that default.
pub fn builtin_anext(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "anext", 1, 2)?;
    let it = r[0].clone();
    let name = vm.names.__anext__.clone();
    let Some(m) = vm.lookup_special(&it, &name)? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(&it)
        )));
    };
    let aw = vm.call0(&m)?;
    let Some(default) = r.get(1).cloned() else {
        return Ok(aw);
    };
    Ok(alloc(
        &vm.types.anext_awaitable,
        AnextAwaitableData {
            wrapped: aw,
            default,
        },
    )
    .into_value())
}

fn anext_data(v: &Value) -> &AnextAwaitableData {
    v.downcast::<AnextAwaitableData>().expect("anext_awaitable")
}

/// `anextawaitable_getiter`: the iterator of the wrapped awaitable, asked for at every step.
fn anext_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let wrapped = anext_data(v).wrapped.clone();
    let it = awaitable::awaitable_iter(vm, &wrapped)?;
    if vm.type_data_of(&it).slots.iternext.get().is_some() {
        return Ok(it);
    }
    // A coroutine: step it through its `__await__` iterator.
    let name = vm.names.__await__.clone();
    let it = match vm.lookup_special(&it, &name)? {
        Some(m) => vm.call0(&m)?,
        None => it,
    };
    if vm.type_data_of(&it).slots.iternext.get().is_none() {
        return Err(vm.type_error("__await__ returned a non-iterable"));
    }
    Ok(it)
}

fn default_on_end(vm: &mut Vm, v: &Value, e: Exc) -> Exc {
    if vm.exc_matches(&e, &vm.exc.StopAsyncIteration.clone()) {
        let d = anext_data(v).default.clone();
        let is_tuple = d.downcast::<crate::objects::tuple::TupleData>().is_some();
        if is_tuple
            || d.downcast::<crate::objects::exception::ExceptionData>()
                .is_some()
        {
            // 3.11 builds StopIteration(default) by calling the class while the
            // StopAsyncIteration is still set, which its call check reports.
            let r = vm.new_exception(
                &vm.exc.SystemError.clone(),
                "<class 'StopIteration'> returned a result with an exception set",
            );
            g::chain_from_cause(&r, &e);
            return r;
        }
        return g::stop_iteration_with(vm, d);
    }
    e
}

fn anext_iternext(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = anext_iter(vm, v)?;
    let next = vm
        .type_data_of(&it)
        .slots
        .iternext
        .get()
        .expect("checked by anext_iter");
    next(vm, &it).map_err(|e| default_on_end(vm, v, e))
}

fn anext_proxy(vm: &mut Vm, v: &Value, meth: &str, args: &[Value]) -> PyResult<Value> {
    let it = anext_iter(vm, v)?;
    vm.call_method(&it, meth, args)
        .map_err(|e| default_on_end(vm, v, e))
}

/// `sys.set_asyncgen_hooks` and `sys.get_asyncgen_hooks`.
pub fn add_sys_functions(vm: &mut Vm, m: &PyRef<crate::objects::module::ModuleData>) {
    let t = super::structseq::new_type(vm, "asyncgen_hooks", &["firstiter", "finalizer"]);
    vm.asyncgen_hooks.hooks_type = Some(t);
    crate::modules::add_functions(
        vm,
        m,
        &[
            ("set_asyncgen_hooks", set_asyncgen_hooks),
            ("get_asyncgen_hooks", |vm, a| {
                a.none(vm, "get_asyncgen_hooks")?;
                let h = &vm.asyncgen_hooks;
                let items = vec![
                    h.firstiter.clone().unwrap_or(Value::NONE),
                    h.finalizer.clone().unwrap_or(Value::NONE),
                ];
                let t = h.hooks_type.clone().expect("asyncgen_hooks type");
                Ok(super::structseq::new_value(vm, &t, items))
            }),
        ],
    );
}

fn set_asyncgen_hooks(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    // `PyArg_ParseTupleAndKeywords` with no function name in its format.
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            pos.len() + a.kwnames.len()
        )));
    }
    let mut firstiter = pos.first().cloned();
    let mut finalizer = pos.get(1).cloned();
    for (k, v) in a.kwargs() {
        let slot = match k.as_str() {
            "firstiter" => &mut firstiter,
            "finalizer" => &mut finalizer,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for this function"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for function given by name ('{k}') and position"
            )));
        }
        *slot = Some(v);
    }
    // The finalizer is set before the first-iteration hook is checked, as in 3.11.
    for (v, what) in [(finalizer, "finalizer"), (firstiter, "firstiter")] {
        let Some(f) = v else { continue };
        if !f.is_none() && !crate::builtins_module::is_callable(vm, &f) {
            return Err(vm.type_error(format!(
                "callable {what} expected, got {}",
                vm.type_name(&f)
            )));
        }
        let f = Some(f).filter(|f| !f.is_none());
        if what == "finalizer" {
            vm.asyncgen_hooks.finalizer = f;
        } else {
            vm.asyncgen_hooks.firstiter = f;
        }
    }
    Ok(Value::NONE)
}
