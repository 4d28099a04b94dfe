//! Interned strings the VM itself looks up (special method names and module attributes),
//! created once per VM.

use crate::object::PyRef;
use crate::objects::str::StrData;

macro_rules! declare_names {
    ($($field:ident),* $(,)?) => {
        #[allow(non_snake_case)]
        pub struct Names {
            $(pub $field: PyRef<StrData>,)*
        }

        pub const NAME_LIST: &[&str] = &[$(stringify!($field),)*];

        impl Names {
            pub(crate) fn from_vec(mut v: Vec<PyRef<StrData>>) -> Names {
                let mut it = v.drain(..);
                Names { $($field: it.next().expect("name"),)* }
            }
        }
    };
}

declare_names! {
    __init__, __new__, __name__, __qualname__, __module__, __doc__, __dict__, __class__,
    __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__,
    __call__, __iter__, __next__, __len__, __getitem__, __setitem__, __delitem__,
    __contains__, __bool__, __index__, __int__, __float__, __complex__, __abs__, __neg__,
    __pos__, __invert__, __enter__, __exit__, __aenter__, __aexit__, __await__, __aiter__,
    __anext__, __del__, __slots__, __weakref__, __mro__, __bases__, __base__,
    __init_subclass__, __set_name__, __class_getitem__, __mro_entries__, __prepare__,
    __build_class__, __import__, __file__, __package__, __path__, __spec__, __loader__,
    __builtins__, __all__, __annotations__, __format__, __reversed__, __round__,
    __trunc__, __floor__, __ceil__, __instancecheck__, __subclasscheck__, __missing__,
    __length_hint__, __dir__, __sizeof__, __reduce__, __match_args__, __cached__,
    __traceback__, __cause__, __context__, __notes__, __classcell__, __orig_bases__,
    __abstractmethods__, __main__, __bytes__, __fspath__, __buffer__,
    send, throw, close, keys, items, values, get, append, extend, add, update, write,
    flush, args, mro, builtins, sys, stdout, stderr, stdin, excepthook, __stdout__,
    __stderr__, __stdin__, modules, path, argv, __debug__, exit, code, name, readline,
    metaclass, fileno, isatty, encoding,
}
