//! CPython 3.11 code objects as plain data.
//!
//! This crate knows the shape of compiled Python: the opcode table (declared once, in
//! [`opcode`]), code objects and their constants, the location and exception tables, and a
//! disassembler that prints what CPython's `dis.dis` prints. It never runs code and does not
//! depend on the VM.

pub mod code;
pub mod constant;
pub mod dis;
pub mod exception_table;
pub mod instructions;
pub mod location_table;
pub mod opcode;
pub mod pyrepr;
pub mod pystr;
pub mod set_order;
mod unicode_printable;
pub mod verify;

pub use code::CodeObject;
pub use constant::Constant;
pub use exception_table::{ExceptionTable, ExceptionTableEntry};
pub use location_table::{LineRange, Location, LocationTable};
pub use opcode::{ArgKind, Opcode, OpcodeByte};
pub use pystr::PyStr;
