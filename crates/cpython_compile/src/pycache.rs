//! Basilisk's `__pycache__`: importlib's `SourceFileLoader.get_code` caching, with Basilisk's
//! own cache tag so CPython and Basilisk never read each other's files; and loading a `.pyc`
//! directly (sourceless imports, `basilisk file.pyc`).
//!
//! The rules follow CPython 3.11's `Lib/importlib/_bootstrap_external.py` (`cache_from_source`,
//! `_classify_pyc`, `_validate_timestamp_pyc`, `_validate_hash_pyc`, `_write_atomic`) with
//! `check_hash_based_pycs` at its default: checked hash-based files are validated against the
//! source's hash, unchecked ones are trusted.
//!
//! One deliberate difference: a cache file whose body does not unmarshal to a code object is
//! treated as stale and rewritten, where importlib would let the unmarshalling error escape.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytecode::{CodeObject, Constant, PyStr};
use marshal::{ErrorKind, Invalidation, MarshalError, PycHeader, HEADER_LEN, MAGIC};
use siphasher::sip::SipHasher13;

use crate::compiler::{CompileError, CompileWarning, CpythonCompiler, Mode};

/// Basilisk's `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "basilisk-311";

const FLAG_HASH_BASED: u32 = 0b01;
const FLAG_CHECK_SOURCE: u32 = 0b10;

/// importlib's `cache_from_source(source, optimization=optimize)` with Basilisk's tag:
/// `<dir>/__pycache__/<stem>.basilisk-311[.opt-N].pyc`.
///
/// `optimize` 0 or -1 (the interpreter's level, which the caller should have resolved) add no
/// suffix. The name is cut at the last `.` of the file name as importlib does, so `a.b.py`
/// gives `a.b.basilisk-311.pyc` and a name without a dot keeps all of it.
pub fn cache_path(source: &Path, optimize: i32) -> PathBuf {
    let path = source.as_os_str().as_encoded_bytes();
    let split = path.iter().rposition(|&b| is_separator(b));
    let tail = split.map_or(path, |i| &path[i + 1..]);
    let mut name = match tail.iter().rposition(|&b| b == b'.') {
        Some(0) => tail[1..].to_vec(),
        Some(dot) => tail[..dot].to_vec(),
        None => tail.to_vec(),
    };
    if tail.contains(&b'.') {
        name.push(b'.');
    }
    name.extend_from_slice(CACHE_TAG.as_bytes());
    if optimize > 0 {
        name.extend_from_slice(format!(".opt-{optimize}").as_bytes());
    }
    name.extend_from_slice(b".pyc");
    // importlib's `_path_join` trims the directory's trailing separators. It also drops an
    // empty directory, which sends the cache of `/foo.py` to `./__pycache__`; here a file in
    // the root directory keeps its cache in `/__pycache__`.
    let mut out = Vec::with_capacity(path.len() + 32);
    if let Some(i) = split {
        let head = &path[..i];
        let trimmed = head.len() - head.iter().rev().take_while(|&&b| is_separator(b)).count();
        out.extend_from_slice(&head[..trimmed]);
        out.push(std::path::MAIN_SEPARATOR as u8);
    }
    out.extend_from_slice(b"__pycache__");
    out.push(std::path::MAIN_SEPARATOR as u8);
    out.extend_from_slice(&name);
    PathBuf::from(os_string_from_bytes(out))
}

fn is_separator(b: u8) -> bool {
    b == b'/' || (cfg!(windows) && b == b'\\')
}

#[cfg(unix)]
fn os_string_from_bytes(bytes: Vec<u8>) -> OsString {
    std::os::unix::ffi::OsStringExt::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string_from_bytes(bytes: Vec<u8>) -> OsString {
    // Only ASCII was spliced into bytes that came from an `OsStr`.
    String::from_utf8_lossy(&bytes).into_owned().into()
}

/// `int(os.stat(path).st_mtime)`, the source timestamp importlib records: the float CPython
/// builds from seconds and nanoseconds, truncated toward zero.
pub fn mtime_seconds(meta: &fs::Metadata) -> i64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9) as i64
    }
    #[cfg(not(unix))]
    {
        use std::time::UNIX_EPOCH;
        match meta.modified() {
            Ok(t) => match t.duration_since(UNIX_EPOCH) {
                Ok(d) => d.as_secs_f64() as i64,
                Err(e) => -(e.duration().as_secs_f64()) as i64,
            },
            Err(_) => 0,
        }
    }
}

