//! Unicode facts CPython 3.11 uses when it reads numbers (Unicode 14.0.0), written by
//! `scripts/gen_format_cases.py`; do not edit.

/// First code point of each run of ten decimal digits (category Nd), digit 0 first.
pub(crate) const DECIMAL_RUN_STARTS: [u32; 66] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Non-ASCII code points for which `str.isspace()` is true.
pub(crate) const NON_ASCII_SPACES: [u32; 19] = [
    0x0085, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// The decimal value of `c` if it is a Unicode decimal digit (`str.isdecimal()`).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let cp = u32::from(c);
    if c.is_ascii_digit() {
        return Some(cp - u32::from(b'0'));
    }
    if cp < 0x660 {
        return None;
    }
    let run = match DECIMAL_RUN_STARTS.binary_search(&cp) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let offset = cp - DECIMAL_RUN_STARTS[run];
    (offset < 10).then_some(offset)
}

/// Python's `str.isspace()` for one character: ASCII `\t\n\v\f\r`, `\x1c`-`\x1f`, space,
/// and the non-ASCII spaces above.
pub(crate) fn is_python_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        _ => NON_ASCII_SPACES.binary_search(&u32::from(c)).is_ok(),
    }
}
