//! `list`.
//!
//! The items live in a `RefCell`: every access is a short borrow that never spans a call back
//! into Python (a comparison, a `__del__`), so a program that mutates a list while it is being
//! sorted or compared sees CPython's errors instead of corrupting memory.

use std::cell::RefCell;

use crate::object::Trace;
use crate::value::Value;

pub struct ListData {
    pub items: RefCell<Vec<Value>>,
}

impl ListData {
    pub fn new(items: Vec<Value>) -> ListData {
        ListData {
            items: RefCell::new(items),
        }
    }
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

impl Drop for ListData {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl Trace for ListData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}
