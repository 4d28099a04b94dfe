//! `bytes.decode`: UTF-8 (and UTF-8 with signature), UTF-16, UTF-32, ASCII, Latin-1 and
//! cp1252, with the error handlers `strict`, `ignore`, `replace` and `backslashreplace`.
//!
//! Each codec is a step function that reads one character at a position or reports a bad
//! run (reason and length, as CPython's decoders delimit it); one loop applies the error
//! handler, so every codec gets every handler with CPython's `UnicodeDecodeError` fields.
//! `surrogateescape` and `surrogatepass` produce lone surrogates, held as stand-ins
//! (`unicode::surrogates`); a decoded character that is itself a stand-in code point cannot
//! be held, and is NotImplementedError.

use crate::vm::{PyResult, Vm};

/// What a codec reads at a position.
enum Step {
    /// A character and the number of bytes it took.
    Char(char, usize),
    /// Undecodable bytes: the reason and how many bytes the error covers.
    Bad(&'static str, usize),
}

/// The text of `data` in `encoding`, CPython's errors included.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // CPython gives the empty string before it looks the codec up.
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = super::str_encode::lookup_codec(vm, encoding)?;
    let fast = matches!(
        super::str_encode::normalize_encoding(encoding).as_str(),
        "utf_8"
            | "utf8"
            | "utf_16"
            | "utf16"
            | "utf_32"
            | "utf32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    );
    decode_with(vm, data, codec, errors).map_err(|e| {
        if fast {
            e
        } else {
            codec_failed(vm, e, "decoding", encoding)
        }
    })
}

/// CPython's `_PyErr_TrySetFromCause` for codecs reached through the registry (names
/// outside `PyUnicode_Decode`'s fast paths): a TypeError or LookupError from an error
/// handler becomes "decoding with 'cp1252' codec failed (TypeError: ...)", caused by it.
pub fn codec_failed(vm: &mut Vm, e: crate::vm::Exc, what: &str, encoding: &str) -> crate::vm::Exc {
    let wrapped = [vm.exc.TypeError.clone(), vm.exc.LookupError.clone()]
        .into_iter()
        .find(|t| {
            let v = e.value();
            vm.type_data_of(v).name() == t.name() && vm.exc_matches(&e, t)
        });
    let Some(ty) = wrapped else {
        return e;
    };
    let msg = vm
        .str(e.value())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let new = vm.new_exception(
        &ty,
        format!(
            "{what} with '{encoding}' codec failed ({}: {msg})",
            ty.name()
        ),
    );
    *new.data().cause.borrow_mut() = Some(e.value().clone());
    new.data().suppress_context.set(true);
    new
}

fn decode_with(vm: &mut Vm, data: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    match codec {
        "utf_8" => match std::str::from_utf8(data) {
            Ok(s) if !crate::unicode::surrogates::has_standins(s) => Ok(s.to_string()),
            _ => run(vm, data, "utf-8", errors, utf8_step),
        },
        "utf_8_sig" => {
            let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
            match std::str::from_utf8(body) {
                Ok(s) if !crate::unicode::surrogates::has_standins(s) => Ok(s.to_string()),
                _ => run(vm, body, "utf-8", errors, utf8_step),
            }
        }
        "ascii" => run(vm, data, "ascii", errors, |d, i| {
            if d[i] < 0x80 {
                Step::Char(char::from(d[i]), 1)
            } else {
                Step::Bad("ordinal not in range(128)", 1)
            }
        }),
        "latin_1" => Ok(data.iter().map(|&b| char::from(b)).collect()),
        "cp1252" => run(vm, data, "charmap", errors, |d, i| {
            match cp1252_char(d[i]) {
                Some(c) => Step::Char(c, 1),
                None => Step::Bad("character maps to <undefined>", 1),
            }
        }),
        "utf_16" | "utf_16_le" | "utf_16_be" => {
            let (little, body, name) = match codec {
                "utf_16_le" => (true, data, "utf-16-le"),
                "utf_16_be" => (false, data, "utf-16-be"),
                // The byte order mark decides (and goes); without one, the machine's order.
                // Errors name the byte order, as CPython's do.
                _ => match data {
                    [0xFF, 0xFE, rest @ ..] => (true, rest, "utf-16-le"),
                    [0xFE, 0xFF, rest @ ..] => (false, rest, "utf-16-be"),
                    _ => (true, data, "utf-16-le"),
                },
            };
            let offset = data.len() - body.len();
            let s = run(vm, body, name, errors, move |d, i| utf16_step(d, i, little));
            s.map_err(|e| shift_error(vm, e, data, offset))
        }
        "utf_32" | "utf_32_le" | "utf_32_be" => {
            let (little, body, name) = match codec {
                "utf_32_le" => (true, data, "utf-32-le"),
                "utf_32_be" => (false, data, "utf-32-be"),
                _ => match data {
                    [0xFF, 0xFE, 0, 0, rest @ ..] => (true, rest, "utf-32-le"),
                    [0, 0, 0xFE, 0xFF, rest @ ..] => (false, rest, "utf-32-be"),
                    _ => (true, data, "utf-32-le"),
                },
            };
            let offset = data.len() - body.len();
            let s = run(vm, body, name, errors, move |d, i| utf32_step(d, i, little));
            s.map_err(|e| shift_error(vm, e, data, offset))
        }
        other => Err(vm.not_implemented_error(format!(
            "decoding with the '{other}' codec is not supported yet"
        ))),
    }
}

/// A decode error raised on the bytes after a byte order mark, restated on all of `data`.
fn shift_error(vm: &mut Vm, e: crate::vm::Exc, data: &[u8], offset: usize) -> crate::vm::Exc {
    if offset == 0 || !vm.exc_matches(&e, &vm.exc.UnicodeDecodeError.clone()) {
        return e;
    }
    let d = e.data();
    let field = |i: usize| {
        d.field(i)
            .and_then(|v| super::int::as_int(&v).and_then(|n| n.to_i64()))
            .unwrap_or(0) as usize
    };
    let (start, end) = (field(2), field(3));
    let text = |i: usize| {
        d.field(i)
            .and_then(|v| {
                v.downcast::<crate::objects::str::StrData>()
                    .map(|s| s.as_str().to_string())
            })
            .unwrap_or_default()
    };
    let (enc, reason) = (text(0), text(4));
    super::bytes::unicode_decode_error(vm, &enc, data, start + offset, end + offset, &reason)
}

/// Decodes with `step`, sending bad runs to the error handler `errors`.
fn run(
    vm: &mut Vm,
    data: &[u8],
    name: &str,
    errors: &str,
    step: impl Fn(&[u8], usize) -> Step,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match step(data, i) {
            Step::Char(c, n) => {
                if crate::unicode::surrogates::is_standin(c) {
                    return Err(crate::unicode::surrogates::unrepresentable(
                        vm,
                        u32::from(c),
                    ));
                }
                out.push(c);
                i += n;
            }
            Step::Bad(reason, n) => {
                let fail = |vm: &mut Vm| {
                    Err(super::bytes::unicode_decode_error(
                        vm,
                        name,
                        data,
                        i,
                        i + n,
                        reason,
                    ))
                };
                match errors {
                    "strict" => return fail(vm),
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for b in &data[i..i + n] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    "surrogateescape" => {
                        // Bytes 0x80..0xFF become U+DC80..U+DCFF; an ASCII byte cannot be.
                        if data[i..i + n].iter().any(|&b| b < 0x80) {
                            return fail(vm);
                        }
                        for &b in &data[i..i + n] {
                            out.push(standin(0xDC00 + u32::from(b)));
                        }
                    }
                    "surrogatepass" => match encoded_surrogate(name, &data[i..]) {
                        Some((cp, len)) => {
                            out.push(standin(cp));
                            i += len;
                            continue;
                        }
                        None => return fail(vm),
                    },
                    "xmlcharrefreplace" | "namereplace" => {
                        return Err(vm.type_error(
                            "don't know how to handle UnicodeDecodeError in error callback",
                        ))
                    }
                    other => {
                        return Err(vm.new_exception(
                            &vm.exc.LookupError.clone(),
                            format!("unknown error handler name '{other}'"),
                        ))
                    }
                }
                i += n;
            }
        }
    }
    Ok(out)
}

