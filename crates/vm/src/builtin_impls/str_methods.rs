//! The methods of `str`: registration, the argument helpers they share, and searching
//! (`find` and its family, `count`, `startswith`/`endswith`, `replace`, `partition`,
//! `removeprefix`/`removesuffix`), `join` and `format`. Splitting, stripping and padding live
//! in `str_split.rs`, case and predicates in `str_case.rs`, `translate` in
//! `str_translate.rs`, `encode` in `str_encode.rs`.
//!
//! Python indexes strings by code point and `StrData` is UTF-8: positions are converted at
//! the edges (cheaply for ASCII strings, where they coincide) and searching runs on bytes.

use crate::object::TypeRef;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::str::sd;

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, crate::objects::native::NativeFn); 15] = [
        ("join", str_join),
        ("format", str_format),
        ("format_map", str_format_map),
        ("find", |vm, a| find_method(vm, a, "find", false, false)),
        ("rfind", |vm, a| find_method(vm, a, "rfind", true, false)),
        ("index", |vm, a| find_method(vm, a, "index", false, true)),
        ("rindex", |vm, a| find_method(vm, a, "rindex", true, true)),
        ("count", str_count),
        ("startswith", |vm, a| {
            tailmatch_method(vm, a, "startswith", false)
        }),
        ("endswith", |vm, a| {
            tailmatch_method(vm, a, "endswith", true)
        }),
        ("replace", str_replace),
        ("partition", |vm, a| {
            partition(vm, a, "str.partition", false)
        }),
        ("rpartition", |vm, a| {
            partition(vm, a, "str.rpartition", true)
        }),
        ("removeprefix", |vm, a| {
            remove_affix(vm, a, "removeprefix", false)
        }),
        ("removesuffix", |vm, a| {
            remove_affix(vm, a, "removesuffix", true)
        }),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
    super::str_split::init(vm, t);
    super::str_case::init(vm, t);
    super::str_translate::init(vm, t);
    super::add_method(vm, t, "encode", super::str_encode::str_encode);
}

// ---- shared helpers ----

/// The method's `self` text (the descriptor has checked it is a str).
#[inline]
pub(super) fn this<'a>(a: &Args<'a>) -> &'a StrData {
    sd(&a.values[0])
}

/// `self` itself when it is an exact str (CPython returns it unchanged), else a copy as an
/// exact str (methods never return subclass instances).
pub(super) fn unchanged(vm: &Vm, v: &Value) -> Value {
    if crate::objects::str_ops::is_exact_str(v) {
        v.clone()
    } else {
        vm.new_str(sd(v).as_str())
    }
}

/// A str argument, or TypeError "{prefix}, not NoneType" (e.g. prefix "must be str").
pub(super) fn str_arg<'v>(vm: &Vm, v: &'v Value, prefix: &str) -> PyResult<&'v StrData> {
    match v.downcast::<StrData>() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{prefix}, not {}", vm.type_name(v)))),
    }
}

/// As [`str_arg`] with Argument Clinic's message, which calls None "None".
pub(super) fn clinic_str_arg<'v>(vm: &Vm, v: &'v Value, prefix: &str) -> PyResult<&'v StrData> {
    match v.downcast::<StrData>() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "{prefix}, not {}",
            crate::args::bad_arg_name(vm, v)
        ))),
    }
}

/// A `Py_ssize_t` argument (through `__index__`).
pub(super) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = super::int::index(vm, v)?;
    i.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument (through `__index__`).
pub(super) fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let i = super::int::index(vm, v)?;
    i.to_i64()
        .and_then(|x| i32::try_from(x).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// An empty String with room for `n` bytes, or MemoryError.
pub(super) fn string_with_room(vm: &Vm, n: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    Ok(s)
}

/// A `start`/`end` argument of the search methods (`_PyEval_SliceIndex`): None, or an
/// index, clamped to the `Py_ssize_t` range.
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    match super::int::index_value(vm, v)? {
        Some(i) => Ok(Some(i.to_i64().unwrap_or(if i.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }))),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's `ADJUST_INDICES`: negative bounds count from the end, then both are clamped
/// below at 0 and `end` above at `len`. `start` may still exceed `end`.
pub(super) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(i64::MAX);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The byte offsets of code points `start` and `end` (`start <= end <= len`).
pub(super) fn byte_span(s: &StrData, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    let text = s.as_str();
    let mut offsets = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let a = offsets.nth(start).unwrap_or(text.len());
    let b = if end > start {
        offsets.nth(end - start - 1).unwrap_or(text.len())
    } else {
        a
    };
    (a, b)
}

/// The code-point index of byte offset `b` in `s`.
pub(super) fn char_index(s: &StrData, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}

/// The arguments of `find`-style methods: `(sub, start, end)` with the bounds resolved;
/// positional only, 1 to 3 of them. `owner` names the type in the keywords error (`str`,
/// `bytes`, `bytearray`).
pub(super) fn search_args_of<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    owner: &str,
    name: &str,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, &format!("{owner}.{name}"))?;
    let p = rest.pos();
    if p.is_empty() {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    let start = slice_bound(vm, p.get(1))?;
    let end = slice_bound(vm, p.get(2))?;
    Ok((&p[0], start, end))
}

