//! Writing constants and code objects in marshal version 4, as CPython 3.11 reads it.
//!
//! Output loads in CPython to values equal to ours; it is not byte-identical to what CPython
//! writes, because CPython decides which objects get back-references from their reference
//! counts. We share by content for strings (every name appears once per file) and by identity
//! for the reference-counted composites the reader shared.

use std::collections::HashMap;

use bytecode::{CodeObject, Constant, PyStr};
use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};

use crate::type_code::{TypeCode, FLAG_REF};

/// Serializes `value` in marshal version 4.
pub fn dumps(value: &Constant) -> Vec<u8> {
    let mut w = Writer::default();
    w.constant(value);
    w.out
}

/// Serializes a code object in marshal version 4.
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer::default();
    w.code(code);
    w.out
}

#[derive(Default)]
struct Writer<'a> {
    out: Vec<u8>,
    /// Strings already written, by content, with their back-reference index.
    strings: HashMap<&'a [u8], u32>,
    /// Composite objects already written, by address, with their back-reference index.
    shared: HashMap<usize, u32>,
    next_ref: u32,
}

impl<'a> Writer<'a> {
    fn tag(&mut self, code: TypeCode, flagged: bool) {
        self.out
            .push(code as u8 | if flagged { FLAG_REF } else { 0 });
    }

