//! The methods of `str`.

use crate::object::TypeRef;
use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::str::sd;

pub fn init(vm: &mut Vm, t: &TypeRef) {
    super::add_method(vm, t, "join", str_join);
    super::add_method(vm, t, "format", str_format);
    super::add_method(vm, t, "upper", |vm, a| {
        a.skip_self().none(vm, "str.upper")?;
        Ok(vm.new_str(sd(&a.values[0]).as_str().to_uppercase()))
    });
    super::add_method(vm, t, "lower", |vm, a| {
        a.skip_self().none(vm, "str.lower")?;
        Ok(vm.new_str(sd(&a.values[0]).as_str().to_lowercase()))
    });
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.downcast::<StrData>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(format!("{what}, not {}", vm.type_name(v)))),
    }
}

fn str_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = args.skip_self().exactly_one(vm, "str.join")?.clone();
    let sep = sd(&args.values[0]).as_str().to_string();
    let items = vm.collect(&it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        let s = match x.downcast::<StrData>() {
            Some(s) => s.as_str(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )))
            }
        };
        out.push_str(s);
    }
    let _ = arg_str;
    Ok(vm.new_str(out))
}

fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = sd(&args.values[0]).as_str().to_string();
    crate::builtin_impls::str_format::format(vm, &fmt, args.skip_self())
}
