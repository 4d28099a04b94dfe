//! `str`: the slots (repr, hash, comparison, concatenation, repetition, `%`, indexing,
//! iteration) and the constructor. The methods live in `str_methods.rs`.

use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::{BinOp, CompareOp};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let s = &t.slots;
    s.repr.set(Some(str_repr));
    s.str.set(Some(str_str));
    s.hash.set(Some(|_, v| Ok(sd(v).hash())));
    s.richcompare.set(Some(str_richcompare));
    s.new.set(Some(str_new));
    s.len.set(Some(|_, v| Ok(sd(v).char_len())));
    s.getitem.set(Some(str_getitem));
    s.contains.set(Some(str_contains));
    s.iter.set(Some(str_iter));
    s.nb[BinOp::Add as usize].set(Some(str_add));
    s.nb[BinOp::Mul as usize].set(Some(str_mul));
    s.nb[BinOp::Mod as usize].set(Some(str_mod));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__format__", str_format_method);
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        let s = vm.new_str(sd(&a.values[0]).as_str());
        Ok(vm.new_tuple([s]))
    });
    super::add_method(vm, &t, "__sizeof__", |vm, a| {
        Ok(vm.new_int(49 + sd(&a.values[0]).as_str().len() as i64))
    });
    crate::builtin_impls::str_methods::init(vm, &t);
}

#[inline]
pub fn sd(v: &Value) -> &StrData {
    v.downcast::<StrData>().expect("str")
}

/// Raises a `pyformat` error as the Python exception it names.
pub fn format_error(vm: &Vm, e: pyformat::FormatError) -> Exc {
    match e.kind {
        pyformat::ErrorKind::ValueError => vm.value_error(e.message),
        pyformat::ErrorKind::TypeError => vm.type_error(e.message),
        pyformat::ErrorKind::OverflowError => vm.overflow_error(e.message),
        pyformat::ErrorKind::MemoryError => vm.memory_error(),
    }
}

pub fn repr_text(s: &str) -> String {
    let mut out = String::new();
    bytecode::pyrepr::repr_str(&crate::unicode::surrogates::to_pystr(s), &mut out);
    out
}

fn str_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(repr_text(sd(v).as_str())))
}

fn str_str(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if crate::objects::str_ops::is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(vm.new_str(sd(v).as_str()))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = vm.repr(v)?;
    let s = r.as_str();
    if s.is_ascii() {
        return Ok(r.into_value());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = crate::unicode::surrogates::code_point(c);
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(vm.new_str(out))
}

fn str_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let o = crate::unicode::surrogates::compare(x.as_str(), y.as_str());
    Ok(Value::from_bool(super::int::compare_result(o, op)))
}

pub fn str_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = a.downcast::<StrData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let Some(y) = b.downcast::<StrData>() else {
        // `sq_concat` in CPython: the error comes after the other operand's `__radd__`
        // (`Vm::binary_op`).
        return Ok(vm.not_implemented.clone());
    };
    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Ok(vm.new_str(s))
}

/// Repetition count for `seq * n`: an index, negative meaning zero.
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if super::int::as_int(n).is_none()
        && vm.type_data_of(n).slots.unary[crate::slots::UnaryOp::Index as usize]
            .get()
            .is_none()
    {
        return Ok(None);
    }
    let i = super::int::index(vm, n)?;
    match i.to_i64() {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None if i.is_negative() => Ok(Some(0)),
        None => Err(vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(n)
        ))),
    }
}

fn str_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (s, n) = match (a.downcast::<StrData>(), b.downcast::<StrData>()) {
        (Some(s), _) => (s, b),
        (None, Some(s)) => (s, a),
        _ => return Ok(vm.not_implemented.clone()),
    };
    let Some(k) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    if s.as_str()
        .len()
        .checked_mul(k)
        .is_none_or(|t| t > isize::MAX as usize / 2)
    {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    Ok(vm.new_str(s.as_str().repeat(k)))
}

fn str_mod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let Some(fmt) = a.downcast::<StrData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let fmt = fmt.as_str().to_string();
    crate::builtin_impls::percent::format(vm, &fmt, b).map(|s| vm.new_str(s))
}

