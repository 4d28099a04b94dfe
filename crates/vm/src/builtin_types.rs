//! The builtin types, declared once: field name, Python name, layout, base, flags and
//! whether instances are tracked by the cycle collector. `Vm::new` creates them in this order
//! (bases first) and `BuiltinTypes` gives them names in Rust.

use crate::kinds::Kind;
use crate::object::TypeRef;
use crate::types::type_flags::*;

macro_rules! declare_builtin_types {
    ($($field:ident: $name:literal, $kind:ident, $base:ident, $flags:expr, $gc:literal;)*) => {
        pub struct BuiltinTypes {
            $(pub $field: TypeRef,)*
        }

        /// (field, Python name, layout, base field, flags, gc) for each builtin type.
        pub const BUILTIN_TYPE_TABLE: &[(&str, &str, Kind, &str, u32, bool)] = &[
            $((stringify!($field), $name, Kind::$kind, stringify!($base), $flags, $gc),)*
        ];

        impl BuiltinTypes {
            pub(crate) fn from_vec(mut types: Vec<TypeRef>) -> BuiltinTypes {
                let mut it = types.drain(..);
                BuiltinTypes {
                    $($field: it.next().expect("builtin type"),)*
                }
            }

            pub fn all(&self) -> Vec<&TypeRef> {
                vec![$(&self.$field,)*]
            }
        }
    };
}

const B: u32 = BASETYPE;
const S: u32 = SEQUENCE;
const M: u32 = MAPPING;

declare_builtin_types! {
    object: "object", Object, none, B, false;
    type_: "type", Type, object, B | IS_TYPE | HAS_DICT | WEAKREFABLE, true;
    int: "int", Int, object, B, false;
    bool_: "bool", Int, int, 0, false;
    float: "float", Float, object, B, false;
    complex: "complex", Complex, object, B, false;
    str: "str", Str, object, B, false;
    bytes: "bytes", Bytes, object, B, false;
    bytearray: "bytearray", ByteArray, object, B, false;
    memoryview: "memoryview", MemoryView, object, S | WEAKREFABLE, true;
    tuple: "tuple", Tuple, object, B | S, true;
    list: "list", List, object, B | S, true;
    dict: "dict", Dict, object, B | M, true;
    set: "set", Set, object, B | WEAKREFABLE, true;
    frozenset: "frozenset", Set, object, B | WEAKREFABLE, true;
    none_type: "NoneType", Object, object, 0, false;
    not_implemented_type: "NotImplementedType", Object, object, 0, false;
    ellipsis_type: "ellipsis", Object, object, 0, false;
    function: "function", Function, object, HAS_DICT | WEAKREFABLE, true;
    builtin_function: "builtin_function_or_method", NativeFunction, object, WEAKREFABLE, true;
    method: "method", Method, object, WEAKREFABLE, true;
    method_descriptor: "method_descriptor", MethodDescr, object, 0, true;
    classmethod_descriptor: "classmethod_descriptor", MethodDescr, object, 0, true;
    wrapper_descriptor: "wrapper_descriptor", SlotWrapper, object, 0, true;
    method_wrapper: "method-wrapper", Method, object, 0, true;
    code: "code", Code, object, WEAKREFABLE, false;
    module: "module", Module, object, B | HAS_DICT | WEAKREFABLE, true;
    cell: "cell", Cell, object, 0, true;
    range: "range", Range, object, S, false;
    slice: "slice", Slice, object, 0, true;
    property: "property", Property, object, B, true;
    classmethod: "classmethod", ClassMethod, object, B | HAS_DICT, true;
    staticmethod: "staticmethod", StaticMethod, object, B | HAS_DICT, true;
    super_: "super", Super, object, B, true;
    member_descriptor: "member_descriptor", Member, object, 0, true;
    getset_descriptor: "getset_descriptor", GetSet, object, 0, true;
    mappingproxy: "mappingproxy", MappingProxy, object, M, true;
    dict_keys: "dict_keys", DictView, object, 0, true;
    dict_values: "dict_values", DictView, object, 0, true;
    dict_items: "dict_items", DictView, object, 0, true;
    frame: "frame", Frame, object, 0, true;
    traceback: "traceback", Traceback, object, 0, true;
    weakref: "ReferenceType", WeakRef, object, B, true;
    generator: "generator", Generator, object, WEAKREFABLE, true;
    coroutine: "coroutine", Generator, object, WEAKREFABLE, true;
    async_generator: "async_generator", Generator, object, WEAKREFABLE, true;
    coroutine_wrapper: "coroutine_wrapper", CoroWrapper, object, 0, true;
    async_generator_asend: "async_generator_asend", AsyncGenASend, object, 0, true;
    async_generator_athrow: "async_generator_athrow", AsyncGenAThrow, object, 0, true;
    async_generator_wrapped_value: "async_generator_wrapped_value", AsyncGenWrapped, object, 0, true;
    anext_awaitable: "anext_awaitable", AnextAwaitable, object, 0, true;
    list_iterator: "list_iterator", Iter, object, 0, true;
    list_reverseiterator: "list_reverseiterator", Iter, object, 0, true;
    tuple_iterator: "tuple_iterator", Iter, object, 0, true;
    str_iterator: "str_ascii_iterator", Iter, object, 0, true;
    str_unicode_iterator: "str_iterator", Iter, object, 0, true;
    bytes_iterator: "bytes_iterator", Iter, object, 0, true;
    bytearray_iterator: "bytearray_iterator", Iter, object, 0, true;
    memory_iterator: "memory_iterator", Iter, object, 0, true;
    range_iterator: "range_iterator", Iter, object, 0, true;
    longrange_iterator: "longrange_iterator", Iter, object, 0, true;
    dict_keyiterator: "dict_keyiterator", Iter, object, 0, true;
    dict_valueiterator: "dict_valueiterator", Iter, object, 0, true;
    dict_itemiterator: "dict_itemiterator", Iter, object, 0, true;
    dict_reversekeyiterator: "dict_reversekeyiterator", Iter, object, 0, true;
    set_iterator: "set_iterator", Iter, object, 0, true;
    seq_iterator: "iterator", Iter, object, 0, true;
    callable_iterator: "callable_iterator", Iter, object, 0, true;
    enumerate: "enumerate", Iter, object, B, true;
    zip: "zip", Iter, object, B, true;
    map: "map", Iter, object, B, true;
    filter: "filter", Iter, object, B, true;
    reversed: "reversed", Iter, object, B, true;
    text_io: "TextIOWrapper", File, object, B, false;
    buffered_writer: "BufferedWriter", File, object, B, false;
    union_type: "UnionType", Tuple, object, 0, true;
    generic_alias: "GenericAlias", GenericAlias, object, B, true;
    quitter: "Quitter", Object, object, 0, false;
}
