//! The `basilisk` command as a user meets it: exit statuses and streams as `python3` gives
//! them. (The differential corpus, `scripts/check_corpus.py`, compares whole programs.)

use std::process::Command;

fn basilisk(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_basilisk"))
        .args(args)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap()
}

#[test]
fn missing_script_is_status_2_with_cpythons_message() {
    let out = basilisk(&["/nonexistent/prog.py"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory"),
        "{err}"
    );
}

#[test]
fn version_is_cpythons() {
    let out = basilisk(&["--version"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Python 3.11.7\n");
}

#[test]
fn uncaught_exception_exits_1_with_a_traceback() {
    let out = basilisk(&["-c", "print('before'); 1/0"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "before\n");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn system_exit_code_is_honoured() {
    let out = basilisk(&["-c", "import sys; sys.exit(7)"]);
    assert_eq!(out.status.code(), Some(7));
}
