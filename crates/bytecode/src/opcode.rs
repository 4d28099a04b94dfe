//! The CPython 3.11 opcode table, declared once.
//!
//! `for_each_opcode!` holds one line per opcode: name, number, inline CACHE entries, argument
//! kind, the stack effect as an expression of `oparg` and `jump` (the same numbers as
//! `dis.stack_effect`), and the CPython stack notation as documentation. Everything else — the
//! `Opcode` enum, decoding, names, the disassembler, and later the quickener, the verifier and the
//! JIT's lowering — is derived from that list by passing a macro to `for_each_opcode!`.
//!
//! `for_each_specialized_opcode!` lists 3.11's specialized instructions with the numbers CPython
//! assigns them (they fill the unused slots in order) and the family (base opcode) each belongs
//! to. They never appear in a `.pyc` CPython writes, but a file may contain them, and `dis` maps
//! them back to their base through this list.

/// What an instruction's argument means, which decides how `dis` shows it and which table it
/// indexes. Mirrors the `has*` lists of 3.11's `opcode` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// The opcode is below `HAVE_ARGUMENT`; its argument byte is ignored.
    None,
    /// A count or flag without a table behind it.
    Plain,
    /// Index into `co_consts` (`hasconst`).
    Const,
    /// Index into `co_names` (`hasname`).
    Name,
    /// `LOAD_GLOBAL`: `co_names[oparg >> 1]`, and the low bit asks for a NULL push first.
    GlobalName,
    /// Index into the fast locals (`haslocal`).
    Local,
    /// Index into `localsplus` naming a cell or free variable (`hasfree`).
    Free,
    /// Relative jump forward by `oparg` code units after the instruction (`hasjrel`).
    JumpForward,
    /// Relative jump backward by `oparg` code units after the instruction (`hasjrel`).
    JumpBackward,
    /// Index into `cmp_op` (`hascompare`).
    Compare,
    /// Index into `_nb_ops`.
    BinaryOp,
    /// `FORMAT_VALUE` conversion and format-spec flags.
    FormatValue,
    /// `MAKE_FUNCTION` flags: defaults, kwdefaults, annotations, closure.
    MakeFunction,
}