fn standin(cp: u32) -> char {
    crate::unicode::surrogates::char_for(cp).expect("a surrogate has a stand-in")
}

/// `surrogatepass` decoding: the surrogate encoded at the start of `rest` in the UTF codec
/// `name`, and its length in bytes.
fn encoded_surrogate(name: &str, rest: &[u8]) -> Option<(u32, usize)> {
    let cp = match name {
        "utf-8" => match rest {
            [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => (
                0xD000 | (u32::from(*b1 & 0x3F) << 6) | u32::from(*b2 & 0x3F),
                3,
            ),
            _ => return None,
        },
        "utf-16-le" if rest.len() >= 2 => (u32::from(u16::from_le_bytes([rest[0], rest[1]])), 2),
        "utf-16-be" if rest.len() >= 2 => (u32::from(u16::from_be_bytes([rest[0], rest[1]])), 2),
        "utf-32-le" if rest.len() >= 4 => {
            (u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]), 4)
        }
        "utf-32-be" if rest.len() >= 4 => {
            (u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]), 4)
        }
        _ => return None,
    };
    (0xD800..=0xDFFF).contains(&cp.0).then_some(cp)
}

/// One UTF-8 character; bad runs are the maximal invalid prefix, as CPython reports them.
fn utf8_step(d: &[u8], i: usize) -> Step {
    let chunk = &d[i..d.len().min(i + 4)];
    match std::str::from_utf8(chunk) {
        Ok(s) => {
            let c = s.chars().next().expect("non-empty");
            Step::Char(c, c.len_utf8())
        }
        Err(e) if e.valid_up_to() > 0 => {
            let s = std::str::from_utf8(&chunk[..e.valid_up_to()]).expect("valid prefix");
            let c = s.chars().next().expect("non-empty");
            Step::Char(c, c.len_utf8())
        }
        Err(e) => {
            let first = chunk[0];
            if (0x80..0xC2).contains(&first) || first > 0xF4 {
                return Step::Bad("invalid start byte", 1);
            }
            match e.error_len() {
                None => Step::Bad("unexpected end of data", chunk.len()),
                Some(n) => Step::Bad("invalid continuation byte", n),
            }
        }
    }
}

