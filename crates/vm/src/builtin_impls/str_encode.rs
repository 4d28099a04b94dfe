//! `str.encode`: UTF-8 (with or without signature), ASCII, Latin-1, cp1252, UTF-16 and
//! UTF-32 with the error handlers `strict`,
//! `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`, and encoding names
//! resolved as CPython's `encodings` package resolves them. A codec or handler CPython has
//! but the VM does not is NotImplementedError; an unknown one is CPython's LookupError.
//!
//! The UTF encodings fail only on lone surrogates (held as stand-ins, see
//! `unicode::surrogates`), which `surrogatepass` writes as such and `surrogateescape` turns
//! back into the bytes U+DC80..U+DCFF escaped.

use crate::object::alloc;
use crate::objects::bytes::BytesData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{Exc, PyResult, Vm};

use super::str_methods::clinic_str_arg;

pub fn str_encode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a
        .skip_self()
        .parse(vm, "encode", &["encoding", "errors"], 0)?;
    let encoding = match &r[0] {
        Some(v) => clinic_str_arg(vm, v, "encode() argument 'encoding' must be str")?
            .as_str()
            .to_string(),
        None => "utf-8".to_string(),
    };
    let errors = match &r[1] {
        Some(v) => clinic_str_arg(vm, v, "encode() argument 'errors' must be str")?
            .as_str()
            .to_string(),
        None => "strict".to_string(),
    };
    let bytes = encode(vm, &a.values[0], &encoding, &errors)?;
    Ok(alloc(&vm.types.bytes, BytesData::new(bytes)).into_value())
}

/// `encodings.normalize_encoding` after the registry's lower-casing: runs of characters
/// other than ASCII letters, digits and `.` become one `_` (none at the ends); non-ASCII
/// letters and digits are dropped.
pub(super) fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// CPython's module name for the codec `name` designates, if the VM implements it;
/// NotImplementedError for CPython's other codecs, LookupError for unknown names.
pub fn lookup_codec(vm: &Vm, name: &str) -> PyResult<&'static str> {
    let norm = normalize_encoding(name);
    let candidates = [norm.clone(), norm.replace('.', "_")];
    // Codecs implemented beyond the generated table's (its other names stay unsupported).
    for n in &candidates {
        match n.as_str() {
            "cp1252" | "windows_1252" | "1252" => return Ok("cp1252"),
            "utf_8_sig" => return Ok("utf_8_sig"),
            _ => {}
        }
    }
    for n in &candidates {
        if let Ok(i) = crate::unicode::CODECS.binary_search_by(|(k, _)| (*k).cmp(n.as_str())) {
            return Ok(crate::unicode::CODECS[i].1);
        }
    }
    for n in &candidates {
        if crate::unicode::NON_TEXT_CODECS
            .binary_search(&n.as_str())
            .is_ok()
        {
            return Err(vm.new_exception(
                &vm.exc.LookupError.clone(),
                format!(
                    "'{name}' is not a text encoding; use codecs.encode() to handle arbitrary \
                     codecs"
                ),
            ));
        }
        if crate::unicode::OTHER_CODECS
            .binary_search(&n.as_str())
            .is_ok()
        {
            return Err(vm.not_implemented_error(format!(
                "the '{name}' codec is not supported yet (only UTF-8, UTF-16, UTF-32, ASCII, \
                 Latin-1 and cp1252 are)"
            )));
        }
    }
    Err(vm.new_exception(
        &vm.exc.LookupError.clone(),
        format!("unknown encoding: {name}"),
    ))
}

/// The bytes of str value `s` in `encoding`, CPython's errors included.
pub fn encode(vm: &mut Vm, s: &Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let text = s
        .downcast::<StrData>()
        .map(|d| d.as_str())
        .unwrap_or_default();
    let codec = lookup_codec(vm, encoding)?;
    // Names outside `PyUnicode_AsEncodedString`'s fast paths go through the registry, which
    // restates an error handler's failure (see `codec_failed`).
    let fast = matches!(
        normalize_encoding(encoding).as_str(),
        "utf_8" | "utf8" | "ascii" | "us_ascii" | "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1"
    );
    encode_with(vm, s, text, codec, errors).map_err(|e| {
        if fast {
            e
        } else {
            super::bytes_decode::codec_failed(vm, e, "encoding", encoding)
        }
    })
}

