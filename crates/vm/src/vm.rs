//! The virtual machine: its heap, builtin types, interned names, modules and thread state.

use dashu_int::IBig;

use crate::builtin_types::{BuiltinTypes, BUILTIN_TYPE_TABLE};
use crate::exceptions::{ExceptionTypes, EXCEPTION_TABLE};
use crate::heap::Heap;
use crate::interp::frame::{DataStack, FrameStack};
use crate::kinds::Kind;
use crate::names::{Names, NAME_LIST};
use crate::object::{alloc, PyRef, TypeRef};
use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::object::ObjectData;
use crate::objects::str::StrData;
use crate::types::{type_flags, TypeData};
use crate::value::Value;

/// A raised Python exception (an instance of a BaseException subclass).
#[derive(Clone, Debug)]
pub struct Exc(pub Value);

impl Exc {
    pub fn value(&self) -> &Value {
        &self.0
    }
    pub fn data(&self) -> &ExceptionData {
        self.0
            .downcast::<ExceptionData>()
            .expect("Exc holds an exception instance")
    }
}

pub type PyResult<T = Value> = Result<T, Exc>;

/// Settings fixed when the VM is made (from the command line or an embedder).
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub optimize: i32,
    pub isolated: bool,
    pub ignore_environment: bool,
    pub verbose: u32,
    pub x_options: Vec<(String, Option<String>)>,
    pub stdlib: Option<String>,
    pub executable: String,
    pub int_max_str_digits: usize,
}

pub struct Vm {
    pub heap: Box<Heap>,
    /// Stack addresses known to leave room for native recursion (`stack_guard`).
    pub stack_window: crate::stack_guard::StackWindow,
    pub types: BuiltinTypes,
    pub exc: ExceptionTypes,
    pub names: Names,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// The one-character ASCII strs, made (interned) on first use: iterating or indexing a
    /// str yields them without a hash-table lookup.
    pub ascii_chars: Box<[Option<Value>; 128]>,
    /// Hashed with FxHash: `intern` runs on every `getattr(o, name)` whose name is not
    /// interned yet and on every special-method call a slot makes, and SipHash cost more
    /// than the rest of such a call.
    interned: rustc_hash::FxHashMap<Box<str>, PyRef<StrData>>,
    /// The builtins module's namespace.
    pub builtins: PyRef<DictData>,
    pub builtins_module: Value,
    /// The original `builtins.__import__`, so IMPORT_NAME can skip calling it.
    pub builtins_import: Value,
    pub sys_module: Value,
    /// `sys.UnraisableHookArgs`, made the first time a custom `sys.unraisablehook` is called.
    pub unraisable_hook_args: Option<TypeRef>,
    /// `sys.modules`.
    pub modules: PyRef<DictData>,
    pub frames: FrameStack,
    pub data_stack: DataStack,
    /// The exception being handled, per running generator on top of the thread's own.
    pub exc_stack: Vec<Option<Value>>,
    pub recursion_limit: usize,
    /// Python frames plus native re-entries currently active.
    pub depth: usize,
    pub config: Config,
    /// Whether opcode execution counting is on (`-X opcode-stats`), and the counts.
    pub opcode_counts: Option<Box<[u64; 256]>>,
    /// When instructions get specialized (`-X specialize=off|eager`).
    pub specialize: crate::interp::specialize::Mode,
    pub int_max_str_digits: usize,
    /// The importer and compiler state (see `import.rs`).
    pub import_state: crate::import::ImportState,
    /// Set by the signal handler; checked where the eval breaker is.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Set when `eval::run` left because its entry frame yielded rather than returned.
    pub yielded: bool,
    /// Why an instruction handler left the dispatch loop (`interp::eval::EXIT`).
    pub(crate) dispatch_exit:
        Option<Result<crate::interp::eval::Exit, crate::interp::eval::Unwind>>,
    pub gc_state: crate::gc::GcState,
    /// Warnings already shown (file, line, message): the default filter's "once per location".
    pub warned: Vec<(String, i32, String)>,
    /// Reprs in progress (for `[...]` on self-containing containers).
    pub repr_stack: Vec<usize>,
    /// `sys.set_asyncgen_hooks`.
    pub asyncgen_hooks: crate::objects::generator::AsyncGenHooks,
}

impl Drop for Vm {
    fn drop(&mut self) {
        // The type lookup cache is per thread and holds references to this VM's strings.
        crate::types::clear_lookup_cache();
    }
}