fn search_args<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    search_args_of(vm, a, "str", name)
}

// ---- find, index, count ----

/// The code-point position of `sub` in `s[start:end]` (from the right when `rev`).
fn find_in(s: &StrData, sub: &StrData, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (start, end) = adjust(start, end, s.char_len());
    if end - start < sub.char_len() as i64 {
        return -1;
    }
    let (a, b) = byte_span(s, start as usize, end as usize);
    let hay = &s.as_str()[a..b];
    let found = if rev {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    match found {
        Some(off) => char_index(s, a + off) as i64,
        None => -1,
    }
}

fn find_method(vm: &mut Vm, a: Args<'_>, name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, &a, name)?;
    let sub = str_arg(vm, sub, "must be str")?;
    let i = find_in(this(&a), sub, start, end, rev);
    if i < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(i))
}

fn str_count(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, &a, "count")?;
    let sub = str_arg(vm, sub, "must be str")?;
    let s = this(&a);
    let (start, end) = adjust(start, end, s.char_len());
    if end - start < sub.char_len() as i64 {
        return Ok(vm.new_int(0));
    }
    if sub.char_len() == 0 {
        return Ok(vm.new_int(end - start + 1));
    }
    let (x, y) = byte_span(s, start as usize, end as usize);
    let n = s.as_str()[x..y].matches(sub.as_str()).count();
    Ok(vm.new_int(n as i64))
}

// ---- startswith, endswith ----

/// Whether `sub` is at the start (or end, `tail`) of `s[start:end]`.
fn tailmatch(s: &StrData, sub: &StrData, start: Option<i64>, end: Option<i64>, tail: bool) -> bool {
    let (start, end) = adjust(start, end, s.char_len());
    let n = sub.char_len() as i64;
    if end - n < start {
        return false;
    }
    if n == 0 {
        return true;
    }
    let (from, to) = if tail {
        (end - n, end)
    } else {
        (start, start + n)
    };
    let (x, y) = byte_span(s, from as usize, to as usize);
    &s.as_str()[x..y] == sub.as_str()
}

fn tailmatch_method(vm: &mut Vm, a: Args<'_>, name: &str, tail: bool) -> PyResult<Value> {
    let (prefix, start, end) = search_args(vm, &a, name)?;
    let s = this(&a);
    if let Some(t) = prefix.downcast::<TupleData>() {
        for item in t.items() {
            let Some(sub) = item.downcast::<StrData>() else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if tailmatch(s, sub, start, end, tail) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let Some(sub) = prefix.downcast::<StrData>() else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(prefix)
        )));
    };
    Ok(Value::from_bool(tailmatch(s, sub, start, end, tail)))
}

// ---- replace ----

fn str_replace(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let rest = a.skip_self();
    rest.no_kwargs(vm, "str.replace")?;
    let p = rest.unpack(vm, "replace", 2, 3)?;
    let old = clinic_str_arg(vm, &p[0], "replace() argument 1 must be str")?;
    let new = clinic_str_arg(vm, &p[1], "replace() argument 2 must be str")?;
    let count = match p.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let this_v = &a.values[0];
    let s = this(&a);
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (text, old_s, new_s) = (s.as_str(), old.as_str(), new.as_str());
    if max == 0 || (old_s.is_empty() && new_s.is_empty()) {
        return Ok(unchanged(vm, this_v));
    }
    let n = if old_s.is_empty() {
        (s.char_len() + 1).min(max)
    } else {
        text.matches(old_s).take(max).count()
    };
    if n == 0 || old_s == new_s {
        return Ok(unchanged(vm, this_v));
    }
    let size = (new_s.len() as u128 * n as u128 + text.len() as u128)
        .saturating_sub(old_s.len() as u128 * n as u128);
    if size > isize::MAX as u128 {
        return Err(vm.overflow_error("replace string is too long"));
    }
    let mut out = string_with_room(vm, size as usize)?;
    if old_s.is_empty() {
        let mut chars = text.char_indices();
        for _ in 0..n {
            out.push_str(new_s);
            match chars.next() {
                Some((_, c)) => out.push(c),
                None => break,
            }
        }
        if let Some((b, _)) = chars.next() {
            out.push_str(&text[b..]);
        }
    } else {
        let mut last = 0;
        for (b, _) in text.match_indices(old_s).take(n) {
            out.push_str(&text[last..b]);
            out.push_str(new_s);
            last = b + old_s.len();
        }
        out.push_str(&text[last..]);
    }
    Ok(vm.new_str(out))
}

