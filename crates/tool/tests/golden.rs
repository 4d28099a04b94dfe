//! Golden tests: CPython-compiled `.pyc` files of our own sources, with CPython's `dis.dis`
//! output beside them (regenerate with `python3 scripts/bless_golden.py`).

use std::path::{Path, PathBuf};

fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push_str("...");
    }
    out.push_str(rest);
    out
}

fn golden_pycs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("pyc"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "golden files missing: {files:?}");
    files
}

#[test]
fn dis_matches_cpython() {
    for path in golden_pycs() {
        let pyc = marshal::Pyc::parse(&std::fs::read(&path).unwrap()).unwrap();
        let actual = mask_addresses(&bytecode::dis::dis(&pyc.code).unwrap());
        let expected = std::fs::read_to_string(path.with_extension("dis")).unwrap();
        let expected = expected.split_once('\n').unwrap().1;
        if actual != expected {
            let first = actual
                .lines()
                .zip(expected.lines())
                .position(|(a, e)| a != e)
                .unwrap_or(0);
            panic!(
                "{}: dis differs from CPython's at line {}:\n  ours:    {:?}\n  cpython: {:?}\n\
                 (if the source changed, regenerate with python3 scripts/bless_golden.py)",
                path.display(),
                first + 1,
                actual.lines().nth(first),
                expected.lines().nth(first)
            );
        }
    }
}

#[test]
fn pyc_round_trips_through_our_writer() {
    for path in golden_pycs() {
        let data = std::fs::read(&path).unwrap();
        let pyc = marshal::Pyc::parse(&data).unwrap();
        let rewritten = pyc.to_bytes();
        assert_eq!(
            rewritten[..16],
            data[..16],
            "{}: header changed",
            path.display()
        );
        let again = marshal::Pyc::parse(&rewritten).unwrap();
        assert!(
            again.code == pyc.code,
            "{}: code object changed",
            path.display()
        );
    }
}

#[test]
fn verifier_accepts_cpython_code_at_its_stack_size() {
    for path in golden_pycs() {
        let pyc = marshal::Pyc::parse(&std::fs::read(&path).unwrap()).unwrap();
        let mut codes = vec![pyc.code.clone()];
        while let Some(code) = codes.pop() {
            let verified = bytecode::verify::verify(&code)
                .unwrap_or_else(|e| panic!("{}: {}: {e}", path.display(), code.qualname));
            assert_eq!(
                i64::from(verified.max_stack_depth),
                i64::from(code.stacksize),
                "{}: {}",
                path.display(),
                code.qualname
            );
            codes.extend(code.consts.iter().filter_map(|c| c.as_code().cloned()));
        }
    }
}
