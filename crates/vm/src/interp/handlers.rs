//! The handlers of the most executed instructions, each a small function of its own, and
//! the table the dispatch loop calls them through.
//!
//! Every instruction without a handler here goes to `eval::step`, one match over the rest
//! (rare or large instructions). A handler here is the only implementation of its instruction (`step`
//! forwards to it when a specialization produces it); a specialized handler whose guard
//! fails runs its base instruction through `step`.
//!
//! Why functions and not match arms: in one function of ~200 arms the compiler kept none of
//! the loop's state in registers and computed values some arms need before every dispatch.
//! A handler is compiled alone, with the stack top and the instruction index as arguments
//! and results, which stay in registers.

use std::cell::Cell;

use bytecode::opcode::Opcode as Op;

use crate::interp::eval::{
    code_of, instance_dict, pop_frame, step, Exit, Handler, Next, Unwind, EXIT, SWITCH,
};
use crate::interp::frame::Frame;
use crate::interp::helpers as h;
use crate::interp::instr::{Instr, COUNTER_OFF};
use crate::interp::specialize;
use crate::interp::specialized as sp;
use crate::object::Header;
use crate::objects::dict::DictData;
use crate::objects::function::{CellData, FunctionData};
use crate::objects::tuple::TupleData;
use crate::value::{release, release_unfreed, Value};
use crate::vm::{Exc, Vm};

type Slot = Option<Value>;

/// The handler of each opcode byte.
pub(super) static HANDLERS: [Handler; 256] = {
    let mut t: [Handler; 256] = [step; 256];
    macro_rules! set {
        ($handler:ident: $($op:expr),+) => { $(t[$op as usize] = $handler;)+ };
    }
    set!(nop: Op::NOP, Op::RESUME, Op::EXTENDED_ARG, Op::CACHE);
    set!(load_fast: Op::LOAD_FAST);
    set!(load_const: Op::LOAD_CONST);
    set!(store_fast: Op::STORE_FAST);
    set!(pop_top: Op::POP_TOP);
    set!(push_null: Op::PUSH_NULL);
    set!(copy: Op::COPY);
    set!(swap: Op::SWAP);
    set!(jump: Op::JUMP_FORWARD, Op::JUMP_BACKWARD_NO_INTERRUPT);
    set!(jump_backward: Op::JUMP_BACKWARD);
    set!(pop_jump_if_false: Op::POP_JUMP_FORWARD_IF_FALSE, Op::POP_JUMP_BACKWARD_IF_FALSE);
    set!(pop_jump_if_true: Op::POP_JUMP_FORWARD_IF_TRUE, Op::POP_JUMP_BACKWARD_IF_TRUE);
    set!(pop_jump_if_none: Op::POP_JUMP_FORWARD_IF_NONE, Op::POP_JUMP_BACKWARD_IF_NONE);
    set!(
        pop_jump_if_not_none: Op::POP_JUMP_FORWARD_IF_NOT_NONE,
        Op::POP_JUMP_BACKWARD_IF_NOT_NONE
    );
    set!(is_op: Op::IS_OP);
    set!(load_deref: Op::LOAD_DEREF);
    set!(precall: Op::PRECALL);
    set!(return_value: Op::RETURN_VALUE);
    set!(load_fast__load_fast: sp::LOAD_FAST__LOAD_FAST);
    set!(load_fast__load_const: sp::LOAD_FAST__LOAD_CONST);
    set!(load_const__load_fast: sp::LOAD_CONST__LOAD_FAST);
    set!(store_fast__load_fast: sp::STORE_FAST__LOAD_FAST);
    set!(store_fast__store_fast: sp::STORE_FAST__STORE_FAST);
    set!(load_global_module: sp::LOAD_GLOBAL_MODULE);
    set!(load_global_builtin: sp::LOAD_GLOBAL_BUILTIN);
    set!(load_attr_instance: sp::LOAD_ATTR_INSTANCE);
    set!(store_attr_instance: sp::STORE_ATTR_INSTANCE);
    set!(load_method_instance: sp::LOAD_METHOD_INSTANCE);
    set!(call_py: sp::CALL_PY_EXACT_ARGS, sp::CALL_PY_WITH_DEFAULTS);
    set!(for_iter_range: sp::FOR_ITER_RANGE);
    set!(for_iter_list: sp::FOR_ITER_LIST);
    set!(for_iter_tuple: sp::FOR_ITER_TUPLE);
    set!(for_iter_str: sp::FOR_ITER_STR);
    set!(for_iter_gen: sp::FOR_ITER_GEN);
    set!(send: Op::SEND);
    set!(binary_subscr_list_int: sp::BINARY_SUBSCR_LIST_INT);
    set!(binary_subscr_tuple_int: sp::BINARY_SUBSCR_TUPLE_INT);
    set!(store_subscr_list_int: sp::STORE_SUBSCR_LIST_INT);
    set!(compare_op_int: sp::COMPARE_OP_INT);
    set!(compare_op_float: sp::COMPARE_OP_FLOAT);
    set!(compare_op_str: sp::COMPARE_OP_STR);
    set!(binary_op_int: sp::BINARY_OP_INT);
    set!(binary_op_float: sp::BINARY_OP_FLOAT);
    set!(binary_op_add_int: sp::BINARY_OP_ADD_INT);
    set!(binary_op_subtract_int: sp::BINARY_OP_SUBTRACT_INT);
    set!(binary_op_add_str: sp::BINARY_OP_ADD_STR);
    set!(binary_op: Op::BINARY_OP);
    set!(for_iter: Op::FOR_ITER);
    set!(binary_subscr: Op::BINARY_SUBSCR);
    set!(store_subscr: Op::STORE_SUBSCR);
    set!(compare_op: Op::COMPARE_OP);
    set!(contains_op: Op::CONTAINS_OP);
    set!(load_attr: Op::LOAD_ATTR);
    set!(load_method: Op::LOAD_METHOD);
    set!(store_attr: Op::STORE_ATTR);
    set!(build_tuple: Op::BUILD_TUPLE);
    set!(build_list: Op::BUILD_LIST);
    set!(list_append: Op::LIST_APPEND);
    set!(set_add: Op::SET_ADD);
    set!(build_slice: Op::BUILD_SLICE);
    set!(load_closure: Op::LOAD_CLOSURE);
    set!(store_deref: Op::STORE_DEREF);
    set!(unary_not: Op::UNARY_NOT);
    set!(yield_value: Op::YIELD_VALUE);
    set!(push_exc_info: Op::PUSH_EXC_INFO);
    set!(pop_except: Op::POP_EXCEPT);
    set!(check_exc_match: Op::CHECK_EXC_MATCH);
    set!(load_attr_slot: sp::LOAD_ATTR_SLOT);
    set!(store_attr_slot: sp::STORE_ATTR_SLOT);
    set!(call_py_class: sp::CALL_PY_CLASS);
    set!(call_native: sp::CALL_NATIVE);
    set!(call_method_descr: sp::CALL_METHOD_DESCR);
    set!(kw_names: Op::KW_NAMES);
    set!(copy_free_vars: Op::COPY_FREE_VARS);
    set!(get_iter: Op::GET_ITER);
    set!(binary_subscr_dict: sp::BINARY_SUBSCR_DICT);
    set!(store_subscr_dict: sp::STORE_SUBSCR_DICT);
    set!(unpack_sequence_tuple: sp::UNPACK_SEQUENCE_TWO_TUPLE, sp::UNPACK_SEQUENCE_TUPLE);
    set!(unpack_sequence_list: sp::UNPACK_SEQUENCE_LIST);
    set!(contains_op_dict: sp::CONTAINS_OP_DICT);
    set!(contains_op_set: sp::CONTAINS_OP_SET);
    t
};

