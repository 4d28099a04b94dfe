//! The dispatch loop.
//!
//! `run` executes the innermost frame and every Python frame it calls, pushing and popping
//! frames on `Vm::frames` without recursing in Rust, until the frame that was on top when it
//! started (an *entry* frame) returns or yields. Native code that calls Python (a `__eq__`
//! from a dict lookup, `sorted(key=...)`) pushes an entry frame and calls `run` again.
//!
//! The loop keeps the frame's instruction index and stack top in locals and calls one handler
//! function per instruction (`handlers.rs`, or `step` for the rest); they are written back to
//! the frame before anything that can look at it (a call, an error, a frame switch), and the
//! instruction index is stored as `lasti` before each instruction so tracebacks and frame
//! objects always see where the frame is.

use bytecode::code::local_kind;
use bytecode::opcode::Opcode as Op;

use crate::interp::frame::Frame;
use crate::interp::handlers;
use crate::interp::helpers as h;
use crate::interp::instr::{Instr, COUNTER_OFF};
use crate::interp::specialize;
use crate::interp::specialized as sp;
use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::{CellData, FunctionData};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::UnaryOp;
use crate::value::{release, Value};
use crate::vm::{Exc, PyResult, Vm};

/// How an error reached the unwinder: a new error gets a traceback entry for this frame, a
/// re-raise (`RERAISE`, an exception coming back from a callee already recorded) does not.
pub enum Unwind {
    Error(Exc),
    Reraise(Exc),
}

/// What a NULL stack slot reads as where a value is expected (the verifier rules it out).
static NONE_VALUE: Value = Value::NONE;

macro_rules! ops {
    ($($name:ident),* $(,)?) => { $(const $name: u8 = Op::$name as u8;)* };
}
ops!(
    UNARY_POSITIVE,
    UNARY_NEGATIVE,
    UNARY_INVERT,
    BINARY_SUBSCR,
    GET_LEN,
    MATCH_MAPPING,
    MATCH_SEQUENCE,
    MATCH_KEYS,
    CHECK_EG_MATCH,
    WITH_EXCEPT_START,
    GET_AITER,
    GET_ANEXT,
    BEFORE_ASYNC_WITH,
    BEFORE_WITH,
    END_ASYNC_FOR,
    STORE_SUBSCR,
    DELETE_SUBSCR,
    GET_YIELD_FROM_ITER,
    PRINT_EXPR,
    LOAD_BUILD_CLASS,
    LOAD_ASSERTION_ERROR,
    RETURN_GENERATOR,
    LIST_TO_TUPLE,
    IMPORT_STAR,
    SETUP_ANNOTATIONS,
    ASYNC_GEN_WRAP,
    PREP_RERAISE_STAR,
    STORE_NAME,
    DELETE_NAME,
    UNPACK_SEQUENCE,
    FOR_ITER,
    UNPACK_EX,
    STORE_ATTR,
    DELETE_ATTR,
    STORE_GLOBAL,
    DELETE_GLOBAL,
    LOAD_NAME,
    BUILD_SET,
    BUILD_MAP,
    LOAD_ATTR,
    COMPARE_OP,
    IMPORT_NAME,
    IMPORT_FROM,
    JUMP_IF_FALSE_OR_POP,
    JUMP_IF_TRUE_OR_POP,
    LOAD_GLOBAL,
    CONTAINS_OP,
    RERAISE,
    BINARY_OP,
    SEND,
    DELETE_FAST,
    RAISE_VARARGS,
    GET_AWAITABLE,
    MAKE_FUNCTION,
    MAKE_CELL,
    DELETE_DEREF,
    CALL_FUNCTION_EX,
    MAP_ADD,
    LOAD_CLASSDEREF,
    MATCH_CLASS,
    FORMAT_VALUE,
    BUILD_CONST_KEY_MAP,
    BUILD_STRING,
    LOAD_METHOD,
    LIST_EXTEND,
    SET_UPDATE,
    DICT_MERGE,
    DICT_UPDATE,
    CALL,
);

/// Runs from the innermost frame until the entry frame returns (or yields: `vm.yielded`).
pub fn run(vm: &mut Vm) -> PyResult<Value> {
    run_with(vm, None)
}

