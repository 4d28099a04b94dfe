//! `float`.

use crate::object::Trace;

pub struct FloatData(pub f64);

impl Trace for FloatData {}