/// `importlib.util.source_hash(source)`: SipHash-1-3 keyed with the magic number (all four
/// bytes, read as a little-endian integer) and zero, as `_imp.source_hash` computes it.
pub fn source_hash(source: &[u8]) -> [u8; 8] {
    use std::hash::Hasher;
    let mut hasher = SipHasher13::new_with_keys(u64::from(u32::from_le_bytes(MAGIC)), 0);
    hasher.write(source);
    hasher.finish().to_le_bytes()
}

/// The cached code for `source` if `__pycache__` holds a valid, up-to-date file for it:
/// magic 3495, known flags, and a timestamp header matching `source_mtime` (as from
/// [`mtime_seconds`]) and `source_size` (both compared modulo 2**32, as CPython stores them), or
/// a hash-based header that is unchecked or matches the source's hash. Anything else, including
/// a damaged file, is `None`.
///
/// The code's `co_filename` (and its nested functions') is set to `source`, like importlib's
/// `_imp._fix_co_filename`, so a moved tree reports its current paths.
pub fn read_cached(
    source: &Path,
    source_mtime: i64,
    source_size: u64,
    optimize: i32,
) -> Option<CodeObject> {
    match probe_cache(
        source,
        &cache_path(source, optimize),
        source_mtime,
        source_size,
    ) {
        Probe::Hit(code) => Some(code),
        Probe::Miss { .. } => None,
    }
}

enum Probe {
    Hit(CodeObject),
    Miss {
        /// `Some(check_source)` when the stale file was hash-based: importlib regenerates the
        /// same kind.
        hash_based: Option<bool>,
        /// Read while checking a hash; saves reading it again.
        source_bytes: Option<Vec<u8>>,
    },
}

fn probe_cache(source: &Path, cache: &Path, source_mtime: i64, source_size: u64) -> Probe {
    let miss = |hash_based, source_bytes| Probe::Miss {
        hash_based,
        source_bytes,
    };
    let Ok(data) = fs::read(cache) else {
        return miss(None, None);
    };
    let Ok(flags) = classify_pyc(&data) else {
        return miss(None, None);
    };
    let mut source_bytes = None;
    let mut hash_based = None;
    if flags & FLAG_HASH_BASED != 0 {
        let check_source = flags & FLAG_CHECK_SOURCE != 0;
        hash_based = Some(check_source);
        if check_source {
            let Ok(bytes) = fs::read(source) else {
                return miss(hash_based, None);
            };
            let matches = data[8..16] == source_hash(&bytes);
            source_bytes = Some(bytes);
            if !matches {
                return miss(hash_based, source_bytes);
            }
        }
    } else {
        // Flag 0b10 without 0b01 is still a timestamp file to importlib.
        let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        if word(8) != source_mtime as u32 || word(12) != source_size as u32 {
            return miss(None, None);
        }
    }
    match unmarshal_body(&data) {
        Ok(code) => Probe::Hit(fix_co_filename(code, &filename_str(source.as_os_str()))),
        Err(_) => miss(hash_based, source_bytes),
    }
}

/// importlib's `_classify_pyc`: the flags of a header with the right magic and known flags.
fn classify_pyc(data: &[u8]) -> Result<u32, LoadErrorKind> {
    let magic = &data[..data.len().min(4)];
    if magic != MAGIC {
        return Err(LoadErrorKind::BadMagic(magic.to_vec()));
    }
    if data.len() < HEADER_LEN {
        return Err(LoadErrorKind::TruncatedHeader(data.len()));
    }
    let flags = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    if flags & !(FLAG_HASH_BASED | FLAG_CHECK_SOURCE) != 0 {
        return Err(LoadErrorKind::BadFlags(flags));
    }
    Ok(flags)
}

