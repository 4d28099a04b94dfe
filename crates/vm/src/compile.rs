//! The boundary to whatever turns source into code objects.
//!
//! Until Basilisk has its own compiler the embedder plugs in one backed by the installed
//! CPython (`cpython_compile`); the VM only sees this trait, so swapping compilers touches
//! nothing else.

use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

pub struct Compiled {
    pub code: bytecode::CodeObject,
    /// Warnings raised while compiling, formatted as CPython prints them to stderr.
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug)]
pub enum CompileFailure {
    /// `SyntaxError`, `IndentationError` or `TabError` with CPython's attributes.
    Syntax {
        class: String,
        msg: String,
        filename: Option<String>,
        lineno: Option<i64>,
        offset: Option<i64>,
        text: Option<String>,
        end_lineno: Option<i64>,
        end_offset: Option<i64>,
    },
    /// Any other exception the compiler raised (class name and message).
    Other { class: String, message: String },
    /// The compiler could not be run or the file could not be read.
    Unavailable(String),
}

// A failure is rare and reported once; boxing it would buy nothing on the success path.
#[allow(clippy::result_large_err)]
pub trait SourceCompiler {
    /// Compiles a source file, using and refreshing the bytecode cache unless told not to.
    fn compile_file(
        &mut self,
        path: &Path,
        optimize: i32,
        write_cache: bool,
    ) -> Result<Compiled, CompileFailure>;

    /// Compiles source text (`compile()`, `exec()`, `-c`).
    fn compile_source(
        &mut self,
        source: &[u8],
        filename: &str,
        mode: Mode,
        flags: u32,
        optimize: i32,
    ) -> Result<Compiled, CompileFailure>;
}
