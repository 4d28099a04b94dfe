//! Running generators, coroutines and async generators, as CPython 3.11's genobject.c does:
//! creation at `RETURN_GENERATOR`, resumption, `throw` (delegated to the `yield from`/`await`
//! target first), `close`, and PEP 479's conversion of a leaking StopIteration.

use std::cell::{Cell, RefCell};

use bytecode::code::flags;
use bytecode::opcode::Opcode;

use crate::interp::eval::{self, Unwind};
use crate::interp::frame::Frame;
use crate::interp::instr::Instr;
use crate::object::{alloc, PyRef};
use crate::objects::exception::ExceptionData;
use crate::objects::generator::{GenKind, GenState, GeneratorData, SuspendedFrame};
use crate::objects::native::Args;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// `PySendResult` without the error case: the frame yielded, or returned.
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
        inline_gen: false,
        frame_obj: None,
        data_mark: 0,
        init_self: None,
        kwnames: None,
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
            frame: RefCell::new(Some(SuspendedFrame {
                frame: Some(Box::new(frame)),
                storage,
            })),
            state: Cell::new(GenState::Created),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            exc_state: RefCell::new(None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            finalizer: RefCell::new(None),
            hooks_inited: Cell::new(false),
            running_base: Cell::new(std::ptr::null_mut()),
        },
    );
    Ok(g.into_value())
}

pub fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// `gen_send_ex2`: resumes `gen` sending `arg`, or raising `exc` at its suspension point.
/// `closing` (from `close()`) keeps an exhausted coroutine silent.
pub fn resume(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    arg: Value,
    exc: Option<Exc>,
    closing: bool,
) -> PyResult<SendResult> {
    match gen.state.get() {
        GenState::Created if exc.is_none() && !arg.is_none() => {
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {}",
                kind_word(gen.kind)
            )));
        }
        GenState::Running => {
            return Err(vm.value_error(format!("{} already executing", kind_word(gen.kind))));
        }
        GenState::Finished => {
            if gen.kind == GenKind::Coroutine && !closing {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            return match exc {
                Some(e) => Err(e),
                None => Ok(SendResult::Return(Value::NONE)),
            };
        }
        _ => {}
    }
    let taken = match gen.frame.borrow_mut().as_mut() {
        Some(sf) => sf.frame.take(),
        None => None,
    };
    let Some(mut frame) = taken else {
        return Ok(SendResult::Return(Value::NONE));
    };
    if exc.is_none() {
        // A fresh frame pops this None right after RETURN_GENERATOR.
        // SAFETY: a suspended frame has room for the value it will receive.
        unsafe { *frame.stack_ptr().add(frame.sp) = Some(arg) };
        frame.sp += 1;
    }
    frame.is_entry = true;
    frame.inline_gen = false;
    if vm.depth >= vm.recursion_limit {
        put_back(gen, frame);
        return Err(vm.new_exception(&vm.exc.RecursionError, "maximum recursion depth exceeded"));
    }
    start_running(vm, gen, frame);
    let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        eval::run_with(vm, exc.map(Unwind::Error))
    });
    let exc_state = vm.exc_stack.pop().flatten();
    gen.running_base.set(std::ptr::null_mut());
    match r {
        Ok(v) if vm.yielded => {
            vm.yielded = false;
            suspend(vm, gen, exc_state);
            Ok(SendResult::Yield(v))
        }
        Ok(v) => {
            gen.state.set(GenState::Finished);
            release_storage(gen);
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            gen.state.set(GenState::Finished);
            release_storage(gen);
            Err(convert_stop_iteration(vm, gen.kind, e))
        }
    }
}

/// The generator's frame goes on the frame stack and runs; the exception it was handling
/// when it last yielded becomes the current one.
#[inline(always)]
fn start_running(vm: &mut Vm, gen: &GeneratorData, frame: Box<Frame>) {
    gen.state.set(GenState::Running);
    gen.running_base.set(frame.base);
    let saved_exc = gen.exc_state.borrow_mut().take();
    vm.exc_stack.push(saved_exc);
    vm.frames.push_box(frame);
    vm.depth += 1;
}