// ---- partition, removeprefix, removesuffix ----

fn partition(vm: &mut Vm, a: Args<'_>, display: &str, rev: bool) -> PyResult<Value> {
    let sep = a.skip_self().exactly_one(vm, display)?;
    let sep = str_arg(vm, sep, "must be str")?.as_str();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let this_v = &a.values[0];
    let text = this(&a).as_str();
    let found = if rev { text.rfind(sep) } else { text.find(sep) };
    let parts = match found {
        Some(i) => {
            let sep_v = if crate::objects::str_ops::is_exact_str(&a.values[1]) {
                a.values[1].clone()
            } else {
                vm.new_str(sep)
            };
            vec![
                vm.new_str(&text[..i]),
                sep_v,
                vm.new_str(&text[i + sep.len()..]),
            ]
        }
        None if rev => vec![
            vm.empty_str.clone(),
            vm.empty_str.clone(),
            unchanged(vm, this_v),
        ],
        None => vec![
            unchanged(vm, this_v),
            vm.empty_str.clone(),
            vm.empty_str.clone(),
        ],
    };
    Ok(vm.new_tuple(parts))
}

fn remove_affix(vm: &mut Vm, a: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let affix = a.skip_self().exactly_one(vm, &format!("str.{name}"))?;
    let affix = clinic_str_arg(vm, affix, &format!("{name}() argument must be str"))?.as_str();
    let text = this(&a).as_str();
    let rest = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    match rest {
        Some(r) if !affix.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(unchanged(vm, &a.values[0])),
    }
}

// ---- join, format ----

fn str_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = args.skip_self().exactly_one(vm, "str.join")?.clone();
    let sep = this(&args).as_str();
    // An exact list or tuple is joined in place, as CPython's `PySequence_Fast` does: a copy of
    // a list of millions of pieces would double the memory of building text by appending.
    // Nothing below runs Python code, so the list cannot change while it is borrowed.
    if crate::objects::str_ops::is_exact(vm, &it, &vm.types.list.clone()) {
        let list = it
            .downcast::<crate::objects::list::ListData>()
            .expect("an exact list");
        let items = list.items.borrow();
        return join_pieces(vm, sep, &items);
    }
    if let Some(tuple) = it.downcast::<crate::objects::tuple::TupleData>() {
        if crate::objects::str_ops::is_exact(vm, &it, &vm.types.tuple.clone()) {
            return join_pieces(vm, sep, tuple.items());
        }
    }
    let items = join_items(vm, &it)?;
    join_pieces(vm, sep, &items)
}

/// The pieces `str.join` and `bytes.join` take from any iterable, with their shared error for
/// one that is not.
pub(super) fn join_items(vm: &mut Vm, it: &Value) -> PyResult<Vec<Value>> {
    let iter = match vm.iter(it) {
        Ok(i) => i,
        Err(e) if vm.exc_matches(&e, &vm.exc.TypeError.clone()) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(v) = vm.next(&iter)? {
        items.push(v);
    }
    Ok(items)
}

/// `sep.join(items)` once the items are at hand.
fn join_pieces(vm: &Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x.downcast::<StrData>() {
            Some(s) => total = total.saturating_add(s.as_str().len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        }
    }
    if items.len() == 1 && crate::objects::str_ops::is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    if total > isize::MAX as usize {
        return Err(vm.overflow_error("join() result is too long for a Python string"));
    }
    let mut out = string_with_room(vm, total)?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(sd(x).as_str());
    }
    Ok(vm.new_str(out))
}

fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = this(&args).as_str().to_string();
    super::str_format::format(vm, &fmt, args.skip_self())
}

fn str_format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mapping = args.skip_self().exactly_one(vm, "str.format_map")?.clone();
    let fmt = this(&args).as_str().to_string();
    super::str_format::format_map(vm, &fmt, &mapping)
}
