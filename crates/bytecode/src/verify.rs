//! The bytecode verifier: proves that a code object can be interpreted without reading outside
//! its tables or its value stack, before anything runs it.
//!
//! Checked, all from the opcode table:
//! - every opcode is one 3.11 defines (specialized forms count as their base; CACHE and unknown
//!   numbers are rejected), and no instruction's inline caches run past the end;
//! - arguments index inside `co_consts`, `co_names`, the fast locals, `cmp_op` and `_nb_ops`;
//! - jumps and exception handlers land on instruction boundaries inside the code;
//! - the value stack, followed along every path (exception handlers included, entered at the
//!   table's depth plus the pushed `lasti` and exception), never goes below zero or above
//!   `co_stacksize`, and has one depth wherever paths meet;
//! - execution never falls off the end of the code.

use crate::code::CodeObject;
use crate::exception_table::ExceptionTable;
use crate::instructions;
use crate::opcode::{ArgKind, Opcode, CMP_OP, NB_OPS};

/// Why a code object was rejected, and at which byte offset of `co_code`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub offset: usize,
    pub problem: String,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "bad bytecode at offset {}: {}",
            self.offset, self.problem
        )
    }
}

impl std::error::Error for VerifyError {}

/// What the verifier learned about a code object that passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verified {
    /// The deepest the value stack gets on any path.
    pub max_stack_depth: u32,
}

struct Decoded {
    offset: usize,
    op: Opcode,
    arg: i64,
    /// Byte offset of the next instruction (past the caches).
    next: usize,
}

fn fail<T>(offset: usize, problem: impl Into<String>) -> Result<T, VerifyError> {
    Err(VerifyError {
        offset,
        problem: problem.into(),
    })
}

