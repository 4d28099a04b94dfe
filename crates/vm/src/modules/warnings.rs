//! Warnings, as the default filters show them: DeprecationWarning is ignored outside
//! `__main__`, everything else printed once per location to stderr.

use crate::vm::{PyResult, Vm};

/// Issues a warning of builtin category `category` from the current frame.
pub fn warn(vm: &mut Vm, category: &str, message: &str) -> PyResult<()> {
    let in_main = vm
        .frames
        .last()
        .and_then(|f| f.globals.get_rust_str("__name__"))
        .and_then(|n| {
            n.downcast::<crate::objects::str::StrData>()
                .map(|s| s.as_str() == "__main__")
        })
        .unwrap_or(false);
    if matches!(
        category,
        "DeprecationWarning" | "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning"
    ) && !(category == "DeprecationWarning" && in_main)
    {
        return Ok(());
    }
    show(vm, category, message, None);
    Ok(())
}

/// `warnings._warn_unawaited_coroutine`: the RuntimeWarning for a coroutine freed before it
/// ever ran, attributed to the code running when it was freed.
pub fn warn_unawaited_coroutine(vm: &mut Vm, qualname: &str) {
    let msg = format!("coroutine '{qualname}' was never awaited");
    // Without a running frame (interpreter shutdown) tracemalloc cannot be imported, so
    // CPython omits its hint.
    let hint = (!vm.frames.is_empty())
        .then_some("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    show(vm, "RuntimeWarning", &msg, hint);
}

/// Prints a warning the default filters let through, once per location; `note` follows it.
fn show(vm: &mut Vm, category: &str, message: &str, note: Option<&str>) {
    let (file, line) = match vm.frames.last() {
        Some(f) => (
            f.code.filename.as_str().to_string(),
            crate::traceback::line_of(&f.code, f.lasti).unwrap_or(0),
        ),
        None => ("sys".to_string(), 1),
    };
    let key = (file.clone(), line, message.to_string());
    if vm.warned.contains(&key) {
        return;
    }
    vm.warned.push(key);
    let src = (!vm.frames.is_empty())
        .then(|| std::fs::read_to_string(&file).ok())
        .flatten()
        .and_then(|t| {
            t.lines()
                .nth(line.max(1) as usize - 1)
                .map(|l| l.trim().to_string())
        });
    let mut text = format!("{file}:{line}: {category}: {message}\n");
    if let Some(s) = src {
        text.push_str(&format!("  {s}\n"));
    }
    if let Some(n) = note {
        text.push_str(n);
    }
    crate::modules::sys::write_stderr(vm, &text);
}