/// The code object after a 16-byte header (whose length the caller checked).
fn unmarshal_body(data: &[u8]) -> Result<CodeObject, LoadErrorKind> {
    let body = &data[HEADER_LEN..];
    match marshal::loads(body) {
        Ok(Constant::Code(code)) => Ok(Rc::unwrap_or_clone(code)),
        Ok(other) => Err(LoadErrorKind::NotCode(other.type_name())),
        Err(e) => Err(LoadErrorKind::Marshal(MarshalError {
            offset: e.offset + HEADER_LEN,
            kind: e.kind,
        })),
    }
}

/// `os.fsdecode`: undecodable bytes become lone surrogates U+DC80..U+DCFF.
fn filename_str(name: &OsStr) -> PyStr {
    if let Some(text) = name.to_str() {
        return PyStr::new(text);
    }
    let mut points = Vec::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        points.extend(chunk.valid().chars().map(u32::from));
        points.extend(chunk.invalid().iter().map(|&b| 0xDC00 + u32::from(b)));
    }
    PyStr::from_code_points(&points).unwrap_or_else(|| PyStr::new(&name.to_string_lossy()))
}

/// `_imp._fix_co_filename`: renames the code and every nested code object that carried the
/// old top-level filename.
fn fix_co_filename(code: CodeObject, new_name: &PyStr) -> CodeObject {
    if code.filename == *new_name {
        return code;
    }
    let old_name = code.filename.clone();
    rename_code(code, &old_name, new_name)
}

fn rename_code(mut code: CodeObject, old_name: &PyStr, new_name: &PyStr) -> CodeObject {
    if code.filename != *old_name {
        return code;
    }
    code.filename = new_name.clone();
    if code.consts.iter().any(|c| matches!(c, Constant::Code(_))) {
        code.consts = code
            .consts
            .iter()
            .map(|c| match c {
                Constant::Code(inner) => Constant::Code(Rc::new(rename_code(
                    CodeObject::clone(inner),
                    old_name,
                    new_name,
                ))),
                other => other.clone(),
            })
            .collect();
    }
    code
}

/// Writes the timestamp-based cache file for `source` (see [`cache_path`]), creating
/// `__pycache__` if needed. The file is written under a temporary name in the same directory
/// and renamed over the old one, so readers never see half a file; its permission bits are the
/// source's plus owner-write, as importlib sets them. Callers normally ignore failures (a
/// read-only directory just means no cache).
pub fn write_cached(
    source: &Path,
    code: &CodeObject,
    source_mtime: i64,
    source_size: u64,
    optimize: i32,
) -> io::Result<()> {
    let header = PycHeader {
        invalidation: Invalidation::Timestamp {
            mtime: source_mtime as u32,
            source_size: source_size as u32,
        },
    };
    write_pyc(source, &cache_path(source, optimize), header, code)
}

fn write_pyc(source: &Path, cache: &Path, header: PycHeader, code: &CodeObject) -> io::Result<()> {
    let mut data = header.to_bytes().to_vec();
    data.extend_from_slice(&marshal::dumps_code(code));
    if let Some(dir) = cache.parent().filter(|d| !d.as_os_str().is_empty()) {
        match fs::create_dir(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    write_atomic(cache, &data, cache_mode(source))
}

/// importlib's `_calc_mode`: the source's mode bits with owner-write added, so the cache can be
/// replaced later even when the source is read-only.
fn cache_mode(source: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(source).map_or(0o666, |m| m.permissions().mode());
        (mode | 0o200) & 0o666
    }
    #[cfg(not(unix))]
    {
        let _ = source;
        0o666
    }
}

fn write_atomic(path: &Path, data: &[u8], mode: u32) -> io::Result<()> {
    // Unique within the process by the counter and across processes by the pid; O_EXCL
    // catches anything else.
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(
        ".{}.{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = PathBuf::from(tmp);
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(&tmp)?;
    file.write_all(data)
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp, path)
        })
        .inspect_err(|_| {
            let _ = fs::remove_file(&tmp);
        })
}

/// Why a `.pyc` could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    pub path: PathBuf,
    pub kind: LoadErrorKind,
}

