//! Calling: dispatch on the callee's layout, and binding arguments into a new frame's locals
//! with CPython's error messages.

use bytecode::code::flags;

use crate::interp::frame::{Frame, Namespace};
use crate::kinds::Kind;
use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::function::{FunctionData, MethodData};
use crate::objects::native::{
    ArgCheck, Args, MethodDescrData, MethodKind, NativeFunctionData, SlotWrapperData,
};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const CALLING: &str = " while calling a Python object";

/// Calls any callable from native code.
pub fn call(vm: &mut Vm, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    let Some(h) = callable.header() else {
        return Err(not_callable(vm, callable));
    };
    match h.kind() {
        Kind::Function => {
            let func: PyRef<FunctionData> = PyRef::from_value_unchecked(callable.clone());
            vm.guard_stack(|vm| call_function(vm, &func, args))
        }
        Kind::NativeFunction => {
            let nf = callable
                .downcast::<NativeFunctionData>()
                .expect("kind checked");
            match (&nf.this, nf.pass_this) {
                (Some(this), true) => {
                    if nf.arg_check != ArgCheck::Any {
                        // A bound builtin method is named after `this`'s type (or `this`
                        // when it is a class), as CPython's are. (`obj.m(...)` calls the
                        // unbound descriptor instead, see `load_method`.)
                        let qualname = |vm: &Vm| match this.downcast::<TypeData>() {
                            Some(t) => format!("{}.{}", t.qualname.borrow(), nf.name),
                            None => format!("{}.{}", vm.type_of(this).qualname.borrow(), nf.name),
                        };
                        arg_check(vm, qualname, Some(nf.name), nf.arg_check, args)?;
                    }
                    let mut v = Vec::with_capacity(args.values.len() + 1);
                    v.push(this.clone());
                    v.extend_from_slice(args.values);
                    let f = nf.f;
                    vm.recursive(CALLING, |vm| {
                        f(
                            vm,
                            Args {
                                values: &v,
                                kwnames: args.kwnames,
                            },
                        )
                    })
                }
                _ if nf.fastcall => {
                    let f = nf.f;
                    vm.guard_stack(|vm| f(vm, args))
                }
                _ => {
                    let f = nf.f;
                    vm.recursive(CALLING, |vm| f(vm, args))
                }
            }
        }
        Kind::MethodDescr => {
            let d = callable
                .downcast::<MethodDescrData>()
                .expect("kind checked");
            vm.recursive(CALLING, |vm| call_method_descr(vm, d, args))
        }
        Kind::SlotWrapper => {
            let w = callable
                .downcast::<SlotWrapperData>()
                .expect("kind checked");
            crate::slot_dispatch::call_slot_wrapper(vm, w, args)
        }
        Kind::Method => {
            let m = callable.downcast::<MethodData>().expect("kind checked");
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(m.this.clone());
            v.extend_from_slice(args.values);
            let func = m.func.clone();
            call(
                vm,
                &func,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            )
        }
        _ => match h.type_data().slots.call.get() {
            Some(f) => vm.recursive(CALLING, |vm| f(vm, callable, args)),
            None => Err(not_callable(vm, callable)),
        },
    }
}

/// The checks of CPython's calling conventions (see `ArgCheck`). `bound_name` is the bare
/// name when a bound method is called: a METH_VARARGS one then reports keywords under it
/// (`startswith()`), while the method descriptor CPython calls for `obj.m(...)` uses the
/// qualified name.
/// `qualname` is only called to word an error, so a passing check allocates nothing.
fn arg_check(
    vm: &Vm,
    qualname: impl Fn(&Vm) -> String,
    bound_name: Option<&str>,
    check: ArgCheck,
    rest: Args<'_>,
) -> PyResult<()> {
    if rest.has_kwargs() {
        let shown = match (check, bound_name) {
            (ArgCheck::NoKwargs { qualified: false }, Some(name)) => name.to_string(),
            _ => qualname(vm),
        };
        return Err(vm.type_error(format!("{shown}() takes no keyword arguments")));
    }
    let got = rest.values.len();
    let (n, what) = match check {
        ArgCheck::NoArgs => (0, "no arguments"),
        ArgCheck::OneArg => (1, "exactly one argument"),
        _ => return Ok(()),
    };
    if got != n {
        return Err(vm.type_error(format!("{}() takes {what} ({got} given)", qualname(vm))));
    }
    Ok(())
}

