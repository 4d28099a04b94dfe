//! "Did you mean: 'x'?" after an uncaught `AttributeError` or `NameError`, as CPython 3.11's
//! default exception display offers it (`Python/suggestions.c`).
//!
//! Only exact `AttributeError` and `NameError` instances get a suggestion (subclasses such as
//! `UnboundLocalError` do not). Candidates are compared by a Levenshtein distance over UTF-8
//! bytes in which a case flip costs half of any other edit; a candidate qualifies when at most
//! about a third of the characters involved change. Any error while gathering candidates
//! means no suggestion, never a second exception.

use crate::objects::dict::DictData;
use crate::objects::exception::ExceptionData;
use crate::objects::frame_object::{FrameData, TracebackData};
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or anything above `max_cost` once it is certain to
/// exceed it.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, first one winning ties.
fn closest(candidates: &[Value], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        let item = c.downcast::<StrData>()?.as_str();
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

/// The text to append to the exception's message line (`. Did you mean: 'x'?`), if any.
pub fn offer(vm: &mut Vm, exc: &Value) -> Option<String> {
    let ty = vm.type_of(exc);
    let d = exc.downcast::<ExceptionData>()?;
    let suggestion = if ty.is(&vm.exc.AttributeError) {
        let name = d.field(0)?;
        let obj = d.field(1)?;
        let name = exact_str(vm, &name)?;
        let dir = vm.builtin_dir_of(&obj).ok()?;
        closest(&dir, &name)
    } else if ty.is(&vm.exc.NameError) {
        let name = exact_str(vm, &d.field(0)?)?;
        name_error_suggestion(vm, d, &name)
    } else {
        None
    };
    let s = suggestion?;
    Some(format!(
        ". Did you mean: {}?",
        crate::builtin_impls::str::repr_text(&s)
    ))
}

fn exact_str(vm: &Vm, v: &Value) -> Option<String> {
    if !vm.type_of(v).is(&vm.types.str) {
        return None;
    }
    Some(v.downcast::<StrData>()?.as_str().to_string())
}

/// Locals of the innermost frame (by the code's variable names), then its globals, then its
/// builtins.
fn name_error_suggestion(vm: &mut Vm, d: &ExceptionData, name: &str) -> Option<String> {
    let mut tb = d.traceback.borrow().clone()?;
    loop {
        let next = tb.downcast::<TracebackData>()?.next.borrow().clone();
        match next {
            Some(n) if n.downcast::<TracebackData>().is_some() => tb = n,
            _ => break,
        }
    }
    let frame = tb.downcast::<TracebackData>()?.frame.clone();
    let fd = frame.downcast::<FrameData>()?;
    let raw = &fd.code.raw;
    let varnames: Vec<Value> = raw
        .localsplusnames
        .iter()
        .zip(raw.localspluskinds.iter())
        .filter(|(_, k)| *k & bytecode::code::local_kind::LOCAL != 0)
        .map(|(n, _)| vm.new_str(n.to_string_lossy()))
        .collect();
    if let Some(s) = closest(&varnames, name) {
        return Some(s);
    }
    for ns in [&fd.globals, &fd.builtins] {
        let keys = ns.downcast::<DictData>()?.keys();
        if let Some(s) = closest(&keys, name) {
            return Some(s);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::levenshtein;

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"timout", b"timeout", 10), 2);
        assert_eq!(levenshtein(b"Print", b"print", 10), 1);
        assert_eq!(levenshtein(b"abc", b"xyz", 10), 6);
        assert_eq!(levenshtein(b"abc", b"xyz", 3), 4);
        assert_eq!(levenshtein(b"", b"ab", 10), 4);
    }
}
