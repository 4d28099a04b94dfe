//! `str.format` and `str.format_map` (PEP 3101 replacement fields), parsed as CPython's
//! `unicode_format.h` does so that the same templates fail with the same errors, in the same
//! order: a field is parsed whole before its value is looked up, fields are formatted left to
//! right, nested specs are expanded at most two levels deep, and automatic and manual field
//! numbering may not be mixed.
//!
//! The syntax characters are all ASCII, so the template is scanned as UTF-8 bytes.

use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where field values come from.
enum Lookup<'a> {
    /// `str.format(*args, **kwargs)`.
    Call {
        pos: &'a [Value],
        kwnames: &'a [Value],
        kwvalues: &'a [Value],
    },
    /// `str.format_map(mapping)`: names only.
    Map(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Formatter<'a> {
    lookup: Lookup<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(*args, **kwargs)`; `args` has no `self`.
pub fn format(vm: &mut Vm, fmt: &str, args: Args<'_>) -> PyResult<Value> {
    let mut f = Formatter {
        lookup: Lookup::Call {
            pos: args.pos(),
            kwnames: args.kwnames,
            kwvalues: args.kw_values(),
        },
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let s = f.build(vm, fmt, 2)?;
    Ok(vm.new_str(s))
}

/// `fmt.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<Value> {
    let mut f = Formatter {
        lookup: Lookup::Map(mapping),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let s = f.build(vm, fmt, 2)?;
    Ok(vm.new_str(s))
}

/// One replacement field as written: `{name!conversion:spec}`.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    spec_has_fields: bool,
}

/// Parses the field starting just after its `{` in `t[pos..]`; returns it and the position
/// after its closing `}`.
fn parse_field<'t>(vm: &Vm, t: &'t str, mut pos: usize) -> PyResult<(Field<'t>, usize)> {
    let b = t.as_bytes();
    let start = pos;
    let mut last = 0u8;
    while pos < b.len() {
        last = b[pos];
        pos += 1;
        match last {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            // A `[key]` may hold any character but `]`.
            b'[' => {
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if !matches!(last, b'}' | b':' | b'!') {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let mut field = Field {
        name: &t[start..pos - 1],
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if last == b'!' || last == b':' {
        if last == b'!' {
            let Some(c) = t[pos..].chars().next() else {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            };
            field.conversion = Some(c);
            pos += c.len_utf8();
            if pos < b.len() {
                let next = b[pos];
                pos += 1;
                if next == b'}' {
                    return Ok((field, pos));
                }
                if next != b':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = pos;
        let mut depth = 1;
        while pos < b.len() {
            let c = b[pos];
            pos += 1;
            if c == b'{' {
                field.spec_has_fields = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = &t[spec_start..pos - 1];
                    return Ok((field, pos));
                }
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    Ok((field, pos))
}

/// CPython's `get_integer`: the value of a name made only of decimal digits (any script),
/// `None` otherwise.
fn field_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::unicode::decimal_value(c) else {
            return Ok(None);
        };
        n = match n
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|&x| x <= isize::MAX as usize)
        {
            Some(x) => x,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(n))
}

impl Formatter<'_> {
    fn build(&mut self, vm: &mut Vm, t: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = t.as_bytes();
        let mut out = String::with_capacity(t.len());
        let mut pos = 0;
        while pos < b.len() {
            let start = pos;
            while pos < b.len() && b[pos] != b'{' && b[pos] != b'}' {
                pos += 1;
            }
            out.push_str(&t[start..pos]);
            if pos == b.len() {
                break;
            }
            let c = b[pos];
            pos += 1;
            if pos < b.len() && b[pos] == c {
                out.push(c as char);
                pos += 1;
                continue;
            }
            if c == b'}' {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if pos == b.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let (field, next) = parse_field(vm, t, pos)?;
            pos = next;
            let text = self.render(vm, &field, depth)?;
            out.push_str(&text);
        }
        Ok(out)
    }

    fn render(&mut self, vm: &mut Vm, field: &Field<'_>, depth: u32) -> PyResult<String> {
        let mut value = self.field_value(vm, field.name)?;
        if let Some(conv) = field.conversion {
            value = match conv {
                'r' => vm.repr(&value)?.into_value(),
                's' => vm.str(&value)?.into_value(),
                'a' => super::str::ascii_of(vm, &value)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    )
                }
            };
        }
        let spec = if field.spec_has_fields {
            self.build(vm, field.spec, depth - 1)?
        } else {
            field.spec.to_string()
        };
        let specv = vm.new_str(spec);
        let r = crate::builtins_module::format(vm, &value, &specv)?;
        Ok(r.downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// The object a field name designates: the first part (an index or a name), then each
    /// `.attr` and `[key]`.
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut index = field_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut value = match (index, &self.lookup) {
            (Some(_), Lookup::Map(_)) => {
                return Err(vm.value_error("Format string contains positional fields"))
            }
            (Some(i), Lookup::Call { pos, .. }) => match pos.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )))
                }
            },
            (None, Lookup::Map(m)) => {
                let m = (*m).clone();
                let k = vm.new_str(first);
                vm.getitem(&m, &k)?
            }
            (
                None,
                Lookup::Call {
                    kwnames, kwvalues, ..
                },
            ) => {
                let found = kwnames
                    .iter()
                    .position(|k| k.downcast::<StrData>().is_some_and(|k| k.as_str() == first));
                match found {
                    Some(i) => kwvalues[i].clone(),
                    None => return Err(vm.key_error(vm.new_str(first))),
                }
            }
        };
        let b = name.as_bytes();
        let mut pos = first_end;
        while pos < b.len() {
            let c = b[pos];
            pos += 1;
            let part_start = pos;
            match c {
                b'.' => {
                    while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                        pos += 1;
                    }
                    let attr = &name[part_start..pos];
                    if attr.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    value = vm.getattr_str(&value, attr)?;
                }
                b'[' => {
                    while pos < b.len() && b[pos] != b']' {
                        pos += 1;
                    }
                    if pos == b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &name[part_start..pos];
                    pos += 1;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match field_integer(vm, key)? {
                        Some(i) => vm.new_int(i as i64),
                        None => vm.new_str(key),
                    };
                    value = vm.getitem(&value, &k)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    )
                }
            }
        }
        Ok(value)
    }
}
