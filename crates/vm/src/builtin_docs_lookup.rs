//! Lookups in the generated docstring tables (`builtin_docs.rs`).

use crate::builtin_docs::{FUNCTION_DOCS, MEMBER_DOCS, MODULE_DOCS, TYPE_DOCS};

/// CPython's docstring of the builtin type named `name`.
pub fn type_doc(name: &str) -> Option<&'static str> {
    TYPE_DOCS
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| TYPE_DOCS[i].1)
}

/// CPython's docstring of member `attr` of the builtin type named `owner`.
pub fn member_doc(owner: &str, attr: &str) -> Option<&'static str> {
    MEMBER_DOCS
        .binary_search_by(|(t, a, _)| (*t, *a).cmp(&(owner, attr)))
        .ok()
        .map(|i| MEMBER_DOCS[i].2)
}

/// CPython's docstring of the builtin function `name`.
pub fn function_doc(name: &str) -> Option<&'static str> {
    FUNCTION_DOCS
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| FUNCTION_DOCS[i].1)
}

/// CPython's docstring of function `name` of the native module `module` ("" for the module).
pub fn module_doc(module: &str, name: &str) -> Option<&'static str> {
    MODULE_DOCS
        .binary_search_by(|(m, n, _)| (*m, *n).cmp(&(module, name)))
        .ok()
        .map(|i| MODULE_DOCS[i].2)
}
