//! Frame and traceback objects' attributes.

use crate::objects::frame_object::{FrameData, TracebackData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let t = vm.types.traceback.clone();
    super::add_getset(
        vm,
        &t,
        "tb_frame",
        Some(|_, v| Ok(tb(v).frame.clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "tb_lineno",
        Some(|vm, v| {
            Ok(tb(v)
                .lineno
                .map(|l| vm.new_int(l as i64))
                .unwrap_or(Value::NONE))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "tb_lasti",
        Some(|vm, v| Ok(vm.new_int(tb(v).lasti as i64 * 2))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "tb_next",
        Some(|_, v| Ok(tb(v).next.borrow().clone().unwrap_or(Value::NONE))),
        Some(|vm, v, n| {
            let n = n.filter(|x| !x.is_none());
            if let Some(x) = &n {
                if x.downcast::<TracebackData>().is_none() {
                    return Err(vm.type_error(format!(
                        "expected traceback object or None, got '{}'",
                        vm.type_name(x)
                    )));
                }
            }
            *tb(v).next.borrow_mut() = n;
            Ok(())
        }),
    );
    let t = vm.types.frame.clone();
    t.slots.repr.set(Some(frame_repr));
    super::add_getset(
        vm,
        &t,
        "f_code",
        Some(|_, v| Ok(fr(v).code.as_value().clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "f_globals",
        Some(|_, v| Ok(fr(v).globals.clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "f_builtins",
        Some(|_, v| Ok(fr(v).builtins.clone())),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "f_lineno",
        Some(|vm, v| {
            let f = fr(v);
            Ok(crate::traceback::line_of(&f.code, f.lasti.get())
                .map(|l| vm.new_int(l as i64))
                .unwrap_or(Value::NONE))
        }),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "f_lasti",
        Some(|vm, v| Ok(vm.new_int(fr(v).lasti.get() as i64 * 2))),
        None,
    );
    super::add_getset(
        vm,
        &t,
        "f_back",
        Some(|vm, v| Ok(crate::traceback::frame_back(vm, v).unwrap_or(Value::NONE))),
        None,
    );
    super::add_getset(vm, &t, "f_locals", Some(frame_locals), None);
}

fn tb(v: &Value) -> &TracebackData {
    v.downcast::<TracebackData>().expect("traceback")
}

fn fr(v: &Value) -> &FrameData {
    v.downcast::<FrameData>().expect("frame")
}

fn frame_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = fr(v);
    if let Some(l) = f.locals.borrow().clone() {
        return Ok(l);
    }
    let live = vm
        .frames
        .iter()
        .position(|fr| fr.frame_obj.as_ref().is_some_and(|o| o.is(v)));
    if let Some(index) = live {
        return crate::modules::dynamic::fast_locals_dict(vm, index);
    }
    // A finished function frame: the last snapshot taken, if any.
    let last = f.fast_locals.borrow().clone();
    Ok(last.unwrap_or_else(|| vm.new_dict().into_value()))
}

fn frame_repr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = fr(v);
    let line = crate::traceback::line_of(&f.code, f.lasti.get()).unwrap_or(0);
    Ok(vm.new_str(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.raw(),
        f.code.filename.as_str(),
        line,
        f.code.name.as_str()
    )))
}
