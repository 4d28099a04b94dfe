//! Why a marshal stream or `.pyc` file was rejected.

use std::fmt;

/// A rejected input: where (byte offset into the whole input) and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    pub offset: usize,
    pub kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input ended while `what` was being read.
    Truncated {
        what: &'static str,
        needed: usize,
    },
    UnknownTypeCode(u8),
    /// A length or count field is negative or cannot fit in what remains of the input.
    BadLength {
        what: &'static str,
        length: i64,
        remaining: usize,
    },
    BadReference {
        index: i64,
        available: usize,
    },
    /// A reference names an object whose reading has not finished (a cycle).
    UnfinishedReference(i64),
    /// A `Null` object where a value is required.
    NullObject {
        context: &'static str,
    },
    TooDeep,
    InvalidUtf8 {
        at: usize,
    },
    LongDigitOutOfRange(i32),
    UnnormalizedLong,
    BadFloatText(String),
    /// A code object field has the wrong type.
    BadCodeField {
        field: &'static str,
        expected: &'static str,
        found: &'static str,
    },
    InvalidCode(String),
    /// An unhashable value used as a set element or dict key.
    Unhashable {
        container: &'static str,
        found: &'static str,
    },
    BadMagic(u32),
    BadPycFlags(u32),
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "offset {}: ", self.offset)?;
        match &self.kind {
            ErrorKind::Truncated { what, needed } => {
                write!(
                    f,
                    "data ends while reading {what} ({needed} more bytes needed)"
                )
            }
            ErrorKind::UnknownTypeCode(b) => write!(f, "unknown type code {b:#04x}"),
            ErrorKind::BadLength {
                what,
                length,
                remaining,
            } => write!(
                f,
                "bad {what} length {length} (only {remaining} bytes of data left)"
            ),
            ErrorKind::BadReference { index, available } => write!(
                f,
                "invalid reference {index} (only {available} objects flagged so far)"
            ),
            ErrorKind::UnfinishedReference(i) => {
                write!(f, "reference {i} names an object that is still being read")
            }
            ErrorKind::NullObject { context } => {
                write!(f, "NULL object in marshal data for {context}")
            }
            ErrorKind::TooDeep => write!(f, "objects nested deeper than {}", crate::MAX_DEPTH),
            ErrorKind::InvalidUtf8 { at } => write!(f, "invalid UTF-8 in str at byte {at}"),
            ErrorKind::LongDigitOutOfRange(d) => write!(f, "int digit {d} out of range"),
            ErrorKind::UnnormalizedLong => f.write_str("int has a zero top digit (unnormalized)"),
            ErrorKind::BadFloatText(t) => write!(f, "cannot parse float text {t:?}"),
            ErrorKind::BadCodeField {
                field,
                expected,
                found,
            } => {
                write!(
                    f,
                    "code object field {field} must be {expected}, found {found}"
                )
            }
            ErrorKind::InvalidCode(why) => write!(f, "invalid code object: {why}"),
            ErrorKind::Unhashable { container, found } => {
                write!(f, "unhashable {found} inside a {container}")
            }
            ErrorKind::BadMagic(m) => write!(
                f,
                "bad magic number {m:#010x} (not a CPython 3.11 .pyc; expected magic 3495)"
            ),
            ErrorKind::BadPycFlags(fl) => write!(f, "unknown .pyc flags {fl:#x}"),
        }
    }
}

impl std::error::Error for MarshalError {}
