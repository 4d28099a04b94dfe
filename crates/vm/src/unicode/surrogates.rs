//! Lone surrogates in `str`.
//!
//! A Python string may hold lone surrogates (U+D800..U+DFFF: `'\ud800'`, text decoded with
//! `surrogateescape`); Rust text may not, and Basilisk's `str` is Rust text. So each lone
//! surrogate is stored as a *stand-in*: the code point 0x10E000 + (surrogate - 0xD800), a
//! block of 2,048 in the middle of plane 16's private use area (away from its edges, such as
//! `sys.maxunicode`, which programs do probe). Everything that turns Python code
//! points into text or back goes through here (`chr`, `ord`, decoders, encoders, `repr`,
//! hashing, ordering, the code loader), so Python code sees surrogates and never the
//! stand-ins. The price: those 2,048 private-use code points cannot be represented
//! themselves; making one raises NotImplementedError rather than turning it into a surrogate.

use crate::vm::{Exc, Vm};

const SURROGATE_FIRST: u32 = 0xD800;
const SURROGATE_LAST: u32 = 0xDFFF;
const STANDIN_FIRST: u32 = 0x10E000;
const STANDIN_LAST: u32 = STANDIN_FIRST + (SURROGATE_LAST - SURROGATE_FIRST);

/// The char that stores Python code point `cp` (which must be below 0x110000), or None for
/// a code point of the reserved range.
#[inline]
pub fn char_for(cp: u32) -> Option<char> {
    if (SURROGATE_FIRST..=SURROGATE_LAST).contains(&cp) {
        char::from_u32(cp - SURROGATE_FIRST + STANDIN_FIRST)
    } else if (STANDIN_FIRST..=STANDIN_LAST).contains(&cp) {
        None
    } else {
        char::from_u32(cp)
    }
}

/// The Python code point a stored char stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    let u = u32::from(c);
    if (STANDIN_FIRST..=STANDIN_LAST).contains(&u) {
        u - STANDIN_FIRST + SURROGATE_FIRST
    } else {
        u
    }
}

/// Whether `c` stands for a lone surrogate.
#[inline]
pub fn is_standin(c: char) -> bool {
    (STANDIN_FIRST..=STANDIN_LAST).contains(&u32::from(c))
}

/// Whether the text holds any stand-in (their UTF-8 form starts F4 8E 80..9F).
#[inline]
pub fn has_standins(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(3)
        .any(|w| w[0] == 0xF4 && w[1] == 0x8E && w[2] <= 0x9F)
}

/// The error for a code point Basilisk's `str` cannot hold.
pub fn unrepresentable(vm: &Vm, cp: u32) -> Exc {
    vm.not_implemented_error(format!(
        "code point U+{cp:X} is not supported: Basilisk's str uses U+10E000..U+10E7FF to hold \
         lone surrogates"
    ))
}

/// Text for Python code points, or the first one that cannot be held.
pub fn text_from_code_points(points: impl IntoIterator<Item = u32>) -> Result<String, u32> {
    let mut out = String::new();
    for cp in points {
        out.push(char_for(cp).ok_or(cp)?);
    }
    Ok(out)
}

/// Stored text for text that may contain real lone surrogates (a marshalled string).
pub fn text_from_pystr(s: &bytecode::PyStr) -> Result<String, u32> {
    if let Some(t) = s.as_str() {
        if !has_standins(t) {
            return Ok(t.to_string());
        }
    }
    text_from_code_points(s.code_points())
}

/// The Python code points of stored text.
pub fn code_points(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.chars().map(code_point)
}

/// The text as a `PyStr` with real surrogates (for `repr` and the encoders of the bytecode
/// crate, which know surrogates).
pub fn to_pystr(text: &str) -> bytecode::PyStr {
    if !has_standins(text) {
        return bytecode::PyStr::new(text);
    }
    let points: Vec<u32> = code_points(text).collect();
    bytecode::PyStr::from_code_points(&points).expect("code points below 0x110000")
}

/// `hash(s)` as CPython computes it over the string's code points, stand-ins included.
pub fn hash_text(text: &str) -> i64 {
    if !has_standins(text) {
        return bytecode::set_order::hash_str_text(text);
    }
    bytecode::set_order::hash_str(&to_pystr(text))
}

/// Code point order of two texts (Rust's order puts stand-ins above every other character).
pub fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    if !has_standins(a) && !has_standins(b) {
        return a.cmp(b);
    }
    code_points(a).cmp(code_points(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_round_trip() {
        for cp in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            let c = char_for(cp).expect("surrogate stand-in");
            assert!(is_standin(c));
            assert_eq!(code_point(c), cp);
        }
        assert_eq!(char_for(0x10E000), None);
        assert_eq!(char_for(0x10E7FF), None);
        assert_eq!(char_for(0x10FFFF), Some('\u{10FFFF}'));
        assert_eq!(char_for(0x41), Some('A'));
        let t: String = [char_for(0xDC80).unwrap(), 'a'].iter().collect();
        assert!(has_standins(&t));
        assert!(!has_standins("\u{10DFFF}\u{10E800}\u{10FFFF}"));
        assert_eq!(compare(&t, "\u{E000}"), std::cmp::Ordering::Less);
    }
}
