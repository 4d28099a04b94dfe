//! `sys`.

use crate::object::PyRef;
use crate::objects::file::{FileData, Stream};
use crate::objects::module::ModuleData;
use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let m = vm.new_module("sys");
    vm.sys_module = m.as_value().clone();
    if let Some(d) = crate::builtin_docs_lookup::module_doc("sys", "") {
        let d = vm.new_str(d);
        super::set(vm, &m, "__doc__", d);
    }
    let unbuffered = vm.config.unbuffered;
    let stdout = crate::object::alloc(
        &vm.types.text_io,
        FileData::new(Stream::Stdout, "<stdout>", "w", unbuffered, false, true),
    )
    .into_value();
    let stderr = crate::object::alloc(
        &vm.types.text_io,
        FileData::new(Stream::Stderr, "<stderr>", "w", true, false, true),
    )
    .into_value();
    for (text, stream, name) in [
        (&stdout, Stream::Stdout, "<stdout>"),
        (&stderr, Stream::Stderr, "<stderr>"),
    ] {
        let b = crate::object::alloc(
            &vm.types.buffered_writer,
            FileData::new(stream, name, "wb", false, false, true),
        )
        .into_value();
        if let Some(f) = text.downcast::<FileData>() {
            *f.buffer.borrow_mut() = Some(b);
        }
    }
    let stdin = crate::object::alloc(
        &vm.types.text_io,
        FileData::new(Stream::Stdin, "<stdin>", "r", false, true, false),
    )
    .into_value();
    for (n, v) in [
        ("stdout", &stdout),
        ("stderr", &stderr),
        ("stdin", &stdin),
        ("__stdout__", &stdout),
        ("__stderr__", &stderr),
        ("__stdin__", &stdin),
    ] {
        super::set(vm, &m, n, v.clone());
    }
    let argv: Vec<Value> = vm
        .config
        .argv
        .clone()
        .into_iter()
        .map(|a| vm.new_str(a))
        .collect();
    let argv = vm.new_list(argv);
    super::set(vm, &m, "argv", argv);
    let orig = vm.new_tuple(Vec::new());
    super::set(vm, &m, "orig_argv", orig);
    let path: Vec<Value> = vm
        .config
        .path
        .clone()
        .into_iter()
        .map(|a| vm.new_str(a))
        .collect();
    let path = vm.new_list(path);
    super::set(vm, &m, "path", path);
    let v = vm.modules.as_value().clone();
    super::set(vm, &m, "modules", v);
    let v = vm.new_int(i64::MAX);
    super::set(vm, &m, "maxsize", v);
    let v = vm.new_str("little");
    super::set(vm, &m, "byteorder", v);
    let v = vm.new_str("linux");
    super::set(vm, &m, "platform", v);
    let v = vm.new_str("3.11.7 (Basilisk)");
    super::set(vm, &m, "version", v);
    let v = vm.new_int(0x030b07f0);
    super::set(vm, &m, "hexversion", v);
    let v = vm.new_int(1013);
    super::set(vm, &m, "api_version", v);
    let v = vm.new_int(0x10ffff);
    super::set(vm, &m, "maxunicode", v);
    let v = vm.new_str(vm.config.executable.clone());
    super::set(vm, &m, "executable", v);
    let v = Value::from_bool(vm.config.dont_write_bytecode);
    super::set(vm, &m, "dont_write_bytecode", v);
    let v = vm.new_str("");
    super::set(vm, &m, "prefix", v);
    let vi: Vec<Value> = vec![
        vm.new_int(3),
        vm.new_int(11),
        vm.new_int(7),
        vm.new_str("final"),
        vm.new_int(0),
    ];
    let vit = crate::builtin_impls::structseq::new_type(
        vm,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let vi = crate::builtin_impls::structseq::new_value(vm, &vit, vi);
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let ft = crate::builtin_impls::structseq::new_type(vm, "sys.flags", &flag_names);
    let c = vm.config.clone();
    let flag_values: Vec<Value> = vec![
        vm.new_int(0),
        vm.new_int(0),
        vm.new_int(0),
        vm.new_int(c.optimize as i64),
        vm.new_int(i64::from(c.dont_write_bytecode)),
        vm.new_int(0),
        vm.new_int(0),
        vm.new_int(i64::from(c.ignore_environment)),
        vm.new_int(c.verbose as i64),
        vm.new_int(0),
        vm.new_int(0),
        // 0 only when PYTHONHASHSEED=0 is in effect (hashing is then not randomized).
        vm.new_int(i64::from(
            c.ignore_environment
                || std::env::var("PYTHONHASHSEED").map_or(true, |v| v.trim() != "0"),
        )),
        vm.new_int(i64::from(c.isolated)),
        Value::FALSE,
        vm.new_int(0),
        vm.new_int(0),
        Value::from_bool(c.isolated),
        vm.new_int(if c.int_max_str_digits == 0 {
            -1
        } else {
            c.int_max_str_digits as i64
        }),
    ];
    let flags = crate::builtin_impls::structseq::new_value(vm, &ft, flag_values);
    super::set(vm, &m, "flags", flags);
    add_number_infos(vm, &m);
    let names: Vec<Value> = ["_io", "builtins", "gc", "math", "sys", "time"]
        .iter()
        .map(|n| vm.new_str(*n))
        .collect();
    let names = vm.new_tuple(names);
    super::set(vm, &m, "builtin_module_names", names);
    super::set(vm, &m, "version_info", vi);
    let impl_ns = vm.new_module("implementation");
    let v = vm.new_str("basilisk");
    super::set(vm, &impl_ns, "name", v);
    let v = vm.new_str("basilisk-311");
    super::set(vm, &impl_ns, "cache_tag", v);
    super::set(vm, &m, "implementation", impl_ns.into_value());
    crate::builtin_impls::asyncgen::add_sys_functions(vm, &m);
    let warnoptions = vm.new_list(Vec::new());
    super::set(vm, &m, "warnoptions", warnoptions);
    super::add_functions(
        vm,
        &m,
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", |vm, _| {
                Ok(vm.new_int(vm.recursion_limit as i64))
            }),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("intern", |vm, a| {
                let s = a.exactly_one(vm, "intern")?.clone();
                match s.downcast::<crate::objects::str::StrData>() {
                    Some(_) if !vm.type_of(&s).is(&vm.types.str) => {
                        Err(vm.type_error(format!("can't intern {}", vm.type_name(&s))))
                    }
                    Some(t) => Ok(vm.intern(t.as_str()).into_value()),
                    None => Err(vm.type_error(format!(
                        "intern() argument must be str, not {}",
                        crate::args::bad_arg_name(vm, &s)
                    ))),
                }
            }),
            ("exc_info", |vm, _| {
                let e = vm.current_exception();
                Ok(match e {
                    Some(e) => {
                        let t = vm.type_of(&e).into_value();
                        let tb = e
                            .downcast::<crate::objects::exception::ExceptionData>()
                            .and_then(|d| d.traceback.borrow().clone())
                            .unwrap_or(Value::NONE);
                        vm.new_tuple([t, e, tb])
                    }
                    None => vm.new_tuple([Value::NONE, Value::NONE, Value::NONE]),
                })
            }),
            ("exception", |vm, _| {
                Ok(vm.current_exception().unwrap_or(Value::NONE))
            }),
            ("is_finalizing", |_, _| Ok(Value::FALSE)),
            ("getrefcount", |vm, a| {
                let x = a.exactly_one(vm, "getrefcount")?;
                Ok(vm.new_int(x.header().map(|h| h.refcount() as i64).unwrap_or(1 << 30)))
            }),
            ("get_int_max_str_digits", |vm, _| {
                Ok(vm.new_int(vm.int_max_str_digits as i64))
            }),
            ("set_int_max_str_digits", |vm, a| {
                let r = a.parse(vm, "set_int_max_str_digits", &["maxdigits"], 1)?;
                let n =
                    crate::builtin_impls::int::index_isize(vm, r[0].as_ref().expect("required"))?;
                if n != 0 && n < 640 {
                    return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
                }
                vm.int_max_str_digits = n as usize;
                Ok(Value::NONE)
            }),
            ("getsizeof", |vm, a| {
                let r = a.unpack(vm, "getsizeof", 1, 2)?;
                let n = vm.intern("__sizeof__");
                match vm.call_special(&r[0], &n, &[])? {
                    Some(v) => Ok(v),
                    None => Ok(vm.new_int(16)),
                }
            }),
            ("_getframe", sys_getframe),
            ("displayhook", sys_displayhook),
            ("excepthook", sys_excepthook),
            ("getdefaultencoding", |vm, _| Ok(vm.new_str("utf-8"))),
            ("getfilesystemencoding", |vm, _| Ok(vm.new_str("utf-8"))),
        ],
    );
    let dh = get_from(&m, "displayhook");
    if let Some(d) = dh {
        super::set(vm, &m, "__displayhook__", d);
    }
    let eh = get_from(&m, "excepthook");
    if let Some(e) = eh {
        super::set(vm, &m, "__excepthook__", e);
    }
    let k = vm.new_str("sys");
    let modules = vm.modules.clone();
    let _ = modules.set(vm, k, m.into_value());
    super::register_all(vm);
}

