//! Splitting, stripping and padding of `bytes` and `bytearray`: `split`, `rsplit`,
//! `splitlines`, `strip`/`lstrip`/`rstrip`, `center`/`ljust`/`rjust`, `zfill`,
//! `expandtabs`. Whitespace is ASCII whitespace only (`\t\n\x0b\x0c\r` and space), and
//! lines end only at `\n`, `\r` and `\r\n`: bytes know nothing of Unicode.

use crate::object::TypeRef;
use crate::objects::native::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::{buffer_of, bytes_like, like};
use super::bytes_methods::{same_or_new, this, type_name};
use super::str_methods::ssize_arg;

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, NativeFn); 11] = [
        ("split", |vm, a| split_method(vm, a, "split", false)),
        ("rsplit", |vm, a| split_method(vm, a, "rsplit", true)),
        ("splitlines", bytes_splitlines),
        ("strip", |vm, a| strip_method(vm, a, "strip", true, true)),
        ("lstrip", |vm, a| strip_method(vm, a, "lstrip", true, false)),
        ("rstrip", |vm, a| strip_method(vm, a, "rstrip", false, true)),
        ("center", |vm, a| pad_method(vm, a, "center")),
        ("ljust", |vm, a| pad_method(vm, a, "ljust")),
        ("rjust", |vm, a| pad_method(vm, a, "rjust")),
        ("zfill", bytes_zfill),
        ("expandtabs", bytes_expandtabs),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
}

/// Python's `bytes.isspace` test for one byte.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- split, rsplit ----

fn split_method(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = match &r[1] {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = this(&a);
    let parts = match r[0].as_ref().filter(|s| !s.is_none()) {
        None => split_whitespace(&text, max, rev),
        Some(sep) => {
            let sep = bytes_like(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            split_on(&text, &sep, max, rev)
        }
    };
    let this_v = &a.values[0];
    // An exact bytes with nothing to split comes back itself, as in CPython.
    let items = if parts.len() == 1 && parts[0].len() == text.len() {
        vec![same_or_new(vm, this_v, &text)]
    } else {
        parts.into_iter().map(|p| like(vm, this_v, p)).collect()
    };
    Ok(vm.new_list(items))
}

/// Runs of non-whitespace, at most `max` splits (from the right when `rev`); the unsplit
/// remainder keeps its inner whitespace but loses the outer.
fn split_whitespace(text: &[u8], max: usize, rev: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if rev {
        let mut end = text.len();
        loop {
            while end > 0 && is_space(text[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if parts.len() == max {
                parts.push(text[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !is_space(text[start - 1]) {
                start -= 1;
            }
            parts.push(text[start..end].to_vec());
            end = start;
        }
        parts.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < text.len() && is_space(text[start]) {
                start += 1;
            }
            if start == text.len() {
                break;
            }
            if parts.len() == max {
                parts.push(text[start..].to_vec());
                break;
            }
            let mut end = start;
            while end < text.len() && !is_space(text[end]) {
                end += 1;
            }
            parts.push(text[start..end].to_vec());
            start = end;
        }
    }
    parts
}

fn split_on(text: &[u8], sep: &[u8], max: usize, rev: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if rev {
        let mut end = text.len();
        while parts.len() < max {
            match super::bytes::rfind(&text[..end], sep) {
                Some(i) => {
                    parts.push(text[i + sep.len()..end].to_vec());
                    end = i;
                }
                None => break,
            }
        }
        parts.push(text[..end].to_vec());
        parts.reverse();
    } else {
        let mut start = 0;
        while parts.len() < max {
            match super::bytes::find(text, sep, start) {
                Some(i) => {
                    parts.push(text[start..i].to_vec());
                    start = i + sep.len();
                }
                None => break,
            }
        }
        parts.push(text[start..].to_vec());
    }
    parts
}

fn bytes_splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, "splitlines", &["keepends"], 0)?;
    let keep = match &r[0] {
        Some(k) => super::str_methods::c_int_arg(vm, k)? != 0,
        None => false,
    };
    let text = this(&a);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        let eol = match text[i] {
            b'\n' => 1,
            b'\r' if text.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        lines.push(text[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < text.len() {
        lines.push(text[start..].to_vec());
    }
    let this_v = &a.values[0];
    let items = if lines.len() == 1 && lines[0].len() == text.len() {
        vec![same_or_new(vm, this_v, &text)]
    } else {
        lines.into_iter().map(|l| like(vm, this_v, l)).collect()
    };
    Ok(vm.new_list(items))
}

// ---- strip ----

fn strip_method(vm: &mut Vm, a: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("{}.{name}", type_name(&a)))?;
    let p = rest.unpack(vm, name, 0, 1)?;
    let chars = match p.first().filter(|c| !c.is_none()) {
        Some(c) => Some(bytes_like(vm, c)?),
        None => None,
    };
    let strip = |b: u8| match &chars {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let text = this(&a);
    let mut start = 0;
    let mut end = text.len();
    if left {
        while start < end && strip(text[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(text[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == text.len() {
        return Ok(same_or_new(vm, &a.values[0], &text));
    }
    Ok(like(vm, &a.values[0], text[start..end].to_vec()))
}

// ---- center, ljust, rjust, zfill ----

/// The result length of a pad to `width`, MemoryError past what can exist.
fn checked_width(vm: &Vm, width: i64) -> PyResult<usize> {
    if width > isize::MAX as i64 / 2 {
        return Err(vm.memory_error());
    }
    Ok(width.max(0) as usize)
}

fn pad_method(vm: &mut Vm, a: Args<'_>, name: &str) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("{}.{name}", type_name(&a)))?;
    let p = rest.unpack(vm, name, 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = match p.get(1) {
        Some(f) => {
            let ok = f.downcast::<crate::objects::bytes::BytesData>().is_some()
                || f.downcast::<crate::objects::bytes::ByteArrayData>()
                    .is_some();
            match buffer_of(f).filter(|b| ok && b.len() == 1) {
                Some(b) => b[0],
                None => {
                    return Err(vm.type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        crate::args::bad_arg_name(vm, f)
                    )))
                }
            }
        }
        None => b' ',
    };
    let text = this(&a);
    let width = checked_width(vm, width)?;
    if width <= text.len() {
        return Ok(same_or_new(vm, &a.values[0], &text));
    }
    let pad = width - text.len();
    let (left, right) = match name {
        "ljust" => (0, pad),
        "rjust" => (pad, 0),
        // CPython's centring puts the odd byte on the left when the width is odd.
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&text);
    out.resize(out.len() + right, fill);
    Ok(like(vm, &a.values[0], out))
}

fn bytes_zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let w = a
        .skip_self()
        .exactly_one(vm, &format!("{}.zfill", type_name(&a)))?;
    let width = ssize_arg(vm, w)?;
    let text = this(&a);
    let width = checked_width(vm, width)?;
    if width <= text.len() {
        return Ok(same_or_new(vm, &a.values[0], &text));
    }
    let pad = width - text.len();
    let mut out = vec![b'0'; pad];
    out.extend_from_slice(&text);
    if matches!(text.first(), Some(b'+' | b'-')) {
        out[0] = text[0];
        out[pad] = b'0';
    }
    Ok(like(vm, &a.values[0], out))
}

fn bytes_expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, "expandtabs", &["tabsize"], 0)?;
    let tab = match &r[0] {
        Some(t) => super::str_methods::c_int_arg(vm, t)? as i64,
        None => 8,
    };
    let text = this(&a);
    let mut out = Vec::with_capacity(text.len());
    let mut col: i64 = 0;
    for &b in text.iter() {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(like(vm, &a.values[0], out))
}
