//! Compiling N small sources through one persistent CPython process against starting one
//! process per source. `cargo run --release -p cpython_compile --example compile_bench [N]`.

use std::time::{Duration, Instant};

use cpython_compile::{CpythonCompiler, Mode};

fn source(i: usize) -> Vec<u8> {
    format!(
        "\"\"\"Module {i}.\"\"\"\nimport os\n\nCONST_{i} = {i}\n\n\
         def f{i}(a, b=2, *args, **kw):\n    total = a + b + CONST_{i}\n    \
         for x in args:\n        total += x\n    return [total, kw.get('k', os.sep)]\n\n\
         class C{i}:\n    def method(self, y):\n        return f{i}(y) if y else None\n"
    )
    .into_bytes()
}

fn per_file(n: usize, program: Option<&str>) -> Duration {
    let start = Instant::now();
    for i in 0..n {
        let mut compiler = match program {
            Some(p) => CpythonCompiler::with_program(p),
            None => CpythonCompiler::new(),
        };
        compiler
            .compile(&source(i), format!("m{i}.py"), Mode::Exec, 0, -1)
            .unwrap();
    }
    start.elapsed()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(200, |a| a.parse().expect("a count"));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;

    let start = Instant::now();
    let mut compiler = CpythonCompiler::new();
    let version = compiler.python_version().unwrap().to_string();
    let startup = start.elapsed();
    let executable = compiler.executable().unwrap().to_string();
    let start = Instant::now();
    for i in 0..n {
        compiler
            .compile(&source(i), format!("m{i}.py"), Mode::Exec, 0, -1)
            .unwrap();
    }
    let persistent = start.elapsed();
    println!("CPython {version} ({executable}), {n} sources");
    println!(
        "one process:       start {:7.1} ms, then {:7.1} ms for {n} compiles ({:.3} ms each)",
        ms(startup),
        ms(persistent),
        ms(persistent) / n as f64
    );

    let resolved = per_file(n, Some(&executable));
    println!(
        "process per file:  {:7.1} ms ({:.2} ms each), interpreter by its resolved path",
        ms(resolved),
        ms(resolved) / n as f64
    );
    let looked_up = per_file(n, None);
    println!(
        "process per file:  {:7.1} ms ({:.2} ms each), interpreter looked up on PATH each time",
        ms(looked_up),
        ms(looked_up) / n as f64
    );
}