/// `run`, starting by raising `pending` in the innermost frame (`generator.throw`).
pub fn run_with(vm: &mut Vm, mut pending: Option<Unwind>) -> PyResult<Value> {
    vm.yielded = false;
    loop {
        let f: *mut Frame = vm.frames.top_ptr();
        let outcome = match pending.take() {
            Some(u) => Err(u),
            // Two copies of the loop, so the common one has no per-instruction test for
            // `-X opcode_counts`.
            None if vm.opcode_counts.is_some() => unsafe { dispatch::<true>(vm, f) },
            None => unsafe { dispatch::<false>(vm, f) },
        };
        match outcome {
            Ok(Exit::Return(v)) => {
                if unsafe { (*vm.frames.top_ptr()).inline_gen } {
                    // A generator run inline by FOR_ITER_GEN or SEND ended: its value goes to
                    // the SEND (a `for` loop drops it), and the caller jumps on.
                    pop_frame(vm);
                    unsafe { crate::interp::generator::return_inline(vm, v) };
                    continue;
                }
                let init_self = unsafe { (*vm.frames.top_ptr()).init_self.take() };
                if pop_frame(vm) {
                    return Ok(v);
                }
                // The `__init__` of a `CALL_PY_CLASS`: the call's value is the instance.
                let v = match init_self {
                    None => v,
                    Some(_) if !v.is_none() => {
                        let msg =
                            format!("__init__() should return None, not '{}'", vm.type_name(&v));
                        pending = Some(Unwind::Error(vm.type_error(msg)));
                        continue;
                    }
                    Some(obj) => obj,
                };
                // Push the result on the caller's stack.
                let caller = vm.frames.top_ptr();
                unsafe {
                    *(*caller).stack_ptr().add((*caller).sp) = Some(v);
                    (*caller).sp += 1;
                }
            }
            Ok(Exit::Yield(v)) => {
                // The generator machinery (see generator.rs) takes the frame off the stack.
                vm.yielded = true;
                return Ok(v);
            }
            Err(u) => {
                let (exc, new) = match u {
                    Unwind::Error(e) => (e, true),
                    Unwind::Reraise(e) => (e, false),
                };
                if new {
                    crate::traceback::add_traceback_entry(vm, &exc);
                }
                // The frame that raised: dispatch may have switched frames since it began.
                let f = vm.frames.top_ptr();
                if unsafe { find_handler(vm, f, &exc) } {
                    continue;
                }
                let inline_gen = unsafe { (*f).inline_gen };
                if pop_frame(vm) {
                    return Err(exc);
                }
                // An exception leaving a generator that FOR_ITER_GEN runs ends it and goes
                // on (PEP 479 applied) in the frame of the loop.
                let exc = match inline_gen {
                    true => unsafe { crate::interp::generator::raise_inline(vm, exc) },
                    false => exc,
                };
                pending = Some(Unwind::Error(exc));
            }
        }
    }
}

/// What made `dispatch` return.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Removes the innermost frame, releasing its values; returns whether it was an entry frame.
/// (The frame is dropped where it lies: moving the whole struct out cost more than the rest.)
pub fn pop_frame(vm: &mut Vm) -> bool {
    let f: *mut Frame = vm.frames.top_ptr();
    // SAFETY: `f` is the live innermost frame until `drop_top` below.
    let (is_entry, lasti, frame_obj) = unsafe {
        let frame = &mut *f;
        if !frame.in_generator {
            let n = frame.code.nlocalsplus + frame.sp;
            for i in 0..n {
                // SAFETY: the window holds nlocalsplus + stacksize slots; sp <= stacksize.
                release((*frame.base.add(i)).take());
            }
            vm.data_stack.pop(frame.data_mark);
        }
        (frame.is_entry, frame.lasti, frame.frame_obj.take())
    };
    vm.frames.drop_top();
    if let Some(fo) = frame_obj {
        if let Some(d) = fo.downcast::<crate::objects::frame_object::FrameData>() {
            d.lasti.set(lasti);
            d.finished.set(true);
            // A frame object that outlives its frame keeps its caller, as CPython's
            // take_ownership does; one nobody else holds needs no caller.
            let shared = fo.header().is_some_and(|h| h.refcount() > 1);
            if shared && d.back.borrow().is_none() && !vm.frames.is_empty() {
                let top = vm.frames.len() - 1;
                let back = crate::traceback::frame_object_at(vm, top);
                *d.back.borrow_mut() = Some(back);
            }
        }
    }
    vm.depth = vm.depth.saturating_sub(1);
    is_entry
}

/// Looks for a handler of the current frame covering `lasti`; sets up the stack and jumps
/// there if found.
unsafe fn find_handler(vm: &mut Vm, f: *mut Frame, exc: &Exc) -> bool {
    let code: &CodeData = &(*f).code;
    // The handler covering the instruction that raised. (`lasti` may differ after a
    // RERAISE that restored the original raise position for the traceback.)
    let here = (*f).pc.saturating_sub(1);
    let Some(entry) = code.handler_for(here).copied() else {
        return false;
    };
    let stack = (*f).stack_ptr();
    let depth = entry.depth as usize;
    while (*f).sp > depth {
        (*f).sp -= 1;
        *stack.add((*f).sp) = None;
    }
    if entry.lasti {
        *stack.add((*f).sp) = Some(Value::small_int_unchecked((*f).lasti as i64));
        (*f).sp += 1;
    }
    *stack.add((*f).sp) = Some(exc.0.clone());
    (*f).sp += 1;
    (*f).pc = (entry.target / 2) as usize;
    let _ = vm;
    true
}