/// `sys.float_info`, `sys.int_info`, `sys.hash_info`: the values of 64-bit CPython 3.11.
fn add_number_infos(vm: &mut Vm, m: &PyRef<ModuleData>) {
    enum N {
        I(i64),
        F(f64),
        S(&'static str),
    }
    use N::*;
    type Table = (&'static str, &'static str, Vec<(&'static str, N)>);
    let tables: [Table; 3] = [
        (
            "float_info",
            "sys.float_info",
            vec![
                ("max", F(f64::MAX)),
                ("max_exp", I(1024)),
                ("max_10_exp", I(308)),
                ("min", F(f64::MIN_POSITIVE)),
                ("min_exp", I(-1021)),
                ("min_10_exp", I(-307)),
                ("dig", I(15)),
                ("mant_dig", I(53)),
                ("epsilon", F(f64::EPSILON)),
                ("radix", I(2)),
                ("rounds", I(1)),
            ],
        ),
        (
            "int_info",
            "sys.int_info",
            vec![
                ("bits_per_digit", I(30)),
                ("sizeof_digit", I(4)),
                ("default_max_str_digits", I(4300)),
                ("str_digits_check_threshold", I(640)),
            ],
        ),
        (
            "hash_info",
            "sys.hash_info",
            vec![
                ("width", I(64)),
                ("modulus", I((1 << 61) - 1)),
                ("inf", I(314159)),
                ("nan", I(0)),
                ("imag", I(1000003)),
                ("algorithm", S("siphash13")),
                ("hash_bits", I(64)),
                ("seed_bits", I(128)),
                ("cutoff", I(0)),
            ],
        ),
    ];
    for (attr, qualified, fields) in tables {
        let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
        let t = crate::builtin_impls::structseq::new_type(vm, qualified, &names);
        let values: Vec<Value> = fields
            .iter()
            .map(|(_, v)| match v {
                I(i) => vm.new_int(*i),
                F(f) => vm.new_float(*f),
                S(s) => vm.new_str(*s),
            })
            .collect();
        let v = crate::builtin_impls::structseq::new_value(vm, &t, values);
        super::set(vm, m, attr, v);
    }
    let v = vm.new_str("short");
    super::set(vm, m, "float_repr_style", v);
}

fn get_from(m: &PyRef<ModuleData>, name: &str) -> Option<Value> {
    m.dict.get_rust_str(name)
}

/// `sys.<name>`, if set.
pub fn get(vm: &Vm, name: &str) -> Option<Value> {
    vm.sys_module
        .downcast::<ModuleData>()?
        .dict
        .get_rust_str(name)
}

pub fn dont_write_bytecode(vm: &mut Vm) -> bool {
    get(vm, "dont_write_bytecode").is_some_and(|v| v.is_true_singleton())
}

/// Writes to `sys.stderr` (falling back to the process's stderr).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    match get(vm, "stderr") {
        Some(f) if !f.is_none() => {
            if super::io::write_to(vm, &f, text).is_err() {
                eprint!("{text}");
            }
        }
        _ => eprint!("{text}"),
    }
}

/// Flushes `sys.stdout` and `sys.stderr` (at exit).
pub fn flush_std(vm: &mut Vm) {
    for n in ["stdout", "stderr"] {
        if let Some(f) = get(vm, n) {
            if let Some(fd) = f.downcast::<FileData>() {
                let _ = fd.flush();
            } else if !f.is_none() {
                let _ = vm.call_method(&f, "flush", &[]);
            }
        }
    }
}

fn sys_exit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "exit", 0, 1)?;
    let args = r.to_vec();
    let e = vm.new_exception_args(&vm.exc.SystemExit.clone(), args.clone());
    e.data()
        .set_field(0, Some(args.first().cloned().unwrap_or(Value::NONE)));
    Err(e)
}

