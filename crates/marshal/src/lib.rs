//! CPython 3.11's marshal format and `.pyc` files.
//!
//! [`loads`] and [`dumps`] convert between marshal bytes and `bytecode`'s plain-data
//! constants; [`Pyc`] adds the 16-byte header. Reading never panics and never allocates more
//! than the input can justify: malformed input is a [`MarshalError`] with the offset and the
//! problem.

mod eq_key;
mod error;
#[doc(hidden)]
pub mod fuzz_check;
mod pyc;
mod read;
mod type_code;
mod write;

pub use error::{ErrorKind, MarshalError};
pub use pyc::{Invalidation, Pyc, PycHeader, HEADER_LEN, MAGIC, MAGIC_NUMBER};
pub use read::{loads, loads_code, loads_code_at};
pub use type_code::{TypeCode, FLAG_REF, MAX_DEPTH};
pub use write::{dumps, dumps_code};
