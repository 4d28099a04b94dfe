//! The specializer: rewrites a warm base instruction into one of its specialized forms
//! (`specialized.rs`) and fills the inline-cache cells that form reads.
//!
//! Each base instruction that has specialized forms counts down in its instruction word
//! (`Instr::counter`). At zero the dispatch loop calls the function here for its family with
//! the operands it is about to use. The function decides from those operands, without running
//! any Python code, whether a specialized form applies; if so it stores the facts the form's
//! guard will check (a type version, a dict's keys version, a function version) and what the
//! fast path needs (an entry index, a byte offset, a borrowed pointer kept alive by the object
//! the guard checks), then rewrites the opcode. If not, it restarts the countdown (the
//! *backoff*). A specialized instruction whose guard fails runs the base behaviour, and after
//! `Mode::miss_budget` failures turns back into its base instruction.
//!
//! Borrowed pointers in caches are only read after their guard held: a type's version changes
//! whenever its namespace or anything on its MRO changes (`TypeData::modified`), and a dict's
//! keys version whenever a key is added or removed, so the cached object is still held by the
//! namespace it was found in.
//!
//! The cache cells of a family are laid out as below (cell numbers after the instruction):
//!
//! ```text
//! LOAD_GLOBAL_MODULE       0: globals keys version   1: entry index
//! LOAD_GLOBAL_BUILTIN      0: globals keys version   1: builtins keys version  2: entry index
//! LOAD_ATTR_INSTANCE       0..3: up to four `InstanceEntry`s, one per type seen
//! LOAD_ATTR_SLOT           0: type version  1: slot offset
//! LOAD_ATTR_MODULE         0: keys version  1: entry index
//! LOAD_ATTR_CLASS          0: class version  1: value (borrowed)
//! LOAD_ATTR_PROPERTY       0: type version  1: the property (borrowed)  2: getter's version
//! LOAD_ATTR_TYPE_VALUE     0: type version  1: value (borrowed)  2: dict offset or NO_DICT
//! STORE_ATTR_INSTANCE      0..3: up to four `InstanceEntry`s
//! STORE_ATTR_SLOT          0: type version  1: slot offset
//! LOAD_METHOD_INSTANCE     0..9: up to five (`InstanceEntry`, method (borrowed)) pairs
//! LOAD_METHOD_MODULE       0: keys version  1: entry index
//! LOAD_METHOD_CLASS        0: class version  1: value (borrowed)
//! CALL_PY_EXACT_ARGS       (none: the guard reads the callee's parameters)
//! CALL_PY_WITH_DEFAULTS    (none: the guard reads the callee's parameters and defaults)
//! CALL_METHOD_DESCR        0: descriptor (identity)  1: type of `self` (identity)
//! CALL_PY_CLASS            0: class version  1: its `__init__` (borrowed)  2: `__init__`'s
//!                          version  3: argument count
//! ```

use std::cell::Cell;

use bytecode::opcode::Opcode;

use crate::attr::DictSlot;
use crate::interp::instr::{Instr, COUNTER_OFF};
use crate::interp::specialized as sp;
use crate::kinds::Kind;
use crate::object::PyRef;
use crate::objects::code::CodeData;
use crate::objects::descr::{MemberData, PropertyData};
use crate::objects::dict::DictData;
use crate::objects::function::FunctionData;
use crate::objects::module::ModuleData;
use crate::objects::native::{ArgCheck, MethodDescrData, MethodKind};
use crate::objects::str::StrData;
use crate::types::TypeData;
use crate::value::Value;
use crate::vm::Vm;

/// `LOAD_ATTR_TYPE_VALUE`'s dict offset when instances have no dict.
pub const NO_DICT: u64 = u64::MAX;

/// One type's facts in a polymorphic instance-attribute cache, packed in one cell:
/// the type version (bits 0..32), the byte offset of the instance dict pointer (32..48, 0 when
/// instances have no dict) and the entry index where the name was last found in an instance
/// dict (48..64, `NO_HINT` when it was not). Version 0 is never a type's, so a zero cell is a
/// free entry. Sites that see objects of several classes (a method of a base class) keep
/// one entry per class instead of missing on every other object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct InstanceEntry(pub u64);

