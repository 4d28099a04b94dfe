//! The import system: `sys.modules`, native modules, packages and modules found along
//! `sys.path` (source through the pluggable compiler, or a sourceless `.pyc`), relative
//! imports, `from x import y` and `*`, with CPython's messages.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::compile::{CompileFailure, SourceCompiler};
use crate::interp::frame::Frame;
use crate::object::{alloc, PyRef};
use crate::objects::dict::DictData;
use crate::objects::list::ListData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub type NativeModuleInit = fn(&mut Vm) -> PyResult<PyRef<ModuleData>>;

#[derive(Default)]
pub struct ImportState {
    pub compiler: Option<Box<dyn SourceCompiler>>,
    pub native: HashMap<&'static str, NativeModuleInit>,
    /// Modules whose body is running (for the circular-import message).
    pub initializing: HashSet<String>,
}

impl Vm {
    pub fn new_module(&mut self, name: &str) -> PyRef<ModuleData> {
        let dict = self.new_dict();
        let m = alloc(&self.types.module, ModuleData { dict });
        let n = self.names.__name__.clone();
        let v = self.new_str(name);
        m.dict.set_str(&n, v);
        for key in ["__doc__", "__package__", "__loader__", "__spec__"] {
            let k = self.intern(key);
            m.dict.set_str(&k, Value::NONE);
        }
        m
    }

    pub fn register_native_module(&mut self, name: &'static str, init: NativeModuleInit) {
        self.import_state.native.insert(name, init);
    }

    pub fn sys_path(&mut self) -> Vec<String> {
        let Some(p) = crate::modules::sys::get(self, "path") else {
            return Vec::new();
        };
        p.downcast::<ListData>()
            .map(|l| l.snapshot())
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v.downcast::<StrData>().map(|s| s.as_str().to_string()))
            .collect()
    }
}

