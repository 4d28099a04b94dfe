//! The compile server against the installed CPython 3.11. Expected values were recorded from
//! CPython 3.11.7 (`compile(src, "t.py", "exec", 0, True, -1)` and the attributes of what it
//! raised). Without a CPython 3.11 these tests say so and pass.

use std::path::PathBuf;

use bytecode::{CodeObject, Constant, PyStr};
use cpython_compile::{flags, CompileError, CpythonCompiler, Mode, SyntaxErrorInfo};

fn compiler() -> Option<CpythonCompiler> {
    let mut compiler = CpythonCompiler::new();
    match compiler.python_version() {
        Ok(_) => Some(compiler),
        Err(e) => {
            eprintln!("skipped: {e}");
            None
        }
    }
}

fn str_consts(code: &CodeObject) -> Vec<String> {
    code.consts
        .iter()
        .filter_map(|c| match c {
            Constant::Str(s) => Some(s.to_string_lossy()),
            _ => None,
        })
        .collect()
}

fn names(code: &CodeObject) -> Vec<String> {
    code.names.iter().map(PyStr::to_string_lossy).collect()
}

fn syntax_error(compiler: &mut CpythonCompiler, source: &[u8]) -> SyntaxErrorInfo {
    match compiler.compile(source, "t.py", Mode::Exec, 0, -1) {
        Err(CompileError::Syntax(info)) => *info,
        other => panic!("expected a SyntaxError for {source:?}, got {other:?}"),
    }
}

#[allow(clippy::too_many_arguments)]
fn expect(
    class: &str,
    msg: &str,
    location: Option<(i64, i64)>,
    text: Option<&str>,
    end: Option<(i64, i64)>,
    args_location_len: u8,
) -> SyntaxErrorInfo {
    SyntaxErrorInfo {
        class: class.into(),
        msg: msg.into(),
        filename: Some("t.py".into()),
        lineno: location.map(|l| l.0),
        offset: location.map(|l| l.1),
        text: text.map(Into::into),
        end_lineno: end.map(|e| e.0),
        end_offset: end.map(|e| e.1),
        args_location_len,
    }
}

#[test]
fn compiles_a_module() {
    let Some(mut c) = compiler() else { return };
    let source = b"import sys\n\ndef greet(name):\n    \"\"\"Say hello.\"\"\"\n    print('hello', name)\n\ngreet(sys.argv[0])\n";
    let compiled = c
        .compile(source, "/some/where/greet.py", Mode::Exec, 0, -1)
        .unwrap();
    assert!(compiled.warnings.is_empty());
    let code = &compiled.code;
    assert_eq!(code.name.to_string_lossy(), "<module>");
    assert_eq!(code.filename.to_string_lossy(), "/some/where/greet.py");
    assert_eq!(code.firstlineno, 1);
    assert_eq!(names(code), ["sys", "greet", "argv"]);
    let function = code
        .consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(f) => Some(f.clone()),
            _ => None,
        })
        .expect("the function's code");
    assert_eq!(function.name.to_string_lossy(), "greet");
    assert_eq!(function.firstlineno, 3);
    assert_eq!(function.argcount, 1);
    assert_eq!(str_consts(&function), ["Say hello.", "hello"]);
    assert_eq!(function.filename.to_string_lossy(), "/some/where/greet.py");
}

