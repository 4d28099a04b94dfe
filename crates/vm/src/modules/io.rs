//! Text streams: the `TextIOWrapper` type behind `sys.stdout`/`stderr`/`stdin` and `open()`.

use crate::object::alloc;
use crate::objects::file::{FileData, Stream};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init_type(vm: &mut Vm) {
    let t = vm.types.text_io.clone();
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.iternext.set(Some(|vm, v| {
        let line = readline(vm, v)?;
        if line.is_empty() {
            return Ok(None);
        }
        Ok(Some(vm.new_str(line)))
    }));
    t.slots.repr.set(Some(|vm, v| {
        let f = fd(v);
        Ok(vm.new_str(format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            f.name, f.mode
        )))
    }));
    let m = |vm: &mut Vm, name: &'static str, f: crate::objects::native::NativeFn| {
        let t = vm.types.text_io.clone();
        crate::builtin_impls::add_method(vm, &t, name, f);
    };
    m(vm, "write", |vm, a| {
        let s = a.skip_self().exactly_one(vm, "write")?.clone();
        let Some(text) = s.downcast::<StrData>() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&s)
            )));
        };
        let f = fd(&a.values[0]);
        check_open(vm, f)?;
        if !f.writable {
            return Err(unsupported(vm, "not writable"));
        }
        write_text(vm, f, &s, text.as_str())?;
        Ok(vm.new_int(text.char_len() as i64))
    });
    m(vm, "flush", |vm, a| {
        let f = fd(&a.values[0]);
        check_open(vm, f)?;
        f.flush().map_err(|e| os_error(vm, e))?;
        Ok(Value::NONE)
    });
    m(vm, "readline", |vm, a| {
        let line = readline(vm, &a.values[0])?;
        Ok(vm.new_str(line))
    });
    m(vm, "readlines", |vm, a| {
        let mut out = Vec::new();
        loop {
            let line = readline(vm, &a.values[0])?;
            if line.is_empty() {
                break;
            }
            out.push(vm.new_str(line));
        }
        Ok(vm.new_list(out))
    });
    m(vm, "read", |vm, a| {
        let f = fd(&a.values[0]);
        check_open(vm, f)?;
        if !f.readable {
            return Err(unsupported(vm, "not readable"));
        }
        let data = f.read_all().map_err(|e| os_error(vm, e))?;
        let text = crate::builtin_impls::bytes_decode::decode(vm, &data, "utf-8", f.errors())?;
        Ok(vm.new_str(text))
    });
    m(vm, "close", |vm, a| {
        let f = fd(&a.values[0]);
        if !f.closed.get() {
            f.flush().map_err(|e| os_error(vm, e))?;
            f.closed.set(true);
        }
        Ok(Value::NONE)
    });
    m(vm, "fileno", |vm, a| {
        let f = fd(&a.values[0]);
        Ok(vm.new_int(match &*f.stream.borrow() {
            Stream::Stdin => 0,
            Stream::Stdout => 1,
            Stream::Stderr => 2,
            Stream::File(_) => 3,
        }))
    });
    m(vm, "isatty", |_, _| Ok(Value::FALSE));
    m(vm, "readable", |_, a| {
        Ok(Value::from_bool(fd(&a.values[0]).readable))
    });
    m(vm, "writable", |_, a| {
        Ok(Value::from_bool(fd(&a.values[0]).writable))
    });
    m(vm, "__enter__", |_, a| Ok(a.values[0].clone()));
    m(vm, "__exit__", |vm, a| {
        let f = fd(&a.values[0]);
        if !f.closed.get() {
            f.flush().map_err(|e| os_error(vm, e))?;
            f.closed.set(true);
        }
        Ok(Value::NONE)
    });
    let t = vm.types.text_io.clone();
    add_file_attributes(vm, &t);
    crate::builtin_impls::add_getset(
        vm,
        &t,
        "encoding",
        Some(|vm, _| Ok(vm.new_str("utf-8"))),
        None,
    );
    crate::builtin_impls::add_getset(
        vm,
        &t,
        "errors",
        Some(|vm, v| Ok(vm.new_str(fd(v).errors()))),
        None,
    );
    crate::builtin_impls::add_getset(
        vm,
        &t,
        "buffer",
        Some(|vm, v| match fd(v).buffer.borrow().clone() {
            Some(b) => Ok(b),
            None => Err(vm.new_exception(
                &vm.exc.AttributeError,
                "'TextIOWrapper' object has no attribute 'buffer'",
            )),
        }),
        None,
    );
    let k = vm.intern("_io");
    crate::builtin_impls::set_attr(vm, &t, "__module__", k.into_value());
    init_buffered_writer(vm);
}

