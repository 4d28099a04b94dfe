//! The builtin exception hierarchy, declared once: name, base, and the extra attributes the
//! class carries (stored in `ExceptionData::fields`, in this order, after the base's).

use crate::object::TypeRef;

macro_rules! declare_exceptions {
    ($($name:ident($base:ident) [$($field:literal),*];)*) => {
        #[allow(non_snake_case)]
        pub struct ExceptionTypes {
            $(pub $name: TypeRef,)*
        }

        /// (name, base name, own fields) in creation order (bases first).
        pub const EXCEPTION_TABLE: &[(&str, &str, &[&str])] = &[
            $((stringify!($name), stringify!($base), &[$($field),*]),)*
        ];

        impl ExceptionTypes {
            pub(crate) fn from_vec(mut types: Vec<TypeRef>) -> ExceptionTypes {
                let mut it = types.drain(..);
                ExceptionTypes {
                    $($name: it.next().expect("exception type"),)*
                }
            }

            pub fn all(&self) -> Vec<&TypeRef> {
                vec![$(&self.$name,)*]
            }
        }
    };
}

declare_exceptions! {
    BaseException(object) [];
    BaseExceptionGroup(BaseException) ["message", "exceptions"];
    GeneratorExit(BaseException) [];
    KeyboardInterrupt(BaseException) [];
    SystemExit(BaseException) ["code"];
    Exception(BaseException) [];
    ArithmeticError(Exception) [];
    FloatingPointError(ArithmeticError) [];
    OverflowError(ArithmeticError) [];
    ZeroDivisionError(ArithmeticError) [];
    AssertionError(Exception) [];
    AttributeError(Exception) ["name", "obj"];
    BufferError(Exception) [];
    EOFError(Exception) [];
    ExceptionGroup(BaseExceptionGroup) [];
    ImportError(Exception) ["msg", "name", "path"];
    ModuleNotFoundError(ImportError) [];
    LookupError(Exception) [];
    IndexError(LookupError) [];
    KeyError(LookupError) [];
    MemoryError(Exception) [];
    NameError(Exception) ["name"];
    UnboundLocalError(NameError) [];
    OSError(Exception) ["errno", "strerror", "filename", "filename2"];
    BlockingIOError(OSError) [];
    ChildProcessError(OSError) [];
    ConnectionError(OSError) [];
    BrokenPipeError(ConnectionError) [];
    ConnectionAbortedError(ConnectionError) [];
    ConnectionRefusedError(ConnectionError) [];
    ConnectionResetError(ConnectionError) [];
    FileExistsError(OSError) [];
    FileNotFoundError(OSError) [];
    InterruptedError(OSError) [];
    IsADirectoryError(OSError) [];
    NotADirectoryError(OSError) [];
    PermissionError(OSError) [];
    ProcessLookupError(OSError) [];
    TimeoutError(OSError) [];
    ReferenceError(Exception) [];
    RuntimeError(Exception) [];
    NotImplementedError(RuntimeError) [];
    RecursionError(RuntimeError) [];
    StopAsyncIteration(Exception) [];
    StopIteration(Exception) ["value"];
    SyntaxError(Exception) ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
    IndentationError(SyntaxError) [];
    TabError(IndentationError) [];
    SystemError(Exception) [];
    TypeError(Exception) [];
    ValueError(Exception) [];
    UnicodeError(ValueError) [];
    UnicodeDecodeError(UnicodeError) ["encoding", "object", "start", "end", "reason"];
    UnicodeEncodeError(UnicodeError) ["encoding", "object", "start", "end", "reason"];
    UnicodeTranslateError(UnicodeError) ["encoding", "object", "start", "end", "reason"];
    Warning(Exception) [];
    BytesWarning(Warning) [];
    DeprecationWarning(Warning) [];
    EncodingWarning(Warning) [];
    FutureWarning(Warning) [];
    ImportWarning(Warning) [];
    PendingDeprecationWarning(Warning) [];
    ResourceWarning(Warning) [];
    RuntimeWarning(Warning) [];
    SyntaxWarning(Warning) [];
    UnicodeWarning(Warning) [];
    UserWarning(Warning) [];
}
