//! `slice` objects.

use crate::object::Trace;
use crate::value::Value;

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Trace for SliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
