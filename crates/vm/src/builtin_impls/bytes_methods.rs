//! The methods `bytes` and `bytearray` share: registration, the argument helpers, and
//! searching (`find` and its family, `count`, `startswith`/`endswith`, `replace`,
//! `partition`, `removeprefix`/`removesuffix`), `join` and `decode`. Splitting, stripping
//! and padding live in `bytes_split.rs`, case and predicates in `bytes_case.rs`, `hex`,
//! `fromhex`, `maketrans` and `translate` in `bytes_hex.rs`.
//!
//! One function serves both types: results take the family of `self` (`like`), and messages
//! that name the type take it from `self`'s layout, as each CPython type has its own copy.

use crate::object::TypeRef;
use crate::objects::bytes::ByteArrayData;
use crate::objects::native::{Args, NativeFn};
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::{buffer_copy, buffer_of, bytes_like, like};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, NativeFn); 16] = [
        ("find", |vm, a| find_method(vm, a, "find", false, false)),
        ("rfind", |vm, a| find_method(vm, a, "rfind", true, false)),
        ("index", |vm, a| find_method(vm, a, "index", false, true)),
        ("rindex", |vm, a| find_method(vm, a, "rindex", true, true)),
        ("count", bytes_count),
        ("startswith", |vm, a| {
            tailmatch_method(vm, a, "startswith", false)
        }),
        ("endswith", |vm, a| {
            tailmatch_method(vm, a, "endswith", true)
        }),
        ("replace", bytes_replace),
        ("partition", |vm, a| partition(vm, a, "partition", false)),
        ("rpartition", |vm, a| partition(vm, a, "rpartition", true)),
        ("removeprefix", |vm, a| {
            remove_affix(vm, a, "removeprefix", false)
        }),
        ("removesuffix", |vm, a| {
            remove_affix(vm, a, "removesuffix", true)
        }),
        ("join", bytes_join),
        ("decode", bytes_decode),
        ("__getnewargs__", |vm, a| {
            a.skip_self()
                .none(vm, &format!("{}.__getnewargs__", type_name(&a)))?;
            let data = this(&a).into_owned();
            let v = like(vm, &a.values[0], data);
            Ok(vm.new_tuple([v]))
        }),
        ("__sizeof__", |vm, a| {
            a.skip_self()
                .none(vm, &format!("{}.__sizeof__", type_name(&a)))?;
            Ok(vm.new_int(33 + this(&a).len() as i64))
        }),
    ];
    for (name, f) in methods {
        if name == "__getnewargs__" && t.is(&vm.types.bytearray) {
            continue;
        }
        if name == "__sizeof__" && t.is(&vm.types.bytearray) {
            continue;
        }
        super::add_method(vm, t, name, f);
    }
    super::bytes_split::init(vm, t);
    super::bytes_case::init(vm, t);
    super::bytes_hex::init(vm, t);
}

// ---- shared helpers ----

/// The type name CPython's messages use for the method's `self`.
pub(super) fn type_name(a: &Args<'_>) -> &'static str {
    if a.values[0].downcast::<ByteArrayData>().is_some() {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `self`'s bytes: borrowed for bytes (searching a large bytes in a loop must not copy it
/// each time), a copy for bytearray (Python code an argument runs may change it).
pub(super) fn this<'a>(a: &Args<'a>) -> std::borrow::Cow<'a, [u8]> {
    buffer_of(&a.values[0]).unwrap_or_default()
}

/// Runs `f` over `self`'s bytes in place. Only for code that runs no Python (a bytearray is
/// borrowed meanwhile), so arguments are converted before: the searching methods use it to
/// avoid a copy per call.
pub(super) fn with_this<R>(a: &Args<'_>, f: impl FnOnce(&[u8]) -> R) -> R {
    let v = &a.values[0];
    match v.downcast::<crate::objects::bytes::BytesData>() {
        Some(b) => f(&b.bytes),
        None => f(&super::bytes::ba(v).bytes.borrow()),
    }
}

/// `self` unchanged where CPython returns it (an exact bytes), else a new object of its
/// family holding `data`.
pub(super) fn same_or_new(vm: &Vm, this_v: &Value, data: &[u8]) -> Value {
    if crate::objects::str_ops::is_exact(vm, this_v, &vm.types.bytes.clone()) {
        this_v.clone()
    } else {
        like(vm, this_v, data.to_vec())
    }
}

/// CPython's `ADJUST_INDICES` (`str_methods::adjust`), as byte offsets (both non-negative).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let (start, end) = super::str_methods::adjust(start, end, len);
    (start as usize, end as usize)
}

