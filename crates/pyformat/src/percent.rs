//! printf-style formatting, `str % args`, as CPython 3.11's `PyUnicode_Format`.
//!
//! CPython parses the format while it formats, so which error a bad format and bad arguments
//! raise depends on the order of the steps. For each conversion specifier:
//!
//! 1. `%(key)`: without a mapping argument, TypeError "format requires a mapping"; then an
//!    unbalanced key is ValueError "incomplete format key"; then `mapping[key]` is looked up
//!    and becomes the only argument until the next key (so `'%(a)s %s' % {'a': 1}` runs out
//!    of arguments).
//! 2. Flags `-+ #0`.
//! 3. Width: `*` takes the next argument (TypeError "not enough arguments for format string",
//!    TypeError "* wants int" unless it is an int, OverflowError beyond `Py_ssize_t`; a
//!    negative width means `-` and its absolute value), or digits (ValueError "width too big").
//! 4. `.` precision: `*` as for the width (OverflowError beyond a C int; negative means 0),
//!    or digits (ValueError "precision too big"); a `.` alone means 0.
//! 5. One length modifier `h`, `l` or `L` is skipped.
//! 6. A format ending before the conversion character: ValueError "incomplete format".
//! 7. The value argument is taken ("not enough arguments for format string").
//! 8. A conversion character other than `s r a c d i u o x X e E f F g G` is ValueError
//!    "unsupported format character 'y' (0x79) at index 3".
//! 9. The value is converted (type errors) and formatted.
//!
//! After the last specifier, arguments left over from a tuple or a single non-mapping
//! argument are TypeError "not all arguments converted during string formatting".
//!
//! [`parse_percent_format`] gives the pieces, with errors placed where CPython raises them;
//! [`percent_format`] runs the whole operation through a [`PercentHost`] that supplies the
//! VM's conversions, and is the reference for the order above.

use dashu_int::IBig;

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::parse::int_to_string;
use crate::spec::int_to_char;
use crate::{push_repeated, string_with_capacity, FormatError};

/// The flags of a conversion specifier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign on numbers.
    pub sign: bool,
    /// space: a space before non-negative numbers.
    pub space: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// `0`: zero padding for numbers.
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// `*`: taken from the arguments.
    Star,
    Fixed(usize),
}

/// One conversion specifier as written in the format.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `%(key)` name; nested parentheses are part of it (`%(a(b))s` is key `a(b)`).
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    /// `Some(Fixed(0))` for a `.` without digits.
    pub precision: Option<Count>,
    /// The conversion character, not yet validated (see [`is_conversion`]).
    pub conversion: char,
    /// The code-point index of the conversion character, for the "unsupported" message.
    pub index: usize,
}

/// A piece of a `%` format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` gives a literal `%`).
    Literal(String),
    Spec(PercentSpec),
    /// A specifier CPython rejects part way. First come the steps `partial` has: the mapping
    /// check when `needs_mapping`, the key lookup when `partial.key` is set, the `*` width and
    /// precision arguments; then `error` is raised. Nothing follows this piece.
    Malformed {
        partial: PercentSpec,
        needs_mapping: bool,
        error: FormatError,
    },
}

/// A specifier with its `*` arguments resolved: what the formatting functions take.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentConversion {
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conversion: char,
}

/// Whether CPython's `%` knows conversion character `c`.
pub fn is_conversion(c: char) -> bool {
    matches!(
        c,
        's' | 'r'
            | 'a'
            | 'c'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
    )
}

/// TypeError "not enough arguments for format string".
pub fn not_enough_arguments() -> FormatError {
    FormatError::type_error("not enough arguments for format string")
}

/// TypeError "not all arguments converted during string formatting".
pub fn not_all_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}

/// TypeError "format requires a mapping".
pub fn format_requires_mapping() -> FormatError {
    FormatError::type_error("format requires a mapping")
}

/// TypeError "* wants int" (the `*` argument is not an int; bools are ints).
pub fn star_wants_int() -> FormatError {
    FormatError::type_error("* wants int")
}

/// ValueError "unsupported format character 'y' (0x79) at index 3" (`?` for characters
/// outside 31..=126).
pub fn unsupported_format_character(c: char, index: usize) -> FormatError {
    let cp = u32::from(c);
    let shown = if (31..=126).contains(&cp) { c } else { '?' };
    FormatError::value(format!(
        "unsupported format character '{shown}' ({cp:#x}) at index {index}"
    ))
}