/// Invokes `$callback!` with the whole 3.11 opcode list. Each entry reads
/// `NAME = number, caches, ArgKind, |oparg, jump| stack_effect, "stack notation";`.
#[macro_export]
macro_rules! for_each_opcode {
    ($callback:ident) => {
        $callback! {
            CACHE = 0, 0, None, |_o, _j| 0, "inline cache entry; never executed";
            POP_TOP = 1, 0, None, |_o, _j| -1, "(value --)";
            PUSH_NULL = 2, 0, None, |_o, _j| 1, "(-- NULL)";
            NOP = 9, 0, None, |_o, _j| 0, "(--)";
            UNARY_POSITIVE = 10, 0, None, |_o, _j| 0, "(value -- +value)";
            UNARY_NEGATIVE = 11, 0, None, |_o, _j| 0, "(value -- -value)";
            UNARY_NOT = 12, 0, None, |_o, _j| 0, "(value -- not value)";
            UNARY_INVERT = 15, 0, None, |_o, _j| 0, "(value -- ~value)";
            BINARY_SUBSCR = 25, 4, None, |_o, _j| -1, "(container, sub -- container[sub])";
            GET_LEN = 30, 0, None, |_o, _j| 1, "(obj -- obj, len(obj))";
            MATCH_MAPPING = 31, 0, None, |_o, _j| 1, "(subject -- subject, is_mapping)";
            MATCH_SEQUENCE = 32, 0, None, |_o, _j| 1, "(subject -- subject, is_sequence)";
            MATCH_KEYS = 33, 0, None, |_o, _j| 1, "(subject, keys -- subject, keys, values_or_none)";
            PUSH_EXC_INFO = 35, 0, None, |_o, _j| 1, "(exc -- prev_exc, exc)";
            CHECK_EXC_MATCH = 36, 0, None, |_o, _j| 0, "(exc, type -- exc, matched)";
            CHECK_EG_MATCH = 37, 0, None, |_o, _j| 0, "(eg, type -- rest, match)";
            WITH_EXCEPT_START = 49, 0, None, |_o, _j| 1, "(exit, lasti, prev, exc -- exit, lasti, prev, exc, res)";
            GET_AITER = 50, 0, None, |_o, _j| 0, "(obj -- aiter)";
            GET_ANEXT = 51, 0, None, |_o, _j| 1, "(aiter -- aiter, awaitable)";
            BEFORE_ASYNC_WITH = 52, 0, None, |_o, _j| 1, "(mgr -- exit, aenter_awaitable)";
            BEFORE_WITH = 53, 0, None, |_o, _j| 1, "(mgr -- exit, enter_result)";
            END_ASYNC_FOR = 54, 0, None, |_o, _j| -2, "(aiter, exc --)";
            STORE_SUBSCR = 60, 1, None, |_o, _j| -3, "(value, container, sub --)";
            DELETE_SUBSCR = 61, 0, None, |_o, _j| -2, "(container, sub --)";
            GET_ITER = 68, 0, None, |_o, _j| 0, "(iterable -- iter)";
            GET_YIELD_FROM_ITER = 69, 0, None, |_o, _j| 0, "(iterable -- iter)";
            PRINT_EXPR = 70, 0, None, |_o, _j| -1, "(value --)";
            LOAD_BUILD_CLASS = 71, 0, None, |_o, _j| 1, "(-- __build_class__)";
            LOAD_ASSERTION_ERROR = 74, 0, None, |_o, _j| 1, "(-- AssertionError)";
            RETURN_GENERATOR = 75, 0, None, |_o, _j| 0, "(--); turns the frame into a generator";
            LIST_TO_TUPLE = 82, 0, None, |_o, _j| 0, "(list -- tuple)";
            RETURN_VALUE = 83, 0, None, |_o, _j| -1, "(value --); returns value";
            IMPORT_STAR = 84, 0, None, |_o, _j| -1, "(module --)";
            SETUP_ANNOTATIONS = 85, 0, None, |_o, _j| 0, "(--)";
            YIELD_VALUE = 86, 0, None, |_o, _j| 0, "(value -- sent)";
            ASYNC_GEN_WRAP = 87, 0, None, |_o, _j| 0, "(value -- wrapped)";
            PREP_RERAISE_STAR = 88, 0, None, |_o, _j| -1, "(orig, excs -- to_raise)";
            POP_EXCEPT = 89, 0, None, |_o, _j| -1, "(prev_exc --)";
            STORE_NAME = 90, 0, Name, |_o, _j| -1, "(value --); names[oparg] = value";
            DELETE_NAME = 91, 0, Name, |_o, _j| 0, "(--); del names[oparg]";
            UNPACK_SEQUENCE = 92, 1, Plain, |o, _j| o - 1, "(seq -- items[oparg])";
            FOR_ITER = 93, 0, JumpForward, |_o, j| if j { -1 } else { 1 }, "(iter -- iter, next) or (iter --) and jump";
            UNPACK_EX = 94, 0, Plain, |o, _j| (o & 0xFF) + (o >> 8), "(seq -- before, list, after)";
            STORE_ATTR = 95, 4, Name, |_o, _j| -2, "(value, owner --)";
            DELETE_ATTR = 96, 0, Name, |_o, _j| -1, "(owner --)";
            STORE_GLOBAL = 97, 0, Name, |_o, _j| -1, "(value --)";
            DELETE_GLOBAL = 98, 0, Name, |_o, _j| 0, "(--)";
            SWAP = 99, 0, Plain, |_o, _j| 0, "(bottom, ..., top -- top, ..., bottom)";
            LOAD_CONST = 100, 0, Const, |_o, _j| 1, "(-- consts[oparg])";
            LOAD_NAME = 101, 0, Name, |_o, _j| 1, "(-- value)";
            BUILD_TUPLE = 102, 0, Plain, |o, _j| 1 - o, "(items[oparg] -- tuple)";
            BUILD_LIST = 103, 0, Plain, |o, _j| 1 - o, "(items[oparg] -- list)";
            BUILD_SET = 104, 0, Plain, |o, _j| 1 - o, "(items[oparg] -- set)";
            BUILD_MAP = 105, 0, Plain, |o, _j| 1 - 2 * o, "(pairs[2*oparg] -- dict)";
            LOAD_ATTR = 106, 4, Name, |_o, _j| 0, "(owner -- value)";
            COMPARE_OP = 107, 2, Compare, |_o, _j| -1, "(left, right -- result)";
            IMPORT_NAME = 108, 0, Name, |_o, _j| -1, "(level, fromlist -- module)";
            IMPORT_FROM = 109, 0, Name, |_o, _j| 1, "(module -- module, value)";
            JUMP_FORWARD = 110, 0, JumpForward, |_o, _j| 0, "(--)";
            JUMP_IF_FALSE_OR_POP = 111, 0, JumpForward, |_o, j| if j { 0 } else { -1 }, "(cond -- cond) if jumping, else (cond --)";
            JUMP_IF_TRUE_OR_POP = 112, 0, JumpForward, |_o, j| if j { 0 } else { -1 }, "(cond -- cond) if jumping, else (cond --)";
            POP_JUMP_FORWARD_IF_FALSE = 114, 0, JumpForward, |_o, _j| -1, "(cond --)";
            POP_JUMP_FORWARD_IF_TRUE = 115, 0, JumpForward, |_o, _j| -1, "(cond --)";
            LOAD_GLOBAL = 116, 5, GlobalName, |o, _j| 1 + (o & 1), "(-- NULL if oparg & 1, value)";
            IS_OP = 117, 0, Plain, |_o, _j| -1, "(left, right -- bool)";
            CONTAINS_OP = 118, 0, Plain, |_o, _j| -1, "(left, right -- bool)";
            RERAISE = 119, 0, Plain, |_o, _j| -1, "(exc --); with oparg, also restores f_lasti";
            COPY = 120, 0, Plain, |_o, _j| 1, "(item, ... -- item, ..., item)";
            BINARY_OP = 122, 1, BinaryOp, |_o, _j| -1, "(left, right -- result)";
            SEND = 123, 0, JumpForward, |_o, j| if j { -1 } else { 0 }, "(receiver, value -- receiver, result)";
            LOAD_FAST = 124, 0, Local, |_o, _j| 1, "(-- value)";
            STORE_FAST = 125, 0, Local, |_o, _j| -1, "(value --)";
            DELETE_FAST = 126, 0, Local, |_o, _j| 0, "(--)";
            POP_JUMP_FORWARD_IF_NOT_NONE = 128, 0, JumpForward, |_o, _j| -1, "(value --)";
            POP_JUMP_FORWARD_IF_NONE = 129, 0, JumpForward, |_o, _j| -1, "(value --)";
            RAISE_VARARGS = 130, 0, Plain, |o, _j| -o, "(args[oparg] --)";
            GET_AWAITABLE = 131, 0, Plain, |_o, _j| 0, "(iterable -- awaitable)";
            MAKE_FUNCTION = 132, 0, MakeFunction, |o, _j| -((o & 1) + ((o >> 1) & 1) + ((o >> 2) & 1) + ((o >> 3) & 1)), "(defaults?, kwdefaults?, annotations?, closure?, code -- function)";
            BUILD_SLICE = 133, 0, Plain, |o, _j| if o == 3 { -2 } else { -1 }, "(start, stop, step? -- slice)";
            JUMP_BACKWARD_NO_INTERRUPT = 134, 0, JumpBackward, |_o, _j| 0, "(--)";
            MAKE_CELL = 135, 0, Free, |_o, _j| 0, "(--)";
            LOAD_CLOSURE = 136, 0, Free, |_o, _j| 1, "(-- cell)";
            LOAD_DEREF = 137, 0, Free, |_o, _j| 1, "(-- value)";
            STORE_DEREF = 138, 0, Free, |_o, _j| -1, "(value --)";
            DELETE_DEREF = 139, 0, Free, |_o, _j| 0, "(--)";
            JUMP_BACKWARD = 140, 0, JumpBackward, |_o, _j| 0, "(--)";
            CALL_FUNCTION_EX = 142, 0, Plain, |o, _j| -2 - (o & 1), "(func, self_or_null, args, kwargs? -- result)";
            EXTENDED_ARG = 144, 0, Plain, |_o, _j| 0, "(--); prefixes the next argument";
            LIST_APPEND = 145, 0, Plain, |_o, _j| -1, "(list, ..., value -- list, ...)";
            SET_ADD = 146, 0, Plain, |_o, _j| -1, "(set, ..., value -- set, ...)";
            MAP_ADD = 147, 0, Plain, |_o, _j| -2, "(dict, ..., key, value -- dict, ...)";
            LOAD_CLASSDEREF = 148, 0, Free, |_o, _j| 1, "(-- value)";
            COPY_FREE_VARS = 149, 0, Plain, |_o, _j| 0, "(--)";
            RESUME = 151, 0, Plain, |_o, _j| 0, "(--)";
            MATCH_CLASS = 152, 0, Plain, |_o, _j| -2, "(subject, type, names -- attrs_or_none)";
            FORMAT_VALUE = 155, 0, FormatValue, |o, _j| if (o & 0x04) != 0 { -1 } else { 0 }, "(value, spec? -- formatted)";
            BUILD_CONST_KEY_MAP = 156, 0, Plain, |o, _j| -o, "(values[oparg], keys -- dict)";
            BUILD_STRING = 157, 0, Plain, |o, _j| 1 - o, "(pieces[oparg] -- str)";
            LOAD_METHOD = 160, 10, Name, |_o, _j| 1, "(owner -- method_or_NULL, self_or_owner)";
            LIST_EXTEND = 162, 0, Plain, |_o, _j| -1, "(list, ..., iterable -- list, ...)";
            SET_UPDATE = 163, 0, Plain, |_o, _j| -1, "(set, ..., iterable -- set, ...)";
            DICT_MERGE = 164, 0, Plain, |_o, _j| -1, "(dict, ..., mapping -- dict, ...)";
            DICT_UPDATE = 165, 0, Plain, |_o, _j| -1, "(dict, ..., mapping -- dict, ...)";
            PRECALL = 166, 1, Plain, |o, _j| -o, "(method, self, args[oparg] -- ...); CALL completes it";
            CALL = 171, 4, Plain, |_o, _j| -1, "(method, self, ... -- result)";
            KW_NAMES = 172, 0, Const, |_o, _j| 0, "(--); sets the keyword names of the next CALL";
            POP_JUMP_BACKWARD_IF_NOT_NONE = 173, 0, JumpBackward, |_o, _j| -1, "(value --)";
            POP_JUMP_BACKWARD_IF_NONE = 174, 0, JumpBackward, |_o, _j| -1, "(value --)";
            POP_JUMP_BACKWARD_IF_FALSE = 175, 0, JumpBackward, |_o, _j| -1, "(cond --)";
            POP_JUMP_BACKWARD_IF_TRUE = 176, 0, JumpBackward, |_o, _j| -1, "(cond --)";
        }
    };
}

