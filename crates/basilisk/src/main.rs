//! `basilisk`: the command that will run Python programs like `python3`.
//!
//! The interpreter has not landed yet, so every request to run code says so clearly and exits
//! with status 2 (CPython's status for a command line it cannot act on).

use std::process::ExitCode;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: basilisk [option] ... [-c cmd | -m mod | file | -] [arg] ...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-V") | Some("--version") => {
            println!(
                "Basilisk {} (runs CPython 3.11 bytecode)",
                env!("CARGO_PKG_VERSION")
            );
            ExitCode::SUCCESS
        }
        Some("-h") | Some("--help") => {
            println!("{USAGE}");
            println!("Basilisk cannot run programs yet: the interpreter is not built.");
            println!("Use basilisk-tool for .pyc files (dis, pyc-rewrite, load-bench).");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("basilisk: cannot run programs yet: the interpreter is not built");
            eprintln!("(basilisk-tool dis FILE.pyc disassembles a compiled module)");
            ExitCode::from(2)
        }
    }
}
