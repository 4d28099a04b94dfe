//! `bytes` and `bytearray`: the slots they share (repr, comparison, concatenation,
//! repetition, `%`, indexing, iteration, `in`), `bytes`'s own (hash, constructor) and the
//! buffer helpers every bytes-like consumer uses. `bytearray`'s mutation lives in
//! `bytearray.rs`, the methods in `bytes_methods.rs` and its siblings, decoding in
//! `bytes_decode.rs`, `memoryview` in `memoryview.rs`.

use std::borrow::Cow;

use crate::object::{alloc, TypeRef};
use crate::objects::bytes::{ByteArrayData, BytesData, MemoryViewData};
use crate::objects::iter::{IterData, IterState};
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::slots::{BinOp, CompareOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    let s = &t.slots;
    s.repr.set(Some(|vm, v| {
        let mut out = String::new();
        bytecode::pyrepr::repr_bytes(&v.downcast::<BytesData>().expect("bytes").bytes, &mut out);
        Ok(vm.new_str(out))
    }));
    s.hash.set(Some(|_, v| {
        Ok(v.downcast::<BytesData>().expect("bytes").hash())
    }));
    s.len.set(Some(|_, v| {
        Ok(v.downcast::<BytesData>().expect("bytes").bytes.len())
    }));
    s.new.set(Some(bytes_new));
    s.iter.set(Some(bytes_iter));
    add_shared_slots(&t);
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__getnewargs__", |vm, a| {
        a.skip_self().none(vm, "bytes.__getnewargs__")?;
        let b = new_bytes(vm, buffer_copy(&a.values[0]).unwrap_or_default());
        Ok(vm.new_tuple([b]))
    });
    super::add_method(vm, &t, "__bytes__", |vm, a| {
        a.skip_self().none(vm, "bytes.__bytes__")?;
        let v = &a.values[0];
        if crate::objects::str_ops::is_exact(vm, v, &vm.types.bytes.clone()) {
            return Ok(v.clone());
        }
        Ok(new_bytes(vm, buffer_copy(v).unwrap_or_default()))
    });
    super::bytes_methods::init(vm, &t);

    let t = vm.types.bytearray.clone();
    let s = &t.slots;
    s.repr.set(Some(bytearray_repr));
    s.len.set(Some(|_, v| Ok(ba(v).bytes.borrow().len())));
    s.iter.set(Some(bytes_iter));
    add_shared_slots(&t);
    super::bytearray::init(vm, &t);
    super::object::add_new_wrapper(vm, &t);
    super::bytes_methods::init(vm, &t);
}

fn add_shared_slots(t: &TypeRef) {
    let s = &t.slots;
    s.richcompare.set(Some(bytes_richcompare));
    s.getitem.set(Some(bytes_getitem));
    s.contains.set(Some(bytes_contains));
    s.nb[BinOp::Add as usize].set(Some(bytes_add));
    s.nb[BinOp::Mul as usize].set(Some(bytes_mul));
    s.nb[BinOp::Mod as usize].set(Some(bytes_mod));
}

#[inline]
pub fn ba(v: &Value) -> &ByteArrayData {
    v.downcast::<ByteArrayData>().expect("bytearray")
}

/// A new exact `bytes`.
pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> Value {
    alloc(&vm.types.bytes, BytesData::new(data)).into_value()
}

/// A new exact `bytearray`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    alloc(&vm.types.bytearray, ByteArrayData::new(data)).into_value()
}

/// A result of the same family as `this` (the methods of both types share their code and
/// return exact `bytes` for bytes, exact `bytearray` for bytearray).
pub fn like(vm: &Vm, this: &Value, data: Vec<u8>) -> Value {
    if this.downcast::<ByteArrayData>().is_some() {
        new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

/// The bytes of an object with the buffer protocol (bytes, bytearray, a live memoryview),
/// borrowed for bytes and copied otherwise (a bytearray may change under its reader).
pub fn buffer_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(Cow::Borrowed(&b.bytes));
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Some(Cow::Owned(b.bytes.borrow().clone()));
    }
    let m = v.downcast::<MemoryViewData>()?;
    super::memoryview::view_bytes(m).map(Cow::Owned)
}

