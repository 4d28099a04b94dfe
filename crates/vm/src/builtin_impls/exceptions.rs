//! The builtin exceptions' behaviour: construction, `args`, `str`/`repr`, the chaining
//! attributes, class-specific fields (declared in `exceptions.rs` at the crate root), and
//! exception groups.

use crate::exceptions::EXCEPTION_TABLE;
use crate::object::{alloc, TypeRef};
use crate::objects::exception::ExceptionData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let base = vm.exc.BaseException.clone();
    let s = &base.slots;
    s.new.set(Some(exc_new));
    s.init.set(Some(exc_init));
    s.repr.set(Some(exc_repr));
    s.str.set(Some(exc_str));
    super::object::add_new_wrapper(vm, &base);
    super::add_getset(
        vm,
        &base,
        "args",
        Some(|_, v| Ok(ed(v).args.borrow().clone())),
        Some(set_args),
    );
    super::add_getset(
        vm,
        &base,
        "__traceback__",
        Some(|_, v| Ok(ed(v).traceback.borrow().clone().unwrap_or(Value::NONE))),
        Some(set_traceback),
    );
    super::add_getset(
        vm,
        &base,
        "__context__",
        Some(|_, v| Ok(ed(v).context.borrow().clone().unwrap_or(Value::NONE))),
        Some(|vm, v, n| set_chain(vm, v, n, false)),
    );
    super::add_getset(
        vm,
        &base,
        "__cause__",
        Some(|_, v| Ok(ed(v).cause.borrow().clone().unwrap_or(Value::NONE))),
        Some(|vm, v, n| set_chain(vm, v, n, true)),
    );
    super::add_getset(
        vm,
        &base,
        "__suppress_context__",
        Some(|_, v| Ok(Value::from_bool(ed(v).suppress_context.get()))),
        Some(|vm, v, n| {
            let b = match n {
                Some(x) => vm.is_true(&x)?,
                None => false,
            };
            ed(v).suppress_context.set(b);
            Ok(())
        }),
    );
    super::add_getset(
        vm,
        &base,
        "__dict__",
        Some(super::descr::instance_dict_get),
        Some(super::descr::instance_dict_set),
    );
    super::add_method(vm, &base, "with_traceback", |vm, a| {
        let tb = a
            .skip_self()
            .exactly_one(vm, "BaseException.with_traceback")?
            .clone();
        set_traceback(vm, &a.values[0], Some(tb))?;
        Ok(a.values[0].clone())
    });
    super::add_method(vm, &base, "add_note", |vm, a| {
        let note = a
            .skip_self()
            .exactly_one(vm, "BaseException.add_note")?
            .clone();
        if note.downcast::<StrData>().is_none() {
            return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
        }
        let this = a.values[0].clone();
        let key = vm.names.__notes__.clone();
        let notes = match vm.getattr_opt(&this, &key)? {
            Some(n) => n,
            None => {
                let l = vm.new_list(Vec::new());
                vm.setattr(&this, &key, l.clone())?;
                l
            }
        };
        match notes.downcast::<crate::objects::list::ListData>() {
            Some(l) => l.push(note),
            None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(Value::NONE)
    });
    super::add_method(vm, &base, "__reduce__", |vm, a| {
        let this = &a.values[0];
        let ty = vm.type_of(this).into_value();
        let mut args = ed(this).args.borrow().clone();
        // OSError puts its filename(s) back into the arguments.
        if vm.is_instance_of(this, &vm.exc.OSError.clone()) && super::tuple::items(&args).len() == 2
        {
            if let Some(f1) = ed(this).field(2).filter(|f| !f.is_none()) {
                let mut v = super::tuple::items(&args).to_vec();
                v.push(f1);
                if let Some(f2) = ed(this).field(3).filter(|f| !f.is_none()) {
                    v.push(Value::NONE);
                    v.push(f2);
                }
                args = vm.new_tuple(v);
            }
        }
        match crate::attr::dict_slot(this).and_then(|s| s.get()) {
            Some(d) => Ok(vm.new_tuple([ty, args, d])),
            None => Ok(vm.new_tuple([ty, args])),
        }
    });
    super::add_method(vm, &base, "__setstate__", |vm, a| {
        let state = a
            .skip_self()
            .exactly_one(vm, "BaseException.__setstate__")?
            .clone();
        if state.is_none() {
            return Ok(Value::NONE);
        }
        let Some(d) = state.downcast::<crate::objects::dict::DictData>() else {
            return Err(vm.type_error("state is not a dictionary"));
        };
        for (k, v) in d.items() {
            let Some(name) = k.downcast::<crate::objects::str::StrData>() else {
                return Err(vm.type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(&k)
                )));
            };
            let name = vm.intern(name.as_str());
            vm.setattr(&a.values[0], &name, v)?;
        }
        Ok(Value::NONE)
    });

    // Member descriptors for the class-specific fields.
    let all: Vec<TypeRef> = vm.exc.all().into_iter().cloned().collect();
    for (i, (name, base_name, fields)) in EXCEPTION_TABLE.iter().enumerate() {
        let t = all[i].clone();
        let offset = field_offset(base_name);
        for (j, f) in fields.iter().enumerate() {
            let idx = offset + j;
            let d = alloc(
                &vm.types.getset_descriptor,
                crate::objects::descr::GetSetData {
                    name: f,
                    owner: t.clone(),
                    get: Some(FIELD_GET[idx]),
                    set: Some(FIELD_SET[idx]),
                },
            );
            let k = vm.intern(f);
            t.dict.set_str(&k, d.into_value());
        }
        let _ = name;
    }
    // Class-specific construction and text.
    let t = vm.exc.StopIteration.clone();
    t.slots.init.set(Some(|vm, v, a| {
        exc_init(vm, v, a)?;
        ed(v).set_field(0, Some(a.pos().first().cloned().unwrap_or(Value::NONE)));
        Ok(())
    }));
    let t = vm.exc.SystemExit.clone();
    t.slots.init.set(Some(|vm, v, a| {
        exc_init(vm, v, a)?;
        let p = a.pos();
        let code = match p.len() {
            0 => Value::NONE,
            1 => p[0].clone(),
            _ => ed(v).args.borrow().clone(),
        };
        ed(v).set_field(0, Some(code));
        Ok(())
    }));
    let t = vm.exc.KeyError.clone();
    t.slots.str.set(Some(|vm, v| {
        let args = ed(v).args.borrow().clone();
        let items = super::tuple::items(&args).to_vec();
        if items.len() == 1 {
            return Ok(vm.repr(&items[0])?.into_value());
        }
        exc_str(vm, v)
    }));
    {
        let t = vm.exc.ImportError.clone();
        t.slots.init.set(Some(import_error_init));
        t.slots.str.set(Some(|vm, v| match ed(v).field(0) {
            Some(m) if !m.is_none() => Ok(vm.str(&m)?.into_value()),
            _ => exc_str(vm, v),
        }));
    }
    for t in [vm.exc.AttributeError.clone(), vm.exc.NameError.clone()] {
        t.slots.init.set(Some(name_error_init));
    }
    let t = vm.exc.SyntaxError.clone();
    t.slots.init.set(Some(syntax_error_init));
    t.slots.str.set(Some(syntax_error_str));
    let t = vm.exc.OSError.clone();
    t.slots.new.set(Some(os_error_new));
    t.slots.init.set(Some(os_error_init));
    t.slots.str.set(Some(os_error_str));
    for t in [
        vm.exc.UnicodeDecodeError.clone(),
        vm.exc.UnicodeEncodeError.clone(),
    ] {
        t.slots.str.set(Some(unicode_error_str));
        t.slots.init.set(Some(unicode_error_init));
    }
    let t = vm.exc.BaseExceptionGroup.clone();
    t.slots.new.set(Some(group_new));
    t.slots.init.set(Some(|_, _, _| Ok(())));
    t.slots.str.set(Some(group_str));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "derive", |vm, a| {
        let excs = a.skip_self().exactly_one(vm, "derive")?.clone();
        let msg = ed(&a.values[0]).field(0).unwrap_or(Value::NONE);
        let cls = vm.exc.BaseExceptionGroup.clone();
        vm.call2(cls.as_value(), msg, excs)
    });
    super::add_method(vm, &t, "split", |vm, a| {
        let cond = a.skip_self().exactly_one(vm, "split")?.clone();
        let (m, r) = split(vm, &a.values[0], &cond)?;
        Ok(vm.new_tuple([m, r]))
    });
    super::add_method(vm, &t, "subgroup", |vm, a| {
        let cond = a.skip_self().exactly_one(vm, "subgroup")?.clone();
        Ok(split(vm, &a.values[0], &cond)?.0)
    });
}

