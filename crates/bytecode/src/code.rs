//! The CPython 3.11 code object as plain data.
//!
//! Field names follow CPython's `co_*` attributes. The byte fields (`code`, `linetable`,
//! `exceptiontable`, `localspluskinds`) are kept exactly as read so that writing them back is
//! lossless; `LocationTable` and `ExceptionTable` decode them on demand.

use std::rc::Rc;

use crate::constant::Constant;
use crate::opcode::{Opcode, OpcodeByte};
use crate::pystr::PyStr;

/// `co_flags` bits (`inspect.CO_*`).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// Bits of `co_localspluskinds` (`CO_FAST_*` in CPython's `pycore_code.h`).
pub mod local_kind {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub argcount: i32,
    pub posonlyargcount: i32,
    pub kwonlyargcount: i32,
    pub stacksize: i32,
    pub flags: u32,
    /// `co_code`: 16-bit code units (opcode byte, argument byte) with inline caches.
    pub code: Rc<[u8]>,
    pub consts: Rc<[Constant]>,
    pub names: Rc<[PyStr]>,
    /// Names of every fast local, cell and free variable, in frame order.
    pub localsplusnames: Rc<[PyStr]>,
    /// One `local_kind` byte per entry of `localsplusnames`.
    pub localspluskinds: Rc<[u8]>,
    pub filename: PyStr,
    pub name: PyStr,
    pub qualname: PyStr,
    pub firstlineno: i32,
    /// The PEP 626/657 location table (`co_linetable`).
    pub linetable: Rc<[u8]>,
    /// The 3.11 exception table (`co_exceptiontable`).
    pub exceptiontable: Rc<[u8]>,
}

/// Why a code object's fields are inconsistent (CPython's `_PyCode_Validate` checks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeValidationError {
    CodeNotWholeUnits(usize),
    KindsLengthMismatch { names: usize, kinds: usize },
    TooFewLocals,
    NegativeCount(&'static str),
    PositionalOnlyExceedsArguments { argcount: i32, posonlyargcount: i32 },
}

impl std::fmt::Display for CodeValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeValidationError::CodeNotWholeUnits(len) => {
                write!(
                    f,
                    "co_code is malformed: {len} bytes is not a whole number of code units"
                )
            }
            CodeValidationError::KindsLengthMismatch { names, kinds } => write!(
                f,
                "co_localsplusnames has {names} entries but co_localspluskinds has {kinds}"
            ),
            CodeValidationError::TooFewLocals => {
                f.write_str("co_varnames is too small for the argument counts")
            }
            CodeValidationError::NegativeCount(what) => write!(f, "{what} is negative"),
            CodeValidationError::PositionalOnlyExceedsArguments {
                argcount,
                posonlyargcount,
            } => write!(
                f,
                "co_posonlyargcount {posonlyargcount} exceeds co_argcount {argcount}"
            ),
        }
    }
}

impl CodeObject {
    /// The checks CPython makes before it accepts a code object from marshal.
    pub fn validate(&self) -> Result<(), CodeValidationError> {
        if !self.code.len().is_multiple_of(2) {
            return Err(CodeValidationError::CodeNotWholeUnits(self.code.len()));
        }
        if self.localsplusnames.len() != self.localspluskinds.len() {
            return Err(CodeValidationError::KindsLengthMismatch {
                names: self.localsplusnames.len(),
                kinds: self.localspluskinds.len(),
            });
        }
        for (what, value) in [
            ("co_argcount", self.argcount),
            ("co_posonlyargcount", self.posonlyargcount),
            ("co_kwonlyargcount", self.kwonlyargcount),
            ("co_stacksize", self.stacksize),
            // CPython keeps the flags in a C int and rejects a negative one.
            ("co_flags", self.flags as i32),
        ] {
            if value < 0 {
                return Err(CodeValidationError::NegativeCount(what));
            }
        }
        if self.argcount < self.posonlyargcount {
            return Err(CodeValidationError::PositionalOnlyExceedsArguments {
                argcount: self.argcount,
                posonlyargcount: self.posonlyargcount,
            });
        }
        let nlocals = self.nlocals() as i64;
        let nplain = nlocals
            - i64::from(self.argcount)
            - i64::from(self.kwonlyargcount)
            - i64::from(self.flags & flags::VARARGS != 0)
            - i64::from(self.flags & flags::VARKEYWORDS != 0);
        if nplain < 0 {
            return Err(CodeValidationError::TooFewLocals);
        }
        Ok(())
    }

    /// `co_nlocals`: how many entries of `localsplus` are fast locals.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds
            .iter()
            .filter(|&&k| k & local_kind::LOCAL != 0)
            .count()
    }

    /// `co_code` as CPython 3.11 reports it (`_PyCode_GetCode`): every opcode replaced by the
    /// base of its family (numbers 3.11 does not define become `CACHE`), arguments kept, and
    /// the inline cache entries after each instruction zeroed. For code CPython wrote this is
    /// the stored bytes unchanged; it differs only for files holding specialized or unknown
    /// opcodes or non-zero caches, and it is what `dis` shows.
    pub fn deopt_code(&self) -> Vec<u8> {
        let mut out = self.code.to_vec();
        let units = out.len() / 2;
        let mut i = 0;
        while i < units {
            let base = OpcodeByte::decode(out[2 * i])
                .deopt()
                .unwrap_or(Opcode::CACHE);
            out[2 * i] = base as u8;
            for _ in 0..base.cache_entries() {
                i += 1;
                if i >= units {
                    break;
                }
                out[2 * i] = 0;
                out[2 * i + 1] = 0;
            }
            i += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_with(bytes: &[u8]) -> CodeObject {
        let empty: Rc<[u8]> = Rc::from(&[][..]);
        CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 1,
            flags: 0,
            code: Rc::from(bytes),
            consts: Rc::from(vec![Constant::None]),
            names: Rc::from(vec![]),
            localsplusnames: Rc::from(vec![]),
            localspluskinds: empty.clone(),
            filename: PyStr::new("f.py"),
            name: PyStr::new("f"),
            qualname: PyStr::new("f"),
            firstlineno: 1,
            linetable: empty.clone(),
            exceptiontable: empty,
        }
    }

    #[test]
    fn deopt_code_matches_cpython() {
        // What CPython 3.11's co_code returns for these bytes (checked with code.replace):
        // BINARY_OP_ADAPTIVE becomes BINARY_OP and its cache is zeroed, an undefined opcode
        // becomes CACHE with its argument kept, and a trailing instruction whose caches would
        // run past the end does not write out of bounds.
        let code = code_with(&[151, 0, 3, 5, 7, 7, 255, 3, 0, 9, 100, 0, 83, 0, 106, 1]);
        assert_eq!(
            code.deopt_code(),
            vec![151, 0, 122, 5, 0, 0, 0, 3, 0, 9, 100, 0, 83, 0, 106, 1]
        );
    }
}