/// Whether `op` has a handler of its own here (`step` forwards it there; an adaptive base
/// instruction keeps an arm in `step` for the moment it specializes).
pub(super) fn has_handler(op: u8) -> bool {
    HANDLERS[op as usize] as usize != step as Handler as usize
}

// ---- Stack and frame access ----

#[inline(always)]
unsafe fn push(top: &mut *mut Slot, v: Value) {
    std::ptr::write(*top, Some(v));
    *top = top.add(1);
}

#[inline(always)]
unsafe fn push_slot(top: &mut *mut Slot, v: Slot) {
    std::ptr::write(*top, v);
    *top = top.add(1);
}

#[inline(always)]
unsafe fn pop_slot(top: &mut *mut Slot) -> Slot {
    *top = top.sub(1);
    (**top).take()
}

#[inline(always)]
unsafe fn pop(top: &mut *mut Slot) -> Value {
    pop_slot(top).unwrap_or(Value::NONE)
}

/// The `n`th value from the top (1 is the top).
#[inline(always)]
unsafe fn peek<'a>(top: *mut Slot, n: usize) -> &'a Value {
    match &*top.sub(n) {
        Some(v) => v,
        None => &NONE,
    }
}

static NONE: Value = Value::NONE;

#[inline(always)]
unsafe fn replace_top(top: *mut Slot, v: Value) {
    release((*top.sub(1)).replace(v));
}

#[inline(always)]
unsafe fn local<'a>(f: *mut Frame, i: u32) -> &'a mut Slot {
    &mut *(*f).base.add(i as usize)
}

#[inline(always)]
unsafe fn constant<'a>(f: *mut Frame, i: u32) -> &'a Value {
    // SAFETY: the verifier checked every constant index.
    code_of(f).consts.get_unchecked(i as usize)
}

#[inline(always)]
unsafe fn cache(instrs: *const Cell<u64>, pc: usize, k: usize) -> u64 {
    // `pc` is the index after the instruction, where its cache cells start.
    (*instrs.add(pc + k)).get()
}

/// Writes the position back to the frame (before anything that may look at it).
#[inline(always)]
pub(super) unsafe fn sync(f: *mut Frame, pc: usize, top: *mut Slot) {
    (*f).pc = pc;
    (*f).sp = top.offset_from((*f).stack_ptr()) as usize;
}

/// Writes the frame's position back and leaves the dispatch loop.
#[inline(always)]
unsafe fn leave(
    vm: &mut Vm,
    f: *mut Frame,
    pc: usize,
    top: *mut Slot,
    why: Result<Exit, Unwind>,
) -> Next {
    sync(f, pc, top);
    vm.dispatch_exit = Some(why);
    (EXIT, top)
}

/// Leaves the dispatch loop raising `e`.
#[cold]
#[inline(never)]
unsafe fn raise(vm: &mut Vm, f: *mut Frame, pc: usize, top: *mut Slot, e: Exc) -> Next {
    let (exit, top) = leave(vm, f, pc, top, Err(Unwind::Error(e)));
    // Opaque: knowing this returns the constant EXIT, the compiler would return `top` alone
    // and rebuild the pair in each caller, and the handlers' jumps here would become calls.
    (std::hint::black_box(exit), top)
}

macro_rules! tri {
    ($vm:ident, $f:ident, $pc:ident, $top:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return raise($vm, $f, $pc, $top, e),
        }
    };
}

/// A specialized instruction's guard failed: spend a miss (maybe turning the instruction
/// back into its base form) and run the base instruction. `pc` and `top` are as the
/// instruction found them.
#[cold]
#[inline(never)]
unsafe fn miss(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    top: *mut Slot,
    instr: Instr,
) -> Next {
    specialize::miss(vm, &*instrs.add(pc - 1));
    let base = instr
        .with_op(sp::family(instr.op()))
        .with_counter(COUNTER_OFF);
    step(vm, f, instrs, pc, top, base)
}

// How handlers end. A call in the middle of a handler makes it save and restore registers on
// every run, even when the call is on a path that rarely runs; a call in tail position is a
// jump and saves nothing. So the rare paths (errors, frees, allocations) are functions of
// their own that a handler jumps to as its last act, given what they need to finish it.

/// Continues at `next` after giving up `v`; an object whose last reference that was is freed
/// in `free_then`.
#[inline(always)]
unsafe fn release_then(v: Slot, next: Next) -> Next {
    let dead = release_unfreed(v);
    if dead.is_null() {
        next
    } else {
        free_then(dead, std::ptr::null(), next)
    }
}

/// `release_then` of two values, `a` given up first.
#[inline(always)]
unsafe fn release2_then(a: Slot, b: Slot, next: Next) -> Next {
    let (a, b) = (release_unfreed(a), release_unfreed(b));
    if a.is_null() && b.is_null() {
        next
    } else {
        free_then(a, b, next)
    }
}

/// Frees the objects `release_unfreed` gave (null: none), `a` first, and continues at `next`.
/// (If `b` died too it was not referenced by `a`, whose freeing cannot reach it.)
#[inline(never)]
unsafe fn free_then(a: *const Header, b: *const Header, next: Next) -> Next {
    if !a.is_null() {
        crate::object::dealloc(a);
    }
    if !b.is_null() {
        crate::object::dealloc(b);
    }
    next
}

/// Declares a handler; the body ends with the `Next` it returns.
macro_rules! handler {
    ($name:ident($vm:ident, $f:ident, $instrs:ident, $pc:ident, $top:ident, $instr:ident) $body:block) => {
        #[allow(unused_mut, unused_variables, non_snake_case)]
        pub(super) unsafe fn $name(
            $vm: &mut Vm,
            $f: *mut Frame,
            $instrs: *const Cell<u64>,
            mut $pc: usize,
            mut $top: *mut Slot,
            $instr: Instr,
        ) -> Next $body
    };
}

// ---- Locals, constants, the stack ----

handler!(nop(vm, f, instrs, pc, top, instr) { (pc, top) });

/// `LOAD_FAST` of local `$i`, or the UnboundLocalError it raises (`$dead`: an object
/// `release_unfreed` gave that is still to free, or null).
macro_rules! load_local {
    ($vm:ident, $f:ident, $pc:ident, $top:ident, $i:expr) => {
        load_local!($vm, $f, $pc, $top, $i, std::ptr::null())
    };
    ($vm:ident, $f:ident, $pc:ident, $top:ident, $i:expr, $dead:expr) => {
        match local($f, $i) {
            Some(v) => push(&mut $top, v.clone()),
            None => return raise_unbound_local($vm, $f, $pc, $top, $i, $dead),
        }
    };
}

#[cold]
#[inline(never)]
unsafe fn raise_unbound_local(
    vm: &mut Vm,
    f: *mut Frame,
    pc: usize,
    top: *mut Slot,
    i: u32,
    dead: *const Header,
) -> Next {
    if !dead.is_null() {
        crate::object::dealloc(dead);
    }
    let e = h::unbound_local(vm, &(*f).code, i as usize);
    raise(vm, f, pc, top, e)
}

#[inline(always)]
unsafe fn store_local(f: *mut Frame, top: &mut *mut Slot, i: u32) {
    let v = pop_slot(top);
    release(std::mem::replace(local(f, i), v));
}

/// `STORE_FAST` of local `i`, returning the value it held, still to give up.
#[inline(always)]
unsafe fn swap_local(f: *mut Frame, top: &mut *mut Slot, i: u32) -> Slot {
    let v = pop_slot(top);
    std::mem::replace(local(f, i), v)
}

/// The second instruction of a superinstruction: it becomes the current one (for
/// tracebacks) and is skipped.
#[inline(always)]
unsafe fn second_half(f: *mut Frame, instrs: *const Cell<u64>, pc: &mut usize) -> Instr {
    let next = Instr((*instrs.add(*pc)).get());
    (*f).lasti = *pc;
    *pc += 1;
    next
}