/// TypeError for `%d`-style conversions of a value that is not a number: "%x format: an
/// integer is required, not str" for `o x X`, "%d format: a real number is required, not str"
/// for `d i u`.
pub fn percent_int_type_error(conversion: char, type_name: &str) -> FormatError {
    let what = if matches!(conversion, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    FormatError::type_error(format!(
        "%{conversion} format: {what} is required, not {type_name}"
    ))
}

/// TypeError for `%f`-style conversions of a value without `__float__`: "must be real number,
/// not str".
pub fn percent_float_type_error(type_name: &str) -> FormatError {
    FormatError::type_error(format!("must be real number, not {type_name}"))
}

/// TypeError for `%c` of something other than an int or a one-character str.
pub fn percent_char_type_error() -> FormatError {
    FormatError::type_error("%c requires int or char")
}

/// The character `%c` makes of an int: OverflowError "%c arg not in range(0x110000)" outside
/// that range (however large). Surrogate code points cannot be Rust text and get the same
/// error.
pub fn percent_char_from_int(value: &IBig) -> Result<char, FormatError> {
    int_to_char(value).map_err(|_| FormatError::overflow("%c arg not in range(0x110000)"))
}

/// Splits a `%` format into pieces, CPython's parse step by step (see the module docs).
/// Errors are pieces, placed where CPython raises them.
pub fn parse_percent_format(fmt: &str) -> Vec<PercentPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len();
    let mut pieces = Vec::new();
    let mut pos = 0;
    while pos < len {
        if chars[pos] != '%' {
            let start = pos;
            while pos < len && chars[pos] != '%' {
                pos += 1;
            }
            pieces.push(PercentPiece::Literal(chars[start..pos].iter().collect()));
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            pos += 1;
            match pieces.last_mut() {
                Some(PercentPiece::Literal(text)) => text.push('%'),
                _ => pieces.push(PercentPiece::Literal("%".to_string())),
            }
            continue;
        }
        let (piece, next) = parse_spec(&chars, pos);
        let stop = matches!(piece, PercentPiece::Malformed { .. });
        pieces.push(piece);
        if stop {
            break;
        }
        pos = next;
    }
    pieces
}

/// CPython's `unicode_format_arg_parse`, starting just after the `%`. `cnt` mirrors its
/// `fmtcnt`: characters left, going to -1 when the format ends mid-specifier.
fn parse_spec(chars: &[char], start: usize) -> (PercentPiece, usize) {
    let mut pos = start;
    let mut cnt = (chars.len() - start) as i64;
    let read = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut ch = read(pos);
    let mut spec = PercentSpec::default();
    let mut needs_mapping = false;
    let malformed = |partial: PercentSpec, needs_mapping: bool, error: FormatError| {
        (
            PercentPiece::Malformed {
                partial,
                needs_mapping,
                error,
            },
            chars.len(),
        )
    };
    if ch == '(' {
        needs_mapping = true;
        pos += 1;
        cnt -= 1;
        let key_start = pos;
        let mut depth = 1;
        while depth > 0 {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            if ch == ')' {
                depth -= 1;
            } else if ch == '(' {
                depth += 1;
            }
            pos += 1;
        }
        if cnt < 0 || depth > 0 {
            return malformed(spec, true, FormatError::value("incomplete format key"));
        }
        spec.key = Some(chars[key_start..pos - 1].iter().collect());
    }
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        ch = read(pos);
        pos += 1;
        match ch {
            '-' => spec.flags.left = true,
            '+' => spec.flags.sign = true,
            ' ' => spec.flags.space = true,
            '#' => spec.flags.alternate = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        spec.width = Some(Count::Star);
        cnt -= 1;
        if cnt >= 0 {
            ch = read(pos);
            pos += 1;
        }
    } else if ch.is_ascii_digit() {
        let mut width = ch as usize - '0' as usize;
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            pos += 1;
            if !ch.is_ascii_digit() {
                break;
            }
            let digit = ch as usize - '0' as usize;
            if width > (isize::MAX as usize - digit) / 10 {
                return malformed(spec, needs_mapping, FormatError::value("width too big"));
            }
            width = width * 10 + digit;
        }
        spec.width = Some(Count::Fixed(width));
    }
    if ch == '.' {
        spec.precision = Some(Count::Fixed(0));
        cnt -= 1;
        if cnt >= 0 {
            ch = read(pos);
            pos += 1;
        }
        if ch == '*' {
            spec.precision = Some(Count::Star);
            cnt -= 1;
            if cnt >= 0 {
                ch = read(pos);
                pos += 1;
            }
        } else if ch.is_ascii_digit() {
            let mut precision = ch as usize - '0' as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let digit = ch as usize - '0' as usize;
                if precision > (i32::MAX as usize - digit) / 10 {
                    return malformed(spec, needs_mapping, FormatError::value("precision too big"));
                }
                precision = precision * 10 + digit;
            }
            spec.precision = Some(Count::Fixed(precision));
        }
    }
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        cnt -= 1;
        if cnt >= 0 {
            ch = read(pos);
            pos += 1;
        }
    }
    if cnt < 0 {
        return malformed(spec, needs_mapping, FormatError::value("incomplete format"));
    }
    spec.conversion = ch;
    spec.index = pos - 1;
    (PercentPiece::Spec(spec), pos)
}