/// Invokes `$callback!` with 3.11's specialized instructions: `NAME = number, BASE;`.
#[macro_export]
macro_rules! for_each_specialized_opcode {
    ($callback:ident) => {
        $callback! {
            BINARY_OP_ADAPTIVE = 3, BINARY_OP;
            BINARY_OP_ADD_FLOAT = 4, BINARY_OP;
            BINARY_OP_ADD_INT = 5, BINARY_OP;
            BINARY_OP_ADD_UNICODE = 6, BINARY_OP;
            BINARY_OP_INPLACE_ADD_UNICODE = 7, BINARY_OP;
            BINARY_OP_MULTIPLY_FLOAT = 8, BINARY_OP;
            BINARY_OP_MULTIPLY_INT = 13, BINARY_OP;
            BINARY_OP_SUBTRACT_FLOAT = 14, BINARY_OP;
            BINARY_OP_SUBTRACT_INT = 16, BINARY_OP;
            BINARY_SUBSCR_ADAPTIVE = 17, BINARY_SUBSCR;
            BINARY_SUBSCR_DICT = 18, BINARY_SUBSCR;
            BINARY_SUBSCR_GETITEM = 19, BINARY_SUBSCR;
            BINARY_SUBSCR_LIST_INT = 20, BINARY_SUBSCR;
            BINARY_SUBSCR_TUPLE_INT = 21, BINARY_SUBSCR;
            CALL_ADAPTIVE = 22, CALL;
            CALL_PY_EXACT_ARGS = 23, CALL;
            CALL_PY_WITH_DEFAULTS = 24, CALL;
            COMPARE_OP_ADAPTIVE = 26, COMPARE_OP;
            COMPARE_OP_FLOAT_JUMP = 27, COMPARE_OP;
            COMPARE_OP_INT_JUMP = 28, COMPARE_OP;
            COMPARE_OP_STR_JUMP = 29, COMPARE_OP;
            EXTENDED_ARG_QUICK = 34, EXTENDED_ARG;
            JUMP_BACKWARD_QUICK = 38, JUMP_BACKWARD;
            LOAD_ATTR_ADAPTIVE = 39, LOAD_ATTR;
            LOAD_ATTR_INSTANCE_VALUE = 40, LOAD_ATTR;
            LOAD_ATTR_MODULE = 41, LOAD_ATTR;
            LOAD_ATTR_SLOT = 42, LOAD_ATTR;
            LOAD_ATTR_WITH_HINT = 43, LOAD_ATTR;
            LOAD_CONST__LOAD_FAST = 44, LOAD_CONST;
            LOAD_FAST__LOAD_CONST = 45, LOAD_FAST;
            LOAD_FAST__LOAD_FAST = 46, LOAD_FAST;
            LOAD_GLOBAL_ADAPTIVE = 47, LOAD_GLOBAL;
            LOAD_GLOBAL_BUILTIN = 48, LOAD_GLOBAL;
            LOAD_GLOBAL_MODULE = 55, LOAD_GLOBAL;
            LOAD_METHOD_ADAPTIVE = 56, LOAD_METHOD;
            LOAD_METHOD_CLASS = 57, LOAD_METHOD;
            LOAD_METHOD_MODULE = 58, LOAD_METHOD;
            LOAD_METHOD_NO_DICT = 59, LOAD_METHOD;
            LOAD_METHOD_WITH_DICT = 62, LOAD_METHOD;
            LOAD_METHOD_WITH_VALUES = 63, LOAD_METHOD;
            PRECALL_ADAPTIVE = 64, PRECALL;
            PRECALL_BOUND_METHOD = 65, PRECALL;
            PRECALL_BUILTIN_CLASS = 66, PRECALL;
            PRECALL_BUILTIN_FAST_WITH_KEYWORDS = 67, PRECALL;
            PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS = 72, PRECALL;
            PRECALL_NO_KW_BUILTIN_FAST = 73, PRECALL;
            PRECALL_NO_KW_BUILTIN_O = 76, PRECALL;
            PRECALL_NO_KW_ISINSTANCE = 77, PRECALL;
            PRECALL_NO_KW_LEN = 78, PRECALL;
            PRECALL_NO_KW_LIST_APPEND = 79, PRECALL;
            PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST = 80, PRECALL;
            PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS = 81, PRECALL;
            PRECALL_NO_KW_METHOD_DESCRIPTOR_O = 113, PRECALL;
            PRECALL_NO_KW_STR_1 = 121, PRECALL;
            PRECALL_NO_KW_TUPLE_1 = 127, PRECALL;
            PRECALL_NO_KW_TYPE_1 = 141, PRECALL;
            PRECALL_PYFUNC = 143, PRECALL;
            RESUME_QUICK = 150, RESUME;
            STORE_ATTR_ADAPTIVE = 153, STORE_ATTR;
            STORE_ATTR_INSTANCE_VALUE = 154, STORE_ATTR;
            STORE_ATTR_SLOT = 158, STORE_ATTR;
            STORE_ATTR_WITH_HINT = 159, STORE_ATTR;
            STORE_FAST__LOAD_FAST = 161, STORE_FAST;
            STORE_FAST__STORE_FAST = 167, STORE_FAST;
            STORE_SUBSCR_ADAPTIVE = 168, STORE_SUBSCR;
            STORE_SUBSCR_DICT = 169, STORE_SUBSCR;
            STORE_SUBSCR_LIST_INT = 170, STORE_SUBSCR;
            UNPACK_SEQUENCE_ADAPTIVE = 177, UNPACK_SEQUENCE;
            UNPACK_SEQUENCE_LIST = 178, UNPACK_SEQUENCE;
            UNPACK_SEQUENCE_TUPLE = 179, UNPACK_SEQUENCE;
            UNPACK_SEQUENCE_TWO_TUPLE = 180, UNPACK_SEQUENCE;
        }
    };
}

