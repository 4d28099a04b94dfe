//! The internal instruction form: one 64-bit word per code unit of `co_code`.
//!
//! ```text
//!   bits 0..8   opcode: CPython's base number, or one of Basilisk's specialized forms
//!               (`specialized.rs`, numbered above every 3.11 number)
//!   bits 8..32  counter: for a base instruction that can be specialized, executions left
//!               before the specializer looks at it (`COUNTER_OFF`: never); for a
//!               specialized one, guard failures left before it falls back to its base
//!   bits 32..64 argument, EXTENDED_ARG already folded in; jumps hold the absolute target unit
//! ```
//!
//! Keeping one word per code unit means exception-table offsets, line-table offsets,
//! `f_lasti` and jump targets all stay valid indexes without translation. `EXTENDED_ARG` units
//! keep their opcode but do nothing (the opcode report counts them), falling through to the
//! instruction that carries the whole argument; `CACHE`
//! units stay in place as 64-bit inline-cache cells that specialization can fill. The words are
//! `Cell`s so that specialization can rewrite them in place.

use std::cell::Cell;

use bytecode::opcode::{ArgKind, Opcode, OpcodeByte, HAVE_ARGUMENT};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr(pub u64);

impl Instr {
    #[inline(always)]
    pub fn new(op: u8, arg: u32) -> Instr {
        Instr(op as u64 | (arg as u64) << 32)
    }
    #[inline(always)]
    pub fn op(self) -> u8 {
        self.0 as u8
    }
    #[inline(always)]
    pub fn arg(self) -> u32 {
        (self.0 >> 32) as u32
    }
    #[inline(always)]
    pub fn counter(self) -> u32 {
        (self.0 >> 8) as u32 & COUNTER_OFF
    }
    #[inline(always)]
    pub fn with_counter(self, c: u32) -> Instr {
        Instr(self.0 & !((COUNTER_OFF as u64) << 8) | ((c & COUNTER_OFF) as u64) << 8)
    }
    #[inline(always)]
    pub fn with_op(self, op: u8) -> Instr {
        Instr(self.0 & !0xFF | op as u64)
    }
}

/// The counter value that never reaches zero: specialization is off.
pub const COUNTER_OFF: u32 = 0xFF_FFFF;

/// Translates verified `co_code` into the internal form. Instructions that have specialized
/// forms start with `counter` (see `specialize::Mode::initial_counter`); with specialization
/// on (`counter` not `COUNTER_OFF`), pairs of local and constant loads and stores become
/// superinstructions.
pub fn quicken(co_code: &[u8], counter: u32) -> Box<[Cell<u64>]> {
    let units = co_code.len() / 2;
    let out: Vec<Cell<u64>> = (0..units)
        .map(|_| Cell::new(Instr::new(Opcode::CACHE as u8, 0).0))
        .collect();
    let mut i = 0;
    let mut ext: u32 = 0;
    while i < units {
        let byte = co_code[2 * i];
        let raw_arg = co_code[2 * i + 1] as u32;
        let op = match OpcodeByte::decode(byte).deopt() {
            Some(op) => op,
            None => {
                // The verifier rejects undefined opcodes; keep the word inert regardless.
                out[i].set(Instr::new(Opcode::NOP as u8, 0).0);
                i += 1;
                continue;
            }
        };
        let arg = if byte >= HAVE_ARGUMENT {
            ext << 8 | raw_arg
        } else {
            0
        };
        if op == Opcode::EXTENDED_ARG {
            ext = arg;
            out[i].set(Instr::new(Opcode::EXTENDED_ARG as u8, 0).0);
            i += 1;
            continue;
        }
        ext = 0;
        let next = i + 1 + op.cache_entries();
        let arg = match op.arg_kind() {
            ArgKind::JumpForward => (i + 1) as u32 + arg,
            ArgKind::JumpBackward => ((i + 1) as u32).wrapping_sub(arg),
            _ => arg,
        };
        let word = Instr::new(op as u8, arg);
        let word = if crate::interp::specialize::is_adaptive(op) {
            word.with_counter(counter)
        } else {
            word
        };
        out[i].set(word.0);
        i = next;
    }
    if counter != COUNTER_OFF {
        fuse_pairs(&out);
    }
    out.into_boxed_slice()
}

/// Rewrites `A` followed by `B` into the superinstruction `A__B` (see `specialized.rs`).
fn fuse_pairs(words: &[Cell<u64>]) {
    use crate::interp::specialized as sp;
    const LOAD_FAST: u8 = Opcode::LOAD_FAST as u8;
    const LOAD_CONST: u8 = Opcode::LOAD_CONST as u8;
    const STORE_FAST: u8 = Opcode::STORE_FAST as u8;
    for pair in words.windows(2) {
        let (a, b) = (Instr(pair[0].get()), Instr(pair[1].get()));
        let fused = match (a.op(), b.op()) {
            (LOAD_FAST, LOAD_FAST) => sp::LOAD_FAST__LOAD_FAST,
            (LOAD_FAST, LOAD_CONST) => sp::LOAD_FAST__LOAD_CONST,
            (LOAD_CONST, LOAD_FAST) => sp::LOAD_CONST__LOAD_FAST,
            (STORE_FAST, LOAD_FAST) => sp::STORE_FAST__LOAD_FAST,
            (STORE_FAST, STORE_FAST) => sp::STORE_FAST__STORE_FAST,
            _ => continue,
        };
        pair[0].set(a.with_op(fused).0);
    }
}