impl Vm {
    pub fn new(config: Config) -> Box<Vm> {
        let heap = Box::new(Heap::default());
        let heap_ptr: *const Heap = &*heap;
        let types = bootstrap_types(heap_ptr);
        let names_vec: Vec<PyRef<StrData>> = NAME_LIST
            .iter()
            .map(|n| {
                let s = alloc(&types.str, StrData::new(*n));
                s.header().make_immortal();
                s.header().set_flag(crate::object::flag::INTERNED);
                s
            })
            .collect();
        let mut interned = rustc_hash::FxHashMap::default();
        for n in &names_vec {
            interned.insert(Box::from(n.as_str()), n.clone());
        }
        let names = Names::from_vec(names_vec);
        let not_implemented = alloc(&types.not_implemented_type, ObjectData).into_value();
        let ellipsis = alloc(&types.ellipsis_type, ObjectData).into_value();
        let empty_tuple = crate::objects::tuple::alloc_tuple(&types.tuple, 0, []);
        let empty_str = alloc(&types.str, StrData::new("")).into_value();
        for v in [&not_implemented, &ellipsis, &empty_tuple, &empty_str] {
            v.header().expect("heap object").make_immortal();
        }
        let builtins = alloc(&types.dict, DictData::new());
        let modules = alloc(&types.dict, DictData::new());
        // Exception types are made after `object`: they are ordinary builtin types.
        let mut exc_types: Vec<TypeRef> = Vec::new();
        for (name, base, _fields) in EXCEPTION_TABLE {
            let base_ty = if *base == "object" {
                types.object.clone()
            } else {
                exc_types
                    .iter()
                    .find(|t| t.name() == *base)
                    .expect("exception base declared first")
                    .clone()
            };
            let t = new_static_type(
                heap_ptr,
                &types.type_,
                name,
                Kind::Exception,
                Some(&base_ty),
                type_flags::BASETYPE | type_flags::EXCEPTION | type_flags::HAS_DICT,
                true,
            );
            exc_types.push(t);
        }
        let exc = ExceptionTypes::from_vec(exc_types);
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        {
            let eg = &exc.ExceptionGroup;
            *eg.bases.borrow_mut() = vec![exc.BaseExceptionGroup.clone(), exc.Exception.clone()];
            *eg.mro.borrow_mut() = vec![
                eg.clone(),
                exc.BaseExceptionGroup.clone(),
                exc.Exception.clone(),
                exc.BaseException.clone(),
                types.object.clone(),
            ];
            exc.Exception.subclasses.borrow_mut().push(eg.ptr());
        }
        let recursion_limit = 1000;
        let mut vm = Box::new(Vm {
            heap,
            stack_window: Default::default(),
            types,
            exc,
            names,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            ascii_chars: Box::new([const { None }; 128]),
            interned,
            builtins_module: Value::NONE,
            builtins_import: Value::NONE,
            sys_module: Value::NONE,
            unraisable_hook_args: None,
            builtins,
            modules,
            frames: FrameStack::with_capacity(256),
            data_stack: DataStack::default(),
            exc_stack: vec![None],
            recursion_limit,
            depth: 0,
            int_max_str_digits: if config.int_max_str_digits == 0 {
                4300
            } else {
                config.int_max_str_digits
            },
            specialize: crate::interp::specialize::Mode::from_x_options(&config.x_options),
            config,
            opcode_counts: None,
            import_state: Default::default(),
            interrupt: Default::default(),
            repr_stack: Vec::new(),
            yielded: false,
            dispatch_exit: None,
            gc_state: Default::default(),
            warned: Vec::new(),
            asyncgen_hooks: Default::default(),
        });
        crate::builtin_impls::init_types(&mut vm);
        crate::builtins_module::init(&mut vm);
        crate::modules::sys::init(&mut vm);
        vm
    }

    // ---- constructors ----

    pub fn intern(&mut self, s: &str) -> PyRef<StrData> {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = alloc(&self.types.str, StrData::new(s));
        v.header().set_flag(crate::object::flag::INTERNED);
        self.interned.insert(Box::from(s), v.clone());
        v
    }

    /// The name an attribute operation uses for the str object `s` (`None` if it is not a
    /// str): its interned copy (itself when it is that copy already). An instance of a str
    /// subclass is used as it is, as CPython interns exact strs only.
    pub fn intern_str(&mut self, s: &Value) -> Option<PyRef<StrData>> {
        let hd = s.header()?;
        if hd.flags() & crate::object::flag::INTERNED != 0
            || !crate::objects::str_ops::is_exact_str(s)
        {
            return s.downcast_ref::<StrData>();
        }
        let text = s.downcast::<StrData>()?;
        Some(self.intern(text.as_str()))
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        let s = s.into();
        if s.is_empty() {
            return self.empty_str.clone();
        }
        alloc(&self.types.str, StrData::new(s)).into_value()
    }

    pub fn new_str_ref(&self, s: impl Into<Box<str>>) -> PyRef<StrData> {
        alloc(&self.types.str, StrData::new(s))
    }