/// [`buffer_of`], copied.
pub fn buffer_copy(v: &Value) -> Option<Vec<u8>> {
    buffer_of(v).map(Cow::into_owned)
}

/// The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not
/// 'str'" (released memoryviews are ValueError, as CPython's `PyObject_GetBuffer`).
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(v) {
        return Ok(b);
    }
    if v.downcast::<MemoryViewData>().is_some() {
        return Err(super::memoryview::released_error(vm));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// `bytes.decode` / `str(b, encoding, errors)`.
pub fn decode_value(
    vm: &mut Vm,
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<String> {
    let Some(data) = buffer_copy(v) else {
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(v)
        )));
    };
    let enc = match encoding {
        Some(e) => {
            super::str_methods::clinic_str_arg(vm, e, "decode() argument 'encoding' must be str")?
                .as_str()
                .to_string()
        }
        None => "utf-8".to_string(),
    };
    let errors = match errors {
        Some(e) => {
            super::str_methods::clinic_str_arg(vm, e, "decode() argument 'errors' must be str")?
                .as_str()
                .to_string()
        }
        None => "strict".to_string(),
    };
    super::bytes_decode::decode(vm, &data, &enc, &errors)
}

pub fn unicode_decode_error(
    vm: &mut Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::Exc {
    let obj = new_bytes(vm, data.to_vec());
    let fields = [
        vm.new_str(enc),
        obj,
        vm.new_int(start as i64),
        vm.new_int(end as i64),
        vm.new_str(reason),
    ];
    let e = vm.new_exception_args(&vm.exc.UnicodeDecodeError.clone(), fields.to_vec());
    let d = e.data();
    for (i, f) in fields.into_iter().enumerate() {
        d.set_field(i, Some(f));
    }
    e
}

fn bytearray_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // A subclass shows its own name, as CPython does.
    let mut body = String::new();
    bytecode::pyrepr::repr_bytes(&ba(v).bytes.borrow(), &mut body);
    // CPython's bytearray repr escapes `'` even inside double quotes.
    if body.starts_with("b\"") {
        body = format!("b\"{}\"", body[2..body.len() - 1].replace('\'', "\\'"));
    }
    let out = format!("{}({body})", vm.type_name(v));
    Ok(vm.new_str(out))
}

fn bytes_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let ty = if v.downcast::<ByteArrayData>().is_some() {
        vm.types.bytearray_iterator.clone()
    } else {
        vm.types.bytes_iterator.clone()
    };
    Ok(alloc(
        &ty,
        IterData::new(IterState::Bytes {
            b: v.clone(),
            index: 0,
        }),
    )
    .into_value())
}

/// Comparison: bytes compares only with bytes (CPython's `bytes_richcompare`; a bytearray
/// answers for itself through the reflected operation), bytearray with any buffer.
fn bytes_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let b_ok = a.downcast::<BytesData>().is_none() || b.downcast::<BytesData>().is_some();
    let (Some(x), Some(y), true) = (buffer_of(a), buffer_of(b), b_ok) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::from_bool(super::int::compare_result(x.cmp(&y), op)))
}

/// `a + b`: any two buffers; the result has `a`'s family.
fn bytes_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    // Concatenation is the left operand's (CPython's `sq_concat`): reached reflected, as
    // in `memoryview + bytes`, it declines.
    if a.downcast::<BytesData>().is_none() && a.downcast::<ByteArrayData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let x = buffer_of(a).unwrap_or_default();
    let Some(y) = buffer_of(b) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(b),
            vm.type_name(a)
        )));
    };
    let mut out = Vec::with_capacity(x.len() + y.len());
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(like(vm, a, out))
}

/// `seq * n` for either operand order.
fn bytes_mul(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = if buffer_of(a).is_some() && a.downcast::<MemoryViewData>().is_none() {
        (a, b)
    } else {
        (b, a)
    };
    let Some(k) = super::str::repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    let data = buffer_of(seq).unwrap_or_default();
    let out = repeat(vm, &data, k)?;
    Ok(like(vm, seq, out))
}

