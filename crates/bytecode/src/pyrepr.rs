//! Python 3.11's `repr()` of the leaf constant types, byte for byte.
//!
//! The disassembler prints constants the way CPython's `dis` does, which is `repr()` of each
//! value, so these functions reproduce CPython's output exactly: the quote choice and escapes of
//! `str` and `bytes`, the shortest round-trip digits and notation switch of `float`, and the
//! peculiar layout of `complex`. Every function appends to `out`.

use std::fmt::Write as _;

use crate::pystr::PyStr;
use crate::unicode_printable::is_printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `\x`, `\u` or `\U` and `width` lowercase hex digits of `value`.
fn push_hex_escape(out: &mut String, marker: char, value: u32, width: u32) {
    out.push('\\');
    out.push(marker);
    for shift in (0..width).rev() {
        let nibble = (value >> (shift * 4)) & 0xF;
        out.push(char::from(HEX[nibble as usize]));
    }
}

/// The quote `repr` uses: `'` unless the text contains `'` and no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Appends the escape for an ASCII code point (below 0x80), as `str` and `bytes` share them.
fn push_ascii(out: &mut String, cp: u32, quote: char) {
    match cp {
        0x5C => out.push_str("\\\\"),
        0x09 => out.push_str("\\t"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x00..=0x1F | 0x7F => push_hex_escape(out, 'x', cp, 2),
        _ => {
            // 0x20..=0x7E: always a valid char.
            let c = char::from_u32(cp).unwrap_or('?');
            if c == quote {
                out.push('\\');
            }
            out.push(c);
        }
    }
}

/// Python's `repr(s)` for a `str`.
///
/// Non-ASCII characters that Python considers printable (`str.isprintable`, Unicode 14.0) are
/// kept; the rest, lone surrogates included, become `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn repr_str(s: &PyStr, out: &mut String) {
    let mut has_single = false;
    let mut has_double = false;
    for cp in s.code_points() {
        match cp {
            0x27 => has_single = true,
            0x22 => has_double = true,
            _ => {}
        }
    }
    let quote = choose_quote(has_single, has_double);
    out.reserve(s.as_bytes().len() + 2);
    out.push(quote);
    for cp in s.code_points() {
        if cp < 0x80 {
            push_ascii(out, cp, quote);
            continue;
        }
        match char::from_u32(cp) {
            Some(c) if is_printable(cp) => out.push(c),
            _ if cp <= 0xFF => push_hex_escape(out, 'x', cp, 2),
            _ if cp <= 0xFFFF => push_hex_escape(out, 'u', cp, 4),
            _ => push_hex_escape(out, 'U', cp, 8),
        }
    }
    out.push(quote);
}

/// Python's `repr(b)` for a `bytes`: `b'...'`, escaping everything outside printable ASCII.
pub fn repr_bytes(b: &[u8], out: &mut String) {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = choose_quote(has_single, has_double);
    out.reserve(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        if byte >= 0x80 {
            push_hex_escape(out, 'x', u32::from(byte), 2);
        } else {
            push_ascii(out, u32::from(byte), quote);
        }
    }
    out.push(quote);
}

/// The shortest decimal digits that round-trip to `x` (finite, sign ignored) and the position
/// of the decimal point relative to them: `x == 0.DIGITS * 10**decpt`. Zero gives `("0", 1)`,
/// as CPython's `_Py_dg_dtoa` does. Public for `pyformat`, which lays out the same digits for
/// `format()` and `%`.
pub fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    // Rust's `{:e}` prints the shortest digits that round-trip (choosing the closest among
    // equally short candidates, as David Gay's mode 0 does), e.g. "1.2345e-7" or "5e-324".
    // Only exact ties are broken differently; `prefer_even_on_tie` repairs those.
    let text = format!("{:e}", x.abs());
    let mut digits = Vec::with_capacity(17);
    let mut exp: i32 = 0;
    let mut exp_negative = false;
    let mut in_exp = false;
    for byte in text.bytes() {
        match byte {
            b'e' | b'E' => in_exp = true,
            b'-' if in_exp => exp_negative = true,
            b'0'..=b'9' if in_exp => {
                exp = exp
                    .saturating_mul(10)
                    .saturating_add(i32::from(byte - b'0'));
            }
            b'0'..=b'9' => digits.push(byte),
            _ => {}
        }
    }
    if exp_negative {
        exp = -exp;
    }
    // Trailing zeros never appear in shortest output except for zero itself; strip them anyway
    // so the layout below never sees them.
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    let decpt = exp.saturating_add(1);
    match prefer_even_on_tie(x.abs(), &digits, decpt) {
        Some(even) => even,
        None => (digits, decpt),
    }
}

