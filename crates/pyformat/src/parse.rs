//! Reading numbers as `int(str, base)` and `float(str)` do, and writing ints as `str(int)`,
//! with CPython 3.11's limit on decimal digits (`sys.set_int_max_str_digits`).
//!
//! Both readers first do what CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` does:
//! every Unicode decimal digit (category Nd, e.g. `'٣'` or `'３'`) becomes its ASCII digit and
//! every non-ASCII whitespace character a space, so `int('١٢')` is 12.

use dashu_int::ops::BitTest;
use dashu_int::{IBig, Sign, UBig};

use crate::float::parse_inf_or_nan;
use crate::unicode_tables::{decimal_value, is_python_space};
use crate::FormatError;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits CPython never checks the limit (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`,
/// also the smallest limit `sys.set_int_max_str_digits` accepts besides 0).
const STR_DIGITS_THRESHOLD: usize = 640;

fn repr(text: &str) -> String {
    let mut out = String::new();
    bytecode::pyrepr::repr_str(&bytecode::PyStr::new(text), &mut out);
    out
}

/// The ASCII text CPython's number readers see: characters below 0x7F kept, Unicode
/// whitespace as `' '`, Unicode decimal digits as ASCII digits; anything else ends the text
/// with a `'?'`, which no reader accepts.
fn to_ascii_digits_and_spaces(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_python_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// `Py_ISSPACE`: the ASCII whitespace C's `isspace` knows.
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// "int() base must be >= 2 and <= 36, or 0" (checked before anything else).
pub fn int_base_error() -> FormatError {
    FormatError::value("int() base must be >= 2 and <= 36, or 0")
}

/// "invalid literal for int() with base 10: 'abc'": the base as given (0 stays 0) and the
/// repr of the original text, cut to 200 characters as CPython's `%.200R` does.
pub fn invalid_int_literal(text: &str, base: i64) -> FormatError {
    let shown: String = repr(text).chars().take(200).collect();
    FormatError::value(format!(
        "invalid literal for int() with base {base}: {shown}"
    ))
}

/// The message of `int(text)` for a text with more decimal digits than the limit.
pub fn int_parse_limit_error(limit: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The message of `str(n)` (and decimal `format`/`%d`) for an int with more digits than the
/// limit.
pub fn str_digits_limit_error(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

/// `int(text, base)` for a `str` argument, as CPython 3.11: surrounding whitespace, a sign,
/// `0b`/`0o`/`0x` prefixes (required to match a base of 2/8/16 when present, chosen by them
/// when `base` is 0, where a leading zero is only allowed for the value zero), single
/// underscores between digits or after the prefix, Unicode decimal digits. `base` is the
/// Python int clipped to the `Py_ssize_t` range. `max_str_digits` is
/// `sys.get_int_max_str_digits()` (0 = unlimited); the limit applies to bases that are not
/// powers of two and is checked before trailing garbage.
pub fn parse_int(text: &str, base: i64, max_str_digits: usize) -> Result<IBig, FormatError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(int_base_error());
    }
    let invalid = || invalid_int_literal(text, base);
    let s = to_ascii_digits_and_spaces(text);
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut radix = base as u32;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // An "old" C-style octal literal: only zero survives.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (radix, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut digits = String::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < radix || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(char::from(s[i]));
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two()
        && digits.len() > STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits.len() > max_str_digits
    {
        return Err(int_parse_limit_error(max_str_digits, digits.len()));
    }
    if i == start {
        return Err(invalid());
    }
    let magnitude = UBig::from_str_radix(&digits, radix).map_err(|_| invalid())?;
    if error_if_nonzero && magnitude != UBig::ZERO {
        return Err(invalid());
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    let sign = if negative {
        Sign::Negative
    } else {
        Sign::Positive
    };
    Ok(IBig::from_parts(sign, magnitude))
}

/// `value` in `radix` (2 to 36), lowercase, `-` for negatives, no prefix. In base 10 the
/// digit limit applies (`max_str_digits`, 0 = unlimited), as for `str(n)`, `format(n, 'd')`
/// and `'%d' % n`.
pub fn int_to_string(
    value: &IBig,
    radix: u32,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if radix == 10 && max_str_digits > 0 {
        // Refuse clearly oversized values before the (superlinear) conversion.
        let bits = value.bit_len();
        if bits > 1 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > max_str_digits as f64 + 1.0 {
            return Err(str_digits_limit_error(max_str_digits));
        }
    }
    let text = value.in_radix(radix.clamp(2, 36) as u8).to_string();
    if radix == 10 && max_str_digits > 0 && text.len() > STR_DIGITS_THRESHOLD {
        let digits = text.len() - usize::from(text.starts_with('-'));
        if digits > max_str_digits {
            return Err(str_digits_limit_error(max_str_digits));
        }
    }
    Ok(text)
}

/// "could not convert string to float: 'x'" with the full repr of the original text.
pub fn float_parse_error(text: &str) -> FormatError {
    FormatError::value(format!("could not convert string to float: {}", repr(text)))
}

/// `float(text)` for a `str` argument, or `None` where CPython raises
/// [`float_parse_error`]: whitespace around, a sign, decimal digits with an optional point
/// and exponent, `inf`/`infinity`/`nan` in any case, single underscores only between digits,
/// Unicode decimal digits; no hex. Correctly rounded; out-of-range values become `±inf` or
/// `±0.0` without error.
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii = to_ascii_digits_and_spaces(text);
    // Underscores are checked and removed first, on the whole text.
    let cleaned: Vec<u8> = if ascii.contains(&b'_') {
        let mut out = Vec::with_capacity(ascii.len());
        let mut prev = 0u8;
        for &c in &ascii {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        out
    } else {
        ascii
    };
    let mut s = &cleaned[..];
    while let [first, rest @ ..] = s {
        if !is_ascii_space(*first) {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !is_ascii_space(*last) {
            break;
        }
        s = rest;
    }
    if s.is_empty() {
        return None;
    }
    if decimal_float_len(s) == Some(s.len()) {
        // Validated above, so this is plain ASCII that Rust's correctly rounded parser reads.
        return std::str::from_utf8(s).ok()?.parse::<f64>().ok();
    }
    match parse_inf_or_nan(s) {
        Some((value, used)) if used == s.len() => Some(value),
        _ => None,
    }
}

/// `float(text)` with CPython's `ValueError` on failure.
pub fn parse_float_or_error(text: &str) -> Result<f64, FormatError> {
    parse_float(text).ok_or_else(|| float_parse_error(text))
}

/// How much of `s` CPython's `_Py_dg_strtod` reads as a decimal number:
/// `[sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]`; an exponent marker without
/// digits is not part of the number.
fn decimal_float_len(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let int_start = i;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut mantissa_digits = i - int_start;
    if s.get(i) == Some(&b'.') {
        i += 1;
        let frac_start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        mantissa_digits += i - frac_start;
    }
    if mantissa_digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_start = j;
        while s.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_samples() {
        assert_eq!(parse_int(" -0x_1f ", 0, 4300), Ok(IBig::from(-31)));
        assert_eq!(parse_int("١٢", 10, 4300), Ok(IBig::from(12)));
        assert!(parse_int("010", 0, 4300).is_err());
        assert_eq!(parse_int("000", 0, 4300), Ok(IBig::ZERO));
        assert_eq!(
            parse_int("abc", 10, 4300).unwrap_err().message,
            "invalid literal for int() with base 10: 'abc'"
        );
    }

    #[test]
    fn float_samples() {
        assert_eq!(parse_float(" 1_000.5e-1 "), Some(100.05));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("1_e5"), None);
        assert_eq!(parse_float("0x1"), None);
    }
}