/// Index of a class's first own field: the number of fields its bases declare.
fn field_offset(base: &str) -> usize {
    let mut n = 0;
    let mut cur = base;
    while let Some((_, b, f)) = EXCEPTION_TABLE.iter().find(|(name, _, _)| *name == cur) {
        n += f.len();
        cur = b;
    }
    n
}

macro_rules! field_fns {
    ($($i:literal),*) => {
        const FIELD_GET: [crate::objects::descr::GetterFn; 8] = [$(|_, v| Ok(ed(v).field($i).unwrap_or(Value::NONE)),)*];
        const FIELD_SET: [crate::objects::descr::SetterFn; 8] = [$(|_, v, n| {
            ed(v).set_field($i, Some(n.unwrap_or(Value::NONE)));
            Ok(())
        },)*];
    };
}
field_fns!(0, 1, 2, 3, 4, 5, 6, 7);

pub fn ed(v: &Value) -> &ExceptionData {
    v.downcast::<ExceptionData>().expect("exception")
}

fn exc_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = vm.new_tuple(args.pos().to_vec());
    let e = alloc(ty, ExceptionData::new(a));
    Ok(e.into_value())
}

fn exc_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    if args.has_kwargs() {
        let ty = vm.type_of(v);
        // Only BaseException's own __init__ refuses keywords.
        if ty
            .slots
            .init
            .get()
            .is_some_and(|f| f as usize == exc_init as *const () as usize)
        {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", ty.name())));
        }
    }
    let a = vm.new_tuple(args.pos().to_vec());
    *ed(v).args.borrow_mut() = a;
    Ok(())
}

fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let args = ed(v).args.borrow().clone();
    let items = super::tuple::items(&args).to_vec();
    match items.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => Ok(vm.str(&items[0])?.into_value()),
        _ => Ok(vm.repr(&args)?.into_value()),
    }
}

fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let name = vm.type_of(v).name();
    let args = ed(v).args.borrow().clone();
    let items = super::tuple::items(&args).to_vec();
    if items.len() == 1 {
        let r = vm.repr_string(&items[0])?;
        return Ok(vm.new_str(format!("{name}({r})")));
    }
    let r = vm.repr_string(&args)?;
    Ok(vm.new_str(format!("{name}{r}")))
}

fn set_args(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let Some(n) = n else {
        return Err(vm.type_error("args may not be deleted"));
    };
    let items = vm.collect(&n)?;
    *ed(v).args.borrow_mut() = vm.new_tuple(items);
    Ok(())
}

fn set_traceback(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|x| !x.is_none());
    if let Some(t) = &n {
        if t.downcast::<crate::objects::frame_object::TracebackData>()
            .is_none()
        {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
    }
    *ed(v).traceback.borrow_mut() = n;
    Ok(())
}

fn set_chain(vm: &mut Vm, v: &Value, n: Option<Value>, cause: bool) -> PyResult<()> {
    let Some(n) = n else {
        return Err(vm.type_error(if cause {
            "__cause__ may not be deleted"
        } else {
            "__context__ may not be deleted"
        }));
    };
    let n = if n.is_none() { None } else { Some(n) };
    if let Some(x) = &n {
        if x.downcast::<ExceptionData>().is_none() {
            return Err(vm.type_error(if cause {
                "exception cause must be None or derive from BaseException"
            } else {
                "exception context must be None or derive from BaseException"
            }));
        }
    }
    if cause {
        *ed(v).cause.borrow_mut() = n;
        ed(v).suppress_context.set(true);
    } else {
        *ed(v).context.borrow_mut() = n;
    }
    Ok(())
}

