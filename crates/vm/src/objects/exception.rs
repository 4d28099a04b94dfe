//! Exception instances.
//!
//! Every exception has `args`, the traceback, `__context__`, `__cause__`,
//! `__suppress_context__` and a `__dict__`. Classes with more state (`StopIteration.value`,
//! `SystemExit.code`, `SyntaxError.lineno`, ...) keep it in `fields`, exposed as member
//! descriptors named by the class's field list in `exceptions.rs`.

use std::cell::{Cell, RefCell};

use crate::object::Trace;
use crate::value::Value;

pub struct ExceptionData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<Value>>,
    pub fields: RefCell<Vec<Option<Value>>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
            fields: RefCell::new(Vec::new()),
        }
    }

    pub fn field(&self, i: usize) -> Option<Value> {
        self.fields.borrow().get(i).cloned().flatten()
    }

    pub fn set_field(&self, i: usize, v: Option<Value>) {
        let old = {
            let mut f = self.fields.borrow_mut();
            if f.len() <= i {
                f.resize(i + 1, None);
            }
            std::mem::replace(&mut f[i], v)
        };
        drop(old);
    }
}

impl Trace for ExceptionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        for c in [&self.traceback, &self.context, &self.cause, &self.dict] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
        if let Ok(f) = self.fields.try_borrow() {
            f.iter().flatten().for_each(visit);
        }
    }
    fn clear(&self) {
        for c in [&self.traceback, &self.context, &self.cause, &self.dict] {
            let old = c.borrow_mut().take();
            drop(old);
        }
        let old = std::mem::take(&mut *self.fields.borrow_mut());
        drop(old);
    }
}
