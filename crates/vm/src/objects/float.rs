//! `float`.

use crate::object::Trace;

pub struct FloatData(pub f64);

impl Trace for FloatData {}

/// Whether `v` is an exact float that nothing but its holder references, so that its box
/// can carry the result of an operation on it instead of a new box (as CPython 3.11 would
/// free it and hand the same block straight back from its free list).
#[inline(always)]
pub fn is_unshared_float(v: &crate::value::Value, float_type: &crate::object::TypeRef) -> bool {
    v.has_type(float_type) && v.header().is_some_and(|h| h.refcount() == 1)
}

/// Gives the float `v` the value `x`.
///
/// # Safety
/// `is_unshared_float(v)` holds and no reference into its data is alive.
#[inline(always)]
pub unsafe fn set_unshared_float(v: &crate::value::Value, x: f64) {
    let obj = v.raw() as *mut crate::object::Obj<FloatData>;
    (*obj).data.0 = x;
}