handler!(load_fast(vm, f, instrs, pc, top, instr) {
    load_local!(vm, f, pc, top, instr.arg());
    (pc, top)
});

handler!(load_const(vm, f, instrs, pc, top, instr) {
    push(&mut top, constant(f, instr.arg()).clone());
    (pc, top)
});

handler!(store_fast(vm, f, instrs, pc, top, instr) {
    store_local(f, &mut top, instr.arg());
    (pc, top)
});

handler!(pop_top(vm, f, instrs, pc, top, instr) {
    release(pop_slot(&mut top));
    (pc, top)
});

handler!(push_null(vm, f, instrs, pc, top, instr) {
    push_slot(&mut top, None);
    (pc, top)
});

handler!(copy(vm, f, instrs, pc, top, instr) {
    let v = (*top.sub(instr.arg() as usize)).clone();
    push_slot(&mut top, v);
    (pc, top)
});

handler!(swap(vm, f, instrs, pc, top, instr) {
    std::ptr::swap(top.sub(1), top.sub(instr.arg() as usize));
    (pc, top)
});

handler!(load_fast__load_fast(vm, f, instrs, pc, top, instr) {
    load_local!(vm, f, pc, top, instr.arg());
    let next = second_half(f, instrs, &mut pc);
    load_local!(vm, f, pc, top, next.arg());
    (pc, top)
});

handler!(load_fast__load_const(vm, f, instrs, pc, top, instr) {
    load_local!(vm, f, pc, top, instr.arg());
    let next = second_half(f, instrs, &mut pc);
    push(&mut top, constant(f, next.arg()).clone());
    (pc, top)
});

handler!(load_const__load_fast(vm, f, instrs, pc, top, instr) {
    push(&mut top, constant(f, instr.arg()).clone());
    let next = second_half(f, instrs, &mut pc);
    load_local!(vm, f, pc, top, next.arg());
    (pc, top)
});

handler!(store_fast__load_fast(vm, f, instrs, pc, top, instr) {
    // The old value's count drops now, its freeing (if due) waits for the end: no code runs
    // in between, and nothing else can reach an object without references.
    let dead = release_unfreed(swap_local(f, &mut top, instr.arg()));
    let next = second_half(f, instrs, &mut pc);
    load_local!(vm, f, pc, top, next.arg(), dead);
    if dead.is_null() {
        (pc, top)
    } else {
        free_then(dead, std::ptr::null(), (pc, top))
    }
});

handler!(store_fast__store_fast(vm, f, instrs, pc, top, instr) {
    let first = swap_local(f, &mut top, instr.arg());
    let next = second_half(f, instrs, &mut pc);
    let second = swap_local(f, &mut top, next.arg());
    release2_then(first, second, (pc, top))
});

handler!(load_deref(vm, f, instrs, pc, top, instr) {
    // The frame holds the cell; reading through it needs no count of its own.
    let v = local(f, instr.arg())
        .as_ref()
        .and_then(|c| c.downcast::<CellData>())
        .and_then(|c| c.value.borrow().clone());
    match v {
        Some(v) => push(&mut top, v),
        None => return raise_unbound_deref(vm, f, pc, top, instr.arg()),
    }
    (pc, top)
});

#[cold]
#[inline(never)]
unsafe fn raise_unbound_deref(
    vm: &mut Vm,
    f: *mut Frame,
    pc: usize,
    top: *mut Slot,
    i: u32,
) -> Next {
    let e = h::unbound_deref(vm, &(*f).code, i as usize);
    raise(vm, f, pc, top, e)
}

handler!(is_op(vm, f, instrs, pc, top, instr) {
    let b = pop_slot(&mut top);
    let a = pop_slot(&mut top);
    let same = match (&a, &b) {
        (Some(a), Some(b)) => a.is(b),
        (a, b) => a.as_ref().unwrap_or(&NONE).is(b.as_ref().unwrap_or(&NONE)),
    };
    push(&mut top, Value::from_bool(same != (instr.arg() == 1)));
    release2_then(a, b, (pc, top))
});

// ---- Jumps ----

handler!(jump(vm, f, instrs, pc, top, instr) { (instr.arg() as usize, top) });

handler!(jump_backward(vm, f, instrs, pc, top, instr) {
    let pc = instr.arg() as usize;
    if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
        return interrupted(vm, f, pc, top);
    }
    (pc, top)
});

#[cold]
#[inline(never)]
unsafe fn interrupted(vm: &mut Vm, f: *mut Frame, pc: usize, top: *mut Slot) -> Next {
    sync(f, pc, top);
    tri!(vm, f, pc, top, h::check_interrupt(vm));
    (pc, top)
}

/// `POP_JUMP_IF_TRUE` (`when` true) or `POP_JUMP_IF_FALSE`: jumps when the condition's truth
/// is `when`. Inline values need no call and no count; anything else goes to `jump_if_object`.
#[inline(always)]
unsafe fn pop_jump_if(
    vm: &mut Vm,
    f: *mut Frame,
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    when: bool,
) -> Next {
    let Some(t) = peek(top, 1).inline_truth() else {
        return jump_if_object(vm, f, pc, top, instr, when);
    };
    top = top.sub(1);
    std::ptr::write(top, None);
    (if t == when { instr.arg() as usize } else { pc }, top)
}

#[inline(never)]
unsafe fn jump_if_object(
    vm: &mut Vm,
    f: *mut Frame,
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    when: bool,
) -> Next {
    let v = pop(&mut top);
    let t = tri!(vm, f, pc, top, vm.is_true(&v));
    drop(v);
    (if t == when { instr.arg() as usize } else { pc }, top)
}

handler!(pop_jump_if_false(vm, f, instrs, pc, top, instr) {
    pop_jump_if(vm, f, pc, top, instr, false)
});

handler!(pop_jump_if_true(vm, f, instrs, pc, top, instr) {
    pop_jump_if(vm, f, pc, top, instr, true)
});

handler!(pop_jump_if_none(vm, f, instrs, pc, top, instr) {
    if pop(&mut top).is_none() {
        pc = instr.arg() as usize;
    }
    (pc, top)
});

handler!(pop_jump_if_not_none(vm, f, instrs, pc, top, instr) {
    if !pop(&mut top).is_none() {
        pc = instr.arg() as usize;
    }
    (pc, top)
});

// ---- Calls and returns ----

// `PRECALL` does nothing here (bound methods are unpacked by `CALL`); it runs the `CALL`
// after its cache cell at once, saving a round of the dispatch loop on every call.
handler!(precall(vm, f, instrs, pc, top, instr) {
    let at = pc + 1;
    let call = Instr((*instrs.add(at)).get());
    (*f).lasti = at;
    if let Some(counts) = vm.opcode_counts.as_mut() {
        counts[call.op() as usize] += 1;
    }
    HANDLERS[call.op() as usize](vm, f, instrs, at + 1, top, call)
});

handler!(return_value(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    if (*f).is_entry || (*f).init_self.is_some() || (*f).inline_gen {
        return leave(vm, f, pc, top, Ok(Exit::Return(v)));
    }
    // A Python caller: the value goes on its stack and it carries on.
    sync(f, pc, top);
    pop_frame(vm);
    let caller = vm.frames.top_ptr();
    *(*caller).stack_ptr().add((*caller).sp) = Some(v);
    (*caller).sp += 1;
    (SWITCH, top)
});

/// Leaves for the frame a call just pushed, `top` being the caller's stack after the call.
#[inline(always)]
unsafe fn switch_to_callee(f: *mut Frame, pc: usize, top: *mut Slot) -> Next {
    sync(f, pc, top);
    (SWITCH, top)
}