#[test]
fn modes_flags_and_optimize() {
    let Some(mut c) = compiler() else { return };
    let eval = c.compile(b"6 * 7", "<eval>", Mode::Eval, 0, -1).unwrap();
    assert!(eval.code.consts.contains(&Constant::Int(42)));

    let single = c
        .compile(b"1 + 1\n", "<stdin>", Mode::Single, 0, -1)
        .unwrap();
    assert!(names(&single.code).is_empty());
    // Interactive mode prints expression statements.
    let printed = bytecode::dis::dis(&single.code).unwrap();
    assert!(printed.contains("PRINT_EXPR"), "{printed}");

    let source = b"def f(x: int): pass\n";
    let plain = c.compile(source, "a.py", Mode::Exec, 0, -1).unwrap();
    assert!(names(&plain.code).contains(&"int".to_string()));
    let future = c
        .compile(source, "a.py", Mode::Exec, flags::CO_FUTURE_ANNOTATIONS, -1)
        .unwrap();
    assert!(!names(&future.code).contains(&"int".to_string()));

    let source = b"\"\"\"Doc.\"\"\"\nassert x\n";
    let level0 = c.compile(source, "a.py", Mode::Exec, 0, 0).unwrap();
    assert_eq!(names(&level0.code), ["__doc__", "x"]);
    let level1 = c.compile(source, "a.py", Mode::Exec, 0, 1).unwrap();
    assert_eq!(names(&level1.code), ["__doc__"]);
    let level2 = c.compile(source, "a.py", Mode::Exec, 0, 2).unwrap();
    assert!(names(&level2.code).is_empty());

    let top_level_await = c.compile(b"await x\n", "a.py", Mode::Exec, 0, -1);
    assert!(matches!(top_level_await, Err(CompileError::Syntax(_))));
    let allowed = c.compile(
        b"await x\n",
        "a.py",
        Mode::Exec,
        flags::PYCF_ALLOW_TOP_LEVEL_AWAIT,
        -1,
    );
    assert!(allowed.is_ok());
    assert!(matches!(
        c.compile(b"x", "a.py", Mode::Exec, flags::PYCF_ONLY_AST, -1),
        Err(CompileError::Other { .. })
    ));
}

