//! Making exceptions from Rust with CPython's types and messages.

use crate::object::{alloc, TypeRef};
use crate::objects::exception::ExceptionData;
use crate::value::Value;
use crate::vm::{Exc, Vm};

impl Vm {
    /// An exception instance of `ty` with `args`, made without running Python code.
    pub fn new_exception_args(&self, ty: &TypeRef, args: Vec<Value>) -> Exc {
        let args = self.new_tuple(args);
        let e = Exc(alloc(ty, ExceptionData::new(args)).into_value());
        self.set_context(&e);
        e
    }

    /// The exception being handled (`sys.exc_info()[1]`), innermost generator first.
    pub fn current_exception(&self) -> Option<Value> {
        self.exc_stack.iter().rev().find_map(|e| e.clone())
    }

    /// Sets `__context__` of a newly raised exception to the one being handled, breaking any
    /// cycle this would create (as `_PyErr_SetObject` does).
    pub fn set_context(&self, e: &Exc) {
        let Some(handled) = self.current_exception() else {
            return;
        };
        if handled.is(&e.0) {
            return;
        }
        // Walk the handled exception's context chain; if `e` is on it, cut it out.
        let mut o = handled.clone();
        loop {
            let next = match o.downcast::<ExceptionData>() {
                Some(d) => d.context.borrow().clone(),
                None => None,
            };
            match next {
                Some(n) if n.is(&e.0) => {
                    if let Some(d) = o.downcast::<ExceptionData>() {
                        *d.context.borrow_mut() = None;
                    }
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        let old = e.data().context.replace(Some(handled));
        drop(old);
    }

    pub fn new_exception(&self, ty: &TypeRef, msg: impl Into<String>) -> Exc {
        let msg = self.new_str(msg.into());
        self.new_exception_args(ty, vec![msg])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.TypeError, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.ValueError, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.IndexError, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.OverflowError, msg)
    }
    pub fn zero_division_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.ZeroDivisionError, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.RuntimeError, msg)
    }
    pub fn system_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.SystemError, msg)
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> Exc {
        self.new_exception(&self.exc.NotImplementedError, msg)
    }

    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error(&self, key: Value) -> Exc {
        self.new_exception_args(&self.exc.KeyError, vec![key])
    }

    pub fn stop_iteration(&self, value: Option<Value>) -> Exc {
        let e = match &value {
            Some(v) => self.new_exception_args(&self.exc.StopIteration, vec![v.clone()]),
            None => self.new_exception_args(&self.exc.StopIteration, vec![]),
        };
        e.data().set_field(0, Some(value.unwrap_or(Value::NONE)));
        e
    }

    /// `AttributeError` with `name` and `obj` set, as 3.10+ does for suggestions.
    pub fn attribute_error_for(&self, obj: &Value, name: &str, msg: String) -> Exc {
        let e = self.new_exception(&self.exc.AttributeError, msg);
        e.data().set_field(0, Some(self.new_str(name)));
        e.data().set_field(1, Some(obj.clone()));
        e
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> Exc {
        let msg = if let Some(t) = obj.downcast::<crate::types::TypeData>() {
            format!("type object '{}' has no attribute '{}'", t.name(), name)
        } else if let Some(m) = obj.downcast::<crate::objects::module::ModuleData>() {
            match m.dict.get_rust_str("__name__").and_then(|n| {
                n.downcast::<crate::objects::str::StrData>()
                    .map(|s| s.as_str().to_string())
            }) {
                Some(n) => format!("module '{n}' has no attribute '{name}'"),
                None => format!("module has no attribute '{name}'"),
            }
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            )
        };
        self.attribute_error_for(obj, name, msg)
    }

    pub fn name_error(&self, name: &str) -> Exc {
        let e = self.new_exception(&self.exc.NameError, format!("name '{name}' is not defined"));
        e.data().set_field(0, Some(self.new_str(name)));
        e
    }

    /// Whether `e` is an instance of exception class `ty` (or a subclass).
    pub fn exc_matches(&self, e: &Exc, ty: &TypeRef) -> bool {
        self.type_of(&e.0).is_subtype_of(ty)
    }

    pub fn memory_error(&self) -> Exc {
        self.new_exception_args(&self.exc.MemoryError, vec![])
    }
}
