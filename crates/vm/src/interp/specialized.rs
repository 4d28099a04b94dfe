//! Basilisk's specialized instructions, declared once.
//!
//! A specialized instruction replaces a base 3.11 instruction in the internal form (see
//! `instr.rs`) once the adaptive counter of that instruction says it is warm and the operands
//! it saw fit the variant; it keeps the base instruction's argument and inline-cache cells,
//! and falls back to the base behaviour whenever its guard fails (see `specialize.rs`).
//! CPython's own specialized numbers (3.11's `_specializations`) never reach the internal
//! form: the quickener maps them back to their base, so these use numbers of their own,
//! above every number 3.11 uses (base or specialized).
//!
//! The `A__B` forms are superinstructions the quickener makes where instruction `A` is
//! followed by `B`: they run both (reading `B`'s argument from the next word, which keeps its
//! own opcode for jumps that land on it) and save a dispatch.
//!
//! Each entry reads `NAME = number, FAMILY;`. The dispatch loop, the specializer, the opcode
//! report (`-X opcode_counts`) and later the JIT lowering all take their names and families
//! from this list.

use bytecode::opcode::Opcode;

macro_rules! for_each_specialized {
    ($callback:ident) => {
        $callback! {
            LOAD_GLOBAL_MODULE = 190, LOAD_GLOBAL;
            LOAD_GLOBAL_BUILTIN = 191, LOAD_GLOBAL;
            LOAD_ATTR_INSTANCE = 192, LOAD_ATTR;
            LOAD_ATTR_SLOT = 193, LOAD_ATTR;
            LOAD_ATTR_MODULE = 194, LOAD_ATTR;
            LOAD_ATTR_CLASS = 195, LOAD_ATTR;
            LOAD_ATTR_PROPERTY = 196, LOAD_ATTR;
            LOAD_ATTR_TYPE_VALUE = 197, LOAD_ATTR;
            STORE_ATTR_INSTANCE = 198, STORE_ATTR;
            STORE_ATTR_SLOT = 199, STORE_ATTR;
            LOAD_METHOD_INSTANCE = 200, LOAD_METHOD;
            LOAD_METHOD_MODULE = 202, LOAD_METHOD;
            LOAD_METHOD_CLASS = 203, LOAD_METHOD;
            CALL_PY_EXACT_ARGS = 204, CALL;
            CALL_PY_WITH_DEFAULTS = 205, CALL;
            CALL_NATIVE = 206, CALL;
            CALL_METHOD_DESCR = 207, CALL;
            CALL_PY_CLASS = 208, CALL;
            FOR_ITER_RANGE = 209, FOR_ITER;
            FOR_ITER_LIST = 210, FOR_ITER;
            FOR_ITER_TUPLE = 211, FOR_ITER;
            FOR_ITER_STR = 233, FOR_ITER;
            FOR_ITER_GEN = 236, FOR_ITER;
            BINARY_SUBSCR_LIST_INT = 212, BINARY_SUBSCR;
            BINARY_SUBSCR_TUPLE_INT = 213, BINARY_SUBSCR;
            BINARY_SUBSCR_DICT = 214, BINARY_SUBSCR;
            STORE_SUBSCR_LIST_INT = 215, STORE_SUBSCR;
            STORE_SUBSCR_DICT = 216, STORE_SUBSCR;
            UNPACK_SEQUENCE_TWO_TUPLE = 217, UNPACK_SEQUENCE;
            UNPACK_SEQUENCE_TUPLE = 218, UNPACK_SEQUENCE;
            UNPACK_SEQUENCE_LIST = 219, UNPACK_SEQUENCE;
            CONTAINS_OP_DICT = 220, CONTAINS_OP;
            CONTAINS_OP_SET = 221, CONTAINS_OP;
            COMPARE_OP_INT = 222, COMPARE_OP;
            COMPARE_OP_FLOAT = 223, COMPARE_OP;
            COMPARE_OP_STR = 224, COMPARE_OP;
            BINARY_OP_INT = 225, BINARY_OP;
            BINARY_OP_FLOAT = 226, BINARY_OP;
            BINARY_OP_ADD_STR = 227, BINARY_OP;
            BINARY_OP_ADD_INT = 234, BINARY_OP;
            BINARY_OP_SUBTRACT_INT = 235, BINARY_OP;
            LOAD_FAST__LOAD_FAST = 228, LOAD_FAST;
            LOAD_FAST__LOAD_CONST = 229, LOAD_FAST;
            LOAD_CONST__LOAD_FAST = 230, LOAD_CONST;
            STORE_FAST__LOAD_FAST = 231, STORE_FAST;
            STORE_FAST__STORE_FAST = 232, STORE_FAST;
        }
    };
}

macro_rules! declare_specialized {
    ($($name:ident = $num:literal, $family:ident;)*) => {
        $(pub const $name: u8 = $num;)*

        /// The base instruction a specialized one stands for (itself for base opcodes).
        #[inline(always)]
        pub fn family(op: u8) -> u8 {
            match op {
                $($num => Opcode::$family as u8,)*
                _ => op,
            }
        }

        /// The name of a specialized instruction, `None` for any other number.
        pub fn name(op: u8) -> Option<&'static str> {
            match op {
                $($num => Some(stringify!($name)),)*
                _ => None,
            }
        }

        /// Every specialized instruction as `(number, name, family)`.
        pub const ALL: &[(u8, &str, Opcode)] = &[$(($num, stringify!($name), Opcode::$family),)*];
    };
}

for_each_specialized!(declare_specialized);

/// The name of any instruction number of the internal form: `FAMILY/NAME` for specialized
/// ones (so reports can fold them into their base), the base name otherwise.
pub fn report_name(op: u8) -> String {
    match name(op) {
        Some(n) => {
            let fam = Opcode::from_u8(family(op)).map_or("?", |o| o.name());
            format!("{fam}/{n}")
        }
        None => match Opcode::from_u8(op) {
            Some(o) => o.name().to_string(),
            None => op.to_string(),
        },
    }
}
