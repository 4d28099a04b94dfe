//! Python's Unicode character properties and case mappings (CPython 3.11, Unicode 14.0.0),
//! from tables generated off CPython itself (`scripts/gen_unicode_str.py`). Rust's `char`
//! methods follow another Unicode version and other definitions (`char::is_whitespace` lacks
//! `\x1c`-`\x1f`, `is_numeric` is not `str.isnumeric`, there is no title case or case
//! folding), so `str`'s methods ask here.

mod data;
pub mod surrogates;
mod wide;

use data::*;

pub(crate) use data::{CODECS, NON_TEXT_CODECS, OTHER_CODECS};

/// The property flags of `c` (see `data.rs` for the bits).
#[inline]
fn flags(c: char) -> u16 {
    let cp = u32::from(c);
    let i = match RUN_STARTS.binary_search(&cp) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    RUN_FLAGS[i]
}

#[inline]
fn has(c: char, flag: u16) -> bool {
    flags(c) & flag != 0
}

/// `str.isspace()` of one character: ASCII `\t\n\v\f\r`, `\x1c`-`\x1f`, space, and the
/// Unicode whitespace (bidirectional class WS, B or S, or category Zs).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    has(c, SPACE)
}

/// Categories Lm, Lt, Lu, Ll, Lo.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, ALPHA)
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DECIMAL)
}

/// The value of a decimal digit (`unicodedata.decimal`), `None` for other characters.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = u32::from(c);
    let zero = match DECIMAL_ZEROS.binary_search(&cp) {
        Ok(i) => DECIMAL_ZEROS[i],
        Err(0) => return None,
        Err(i) => DECIMAL_ZEROS[i - 1],
    };
    (cp - zero < 10).then_some(cp - zero)
}

#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DIGIT)
}

#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, NUMERIC)
}

/// `Py_UNICODE_ISALNUM`.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    flags(c) & (ALPHA | DECIMAL | DIGIT | NUMERIC) != 0
}

/// The Lowercase property (`Py_UNICODE_ISLOWER`).
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, LOWER)
}

/// The Uppercase property (`Py_UNICODE_ISUPPER`).
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, UPPER)
}

/// Category Lt (`Py_UNICODE_ISTITLE`).
#[inline]
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, TITLE)
}

/// The Cased property.
#[inline]
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, CASED)
}

/// The Case_Ignorable property.
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    has(c, CASE_IGNORABLE)
}

/// XID_Start (not `_`, which identifiers also may start with).
#[inline]
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, XID_START)
}

#[inline]
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, XID_CONTINUE)
}

/// `str.isprintable()` of one character.
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, PRINTABLE)
}

/// Python's line boundaries (`str.splitlines`): `\n \r \v \f \x1c \x1d \x1e \x85 \u2028
/// \u2029` (`\r\n` is handled by the caller).
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

#[derive(Clone, Copy)]
enum Mapping {
    Upper = 0,
    Lower = 1,
    Title = 2,
    Fold = 3,
}

fn push_mapped(c: char, m: Mapping, out: &mut String) {
    let cp = u32::from(c);
    let Ok(i) = CASE.binary_search_by_key(&cp, |e| e.0) else {
        out.push(c);
        return;
    };
    let v = CASE[i].1[m as usize];
    if v & MULTI != 0 {
        out.push_str(MULTI_STRINGS[(v & !MULTI) as usize]);
    } else {
        out.push(char::from_u32(v).unwrap_or(c));
    }
}

/// The full uppercase mapping of `c` (`'ß'` gives `"SS"`).
#[inline]
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, Mapping::Upper, out);
    }
}

/// The full lowercase mapping of `c`, without the final-sigma rule (see [`push_lower_at`]).
#[inline]
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, Mapping::Lower, out);
    }
}

/// The full titlecase mapping of `c` (`'ǆ'` gives `"ǅ"`, `'ﬁ'` gives `"Fi"`).
#[inline]
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, Mapping::Title, out);
    }
}

/// The full case folding of `c` (`'ß'` gives `"ss"`).
#[inline]
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, Mapping::Fold, out);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// The lowercase of `text[at..]`'s first character `c` in its context: a capital sigma is
/// final (`ς`) when a cased character precedes it and none follows it, case-ignorable
/// characters skipped on both sides (CPython's `handle_capital_sigma`).
pub fn push_lower_at(text: &str, at: usize, c: char, out: &mut String) {
    if c != CAPITAL_SIGMA {
        push_lower(c, out);
        return;
    }
    let before = text[..at].chars().rev().find(|&ch| !is_case_ignorable(ch));
    let after = text[at + c.len_utf8()..]
        .chars()
        .find(|&ch| !is_case_ignorable(ch));
    let is_final = before.is_some_and(is_cased) && !after.is_some_and(is_cased);
    out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
}

/// Whether a terminal shows `c` two columns wide (East Asian Width W or F).
pub fn is_wide(c: char) -> bool {
    let cp = c as u32;
    wide::WIDE_RANGES
        .binary_search_by(|&(a, b)| {
            if b < cp {
                std::cmp::Ordering::Less
            } else if a > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The columns the first `chars` characters of `text` take, wide characters counting two.
pub fn display_width(text: &str, chars: usize) -> usize {
    if text.is_ascii() {
        return chars;
    }
    text.chars()
        .take(chars)
        .map(|c| if is_wide(c) { 2 } else { 1 })
        .sum()
}