/// Verifies one code object (not the code objects among its constants).
pub fn verify(code: &CodeObject) -> Result<Verified, VerifyError> {
    let co_code = code.deopt_code();
    let len = co_code.len();
    if len == 0 {
        return fail(0, "empty code");
    }
    let mut decoded = Vec::new();
    // Instruction index by code unit, for jump targets; `usize::MAX` marks a cache unit.
    let mut index_of_unit = vec![usize::MAX; len / 2];
    for ins in instructions::decode(&co_code) {
        let Some(op) = ins.base() else {
            return fail(ins.offset, "undefined opcode");
        };
        if op == Opcode::CACHE {
            return fail(ins.offset, "CACHE entry in instruction position");
        }
        let next = ins.offset + 2 * op.size_in_units();
        if next > len {
            return fail(
                ins.offset,
                format!("{}'s inline caches run past the end", op.name()),
            );
        }
        index_of_unit[ins.offset / 2] = decoded.len();
        let arg = ins.arg.unwrap_or(0);
        check_arg(code, op, arg, ins.offset)?;
        decoded.push(Decoded {
            offset: ins.offset,
            op,
            arg,
            next,
        });
    }
    let instruction_at = |offset: i64, from: usize| -> Result<usize, VerifyError> {
        usize::try_from(offset)
            .ok()
            .filter(|&o| o < len && o % 2 == 0)
            .and_then(|o| index_of_unit.get(o / 2).copied())
            .filter(|&i| i != usize::MAX)
            .map_or_else(
                || fail(from, format!("target {offset} is not an instruction")),
                Ok,
            )
    };

    let handlers = ExceptionTable::new(&code.exceptiontable).decode();
    if handlers.truncated {
        return fail(0, "truncated exception table");
    }
    let stacksize = i64::from(code.stacksize);
    // CPython writes entries sorted and disjoint, and its lookup relies on the order; requiring
    // it also keeps this pass linear whatever the table says.
    let mut handler_of = vec![None; decoded.len()];
    let mut previous_end = 0u64;
    for entry in &handlers.entries {
        if entry.start < previous_end || entry.end < entry.start {
            return fail(0, "exception table entries overlap or are out of order");
        }
        previous_end = entry.end;
        let target = instruction_at(i64::try_from(entry.target).unwrap_or(-1), 0)?;
        let handler_depth =
            i64::try_from(entry.depth).unwrap_or(i64::MAX) + 1 + i64::from(entry.lasti);
        if handler_depth > stacksize {
            return fail(
                decoded[target].offset,
                format!("handler depth {handler_depth} exceeds co_stacksize {stacksize}"),
            );
        }
        let first = decoded.partition_point(|d| (d.offset as u64) < entry.start);
        let last = decoded.partition_point(|d| (d.offset as u64) < entry.end);
        for slot in &mut handler_of[first..last] {
            *slot = Some((
                target,
                handler_depth - 1 - i64::from(entry.lasti),
                handler_depth,
            ));
        }
    }

    // Depth on entry to each instruction, found by a worklist walk from offset 0.
    let mut depth_at: Vec<Option<i64>> = vec![None; decoded.len()];
    let mut work = vec![(0usize, 0i64, 0usize)];
    let mut max_depth = 0i64;
    while let Some((i, depth, from)) = work.pop() {
        let Some(ins) = decoded.get(i) else {
            return fail(from, "execution falls off the end of the code");
        };
        match depth_at[i] {
            Some(seen) if seen == depth => continue,
            Some(seen) => {
                return fail(
                    ins.offset,
                    format!("inconsistent stack depth: {seen} on one path, {depth} on another"),
                )
            }
            None => depth_at[i] = Some(depth),
        }
        if let Some((target, base, handler_depth)) = handler_of[i] {
            if depth < base {
                return fail(
                    ins.offset,
                    format!("stack depth {depth} below its handler's {base}"),
                );
            }
            work.push((target, handler_depth, ins.offset));
        }
        let oparg = i32::try_from(ins.arg).unwrap_or(i32::MAX);
        // RETURN_GENERATOR leaves the frame; when the generator is resumed the sent value is
        // on the stack, which the next instruction (POP_TOP) discards. CPython's compiler
        // inserts this prefix after computing co_stacksize, so its table effect is 0.
        let effect = if ins.op == Opcode::RETURN_GENERATOR {
            1
        } else {
            ins.op.stack_effect(oparg, false)
        };
        let after = depth + i64::from(effect);
        let needs = match ins.op {
            // Effects are net; these read deeper than they pop.
            Opcode::COPY | Opcode::SWAP => i64::from(oparg),
            _ => 0,
        };
        if after < 0 || depth < needs {
            return fail(
                ins.offset,
                format!("stack underflow in {} at depth {depth}", ins.op.name()),
            );
        }
        for d in [after, depth + i64::from(ins.op.stack_effect(oparg, true))] {
            if d > stacksize {
                return fail(
                    ins.offset,
                    format!("stack depth {d} exceeds co_stacksize {stacksize}"),
                );
            }
            max_depth = max_depth.max(d);
        }
        if ins.op.is_jump() {
            let delta = if ins.op.arg_kind() == ArgKind::JumpBackward {
                -ins.arg
            } else {
                ins.arg
            };
            let target = instruction_at(ins.offset as i64 + 2 + 2 * delta, ins.offset)?;
            let jump_depth = depth + i64::from(ins.op.stack_effect(oparg, true));
            if jump_depth < 0 {
                return fail(ins.offset, "stack underflow on the jump");
            }
            work.push((target, jump_depth, ins.offset));
        }
        if !ends_block(ins.op) {
            let next = index_of_unit
                .get(ins.next / 2)
                .copied()
                .unwrap_or(usize::MAX);
            if ins.next >= len || next == usize::MAX {
                return fail(ins.offset, "execution falls off the end of the code");
            }
            work.push((next, after, ins.offset));
        }
    }
    Ok(Verified {
        max_stack_depth: u32::try_from(max_depth).unwrap_or(u32::MAX),
    })
}

/// Instructions after which execution does not continue with the next one.
fn ends_block(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::RETURN_VALUE
            | Opcode::RAISE_VARARGS
            | Opcode::RERAISE
            | Opcode::JUMP_FORWARD
            | Opcode::JUMP_BACKWARD
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
    )
}