pub const NO_HINT: u64 = 0xFFFF;

impl InstanceEntry {
    fn new(version: u32, dict_offset: u64, hint: Option<usize>) -> Option<InstanceEntry> {
        let hint = match hint {
            Some(h) if (h as u64) < NO_HINT => h as u64,
            Some(_) => return None,
            None => NO_HINT,
        };
        (dict_offset < 1 << 16).then_some(InstanceEntry(
            version as u64 | dict_offset << 32 | hint << 48,
        ))
    }
    #[inline(always)]
    pub fn version(self) -> u32 {
        self.0 as u32
    }
    #[inline(always)]
    pub fn dict_offset(self) -> usize {
        (self.0 >> 32) as usize & 0xFFFF
    }
    #[inline(always)]
    pub fn hint(self) -> usize {
        (self.0 >> 48) as usize
    }
}

/// Which kind of polymorphic instance cache a cold path is extending.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InstanceCache {
    Load,
    Store,
    Method,
}

/// When instructions are specialized: `-X specialize=off` never, `-X specialize=eager` at
/// the first execution of every instruction (and back to the base form at the first guard
/// failure), the default after a short warm-up. The two options exist so the corpus can run
/// every specialized path and every fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Off,
    Warm,
    Eager,
}

impl Mode {
    pub fn from_x_options(options: &[(String, Option<String>)]) -> Mode {
        let mut mode = Mode::Warm;
        for (name, value) in options {
            if name == "specialize" {
                mode = match value.as_deref() {
                    Some("off") | Some("0") => Mode::Off,
                    Some("eager") => Mode::Eager,
                    _ => Mode::Warm,
                };
            }
        }
        mode
    }

    /// Executions of a base instruction before it is first specialized.
    pub fn initial_counter(self) -> u32 {
        match self {
            Mode::Off => COUNTER_OFF,
            Mode::Warm => 8,
            Mode::Eager => 0,
        }
    }

    /// Executions before trying again after the operands did not fit any specialized form.
    pub fn backoff(self) -> u32 {
        match self {
            Mode::Off => COUNTER_OFF,
            Mode::Warm => 64,
            Mode::Eager => 0,
        }
    }

    /// Guard failures a specialized instruction tolerates before it turns back into its
    /// base instruction (a site that is mostly of one kind stays specialized).
    pub fn miss_budget(self) -> u32 {
        match self {
            Mode::Warm => 50,
            Mode::Off | Mode::Eager => 0,
        }
    }
}

/// Whether base opcode `op` has specialized forms (and so an adaptive counter).
pub fn is_adaptive(op: Opcode) -> bool {
    sp::ALL.iter().any(|&(_, _, family)| family == op)
}

/// The instruction at `here` and its cache cells.
struct Site<'a> {
    word: &'a Cell<u64>,
    cache: &'a [Cell<u64>],
}

