//! Python functions, bound methods and closure cells.

use std::cell::{Cell, RefCell};

use crate::object::{PyRef, Trace};
use crate::objects::code::CodeData;
use crate::objects::dict::DictData;
use crate::value::Value;

pub struct FunctionData {
    pub code: RefCell<PyRef<CodeData>>,
    pub globals: PyRef<DictData>,
    pub builtins: PyRef<DictData>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Positional defaults (a tuple) and keyword-only defaults (a dict).
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    /// A tuple of cells, one per free variable.
    pub closure: Option<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub dict: RefCell<Option<Value>>,
    /// Changes whenever `__code__` or the defaults change (the specializer's guard).
    pub version: Cell<u32>,
}

impl Trace for FunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.globals.as_value());
        visit(self.builtins.as_value());
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.dict,
        ] {
            if let Ok(b) = cell.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        for cell in [&self.name, &self.qualname, &self.doc, &self.module] {
            if let Ok(b) = cell.try_borrow() {
                visit(&b);
            }
        }
    }
    fn clear(&self) {
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.dict,
        ] {
            let old = cell.borrow_mut().take();
            drop(old);
        }
        let old = self.doc.replace(Value::NONE);
        drop(old);
        let old = self.module.replace(Value::NONE);
        drop(old);
    }
}

/// A function bound to an instance (`obj.method`).
pub struct MethodData {
    pub func: Value,
    pub this: Value,
}

impl Trace for MethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.this);
    }
}

/// A closure cell.
pub struct CellData {
    pub value: RefCell<Option<Value>>,
}

impl Trace for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.value.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.value.borrow_mut().take();
        drop(old);
    }
}