/// The innermost frame, the generator's, yielded: it goes back into the generator with
/// `exc_state`, the exception it is handling.
#[inline(always)]
fn suspend(vm: &mut Vm, gen: &GeneratorData, exc_state: Option<Value>) {
    let frame = vm.frames.pop_box().expect("the generator's frame");
    vm.depth -= 1;
    if let Some(fo) = &frame.frame_obj {
        if let Some(d) = fo.downcast::<crate::objects::frame_object::FrameData>() {
            d.lasti.set(frame.lasti);
        }
    }
    *gen.exc_state.borrow_mut() = exc_state;
    gen.running_base.set(std::ptr::null_mut());
    put_back(gen, frame);
    gen.state.set(GenState::Suspended);
}

/// Returns a suspended frame to its generator.
fn put_back(gen: &GeneratorData, frame: Box<Frame>) {
    if let Some(sf) = gen.frame.borrow_mut().as_mut() {
        sf.frame = Some(frame);
    }
}

/// A generator that finished lets go of its frame's values.
fn release_storage(gen: &GeneratorData) {
    let old = gen.frame.borrow_mut().take();
    drop(old);
}

/// `FOR_ITER_GEN` and `SEND`: resumes the generator or coroutine `gen` (the top of the
/// caller's stack), sending `sent`, in the dispatch loop that runs its caller, as a frame
/// pushed on top of it. Gives `sent` back, with nothing changed, when it cannot: the
/// generator is neither suspended nor new (or new and sent something other than None), or
/// the recursion limit is reached; the generic instruction then reports what is wrong.
///
/// # Safety
/// The caller's frame is the innermost one, its `pc` and `sp` synced, stopped after the
/// `FOR_ITER` or `SEND` with the generator at the top of its stack.
pub unsafe fn resume_inline(vm: &mut Vm, gen: &GeneratorData, sent: Value) -> Result<(), Value> {
    let fits = match gen.state.get() {
        GenState::Created => sent.is_none(),
        GenState::Suspended => true,
        _ => false,
    };
    if !fits || vm.depth >= vm.recursion_limit {
        return Err(sent);
    }
    let taken = match gen.frame.borrow_mut().as_mut() {
        Some(sf) => sf.frame.take(),
        None => None,
    };
    let Some(mut frame) = taken else {
        return Err(sent);
    };
    // Popped by the POP_TOP after RETURN_GENERATOR, or the value of the `yield` expression.
    *frame.stack_ptr().add(frame.sp) = Some(sent);
    frame.sp += 1;
    frame.is_entry = false;
    frame.inline_gen = true;
    start_running(vm, gen, frame);
    Ok(())
}

/// The generator at the top of the stack of the frame under an inline generator frame.
///
/// # Safety
/// The innermost frame is the caller of an inline generator frame (just popped).
unsafe fn inline_caller_generator(vm: &mut Vm) -> (*mut Frame, PyRef<GeneratorData>) {
    let caller = vm.frames.top_ptr();
    (caller, generator_on_top(caller))
}

/// The generator at the top of `caller`'s stack.
///
/// # Safety
/// `caller` is a live frame that runs an inline generator frame.
#[inline(always)]
unsafe fn generator_on_top(caller: *mut Frame) -> PyRef<GeneratorData> {
    let slot = &*(*caller).stack_ptr().add((*caller).sp - 1);
    slot.as_ref()
        .and_then(|v| v.downcast_ref::<GeneratorData>())
        .expect("the generator an inline frame runs for, at its caller's top of stack")
}

/// `YIELD_VALUE` in an inline generator frame (the innermost, `pc` and `sp` synced): the
/// frame goes back into its generator and `v` onto the caller's stack, which carries on
/// after its `FOR_ITER` or `SEND`.
///
/// # Safety
/// The innermost frame has `inline_gen` set.
pub unsafe fn yield_inline(vm: &mut Vm, v: Value) {
    let caller: *mut Frame = vm
        .frames
        .get_mut(vm.frames.len() - 2)
        .expect("the caller of an inline generator frame");
    let gen = generator_on_top(caller);
    let exc_state = vm.exc_stack.pop().flatten();
    suspend(vm, &gen, exc_state);
    *(*caller).stack_ptr().add((*caller).sp) = Some(v);
    (*caller).sp += 1;
}