fn import_error_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = vm.new_tuple(args.pos().to_vec());
    *ed(v).args.borrow_mut() = a;
    let d = ed(v);
    d.set_field(
        0,
        Some(if args.pos().len() == 1 {
            args.pos()[0].clone()
        } else {
            Value::NONE
        }),
    );
    for (k, x) in args.kwargs() {
        match k.as_str() {
            "name" => d.set_field(1, Some(x)),
            "path" => d.set_field(2, Some(x)),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for ImportError()"
                )))
            }
        }
    }
    Ok(())
}

fn name_error_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = vm.new_tuple(args.pos().to_vec());
    *ed(v).args.borrow_mut() = a;
    let is_attr = vm.is_instance_of(v, &vm.exc.AttributeError.clone());
    for (k, x) in args.kwargs() {
        match (k.as_str(), is_attr) {
            ("name", _) => ed(v).set_field(0, Some(x)),
            ("obj", true) => ed(v).set_field(1, Some(x)),
            (other, _) => {
                let cls = if is_attr {
                    "AttributeError"
                } else {
                    "NameError"
                };
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {cls}()"
                )));
            }
        }
    }
    Ok(())
}

fn syntax_error_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    exc_init(vm, v, args)?;
    let p = args.pos();
    let d = ed(v);
    if let Some(m) = p.first() {
        d.set_field(0, Some(m.clone()));
    }
    if p.len() == 2 {
        let info = vm.collect(&p[1])?;
        if info.len() < 4 || info.len() > 6 {
            return Err(vm.index_error("tuple index out of range"));
        }
        for (i, x) in info.into_iter().enumerate() {
            d.set_field(1 + i, Some(x));
        }
    }
    Ok(())
}

fn syntax_error_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = ed(v);
    let msg = match d.field(0) {
        Some(m) if !m.is_none() => vm.str_string(&m)?,
        _ => return exc_str(vm, v),
    };
    let file = d
        .field(1)
        .and_then(|f| f.downcast::<StrData>().map(|s| s.as_str().to_string()));
    let file = file.map(|f| f.rsplit('/').next().unwrap_or(&f).to_string());
    let line = d
        .field(2)
        .and_then(|l| super::int::as_int(&l).and_then(|i| i.to_i64()));
    Ok(vm.new_str(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

/// `OSError(errno, strerror)` makes the subclass for that errno (PEP 3151).
fn os_error_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let mut cls = ty.clone();
    let p = args.pos();
    if ty.is(&vm.exc.OSError) && p.len() >= 2 {
        if let Some(errno) = p[0].as_small_int() {
            let e = &vm.exc;
            let sub = match errno {
                11 | 114 | 115 => Some(e.BlockingIOError.clone()),
                10 => Some(e.ChildProcessError.clone()),
                32 | 108 => Some(e.BrokenPipeError.clone()),
                103 => Some(e.ConnectionAbortedError.clone()),
                111 => Some(e.ConnectionRefusedError.clone()),
                104 => Some(e.ConnectionResetError.clone()),
                17 => Some(e.FileExistsError.clone()),
                2 => Some(e.FileNotFoundError.clone()),
                21 => Some(e.IsADirectoryError.clone()),
                20 => Some(e.NotADirectoryError.clone()),
                4 => Some(e.InterruptedError.clone()),
                1 | 13 => Some(e.PermissionError.clone()),
                3 => Some(e.ProcessLookupError.clone()),
                110 => Some(e.TimeoutError.clone()),
                _ => None,
            };
            if let Some(s) = sub {
                cls = s;
            }
        }
    }
    exc_new(vm, &cls, args)
}

fn os_error_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    exc_init(vm, v, args)?;
    let p = args.pos();
    let d = ed(v);
    if (2..=5).contains(&p.len()) {
        d.set_field(0, Some(p[0].clone()));
        d.set_field(1, Some(p[1].clone()));
        if p.len() >= 3 {
            d.set_field(2, Some(p[2].clone()));
        }
        if p.len() >= 5 {
            d.set_field(3, Some(p[4].clone()));
        }
        let a = vm.new_tuple(p[..2].to_vec());
        *d.args.borrow_mut() = a;
    }
    Ok(())
}

