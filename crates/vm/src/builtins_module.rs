//! The `builtins` module: functions, the builtin types and exceptions, and constants.

use dashu_int::ops::UnsignedAbs;

use crate::object::{alloc, PyRef};
use crate::objects::dict::DictData;
use crate::objects::module::ModuleData;
use crate::objects::native::{Args, NativeFn, NativeFunctionData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::{BinOp, CompareOp, UnaryOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let dict = vm.builtins.clone();
    let module = alloc(&vm.types.module, ModuleData { dict: dict.clone() });
    let mv = module.as_value().clone();
    vm.builtins_module = mv.clone();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        dict.set_str(&k, v);
    };
    let v = vm.intern("builtins").into_value();
    set(vm, "__name__", v);
    set(vm, "__doc__", Value::NONE);
    let v = vm.empty_str.clone();
    set(vm, "__package__", v);
    set(vm, "__loader__", Value::NONE);
    set(vm, "__spec__", Value::NONE);
    set(vm, "None", Value::NONE);
    set(vm, "True", Value::TRUE);
    set(vm, "False", Value::FALSE);
    let v = vm.ellipsis.clone();
    set(vm, "Ellipsis", v);
    let v = vm.not_implemented.clone();
    set(vm, "NotImplemented", v);
    let v = Value::from_bool(vm.config.optimize == 0);
    set(vm, "__debug__", v);
    let types = [
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("memoryview", vm.types.memoryview.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("list", vm.types.list.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
        ("enumerate", vm.types.enumerate.clone()),
        ("zip", vm.types.zip.clone()),
        ("map", vm.types.map.clone()),
        ("filter", vm.types.filter.clone()),
        ("reversed", vm.types.reversed.clone()),
    ];
    for (n, t) in types {
        set(vm, n, t.into_value());
    }
    for t in vm.exc.all().into_iter().cloned().collect::<Vec<_>>() {
        let n = t.name();
        set(vm, &n, t.into_value());
    }
    for alias in ["EnvironmentError", "IOError"] {
        set(vm, alias, vm.exc.OSError.as_value().clone());
    }
    let funcs: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", |vm, a| {
            let x = a.exactly_one(vm, "repr")?;
            Ok(vm.repr(x)?.into_value())
        }),
        ("ascii", |vm, a| {
            let x = a.exactly_one(vm, "ascii")?.clone();
            crate::builtin_impls::str::ascii_of(vm, &x)
        }),
        ("abs", |vm, a| {
            let x = a.exactly_one(vm, "abs")?.clone();
            vm.unary_op(&x, UnaryOp::Abs)
        }),
        ("hash", |vm, a| {
            let x = a.exactly_one(vm, "hash")?.clone();
            let h = vm.hash(&x)?;
            Ok(vm.new_int(h))
        }),
        ("id", |vm, a| {
            let x = a.exactly_one(vm, "id")?;
            Ok(
                vm.new_bigint(dashu_int::IBig::from(crate::builtin_impls::object::id_of(
                    x,
                ))),
            )
        }),
        ("callable", |vm, a| {
            let x = a.exactly_one(vm, "callable")?;
            Ok(Value::from_bool(is_callable(vm, x)))
        }),
        ("isinstance", |vm, a| {
            let r = a.unpack(vm, "isinstance", 2, 2)?;
            Ok(Value::from_bool(vm.isinstance(&r[0], &r[1])?))
        }),
        ("issubclass", |vm, a| {
            let r = a.unpack(vm, "issubclass", 2, 2)?;
            Ok(Value::from_bool(crate::attr::issubclass(vm, &r[0], &r[1])?))
        }),
        ("getattr", builtin_getattr),
        ("setattr", |vm, a| {
            let r = a.unpack(vm, "setattr", 3, 3)?;
            let n = attr_name(vm, &r[1])?;
            vm.setattr(&r[0], &n, r[2].clone())?;
            Ok(Value::NONE)
        }),
        ("delattr", |vm, a| {
            let r = a.unpack(vm, "delattr", 2, 2)?;
            let n = attr_name(vm, &r[1])?;
            vm.delattr(&r[0], &n)?;
            Ok(Value::NONE)
        }),
        ("hasattr", |vm, a| {
            let r = a.unpack(vm, "hasattr", 2, 2)?;
            let n = attr_name(vm, &r[1])?;
            Ok(Value::from_bool(vm.getattr_opt(&r[0], &n)?.is_some()))
        }),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("min", |vm, a| min_max(vm, a, CompareOp::Lt, "min")),
        ("max", |vm, a| min_max(vm, a, CompareOp::Gt, "max")),
        ("sum", builtin_sum),
        ("any", |vm, a| {
            let x = a.exactly_one(vm, "any")?.clone();
            let it = vm.iter(&x)?;
            while let Some(v) = vm.next(&it)? {
                if vm.is_true(&v)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }),
        ("all", |vm, a| {
            let x = a.exactly_one(vm, "all")?.clone();
            let it = vm.iter(&x)?;
            while let Some(v) = vm.next(&it)? {
                if !vm.is_true(&v)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        }),
        ("sorted", builtin_sorted),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("divmod", |vm, a| {
            let r = a.unpack(vm, "divmod", 2, 2)?;
            divmod(vm, &r[0], &r[1])
        }),
        ("pow", builtin_pow),
        ("round", builtin_round),
        ("format", |vm, a| {
            let r = a.unpack(vm, "format", 1, 2)?;
            let spec = r.get(1).cloned().unwrap_or_else(|| vm.empty_str.clone());
            format(vm, &r[0], &spec)
        }),
        ("bin", |vm, a| radix(vm, a, "bin", 2)),
        ("oct", |vm, a| radix(vm, a, "oct", 8)),
        ("hex", |vm, a| radix(vm, a, "hex", 16)),
        ("globals", |vm, _| {
            Ok(vm
                .frames
                .last()
                .map(|f| f.globals.as_value().clone())
                .unwrap_or(Value::NONE))
        }),
        ("locals", builtin_locals),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("input", builtin_input),
        ("__import__", builtin_import),
        ("compile", crate::modules::dynamic::builtin_compile),
        ("exec", crate::modules::dynamic::builtin_exec),
        ("eval", crate::modules::dynamic::builtin_eval),
        ("open", crate::modules::io::builtin_open),
        ("aiter", crate::builtin_impls::asyncgen::builtin_aiter),
        ("anext", crate::builtin_impls::asyncgen::builtin_anext),
    ];
    for (name, f) in funcs {
        let v = alloc(
            &vm.types.builtin_function,
            NativeFunctionData {
                name,
                qualname: name.to_string(),
                f: *f,
                this: Some(mv.clone()),
                pass_this: false,
                module: Some(mv.clone()),
                doc: None,
                fastcall: FASTCALL_BUILTINS.contains(name),
                arg_check: crate::objects::native::ArgCheck::Any,
            },
        )
        .into_value();
        if *name == "__import__" {
            vm.builtins_import = v.clone();
        }
        set(vm, name, v);
    }
    let q = vm.types.quitter.clone();
    q.slots.repr.set(Some(|vm, v| {
        let name = quitter_name(v);
        Ok(vm.new_str(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
    }));
    q.slots.call.set(Some(|vm, _v, a| {
        let r = a.unpack(vm, "__call__", 0, 1)?;
        let code = r.first().cloned().unwrap_or(Value::NONE);
        let e = vm.new_exception_args(&vm.exc.SystemExit.clone(), vec![code.clone()]);
        e.data().set_field(0, Some(code));
        Err(e)
    }));
    let m = vm.intern("_sitebuiltins").into_value();
    crate::builtin_impls::set_attr(vm, &q, "__module__", m);
    for name in ["exit", "quit"] {
        let obj = crate::attr::new_object_instance(&q);
        let n = vm.new_str(name);
        let k = vm.intern("name");
        let d = crate::object::alloc(&vm.types.dict, DictData::new());
        d.set_str(&k, n);
        quitter_names().with(|m| m.borrow_mut().push((obj.raw(), name)));
        let _ = d;
        set(vm, name, obj);
    }
    let k = vm.new_str("builtins");
    let modules = vm.modules.clone();
    let _ = modules.set(vm, k, mv);
}

fn quitter_names() -> &'static std::thread::LocalKey<std::cell::RefCell<Vec<(u64, &'static str)>>> {
    thread_local! { static NAMES: std::cell::RefCell<Vec<(u64, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) }; }
    &NAMES
}

fn quitter_name(v: &Value) -> &'static str {
    quitter_names().with(|m| {
        m.borrow()
            .iter()
            .find(|(p, _)| *p == v.raw())
            .map(|(_, n)| *n)
            .unwrap_or("exit")
    })
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<PyRef<StrData>> {
    match vm.intern_str(v) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    let t = vm.type_data_of(v);
    t.slots.call.get().is_some()
        || matches!(
            v.header().map(|h| h.kind()),
            Some(
                crate::kinds::Kind::Function
                    | crate::kinds::Kind::NativeFunction
                    | crate::kinds::Kind::Method
                    | crate::kinds::Kind::MethodDescr
                    | crate::kinds::Kind::SlotWrapper
            )
        )
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<Value> {
    if spec.downcast::<StrData>().is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(spec)
        )));
    }
    let name = vm.names.__format__.clone();
    let Some(r) = vm.call_special(v, &name, std::slice::from_ref(spec))? else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __format__",
            vm.type_name(v)
        )));
    };
    if r.downcast::<StrData>().is_none() {
        return Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

fn builtin_print(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kwargs() {
        match k.as_str() {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            "flush" => flush = vm.is_true(&v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let text_arg = |vm: &Vm, v: Option<Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match v.downcast::<StrData>() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(vm.type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(&v)
                ))),
            },
        }
    };
    let sep = text_arg(vm, sep, "sep", " ")?;
    let end = text_arg(vm, end, "end", "\n")?;
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => match crate::modules::sys::get(vm, "stdout") {
            Some(f) if !f.is_none() => f,
            _ => return Ok(Value::NONE),
        },
    };
    if file.downcast::<crate::objects::file::FileData>().is_some() {
        // Our own stream: one write of the joined text is indistinguishable from several,
        // unless encoding a piece fails (lone surrogates): then it is written piece by piece,
        // so that what precedes the bad piece comes out and the error names its position.
        let mut pieces = Vec::with_capacity(a.pos().len());
        for x in a.pos() {
            pieces.push(vm.str(x)?);
        }
        let mut out = String::new();
        for (i, p) in pieces.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(p.as_str());
        }
        out.push_str(&end);
        if !crate::unicode::surrogates::has_standins(&out) {
            crate::modules::io::write_to(vm, &file, &out)?;
        } else {
            for (i, p) in pieces.iter().enumerate() {
                if i > 0 {
                    crate::modules::io::write_to(vm, &file, &sep)?;
                }
                crate::modules::io::write_to(vm, &file, p.as_str())?;
            }
            crate::modules::io::write_to(vm, &file, &end)?;
        }
    } else {
        // A Python object sees each piece in its own write() call, as CPython makes them.
        for (i, x) in a.pos().iter().enumerate() {
            if i > 0 {
                crate::modules::io::write_to(vm, &file, &sep)?;
            }
            let s = vm.str(x)?;
            crate::modules::io::write_to(vm, &file, s.as_str())?;
        }
        crate::modules::io::write_to(vm, &file, &end)?;
    }
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::NONE)
}

