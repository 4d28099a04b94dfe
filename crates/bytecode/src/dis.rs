//! A disassembler whose output is CPython 3.11's `dis.dis(code)`, character for character.
//!
//! The only intended difference is the address inside a nested code object's repr
//! (`<code object f at 0x...>`), which differs between any two processes. Where `dis` would raise
//! (an index past the end of `co_consts`, say) we return a `DisError` instead.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::code::CodeObject;
use crate::exception_table::ExceptionTable;
use crate::instructions::{self, Instruction};
use crate::location_table::LocationTable;
use crate::opcode::{ArgKind, Opcode, OpcodeByte, CMP_OP, NB_OPS};
use crate::pystr::PyStr;

/// `dis` would have raised: the code refers to something that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisError {
    pub code_name: String,
    pub offset: usize,
    pub message: String,
}

impl std::fmt::Display for DisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot disassemble {} at offset {}: {}",
            self.code_name, self.offset, self.message
        )
    }
}

impl std::error::Error for DisError {}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_VALUE_CONVERTERS: [&str; 4] = ["", "str", "repr", "ascii"];

/// `dis.dis(code)`: the code object, then each nested code object in `co_consts`, recursively.
pub fn dis(code: &CodeObject) -> Result<String, DisError> {
    let mut out = String::new();
    dis_recursive(code, &mut out)?;
    Ok(out)
}

fn dis_recursive(code: &CodeObject, out: &mut String) -> Result<(), DisError> {
    disassemble(code, out)?;
    for constant in code.consts.iter() {
        if let Some(nested) = constant.as_code() {
            out.push('\n');
            out.push_str("Disassembly of ");
            constant.repr(out);
            out.push_str(":\n");
            dis_recursive(nested, out)?;
        }
    }
    Ok(())
}

/// `dis.disassemble(code)`: one code object, without the nested ones.
pub fn disassemble(code: &CodeObject, out: &mut String) -> Result<(), DisError> {
    let line_starts: std::collections::HashMap<usize, i32> =
        LocationTable::new(&code.linetable, code.firstlineno)
            .line_starts()
            .into_iter()
            .collect();
    let exception_entries = ExceptionTable::new(&code.exceptiontable).decode().entries;

    let lineno_width = match line_starts.values().max() {
        None => 0,
        Some(&max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    // dis reads `co_code`, which CPython has already mapped back to base opcodes.
    let co_code = code.deopt_code();
    let max_offset = co_code.len() as i64 - 2;
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };

    let mut labels: HashSet<i64> = find_labels(&co_code);
    for entry in &exception_entries {
        if entry.start < entry.end {
            labels.insert(entry.target as i64);
        }
    }

    for ins in instructions::decode(&co_code) {
        let starts_line = line_starts.get(&ins.offset).copied();
        if lineno_width > 0 && starts_line.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        let mut line = String::new();
        if lineno_width > 0 {
            match starts_line {
                Some(n) => write!(line, "{n:>lineno_width$}").ok(),
                None => write!(line, "{:lineno_width$}", "").ok(),
            };
            line.push(' ');
        }
        line.push_str("   ");
        line.push(' ');
        line.push_str(if labels.contains(&(ins.offset as i64)) {
            ">>"
        } else {
            "  "
        });
        line.push(' ');
        let _ = write!(line, "{:>offset_width$}", ins.offset);
        line.push(' ');
        let _ = write!(line, "{:<OPNAME_WIDTH$}", opname(&ins));
        if let Some(arg) = ins.arg {
            line.push(' ');
            let _ = write!(line, "{arg:>OPARG_WIDTH$}");
            let argrepr = arg_repr(code, &ins, arg)?;
            if !argrepr.is_empty() {
                line.push_str(" (");
                line.push_str(&argrepr);
                line.push(')');
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }

    if !exception_entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &exception_entries {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end as i128 - 2,
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
    Ok(())
}

fn opname(ins: &Instruction) -> String {
    match ins.op {
        OpcodeByte::Base(op) => op.name().to_owned(),
        OpcodeByte::Specialized(spec) => spec.name.to_owned(),
        OpcodeByte::Unknown(n) => format!("<{n}>"),
    }
}

/// `dis.findlabels`: jump targets of base jump instructions (specialized forms do not count,
/// as in `dis`, which tests the raw opcode here).
fn find_labels(code: &[u8]) -> HashSet<i64> {
    let mut labels = HashSet::new();
    for ins in instructions::decode(code) {
        let (OpcodeByte::Base(op), Some(arg)) = (ins.op, ins.arg) else {
            continue;
        };
        if let Some(target) = jump_target(op, ins.offset, arg) {
            labels.insert(target);
        }
    }
    labels
}

fn jump_target(op: Opcode, offset: usize, arg: i64) -> Option<i64> {
    let delta = match op.arg_kind() {
        ArgKind::JumpForward => arg,
        ArgKind::JumpBackward => arg.wrapping_neg(),
        _ => return None,
    };
    Some(
        (offset as i64)
            .wrapping_add(2)
            .wrapping_add(delta.wrapping_mul(2)),
    )
}

fn arg_repr(code: &CodeObject, ins: &Instruction, arg: i64) -> Result<String, DisError> {
    let Some(base) = ins.base() else {
        return Ok(String::new());
    };
    let fail = |message: String| DisError {
        code_name: code.qualname.to_string_lossy(),
        offset: ins.offset,
        message,
    };
    let index = |len: usize, what: &str| -> Result<usize, DisError> {
        usize::try_from(arg)
            .ok()
            .filter(|&i| i < len)
            .ok_or_else(|| fail(format!("{what} index {arg} out of range ({len} entries)")))
    };
    let name = |table: &[PyStr], i: i64, what: &str| -> Result<String, DisError> {
        usize::try_from(i)
            .ok()
            .and_then(|i| table.get(i))
            .map(PyStr::to_string_backslashreplace)
            .ok_or_else(|| {
                fail(format!(
                    "{what} index {i} out of range ({} entries)",
                    table.len()
                ))
            })
    };
    Ok(match base.arg_kind() {
        ArgKind::None | ArgKind::Plain => String::new(),
        // KW_NAMES is in `hasconst`, but dis only resolves LOAD_CONST's constant.
        ArgKind::Const if base != Opcode::LOAD_CONST => String::new(),
        ArgKind::Const => {
            let i = index(code.consts.len(), "co_consts")?;
            code.consts
                .get(i)
                .map(|c| c.repr_string())
                .unwrap_or_default()
        }
        ArgKind::Name => name(&code.names, arg, "co_names")?,
        ArgKind::GlobalName => {
            let n = name(&code.names, arg.div_euclid(2), "co_names")?;
            if arg & 1 != 0 && !n.is_empty() {
                format!("NULL + {n}")
            } else {
                n
            }
        }
        ArgKind::Local | ArgKind::Free => name(&code.localsplusnames, arg, "co_localsplusnames")?,
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            let target = jump_target(base, ins.offset, arg).unwrap_or_default();
            format!("to {target}")
        }
        ArgKind::Compare => CMP_OP[index(CMP_OP.len(), "cmp_op")?].to_owned(),
        ArgKind::BinaryOp => NB_OPS[index(NB_OPS.len(), "_nb_ops")?].1.to_owned(),
        ArgKind::FormatValue => {
            let mut s = FORMAT_VALUE_CONVERTERS[(arg & 3) as usize].to_owned();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        ArgKind::MakeFunction => MAKE_FUNCTION_FLAGS
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
    })
}
