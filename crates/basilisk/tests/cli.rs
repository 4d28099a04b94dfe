//! Until the interpreter lands, `basilisk` must refuse clearly, with CPython's usage-error
//! status.

use std::process::Command;

#[test]
fn says_it_cannot_run_programs_yet() {
    let out = Command::new(env!("CARGO_BIN_EXE_basilisk"))
        .arg("prog.py")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("cannot run programs yet"));
}

#[test]
fn version_succeeds() {
    let out = Command::new(env!("CARGO_BIN_EXE_basilisk"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("Basilisk "));
}