fn os_error_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = ed(v);
    let (errno, strerror) = (
        d.field(0).filter(|x| !x.is_none()),
        d.field(1).filter(|x| !x.is_none()),
    );
    if let (Some(e), Some(s)) = (errno, strerror) {
        let (e, s) = (vm.str_string(&e)?, vm.str_string(&s)?);
        let text = match (
            d.field(2).filter(|x| !x.is_none()),
            d.field(3).filter(|x| !x.is_none()),
        ) {
            (Some(f), Some(f2)) => format!(
                "[Errno {e}] {s}: {} -> {}",
                vm.repr_string(&f)?,
                vm.repr_string(&f2)?
            ),
            (Some(f), None) => format!("[Errno {e}] {s}: {}", vm.repr_string(&f)?),
            _ => format!("[Errno {e}] {s}"),
        };
        return Ok(vm.new_str(text));
    }
    exc_str(vm, v)
}

fn unicode_error_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", vm.type_name(v))));
    }
    exc_init(vm, v, args)?;
    let p = args.pos();
    // PyArg_ParseTuple "UOnnU" (decode) / "UUnnU" (encode).
    if p.len() != 5 {
        return Err(vm.type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            p.len()
        )));
    }
    let decode = vm.is_instance_of(v, &vm.exc.UnicodeDecodeError.clone());
    let is_str = |x: &Value| x.downcast::<crate::objects::str::StrData>().is_some();
    for i in [0, 4] {
        if !is_str(&p[i]) {
            return Err(vm.type_error(format!(
                "argument {} must be str, not {}",
                i + 1,
                vm.type_name(&p[i])
            )));
        }
    }
    if decode {
        super::bytes::bytes_like(vm, &p[1])?;
    } else if !is_str(&p[1]) {
        return Err(vm.type_error(format!(
            "argument 2 must be str, not {}",
            vm.type_name(&p[1])
        )));
    }
    for x in &p[2..4] {
        super::int::index_isize(vm, x)?;
    }
    for (i, x) in p.iter().enumerate() {
        ed(v).set_field(i, Some(x.clone()));
    }
    Ok(())
}