    pub fn new_int(&self, i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => alloc(&self.types.int, IntData(IBig::from(i))).into_value(),
        }
    }

    pub fn new_bigint(&self, i: IBig) -> Value {
        if let Ok(small) = i64::try_from(&i) {
            if let Some(v) = Value::small_int(small) {
                return v;
            }
        }
        alloc(&self.types.int, IntData(i)).into_value()
    }

    pub fn new_float(&self, f: f64) -> Value {
        crate::object::alloc_float(&self.types.float, f)
    }

    /// A tuple of `items`, which may be a vector, an array or any exact-size iterator (the
    /// items go straight into the tuple's own allocation).
    pub fn new_tuple<I>(&self, items: I) -> Value
    where
        I: IntoIterator<Item = Value>,
        I::IntoIter: ExactSizeIterator,
    {
        let items = items.into_iter();
        let n = items.len();
        if n == 0 {
            return self.empty_tuple.clone();
        }
        crate::objects::tuple::alloc_tuple(&self.types.tuple, n, items)
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        alloc(&self.types.list, ListData::new(items)).into_value()
    }

    pub fn new_dict(&self) -> PyRef<DictData> {
        alloc(&self.types.dict, DictData::new())
    }

    /// The type of any value.
    #[inline(always)]
    pub fn type_of(&self, v: &Value) -> TypeRef {
        match v.header() {
            Some(h) => h.type_ref(),
            None => self.immediate_type(v).clone(),
        }
    }

    #[inline(always)]
    fn immediate_type(&self, v: &Value) -> &TypeRef {
        if v.is_small_int() {
            &self.types.int
        } else if v.is_none() {
            &self.types.none_type
        } else {
            &self.types.bool_
        }
    }

    /// The type's data without taking a reference.
    #[inline(always)]
    pub fn type_data_of<'a>(&'a self, v: &'a Value) -> &'a TypeData {
        match v.header() {
            Some(h) => h.type_data(),
            None => self.immediate_type(v),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        self.type_data_of(v).name()
    }
}

/// Makes a type object whose own type is `metatype`, outside any Python class statement.
pub(crate) fn new_static_type(
    heap: *const Heap,
    metatype: &TypeRef,
    name: &str,
    kind: Kind,
    base: Option<&TypeRef>,
    flags: u32,
    gc: bool,
) -> TypeRef {
    let data = TypeData {
        kind,
        basicsize: crate::kinds::payload_size(kind),
        is_gc: gc,
        extension: None,
        heap,
        name: std::cell::RefCell::new(name.to_string()),
        qualname: std::cell::RefCell::new(name.to_string()),
        flags: std::cell::Cell::new(flags | type_flags::IMMUTABLE),
        base: std::cell::RefCell::new(base.cloned()),
        bases: std::cell::RefCell::new(base.into_iter().cloned().collect()),
        mro: std::cell::RefCell::new(Vec::new()),
        dict: DictData::type_namespace(),
        slots: Default::default(),
        version: std::cell::Cell::new(crate::types::fresh_version()),
        has_finalizer: std::cell::Cell::new(false),
        subclasses: Default::default(),
        slot_names: Default::default(),
    };
    let t = alloc(metatype, data);
    t.header().make_immortal();
    finish_static_type(&t, base);
    t
}

fn finish_static_type(t: &TypeRef, base: Option<&TypeRef>) {
    let mut mro = vec![t.clone()];
    if let Some(b) = base {
        mro.extend(b.mro.borrow().iter().cloned());
        b.subclasses.borrow_mut().push(t.ptr());
    }
    *t.mro.borrow_mut() = mro;
}

/// Creates `type` and `object` by hand (each needs the other), then the rest of the table.
fn bootstrap_types(heap: *const Heap) -> BuiltinTypes {
    let type_type = crate::object::bootstrap_type_type(heap);
    let mut made: Vec<TypeRef> = Vec::new();
    for (field, name, kind, base, flags, gc) in BUILTIN_TYPE_TABLE {
        if *field == "type_" {
            // `type` exists already; it still needs its base (`object`) and MRO.
            let object = made[0].clone();
            *type_type.base.borrow_mut() = Some(object.clone());
            *type_type.bases.borrow_mut() = vec![object.clone()];
            finish_static_type(&type_type, Some(&object));
            made.push(type_type.clone());
            continue;
        }
        let base_ty = if *base == "none" {
            None
        } else {
            let i = BUILTIN_TYPE_TABLE
                .iter()
                .position(|e| e.0 == *base)
                .expect("base declared");
            Some(made[i].clone())
        };
        made.push(new_static_type(
            heap,
            &type_type,
            name,
            *kind,
            base_ty.as_ref(),
            *flags,
            *gc,
        ));
    }
    BuiltinTypes::from_vec(made)
}