fn not_callable(vm: &Vm, v: &Value) -> crate::vm::Exc {
    vm.type_error(format!("'{}' object is not callable", vm.type_name(v)))
}

pub fn call_method_descr(vm: &mut Vm, d: &MethodDescrData, args: Args<'_>) -> PyResult<Value> {
    match d.kind {
        MethodKind::Instance => {
            let Some(this) = args.pos().first() else {
                return Err(vm.type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    d.owner.name(),
                    d.name
                )));
            };
            if !vm.is_instance_of(this, &d.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.name,
                    d.owner.name(),
                    vm.type_name(this)
                )));
            }
            if d.arg_check != ArgCheck::Any {
                let qualname = |_: &Vm| format!("{}.{}", d.owner.qualname.borrow(), d.name);
                arg_check(vm, qualname, None, d.arg_check, args.skip_self())?;
            }
            (d.f)(vm, args)
        }
        MethodKind::Class => {
            let Some(this) = args.pos().first() else {
                return Err(vm.type_error(format!(
                    "descriptor '{}' of '{}' object needs an argument",
                    d.name,
                    d.owner.name()
                )));
            };
            match this.downcast_ref::<TypeData>() {
                Some(t) if t.is_subtype_of(&d.owner) => (d.f)(vm, args),
                _ => Err(vm.type_error(format!(
                    "descriptor '{}' for type '{}' doesn't apply to type '{}'",
                    d.name,
                    d.owner.name(),
                    vm.type_name(this)
                ))),
            }
        }
        MethodKind::Static => (d.f)(vm, args),
    }
}

/// Runs a Python function to completion from native code.
pub fn call_function(vm: &mut Vm, func: &PyRef<FunctionData>, args: Args<'_>) -> PyResult<Value> {
    push_function_frame(vm, func, args, true)?;
    crate::interp::eval::run(vm)
}

/// Pushes a frame for `func` with its arguments bound. `entry` frames return to native code.
pub fn push_function_frame(
    vm: &mut Vm,
    func: &PyRef<FunctionData>,
    args: Args<'_>,
    entry: bool,
) -> PyResult<()> {
    let code = func.code.borrow().clone();
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_exception(&vm.exc.RecursionError, "maximum recursion depth exceeded"));
    }
    let n = code.nlocalsplus + code.stacksize;
    let (base, mark) = vm.data_stack.push(n);
    // Binding fills `localsplus`; on failure the window is released (values dropped).
    // SAFETY: the window just pushed holds nlocalsplus + stacksize slots.
    if let Err(e) = unsafe { bind_args(vm, func, &code, args, base) } {
        for i in 0..code.nlocalsplus {
            // SAFETY: the window has `n` slots.
            unsafe { *base.add(i) = None };
        }
        vm.data_stack.pop(mark);
        return Err(e);
    }
    enter_function_frame(vm, func.clone(), code, base, mark, entry);
    Ok(())
}

/// Pushes the frame of a call to `func` running `code`, whose window (`base`, `mark`) holds
/// its bound arguments.
#[inline]
fn enter_function_frame(
    vm: &mut Vm,
    func: PyRef<FunctionData>,
    code: PyRef<CodeData>,
    base: *mut Option<Value>,
    mark: usize,
    entry: bool,
) {
    let entry_pc = code.entry_pc;
    vm.frames.push_with(|| Frame {
        // SAFETY: the frame holds `func`, whose namespaces never change.
        globals: unsafe { Namespace::borrowed(&func.globals) },
        builtins: unsafe { Namespace::borrowed(&func.builtins) },
        func: Some(func),
        code,
        locals: None,
        base,
        sp: 0,
        pc: entry_pc,
        lasti: 0,
        is_entry: entry,
        in_generator: false,
        inline_gen: false,
        frame_obj: None,
        data_mark: mark,
        init_self: None,
        kwnames: None,
    });
    vm.depth += 1;
}

