//! `str` methods that cut or pad: `split`, `rsplit`, `splitlines`, `strip`, `lstrip`,
//! `rstrip`, `expandtabs`, `center`, `ljust`, `rjust`, `zfill`. Whitespace and line breaks
//! are Python's (`crate::unicode`), not Rust's.

use crate::object::TypeRef;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::unicode::{is_linebreak, is_space};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::str_methods::{c_int_arg, ssize_arg, str_arg, string_with_room, this, unchanged};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, crate::objects::native::NativeFn); 11] = [
        ("split", |vm, a| split_method(vm, a, "split", false)),
        ("rsplit", |vm, a| split_method(vm, a, "rsplit", true)),
        ("splitlines", str_splitlines),
        ("strip", |vm, a| strip_method(vm, a, "strip", true, true)),
        ("lstrip", |vm, a| strip_method(vm, a, "lstrip", true, false)),
        ("rstrip", |vm, a| strip_method(vm, a, "rstrip", false, true)),
        ("expandtabs", str_expandtabs),
        ("center", |vm, a| justify(vm, a, "center")),
        ("ljust", |vm, a| justify(vm, a, "ljust")),
        ("rjust", |vm, a| justify(vm, a, "rjust")),
        ("zfill", str_zfill),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
}

// ---- split, rsplit ----

fn split_method(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, name, &["sep", "maxsplit"], 0)?;
    let sep = match &r[0] {
        Some(v) if !v.is_none() => Some(str_arg(vm, v, "must be str or None")?.as_str()),
        _ => None,
    };
    let max = match &r[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let text = this(&a).as_str();
    let parts: Vec<&str> = match sep {
        Some("") => return Err(vm.value_error("empty separator")),
        Some(sep) if rev => {
            let mut parts: Vec<&str> = text.rsplitn(max.saturating_add(1), sep).collect();
            parts.reverse();
            parts
        }
        Some(sep) => text.splitn(max.saturating_add(1), sep).collect(),
        None if rev => {
            let mut parts = rsplit_whitespace(text, max);
            parts.reverse();
            parts
        }
        None => split_whitespace(text, max),
    };
    let this_v = &a.values[0];
    let items = if parts.len() == 1 && parts[0].len() == text.len() {
        vec![unchanged(vm, this_v)]
    } else {
        parts.into_iter().map(|p| vm.new_str(p)).collect()
    };
    Ok(vm.new_list(items))
}

/// CPython's `split_whitespace`: runs of Python whitespace separate; leading and trailing
/// whitespace give no empty strings; after `max` splits the rest (left-stripped) is one part.
fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    let mut splits = 0;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if splits == max {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = &rest[end..];
        splits += 1;
    }
    parts
}

/// `split_whitespace` from the right; the parts come out last first.
fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    let mut splits = 0;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if splits == max {
            parts.push(rest);
            break;
        }
        let start = rest
            .rfind(is_space)
            .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        parts.push(&rest[start..]);
        rest = &rest[..start];
        splits += 1;
    }
    parts
}

// ---- splitlines ----

fn str_splitlines(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, "splitlines", &["keepends"], 0)?;
    let keepends = match &r[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let text = this(&a).as_str();
    let mut items = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        items.push(vm.new_str(&text[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        if start == 0 {
            items.push(unchanged(vm, &a.values[0]));
        } else {
            items.push(vm.new_str(&text[start..]));
        }
    }
    Ok(vm.new_list(items))
}

// ---- strip ----

fn strip_method(vm: &mut Vm, a: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("str.{name}"))?;
    let p = rest.unpack(vm, name, 0, 1)?;
    let chars = match p.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match v.downcast::<StrData>() {
            Some(s) => Some(s.as_str()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let text = this(&a).as_str();
    let strip = |t: &'_ str, pred: &dyn Fn(char) -> bool| -> (usize, usize) {
        let start = if left {
            t.len() - t.trim_start_matches(pred).len()
        } else {
            0
        };
        let end = if right {
            start + t[start..].trim_end_matches(pred).len()
        } else {
            t.len()
        };
        (start, end)
    };
    let (start, end) = match chars {
        None => strip(text, &is_space),
        Some(set) if set.is_ascii() => {
            let bytes = set.as_bytes();
            strip(text, &|c: char| c.is_ascii() && bytes.contains(&(c as u8)))
        }
        Some(set) => strip(text, &|c: char| set.contains(c)),
    };
    if start == 0 && end == text.len() {
        return Ok(unchanged(vm, &a.values[0]));
    }
    Ok(vm.new_str(&text[start..end]))
}

// ---- expandtabs ----

fn str_expandtabs(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a.skip_self().parse(vm, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &r[0] {
        Some(v) => i64::from(c_int_arg(vm, v)?),
        None => 8,
    };
    let text = this(&a).as_str();
    if !text.contains('\t') {
        return Ok(unchanged(vm, &a.values[0]));
    }
    // First the size, as CPython, so that a huge tab size is OverflowError, not a failed
    // allocation. Columns count code points; the size counts bytes.
    let too_long = || vm.overflow_error("new string is too long");
    let (mut size, mut column) = (0i64, 0i64);
    for c in text.chars() {
        let step = if c == '\t' {
            if tabsize > 0 {
                tabsize - column % tabsize
            } else {
                0
            }
        } else {
            1
        };
        column = column.checked_add(step).ok_or_else(too_long)?;
        let bytes = if c == '\t' { step } else { c.len_utf8() as i64 };
        size = size.checked_add(bytes).ok_or_else(too_long)?;
        if c == '\n' || c == '\r' {
            column = 0;
        }
    }
    let mut out = string_with_room(vm, size as usize)?;
    let mut column = 0i64;
    for c in text.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let n = tabsize - column % tabsize;
                out.extend(std::iter::repeat_n(' ', n as usize));
                column += n;
            }
        } else {
            out.push(c);
            column += 1;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(vm.new_str(out))
}

// ---- center, ljust, rjust, zfill ----

/// `text` with `left` and `right` copies of `fill` around it.
fn pad(vm: &Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let n = left
        .checked_add(right)
        .and_then(|k| k.checked_mul(fill.len_utf8()))
        .and_then(|k| k.checked_add(text.len()))
        .ok_or_else(|| vm.memory_error())?;
    let mut out = string_with_room(vm, n)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(vm.new_str(out))
}

fn justify(vm: &mut Vm, a: Args<'_>, name: &str) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("str.{name}"))?;
    let p = rest.unpack(vm, name, 1, 2)?;
    let width = ssize_arg(vm, &p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(f) => {
            let Some(s) = f.downcast::<StrData>() else {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )));
            };
            let mut cs = s.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    let s = this(&a);
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(unchanged(vm, &a.values[0]));
    }
    let margin = width - len;
    let (left, right) = match name {
        "ljust" => (0, margin),
        "rjust" => (margin, 0),
        // CPython puts the odd space on the left only when the width is odd too.
        _ => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    };
    pad(vm, s.as_str(), left as usize, right as usize, fill)
}

fn str_zfill(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let width = a.skip_self().exactly_one(vm, "str.zfill")?;
    let width = ssize_arg(vm, width)?;
    let s = this(&a);
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(unchanged(vm, &a.values[0]));
    }
    let text = s.as_str();
    let fill = (width - len) as usize;
    match text.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            let mut out = string_with_room(vm, fill.saturating_add(text.len()))?;
            out.push(sign as char);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&text[1..]);
            Ok(vm.new_str(out))
        }
        _ => pad(vm, text, fill, 0, '0'),
    }
}
