//! Running a program as `python3` does: the `__main__` module from a file, a `.pyc`, a
//! command string, a module name or stdin; uncaught exceptions printed with their traceback,
//! `SystemExit` turned into the exit status.

use std::path::Path;

use crate::compile::Mode;
use crate::objects::exception::ExceptionData;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

/// The compiler backed by the installed CPython (until Basilisk's own lands).
pub struct CpythonSourceCompiler {
    inner: cpython_compile::CpythonCompiler,
}

impl Default for CpythonSourceCompiler {
    fn default() -> Self {
        CpythonSourceCompiler {
            inner: cpython_compile::CpythonCompiler::new(),
        }
    }
}

fn failure(e: cpython_compile::CompileError) -> crate::compile::CompileFailure {
    use crate::compile::CompileFailure as F;
    match e {
        cpython_compile::CompileError::Syntax(s) => F::Syntax {
            class: s.class,
            msg: s.msg,
            filename: s.filename,
            lineno: s.lineno,
            offset: s.offset,
            text: s.text,
            end_lineno: s.end_lineno,
            end_offset: s.end_offset,
        },
        cpython_compile::CompileError::Other { class, message } => F::Other { class, message },
        cpython_compile::CompileError::Unavailable(m) => F::Unavailable(m),
        cpython_compile::CompileError::Crashed(m) => F::Unavailable(m),
    }
}

fn shown(ws: Vec<cpython_compile::CompileWarning>, main: bool) -> Vec<String> {
    ws.into_iter()
        .filter(|w| w.shown_by_default() || (main && w.category == "DeprecationWarning"))
        .map(|w| w.formatted)
        .collect()
}

impl crate::compile::SourceCompiler for CpythonSourceCompiler {
    fn compile_file(
        &mut self,
        path: &Path,
        optimize: i32,
        write_cache: bool,
    ) -> Result<crate::compile::Compiled, crate::compile::CompileFailure> {
        match cpython_compile::source_to_code(&mut self.inner, path, optimize, !write_cache) {
            Ok((code, warnings)) => Ok(crate::compile::Compiled {
                code,
                warnings: shown(warnings, false),
            }),
            Err(cpython_compile::SourceError::Compile(e)) => Err(failure(e)),
            Err(cpython_compile::SourceError::Io { path, error }) => Err(
                crate::compile::CompileFailure::Unavailable(format!("{}: {error}", path.display())),
            ),
        }
    }

    fn compile_source(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: Mode,
        flags: u32,
        optimize: i32,
    ) -> Result<crate::compile::Compiled, crate::compile::CompileFailure> {
        let m = match mode {
            Mode::Exec => cpython_compile::Mode::Exec,
            Mode::Eval => cpython_compile::Mode::Eval,
            Mode::Single => cpython_compile::Mode::Single,
        };
        match self.inner.compile(source, filename, m, flags, optimize) {
            Ok(c) => Ok(crate::compile::Compiled {
                code: c.code,
                warnings: shown(c.warnings, true),
            }),
            Err(e) => Err(failure(e)),
        }
    }
}

