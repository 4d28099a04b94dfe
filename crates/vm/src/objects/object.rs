//! `object` instances: no native state. Instances of Python classes with no builtin base
//! have this layout plus an extension (`__dict__`, `__slots__`).

use crate::object::Trace;

pub struct ObjectData;

impl Trace for ObjectData {}
