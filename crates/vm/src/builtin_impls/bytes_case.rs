//! Case conversion and the `is...` predicates of `bytes` and `bytearray`. Only ASCII letters
//! have case and only ASCII digits are digits: every other byte is left alone and is neither.

use crate::object::TypeRef;
use crate::objects::native::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::bytes::like;
use super::bytes_methods::{this, type_name};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    let methods: [(&'static str, NativeFn); 13] = [
        ("lower", |vm, a| {
            convert(vm, a, "lower", |t| t.to_ascii_lowercase())
        }),
        ("upper", |vm, a| {
            convert(vm, a, "upper", |t| t.to_ascii_uppercase())
        }),
        ("swapcase", |vm, a| convert(vm, a, "swapcase", swapcase)),
        ("title", |vm, a| convert(vm, a, "title", title)),
        ("capitalize", |vm, a| {
            convert(vm, a, "capitalize", capitalize)
        }),
        ("isalnum", |vm, a| {
            predicate(vm, a, "isalnum", |t| {
                !t.is_empty() && t.iter().all(u8::is_ascii_alphanumeric)
            })
        }),
        ("isalpha", |vm, a| {
            predicate(vm, a, "isalpha", |t| {
                !t.is_empty() && t.iter().all(u8::is_ascii_alphabetic)
            })
        }),
        ("isdigit", |vm, a| {
            predicate(vm, a, "isdigit", |t| {
                !t.is_empty() && t.iter().all(u8::is_ascii_digit)
            })
        }),
        ("isspace", |vm, a| {
            predicate(vm, a, "isspace", |t| {
                !t.is_empty() && t.iter().all(|b| super::bytes_split::is_space(*b))
            })
        }),
        ("isascii", |vm, a| {
            predicate(vm, a, "isascii", |t| t.is_ascii())
        }),
        ("islower", |vm, a| {
            predicate(vm, a, "islower", |t| {
                t.iter().any(u8::is_ascii_lowercase) && !t.iter().any(u8::is_ascii_uppercase)
            })
        }),
        ("isupper", |vm, a| {
            predicate(vm, a, "isupper", |t| {
                t.iter().any(u8::is_ascii_uppercase) && !t.iter().any(u8::is_ascii_lowercase)
            })
        }),
        ("istitle", |vm, a| predicate(vm, a, "istitle", istitle)),
    ];
    for (name, f) in methods {
        super::add_method(vm, t, name, f);
    }
}

fn convert(vm: &mut Vm, a: Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    a.skip_self()
        .none(vm, &format!("{}.{name}", type_name(&a)))?;
    let out = f(&this(&a));
    Ok(like(vm, &a.values[0], out))
}

fn predicate(vm: &mut Vm, a: Args<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    a.skip_self()
        .none(vm, &format!("{}.{name}", type_name(&a)))?;
    Ok(Value::from_bool(f(&this(&a))))
}

fn swapcase(t: &[u8]) -> Vec<u8> {
    t.iter()
        .map(|&b| {
            if b.is_ascii_lowercase() {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Letters after a letter are lowered, others raised (a cased run is a word).
fn title(t: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    t.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize(t: &[u8]) -> Vec<u8> {
    t.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Uppercase letters only start words, lowercase ones only continue them, and there is at
/// least one cased letter.
fn istitle(t: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in t {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
