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
    let (file, line) = match vm.frames.last() {
        Some(f) => (
            f.code.filename.as_str().to_string(),
            crate::traceback::line_of(&f.code, f.lasti).unwrap_or(0),
        ),
        None => ("sys".to_string(), 0),
    };
    let key = (file.clone(), line, message.to_string());
    if vm.warned.contains(&key) {
        return Ok(());
    }
    vm.warned.push(key);
    let src = std::fs::read_to_string(&file).ok().and_then(|t| {
        t.lines()
            .nth(line.max(1) as usize - 1)
            .map(|l| l.trim().to_string())
    });
    let mut text = format!("{file}:{line}: {category}: {message}\n");
    if let Some(s) = src {
        text.push_str(&format!("  {s}\n"));
    }
    crate::modules::sys::write_stderr(vm, &text);
    Ok(())
}
