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

/// A generator's frame and the storage its `base` points into.
///
/// The storage stays here for the generator's whole life; the frame leaves for the VM's
/// frame stack while it runs (`frame` is then `None`).
pub struct SuspendedFrame {
    /// Boxed so that resuming and suspending move a pointer onto and off the frame stack.
    pub frame: Option<Box<Frame>>,
    pub storage: Box<[Option<Value>]>,
}

pub struct GeneratorData {
    pub kind: GenKind,
    pub code: PyRef<CodeData>,
    pub frame: RefCell<Option<SuspendedFrame>>,
    pub state: Cell<GenState>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator, saved while it is suspended.
    pub exc_state: RefCell<Option<Value>>,
    /// Async generators: an `asend`/`athrow` is in progress (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` began, or the generator ended (`ag_closed`).
    pub closed: Cell<bool>,
    /// Async generators: the `sys.set_asyncgen_hooks` finalizer when first iterated.
    pub finalizer: RefCell<Option<Value>>,
    /// Async generators: the hooks were looked at (first `__anext__`/`asend`/...).
    pub hooks_inited: Cell<bool>,
    /// The storage of the frame while it runs (it is then on the VM's frame stack), so
    /// `gi_frame` can find it.
    pub running_base: Cell<*mut Option<Value>>,
}

impl Trace for GeneratorData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(sf) = &*f {
                sf.storage.iter().flatten().for_each(&mut *visit);
                if let Some(frame) = &sf.frame {
                    if let Some(func) = &frame.func {
                        visit(func.as_value());
                    }
                    if let Some(l) = &frame.locals {
                        visit(l);
                    }
                }
            }
        }
        for c in [&self.exc_state, &self.finalizer] {
            if let Ok(e) = c.try_borrow() {
                if let Some(v) = &*e {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        let old = self.frame.borrow_mut().take();
        drop(old);
        let old = self.finalizer.borrow_mut().take();
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

/// The life of an `asend`/`athrow` awaitable: not yet sent to, iterating, done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend`: what `__anext__()` and `asend(v)` return.
pub struct AsendData {
    pub gen: PyRef<GeneratorData>,
    /// The value to send on the first step (`None` for `__anext__`).
    pub sendval: Option<Value>,
    pub state: Cell<AwaitState>,
}

impl Trace for AsendData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.gen.as_value());
        if let Some(v) = &self.sendval {
            visit(v);
        }
    }
}

/// `async_generator_athrow`: what `athrow(...)` (`args` holds its arguments) and `aclose()`
/// (`args` is `None`) return.
pub struct AthrowData {
    pub gen: PyRef<GeneratorData>,
    pub args: Option<Value>,
    pub state: Cell<AwaitState>,
}

impl Trace for AthrowData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.gen.as_value());
        if let Some(v) = &self.args {
            visit(v);
        }
    }
}

/// A value an async generator yields (`ASYNC_GEN_WRAP`), told apart from the values its
/// `await`s pass through to the event loop.
pub struct AsyncGenWrappedData {
    pub value: Value,
}

impl Trace for AsyncGenWrappedData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.value);
    }
}

/// `anext(aiterator, default)`: the awaitable that turns StopAsyncIteration into `default`.
pub struct AnextAwaitableData {
    pub wrapped: Value,
    pub default: Value,
}

impl Trace for AnextAwaitableData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.wrapped);
        visit(&self.default);
    }
}

/// `sys.set_asyncgen_hooks` state (CPython keeps it in the thread state).
#[derive(Default)]
pub struct AsyncGenHooks {
    pub firstiter: Option<Value>,
    pub finalizer: Option<Value>,
    /// The `asyncgen_hooks` struct sequence type `sys.get_asyncgen_hooks()` returns.
    pub hooks_type: Option<crate::object::TypeRef>,
}
