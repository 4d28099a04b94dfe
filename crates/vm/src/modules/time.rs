//! `time`.

use crate::object::PyRef;
use crate::objects::module::ModuleData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<PyRef<ModuleData>> {
    let m = vm.new_module("time");
    super::add_functions(
        vm,
        &m,
        &[
            ("time", |vm, _| Ok(vm.new_float(now().as_secs_f64()))),
            ("time_ns", |vm, _| {
                Ok(vm.new_bigint(dashu_int::IBig::from(now().as_nanos())))
            }),
            ("perf_counter", |vm, _| {
                Ok(vm.new_float(mono().as_secs_f64()))
            }),
            ("perf_counter_ns", |vm, _| {
                Ok(vm.new_bigint(dashu_int::IBig::from(mono().as_nanos())))
            }),
            ("monotonic", |vm, _| Ok(vm.new_float(mono().as_secs_f64()))),
            ("monotonic_ns", |vm, _| {
                Ok(vm.new_bigint(dashu_int::IBig::from(mono().as_nanos())))
            }),
            ("process_time", |vm, _| {
                Ok(vm.new_float(mono().as_secs_f64()))
            }),
            ("sleep", |vm, a| {
                let x = a.exactly_one(vm, "sleep")?.clone();
                let s = crate::modules::math::arg_f64(vm, &x)?;
                if s < 0.0 {
                    return Err(vm.value_error("sleep length must be non-negative"));
                }
                std::thread::sleep(std::time::Duration::from_secs_f64(s));
                Ok(Value::NONE)
            }),
        ],
    );
    Ok(m)
}

fn now() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn mono() -> std::time::Duration {
    thread_local! { static START: std::time::Instant = std::time::Instant::now(); }
    START.with(|s| s.elapsed())
}