fn unicode_error_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = ed(v);
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) =
        (d.field(0), d.field(1), d.field(2), d.field(3), d.field(4))
    else {
        return exc_str(vm, v);
    };
    let enc = vm.str_string(&enc)?;
    let reason = vm.str_string(&reason)?;
    let start = start.as_small_int().unwrap_or(0) as usize;
    let end = end.as_small_int().unwrap_or(0) as usize;
    let decode = vm.is_instance_of(v, &vm.exc.UnicodeDecodeError.clone());
    if decode {
        let bytes = super::bytes::bytes_like(vm, &obj).unwrap_or_default();
        if end == start + 1 && start < bytes.len() {
            return Ok(vm.new_str(format!(
                "'{enc}' codec can't decode byte {:#04x} in position {start}: {reason}",
                bytes[start]
            )));
        }
        return Ok(vm.new_str(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )));
    }
    let text = obj
        .downcast::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if end == start + 1 {
        if let Some(c) = text.chars().nth(start) {
            let cp = crate::unicode::surrogates::code_point(c);
            let esc = if cp < 0x100 {
                format!("\\x{cp:02x}")
            } else if cp < 0x10000 {
                format!("\\u{cp:04x}")
            } else {
                format!("\\U{cp:08x}")
            };
            return Ok(vm.new_str(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
    }
    Ok(vm.new_str(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end.saturating_sub(1)
    )))
}

// ---- exception groups ----

fn group_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.unpack(vm, "BaseExceptionGroup.__new__", 2, 2)?;
    let msg = a[0].clone();
    if msg.downcast::<StrData>().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&msg)
        )));
    }
    let items = match vm.collect(&a[1]) {
        Ok(v)
            if a[1].downcast::<crate::objects::set::SetData>().is_none()
                && a[1].downcast::<crate::objects::dict::DictData>().is_none() =>
        {
            v
        }
        _ => return Err(vm.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if e.downcast::<ExceptionData>().is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.is_instance_of(e, &vm.exc.Exception.clone()) {
            all_exceptions = false;
        }
    }
    let mut cls = ty.clone();
    if cls.is(&vm.exc.BaseExceptionGroup) {
        if all_exceptions {
            cls = vm.exc.ExceptionGroup.clone();
        }
    } else if cls.is(&vm.exc.ExceptionGroup) {
        if !all_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exceptions && !cls.is_subtype_of(&vm.exc.Exception) {
    } else if !all_exceptions {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let args_t = vm.new_tuple(args.pos().to_vec());
    let e = alloc(&cls, ExceptionData::new(args_t));
    e.set_field(0, Some(msg));
    let t = vm.new_tuple(items);
    e.set_field(1, Some(t));
    Ok(e.into_value())
}

fn group_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = ed(v);
    let msg = d
        .field(0)
        .map(|m| vm.str_string(&m))
        .transpose()?
        .unwrap_or_default();
    let n = d
        .field(1)
        .map(|e| super::tuple::items(&e).len())
        .unwrap_or(0);
    Ok(vm.new_str(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// `eg.split(condition)`: (match, rest), each a group of the same shape or None.
fn split(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    let matches = |vm: &mut Vm, e: &Value| -> PyResult<bool> {
        if cond.downcast::<TypeData>().is_some() || cond.downcast::<TupleData>().is_some() {
            return crate::interp::helpers::check_exc_match(vm, e, cond);
        }
        let r = vm.call1(cond, e.clone())?;
        vm.is_true(&r)
    };
    if matches(vm, eg)? {
        return Ok((eg.clone(), Value::NONE));
    }
    let excs = ed(eg)
        .field(1)
        .map(|e| super::tuple::items(&e).to_vec())
        .unwrap_or_default();
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in excs {
        if vm.is_instance_of(&e, &vm.exc.BaseExceptionGroup.clone()) {
            let (a, b) = split(vm, &e, cond)?;
            if !a.is_none() {
                m.push(a);
            }
            if !b.is_none() {
                r.push(b);
            }
        } else if matches(vm, &e)? {
            m.push(e);
        } else {
            r.push(e);
        }
    }
    let derive = |vm: &mut Vm, parts: Vec<Value>| -> PyResult<Value> {
        if parts.is_empty() {
            return Ok(Value::NONE);
        }
        let l = vm.new_list(parts);
        let g = vm.call_method(eg, "derive", &[l])?;
        if let (Some(nd), Some(od)) = (
            g.downcast::<ExceptionData>(),
            eg.downcast::<ExceptionData>(),
        ) {
            *nd.traceback.borrow_mut() = od.traceback.borrow().clone();
            *nd.context.borrow_mut() = od.context.borrow().clone();
            *nd.cause.borrow_mut() = od.cause.borrow().clone();
            if let Some(d) = od.dict.borrow().clone() {
                if let Some(notes) = d
                    .downcast::<crate::objects::dict::DictData>()
                    .and_then(|d| d.get_rust_str("__notes__"))
                {
                    let key = vm.names.__notes__.clone();
                    vm.setattr(&g, &key, notes)?;
                }
            }
        }
        Ok(g)
    };
    let mv = derive(vm, m)?;
    let rv = derive(vm, r)?;
    Ok((mv, rv))
}

/// The 3.11 traceback of an exception group: a box-drawn tree of its sub-exceptions.
/// The member exceptions of an exception group (`eg.exceptions`).
pub fn group_members(exc: &Value) -> Vec<Value> {
    ed(exc)
        .field(1)
        .map(|e| super::tuple::items(&e).to_vec())
        .unwrap_or_default()
}
