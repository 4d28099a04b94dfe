//! `basilisk`: runs Python programs like `python3` does.
//!
//! The command line is parsed exactly as CPython 3.11 parses it (`options.rs`); the program
//! then runs in a `vm::Vm` whose source compiler is the installed CPython (until Basilisk's
//! own compiler lands).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod allocator;
mod options;

use options::RunTarget;

#[global_allocator]
static GLOBAL: allocator::Allocator = allocator::Allocator;

/// Set by the SIGINT handler; the interpreter turns it into KeyboardInterrupt.
static INTERRUPT: std::sync::OnceLock<std::sync::Arc<std::sync::atomic::AtomicBool>> =
    std::sync::OnceLock::new();

extern "C" fn on_sigint(_: libc::c_int) {
    if let Some(flag) = INTERRUPT.get() {
        flag.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

fn main() -> ExitCode {
    allocator::configure();
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = |name: &str| std::env::var_os(name);
    let opts = match options::parse(&args, &env) {
        Ok(o) => o,
        Err(exit) => {
            let _ = std::io::stdout().write_all(&exit.stdout);
            let _ = std::io::stderr().write_all(&exit.stderr);
            return ExitCode::from(exit.status);
        }
    };
    if !opts.early_stderr.is_empty() {
        let _ = std::io::stderr().write_all(&opts.early_stderr);
    }
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "basilisk".into());
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    // sys.path[0]: the script's directory, the current directory for -m, '' for -c and stdin.
    let mut path: Vec<String> = Vec::new();
    if !opts.safe_path {
        match &opts.run {
            RunTarget::File(p) => {
                let abs = options::absolute_run_filename(p, &cwd);
                let dir = abs
                    .parent()
                    .map(|d| d.to_string_lossy().into_owned())
                    .unwrap_or_default();
                path.push(dir);
            }
            RunTarget::Module(_) => path.push(cwd.to_string_lossy().into_owned()),
            RunTarget::Command(_) | RunTarget::Stdin => path.push(String::new()),
        }
    }
    for p in &opts.python_path {
        let s = p.to_string_lossy().into_owned();
        let abs = if s.is_empty() {
            cwd.to_string_lossy().into_owned()
        } else {
            cwd.join(&s).to_string_lossy().into_owned()
        };
        if !path.contains(&abs) {
            path.push(abs);
        }
    }
    let config = vm::Config {
        argv: opts
            .argv
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect(),
        path,
        dont_write_bytecode: opts.dont_write_bytecode,
        unbuffered: opts.unbuffered,
        optimize: opts.optimize as i32,
        isolated: opts.isolated,
        ignore_environment: opts.ignore_environment,
        verbose: opts.verbose,
        x_options: opts.x_options.clone(),
        stdlib: None,
        executable: exe.clone(),
        int_max_str_digits: opts.int_max_str_digits.map(|d| d as usize).unwrap_or(0),
    };
    let mut machine = vm::Vm::new(config);
    let opcode_counts = opcode_counts_path(&opts.x_options);
    if opcode_counts.is_some() {
        machine.opcode_counts = Some(Box::new([0; 256]));
    }
    machine.import_state.compiler = Some(Box::new(vm::run::CpythonSourceCompiler::default()));
    let _ = INTERRUPT.set(machine.interrupt.clone());
    // SAFETY: installing a handler that only stores to an atomic.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
    let status = match &opts.run {
        RunTarget::File(p) => {
            let abs = options::absolute_run_filename(p, &cwd);
            if !abs.exists() {
                eprintln!(
                    "{}: can't open file '{}': [Errno 2] No such file or directory",
                    args.first()
                        .map(|a| a.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    abs.display()
                );
                return ExitCode::from(2);
            }
            vm::run::run_main(&mut machine, vm::run::MainTarget::File(Path::new(&abs)))
        }
        RunTarget::Command(c) => vm::run::run_main(
            &mut machine,
            vm::run::MainTarget::Command(&c.to_string_lossy()),
        ),
        RunTarget::Module(m) => vm::run::run_main(
            &mut machine,
            vm::run::MainTarget::Module(&m.to_string_lossy()),
        ),
        RunTarget::Stdin => vm::run::run_main(&mut machine, vm::run::MainTarget::Stdin),
    };
    if let (Some(path), Some(counts)) = (&opcode_counts, &machine.opcode_counts) {
        append_opcode_counts(path, counts);
    }
    // The VM's heap is not torn down object by object at exit (CPython does not free
    // everything either); the OS reclaims it.
    std::mem::forget(machine);
    if status == -2 {
        // As CPython: after reporting KeyboardInterrupt, die of SIGINT so the parent sees it.
        // SAFETY: restoring the default action and signalling ourselves.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    }
    ExitCode::from((status & 0xff) as u8)
}

/// `-X opcode_counts=FILE`, Basilisk's own option: count the instructions the dispatch loop
/// executes, by opcode, and append them to FILE at exit as one line of `NAME=count` pairs
/// (`FAMILY/NAME=count` for specialized forms). `scripts/opcode_coverage.py` sums these lines over the corpus to show which opcodes
/// no program executes.
fn opcode_counts_path(x_options: &[(String, Option<String>)]) -> Option<PathBuf> {
    x_options
        .iter()
        .find(|(name, _)| name == "opcode_counts")
        .and_then(|(_, v)| v.as_ref())
        .map(PathBuf::from)
}

fn append_opcode_counts(path: &Path, counts: &[u64; 256]) {
    let mut line = String::new();
    for (number, &n) in counts.iter().enumerate() {
        // Specialized forms are listed even when they never ran (`FAMILY/NAME=0`), so the
        // coverage report knows them all.
        let specialized = vm::interp::specialized::name(number as u8).is_some();
        if n == 0 && !specialized {
            continue;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&vm::interp::specialized::report_name(number as u8));
        line.push_str(&format!("={n}"));
    }
    line.push('\n');
    // One write to a file opened for appending, so that corpus programs run in parallel do
    // not interleave their lines.
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        eprintln!(
            "basilisk: cannot write opcode counts to {}: {e}",
            path.display()
        );
    }
}