/// What to run as `__main__`.
pub enum MainTarget<'a> {
    File(&'a Path),
    Command(&'a str),
    Module(&'a str),
    Stdin,
}

/// Runs the program and returns the process exit status.
pub fn run_main(vm: &mut Vm, target: MainTarget<'_>) -> i32 {
    // The VM's own start-up (builtin types, their dicts) does not count towards the
    // program's first collection: CPython's start-up objects have long been collected and
    // promoted by then, and its first collection comes 700 allocations into the program.
    vm.heap.allocations.set(0);
    vm.heap.young_start.set(vm.heap.tracked.borrow().len());
    let r = run_main_inner(vm, target);
    let status = match r {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    // Py_FinalizeEx's order: exit functions, then the modules' objects are finalized.
    let _ = crate::gc::run_pending(vm);
    crate::modules::atexit::run_exitfuncs(vm);
    let _ = crate::gc::run_pending(vm);
    crate::modules::sys::flush_std(vm);
    crate::shutdown::finalize_modules(vm);
    crate::modules::sys::flush_std(vm);
    status
}

fn main_module(
    vm: &mut Vm,
    file: Option<&str>,
) -> crate::object::PyRef<crate::objects::dict::DictData> {
    let m = vm.new_module("__main__");
    let k = vm.names.__builtins__.clone();
    m.dict.set_str(&k, vm.builtins_module.clone());
    if let Some(f) = file {
        let k = vm.names.__file__.clone();
        let v = vm.new_str(f);
        m.dict.set_str(&k, v);
    }
    let key = vm.new_str("__main__");
    let modules = vm.modules.clone();
    let _ = modules.set(vm, key, m.as_value().clone());
    m.dict.clone()
}

fn run_main_inner(vm: &mut Vm, target: MainTarget<'_>) -> PyResult<()> {
    match target {
        MainTarget::File(path) => {
            let abs = if path.is_absolute() {
                path.to_path_buf()
            } else {
                std::env::current_dir()
                    .map(|d| d.join(path))
                    .unwrap_or_else(|_| path.to_path_buf())
            };
            let abs_s = abs.to_string_lossy().into_owned();
            let globals = main_module(vm, Some(&abs_s));
            let is_pyc = path.extension().is_some_and(|e| e == "pyc");
            let code = if is_pyc {
                crate::import::load_pyc(vm, path)?
            } else {
                let bytes = std::fs::read(path).map_err(|e| crate::modules::io::os_error(vm, e))?;
                let Some(compiler) = vm.import_state.compiler.as_mut() else {
                    return Err(vm.runtime_error("no compiler is configured for Python source"));
                };
                let r = compiler.compile_source(
                    &bytes,
                    &abs_s,
                    Mode::Exec,
                    0,
                    vm.config.optimize.clamp(0, 2) - if vm.config.optimize == 0 { 1 } else { 0 },
                );
                let compiled = r.map_err(|f| crate::import::compile_failure(vm, f))?;
                for w in &compiled.warnings {
                    crate::modules::sys::write_stderr(vm, w);
                }
                crate::code_loader::load_code(vm, &std::rc::Rc::new(compiled.code))?
            };
            crate::import::run_code(vm, code, globals, None)?;
            Ok(())
        }
        MainTarget::Command(src) => {
            let globals = main_module(vm, None);
            let mut text = src.to_string();
            text.push('\n');
            let Some(compiler) = vm.import_state.compiler.as_mut() else {
                return Err(vm.runtime_error("no compiler is configured for Python source"));
            };
            let r = compiler.compile_source(text.as_bytes(), "<string>", Mode::Exec, 0, -1);
            let compiled = r.map_err(|f| crate::import::compile_failure(vm, f))?;
            let code = crate::code_loader::load_code(vm, &std::rc::Rc::new(compiled.code))?;
            crate::import::run_code(vm, code, globals, None)?;
            Ok(())
        }
        MainTarget::Stdin => {
            let globals = main_module(vm, None);
            let mut text = Vec::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_end(&mut text);
            let Some(compiler) = vm.import_state.compiler.as_mut() else {
                return Err(vm.runtime_error("no compiler is configured for Python source"));
            };
            let r = compiler.compile_source(&text, "<stdin>", Mode::Exec, 0, -1);
            let compiled = r.map_err(|f| crate::import::compile_failure(vm, f))?;
            let code = crate::code_loader::load_code(vm, &std::rc::Rc::new(compiled.code))?;
            crate::import::run_code(vm, code, globals, None)?;
            Ok(())
        }
        MainTarget::Module(name) => {
            // runpy: find the module's file, then run it as __main__.
            let parts: Vec<&str> = name.split('.').collect();
            let mut found = None;
            for dir in vm.sys_path() {
                let base = if dir.is_empty() {
                    std::path::PathBuf::from(".")
                } else {
                    std::path::PathBuf::from(&dir)
                };
                let mut p = base.clone();
                for part in &parts[..parts.len() - 1] {
                    p = p.join(part);
                }
                let last = parts[parts.len() - 1];
                let file = p.join(format!("{last}.py"));
                if file.is_file() {
                    found = Some(file);
                    break;
                }
                let pkg = p.join(last).join("__main__.py");
                if pkg.is_file() {
                    found = Some(pkg);
                    break;
                }
            }
            let Some(file) = found else {
                let exe = vm.config.executable.clone();
                crate::modules::sys::write_stderr(vm, &format!("{exe}: No module named {name}\n"));
                return Err(vm.new_exception_args(&vm.exc.SystemExit.clone(), vec![vm.new_int(1)]));
            };
            let abs = std::fs::canonicalize(&file).unwrap_or(file);
            if let Some(argv) = crate::modules::sys::get(vm, "argv") {
                if let Some(l) = argv.downcast::<crate::objects::list::ListData>() {
                    if !l.is_empty() {
                        l.items.borrow_mut()[0] = vm.new_str(abs.to_string_lossy().as_ref());
                    }
                }
            }
            run_main_inner(vm, MainTarget::File(&abs))
        }
    }
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: Exc) -> i32 {
    if vm.exc_matches(&e, &vm.exc.SystemExit.clone()) {
        return system_exit_status(vm, &e);
    }
    let _ = crate::gc::run_pending(vm);
    crate::modules::sys::flush_std(vm);
    let hook = crate::modules::sys::get(vm, "excepthook");
    let original = crate::modules::sys::get(vm, "__excepthook__");
    let custom = matches!((&hook, &original), (Some(h), Some(o)) if !h.is(o));
    if custom {
        let h = hook.expect("hook");
        let ty = vm.type_of(&e.0).into_value();
        let tb = e.data().traceback.borrow().clone().unwrap_or(Value::NONE);
        if let Err(e2) = vm.call(
            &h,
            crate::objects::native::Args::positional(&[ty, e.0.clone(), tb]),
        ) {
            let mut out = String::from("Error in sys.excepthook:\n");
            let mut seen = Vec::new();
            crate::traceback::format_exception(vm, &e2.0, &mut out, &mut seen);
            out.push_str("\nOriginal exception was:\n");
            crate::traceback::format_exception(vm, &e.0, &mut out, &mut Vec::new());
            crate::modules::sys::write_stderr(vm, &out);
        }
    } else {
        let mut out = String::new();
        let mut seen = Vec::new();
        crate::traceback::format_exception(vm, &e.0, &mut out, &mut seen);
        crate::modules::sys::write_stderr(vm, &out);
    }
    if vm.exc_matches(&e, &vm.exc.KeyboardInterrupt.clone()) {
        return -2;
    }
    1
}

fn system_exit_status(vm: &mut Vm, e: &Exc) -> i32 {
    let code = e.data().field(0).unwrap_or(Value::NONE);
    let code = if code.is_none() {
        // `SystemExit(1, 2)`: the args tuple.
        let args = e.data().args.borrow().clone();
        match args
            .downcast::<crate::objects::tuple::TupleData>()
            .map(|t| t.items().to_vec())
        {
            Some(items) if items.len() > 1 => args,
            _ => Value::NONE,
        }
    } else {
        code
    };
    if code.is_none() {
        return 0;
    }
    if let Some(i) = crate::builtin_impls::int::as_int(&code) {
        return i.to_i64().map(|v| v as i32).unwrap_or(-1);
    }
    crate::modules::sys::flush_std(vm);
    let text = match code.downcast::<StrData>() {
        Some(s) => s.as_str().to_string(),
        None => vm.str_string(&code).unwrap_or_default(),
    };
    crate::modules::sys::write_stderr(vm, &format!("{text}\n"));
    let _ = ExceptionData::new;
    1
}