#[derive(Debug)]
pub enum LoadErrorKind {
    Io(io::Error),
    /// The first (up to) four bytes, which are not 3.11's magic number.
    BadMagic(Vec<u8>),
    /// The file's length, which is less than the 16-byte header.
    TruncatedHeader(usize),
    /// Flag bits other than the two PEP 552 defines.
    BadFlags(u32),
    Marshal(MarshalError),
    /// The body unmarshalled to this type instead of a code object.
    NotCode(&'static str),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path.display())?;
        match &self.kind {
            LoadErrorKind::Io(e) => write!(f, "{e}"),
            LoadErrorKind::BadMagic(found) => {
                let mut text = String::new();
                bytecode::pyrepr::repr_bytes(found, &mut text);
                write!(
                    f,
                    "bad magic number {text} (not a CPython 3.11 .pyc, whose magic is 3495)"
                )
            }
            LoadErrorKind::TruncatedHeader(len) => {
                write!(f, "file ends inside the 16-byte .pyc header ({len} bytes)")
            }
            LoadErrorKind::BadFlags(flags) => write!(f, "invalid .pyc flags {flags:#x}"),
            LoadErrorKind::Marshal(e) => write!(f, "bad marshal data: {e}"),
            LoadErrorKind::NotCode(found) => {
                write!(f, "holds a {found} where a code object should be")
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            LoadErrorKind::Io(e) => Some(e),
            LoadErrorKind::Marshal(e) => Some(e),
            _ => None,
        }
    }
}

impl LoadError {
    /// The exception (class, message) `python3 file.pyc` reports for this error. Running a
    /// `.pyc` directly ignores the flags word, so [`load_pyc_to_run`] never reports
    /// `BadFlags`.
    pub fn run_exception(&self) -> (&'static str, String) {
        match &self.kind {
            LoadErrorKind::Io(e) => ("OSError", e.to_string()),
            LoadErrorKind::BadMagic(_) => ("RuntimeError", "Bad magic number in .pyc file".into()),
            LoadErrorKind::TruncatedHeader(_) => ("EOFError", "EOF read where not expected".into()),
            LoadErrorKind::BadFlags(flags) => ("ImportError", format!("invalid flags {flags}")),
            LoadErrorKind::Marshal(_) | LoadErrorKind::NotCode(_) => {
                ("RuntimeError", "Bad code object in .pyc file".into())
            }
        }
    }