impl<'a> Site<'a> {
    fn new(code: &'a CodeData, here: usize) -> Site<'a> {
        let word = &code.instrs[here];
        let family = sp::family(Instr(word.get()).op());
        let n = Opcode::from_u8(family).map_or(0, |o| o.cache_entries());
        let end = (here + 1 + n).min(code.instrs.len());
        Site {
            word,
            cache: &code.instrs[here + 1..end],
        }
    }

    /// Installs specialized form `op` with its cache values; always `true`.
    fn install(&self, vm: &Vm, op: u8, values: &[u64]) -> bool {
        // Cells past `values` are cleared: polymorphic caches read zero as a free entry.
        for (i, cell) in self.cache.iter().enumerate() {
            cell.set(values.get(i).copied().unwrap_or(0));
        }
        let w = Instr(self.word.get());
        self.word
            .set(w.with_op(op).with_counter(vm.specialize.miss_budget()).0);
        true
    }

    /// Restarts the countdown; always `false`.
    fn fail(&self, vm: &Vm) -> bool {
        let w = Instr(self.word.get());
        self.word.set(w.with_counter(vm.specialize.backoff()).0);
        false
    }
}

/// A guard of specialized instruction `word` failed: spend one of its misses, or turn it back
/// into its base instruction when none are left.
#[cold]
#[inline(never)]
pub fn miss(vm: &Vm, word: &Cell<u64>) {
    let w = Instr(word.get());
    let c = w.counter();
    if c == 0 {
        word.set(
            w.with_op(sp::family(w.op()))
                .with_counter(vm.specialize.backoff())
                .0,
        );
    } else {
        word.set(w.with_counter(c - 1).0);
    }
}

/// The word of a value a cache borrows (see `Value::clone_from_raw`).
fn ptr_bits(v: &Value) -> u64 {
    v.raw()
}

/// The type's version, if attribute lookups on its instances are `object.__getattribute__`'s.
fn generic_getattr_type(td: &TypeData) -> bool {
    td.slots
        .getattro
        .get()
        .is_none_or(|f| f as usize == crate::attr::generic_getattr as *const () as usize)
}

fn generic_setattr_type(td: &TypeData) -> bool {
    td.slots
        .setattro
        .get()
        .is_none_or(|f| f as usize == crate::attr::generic_setattr as *const () as usize)
}

fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    vm.type_data_of(d).slots.descr_set.get().is_some()
}

fn has_descr_get(vm: &Vm, d: &Value) -> bool {
    vm.type_data_of(d).slots.descr_get.get().is_some()
}

/// Whether the type of class attribute `d` may still gain `__get__`/`__set__` (a class
/// defined in Python): a cache cannot rely on what kind of descriptor it is then, since that
/// change does not touch the version of the class holding `d`. (CPython's specializer
/// refuses these too.)
fn mutable_descriptor_kind(vm: &Vm, d: &Value) -> bool {
    vm.type_data_of(d)
        .has_flag(crate::types::type_flags::HEAPTYPE)
}

/// Byte offset of an instance's dict pointer, if it is kept in the extension.
fn dict_offset(obj: &Value) -> Option<u64> {
    match crate::attr::dict_slot(obj)? {
        DictSlot::Raw(p) => {
            let base = obj.header_ptr() as usize;
            Some((p as usize - base) as u64)
        }
        _ => None,
    }
}

/// Byte offset of `__slots__` member `m` in `obj`, if `obj` is an instance of its owner.
fn slot_offset(vm: &Vm, obj: &Value, m: &MemberData) -> Option<u64> {
    if !vm.is_instance_of(obj, &m.owner) {
        return None;
    }
    let ext = vm.type_data_of(obj).extension?;
    if m.index >= ext.nslots as usize {
        return None;
    }
    Some(ext.offset as u64 + 8 * (1 + m.index as u64))
}

/// A class whose attribute reads are `type.__getattribute__` with nothing on the metatype
/// that could take `name` first.
fn plain_class(vm: &Vm, cls: &Value, name: &PyRef<StrData>) -> Option<u32> {
    let ty = cls.downcast::<TypeData>()?;
    if !vm.type_of(cls).is(&vm.types.type_) {
        return None;
    }
    if let Some(meta_attr) = vm.types.type_.lookup(name) {
        if is_data_descriptor(vm, &meta_attr) {
            return None;
        }
    }
    Some(ty.version.get())
}

/// A class attribute whose value a read returns as it is: no `__get__`, or a plain function
/// (which `__get__(None, cls)` returns unchanged).
fn unbound_value(vm: &Vm, attr: &Value) -> bool {
    (!has_descr_get(vm, attr) && !mutable_descriptor_kind(vm, attr))
        || attr.downcast::<FunctionData>().is_some()
}

pub fn load_global(
    vm: &Vm,
    code: &CodeData,
    here: usize,
    globals: &DictData,
    builtins: &DictData,
) -> bool {
    let site = Site::new(code, here);
    let name = &code.names[(Instr(site.word.get()).arg() >> 1) as usize];
    if let Some(ix) = globals.index_of_str(name) {
        return site.install(
            vm,
            sp::LOAD_GLOBAL_MODULE,
            &[globals.keys_version() as u64, ix as u64],
        );
    }
    if let Some(ix) = builtins.index_of_str(name) {
        return site.install(
            vm,
            sp::LOAD_GLOBAL_BUILTIN,
            &[
                globals.keys_version() as u64,
                builtins.keys_version() as u64,
                ix as u64,
            ],
        );
    }
    site.fail(vm)
}

