//! Replays the fuzzer's committed seed corpus (`fuzz/seeds/pyc_reader`, the small inputs of a
//! minimized `cargo fuzz` corpus) through the same check the fuzz target runs.

use std::path::Path;

#[test]
fn seed_corpus_passes_the_fuzz_check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/pyc_reader");
    let mut replayed = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        marshal::fuzz_check::check_input(&data);
        replayed += 1;
    }
    assert!(
        replayed >= 100,
        "only {replayed} seeds in {}",
        dir.display()
    );
}
