//! Decimal digits of a double and CPython's `PyOS_double_to_string`.
//!
//! CPython formats every float through David Gay's `_Py_dg_dtoa` in one of three modes: 0
//! (shortest round-trip digits, for `repr`), 2 (`n` significant digits, for `e` and `g`) and 3
//! (`n` digits after the point, for `f` and `round`). Modes 2 and 3 round the exact binary value
//! half to even. Mode 0 comes from `bytecode::pyrepr::shortest_digits`; modes 2 and 3 are
//! computed here exactly with big integers, which is what Gay's code guarantees and what makes
//! `format(2.675, '.2f') == '2.67'`.

use dashu_int::ops::DivRem;
use dashu_int::UBig;

use crate::FormatError;

/// Digits as `_Py_dg_dtoa` returns them: ASCII digits without trailing zeros and the decimal
/// point position, `|x| == 0.DIGITS × 10**decpt` (rounded). Zero is `("0", 1)`. Mode 3 gives
/// no digits at all when the value rounds to zero, with `decpt == -ndigits`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// `|x| == mantissa × 2**exp` exactly, for finite `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `round_half_even(mantissa × 2**exp × 10**p)`.
fn scaled_round(mantissa: u64, exp: i64, p: i64) -> UBig {
    let mut num = UBig::from(mantissa);
    let mut den = UBig::ONE;
    let pow10 = |n: i64| UBig::from(10u8).pow(usize::try_from(n).unwrap_or(0));
    if p >= 0 {
        num *= pow10(p);
    } else {
        den = pow10(-p);
    }
    let shift = usize::try_from(exp.unsigned_abs()).unwrap_or(0);
    if exp >= 0 {
        num <<= shift;
    } else {
        den <<= shift;
    }
    let (q, r): (UBig, UBig) = num.div_rem(&den);
    let twice = r << 1;
    if twice > den || (twice == den && q.bit(0)) {
        q + UBig::ONE
    } else {
        q
    }
}

fn strip_into_digits(n: &UBig, p: i64) -> Digits {
    let mut text = n.to_string().into_bytes();
    let len = text.len() as i64;
    while text.len() > 1 && text.last() == Some(&b'0') {
        text.pop();
    }
    Digits {
        digits: text,
        decpt: len - p,
    }
}

use dashu_int::ops::BitTest as _;

/// Mode 0: the shortest digits that read back as `x` (finite), ties between equally short
/// candidates going to the closest, then to even, as CPython.
pub fn shortest(x: f64) -> Digits {
    let (digits, decpt) = bytecode::pyrepr::shortest_digits(x);
    Digits {
        digits,
        decpt: i64::from(decpt),
    }
}

/// Digits from Rust's own exact formatting, which rounds the exact binary value half to even
/// as Gay's code does (checked against the big-integer path in the tests) and is several times
/// faster. `text` is `{:.*e}` output ("1.2345e-7").
fn from_rust_exp(text: &str) -> Digits {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits {
        digits,
        decpt: exp.parse::<i64>().unwrap_or(0) + 1,
    }
}

/// `{:.*}` output ("123.4500", "0.0012") as digits; `None` when it is all zeros.
fn from_rust_fixed(text: &str) -> Option<Digits> {
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text, ""));
    let all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let first = all.iter().position(|&d| d != b'0')?;
    let mut digits = all[first..].to_vec();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some(Digits {
        digits,
        decpt: int_part.len() as i64 - first as i64,
    })
}

/// Mode 2: `|x|` (finite) correctly rounded to `n.max(1)` significant digits.
pub fn significant(x: f64, n: usize) -> Digits {
    if x == 0.0 {
        return zero();
    }
    if n <= 17 {
        return from_rust_exp(&format!("{:.*e}", n.max(1) - 1, x));
    }
    significant_exact(x, n)
}

/// [`significant`] by big-integer arithmetic, for any `n`.
fn significant_exact(x: f64, n: usize) -> Digits {
    // An f64 has at most 767 significant decimal digits; asking for more changes nothing.
    let n = n.clamp(1, 800) as i64;
    let (m, e) = decompose(x);
    let bit_len = 64 - i64::from(m.leading_zeros());
    // floor(log10 |x|), possibly one too small; the loop below corrects it.
    let mut k = ((e + bit_len - 1) as f64 * std::f64::consts::LOG10_2).floor() as i64;
    loop {
        let p = n - 1 - k;
        let rounded = scaled_round(m, e, p);
        let len = rounded.to_string().len() as i64;
        if len > n {
            k += 1;
        } else if len < n {
            k -= 1;
        } else {
            return strip_into_digits(&rounded, p);
        }
    }
}

/// Mode 3: `|x|` (finite) correctly rounded to `ndigits` places after the decimal point
/// (`ndigits` may be negative: `-2` rounds to hundreds).
pub fn fixed(x: f64, ndigits: i64) -> Digits {
    if x == 0.0 {
        return zero();
    }
    if (0..=17).contains(&ndigits) && x < 1e17 {
        return from_rust_fixed(&format!("{:.*}", ndigits as usize, x)).unwrap_or(Digits {
            digits: Vec::new(),
            decpt: -ndigits,
        });
    }
    fixed_exact(x, ndigits)
}

