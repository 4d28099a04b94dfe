//! Frame objects (made on demand) and traceback entries.

use std::cell::{Cell, RefCell};

use crate::object::{PyRef, Trace};
use crate::objects::code::CodeData;
use crate::value::Value;

pub struct FrameData {
    pub code: PyRef<CodeData>,
    pub globals: Value,
    pub builtins: Value,
    pub locals: RefCell<Option<Value>>,
    /// For a function frame, the dict `locals()` and `f_locals` return: one dict per frame,
    /// refreshed from the fast locals on each call (so names `exec` added to it stay).
    pub fast_locals: RefCell<Option<Value>>,
    pub lasti: Cell<usize>,
    pub back: RefCell<Option<Value>>,
    /// Set once the frame has finished executing.
    pub finished: Cell<bool>,
}

impl Trace for FrameData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        for c in [&self.locals, &self.fast_locals, &self.back] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.locals, &self.fast_locals, &self.back] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct TracebackData {
    pub next: RefCell<Option<Value>>,
    pub frame: Value,
    pub lasti: usize,
    pub lineno: Option<i32>,
}

impl Trace for TracebackData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.frame);
        if let Ok(b) = self.next.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.next.borrow_mut().take();
        drop(old);
    }
}
