//! The values a code object's `co_consts` (and, more generally, a marshal stream) can hold.
//!
//! This is plain data: no identity, no mutation, no interpreter. The VM turns these into its own
//! objects when it loads code. Composite values are reference-counted so that marshal's
//! back-references (`TYPE_REF`) share instead of copying, which also keeps a forged file from
//! multiplying its size through references.

use std::rc::Rc;

use dashu_int::IBig;

use crate::code::CodeObject;
use crate::pystr::PyStr;

#[derive(Clone, Debug)]
pub enum Constant {
    None,
    /// The `StopIteration` class itself (marshal can carry it; code never does).
    StopIteration,
    Ellipsis,
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` outside the 64-bit range. Never holds a value that fits `Int`.
    BigInt(Rc<IBig>),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(PyStr),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    List(Rc<[Constant]>),
    /// Items in insertion order; marshal writes them that way.
    Dict(Rc<[(Constant, Constant)]>),
    /// Items in the order the stream listed them (the set's iteration order when it was written).
    Set(Rc<[Constant]>),
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Builds an `int` constant, choosing the inline form when the value fits.
    pub fn int(value: IBig) -> Constant {
        match i64::try_from(&value) {
            Ok(small) => Constant::Int(small),
            Err(_) => Constant::BigInt(Rc::new(value)),
        }
    }

    pub fn str(text: &str) -> Constant {
        Constant::Str(PyStr::new(text))
    }

    /// The Python type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::StopIteration => "type",
            Constant::Ellipsis => "ellipsis",
            Constant::Bool(_) => "bool",
            Constant::Int(_) | Constant::BigInt(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::List(_) => "list",
            Constant::Dict(_) => "dict",
            Constant::Set(_) => "set",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
        }
    }

    pub fn as_code(&self) -> Option<&Rc<CodeObject>> {
        match self {
            Constant::Code(code) => Some(code),
            _ => None,
        }
    }
}

/// Structural equality in the sense CPython uses to compare code objects' constants
/// (`_PyCode_ConstantKey`): types must match exactly, and floats compare by bit pattern, so
/// `0.0` differs from `-0.0`, `1` differs from `1.0` and `True`, and a NaN equals itself.
/// Sets and frozensets compare as sets.
impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (StopIteration, StopIteration) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: ar, im: ai }, Complex { re: br, im: bi }) => {
                ar.to_bits() == br.to_bits() && ai.to_bits() == bi.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (List(a), List(b)) => a == b,
            (Dict(a), Dict(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.iter().any(|(k2, v2)| k == k2 && v == v2))
            }
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.contains(x))
            }
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

impl Constant {
    /// Appends Python's `repr()` of the value, as CPython 3.11 prints it. Sets are shown in the
    /// order CPython would iterate them after loading (see `set_order`); code objects as
    /// `<code object NAME at 0x..., file "FILE", line N>` with this process's address.
    pub fn repr(&self, out: &mut String) {
        use crate::pyrepr;
        match self {
            Constant::None => out.push_str("None"),
            Constant::StopIteration => out.push_str("<class 'StopIteration'>"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Int(v) => out.push_str(&v.to_string()),
            Constant::BigInt(v) => pyrepr::repr_bigint(v, out),
            Constant::Float(v) => pyrepr::repr_float(*v, out),
            Constant::Complex { re, im } => pyrepr::repr_complex(*re, *im, out),
            Constant::Str(s) => pyrepr::repr_str(s, out),
            Constant::Bytes(b) => pyrepr::repr_bytes(b, out),
            Constant::Tuple(items) => {
                out.push('(');
                repr_items(items.iter(), out);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Constant::List(items) => {
                out.push('[');
                repr_items(items.iter(), out);
                out.push(']');
            }
            Constant::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.repr(out);
                    out.push_str(": ");
                    v.repr(out);
                }
                out.push('}');
            }
            Constant::Set(items) if items.is_empty() => out.push_str("set()"),
            Constant::Set(items) => {
                out.push('{');
                repr_set_items(items, out);
                out.push('}');
            }
            Constant::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
            Constant::FrozenSet(items) => {
                out.push_str("frozenset({");
                repr_set_items(items, out);
                out.push_str("})");
            }
            Constant::Code(code) => {
                // CPython shows a first line of 0 as -1 ("unknown").
                let line = if code.firstlineno == 0 {
                    -1
                } else {
                    code.firstlineno
                };
                out.push_str(&format!(
                    "<code object {} at {:#x}, file \"{}\", line {line}>",
                    code.name.to_string_backslashreplace(),
                    Rc::as_ptr(code) as usize,
                    code.filename.to_string_backslashreplace(),
                ));
            }
        }
    }

    pub fn repr_string(&self) -> String {
        let mut out = String::new();
        self.repr(&mut out);
        out
    }
}

fn repr_items<'a>(items: impl Iterator<Item = &'a Constant>, out: &mut String) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.repr(out);
    }
}

fn repr_set_items(items: &[Constant], out: &mut String) {
    match crate::set_order::frozenset_iteration_order(items) {
        Some(order) => repr_items(order.iter().filter_map(|&i| items.get(i)), out),
        // An element hashes by address in CPython, so no order is reproducible; keep the
        // stream's order.
        None => repr_items(items.iter(), out),
    }
}
