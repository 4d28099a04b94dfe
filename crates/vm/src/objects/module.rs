//! Module objects: a namespace dict.

use crate::object::{PyRef, Trace};
use crate::objects::dict::DictData;
use crate::value::Value;

pub struct ModuleData {
    pub dict: PyRef<DictData>,
}

impl Trace for ModuleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
    }
}
