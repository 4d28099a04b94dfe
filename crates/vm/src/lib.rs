//! Basilisk's virtual machine: objects, the interpreter, builtins and the importer.
//!
//! See ARCHITECTURE.md for the value representation, object layout, frame stack and
//! instruction form.

pub mod args;
pub mod attr;
pub mod builtin_impls;
#[rustfmt::skip]
pub mod builtin_docs;
pub mod builtin_docs_lookup;
pub mod builtin_types;
pub mod builtins_module;
pub mod caret_anchors;
pub mod code_loader;
pub mod compile;
pub mod errors;
pub mod exception_group;
pub mod exceptions;
pub mod gc;
pub mod heap;
pub mod import;
pub mod interp;
pub mod kinds;
pub mod modules;
pub mod names;
pub mod object;
pub mod objects;
pub mod ops;
pub mod run;
pub mod shutdown;
pub mod slot_dispatch;
pub mod slots;
pub mod stack_guard;
pub mod suggestions;
pub mod traceback;
pub mod types;
pub mod unicode;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{Config, Exc, PyResult, Vm};