/// `LOAD_ATTR` (`method` false) and `LOAD_METHOD` (`method` true) on `obj`.
pub fn load_attr(vm: &Vm, code: &CodeData, here: usize, obj: &Value, method: bool) -> bool {
    let site = Site::new(code, here);
    let name = &code.names[Instr(site.word.get()).arg() as usize];
    let Some(h) = obj.header() else {
        return site.fail(vm);
    };
    // A module's own attribute.
    if h.kind() == Kind::Module && vm.type_of(obj).is(&vm.types.module) {
        let dict = &obj.downcast::<ModuleData>().expect("module").dict;
        if let Some(ix) = dict.index_of_str(name) {
            let op = if method {
                sp::LOAD_METHOD_MODULE
            } else {
                sp::LOAD_ATTR_MODULE
            };
            return site.install(vm, op, &[dict.keys_version() as u64, ix as u64]);
        }
        return site.fail(vm);
    }
    // An attribute of a class itself.
    if h.kind() == Kind::Type {
        if let Some(version) = plain_class(vm, obj, name) {
            let ty = obj.downcast::<TypeData>().expect("type");
            if let Some(attr) = ty.lookup(name) {
                if unbound_value(vm, &attr) {
                    let op = if method {
                        sp::LOAD_METHOD_CLASS
                    } else {
                        sp::LOAD_ATTR_CLASS
                    };
                    return site.install(vm, op, &[version as u64, ptr_bits(&attr)]);
                }
            }
        }
        return site.fail(vm);
    }
    let td = h.type_data();
    if !generic_getattr_type(td) {
        return site.fail(vm);
    }
    let version = td.version.get() as u64;
    let descr = td.lookup(name);
    let offset = dict_offset(obj);
    // A data descriptor wins over the instance dict.
    if let Some(d) = &descr {
        if is_data_descriptor(vm, d) {
            if method {
                return site.fail(vm);
            }
            if let Some(m) = d.downcast::<MemberData>() {
                if let Some(off) = slot_offset(vm, obj, m) {
                    return site.install(vm, sp::LOAD_ATTR_SLOT, &[version, off]);
                }
            }
            if let Some(p) = d
                .downcast::<PropertyData>()
                .filter(|_| d.has_type(&vm.types.property))
            {
                if let Some(fget) = p.fget.borrow().as_ref() {
                    if let Some(func) = fget.downcast::<FunctionData>() {
                        if exact_args(&func.code.borrow(), 1) {
                            return site.install(
                                vm,
                                sp::LOAD_ATTR_PROPERTY,
                                &[version, ptr_bits(d), func.version.get() as u64],
                            );
                        }
                    }
                }
            }
            return site.fail(vm);
        }
    }
    if method {
        return match method_entry(obj, name) {
            Some((entry, m)) => site.install(vm, sp::LOAD_METHOD_INSTANCE, &[entry.0, m]),
            None => site.fail(vm),
        };
    }
    if let Some(entry) = load_entry(vm, obj, name) {
        return site.install(vm, sp::LOAD_ATTR_INSTANCE, &[entry.0]);
    }
    // A plain class attribute (no `__get__`) the instance does not shadow.
    if let Some(d) = &descr {
        let in_dict = crate::attr::dict_slot(obj)
            .and_then(|s| s.get())
            .and_then(|d| {
                d.downcast::<DictData>()
                    .map(|d| d.index_of_str(name).is_some())
            })
            .unwrap_or(false);
        if !has_descr_get(vm, d) && !mutable_descriptor_kind(vm, d) && !in_dict {
            let dict_at = match (offset, crate::attr::dict_slot(obj)) {
                (Some(off), _) => off,
                (None, None) => NO_DICT,
                (None, Some(_)) => return site.fail(vm),
            };
            return site.install(
                vm,
                sp::LOAD_ATTR_TYPE_VALUE,
                &[version, ptr_bits(d), dict_at],
            );
        }
    }
    site.fail(vm)
}

