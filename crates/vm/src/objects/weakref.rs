//! Weak references. The heap keeps, per referent, the weak reference objects pointing at it;
//! when the referent dies they are detached and their callbacks queued.

use std::cell::{Cell, RefCell};

use crate::object::{flag, Header, Obj, Trace};
use crate::value::Value;

pub struct WeakRefData {
    /// The referent, uncounted; null once it died.
    pub target: Cell<*const Header>,
    pub callback: RefCell<Option<Value>>,
    pub hash: Cell<i64>,
}

impl Trace for WeakRefData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.callback.try_borrow() {
            if let Some(v) = &*b {
                visit(v);
            }
        }
    }
}

impl WeakRefData {
    pub fn get(&self) -> Option<Value> {
        let t = self.target.get();
        if t.is_null() {
            return None;
        }
        // SAFETY: a non-null target is alive (it detaches us when it dies).
        unsafe {
            (*t).incref();
            Some(Value::from_header_ptr(t))
        }
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        let t = self.target.get();
        if !t.is_null() {
            // SAFETY: the referent is alive; remove ourselves from its list.
            unsafe {
                let heap = &*(*t).type_data().heap;
                let me = self as *const WeakRefData as *const u8;
                let mut map = heap.weakrefs.borrow_mut();
                if let Some(list) = map.get_mut(&t) {
                    list.retain(|&r| {
                        (&(*(r as *const Obj<WeakRefData>)).data) as *const WeakRefData as *const u8
                            != me
                    });
                    if list.is_empty() {
                        map.remove(&t);
                        (*t).clear_flag(flag::HAS_WEAKREFS);
                    }
                }
            }
        }
    }
}

/// Detaches a weak reference whose referent is dying; returns (weakref, callback) to call.
///
/// # Safety
/// `r` is a live weak reference object.
pub unsafe fn detach(r: *const Header) -> Option<(Value, Value)> {
    let data = &(*(r as *const Obj<WeakRefData>)).data;
    data.target.set(std::ptr::null());
    let cb = data.callback.borrow_mut().take()?;
    (*r).incref();
    Some((Value::from_header_ptr(r), cb))
}
