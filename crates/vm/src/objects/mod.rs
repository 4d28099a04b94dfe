//! Object payloads, one module per builtin layout (see `kinds.rs`), and the operations on
//! them.

pub mod bytes;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod file;
pub mod float;
pub mod frame_object;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod native;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_ops;
pub mod tuple;
pub mod weakref;
