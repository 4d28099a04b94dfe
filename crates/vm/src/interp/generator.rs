//! Running generators and coroutines: creation at `RETURN_GENERATOR`, `send`, `throw`,
//! `close`, delegation (`yield from`, `await`) and the awaitable protocol.

use bytecode::code::flags;
use bytecode::opcode::Opcode;

use crate::interp::eval::{self, Unwind};
use crate::interp::frame::Frame;
use crate::interp::instr::Instr;
use crate::object::{alloc, PyRef};
use crate::objects::exception::ExceptionData;
use crate::objects::generator::{
    CoroWrapperData, GenKind, GenState, GeneratorData, SuspendedFrame,
};
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// `RETURN_GENERATOR`: moves the running frame into a new generator object.
///
/// # Safety
/// `f` is the innermost frame.
pub unsafe fn make_generator(vm: &mut Vm, f: *mut Frame) -> PyResult<Value> {
    let code = (*f).code.clone();
    let n = code.nlocalsplus + code.stacksize;
    let mut storage: Box<[Option<Value>]> = std::iter::repeat_with(|| None).take(n).collect();
    for (i, slot) in storage
        .iter_mut()
        .enumerate()
        .take(code.nlocalsplus + (*f).sp)
    {
        *slot = (*(*f).base.add(i)).take();
    }
    let frame = Frame {
        code: code.clone(),
        func: (*f).func.clone(),
        globals: (*f).globals.clone(),
        builtins: (*f).builtins.clone(),
        locals: (*f).locals.clone(),
        base: storage.as_mut_ptr(),
        sp: (*f).sp,
        pc: (*f).pc,
        lasti: (*f).lasti,
        is_entry: true,
        in_generator: true,
        frame_obj: None,
        data_mark: 0,
    };
    (*f).sp = 0;
    let (kind, ty) = if code.flags & flags::COROUTINE != 0 {
        (GenKind::Coroutine, vm.types.coroutine.clone())
    } else if code.flags & flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, vm.types.async_generator.clone())
    } else {
        (GenKind::Generator, vm.types.generator.clone())
    };
    let (name, qualname) = match &(*f).func {
        Some(func) => (func.name.borrow().clone(), func.qualname.borrow().clone()),
        None => (
            code.name.as_value().clone(),
            code.qualname.as_value().clone(),
        ),
    };
    let g = alloc(
        &ty,
        GeneratorData {
            kind,
            code,
            frame: std::cell::RefCell::new(Some(Box::new(SuspendedFrame { frame, storage }))),
            state: std::cell::Cell::new(GenState::Created),
            name: std::cell::RefCell::new(name),
            qualname: std::cell::RefCell::new(qualname),
            exc_state: std::cell::RefCell::new(None),
            running_async: std::cell::Cell::new(false),
            awaited: std::cell::Cell::new(false),
        },
    );
    Ok(g.into_value())
}

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes `gen` sending `arg`, or raising `exc` at its suspension point.
pub fn resume(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    arg: Value,
    exc: Option<Exc>,
) -> PyResult<SendResult> {
    match gen.state.get() {
        GenState::Running => {
            return Err(vm.value_error(format!("{} already executing", kind_word(gen.kind))));
        }
        GenState::Finished => {
            if gen.kind == GenKind::Coroutine && exc.is_none() {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            if let Some(e) = exc {
                return Err(e);
            }
            return Err(vm.stop_iteration(None));
        }
        GenState::Created => {
            if exc.is_none() && !arg.is_none() {
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind_word(gen.kind)
                )));
            }
        }
        GenState::Suspended => {}
    }
    let Some(sf) = gen.frame.borrow_mut().take() else {
        return Err(vm.stop_iteration(None));
    };
    let SuspendedFrame {
        mut frame,
        mut storage,
    } = *sf;
    frame.base = storage.as_mut_ptr();
    if exc.is_none() {
        // SAFETY: a suspended frame has room for the value it will receive.
        unsafe { *frame.stack_ptr().add(frame.sp) = Some(arg) };
        frame.sp += 1;
    }
    frame.is_entry = true;
    gen.state.set(GenState::Running);
    let saved_exc = gen.exc_state.borrow_mut().take();
    vm.exc_stack.push(saved_exc);
    if vm.depth >= vm.recursion_limit {
        vm.exc_stack.pop();
        gen.state.set(GenState::Suspended);
        *gen.frame.borrow_mut() = Some(Box::new(SuspendedFrame { frame, storage }));
        return Err(vm.new_exception(&vm.exc.RecursionError, "maximum recursion depth exceeded"));
    }
    vm.frames.push(frame);
    vm.depth += 1;
    let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        eval::run_with(vm, exc.map(Unwind::Error))
    });
    let exc_state = vm.exc_stack.pop().flatten();
    match r {
        Ok(v) if vm.yielded => {
            vm.yielded = false;
            let frame = vm.frames.pop().expect("the generator's frame");
            vm.depth -= 1;
            *gen.exc_state.borrow_mut() = exc_state;
            *gen.frame.borrow_mut() = Some(Box::new(SuspendedFrame { frame, storage }));
            gen.state.set(GenState::Suspended);
            Ok(SendResult::Yield(v))
        }
        Ok(v) => {
            gen.state.set(GenState::Finished);
            clear_storage(storage);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            gen.state.set(GenState::Finished);
            clear_storage(storage);
            Err(convert_stop_iteration(vm, gen.kind, e))
        }
    }
}

