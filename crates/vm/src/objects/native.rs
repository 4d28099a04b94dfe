//! Functions written in Rust: module-level builtins, methods of builtin types, and the
//! wrappers that expose a type's slots as special methods (`int.__add__`).

use crate::object::{Trace, TypeRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Arguments in vectorcall form: positional values, then one value per keyword name.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    /// Names (str values) of the trailing keyword arguments.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    pub fn kw_values(&self) -> &'a [Value] {
        &self.values[self.values.len() - self.kwnames.len()..]
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The same arguments without the first positional one (a method's `self`).
    pub fn skip_self(&self) -> Args<'a> {
        Args {
            values: &self.values[1..],
            kwnames: self.kwnames,
        }
    }
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// `builtin_function_or_method`: a native function, possibly bound to `this` (`[].append`,
/// or a module for module functions).
pub struct NativeFunctionData {
    pub name: &'static str,
    pub qualname: String,
    pub f: NativeFn,
    pub this: Option<Value>,
    /// For methods, `this` goes in front of the arguments; module functions ignore it.
    pub pass_this: bool,
    pub module: Option<Value>,
    pub doc: Option<&'static str>,
    /// CPython implements the function with the FASTCALL convention, so that its
    /// specializing interpreter calls it without a recursion check (PRECALL_BUILTIN_FAST):
    /// a call does not count towards the recursion limit, which decides which call reports
    /// a RecursionError and so its message. Python frames under it still count.
    pub fastcall: bool,
    /// The argument check CPython's calling convention makes before the method runs.
    pub arg_check: ArgCheck,
}

impl Trace for NativeFunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = &self.this {
            visit(v);
        }
        if let Some(v) = &self.module {
            visit(v);
        }
    }
}

/// What a builtin method's CPython calling convention checks before the method runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgCheck {
    /// The method checks its own arguments.
    Any,
    /// METH_NOARGS: nothing besides `self`.
    NoArgs,
    /// METH_O: exactly one positional argument.
    OneArg,
    /// No keyword arguments; the message names the method bare (`count()`, METH_VARARGS)
    /// or qualified (`list.index()`, Argument Clinic).
    NoKwargs { qualified: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// An instance method: `self` is the first argument.
    Instance,
    /// `classmethod_descriptor`: the class is the first argument (`dict.fromkeys`).
    Class,
    /// A static method of a builtin type (`str.maketrans`).
    Static,
}

/// `method_descriptor`: a native method found on a builtin type (`list.append`).
pub struct MethodDescrData {
    pub name: &'static str,
    pub f: NativeFn,
    pub owner: TypeRef,
    pub kind: MethodKind,
    pub doc: Option<&'static str>,
    /// The argument check CPython's calling convention makes before the method runs (see
    /// `builtin_impls::NOARGS`).
    pub arg_check: ArgCheck,
}

impl Trace for MethodDescrData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.owner.as_value());
    }
}

/// `wrapper_descriptor`: a slot seen as a special method. `call` receives `self` first.
pub struct SlotWrapperData {
    pub name: &'static str,
    pub owner: TypeRef,
    /// The native slot function this wraps; a subclass that inherits the wrapper puts the
    /// native function back in its own slot instead of going through Python.
    pub slot: crate::slots::SlotFn,
}

impl Trace for SlotWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.owner.as_value());
    }
}