/// Opcodes at or above this number take their argument from the second byte.
pub const HAVE_ARGUMENT: u8 = 90;

macro_rules! define_opcode_enum {
    ($($name:ident = $num:literal, $caches:literal, $kind:ident,
       |$o:ident, $j:ident| $effect:expr, $doc:literal;)*) => {
        /// A CPython 3.11 base opcode (one that `compile()` emits).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $(#[doc = $doc] $name = $num,)*
        }

        impl Opcode {
            /// Every base opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            pub const fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// Number of 16-bit inline cache entries that follow the instruction.
            pub const fn cache_entries(self) -> usize {
                match self {
                    $(Opcode::$name => $caches,)*
                }
            }

            pub const fn arg_kind(self) -> ArgKind {
                match self {
                    $(Opcode::$name => ArgKind::$kind,)*
                }
            }

            /// The stack effect, as CPython's `dis.stack_effect(op, oparg, jump=jump)`: the
            /// change in depth after the instruction, on the jumping path if `jump`.
            #[allow(unused_variables, clippy::identity_op)]
            pub const fn stack_effect(self, oparg: i32, jump: bool) -> i32 {
                match self {
                    $(Opcode::$name => { let $o = oparg; let $j = jump; $effect })*
                }
            }

            /// The CPython stack notation of the instruction.
            pub const fn stack_notation(self) -> &'static str {
                match self {
                    $(Opcode::$name => $doc,)*
                }
            }
        }

        const BASE_BY_NUMBER: [Option<Opcode>; 256] = {
            let mut table = [None; 256];
            $(table[$num] = Some(Opcode::$name);)*
            table
        };
    };
}

