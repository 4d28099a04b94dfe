//! `basilisk-tool`: developer commands over compiled Python.
//!
//! - `dis FILE...`            print what CPython 3.11's `dis.dis` prints for each `.pyc`
//! - `pyc-rewrite IN OUT`     read a `.pyc` with our reader and write it with our writer
//! - `tables FILE...`         print decoded location and exception tables
//! - `verify DIR|FILE...`     run the bytecode verifier over every code object
//! - `load-bench DIR...`      time decoding every `*.cpython-311.pyc` under the folders
//! - `mutate-check DIR...`    feed mutated copies of real `.pyc` files to the reader and `dis`

mod corpus;
mod load_bench;
mod mutate;
mod tables;

use std::path::PathBuf;
use std::process::ExitCode;

use lexopt::prelude::*;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
usage: basilisk-tool COMMAND [ARGS]

commands:
  dis FILE...                       disassemble .pyc files as CPython 3.11's dis.dis does
                                    (several files: each is preceded by a line '==> FILE <==')
  pyc-rewrite IN.pyc OUT.pyc        read with Basilisk's reader, write with its writer
  verify DIR|FILE...                verify every code object of the .pyc files (stack depth,
                                    jump targets, table indexes) and report
  tables FILE...                    print every code object's decoded line, position and
                                    exception tables (compared with CPython's by
                                    scripts/check_tables.py)
  load-bench [--rounds N] DIR...    time decoding of every *.cpython-311.pyc under DIR
  mutate-check [--count N] [--seed S] [--save OUTDIR] DIR...
                                    mutate real .pyc files and check that reading and
                                    disassembling them never panics; OUTDIR receives every
                                    case, as case-N.cpython-311.pyc when the reader accepted
                                    it and rejected-N.pyc when it did not";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("basilisk-tool: {message}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(cmd)) => cmd.string().map_err(|e| e.to_string())?,
        Some(Long("help")) | Some(Short('h')) => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        _ => {
            eprintln!("{USAGE}");
            return Ok(ExitCode::from(2));
        }
    };
    match command.as_str() {
        "dis" => {
            let files = positional(&mut parser)?;
            if files.is_empty() {
                return Err("dis: no file given".into());
            }
            dis_files(&files)
        }
        "tables" => {
            let files = positional(&mut parser)?;
            for path in &files {
                let pyc = read_pyc(path)?;
                let mut out = String::new();
                tables::describe(&pyc.code, &mut out);
                println!("==> {} <==", path.display());
                print!("{out}");
            }
            Ok(ExitCode::SUCCESS)
        }
        "verify" => {
            let dirs = positional(&mut parser)?;
            verify_files(&dirs)
        }
        "pyc-rewrite" => {
            let files = positional(&mut parser)?;
            let [input, output] = files.as_slice() else {
                return Err("pyc-rewrite: expected IN.pyc OUT.pyc".into());
            };
            pyc_rewrite(input, output)
        }
        "load-bench" => {
            let mut rounds = 5;
            let mut dirs = Vec::new();
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("rounds") => rounds = number(&mut parser)?,
                    Value(v) => dirs.push(PathBuf::from(v)),
                    other => return Err(other.unexpected().to_string()),
                }
            }
            load_bench::run(&dirs, rounds)
        }
        "mutate-check" => {
            let mut count = 10_000;
            let mut seed = 1;
            let mut save = None;
            let mut dirs = Vec::new();
            while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
                match arg {
                    Long("count") => count = number(&mut parser)?,
                    Long("seed") => seed = number(&mut parser)? as u64,
                    Long("save") => {
                        save = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
                    }
                    Value(v) => dirs.push(PathBuf::from(v)),
                    other => return Err(other.unexpected().to_string()),
                }
            }
            mutate::run(&dirs, count, seed, save.as_ref())
        }
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn positional(parser: &mut lexopt::Parser) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Value(v) => out.push(PathBuf::from(v)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(out)
}

fn number(parser: &mut lexopt::Parser) -> Result<usize, String> {
    let value = parser.value().map_err(|e| e.to_string())?;
    value
        .parse::<usize>()
        .map_err(|e| format!("expected a number: {e}"))
}

/// Reads and parses a `.pyc`, with errors naming the file.
fn read_pyc(path: &PathBuf) -> Result<marshal::Pyc, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    marshal::Pyc::parse(&data).map_err(|e| format!("{}: {e}", path.display()))
}

fn dis_files(files: &[PathBuf]) -> Result<ExitCode, String> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in files {
        if files.len() > 1 {
            let _ = writeln!(out, "==> {} <==", path.display());
        }
        let result = read_pyc(path).and_then(|pyc| {
            bytecode::dis::dis(&pyc.code).map_err(|e| format!("{}: {e}", path.display()))
        });
        match result {
            Ok(text) => {
                if out.write_all(text.as_bytes()).is_err() {
                    // stdout closed (a pipe into `head`, say): stop quietly, as CPython does
                    // not, but nothing is lost.
                    return Ok(ExitCode::from(1));
                }
            }
            Err(message) => {
                eprintln!("basilisk-tool: {message}");
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn pyc_rewrite(input: &PathBuf, output: &PathBuf) -> Result<ExitCode, String> {
    let pyc = read_pyc(input)?;
    std::fs::write(output, pyc.to_bytes()).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Verifies every code object of every file; reports failures and how the verifier's stack
/// depth compares with the compiler's `co_stacksize`.
fn verify_files(roots: &[PathBuf]) -> Result<ExitCode, String> {
    let files = corpus::collect(roots)?;
    let (mut codes, mut exact, mut below, mut failed) = (0usize, 0usize, 0usize, 0usize);
    for path in &files {
        let pyc = match read_pyc(path) {
            Ok(pyc) => pyc,
            Err(message) => {
                eprintln!("basilisk-tool: {message}");
                failed += 1;
                continue;
            }
        };
        let mut stack = vec![pyc.code.clone()];
        while let Some(code) = stack.pop() {
            codes += 1;
            match bytecode::verify::verify(&code) {
                Ok(v) if v.max_stack_depth as i64 == i64::from(code.stacksize) => exact += 1,
                Ok(_) => below += 1,
                Err(e) => {
                    failed += 1;
                    eprintln!("basilisk-tool: {}: {}: {e}", path.display(), code.qualname);
                }
            }
            stack.extend(code.consts.iter().filter_map(|c| c.as_code().cloned()));
        }
    }
    println!(
        "verify: {} files, {codes} code objects: {} verified ({exact} reach exactly co_stacksize, {below} stay below it), {failed} rejected",
        files.len(),
        exact + below
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