/// The instance's dict, if it has one in its extension, and the entry index of `name` in it.
fn dict_and_hint(obj: &Value, name: &PyRef<StrData>) -> (Option<u64>, Option<usize>) {
    let offset = dict_offset(obj);
    let hint = crate::attr::dict_slot(obj)
        .and_then(|s| s.get())
        .and_then(|d| d.downcast::<DictData>().and_then(|d| d.index_of_str(name)));
    (offset, hint)
}

/// `obj.name` found in the instance dict, with no data descriptor on the type in front.
fn load_entry(vm: &Vm, obj: &Value, name: &PyRef<StrData>) -> Option<InstanceEntry> {
    let td = obj.header()?.type_data();
    let shadowing = |d: Value| is_data_descriptor(vm, &d) || mutable_descriptor_kind(vm, &d);
    if !generic_getattr_type(td) || td.lookup(name).is_some_and(shadowing) {
        return None;
    }
    match dict_and_hint(obj, name) {
        (Some(off), Some(hint)) => InstanceEntry::new(td.version.get(), off, Some(hint)),
        _ => None,
    }
}

/// `obj.name = v` into the instance dict (no data descriptor on the type).
fn store_entry(vm: &Vm, obj: &Value, name: &PyRef<StrData>) -> Option<InstanceEntry> {
    let h = obj.header()?;
    let td = h.type_data();
    let shadowing = |d: Value| is_data_descriptor(vm, &d) || mutable_descriptor_kind(vm, &d);
    if h.kind() == Kind::Type || !generic_setattr_type(td) || td.lookup(name).is_some_and(shadowing)
    {
        return None;
    }
    match dict_and_hint(obj, name) {
        (Some(off), hint) => InstanceEntry::new(td.version.get(), off, hint),
        _ => None,
    }
}

/// `obj.name(...)` where `name` is a function or method descriptor on the type that the
/// instance dict does not shadow: the entry (dict offset 0 when instances have no dict) and
/// the method's word.
fn method_entry(obj: &Value, name: &PyRef<StrData>) -> Option<(InstanceEntry, u64)> {
    let td = obj.header()?.type_data();
    if !generic_getattr_type(td) {
        return None;
    }
    let d = td.lookup(name)?;
    let is_method = d.downcast::<FunctionData>().is_some()
        || d.downcast::<MethodDescrData>()
            .is_some_and(|m| m.kind == MethodKind::Instance);
    if !is_method {
        return None;
    }
    let entry = match (dict_and_hint(obj, name), crate::attr::dict_slot(obj)) {
        ((_, Some(_)), _) => return None,
        ((Some(off), None), _) => InstanceEntry::new(td.version.get(), off, None)?,
        ((None, None), None) => InstanceEntry::new(td.version.get(), 0, None)?,
        // A dict kept in the payload (functions, exceptions): not specialized.
        ((None, None), Some(_)) => return None,
    };
    Some((entry, ptr_bits(&d)))
}

/// A polymorphic instance cache at `here` whose first entry is not for `obj`'s type: the
/// entry for it further on (with the method word after it for `LOAD_METHOD_INSTANCE`, 0
/// otherwise), added if there is none yet; `None` (a miss) when the object does not fit or
/// the cache is full.
#[cold]
#[inline(never)]
pub fn other_instance_entry(
    vm: &Vm,
    code: &CodeData,
    here: usize,
    obj: &Value,
    cache: InstanceCache,
) -> Option<(InstanceEntry, u64)> {
    let version = obj.header()?.type_data().version.get();
    let stride = if cache == InstanceCache::Method { 2 } else { 1 };
    let site = Site::new(code, here);
    let found = site
        .cache
        .chunks_exact(stride)
        .find(|cells| InstanceEntry(cells[0].get()).version() == version);
    let cells = match found {
        Some(cells) => cells,
        None => {
            extend_instance_cache(vm, code, here, obj, cache)?;
            site.cache
                .chunks_exact(stride)
                .find(|cells| InstanceEntry(cells[0].get()).version() == version)?
        }
    };
    let method = if stride == 2 { cells[1].get() } else { 0 };
    Some((InstanceEntry(cells[0].get()), method))
}