fn builtin_len(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.exactly_one(vm, "len")?.clone();
    let n = vm.len(&x)?;
    Ok(vm.new_int(n as i64))
}

fn builtin_getattr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "getattr", 2, 3)?;
    let n = attr_name(vm, &r[1])?;
    match r.get(2) {
        Some(d) => Ok(vm.getattr_opt(&r[0], &n)?.unwrap_or_else(|| d.clone())),
        None => vm.getattr(&r[0], &n),
    }
}

fn builtin_iter(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "iter", 1, 2)?;
    match r.get(1) {
        None => vm.iter(&r[0]),
        Some(s) => {
            if !is_callable(vm, &r[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::builtin_impls::iterators::callable_iter(
                vm,
                r[0].clone(),
                s.clone(),
            ))
        }
    }
}

fn builtin_next(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "next", 1, 2)?;
    let it = &r[0];
    if vm.type_data_of(it).slots.iternext.get().is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    let f = vm.type_data_of(it).slots.iternext.get().expect("checked");
    match f(vm, it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match r.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
        Err(e) if r.len() == 2 && vm.exc_matches(&e, &vm.exc.StopIteration.clone()) => {
            Ok(r[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn min_max(vm: &mut Vm, a: Args<'_>, op: CompareOp, name: &str) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kwargs() {
        match k.as_str() {
            "key" => key = Some(v).filter(|x| !x.is_none()),
            "default" => default = Some(v),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let pos = a.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items = if pos.len() == 1 {
        vm.collect(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call1(f, x.clone())?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, x))
                } else {
                    Some((bk, bx))
                }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_sum(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse_with(vm, "sum", &["iterable", "start"], 1, 1)?;
    let mut acc = r[1].clone().unwrap_or(Value::small_int_unchecked(0));
    if acc.downcast::<StrData>().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast::<crate::objects::bytes::BytesData>().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc
        .downcast::<crate::objects::bytes::ByteArrayData>()
        .is_some()
    {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(r[0].as_ref().expect("required"))?;
    // Floats are summed with compensation-free double addition, like CPython's fast path.
    while let Some(x) = vm.next(&it)? {
        acc = crate::interp::helpers::binary_op_fast(vm, &acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}

fn builtin_sorted(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let l = vm.new_list(items);
    let sort = vm.getattr_str(&l, "sort")?;
    vm.call(
        &sort,
        Args {
            values: a.kw_values(),
            kwnames: a.kwnames,
        },
    )?;
    Ok(l)
}

fn builtin_chr(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.exactly_one(vm, "chr")?.clone();
    let i = crate::builtin_impls::int::index(vm, &x)?;
    match i.to_i64() {
        Some(c) if (0..0x110000).contains(&c) => {
            match crate::unicode::surrogates::char_for(c as u32) {
                Some(ch) => Ok(crate::builtin_impls::str::char_value(vm, ch)),
                None => Err(crate::unicode::surrogates::unrepresentable(vm, c as u32)),
            }
        }
        Some(c) if i32::try_from(c).is_err() => {
            Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn builtin_ord(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let x = a.exactly_one(vm, "ord")?.clone();
    if let Some(s) = x.downcast::<StrData>() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        let cp = crate::unicode::surrogates::code_point(s.char_at(0));
        return Ok(vm.new_int(i64::from(cp)));
    }
    if let Ok(b) = crate::builtin_impls::bytes::bytes_like(vm, &x) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(vm.new_int(i64::from(b[0])));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&x)
    )))
}

pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let fa = ta.slots.divmod.get();
    let fb = if ta.is(&tb) {
        None
    } else {
        tb.slots.divmod.get()
    };
    if let Some(f) = fa {
        let r = f(vm, a, b)?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = fb {
        let r = f(vm, a, b)?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ta.name(),
        tb.name()
    )))
}

fn builtin_pow(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(vm, "pow", &["base", "exp", "mod"], 2)?;
    let (b, e) = (
        r[0].clone().expect("required"),
        r[1].clone().expect("required"),
    );
    match r[2].clone().filter(|m| !m.is_none()) {
        None => vm.binary_op(&b, &e, BinOp::Pow),
        Some(m) => {
            // CPython's ternary_op: the base's slot, the exponent's (first if its type is a
            // subclass of the base's), then the modulus's, each skipped when it repeats one
            // already tried.
            let (tb, te, tm) = (vm.type_of(&b), vm.type_of(&e), vm.type_of(&m));
            let addr = |f: Option<crate::slots::TernaryFn>| f.map(|f| f as usize);
            let fb = tb.slots.pow3.get();
            let mut fe = if te.is(&tb) {
                None
            } else {
                te.slots.pow3.get()
            };
            if addr(fe) == addr(fb) {
                fe = None;
            }
            let mut order: Vec<crate::slots::TernaryFn> = Vec::new();
            if let Some(g) = fe {
                if fb.is_some() && te.is_subtype_of(&tb) {
                    order.push(g);
                    fe = None;
                }
            }
            order.extend(fb);
            order.extend(fe);
            if !tm.is(&tb) && !tm.is(&te) {
                let fm = tm.slots.pow3.get();
                if addr(fm) != addr(fb) && addr(fm) != addr(te.slots.pow3.get()) {
                    order.extend(fm);
                }
            }
            for f in order {
                let res = f(vm, &b, &e, &m)?;
                if !res.is(&vm.not_implemented) {
                    return Ok(res);
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&b),
                vm.type_name(&e),
                vm.type_name(&m)
            )))
        }
    }
}

fn builtin_round(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(vm, "round", &["number", "ndigits"], 1)?;
    let x = r[0].clone().expect("required");
    let name = vm.names.__round__.clone();
    let Some(m) = vm.lookup_special(&x, &name)? else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&x)
        )));
    };
    match r[1].clone().filter(|n| !n.is_none()) {
        Some(n) => vm.call1(&m, n),
        None => vm.call0(&m),
    }
}

