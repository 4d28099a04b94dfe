//! `code` objects' attributes.

use crate::objects::code::CodeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    t.slots.repr.set(Some(code_repr));
    t.slots
        .hash
        .set(Some(|_, v| Ok(bytecode::set_order::hash_pointer(v.raw()))));
    super::add_getset(
        vm,
        &t,
        "co_name",
        Some(|_, v| Ok(cd(v).name.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_qualname",
        Some(|_, v| Ok(cd(v).qualname.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_filename",
        Some(|_, v| Ok(cd(v).filename.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_firstlineno",
        Some(|vm, v| Ok(vm.new_int(cd(v).raw.firstlineno as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_argcount",
        Some(|vm, v| Ok(vm.new_int(cd(v).argcount as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_posonlyargcount",
        Some(|vm, v| Ok(vm.new_int(cd(v).posonlyargcount as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_kwonlyargcount",
        Some(|vm, v| Ok(vm.new_int(cd(v).kwonlyargcount as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_nlocals",
        Some(|vm, v| Ok(vm.new_int(cd(v).nlocals as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_stacksize",
        Some(|vm, v| Ok(vm.new_int(cd(v).raw.stacksize as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_flags",
        Some(|vm, v| Ok(vm.new_int(cd(v).flags as i64))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_consts",
        Some(|vm, v| Ok(vm.new_tuple(cd(v).consts.to_vec()))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_names",
        Some(|vm, v| Ok(vm.new_tuple(cd(v).names.iter().map(|n| n.as_value().clone())))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_varnames",
        Some(|vm, v| Ok(names_of(vm, v, bytecode::code::local_kind::LOCAL))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_cellvars",
        Some(|vm, v| Ok(names_of(vm, v, bytecode::code::local_kind::CELL))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_freevars",
        Some(|vm, v| Ok(names_of(vm, v, bytecode::code::local_kind::FREE))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "co_code",
        Some(|vm, v| {
            let b = cd(v).raw.deopt_code();
            Ok(
                crate::object::alloc(&vm.types.bytes, crate::objects::bytes::BytesData::new(b))
                    .into_value(),
            )
        }),
        None,
    );
}

fn cd(v: &Value) -> &CodeData {
    v.downcast::<CodeData>().expect("code")
}

fn names_of(vm: &mut Vm, v: &Value, kind: u8) -> Value {
    let c = cd(v);
    let names: Vec<Value> = c
        .localsplusnames
        .iter()
        .zip(c.kinds.iter())
        .filter(|(_, k)| *k & kind != 0)
        .map(|(n, _)| n.as_value().clone())
        .collect();
    vm.new_tuple(names)
}

fn code_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cd(v);
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name.as_str(),
        v.raw(),
        c.filename.as_str(),
        c.raw.firstlineno
    )))
}
