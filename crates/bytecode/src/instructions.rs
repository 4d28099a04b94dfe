//! Decoding `co_code` into instructions, derived from the opcode table.
//!
//! This is the decoding `dis` performs: inline CACHE entries are skipped according to the
//! instruction's family, and `EXTENDED_ARG` prefixes are folded into the argument of the
//! instruction that follows them (the prefix itself is still yielded, as `dis` shows it).

use crate::opcode::{Opcode, OpcodeByte, HAVE_ARGUMENT};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Byte offset of the instruction in `co_code`.
    pub offset: usize,
    /// The opcode byte as found (base, specialized or unknown).
    pub op: OpcodeByte,
    /// The argument with any `EXTENDED_ARG` prefixes folded in; `None` below `HAVE_ARGUMENT`.
    pub arg: Option<i64>,
}

impl Instruction {
    /// The base opcode of the instruction's family, if the number is defined.
    pub fn base(&self) -> Option<Opcode> {
        self.op.deopt()
    }
}

/// Iterates over the instructions of `code`. A trailing odd byte is ignored (validated code
/// objects never have one).
pub fn decode(code: &[u8]) -> Decoder<'_> {
    Decoder {
        code,
        unit: 0,
        extended_arg: 0,
    }
}

pub struct Decoder<'a> {
    code: &'a [u8],
    unit: usize,
    extended_arg: i64,
}

impl Iterator for Decoder<'_> {
    type Item = Instruction;

    fn next(&mut self) -> Option<Instruction> {
        let offset = self.unit.checked_mul(2)?;
        let (&number, &arg_byte) = (self.code.get(offset)?, self.code.get(offset + 1)?);
        let op = OpcodeByte::decode(number);
        let base = op.deopt();
        let caches = base.map_or(0, Opcode::cache_entries);
        // dis compares the family's base number (or the raw number when it has none).
        let effective = base.map_or(number, |b| b as u8);
        let arg = if effective >= HAVE_ARGUMENT {
            let arg = i64::from(arg_byte) | self.extended_arg;
            self.extended_arg = if base == Some(Opcode::EXTENDED_ARG) {
                // CPython keeps the oparg in a C int: the prefix wraps at 32 bits.
                let shifted = arg.wrapping_shl(8);
                if shifted >= 1 << 31 {
                    shifted.wrapping_sub(1 << 32)
                } else {
                    shifted
                }
            } else {
                0
            };
            Some(arg)
        } else {
            self.extended_arg = 0;
            None
        };
        self.unit = self.unit.saturating_add(1 + caches);
        Some(Instruction { offset, op, arg })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_extended_arg_and_skips_caches() {
        let code = [
            Opcode::EXTENDED_ARG as u8,
            1,
            Opcode::LOAD_CONST as u8,
            2,
            Opcode::BINARY_OP as u8,
            0,
            0,
            0, // cache
            Opcode::RETURN_VALUE as u8,
            0,
        ];
        let ins: Vec<_> = decode(&code).collect();
        assert_eq!(ins.len(), 4);
        assert_eq!(ins[1].arg, Some(0x102));
        assert_eq!(ins[3].offset, 8);
        assert_eq!(ins[3].arg, None);
    }
}