fn encode_with(vm: &mut Vm, s: &Value, text: &str, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    if crate::unicode::surrogates::has_standins(text) && codec.starts_with("utf_") {
        return encode_utf_with_surrogates(vm, s, text, codec, errors);
    }
    let utf16 = |little: bool, bom: bool| {
        let mut out = Vec::with_capacity(text.len() * 2 + 2);
        if bom {
            out.extend_from_slice(&[0xFF, 0xFE]);
        }
        for unit in text.encode_utf16() {
            out.extend_from_slice(&if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    };
    let utf32 = |little: bool, bom: bool| {
        let mut out = Vec::with_capacity(text.len() * 4 + 4);
        if bom {
            out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
        }
        for c in text.chars() {
            let cp = u32::from(c);
            out.extend_from_slice(&if little {
                cp.to_le_bytes()
            } else {
                cp.to_be_bytes()
            });
        }
        out
    };
    // CPython writes the byte order mark of a little-endian machine, as this one.
    Ok(match codec {
        "utf_8" => text.as_bytes().to_vec(),
        "utf_16" => utf16(true, true),
        "utf_16_le" => utf16(true, false),
        "utf_16_be" => utf16(false, false),
        "utf_32" => utf32(true, true),
        "utf_32_le" => utf32(true, false),
        "utf_32_be" => utf32(false, false),
        "utf_8_sig" => [b"\xef\xbb\xbf", text.as_bytes()].concat(),
        "ascii" => encode_ucs1(vm, s, text, ASCII, errors)?,
        "cp1252" => encode_ucs1(vm, s, text, CP1252, errors)?,
        _ => encode_ucs1(vm, s, text, LATIN_1, errors)?,
    })
}

/// A UTF codec over text with lone surrogates: each run of them goes to the error handler.
fn encode_utf_with_surrogates(
    vm: &mut Vm,
    s: &Value,
    text: &str,
    codec: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    use crate::unicode::surrogates::{code_point, is_standin};
    let (name, width, little, bom): (&str, usize, bool, &[u8]) = match codec {
        "utf_16" => ("utf-16", 2, true, &[0xFF, 0xFE]),
        "utf_16_le" => ("utf-16-le", 2, true, &[]),
        "utf_16_be" => ("utf-16-be", 2, false, &[]),
        "utf_32" => ("utf-32", 4, true, &[0xFF, 0xFE, 0, 0]),
        "utf_32_le" => ("utf-32-le", 4, true, &[]),
        "utf_32_be" => ("utf-32-be", 4, false, &[]),
        "utf_8_sig" => ("utf-8", 1, true, b"\xef\xbb\xbf"),
        _ => ("utf-8", 1, true, &[]),
    };
    let unit = |out: &mut Vec<u8>, u: u32| match (width, little) {
        (2, true) => out.extend_from_slice(&(u as u16).to_le_bytes()),
        (2, false) => out.extend_from_slice(&(u as u16).to_be_bytes()),
        (_, true) => out.extend_from_slice(&u.to_le_bytes()),
        (_, false) => out.extend_from_slice(&u.to_be_bytes()),
    };
    let put = |out: &mut Vec<u8>, c: char| {
        if width == 1 {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else if width == 2 {
            let mut buf = [0u16; 2];
            for &u in c.encode_utf16(&mut buf).iter() {
                unit(out, u32::from(u));
            }
        } else {
            unit(out, u32::from(c));
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = bom.to_vec();
    let mut i = 0;
    while i < chars.len() {
        if !is_standin(chars[i]) {
            put(&mut out, chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_standin(chars[i]) {
            i += 1;
        }
        let fail = |vm: &mut Vm| {
            let codec = ByteCodec {
                byte: |_| None,
                name,
                reason: "surrogates not allowed",
            };
            encode_error(vm, s, &codec, start, i)
        };
        for (k, &c) in chars[start..i].iter().enumerate() {
            let cp = code_point(c);
            match errors {
                "strict" => return Err(fail(vm)),
                "ignore" => {}
                "replace" => put(&mut out, '?'),
                "surrogatepass" => {
                    if width == 1 {
                        out.extend_from_slice(&[
                            0xE0 | (cp >> 12) as u8,
                            0x80 | ((cp >> 6) & 0x3F) as u8,
                            0x80 | (cp & 0x3F) as u8,
                        ]);
                    } else {
                        unit(&mut out, cp);
                    }
                }
                "surrogateescape" if (0xDC80..=0xDCFF).contains(&cp) => {
                    out.push((cp - 0xDC00) as u8)
                }
                "surrogateescape" => {
                    let codec = ByteCodec {
                        byte: |_| None,
                        name,
                        reason: "surrogates not allowed",
                    };
                    return Err(encode_error(vm, s, &codec, start + k, i));
                }
                "backslashreplace" => {
                    for b in format!("\\u{cp:04x}").chars() {
                        put(&mut out, b);
                    }
                }
                "xmlcharrefreplace" => {
                    for b in format!("&#{cp};").chars() {
                        put(&mut out, b);
                    }
                }
                "namereplace" => {
                    return Err(vm.not_implemented_error(
                        "the 'namereplace' error handler is not supported yet",
                    ))
                }
                other => {
                    return Err(vm.new_exception(
                        &vm.exc.LookupError.clone(),
                        format!("unknown error handler name '{other}'"),
                    ))
                }
            }
        }
    }
    Ok(out)
}

/// A one-byte codec: its byte for a character, and its name and reason in errors.
struct ByteCodec {
    byte: fn(char) -> Option<u8>,
    name: &'static str,
    reason: &'static str,
}

const ASCII: ByteCodec = ByteCodec {
    byte: |c| u8::try_from(u32::from(c)).ok().filter(u8::is_ascii),
    name: "ascii",
    reason: "ordinal not in range(128)",
};

const LATIN_1: ByteCodec = ByteCodec {
    byte: |c| u8::try_from(u32::from(c)).ok(),
    name: "latin-1",
    reason: "ordinal not in range(256)",
};

const CP1252: ByteCodec = ByteCodec {
    byte: super::bytes_decode::cp1252_byte,
    name: "charmap",
    reason: "character maps to <undefined>",
};

/// ASCII, Latin-1 or cp1252: each run of characters without a byte goes to the error
/// handler.
fn encode_ucs1(
    vm: &mut Vm,
    s: &Value,
    text: &str,
    codec: ByteCodec,
    errors: &str,
) -> PyResult<Vec<u8>> {
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = (codec.byte)(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (codec.byte)(chars[i]).is_none() {
            i += 1;
        }
        let bad = &chars[start..i];
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
            "backslashreplace" => {
                for &c in bad {
                    let cp = crate::unicode::surrogates::code_point(c);
                    let esc = if cp < 0x100 {
                        format!("\\x{cp:02x}")
                    } else if cp < 0x10000 {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    let cp = crate::unicode::surrogates::code_point(c);
                    out.extend_from_slice(format!("&#{cp};").as_bytes());
                }
            }
            "surrogateescape" => {
                // Escaped bytes (U+DC80..U+DCFF) go back to bytes; anything else fails there.
                for (k, &c) in bad.iter().enumerate() {
                    let cp = crate::unicode::surrogates::code_point(c);
                    if !(0xDC80..=0xDCFF).contains(&cp) {
                        return Err(encode_error(vm, s, &codec, start + k, i));
                    }
                    out.push((cp - 0xDC00) as u8);
                }
            }
            "strict" | "surrogatepass" => return Err(encode_error(vm, s, &codec, start, i)),
            "namereplace" => {
                return Err(vm
                    .not_implemented_error("the 'namereplace' error handler is not supported yet"))
            }
            other => {
                return Err(vm.new_exception(
                    &vm.exc.LookupError.clone(),
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
    }
    Ok(out)
}

/// `UnicodeEncodeError('ascii', s, start, end, 'ordinal not in range(128)')`.
fn encode_error(vm: &mut Vm, s: &Value, codec: &ByteCodec, start: usize, end: usize) -> Exc {
    let (name, reason) = (codec.name, codec.reason);
    let fields = [
        vm.new_str(name),
        s.clone(),
        vm.new_int(start as i64),
        vm.new_int(end as i64),
        vm.new_str(reason),
    ];
    let e = vm.new_exception_args(&vm.exc.UnicodeEncodeError.clone(), fields.to_vec());
    let d = e.data();
    for (i, f) in fields.into_iter().enumerate() {
        d.set_field(i, Some(f));
    }
    e
}