    fn i32(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn len(&mut self, n: usize) {
        // Lengths come from values the reader accepted or the compiler built; CPython cannot
        // represent more than i32::MAX elements either.
        self.i32(i32::try_from(n).unwrap_or(i32::MAX));
    }

    fn back_reference(&mut self, index: u32) {
        self.out.push(TypeCode::Ref as u8);
        self.i32(index as i32);
    }

    fn new_ref(&mut self) -> u32 {
        let index = self.next_ref;
        self.next_ref += 1;
        index
    }

    /// Writes a back-reference if the object at `address` was written before; otherwise
    /// records it and returns false so the caller writes it flagged.
    fn shared(&mut self, address: usize) -> bool {
        if let Some(&index) = self.shared.get(&address) {
            self.back_reference(index);
            return true;
        }
        let index = self.new_ref();
        self.shared.insert(address, index);
        false
    }

    fn constant(&mut self, value: &'a Constant) {
        match value {
            Constant::None => self.tag(TypeCode::None, false),
            Constant::StopIteration => self.tag(TypeCode::StopIter, false),
            Constant::Ellipsis => self.tag(TypeCode::Ellipsis, false),
            Constant::Bool(false) => self.tag(TypeCode::False, false),
            Constant::Bool(true) => self.tag(TypeCode::True, false),
            Constant::Int(v) => match i32::try_from(*v) {
                Ok(small) => {
                    self.tag(TypeCode::Int, false);
                    self.i32(small);
                }
                Err(_) => self.long(&IBig::from(*v)),
            },
            Constant::BigInt(v) => self.long(v),
            Constant::Float(f) => {
                self.tag(TypeCode::BinaryFloat, false);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Constant::Complex { re, im } => {
                self.tag(TypeCode::BinaryComplex, false);
                self.out.extend_from_slice(&re.to_le_bytes());
                self.out.extend_from_slice(&im.to_le_bytes());
            }
            Constant::Str(s) => self.str(s),
            Constant::Bytes(b) => {
                if self.shared(b.as_ptr() as usize) {
                    return;
                }
                self.tag(TypeCode::String, true);
                self.len(b.len());
                self.out.extend_from_slice(b);
            }
            Constant::Tuple(items) => self.tuple_of(items, Self::constant),
            Constant::List(items) => self.sequence(TypeCode::List, items),
            Constant::Set(items) => self.sequence(TypeCode::Set, items),
            Constant::FrozenSet(items) => self.sequence(TypeCode::FrozenSet, items),
            Constant::Dict(items) => {
                self.tag(TypeCode::Dict, false);
                for (k, v) in items.iter() {
                    self.constant(k);
                    self.constant(v);
                }
                self.tag(TypeCode::Null, false);
            }
            Constant::Code(code) => {
                self.code(code);
            }
        }
    }

    fn sequence(&mut self, code: TypeCode, items: &'a [Constant]) {
        self.tag(code, false);
        self.len(items.len());
        for item in items {
            self.constant(item);
        }
    }

    fn str(&mut self, s: &'a PyStr) {
        let bytes = s.as_bytes();
        if let Some(&index) = self.strings.get(bytes) {
            self.back_reference(index);
            return;
        }
        let index = self.new_ref();
        self.strings.insert(bytes, index);
        let interned = s.is_interned();
        if s.is_ascii() {
            if bytes.len() < 256 {
                let code = if interned {
                    TypeCode::ShortAsciiInterned
                } else {
                    TypeCode::ShortAscii
                };
                self.tag(code, true);
                self.out.push(bytes.len() as u8);
            } else {
                let code = if interned {
                    TypeCode::AsciiInterned
                } else {
                    TypeCode::Ascii
                };
                self.tag(code, true);
                self.len(bytes.len());
            }
        } else {
            let code = if interned {
                TypeCode::Interned
            } else {
                TypeCode::Unicode
            };
            self.tag(code, true);
            self.len(bytes.len());
        }
        self.out.extend_from_slice(bytes);
    }

    fn long(&mut self, v: &IBig) {
        self.tag(TypeCode::Long, false);
        let negative = *v < IBig::ZERO;
        let mut magnitude: UBig = v.unsigned_abs();
        let mask = UBig::from(0x7FFFu16);
        let mut digits = Vec::new();
        while magnitude > UBig::ZERO {
            let digit = u16::try_from(&magnitude & &mask).unwrap_or(0);
            digits.push(digit);
            magnitude >>= 15;
        }
        let count = i32::try_from(digits.len()).unwrap_or(i32::MAX);
        self.i32(if negative { -count } else { count });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    fn code(&mut self, code: &'a CodeObject) {
        if !self.shared(code as *const CodeObject as usize) {
            self.code_body(code, true);
        }
    }

    fn code_body(&mut self, code: &'a CodeObject, flagged: bool) {
        self.tag(TypeCode::Code, flagged);
        self.i32(code.argcount);
        self.i32(code.posonlyargcount);
        self.i32(code.kwonlyargcount);
        self.i32(code.stacksize);
        self.i32(code.flags as i32);
        self.bytes_field(&code.code);
        self.tuple_field(&code.consts);
        self.str_tuple_field(&code.names);
        self.str_tuple_field(&code.localsplusnames);
        self.bytes_field(&code.localspluskinds);
        self.str(&code.filename);
        self.str(&code.name);
        self.str(&code.qualname);
        self.i32(code.firstlineno);
        self.bytes_field(&code.linetable);
        self.bytes_field(&code.exceptiontable);
    }

    fn bytes_field(&mut self, b: &'a [u8]) {
        // Empty byte strings are common (every function without handlers has an empty
        // exception table); share them by content rather than by address.
        if b.is_empty() {
            if self.shared(usize::MAX) {
                return;
            }
        } else if self.shared(b.as_ptr() as usize) {
            return;
        }
        self.tag(TypeCode::String, true);
        self.len(b.len());
        self.out.extend_from_slice(b);
    }

    fn tuple_field(&mut self, items: &'a [Constant]) {
        self.tuple_of(items, Self::constant);
    }

    fn str_tuple_field(&mut self, items: &'a [PyStr]) {
        self.tuple_of(items, Self::str);
    }

    /// A tuple, shared by address with any earlier write of the same slice; all empty tuples
    /// share one entry, as CPython's empty tuple is a singleton.
    fn tuple_of<T>(&mut self, items: &'a [T], mut item: impl FnMut(&mut Self, &'a T)) {
        if items.is_empty() {
            self.empty_tuple();
            return;
        }
        if self.shared(items.as_ptr() as usize) {
            return;
        }
        self.small_or_large_tuple_header(items.len());
        for element in items {
            item(self, element);
        }
    }

    fn empty_tuple(&mut self) {
        if self.shared(usize::MAX - 1) {
            return;
        }
        self.tag(TypeCode::SmallTuple, true);
        self.out.push(0);
    }

    fn small_or_large_tuple_header(&mut self, n: usize) {
        if n < 256 {
            self.tag(TypeCode::SmallTuple, true);
            self.out.push(n as u8);
        } else {
            self.tag(TypeCode::Tuple, true);
            self.len(n);
        }
    }
}
