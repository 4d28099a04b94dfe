//! `str % args`: the VM side of `pyformat::percent_format`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn format(vm: &mut Vm, _fmt: &str, _args: &Value) -> PyResult<String> {
    Err(vm.not_implemented_error("printf-style formatting (%) is not supported yet"))
}