/// `data * k`, or MemoryError when the result cannot exist.
pub fn repeat(vm: &Vm, data: &[u8], k: usize) -> PyResult<Vec<u8>> {
    match data.len().checked_mul(k) {
        Some(n) if n <= isize::MAX as usize => Ok(data.repeat(k)),
        _ => Err(vm.memory_error()),
    }
}

fn bytes_mod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.downcast::<BytesData>().is_none() && a.downcast::<ByteArrayData>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let fmt = buffer_copy(a).unwrap_or_default();
    let out = super::percent::format_bytes(vm, &fmt, b)?;
    Ok(like(vm, a, out))
}

/// A byte value argument: an int (through `__index__`) in range(256).
pub fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = super::int::index(vm, v)?;
    match i.to_i64() {
        Some(b) if (0..256).contains(&b) => Ok(b as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

fn bytes_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let needle = match buffer_copy(k) {
        Some(n) => n,
        None if super::int::index_value(vm, k)?.is_some() => vec![byte_arg(vm, k)?],
        None => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(k)
            )))
        }
    };
    // Searched in place: the needle is converted, so no Python code runs meanwhile.
    Ok(match v.downcast::<BytesData>() {
        Some(b) => find(&b.bytes, &needle, 0).is_some(),
        None => find(&ba(v).bytes.borrow(), &needle, 0).is_some(),
    })
}

/// The first position at or after `from` where `needle` occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay[from..]
            .iter()
            .position(|b| *b == needle[0])
            .map(|i| i + from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// The last position where `needle` occurs in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn bytes_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let is_array = v.downcast::<ByteArrayData>().is_some();
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let data = buffer_of(v).unwrap_or_default();
        let (a, b, c) = super::slice::indices(vm, sl, data.len())?;
        let out: Vec<u8> = if c == 1 {
            data[a as usize..b.max(a) as usize].to_vec()
        } else {
            super::slice::slice_positions(a, b, c)
                .map(|i| data[i])
                .collect()
        };
        return Ok(like(vm, v, out));
    }
    if super::int::index_value(vm, k)?.is_none() {
        let what = if is_array { "bytearray" } else { "byte" };
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    }
    // One item: read in place (copying a bytearray per index would make loops quadratic).
    let what = if is_array { "bytearray" } else { "" };
    let len = byte_len(v);
    let i = index_in(vm, k, len, what)?;
    let b = match v.downcast::<BytesData>() {
        Some(d) => d.bytes[i],
        None => ba(v).bytes.borrow()[i],
    };
    Ok(vm.new_int(i64::from(b)))
}

/// The length of a bytes or bytearray.
fn byte_len(v: &Value) -> usize {
    match v.downcast::<BytesData>() {
        Some(d) => d.bytes.len(),
        None => ba(v).bytes.borrow().len(),
    }
}