fn clear_storage(storage: Box<[Option<Value>]>) {
    drop(storage);
}

/// PEP 479: `StopIteration` (and `StopAsyncIteration` in async generators) escaping a
/// generator becomes `RuntimeError`.
fn convert_stop_iteration(vm: &mut Vm, kind: GenKind, e: Exc) -> Exc {
    let stop = vm.exc.StopIteration.clone();
    let astop = vm.exc.StopAsyncIteration.clone();
    let msg = if vm.exc_matches(&e, &stop) {
        format!("{} raised StopIteration", kind_word(kind))
    } else if kind == GenKind::AsyncGenerator && vm.exc_matches(&e, &astop) {
        "async generator raised StopAsyncIteration".to_string()
    } else {
        return e;
    };
    let r = vm.runtime_error(msg);
    *r.data().cause.borrow_mut() = Some(e.0.clone());
    *r.data().context.borrow_mut() = Some(e.0.clone());
    r.data().suppress_context.set(true);
    r
}

/// The object a suspended generator is delegating to (`gi_yieldfrom`).
pub fn yield_from_target(gen: &GeneratorData) -> Option<Value> {
    let sf = gen.frame.borrow();
    let sf = sf.as_ref()?;
    if gen.state.get() != GenState::Suspended {
        return None;
    }
    let next = Instr(sf.frame.code.instrs.get(sf.frame.pc)?.get());
    if next.op() != Opcode::RESUME as u8 || next.arg() < 2 || sf.frame.sp == 0 {
        return None;
    }
    // SAFETY: sp > 0 and within the window.
    unsafe { (*sf.frame.stack_ptr().add(sf.frame.sp - 1)).clone() }
}

