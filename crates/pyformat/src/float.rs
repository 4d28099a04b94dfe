//! Float operations whose results Python fixes exactly: `repr`, `round`, `float.hex`,
//! `float.fromhex`, the conversions between `int` and `float`, and `round` of an int.

use dashu_int::ops::{BitTest, DivEuclid, RemEuclid, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

use crate::dtoa;
use crate::FormatError;

/// `repr(x)`: the shortest digits that read back as `x` (`0.1`, `1e+16`, `-0.0`, `inf`, `nan`).
pub fn float_repr(x: f64) -> String {
    let mut out = String::new();
    bytecode::pyrepr::repr_float(x, &mut out);
    out
}

/// `str(x)`, which is `repr(x)` in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `2**k` for `-1022 <= k <= 1023`, exactly.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `q × 2**e`, exact whenever the result is representable (`q < 2**54`, `e >= -1074`).
fn ldexp(q: u64, e: i64) -> f64 {
    let q = q as f64;
    if e < -1022 {
        // Two steps so that no intermediate result is subnormal and loses bits.
        q * pow2(e + 1022) * pow2(-1022)
    } else if e > 1023 {
        q * pow2(e - 1023) * pow2(1023)
    } else {
        q * pow2(e)
    }
}

/// `magnitude` rounded half to even to a multiple of `2**shift` and divided by it.
fn shift_round_half_even(magnitude: &UBig, shift: usize) -> UBig {
    if shift == 0 {
        return magnitude.clone();
    }
    let q: UBig = magnitude >> shift;
    let half = magnitude.bit(shift - 1);
    let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    if half && (sticky || q.bit(0)) {
        q + UBig::ONE
    } else {
        q
    }
}

/// `float(n)` for an int: correctly rounded (half to even); `OverflowError` "int too large
/// to convert to float" when the rounded value does not fit.
pub fn int_to_float(value: &IBig) -> Result<f64, FormatError> {
    let negative = value.sign() == Sign::Negative;
    let magnitude: UBig = value.unsigned_abs();
    let bits = magnitude.bit_len();
    let result = if bits <= 53 {
        u64::try_from(&magnitude).unwrap_or(0) as f64
    } else {
        let shift = bits - 53;
        let q = shift_round_half_even(&magnitude, shift);
        let q = u64::try_from(&q).unwrap_or(u64::MAX);
        // q <= 2**53, so the value is below 2**1024 exactly when q * 2**shift is.
        let top = 64 - u64::from(q.leading_zeros()) as usize + shift;
        if top > 1024 {
            return Err(FormatError::overflow("int too large to convert to float"));
        }
        ldexp(q, shift as i64)
    };
    Ok(if negative { -result } else { result })
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for nan and inf.
pub fn float_to_int(x: f64) -> Result<IBig, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let magnitude = if e >= 0 {
        UBig::from(m) << (e as usize)
    } else if e > -64 {
        UBig::from(m >> (-e) as u32)
    } else {
        UBig::ZERO
    };
    let sign = if x.is_sign_negative() {
        Sign::Negative
    } else {
        Sign::Positive
    };
    Ok(IBig::from_parts(sign, magnitude))
}

/// `round(x)` (no `ndigits`): the nearest integer, halves to even; `ValueError` for nan and
/// `OverflowError` for infinities, as `int(x)`.
pub fn round_float_to_int(x: f64) -> Result<IBig, FormatError> {
    float_to_int(x.round_ties_even())
}

/// `round(x, ndigits)` for a float: CPython rounds the exact binary value half to even at
/// `10**-ndigits` (so `round(2.675, 2) == 2.67`), then reads the decimal result back.
/// `ndigits` is the Python int clipped to the C `Py_ssize_t` range, as CPython does.
/// `OverflowError` "rounded value too large to represent" when the rounded value exceeds the
/// float range (e.g. `round(1.7976931348623157e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these bounds (from CPython) the result is x itself or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = dtoa::fixed(x.abs(), ndigits);
    let digits = String::from_utf8_lossy(&rounded.digits);
    let exp = rounded.decpt - rounded.digits.len() as i64;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}0{digits}e{exp}");
    let value: f64 = text.parse().unwrap_or(f64::NAN);
    if value.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(value)
}

/// `round(n, ndigits)` for an int: `n` itself unless `ndigits` is negative, else the nearest
/// multiple of `10**-ndigits`, halves to even (`round(25, -1) == 20`, `round(35, -1) == 40`).
pub fn round_int(value: &IBig, ndigits: i64) -> IBig {
    if ndigits >= 0 {
        return value.clone();
    }
    // A multiple of 10 beyond twice the value rounds it to zero; skip building 10**huge.
    let digits = value.unsigned_abs().bit_len() as f64 * std::f64::consts::LOG10_2;
    if ndigits.unsigned_abs() as f64 > digits + 2.0 {
        return IBig::ZERO;
    }
    let pow = IBig::from(10u8).pow(ndigits.unsigned_abs() as usize);
    let (q, r) = (value.div_euclid(&pow), value.rem_euclid(&pow));
    let r = IBig::from(r);
    let twice = &r * IBig::from(2u8);
    let q = if twice > pow || (twice == pow && q.bit(0)) {
        q + IBig::ONE
    } else {
        q
    };
    q * pow
}

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{frac:013x}p{exp_sign}{}",
        exp.unsigned_abs()
    )
}