fn module_name_err(vm: &Vm, name: &str) -> Exc {
    let e = vm.new_exception(
        &vm.exc.ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    e.data().set_field(1, Some(vm.new_str(name)));
    e
}

fn str_of(v: &Value) -> Option<String> {
    v.downcast::<StrData>().map(|s| s.as_str().to_string())
}

/// `IMPORT_NAME`.
pub fn import_name(
    vm: &mut Vm,
    f: &Frame,
    name: &PyRef<StrData>,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let import = f.builtins.get_rust_str("__import__");
    let original = vm.builtins_import.clone();
    match import {
        Some(imp) if !imp.is(&original) => {
            let locals = f.locals.clone().unwrap_or(Value::NONE);
            vm.call(
                &imp,
                crate::objects::native::Args::positional(&[
                    name.as_value().clone(),
                    f.globals.as_value().clone(),
                    locals,
                    fromlist.clone(),
                    level.clone(),
                ]),
            )
        }
        None => Err(vm.new_exception(&vm.exc.ImportError, "__import__ not found")),
        _ => {
            let level = level.as_small_int().unwrap_or(0);
            import_module_level(vm, name.as_str(), Some(&f.globals), fromlist, level)
        }
    }
}

/// `importlib.__import__`.
pub fn import_module_level(
    vm: &mut Vm,
    name: &str,
    globals: Option<&PyRef<DictData>>,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let abs = if level > 0 {
        resolve_name(vm, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = gcd_import(vm, &abs)?;
    let has_fromlist = !fromlist.is_none() && vm.is_true(fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = name.split('.').next().unwrap_or(name);
            return gcd_import(vm, top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        let first = name.split('.').next().unwrap_or(name);
        let cut = name.len() - first.len();
        let mname = module_name(vm, &module).unwrap_or_default();
        let target = &mname[..mname.len() - cut];
        return vm
            .modules
            .get_rust_str(target)
            .ok_or_else(|| module_name_err(vm, target));
    }
    if is_package(&module) {
        handle_fromlist(vm, &module, fromlist)?;
    }
    Ok(module)
}

fn is_package(m: &Value) -> bool {
    m.downcast::<ModuleData>()
        .is_some_and(|md| md.dict.get_rust_str("__path__").is_some())
}

fn module_name(_vm: &Vm, m: &Value) -> Option<String> {
    m.downcast::<ModuleData>()
        .and_then(|md| md.dict.get_rust_str("__name__"))
        .and_then(|n| str_of(&n))
}

fn handle_fromlist(vm: &mut Vm, module: &Value, fromlist: &Value) -> PyResult<()> {
    let items = vm.collect(fromlist)?;
    let mname = module_name(vm, module).unwrap_or_default();
    for x in items {
        let Some(s) = str_of(&x) else {
            return Err(vm.type_error(format!(
                "Item in {mname}.__all__ must be str, not {}",
                vm.type_name(&x)
            )));
        };
        if s == "*" {
            let all = vm.intern("__all__");
            if let Some(a) = vm.getattr_opt(module, &all)? {
                handle_fromlist(vm, module, &a)?;
            }
            continue;
        }
        let n = vm.intern(&s);
        if vm.getattr_opt(module, &n)?.is_none() {
            let sub = format!("{mname}.{s}");
            match gcd_import(vm, &sub) {
                Ok(_) => {}
                Err(e) if vm.exc_matches(&e, &vm.exc.ModuleNotFoundError.clone()) => {
                    let missing = e.data().field(1).and_then(|n| str_of(&n));
                    if missing.as_deref() == Some(sub.as_str())
                        && vm.modules.get_rust_str(&sub).is_none()
                    {
                        continue;
                    }
                    return Err(e);
                }
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

fn resolve_name(
    vm: &mut Vm,
    name: &str,
    globals: Option<&PyRef<DictData>>,
    level: i64,
) -> PyResult<String> {
    let package = globals.and_then(|g| {
        g.get_rust_str("__package__")
            .and_then(|p| str_of(&p))
            .or_else(|| {
                let n = g.get_rust_str("__name__").and_then(|n| str_of(&n))?;
                if g.get_rust_str("__path__").is_some() {
                    Some(n)
                } else {
                    Some(
                        n.rsplit_once('.')
                            .map(|(a, _)| a.to_string())
                            .unwrap_or_default(),
                    )
                }
            })
    });
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            return Err(vm.new_exception(
                &vm.exc.ImportError,
                "attempted relative import with no known parent package",
            ))
        }
    };
    let parts: Vec<&str> = package.split('.').collect();
    if (level as usize) > parts.len() {
        return Err(vm.new_exception(
            &vm.exc.ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level as usize - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `_gcd_import`: imports `name` and its parents.
pub fn gcd_import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get_rust_str(name) {
        if m.is_none() {
            return Err(vm.new_exception(
                &vm.exc.ModuleNotFoundError,
                format!("import of {name} halted; None in sys.modules"),
            ));
        }
        return Ok(m);
    }
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let mut search: Option<Vec<String>> = None;
    let mut parent_module = None;
    if let Some(p) = parent {
        let pm = gcd_import(vm, p)?;
        if let Some(m) = vm.modules.get_rust_str(name) {
            return Ok(m);
        }
        let path_name = vm.intern("__path__");
        let path = vm.getattr_opt(&pm, &path_name)?;
        let Some(path) = path else {
            let e = vm.new_exception(
                &vm.exc.ModuleNotFoundError,
                format!("No module named '{name}'; '{p}' is not a package"),
            );
            e.data().set_field(1, Some(vm.new_str(name)));
            return Err(e);
        };
        let entries = vm.collect(&path)?;
        search = Some(entries.iter().filter_map(str_of).collect());
        parent_module = Some(pm);
    }
    let module = find_and_load(vm, name, child, search)?;
    if let Some(pm) = parent_module {
        let c = vm.intern(child);
        // Binding the submodule on the parent may fail harmlessly (e.g. a read-only parent).
        let _ = vm.setattr(&pm, &c, module.clone());
    }
    Ok(module)
}

enum Found {
    Native(NativeModuleInit),
    Source {
        path: PathBuf,
        package_dir: Option<PathBuf>,
    },
    Sourceless {
        path: PathBuf,
        package_dir: Option<PathBuf>,
    },
}

fn find(vm: &mut Vm, name: &str, child: &str, search: &Option<Vec<String>>) -> Option<Found> {
    if search.is_none() {
        if let Some(init) = vm.import_state.native.get(name) {
            return Some(Found::Native(*init));
        }
    }
    let dirs = match search {
        Some(s) => s.clone(),
        None => vm.sys_path(),
    };
    for d in dirs {
        let dir = if d.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(&d)
        };
        let pkg = dir.join(child);
        if pkg.is_dir() {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some(Found::Source {
                    path: init,
                    package_dir: Some(pkg),
                });
            }
            let initc = pkg.join("__init__.pyc");
            if initc.is_file() {
                return Some(Found::Sourceless {
                    path: initc,
                    package_dir: Some(pkg),
                });
            }
        }
        let py = dir.join(format!("{child}.py"));
        if py.is_file() {
            return Some(Found::Source {
                path: py,
                package_dir: None,
            });
        }
        let pyc = dir.join(format!("{child}.pyc"));
        if pyc.is_file() {
            return Some(Found::Sourceless {
                path: pyc,
                package_dir: None,
            });
        }
    }
    None
}

fn find_and_load(
    vm: &mut Vm,
    name: &str,
    child: &str,
    search: Option<Vec<String>>,
) -> PyResult<Value> {
    let Some(found) = find(vm, name, child, &search) else {
        return Err(module_name_err(vm, name));
    };
    match found {
        Found::Native(init) => {
            let m = init(vm)?;
            let k = vm.names.__doc__.clone();
            if m.dict.get_str(&k).is_none_or(|d| d.is_none()) {
                if let Some(d) = crate::builtin_docs_lookup::module_doc(name, "") {
                    let d = vm.new_str(d);
                    m.dict.set_str(&k, d);
                }
            }
            let mv = m.into_value();
            let k = vm.new_str(name);
            let modules = vm.modules.clone();
            modules.set(vm, k, mv.clone())?;
            Ok(mv)
        }
        Found::Source { path, package_dir } => {
            let code = compile_path(vm, &path)?;
            exec_new_module(vm, name, &path, package_dir.as_deref(), code, true)
        }
        Found::Sourceless { path, package_dir } => {
            let code = load_pyc(vm, &path)?;
            exec_new_module(vm, name, &path, package_dir.as_deref(), code, false)
        }
    }
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

/// Compiles a source file through the configured compiler, printing its warnings.
pub fn compile_path(vm: &mut Vm, path: &Path) -> PyResult<PyRef<crate::objects::code::CodeData>> {
    let optimize = vm.config.optimize;
    let write = !vm.config.dont_write_bytecode && !crate::modules::sys::dont_write_bytecode(vm);
    let Some(compiler) = vm.import_state.compiler.as_mut() else {
        return Err(vm.runtime_error("no compiler is configured for Python source"));
    };
    let r = compiler.compile_file(path, optimize, write);
    let compiled = r.map_err(|f| compile_failure(vm, f))?;
    for w in &compiled.warnings {
        crate::modules::sys::write_stderr(vm, w);
    }
    let code = std::rc::Rc::new(compiled.code);
    crate::code_loader::load_code(vm, &code)
}

/// Runs the `.pyc` at `path` (header checked, then verified).
pub fn load_pyc(vm: &mut Vm, path: &Path) -> PyResult<PyRef<crate::objects::code::CodeData>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vm.new_exception(&vm.exc.OSError, format!("{e}: '{}'", path.display())))?;
    let pyc = match marshal::Pyc::parse(&bytes) {
        Ok(p) => p,
        Err(e) => {
            let msg = e.to_string();
            if msg.contains("magic") {
                return Err(vm.new_exception(
                    &vm.exc.ImportError,
                    format!("bad magic number in {}", path.display()),
                ));
            }
            return Err(vm.new_exception(
                &vm.exc.ImportError,
                format!("bad .pyc file {}: {msg}", path.display()),
            ));
        }
    };
    let code = std::rc::Rc::new(pyc.code);
    crate::code_loader::load_code(vm, &code)
}

/// A Python exception from a compile failure.
pub fn compile_failure(vm: &mut Vm, f: CompileFailure) -> Exc {
    match f {
        CompileFailure::Syntax {
            class,
            msg,
            filename,
            lineno,
            offset,
            text,
            end_lineno,
            end_offset,
        } => {
            let ty = match class.as_str() {
                "IndentationError" => vm.exc.IndentationError.clone(),
                "TabError" => vm.exc.TabError.clone(),
                _ => vm.exc.SyntaxError.clone(),
            };
            let opt_int = |vm: &Vm, v: Option<i64>| v.map(|i| vm.new_int(i)).unwrap_or(Value::NONE);
            let opt_str = |vm: &Vm, v: &Option<String>| {
                v.as_ref()
                    .map(|s| vm.new_str(s.as_str()))
                    .unwrap_or(Value::NONE)
            };
            let details = vm.new_tuple([
                opt_str(vm, &filename),
                opt_int(vm, lineno),
                opt_int(vm, offset),
                opt_str(vm, &text),
                opt_int(vm, end_lineno),
                opt_int(vm, end_offset),
            ]);
            let m = vm.new_str(msg.as_str());
            let e = vm.new_exception_args(&ty, vec![m.clone(), details]);
            let d = e.data();
            d.set_field(0, Some(m));
            d.set_field(1, Some(opt_str(vm, &filename)));
            d.set_field(2, Some(opt_int(vm, lineno)));
            d.set_field(3, Some(opt_int(vm, offset)));
            d.set_field(4, Some(opt_str(vm, &text)));
            d.set_field(5, Some(opt_int(vm, end_lineno)));
            d.set_field(6, Some(opt_int(vm, end_offset)));
            d.set_field(7, Some(Value::NONE));
            e
        }
        CompileFailure::Other { class, message } => {
            let ty = vm
                .exc
                .all()
                .into_iter()
                .find(|t| t.name() == class)
                .cloned()
                .unwrap_or_else(|| vm.exc.SystemError.clone());
            vm.new_exception(&ty, message)
        }
        CompileFailure::Unavailable(msg) => vm.runtime_error(msg),
    }
}

fn exec_new_module(
    vm: &mut Vm,
    name: &str,
    path: &Path,
    package_dir: Option<&Path>,
    code: PyRef<crate::objects::code::CodeData>,
    _has_source: bool,
) -> PyResult<Value> {
    // The attributes in the order CPython's module dict has them.
    let m = vm.new_module(name);
    let pkg = match package_dir {
        Some(_) => name.to_string(),
        None => name
            .rsplit_once('.')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default(),
    };
    let k = vm.names.__package__.clone();
    let pv = vm.new_str(pkg);
    m.dict.set_str(&k, pv);
    let spec = set_spec(vm, &m, name, path, package_dir, !_has_source)?;
    if package_dir.is_some() {
        let k = vm.intern("submodule_search_locations");
        let l = vm.getattr(&spec, &k)?;
        let k = vm.names.__path__.clone();
        m.dict.set_str(&k, l);
    }
    let file = vm.new_str(absolute(path).to_string_lossy().as_ref());
    let k = vm.names.__file__.clone();
    m.dict.set_str(&k, file);
    let k = vm.intern("cached");
    let cached = vm.getattr(&spec, &k)?;
    let k = vm.intern("__cached__");
    m.dict.set_str(&k, cached);
    let k = vm.names.__builtins__.clone();
    m.dict.set_str(&k, vm.builtins_module.clone());
    let mv = m.as_value().clone();
    let key = vm.new_str(name);
    let modules = vm.modules.clone();
    modules.set(vm, key.clone(), mv.clone())?;
    vm.import_state.initializing.insert(name.to_string());
    let r = run_code(vm, code, m.dict.clone(), None);
    vm.import_state.initializing.remove(name);
    if let Err(e) = r {
        let _ = modules.remove(vm, &key);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(vm.modules.get_rust_str(name).unwrap_or(mv))
}

/// `__spec__` and `__loader__` of a module loaded from a file, made by the
/// embedded `_frozen_importlib` (ModuleSpec and the file loaders).
fn set_spec(
    vm: &mut Vm,
    m: &crate::object::PyRef<crate::objects::module::ModuleData>,
    name: &str,
    path: &Path,
    package_dir: Option<&Path>,
    sourceless: bool,
) -> PyResult<Value> {
    let fi = gcd_import(vm, "_frozen_importlib")?;
    let k = vm.intern("_spec_for_file");
    let make = vm.getattr(&fi, &k)?;
    let args = [
        vm.new_str(name),
        vm.new_str(absolute(path).to_string_lossy().as_ref()),
        match package_dir {
            Some(d) => vm.new_str(absolute(d).to_string_lossy().as_ref()),
            None => Value::NONE,
        },
        Value::from_bool(sourceless),
    ];
    let spec = vm.call(&make, crate::objects::native::Args::positional(&args))?;
    let k = vm.intern("loader");
    let loader = vm.getattr(&spec, &k)?;
    let k = vm.intern("__spec__");
    m.dict.set_str(&k, spec.clone());
    let k = vm.intern("__loader__");
    m.dict.set_str(&k, loader);
    Ok(spec)
}

/// Executes a module-level code object in `globals` (and `locals`, default the globals).
pub fn run_code(
    vm: &mut Vm,
    code: PyRef<crate::objects::code::CodeData>,
    globals: PyRef<DictData>,
    locals: Option<Value>,
) -> PyResult<Value> {
    let locals = locals.unwrap_or_else(|| globals.as_value().clone());
    crate::interp::call::push_code_frame(vm, code, globals, Some(locals), None)?;
    vm.guard_stack(crate::interp::eval::run)
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
    if let Some(v) = vm.getattr_opt(module, name)? {
        return Ok(v);
    }
    let mname = module_name(vm, module);
    if let Some(mn) = &mname {
        let full = format!("{mn}.{}", name.as_str());
        if let Some(m) = vm.modules.get_rust_str(&full) {
            return Ok(m);
        }
    }
    let mn = mname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_string());
    let file = module
        .downcast::<ModuleData>()
        .and_then(|m| m.dict.get_rust_str("__file__"))
        .and_then(|f| str_of(&f));
    let initializing = mname
        .as_ref()
        .is_some_and(|n| vm.import_state.initializing.contains(n));
    let path = file.as_ref().map(|f| vm.new_str(f.as_str()));
    let msg = match (initializing, file) {
        (true, Some(f)) => format!(
            "cannot import name '{}' from partially initialized module '{mn}' (most likely due to a circular import) ({f})",
            name.as_str()
        ),
        (true, None) => format!(
            "cannot import name '{}' from partially initialized module '{mn}' (most likely due to a circular import) (unknown location)",
            name.as_str()
        ),
        (false, Some(f)) => format!("cannot import name '{}' from '{mn}' ({f})", name.as_str()),
        (false, None) => format!("cannot import name '{}' from '{mn}' (unknown location)", name.as_str()),
    };
    let e = vm.new_exception(&vm.exc.ImportError, msg);
    e.data().set_field(1, mname.map(|n| vm.new_str(n)));
    e.data().set_field(2, path);
    Err(e)
}

/// `IMPORT_STAR`.
pub fn import_star(vm: &mut Vm, f: &Frame, module: &Value) -> PyResult<()> {
    let all_name = vm.intern("__all__");
    let names: Vec<Value> = match vm.getattr_opt(module, &all_name)? {
        Some(all) => vm.collect(&all)?,
        None => {
            let dict_name = vm.names.__dict__.clone();
            let d = vm.getattr(module, &dict_name)?;
            let keys = d
                .downcast::<DictData>()
                .map(|d| d.keys())
                .unwrap_or_default();
            keys.into_iter()
                .filter(|k| str_of(k).is_some_and(|s| !s.starts_with('_')))
                .collect()
        }
    };
    let mname = module_name(vm, module).unwrap_or_default();
    for n in names {
        let Some(s) = n.downcast_ref::<StrData>() else {
            return Err(vm.type_error(format!(
                "Item in {mname}.__all__ must be str, not {}",
                vm.type_name(&n)
            )));
        };
        let s = vm.intern(s.as_str());
        let v = vm.getattr(module, &s)?;
        crate::interp::helpers::store_name(vm, f, &s, Some(v))?;
    }
    Ok(())
}

pub fn _unused(_: &TupleData) {}
