//! `compile()`, `exec()`, `eval()`, `locals()`.

use crate::compile::Mode;
use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The current frame's locals as a mapping (for a function, its `fast_locals_dict`).
pub fn frame_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.new_dict().into_value());
    };
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    fast_locals_dict(vm, vm.frames.len() - 1)
}

/// `PyFrame_FastToLocals` for the live function frame at `index`: the frame's one locals
/// dict, with every bound local (cells and free variables by their contents) set and every
/// unbound one deleted; other keys are left as they are.
pub fn fast_locals_dict(vm: &mut Vm, index: usize) -> PyResult<Value> {
    let fo = crate::traceback::frame_object_at(vm, index);
    let fd = fo
        .downcast::<crate::objects::frame_object::FrameData>()
        .expect("frame object");
    let existing = fd.fast_locals.borrow().clone();
    let d = match existing {
        Some(d) => d,
        None => {
            let d = vm.new_dict().into_value();
            *fd.fast_locals.borrow_mut() = Some(d.clone());
            d
        }
    };
    let dict = d.downcast::<DictData>().expect("locals dict");
    let frame = vm.frames.get(index).expect("a live frame index");
    let code = frame.code.clone();
    let mut values = Vec::with_capacity(code.nlocalsplus);
    for i in 0..code.nlocalsplus {
        // SAFETY: i < nlocalsplus.
        let v = unsafe { frame.local(i).clone() };
        let v = if code.kinds[i]
            & (bytecode::code::local_kind::CELL | bytecode::code::local_kind::FREE)
            != 0
        {
            v.and_then(|c| {
                c.downcast::<crate::objects::function::CellData>()
                    .and_then(|c| c.value.borrow().clone())
            })
        } else {
            v
        };
        values.push(v);
    }
    for (i, v) in values.into_iter().enumerate() {
        let name = &code.localsplusnames[i];
        match v {
            Some(v) => dict.set_str(name, v),
            None => {
                dict.remove_str(name);
            }
        }
    }
    Ok(d)
}

fn source_bytes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    crate::builtin_impls::bytes::bytes_like(vm, v).map_err(|_| {
        vm.type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object"
        ))
    })
}

fn compile_to_code(
    vm: &mut Vm,
    src: &[u8],
    filename: &str,
    mode: Mode,
    flags: u32,
    optimize: i32,
) -> PyResult<PyRef<CodeData>> {
    let Some(compiler) = vm.import_state.compiler.as_mut() else {
        return Err(vm.runtime_error("no compiler is configured for Python source"));
    };
    let r = compiler.compile_source(src, filename, mode, flags, optimize);
    let compiled = r.map_err(|f| crate::import::compile_failure(vm, f))?;
    for w in &compiled.warnings {
        crate::modules::sys::write_stderr(vm, w);
    }
    let code = std::rc::Rc::new(compiled.code);
    crate::code_loader::load_code(vm, &code)
}

pub fn builtin_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(
        vm,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    )?;
    let src = r[0].clone().expect("required");
    if src.downcast::<CodeData>().is_some() {
        return Ok(src);
    }
    let bytes = source_bytes(vm, &src, "compile")?;
    let filename = vm.str_string(r[1].as_ref().expect("required"))?;
    let mode = match r[2]
        .as_ref()
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .as_deref()
    {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = match &r[3] {
        Some(f) => crate::builtin_impls::int::index_isize(vm, f)? as u32,
        None => 0,
    };
    let optimize = match &r[5] {
        Some(o) => crate::builtin_impls::int::index_isize(vm, o)? as i32,
        None => -1,
    };
    Ok(compile_to_code(vm, &bytes, &filename, mode, flags, optimize)?.into_value())
}

fn run_in(vm: &mut Vm, a: Args<'_>, mode: Mode, name: &str) -> PyResult<Value> {
    let r = a.parse_with(vm, name, &["source", "globals", "locals"], 1, 1)?;
    let src = r[0].clone().expect("required");
    let globals = r[1].clone().filter(|g| !g.is_none());
    let locals = r[2].clone().filter(|l| !l.is_none());
    let (globals, locals) = match globals {
        Some(g) => {
            let Some(gd) = g.downcast_ref::<DictData>() else {
                return Err(vm.type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    vm.type_name(&g)
                )));
            };
            let l = locals.unwrap_or_else(|| g.clone());
            (gd, l)
        }
        None => {
            let Some(f) = vm.frames.last() else {
                return Err(vm.system_error("no current frame"));
            };
            let g = PyRef::clone(&f.globals);
            let l = match locals {
                Some(l) => l,
                None => frame_locals(vm)?,
            };
            (g, l)
        }
    };
    if globals.get_rust_str("__builtins__").is_none() {
        let k = vm.names.__builtins__.clone();
        globals.set_str(&k, vm.builtins_module.clone());
    }
    let code = if let Some(c) = src.downcast_ref::<CodeData>() {
        c
    } else {
        let mut bytes = source_bytes(vm, &src, name)?;
        if mode == Mode::Eval {
            // eval() ignores leading spaces and tabs.
            let skip = bytes
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            bytes.drain(..skip);
        }
        compile_to_code(vm, &bytes, "<string>", mode, 0, -1)?
    };
    let r = crate::import::run_code(vm, code, globals, Some(locals))?;
    Ok(if mode == Mode::Eval { r } else { Value::NONE })
}

pub fn builtin_exec(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    run_in(vm, a, Mode::Exec, "exec")
}

pub fn builtin_eval(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    run_in(vm, a, Mode::Eval, "eval")
}
