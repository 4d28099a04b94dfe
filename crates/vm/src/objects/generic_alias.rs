//! `types.GenericAlias` (`list[int]`): an origin class and the tuple of its arguments.

use crate::object::Trace;
use crate::value::Value;

pub struct GenericAliasData {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

impl Trace for GenericAliasData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
}
