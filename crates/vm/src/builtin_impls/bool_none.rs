//! `bool`, `NoneType`, `NotImplementedType`, `ellipsis`.

use crate::object::TypeRef;
use crate::objects::native::Args;
use crate::slots::BinOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.bool_.clone();
    t.slots.repr.set(Some(bool_repr));
    t.slots.new.set(Some(bool_new));
    t.slots.nb[BinOp::And as usize].set(Some(bool_and));
    t.slots.nb[BinOp::Or as usize].set(Some(bool_or));
    t.slots.nb[BinOp::Xor as usize].set(Some(bool_xor));
    super::object::add_new_wrapper(vm, &t);

    let t = vm.types.none_type.clone();
    t.slots
        .repr
        .set(Some(|vm, _| Ok(vm.intern("None").into_value())));
    t.slots.bool.set(Some(|_, _| Ok(false)));
    t.slots.hash.set(Some(|_, _| {
        Ok(bytecode::set_order::hash_pointer(0x7fb6_4965_bbe0))
    }));
    t.slots.new.set(Some(none_new));
    super::object::add_new_wrapper(vm, &t);

    let t = vm.types.not_implemented_type.clone();
    t.slots
        .repr
        .set(Some(|vm, _| Ok(vm.intern("NotImplemented").into_value())));
    t.slots.bool.set(Some(not_implemented_bool));
    t.slots.new.set(Some(|vm, _, args| {
        if !args.values.is_empty() {
            return Err(vm.type_error("NotImplementedType takes no arguments"));
        }
        Ok(vm.not_implemented.clone())
    }));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__reduce__", |vm, _| {
        Ok(vm.intern("NotImplemented").into_value())
    });

    let t = vm.types.ellipsis_type.clone();
    t.slots
        .repr
        .set(Some(|vm, _| Ok(vm.intern("Ellipsis").into_value())));
    t.slots.new.set(Some(|vm, _, args| {
        if !args.values.is_empty() {
            return Err(vm.type_error("EllipsisType takes no arguments"));
        }
        Ok(vm.ellipsis.clone())
    }));
    super::object::add_new_wrapper(vm, &t);
    super::add_method(vm, &t, "__reduce__", |vm, _| {
        Ok(vm.intern("Ellipsis").into_value())
    });
}

fn bool_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm
        .intern(if v.is_true_singleton() {
            "True"
        } else {
            "False"
        })
        .into_value())
}

fn bool_new(vm: &mut Vm, _ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs(vm, "bool")?;
    let a = args.unpack(vm, "bool", 0, 1)?;
    match a.first() {
        Some(x) => Ok(Value::from_bool(vm.is_true(x)?)),
        None => Ok(Value::FALSE),
    }
}

fn none_new(vm: &mut Vm, _ty: &TypeRef, args: Args<'_>) -> PyResult<Value> {
    if !args.values.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::NONE)
}

fn not_implemented_bool(vm: &mut Vm, _v: &Value) -> PyResult<bool> {
    crate::modules::warnings::warn(
        vm,
        "DeprecationWarning",
        "NotImplemented should not be used in a boolean context",
    )?;
    Ok(true)
}

fn bool_and(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() && b.is_true_singleton(),
        ));
    }
    super::int::int_binop(vm, a, b, BinOp::And)
}

fn bool_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() || b.is_true_singleton(),
        ));
    }
    super::int::int_binop(vm, a, b, BinOp::Or)
}

fn bool_xor(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if a.is_bool() && b.is_bool() {
        return Ok(Value::from_bool(
            a.is_true_singleton() != b.is_true_singleton(),
        ));
    }
    super::int::int_binop(vm, a, b, BinOp::Xor)
}