/// The arguments of `find`-style methods, positional only: `(sub, start, end)`.
fn search_args<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    super::str_methods::search_args_of(vm, a, type_name(a), name)
}

/// The needle of `find`/`count`/`index`: a buffer or a byte value.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_copy(v) {
        return Ok(b);
    }
    if super::int::index_value(vm, v)?.is_some() {
        return Ok(vec![super::bytes::byte_arg(vm, v)?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

// ---- find, index, count ----

fn find_in(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (start, end) = adjust(start, end, hay.len());
    if start > end || end - start < sub.len() {
        return -1;
    }
    let window = &hay[start..end];
    let found = if rev {
        super::bytes::rfind(window, sub)
    } else {
        super::bytes::find(window, sub, 0)
    };
    found.map_or(-1, |i| (i + start) as i64)
}

fn find_method(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, &a, name)?;
    let sub = needle(vm, sub)?;
    let i = with_this(&a, |hay| find_in(hay, &sub, start, end, rev));
    if i < 0 && raise {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.new_int(i))
}

/// Non-overlapping occurrences of `sub` in `hay`, at most `max`.
pub(super) fn count_in(hay: &[u8], sub: &[u8], max: usize) -> usize {
    if sub.is_empty() {
        return (hay.len() + 1).min(max);
    }
    let (mut n, mut from) = (0, 0);
    while n < max {
        match super::bytes::find(hay, sub, from) {
            Some(i) => {
                n += 1;
                from = i + sub.len();
            }
            None => break,
        }
    }
    n
}

fn bytes_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, &a, "count")?;
    let sub = needle(vm, sub)?;
    let n = with_this(&a, |hay| {
        let (start, end) = adjust(start, end, hay.len());
        if start > end || end - start < sub.len() {
            return 0;
        }
        count_in(&hay[start..end], &sub, usize::MAX)
    });
    Ok(vm.new_int(n as i64))
}

// ---- startswith, endswith ----

fn tailmatch(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, tail: bool) -> bool {
    let (start, end) = adjust(start, end, hay.len());
    if start > end || end - start < sub.len() {
        return false;
    }
    if tail {
        &hay[end - sub.len()..end] == sub
    } else {
        &hay[start..start + sub.len()] == sub
    }
}

fn tailmatch_method(vm: &mut Vm, a: Args<'_>, name: &str, tail: bool) -> PyResult<Value> {
    let (prefix, start, end) = search_args(vm, &a, name)?;
    if let Some(t) = prefix.downcast::<TupleData>() {
        // Items are converted one at a time: a match ends the loop before a bad item.
        for item in t.items() {
            let sub = bytes_like(vm, item)?;
            if with_this(&a, |hay| tailmatch(hay, &sub, start, end, tail)) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(sub) = buffer_copy(prefix) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(prefix)
        )));
    };
    Ok(Value::from_bool(with_this(&a, |hay| {
        tailmatch(hay, &sub, start, end, tail)
    })))
}

// ---- replace ----

