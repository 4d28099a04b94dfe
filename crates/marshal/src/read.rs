//! Reading marshal data into plain-data constants and code objects.
//!
//! The reader trusts nothing: every length is checked against the bytes that remain before
//! anything is allocated, nesting is limited to CPython's depth, and back-references may only
//! name objects that are complete. It never panics, whatever the input.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use bytecode::{CodeObject, Constant, PyStr};
use dashu_int::{IBig, UBig};

use crate::eq_key::{eq_key, EqKey};
use crate::error::{ErrorKind, MarshalError};
use crate::type_code::{TypeCode, FLAG_REF, MAX_DEPTH};

/// Reads one object from the start of `data`. Bytes after the object are ignored, as
/// `marshal.loads` ignores them.
pub fn loads(data: &[u8]) -> Result<Constant, MarshalError> {
    Reader::new(data, 0).read_top()
}

/// Reads one object that must be a code object (the body of a `.pyc`).
pub fn loads_code(data: &[u8]) -> Result<Rc<CodeObject>, MarshalError> {
    loads_code_at(data, 0)
}

/// As `loads_code`, reporting offsets relative to a larger input that `data` starts
/// `base_offset` bytes into (the 16-byte `.pyc` header, typically).
pub fn loads_code_at(data: &[u8], base_offset: usize) -> Result<Rc<CodeObject>, MarshalError> {
    let mut reader = Reader::new(data, base_offset);
    match reader.read_top()? {
        Constant::Code(code) => Ok(code),
        other => Err(MarshalError {
            offset: base_offset,
            kind: ErrorKind::BadCodeField {
                field: "(module)",
                expected: "a code object",
                found: other.type_name(),
            },
        }),
    }
}

/// Grow the stack when less than this is left at a check...
const STACK_RED_ZONE: usize = 256 * 1024;
/// ...by this much.
const STACK_GROWTH: usize = 4 * 1024 * 1024;

/// A back-reference slot: reserved when a flagged object starts, filled when it is complete.
enum RefSlot {
    Pending,
    Ready(Constant),
    /// A tuple of str read as a code object's name table; kept in that form so that code
    /// objects sharing it share it without conversion. Becomes a `Constant` only if something
    /// else refers to it.
    Names(Rc<[PyStr]>),
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    base_offset: usize,
    depth: usize,
    refs: Vec<RefSlot>,
}

type Result<T, E = MarshalError> = std::result::Result<T, E>;