/// Adds an entry for `obj`'s type in a free cell of the polymorphic cache at `here` and
/// returns it, or `None` when the object does not fit or the cache is full. Runs once per
/// new type at the site.
fn extend_instance_cache(
    vm: &Vm,
    code: &CodeData,
    here: usize,
    obj: &Value,
    cache: InstanceCache,
) -> Option<InstanceEntry> {
    let site = Site::new(code, here);
    let name = &code.names[Instr(site.word.get()).arg() as usize];
    let (entry, method) = match cache {
        InstanceCache::Load => (load_entry(vm, obj, name)?, None),
        InstanceCache::Store => (store_entry(vm, obj, name)?, None),
        InstanceCache::Method => {
            let (e, m) = method_entry(obj, name)?;
            (e, Some(m))
        }
    };
    let stride = if method.is_some() { 2 } else { 1 };
    let free = site.cache.chunks_exact(stride).find(|cells| {
        cells[0].get() == 0 || InstanceEntry(cells[0].get()).version() == entry.version()
    })?;
    free[0].set(entry.0);
    if let Some(m) = method {
        free[1].set(m);
    }
    Some(entry)
}

pub fn store_attr(vm: &Vm, code: &CodeData, here: usize, obj: &Value) -> bool {
    let site = Site::new(code, here);
    let name = &code.names[Instr(site.word.get()).arg() as usize];
    let Some(h) = obj.header() else {
        return site.fail(vm);
    };
    let td = h.type_data();
    if h.kind() == Kind::Type || !generic_setattr_type(td) {
        return site.fail(vm);
    }
    if let Some(d) = td.lookup(name) {
        if let Some(m) = d.downcast::<MemberData>() {
            if let Some(off) = slot_offset(vm, obj, m) {
                return site.install(vm, sp::STORE_ATTR_SLOT, &[td.version.get() as u64, off]);
            }
        }
    }
    match store_entry(vm, obj, name) {
        Some(entry) => site.install(vm, sp::STORE_ATTR_INSTANCE, &[entry.0]),
        None => site.fail(vm),
    }
}

/// A code object whose frame takes exactly `n` positional arguments and nothing else.
#[inline(always)]
pub fn exact_args(code: &CodeData, n: usize) -> bool {
    code.positional_only_params && code.argcount == n
}

/// A function whose frame takes `n` positional arguments, the missing ones from its
/// defaults, and nothing else.
#[inline(always)]
pub fn args_with_defaults(func: &FunctionData, code: &CodeData, n: usize) -> bool {
    let ndefaults = func
        .defaults
        .borrow()
        .as_ref()
        .and_then(|d| {
            d.downcast::<crate::objects::tuple::TupleData>()
                .map(|t| t.len())
        })
        .unwrap_or(0);
    code.positional_only_params && n < code.argcount && n + ndefaults >= code.argcount
}

