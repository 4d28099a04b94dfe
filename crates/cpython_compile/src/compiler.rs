//! Compiling Python source with the installed CPython 3.11, through one persistent child
//! process (see `server.rs` for the protocol).

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::io::{self, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use bytecode::{CodeObject, Constant};

use crate::server;

/// `compile()`'s `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Exec => "exec",
            Mode::Eval => "eval",
            Mode::Single => "single",
        }
    }

    fn wire(self) -> u8 {
        match self {
            Mode::Exec => 0,
            Mode::Eval => 1,
            Mode::Single => 2,
        }
    }
}

/// `compile()` flag bits (`PyCF_*` and the `__future__` feature flags) that matter here.
pub mod flags {
    /// `ast.PyCF_ONLY_AST`: `compile()` would return an AST, which this crate cannot carry.
    pub const PYCF_ONLY_AST: u32 = 0x0400;
    pub const PYCF_TYPE_COMMENTS: u32 = 0x1000;
    pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;
    /// `from __future__ import annotations`.
    pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;
    pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
}

/// A successful compilation.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub code: CodeObject,
    /// Every warning the compiler raised, in order, whatever the filters would do with it.
    pub warnings: Vec<CompileWarning>,
}

/// A warning raised while compiling (`SyntaxWarning`, `DeprecationWarning` for invalid escape
/// sequences, ...).
///
/// Recorded with the filter `always`, so the VM can apply its own filters (`-W`,
/// `warnings.filterwarnings`) by re-issuing it with `warn_explicit(message, category, filename,
/// lineno)` as CPython's compiler does. Until the VM has a warnings module,
/// [`shown_by_default`](Self::shown_by_default) and [`formatted`](Self::formatted) reproduce
/// what `python3` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The category's `__name__`.
    pub category: String,
    pub message: String,
    pub filename: String,
    pub lineno: i64,
    /// `warnings.formatwarning(...)`: exactly what CPython writes to stderr when it shows this
    /// warning, the source line (read from the file on disk) included, ending in a newline.
    pub formatted: String,
}

impl CompileWarning {
    /// Whether CPython 3.11 shows this warning under its default filters (a release build with
    /// no `-W` option and no `PYTHONWARNINGS`): `DeprecationWarning` only when the module is
    /// `__main__`, and never `PendingDeprecationWarning`, `ImportWarning`, `ResourceWarning`.
    ///
    /// Compile-time warnings carry no module, so CPython derives it from the filename (minus a
    /// `.py` suffix); an invalid escape in a script is therefore silent unless the file is
    /// literally `__main__.py` given as a relative name.
    pub fn shown_by_default(&self) -> bool {
        let module = if self.filename.is_empty() {
            "<unknown>"
        } else {
            self.filename.strip_suffix(".py").unwrap_or(&self.filename)
        };
        match self.category.as_str() {
            "DeprecationWarning" => module == "__main__",
            "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning" => false,
            _ => true,
        }
    }
}

/// A `SyntaxError` (or `IndentationError`, `TabError`) with every attribute as CPython set it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// `"SyntaxError"`, `"IndentationError"` or `"TabError"`.
    pub class: String,
    pub msg: String,
    pub filename: Option<String>,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub text: Option<String>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    /// The shape of `args`: 0 when it is `(msg,)` (errors found after parsing, such as `'return'
    /// outside function`, and null bytes), otherwise the length (4 to 6) of the location tuple
    /// in `(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]]))`, whose items equal
    /// the attributes.
    pub args_location_len: u8,
}

