//! The command lines: exit statuses and messages, including on hostile input.

use std::path::{Path, PathBuf};
use std::process::Command;

fn tool() -> Command {
    Command::new(env!("CARGO_BIN_EXE_basilisk-tool"))
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("basilisk-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn dis_prints_and_exits_zero() {
    let out = tool()
        .arg("dis")
        .arg(golden("control_flow.pyc"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("  0           0 RESUME                   0\n"),
        "{text}"
    );
    assert!(text.contains("ExceptionTable:"));
}

#[test]
fn truncated_pyc_is_one_line_error_with_file_and_offset() {
    let data = std::fs::read(golden("control_flow.pyc")).unwrap();
    let bad = scratch("truncated.pyc");
    std::fs::write(&bad, &data[..data.len() / 2]).unwrap();
    let out = tool().arg("dis").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("truncated.pyc: offset "), "{err}");
    assert!(
        err.contains("bytes of data left") || err.contains("data ends while reading"),
        "{err}"
    );
}

#[test]
fn wrong_magic_is_named() {
    let bad = scratch("magic.pyc");
    std::fs::write(&bad, b"\x55\x0d\x0d\x0a\0\0\0\0\0\0\0\0\0\0\0\0N").unwrap();
    let out = tool().arg("dis").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("offset 0: bad magic number"), "{err}");
}

#[test]
fn forged_length_is_rejected_without_allocating() {
    let mut data = std::fs::read(golden("control_flow.pyc")).unwrap()[..16].to_vec();
    // A tuple claiming two billion items.
    data.extend_from_slice(b"(\xff\xff\xff\x7f");
    let bad = scratch("forged.pyc");
    std::fs::write(&bad, &data).unwrap();
    let out = tool().arg("dis").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("offset 17: bad tuple length 2147483647 (only 0 bytes of data left)"),
        "{err}"
    );
}

#[test]
fn missing_file_is_an_error() {
    let out = tool()
        .arg("dis")
        .arg("/nonexistent/x.pyc")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("/nonexistent/x.pyc"));
}

#[test]
fn pyc_rewrite_writes_a_loadable_file() {
    let out_path = scratch("rewritten.pyc");
    let status = tool()
        .arg("pyc-rewrite")
        .arg(golden("data_and_closures.pyc"))
        .arg(&out_path)
        .status()
        .unwrap();
    assert!(status.success());
    let original =
        marshal::Pyc::parse(&std::fs::read(golden("data_and_closures.pyc")).unwrap()).unwrap();
    let rewritten = marshal::Pyc::parse(&std::fs::read(&out_path).unwrap()).unwrap();
    assert!(original.code == rewritten.code);
    assert_eq!(original.header, rewritten.header);
}