/// `CALL` with `total` arguments (self included) after `callable`; `self_type` is the type of
/// the first argument when there is one.
pub fn call(
    vm: &Vm,
    code: &CodeData,
    here: usize,
    callable: &Value,
    total: usize,
    first: Option<&Value>,
    has_kwnames: bool,
) -> bool {
    let site = Site::new(code, here);
    let Some(h) = callable.header() else {
        return site.fail(vm);
    };
    if has_kwnames {
        return site.fail(vm);
    }
    match h.kind() {
        Kind::Function => {
            // Guarded by the shape of the callee's parameters, checked again at each call,
            // not by the function's identity: a site calling many closures of one `def`,
            // or the methods of several classes, stays specialized.
            let func = callable.downcast::<FunctionData>().expect("function");
            let c = func.code.borrow();
            if exact_args(&c, total) {
                return site.install(vm, sp::CALL_PY_EXACT_ARGS, &[]);
            }
            if args_with_defaults(func, &c, total) {
                return site.install(vm, sp::CALL_PY_WITH_DEFAULTS, &[]);
            }
            site.fail(vm)
        }
        Kind::NativeFunction => site.install(vm, sp::CALL_NATIVE, &[]),
        Kind::Type => match python_class_init(vm, callable, total) {
            Some((version, init, init_version)) => site.install(
                vm,
                sp::CALL_PY_CLASS,
                &[version as u64, init, init_version as u64, total as u64],
            ),
            None => site.fail(vm),
        },
        Kind::MethodDescr => {
            let d = callable.downcast::<MethodDescrData>().expect("descr");
            let Some(this) = first else {
                return site.fail(vm);
            };
            let fits = match d.arg_check {
                ArgCheck::NoArgs => total == 1,
                ArgCheck::OneArg => total == 2,
                _ => true,
            };
            if d.kind != MethodKind::Instance || !fits || !vm.is_instance_of(this, &d.owner) {
                return site.fail(vm);
            }
            site.install(
                vm,
                sp::CALL_METHOD_DESCR,
                &[ptr_bits(callable), type_word(vm, this)],
            )
        }
        _ => site.fail(vm),
    }
}

/// A class called to make a plain instance (`object.__new__`, no metaclass) whose
/// `__init__` is a Python function taking exactly the call's arguments: the class version,
/// the `__init__` function's word and its version.
fn python_class_init(vm: &Vm, cls: &Value, total: usize) -> Option<(u32, u64, u32)> {
    let ty = cls.downcast::<TypeData>()?;
    let object_new = crate::builtin_impls::object::object_new as *const () as usize;
    let slot_init = crate::slot_dispatch::slot_init as *const () as usize;
    if !cls.has_type(&vm.types.type_)
        || ty.kind != Kind::Object
        || ty.has_flag(crate::types::type_flags::ABSTRACT)
        || ty.slots.new.get().is_none_or(|f| f as usize != object_new)
        || ty.slots.init.get().is_none_or(|f| f as usize != slot_init)
    {
        return None;
    }
    let init = ty.lookup(&vm.names.__init__)?;
    let func = init.downcast::<FunctionData>()?;
    if !exact_args(&func.code.borrow(), total + 1) {
        return None;
    }
    Some((ty.version.get(), ptr_bits(&init), func.version.get()))
}

pub fn for_iter(vm: &Vm, code: &CodeData, here: usize, it: &Value) -> bool {
    let site = Site::new(code, here);
    let ty = vm.type_of(it);
    let op = if ty.is(&vm.types.range_iterator) {
        sp::FOR_ITER_RANGE
    } else if ty.is(&vm.types.list_iterator) {
        sp::FOR_ITER_LIST
    } else if ty.is(&vm.types.tuple_iterator) {
        sp::FOR_ITER_TUPLE
    } else if ty.is(&vm.types.str_iterator) || ty.is(&vm.types.str_unicode_iterator) {
        sp::FOR_ITER_STR
    } else if ty.is(&vm.types.generator) {
        sp::FOR_ITER_GEN
    } else {
        return site.fail(vm);
    };
    site.install(vm, op, &[])
}

pub fn binary_subscr(
    vm: &Vm,
    code: &CodeData,
    here: usize,
    container: &Value,
    key: &Value,
) -> bool {
    let site = Site::new(code, here);
    let ty = vm.type_of(container);
    if ty.is(&vm.types.list) && key.is_small_int() {
        return site.install(vm, sp::BINARY_SUBSCR_LIST_INT, &[]);
    }
    if ty.is(&vm.types.tuple) && key.is_small_int() {
        return site.install(vm, sp::BINARY_SUBSCR_TUPLE_INT, &[]);
    }
    if ty.is(&vm.types.dict) {
        return site.install(vm, sp::BINARY_SUBSCR_DICT, &[]);
    }
    site.fail(vm)
}