for_each_opcode!(define_opcode_enum);

macro_rules! define_specialized_table {
    ($($name:ident = $num:literal, $base:ident;)*) => {
        /// A 3.11 specialized instruction: its number, name and family.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Specialized {
            pub number: u8,
            pub name: &'static str,
            pub base: Opcode,
        }

        /// Every specialized instruction, in numeric order.
        pub const SPECIALIZED: &[Specialized] = &[
            $(Specialized { number: $num, name: stringify!($name), base: Opcode::$base },)*
        ];

        const SPECIALIZED_BY_NUMBER: [Option<Specialized>; 256] = {
            let mut table = [None; 256];
            $(table[$num] = Some(Specialized {
                number: $num, name: stringify!($name), base: Opcode::$base,
            });)*
            table
        };
    };
}

for_each_specialized_opcode!(define_specialized_table);

// A specialized instruction and a base opcode never share a number.
const _: () = {
    let mut n = 0;
    while n < 256 {
        assert!(!(BASE_BY_NUMBER[n].is_some() && SPECIALIZED_BY_NUMBER[n].is_some()));
        n += 1;
    }
};

impl Opcode {
    /// The base opcode with this number, if any.
    pub const fn from_u8(number: u8) -> Option<Opcode> {
        BASE_BY_NUMBER[number as usize]
    }