/// What an instruction handler returns: the index of the next instruction and the new top
/// of the value stack, or `EXIT` for the index when the dispatch loop must return (with
/// `Vm::dispatch_exit`, which the handler set).
pub(super) type Next = (usize, *mut Option<Value>);

/// The instruction index that makes the dispatch loop return.
pub(super) const EXIT: usize = usize::MAX;

/// The instruction index that makes the dispatch loop carry on with whatever frame is now
/// innermost (a Python call pushed one, or a return popped one).
pub(super) const SWITCH: usize = usize::MAX - 1;

/// An instruction handler: `pc` is the index after the instruction (`instr`), `top` the
/// first free stack slot.
pub(super) type Handler = unsafe fn(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const std::cell::Cell<u64>,
    pc: usize,
    top: *mut Option<Value>,
    instr: Instr,
) -> Next;

/// Executes instructions from frame `f` on, through the Python calls and returns it makes,
/// until an entry frame returns, a frame yields, or an error needs unwinding.
///
/// The loop holds only the instruction index and the stack top; each instruction's work is a
/// handler function (`handlers::HANDLERS`), so that every handler is compiled on its own and
/// keeps the state it needs in registers.
///
/// # Safety
/// `f` is the innermost frame of `vm.frames`, and its code passed the verifier (every index
/// and the stack depth are in bounds).
unsafe fn dispatch<const COUNTING: bool>(vm: &mut Vm, f: *mut Frame) -> Result<Exit, Unwind> {
    let mut f = f;
    let mut instrs = code_of(f).instrs.as_ptr();
    let mut pc = (*f).pc;
    let mut top = (*f).stack_ptr().add((*f).sp);
    // It lives as long as the VM (boxed).
    let pending: *const std::cell::Cell<bool> = &vm.heap.pending;
    loop {
        if (*pending).get() {
            handlers::sync(f, pc, top);
            if let Err(e) = crate::gc::run_pending(vm) {
                return Err(Unwind::Error(e));
            }
        }
        let instr = Instr((*instrs.add(pc)).get());
        (*f).lasti = pc;
        if COUNTING {
            if let Some(c) = vm.opcode_counts.as_mut() {
                c[instr.op() as usize] += 1;
            }
        }
        let handler = handlers::HANDLERS[instr.op() as usize];
        let (next, t) = handler(vm, f, instrs, pc + 1, top, instr);
        if next < SWITCH {
            pc = next;
            top = t;
            continue;
        }
        if next == EXIT {
            return vm
                .dispatch_exit
                .take()
                .expect("a handler leaving the dispatch loop says why");
        }
        f = vm.frames.top_ptr();
        instrs = code_of(f).instrs.as_ptr();
        pc = (*f).pc;
        top = (*f).stack_ptr().add((*f).sp);
    }
}