fn radix(vm: &mut Vm, a: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let x = a.exactly_one(vm, name)?.clone();
    let i = crate::builtin_impls::int::index(vm, &x)?.to_ibig();
    let neg = i < dashu_int::IBig::ZERO;
    let mag = i.unsigned_abs();
    let digits = match base {
        2 => format!("{mag:b}"),
        8 => format!("{mag:o}"),
        _ => format!("{mag:x}"),
    };
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    Ok(vm.new_str(format!("{}{prefix}{digits}", if neg { "-" } else { "" })))
}

/// The builtins CPython 3.11 calls without a recursion check once the call site is
/// specialized (METH_FASTCALL functions, and `len`, whose call is inlined); the others (METH_O,
/// METH_NOARGS, METH_VARARGS) check on every call, adding " while calling a Python object".
const FASTCALL_BUILTINS: &[&str] = &[
    "__build_class__",
    "breakpoint",
    "compile",
    "delattr",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "hasattr",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "next",
    "anext",
    "pow",
    "print",
    "round",
    "setattr",
    "sorted",
    "sum",
    "open",
];

fn builtin_locals(vm: &mut Vm, _a: Args<'_>) -> PyResult<Value> {
    crate::modules::dynamic::frame_locals(vm)
}

fn builtin_vars(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "vars", 0, 1)?;
    match r.first() {
        None => crate::modules::dynamic::frame_locals(vm),
        Some(x) => {
            let n = vm.names.__dict__.clone();
            match vm.getattr_opt(x, &n)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn builtin_dir(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "dir", 0, 1)?;
    let names = match r.first() {
        None => {
            let l = crate::modules::dynamic::frame_locals(vm)?;
            crate::builtin_impls::dict::mapping_items(vm, &l)?
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        }
        Some(x) => {
            let names = vm.builtin_dir_of(x)?;
            return Ok(vm.new_list(names));
        }
    };
    let l = vm.new_list(names);
    let sort = vm.getattr_str(&l, "sort")?;
    vm.call0(&sort)?;
    Ok(l)
}

impl Vm {
    /// `dir(x)`: the sorted result of `x.__dir__()`.
    pub fn builtin_dir_of(&mut self, x: &Value) -> PyResult<Vec<Value>> {
        let n = self.names.__dir__.clone();
        let d = self.call_special(x, &n, &[])?.unwrap_or(Value::NONE);
        let items = self.collect(&d)?;
        let l = self.new_list(items);
        let sort = self.getattr_str(&l, "sort")?;
        self.call0(&sort)?;
        Ok(l.downcast::<crate::objects::list::ListData>()
            .expect("list")
            .snapshot())
    }
}

fn builtin_input(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.unpack(vm, "input", 0, 1)?;
    if let Some(p) = r.first() {
        let s = vm.str(p)?;
        if let Some(out) = crate::modules::sys::get(vm, "stdout") {
            crate::modules::io::write_to(vm, &out, s.as_str())?;
            vm.call_method(&out, "flush", &[])?;
        }
    }
    let stdin = crate::modules::sys::get(vm, "stdin")
        .ok_or_else(|| vm.runtime_error("input(): lost sys.stdin"))?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = line
        .downcast::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if s.is_empty() {
        return Err(vm.new_exception(&vm.exc.EOFError.clone(), "EOF when reading a line"));
    }
    Ok(vm.new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

fn builtin_import(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(
        vm,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = r[0].clone().expect("required");
    let Some(n) = name.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let globals = r[1].as_ref().and_then(|g| g.downcast_ref::<DictData>());
    let fromlist = r[3].clone().unwrap_or(Value::NONE);
    let level = match &r[4] {
        Some(l) => crate::builtin_impls::int::index_isize(vm, l)?,
        None => 0,
    };
    let n = n.as_str().to_string();
    crate::import::import_module_level(vm, &n, globals.as_ref(), &fromlist, level)
}

pub fn _unused(_: &TupleData) {}