/// Rust and CPython agree on the length of the shortest round-trip digits and on picking the
/// candidate closest to `x`, but not on an exact tie: when `x` lies exactly halfway between two
/// shortest candidates (e.g. 1113178120592002.25 between ...002.2 and ...002.3), Rust rounds the
/// half up while CPython's `_Py_dg_dtoa` rounds it to an even last digit. Returns the even
/// candidate when `digits` is the odd half of such a tie, else `None`.
fn prefer_even_on_tie(x: f64, digits: &[u8], decpt: i32) -> Option<(Vec<u8>, i32)> {
    // Shortest digits of an f64 never exceed 17, which keeps `2 * d + 1` within u64.
    if !x.is_finite() || x == 0.0 || digits.len() > 17 {
        return None;
    }
    let d: u64 = digits
        .iter()
        .fold(0u64, |acc, &c| acc * 10 + u64::from(c - b'0'));
    if d.is_multiple_of(2) {
        return None;
    }
    // `digits` denote d * 10**k.
    let k = decpt - i32::try_from(digits.len()).ok()?;
    // x == m * 2**e exactly.
    let bits = x.to_bits();
    let biased = i32::try_from((bits >> 52) & 0x7FF).ok()?;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // Cheap necessary condition: both sides of the equation below have the same power of two,
    // and (d + other) is odd, so 2**k must be exactly the power of two in 2 * m * 2**e.
    if i32::try_from(m.trailing_zeros()).ok()? + e + 1 != k {
        return None;
    }
    for other in [d.checked_sub(1), d.checked_add(1)].into_iter().flatten() {
        if other == 0 {
            continue;
        }
        // The midpoint of d and other is (d + other) / 2 * 10**k; a tie means
        // 2 * m * 2**e == (d + other) * 10**k.
        if !equals_scaled(m, e + 1, d + other, k) {
            continue;
        }
        // Both candidates are equally close; keep the even one if it also reads back as x.
        let text = format!("{other}e{k}");
        if text.parse::<f64>().ok() != Some(x) {
            return None;
        }
        let mut even: Vec<u8> = other.to_string().into_bytes();
        let mut even_decpt = k + i32::try_from(even.len()).ok()?;
        while even.len() > 1 && even.last() == Some(&b'0') {
            even.pop();
        }
        if even.is_empty() {
            even.push(b'0');
            even_decpt = 1;
        }
        return Some((even, even_decpt));
    }
    None
}

/// Whether `m * 2**two_exp == n * 10**ten_exp`, computed exactly.
fn equals_scaled(m: u64, two_exp: i32, n: u64, ten_exp: i32) -> bool {
    use dashu_int::UBig;
    // Move negative powers to the other side so both sides are integers.
    let mut twos_left = two_exp.max(0) + (-ten_exp).max(0);
    let mut twos_right = ten_exp.max(0) + (-two_exp).max(0);
    let common = twos_left.min(twos_right);
    twos_left -= common;
    twos_right -= common;
    let fives_left = usize::try_from((-ten_exp).max(0)).unwrap_or(0);
    let fives_right = usize::try_from(ten_exp.max(0)).unwrap_or(0);
    let five = UBig::from(5u8);
    let left = (UBig::from(m) * five.pow(fives_left)) << usize::try_from(twos_left).unwrap_or(0);
    let right = (UBig::from(n) * five.pow(fives_right)) << usize::try_from(twos_right).unwrap_or(0);
    left == right
}

