//! A server that dies while compiling. Alone in its test binary: it writes an executable and
//! runs it, which must not race with another test's fork (ETXTBSY).
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;

use cpython_compile::{CompileError, CpythonCompiler, Mode};

#[test]
fn dies_mid_request() {
    let mut real = CpythonCompiler::new();
    if let Err(e) = real.python_version() {
        eprintln!("skipped: {e}");
        return;
    }
    let python = real.executable().unwrap().to_string();
    drop(real);

    let dir =
        TempDir(std::env::temp_dir().join(format!("cpython_compile-crash-{}", std::process::id())));
    std::fs::create_dir_all(&dir.0).unwrap();
    // The real server with one change: the source `die` makes it exit with status 3.
    let patch = dir.0.join("patch.py");
    std::fs::write(
        &patch,
        r#"import sys
script = sys.argv[1].replace(
    "        source = req[name_end:]\n",
    "        source = req[name_end:]\n"
    "        if source == b'die': sys.stderr.write('dying\\n'); sys.stderr.flush(); os._exit(3)\n")
assert "os._exit(3)" in script
exec(compile(script, "<server>", "exec"))
"#,
    )
    .unwrap();
    let wrapper = dir.0.join("python-that-dies");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec '{python}' -I -S '{}' \"$4\"\n",
            patch.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();

    // A server that was already running dies: the request is retried on a new one, which is
    // started from the interpreter the first one reported (the unpatched one here).
    let mut c = CpythonCompiler::with_program(&wrapper);
    assert!(c.compile(b"x = 1", "t.py", Mode::Exec, 0, -1).is_ok());
    let first = c.server_pid();
    assert_eq!(c.executable(), Some(python.as_str()));
    let compiled = c.compile(b"die", "t.py", Mode::Exec, 0, -1).unwrap();
    assert_eq!(compiled.code.names[0].to_string_lossy(), "die");
    assert!(c.server_pid().is_some() && c.server_pid() != first);

    // A server started for the request dies of it: reported, not retried.
    let mut c = CpythonCompiler::with_program(&wrapper);
    let error = c.compile(b"die", "t.py", Mode::Exec, 0, -1).unwrap_err();
    let CompileError::Crashed(why) = &error else {
        panic!("{error:?}")
    };
    assert!(why.contains("exit status: 3"), "{why}");
    assert!(why.contains("dying"), "{why}");
    assert!(c.server_pid().is_none());
    // The next request gets a fresh server.
    assert!(c.compile(b"y = 2", "t.py", Mode::Exec, 0, -1).is_ok());
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