    pub const fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    pub const fn is_jump(self) -> bool {
        matches!(
            self.arg_kind(),
            ArgKind::JumpForward | ArgKind::JumpBackward
        )
    }

    /// Code units the instruction occupies including its caches.
    pub const fn size_in_units(self) -> usize {
        1 + self.cache_entries()
    }
}

/// What a byte in the opcode position means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpcodeByte {
    Base(Opcode),
    Specialized(Specialized),
    /// A number 3.11 does not define (`dis` shows it as `<N>`).
    Unknown(u8),
}

impl OpcodeByte {
    pub const fn decode(number: u8) -> OpcodeByte {
        if let Some(op) = BASE_BY_NUMBER[number as usize] {
            OpcodeByte::Base(op)
        } else if let Some(spec) = SPECIALIZED_BY_NUMBER[number as usize] {
            OpcodeByte::Specialized(spec)
        } else {
            OpcodeByte::Unknown(number)
        }
    }

    /// The base opcode of the family, as CPython's `_PyOpcode_Deopt`.
    pub const fn deopt(self) -> Option<Opcode> {
        match self {
            OpcodeByte::Base(op) => Some(op),
            OpcodeByte::Specialized(spec) => Some(spec.base),
            OpcodeByte::Unknown(_) => None,
        }
    }
}

/// `cmp_op` of 3.11's `opcode` module, indexed by `COMPARE_OP`'s argument.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `_nb_ops` of 3.11's `opcode` module: the symbol `BINARY_OP` shows for each argument.
pub const NB_OPS: [(&str, &str); 26] = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        for spec in SPECIALIZED {
            assert_eq!(OpcodeByte::decode(spec.number).deopt(), Some(spec.base));
        }
        assert_eq!(OpcodeByte::decode(255), OpcodeByte::Unknown(255));
    }

    #[test]
    fn argument_split_matches_have_argument() {
        for &op in Opcode::ALL {
            assert_eq!(
                op.arg_kind() == ArgKind::None,
                !op.has_arg(),
                "{}",
                op.name()
            );
        }
    }
}
