//! `bytes` and `bytearray`: the core slots. The methods live in `bytes_methods.rs`.

use crate::object::{alloc, TypeRef};
use crate::objects::bytes::{ByteArrayData, BytesData};
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
    s.richcompare.set(Some(bytes_richcompare));
    s.len.set(Some(|_, v| {
        Ok(v.downcast::<BytesData>().expect("bytes").bytes.len())
    }));
    s.new.set(Some(bytes_new));
    s.getitem.set(Some(bytes_getitem));
    s.iter.set(Some(|vm, v| {
        Ok(alloc(
            &vm.types.bytes_iterator,
            IterData::new(IterState::Bytes {
                b: v.clone(),
                index: 0,
            }),
        )
        .into_value())
    }));
    s.nb[BinOp::Add as usize].set(Some(bytes_add));
    s.contains.set(Some(bytes_contains));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "decode", |vm, a| {
        let r = a
            .skip_self()
            .parse(vm, "decode", &["encoding", "errors"], 0)?;
        let s = decode_value(vm, &a.values[0], r[0].as_ref(), r[1].as_ref())?;
        Ok(vm.new_str(s))
    });
    let t = vm.types.bytearray.clone();
    let s = &t.slots;
    s.repr.set(Some(|vm, v| {
        let mut out = String::from("bytearray(");
        bytecode::pyrepr::repr_bytes(
            &v.downcast::<ByteArrayData>()
                .expect("bytearray")
                .bytes
                .borrow(),
            &mut out,
        );
        out.push(')');
        Ok(vm.new_str(out))
    }));
    s.len.set(Some(|_, v| {
        Ok(v.downcast::<ByteArrayData>()
            .expect("bytearray")
            .bytes
            .borrow()
            .len())
    }));
    s.new.set(Some(|_vm, ty, _| {
        Ok(alloc(ty, ByteArrayData::new(Vec::new())).into_value())
    }));
    s.init.set(Some(bytearray_init));
    s.richcompare.set(Some(bytes_richcompare));
    s.iter.set(Some(|vm, v| {
        Ok(alloc(
            &vm.types.bytearray_iterator,
            IterData::new(IterState::Bytes {
                b: v.clone(),
                index: 0,
            }),
        )
        .into_value())
    }));
    super::object::add_new_wrapper(vm, &t);
}

/// The bytes of a bytes-like object (bytes, bytearray).
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.bytes.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Ok(b.bytes.borrow().clone());
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

fn opt_bytes(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.bytes.to_vec());
    }
    v.downcast::<ByteArrayData>()
        .map(|b| b.bytes.borrow().clone())
}

/// `bytes.decode` / `str(b, encoding, errors)` (UTF-8, ASCII and Latin-1 for now).
pub fn decode_value(
    vm: &mut Vm,
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<String> {
    let data = match opt_bytes(v) {
        Some(d) => d,
        None => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(v)
            )))
        }
    };
    let enc = encoding
        .and_then(|e| {
            e.downcast::<StrData>()
                .map(|s| s.as_str().to_lowercase().replace(['-', ' '], "_"))
        })
        .unwrap_or_else(|| "utf_8".into());
    let errors = errors
        .and_then(|e| e.downcast::<StrData>().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| "strict".into());
    match enc.as_str() {
        "utf_8" | "utf8" | "u8" => match String::from_utf8(data.clone()) {
            Ok(s) => Ok(s),
            Err(e) if errors == "replace" => {
                let _ = e;
                Ok(String::from_utf8_lossy(&data).into_owned())
            }
            Err(e) if errors == "ignore" => {
                let _ = e;
                Ok(String::from_utf8_lossy(&data).replace('\u{fffd}', ""))
            }
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = data[pos];
                let reason = if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
                    "invalid start byte"
                } else if e.utf8_error().error_len().is_none() {
                    "unexpected end of data"
                } else {
                    "invalid continuation byte"
                };
                let end = pos + e.utf8_error().error_len().unwrap_or(data.len() - pos);
                Err(unicode_decode_error(
                    vm,
                    "utf-8",
                    &data,
                    pos,
                    if reason == "invalid continuation byte" {
                        pos + 1
                    } else {
                        end
                    },
                    reason,
                ))
            }
        },
        "ascii" | "us_ascii" => {
            if let Some(p) = data.iter().position(|b| *b >= 0x80) {
                if errors == "strict" {
                    return Err(unicode_decode_error(
                        vm,
                        "ascii",
                        &data,
                        p,
                        p + 1,
                        "ordinal not in range(128)",
                    ));
                }
            }
            Ok(data
                .iter()
                .map(|&b| if b < 0x80 { b as char } else { '\u{fffd}' })
                .collect())
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            Ok(data.iter().map(|&b| b as char).collect())
        }
        other => Err(vm.new_exception(
            &vm.exc.LookupError.clone(),
            format!("unknown encoding: {other}"),
        )),
    }
}

pub fn unicode_decode_error(
    vm: &mut Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::Exc {
    let obj = alloc(&vm.types.bytes, BytesData::new(data.to_vec())).into_value();
    let e = vm.new_exception_args(
        &vm.exc.UnicodeDecodeError.clone(),
        vec![
            vm.new_str(enc),
            obj.clone(),
            vm.new_int(start as i64),
            vm.new_int(end as i64),
            vm.new_str(reason),
        ],
    );
    let d = e.data();
    d.set_field(0, Some(vm.new_str(enc)));
    d.set_field(1, Some(obj));
    d.set_field(2, Some(vm.new_int(start as i64)));
    d.set_field(3, Some(vm.new_int(end as i64)));
    d.set_field(4, Some(vm.new_str(reason)));
    e
}

fn bytes_richcompare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (opt_bytes(a), opt_bytes(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(Value::from_bool(super::int::compare_result(x.cmp(&y), op)))
}

fn bytes_add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(mut x), Some(y)) = (opt_bytes(a), opt_bytes(b)) else {
        if opt_bytes(a).is_some() {
            return Err(vm.type_error(format!(
                "can't concat {} to {}",
                vm.type_name(b),
                vm.type_name(a)
            )));
        }
        return Ok(vm.not_implemented.clone());
    };
    x.extend(y);
    Ok(alloc(&vm.types.bytes, BytesData::new(x)).into_value())
}