/// Pushes a frame for `func`, whose code takes exactly its positional parameters and no
/// others (`specialize::exact_args`), moving the `n` arguments out of `args` (left empty);
/// parameters past `n` take the last of the function's positional defaults. What the
/// specialized calls use instead of binding arguments by name.
///
/// # Safety
/// `args` points at `n` set slots; `n` plus the defaults cover every parameter (the
/// specializer checked it under the function's version).
pub unsafe fn push_frame_exact(
    vm: &mut Vm,
    func: PyRef<FunctionData>,
    args: *mut Option<Value>,
    n: usize,
) -> PyResult<()> {
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_exception(&vm.exc.RecursionError, "maximum recursion depth exceeded"));
    }
    let code = func.code.borrow().clone();
    let (base, mark) = vm.data_stack.push(code.nlocalsplus + code.stacksize);
    // One slot at a time: there are few, and a call to memcpy and memset costs more.
    for i in 0..n {
        std::ptr::write(base.add(i), (*args.add(i)).take());
    }
    if n < code.argcount {
        if let Some(t) = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<TupleData>())
        {
            let defaults = t.items();
            let first = defaults.len() + n - code.argcount;
            for (i, d) in defaults[first..].iter().enumerate() {
                *base.add(n + i) = Some(d.clone());
            }
        }
    }
    enter_function_frame(vm, func, code, base, mark, false);
    Ok(())
}

/// Calls a builtin function that is not a bound method, as `call` does.
#[inline]
pub fn call_native(vm: &mut Vm, nf: &NativeFunctionData, args: Args<'_>) -> PyResult<Value> {
    let f = nf.f;
    if nf.fastcall {
        vm.guard_stack(|vm| f(vm, args))
    } else {
        vm.recursive(CALLING, |vm| f(vm, args))
    }
}

/// Calls an instance method descriptor whose checks the specializer made (argument count,
/// the type of `self`), as `call_method_descr` does after them.
#[inline]
pub fn call_method_descr_checked(
    vm: &mut Vm,
    d: &MethodDescrData,
    args: Args<'_>,
) -> PyResult<Value> {
    let f = d.f;
    vm.recursive(CALLING, |vm| f(vm, args))
}

/// Pushes a frame running `code` with explicit globals and locals (module bodies, `exec`).
pub fn push_code_frame(
    vm: &mut Vm,
    code: PyRef<CodeData>,
    globals: PyRef<DictData>,
    locals: Option<Value>,
    closure: Option<&[Value]>,
) -> PyResult<()> {
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_exception(&vm.exc.RecursionError, "maximum recursion depth exceeded"));
    }
    let builtins = match globals.get_rust_str("__builtins__") {
        Some(b) => match b.downcast_ref::<DictData>() {
            Some(d) => d,
            None => match b.downcast::<crate::objects::module::ModuleData>() {
                Some(m) => m.dict.clone(),
                None => vm.builtins.clone(),
            },
        },
        None => vm.builtins.clone(),
    };
    let n = code.nlocalsplus + code.stacksize;
    let (base, mark) = vm.data_stack.push(n);
    if let Some(cells) = closure {
        let first_free = code.nlocalsplus - code.nfrees;
        for (i, c) in cells.iter().enumerate() {
            // SAFETY: free variables are the last `nfrees` slots of localsplus.
            unsafe { *base.add(first_free + i) = Some(c.clone()) };
        }
    }
    vm.frames.push(Frame {
        code,
        func: None,
        globals: Namespace::owned(globals),
        builtins: Namespace::owned(builtins),
        locals,
        base,
        sp: 0,
        pc: 0,
        lasti: 0,
        is_entry: true,
        in_generator: false,
        inline_gen: false,
        frame_obj: None,
        data_mark: mark,
        init_self: None,
        kwnames: None,
    });
    vm.depth += 1;
    Ok(())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// CPython's `initialize_locals`: positional arguments, `*args`, keywords, `**kwargs`,