impl fmt::Display for SyntaxErrorInfo {
    /// `str(exc)`: CPython's `SyntaxError_str`, which shows only the filename's last component.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = self
            .filename
            .as_deref()
            .map(|name| name.rsplit('/').next().unwrap_or(name));
        match (base, self.lineno) {
            (Some(base), Some(line)) => write!(f, "{} ({base}, line {line})", self.msg),
            (Some(base), None) => write!(f, "{} ({base})", self.msg),
            (None, Some(line)) => write!(f, "{} (line {line})", self.msg),
            (None, None) => f.write_str(&self.msg),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// Boxed to keep `Result`s small: errors are rare, results are not.
    Syntax(Box<SyntaxErrorInfo>),
    /// Any other exception `compile()` raised: `ValueError`, `RecursionError` and `MemoryError`
    /// on hostile input, `OverflowError`, ...
    Other { class: String, message: String },
    /// No CPython 3.11 can be run; the text says what was tried.
    Unavailable(String),
    /// The CPython process died or spoke nonsense while compiling this source, even after a
    /// restart. The text has its exit status and the end of its stderr.
    Crashed(String),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Syntax(info) => write!(f, "{}: {info}", info.class),
            CompileError::Other { class, message } if message.is_empty() => f.write_str(class),
            CompileError::Other { class, message } => write!(f, "{class}: {message}"),
            CompileError::Unavailable(why) => write!(f, "cannot compile Python source: {why}"),
            CompileError::Crashed(why) => write!(f, "the CPython compiler process failed: {why}"),
        }
    }
}

impl std::error::Error for CompileError {}

/// What a started server said about itself.
#[derive(Clone, Debug)]
struct Hello {
    version: String,
    executable: String,
}

/// Keeps the last bytes a child wrote to stderr, for the message when it dies.
const STDERR_TAIL: usize = 4096;

struct Server {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    stderr_tail: Arc<Mutex<Vec<u8>>>,
    stderr_thread: Option<JoinHandle<()>>,
}