fn bytes_replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("{}.replace", type_name(&a)))?;
    let p = rest.unpack(vm, "replace", 2, 3)?;
    let old = bytes_like(vm, &p[0])?;
    let new = bytes_like(vm, &p[1])?;
    let count = match p.get(2) {
        Some(c) => super::str_methods::ssize_arg(vm, c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let this_v = &a.values[0];
    let text = this(&a);
    let n = count_in(&text, &old, max);
    if n == 0 || old == new {
        return Ok(same_or_new(vm, this_v, &text));
    }
    let size = (text.len() as u128 + new.len() as u128 * n as u128)
        .saturating_sub(old.len() as u128 * n as u128);
    if size > isize::MAX as u128 {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    let mut out = Vec::with_capacity(size as usize);
    if old.is_empty() {
        // The replacement goes before each of the first `n` bytes (and at the end).
        for i in 0..n {
            out.extend_from_slice(&new);
            if let Some(&b) = text.get(i) {
                out.push(b);
            }
        }
        if n <= text.len() {
            out.extend_from_slice(&text[n..]);
        }
    } else {
        let mut last = 0;
        for _ in 0..n {
            let i = super::bytes::find(&text, &old, last).expect("counted");
            out.extend_from_slice(&text[last..i]);
            out.extend_from_slice(&new);
            last = i + old.len();
        }
        out.extend_from_slice(&text[last..]);
    }
    Ok(like(vm, this_v, out))
}

// ---- partition, removeprefix, removesuffix ----

fn partition(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let sep_v = a
        .skip_self()
        .exactly_one(vm, &format!("{}.{name}", type_name(&a)))?;
    let sep = bytes_like(vm, sep_v)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let this_v = &a.values[0];
    let text = this(&a);
    let found = if rev {
        super::bytes::rfind(&text, &sep)
    } else {
        super::bytes::find(&text, &sep, 0)
    };
    let empty = || Vec::new();
    let parts = match found {
        Some(i) => {
            // bytes hands back the separator object itself, whatever its type (stringlib's
            // partition); bytearray makes a new bytearray of it.
            let sep_out = if this_v.downcast::<ByteArrayData>().is_none() {
                sep_v.clone()
            } else {
                like(vm, this_v, sep.clone())
            };
            vec![
                like(vm, this_v, text[..i].to_vec()),
                sep_out,
                like(vm, this_v, text[i + sep.len()..].to_vec()),
            ]
        }
        None if rev => vec![
            like(vm, this_v, empty()),
            like(vm, this_v, empty()),
            same_or_new(vm, this_v, &text),
        ],
        None => vec![
            same_or_new(vm, this_v, &text),
            like(vm, this_v, empty()),
            like(vm, this_v, empty()),
        ],
    };
    Ok(vm.new_tuple(parts))
}

fn remove_affix(vm: &mut Vm, a: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let affix = a
        .skip_self()
        .exactly_one(vm, &format!("{}.{name}", type_name(&a)))?;
    let affix = bytes_like(vm, affix)?;
    let text = this(&a);
    let rest = if suffix {
        text.strip_suffix(affix.as_slice())
    } else {
        text.strip_prefix(affix.as_slice())
    };
    match rest {
        Some(r) if !affix.is_empty() => Ok(like(vm, &a.values[0], r.to_vec())),
        _ => Ok(same_or_new(vm, &a.values[0], &text)),
    }
}

// ---- join, decode ----

fn bytes_join(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let it = a
        .skip_self()
        .exactly_one(vm, &format!("{}.join", type_name(&a)))?
        .clone();
    let items = super::str_methods::join_items(vm, &it)?;
    let this_v = &a.values[0];
    if items.len() == 1
        && this_v.downcast::<ByteArrayData>().is_none()
        && crate::objects::str_ops::is_exact(vm, &items[0], &vm.types.bytes.clone())
    {
        return Ok(items[0].clone());
    }
    let sep = this(&a);
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = buffer_of(x) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(vm, this_v, out))
}

fn bytes_decode(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let r = a
        .skip_self()
        .parse(vm, "decode", &["encoding", "errors"], 0)?;
    let s = super::bytes::decode_value(vm, &a.values[0], r[0].as_ref(), r[1].as_ref())?;
    Ok(vm.new_str(s))
}