/// [`fixed`] by big-integer arithmetic, for any `ndigits`.
fn fixed_exact(x: f64, ndigits: i64) -> Digits {
    // Every f64 is a multiple of 2**-1074, so 1074 places are exact; and every f64 is below
    // 10**309, so rounding to 10**400 always gives zero.
    let p = ndigits.clamp(-400, 1100);
    let (m, e) = decompose(x);
    let rounded = scaled_round(m, e, p);
    if rounded == UBig::ZERO {
        return Digits {
            digits: Vec::new(),
            decpt: ndigits.saturating_neg(),
        };
    }
    strip_into_digits(&rounded, p)
}

fn zero() -> Digits {
    Digits {
        digits: vec![b'0'],
        decpt: 1,
    }
}

/// The `flags` of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: `+` on non-negative values (nan and inf included).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values in non-exponential form get `.0`, and `g` switches to
    /// exponential one digit earlier.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` form (keep the point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0` (3.11's `z`): a negative value that rounds to zero prints unsigned.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(val, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` is repr, `precision` unused). Upper-case codes also upper-case `inf`,
/// `nan` and the exponent marker. The only error is `MemoryError`, for precisions whose
/// output cannot be allocated.
pub fn double_to_string(
    val: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> Result<String, FormatError> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    let negative = val.is_sign_negative();
    if !val.is_finite() {
        // The sign of a NaN is never shown.
        if negative && !val.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return Ok(out);
    }
    let abs = val.abs();
    // Positions are i64: precisions come from a C int, so no sum below can overflow.
    let mut precision = precision.min(i64::MAX as usize / 4) as i64;
    let Digits { digits, mut decpt } = match code {
        'e' => {
            precision += 1;
            significant(abs, precision as usize)
        }
        'f' => fixed(abs, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            significant(abs, precision as usize)
        }
        _ => shortest(abs),
    };
    let digits_len = digits.len() as i64;
    let mut sign = negative;
    if flags.no_neg_0 && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        out.extend(std::iter::repeat_n('0', usize::try_from(n).unwrap_or(0)));
    };
    let size = usize::try_from(vdigits_end - vdigits_start).unwrap_or(usize::MAX);
    out.try_reserve(size.saturating_add(8))
        .map_err(|_| FormatError::memory())?;
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits are ASCII.
    let text = std::str::from_utf8(&digits).unwrap_or_default();
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&text[..split]);
        out.push('.');
        out.push_str(&text[split..]);
    } else {
        out.push_str(text);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(x: &Digits) -> (String, i64) {
        (String::from_utf8_lossy(&x.digits).into_owned(), x.decpt)
    }

    #[test]
    fn modes_round_half_even_on_the_exact_value() {
        assert_eq!(d(&fixed(2.675, 2)), ("267".into(), 1));
        assert_eq!(d(&fixed(0.5, 0)), ("".into(), 0));
        assert_eq!(d(&fixed(1.5, 0)), ("2".into(), 1));
        assert_eq!(d(&fixed(2.5, 0)), ("2".into(), 1));
        assert_eq!(d(&fixed(50.0, -2)), ("".into(), 2));
        assert_eq!(d(&fixed(150.0, -2)), ("2".into(), 3));
        assert_eq!(d(&significant(9.99, 2)), ("1".into(), 2));
        assert_eq!(d(&significant(0.125, 2)), ("12".into(), 0));
        assert_eq!(d(&significant(5e-324, 3)), ("494".into(), -323));
    }

    /// The fast paths through Rust's formatting agree with the exact big-integer rounding,
    /// ties included.
    #[test]
    fn fast_paths_match_exact_rounding() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut values = Vec::new();
        let rounds = if cfg!(debug_assertions) {
            3_000
        } else {
            20_000
        };
        for _ in 0..rounds {
            let x = f64::from_bits(next() >> 1);
            if x.is_finite() && x != 0.0 {
                values.push(x);
            }
            // Values with few binary digits: many sit exactly halfway at some decimal place.
            let small = (next() % 2_000_000) as f64 / f64::from(1u32 << (next() % 20));
            if small != 0.0 {
                values.push(small);
            }
            values.push((next() % 1_000_000) as f64 * 10f64.powi((next() % 40) as i32 - 20));
        }
        for &x in &values {
            for n in 1..=17 {
                assert_eq!(
                    significant(x, n),
                    significant_exact(x, n),
                    "{x:e} to {n} digits"
                );
            }
            if x < 1e17 {
                for nd in 0..=17 {
                    assert_eq!(fixed(x, nd), fixed_exact(x, nd), "{x:e} to {nd} places");
                }
            }
        }
    }

    #[test]
    fn layouts_match_cpython() {
        let f = DtoaFlags::default();
        assert_eq!(double_to_string(1.0, 'e', 0, f), Ok("1e+00".to_string()));
        assert_eq!(
            double_to_string(1e100, 'E', 2, f),
            Ok("1.00E+100".to_string())
        );
        assert_eq!(double_to_string(0.0001, 'f', 2, f), Ok("0.00".to_string()));
        assert_eq!(double_to_string(-0.0, 'g', 6, f), Ok("-0".to_string()));
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(double_to_string(1.0, 'f', 0, alt), Ok("1.".to_string()));
        assert_eq!(double_to_string(1.0, 'g', 3, alt), Ok("1.00".to_string()));
        let dot0 = DtoaFlags {
            add_dot_0: true,
            ..f
        };
        assert_eq!(
            double_to_string(1e16, 'r', 0, dot0),
            Ok("1e+16".to_string())
        );
        assert_eq!(double_to_string(1.0, 'g', 1, dot0), Ok("1e+00".to_string()));
        assert_eq!(
            double_to_string(f64::NEG_INFINITY, 'F', 3, f),
            Ok("-INF".to_string())
        );
    }
}
