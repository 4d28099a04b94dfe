//! Type slots: the native entry points of each protocol, and how Python classes fill them.
//!
//! `SLOT_TABLE` is the one list relating special method names to slots. From it:
//! - a builtin type's filled slots become wrapper descriptors in its namespace
//!   (`add_slot_wrappers`), so `int.__add__` and `list.__len__` exist;
//! - a class defined in Python gets each slot set by `fixup_slots`: the native function when the
//!   special method found along the MRO is a builtin's own wrapper, a generic function that
//!   calls the Python method otherwise, or nothing.

use std::cell::Cell;

use crate::object::{PyRef, TypeRef};
use crate::objects::native::{Args, SlotWrapperData};
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub type UnaryFn = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type BinFn = fn(&mut Vm, &Value, &Value) -> PyResult<Value>;
pub type TernaryFn = fn(&mut Vm, &Value, &Value, &Value) -> PyResult<Value>;
pub type HashFn = fn(&mut Vm, &Value) -> PyResult<i64>;
pub type LenFn = fn(&mut Vm, &Value) -> PyResult<usize>;
pub type BoolFn = fn(&mut Vm, &Value) -> PyResult<bool>;
pub type CmpFn = fn(&mut Vm, &Value, &Value, CompareOp) -> PyResult<Value>;
pub type GetAttrFn = fn(&mut Vm, &Value, &PyRef<StrData>) -> PyResult<Value>;
pub type SetAttrFn = fn(&mut Vm, &Value, &PyRef<StrData>, Option<Value>) -> PyResult<()>;
pub type CallFn = fn(&mut Vm, &Value, Args<'_>) -> PyResult<Value>;
pub type NextFn = fn(&mut Vm, &Value) -> PyResult<Option<Value>>;
pub type DescrGetFn = fn(&mut Vm, &Value, Option<&Value>, &Value) -> PyResult<Value>;
pub type DescrSetFn = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type SetItemFn = fn(&mut Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type ContainsFn = fn(&mut Vm, &Value, &Value) -> PyResult<bool>;
pub type NewFn = fn(&mut Vm, &TypeRef, Args<'_>) -> PyResult<Value>;
pub type InitFn = fn(&mut Vm, &Value, Args<'_>) -> PyResult<()>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_arg(a: u32) -> CompareOp {
        match a {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }
    /// `x op y` for values with a native order (machine ints; floats, whose comparisons
    /// with a NaN are all false but `!=`, as Python's).
    #[inline(always)]
    pub fn holds<T: PartialOrd>(self, x: T, y: T) -> bool {
        // The outcomes (less, equal, greater, unordered) under which each operator holds, a
        // bit each: a table lookup instead of a jump on the operator.
        const HOLDS_WHEN: [u8; 6] = [0b0001, 0b0011, 0b0010, 0b1101, 0b0100, 0b0110];
        let outcome = match x.partial_cmp(&y) {
            Some(std::cmp::Ordering::Less) => 0,
            Some(std::cmp::Ordering::Equal) => 1,
            Some(std::cmp::Ordering::Greater) => 2,
            None => 3,
        };
        let op = match self {
            CompareOp::Lt => 0,
            CompareOp::Le => 1,
            CompareOp::Eq => 2,
            CompareOp::Ne => 3,
            CompareOp::Gt => 4,
            CompareOp::Ge => 5,
        };
        HOLDS_WHEN[op] >> outcome & 1 != 0
    }
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
}

/// The binary operators in `BINARY_OP` argument order (CPython's `_nb_ops`); the in-place
/// forms follow at `INPLACE + op`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    Lshift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    Rshift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

pub const INPLACE: usize = 13;
pub const NB_SLOTS: usize = 26;

/// Per binary operator: dunder, reflected dunder, in-place dunder, symbol.
pub const BINOP_NAMES: [(&str, &str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__", "+"),
    ("__and__", "__rand__", "__iand__", "&"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
    ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    ("__mul__", "__rmul__", "__imul__", "*"),
    ("__mod__", "__rmod__", "__imod__", "%"),
    ("__or__", "__ror__", "__ior__", "|"),
    ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
    ("__rshift__", "__rrshift__", "__irshift__", ">>"),
    ("__sub__", "__rsub__", "__isub__", "-"),
    ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
    ("__xor__", "__rxor__", "__ixor__", "^"),
];

impl BinOp {
    /// The operator numbered `i` (0..13) in `BINARY_OP`'s order. Out-of-range numbers give
    /// `Add`; callers pass valid ones. (No `% 13` here: the dispatch loop inlines this, and the
    /// compiler hoisted that division into every instruction.)
    pub fn from_index(i: usize) -> BinOp {
        const ALL: [BinOp; 13] = [
            BinOp::Add,
            BinOp::And,
            BinOp::FloorDiv,
            BinOp::Lshift,
            BinOp::MatMul,
            BinOp::Mul,
            BinOp::Mod,
            BinOp::Or,
            BinOp::Pow,
            BinOp::Rshift,
            BinOp::Sub,
            BinOp::TrueDiv,
            BinOp::Xor,
        ];
        ALL.get(i).copied().unwrap_or(BinOp::Add)
    }
    pub fn symbol(self) -> &'static str {
        BINOP_NAMES[self as usize].3
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
    Abs = 3,
    Int = 4,
    Float = 5,
    Index = 6,
}

pub const UNARY_NAMES: [&str; 7] = [
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__int__",
    "__float__",
    "__index__",
];

#[derive(Default)]
pub struct Slots {
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub richcompare: Cell<Option<CmpFn>>,
    pub getattro: Cell<Option<GetAttrFn>>,
    pub setattro: Cell<Option<SetAttrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub iternext: Cell<Option<NextFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub new: Cell<Option<NewFn>>,
    pub init: Cell<Option<InitFn>>,
    pub len: Cell<Option<LenFn>>,
    pub getitem: Cell<Option<BinFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
    pub bool: Cell<Option<BoolFn>>,
    pub unary: [Cell<Option<UnaryFn>>; 7],
    pub nb: [Cell<Option<BinFn>>; NB_SLOTS],
    pub divmod: Cell<Option<BinFn>>,
    /// Three-argument `pow(a, b, m)`.
    pub pow3: Cell<Option<TernaryFn>>,
}

/// A native slot function as stored in a wrapper descriptor.
#[derive(Clone, Copy)]
pub enum SlotFn {
    Unary(UnaryFn),
    Binary(BinFn),
    /// Called with the operands swapped (`__radd__`).
    BinaryReflected(BinFn),
    Ternary(TernaryFn),
    TernaryReflected(TernaryFn),
    Hash(HashFn),
    Len(LenFn),
    Bool(BoolFn),
    Compare(CmpFn, CompareOp),
    GetAttr(GetAttrFn),
    SetAttr(SetAttrFn),
    DelAttr(SetAttrFn),
    Call(CallFn),
    Next(NextFn),
    DescrGet(DescrGetFn),
    DescrSet(DescrSetFn),
    DescrDelete(DescrSetFn),
    SetItem(SetItemFn),
    DelItem(SetItemFn),
    Contains(ContainsFn),
    Init(InitFn),
}

impl SlotFn {
    /// The function's address, to recognise a builtin's own wrapper in a subclass.
    pub fn address(&self) -> usize {
        match *self {
            SlotFn::Unary(f) => f as usize,
            SlotFn::Binary(f) | SlotFn::BinaryReflected(f) => f as usize,
            SlotFn::Ternary(f) | SlotFn::TernaryReflected(f) => f as usize,
            SlotFn::Hash(f) => f as usize,
            SlotFn::Len(f) => f as usize,
            SlotFn::Bool(f) => f as usize,
            SlotFn::Compare(f, _) => f as usize,
            SlotFn::GetAttr(f) => f as usize,
            SlotFn::SetAttr(f) | SlotFn::DelAttr(f) => f as usize,
            SlotFn::Call(f) => f as usize,
            SlotFn::Next(f) => f as usize,
            SlotFn::DescrGet(f) => f as usize,
            SlotFn::DescrSet(f) | SlotFn::DescrDelete(f) => f as usize,
            SlotFn::SetItem(f) | SlotFn::DelItem(f) => f as usize,
            SlotFn::Contains(f) => f as usize,
            SlotFn::Init(f) => f as usize,
        }
    }
}

pub use crate::slot_dispatch::{add_slot_wrappers, call_slot_wrapper, fixup_slots};

impl SlotWrapperData {
    pub fn slot(&self) -> SlotFn {
        self.slot
    }
}

/// The truth value `NotImplemented` a slot returns to let the other operand try.
pub fn is_not_implemented(vm: &Vm, v: &Value) -> bool {
    v.is(&vm.not_implemented)
}