fn sys_setrecursionlimit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.exactly_one(vm, "setrecursionlimit")?.clone();
    if x.downcast::<crate::objects::float::FloatData>().is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::builtin_impls::int::index_isize(vm, &x)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_exception(
            &vm.exc.RecursionError.clone(),
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}

fn sys_getframe(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "_getframe", 0, 1)?;
    let depth = match r.first() {
        Some(d) => crate::builtin_impls::int::index_isize(vm, d)?,
        None => 0,
    };
    let n = vm.frames.len();
    match usize::try_from(depth).ok().filter(|&d| d < n) {
        Some(d) => Ok(crate::traceback::frame_object_at(vm, n - 1 - d)),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

fn sys_displayhook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.exactly_one(vm, "displayhook")?.clone();
    if v.is_none() {
        return Ok(Value::NONE);
    }
    let b = vm.intern("_");
    let builtins = vm.builtins.clone();
    builtins.set_str(&b, Value::NONE);
    let r = vm.repr(&v)?;
    if let Some(out) = get(vm, "stdout") {
        super::io::write_to(vm, &out, &format!("{}\n", r.as_str()))?;
    }
    builtins.set_str(&b, v);
    Ok(Value::NONE)
}

fn sys_excepthook(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "excepthook", 3, 3)?;
    let mut out = String::new();
    let mut seen = Vec::new();
    crate::traceback::format_exception(vm, &r[1], &mut out, &mut seen);
    write_stderr(vm, &out);
    Ok(Value::NONE)
}