fn check_arg(code: &CodeObject, op: Opcode, arg: i64, offset: usize) -> Result<(), VerifyError> {
    let within = |index: i64, len: usize, what: &str| -> Result<(), VerifyError> {
        if usize::try_from(index).is_ok_and(|i| i < len) {
            Ok(())
        } else {
            fail(
                offset,
                format!("{} index {index} out of range ({len} {what})", op.name()),
            )
        }
    };
    match op.arg_kind() {
        ArgKind::Const => within(arg, code.consts.len(), "constants"),
        ArgKind::Name => within(arg, code.names.len(), "names"),
        ArgKind::GlobalName => within(arg >> 1, code.names.len(), "names"),
        ArgKind::Local | ArgKind::Free => within(arg, code.localsplusnames.len(), "locals"),
        ArgKind::Compare => within(arg, CMP_OP.len(), "comparisons"),
        ArgKind::BinaryOp => within(arg, NB_OPS.len(), "binary operators"),
        ArgKind::Plain if arg < 0 => {
            fail(offset, format!("{} argument {arg} is negative", op.name()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::constant::Constant;
    use crate::pystr::PyStr;

    fn code(units: &[(Opcode, u8)], stacksize: i32) -> CodeObject {
        let mut bytes = Vec::new();
        for &(op, arg) in units {
            bytes.extend_from_slice(&[op as u8, arg]);
            bytes.extend(std::iter::repeat_n(0, 2 * op.cache_entries()));
        }
        let empty: Rc<[u8]> = Rc::from(&[][..]);
        CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize,
            flags: 0,
            code: Rc::from(bytes),
            consts: Rc::from(vec![Constant::None, Constant::Int(1)]),
            names: Rc::from(vec![PyStr::new("x")]),
            localsplusnames: Rc::from(vec![]),
            localspluskinds: empty.clone(),
            filename: PyStr::new("t.py"),
            name: PyStr::new("t"),
            qualname: PyStr::new("t"),
            firstlineno: 1,
            linetable: empty.clone(),
            exceptiontable: empty,
        }
    }

    fn problem(units: &[(Opcode, u8)], stacksize: i32) -> String {
        verify(&code(units, stacksize)).unwrap_err().problem
    }

    use Opcode::*;

    #[test]
    fn accepts_straight_line_code_and_measures_depth() {
        let ok = code(
            &[
                (RESUME, 0),
                (LOAD_CONST, 1),
                (LOAD_CONST, 1),
                (BINARY_OP, 0),
                (RETURN_VALUE, 0),
            ],
            2,
        );
        assert_eq!(verify(&ok), Ok(Verified { max_stack_depth: 2 }));
    }

    #[test]
    fn rejects_what_would_go_wrong_at_run_time() {
        assert!(
            problem(&[(POP_TOP, 0), (RETURN_VALUE, 0)], 1).contains("stack underflow in POP_TOP")
        );
        assert!(
            problem(&[(LOAD_CONST, 0), (LOAD_CONST, 0), (RETURN_VALUE, 0)], 1)
                .contains("exceeds co_stacksize 1")
        );
        assert!(problem(&[(LOAD_CONST, 9), (RETURN_VALUE, 0)], 1)
            .contains("LOAD_CONST index 9 out of range"));
        assert!(problem(&[(LOAD_NAME, 1), (RETURN_VALUE, 0)], 1).contains("index 1 out of range"));
        assert!(problem(&[(NOP, 0)], 1).contains("falls off the end"));
        assert!(
            problem(&[(JUMP_FORWARD, 5), (RETURN_VALUE, 0)], 1).contains("is not an instruction")
        );
        assert!(problem(&[(COMPARE_OP, 6), (RETURN_VALUE, 0)], 1).contains("out of range"));
        // Jumping into a BINARY_OP's inline cache.
        assert!(problem(
            &[
                (LOAD_CONST, 0),
                (JUMP_FORWARD, 1),
                (BINARY_OP, 0),
                (RETURN_VALUE, 0)
            ],
            2
        )
        .contains("is not an instruction"));
    }

    #[test]
    fn rejects_paths_that_meet_at_different_depths() {
        // The loop body pushes one value per iteration.
        let units = [(LOAD_CONST, 0), (LOAD_CONST, 0), (JUMP_BACKWARD, 2)];
        assert!(problem(&units, 10).contains("inconsistent stack depth"));
    }
}
