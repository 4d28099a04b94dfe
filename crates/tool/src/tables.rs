//! `tables`: the decoded location and exception tables of every code object in a `.pyc`, in
//! a text form `scripts/check_tables.py` also produces from CPython (`co_lines()`,
//! `co_positions()` and `dis`'s exception-table parser), so the decoders are checked
//! differentially.

use std::fmt::Write as _;

use bytecode::exception_table::ExceptionTable;
use bytecode::{CodeObject, LocationTable};

fn opt(v: Option<i32>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| v.to_string())
}

/// Appends the tables of `code` and, depth first, of the code objects in its constants.
pub fn describe(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} {}",
        code.qualname.to_string_backslashreplace(),
        code.firstlineno
    );
    let table = LocationTable::new(&code.linetable, code.firstlineno);
    out.push_str("lines:");
    for r in table.lines() {
        let _ = write!(out, " ({},{},{})", r.start, r.end, opt(r.line));
    }
    out.push_str("\npositions:");
    for p in table.positions() {
        let _ = write!(
            out,
            " ({},{},{},{})",
            opt(p.line),
            opt(p.end_line),
            opt(p.column),
            opt(p.end_column)
        );
    }
    out.push_str("\nexceptions:");
    for e in ExceptionTable::new(&code.exceptiontable).decode().entries {
        let _ = write!(
            out,
            " ({},{},{},{},{})",
            e.start,
            e.end,
            e.target,
            e.depth,
            u8::from(e.lasti)
        );
    }
    out.push('\n');
    for constant in code.consts.iter() {
        if let Some(nested) = constant.as_code() {
            describe(nested, out);
        }
    }
}