impl Server {
    fn spawn(program: &OsStr) -> io::Result<Server> {
        let mut command = Command::new(program);
        command
            .args(["-I", "-S", "-c", server::SCRIPT])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Its own process group keeps a terminal's Ctrl-C away from the server: the VM handles
        // the interrupt, and the next compile must not find the server dead.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn()?;
        let (Some(stdin), Some(stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io::Error::other("child pipes missing"));
        };
        // Drained continuously so that a chatty child can never block on a full pipe.
        let stderr_tail = Arc::new(Mutex::new(Vec::new()));
        let tail = Arc::clone(&stderr_tail);
        let stderr_thread = std::thread::Builder::new()
            .name("cpython-compile-stderr".into())
            .spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n @ 1..) = stderr.read(&mut buf) {
                    let mut tail = tail.lock().unwrap_or_else(|e| e.into_inner());
                    tail.extend_from_slice(&buf[..n]);
                    if tail.len() > STDERR_TAIL {
                        let excess = tail.len() - STDERR_TAIL;
                        tail.drain(..excess);
                    }
                }
            })
            .ok();
        Ok(Server {
            child,
            stdin,
            stdout: BufReader::new(stdout),
            stderr_tail,
            stderr_thread,
        })
    }

    fn read_frame(&mut self) -> io::Result<(u8, Vec<u8>)> {
        let mut head = [0u8; 5];
        self.stdout.read_exact(&mut head)?;
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as u64;
        let mut payload = Vec::new();
        (&mut self.stdout).take(len).read_to_end(&mut payload)?;
        if payload.len() as u64 != len {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        Ok((head[4], payload))
    }

    fn round_trip(&mut self, request: &[u8]) -> io::Result<(u8, Vec<u8>)> {
        self.stdin.write_all(request)?;
        self.stdin.flush()?;
        self.read_frame()
    }

    /// Stops the child and describes how it ended: exit status and the end of its stderr.
    fn shut_down(mut self) -> String {
        // A child that closed its output is usually exiting; give it a moment so that its own
        // exit status is reported rather than our kill.
        let mut status = None;
        for _ in 0..50 {
            match self.child.try_wait() {
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Ok(Some(exited)) => {
                    status = Some(format!("it exited ({exited})"));
                    break;
                }
                Err(_) => break,
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(thread) = self.stderr_thread.take() {
            let _ = thread.join();
        }
        let tail = self.stderr_tail.lock().unwrap_or_else(|e| e.into_inner());
        let stderr = String::from_utf8_lossy(&tail);
        let stderr = stderr.trim();
        let mut out = status.unwrap_or_else(|| "it was still running and was stopped".into());
        if !stderr.is_empty() {
            out.push_str("; its stderr ends with: ");
            out.push_str(stderr);
        }
        out
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Idle between requests, so nothing is lost by killing it outright.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Compiles Python source to CPython 3.11 code objects with one persistent CPython 3.11
/// process, started on first use and restarted if it dies.
///
/// The interpreter is `$BASILISK_CPYTHON` if set, else the first of `python3.11` and `python3`
/// on `PATH` that is CPython 3.11 with magic number 3495. Once a server has started, its
/// `sys.executable` is used for restarts, so version-manager shims are resolved only once.
pub struct CpythonCompiler {
    /// Interpreters to try, in order; after the first successful start, just the resolved one.
    candidates: Vec<OsString>,
    /// Set when every candidate failed; not retried, since each attempt can cost a whole
    /// interpreter start.
    unavailable: Option<String>,
    server: Option<Server>,
    hello: Option<Hello>,
}

impl Default for CpythonCompiler {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for CpythonCompiler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CpythonCompiler")
            .field("candidates", &self.candidates)
            .field("running", &self.server.is_some())
            .field("version", &self.hello.as_ref().map(|h| &h.version))
            .finish()
    }
}

impl CpythonCompiler {
    /// Nothing is started until the first compile.
    pub fn new() -> CpythonCompiler {
        let candidates = match std::env::var_os("BASILISK_CPYTHON") {
            Some(program) if !program.is_empty() => vec![program],
            _ => vec!["python3.11".into(), "python3".into()],
        };
        CpythonCompiler::with_candidates(candidates)
    }

    /// Uses exactly this interpreter (a path, or a name looked up on `PATH`).
    pub fn with_program(program: impl Into<OsString>) -> CpythonCompiler {
        CpythonCompiler::with_candidates(vec![program.into()])
    }

    fn with_candidates(candidates: Vec<OsString>) -> CpythonCompiler {
        CpythonCompiler {
            candidates,
            unavailable: None,
            server: None,
            hello: None,
        }
    }

    /// Starts the server if needed and returns CPython's `sys.version`.
    pub fn python_version(&mut self) -> Result<&str, CompileError> {
        self.ensure_started()?;
        Ok(self.hello.as_ref().map_or("", |h| h.version.as_str()))
    }

    /// The process id of the running server, if one is running.
    pub fn server_pid(&self) -> Option<u32> {
        self.server.as_ref().map(|s| s.child.id())
    }

    /// The resolved interpreter (`sys.executable`), once a server has started.
    pub fn executable(&self) -> Option<&str> {
        self.hello.as_ref().map(|h| h.executable.as_str())
    }

    /// `compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize)` in
    /// CPython 3.11.
    ///
    /// `source` is bytes, so CPython applies its own PEP 263 / BOM decoding and reports
    /// decoding problems as `SyntaxError`. `filename` is `os.fsdecode`d by CPython, so a
    /// non-UTF-8 path becomes a `co_filename` with surrogate escapes, as in CPython.
    /// `optimize` -1 means the server's own level, which is 0.
    pub fn compile(
        &mut self,
        source: &[u8],
        filename: impl AsRef<OsStr>,
        mode: Mode,
        flags: u32,
        optimize: i32,
    ) -> Result<Compiled, CompileError> {
        if flags & flags::PYCF_ONLY_AST != 0 {
            return Err(CompileError::Other {
                class: "ValueError".into(),
                message: "PyCF_ONLY_AST is not supported here: the result must be a code object"
                    .into(),
            });
        }
        let request = encode_request(source, filename.as_ref(), mode, flags, optimize)?;
        let mut retried = false;
        loop {
            let fresh = self.server.is_none();
            let server = self.ensure_started()?;
            let failure = match server.round_trip(&request) {
                Ok((kind, payload)) => match decode_reply(kind, &payload) {
                    Ok(result) => return result,
                    Err(why) => format!("malformed reply ({why})"),
                },
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    "it closed its output".to_string()
                }
                Err(e) => format!("lost the connection ({e})"),
            };
            let server = self.server.take().expect("started above");
            let ending = server.shut_down();
            // A server that was already running may have died of something unrelated (killed
            // by a signal, say); one started for this very request died of this source.
            if fresh || retried {
                return Err(CompileError::Crashed(format!("{failure}; {ending}")));
            }
            retried = true;
        }
    }

    fn ensure_started(&mut self) -> Result<&mut Server, CompileError> {
        if self.server.is_none() {
            if let Some(why) = &self.unavailable {
                return Err(CompileError::Unavailable(why.clone()));
            }
            match self.start() {
                Ok((server, hello)) => {
                    if !hello.executable.is_empty() {
                        self.candidates = vec![OsString::from(&hello.executable)];
                    }
                    self.hello = Some(hello);
                    self.server = Some(server);
                }
                Err(why) => {
                    self.unavailable = Some(why.clone());
                    return Err(CompileError::Unavailable(why));
                }
            }
        }
        Ok(self.server.as_mut().expect("just started"))
    }

    fn start(&self) -> Result<(Server, Hello), String> {
        let mut tried = Vec::new();
        for program in &self.candidates {
            match start_one(program) {
                Ok(started) => return Ok(started),
                Err(why) => tried.push(format!("{}: {why}", program.to_string_lossy())),
            }
        }
        Err(format!(
            "no CPython 3.11 found (set BASILISK_CPYTHON to one); tried {}",
            tried.join("; ")
        ))
    }
}

fn start_one(program: &OsStr) -> Result<(Server, Hello), String> {
    let mut server = Server::spawn(program).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => "not found".to_string(),
        _ => format!("cannot run it ({e})"),
    })?;
    let hello = match server.read_frame() {
        Ok((0, payload)) => parse_hello(&payload),
        Ok((kind, _)) => Err(format!("unexpected greeting (kind {kind})")),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
            Err("no greeting (it closed its output)".to_string())
        }
        Err(e) => Err(format!("no greeting ({e})")),
    };
    let hello = match hello {
        Ok(hello) => hello,
        Err(why) => return Err(format!("{why}; {}", server.shut_down())),
    };
    let Greeting {
        version: (major, minor, micro),
        magic,
        hello,
    } = hello;
    if (major, minor) != (3, 11) {
        let _ = server.shut_down();
        return Err(format!("it is Python {major}.{minor}.{micro}, not 3.11"));
    }
    if magic != i64::from(marshal::MAGIC_NUMBER) {
        let _ = server.shut_down();
        return Err(format!(
            "its bytecode magic number is {magic}, not {}",
            marshal::MAGIC_NUMBER
        ));
    }
    Ok((server, hello))
}

