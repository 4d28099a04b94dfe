//! `__pycache__` handling and `.pyc` loading, in temporary directories. The tests that compile
//! need CPython 3.11 and say so and pass without it; the others need nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use bytecode::{CodeObject, Constant, PyStr};
use cpython_compile::pycache::{self, mtime_seconds, source_hash};
use cpython_compile::{
    cache_path, load_pyc, load_pyc_to_run, read_cached, source_to_code, write_cached, CompileError,
    CpythonCompiler, LoadErrorKind, Mode, SourceError,
};
use marshal::{Invalidation, Pyc, PycHeader, MAGIC};

/// A fresh directory under the system's temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let path = std::env::temp_dir().join(format!(
            "cpython_compile-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            // A test may have left a directory read-only.
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&self.0, fs::Permissions::from_mode(0o755));
        }
        let _ = fs::remove_dir_all(&self.0);
    }
}

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

fn stamp(path: &Path) -> (i64, u64) {
    let meta = fs::metadata(path).unwrap();
    (mtime_seconds(&meta), meta.len())
}

fn set_mtime(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// A small code object without CPython: a module whose only constant is `value`.
fn module_code(filename: &str, value: i64) -> CodeObject {
    CodeObject {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 1,
        flags: 0,
        // RESUME 0; LOAD_CONST 0; RETURN_VALUE
        code: vec![151, 0, 100, 0, 83, 0].into(),
        consts: vec![Constant::Int(value)].into(),
        names: Vec::new().into(),
        localsplusnames: Vec::new().into(),
        localspluskinds: Vec::new().into(),
        filename: PyStr::new(filename),
        name: PyStr::new("<module>"),
        qualname: PyStr::new("<module>"),
        firstlineno: 1,
        linetable: Vec::new().into(),
        exceptiontable: Vec::new().into(),
    }
}

fn header(data: &[u8]) -> (u32, u32, u32) {
    let word = |i: usize| u32::from_le_bytes(data[i..i + 4].try_into().unwrap());
    (word(4), word(8), word(12))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn write_then_read() {
    let dir = TempDir::new("write-read");
    let source = dir.write("m.py", b"x = 1\n");
    let (mtime, size) = stamp(&source);
    let code = module_code(source.to_str().unwrap(), 7);
    write_cached(&source, &code, mtime, size, 0).unwrap();

    let cache = cache_path(&source, 0);
    assert_eq!(cache, dir.0.join("__pycache__/m.basilisk-311.pyc"));
    let data = fs::read(&cache).unwrap();
    assert_eq!(data[..4], MAGIC);
    assert_eq!(header(&data), (0, mtime as u32, size as u32));
    // Only the cache file: the temporary one was renamed.
    assert_eq!(files_in(&dir.0.join("__pycache__")), ["m.basilisk-311.pyc"]);

    assert_eq!(read_cached(&source, mtime, size, 0), Some(code.clone()));
    // Stale by either field, or looked up for another optimization level.
    assert_eq!(read_cached(&source, mtime + 1, size, 0), None);
    assert_eq!(read_cached(&source, mtime, size + 1, 0), None);
    assert_eq!(read_cached(&source, mtime, size, 1), None);
    // Compared modulo 2**32, as CPython stores them.
    assert_eq!(
        read_cached(&source, mtime + (1 << 32), size + (1 << 32), 0),
        Some(code)
    );
}

#[test]
fn optimization_levels_have_their_own_files() {
    let dir = TempDir::new("opt");
    let source = dir.write("m.py", b"x = 1\n");
    let (mtime, size) = stamp(&source);
    for level in 0..3 {
        let code = module_code(source.to_str().unwrap(), level);
        write_cached(&source, &code, mtime, size, level as i32).unwrap();
    }
    assert_eq!(
        files_in(&dir.0.join("__pycache__")),
        [
            "m.basilisk-311.opt-1.pyc",
            "m.basilisk-311.opt-2.pyc",
            "m.basilisk-311.pyc"
        ]
    );
    for level in 0..3 {
        let code = read_cached(&source, mtime, size, level as i32).unwrap();
        assert_eq!(code.consts[0], Constant::Int(level));
    }
}

#[test]
fn malformed_cache_files_are_ignored() {
    let dir = TempDir::new("malformed");
    let source = dir.write("m.py", b"x = 1\n");
    let (mtime, size) = stamp(&source);
    write_cached(
        &source,
        &module_code(source.to_str().unwrap(), 1),
        mtime,
        size,
        0,
    )
    .unwrap();
    let cache = cache_path(&source, 0);
    let good = fs::read(&cache).unwrap();

    let mut damaged: Vec<Vec<u8>> = Vec::new();
    for len in [0, 3, 4, 15, 16, 17, good.len() - 1] {
        damaged.push(good[..len].to_vec());
    }
    let mut bad_magic = good.clone();
    bad_magic[0] ^= 1;
    damaged.push(bad_magic);
    let mut bad_flags = good.clone();
    bad_flags[4] = 4;
    damaged.push(bad_flags);
    let mut garbage = good[..16].to_vec();
    garbage.extend_from_slice(b"\xff\xff\xff");
    damaged.push(garbage);
    let mut not_code = good[..16].to_vec();
    not_code.extend_from_slice(&marshal::dumps(&Constant::Int(5)));
    damaged.push(not_code);
    for (i, data) in damaged.iter().enumerate() {
        fs::write(&cache, data).unwrap();
        assert_eq!(read_cached(&source, mtime, size, 0), None, "case {i}");
    }
    // A directory where the file should be.
    fs::remove_file(&cache).unwrap();
    fs::create_dir(&cache).unwrap();
    assert_eq!(read_cached(&source, mtime, size, 0), None);

    // Flag 0b10 alone still means a timestamp file to importlib.
    fs::remove_dir(&cache).unwrap();
    let mut check_only = good.clone();
    check_only[4] = 2;
    fs::write(&cache, &check_only).unwrap();
    assert!(read_cached(&source, mtime, size, 0).is_some());
}

fn write_hash_pyc(source: &Path, code: &CodeObject, hash: [u8; 8], check_source: bool) {
    let pyc = Pyc {
        header: PycHeader {
            invalidation: Invalidation::Hash {
                source_hash: hash,
                check_source,
            },
        },
        code: code.clone().into(),
    };
    let cache = cache_path(source, 0);
    fs::create_dir_all(cache.parent().unwrap()).unwrap();
    fs::write(cache, pyc.to_bytes()).unwrap();
}

#[test]
fn hash_based_caches() {
    let dir = TempDir::new("hash");
    let source = dir.write("m.py", b"x = 1\n");
    let code = module_code(source.to_str().unwrap(), 3);
    // Hash-based files ignore the timestamp entirely.
    let (mtime, size) = (12345, 1);

    write_hash_pyc(&source, &code, source_hash(b"x = 1\n"), true);
    assert_eq!(read_cached(&source, mtime, size, 0), Some(code.clone()));
    write_hash_pyc(&source, &code, source_hash(b"x = 2\n"), true);
    assert_eq!(read_cached(&source, mtime, size, 0), None);
    // Unchecked: trusted whatever the source says (check_hash_based_pycs=default).
    write_hash_pyc(&source, &code, source_hash(b"x = 2\n"), false);
    assert_eq!(read_cached(&source, mtime, size, 0), Some(code));
}

#[test]
fn cached_code_gets_the_current_filename() {
    let Some(mut c) = compiler() else { return };
    let old = TempDir::new("moved-from");
    let source = old.write("m.py", b"def f():\n    return lambda: 1\n");
    let (code, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(code.filename.to_string_lossy(), source.to_str().unwrap());

    // Move the tree, keeping the timestamp, as a copy with `cp -p` would.
    let new = TempDir::new("moved-to");
    let moved = new.write("m.py", &fs::read(&source).unwrap());
    set_mtime(&moved, fs::metadata(&source).unwrap().modified().unwrap());
    fs::create_dir(new.0.join("__pycache__")).unwrap();
    fs::copy(cache_path(&source, 0), cache_path(&moved, 0)).unwrap();

    let (mtime, size) = stamp(&moved);
    let code = read_cached(&moved, mtime, size, 0).expect("still valid");
    let want = moved.to_str().unwrap();
    assert_eq!(code.filename.to_string_lossy(), want);
    let Constant::Code(f) = &code.consts[0] else {
        panic!("{:?}", code.consts)
    };
    assert_eq!(f.filename.to_string_lossy(), want);
    let lambda = f
        .consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(l) => Some(l),
            _ => None,
        })
        .unwrap();
    assert_eq!(lambda.filename.to_string_lossy(), want);
}

#[test]
fn source_to_code_compiles_caches_and_reuses() {
    let Some(mut c) = compiler() else { return };
    let dir = TempDir::new("s2c");
    let source = dir.write("m.py", b"print(1 is 1)\n");
    let (code, warnings) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].category, "SyntaxWarning");
    let cache = cache_path(&source, 0);
    let data = fs::read(&cache).unwrap();
    let (mtime, size) = stamp(&source);
    assert_eq!(header(&data), (0, mtime as u32, size as u32));

    // Second time: from the cache, and like CPython without repeating the warning.
    let (again, warnings) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(again, code);
    assert!(warnings.is_empty());

    // Proof that the cache is what is read: a valid file with other code in it.
    let planted = module_code(source.to_str().unwrap(), 99);
    write_cached(&source, &planted, mtime, size, 0).unwrap();
    let (read, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(read, planted);

    // Same size, new mtime: recompiled and rewritten.
    set_mtime(&source, SystemTime::now() + Duration::from_secs(3600));
    let (fresh, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(fresh, code);
    let (mtime2, _) = stamp(&source);
    assert_ne!(mtime2, mtime);
    assert_eq!(header(&fs::read(&cache).unwrap()).1, mtime2 as u32);

    // New contents.
    fs::write(&source, b"y = 2\n").unwrap();
    let (changed, warnings) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(changed.names[0].to_string_lossy(), "y");
    assert!(warnings.is_empty());

    // Other levels compile with their own optimization and cache separately.
    fs::write(&source, b"assert x\n").unwrap();
    let (level1, _) = source_to_code(&mut c, &source, 1, false).unwrap();
    assert!(level1.names.is_empty());
    assert!(cache_path(&source, 1).exists());
}

#[test]
fn dont_write_and_unwritable_caches() {
    let Some(mut c) = compiler() else { return };
    let dir = TempDir::new("nowrite");
    let source = dir.write("m.py", b"x = 1\n");
    source_to_code(&mut c, &source, 0, true).unwrap();
    assert!(!dir.0.join("__pycache__").exists());

    // `__pycache__` is a file: the cache cannot be written (even by root), the code still comes.
    fs::write(dir.0.join("__pycache__"), b"").unwrap();
    let (code, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(code.names[0].to_string_lossy(), "x");
    let (mtime, size) = stamp(&source);
    assert!(write_cached(&source, &code, mtime, size, 0).is_err());
}

#[cfg(unix)]
#[test]
fn cache_file_mode_follows_the_source() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("mode");
    // What the umask leaves of 0o666, measured rather than assumed.
    let probe = dir.write("probe", b"");
    fs::remove_file(&probe).unwrap();
    let created = {
        use std::os::unix::fs::OpenOptionsExt;
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o666)
            .open(&probe)
            .unwrap();
        fs::metadata(&probe).unwrap().permissions().mode() & 0o777
    };
    let umask = 0o666 & !created;

    let source = dir.write("m.py", b"x = 1\n");
    fs::set_permissions(&source, fs::Permissions::from_mode(0o440)).unwrap();
    let (mtime, size) = stamp(&source);
    write_cached(&source, &module_code("m.py", 1), mtime, size, 0).unwrap();
    let mode = fs::metadata(cache_path(&source, 0))
        .unwrap()
        .permissions()
        .mode();
    // Owner-write added, execute bits never.
    assert_eq!(mode & 0o777, 0o640 & !umask);
}