/// CPython's `PyOS_double_to_string(x, 'r', 0, flags, NULL)`: `add_dot_0` is
/// `Py_DTSF_ADD_DOT_0` (float repr sets it, complex repr does not) and `always_sign` is
/// `Py_DTSF_SIGN` (complex repr sets it for the imaginary part).
fn format_repr_float(x: f64, add_dot_0: bool, always_sign: bool, out: &mut String) {
    if x.is_nan() {
        // A NaN's sign bit is never shown, but a forced sign still prints '+'.
        if always_sign {
            out.push('+');
        }
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let (digits, decpt) = shortest_digits(x);
    let ndigits = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let push_digits = |out: &mut String, ds: &[u8]| {
        out.extend(ds.iter().map(|&d| char::from(d)));
    };
    if decpt <= -4 || decpt > 16 {
        // Scientific: d[.ddd]e±XX, at least two exponent digits.
        let (first, rest) = digits
            .split_first()
            .map_or((b'0', &[][..]), |(f, r)| (*f, r));
        out.push(char::from(first));
        if !rest.is_empty() {
            out.push('.');
            push_digits(out, rest);
        }
        let exp = decpt - 1;
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", exp.unsigned_abs());
    } else if decpt <= 0 {
        // 0.000ddd
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        push_digits(out, &digits);
    } else if decpt < ndigits {
        // ddd.ddd
        let split = usize::try_from(decpt).unwrap_or(0);
        let (int_part, frac_part) = digits.split_at(split.min(digits.len()));
        push_digits(out, int_part);
        out.push('.');
        push_digits(out, frac_part);
    } else {
        // ddd000, an integral value.
        push_digits(out, &digits);
        for _ in 0..decpt - ndigits {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    }
}

/// Python's `repr(x)` for a `float`: `0.1`, `100.0`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn repr_float(x: f64, out: &mut String) {
    format_repr_float(x, true, false, out);
}

/// Python 3.11's `repr(z)` for a `complex`.
///
/// When the real part is +0.0 only the imaginary part is printed (`1j`, `-0j`, `nanj`);
/// otherwise both are, in parentheses, the imaginary part always signed (`(1+2j)`,
/// `(-0+1j)`, `(1.5-0j)`, `(nan+nanj)`). Unlike float repr, integral values get no `.0`.
pub fn repr_complex(re: f64, im: f64, out: &mut String) {
    if re == 0.0 && re.is_sign_positive() {
        format_repr_float(im, false, false, out);
        out.push('j');
    } else {
        out.push('(');
        format_repr_float(re, false, false, out);
        format_repr_float(im, false, true, out);
        out.push_str("j)");
    }
}

/// Python's `repr(n)` for an `int`: plain decimal, `-` for negatives.
pub fn repr_bigint(v: &dashu_int::IBig, out: &mut String) {
    let _ = write!(out, "{v}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use dashu_int::IBig;

    fn s(text: &str) -> String {
        let mut out = String::new();
        repr_str(&PyStr::new(text), &mut out);
        out
    }

    fn cps(points: &[u32]) -> String {
        let mut out = String::new();
        let value = PyStr::from_code_points(points);
        assert!(value.is_some(), "bad code points {points:x?}");
        if let Some(value) = value {
            repr_str(&value, &mut out);
        }
        out
    }

    fn b(bytes: &[u8]) -> String {
        let mut out = String::new();
        repr_bytes(bytes, &mut out);
        out
    }

    fn f(x: f64) -> String {
        let mut out = String::new();
        repr_float(x, &mut out);
        out
    }

    fn c(re: f64, im: f64) -> String {
        let mut out = String::new();
        repr_complex(re, im, &mut out);
        out
    }

    fn i(text: &str) -> String {
        let value: Result<IBig, _> = text.parse();
        assert!(value.is_ok(), "bad integer {text}");
        let mut out = String::new();
        if let Ok(value) = value {
            repr_bigint(&value, &mut out);
        }
        out
    }

    // Expected values below were produced by CPython 3.11.7's repr().

    #[test]
    fn str_cases_match_python() {
        assert_eq!(s(""), "''");
        assert_eq!(s("abc"), "'abc'");
        assert_eq!(s("it's"), "\"it's\"");
        assert_eq!(s("say \"hi\""), "'say \"hi\"'");
        assert_eq!(s("both ' and \""), "'both \\' and \"'");
        assert_eq!(s("\\"), "'\\\\'");
        assert_eq!(s("back\\slash 'q'"), "\"back\\\\slash 'q'\"");
        assert_eq!(s("\t\n\r"), "'\\t\\n\\r'");
        assert_eq!(s("\u{0}\u{1}\u{1f}"), "'\\x00\\x01\\x1f'");
        assert_eq!(s("\u{7f}"), "'\\x7f'");
        assert_eq!(s("\u{80}"), "'\\x80'");
        assert_eq!(s("\u{9f}\u{a0}"), "'\\x9f\\xa0'");
        assert_eq!(s("\u{a1}\u{ff}"), "'\u{a1}\u{ff}'");
        assert_eq!(s("\u{ad}"), "'\\xad'");
        assert_eq!(s("caf\u{e9}"), "'caf\u{e9}'");
        assert_eq!(s("\u{378}"), "'\\u0378'");
        assert_eq!(s("\u{200b}"), "'\\u200b'");
        assert_eq!(s("\u{2028}\u{2029}"), "'\\u2028\\u2029'");
        assert_eq!(s("\u{3000}"), "'\\u3000'");
        assert_eq!(s("\u{a0}x"), "'\\xa0x'");
        assert_eq!(s("\u{feff}"), "'\\ufeff'");
        assert_eq!(s("\u{fffd}"), "'\u{fffd}'");
        assert_eq!(s("\u{ffff}"), "'\\uffff'");
        assert_eq!(s("\u{1f600}"), "'\u{1f600}'");
        assert_eq!(
            s("\u{1f468}\u{200d}\u{1f469}"),
            "'\u{1f468}\\u200d\u{1f469}'"
        );
        assert_eq!(s("\u{e000}"), "'\\ue000'");
        assert_eq!(s("\u{f0000}"), "'\\U000f0000'");
        assert_eq!(s("\u{10ffff}"), "'\\U0010ffff'");
        assert_eq!(s("\u{e0001}"), "'\\U000e0001'");
        assert_eq!(s("\u{e0100}"), "'\u{e0100}'");
        assert_eq!(s("\u{30000}"), "'\u{30000}'");
        assert_eq!(s("\u{3134b}"), "'\\U0003134b'");
        assert_eq!(s("\u{2a6df}"), "'\u{2a6df}'");
        assert_eq!(s("\u{300}"), "'\u{300}'");
        assert_eq!(s("a\u{301}"), "'a\u{301}'");
        assert_eq!(s("\u{4e2d}\u{6587}"), "'\u{4e2d}\u{6587}'");
        assert_eq!(cps(&[0xD800]), "'\\ud800'");
        assert_eq!(cps(&[0xDFFF]), "'\\udfff'");
        assert_eq!(cps(&[0xD83D, 0xDE00]), "'\\ud83d\\ude00'");
        assert_eq!(cps(&[0x61, 0xDC80, 0x62]), "'a\\udc80b'");
        assert_eq!(s("\u{1b}[0m"), "'\\x1b[0m'");
        assert_eq!(s("'"), "\"'\"");
        assert_eq!(s("\""), "'\"'");
        assert_eq!(s("'\""), "'\\'\"'");
        assert_eq!(s("\u{61c}"), "'\\u061c'");
        assert_eq!(s("\u{180e}"), "'\\u180e'");
        assert_eq!(s("\u{600}"), "'\\u0600'");
        assert_eq!(s("\u{1680}"), "'\\u1680'");
        assert_eq!(s("\u{2060}"), "'\\u2060'");
        assert_eq!(s("\u{2066}"), "'\\u2066'");
        assert_eq!(s("\u{1d173}"), "'\\U0001d173'");
        assert_eq!(s("\u{16fe4}"), "'\u{16fe4}'");
        assert_eq!(s("\u{eb9}"), "'\u{eb9}'");
        assert_eq!(s("\u{1faf8}"), "'\\U0001faf8'");
        assert_eq!(s("\u{1f6dd}"), "'\u{1f6dd}'");
        assert_eq!(s("\u{8b5}"), "'\u{8b5}'");
        assert_eq!(s("\u{20c0}"), "'\u{20c0}'");
        assert_eq!(s("\u{11f00}"), "'\\U00011f00'");
        assert_eq!(s("\u{13430}"), "'\\U00013430'");
    }

    #[test]
    fn bytes_cases_match_python() {
        assert_eq!(b(b""), "b''");
        assert_eq!(b(b"abc"), "b'abc'");
        assert_eq!(b(b"it's"), "b\"it's\"");
        assert_eq!(b(b"say \"hi\""), "b'say \"hi\"'");
        assert_eq!(b(b"both ' and \""), "b'both \\' and \"'");
        assert_eq!(b(b"\\"), "b'\\\\'");
        assert_eq!(b(b"\x09\x0a\x0d\x0b\x0c"), "b'\\t\\n\\r\\x0b\\x0c'");
        assert_eq!(b(b"\x00\x1f\x7f\x80\xff"), "b'\\x00\\x1f\\x7f\\x80\\xff'");
        assert_eq!(b(b"\xe9t\xe9"), "b'\\xe9t\\xe9'");
        assert_eq!(b(b" !\"#$%&'()*+,-./"), "b' !\"#$%&\\'()*+,-./'");
        assert_eq!(b(b"'"), "b\"'\"");
        assert_eq!(b(b"\""), "b'\"'");
        assert_eq!(b(b"'\""), "b'\\'\"'");
    }

    #[test]
    fn float_cases_match_python() {
        assert_eq!(f(0.1_f64), "0.1"); // 0.1
        assert_eq!(f(1e+16_f64), "1e+16"); // 1e16
        assert_eq!(f(1000000000000000.0_f64), "1000000000000000.0"); // 1e15
        assert_eq!(f(1.2345678901234568e+17_f64), "1.2345678901234568e+17"); // 123456789012345678.0
        assert_eq!(f(0.0001_f64), "0.0001"); // 1e-4
        assert_eq!(f(1e-05_f64), "1e-05"); // 1e-5
        assert_eq!(f(5e-324_f64), "5e-324"); // 5e-324
        assert_eq!(f(1.7976931348623157e+308_f64), "1.7976931348623157e+308"); // 1.7976931348623157e308
        assert_eq!(f(-0.0_f64), "-0.0"); // -0.0
        assert_eq!(f(0.0_f64), "0.0"); // 0.0
        assert_eq!(f(1.0_f64), "1.0"); // 1.0
        assert_eq!(f(100.0_f64), "100.0"); // 100.0
        assert_eq!(f(-2.5_f64), "-2.5"); // -2.5
        assert_eq!(f(1e+22_f64), "1e+22"); // 1e22
        assert_eq!(f(1e+23_f64), "1e+23"); // 1e23
        assert_eq!(f(9999999999999998.0_f64), "9999999999999998.0"); // 9999999999999998.0
        assert_eq!(f(1234567890123456.0_f64), "1234567890123456.0"); // 1234567890123456.0
        assert_eq!(f(1.2345678901234568e+16_f64), "1.2345678901234568e+16"); // 12345678901234567.0
        assert_eq!(f(0.3_f64), "0.3"); // 0.3
        assert_eq!(f(2.2250738585072014e-308_f64), "2.2250738585072014e-308"); // 2.0**-1022
        assert_eq!(f(0.3333333333333333_f64), "0.3333333333333333"); // 1/3
        assert_eq!(f(0.6666666666666666_f64), "0.6666666666666666"); // 2/3
        assert_eq!(f(0.00012345_f64), "0.00012345"); // 0.00012345
        assert_eq!(f(1.2345e-05_f64), "1.2345e-05"); // 0.000012345
        assert_eq!(f(1.5e+16_f64), "1.5e+16"); // 1.5e16
        assert_eq!(f(1500000000000000.0_f64), "1500000000000000.0"); // 1.5e15
        assert_eq!(f(123.456_f64), "123.456"); // 123.456
        assert_eq!(f(1e+100_f64), "1e+100"); // 1e100
        assert_eq!(f(-1e-100_f64), "-1e-100"); // -1e-100
        assert_eq!(f(2.2250738585072014e-308_f64), "2.2250738585072014e-308"); // 2.2250738585072014e-308
        assert_eq!(f(5e-324_f64), "5e-324"); // 4.9406564584124654e-324
        assert_eq!(f(1e-320_f64), "1e-320"); // 1e-320
        assert_eq!(f(0.5_f64), "0.5"); // 0.5
        assert_eq!(f(1e-07_f64), "1e-07"); // 1e-07
        assert_eq!(f(1.234e-07_f64), "1.234e-07"); // 1.234e-07
        assert_eq!(f(9007199254740992.0_f64), "9007199254740992.0"); // 9007199254740993.0
        assert_eq!(f(9.223372036854776e+18_f64), "9.223372036854776e+18"); // 2.0**63
        assert_eq!(f(f64::INFINITY), "inf"); // 1e308*10
        assert_eq!(f(f64::NEG_INFINITY), "-inf"); // -1e308*10
        assert_eq!(f(f64::NAN), "nan");
        assert_eq!(f(-f64::NAN), "nan");
        assert_eq!(f(f64::INFINITY), "inf");
        assert_eq!(f(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn random_float_bits_match_python() {
        let cases: &[(u64, &str)] = &[
            (0x43B72A11D2087D68, "1.6691662056774308e+18"),
            (0xB99D31EA41D68FA0, "-3.598559207388581e-31"),
            (0xF8A672E6122B7EC9, "-1.518027580996695e+273"),
            (0x797881DE6F95DAF9, "1.3575989754808231e+277"),
            (0xE29328FAF876BCBA, "-7.061466808153802e+166"),
            (0x47CF8F7D279116A9, "8.390220951220878e+37"),
            (0x0B025CD28D64BAD9, "1.222946827302325e-255"),
            (0x6D6BDFC98872B618, "1.2299537821827474e+219"),
            (0xB6C749AF3A14E7F9, "-8.158300104122382e-45"),
            (0xECD227F352559152, "-1.5647264744025237e+216"),
            (0x183027904EFA28CA, "3.540768434472536e-192"),
            (0x273B39FCBE0DF63F, "1.0543717331162432e-119"),
            (0x421D9E719E254237, "31803074441.314663"),
            (0xEC08B472BB055F08, "-2.5990200669205062e+212"),
            (0xD7AB4AA7B29BDC09, "-2.100282488440877e+114"),
            (0xF76938AB49FF2D11, "-1.626502501367321e+267"),
            (0x1101B800DA157B9A, "9.349463120985843e-227"),
            (0x3A50CC5C92DC85E2, "8.480967892795449e-28"),
            (0xFA5DD3D29B963A5D, "-2.7071469891220977e+281"),
            (0x5F56496042FFC53A, "1.8238207310542092e+151"),
            (0x726B8C164F185A33, "1.4694818393986873e+243"),
            (0x760FCD94EAA25FBC, "4.889844933211148e+260"),
            (0xEF9714AFC6E9067C, "-3.4993526050838106e+229"),
            (0x092BE11DEA3C316C, "1.7292455318941926e-264"),
            (0xC06617ED4270B14D, "-176.74771234522123"),
            (0xC69A79DF1F21A329, "-1.3424957753797696e+32"),
            (0xBDFB1CF8ECB22CFE, "-3.945485992570821e-10"),
            (0xB8E71220FE036086, "-1.3885242257776925e-34"),
            (0x06E1178BC95A7479, "1.542717012663338e-275"),
            (0x9277EAD98817BAD0, "-1.0586607448960582e-219"),
            (0xB5CFA0C2935E7C52, "-1.6906823873116556e-49"),
            (0x7775D1DE1A4B4845, "2.814276980177369e+267"),
            (0x2110CCAD36683BE0, "2.052858338739449e-149"),
            (0xFB6FFD25CA352392, "-3.805437803763316e+286"),
            (0xB627A7A60DD50FD2, "-8.092662002299318e-48"),
            (0x4C1E5B23703CAEDA, "4.763693997399002e+58"),
            (0xD45B5DB0BB0159F2, "-2.3381349644838842e+98"),
            (0xD358DD039B8F57C9, "-3.2414406740268607e+93"),
            (0x34DC49790581BAED, "4.614532658888237e-54"),
            (0x0CB566C016AF6DAE, "1.9130447037169486e-247"),
            (0x3F59472871B664B8, "0.0015428442919527673"),
            (0x41834BBD2736763A, "40466340.90159269"),
            (0xC1F3B6ACA346B4BB, "-5291821620.419124"),
            (0xBEE291AE22B487F0, "-8.854419397300695e-06"),
            (0xC181D61BD5609799, "-37405562.67216415"),
            (0x441190A7C78F9B5C, "8.100454213380886e+19"),
            (0x41318C2080258B01, "1149984.5005728605"),
            (0xC361BAB57E9D1757, "-3.9922906241219256e+16"),
            (0x4300F00BECB5A47C, "595941704250511.5"),
            (0x43B3291FBBBBD4BE, "1.3806696519363948e+18"),
            (0xC232CFFDAAA1E6FC, "-80798919329.90228"),
            (0x3EF3811E8A9F4DD3, "1.8600818897441585e-05"),
            (0x3E6BCA25B82EDF75, "5.176223451898134e-08"),
            (0xC020EB1139F2AA25, "-8.459115801689288"),
            (0x42B25BD5462FE9E8, "20185629470697.906"),
            (0x433AF4E605FE309A, "7587618174677146.0"),
            (0x425494A51D8C0068, "353572779568.00635"),
            (0xC409546A4F8039E6, "-5.840642043770023e+19"),
            (0x43DD8394C76B054F, "8.506828133055675e+18"),
            (0x42820B6C500E270C, "2480033890756.881"),
            (0xC2216A6337A2ED14, "-37399665617.46304"),
            (0x43A11F40C7C8CF75, "6.16888024867257e+17"),
            (0x4086A1788BEAA170, "724.1838606195943"),
            (0x3FE4E16BD99961C4, "0.6525172471984253"),
            (0xC16A7EC5BEB5369D, "-13891117.959620768"),
            (0x3E6ED35BDA36E86C, "5.741719213575402e-08"),
            (0xC11AEF137B28D923, "-441284.870273011"),
            (0x4296975EF34299D6, "6209847218342.459"),
            (0x3F5F088621C0BFCD, "0.0018941221124002428"),
            (0x42F2D9EB17043D40, "331634581717972.0"),
            (0x430B71D0BC4FD3C8, "965620712209017.0"),
            (0xC00AF8D563731666, "-3.371500756215755"),
            (0x425DA64E185DDAD0, "509376749943.41895"),
            (0x412139FBC8FA939C, "564477.8925367477"),
            (0xC120A9900823BB30, "-545992.0158976074"),
            (0x3E3C7FFEA35C9C1B, "6.635668505807726e-09"),
            (0xC0A7FA2D61EB3393, "-3069.0886376858193"),
            (0x3F82ACBDA024A5F2, "0.009118539285355862"),
            (0xC2629E998225067B, "-639762174248.2025"),
            (0xBE52E5F26BB48D99, "-1.7600348495588092e-08"),
        ];
        for &(bits, expected) in cases {
            assert_eq!(f(f64::from_bits(bits)), expected, "bits {bits:#x}");
        }
    }

    /// Exact ties between two shortest candidates: CPython keeps the even last digit, where
    /// Rust's own shortest formatting rounds the half up.
    #[test]
    fn float_ties_round_to_even_like_python() {
        let cases: &[(u64, &str)] = &[
            (0x430FA36FD398D412, "1113178120592002.2"),
            (0xC30FA36FD398D412, "-1113178120592002.2"),
            (0x431D2F16D00751C3, "2053637337633904.8"),
            (0x4310000000000003, "1125899906842624.8"),
            (0x42D9636D03665F08, "111659285584252.12"),
            (0x42D9636D03665F18, "111659285584252.38"),
            (0x42EA97257F2320B4, "233891771783429.62"),
            (0x0000000000000003, "1.5e-323"),
            (0x3FD0000000000000, "0.25"),
            (0x3FC0000000000000, "0.125"),
            (0x4004000000000000, "2.5"),
            (0x7E41EB2D66005835, "1.5e+300"),
            (0x4350000000000000, "1.8014398509481984e+16"),
        ];
        for &(bits, expected) in cases {
            assert_eq!(f(f64::from_bits(bits)), expected, "bits {bits:#x}");
        }
        assert_eq!(
            c(
                f64::from_bits(0x430FA36FD398D412),
                -f64::from_bits(0x42EA97257F2320B4)
            ),
            "(1113178120592002.2-233891771783429.62j)"
        );
    }

    #[test]
    fn complex_cases_match_python() {
        assert_eq!(c(0.0_f64, -0.0_f64), "-0j");
        assert_eq!(c(-0.0_f64, 1.0_f64), "(-0+1j)");
        assert_eq!(c(0.0_f64, 0.0_f64), "0j");
        assert_eq!(c(-0.0_f64, -0.0_f64), "(-0-0j)");
        assert_eq!(c(1.0_f64, 2.0_f64), "(1+2j)");
        assert_eq!(c(0.0_f64, 1.5_f64), "1.5j");
        assert_eq!(c(1e+16_f64, 0.0_f64), "(1e+16+0j)");
        assert_eq!(c(f64::NAN, f64::NAN), "(nan+nanj)");
        assert_eq!(c(0.0_f64, f64::INFINITY), "infj");
        assert_eq!(c(f64::NEG_INFINITY, f64::NEG_INFINITY), "(-inf-infj)");
        assert_eq!(c(1.0_f64, f64::NAN), "(1+nanj)");
        assert_eq!(c(1.0_f64, -f64::NAN), "(1+nanj)");
        assert_eq!(c(f64::NAN, 1.0_f64), "(nan+1j)");
        assert_eq!(c(0.0_f64, -f64::NAN), "nanj");
        assert_eq!(c(-0.0_f64, f64::NAN), "(-0+nanj)");
        assert_eq!(c(1e-05_f64, 1e+22_f64), "(1e-05+1e+22j)");
        assert_eq!(c(-1e-320_f64, 5e-324_f64), "(-1e-320+5e-324j)");
        assert_eq!(c(1.5_f64, -0.0_f64), "(1.5-0j)");
        assert_eq!(c(0.1_f64, 0.2_f64), "(0.1+0.2j)");
        assert_eq!(
            c(1.2345678901234568e+17_f64, 1000000000000000.0_f64),
            "(1.2345678901234568e+17+1000000000000000j)"
        );
        assert_eq!(c(1e+16_f64, 1e+17_f64), "(1e+16+1e+17j)");
        assert_eq!(c(-0.0_f64, 0.0_f64), "(-0+0j)");
        assert_eq!(c(f64::INFINITY, f64::NAN), "(inf+nanj)");
        assert_eq!(c(0.0_f64, f64::NEG_INFINITY), "-infj");
        assert_eq!(c(2.5_f64, -1e-07_f64), "(2.5-1e-07j)");
        assert_eq!(c(0.0_f64, 1e+16_f64), "1e+16j");
        assert_eq!(c(0.0_f64, 100.0_f64), "100j");
        assert_eq!(c(-1.0_f64, -1.0_f64), "(-1-1j)");
        assert_eq!(c(f64::NAN, 0.0_f64), "(nan+0j)");
        assert_eq!(c(-f64::NAN, -0.0_f64), "(nan-0j)");
    }

    #[test]
    fn int_cases_match_python() {
        assert_eq!(i("0"), "0");
        assert_eq!(i("1"), "1");
        assert_eq!(i("-1"), "-1");
        assert_eq!(i("255"), "255");
        assert_eq!(i("-2147483648"), "-2147483648");
        assert_eq!(i("9223372036854775808"), "9223372036854775808");
        assert_eq!(
            i("-123456789012345678901234567890"),
            "-123456789012345678901234567890"
        );
        assert_eq!(
            i("10000000000000000000000000000000000000000000000000000000000000"),
            "10000000000000000000000000000000000000000000000000000000000000"
        );
    }
}