/// Resolves an integer index for a sequence of `len` bytes: IndexError "{what} index out of
/// range" (`what` empty gives CPython's bytes message "index out of range").
pub fn index_in(vm: &mut Vm, k: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = super::int::index(vm, k)?;
    let n = len as i64;
    let j = match i.to_i64() {
        Some(x) if x < 0 => x + n,
        Some(x) => x,
        None => {
            return Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(k)
            )))
        }
    };
    if j < 0 || j >= n {
        let msg = if what.is_empty() {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        };
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

/// The bytes `bytes(x)` / `bytearray(x)` make from one argument (`what` names the type in
/// the messages): not a str, a count of zeros for an index, else [`from_object`].
pub fn bytes_from(vm: &mut Vm, x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(x) {
        return Ok(b);
    }
    if x.downcast::<StrData>().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if super::int::index_value(vm, x)?.is_some() {
        let n = super::int::index(vm, x)?;
        let n = match n.to_i64() {
            Some(n) => n,
            None => {
                return Err(vm.overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(x)
                )))
            }
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let mut v = Vec::new();
        v.try_reserve_exact(n as usize)
            .map_err(|_| vm.memory_error())?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    from_object(vm, x, what)
}

/// CPython's `PyBytes_FromObject`: a buffer's bytes, or the byte values an iterable (other
/// than a str) yields; otherwise TypeError "cannot convert 'float' object to bytes".
pub fn from_object(vm: &mut Vm, x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(x) {
        return Ok(b);
    }
    if x.downcast::<StrData>().is_none() {
        match vm.iter(x) {
            Ok(iter) => return ints_from_iter(vm, &iter, what),
            Err(e) if !vm.exc_matches(&e, &vm.exc.TypeError.clone()) => return Err(e),
            Err(_) => {}
        }
    }
    Err(vm.type_error(format!(
        "cannot convert '{}' object to {what}",
        vm.type_name(x)
    )))
}

/// The byte values an iterator yields (`what` picks CPython's range message).
pub fn ints_from_iter(vm: &mut Vm, iter: &Value, what: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(it) = vm.next(iter)? {
        let i = super::int::index(vm, &it)?;
        match i.to_i64() {
            Some(b) if (0..256).contains(&b) => out.push(b as u8),
            _ if what == "bytes" => return Err(vm.value_error("bytes must be in range(0, 256)")),
            _ => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// CPython's `PyObject_Bytes` (`int.from_bytes` takes its argument this way): `__bytes__`
/// when the type has it, else [`from_object`].
pub fn object_bytes(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(x) {
        return Ok(b);
    }
    if let Some(r) = call_dunder_bytes(vm, x)? {
        return Ok(r.downcast::<BytesData>().expect("checked").bytes.to_vec());
    }
    from_object(vm, x, "bytes")
}

/// `type(x).__bytes__(x)`, checked to be a bytes (`None` when there is no `__bytes__`).
fn call_dunder_bytes(vm: &mut Vm, x: &Value) -> PyResult<Option<Value>> {
    let name = vm.names.__bytes__.clone();
    let Some(m) = vm.lookup_special(x, &name)? else {
        return Ok(None);
    };
    let r = vm.call0(&m)?;
    if r.downcast::<BytesData>().is_none() {
        return Err(vm.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            vm.type_name(&r)
        )));
    }
    Ok(Some(r))
}

/// The `encoding` and `errors` arguments of `bytes()`/`bytearray()` as text: Argument
/// Clinic checks their types before anything else happens.
fn codec_args(
    vm: &Vm,
    a: &[Option<Value>],
    what: &str,
) -> PyResult<(Option<String>, Option<String>)> {
    let mut out = [None, None];
    for (i, name) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = &a[i] {
            let s = super::str_methods::clinic_str_arg(
                vm,
                v,
                &format!("{what}() argument '{name}' must be str"),
            )?;
            out[i - 1] = Some(s.as_str().to_string());
        }
    }
    let [enc, errors] = out;
    Ok((enc, errors))
}

/// The `(source, encoding, errors)` arguments of `bytes()` and `bytearray()`.
pub fn construct(vm: &mut Vm, a: &[Option<Value>], what: &str) -> PyResult<Vec<u8>> {
    let (enc, errors) = codec_args(vm, a, what)?;
    match &a[0] {
        None if enc.is_some() => Err(vm.type_error("encoding without a string argument")),
        None if errors.is_some() => Err(vm.type_error("errors without a string argument")),
        None => Ok(Vec::new()),
        Some(x) if enc.is_some() || errors.is_some() => {
            if x.downcast::<StrData>().is_none() {
                let msg = if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                };
                return Err(vm.type_error(msg));
            }
            let Some(enc) = enc else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let errors = errors.unwrap_or_else(|| "strict".to_string());
            super::str_encode::encode(vm, x, &enc, &errors)
        }
        Some(x) => bytes_from(vm, x, what),
    }
}

fn bytes_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.parse(vm, "bytes", &["source", "encoding", "errors"], 0)?;
    codec_args(vm, &a, "bytes")?;
    let data = match (&a[0], &a[1], &a[2]) {
        (Some(x), None, None) => match call_dunder_bytes(vm, x)? {
            Some(r) => {
                if ty.is(&vm.types.bytes)
                    && crate::objects::str_ops::is_exact(vm, &r, &vm.types.bytes.clone())
                {
                    return Ok(r);
                }
                r.downcast::<BytesData>().expect("checked").bytes.to_vec()
            }
            None => bytes_from(vm, x, "bytes")?,
        },
        _ => construct(vm, &a, "bytes")?,
    };
    Ok(alloc(ty, BytesData::new(data)).into_value())
}