/// Resolves `s[i]`'s index for a sequence of `len` items (IndexError message given).
pub fn normalize_index(vm: &mut Vm, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = super::int::index_value(vm, idx)?;
    let Some(i) = i else {
        if what == "string" {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(idx)
            )));
        }
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(idx)
        )));
    };
    let n = len as i64;
    let j = match i.to_i64() {
        Some(k) if k < 0 => k + n,
        Some(k) => k,
        None => {
            return Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(idx)
            )))
        }
    };
    if j < 0 || j >= n {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn str_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let s = sd(v);
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let (start, stop, step) = super::slice::indices(vm, sl, s.char_len())?;
        if step == 1 {
            let (a, b) = (start as usize, stop.max(start) as usize);
            return Ok(vm.new_str(s.substring(a, b)));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut out = String::new();
        for i in super::slice::slice_positions(start, stop, step) {
            out.push(chars[i]);
        }
        return Ok(vm.new_str(out));
    }
    let i = normalize_index(vm, k, s.char_len(), "string")?;
    let c = s.char_at(i);
    Ok(char_value(vm, c))
}

/// A one-character string (ASCII ones interned).
pub fn char_value(vm: &mut Vm, c: char) -> Value {
    if c.is_ascii() {
        if let Some(v) = &vm.ascii_chars[c as usize] {
            return v.clone();
        }
        let mut b = [0u8; 4];
        let v = vm.intern(c.encode_utf8(&mut b)).into_value();
        vm.ascii_chars[c as usize] = Some(v.clone());
        return v;
    }
    vm.new_str(c.to_string())
}

fn str_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    match k.downcast::<StrData>() {
        Some(x) => Ok(sd(v).as_str().contains(x.as_str())),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(k)
        ))),
    }
}

fn str_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = if sd(v).is_ascii() {
        vm.types.str_iterator.clone()
    } else {
        vm.types.str_unicode_iterator.clone()
    };
    Ok(alloc(
        &ty,
        IterData::new(IterState::Str {
            s: v.clone(),
            byte: 0,
        }),
    )
    .into_value())
}

pub fn str_of_type(vm: &Vm, ty: &TypeRef, s: String) -> Value {
    if ty.is(&vm.types.str) {
        return vm.new_str(s);
    }
    alloc(ty, StrData::new(s)).into_value()
}

fn str_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.parse(vm, "str", &["object", "encoding", "errors"], 0)?;
    let s = match (&a[0], &a[1], &a[2]) {
        (None, None, None) => String::new(),
        (Some(o), None, None) => vm.str(o)?.as_str().to_string(),
        (o, enc, errors) => {
            for (v, name) in [(enc, "encoding"), (errors, "errors")] {
                if let Some(v) = v.as_ref().filter(|v| v.downcast::<StrData>().is_none()) {
                    return Err(vm.type_error(format!(
                        "str() argument '{name}' must be str, not {}",
                        crate::args::bad_arg_name(vm, v)
                    )));
                }
            }
            if o.as_ref()
                .is_some_and(|o| o.downcast::<StrData>().is_some())
            {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let o = o.clone().unwrap_or_else(|| {
                alloc(
                    &vm.types.bytes,
                    crate::objects::bytes::BytesData::new(Vec::new()),
                )
                .into_value()
            });
            super::bytes::decode_value(vm, &o, enc.as_ref(), errors.as_ref())?
        }
    };
    Ok(str_of_type(vm, ty, s))
}

fn str_format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = args.skip_self().exactly_one(vm, "__format__")?;
    let Some(spec) = spec.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let this = &args.values[0];
    if spec.as_str().is_empty() {
        return vm.str(this).map(|s| s.into_value());
    }
    let tn = vm.type_name(this);
    let r = pyformat::parse_format_spec(spec.as_str(), &tn)
        .and_then(|s| pyformat::format_str(sd(this).as_str(), &s, &tn));
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(format_error(vm, e)),
    }
}

pub fn _unused(_: PyRef<StrData>) {}
