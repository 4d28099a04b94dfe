//! `str.format` (PEP 3101 replacement fields).

use crate::objects::native::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn format(vm: &mut Vm, fmt: &str, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let kw = args.kwargs();
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    Some(name_conv[p + 1..].to_string()),
                ),
                None => (name_conv, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            let mut value = if head.is_empty() {
                let v = pos.get(auto).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {auto} out of range for positional args tuple"
                    ))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = head.parse::<usize>() {
                pos.get(n).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {n} out of range for positional args tuple"
                    ))
                })?
            } else {
                match kw.iter().find(|(k, _)| k == head) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(head))),
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    value = vm.getattr_str(&value, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r
                        .find(']')
                        .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => vm.new_int(n),
                        Err(_) => vm.new_str(key),
                    };
                    value = vm.getitem(&value, &k)?;
                    rest = &r[end + 1..];
                } else {
                    break;
                }
            }
            let value = match conv.as_deref() {
                None => value,
                Some("r") => vm.repr(&value)?.into_value(),
                Some("s") => vm.str(&value)?.into_value(),
                Some("a") => super::str::ascii_of(vm, &value)?,
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') {
                let inner = format(vm, &spec, args)?;
                inner
                    .downcast::<crate::objects::str::StrData>()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default()
            } else {
                spec
            };
            let specv = vm.new_str(spec);
            let r = crate::builtins_module::format(vm, &value, &specv)?;
            out.push_str(&vm.str_string(&r)?);
            i = j;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.new_str(out))
}