/// The hello message, before its version and magic number are judged.
struct Greeting {
    version: (i64, i64, i64),
    magic: i64,
    hello: Hello,
}

fn parse_hello(payload: &[u8]) -> Result<Greeting, String> {
    let value = marshal::loads(payload).map_err(|e| format!("garbled greeting ({e})"))?;
    let bad = || "garbled greeting".to_string();
    let items = tuple_items(&value).ok_or_else(bad)?;
    let [tag, protocol, version, version_text, magic, executable] = items else {
        return Err(bad());
    };
    if as_str(tag).as_deref() != Some(server::HELLO_TAG) {
        return Err(bad());
    }
    if as_int(protocol) != Some(server::PROTOCOL) {
        return Err("compile server protocol mismatch".into());
    }
    let [major, minor, micro] = tuple_items(version).ok_or_else(bad)? else {
        return Err(bad());
    };
    let int = |c: &Constant| as_int(c).ok_or_else(bad);
    Ok(Greeting {
        version: (int(major)?, int(minor)?, int(micro)?),
        magic: int(magic)?,
        hello: Hello {
            version: as_str(version_text).ok_or_else(bad)?,
            executable: as_str(executable).ok_or_else(bad)?,
        },
    })
}

fn encode_request(
    source: &[u8],
    filename: &OsStr,
    mode: Mode,
    flags: u32,
    optimize: i32,
) -> Result<Vec<u8>, CompileError> {
    let name = filename.as_encoded_bytes();
    let too_big = || CompileError::Other {
        class: "OverflowError".into(),
        message: "source too large for the compile server (4 GiB limit)".into(),
    };
    let body_len = 13 + name.len() + source.len();
    let len = u32::try_from(body_len).map_err(|_| too_big())?;
    let name_len = u32::try_from(name.len()).map_err(|_| too_big())?;
    let mut request = Vec::with_capacity(4 + body_len);
    request.extend_from_slice(&len.to_le_bytes());
    request.push(mode.wire());
    request.extend_from_slice(&flags.to_le_bytes());
    request.extend_from_slice(&optimize.to_le_bytes());
    request.extend_from_slice(&name_len.to_le_bytes());
    request.extend_from_slice(name);
    request.extend_from_slice(source);
    Ok(request)
}

