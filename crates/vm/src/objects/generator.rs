//! Generators, coroutines and async generators: a suspended frame with its own storage.

use std::cell::{Cell, RefCell};

use crate::interp::frame::Frame;
use crate::object::{PyRef, Trace};
use crate::objects::code::CodeData;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A frame that is not on the VM's frame stack, with the storage its `base` points into.
pub struct SuspendedFrame {
    pub frame: Frame,
    pub storage: Box<[Option<Value>]>,
}

pub struct GeneratorData {
    pub kind: GenKind,
    pub code: PyRef<CodeData>,
    pub frame: RefCell<Option<Box<SuspendedFrame>>>,
    pub state: Cell<GenState>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator, saved while it is suspended.
    pub exc_state: RefCell<Option<Value>>,
    /// Async generators: an `asend`/`athrow` is in progress.
    pub running_async: Cell<bool>,
    /// Coroutines: `cr_origin`-free bookkeeping of whether it was ever awaited.
    pub awaited: Cell<bool>,
}

impl Trace for GeneratorData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(sf) = &*f {
                sf.storage.iter().flatten().for_each(&mut *visit);
                if let Some(func) = &sf.frame.func {
                    visit(func.as_value());
                }
                if let Some(l) = &sf.frame.locals {
                    visit(l);
                }
            }
        }
        if let Ok(e) = self.exc_state.try_borrow() {
            if let Some(v) = &*e {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self.frame.borrow_mut().take();
        drop(old);
    }
}

/// The iterator `coroutine.__await__()` returns.
pub struct CoroWrapperData {
    pub coro: Value,
}

impl Trace for CoroWrapperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.coro);
    }
}