    /// The exception (class, message) a sourceless import of module `name` raises for this
    /// error. Header problems and non-code bodies have CPython's exact text; for damaged
    /// marshal data the class and, for the common cases, the text are CPython's, otherwise the
    /// text is this reader's description.
    pub fn import_exception(&self, name: &str) -> (&'static str, String) {
        let name_repr = py_repr(name);
        match &self.kind {
            LoadErrorKind::Io(e) => ("OSError", e.to_string()),
            LoadErrorKind::BadMagic(found) => {
                let mut text = String::new();
                bytecode::pyrepr::repr_bytes(found, &mut text);
                (
                    "ImportError",
                    format!("bad magic number in {name_repr}: {text}"),
                )
            }
            LoadErrorKind::TruncatedHeader(_) => (
                "EOFError",
                format!("reached EOF while reading pyc header of {name_repr}"),
            ),
            LoadErrorKind::BadFlags(flags) => (
                "ImportError",
                format!("invalid flags {flags} in {name_repr}"),
            ),
            LoadErrorKind::NotCode(_) => (
                "ImportError",
                format!(
                    "Non-code object in {}",
                    py_repr(&self.path.to_string_lossy())
                ),
            ),
            LoadErrorKind::Marshal(e) => marshal_exception(e),
        }
    }
}

fn py_repr(text: &str) -> String {
    let mut out = String::new();
    bytecode::pyrepr::repr_str(&PyStr::new(text), &mut out);
    out
}

/// What `marshal.loads` raises for the problem `e` describes.
fn marshal_exception(e: &MarshalError) -> (&'static str, String) {
    let bad = |what: &str| ("ValueError", format!("bad marshal data ({what})"));
    match &e.kind {
        ErrorKind::Truncated {
            what: "a type code",
            ..
        } => ("EOFError", "EOF read where object expected".into()),
        ErrorKind::Truncated { .. } => ("EOFError", "marshal data too short".into()),
        ErrorKind::UnknownTypeCode(_) => bad("unknown type code"),
        ErrorKind::BadReference { .. } | ErrorKind::UnfinishedReference(_) => {
            bad("invalid reference")
        }
        ErrorKind::LongDigitOutOfRange(_) => bad("digit out of range in long"),
        ErrorKind::UnnormalizedLong => bad("unnormalized long data"),
        ErrorKind::TooDeep => ("ValueError", "recursion limit exceeded".into()),
        ErrorKind::Unhashable { found, .. } => ("TypeError", format!("unhashable type: '{found}'")),
        _ => bad(&e.to_string()),
    }
}

/// Loads a `.pyc` as a sourceless import does (`SourcelessFileLoader.get_code`): magic, full
/// header and known flags are required; the timestamp or hash is not checked, there being no
/// source to check it against.
pub fn load_pyc(path: &Path) -> Result<CodeObject, LoadError> {
    load(path, true)
}

/// Loads a `.pyc` as `python3 file.pyc` does: the same checks as [`load_pyc`] except that the
/// flags word is ignored.
pub fn load_pyc_to_run(path: &Path) -> Result<CodeObject, LoadError> {
    load(path, false)
}

fn load(path: &Path, check_flags: bool) -> Result<CodeObject, LoadError> {
    let error = |kind| LoadError {
        path: path.to_path_buf(),
        kind,
    };
    let data = fs::read(path).map_err(|e| error(LoadErrorKind::Io(e)))?;
    match classify_pyc(&data) {
        Ok(_) => {}
        Err(LoadErrorKind::BadFlags(_)) if !check_flags => {}
        Err(kind) => return Err(error(kind)),
    }
    unmarshal_body(&data).map_err(error)
}

/// Why [`source_to_code`] failed.
#[derive(Debug)]
pub enum SourceError {
    /// The source file could not be examined or read.
    Io {
        path: PathBuf,
        error: io::Error,
    },
    Compile(CompileError),
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            SourceError::Compile(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SourceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SourceError::Io { error, .. } => Some(error),
            SourceError::Compile(e) => Some(e),
        }
    }
}

impl From<CompileError> for SourceError {
    fn from(e: CompileError) -> SourceError {
        SourceError::Compile(e)
    }
}