handler!(call_py(vm, f, instrs, pc, top, instr) {
    let argc = instr.arg() as usize;
    let total = argc + usize::from((*top.sub(argc + 2)).is_some());
    let callable = top.sub(total + 1);
    let Some(func) = (*callable).as_ref().and_then(|v| v.downcast::<FunctionData>()) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    // The callee's parameters must fit this call (the same function may be called with or
    // without `self` at one site, and its code or defaults may have changed).
    let fits = {
        let c = func.code.borrow();
        if instr.op() == sp::CALL_PY_EXACT_ARGS {
            specialize::exact_args(&c, total)
        } else {
            specialize::args_with_defaults(func, &c, total)
        }
    };
    if !fits || (*f).kwnames.is_some() {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let pc = pc + 4;
    sync(f, pc, top);
    // The new frame takes the function's reference from the stack, and the arguments'; what
    // is left of the call (the NULL, if any) is empty already.
    let func = crate::object::PyRef::from_value_unchecked((*callable).take().unwrap_or(Value::NONE));
    tri!(vm, f, pc, top, crate::interp::call::push_frame_exact(vm, func, top.sub(total), total));
    switch_to_callee(f, pc, top.sub(argc + 2))
});

// ---- Globals and attributes ----

handler!(load_global_module(vm, f, instrs, pc, top, instr) {
    let g = &(*f).globals;
    if !g.keys_unchanged(cache(instrs, pc, 0) as u32) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let Some(v) = g.value_at(cache(instrs, pc, 1) as usize) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if instr.arg() & 1 == 1 {
        push_slot(&mut top, None);
    }
    push(&mut top, v);
    (pc + 5, top)
});

handler!(load_global_builtin(vm, f, instrs, pc, top, instr) {
    let b = &(*f).builtins;
    if !(*f).globals.keys_unchanged(cache(instrs, pc, 0) as u32)
        || !b.keys_unchanged(cache(instrs, pc, 1) as u32)
    {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let Some(v) = b.value_at(cache(instrs, pc, 2) as usize) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if instr.arg() & 1 == 1 {
        push_slot(&mut top, None);
    }
    push(&mut top, v);
    (pc + 5, top)
});

#[inline(always)]
unsafe fn name<'a>(
    f: *mut Frame,
    i: u32,
) -> &'a crate::object::PyRef<crate::objects::str::StrData> {
    // SAFETY: the verifier checked every name index.
    code_of(f).names.get_unchecked(i as usize)
}

/// The polymorphic instance cache entry for type `version` at the site whose `cells` cache
/// cells start at `pc` (entries of `stride` cells: the entry word, then for methods the
/// method word); the first entry is the caller's to check. A type not cached yet goes to
/// `specialize::other_instance_entry`, which adds it if it fits.
#[inline(always)]
unsafe fn instance_entry(
    vm: &Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    obj: &Value,
    version: u32,
    kind: specialize::InstanceCache,
) -> Option<(specialize::InstanceEntry, u64)> {
    let (cells, stride) = match kind {
        specialize::InstanceCache::Load => (Op::LOAD_ATTR.cache_entries(), 1),
        specialize::InstanceCache::Store => (Op::STORE_ATTR.cache_entries(), 1),
        specialize::InstanceCache::Method => (Op::LOAD_METHOD.cache_entries(), 2),
    };
    let mut k = stride;
    while k + stride <= cells {
        let e = specialize::InstanceEntry(cache(instrs, pc, k));
        if e.version() == version {
            let method = if stride == 2 {
                cache(instrs, pc, k + 1)
            } else {
                0
            };
            return Some((e, method));
        }
        k += stride;
    }
    specialize::other_instance_entry(vm, code_of(f), pc - 1, obj, kind)
}

handler!(load_attr_instance(vm, f, instrs, pc, top, instr) {
    let Some(hd) = peek(top, 1).header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let e = specialize::InstanceEntry(cache(instrs, pc, 0));
    if e.version() != hd.type_data().version.get() {
        return load_attr_instance_other(vm, f, instrs, pc, top, instr);
    }
    let hit = match instance_dict(hd, e.dict_offset() as u64) {
        Some(d) => d.get_at_hint(e.hint(), name(f, instr.arg())),
        None => None,
    };
    let Some(v) = hit else {
        return load_attr_instance_other(vm, f, instrs, pc, top, instr);
    };
    let obj = (*top.sub(1)).replace(v);
    release_then(obj, (pc + 4, top))
});

/// `LOAD_ATTR_INSTANCE` past its first cache entry and that entry's dict hint: the other
/// types of a polymorphic site, a key that moved in the dict.
#[inline(never)]
unsafe fn load_attr_instance_other(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    top: *mut Slot,
    instr: Instr,
) -> Next {
    let obj = peek(top, 1);
    let Some(hd) = obj.header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let version = hd.type_data().version.get();
    let mut e = specialize::InstanceEntry(cache(instrs, pc, 0));
    if e.version() != version {
        match instance_entry(
            vm,
            f,
            instrs,
            pc,
            obj,
            version,
            specialize::InstanceCache::Load,
        ) {
            Some((x, _)) => e = x,
            None => return miss(vm, f, instrs, pc, top, instr),
        }
    }
    let name = name(f, instr.arg());
    let v = match instance_dict(hd, e.dict_offset() as u64) {
        Some(d) => match d.get_at_hint(e.hint(), name) {
            Some(v) => Some(v),
            None => d.get_str(name),
        },
        None => None,
    };
    let Some(v) = v else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let obj = (*top.sub(1)).replace(v);
    release_then(obj, (pc + 4, top))
}

handler!(store_attr_instance(vm, f, instrs, pc, top, instr) {
    let Some(hd) = peek(top, 1).header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let version = hd.type_data().version.get();
    let mut e = specialize::InstanceEntry(cache(instrs, pc, 0));
    if e.version() != version {
        match instance_entry(vm, f, instrs, pc, peek(top, 1), version, specialize::InstanceCache::Store) {
            Some((x, _)) => e = x,
            None => return miss(vm, f, instrs, pc, top, instr),
        }
    }
    let obj = pop(&mut top);
    let v = pop(&mut top);
    let hd = obj.header().expect("checked");
    let slot = (hd as *const _ as *mut u8).add(e.dict_offset()) as *mut Slot;
    let d = match &*slot {
        Some(d) => d.clone(),
        None => crate::attr::DictSlot::Raw(slot).get_or_create(vm),
    };
    let dd = d.downcast::<DictData>().expect("instance dict is a dict");
    let name = name(f, instr.arg());
    if let Err(v) = dd.set_at_hint(e.hint(), name, v) {
        dd.set_str(name, v);
    }
    drop(obj);
    (pc + 4, top)
});

handler!(load_method_instance(vm, f, instrs, pc, top, instr) {
    let obj = peek(top, 1);
    let Some(hd) = obj.header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let version = hd.type_data().version.get();
    let mut e = specialize::InstanceEntry(cache(instrs, pc, 0));
    let mut method = cache(instrs, pc, 1);
    if e.version() != version {
        match instance_entry(vm, f, instrs, pc, obj, version, specialize::InstanceCache::Method) {
            Some((x, m)) => {
                e = x;
                method = m;
            }
            None => return miss(vm, f, instrs, pc, top, instr),
        }
    }
    if e.dict_offset() != 0 {
        if let Some(d) = instance_dict(hd, e.dict_offset() as u64) {
            if d.get_str(name(f, instr.arg())).is_some() {
                return miss(vm, f, instrs, pc, top, instr);
            }
        }
    }
    let obj = pop(&mut top);
    push(&mut top, Value::clone_from_raw(method));
    push(&mut top, obj);
    (pc + 10, top)
});