/// defaults and keyword-only defaults.
///
/// # Safety
/// `locals` points at `code.nlocalsplus` writable slots.
pub unsafe fn bind_args(
    vm: &mut Vm,
    func: &FunctionData,
    code: &CodeData,
    args: Args<'_>,
    locals: *mut Option<Value>,
) -> PyResult<()> {
    let qualname = || -> String {
        func.qualname
            .borrow()
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    let set = |i: usize, v: Value| unsafe { *locals.add(i) = Some(v) };
    let is_set = |i: usize| unsafe { (*locals.add(i)).is_some() };
    let pos = args.pos();
    let argcount = code.argcount;
    let total = code.total_args();
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let mut kwdict: Option<PyRef<DictData>> = None;
    if has_varkw {
        let d = vm.new_dict();
        let idx = total + usize::from(has_varargs);
        set(idx, d.as_value().clone());
        kwdict = Some(d);
    }
    let ncopy = pos.len().min(argcount);
    for (i, v) in pos[..ncopy].iter().enumerate() {
        set(i, v.clone());
    }
    if has_varargs {
        let rest = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        set(total, vm.new_tuple(rest));
    }
    // Keywords.
    let names = &code.localsplusnames;
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (kname, kval) in args.kwnames.iter().zip(args.kw_values()) {
        let Some(ks) = kname.downcast::<StrData>() else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let found = (code.posonlyargcount..total)
            .find(|&j| names[j].as_value().is(kname) || names[j].as_str() == ks.as_str());
        match found {
            Some(j) => {
                if is_set(j) {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        ks.as_str()
                    )));
                }
                set(j, kval.clone());
            }
            None => {
                if let Some(d) = &kwdict {
                    d.set(vm, kname.clone(), kval.clone())?;
                    continue;
                }
                if (0..code.posonlyargcount).any(|j| names[j].as_str() == ks.as_str()) {
                    posonly_as_kw.push(ks.as_str().to_string());
                    continue;
                }
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname(),
                    ks.as_str()
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }
    if pos.len() > argcount && !has_varargs {
        let defaults = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<TupleData>().map(|t| t.len()))
            .unwrap_or(0);
        let kwonly_given = (argcount..total).filter(|&j| is_set(j)).count();
        let takes = if defaults > 0 {
            format!("from {} to {}", argcount - defaults, argcount)
        } else {
            argcount.to_string()
        };
        let takes_word = if defaults == 0 && argcount == 1 {
            "positional argument"
        } else {
            "positional arguments"
        };
        let given = if kwonly_given > 0 {
            format!(
                "{} (and {}) were",
                plural(pos.len(), "positional argument"),
                plural(kwonly_given, "keyword-only argument")
            )
        } else if pos.len() == 1 {
            "1 was".to_string()
        } else {
            format!("{} were", pos.len())
        };
        return Err(vm.type_error(format!(
            "{}() takes {} {} but {} given",
            qualname(),
            takes,
            takes_word,
            given
        )));
    }
    // Positional defaults.
    if pos.len() < argcount {
        let defaults: Vec<Value> = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<TupleData>().map(|t| t.items().to_vec()))
            .unwrap_or_default();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for j in pos.len()..argcount {
            if is_set(j) {
                continue;
            }
            if j >= first_default {
                set(j, defaults[j - first_default].clone());
            } else {
                missing.push(names[j].as_str().to_string());
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required positional {}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    if code.kwonlyargcount > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for j in argcount..total {
            if is_set(j) {
                continue;
            }
            let d = kwdefaults
                .as_ref()
                .and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str(&names[j])));
            match d {
                Some(v) => set(j, v),
                None => missing.push(names[j].as_str().to_string()),
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only {}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}