impl<'a> Reader<'a> {
    fn new(data: &'a [u8], base_offset: usize) -> Reader<'a> {
        Reader {
            data,
            pos: 0,
            base_offset,
            depth: 0,
            refs: Vec::new(),
        }
    }

    fn error_at(&self, pos: usize, kind: ErrorKind) -> MarshalError {
        MarshalError {
            offset: self.base_offset + pos,
            kind,
        }
    }

    fn read_top(&mut self) -> Result<Constant> {
        let start = self.pos;
        self.read_object()?
            .ok_or_else(|| self.error_at(start, ErrorKind::NullObject { context: "object" }))
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8]> {
        let data: &'a [u8] = self.data;
        match data.get(self.pos..).and_then(|rest| rest.get(..n)) {
            Some(bytes) => {
                self.pos += n;
                Ok(bytes)
            }
            None => Err(self.error_at(
                self.pos,
                ErrorKind::Truncated {
                    what,
                    needed: n - (data.len() - self.pos.min(data.len())),
                },
            )),
        }
    }

    fn byte(&mut self, what: &'static str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    fn i32(&mut self, what: &'static str) -> Result<i32> {
        let b = self.take(4, what)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64_bin(&mut self) -> Result<f64> {
        let b = self.take(8, "a binary float")?;
        let mut raw = [0u8; 8];
        raw.copy_from_slice(b);
        Ok(f64::from_le_bytes(raw))
    }

    fn f64_text(&mut self) -> Result<f64> {
        let n = usize::from(self.byte("a float's length")?);
        let start = self.pos;
        let text = self.take(n, "a float's text")?;
        std::str::from_utf8(text)
            .ok()
            .and_then(parse_python_float)
            .ok_or_else(|| {
                self.error_at(
                    start,
                    ErrorKind::BadFloatText(String::from_utf8_lossy(text).into_owned()),
                )
            })
    }

    /// A 4-byte length that must be non-negative and no larger than what remains (each item
    /// takes at least `min_item_size` bytes), so no forged length makes us allocate.
    fn length(&mut self, what: &'static str, min_item_size: usize) -> Result<usize> {
        let at = self.pos;
        let n = self.i32(what)?;
        let remaining = self.data.len() - self.pos;
        match usize::try_from(n) {
            Ok(len) if len.saturating_mul(min_item_size) <= remaining => Ok(len),
            _ => Err(self.error_at(
                at,
                ErrorKind::BadLength {
                    what,
                    length: i64::from(n),
                    remaining,
                },
            )),
        }
    }

    fn reserve_ref(&mut self, flagged: bool) -> Option<usize> {
        flagged.then(|| {
            self.refs.push(RefSlot::Pending);
            self.refs.len() - 1
        })
    }

    fn fill_ref(&mut self, slot: Option<usize>, value: &Constant) {
        if let Some(slot) = slot.and_then(|i| self.refs.get_mut(i)) {
            *slot = RefSlot::Ready(value.clone());
        }
    }

    /// Reads one object; `None` is marshal's NULL (the end of a dict).
    fn read_object(&mut self) -> Result<Option<Constant>> {
        let start = self.pos;
        let code = self.byte("a type code")?;
        if self.depth >= MAX_DEPTH {
            return Err(self.error_at(start, ErrorKind::TooDeep));
        }
        self.depth += 1;
        // Nesting is bounded by MAX_DEPTH, but a frame per level can still exceed a small
        // thread stack (a test thread's 2 MiB in a debug build does); grow the stack on the
        // heap when it runs low. Checking every few levels keeps the cost out of the profile.
        let result = if self.depth.is_multiple_of(16) {
            stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, || self.read_body(start, code))
        } else {
            self.read_body(start, code)
        };
        self.depth -= 1;
        result
    }

    fn read_body(&mut self, start: usize, code: u8) -> Result<Option<Constant>> {
        let flagged = code & FLAG_REF != 0;
        let Some(type_code) = TypeCode::from_byte(code & !FLAG_REF) else {
            return Err(self.error_at(start, ErrorKind::UnknownTypeCode(code)));
        };
        // Containers reserve their slot before reading their items, as CPython does, so that
        // back-references are numbered as in the stream. CPython gives no slot to NULL, the
        // singletons or a reference, even when the flag is set on them.
        let takes_slot = !matches!(
            type_code,
            TypeCode::Null
                | TypeCode::None
                | TypeCode::False
                | TypeCode::True
                | TypeCode::StopIter
                | TypeCode::Ellipsis
                | TypeCode::Ref
        );
        let slot = self.reserve_ref(flagged && takes_slot);
        let value = match type_code {
            TypeCode::Null => return Ok(None),
            TypeCode::None => Constant::None,
            TypeCode::False => Constant::Bool(false),
            TypeCode::True => Constant::Bool(true),
            TypeCode::StopIter => Constant::StopIteration,
            TypeCode::Ellipsis => Constant::Ellipsis,
            TypeCode::Int => Constant::Int(i64::from(self.i32("an int")?)),
            TypeCode::Int64 => {
                let b = self.take(8, "a 64-bit int")?;
                let mut raw = [0u8; 8];
                raw.copy_from_slice(b);
                Constant::Int(i64::from_le_bytes(raw))
            }
            TypeCode::Long => self.read_long()?,
            TypeCode::Float => Constant::Float(self.f64_text()?),
            TypeCode::BinaryFloat => Constant::Float(self.f64_bin()?),
            TypeCode::Complex => {
                let re = self.f64_text()?;
                let im = self.f64_text()?;
                Constant::Complex { re, im }
            }
            TypeCode::BinaryComplex => {
                let re = self.f64_bin()?;
                let im = self.f64_bin()?;
                Constant::Complex { re, im }
            }
            TypeCode::String => {
                let n = self.length("bytes", 1)?;
                Constant::Bytes(Rc::from(self.take(n, "bytes")?))
            }
            TypeCode::Ascii | TypeCode::AsciiInterned => {
                let n = self.length("str", 1)?;
                let bytes = self.take(n, "str")?;
                Constant::Str(PyStr::from_latin1(
                    bytes,
                    type_code == TypeCode::AsciiInterned,
                ))
            }
            TypeCode::ShortAscii | TypeCode::ShortAsciiInterned => {
                let n = usize::from(self.byte("a str length")?);
                let bytes = self.take(n, "str")?;
                Constant::Str(PyStr::from_latin1(
                    bytes,
                    type_code == TypeCode::ShortAsciiInterned,
                ))
            }
            TypeCode::Unicode | TypeCode::Interned => {
                let n = self.length("str", 1)?;
                let at = self.pos;
                let bytes = self.take(n, "str")?;
                let s = PyStr::from_utf8_surrogatepass(bytes, type_code == TypeCode::Interned)
                    .map_err(|e| {
                        self.error_at(at + e.offset, ErrorKind::InvalidUtf8 { at: e.offset })
                    })?;
                Constant::Str(s)
            }
            TypeCode::Tuple => {
                let n = self.length("tuple", 1)?;
                Constant::Tuple(self.read_items(n, "tuple")?)
            }
            TypeCode::SmallTuple => {
                let n = usize::from(self.byte("a tuple length")?);
                Constant::Tuple(self.read_items(n, "tuple")?)
            }
            TypeCode::List => {
                let n = self.length("list", 1)?;
                Constant::List(self.read_items(n, "list")?)
            }
            TypeCode::Set | TypeCode::FrozenSet => {
                let n = self.length("set", 1)?;
                let items = self.read_items(n, "set")?;
                let container = if type_code == TypeCode::Set {
                    "set"
                } else {
                    "frozenset"
                };
                let items =
                    dedup_set(items, container).map_err(|kind| self.error_at(start, kind))?;
                if type_code == TypeCode::Set {
                    Constant::Set(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            TypeCode::Dict => self.read_dict(start)?,
            TypeCode::Code => Constant::Code(Rc::new(self.read_code(start)?)),
            TypeCode::Ref => {
                let index = self.i32("a reference index")?;
                let available = self.refs.len();
                let slot = usize::try_from(index).ok().and_then(|i| self.refs.get(i));
                return match slot {
                    Some(RefSlot::Ready(value)) => Ok(Some(value.clone())),
                    Some(RefSlot::Names(names)) => Ok(Some(Constant::Tuple(
                        names.iter().cloned().map(Constant::Str).collect(),
                    ))),
                    Some(RefSlot::Pending) => {
                        Err(self.error_at(start, ErrorKind::UnfinishedReference(i64::from(index))))
                    }
                    None => Err(self.error_at(
                        start,
                        ErrorKind::BadReference {
                            index: i64::from(index),
                            available,
                        },
                    )),
                };
            }
            TypeCode::Unknown => return Err(self.error_at(start, ErrorKind::UnknownTypeCode(code))),
        };
        self.fill_ref(slot, &value);
        Ok(Some(value))
    }

    fn read_items(&mut self, n: usize, context: &'static str) -> Result<Rc<[Constant]>> {
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            let at = self.pos;
            match self.read_object()? {
                Some(item) => items.push(item),
                None => return Err(self.error_at(at, ErrorKind::NullObject { context })),
            }
        }
        Ok(Rc::from(items))
    }

    fn read_dict(&mut self, start: usize) -> Result<Constant> {
        let mut items: Vec<(Constant, Constant)> = Vec::new();
        let mut positions: HashMap<EqKey, usize> = HashMap::new();
        let mut nan_counter = 0;
        loop {
            let Some(key) = self.read_object()? else {
                break;
            };
            let at = self.pos;
            let Some(value) = self.read_object()? else {
                return Err(self.error_at(
                    at,
                    ErrorKind::NullObject {
                        context: "dict value",
                    },
                ));
            };
            let eq = eq_key(&key, &mut nan_counter);
            if !is_hashable(&eq) {
                return Err(self.error_at(
                    start,
                    ErrorKind::Unhashable {
                        container: "dict",
                        found: key.type_name(),
                    },
                ));
            }
            // A repeated key keeps its first position and takes the later value, as
            // `PyDict_SetItem` does.
            match positions.get(&eq).and_then(|&i| items.get_mut(i)) {
                Some(entry) => entry.1 = value,
                None => {
                    positions.insert(eq, items.len());
                    items.push((key, value));
                }
            }
        }
        Ok(Constant::Dict(Rc::from(items)))
    }

    fn read_long(&mut self) -> Result<Constant> {
        let at = self.pos;
        let n = self.i32("an int's digit count")?;
        if n == 0 {
            return Ok(Constant::Int(0));
        }
        let count = n.unsigned_abs() as usize;
        if count.saturating_mul(2) > self.data.len() - self.pos {
            return Err(self.error_at(
                at,
                ErrorKind::BadLength {
                    what: "int",
                    length: i64::from(n),
                    remaining: self.data.len() - self.pos,
                },
            ));
        }
        let digits = self.take(count * 2, "an int's digits")?;
        let mut magnitude = UBig::ZERO;
        for (i, pair) in digits.chunks_exact(2).enumerate().rev() {
            let digit = u16::from_le_bytes([pair[0], pair[1]]);
            // CPython reads each digit as a signed 16-bit value, so anything above 0x7fff is
            // negative and rejected.
            if digit > 0x7FFF {
                return Err(self.error_at(
                    at + 4 + 2 * i,
                    ErrorKind::LongDigitOutOfRange(i32::from(digit as i16)),
                ));
            }
            if i == count - 1 && digit == 0 {
                return Err(self.error_at(at + 4 + 2 * i, ErrorKind::UnnormalizedLong));
            }
            magnitude = (magnitude << 15) + UBig::from(digit);
        }
        let value = IBig::from(magnitude);
        Ok(Constant::int(if n < 0 { -value } else { value }))
    }

    fn read_code(&mut self, start: usize) -> Result<CodeObject> {
        let argcount = self.i32("co_argcount")?;
        let posonlyargcount = self.i32("co_posonlyargcount")?;
        let kwonlyargcount = self.i32("co_kwonlyargcount")?;
        let stacksize = self.i32("co_stacksize")?;
        let flags = self.i32("co_flags")? as u32;
        let code = self.field_bytes("co_code")?;
        let consts = self.field_tuple("co_consts")?;
        let names = self.field_str_tuple("co_names")?;
        let localsplusnames = self.field_str_tuple("co_localsplusnames")?;
        let localspluskinds = self.field_bytes("co_localspluskinds")?;
        let filename = self.field_str("co_filename")?;
        let name = self.field_str("co_name")?;
        let qualname = self.field_str("co_qualname")?;
        let firstlineno = self.i32("co_firstlineno")?;
        let linetable = self.field_bytes("co_linetable")?;
        let exceptiontable = self.field_bytes("co_exceptiontable")?;
        let code = CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        };
        code.validate()
            .map_err(|e| self.error_at(start, ErrorKind::InvalidCode(e.to_string())))?;
        Ok(code)
    }

    fn field(&mut self, field: &'static str) -> Result<(usize, Constant)> {
        let at = self.pos;
        match self.read_object()? {
            Some(value) => Ok((at, value)),
            None => Err(self.error_at(at, ErrorKind::NullObject { context: field })),
        }
    }

    fn bad_field(
        &self,
        at: usize,
        field: &'static str,
        expected: &'static str,
        found: &Constant,
    ) -> MarshalError {
        self.error_at(
            at,
            ErrorKind::BadCodeField {
                field,
                expected,
                found: found.type_name(),
            },
        )
    }

    fn field_bytes(&mut self, field: &'static str) -> Result<Rc<[u8]>> {
        match self.field(field)? {
            (_, Constant::Bytes(b)) => Ok(b),
            (at, other) => Err(self.bad_field(at, field, "bytes", &other)),
        }
    }

    fn field_tuple(&mut self, field: &'static str) -> Result<Rc<[Constant]>> {
        match self.field(field)? {
            (_, Constant::Tuple(t)) => Ok(t),
            (at, other) => Err(self.bad_field(at, field, "a tuple", &other)),
        }
    }

    fn field_str(&mut self, field: &'static str) -> Result<PyStr> {
        match self.field(field)? {
            (_, Constant::Str(s)) => Ok(s),
            (at, other) => Err(self.bad_field(at, field, "a str", &other)),
        }
    }

    fn field_str_tuple(&mut self, field: &'static str) -> Result<Rc<[PyStr]>> {
        let at = self.pos;
        let Some(&code) = self.data.get(at) else {
            return Err(self.error_at(
                at,
                ErrorKind::Truncated {
                    what: field,
                    needed: 1,
                },
            ));
        };
        let flagged = code & FLAG_REF != 0;
        match TypeCode::from_byte(code & !FLAG_REF) {
            // The common case, read without building an intermediate tuple of constants.
            Some(kind @ (TypeCode::SmallTuple | TypeCode::Tuple)) => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.error_at(at, ErrorKind::TooDeep));
                }
                self.pos += 1;
                let n = if kind == TypeCode::SmallTuple {
                    usize::from(self.byte("a tuple length")?)
                } else {
                    self.length("tuple", 1)?
                };
                let slot = self.reserve_ref(flagged);
                self.depth += 1;
                let mut names = Vec::with_capacity(n);
                let mut result = Ok(());
                for _ in 0..n {
                    let item_at = self.pos;
                    match self.read_object() {
                        Ok(Some(Constant::Str(s))) => names.push(s),
                        Ok(Some(other)) => {
                            result = Err(self.bad_field(item_at, field, "a tuple of str", &other));
                            break;
                        }
                        Ok(None) => {
                            result =
                                Err(self
                                    .error_at(item_at, ErrorKind::NullObject { context: field }));
                            break;
                        }
                        Err(e) => {
                            result = Err(e);
                            break;
                        }
                    }
                }
                self.depth -= 1;
                result?;
                let names: Rc<[PyStr]> = Rc::from(names);
                if let Some(entry) = slot.and_then(|i| self.refs.get_mut(i)) {
                    *entry = RefSlot::Names(names.clone());
                }
                Ok(names)
            }
            Some(TypeCode::Ref) => {
                let index = {
                    let b = self.data.get(at + 1..at + 5);
                    b.map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                };
                if let Some(RefSlot::Names(names)) = index
                    .and_then(|i| usize::try_from(i).ok())
                    .and_then(|i| self.refs.get(i))
                {
                    let names = names.clone();
                    self.pos += 5;
                    return Ok(names);
                }
                self.str_tuple_from_constant(field)
            }
            _ => self.str_tuple_from_constant(field),
        }
    }

    fn str_tuple_from_constant(&mut self, field: &'static str) -> Result<Rc<[PyStr]>> {
        let (at, value) = self.field(field)?;
        let Constant::Tuple(items) = &value else {
            return Err(self.bad_field(at, field, "a tuple of str", &value));
        };
        let mut names = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item {
                Constant::Str(s) => names.push(s.clone()),
                other => return Err(self.bad_field(at, field, "a tuple of str", other)),
            }
        }
        Ok(Rc::from(names))
    }
}

