//! Marshal's type codes (version 4, as CPython 3.11 writes them), declared once.

macro_rules! type_codes {
    ($($name:ident = $byte:literal, $doc:literal;)*) => {
        /// The first byte of every marshalled object, without `FLAG_REF`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum TypeCode {
            $(#[doc = $doc] $name = $byte,)*
        }

        impl TypeCode {
            pub const fn from_byte(byte: u8) -> Option<TypeCode> {
                match byte {
                    $($byte => Some(TypeCode::$name),)*
                    _ => None,
                }
            }
        }
    };
}

type_codes! {
    Null = b'0', "no object: ends a dict";
    None = b'N', "`None`";
    False = b'F', "`False`";
    True = b'T', "`True`";
    StopIter = b'S', "the `StopIteration` class";
    Ellipsis = b'.', "`...`";
    Int = b'i', "int in 4 bytes, little-endian, signed";
    Int64 = b'I', "int in 8 bytes (only old writers)";
    Float = b'f', "float as text: length byte, then ASCII digits";
    BinaryFloat = b'g', "float as 8 bytes, IEEE 754 little-endian";
    Complex = b'x', "complex as two text floats";
    BinaryComplex = b'y', "complex as two binary floats";
    Long = b'l', "int: signed count of 15-bit digits, then the digits";
    String = b's', "bytes: 4-byte length, then the bytes";
    Interned = b't', "interned str: 4-byte length, then UTF-8 (surrogatepass)";
    Ref = b'r', "back-reference: 4-byte index into the objects flagged so far";
    Tuple = b'(', "tuple: 4-byte count, then the items";
    List = b'[', "list: 4-byte count, then the items";
    Dict = b'{', "dict: key, value pairs ended by a Null key";
    Code = b'c', "code object: its fields in a fixed order";
    Unicode = b'u', "str: 4-byte length, then UTF-8 (surrogatepass)";
    Unknown = b'?', "written for an unmarshallable object; never valid to read";
    Set = b'<', "set: 4-byte count, then the items";
    FrozenSet = b'>', "frozenset: 4-byte count, then the items";
    Ascii = b'a', "str of one-byte characters: 4-byte length";
    AsciiInterned = b'A', "interned `Ascii`";
    SmallTuple = b')', "tuple: 1-byte count, then the items";
    ShortAscii = b'z', "str of one-byte characters: 1-byte length";
    ShortAsciiInterned = b'Z', "interned `ShortAscii`";
}

/// Set on a type code when the object is also appended to the back-reference list.
pub const FLAG_REF: u8 = 0x80;

/// CPython refuses to nest deeper than this (`MAX_MARSHAL_STACK_DEPTH`); so do we, which also
/// bounds our own recursion.
pub const MAX_DEPTH: usize = 2000;