/// The outer `Result` is a protocol failure; the inner one is what `compile` returns.
fn decode_reply(kind: u8, payload: &[u8]) -> Result<Result<Compiled, CompileError>, String> {
    let value = marshal::loads(payload).map_err(|e| e.to_string())?;
    let items = tuple_items(&value).ok_or("reply is not a tuple")?;
    match kind {
        server::REPLY_OK => {
            let [Constant::Code(code), Constant::Tuple(found), Constant::Tuple(orders)] = items
            else {
                return Err("bad success reply".into());
            };
            let warnings = found
                .iter()
                .map(decode_warning)
                .collect::<Option<Vec<_>>>()
                .ok_or("bad warning in reply")?;
            let mut code = CodeObject::clone(code);
            let mut next = 0;
            set_frozenset_orders(&mut code, orders, &mut next);
            Ok(Ok(Compiled { code, warnings }))
        }
        server::REPLY_SYNTAX_ERROR => {
            let [class, msg, filename, lineno, offset, text, end_lineno, end_offset, details] =
                items
            else {
                return Err("bad SyntaxError reply".into());
            };
            let info = SyntaxErrorInfo {
                class: as_str(class).ok_or("bad SyntaxError class")?,
                msg: as_str(msg).unwrap_or_default(),
                filename: as_str(filename),
                lineno: as_int(lineno),
                offset: as_int(offset),
                text: as_str(text),
                end_lineno: as_int(end_lineno),
                end_offset: as_int(end_offset),
                args_location_len: as_int(details)
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(0),
            };
            Ok(Err(CompileError::Syntax(Box::new(info))))
        }
        server::REPLY_OTHER_ERROR => {
            let [class, message] = items else {
                return Err("bad error reply".into());
            };
            Ok(Err(CompileError::Other {
                class: as_str(class).ok_or("bad exception class")?,
                message: as_str(message).unwrap_or_default(),
            }))
        }
        other => Err(format!("unknown reply kind {other}")),
    }
}

/// Puts each frozenset constant's items in an order whose insertion, one at a time as loading
/// does, builds the table CPython's compiler built. CPython made the set from the items in
/// source order (the reply's `orders`, depth first through `co_consts`), then its constant
/// merging rebuilt it from that set's iteration order; so the order to store is the first
/// set's iteration order, simulated here with `PYTHONHASHSEED=0`'s hashes, which the VM uses.
/// Where no source order came, or no hash is reproducible, the marshalled order stays.
fn set_frozenset_orders(code: &mut CodeObject, orders: &[Constant], next: &mut usize) {
    let mut consts: Vec<Constant> = code.consts.to_vec();
    let mut changed = false;
    for c in consts.iter_mut() {
        match c {
            Constant::FrozenSet(items) => {
                if let Some(Constant::Tuple(order)) = orders.get(*next) {
                    let first = bytecode::set_order::frozenset_iteration_order(order);
                    if let Some(first) = first.filter(|f| f.len() == items.len()) {
                        *items = first.into_iter().map(|i| order[i].clone()).collect();
                        changed = true;
                    }
                }
                *next += 1;
            }
            Constant::Code(inner) => {
                let mut inner_code = CodeObject::clone(inner);
                set_frozenset_orders(&mut inner_code, orders, next);
                *inner = std::rc::Rc::new(inner_code);
                changed = true;
            }
            _ => {}
        }
    }
    if changed {
        code.consts = consts.into();
    }
}

fn decode_warning(item: &Constant) -> Option<CompileWarning> {
    let [category, message, filename, lineno, formatted] = tuple_items(item)? else {
        return None;
    };
    Some(CompileWarning {
        category: as_str(category)?,
        message: as_str(message)?,
        filename: as_str(filename).unwrap_or_default(),
        lineno: as_int(lineno).unwrap_or(0),
        formatted: as_str(formatted)?,
    })
}

fn tuple_items(value: &Constant) -> Option<&[Constant]> {
    match value {
        Constant::Tuple(items) => Some(items),
        _ => None,
    }
}

fn as_str(value: &Constant) -> Option<String> {
    match value {
        Constant::Str(s) => Some(s.to_string_lossy()),
        _ => None,
    }
}

fn as_int(value: &Constant) -> Option<i64> {
    match value {
        Constant::Int(n) => Some(*n),
        _ => None,
    }
}
