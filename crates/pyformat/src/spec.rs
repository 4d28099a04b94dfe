//! The format-spec mini-language (PEP 3101 as of 3.11, with `z` from PEP 682): what
//! `format(value, spec)`, `str.format` and f-strings do for `int`, `float`, `complex` and `str`.
//!
//! A port of CPython's `Python/formatter_unicode.c`. The locale-dependent type `n` uses the C
//! locale, which is what CPython has unless a program calls `locale.setlocale`: no grouping and
//! `.` as the decimal point.
//!
//! How the VM uses this, in CPython's order:
//! 1. An empty spec means `str(value)` (CPython checks that before anything else, so a subclass
//!    with its own `__str__` prints through it, and `format(True, '')` is `'True'`).
//! 2. [`parse_format_spec`], with the object's type name (`type(value).__name__`, which is what
//!    CPython's `tp_name` prints for classes defined in Python).
//! 3. [`format_int`] / [`format_float`] / [`format_complex`] / [`format_str`] with the same
//!    type name: they check the rest (separator against type, unknown type codes, per-type
//!    restrictions) in CPython's order.

use dashu_int::IBig;

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::float::int_to_float;
use crate::parse::int_to_string;
use crate::unicode_tables::decimal_value;
use crate::{push_repeated, string_with_capacity, FormatError};

/// Alignment: `<`, `>`, `^`, or `=` (padding after the sign and prefix).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option: `+`, `-` or space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    Plus,
    Minus,
    Space,
}

/// The thousands separator option: `,` or `_`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Fields hold what was written; defaults that depend on the value's type (the default type,
/// the default alignment, what `0` implies) are applied by the `format_*` functions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, only when written explicitly (it must precede an alignment).
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<SignMode>,
    /// `z`: coerce negative zero (after rounding) to positive zero. Floats and complex only.
    pub z: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// `0` before the width, without an explicit fill: zero padding (and `=` alignment for
    /// numbers when no alignment was given).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type, any character (validated by the `format_*` functions).
    pub ty: Option<char>,
}

