//! `str % args` and `bytes % args`: the VM side of `pyformat::percent_format` (the
//! conversions of each argument, as CPython's `PyUnicode_Format` and `_PyBytes_FormatEx` do
//! them).
//!
//! A bytes format runs through the same engine as text whose characters are the bytes'
//! Latin-1 code points: every piece of output (bytes from `%s`/`%b`, ASCII from the numeric
//! conversions and `%a`, one byte from `%c`) stays below U+0100, so it maps back exactly.

use dashu_int::IBig;
use pyformat::percent::{
    percent_char_type_error, percent_float_type_error, percent_format, percent_int_type_error,
    star_wants_int, PercentArgs, PercentHost, PercentValue,
};
use pyformat::FormatError;

use crate::objects::complex::ComplexData;
use crate::objects::float::FloatData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::UnaryOp;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

use super::int::as_int;

/// A failure while formatting: a raised exception or a `pyformat` error not yet raised.
enum Failure {
    Raised(Exc),
    Format(FormatError),
}

impl From<FormatError> for Failure {
    fn from(e: FormatError) -> Self {
        Failure::Format(e)
    }
}

impl From<Exc> for Failure {
    fn from(e: Exc) -> Self {
        Failure::Raised(e)
    }
}

struct Host<'a> {
    vm: &'a mut Vm,
    /// Formatting bytes: `%s`/`%b` take buffers, `%c` a byte, `%r` is `%a`, keys are bytes.
    bytes: bool,
}

pub fn format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let args = if let Some(t) = args.downcast::<TupleData>() {
        PercentArgs::Tuple(t.items().to_vec())
    } else if vm.type_data_of(args).slots.getitem.get().is_some()
        && args.downcast::<StrData>().is_none()
    {
        // CPython's PyMapping_Check: anything with `__getitem__` (a list too) but a str.
        PercentArgs::Mapping(args.clone())
    } else {
        PercentArgs::Single(args.clone())
    };
    run(vm, fmt, args, false)
}

fn run(vm: &mut Vm, fmt: &str, args: PercentArgs<Value>, bytes: bool) -> PyResult<String> {
    let limit = vm.int_max_str_digits;
    let mut host = Host { vm, bytes };
    match percent_format(&mut host, fmt, args, limit) {
        Ok(s) => Ok(s),
        Err(Failure::Raised(e)) => Err(e),
        Err(Failure::Format(e)) => Err(super::str::format_error(host.vm, e)),
    }
}

/// `bytes % args` (and bytearray's).
pub fn format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let is_bytes = args
        .downcast::<crate::objects::bytes::BytesData>()
        .is_some()
        || args
            .downcast::<crate::objects::bytes::ByteArrayData>()
            .is_some();
    let args = if let Some(t) = args.downcast::<TupleData>() {
        PercentArgs::Tuple(t.items().to_vec())
    } else if vm.type_data_of(args).slots.getitem.get().is_some()
        && args.downcast::<StrData>().is_none()
        && !is_bytes
    {
        // `_PyBytes_FormatEx`: anything with `__getitem__` but a tuple, bytes, bytearray or
        // str (so a memoryview or a list too).
        PercentArgs::Mapping(args.clone())
    } else {
        PercentArgs::Single(args.clone())
    };
    let text: String = fmt.iter().map(|&b| char::from(b)).collect();
    let out = run(vm, &text, args, true)?;
    Ok(out.chars().map(|c| u32::from(c) as u8).collect())
}

/// Latin-1 text of bytes (each byte one character), the form bytes take in the engine.
fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

