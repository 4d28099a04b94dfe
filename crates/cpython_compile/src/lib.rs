//! Until Basilisk has its own compiler, Python source becomes code objects by way of the
//! installed CPython 3.11: [`CpythonCompiler`] keeps one CPython process running and sends it
//! compile requests over pipes. [`pycache`] is Basilisk's `__pycache__` (tag `basilisk-311`) and
//! the loading of `.pyc` files.
//!
//! This crate deals in plain data (`bytecode::CodeObject`) and does not depend on the VM.

mod compiler;
pub mod pycache;
mod server;

pub use compiler::{
    flags, CompileError, CompileWarning, Compiled, CpythonCompiler, Mode, SyntaxErrorInfo,
};
pub use pycache::{
    cache_path, load_pyc, load_pyc_to_run, mtime_seconds, read_cached, source_hash, source_to_code,
    write_cached, LoadError, LoadErrorKind, SourceError, CACHE_TAG,
};