/// An inline generator frame returned `returned` and was popped: the generator finishes and
/// leaves the caller's stack. After a `FOR_ITER` the loop ends (the value is dropped); after
/// a `SEND` the value takes the generator's place. Either way the caller continues at the
/// instruction's target.
///
/// # Safety
/// The innermost frame is the caller of the inline generator frame just popped.
pub unsafe fn return_inline(vm: &mut Vm, returned: Value) {
    let (caller, _) = finish_inline(vm);
    // The caller stopped after its FOR_ITER or SEND, whose argument is where it goes now.
    let resumed_by = Instr(crate::interp::eval::code_of(caller).instrs[(*caller).pc - 1].get());
    let slot = (*caller).stack_ptr().add((*caller).sp - 1);
    let it = if crate::interp::specialized::family(resumed_by.op()) == Opcode::SEND as u8 {
        (*slot).replace(returned)
    } else {
        drop(returned);
        (*caller).sp -= 1;
        (*slot).take()
    };
    (*caller).pc = resumed_by.arg() as usize;
    drop(it);
}

/// An exception left an inline generator frame, which was popped: the generator finishes,
/// and the exception comes back converted as PEP 479 says, for the caller to handle.
///
/// # Safety
/// As for `return_inline`.
pub unsafe fn raise_inline(vm: &mut Vm, raised: Exc) -> Exc {
    let (_, gen) = finish_inline(vm);
    convert_stop_iteration(vm, gen.kind, raised)
}

/// The part of an inline generator's end that returning and raising share: the generator
/// is finished and lets go of its storage and exception state.
unsafe fn finish_inline(vm: &mut Vm) -> (*mut Frame, PyRef<GeneratorData>) {
    let (caller, gen) = inline_caller_generator(vm);
    let _ = vm.exc_stack.pop();
    gen.running_base.set(std::ptr::null_mut());
    gen.state.set(GenState::Finished);
    release_storage(&gen);
    (caller, gen)
}

/// `gen_send_ex`: `resume`, with a return turned into the exception that signals it.
pub fn send_ex(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    arg: Value,
    exc: Option<Exc>,
    closing: bool,
) -> PyResult<Value> {
    match resume(vm, gen, arg, exc, closing)? {
        SendResult::Yield(y) => Ok(y),
        SendResult::Return(r) => Err(return_exception(vm, gen.kind, r)),
    }
}

fn return_exception(vm: &Vm, kind: GenKind, r: Value) -> Exc {
    if kind == GenKind::AsyncGenerator {
        return vm.new_exception_args(&vm.exc.StopAsyncIteration, vec![]);
    }
    stop_iteration_with(vm, r)
}

/// `_PyGen_SetStopIterationValue`: `StopIteration()` for None, `StopIteration(v)` otherwise.
pub fn stop_iteration_with(vm: &Vm, v: Value) -> Exc {
    if v.is_none() {
        vm.stop_iteration(None)
    } else {
        vm.stop_iteration(Some(v))
    }
}

/// `_PyErr_FormatFromCause`: `new` is raised from `cause`.
pub fn chain_from_cause(new: &Exc, cause: &Exc) {
    let d = new.data();
    let old = d.cause.replace(Some(cause.0.clone()));
    drop(old);
    let old = d.context.replace(Some(cause.0.clone()));
    drop(old);
    d.suppress_context.set(true);
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
    chain_from_cause(&r, &e);
    r
}

/// `_PyGen_yf`: the object a suspended generator is delegating to (`gi_yieldfrom`).
pub fn yield_from_target(gen: &GeneratorData) -> Option<Value> {
    if gen.state.get() != GenState::Suspended {
        return None;
    }
    let sf = gen.frame.borrow();
    let sf = sf.as_ref()?;
    let frame = sf.frame.as_ref()?;
    let next = Instr(frame.code.instrs.get(frame.pc)?.get());
    if next.op() != Opcode::RESUME as u8 || next.arg() < 2 || frame.sp == 0 {
        return None;
    }
    // SAFETY: sp > 0 and within the window.
    unsafe {
        (*sf.storage
            .as_ptr()
            .add(frame.code.nlocalsplus + frame.sp - 1))
        .clone()
    }
}

