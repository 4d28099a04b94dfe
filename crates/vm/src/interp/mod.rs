//! The interpreter: frames, the internal instruction form, calls, and the dispatch loop.

pub mod awaitable;
pub mod call;
pub mod eval;
pub mod frame;
pub mod generator;
mod handlers;
pub mod helpers;
pub mod instr;
pub mod matching;
pub mod specialize;
pub mod specialized;
