//! Descriptors: property, classmethod, staticmethod, super, `__slots__` members and native
//! attributes (getset).

use std::cell::RefCell;

use crate::object::{Trace, TypeRef};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PropertyData {
    pub fget: RefCell<Option<Value>>,
    pub fset: RefCell<Option<Value>>,
    pub fdel: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    pub name: RefCell<Option<Value>>,
}

impl Trace for PropertyData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct ClassMethodData {
    pub func: RefCell<Value>,
    pub dict: RefCell<Option<Value>>,
}

impl Trace for ClassMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.func.try_borrow() {
            visit(&f);
        }
    }
}

pub struct StaticMethodData {
    pub func: RefCell<Value>,
    pub dict: RefCell<Option<Value>>,
}

impl Trace for StaticMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.func.try_borrow() {
            visit(&f);
        }
    }
}

pub struct SuperData {
    /// The class after which the MRO search starts.
    pub this_type: Option<TypeRef>,
    /// The instance or class the lookup binds to.
    pub obj: Option<Value>,
    pub obj_type: Option<TypeRef>,
}

impl Trace for SuperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(t) = &self.this_type {
            visit(t.as_value());
        }
        if let Some(o) = &self.obj {
            visit(o);
        }
        if let Some(t) = &self.obj_type {
            visit(t.as_value());
        }
    }
}

/// A `__slots__` member: reads and writes slot `index` of the instance extension.
pub struct MemberData {
    pub name: String,
    pub owner: TypeRef,
    pub index: usize,
}

impl Trace for MemberData {}

pub type GetterFn = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type SetterFn = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// `getset_descriptor`: a native attribute (`__dict__`, `__class__`, `__name__`, ...).
pub struct GetSetData {
    pub name: &'static str,
    pub owner: TypeRef,
    pub get: Option<GetterFn>,
    pub set: Option<SetterFn>,
}

impl Trace for GetSetData {}