/// The module code for the source file `path`, as `SourceFileLoader.get_code` produces it: from
/// the cache when it is valid, otherwise compiled (mode `exec`, no flags, `optimize`) and, unless
/// `dont_write` (`sys.dont_write_bytecode`), cached. A stale hash-based cache file is replaced by
/// a hash-based one, anything else by a timestamp-based one.
///
/// The code's `co_filename` is `path` as given; the caller chooses absolute or relative.
/// Warnings come only from a compilation: like CPython, a cache hit repeats none.
pub fn source_to_code(
    compiler: &mut CpythonCompiler,
    path: &Path,
    optimize: i32,
    dont_write: bool,
) -> Result<(CodeObject, Vec<CompileWarning>), SourceError> {
    let io_error = |error| SourceError::Io {
        path: path.to_path_buf(),
        error,
    };
    let meta = fs::metadata(path).map_err(io_error)?;
    let mtime = mtime_seconds(&meta);
    let cache = cache_path(path, optimize);
    let (hash_based, source_bytes) = match probe_cache(path, &cache, mtime, meta.len()) {
        Probe::Hit(code) => return Ok((code, Vec::new())),
        Probe::Miss {
            hash_based,
            source_bytes,
        } => (hash_based, source_bytes),
    };
    let source = match source_bytes {
        Some(bytes) => bytes,
        None => fs::read(path).map_err(io_error)?,
    };
    let compiled = compiler.compile(&source, path.as_os_str(), Mode::Exec, 0, optimize)?;
    if !dont_write {
        let invalidation = match hash_based {
            Some(check_source) => Invalidation::Hash {
                source_hash: source_hash(&source),
                check_source,
            },
            // importlib records the length of what it read, not the size it stat'ed.
            None => Invalidation::Timestamp {
                mtime: mtime as u32,
                source_size: source.len() as u32,
            },
        };
        // A cache that cannot be written is no cache, not an error.
        let _ = write_pyc(path, &cache, PycHeader { invalidation }, &compiled.code);
    }
    Ok((compiled.code, compiled.warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_paths_follow_importlib() {
        // importlib.util.cache_from_source with the tag swapped, optimization '' and 2.
        let cases = [
            ("foo.py", "__pycache__/foo.basilisk-311.pyc"),
            ("a/b/c.py", "a/b/__pycache__/c.basilisk-311.pyc"),
            ("a//b.py", "a/__pycache__/b.basilisk-311.pyc"),
            (".hidden", "__pycache__/hidden.basilisk-311.pyc"),
            ("foo", "__pycache__/foobasilisk-311.pyc"),
            ("foo.", "__pycache__/foo.basilisk-311.pyc"),
            ("a.b.py", "__pycache__/a.b.basilisk-311.pyc"),
            ("..py", "__pycache__/..basilisk-311.pyc"),
            ("x/.", "x/__pycache__/.basilisk-311.pyc"),
            ("//x.py", "/__pycache__/x.basilisk-311.pyc"),
            // importlib gives `__pycache__/foo...` here (it drops the empty directory).
            ("/foo.py", "/__pycache__/foo.basilisk-311.pyc"),
            (
                "/usr/lib/python3.11/os.py",
                "/usr/lib/python3.11/__pycache__/os.basilisk-311.pyc",
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(
                cache_path(Path::new(source), 0),
                Path::new(expected),
                "{source}"
            );
            assert_eq!(
                cache_path(Path::new(source), -1),
                Path::new(expected),
                "{source}"
            );
            let opt2 = expected.replace(".pyc", ".opt-2.pyc");
            assert_eq!(
                cache_path(Path::new(source), 2),
                Path::new(&opt2),
                "{source}"
            );
        }
        assert_eq!(
            cache_path(Path::new("pkg/__init__.py"), 1),
            Path::new("pkg/__pycache__/__init__.basilisk-311.opt-1.pyc")
        );
    }

    #[test]
    fn source_hash_is_imps() {
        // _imp.source_hash(importlib._bootstrap_external._RAW_MAGIC_NUMBER, data).hex()
        let hex = |h: [u8; 8]| h.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(hex(source_hash(b"")), "738d9cd5d5e87f73");
        assert_eq!(hex(source_hash(b"abc")), "c7af82e77c1da4f5");
        assert_eq!(hex(source_hash(b"x = 1\n")), "4c0372aa93f75252");
    }

    #[cfg(unix)]
    #[test]
    fn fsdecode_escapes_undecodable_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let name = filename_str(OsStr::from_bytes(b"/tmp/caf\xe9/\xed\xa0\x80.py"));
        let points: Vec<u32> = "/tmp/caf".chars().map(u32::from).collect();
        let mut expected = points;
        expected.extend([0xDCE9, 0x2F, 0xDCED, 0xDCA0, 0xDC80, 0x2E, 0x70, 0x79]);
        assert_eq!(name, PyStr::from_code_points(&expected).unwrap());
        assert_eq!(
            filename_str(OsStr::new("/tmp/é.py")),
            PyStr::new("/tmp/é.py")
        );
    }

    #[test]
    fn classify_matches_importlib() {
        let mut good = MAGIC.to_vec();
        good.extend_from_slice(&[0; 12]);
        assert_eq!(classify_pyc(&good).unwrap(), 0);
        good[4] = 3;
        assert_eq!(classify_pyc(&good).unwrap(), 3);
        good[4] = 2;
        assert_eq!(classify_pyc(&good).unwrap(), 2);
        good[4] = 4;
        assert!(matches!(
            classify_pyc(&good),
            Err(LoadErrorKind::BadFlags(4))
        ));
        assert!(matches!(
            classify_pyc(&good[..15]),
            Err(LoadErrorKind::TruncatedHeader(15))
        ));
        assert!(matches!(classify_pyc(b"ab"), Err(LoadErrorKind::BadMagic(m)) if m == b"ab"));
        assert!(matches!(classify_pyc(b""), Err(LoadErrorKind::BadMagic(m)) if m.is_empty()));
    }
}