/// Parses float text as CPython's `PyOS_string_to_double` accepts it: decimal and exponent
/// forms, `inf`/`infinity`/`nan` in any case, with an optional sign.
fn parse_python_float(text: &str) -> Option<f64> {
    let body = text.strip_prefix(['+', '-']).unwrap_or(text);
    let special = body.eq_ignore_ascii_case("inf")
        || body.eq_ignore_ascii_case("infinity")
        || body.eq_ignore_ascii_case("nan");
    let plain = !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if special || plain {
        text.parse().ok()
    } else {
        None
    }
}

/// Whether Python could hash the value (lists, dicts and sets cannot be set elements or keys,
/// nor can tuples containing them).
fn is_hashable(key: &EqKey) -> bool {
    match key {
        EqKey::Unhashable => false,
        EqKey::Tuple(items) => items.iter().all(is_hashable),
        _ => true,
    }
}

/// Drops elements equal to an earlier one, as adding them to a Python set would.
fn dedup_set(items: Rc<[Constant]>, container: &'static str) -> Result<Rc<[Constant]>, ErrorKind> {
    let mut seen = HashSet::with_capacity(items.len());
    let mut nan_counter = 0;
    let mut keep = Vec::with_capacity(items.len());
    for item in items.iter() {
        let key = eq_key(item, &mut nan_counter);
        if !is_hashable(&key) {
            return Err(ErrorKind::Unhashable {
                container,
                found: item.type_name(),
            });
        }
        keep.push(seen.insert(key));
    }
    if keep.iter().all(|&k| k) {
        return Ok(items);
    }
    Ok(items
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(item, _)| item.clone())
        .collect())
}
