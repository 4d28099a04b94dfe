//! `mutate-check`: hostile-input testing of the reader and the disassembler over real files.
//!
//! Each case takes a real `.pyc`, applies one deterministic mutation (truncation, byte flips,
//! a forged 32-bit length, an inserted type code, a deleted or duplicated range), then reads it
//! and, if it is accepted, disassembles it. Every outcome must be "accepted" or "rejected with
//! a message"; a panic fails the run. The slowest case is reported so hangs show up.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::corpus;

/// SplitMix64: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TYPE_CODES: &[u8] = b"0NFTS.iIfgxylstr([{cu?<>aAz)Z";
const FORGED: &[i32] = &[
    -1,
    -2,
    i32::MIN,
    i32::MAX,
    0x7FFF_FFFE,
    0x0100_0000,
    65536,
    2001,
    0,
];

/// Applies one mutation; returns a short description.
fn mutate(data: &mut Vec<u8>, rng: &mut Rng) -> &'static str {
    let len = data.len();
    match rng.below(7) {
        0 => {
            data.truncate(rng.below(len));
            "truncate"
        }
        1 => {
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(len);
                if let Some(b) = data.get_mut(i) {
                    *b ^= 1 << rng.below(8);
                }
            }
            "flip bits"
        }
        2 => {
            let i = rng.below(len.saturating_sub(4));
            let v = FORGED[rng.below(FORGED.len())].to_le_bytes();
            if let Some(slot) = data.get_mut(i..i + 4) {
                slot.copy_from_slice(&v);
            }
            "forge length"
        }
        3 => {
            let i = rng.below(len);
            let code =
                TYPE_CODES[rng.below(TYPE_CODES.len())] | if rng.below(2) == 0 { 0x80 } else { 0 };
            data.insert(i.min(len), code);
            "insert type code"
        }
        4 => {
            let i = rng.below(len);
            if let Some(b) = data.get_mut(i) {
                *b = TYPE_CODES[rng.below(TYPE_CODES.len())];
            }
            "replace type code"
        }
        5 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            data.drain(start..end);
            "delete range"
        }
        _ => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(256)).min(len);
            let copy = data.get(start..end).map(<[u8]>::to_vec).unwrap_or_default();
            let at = rng.below(len);
            data.splice(at..at, copy);
            "duplicate range"
        }
    }
}

pub fn run(
    dirs: &[PathBuf],
    count: usize,
    seed: u64,
    save: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let files = corpus::collect(dirs)?;
    if files.is_empty() {
        return Err("mutate-check: no .pyc files found".into());
    }
    let blobs = corpus::read_all(&files)?;
    // A panic is counted and reported below; the default hook would also print a backtrace
    // for each, which buries the summary.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed);
    let (mut accepted, mut rejected, mut panics, mut silent) = (0usize, 0usize, 0usize, 0usize);
    let mut slowest = (Duration::ZERO, 0usize);
    for case in 0..count {
        let which = rng.below(blobs.len());
        let mut data = blobs[which].clone();
        let kind = mutate(&mut data, &mut rng);
        let start = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| match marshal::Pyc::parse(&data) {
            Ok(pyc) => match bytecode::dis::dis(&pyc.code) {
                // The verifier must cope with whatever the reader accepts; its verdict
                // does not change the outcome (CPython has no verifier to compare with).
                Ok(text) if verify_all(&pyc.code) => Ok(text.len()),
                Ok(text) => Ok(text.len()),
                Err(e) => Err(e.to_string()),
            },
            Err(e) => Err(e.to_string()),
        }));
        let elapsed = start.elapsed();
        if elapsed > slowest.0 {
            slowest = (elapsed, case);
        }
        match outcome {
            Ok(Ok(_)) => {
                accepted += 1;
                if let Some(dir) = save {
                    let path = dir.join(format!("case-{case}.cpython-311.pyc"));
                    std::fs::write(&path, &data).map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
            Ok(Err(message)) if !message.is_empty() => {
                rejected += 1;
                if let Some(dir) = save {
                    let path = dir.join(format!("rejected-{case}.pyc"));
                    std::fs::write(&path, &data).map_err(|e| format!("{}: {e}", path.display()))?;
                }
            }
            Ok(Err(_)) => {
                silent += 1;
                eprintln!(
                    "case {case}: {kind} of {} rejected without a message",
                    files[which].display()
                );
            }
            Err(_) => {
                panics += 1;
                eprintln!(
                    "case {case}: {kind} of {} PANICKED (seed {seed})",
                    files[which].display()
                );
            }
        }
    }
    let _ = std::panic::take_hook();
    println!(
        "mutate-check: {count} cases from {} files: {accepted} accepted, {rejected} rejected with a message, {silent} rejected silently, {panics} panics; slowest case {} took {:.1} ms",
        files.len(),
        slowest.1,
        slowest.0.as_secs_f64() * 1000.0
    );
    Ok(if panics == 0 && silent == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Runs the verifier over a code object and its nested ones; true once all have been tried.
fn verify_all(code: &std::rc::Rc<bytecode::CodeObject>) -> bool {
    let mut codes = vec![code.clone()];
    while let Some(code) = codes.pop() {
        let _ = bytecode::verify::verify(&code);
        codes.extend(code.consts.iter().filter_map(|c| c.as_code().cloned()));
    }
    true
}