/// CPython's `unicode_format_arg_output`: truncation (`s r a`), sign, `0x` prefix and
/// padding of one converted argument. `numeric` is true for the integer and float
/// conversions, whose text may start with a sign.
fn output(text: &str, conv: &PercentConversion, numeric: bool) -> Result<String, FormatError> {
    let flags = conv.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width_given = conv.width.unwrap_or(0);
    if conv.width.is_none_or(|w| w <= len)
        && conv.precision.is_none_or(|p| p >= len)
        && !(flags.sign || flags.space)
    {
        return Ok(text.to_string());
    }
    if matches!(conv.conversion, 's' | 'r' | 'a') {
        if let Some(p) = conv.precision {
            len = len.min(p);
        }
    }
    let mut index = 0;
    let mut sign_char = None;
    let mut sign = numeric;
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                index = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.space => sign_char = Some(' '),
            _ => sign = false,
        }
    }
    let mut width = width_given.max(len);
    let mut out = string_with_capacity(width.saturating_add(2))?;
    // `percent_int` put the prefix there; checking keeps a misused call from panicking.
    let prefixed = flags.alternate
        && matches!(conv.conversion, 'x' | 'X' | 'o')
        && len >= 2
        && chars[index..index + 2] == ['0', conv.conversion];
    if sign {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[index..index + 2]);
            index += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        push_repeated(&mut out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.extend(sign_char);
        }
        if prefixed {
            out.extend(&chars[index..index + 2]);
            index += 2;
        }
    }
    out.extend(&chars[index..index + len]);
    if width > len {
        push_repeated(&mut out, ' ', width - len)?;
    }
    Ok(out)
}

/// `%d %i %u %o %x %X` of an int (the VM converts floats and `__index__`/`__int__` objects
/// first). `#` gives `0o`/`0x`/`0X`; the precision is a minimum number of digits.
/// `max_str_digits` limits decimal output as `str(n)` does.
pub fn percent_int(
    value: &IBig,
    conv: &PercentConversion,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let prec = conv.precision.unwrap_or(0);
    if prec > i32::MAX as usize - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    let (radix, prefix) = match conv.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let text = int_to_string(value, radix, max_str_digits)?;
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, &text[..]),
    };
    let mut body = string_with_capacity(prec.max(digits.len()) + 3)?;
    if negative {
        body.push('-');
    }
    if conv.flags.alternate {
        body.push_str(prefix);
    }
    push_repeated(&mut body, '0', prec.saturating_sub(digits.len()))?;
    if conv.conversion == 'X' {
        body.push_str(&digits.to_ascii_uppercase());
    } else {
        body.push_str(digits);
    }
    output(&body, conv, true)
}

/// `%e %E %f %F %g %G` of a float (default precision 6, `#` keeps the point).
pub fn percent_float(value: f64, conv: &PercentConversion) -> Result<String, FormatError> {
    let flags = DtoaFlags {
        alt: conv.flags.alternate,
        ..DtoaFlags::default()
    };
    let text = double_to_string(value, conv.conversion, conv.precision.unwrap_or(6), flags)?;
    output(&text, conv, true)
}

/// `%s %r %a` of the text `str()`, `repr()` or `ascii()` gave: the precision truncates, the
/// width pads (right-aligned unless `-`).
pub fn percent_pad_str(text: &str, conv: &PercentConversion) -> Result<String, FormatError> {
    output(text, conv, false)
}

/// `%c` of a character (from a one-character str or [`percent_char_from_int`]).
pub fn percent_char(c: char, conv: &PercentConversion) -> Result<String, FormatError> {
    let mut buf = [0u8; 4];
    output(c.encode_utf8(&mut buf), conv, false)
}

/// An argument converted by the VM for its conversion character.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentValue {
    /// For `s r a`: the result of `str()`, `repr()` or `ascii()`.
    Str(String),
    /// For `c`.
    Char(char),
    /// For `d i u o x X`.
    Int(IBig),
    /// For `e E f F g G`.
    Float(f64),
}

/// The right operand of `%`.
#[derive(Clone, Debug)]
pub enum PercentArgs<V> {
    /// A tuple: its items are the arguments.
    Tuple(Vec<V>),
    /// Anything else that is not a mapping (a str is never a mapping): the one argument.
    Single(V),
    /// A mapping (not a tuple, not a str): `%(key)` looks up in it, and it is also the one
    /// positional argument.
    Mapping(V),
}

