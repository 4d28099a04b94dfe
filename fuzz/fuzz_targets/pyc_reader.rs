//! Fuzzes the marshal and `.pyc` readers, and for every accepted input the disassembler and
//! the writer (see `marshal::fuzz_check`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    marshal::fuzz_check::check_input(data);
});