#[test]
fn stale_hash_based_cache_is_replaced_by_the_same_kind() {
    let Some(mut c) = compiler() else { return };
    let dir = TempDir::new("hash-regen");
    let source = dir.write("m.py", b"x = 1\n");
    let stale = module_code(source.to_str().unwrap(), 1);
    write_hash_pyc(&source, &stale, source_hash(b"old"), true);
    let (code, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(code.names[0].to_string_lossy(), "x");
    let data = fs::read(cache_path(&source, 0)).unwrap();
    assert_eq!(header(&data).0, 3);
    assert_eq!(data[8..16], source_hash(b"x = 1\n"));
    // And it is now a hit.
    let (again, _) = source_to_code(&mut c, &source, 0, false).unwrap();
    assert_eq!(again, code);
}

#[test]
fn source_errors() {
    let Some(mut c) = compiler() else { return };
    let dir = TempDir::new("errors");
    let missing = dir.0.join("missing.py");
    assert!(matches!(
        source_to_code(&mut c, &missing, 0, false),
        Err(SourceError::Io { path, .. }) if path == missing
    ));
    let broken = dir.write("broken.py", b"def f(:\n");
    let error = source_to_code(&mut c, &broken, 0, false).unwrap_err();
    let SourceError::Compile(CompileError::Syntax(info)) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(info.filename.as_deref(), broken.to_str());
    assert_eq!(info.lineno, Some(1));
    assert!(!cache_path(&broken, 0).exists());
}

#[test]
fn load_pyc_accepts_what_we_write() {
    let Some(mut c) = compiler() else { return };
    let dir = TempDir::new("load");
    let source = dir.write(
        "m.py",
        b"def f(a, *, b=2):\n    return a + b\nprint(f(1))\n",
    );
    let compiled = c
        .compile(&fs::read(&source).unwrap(), &source, Mode::Exec, 0, -1)
        .unwrap();
    let (mtime, size) = stamp(&source);
    write_cached(&source, &compiled.code, mtime, size, 0).unwrap();
    let cache = cache_path(&source, 0);
    assert_eq!(load_pyc(&cache).unwrap(), compiled.code);
    assert_eq!(load_pyc_to_run(&cache).unwrap(), compiled.code);
}

/// What CPython 3.11.7 says for each damaged file: `python3 x.pyc`, and `import x`.
#[test]
fn load_pyc_errors_match_cpython() {
    let dir = TempDir::new("load-errors");
    let body = marshal::dumps_code(&module_code("x.py", 1));
    let with_header = |flags: u8, body: &[u8]| {
        let mut data = MAGIC.to_vec();
        data.extend_from_slice(&[flags, 0, 0, 0]);
        data.extend_from_slice(&[0; 8]);
        data.extend_from_slice(body);
        data
    };
    let mut bad_magic = with_header(0, &body);
    bad_magic[..4].copy_from_slice(b"abcd");
    // (module name, file contents, what running it raises, what importing it raises)
    type Exception = (&'static str, &'static str);
    let cases: Vec<(&str, Vec<u8>, Exception, Exception)> = vec![
        (
            "e0",
            b"".to_vec(),
            ("RuntimeError", "Bad magic number in .pyc file"),
            ("ImportError", "bad magic number in 'e0': b''"),
        ),
        (
            "e3",
            b"abc".to_vec(),
            ("RuntimeError", "Bad magic number in .pyc file"),
            ("ImportError", "bad magic number in 'e3': b'abc'"),
        ),
        (
            "badlong",
            bad_magic,
            ("RuntimeError", "Bad magic number in .pyc file"),
            ("ImportError", "bad magic number in 'badlong': b'abcd'"),
        ),
        (
            "m4",
            MAGIC.to_vec(),
            ("EOFError", "EOF read where not expected"),
            ("EOFError", "reached EOF while reading pyc header of 'm4'"),
        ),
        (
            "m15",
            with_header(0, b"")[..15].to_vec(),
            ("EOFError", "EOF read where not expected"),
            ("EOFError", "reached EOF while reading pyc header of 'm15'"),
        ),
        (
            "m16",
            with_header(0, b""),
            ("RuntimeError", "Bad code object in .pyc file"),
            ("EOFError", "EOF read where object expected"),
        ),
        (
            "garbage",
            with_header(0, b"\xff"),
            ("RuntimeError", "Bad code object in .pyc file"),
            ("ValueError", "bad marshal data (unknown type code)"),
        ),
    ];
    for (name, data, run, import) in cases {
        let path = dir.write(&format!("{name}.pyc"), &data);
        let error = load_pyc_to_run(&path).unwrap_err();
        let got = error.run_exception();
        assert_eq!((got.0, got.1.as_str()), run, "{name}");
        assert!(error.to_string().starts_with(path.to_str().unwrap()));
        let error = load_pyc(&path).unwrap_err();
        let got = error.import_exception(name);
        assert_eq!((got.0, got.1.as_str()), import, "{name}");
    }

    // Not a code object.
    let path = dir.write(
        "notcode.pyc",
        &with_header(0, &marshal::dumps(&Constant::Int(5))),
    );
    let error = load_pyc(&path).unwrap_err();
    assert!(matches!(error.kind, LoadErrorKind::NotCode("int")));
    assert_eq!(
        error.import_exception("notcode"),
        (
            "ImportError",
            format!("Non-code object in '{}'", path.display())
        )
    );
    assert_eq!(
        load_pyc_to_run(&path).unwrap_err().run_exception(),
        ("RuntimeError", "Bad code object in .pyc file".to_string())
    );

    // Unknown flags: an import refuses, `python3 flags.pyc` runs it.
    let path = dir.write("flags.pyc", &with_header(4, &body));
    assert_eq!(
        load_pyc(&path).unwrap_err().import_exception("flags"),
        ("ImportError", "invalid flags 4 in 'flags'".to_string())
    );
    assert!(load_pyc_to_run(&path).is_ok());

    let missing = dir.0.join("missing.pyc");
    assert!(matches!(
        load_pyc(&missing).unwrap_err().kind,
        LoadErrorKind::Io(_)
    ));
}

#[test]
fn mtime_is_truncated_like_int_st_mtime() {
    let dir = TempDir::new("mtime");
    let file = dir.write("f.py", b"");
    let base = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    set_mtime(&file, base + Duration::from_millis(999));
    assert_eq!(stamp(&file).0, 1_700_000_000);
    set_mtime(&file, base);
    assert_eq!(stamp(&file).0, 1_700_000_000);
    let _ = pycache::CACHE_TAG;
}

#[test]
fn deeply_nested_cached_code_is_renamed_without_overflow() {
    let dir = TempDir::new("deep");
    let source = dir.write("m.py", b"x = 1\n");
    let (mtime, size) = stamp(&source);
    // As deep as marshal allows: each level is a code object and its constants tuple.
    let mut code = module_code("/old/m.py", 0);
    for _ in 0..990 {
        let mut outer = module_code("/old/m.py", 0);
        outer.consts = vec![Constant::Code(code.into())].into();
        code = outer;
    }
    write_cached(&source, &code, mtime, size, 0).unwrap();
    let mut read = read_cached(&source, mtime, size, 0).expect("valid");
    let want = PyStr::new(source.to_str().unwrap());
    let mut depth = 0;
    loop {
        assert_eq!(read.filename, want);
        match &read.consts[0] {
            Constant::Code(inner) => read = CodeObject::clone(inner),
            _ => break,
        }
        depth += 1;
    }
    assert_eq!(depth, 990);
}