#[test]
fn syntax_errors_carry_cpythons_attributes() {
    let Some(mut c) = compiler() else { return };
    let cases: Vec<(&[u8], SyntaxErrorInfo)> = vec![
        (
            b"x = (1,\n",
            expect(
                "SyntaxError",
                "'(' was never closed",
                Some((1, 5)),
                Some("x = (1,\n"),
                Some((1, 0)),
                6,
            ),
        ),
        (
            b"def f():\nreturn 1\n",
            expect(
                "IndentationError",
                "expected an indented block after function definition on line 1",
                Some((2, 1)),
                Some("return 1\n"),
                Some((2, 7)),
                6,
            ),
        ),
        (
            b"if 1:\n\tx=1\n        y=2\n",
            expect(
                "TabError",
                "inconsistent use of tabs and spaces in indentation",
                Some((3, 1)),
                Some("        y=2\n"),
                Some((3, 0)),
                6,
            ),
        ),
        (
            b"if 1:\n  x\n y\n",
            expect(
                "IndentationError",
                "unindent does not match any outer indentation level",
                Some((3, 3)),
                Some(" y\n"),
                Some((3, -1)),
                6,
            ),
        ),
        (
            b"1 +\n",
            expect(
                "SyntaxError",
                "invalid syntax",
                Some((1, 4)),
                Some("1 +\n"),
                Some((1, 4)),
                6,
            ),
        ),
        (
            b"print 'x'",
            expect(
                "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Some((1, 1)),
                Some("print 'x'\n"),
                Some((1, 10)),
                6,
            ),
        ),
        (
            b"'abc",
            expect(
                "SyntaxError",
                "unterminated string literal (detected at line 1)",
                Some((1, 1)),
                Some("'abc"),
                Some((1, 1)),
                6,
            ),
        ),
        // Found by the compiler, after parsing: no text, and args is (msg,).
        (
            b"return 5",
            expect(
                "SyntaxError",
                "'return' outside function",
                Some((1, 1)),
                None,
                Some((1, 9)),
                6,
            ),
        ),
        (
            b"nonlocal x",
            expect(
                "SyntaxError",
                "nonlocal declaration not allowed at module level",
                Some((1, 1)),
                None,
                Some((1, 11)),
                0,
            ),
        ),
        (
            b"def f():\n  x = 1\n  global x\n",
            expect(
                "SyntaxError",
                "name 'x' is assigned to before global declaration",
                Some((3, 3)),
                None,
                Some((3, 11)),
                0,
            ),
        ),
        // Decoding problems are SyntaxErrors with a 4-item location.
        (
            b"# coding: bogus\nx=1\n",
            expect(
                "SyntaxError",
                "unknown encoding: bogus",
                Some((0, -1)),
                None,
                None,
                4,
            ),
        ),
        (
            b"\xef\xbb\xbf# coding: latin-1\n",
            expect(
                "SyntaxError",
                "encoding problem: iso-8859-1 with BOM",
                Some((0, -1)),
                None,
                None,
                4,
            ),
        ),
        (
            b"x = '\xff'\n",
            expect(
                "SyntaxError",
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                Some((1, 8)),
                Some("x = '\u{fffd}'\n"),
                Some((1, 8)),
                6,
            ),
        ),
        (
            b"a\0b",
            SyntaxErrorInfo {
                class: "SyntaxError".into(),
                msg: "source code string cannot contain null bytes".into(),
                filename: None,
                lineno: None,
                offset: None,
                text: None,
                end_lineno: None,
                end_offset: None,
                args_location_len: 0,
            },
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(syntax_error(&mut c, source), expected, "{source:?}");
    }
}

#[test]
fn syntax_error_str_is_cpythons() {
    let Some(mut c) = compiler() else { return };
    let info = match c.compile(b"1 +\n", "/a/b/mod.py", Mode::Exec, 0, -1) {
        Err(CompileError::Syntax(info)) => info,
        other => panic!("{other:?}"),
    };
    assert_eq!(info.to_string(), "invalid syntax (mod.py, line 1)");
    let error = CompileError::Syntax(info);
    assert_eq!(
        error.to_string(),
        "SyntaxError: invalid syntax (mod.py, line 1)"
    );
}

#[test]
fn other_exceptions() {
    let Some(mut c) = compiler() else { return };
    let mut deep = b"x".to_vec();
    for _ in 0..200_000 {
        deep.extend_from_slice(b".y");
    }
    assert_eq!(
        c.compile(&deep, "t.py", Mode::Exec, 0, -1).unwrap_err(),
        CompileError::Other {
            class: "RecursionError".into(),
            message: "maximum recursion depth exceeded during compilation".into()
        }
    );
    let mut minus = vec![b'-'; 100_000];
    minus.push(b'1');
    assert_eq!(
        c.compile(&minus, "t.py", Mode::Exec, 0, -1).unwrap_err(),
        CompileError::Other {
            class: "MemoryError".into(),
            message: String::new()
        }
    );
    assert_eq!(
        c.compile(b"x", "t.py", Mode::Exec, 0, 3).unwrap_err(),
        CompileError::Other {
            class: "ValueError".into(),
            message: "compile(): invalid optimize value".into()
        }
    );
    assert_eq!(
        c.compile(b"x", "t.py", Mode::Exec, 0x8, -1).unwrap_err(),
        CompileError::Other {
            class: "ValueError".into(),
            message: "compile(): unrecognised flags".into()
        }
    );
    // The server survives all of that.
    assert!(c.compile(b"x = 1", "t.py", Mode::Exec, 0, -1).is_ok());
}

struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let dir =
            std::env::temp_dir().join(format!("cpython_compile-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[test]
fn warnings_are_formatted_as_cpython_prints_them() {
    let Some(mut c) = compiler() else { return };
    let source = b"if 1:\n    x = 1; print(x is 1)   \ns = '\\d'\n";
    // On disk, so that the source line is shown, as when CPython runs the file.
    let file = TempFile::new("warn.py", source);
    let name = file.0.to_str().unwrap();
    let compiled = c.compile(source, name, Mode::Exec, 0, -1).unwrap();
    let found: Vec<_> = compiled
        .warnings
        .iter()
        .map(|w| {
            (
                w.category.as_str(),
                w.message.as_str(),
                w.lineno,
                w.formatted.clone(),
                w.shown_by_default(),
            )
        })
        .collect();
    // The parser's warning comes before the compiler's, as in CPython's output.
    assert_eq!(
        found,
        [
            (
                "DeprecationWarning",
                "invalid escape sequence '\\d'",
                3,
                format!("{name}:3: DeprecationWarning: invalid escape sequence '\\d'\n  s = '\\d'\n"),
                false,
            ),
            (
                "SyntaxWarning",
                "\"is\" with a literal. Did you mean \"==\"?",
                2,
                format!(
                    "{name}:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  x = 1; print(x is 1)\n"
                ),
                true,
            ),
        ]
    );
    assert!(compiled.warnings.iter().all(|w| w.filename == name));

    // Not on disk: no source line, as in CPython.
    let compiled = c.compile(b"1 is 1", "<string>", Mode::Exec, 0, -1).unwrap();
    assert_eq!(
        compiled.warnings[0].formatted,
        "<string>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
    );

    // The file changed on disk: the new line is shown.
    std::fs::write(&file.0, b"y = 2 is 2\n").unwrap();
    let compiled = c.compile(b"y = 2 is 2\n", name, Mode::Exec, 0, -1).unwrap();
    assert!(compiled.warnings[0].formatted.ends_with("\n  y = 2 is 2\n"));
}

#[test]
fn deprecation_warning_shown_only_for_main() {
    let Some(mut c) = compiler() else { return };
    let compiled = c
        .compile(b"'\\d'", "__main__.py", Mode::Exec, 0, -1)
        .unwrap();
    assert!(compiled.warnings[0].shown_by_default());
    let compiled = c.compile(b"'\\d'", "main.py", Mode::Exec, 0, -1).unwrap();
    assert!(!compiled.warnings[0].shown_by_default());
}

#[test]
fn source_encodings() {
    let Some(mut c) = compiler() else { return };
    let latin1 = c
        .compile(
            b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n",
            "l.py",
            Mode::Exec,
            0,
            -1,
        )
        .unwrap();
    assert!(str_consts(&latin1.code).contains(&"\u{e9}t\u{e9}".to_string()));
    let bom = c
        .compile(
            "\u{feff}s = '\u{e9}t\u{e9}'\n".as_bytes(),
            "b.py",
            Mode::Exec,
            0,
            -1,
        )
        .unwrap();
    assert!(str_consts(&bom.code).contains(&"\u{e9}t\u{e9}".to_string()));
    let cp1252 = c
        .compile(
            b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\ns = '\x80'\n",
            "w.py",
            Mode::Exec,
            0,
            -1,
        )
        .unwrap();
    assert!(str_consts(&cp1252.code).contains(&"\u{20ac}".to_string()));
}

#[cfg(unix)]
#[test]
fn non_utf8_filename_becomes_surrogate_escapes() {
    use std::os::unix::ffi::OsStrExt;
    let Some(mut c) = compiler() else { return };
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.py");
    let compiled = c.compile(b"x = 1", name, Mode::Exec, 0, -1).unwrap();
    let expected = PyStr::from_code_points(&[0x63, 0x61, 0x66, 0xDCE9, 0x2E, 0x70, 0x79]).unwrap();
    assert_eq!(compiled.code.filename, expected);
}

#[cfg(unix)]
#[test]
fn restarts_a_dead_server() {
    let Some(mut c) = compiler() else { return };
    let pid = c.server_pid().unwrap();
    let status = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    // Give the kill time to land, so the first write or read fails rather than racing.
    std::thread::sleep(std::time::Duration::from_millis(50));
    let compiled = c.compile(b"x = 1", "t.py", Mode::Exec, 0, -1).unwrap();
    assert_eq!(names(&compiled.code), ["x"]);
    assert_ne!(c.server_pid(), Some(pid));
}

#[test]
fn unavailable_interpreters() {
    let mut missing = CpythonCompiler::with_program("/nonexistent/python3.11");
    let error = missing
        .compile(b"x", "t.py", Mode::Exec, 0, -1)
        .unwrap_err();
    let CompileError::Unavailable(why) = &error else {
        panic!("{error:?}")
    };
    assert!(why.contains("/nonexistent/python3.11: not found"), "{why}");
    // The verdict sticks.
    assert_eq!(
        missing
            .compile(b"x", "t.py", Mode::Exec, 0, -1)
            .unwrap_err(),
        error
    );

    #[cfg(unix)]
    {
        // Runs, but is not a compile server.
        let mut echo = CpythonCompiler::with_program("echo");
        let error = echo.compile(b"x", "t.py", Mode::Exec, 0, -1).unwrap_err();
        assert!(
            matches!(&error, CompileError::Unavailable(why) if why.contains("echo: ")),
            "{error:?}"
        );
        let mut silent = CpythonCompiler::with_program("true");
        let error = silent.compile(b"x", "t.py", Mode::Exec, 0, -1).unwrap_err();
        assert!(
            matches!(&error, CompileError::Unavailable(why) if why.contains("no greeting")),
            "{error:?}"
        );
    }
}
