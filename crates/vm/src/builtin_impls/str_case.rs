//! `str` case conversions (`upper`, `lower`, `title`, `capitalize`, `swapcase`, `casefold`)
//! and predicates (`isalpha` ... `isupper`), with Python's Unicode definitions: full case
//! mappings (`'ß'.upper() == 'SS'`), title case (`'ǆ'.title() == 'ǅ'`) and the final sigma
//! of `lower()`.

use crate::object::TypeRef;
use crate::objects::native::{Args, NativeFn};
use crate::unicode as u;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::str_methods::{this, unchanged};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, NativeFn); 18] = [
        ("upper", |vm, a| convert(vm, a, "str.upper", upper)),
        ("lower", |vm, a| convert(vm, a, "str.lower", lower)),
        ("title", |vm, a| convert(vm, a, "str.title", title)),
        ("capitalize", |vm, a| {
            convert(vm, a, "str.capitalize", capitalize)
        }),
        ("swapcase", |vm, a| convert(vm, a, "str.swapcase", swapcase)),
        ("casefold", |vm, a| convert(vm, a, "str.casefold", casefold)),
        ("isalnum", |vm, a| every(vm, a, "str.isalnum", u::is_alnum)),
        ("isalpha", |vm, a| every(vm, a, "str.isalpha", u::is_alpha)),
        ("isdecimal", |vm, a| {
            every(vm, a, "str.isdecimal", u::is_decimal)
        }),
        ("isdigit", |vm, a| every(vm, a, "str.isdigit", u::is_digit)),
        ("isnumeric", |vm, a| {
            every(vm, a, "str.isnumeric", u::is_numeric)
        }),
        ("isspace", |vm, a| every(vm, a, "str.isspace", u::is_space)),
        ("isascii", |vm, a| {
            predicate(vm, a, "str.isascii", |s| s.is_ascii())
        }),
        ("isprintable", |vm, a| {
            predicate(vm, a, "str.isprintable", |s| s.chars().all(u::is_printable))
        }),
        ("isidentifier", |vm, a| {
            predicate(vm, a, "str.isidentifier", is_identifier)
        }),
        ("islower", |vm, a| predicate(vm, a, "str.islower", is_lower)),
        ("isupper", |vm, a| predicate(vm, a, "str.isupper", is_upper)),
        ("istitle", |vm, a| predicate(vm, a, "str.istitle", is_title)),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
}

// ---- conversions ----

fn convert(vm: &mut Vm, a: Args<'_>, display: &str, f: fn(&str) -> String) -> PyResult<Value> {
    a.skip_self().none(vm, display)?;
    let text = this(&a).as_str();
    let out = f(text);
    if out == text {
        return Ok(unchanged(vm, &a.values[0]));
    }
    Ok(vm.new_str(out))
}

fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        u::push_upper(c, &mut out);
    }
    out
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        u::push_lower_at(s, i, c, &mut out);
    }
    out
}

fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        u::push_fold(c, &mut out);
    }
    out
}

/// Title case after an uncased character, lower case after a cased one.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, c) in s.char_indices() {
        if previous_cased {
            u::push_lower_at(s, i, c, &mut out);
        } else {
            u::push_title(c, &mut out);
        }
        previous_cased = u::is_cased(c);
    }
    out
}

/// The first character in title case (since 3.8), the rest in lower case.
fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            u::push_title(c, &mut out);
        } else {
            u::push_lower_at(s, i, c, &mut out);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if u::is_upper(c) {
            u::push_lower_at(s, i, c, &mut out);
        } else if u::is_lower(c) {
            u::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

// ---- predicates ----

fn predicate(vm: &mut Vm, a: Args<'_>, display: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    a.skip_self().none(vm, display)?;
    Ok(Value::from_bool(f(this(&a).as_str())))
}

/// True for a non-empty string whose every character satisfies `f`.
fn every(vm: &mut Vm, a: Args<'_>, display: &str, f: fn(char) -> bool) -> PyResult<Value> {
    a.skip_self().none(vm, display)?;
    let s = this(&a).as_str();
    Ok(Value::from_bool(!s.is_empty() && s.chars().all(f)))
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || u::is_xid_start(c) => cs.all(u::is_xid_continue),
        _ => false,
    }
}

/// No upper- or titlecase character and at least one lowercase one.
fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_lower(c);
    }
    cased
}

/// No lower- or titlecase character and at least one uppercase one.
fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        cased |= u::is_upper(c);
    }
    cased
}

/// Upper- and titlecase characters only after uncased ones, lowercase ones only after cased
/// ones, and at least one cased character.
fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}