fn hex_value(c: u8) -> Option<u32> {
    char::from(c).to_digit(16)
}

/// `float.fromhex(text)`, rounding half to even. Errors: `ValueError` "invalid hexadecimal
/// floating-point string", `OverflowError` "hexadecimal value too large to represent as a
/// float". Only ASCII whitespace may surround the value (unlike `float()`).
pub fn float_fromhex(text: &str) -> Result<f64, FormatError> {
    let parse_error = || FormatError::value("invalid hexadecimal floating-point string");
    let overflow = || FormatError::overflow("hexadecimal value too large to represent as a float");
    let s = text.as_bytes();
    let mut i = 0;
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let finish = |mut i: usize, x: f64| -> Result<f64, FormatError> {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i == s.len() {
            Ok(x)
        } else {
            Err(parse_error())
        }
    };
    if let Some((x, used)) = parse_inf_or_nan(&s[i..]) {
        return finish(i + used, x);
    }
    let mut negate = false;
    match s.get(i) {
        Some(b'-') => {
            negate = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
    }
    // Coefficient digits, most significant first, and how many follow the point.
    let mut digits: Vec<u32> = Vec::new();
    while let Some(d) = s.get(i).and_then(|&c| hex_value(c)) {
        digits.push(d);
        i += 1;
    }
    let mut fdigits: i64 = 0;
    if s.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = s.get(i).and_then(|&c| hex_value(c)) {
            digits.push(d);
            fdigits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(parse_error());
    }
    let mut exp: i64 = 0;
    if matches!(s.get(i), Some(b'p' | b'P')) {
        i += 1;
        let mut exp_negative = false;
        match s.get(i) {
            Some(b'-') => {
                exp_negative = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return Err(parse_error());
        }
        // strtol saturates; anything that large is an overflow or an underflow anyway.
        while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            exp = exp.saturating_mul(10).saturating_add(i64::from(c - b'0'));
            i += 1;
        }
        if exp_negative {
            exp = -exp;
        }
    }
    let sign = |x: f64| if negate { -x } else { x };
    let first = digits.iter().position(|&d| d != 0);
    let Some(first) = first else {
        return finish(i, sign(0.0));
    };
    if exp < i64::MIN / 2 {
        return finish(i, sign(0.0));
    }
    if exp > i64::MAX / 2 {
        return Err(overflow());
    }
    let digits = &digits[first..];
    let exp = exp - 4 * fdigits;
    let mut coefficient = UBig::ZERO;
    for &d in digits {
        coefficient = (coefficient << 4) + UBig::from(d);
    }
    // One more than the exponent of the most significant bit.
    let top_exp = exp + coefficient.bit_len() as i64;
    if top_exp < -1074 {
        return finish(i, sign(0.0));
    }
    if top_exp > 1024 {
        return Err(overflow());
    }
    // The exponent of the least significant bit the rounded value keeps.
    let lsb = top_exp.max(-1021) - 53;
    let x = if exp >= lsb {
        let q = u64::try_from(&coefficient).unwrap_or(0);
        ldexp(q, exp)
    } else {
        let q = shift_round_half_even(&coefficient, (lsb - exp) as usize);
        let q = u64::try_from(&q).unwrap_or(u64::MAX);
        if lsb + (64 - i64::from(q.leading_zeros())) > 1024 {
            return Err(overflow());
        }
        ldexp(q, lsb)
    };
    finish(i, sign(x))
}

/// CPython's `_Py_parse_inf_or_nan`: optional sign, then `inf`, `infinity` or `nan` in any
/// case. Returns the value and the bytes used.
pub(crate) fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut negate = false;
    match s.first() {
        Some(b'-') => {
            negate = true;
            i = 1;
        }
        Some(b'+') => i = 1,
        _ => {}
    }
    let matches = |at: usize, word: &[u8]| {
        s.len() >= at + word.len() && s[at..at + word.len()].eq_ignore_ascii_case(word)
    };
    let (value, used) = if matches(i, b"inf") {
        if matches(i + 3, b"inity") {
            (f64::INFINITY, i + 8)
        } else {
            (f64::INFINITY, i + 3)
        }
    } else if matches(i, b"nan") {
        (f64::NAN, i + 3)
    } else {
        return None;
    };
    Some((if negate { -value } else { value }, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_samples() {
        assert_eq!(round_float(2.675, 2), Ok(2.67));
        assert_eq!(round_float(0.5, 0), Ok(0.0));
        assert_eq!(round_float(1234.5678, -2), Ok(1200.0));
        assert!(round_float(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_float_to_int(2.5), Ok(IBig::from(2)));
        assert_eq!(round_float_to_int(-3.5), Ok(IBig::from(-4)));
    }

    #[test]
    fn hex_samples() {
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_fromhex("0x1.8p0"), Ok(1.5));
        assert_eq!(float_fromhex(" -0x1p-1074 "), Ok(-5e-324));
        assert!(float_fromhex("0x1p1024").is_err());
    }

    #[test]
    fn int_float_samples() {
        assert_eq!(
            int_to_float(&IBig::from(1u64 << 53 | 1)),
            Ok(9007199254740992.0)
        );
        assert_eq!(float_to_int(-2.9), Ok(IBig::from(-2)));
        let big: IBig = IBig::ONE << 1024;
        assert!(int_to_float(&big).is_err());
    }
}
