//! Checking the arguments of native functions, with the messages CPython's own argument
//! parsers produce (they come in a few styles; each helper names the style it reproduces).

use crate::objects::native::Args;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How Argument Clinic names a wrong argument's type: `None` for None, the type otherwise.
pub fn bad_arg_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

impl<'a> Args<'a> {
    /// `f() takes no keyword arguments`.
    pub fn no_kwargs(&self, vm: &Vm, display: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(vm.type_error(format!("{display}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// METH_O: `f() takes exactly one argument (N given)`.
    pub fn exactly_one(&self, vm: &Vm, display: &str) -> PyResult<&'a Value> {
        self.no_kwargs(vm, display)?;
        let p = self.pos();
        if p.len() != 1 {
            return Err(vm.type_error(format!(
                "{display}() takes exactly one argument ({} given)",
                p.len()
            )));
        }
        Ok(&p[0])
    }

    /// METH_NOARGS: `f() takes no arguments (N given)`.
    pub fn none(&self, vm: &Vm, display: &str) -> PyResult<()> {
        self.no_kwargs(vm, display)?;
        let n = self.pos().len();
        if n != 0 {
            return Err(vm.type_error(format!("{display}() takes no arguments ({n} given)")));
        }
        Ok(())
    }

    /// `PyArg_UnpackTuple` style: `name expected at most 2 arguments, got 3`.
    pub fn unpack(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(vm, name)?;
        let p = self.pos();
        let n = p.len();
        if n < min || n > max {
            let msg = if min == max {
                format!("{name} expected {min} argument{}, got {n}", plural(min))
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(vm.type_error(msg));
        }
        Ok(p)
    }

    /// Argument Clinic style with keywords: positional-or-keyword parameters `names`, the
    /// first `required` of them required. Returns one slot per name.
    pub fn parse(
        &self,
        vm: &Vm,
        display: &str,
        names: &[&str],
        required: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        self.parse_with(vm, display, names, required, 0)
    }

    /// As `parse`, with the first `posonly` parameters positional-only.
    pub fn parse_with(
        &self,
        vm: &Vm,
        display: &str,
        names: &[&str],
        required: usize,
        posonly: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let p = self.pos();
        let max = names.len();
        if p.len() > max {
            let msg = if max == 0 {
                format!("{display}() takes no positional arguments")
            } else if required == max {
                format!(
                    "{display}() takes exactly {max} argument{} ({} given)",
                    plural(max),
                    p.len()
                )
            } else {
                format!(
                    "{display}() takes at most {max} argument{} ({} given)",
                    plural(max),
                    p.len()
                )
            };
            return Err(vm.type_error(msg));
        }
        // Clinic counts keyword arguments too before matching any of them.
        let total = p.len() + self.kwnames.len();
        if total > max && !self.kwnames.is_empty() {
            return Err(vm.type_error(format!(
                "{display}() takes at most {max} {}argument{} ({total} given)",
                if p.is_empty() { "keyword " } else { "" },
                plural(max)
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; max];
        for (i, v) in p.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kwnames.iter().zip(self.kw_values()) {
            let key = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
            match names.iter().position(|n| *n == key) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {display}() given by name ('{key}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "'{key}' is an invalid keyword argument for {display}()"
                    )))
                }
            }
        }
        for i in 0..required {
            if out[i].is_none() {
                if self.kwnames.is_empty() && i >= p.len() && required > 0 && posonly >= required {
                    return Err(vm.type_error(format!(
                        "{display}() takes at least {required} argument{} ({} given)",
                        plural(required),
                        p.len()
                    )));
                }
                return Err(vm.type_error(format!(
                    "{display}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> Vec<(String, Value)> {
        self.kwnames
            .iter()
            .zip(self.kw_values())
            .map(|(k, v)| {
                (
                    k.downcast::<StrData>()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                    v.clone(),
                )
            })
            .collect()
    }
}
