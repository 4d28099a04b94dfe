//! `complex`.

use crate::object::Trace;

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Trace for ComplexData {}
