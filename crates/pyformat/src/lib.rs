//! Python 3.11's number and text formatting and number parsing, as plain functions.
//!
//! Nothing here knows about VM objects: values come in as `&str`, `f64` and
//! [`dashu_int::IBig`], and errors come out as a [`FormatError`] that names the Python exception
//! type and carries CPython's exact message. Widths and precisions count code points (`char`s).
//! Text is Rust `&str`, so lone surrogates cannot appear in it.
//!
//! - [`spec`]: the format-spec mini-language of `format()` / `str.format` / f-strings
//!   ([`parse_format_spec`], [`format_int`], [`format_float`], [`format_complex`],
//!   [`format_str`]).
//! - [`percent`]: printf-style `str % args`, as building blocks and as a driver
//!   ([`percent::percent_format`]) that reproduces the order in which CPython raises.
//! - [`parse`]: `int(str, base)`, `float(str)`, `str(int)` with the 3.11 digit limit.
//! - [`float`]: `repr`/`str` of floats, `round(x)` and `round(x, n)` of floats and ints,
//!   `float.hex()`, `float.fromhex()`, int ⇄ float conversions.
//! - [`dtoa`]: the digits under all of it (`_Py_dg_dtoa`'s modes 0, 2 and 3, correctly
//!   rounded) and CPython's `PyOS_double_to_string`.
//!
//! The expected results of the tests come from CPython 3.11.7 (`scripts/gen_format_cases.py`).

pub mod dtoa;
pub mod float;
pub mod parse;
pub mod percent;
pub mod spec;
mod unicode_tables;

pub use float::{
    float_fromhex, float_hex, float_repr, float_str, float_to_int, int_to_float, round_float,
    round_float_to_int, round_int,
};
pub use parse::{
    int_to_string, parse_float, parse_float_or_error, parse_int, str_digits_limit_error,
    DEFAULT_MAX_STR_DIGITS,
};
pub use percent::{
    parse_percent_format, percent_char, percent_float, percent_format, percent_int,
    percent_pad_str, PercentArgs, PercentConversion, PercentFlags, PercentHost, PercentPiece,
    PercentSpec, PercentValue,
};
pub use spec::{
    format_complex, format_float, format_int, format_str, parse_format_spec, Align, FormatSpec,
    Grouping, SignMode,
};

use std::fmt;

/// The Python exception class a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    /// Only when a result would not fit in memory (CPython raises `MemoryError` where the
    /// allocation fails).
    MemoryError,
}

impl ErrorKind {
    /// The exception's class name, as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception to raise: its class and CPython's message, character for character.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> FormatError {
        FormatError {
            kind,
            message: message.into(),
        }
    }

    pub fn value(message: impl Into<String>) -> FormatError {
        FormatError::new(ErrorKind::ValueError, message)
    }

    pub fn type_error(message: impl Into<String>) -> FormatError {
        FormatError::new(ErrorKind::TypeError, message)
    }

    pub fn overflow(message: impl Into<String>) -> FormatError {
        FormatError::new(ErrorKind::OverflowError, message)
    }

    pub(crate) fn memory() -> FormatError {
        FormatError::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// A `String` with room for `len` more bytes, or `MemoryError` where CPython's allocation of a
/// huge result (e.g. `format(1, '1000000000000')`) would fail, instead of aborting.
pub(crate) fn string_with_capacity(len: usize) -> Result<String, FormatError> {
    let mut out = String::new();
    out.try_reserve(len).map_err(|_| FormatError::memory())?;
    Ok(out)
}

/// Appends `count` copies of `c`, failing like [`string_with_capacity`] when that cannot fit.
pub(crate) fn push_repeated(out: &mut String, c: char, count: usize) -> Result<(), FormatError> {
    if count == 0 {
        return Ok(());
    }
    let bytes = count
        .checked_mul(c.len_utf8())
        .ok_or_else(FormatError::memory)?;
    out.try_reserve(bytes).map_err(|_| FormatError::memory())?;
    out.extend(std::iter::repeat_n(c, count));
    Ok(())
}
