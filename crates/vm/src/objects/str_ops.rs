//! Small type tests used on hot paths.

use crate::object::TypeRef;
use crate::value::Value;
use crate::vm::Vm;

/// An instance of exactly `str` (not a subclass).
#[inline]
pub fn is_exact_str(v: &Value) -> bool {
    match v.header() {
        Some(h) => {
            h.kind() == crate::kinds::Kind::Str
                && !h.type_data().has_flag(crate::types::type_flags::HEAPTYPE)
        }
        None => false,
    }
}

/// An instance of exactly `ty`.
#[inline]
pub fn is_exact(_vm: &Vm, v: &Value, ty: &TypeRef) -> bool {
    match v.header() {
        Some(h) => std::ptr::eq(h.type_ptr(), ty.ptr()),
        None => false,
    }
}