/// CPython's `get_integer`: any Unicode decimal digits, up to `PY_SSIZE_T_MAX`.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: i64 = 0;
    let start = *pos;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let digit = i64::from(digit);
        if value > (i64::MAX - digit) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + digit;
        *pos += 1;
    }
    if *pos == start {
        Ok(None)
    } else {
        Ok(Some(usize::try_from(value).unwrap_or(usize::MAX)))
    }
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec` does, up to (not
/// including) the check of the separator against the type, which needs the value's default
/// type and is done by the `format_*` functions. `type_name` appears in the
/// "Invalid format specifier" message.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    if let Some(align) = chars.get(1).and_then(|&c| Align::from_char(c)) {
        out.fill = Some(chars[0]);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| Align::from_char(c)) {
        out.align = Some(align);
        pos = 1;
    }
    match chars.get(pos) {
        Some('+') => out.sign = Some(SignMode::Plus),
        Some('-') => out.sign = Some(SignMode::Minus),
        Some(' ') => out.sign = Some(SignMode::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.z = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // With an explicit fill, a leading 0 is just part of the width.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    // A second ',' after ',' is left for the type ("Cannot specify ',' with ','.").
    if chars.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    out.ty = chars.get(pos).copied();
    Ok(out)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// `c` as CPython's messages quote a presentation type: itself when printable ASCII other
/// than space, else `\x` and its hex code.
fn quoted_type(c: char) -> String {
    let cp = u32::from(c);
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// "Unknown format code 'd' for object of type 'float'".
pub fn unknown_format_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        quoted_type(ty)
    ))
}

/// The resolved layout options shared by all number formatting.
#[derive(Clone, Copy)]
struct Resolved {
    fill: char,
    align: Align,
    sign: Option<SignMode>,
    width: Option<usize>,
    /// The separator and group size (3, or 4 for `_` with b/o/x/X).
    grouping: Option<(char, usize)>,
    ty: Option<char>,
}

/// Applies the defaults and the end-of-parse check of the separator against the type.
fn resolve(
    spec: &FormatSpec,
    default_type: Option<char>,
    default_align: Align,
) -> Result<Resolved, FormatError> {
    let ty = spec.ty.or(default_type);
    let mut fill = spec.fill.unwrap_or(' ');
    let mut align = spec.align.unwrap_or(default_align);
    if spec.zero {
        fill = '0';
        if spec.align.is_none() && default_align == Align::Right {
            align = Align::AfterSign;
        }
    }
    let grouping = match spec.grouping {
        None => None,
        Some(g) => match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Some((g.char(), 3)),
            Some('b' | 'o' | 'x' | 'X') if g == Grouping::Underscore => Some(('_', 4)),
            Some(other) => {
                return Err(FormatError::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    g.char(),
                    quoted_type(other)
                )))
            }
        },
    };
    Ok(Resolved {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping,
        ty,
    })
}

/// A number's text split as CPython's `parse_number` and `calc_number_widths` see it.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// The leading run of ASCII digits (grouped and zero-padded).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the digits and the decimal point.
    remainder: &'a str,
}

impl<'a> NumberParts<'a> {
    /// Splits a formatted float ("-1234.5e+10", "inf", "12%").
    fn of_float(text: &'a str) -> NumberParts<'a> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, after) = rest.split_at(n);
        let (has_decimal, remainder) = match after.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, after),
        };
        NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        }
    }
}

/// The lengths of the pieces `calc_number_widths` computes.
struct Widths {
    lpadding: usize,
    sign: Option<char>,
    spadding: usize,
    rpadding: usize,
    /// `min_width` for the grouping: how far zero padding extends the digits.
    min_width: i64,
}

fn calc_widths(parts: &NumberParts<'_>, r: &Resolved) -> Widths {
    let sign = match r.sign {
        Some(SignMode::Plus) => Some(if parts.negative { '-' } else { '+' }),
        Some(SignMode::Space) => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_non_digit = i64::from(sign.is_some())
        + parts.prefix.chars().count() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let width = r.width.map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX));
    let min_width = if r.fill == '0' && r.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        0
    } else {
        grouped_len(parts.digits.len() as i64, min_width, r.grouping)
    };
    let padding = width - (n_non_digit + grouped);
    let mut w = Widths {
        lpadding: 0,
        sign,
        spadding: 0,
        rpadding: 0,
        min_width,
    };
    if padding > 0 {
        let padding = padding as usize;
        match r.align {
            Align::Left => w.rpadding = padding,
            Align::Center => {
                w.lpadding = padding / 2;
                w.rpadding = padding - w.lpadding;
            }
            Align::AfterSign => w.spadding = padding,
            Align::Right => w.lpadding = padding,
        }
    }
    w
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`, walking groups from the right: calls
/// `emit(digits_taken, zeros_added)` for each group, rightmost first. `min_width` (zero
/// padding) can extend the digits with zeros, separators included. Without grouping there is
/// one group.
fn for_each_group(
    n_digits: i64,
    min_width: i64,
    grouping: Option<(char, usize)>,
    mut emit: impl FnMut(i64, i64),
) {
    let mut remaining = n_digits;
    let mut min_width = min_width;
    if let Some((_, group)) = grouping {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let chars = remaining.min(len).max(0);
            emit(chars, (len - remaining).max(0));
            remaining -= chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return;
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    emit(remaining.min(len).max(0), (len - remaining).max(0));
}

fn grouped_len(n_digits: i64, min_width: i64, grouping: Option<(char, usize)>) -> i64 {
    let mut total = -1;
    for_each_group(n_digits, min_width, grouping, |chars, zeros| {
        total += chars + zeros + 1;
    });
    total
}

/// Appends the grouped (and zero-extended) ASCII `digits`.
fn push_grouped(
    out: &mut String,
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
    upper: bool,
) -> Result<(), FormatError> {
    let len = grouped_len(digits.len() as i64, min_width, grouping);
    let mut reversed: Vec<u8> = Vec::new();
    reversed
        .try_reserve(usize::try_from(len).unwrap_or(0))
        .map_err(|_| FormatError::memory())?;
    let sep = grouping.map_or(b',', |(c, _)| c as u8);
    let mut rest = digits.as_bytes();
    for_each_group(digits.len() as i64, min_width, grouping, |chars, zeros| {
        if !reversed.is_empty() {
            reversed.push(sep);
        }
        let (head, tail) = rest.split_at(rest.len() - chars as usize);
        reversed.extend(tail.iter().rev());
        reversed.extend(std::iter::repeat_n(b'0', zeros as usize));
        rest = head;
    });
    reversed.reverse();
    if upper {
        reversed.make_ascii_uppercase();
    }
    out.push_str(std::str::from_utf8(&reversed).unwrap_or_default());
    Ok(())
}

/// `calc_number_widths` + `fill_number`: lays out sign, prefix, padding, grouped digits,
/// decimal point and remainder. `upper` upper-cases the prefix and digits (type `X`).
fn layout_number(
    parts: &NumberParts<'_>,
    r: &Resolved,
    upper: bool,
) -> Result<String, FormatError> {
    // Reserve before `calc_widths`, whose zero padding walks the width group by group: a width
    // that cannot be allocated is a MemoryError here, as in CPython.
    let padded = r.width.unwrap_or(0).saturating_mul(r.fill.len_utf8());
    let natural = parts.digits.len() * 2 + parts.remainder.len() + 16;
    let mut out = string_with_capacity(padded.max(natural))?;
    let w = calc_widths(parts, r);
    push_repeated(&mut out, r.fill, w.lpadding)?;
    if let Some(sign) = w.sign {
        out.push(sign);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_repeated(&mut out, r.fill, w.spadding)?;
    if !parts.digits.is_empty() {
        push_grouped(&mut out, parts.digits, w.min_width, r.grouping, upper)?;
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeated(&mut out, r.fill, w.rpadding)?;
    Ok(out)
}

/// `format(value, spec)` for an `int` (`type_name` is its class name, e.g. `int` or `bool`).
///
/// Types `b c d o x X n` and none format the integer; `e E f F g G %` convert it to float
/// first (`OverflowError` when too large). `max_str_digits` is `sys.get_int_max_str_digits()`
/// (0 = unlimited), which CPython applies to decimal output.
pub fn format_int(
    value: &IBig,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let r = resolve(spec, Some('d'), Align::Right)?;
    match r.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            format_long_internal(value, spec, &r, max_str_digits)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(value)?;
            format_float_internal(x, spec, &r)
        }
        other => Err(unknown_format_code(other, type_name)),
    }
}

fn format_long_internal(
    value: &IBig,
    spec: &FormatSpec,
    r: &Resolved,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = r.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = int_to_char(value)?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return layout_number(&parts, r, false);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let text = int_to_string(value, radix, max_str_digits)?;
    let negative = text.starts_with('-');
    let digits = if negative { &text[1..] } else { &text[..] };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, r, ty == 'X')
}