/// `BufferedWriter`: the binary layer of `sys.stdout`/`sys.stderr`.
fn init_buffered_writer(vm: &mut Vm) {
    let t = vm.types.buffered_writer.clone();
    t.slots.repr.set(Some(|vm, v| {
        Ok(vm.new_str(format!("<_io.BufferedWriter name='{}'>", fd(v).name)))
    }));
    let m = |vm: &mut Vm, name: &'static str, f: crate::objects::native::NativeFn| {
        let t = vm.types.buffered_writer.clone();
        crate::builtin_impls::add_method(vm, &t, name, f);
    };
    m(vm, "write", |vm, a| {
        let b = a.skip_self().exactly_one(vm, "write")?.clone();
        if b.downcast::<StrData>().is_some() {
            return Err(vm.type_error("a bytes-like object is required, not 'str'"));
        }
        let data = crate::builtin_impls::bytes::bytes_like(vm, &b)?;
        let f = fd(&a.values[0]);
        check_open(vm, f)?;
        f.write_bytes(&data).map_err(|e| os_error(vm, e))?;
        Ok(vm.new_int(data.len() as i64))
    });
    m(vm, "flush", |vm, a| {
        let f = fd(&a.values[0]);
        check_open(vm, f)?;
        f.flush().map_err(|e| os_error(vm, e))?;
        Ok(Value::NONE)
    });
    m(vm, "writable", |_, _| Ok(Value::TRUE));
    m(vm, "readable", |_, _| Ok(Value::FALSE));
    m(vm, "seekable", |_, _| Ok(Value::FALSE));
    let t = vm.types.buffered_writer.clone();
    add_file_attributes(vm, &t);
    let k = vm.intern("_io");
    crate::builtin_impls::set_attr(vm, &t, "__module__", k.into_value());
}

fn fd(v: &Value) -> &FileData {
    v.downcast::<FileData>().expect("file")
}

fn check_open(vm: &Vm, f: &FileData) -> PyResult<()> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn unsupported(vm: &Vm, what: &str) -> crate::vm::Exc {
    vm.new_exception(&vm.exc.OSError.clone(), what.to_string())
}

pub fn os_error(vm: &Vm, e: std::io::Error) -> crate::vm::Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    let ty = match e.kind() {
        std::io::ErrorKind::NotFound => vm.exc.FileNotFoundError.clone(),
        std::io::ErrorKind::PermissionDenied => vm.exc.PermissionError.clone(),
        std::io::ErrorKind::AlreadyExists => vm.exc.FileExistsError.clone(),
        _ => vm.exc.OSError.clone(),
    };
    let ex = vm.new_exception_args(&ty, vec![vm.new_int(errno as i64), vm.new_str(msg.clone())]);
    ex.data().set_field(0, Some(vm.new_int(errno as i64)));
    ex.data().set_field(1, Some(vm.new_str(msg)));
    ex
}

fn readline(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let f = fd(v);
    check_open(vm, f)?;
    if !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let line = f.readline().map_err(|e| os_error(vm, e))?;
    crate::builtin_impls::bytes_decode::decode(vm, &line, "utf-8", f.errors())
}

/// Writes text through the stream's encoder: UTF-8, where only lone surrogates need the
/// error handler (`text` is the str value `s`, for the error's `object`).
fn write_text(vm: &mut Vm, f: &FileData, s: &Value, text: &str) -> PyResult<()> {
    if crate::unicode::surrogates::has_standins(text) {
        let bytes = crate::builtin_impls::str_encode::encode(vm, s, "utf-8", f.errors())?;
        return f.write_bytes(&bytes).map_err(|e| os_error(vm, e));
    }
    f.write(text).map_err(|e| os_error(vm, e))
}

/// `file.write(text)`, directly for native streams.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(f) = file.downcast::<FileData>() {
        check_open(vm, f)?;
        if crate::unicode::surrogates::has_standins(text) {
            let s = vm.new_str(text);
            return write_text(vm, f, &s, text);
        }
        return f.write(text).map_err(|e| os_error(vm, e));
    }
    let s = vm.new_str(text);
    vm.call_method(file, "write", &[s])?;
    Ok(())
}

pub fn builtin_open(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.parse(
        vm,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let path = r[0].clone().expect("required");
    let Some(p) = path.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&path)
        )));
    };
    let mode = r[1]
        .as_ref()
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| "r".into());
    if mode.contains('b') {
        return Err(vm.not_implemented_error("binary file mode is not supported yet"));
    }
    let mut o = std::fs::OpenOptions::new();
    let (readable, writable) = match mode.trim_end_matches('t').chars().next() {
        Some('r') => {
            o.read(true);
            if mode.contains('+') {
                o.write(true);
            }
            (true, mode.contains('+'))
        }
        Some('w') => {
            o.write(true).create(true).truncate(true);
            (mode.contains('+'), true)
        }
        Some('a') => {
            o.append(true).create(true);
            (mode.contains('+'), true)
        }
        Some('x') => {
            o.write(true).create_new(true);
            (mode.contains('+'), true)
        }
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = o.open(p.as_str()).map_err(|e| {
        let ex = os_error(vm, e);
        ex.data().set_field(2, Some(path.clone()));
        ex
    })?;
    let data = FileData::new(
        Stream::File(file),
        p.as_str(),
        &mode,
        false,
        readable,
        writable,
    );
    Ok(alloc(&vm.types.text_io, data).into_value())
}

/// `closed`, `name` and `mode`, which the text and the buffered layers both have.
fn add_file_attributes(vm: &mut Vm, t: &crate::object::TypeRef) {
    crate::builtin_impls::add_getset(
        vm,
        t,
        "closed",
        Some(|_, v| Ok(Value::from_bool(fd(v).closed.get()))),
        None,
    );
    crate::builtin_impls::add_getset(
        vm,
        t,
        "name",
        Some(|vm, v| Ok(vm.new_str(fd(v).name.clone()))),
        None,
    );
    crate::builtin_impls::add_getset(
        vm,
        t,
        "mode",
        Some(|vm, v| Ok(vm.new_str(fd(v).mode.clone()))),
        None,
    );
}