/// The handler of every instruction that has no smaller one of its own in `handlers.rs`, in
/// one match (and the moment of specializing for the adaptive ones that do).
///
/// # Safety
/// As for `dispatch`; `instrs`, `pc` and `top` are the running frame's.
#[allow(clippy::cognitive_complexity, unused_assignments)]
pub(super) unsafe fn step(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const std::cell::Cell<u64>,
    pc: usize,
    top: *mut Option<Value>,
    instr: Instr,
) -> Next {
    let code: *const CodeData = &*(*f).code;
    let locals = (*f).base;
    let stack = (*f).stack_ptr();
    let mut sp = top.offset_from(stack) as usize;
    let mut pc = pc;
    let here = pc - 1;

    // Leaves the dispatch loop with `$r`; the frame's `pc` and `sp` are already written.
    macro_rules! exit {
        ($r:expr) => {{
            vm.dispatch_exit = Some($r);
            return (EXIT, stack.add(sp));
        }};
    }
    macro_rules! push {
        ($v:expr) => {{
            let v: Value = $v;
            *stack.add(sp) = Some(v);
            sp += 1;
        }};
    }
    macro_rules! push_opt {
        ($v:expr) => {{
            *stack.add(sp) = $v;
            sp += 1;
        }};
    }
    macro_rules! pop_opt {
        () => {{
            sp -= 1;
            (*stack.add(sp)).take()
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            match (*stack.add(sp)).take() {
                Some(v) => v,
                None => Value::NONE,
            }
        }};
    }
    macro_rules! peek {
        ($n:expr) => {{
            match &*stack.add(sp - $n) {
                Some(v) => v,
                None => &NONE_VALUE,
            }
        }};
    }
    macro_rules! sync {
        () => {{
            (*f).sp = sp;
            (*f).pc = pc;
        }};
    }
    macro_rules! tri {
        ($e:expr) => {{
            match $e {
                Ok(v) => v,
                Err(e) => {
                    sync!();
                    exit!(Err(Unwind::Error(e)))
                }
            }
        }};
    }
    macro_rules! jump {
        ($t:expr) => {{
            pc = $t as usize;
        }};
    }
    // The top `n` values, bottom first, taken off the stack.
    macro_rules! take_items {
        ($n:expr) => {{
            let n: usize = $n;
            let items: Vec<Value> = (0..n)
                .map(|i| (*stack.add(sp - n + i)).take().unwrap_or(Value::NONE))
                .collect();
            sp -= n;
            items
        }};
    }
    macro_rules! name {
        ($i:expr) => {
            &(*code).names[$i as usize]
        };
    }

    let mut op = instr.op();
    let arg = instr.arg();
    {
        // Whether this is the instruction's first pass through the match: a specialized
        // form whose guard failed comes back round as its base (without counting down
        // again), and so does a base form right after it was specialized.
        let mut fresh = true;
        'op: loop {
            macro_rules! cache {
                ($k:expr) => {
                    (*instrs.add(here + 1 + $k)).get()
                };
            }
            // A guard failed: spend a miss (maybe turning back into the base form) and run
            // the base instruction.
            macro_rules! miss {
                () => {{
                    specialize::miss(vm, &*instrs.add(here));
                    op = sp::family(op);
                    fresh = false;
                    continue 'op;
                }};
            }
            // Count down a base instruction, specializing it (by `$specialize`, which sees
            // the operands) at zero; a new specialized form runs at once.
            macro_rules! adaptive {
                ($specialize:expr) => {{
                    let c = instr.counter();
                    if fresh && c != COUNTER_OFF {
                        if c == 0 {
                            fresh = false;
                            if $specialize {
                                op = Instr((*instrs.add(here)).get()).op();
                                continue 'op;
                            }
                        } else {
                            (*instrs.add(here)).set(instr.with_counter(c - 1).0);
                        }
                    }
                }};
            }
            match op {
                DELETE_FAST => {
                    let old = (*locals.add(arg as usize)).take();
                    if old.is_none() {
                        let e = h::unbound_local(vm, &*code, arg as usize);
                        tri!(Err(e))
                    }
                }
                UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT => {
                    let v = pop!();
                    let uop = match op {
                        UNARY_POSITIVE => UnaryOp::Pos,
                        UNARY_NEGATIVE => UnaryOp::Neg,
                        _ => UnaryOp::Invert,
                    };
                    let r = tri!(vm.unary_op(&v, uop));
                    push!(r);
                }
                BINARY_OP => {
                    adaptive!(specialize::binary_op(vm, &*code, here, peek!(2), peek!(1)));
                    return handlers::binary_op_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                COMPARE_OP => {
                    adaptive!(specialize::compare_op(vm, &*code, here, peek!(2), peek!(1)));
                    return handlers::compare_op_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                CONTAINS_OP => {
                    adaptive!(specialize::contains_op(vm, &*code, here, peek!(1)));
                    return handlers::contains_op_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                BINARY_SUBSCR => {
                    adaptive!(specialize::binary_subscr(
                        vm,
                        &*code,
                        here,
                        peek!(2),
                        peek!(1)
                    ));
                    return handlers::binary_subscr_generic(
                        vm,
                        f,
                        instrs,
                        pc,
                        stack.add(sp),
                        instr,
                    );
                }
                STORE_SUBSCR => {
                    adaptive!(specialize::store_subscr(
                        vm,
                        &*code,
                        here,
                        peek!(2),
                        peek!(1)
                    ));
                    return handlers::store_subscr_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                DELETE_SUBSCR => {
                    let k = pop!();
                    let c = pop!();
                    tri!(vm.delitem(&c, &k));
                }
                GET_LEN => {
                    let n = tri!(vm.len(peek!(1)));
                    push!(vm.new_int(n as i64));
                }
                JUMP_IF_FALSE_OR_POP => {
                    let t = tri!(vm.is_true(peek!(1)));
                    if !t {
                        jump!(arg);
                    } else {
                        drop(pop_opt!());
                    }
                }
                JUMP_IF_TRUE_OR_POP => {
                    let t = tri!(vm.is_true(peek!(1)));
                    if t {
                        jump!(arg);
                    } else {
                        drop(pop_opt!());
                    }
                }
                LOAD_GLOBAL => {
                    adaptive!(specialize::load_global(
                        vm,
                        &*code,
                        here,
                        &(*f).globals,
                        &(*f).builtins
                    ));
                    let name = name!(arg >> 1);
                    let v = match (*f).globals.get_str(name) {
                        Some(v) => v,
                        None => match (*f).builtins.get_str(name) {
                            Some(v) => v,
                            None => tri!(Err(vm.name_error(name.as_str()))),
                        },
                    };
                    if arg & 1 == 1 {
                        push_opt!(None);
                    }
                    push!(v);
                    pc += 5;
                }
                STORE_GLOBAL => {
                    let v = pop!();
                    (*f).globals.set_str(name!(arg), v);
                }
                DELETE_GLOBAL => {
                    let name = name!(arg);
                    if (*f).globals.remove_str(name).is_none() {
                        tri!(Err(vm.name_error(name.as_str())));
                    }
                }
                LOAD_NAME => {
                    let name = name!(arg).clone();
                    let v = tri!(h::load_name(vm, &*f, &name));
                    push!(v);
                }
                STORE_NAME => {
                    let v = pop!();
                    let name = name!(arg).clone();
                    tri!(h::store_name(vm, &*f, &name, Some(v)));
                }
                DELETE_NAME => {
                    let name = name!(arg).clone();
                    tri!(h::store_name(vm, &*f, &name, None));
                }
                LOAD_ATTR => {
                    adaptive!(specialize::load_attr(vm, &*code, here, peek!(1), false));
                    return handlers::load_attr_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                LOAD_METHOD => {
                    adaptive!(specialize::load_attr(vm, &*code, here, peek!(1), true));
                    return handlers::load_method_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                STORE_ATTR => {
                    adaptive!(specialize::store_attr(vm, &*code, here, peek!(1)));
                    return handlers::store_attr_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                DELETE_ATTR => {
                    let obj = pop!();
                    tri!(vm.delattr(&obj, name!(arg)));
                }
                MAKE_CELL => {
                    let init = (*locals.add(arg as usize)).take();
                    let cell = h::new_cell(vm, init);
                    *locals.add(arg as usize) = Some(cell);
                }
                LOAD_CLASSDEREF => {
                    let v = tri!(h::load_classderef(vm, &*f, arg as usize));
                    push!(v);
                }
                DELETE_DEREF => {
                    let old = (*locals.add(arg as usize))
                        .as_ref()
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.value.borrow_mut().take());
                    if old.is_none() {
                        tri!(Err(h::unbound_deref(vm, &*code, arg as usize)));
                    }
                }
                BUILD_SET => {
                    let n = arg as usize;
                    let items = take_items!(n);
                    let s = tri!(h::build_set(vm, items));
                    push!(s);
                }
                BUILD_MAP => {
                    let n = arg as usize;
                    let items: Vec<Value> = (0..2 * n)
                        .map(|i| (*stack.add(sp - 2 * n + i)).take().unwrap_or(Value::NONE))
                        .collect();
                    sp -= 2 * n;
                    let d = tri!(h::build_map(vm, items));
                    push!(d);
                }
                BUILD_CONST_KEY_MAP => {
                    let n = arg as usize;
                    let keys = pop!();
                    let values: Vec<Value> = (0..n)
                        .map(|i| (*stack.add(sp - n + i)).take().unwrap_or(Value::NONE))
                        .collect();
                    sp -= n;
                    let d = tri!(h::build_const_key_map(vm, &keys, values));
                    push!(d);
                }
                BUILD_STRING => {
                    let n = arg as usize;
                    let mut s = String::new();
                    for i in 0..n {
                        if let Some(v) = &*stack.add(sp - n + i) {
                            if let Some(x) = v.downcast::<StrData>() {
                                s.push_str(x.as_str());
                            }
                        }
                    }
                    for i in 0..n {
                        *stack.add(sp - n + i) = None;
                    }
                    sp -= n;
                    push!(vm.new_str(s));
                }
                MAP_ADD => {
                    let v = pop!();
                    let k = pop!();
                    let d = peek!(arg as usize).clone();
                    tri!(h::map_add(vm, &d, k, v));
                }
                LIST_EXTEND => {
                    let it = pop!();
                    let l = peek!(arg as usize).clone();
                    tri!(h::list_extend(vm, &l, &it));
                }
                SET_UPDATE => {
                    let it = pop!();
                    let s = peek!(arg as usize).clone();
                    tri!(h::set_update(vm, &s, &it));
                }
                DICT_UPDATE => {
                    let m = pop!();
                    let d = peek!(arg as usize).clone();
                    tri!(h::dict_update(vm, &d, &m));
                }
                DICT_MERGE => {
                    let m = pop!();
                    let d = peek!(arg as usize).clone();
                    let func = peek!(arg as usize + 2).clone();
                    tri!(h::dict_merge(vm, &d, &m, &func));
                }
                LIST_TO_TUPLE => {
                    let l = pop!();
                    let items = l
                        .downcast::<crate::objects::list::ListData>()
                        .map(|l| l.snapshot())
                        .unwrap_or_default();
                    push!(vm.new_tuple(items));
                }
                UNPACK_SEQUENCE => {
                    adaptive!(specialize::unpack_sequence(vm, &*code, here, peek!(1)));
                    let seq = pop!();
                    let items = tri!(h::unpack(vm, &seq, arg as usize, None));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                    pc += 1;
                }
                UNPACK_EX => {
                    let seq = pop!();
                    let before = (arg & 0xFF) as usize;
                    let after = (arg >> 8) as usize;
                    let items = tri!(h::unpack(vm, &seq, before, Some(after)));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                FOR_ITER => {
                    adaptive!(specialize::for_iter(vm, &*code, here, peek!(1)));
                    return handlers::for_iter_generic(vm, f, instrs, pc, stack.add(sp), instr);
                }
                FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    let r = tri!(h::format_value(vm, v, arg & 3, spec));
                    push!(r);
                }
                CALL => {
                    adaptive!({
                        let argc = arg as usize;
                        let total = argc + usize::from((*stack.add(sp - argc - 2)).is_some());
                        let first = if total > 0 {
                            (*stack.add(sp - total)).as_ref()
                        } else {
                            None
                        };
                        specialize::call(
                            vm,
                            &*code,
                            here,
                            peek!(total + 1),
                            total,
                            first,
                            (*f).kwnames.is_some(),
                        )
                    });
                    pc += 4;
                    let argc = arg as usize;
                    let is_meth = (*stack.add(sp - argc - 2)).is_some();
                    let total = argc + usize::from(is_meth);
                    let callable = (*stack.add(sp - total - 1)).clone().unwrap_or(Value::NONE);
                    let kw = (*f).kwnames.take();
                    let kwslice: &[Value] = match &kw {
                        Some(k) => k.downcast::<TupleData>().map(|t| t.items()).unwrap_or(&[]),
                        None => &[],
                    };
                    // `is_meth` false with a bound method: unpack it so the function is called
                    // with `self` first (as PRECALL does in CPython).
                    let (callable, total) = if is_meth {
                        (callable, total)
                    } else if let Some(m) =
                        callable.downcast::<crate::objects::function::MethodData>()
                    {
                        *stack.add(sp - argc - 2) = Some(m.func.clone());
                        *stack.add(sp - argc - 1) = Some(m.this.clone());
                        (m.func.clone(), argc + 1)
                    } else {
                        (callable, total)
                    };
                    (*f).pc = pc;
                    if tri!(do_call(
                        vm,
                        f,
                        &mut sp,
                        stack,
                        callable,
                        total,
                        argc + 2,
                        kwslice
                    )) {
                        return (SWITCH, stack.add(sp));
                    }
                }
                CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 == 1 { Some(pop!()) } else { None };
                    let callargs = pop!();
                    let func = pop!();
                    drop(pop_opt!());
                    sync!();
                    let r = tri!(h::call_function_ex(vm, &func, &callargs, kwargs.as_ref()));
                    push!(r);
                }
                MAKE_FUNCTION => {
                    let codeobj = pop!();
                    let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let func = h::make_function(
                        vm,
                        &*f,
                        codeobj,
                        defaults,
                        kwdefaults,
                        annotations,
                        closure,
                    );
                    push!(func);
                }
                RETURN_GENERATOR => {
                    sync!();
                    let g = tri!(crate::interp::generator::make_generator(vm, f));
                    // The frame now belongs to the generator; return it to the caller.
                    exit!(Ok(Exit::Return(g)));
                }
                GET_YIELD_FROM_ITER => {
                    let v = pop!();
                    let it = tri!(h::get_yield_from_iter(vm, v, (*code).flags));
                    push!(it);
                }
                SEND => {
                    let v = pop!();
                    let receiver = peek!(1).clone();
                    sync!();
                    match tri!(crate::interp::awaitable::send(vm, &receiver, v)) {
                        crate::interp::generator::SendResult::Yield(y) => push!(y),
                        crate::interp::generator::SendResult::Return(r) => {
                            drop(pop_opt!());
                            push!(r);
                            jump!(arg);
                        }
                    }
                }
                GET_AWAITABLE => {
                    let v = pop!();
                    let it = tri!(crate::interp::awaitable::get_awaitable(vm, v, arg));
                    push!(it);
                }
                GET_AITER => {
                    let v = pop!();
                    let it = tri!(crate::interp::awaitable::get_aiter(vm, v));
                    push!(it);
                }
                GET_ANEXT => {
                    let it = peek!(1).clone();
                    let aw = tri!(crate::interp::awaitable::get_anext(vm, &it));
                    push!(aw);
                }
                ASYNC_GEN_WRAP => {
                    let v = pop!();
                    push!(crate::interp::awaitable::async_gen_wrap(vm, v));
                }
                END_ASYNC_FOR => {
                    let exc = pop!();
                    if vm.is_instance_of(&exc, &vm.exc.StopAsyncIteration.clone()) {
                        drop(pop_opt!());
                    } else {
                        drop(pop_opt!());
                        sync!();
                        exit!(Err(Unwind::Reraise(Exc(exc))));
                    }
                }
                BEFORE_WITH => {
                    let mgr = pop!();
                    let (exit, res) = tri!(h::before_with(vm, &mgr, false));
                    push!(exit);
                    push!(res);
                }
                BEFORE_ASYNC_WITH => {
                    let mgr = pop!();
                    let (exit, res) = tri!(h::before_with(vm, &mgr, true));
                    push!(exit);
                    push!(res);
                }
                WITH_EXCEPT_START => {
                    let exc = peek!(1).clone();
                    let exit = peek!(4).clone();
                    let r = tri!(h::with_except_start(vm, &exit, &exc));
                    push!(r);
                }
                CHECK_EG_MATCH => {
                    let ty = pop!();
                    let exc = pop!();
                    let (rest, m) = tri!(crate::exception_group::check_eg_match(vm, exc, &ty));
                    push!(rest);
                    push!(m);
                }
                PREP_RERAISE_STAR => {
                    let excs = pop!();
                    let orig = pop!();
                    let r = tri!(crate::exception_group::prep_reraise_star(vm, &orig, &excs));
                    push!(r);
                }
                RERAISE => {
                    let exc = pop!();
                    if arg != 0 {
                        if let Some(l) = peek!(arg as usize).as_small_int() {
                            (*f).lasti = l as usize;
                        }
                    }
                    (*f).sp = sp;
                    (*f).pc = pc;
                    exit!(Err(Unwind::Reraise(Exc(exc))));
                }
                RAISE_VARARGS => {
                    let cause = if arg >= 2 { Some(pop!()) } else { None };
                    let exc = if arg >= 1 { Some(pop!()) } else { None };
                    sync!();
                    exit!(Err(h::do_raise(vm, exc, cause)));
                }
                LOAD_ASSERTION_ERROR => push!(vm.exc.AssertionError.as_value().clone()),
                LOAD_BUILD_CLASS => {
                    let v = match (*f).builtins.get_rust_str("__build_class__") {
                        Some(v) => v,
                        None => tri!(Err(
                            vm.new_exception(&vm.exc.NameError, "__build_class__ not found")
                        )),
                    };
                    push!(v);
                }
                SETUP_ANNOTATIONS => tri!(h::setup_annotations(vm, &*f)),
                IMPORT_NAME => {
                    let fromlist = pop!();
                    let level = pop!();
                    sync!();
                    let name = name!(arg).clone();
                    let m = tri!(crate::import::import_name(
                        vm, &*f, &name, &fromlist, &level
                    ));
                    push!(m);
                }
                IMPORT_FROM => {
                    let m = peek!(1).clone();
                    let name = name!(arg).clone();
                    sync!();
                    let v = tri!(crate::import::import_from(vm, &m, &name));
                    push!(v);
                }
                IMPORT_STAR => {
                    let m = pop!();
                    sync!();
                    tri!(crate::import::import_star(vm, &*f, &m));
                }
                PRINT_EXPR => {
                    let v = pop!();
                    sync!();
                    tri!(h::print_expr(vm, v));
                }
                MATCH_MAPPING => {
                    let t = vm
                        .type_data_of(peek!(1))
                        .has_flag(crate::types::type_flags::MAPPING);
                    push!(Value::from_bool(t));
                }
                MATCH_SEQUENCE => {
                    let t = vm
                        .type_data_of(peek!(1))
                        .has_flag(crate::types::type_flags::SEQUENCE);
                    push!(Value::from_bool(t));
                }
                MATCH_KEYS => {
                    let keys = peek!(1).clone();
                    let subject = peek!(2).clone();
                    let r = tri!(crate::interp::matching::match_keys(vm, &subject, &keys));
                    push!(r);
                }
                MATCH_CLASS => {
                    let names = pop!();
                    let ty = pop!();
                    let subject = pop!();
                    let r = tri!(crate::interp::matching::match_class(
                        vm,
                        &subject,
                        &ty,
                        arg as usize,
                        &names
                    ));
                    push!(r);
                }

                // ---- Superinstructions: this instruction and the next, whose word
                // (`second_half!`) is then skipped ----
                // ---- Specialized forms (see specialize.rs for their caches) ----
                sp::LOAD_ATTR_MODULE | sp::LOAD_METHOD_MODULE => {
                    let Some(m) = peek!(1).downcast::<crate::objects::module::ModuleData>() else {
                        miss!()
                    };
                    if !m.dict.keys_unchanged(cache!(0) as u32) {
                        miss!()
                    }
                    let Some(v) = m.dict.value_at(cache!(1) as usize) else {
                        miss!()
                    };
                    if op == sp::LOAD_METHOD_MODULE {
                        drop(pop_opt!());
                        push_opt!(None);
                        push!(v);
                        pc += 10;
                    } else {
                        replace_top(stack, sp, v);
                        pc += 4;
                    }
                }
                sp::LOAD_ATTR_CLASS | sp::LOAD_METHOD_CLASS => {
                    let cls = peek!(1);
                    let Some(t) = cls.downcast::<crate::types::TypeData>() else {
                        miss!()
                    };
                    if t.version.get() as u64 != cache!(0) || !cls.has_type(&vm.types.type_) {
                        miss!()
                    }
                    let v = Value::clone_from_raw(cache!(1));
                    if op == sp::LOAD_METHOD_CLASS {
                        drop(pop_opt!());
                        push_opt!(None);
                        push!(v);
                        pc += 10;
                    } else {
                        replace_top(stack, sp, v);
                        pc += 4;
                    }
                }
                sp::LOAD_ATTR_TYPE_VALUE => {
                    let Some(h) = peek!(1).header() else { miss!() };
                    if h.type_data().version.get() as u64 != cache!(0) {
                        miss!()
                    }
                    if cache!(2) != specialize::NO_DICT {
                        if let Some(d) = instance_dict(h, cache!(2)) {
                            if d.get_str(name!(arg)).is_some() {
                                miss!()
                            }
                        }
                    }
                    replace_top(stack, sp, Value::clone_from_raw(cache!(1)));
                    pc += 4;
                }
                sp::LOAD_ATTR_PROPERTY => {
                    let Some(h) = peek!(1).header() else { miss!() };
                    if h.type_data().version.get() as u64 != cache!(0) {
                        miss!()
                    }
                    // The property is held by the class (its version checked); its getter is read
                    // afresh, since `property.__init__` can replace it.
                    let prop = Value::clone_from_raw(cache!(1));
                    let fget = prop
                        .downcast::<crate::objects::descr::PropertyData>()
                        .and_then(|p| p.fget.borrow().clone());
                    let Some(func) = fget.and_then(|g| g.downcast_ref::<FunctionData>()) else {
                        miss!()
                    };
                    if func.version.get() as u64 != cache!(2) {
                        miss!()
                    }
                    pc += 4;
                    sync!();
                    tri!(crate::interp::call::push_frame_exact(
                        vm,
                        func,
                        stack.add(sp - 1),
                        1
                    ));
                    sp -= 1;
                    (*f).sp = sp;
                    return (SWITCH, stack.add(sp));
                }
                // An instruction with a handler of its own, reached here when the adaptive
                // form just specialized into it.
                _ if handlers::has_handler(op) => {
                    let handler = handlers::HANDLERS[op as usize];
                    return handler(vm, f, instrs, pc, stack.add(sp), instr.with_op(op));
                }
                _ => {
                    let e = vm.system_error(format!("unknown opcode {op}"));
                    tri!(Err(e))
                }
            }
            break 'op;
        }
    }
    (pc, stack.add(sp))
}

/// Performs `CALL` with `total` arguments above the callable. Python functions get a new
/// frame (returns `true`: the caller must switch to it); anything else is called and its
/// result pushed (returns `false`).
#[inline]
#[allow(clippy::too_many_arguments)] // one handler's whole state, kept in registers
unsafe fn do_call(
    vm: &mut Vm,
    f: *mut Frame,
    sp: &mut usize,
    stack: *mut Option<Value>,
    callable: Value,
    total: usize,
    consumed: usize,
    kwnames: &[Value],
) -> PyResult<bool> {
    let args_ptr = stack.add(*sp - total) as *const Value;
    // SAFETY: the argument slots are all set (the verifier and the compiler guarantee no
    // NULLs among arguments), and `Option<Value>` has `Value`'s layout when `Some`.
    let args: &[Value] = std::slice::from_raw_parts(args_ptr, total);
    if let Some(func) = callable.downcast_ref::<FunctionData>() {
        {
            (*f).sp = *sp;
            let r = crate::interp::call::push_function_frame(
                vm,
                &func,
                Args {
                    values: args,
                    kwnames,
                },
                false,
            );
            // The arguments were copied into the new frame; drop them and the callable.
            for i in 0..consumed {
                *stack.add(*sp - consumed + i) = None;
            }
            *sp -= consumed;
            (*f).sp = *sp;
            r?;
            return Ok(true);
        }
    }
    (*f).sp = *sp;
    let r = crate::interp::call::call(
        vm,
        &callable,
        Args {
            values: args,
            kwnames,
        },
    );
    for i in 0..consumed {
        *stack.add(*sp - consumed + i) = None;
    }
    *sp -= consumed;
    let v = r?;
    *stack.add(*sp) = Some(v);
    *sp += 1;
    (*f).sp = *sp;
    Ok(false)
}

/// The code frame `f` runs.
#[inline(always)]
pub(super) unsafe fn code_of<'a>(f: *mut Frame) -> &'a CodeData {
    &(*f).code
}

/// The dict of an instance whose dict pointer is `offset` bytes from its header, if made.
#[inline(always)]
pub(super) unsafe fn instance_dict(h: &crate::object::Header, offset: u64) -> Option<&DictData> {
    let slot = (h as *const _ as *const u8).add(offset as usize) as *const Option<Value>;
    (*slot).as_ref().and_then(|d| d.downcast::<DictData>())
}

/// Replaces the top of the value stack (dropping what was there).
#[inline(always)]
unsafe fn replace_top(stack: *mut Option<Value>, sp: usize, v: Value) {
    release((*stack.add(sp - 1)).replace(v));
}

/// Kinds of localsplus entries, for messages.
pub fn is_free_var(code: &CodeData, i: usize) -> bool {
    code.kinds[i] & local_kind::FREE != 0
}

pub fn _unused(_: &PyRef<StrData>) {}