pub fn store_subscr(vm: &Vm, code: &CodeData, here: usize, container: &Value, key: &Value) -> bool {
    let site = Site::new(code, here);
    let ty = vm.type_of(container);
    if ty.is(&vm.types.list) && key.is_small_int() {
        return site.install(vm, sp::STORE_SUBSCR_LIST_INT, &[]);
    }
    if ty.is(&vm.types.dict) {
        return site.install(vm, sp::STORE_SUBSCR_DICT, &[]);
    }
    site.fail(vm)
}

pub fn unpack_sequence(vm: &Vm, code: &CodeData, here: usize, seq: &Value) -> bool {
    let site = Site::new(code, here);
    let n = Instr(site.word.get()).arg();
    let ty = vm.type_of(seq);
    if ty.is(&vm.types.tuple) {
        let op = if n == 2 {
            sp::UNPACK_SEQUENCE_TWO_TUPLE
        } else {
            sp::UNPACK_SEQUENCE_TUPLE
        };
        return site.install(vm, op, &[]);
    }
    if ty.is(&vm.types.list) {
        return site.install(vm, sp::UNPACK_SEQUENCE_LIST, &[]);
    }
    site.fail(vm)
}

pub fn contains_op(vm: &Vm, code: &CodeData, here: usize, container: &Value) -> bool {
    let site = Site::new(code, here);
    let ty = vm.type_of(container);
    if ty.is(&vm.types.dict) {
        return site.install(vm, sp::CONTAINS_OP_DICT, &[]);
    }
    if ty.is(&vm.types.set) || ty.is(&vm.types.frozenset) {
        return site.install(vm, sp::CONTAINS_OP_SET, &[]);
    }
    site.fail(vm)
}

pub fn compare_op(vm: &Vm, code: &CodeData, here: usize, a: &Value, b: &Value) -> bool {
    let site = Site::new(code, here);
    if a.is_small_int() && b.is_small_int() {
        return site.install(vm, sp::COMPARE_OP_INT, &[]);
    }
    if is_exact_float(vm, a) && is_exact_float(vm, b) {
        return site.install(vm, sp::COMPARE_OP_FLOAT, &[]);
    }
    if crate::objects::str_ops::is_exact_str(a) && crate::objects::str_ops::is_exact_str(b) {
        return site.install(vm, sp::COMPARE_OP_STR, &[]);
    }
    site.fail(vm)
}

pub fn binary_op(vm: &Vm, code: &CodeData, here: usize, a: &Value, b: &Value) -> bool {
    let site = Site::new(code, here);
    let arg = Instr(site.word.get()).arg();
    // Add, and, floor-divide, lshift, multiply, remainder, or, rshift, subtract, xor (and
    // their augmented forms); not matrix multiply, power or true division.
    let which = if arg >= 13 { arg - 13 } else { arg };
    let int_op = matches!(which, 0 | 1 | 2 | 3 | 5 | 6 | 7 | 9 | 10 | 12);
    if a.is_small_int() && b.is_small_int() && int_op {
        let form = match which {
            0 => sp::BINARY_OP_ADD_INT,
            10 => sp::BINARY_OP_SUBTRACT_INT,
            _ => sp::BINARY_OP_INT,
        };
        return site.install(vm, form, &[]);
    }
    let float_op = matches!(which, 0 | 5 | 10 | 11);
    if float_op
        && (is_exact_float(vm, a) || is_exact_float(vm, b))
        && (is_exact_float(vm, a) || a.is_small_int())
        && (is_exact_float(vm, b) || b.is_small_int())
    {
        return site.install(vm, sp::BINARY_OP_FLOAT, &[]);
    }
    if which == 0
        && crate::objects::str_ops::is_exact_str(a)
        && crate::objects::str_ops::is_exact_str(b)
    {
        return site.install(vm, sp::BINARY_OP_ADD_STR, &[]);
    }
    site.fail(vm)
}

/// The identity of a value's type, as `CALL_METHOD_DESCR` caches it.
#[inline(always)]
pub fn type_word(vm: &Vm, v: &Value) -> u64 {
    vm.type_data_of(v) as *const TypeData as usize as u64
}

pub fn is_exact_float(vm: &Vm, v: &Value) -> bool {
    v.has_type(&vm.types.float)
}