/// A generator or coroutine (not an async generator): `PyGen_CheckExact || PyCoro_CheckExact`.
pub fn as_gen_or_coro(v: &Value) -> Option<PyRef<GeneratorData>> {
    v.downcast_ref::<GeneratorData>()
        .filter(|g| g.kind != GenKind::AsyncGenerator)
}

/// `PyErr_GivenExceptionMatches(typ, cls)` for a class or an instance.
fn given_matches(vm: &Vm, typ: &Value, cls: &crate::object::TypeRef) -> bool {
    if let Some(t) = typ.downcast::<TypeData>() {
        return t.is_subtype(cls);
    }
    typ.downcast::<ExceptionData>().is_some() && vm.type_of(typ).is_subtype_of(cls)
}

/// Runs `f` with `gen` marked as running (so re-entering it fails), then restores its state.
fn while_running<T>(gen: &GeneratorData, f: impl FnOnce() -> T) -> T {
    let state = gen.state.replace(GenState::Running);
    let r = f();
    gen.state.set(state);
    r
}

/// `_gen_throw`: throws `typ`/`val`/`tb`, as the caller passed them, into `gen`: into the
/// object it delegates to first, if any. The exception is normalized only where it is raised.
pub fn throw(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    close_on_genexit: bool,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<Value> {
    if let Some(yf) = yield_from_target(gen) {
        let genexit = vm.exc.GeneratorExit.clone();
        if close_on_genexit && given_matches(vm, typ, &genexit) {
            // Async generators are not closed at once: `aclose()` passes false so their
            // `finally` blocks may still await.
            if let Err(e) = while_running(gen, || close_iter(vm, &yf)) {
                return send_ex(vm, gen, Value::NONE, Some(e), false);
            }
            return throw_here(vm, gen, typ, val, tb);
        }
        let ret = if let Some(sub) = as_gen_or_coro(&yf) {
            while_running(gen, || throw(vm, &sub, close_on_genexit, typ, val, tb))
        } else {
            let name = vm.intern("throw");
            let Some(m) = vm.getattr_opt(&yf, &name)? else {
                return throw_here(vm, gen, typ, val, tb);
            };
            let mut args = vec![typ.clone()];
            args.extend(val.cloned());
            if val.is_some() {
                args.extend(tb.cloned());
            }
            while_running(gen, || vm.call(&m, Args::positional(&args)))
        };
        return match ret {
            Ok(y) => Ok(y),
            Err(e) => {
                // The delegate is done: take it off the stack and leave the SEND loop, with
                // its return value (StopIteration) or raising its error there.
                leave_send_loop(gen);
                if vm.exc_matches(&e, &vm.exc.StopIteration.clone()) {
                    let v = stop_iteration_value(&e);
                    send_ex(vm, gen, v, None, false)
                } else {
                    send_ex(vm, gen, Value::NONE, Some(e), false)
                }
            }
        };
    }
    throw_here(vm, gen, typ, val, tb)
}

/// Pops the delegate of a suspended `yield from`/`await` and moves to the SEND's target.
fn leave_send_loop(gen: &GeneratorData) {
    let mut guard = gen.frame.borrow_mut();
    let Some(sf) = guard.as_mut() else { return };
    let Some(f) = sf.frame.as_mut() else { return };
    // Suspended in the loop SEND, YIELD_VALUE, RESUME: `pc` is at the RESUME.
    let (Some(send_pc), true) = (f.pc.checked_sub(2), f.sp > 0) else {
        return;
    };
    let send = Instr(f.code.instrs[send_pc].get());
    let slot = f.code.nlocalsplus + f.sp - 1;
    let old = sf.storage[slot].take();
    drop(old);
    f.sp -= 1;
    f.pc = send.arg() as usize;
    // An error is raised at the instruction before the target, still inside the loop.
    f.lasti = f.pc.saturating_sub(1);
}

/// The `throw_here` part of `_gen_throw`: checks and normalizes the arguments, then raises the
/// exception at the generator's suspension point.
fn throw_here(
    vm: &mut Vm,
    gen: &PyRef<GeneratorData>,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<Value> {
    let exc = normalize_thrown(vm, typ, val, tb)?;
    send_ex(vm, gen, Value::NONE, Some(exc), false)
}

/// The exception `throw(typ[, val[, tb]])` raises, with CPython's checks and messages.
pub fn normalize_thrown(
    vm: &mut Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<Exc> {
    let tb = tb.filter(|t| !t.is_none());
    if let Some(t) = tb {
        if t.downcast::<crate::objects::frame_object::TracebackData>()
            .is_none()
        {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let val = val.filter(|v| !v.is_none());
    let is_exc_class = typ
        .downcast::<TypeData>()
        .is_some_and(|t| t.is_subtype(&vm.exc.BaseException));
    let exc = if is_exc_class {
        match val {
            Some(v) if vm.isinstance(v, typ)? => Exc(v.clone()),
            _ => {
                let args = match val {
                    None => vec![],
                    Some(v) => match v.downcast::<crate::objects::tuple::TupleData>() {
                        Some(t) => t.items().to_vec(),
                        None => vec![v.clone()],
                    },
                };
                let inst = vm.call(typ, Args::positional(&args))?;
                if inst.downcast::<ExceptionData>().is_none() {
                    let msg = format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr_string(typ)?,
                        vm.type_name(&inst)
                    );
                    return Err(vm.type_error(msg));
                }
                Exc(inst)
            }
        }
    } else if typ.downcast::<ExceptionData>().is_some() {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        Exc(typ.clone())
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if let Some(t) = tb {
        let old = exc.data().traceback.replace(Some(t.clone()));
        drop(old);
    }
    Ok(exc)
}

/// `gen_close_iter`: closes the delegate of a generator being closed.
fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    if let Some(g) = as_gen_or_coro(yf) {
        return close(vm, &g).map(|_| ());
    }
    let name = vm.intern("close");
    match vm.getattr_opt(yf, &name) {
        Ok(Some(m)) => {
            vm.call0(&m)?;
        }
        Ok(None) => {}
        Err(e) => crate::gc::report_unraisable(vm, &e, Some(yf)),
    }
    Ok(())
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, gen: &PyRef<GeneratorData>) -> PyResult<Value> {
    if gen.state.get() == GenState::Created {
        // GeneratorExit raised before the first instruction ends it without a trace.
        gen.state.set(GenState::Finished);
        let old = gen.frame.borrow_mut().take();
        drop(old);
        return Ok(Value::NONE);
    }
    let mut err = None;
    if let Some(yf) = yield_from_target(gen) {
        err = while_running(gen, || close_iter(vm, &yf)).err();
    }
    let exc = err.unwrap_or_else(|| vm.new_exception_args(&vm.exc.GeneratorExit.clone(), vec![]));
    match send_ex(vm, gen, Value::NONE, Some(exc), true) {
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

/// The value a StopIteration carries (`_PyGen_FetchStopIterationValue`).
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

/// `_PyGen_Finalize`: what happens when the last reference to a generator goes away.
pub fn finalize(vm: &mut Vm, gen: &PyRef<GeneratorData>) {
    if gen.state.get() == GenState::Finished {
        return;
    }
    let finalizer = gen.finalizer.borrow().clone();
    if let Some(f) = finalizer.filter(|_| !gen.closed.get()) {
        // An event loop's hook closes the generator its own way (`aclose()` as a task).
        if let Err(e) = vm.call1(&f, gen.as_value().clone()) {
            crate::gc::report_unraisable(vm, &e, Some(gen.as_value()));
        }
        return;
    }
    match gen.state.get() {
        GenState::Finished => {}
        GenState::Created if gen.code.flags & flags::COROUTINE != 0 => {
            let q = gen.qualname.borrow().clone();
            let q = vm.str_string(&q).unwrap_or_default();
            crate::modules::warnings::warn_unawaited_coroutine(vm, &q);
        }
        _ => {
            if let Err(e) = close(vm, gen) {
                crate::gc::report_unraisable(vm, &e, Some(gen.as_value()));
            }
        }
    }
}
