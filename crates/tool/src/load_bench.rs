//! `load-bench`: how fast .pyc bodies decode into in-memory code objects.
//!
//! Files are read into memory first; only decoding (and freeing the result, which CPython's
//! `marshal.loads` loop pays too) is timed. The best of several rounds is reported, one line
//! per loader: `marshal <files> <bytes> <best seconds>`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crate::corpus;

pub fn run(dirs: &[PathBuf], rounds: usize) -> Result<ExitCode, String> {
    if dirs.is_empty() {
        return Err("load-bench: no folder given".into());
    }
    let files = corpus::collect(dirs)?;
    let blobs = corpus::read_all(&files)?;
    let bytes: usize = blobs.iter().map(Vec::len).sum();
    // Files our reader rejects are left out of the timing, and named, so that both loaders
    // are compared on the same work.
    let mut usable = Vec::with_capacity(blobs.len());
    for (path, blob) in files.iter().zip(&blobs) {
        match marshal::Pyc::parse(blob) {
            Ok(_) => usable.push(blob.as_slice()),
            Err(e) => eprintln!("load-bench: skipping {}: {e}", path.display()),
        }
    }
    let mut best = f64::INFINITY;
    for _ in 0..rounds.max(1) {
        let start = Instant::now();
        for blob in &usable {
            let body = blob.get(marshal::HEADER_LEN..).unwrap_or(&[]);
            let code = marshal::loads_code_at(body, marshal::HEADER_LEN);
            std::hint::black_box(&code);
            drop(code);
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("marshal {} {} {:.6}", usable.len(), bytes, best);
    Ok(ExitCode::SUCCESS)
}