fn bytes_contains(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<bool> {
    let data = opt_bytes(v).unwrap_or_default();
    if let Some(i) = super::int::as_int(k) {
        let b = i
            .to_i64()
            .filter(|x| (0..256).contains(x))
            .ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(data.contains(&(b as u8)));
    }
    let needle = bytes_like(vm, k)?;
    Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle.as_slice()))
}

fn bytes_getitem(vm: &mut Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let data = opt_bytes(v).unwrap_or_default();
    if let Some(sl) = k.downcast::<crate::objects::slice::SliceData>() {
        let (a, b, c) = super::slice::indices(vm, sl, data.len())?;
        let out: Vec<u8> = super::slice::slice_positions(a, b, c)
            .map(|i| data[i])
            .collect();
        return Ok(alloc(&vm.types.bytes, BytesData::new(out)).into_value());
    }
    let i = super::str::normalize_index(vm, k, data.len(), "index")?;
    Ok(vm.new_int(i64::from(data[i])))
}

/// The bytes `bytes(x)` / `bytearray(x)` make from one argument.
fn bytes_from(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = opt_bytes(x) {
        return Ok(b);
    }
    if x.downcast::<StrData>().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if super::int::as_int(x).is_some() {
        let n = super::int::index_isize(vm, x)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = vm.collect(x).map_err(|e| {
        if vm.exc_matches(&e, &vm.exc.TypeError.clone()) {
            vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(x)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = super::int::index(vm, &it)?;
        match i.to_i64() {
            Some(b) if (0..256).contains(&b) => out.push(b as u8),
            _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn encode_str(vm: &mut Vm, s: &str, enc: &Value, _errors: Option<&Value>) -> PyResult<Vec<u8>> {
    let enc = enc
        .downcast::<StrData>()
        .map(|e| e.as_str().to_lowercase().replace(['-', ' '], "_"))
        .unwrap_or_default();
    match enc.as_str() {
        "utf_8" | "utf8" | "u8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin_1" | "latin1" | "iso_8859_1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    let name = if enc == "ascii" { "ascii" } else { "latin-1" };
                    let reason = if enc == "ascii" {
                        "ordinal not in range(128)"
                    } else {
                        "ordinal not in range(256)"
                    };
                    let obj = vm.new_str(s);
                    let e = vm.new_exception_args(
                        &vm.exc.UnicodeEncodeError.clone(),
                        vec![
                            vm.new_str(name),
                            obj.clone(),
                            vm.new_int(i as i64),
                            vm.new_int(i as i64 + 1),
                            vm.new_str(reason),
                        ],
                    );
                    let d = e.data();
                    d.set_field(0, Some(vm.new_str(name)));
                    d.set_field(1, Some(obj));
                    d.set_field(2, Some(vm.new_int(i as i64)));
                    d.set_field(3, Some(vm.new_int(i as i64 + 1)));
                    d.set_field(4, Some(vm.new_str(reason)));
                    return Err(e);
                }
            }
            Ok(out)
        }
        other => Err(vm.new_exception(
            &vm.exc.LookupError.clone(),
            format!("unknown encoding: {other}"),
        )),
    }
}

pub fn encode_value(
    vm: &mut Vm,
    s: &str,
    enc: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    match enc {
        Some(e) => encode_str(vm, s, e, errors),
        None => Ok(s.as_bytes().to_vec()),
    }
}

fn bytes_new(vm: &mut Vm, ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    let a = args.parse(vm, "bytes", &["source", "encoding", "errors"], 0)?;
    let data = match (&a[0], &a[1]) {
        (None, None) => Vec::new(),
        (Some(x), Some(enc)) => match x.downcast::<StrData>() {
            Some(s) => {
                let s = s.as_str().to_string();
                encode_str(vm, &s, enc, a[2].as_ref())?
            }
            None => return Err(vm.type_error("encoding without a string argument")),
        },
        (Some(x), None) => {
            let name = vm.names.__bytes__.clone();
            match vm.lookup_special(x, &name)? {
                Some(m) => {
                    let r = vm.call0(&m)?;
                    match r.downcast::<BytesData>() {
                        Some(b) => b.bytes.to_vec(),
                        None => {
                            return Err(vm.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                vm.type_name(&r)
                            )))
                        }
                    }
                }
                None => bytes_from(vm, x)?,
            }
        }
        (None, Some(_)) => return Err(vm.type_error("encoding without a string argument")),
    };
    Ok(alloc(ty, BytesData::new(data)).into_value())
}

fn bytearray_init(vm: &mut Vm, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = args.parse(vm, "bytearray", &["source", "encoding", "errors"], 0)?;
    let data = match (&a[0], &a[1]) {
        (None, _) => Vec::new(),
        (Some(x), Some(enc)) => match x.downcast::<StrData>() {
            Some(s) => {
                let s = s.as_str().to_string();
                encode_str(vm, &s, enc, a[2].as_ref())?
            }
            None => return Err(vm.type_error("encoding without a string argument")),
        },
        (Some(x), None) => bytes_from(vm, x)?,
    };
    *v.downcast::<ByteArrayData>()
        .expect("bytearray")
        .bytes
        .borrow_mut() = data;
    Ok(())
}