fn utf16_step(d: &[u8], i: usize, little: bool) -> Step {
    let unit = |j: usize| {
        let pair = [d[j], d[j + 1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    };
    let left = d.len() - i;
    if left < 2 {
        return Step::Bad("truncated data", left);
    }
    let u = unit(i);
    match u {
        0xD800..=0xDBFF => {
            if left < 4 {
                return Step::Bad("unexpected end of data", left);
            }
            let v = unit(i + 2);
            if !(0xDC00..=0xDFFF).contains(&v) {
                return Step::Bad("illegal UTF-16 surrogate", 2);
            }
            let cp = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(v) - 0xDC00);
            Step::Char(char::from_u32(cp).expect("valid pair"), 4)
        }
        0xDC00..=0xDFFF => Step::Bad("illegal encoding", 2),
        _ => Step::Char(char::from_u32(u32::from(u)).expect("not a surrogate"), 2),
    }
}

fn utf32_step(d: &[u8], i: usize, little: bool) -> Step {
    let left = d.len() - i;
    if left < 4 {
        return Step::Bad("truncated data", left);
    }
    let quad = [d[i], d[i + 1], d[i + 2], d[i + 3]];
    let cp = if little {
        u32::from_le_bytes(quad)
    } else {
        u32::from_be_bytes(quad)
    };
    match cp {
        0xD800..=0xDFFF => Step::Bad(
            "code point in surrogate code point range(0xd800, 0xe000)",
            4,
        ),
        _ => match char::from_u32(cp) {
            Some(c) => Step::Char(c, 4),
            None => Step::Bad("code point not in range(0x110000)", 4),
        },
    }
}

/// Windows-1252's characters for 0x80..0xA0 (`None`: undefined); other bytes are Latin-1.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

pub fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => Some(char::from(b)),
    }
}

/// The cp1252 byte of `c`, if it has one.
pub fn cp1252_byte(c: char) -> Option<u8> {
    let cp = u32::from(c);
    if cp < 0x80 || (0xA0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|x| *x == Some(c))
        .map(|i| 0x80 + i as u8)
}