// ---- Iteration and subscripts ----

/// `FOR_ITER` over a builtin sequence iterator that `fits` checks the type of.
#[inline(always)]
unsafe fn for_iter_seq(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    fits: bool,
) -> Next {
    if !fits {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let data = peek(top, 1)
        .downcast::<crate::objects::iter::IterData>()
        .expect("iterator type");
    match crate::builtin_impls::iterators::next_builtin_seq(vm, data) {
        Some(v) => {
            push(&mut top, v);
            (pc, top)
        }
        None => {
            drop(pop_slot(&mut top));
            (instr.arg() as usize, top)
        }
    }
}

/// The end of a `FOR_ITER`: the iterator leaves the stack and the loop exits.
#[inline(always)]
unsafe fn for_iter_done(mut top: *mut Slot, instr: Instr) -> Next {
    let it = pop_slot(&mut top);
    release_then(it, (instr.arg() as usize, top))
}

handler!(for_iter_range(vm, f, instrs, pc, top, instr) {
    use crate::objects::iter::{IterData, IterState};
    if !peek(top, 1).has_type(&vm.types.range_iterator) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let data = peek(top, 1).downcast::<IterData>().expect("iterator type");
    let mut state = data.state.borrow_mut();
    let IterState::Range { next, step, remaining, .. } = &mut *state else {
        drop(state);
        return miss(vm, f, instrs, pc, top, instr);
    };
    if *remaining <= 0 {
        drop(state);
        return for_iter_done(top, instr);
    }
    let i = *next;
    *remaining -= 1;
    if *remaining > 0 {
        *next += *step;
    }
    drop(state);
    match Value::small_int(i) {
        Some(v) => {
            push(&mut top, v);
            (pc, top)
        }
        None => push_big_int(vm, pc, top, i),
    }
});

/// Pushes an int too big to be inline (allocating it), and continues at `pc`.
#[cold]
#[inline(never)]
unsafe fn push_big_int(vm: &mut Vm, pc: usize, mut top: *mut Slot, i: i64) -> Next {
    push(&mut top, vm.new_int(i));
    (pc, top)
}

/// `FOR_ITER` over a list or tuple iterator (its type checked), `item` giving the item at
/// an index of its sequence (`None` past the end).
#[inline(always)]
unsafe fn for_iter_items(
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    item: impl FnOnce(&Value, usize) -> Option<Value>,
) -> Next {
    use crate::objects::iter::{IterData, IterState};
    let data = peek(top, 1).downcast::<IterData>().expect("iterator type");
    let mut state = data.state.borrow_mut();
    let IterState::Seq { seq, index } = &mut *state else {
        // Exhausted before.
        drop(state);
        return for_iter_done(top, instr);
    };
    match item(seq, *index) {
        Some(v) => {
            *index += 1;
            drop(state);
            push(&mut top, v);
            (pc, top)
        }
        None => {
            drop(state);
            for_iter_exhaust(top, instr)
        }
    }
}

/// A list or tuple iterator reached the end: it lets go of its sequence (as CPython's do)
/// and leaves the stack.
#[inline(never)]
unsafe fn for_iter_exhaust(top: *mut Slot, instr: Instr) -> Next {
    use crate::objects::iter::{IterData, IterState};
    if let Some(data) = peek(top, 1).downcast::<IterData>() {
        let old = data.state.replace(IterState::Exhausted);
        drop(old);
    }
    for_iter_done(top, instr)
}

handler!(for_iter_list(vm, f, instrs, pc, top, instr) {
    if !peek(top, 1).has_type(&vm.types.list_iterator) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    for_iter_items(pc, top, instr, |seq, i| {
        seq.downcast::<crate::objects::list::ListData>().and_then(|l| l.get(i))
    })
});

handler!(for_iter_tuple(vm, f, instrs, pc, top, instr) {
    if !peek(top, 1).has_type(&vm.types.tuple_iterator) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    for_iter_items(pc, top, instr, |seq, i| {
        seq.downcast::<TupleData>().and_then(|t| t.items().get(i).cloned())
    })
});

// `FOR_ITER` over a generator: its frame runs in this loop, pushed on top of this one,
// instead of in a `next()` call with a dispatch loop of its own. It comes back here at its
// `YIELD_VALUE` (the value pushed, the loop body next) or at its end (the loop's exit).
handler!(for_iter_gen(vm, f, instrs, pc, top, instr) {
    if !peek(top, 1).has_type(&vm.types.generator) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let gen = peek(top, 1)
        .downcast::<crate::objects::generator::GeneratorData>()
        .expect("generator type");
    sync(f, pc, top);
    if crate::interp::generator::resume_inline(vm, gen, Value::NONE).is_err() {
        return miss(vm, f, instrs, pc, top, instr);
    }
    (SWITCH, top)
});

// `SEND` to a generator or coroutine runs its frame in this loop, as FOR_ITER_GEN does;
// any other receiver, or one that cannot be resumed here, takes `step`'s generic path.
handler!(send(vm, f, instrs, pc, top, instr) {
    let inline = peek(top, 2)
        .downcast::<crate::objects::generator::GeneratorData>()
        .filter(|g| g.kind != crate::objects::generator::GenKind::AsyncGenerator);
    if let Some(gen) = inline {
        let v = pop(&mut top);
        sync(f, pc, top);
        match crate::interp::generator::resume_inline(vm, gen, v) {
            Ok(()) => return (SWITCH, top),
            Err(v) => push(&mut top, v),
        }
    }
    crate::interp::eval::step(vm, f, instrs, pc, top, instr)
});

handler!(for_iter_str(vm, f, instrs, pc, top, instr) {
    let it = peek(top, 1);
    let fits = it.has_type(&vm.types.str_iterator) || it.has_type(&vm.types.str_unicode_iterator);
    for_iter_seq(vm, f, instrs, pc, top, instr, fits)
});

/// A subscript `i` of a sequence of `n` items, counted from the end when negative.
#[inline(always)]
fn seq_index(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let i = if i < 0 { i + n } else { i };
    (0..n).contains(&i).then_some(i as usize)
}

/// `BINARY_SUBSCR` of a small int on a sequence: `item` gives the element, `None` (a miss)
/// when the container is not the expected type or the index is out of range.
#[inline(always)]
unsafe fn subscr_seq_int(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    item: impl FnOnce(&Vm, &Value, i64) -> Option<Value>,
) -> Next {
    let v = match peek(top, 1).as_small_int() {
        Some(i) => item(vm, peek(top, 2), i),
        None => None,
    };
    let Some(v) = v else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let index = pop_slot(&mut top);
    let container = (*top.sub(1)).replace(v);
    release2_then(container, index, (pc + 4, top))
}

handler!(binary_subscr_list_int(vm, f, instrs, pc, top, instr) {
    subscr_seq_int(vm, f, instrs, pc, top, instr, |vm, c, i| {
        if !c.has_type(&vm.types.list) {
            return None;
        }
        // (A list being sorted is borrowed: the general path raises.)
        let items = c.downcast::<crate::objects::list::ListData>()?.items.try_borrow().ok()?;
        seq_index(i, items.len()).map(|i| items[i].clone())
    })
});

handler!(binary_subscr_tuple_int(vm, f, instrs, pc, top, instr) {
    subscr_seq_int(vm, f, instrs, pc, top, instr, |vm, c, i| {
        if !c.has_type(&vm.types.tuple) {
            return None;
        }
        let t = c.downcast::<TupleData>()?;
        seq_index(i, t.len()).map(|i| t.items()[i].clone())
    })
});

handler!(store_subscr_list_int(vm, f, instrs, pc, top, instr) {
    let (Some(i), c) = (peek(top, 1).as_small_int(), peek(top, 2)) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if !c.has_type(&vm.types.list) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let l = c.downcast::<crate::objects::list::ListData>().expect("list");
    let Some(i) = seq_index(i, l.len()) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let v = (*top.sub(3)).take().unwrap_or(Value::NONE);
    let old = std::mem::replace(&mut items[i], v);
    drop(items);
    drop(old);
    drop(pop_slot(&mut top));
    drop(pop_slot(&mut top));
    (pc + 1, top.sub(1))
});

// ---- Comparisons and arithmetic ----

/// A specialized comparison's result `r` (`None`: the guard failed), fused with a
/// conditional jump on it that follows, as CPython's `COMPARE_OP_*_JUMP`.
#[inline(always)]
unsafe fn compare_and_jump(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    mut top: *mut Slot,
    instr: Instr,
    r: Option<bool>,
) -> Next {
    let Some(r) = r else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let b = pop_slot(&mut top);
    let a = pop_slot(&mut top);
    let mut pc = pc + 2;
    let next = Instr((*instrs.add(pc)).get());
    const IF_FALSE: [u8; 2] = [
        Op::POP_JUMP_FORWARD_IF_FALSE as u8,
        Op::POP_JUMP_BACKWARD_IF_FALSE as u8,
    ];
    const IF_TRUE: [u8; 2] = [
        Op::POP_JUMP_FORWARD_IF_TRUE as u8,
        Op::POP_JUMP_BACKWARD_IF_TRUE as u8,
    ];
    if IF_FALSE.contains(&next.op()) {
        pc += 1;
        if !r {
            pc = next.arg() as usize;
        }
    } else if IF_TRUE.contains(&next.op()) {
        pc += 1;
        if r {
            pc = next.arg() as usize;
        }
    } else {
        push(&mut top, Value::from_bool(r));
    }
    release2_then(a, b, (pc, top))
}

handler!(compare_op_int(vm, f, instrs, pc, top, instr) {
    let r = h::compare_ints(peek(top, 2), peek(top, 1), instr.arg());
    compare_and_jump(vm, f, instrs, pc, top, instr, r)
});

handler!(compare_op_float(vm, f, instrs, pc, top, instr) {
    let r = h::compare_floats(vm, peek(top, 2), peek(top, 1), instr.arg());
    compare_and_jump(vm, f, instrs, pc, top, instr, r)
});

handler!(compare_op_str(vm, f, instrs, pc, top, instr) {
    let r = h::compare_strs(peek(top, 2), peek(top, 1), instr.arg());
    compare_and_jump(vm, f, instrs, pc, top, instr, r)
});

handler!(binary_op_int(vm, f, instrs, pc, top, instr) {
    let (Some(x), Some(y)) = (peek(top, 2).as_small_int(), peek(top, 1).as_small_int()) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let Some(r) = crate::builtin_impls::int::small_int_op(x, y, h::binop_of(instr.arg())) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    match Value::small_int(r) {
        Some(v) => binary_result(pc, top, v),
        None => int_result_alloc(vm, pc, top, r),
    }
});

handler!(binary_op_float(vm, f, instrs, pc, top, instr) {
    use crate::objects::float::{is_unshared_float, set_unshared_float};
    let op = h::binop_of(instr.arg());
    let Some(x) = h::float_arith(vm, peek(top, 2), peek(top, 1), op) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    // A temporary operand's box takes the result: no allocation and no free.
    if is_unshared_float(peek(top, 2), &vm.types.float) {
        set_unshared_float(peek(top, 2), x);
        let b = pop_slot(&mut top);
        return release_then(b, (pc + 1, top));
    }
    if is_unshared_float(peek(top, 1), &vm.types.float) {
        set_unshared_float(peek(top, 1), x);
        let b = pop_slot(&mut top);
        let a = (*top.sub(1)).replace(b.unwrap_or(Value::NONE));
        return release_then(a, (pc + 1, top));
    }
    float_result_alloc(vm, pc, top, x)
});

/// `BINARY_OP_ADD_INT` (`subtract` false) or `BINARY_OP_SUBTRACT_INT`: two inline ints, whose
/// sum or difference cannot overflow a machine word (they are 63-bit), and, inline too,
/// replaces them with no count to give up.
#[inline(always)]
unsafe fn add_or_subtract_ints(
    vm: &mut Vm,
    f: *mut Frame,
    instrs: *const Cell<u64>,
    pc: usize,
    top: *mut Slot,
    instr: Instr,
    subtract: bool,
) -> Next {
    let (Some(x), Some(y)) = (peek(top, 2).as_small_int(), peek(top, 1).as_small_int()) else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    let r = if subtract { x - y } else { x + y };
    match Value::small_int(r) {
        Some(v) => {
            let top = top.sub(1);
            std::ptr::write(top, None);
            std::ptr::write(top.sub(1), Some(v));
            (pc + 1, top)
        }
        None => int_result_alloc(vm, pc, top, r),
    }
}

handler!(binary_op_add_int(vm, f, instrs, pc, top, instr) {
    add_or_subtract_ints(vm, f, instrs, pc, top, instr, false)
});

handler!(binary_op_subtract_int(vm, f, instrs, pc, top, instr) {
    add_or_subtract_ints(vm, f, instrs, pc, top, instr, true)
});

/// `BINARY_OP_INT` whose result is too big to be inline.
#[inline(never)]
unsafe fn int_result_alloc(vm: &mut Vm, pc: usize, top: *mut Slot, i: i64) -> Next {
    let v = vm.new_int(i);
    binary_result(pc, top, v)
}

/// `BINARY_OP_FLOAT` with no temporary operand to carry its result.
#[inline(never)]
unsafe fn float_result_alloc(vm: &mut Vm, pc: usize, top: *mut Slot, x: f64) -> Next {
    let v = vm.new_float(x);
    binary_result(pc, top, v)
}

/// A binary operation's result `v` replaces its operands, and the next instruction follows
/// the cache cell.
#[inline(always)]
unsafe fn binary_result(pc: usize, mut top: *mut Slot, v: Value) -> Next {
    let b = pop_slot(&mut top);
    let a = (*top.sub(1)).replace(v);
    release2_then(a, b, (pc + 1, top))
}

handler!(binary_op_add_str(vm, f, instrs, pc, top, instr) {
    let (a, b) = (peek(top, 2), peek(top, 1));
    if !crate::objects::str_ops::is_exact_str(a) || !crate::objects::str_ops::is_exact_str(b) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let b = pop(&mut top);
    let a = pop(&mut top);
    let r = tri!(vm, f, pc, top, crate::builtin_impls::str::str_add(vm, &a, &b));
    push(&mut top, r);
    (pc + 1, top)
});

// ---- Base forms of adaptive instructions ----

/// Counts down an adaptive base instruction; false when its counter reached zero, which is
/// `step`'s to handle (it specializes the instruction and runs the result).
#[inline(always)]
unsafe fn count_down(instrs: *const Cell<u64>, pc: usize, instr: Instr) -> bool {
    let c = instr.counter();
    if c == COUNTER_OFF {
        return true;
    }
    if c == 0 {
        return false;
    }
    (*instrs.add(pc - 1)).set(instr.with_counter(c - 1).0);
    true
}

/// The handler of an adaptive base instruction: counts down, leaving the instruction to
/// `step` when the count reaches zero (it specializes the instruction and runs the result),
/// and otherwise runs `$generic`, the unspecialized behaviour (which `step` shares).
macro_rules! adaptive_handler {
    ($($name:ident => $generic:ident;)*) => {$(
        handler!($name(vm, f, instrs, pc, top, instr) {
            if !count_down(instrs, pc, instr) {
                return step(vm, f, instrs, pc, top, instr);
            }
            $generic(vm, f, instrs, pc, top, instr)
        });
    )*};
}

adaptive_handler! {
    binary_op => binary_op_generic;
    for_iter => for_iter_generic;
    binary_subscr => binary_subscr_generic;
    store_subscr => store_subscr_generic;
    compare_op => compare_op_generic;
    contains_op => contains_op_generic;
    load_attr => load_attr_generic;
    load_method => load_method_generic;
    store_attr => store_attr_generic;
}

// ---- Adaptive instructions without specialization (also `step`'s, after its countdown) ----
handler!(binary_op_generic(vm, f, instrs, pc, top, instr) {
    let b = pop(&mut top);
    let a = pop(&mut top);
    let r = tri!(vm, f, pc, top, h::binary_op_by_arg(vm, &a, &b, instr.arg()));
    push(&mut top, r);
    (pc + 1, top)
});

handler!(for_iter_generic(vm, f, instrs, pc, top, instr) {
    let it = peek(top, 1).clone();
    match tri!(vm, f, pc, top, h::for_iter_next(vm, &it)) {
        Some(v) => {
            push(&mut top, v);
            (pc, top)
        }
        None => {
            drop(pop_slot(&mut top));
            (instr.arg() as usize, top)
        }
    }
});

handler!(binary_subscr_generic(vm, f, instrs, pc, top, instr) {
    let k = pop(&mut top);
    let c = pop(&mut top);
    let r = tri!(vm, f, pc, top, h::subscr(vm, &c, &k));
    push(&mut top, r);
    (pc + 4, top)
});

handler!(store_subscr_generic(vm, f, instrs, pc, top, instr) {
    let k = pop(&mut top);
    let c = pop(&mut top);
    let v = pop(&mut top);
    tri!(vm, f, pc, top, vm.setitem(&c, &k, v));
    (pc + 1, top)
});

handler!(compare_op_generic(vm, f, instrs, pc, top, instr) {
    let b = pop(&mut top);
    let a = pop(&mut top);
    let op = crate::slots::CompareOp::from_arg(instr.arg());
    let r = tri!(vm, f, pc, top, h::compare_fast(vm, &a, &b, op));
    push(&mut top, r);
    (pc + 2, top)
});

handler!(contains_op_generic(vm, f, instrs, pc, top, instr) {
    let b = pop(&mut top);
    let a = pop(&mut top);
    let r = tri!(vm, f, pc, top, vm.contains(&b, &a));
    push(&mut top, Value::from_bool(r != (instr.arg() == 1)));
    (pc, top)
});

handler!(load_attr_generic(vm, f, instrs, pc, top, instr) {
    let obj = pop(&mut top);
    let r = tri!(vm, f, pc, top, vm.getattr(&obj, name(f, instr.arg())));
    push(&mut top, r);
    (pc + 4, top)
});

handler!(load_method_generic(vm, f, instrs, pc, top, instr) {
    let obj = pop(&mut top);
    let (m, this) = tri!(vm, f, pc, top, h::load_method(vm, obj, name(f, instr.arg())));
    push_slot(&mut top, m);
    push(&mut top, this);
    (pc + 10, top)
});

handler!(store_attr_generic(vm, f, instrs, pc, top, instr) {
    let obj = pop(&mut top);
    let v = pop(&mut top);
    tri!(vm, f, pc, top, vm.setattr(&obj, name(f, instr.arg()), v));
    (pc + 4, top)
});

// ---- Other common instructions ----

handler!(build_tuple(vm, f, instrs, pc, top, instr) {
    let (items, mut top) = take_items(top, instr.arg() as usize);
    let t = vm.new_tuple(items);
    push(&mut top, t);
    (pc, top)
});

handler!(build_list(vm, f, instrs, pc, top, instr) {
    let (items, mut top) = take_items(top, instr.arg() as usize);
    let l = vm.new_list(items.collect());
    push(&mut top, l);
    (pc, top)
});

handler!(list_append(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    if let Some(l) = peek(top, instr.arg() as usize).downcast::<crate::objects::list::ListData>() {
        l.push(v);
    }
    (pc, top)
});

handler!(set_add(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    let s = peek(top, instr.arg() as usize).clone();
    tri!(vm, f, pc, top, h::set_add(vm, &s, v));
    (pc, top)
});

handler!(build_slice(vm, f, instrs, pc, top, instr) {
    let step = if instr.arg() == 3 { pop(&mut top) } else { Value::NONE };
    let stop = pop(&mut top);
    let start = pop(&mut top);
    push(&mut top, h::new_slice(vm, start, stop, step));
    (pc, top)
});

handler!(load_closure(vm, f, instrs, pc, top, instr) {
    let v = local(f, instr.arg()).clone();
    push_slot(&mut top, v);
    (pc, top)
});

handler!(store_deref(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    if let Some(c) = local(f, instr.arg()).as_ref().and_then(|c| c.downcast::<CellData>()) {
        let old = c.value.replace(Some(v));
        drop(old);
    }
    (pc, top)
});

handler!(unary_not(vm, f, instrs, pc, top, instr) {
    if let Some(t) = peek(top, 1).inline_truth() {
        std::ptr::write(top.sub(1), Some(Value::from_bool(!t)));
        return (pc, top);
    }
    let v = pop(&mut top);
    let t = tri!(vm, f, pc, top, vm.is_true(&v));
    push(&mut top, Value::from_bool(!t));
    release_then(Some(v), (pc, top))
});

handler!(yield_value(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    if (*f).inline_gen {
        sync(f, pc, top);
        crate::interp::generator::yield_inline(vm, v);
        return (SWITCH, top);
    }
    leave(vm, f, pc, top, Ok(Exit::Yield(v)))
});

handler!(push_exc_info(vm, f, instrs, pc, top, instr) {
    let exc = pop(&mut top);
    let current = vm.exc_stack.last_mut().expect("exception state");
    let prev = current.replace(exc.clone());
    push(&mut top, prev.unwrap_or(Value::NONE));
    push(&mut top, exc);
    (pc, top)
});

handler!(pop_except(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    let current = vm.exc_stack.last_mut().expect("exception state");
    let old = std::mem::replace(current, if v.is_none() { None } else { Some(v) });
    drop(old);
    (pc, top)
});

handler!(check_exc_match(vm, f, instrs, pc, top, instr) {
    let ty = pop(&mut top);
    let exc = peek(top, 1).clone();
    let m = tri!(vm, f, pc, top, h::check_exc_match(vm, &exc, &ty));
    push(&mut top, Value::from_bool(m));
    (pc, top)
});

handler!(kw_names(vm, f, instrs, pc, top, instr) {
    (*f).kwnames = Some(constant(f, instr.arg()).clone());
    (pc, top)
});

handler!(copy_free_vars(vm, f, instrs, pc, top, instr) {
    let n = instr.arg() as usize;
    let offset = code_of(f).nlocalsplus - n;
    if let Some(func) = &(*f).func {
        if let Some(cl) = func.closure.as_ref().and_then(|c| c.downcast::<TupleData>()) {
            for i in 0..n {
                *(*f).base.add(offset + i) = cl.items().get(i).cloned();
            }
        }
    }
    (pc, top)
});

handler!(get_iter(vm, f, instrs, pc, top, instr) {
    let v = pop(&mut top);
    let it = tri!(vm, f, pc, top, vm.iter(&v));
    push(&mut top, it);
    (pc, top)
});

/// The top `n` values, bottom first, as they are taken off the stack; and the new top. The
/// caller consumes the items before it pushes anything at the new top.
#[inline(always)]
unsafe fn take_items(
    top: *mut Slot,
    n: usize,
) -> (impl ExactSizeIterator<Item = Value>, *mut Slot) {
    let base = top.sub(n);
    // SAFETY: the `n` slots below `top` are the stack's, each read once.
    let items = (0..n).map(move |i| unsafe { (*base.add(i)).take() }.unwrap_or(Value::NONE));
    (items, base)
}

// ---- Specialized forms: slots, calls, dicts, unpacking, containment ----

handler!(load_attr_slot(vm, f, instrs, pc, top, instr) {
    let Some(hd) = peek(top, 1).header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if hd.type_data().version.get() as u64 != cache(instrs, pc, 0) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let p = (hd as *const _ as *const u8).add(cache(instrs, pc, 1) as usize) as *const Slot;
    let Some(v) = (*p).clone() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    replace_top(top, v);
    (pc + 4, top)
});

handler!(store_attr_slot(vm, f, instrs, pc, top, instr) {
    let Some(hd) = peek(top, 1).header() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if hd.type_data().version.get() as u64 != cache(instrs, pc, 0) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let obj = pop(&mut top);
    let v = pop(&mut top);
    let hd = obj.header().expect("checked");
    let p = (hd as *const _ as *mut u8).add(cache(instrs, pc, 1) as usize) as *mut Slot;
    let old = (*p).replace(v);
    drop(old);
    drop(obj);
    (pc + 4, top)
});

handler!(call_py_class(vm, f, instrs, pc, top, instr) {
    let argc = instr.arg() as usize;
    let cls = peek(top, argc + 1);
    let Some(ty) = cls.downcast::<crate::types::TypeData>() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if ty.version.get() as u64 != cache(instrs, pc, 0)
        || argc as u64 != cache(instrs, pc, 3)
        || (*top.sub(argc + 2)).is_some()
        || !cls.has_type(&vm.types.type_)
        || (*f).kwnames.is_some()
    {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let init: crate::object::PyRef<FunctionData> =
        crate::object::PyRef::from_value_unchecked(Value::clone_from_raw(cache(instrs, pc, 1)));
    if init.version.get() as u64 != cache(instrs, pc, 2) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let cls: crate::object::TypeRef = crate::object::PyRef::from_value_unchecked(cls.clone());
    let obj = crate::attr::new_object_instance(&cls);
    let pc = pc + 4;
    // `self` takes the class's slot, below the arguments.
    *top.sub(argc + 1) = Some(obj.clone());
    sync(f, pc, top);
    tri!(vm, f, pc, top, crate::interp::call::push_frame_exact(vm, init, top.sub(argc + 1), argc + 1));
    (*vm.frames.top_ptr()).init_self = Some(obj);
    // The arguments and `self` moved into the new frame; the NULL below them goes too.
    switch_to_callee(f, pc, top.sub(argc + 2))
});

/// Drops the `n` values of a finished call (callable or NULL, `self` or NULL, arguments).
#[inline(always)]
unsafe fn clear_call(top: *mut Slot, n: usize) -> *mut Slot {
    let base = top.sub(n);
    for i in 0..n {
        *base.add(i) = None;
    }
    base
}

handler!(call_native(vm, f, instrs, pc, top, instr) {
    let argc = instr.arg() as usize;
    let total = argc + usize::from((*top.sub(argc + 2)).is_some());
    let callable = peek(top, total + 1).clone();
    let Some(nf) = callable.downcast::<crate::objects::native::NativeFunctionData>() else {
        return miss(vm, f, instrs, pc, top, instr);
    };
    if (nf.this.is_some() && nf.pass_this) || (*f).kwnames.is_some() {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let pc = pc + 4;
    sync(f, pc, top);
    let args: &[Value] = std::slice::from_raw_parts(top.sub(total) as *const Value, total);
    let r = crate::interp::call::call_native(vm, nf, crate::objects::native::Args::positional(args));
    let mut top = clear_call(top, argc + 2);
    let v = tri!(vm, f, pc, top, r);
    push(&mut top, v);
    (pc, top)
});

handler!(call_method_descr(vm, f, instrs, pc, top, instr) {
    let argc = instr.arg() as usize;
    if (*top.sub(argc + 2)).is_none()
        || (*f).kwnames.is_some()
        || peek(top, argc + 2).raw() != cache(instrs, pc, 0)
    {
        return miss(vm, f, instrs, pc, top, instr);
    }
    if specialize::type_word(vm, peek(top, argc + 1)) != cache(instrs, pc, 1) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let callable = peek(top, argc + 2).clone();
    let d = callable
        .downcast::<crate::objects::native::MethodDescrData>()
        .expect("cached descriptor");
    let pc = pc + 4;
    sync(f, pc, top);
    let args: &[Value] = std::slice::from_raw_parts(top.sub(argc + 1) as *const Value, argc + 1);
    let r = crate::interp::call::call_method_descr_checked(vm, d, crate::objects::native::Args::positional(args));
    let mut top = clear_call(top, argc + 2);
    let v = tri!(vm, f, pc, top, r);
    push(&mut top, v);
    (pc, top)
});

handler!(binary_subscr_dict(vm, f, instrs, pc, top, instr) {
    if !peek(top, 2).has_type(&vm.types.dict) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let k = pop(&mut top);
    let c = peek(top, 1).clone();
    let d = c.downcast::<DictData>().expect("dict");
    // An exact dict has no `__missing__`: a missing key is a KeyError.
    match tri!(vm, f, pc, top, d.get(vm, &k)) {
        Some(v) => {
            replace_top(top, v);
            (pc + 4, top)
        }
        None => raise(vm, f, pc, top, vm.key_error(k)),
    }
});

handler!(store_subscr_dict(vm, f, instrs, pc, top, instr) {
    if !peek(top, 2).has_type(&vm.types.dict) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let k = pop(&mut top);
    let c = pop(&mut top);
    let v = pop(&mut top);
    tri!(vm, f, pc, top, c.downcast::<DictData>().expect("dict").set(vm, k, v));
    (pc + 1, top)
});

handler!(unpack_sequence_tuple(vm, f, instrs, pc, top, instr) {
    let seq = peek(top, 1);
    if !seq.has_type(&vm.types.tuple) || seq.downcast::<TupleData>().expect("tuple").len() != instr.arg() as usize {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let seq = pop(&mut top);
    for v in seq.downcast::<TupleData>().expect("tuple").items().iter().rev() {
        push(&mut top, v.clone());
    }
    (pc + 1, top)
});

handler!(unpack_sequence_list(vm, f, instrs, pc, top, instr) {
    let seq = peek(top, 1);
    if !seq.has_type(&vm.types.list)
        || seq.downcast::<crate::objects::list::ListData>().expect("list").len() != instr.arg() as usize
    {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let seq = pop(&mut top);
    let l = seq.downcast::<crate::objects::list::ListData>().expect("list");
    let items = l.items.borrow();
    for v in items.iter().rev() {
        push(&mut top, v.clone());
    }
    drop(items);
    (pc + 1, top)
});

handler!(contains_op_dict(vm, f, instrs, pc, top, instr) {
    if !peek(top, 1).has_type(&vm.types.dict) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let c = pop(&mut top);
    let item = pop(&mut top);
    let r = tri!(vm, f, pc, top, c.downcast::<DictData>().expect("dict").contains(vm, &item));
    push(&mut top, Value::from_bool(r != (instr.arg() == 1)));
    (pc, top)
});

handler!(contains_op_set(vm, f, instrs, pc, top, instr) {
    let c = peek(top, 1);
    if !c.has_type(&vm.types.set) && !c.has_type(&vm.types.frozenset) {
        return miss(vm, f, instrs, pc, top, instr);
    }
    let c = pop(&mut top);
    let item = pop(&mut top);
    let r = tri!(vm, f, pc, top, crate::builtin_impls::set::set_contains(vm, &c, &item));
    push(&mut top, Value::from_bool(r != (instr.arg() == 1)));
    (pc, top)
});