impl Host<'_> {
    fn type_name(&self, v: &Value) -> String {
        self.vm.type_name(v)
    }

    /// `%c`: a one-character str, or an int (through `__index__`) naming a code point.
    fn char_of(&mut self, v: &Value) -> Result<PercentValue, Failure> {
        if let Some(s) = v.downcast::<StrData>() {
            let mut it = s.as_str().chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(PercentValue::Char(c)),
                _ => Err(percent_char_type_error().into()),
            };
        }
        let i = match super::int::index_value(self.vm, v) {
            Ok(Some(i)) => i.to_ibig(),
            Ok(None) => return Err(percent_char_type_error().into()),
            Err(e) if self.vm.exc_matches(&e, &self.vm.exc.TypeError.clone()) => {
                return Err(percent_char_type_error().into())
            }
            Err(e) => return Err(e.into()),
        };
        if let Some(cp) = i64::try_from(&i)
            .ok()
            .filter(|c| (0xD800..0xE000).contains(c))
        {
            // A lone surrogate, held as its stand-in.
            let c = crate::unicode::surrogates::char_for(cp as u32).expect("surrogate");
            return Ok(PercentValue::Char(c));
        }
        Ok(PercentValue::Char(
            pyformat::percent::percent_char_from_int(&i)?,
        ))
    }

    /// `%d %i %u` take anything `int()` accepts among numbers (a float truncates); `%o %x %X`
    /// only what has `__index__`. A TypeError on the way becomes the format's own message.
    fn int_of(&mut self, v: &Value, conversion: char) -> Result<PercentValue, Failure> {
        if let Some(i) = as_int(v) {
            return Ok(PercentValue::Int(i.to_ibig()));
        }
        let wrong = |h: &Self| percent_int_type_error(conversion, &h.type_name(v));
        let td = self.vm.type_data_of(v);
        let is_number = v.downcast::<FloatData>().is_some()
            || v.downcast::<ComplexData>().is_some()
            || [UnaryOp::Index, UnaryOp::Int, UnaryOp::Float]
                .iter()
                .any(|op| td.slots.unary[*op as usize].get().is_some());
        if !is_number {
            return Err(wrong(self).into());
        }
        let r = if matches!(conversion, 'o' | 'x' | 'X') {
            super::int::index(self.vm, v)
        } else {
            super::int::to_int(self.vm, v)
        };
        match r {
            Ok(i) => Ok(PercentValue::Int(i.to_ibig())),
            Err(e) if self.vm.exc_matches(&e, &self.vm.exc.TypeError.clone()) => {
                Err(wrong(self).into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// `PyFloat_AsDouble`: floats, `__float__`, then `__index__`; strings are not parsed.
    fn float_of(&mut self, v: &Value) -> Result<PercentValue, Failure> {
        if let Some(x) = v.downcast::<FloatData>() {
            return Ok(PercentValue::Float(x.0));
        }
        if let Some(i) = as_int(v) {
            return Ok(PercentValue::Float(super::int::int_to_f64(self.vm, i)?));
        }
        let td = self.vm.type_data_of(v);
        let has_float = td.slots.unary[UnaryOp::Float as usize].get().is_some();
        let has_index = td.slots.unary[UnaryOp::Index as usize].get().is_some();
        if !has_float && !has_index {
            if self.bytes {
                // `_PyBytes_FormatEx` has its own wording.
                return Err(FormatError::type_error(format!(
                    "float argument required, not {}",
                    self.type_name(v)
                ))
                .into());
            }
            return Err(percent_float_type_error(&self.type_name(v)).into());
        }
        Ok(PercentValue::Float(super::float::to_float(self.vm, v)?))
    }
}

impl Host<'_> {
    /// `%s`/`%b` of bytes: a buffer's bytes, or what `__bytes__` returns.
    fn bytes_of(&mut self, v: &Value) -> Result<PercentValue, Failure> {
        if let Some(b) = super::bytes::buffer_of(v) {
            return Ok(PercentValue::Str(latin1(&b)));
        }
        let name = self.vm.names.__bytes__.clone();
        if v.downcast::<StrData>().is_none() {
            if let Some(m) = self.vm.lookup_special(v, &name)? {
                let r = self.vm.call0(&m)?;
                return match r.downcast::<crate::objects::bytes::BytesData>() {
                    Some(b) => Ok(PercentValue::Str(latin1(&b.bytes))),
                    None => Err(self
                        .vm
                        .type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            self.vm.type_name(&r)
                        ))
                        .into()),
                };
            }
        }
        Err(FormatError::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            self.type_name(v)
        ))
        .into())
    }

    /// `%c` of bytes: a one-byte bytes or bytearray, or an int in range(256).
    fn byte_of(&mut self, v: &Value) -> Result<PercentValue, Failure> {
        let wrong =
            || FormatError::type_error("%c requires an integer in range(256) or a single byte");
        if v.downcast::<crate::objects::bytes::BytesData>().is_some()
            || v.downcast::<crate::objects::bytes::ByteArrayData>()
                .is_some()
        {
            let b = super::bytes::buffer_of(v).unwrap_or_default();
            return match b.len() {
                1 => Ok(PercentValue::Char(char::from(b[0]))),
                _ => Err(wrong().into()),
            };
        }
        let i = match super::int::index_value(self.vm, v) {
            Ok(Some(i)) => i,
            Ok(None) => return Err(wrong().into()),
            Err(e) if self.vm.exc_matches(&e, &self.vm.exc.TypeError.clone()) => {
                return Err(wrong().into())
            }
            Err(e) => return Err(e.into()),
        };
        match i.to_i64() {
            Some(b) if (0..256).contains(&b) => Ok(PercentValue::Char(char::from(b as u8))),
            _ => Err(FormatError::overflow("%c arg not in range(256)").into()),
        }
    }
}

