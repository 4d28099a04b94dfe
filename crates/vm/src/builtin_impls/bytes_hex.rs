//! `hex` and `fromhex` (shared with `memoryview.hex`), and `maketrans`/`translate` of
//! `bytes` and `bytearray`.

use crate::object::TypeRef;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::{bytes_like, like};
use super::bytes_methods::{same_or_new, this};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    super::add_method(vm, t, "hex", |vm, a| {
        let r = a
            .skip_self()
            .parse(vm, "hex", &["sep", "bytes_per_sep"], 0)?;
        let s = hex_with_sep(vm, &this(&a), r[0].as_ref(), r[1].as_ref())?;
        Ok(vm.new_str(s))
    });
    super::add_classmethod(vm, t, "fromhex", bytes_fromhex);
    super::add_staticmethod(vm, t, "maketrans", bytes_maketrans);
    super::add_method(vm, t, "translate", bytes_translate);
}

/// `hex(sep, bytes_per_sep)`: lowercase hex digits, with `sep` (one ASCII character, str or
/// bytes) between groups of `bytes_per_sep` bytes counted from the right (from the left
/// when negative).
pub fn hex_with_sep(
    vm: &mut Vm,
    data: &[u8],
    sep: Option<&Value>,
    per: Option<&Value>,
) -> PyResult<String> {
    // Clinic converts `bytes_per_sep` first; then `_Py_strhex_impl` takes the separator's
    // length before its type.
    let per = match per {
        Some(p) => super::str_methods::c_int_arg(vm, p)? as i64,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            if vm.len(s)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = if let Some(t) = s.downcast::<StrData>() {
                u32::from(t.as_str().chars().next().unwrap_or('\0'))
            } else if let Some(b) = s.downcast::<crate::objects::bytes::BytesData>() {
                u32::from(b.bytes[0])
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if c >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let (Some(c), true) = (sep, i > 0 && group > 0) {
            // Groups are counted from the right unless `bytes_per_sep` is negative.
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(c);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
fn bytes_fromhex(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let cls = a.values[0].clone();
    let is_array = cls.is(vm.types.bytearray.as_value());
    let name = if is_array { "bytearray" } else { "bytes" };
    let s = a.skip_self().exactly_one(vm, &format!("{name}.fromhex"))?;
    let Some(text) = s.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            crate::args::bad_arg_name(vm, s)
        )));
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let digit = |c: Option<&char>| c.and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
    while i < chars.len() {
        if chars[i].is_ascii() && super::bytes_split::is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let (Some(hi), Some(lo)) = (digit(chars.get(i)), digit(chars.get(i + 1))) else {
            let pos = if digit(chars.get(i)).is_some() {
                i + 1
            } else {
                i
            };
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if is_array {
        return Ok(super::bytes::new_bytearray(vm, out));
    }
    let b = super::bytes::new_bytes(vm, out);
    if cls.is(vm.types.bytes.as_value()) {
        return Ok(b);
    }
    // A subclass gets `cls(result)`, as in CPython.
    vm.call1(&cls, b)
}

fn bytes_maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let p = a.unpack(vm, "maketrans", 2, 2)?;
    let from = bytes_like(vm, &p[0])?;
    let to = bytes_like(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(super::bytes::new_bytes(vm, table))
}

fn bytes_translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let rest = a.skip_self();
    if rest.pos().is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let r = rest.parse_with(vm, "translate", &["table", "delete"], 1, 1)?;
    let table = match r[0].as_ref().filter(|t| !t.is_none()) {
        Some(t) => {
            let t = bytes_like(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match &r[1] {
        Some(d) => bytes_like(vm, d)?,
        None => Vec::new(),
    };
    let text = this(&a);
    let out: Vec<u8> = text
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if out[..] == text[..] {
        return Ok(same_or_new(vm, &a.values[0], &text));
    }
    Ok(like(vm, &a.values[0], out))
}
