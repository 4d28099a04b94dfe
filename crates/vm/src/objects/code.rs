//! Code objects as the VM runs them: the plain `bytecode::CodeObject` plus its constants as VM
//! values, interned names, the decoded exception table and the internal instruction form.

use std::cell::Cell;
use std::rc::Rc;

use bytecode::code::local_kind;
use bytecode::{CodeObject, ExceptionTableEntry};

use crate::object::{PyRef, Trace};
use crate::objects::str::StrData;
use crate::value::Value;

pub struct CodeData {
    pub raw: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[PyRef<StrData>]>,
    pub localsplusnames: Box<[PyRef<StrData>]>,
    pub kinds: Box<[u8]>,
    pub filename: PyRef<StrData>,
    pub name: PyRef<StrData>,
    pub qualname: PyRef<StrData>,
    pub instrs: Box<[Cell<u64>]>,
    pub exception_table: Box<[ExceptionTableEntry]>,
    pub nlocalsplus: usize,
    pub nlocals: usize,
    /// Index of the first cell variable in localsplus (cells follow plain locals).
    pub ncells: usize,
    pub nfrees: usize,
    pub stacksize: usize,
    pub flags: u32,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    /// Times executed; the later tiers read it.
    pub calls: Cell<u32>,
    /// Takes positional parameters only: no `*args`, `**kwargs` or keyword-only ones (the
    /// specialized calls' check, see `specialize::exact_args`).
    pub positional_only_params: bool,
    /// Where a function's frame starts: past a `RESUME` at offset 0, which does nothing here
    /// (no tracing, and interrupts are checked on backward jumps), so calls skip its dispatch.
    pub entry_pc: usize,
}

impl Trace for CodeData {}

impl CodeData {
    pub fn is_local(&self, i: usize) -> bool {
        self.kinds[i] & local_kind::LOCAL != 0
    }

    /// The exception handler covering instruction unit `unit`, if any.
    pub fn handler_for(&self, unit: usize) -> Option<&ExceptionTableEntry> {
        let off = (unit * 2) as u64;
        self.exception_table
            .iter()
            .find(|e| e.start <= off && off < e.end)
    }

    /// Total positional parameters plus keyword-only ones.
    pub fn total_args(&self) -> usize {
        self.argcount + self.kwonlyargcount
    }
}
