//! The property the fuzz target checks, shared with the tests that replay its corpus.

/// Feeds `data` to the reader as raw marshal data and as a whole `.pyc`. Rejection is fine;
/// a panic is the failure being looked for. Whatever is accepted must disassemble and verify
/// without panicking and survive a write/read round trip unchanged.
pub fn check_input(data: &[u8]) {
    if let Ok(value) = crate::loads(data) {
        let again = crate::loads(&crate::dumps(&value));
        assert!(
            again.as_ref() == Ok(&value),
            "marshal round trip changed the value"
        );
        let _ = value.repr_string();
    }
    if let Ok(pyc) = crate::Pyc::parse(data) {
        let _ = bytecode::dis::dis(&pyc.code);
        let mut codes = vec![pyc.code.clone()];
        while let Some(code) = codes.pop() {
            let _ = bytecode::verify::verify(&code);
            codes.extend(code.consts.iter().filter_map(|c| c.as_code().cloned()));
        }
        let again = crate::Pyc::parse(&pyc.to_bytes());
        match again {
            Ok(again) => {
                assert_eq!(again.header, pyc.header);
                assert!(
                    again.code == pyc.code,
                    ".pyc round trip changed the code object"
                );
            }
            Err(e) => panic!("our own .pyc output does not load: {e}"),
        }
    }
}
