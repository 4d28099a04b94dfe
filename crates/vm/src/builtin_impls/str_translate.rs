//! `str.maketrans` and `str.translate`.

use crate::object::TypeRef;
use crate::objects::dict::DictData;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::int::as_int;
use super::str_methods::{clinic_str_arg, this, unchanged};

pub fn init(vm: &mut Vm, t: &TypeRef) {
    super::add_staticmethod(vm, t, "maketrans", str_maketrans);
    super::add_method(vm, t, "translate", str_translate);
}

fn str_maketrans(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs(vm, "str.maketrans")?;
    let p = a.unpack(vm, "maketrans", 1, 3)?;
    let y = p
        .get(1)
        .map(|v| clinic_str_arg(vm, v, "maketrans() argument 2 must be str"))
        .transpose()?;
    let z = p
        .get(2)
        .map(|v| clinic_str_arg(vm, v, "maketrans() argument 3 must be str"))
        .transpose()?;
    let table = vm.new_dict();
    let Some(y) = y else {
        let Some(d) = p[0].downcast::<DictData>() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in d.items() {
            let key = if let Some(s) = k.downcast::<StrData>() {
                let mut cs = s.as_str().chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => {
                        vm.new_int(i64::from(crate::unicode::surrogates::code_point(c)))
                    }
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if as_int(&k).is_some() {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            table.set(vm, key, v)?;
        }
        return Ok(table.into_value());
    };
    let Some(x) = p[0].downcast::<StrData>() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (from, to) in x.as_str().chars().zip(y.as_str().chars()) {
        let k = vm.new_int(i64::from(u32::from(from)));
        let v = vm.new_int(i64::from(u32::from(to)));
        table.set(vm, k, v)?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            let k = vm.new_int(i64::from(crate::unicode::surrogates::code_point(c)));
            table.set(vm, k, Value::NONE)?;
        }
    }
    Ok(table.into_value())
}

/// What the table says for one character.
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

/// `table[ord(c)]`, `None` for a LookupError.
fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Option<Value>> {
    let key = vm.new_int(i64::from(crate::unicode::surrogates::code_point(c)));
    match vm.getitem(table, &key) {
        Ok(r) => Ok(Some(r)),
        Err(e) if vm.exc_matches(&e, &vm.exc.LookupError.clone()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// What a table's answer means: nothing found keeps the character; None deletes it; an int
/// is a code point; a str replaces it.
fn classify(vm: &Vm, r: Option<Value>) -> PyResult<Mapped> {
    let Some(r) = r else {
        return Ok(Mapped::Keep);
    };
    if r.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(i) = as_int(&r) {
        let cp = i.to_i64().filter(|&x| (0..0x110000).contains(&x));
        let Some(cp) = cp else {
            return Err(vm.value_error("character mapping must be in range(0x110000)"));
        };
        return match crate::unicode::surrogates::char_for(cp as u32) {
            Some(ch) => Ok(Mapped::Char(ch)),
            None => Err(crate::unicode::surrogates::unrepresentable(vm, cp as u32)),
        };
    }
    if let Some(s) = r.downcast::<StrData>() {
        return Ok(Mapped::Text(s.as_str().to_string()));
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

/// For the ASCII fast path: the answer as an ASCII byte or a deletion, `None` when it is
/// anything else (left to the general path).
fn ascii_answer(r: &Option<Value>, b: u8) -> Option<Option<u8>> {
    let Some(r) = r else {
        return Some(Some(b));
    };
    if r.is_none() {
        return Some(None);
    }
    if let Some(i) = as_int(r) {
        return i
            .to_i64()
            .filter(|x| (0..128).contains(x))
            .map(|x| Some(x as u8));
    }
    let s = r.downcast::<StrData>()?.as_str();
    (s.len() == 1 && s.is_ascii()).then(|| Some(s.as_bytes()[0]))
}

fn push(out: &mut String, c: char, m: Mapped) {
    match m {
        Mapped::Keep => out.push(c),
        Mapped::Delete => {}
        Mapped::Char(ch) => out.push(ch),
        Mapped::Text(s) => out.push_str(&s),
    }
}

fn str_translate(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let table = a.skip_self().exactly_one(vm, "str.translate")?.clone();
    let s = this(&a);
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    if s.is_ascii() {
        // CPython's fast path for ASCII text asks the table once per distinct character while
        // every answer is ASCII (or a deletion); at the first other answer it starts over
        // from that character without the cache, asking again. The calls a table sees, and
        // so its side effects, follow that.
        let mut cache: [Option<Option<u8>>; 128] = [None; 128];
        let mut done = true;
        for (i, b) in text.bytes().enumerate() {
            if let Some(hit) = cache[b as usize] {
                out.extend(hit.map(char::from));
                continue;
            }
            let r = lookup(vm, &table, char::from(b))?;
            match ascii_answer(&r, b) {
                Some(hit) => {
                    cache[b as usize] = Some(hit);
                    out.extend(hit.map(char::from));
                }
                None => {
                    rest = i;
                    done = false;
                    break;
                }
            }
        }
        if done {
            if out.len() == text.len() && out == text {
                return Ok(unchanged(vm, &a.values[0]));
            }
            return Ok(vm.new_str(out));
        }
    }
    for c in text[rest..].chars() {
        let r = lookup(vm, &table, c)?;
        let m = classify(vm, r)?;
        push(&mut out, c, m);
    }
    Ok(vm.new_str(out))
}