/// What [`percent_format`] needs from the VM.
pub trait PercentHost {
    type Value: Clone;
    type Error: From<FormatError>;
    /// `mapping[key]` (KeyError and the like are the VM's).
    fn get_item(&mut self, mapping: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// A `*` argument as an int, or [`star_wants_int`] when it is not an int.
    fn star_int(&mut self, value: &Self::Value) -> Result<IBig, Self::Error>;
    /// The argument for `conversion` (one of `s r a c d i u o x X e E f F g G`), with the
    /// VM's type errors ([`percent_int_type_error`], [`percent_float_type_error`],
    /// [`percent_char_type_error`], [`percent_char_from_int`], float→int conversion errors).
    fn convert(
        &mut self,
        value: &Self::Value,
        conversion: char,
    ) -> Result<PercentValue, Self::Error>;
    /// Whether `c` is a conversion character of this format (`bytes % args` adds `b`).
    fn accepts(&self, c: char) -> bool {
        is_conversion(c)
    }
    /// The TypeError for arguments left over ("... during string formatting" for str).
    fn leftover(&self) -> FormatError {
        not_all_converted()
    }
    /// The ValueError for a conversion character `c` outside [`PercentHost::accepts`].
    fn unsupported(&self, c: char, index: usize) -> FormatError {
        unsupported_format_character(c, index)
    }
}

/// `fmt % args` from start to end, raising what CPython raises in the order it does.
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0 = unlimited).
pub fn percent_format<H: PercentHost>(
    host: &mut H,
    fmt: &str,
    args: PercentArgs<H::Value>,
    max_str_digits: usize,
) -> Result<String, H::Error> {
    enum Source<V> {
        Tuple(Vec<V>, usize),
        Single(V, bool),
    }
    fn next<V: Clone>(source: &mut Source<V>) -> Result<V, FormatError> {
        match source {
            Source::Tuple(items, used) => {
                let item = items.get(*used).cloned().ok_or_else(not_enough_arguments)?;
                *used += 1;
                Ok(item)
            }
            Source::Single(value, used) => {
                if *used {
                    return Err(not_enough_arguments());
                }
                *used = true;
                Ok(value.clone())
            }
        }
    }
    let (mut source, mapping) = match args {
        PercentArgs::Tuple(items) => (Source::Tuple(items, 0), None),
        PercentArgs::Single(v) => (Source::Single(v, false), None),
        PercentArgs::Mapping(m) => (Source::Single(m.clone(), false), Some(m)),
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    for piece in parse_percent_format(fmt) {
        let (spec, needs_mapping, error) = match piece {
            PercentPiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            PercentPiece::Spec(spec) => {
                let needs = spec.key.is_some();
                (spec, needs, None)
            }
            PercentPiece::Malformed {
                partial,
                needs_mapping,
                error,
            } => (partial, needs_mapping, Some(error)),
        };
        if needs_mapping {
            let Some(map) = &mapping else {
                return Err(format_requires_mapping().into());
            };
            if let Some(key) = &spec.key {
                source = Source::Single(host.get_item(map, key)?, false);
            } else if let Some(error) = error {
                return Err(error.into());
            }
        }
        let mut conv = PercentConversion {
            flags: spec.flags,
            width: None,
            precision: None,
            conversion: spec.conversion,
        };
        match spec.width {
            Some(Count::Star) => {
                let arg = next(&mut source)?;
                let n = host.star_int(&arg)?;
                let n = isize::try_from(&n).map_err(|_| {
                    FormatError::overflow("Python int too large to convert to C ssize_t")
                })?;
                if n < 0 {
                    conv.flags.left = true;
                }
                conv.width = Some(n.unsigned_abs());
            }
            Some(Count::Fixed(n)) => conv.width = Some(n),
            None => {}
        }
        match spec.precision {
            Some(Count::Star) => {
                let arg = next(&mut source)?;
                let n = host.star_int(&arg)?;
                let n = i32::try_from(&n).map_err(|_| {
                    FormatError::overflow("Python int too large to convert to C int")
                })?;
                conv.precision = Some(n.max(0) as usize);
            }
            Some(Count::Fixed(n)) => conv.precision = Some(n),
            None => {}
        }
        if let Some(error) = error {
            return Err(error.into());
        }
        let arg = next(&mut source)?;
        if !host.accepts(spec.conversion) {
            return Err(host.unsupported(spec.conversion, spec.index).into());
        }
        let text = match host.convert(&arg, spec.conversion)? {
            PercentValue::Str(s) => percent_pad_str(&s, &conv)?,
            PercentValue::Char(c) => percent_char(c, &conv)?,
            PercentValue::Int(n) => percent_int(&n, &conv, max_str_digits)?,
            PercentValue::Float(x) => percent_float(x, &conv)?,
        };
        out.push_str(&text);
    }
    let leftover = match &source {
        Source::Tuple(items, used) => *used < items.len(),
        Source::Single(_, used) => !used,
    };
    if mapping.is_none() && leftover {
        return Err(host.leftover().into());
    }
    Ok(out)
}
