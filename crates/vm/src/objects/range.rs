//! `range` and `slice`.

use crate::object::Trace;
use crate::value::Value;

/// A range; `start`, `stop`, `step` and `len` are ints (boxed or not).
pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    pub len: Value,
}

impl Trace for RangeData {}

impl RangeData {
    /// The fields as machine integers when they all fit (the fast path of iteration).
    pub fn small(&self) -> Option<(i64, i64, i64, i64)> {
        Some((
            self.start.as_small_int()?,
            self.stop.as_small_int()?,
            self.step.as_small_int()?,
            self.len.as_small_int()?,
        ))
    }
}