/// `SEND`: one step of `yield from`/`await` on `receiver`.
pub fn send(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if let Some(g) = receiver.downcast_ref::<GeneratorData>() {
        return match resume(vm, &g, v, None) {
            Err(e) if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => {
                Ok(SendResult::Return(stop_iteration_value(&e)))
            }
            r => r,
        };
    }
    let r = if v.is_none() {
        match vm.next(receiver) {
            Ok(Some(y)) => return Ok(SendResult::Yield(y)),
            Ok(None) => return Ok(SendResult::Return(Value::NONE)),
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(receiver, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yield(y)),
        Err(e) if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => {
            Ok(SendResult::Return(stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

pub fn stop_iteration_value(e: &Exc) -> Value {
    let d = e.data();
    if let Some(v) = d.field(0) {
        return v;
    }
    d.args
        .borrow()
        .downcast::<crate::objects::tuple::TupleData>()
        .and_then(|t| t.items().first().cloned())
        .unwrap_or(Value::NONE)
}

/// `gen.send(v)` as Python calls it: a return becomes StopIteration(value).
pub fn gen_send(vm: &mut Vm, gen: &PyRef<GeneratorData>, v: Value) -> PyResult<Value> {
    match resume(vm, gen, v, None)? {
        SendResult::Yield(y) => Ok(y),
        SendResult::Return(r) => Err(stop_with_value(vm, gen.kind, r)),
    }
}

fn stop_with_value(vm: &Vm, kind: GenKind, r: Value) -> Exc {
    if kind == GenKind::AsyncGenerator {
        return vm.new_exception_args(&vm.exc.StopAsyncIteration, vec![]);
    }
    if r.is_none() {
        vm.stop_iteration(None)
    } else {
        vm.stop_iteration(Some(r))
    }
}

/// `gen.throw(exc)`, delegating to a sub-iterator first when suspended in `yield from`.
pub fn gen_throw(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    exc: Exc,
    close_on_genexit: bool,
) -> PyResult<Value> {
    if let Some(yf) = yield_from_target(gen) {
        let is_genexit = vm.exc_matches(&exc, &vm.exc.GeneratorExit.clone());
        let delegated: Option<PyResult<Value>> = if is_genexit && close_on_genexit {
            gen.state.set(GenState::Running);
            let r = close_iter(vm, &yf);
            gen.state.set(GenState::Suspended);
            match r {
                Ok(()) => None,
                Err(e) => return throw_here(vm, gen, e),
            }
        } else if let Some(sub) = yf.downcast_ref::<GeneratorData>() {
            gen.state.set(GenState::Running);
            let r = gen_throw(vm, &sub, exc.clone(), close_on_genexit);
            gen.state.set(GenState::Suspended);
            Some(r)
        } else {
            let name = vm.intern("throw");
            match vm.getattr_opt(&yf, &name)? {
                Some(m) => {
                    gen.state.set(GenState::Running);
                    let tb = exc.data().traceback.borrow().clone().unwrap_or(Value::NONE);
                    let ty = vm.type_of(&exc.0).into_value();
                    let r = vm.call(&m, Args::positional(&[ty, exc.0.clone(), tb]));
                    gen.state.set(GenState::Suspended);
                    Some(r)
                }
                None => None,
            }
        };
        match delegated {
            None => return throw_here(vm, gen, exc),
            Some(Ok(y)) => return Ok(y),
            Some(Err(e)) => {
                // The sub-iterator finished (StopIteration carries the `yield from` value) or
                // failed: leave the SEND loop and continue in this generator.
                let stop = vm.exc.StopIteration.clone();
                let finished = vm.exc_matches(&e, &stop);
                {
                    let mut guard = gen.frame.borrow_mut();
                    let Some(sf) = guard.as_mut() else {
                        return Err(e);
                    };
                    // SAFETY: the delegate is on top of the suspended stack (checked above).
                    unsafe {
                        sf.frame.base = sf.storage.as_mut_ptr();
                        sf.frame.sp -= 1;
                        *sf.frame.stack_ptr().add(sf.frame.sp) = None;
                    }
                    if finished {
                        // Leave the SEND loop with the `yield from` value on the stack, as
                        // SEND does when its sub-iterator returns; the SEND that started the
                        // loop sits two units before the RESUME.
                        let send_pc = sf.frame.pc.saturating_sub(2);
                        let send = Instr(sf.frame.code.instrs[send_pc].get());
                        let v = stop_iteration_value(&e);
                        unsafe {
                            *sf.frame.stack_ptr().add(sf.frame.sp) = Some(v);
                        }
                        sf.frame.sp += 1;
                        sf.frame.pc = send.arg() as usize;
                    }
                }
                if finished {
                    return resume_no_value(vm, gen);
                }
                return throw_here(vm, gen, e);
            }
        }
    }
    throw_here(vm, gen, exc)
}

fn throw_here(vm: &mut Vm, gen: &PyRef<GeneratorData>, exc: Exc) -> PyResult<Value> {
    if gen.state.get() == GenState::Created {
        // Never started: it finishes at once and the exception propagates.
        gen.state.set(GenState::Finished);
        let old = gen.frame.borrow_mut().take();
        drop(old);
        return Err(exc);
    }
    match resume(vm, gen, Value::NONE, Some(exc))? {
        SendResult::Yield(y) => Ok(y),
        SendResult::Return(r) => Err(stop_with_value(vm, gen.kind, r)),
    }
}

/// Resumes a generator whose stack is already set up (after a delegate finished in `throw`).
fn resume_no_value(vm: &mut Vm, gen: &PyRef<GeneratorData>) -> PyResult<Value> {
    // `resume` pushes the sent value; pre-pop one slot so that the push restores the value
    // we placed. Simplest: take the value back off and send it.
    let v = {
        let mut sf = gen.frame.borrow_mut();
        let sf = sf.as_mut().expect("suspended frame");
        sf.frame.sp -= 1;
        // SAFETY: we just placed it.
        unsafe { (*sf.frame.base.add(sf.frame.code.nlocalsplus + sf.frame.sp)).take() }
    };
    match resume(vm, gen, v.unwrap_or(Value::NONE), None)? {
        SendResult::Yield(y) => Ok(y),
        SendResult::Return(r) => Err(stop_with_value(vm, gen.kind, r)),
    }
}

fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    if let Some(g) = yf.downcast_ref::<GeneratorData>() {
        return gen_close(vm, &g).map(|_| ());
    }
    let name = vm.intern("close");
    if let Some(m) = vm.getattr_opt(yf, &name)? {
        vm.call0(&m)?;
    }
    Ok(())
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, gen: &PyRef<GeneratorData>) -> PyResult<Value> {
    match gen.state.get() {
        GenState::Created => {
            gen.state.set(GenState::Finished);
            let old = gen.frame.borrow_mut().take();
            drop(old);
            return Ok(Value::NONE);
        }
        GenState::Finished => return Ok(Value::NONE),
        _ => {}
    }
    let exit = vm.new_exception_args(&vm.exc.GeneratorExit.clone(), vec![]);
    match gen_throw(vm, gen, exit, true) {
        Ok(_) => Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_word(gen.kind)))),
        Err(e)
            if vm.exc_matches(&e, &vm.exc.GeneratorExit.clone())
                || vm.exc_matches(&e, &vm.exc.StopIteration.clone()) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

/// `GET_AWAITABLE`: the iterator `await x` runs.
pub fn get_awaitable(vm: &mut Vm, v: Value, where_: u32) -> PyResult<Value> {
    if let Some(g) = v.downcast::<GeneratorData>() {
        if g.kind == GenKind::Coroutine {
            if yield_from_target(g).is_some() {
                return Err(vm.runtime_error("coroutine is being awaited already"));
            }
            return Ok(v);
        }
        if g.code.flags & flags::ITERABLE_COROUTINE != 0 {
            return Ok(v);
        }
    }
    let name = vm.names.__await__.clone();
    let Some(m) = vm.lookup_special(&v, &name)? else {
        let msg = match where_ {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                vm.type_name(&v)
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                vm.type_name(&v)
            ),
            _ => format!("object {} can't be used in 'await' expression", vm.type_name(&v)),
        };
        return Err(vm.type_error(msg));
    };
    let it = vm.call0(&m)?;
    if let Some(g) = it.downcast::<GeneratorData>() {
        if g.kind == GenKind::Coroutine {
            return Err(vm.type_error("__await__() returned a coroutine"));
        }
    }
    if vm.type_data_of(&it).slots.iternext.get().is_none() {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

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

pub fn get_anext(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    if let Some(g) = it.downcast_ref::<GeneratorData>() {
        if g.kind == GenKind::AsyncGenerator {
            return crate::builtin_impls::asyncgen::asend(vm, &g, Value::NONE);
        }
    }
    let name = vm.names.__anext__.clone();
    let Some(m) = vm.lookup_special(it, &name)? else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(it)
        )));
    };
    let aw = vm.call0(&m)?;
    get_awaitable(vm, aw, 0).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.TypeError.clone()) {
            vm.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                vm.type_name(&e.0)
            ))
        } else {
            e
        }
    })
}

pub fn async_gen_wrap(vm: &mut Vm, v: Value) -> Value {
    crate::builtin_impls::asyncgen::wrap_value(vm, v)
}

/// `coroutine.__await__()`.
pub fn coro_await(vm: &mut Vm, coro: Value) -> Value {
    alloc(&vm.types.coroutine_wrapper, CoroWrapperData { coro }).into_value()
}

pub fn _unused(_: &ExceptionData) {}