impl PercentHost for Host<'_> {
    type Value = Value;
    type Error = Failure;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, Failure> {
        let k = if self.bytes {
            let data = key.chars().map(|c| u32::from(c) as u8).collect();
            super::bytes::new_bytes(self.vm, data)
        } else {
            self.vm.new_str(key)
        };
        Ok(self.vm.getitem(mapping, &k)?)
    }

    fn accepts(&self, c: char) -> bool {
        pyformat::percent::is_conversion(c) || (self.bytes && c == 'b')
    }

    fn leftover(&self) -> FormatError {
        if self.bytes {
            FormatError::type_error("not all arguments converted during bytes formatting")
        } else {
            pyformat::percent::not_all_converted()
        }
    }

    fn unsupported(&self, c: char, index: usize) -> FormatError {
        if self.bytes && u32::from(c) >= 0x80 {
            // CPython formats the byte as a signed C char, so `%c` of it is out of range.
            return FormatError::overflow("character argument not in range(0x110000)");
        }
        pyformat::percent::unsupported_format_character(c, index)
    }

    fn star_int(&mut self, value: &Value) -> Result<IBig, Failure> {
        match as_int(value) {
            Some(i) => Ok(i.to_ibig()),
            None => Err(star_wants_int().into()),
        }
    }

    fn convert(&mut self, value: &Value, conversion: char) -> Result<PercentValue, Failure> {
        if self.bytes {
            match conversion {
                's' | 'b' => return self.bytes_of(value),
                'r' | 'a' => {
                    let s = super::str::ascii_of(self.vm, value)?;
                    let text = s
                        .downcast::<StrData>()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default();
                    return Ok(PercentValue::Str(text));
                }
                'c' => return self.byte_of(value),
                _ => {}
            }
        }
        match conversion {
            's' => {
                let s = self.vm.str(value)?;
                Ok(PercentValue::Str(s.as_str().to_string()))
            }
            'r' => {
                let s = self.vm.repr(value)?;
                Ok(PercentValue::Str(s.as_str().to_string()))
            }
            'a' => {
                let s = super::str::ascii_of(self.vm, value)?;
                let text = s
                    .downcast::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                Ok(PercentValue::Str(text))
            }
            'c' => self.char_of(value),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => self.int_of(value, conversion),
            _ => self.float_of(value),
        }
    }
}