/// The character an int names for `c` formatting, with CPython's errors: beyond a C long it
/// is "Python int too large to convert to C long", outside `range(0x110000)` "%c arg not in
/// range(0x110000)". Surrogate code points (`0xD800..=0xDFFF`) cannot be held in Rust text and
/// give the same range error.
pub(crate) fn int_to_char(value: &IBig) -> Result<char, FormatError> {
    let Ok(cp) = i64::try_from(value) else {
        return Err(FormatError::overflow(
            "Python int too large to convert to C long",
        ));
    };
    u32::try_from(cp)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))
}

/// `format(value, spec)` for a `float` (`type_name` is its class name). Types `e E f F g G n %`
/// and none, where none is `repr` without a precision and `g` with at least one digit after
/// the point with one.
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = resolve(spec, None, Align::Right)?;
    match r.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec, &r)
        }
        Some(other) => Err(unknown_format_code(other, type_name)),
    }
}

fn check_precision(spec: &FormatSpec) -> Result<usize, FormatError> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize => Err(FormatError::value("precision too big")),
        Some(p) => Ok(p),
        None => Ok(usize::MAX),
    }
}

fn format_float_internal(
    value: f64,
    spec: &FormatSpec,
    r: &Resolved,
) -> Result<String, FormatError> {
    let precision = check_precision(spec)?;
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtoaFlags::default()
    };
    let mut ty = r.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = value;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        value *= 100.0;
    }
    let precision = if precision == usize::MAX {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        precision
    };
    let mut text = double_to_string(value, ty, precision, flags)?;
    if add_pct {
        text.push('%');
    }
    // CPython's fast path, and the common case: nothing to lay out.
    if !matches!(r.sign, Some(SignMode::Plus | SignMode::Space))
        && r.width.is_none()
        && r.grouping.is_none()
    {
        return Ok(text);
    }
    // Type `n` would use the locale's grouping; the C locale has none.
    let mut r = *r;
    if spec.ty == Some('n') {
        r.grouping = None;
    }
    layout_number(&NumberParts::of_float(&text), &r, false)
}

