//! The abstract object protocol (CPython's `abstract.c`/`object.c`): what the interpreter and
//! native code call to operate on any value. Each goes through the type's slots.

use crate::object::{PyRef, TypeRef};
use crate::objects::dict::DictData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::slots::{BinOp, CompareOp, UnaryOp, BINOP_NAMES, INPLACE};
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

impl Vm {
    // ---- text ----

    pub fn repr(&mut self, v: &Value) -> PyResult<PyRef<StrData>> {
        let f = self.type_data_of(v).slots.repr.get();
        let r = match f {
            Some(f) => self.recursive(" while getting the repr of an object", |vm| f(vm, v))?,
            None => return Err(self.type_error("object has no __repr__")),
        };
        match PyRef::<StrData>::try_from_value(r) {
            Ok(s) => Ok(s),
            Err(r) => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.as_str().to_string())
    }

    pub fn str(&mut self, v: &Value) -> PyResult<PyRef<StrData>> {
        if crate::objects::str_ops::is_exact_str(v) {
            return Ok(PyRef::from_value_unchecked(v.clone()));
        }
        let f = self.type_data_of(v).slots.str.get();
        let r = match f {
            Some(f) => self.recursive(" while getting the str of an object", |vm| f(vm, v))?,
            None => return self.repr(v),
        };
        match PyRef::<StrData>::try_from_value(r) {
            Ok(s) => Ok(s),
            Err(r) => Err(self.type_error(format!(
                "__str__ returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.as_str().to_string())
    }

    // ---- hashing and comparison ----

    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(bytecode::set_order::hash_i64(i));
        }
        if let Some(s) = v.downcast::<StrData>() {
            return Ok(s.hash());
        }
        match self.type_data_of(v).slots.hash.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
        }
    }

    /// `a == b` as a bool, with the identity shortcut `PyObject_RichCompareBool` takes.
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.is_true(&r)
    }

    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
        if a.is(b) {
            match op {
                CompareOp::Eq => return Ok(true),
                CompareOp::Ne => return Ok(false),
                _ => {}
            }
        }
        let r = self.rich_compare(a, b, op)?;
        self.is_true(&r)
    }

    /// `do_richcompare`: the reflected operation of a subclass first, then the left operand's,
    /// then the right's; `==`/`!=` fall back to identity.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(Value::from_bool(op.holds(x, y)));
        }
        self.recursive(" in comparison", |vm| vm.rich_compare_inner(a, b, op))
    }

    fn rich_compare_inner(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = ta.slots.richcompare.get();
        let fb = tb.slots.richcompare.get();
        let mut checked_reverse = false;
        if !ta.is(&tb) && tb.is_subtype_of(&ta) {
            if let Some(f) = fb {
                checked_reverse = true;
                let r = f(self, b, a, op.swapped())?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = fa {
            let r = f(self, a, b, op)?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = fb {
                let r = f(self, b, a, op.swapped())?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::from_bool(a.is(b))),
            CompareOp::Ne => Ok(Value::from_bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name(),
                tb.name()
            ))),
        }
    }

    // ---- truth ----

    #[inline]
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        if v.is_true_singleton() {
            return Ok(true);
        }
        if v.is_special() {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        let td = self.type_data_of(v);
        if let Some(f) = td.slots.bool.get() {
            return f(self, v);
        }
        if let Some(f) = td.slots.len.get() {
            return Ok(f(self, v)? != 0);
        }
        Ok(true)
    }

    // ---- arithmetic ----

    /// `binary_op1`: tries the right operand's slot first when its type is a proper subclass
    /// of the left's, then the left, then the right. `NotImplemented` if neither handles it.
    pub fn binary_op1(&mut self, a: &Value, b: &Value, slot: usize) -> PyResult<Value> {
        // Both operands of one type (the common case): only its slot is tried, and no
        // reference to the type is taken.
        let (fa, same) = {
            let (ta, tb) = (self.type_data_of(a), self.type_data_of(b));
            (ta.slots.nb[slot].get(), std::ptr::eq(ta, tb))
        };
        if same {
            if let Some(f) = fa {
                let r = f(self, a, b)?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
            return Ok(self.not_implemented.clone());
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = ta.slots.nb[slot].get();
        let mut fb = if ta.is(&tb) {
            None
        } else {
            tb.slots.nb[slot].get()
        };
        if let (Some(x), Some(y)) = (fa, fb) {
            if x as usize == y as usize {
                fb = None;
            }
        }
        if let Some(f) = fa {
            if let Some(g) = fb {
                if tb.is_subtype_of(&ta) {
                    let r = g(self, a, b)?;
                    if !r.is(&self.not_implemented) {
                        return Ok(r);
                    }
                    fb = None;
                }
            }
            let r = f(self, a, b)?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(g) = fb {
            let r = g(self, a, b)?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        Ok(self.not_implemented.clone())
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let r = self.guard_stack(|vm| vm.binary_op1(a, b, op as usize))?;
        if r.is(&self.not_implemented) {
            if let Some(e) = self.concat_error(a, b, op) {
                return Err(e);
            }
            return Err(self.binop_type_error(a, b, op, false));
        }
        Ok(r)
    }

    /// The builtin sequence whose concatenation `f` is (CPython's `sq_concat`, which is
    /// tried after both operands' number slots).
    pub fn seq_concat_name(&self, f: crate::slots::BinFn) -> Option<&'static str> {
        let add = BinOp::Add as usize;
        [
            (&self.types.list, "list"),
            (&self.types.tuple, "tuple"),
            (&self.types.str, "str"),
        ]
        .iter()
        .find(|(t, _)| {
            t.slots.nb[add]
                .get()
                .is_some_and(|g| g as usize == f as usize)
        })
        .map(|(_, n)| *n)
    }

    /// `seq + x` once no number slot took it: the left sequence's concatenation error.
    pub fn concat_error(&self, a: &Value, b: &Value, op: BinOp) -> Option<Exc> {
        if op != BinOp::Add {
            return None;
        }
        let f = self.type_data_of(a).slots.nb[BinOp::Add as usize].get()?;
        let name = self.seq_concat_name(f)?;
        Some(self.type_error(format!(
            "can only concatenate {name} (not \"{}\") to {name}",
            self.type_name(b)
        )))
    }

    /// `a op= b`: the in-place slot of `a`, then the ordinary operation.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let f = self.type_data_of(a).slots.nb[INPLACE + op as usize].get();
        if let Some(f) = f {
            let r = self.guard_stack(|vm| f(vm, a, b))?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if op == BinOp::Mul && self.inplace_repeat_refused(a, b) {
            return Err(self.binop_type_error(a, b, op, true));
        }
        let r = self.guard_stack(|vm| vm.binary_op1(a, b, op as usize))?;
        if r.is(&self.not_implemented) {
            if let Some(e) = self.concat_error(a, b, op) {
                return Err(e);
            }
            return Err(self.binop_type_error(a, b, op, true));
        }
        Ok(r)
    }

    /// Whether `f` is a builtin sequence's repetition (`list * n`), which CPython implements
    /// as `sq_repeat`/`sq_inplace_repeat` rather than as a number slot.
    pub fn is_seq_repeat(&self, f: crate::slots::BinFn) -> bool {
        let mul = BinOp::Mul as usize;
        [
            &self.types.list,
            &self.types.tuple,
            &self.types.str,
            &self.types.bytes,
            &self.types.bytearray,
        ]
        .iter()
        .any(|t| {
            [mul, INPLACE + mul].iter().any(|&i| {
                t.slots.nb[i]
                    .get()
                    .is_some_and(|g| g as usize == f as usize)
            })
        })
    }

    /// Sequence repetition is a number slot here, but in CPython `a *= seq` tries `seq`'s
    /// `sq_repeat` only when `a`'s type has no sequence methods at all (`{1} *= [1]` is an
    /// unsupported operand, `None *= [1]` a bad repeat count).
    fn inplace_repeat_refused(&self, a: &Value, b: &Value) -> bool {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mul = BinOp::Mul as usize;
        let is_repeat = |f: Option<crate::slots::BinFn>| f.is_some_and(|f| self.is_seq_repeat(f));
        let a_seq = ta.has_flag(crate::types::type_flags::HEAPTYPE)
            || ta.slots.getitem.get().is_some()
            || ta.slots.contains.get().is_some();
        a_seq && ta.slots.nb[mul].get().is_none() && is_repeat(tb.slots.nb[mul].get())
    }

    pub fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> Exc {
        let sym = BINOP_NAMES[op as usize].3;
        let sym = if inplace {
            match op {
                BinOp::Pow => "**=".to_string(),
                _ => format!("{sym}="),
            }
        } else {
            sym.to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    pub fn unary_op(&mut self, v: &Value, op: UnaryOp) -> PyResult<Value> {
        match self.type_data_of(v).slots.unary[op as usize].get() {
            Some(f) => self.guard_stack(|vm| f(vm, v)),
            None => {
                let what = match op {
                    UnaryOp::Neg => "bad operand type for unary -",
                    UnaryOp::Pos => "bad operand type for unary +",
                    UnaryOp::Invert => "bad operand type for unary ~",
                    UnaryOp::Abs => "bad operand type for abs()",
                    _ => "bad operand type",
                };
                Err(self.type_error(format!("{what}: '{}'", self.type_name(v))))
            }
        }
    }

    // ---- attributes ----

    pub fn getattr(&mut self, obj: &Value, name: &PyRef<StrData>) -> PyResult<Value> {
        match self.type_data_of(obj).slots.getattro.get() {
            Some(f) => f(self, obj, name),
            None => crate::attr::generic_getattr(self, obj, name),
        }
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyRef<StrData>) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.exc.AttributeError.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &PyRef<StrData>, v: Value) -> PyResult<()> {
        match self.type_data_of(obj).slots.setattro.get() {
            Some(f) => f(self, obj, name, Some(v)),
            None => crate::attr::generic_setattr(self, obj, name, Some(v)),
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &PyRef<StrData>) -> PyResult<()> {
        match self.type_data_of(obj).slots.setattro.get() {
            Some(f) => f(self, obj, name, None),
            None => crate::attr::generic_setattr(self, obj, name, None),
        }
    }

    /// Looks up a special method on the type (never the instance), binding it.
    pub fn lookup_special(
        &mut self,
        obj: &Value,
        name: &PyRef<StrData>,
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let Some(d) = ty.lookup(name) else {
            return Ok(None);
        };
        self.bind_special(obj, &ty, d).map(Some)
    }

    /// `d`, found on `obj`'s type `ty`, bound to `obj` (its `__get__`, if it has one).
    fn bind_special(&mut self, obj: &Value, ty: &TypeRef, d: Value) -> PyResult<Value> {
        match self.type_data_of(&d).slots.descr_get.get() {
            Some(g) => g(self, &d, Some(obj), ty.as_value()),
            None => Ok(d),
        }
    }

    /// Calls special method `name` of `obj`'s type with `args` (after `obj`).
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &PyRef<StrData>,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        // A builtin method (`int.__format__`, ...) is called with `obj` first, as its bound
        // form would call it, without making the bound form (an allocation per call).
        let ty = self.type_of(obj);
        let Some(d) = ty.lookup(name) else {
            return Ok(None);
        };
        if let Some(md) = d.downcast::<crate::objects::native::MethodDescrData>() {
            if md.kind == crate::objects::native::MethodKind::Instance {
                let r = match args {
                    [] => crate::interp::call::call_method_descr(
                        self,
                        md,
                        Args::positional(std::slice::from_ref(obj)),
                    ),
                    [a] => crate::interp::call::call_method_descr(
                        self,
                        md,
                        Args::positional(&[obj.clone(), a.clone()]),
                    ),
                    _ => {
                        let all: Vec<Value> = std::iter::once(obj.clone())
                            .chain(args.iter().cloned())
                            .collect();
                        crate::interp::call::call_method_descr(self, md, Args::positional(&all))
                    }
                };
                return r.map(Some);
            }
        }
        let m = self.bind_special(obj, &ty, d)?;
        Ok(Some(self.call(&m, Args::positional(args))?))
    }

    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let m = self.getattr(obj, &n)?;
        self.call(&m, Args::positional(args))
    }

    // ---- calls ----

    pub fn call(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        crate::interp::call::call(self, callable, args)
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[]))
    }

    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[a]))
    }

    pub fn call2(&mut self, callable: &Value, a: Value, b: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[a, b]))
    }

    // ---- iteration ----

    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let td = self.type_data_of(v);
        if let Some(f) = td.slots.iter.get() {
            let it = f(self, v)?;
            if self.type_data_of(&it).slots.iternext.get().is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if td.slots.getitem.get().is_some() {
            return Ok(crate::builtin_impls::iterators::seq_iter(self, v.clone()));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// The next item, `None` at the end (StopIteration is absorbed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.type_data_of(it).slots.iternext.get() {
            Some(f) => match f(self, it) {
                Err(e) if self.exc_matches(&e, &self.exc.StopIteration.clone()) => Ok(None),
                r => r,
            },
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// Collects an iterable into a Vec.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = iterable.downcast::<TupleData>() {
            if crate::objects::str_ops::is_exact(self, iterable, &self.types.tuple.clone()) {
                return Ok(t.items().to_vec());
            }
        }
        if let Some(l) = iterable.downcast::<crate::objects::list::ListData>() {
            if crate::objects::str_ops::is_exact(self, iterable, &self.types.list.clone()) {
                return Ok(l.snapshot());
            }
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    // ---- containers ----

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match self.type_data_of(v).slots.len.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(f) = self.type_data_of(obj).slots.getitem.get() {
            return self.guard_stack(|vm| f(vm, obj, key));
        }
        if let Some(t) = obj.downcast::<crate::types::TypeData>() {
            // `list[int]` and user classes with __class_getitem__.
            let _ = t;
            let name = self.names.__class_getitem__.clone();
            if let Some(m) = crate::attr::type_lookup_bound(self, obj, &name)? {
                return self.call1(&m, key.clone());
            }
            if obj.is(self.types.type_.as_value()) {
                return Ok(crate::builtin_impls::generic_alias::new(
                    self,
                    obj.clone(),
                    key,
                ));
            }
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.name())));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        match self.type_data_of(obj).slots.setitem.get() {
            Some(f) => self.guard_stack(|vm| f(vm, obj, key, Some(v))),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.type_data_of(obj).slots.setitem.get() {
            Some(f) => f(self, obj, key, None),
            None => {
                // CPython: types with sequence methods (every class, and builtins such as
                // tuple and str) report through PySequence_DelItem when the key is an
                // index ("doesn't"); the others through PyObject_DelItem ("does not").
                let t = self.type_data_of(obj);
                let seq = t.has_flag(crate::types::type_flags::HEAPTYPE)
                    || t.slots.getitem.get().is_some();
                let is_index = crate::builtin_impls::int::as_int(key).is_some()
                    || self.type_data_of(key).slots.unary[crate::slots::UnaryOp::Index as usize]
                        .get()
                        .is_some();
                let verb = if seq && is_index {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.type_data_of(container).slots.contains.get() {
            return f(self, container, item);
        }
        let td = self.type_data_of(container);
        if td.slots.iter.get().is_none() && td.slots.getitem.get().is_none() {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.eq_bool(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ---- types ----

    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        crate::attr::isinstance(self, v, cls)
    }

    pub fn is_instance_of(&self, v: &Value, ty: &TypeRef) -> bool {
        let t = self.type_data_of(v);
        std::ptr::eq(t, &**ty) || t.mro.borrow().iter().any(|m| m.is(ty))
    }

    pub fn is_str(&self, v: &Value) -> bool {
        v.downcast::<StrData>().is_some()
    }

    pub fn dict_of(v: &Value) -> Option<&DictData> {
        v.downcast::<DictData>()
    }

    // ---- recursion accounting ----
    //
    // CPython counts Python frames and some native entry points against one limit, each with
    // its own wording: calls of builtin functions and of objects with `__call__` (" while
    // calling a Python object"), `repr()`/`str()`, comparisons. Counting the same places the
    // same way gives the same RecursionError at the same depth and message.

    /// Counts a level of recursion; errors past the limit with CPython's `where` text.
    #[inline]
    pub fn enter_recursive(&mut self, where_: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.new_exception(
                &self.exc.RecursionError,
                format!("maximum recursion depth exceeded{where_}"),
            ));
        }
        self.depth += 1;
        Ok(())
    }

    #[inline]
    pub fn leave_recursive(&mut self) {
        self.depth -= 1;
    }

    /// Runs `f` as one counted level of recursion, on a stack grown on demand.
    #[inline]
    pub fn recursive<T>(
        &mut self,
        where_: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_recursive(where_)?;
        let r = self.guard_stack(f);
        self.leave_recursive();
        r
    }

    /// Runs `f` on a stack grown on demand, without counting a level: native code that may
    /// recurse through Python (whose frames are counted) cannot overflow the Rust stack.
    #[inline]
    pub fn guard_stack<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        use crate::stack_guard::{stack_address, RED_ZONE, SEGMENT};
        let sp = stack_address();
        if self.stack_window.contains(sp) {
            return f(self);
        }
        self.stack_window.measure(sp);
        stacker::maybe_grow(RED_ZONE, SEGMENT, || f(self))
    }
}
