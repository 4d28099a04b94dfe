//! `tuple`.

use crate::object::Trace;
use crate::value::Value;

pub struct TupleData(pub Box<[Value]>);

impl Drop for TupleData {
    fn drop(&mut self) {
        for v in self.0.iter_mut().rev() {
            // Replace each item with an immediate so the slice's own drop releases nothing.
            let old = std::mem::replace(v, Value::NONE);
            drop(old);
        }
    }
}

impl Trace for TupleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.iter().for_each(visit);
    }
}

impl TupleData {
    pub fn items(&self) -> &[Value] {
        &self.0
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