/// `format(complex(re, im), spec)` (`type_name` is the class name). Types `e E f F g G n` and
/// none, where none is like `repr` (and omits a real part of +0.0).
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let r = resolve(spec, None, Align::Right)?;
    match r.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(other) => return Err(unknown_format_code(other, type_name)),
    }
    let precision = check_precision(spec)?;
    if r.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if r.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtoaFlags::default()
    };
    let mut ty = r.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if precision == usize::MAX {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        precision
    };
    let re_text = double_to_string(re, ty, precision, flags)?;
    let im_text = double_to_string(im, ty, precision, flags)?;
    // Each part is laid out without padding; the padding goes around the whole.
    let mut part = Resolved {
        fill: ' ',
        align: Align::Left,
        width: None,
        ..r
    };
    if spec.ty == Some('n') {
        part.grouping = None;
    }
    let re_part = layout_number(&NumberParts::of_float(&re_text), &part, false)?;
    if !skip_re {
        part.sign = Some(SignMode::Plus);
    }
    let im_part = layout_number(&NumberParts::of_float(&im_text), &part, false)?;
    let mut body = String::with_capacity(re_part.len() + im_part.len() + 3);
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_part);
    }
    body.push_str(&im_part);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    pad(&body, body.chars().count(), r.width, r.align, r.fill)
}

/// `calc_padding` + `fill_padding` around `text` (`nchars` code points long).
fn pad(
    text: &str,
    nchars: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match align {
        Align::Right => total - nchars,
        Align::Center => (total - nchars) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let right = total - nchars - left;
    let padding = (left + right).saturating_mul(fill.len_utf8());
    let mut out = string_with_capacity(text.len().saturating_add(padding))?;
    push_repeated(&mut out, fill, left)?;
    out.push_str(text);
    push_repeated(&mut out, fill, right)?;
    Ok(out)
}

/// `format(value, spec)` for a `str` (`type_name` is its class name): type `s` or none; the
/// precision truncates; the default alignment is left.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let r = resolve(spec, Some('s'), Align::Left)?;
    let ty = r.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_format_code(ty, type_name));
    }
    match spec.sign {
        Some(SignMode::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if r.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, nchars) = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((cut, _)) => (&value[..cut], p),
            None => (value, value.chars().count()),
        },
        None => (value, value.chars().count()),
    };
    pad(text, nchars, r.width, r.align, r.fill)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, s: &str) -> String {
        match parse_format_spec(s, "float").and_then(|spec| format_float(v, &spec, "float")) {
            Ok(t) => t,
            Err(e) => e.to_string(),
        }
    }

    fn i(v: i64, s: &str) -> String {
        match parse_format_spec(s, "int")
            .and_then(|spec| format_int(&IBig::from(v), &spec, "int", 4300))
        {
            Ok(t) => t,
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn samples() {
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(1.0, ""), "1.0");
        assert_eq!(f(1.5, ".3"), "1.5");
        assert_eq!(f(-0.0, "z.1f"), "0.0");
        assert_eq!(f(1234567.0, "015,.2f"), "0,001,234,567.00");
        assert_eq!(i(1234, "010,"), "00,001,234");
        assert_eq!(i(255, "#_b"), "0b1111_1111");
        assert_eq!(i(-255, "#X"), "-0XFF");
        assert_eq!(i(65, "^5c"), "  A  ");
        assert_eq!(
            i(1, ".2"),
            "ValueError: Precision not allowed in integer format specifier"
        );
    }
}
