//! Marshal data written by CPython 3.11 in every format version must load to the same value
//! (compared through `repr`), and what CPython rejects we reject too. The cases come from
//! `python3 scripts/gen_marshal_cases.py`.

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn mask_addresses(text: &str) -> String {
    match text.find(" at 0x") {
        Some(i) => {
            let rest = text[i + 6..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
            format!("{} at 0x...{}", &text[..i], mask_addresses(rest))
        }
        None => text.to_owned(),
    }
}

#[test]
fn cpython_output_loads_to_equal_values() {
    let cases = include_str!("data/marshal_cases.txt");
    let (mut ok, mut rejected, mut headers) = (0, 0, 0);
    for line in cases.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.splitn(3, '\t');
        let (kind, data, expected) = (
            fields.next().unwrap(),
            hex(fields.next().unwrap()),
            fields.next().unwrap(),
        );
        match kind {
            "ok" => {
                let value =
                    marshal::loads(&data).unwrap_or_else(|e| panic!("{expected}: rejected: {e}"));
                assert_eq!(mask_addresses(&value.repr_string()), expected);
                // Our writer's output loads back to the same value.
                let again = marshal::loads(&marshal::dumps(&value)).unwrap();
                assert_eq!(again, value, "{expected}: changed by a round trip");
                ok += 1;
            }
            "err" => {
                let result = marshal::loads(&data);
                assert!(
                    result.is_err(),
                    "accepted what CPython rejects ({expected}): {result:?}"
                );
                assert!(!result.unwrap_err().to_string().is_empty());
                rejected += 1;
            }
            "pyc" => {
                let pyc = marshal::Pyc::parse(&data).unwrap();
                let described = match pyc.header.invalidation {
                    marshal::Invalidation::Timestamp { mtime, source_size } => {
                        format!("timestamp {mtime} size {source_size}")
                    }
                    marshal::Invalidation::Hash {
                        source_hash,
                        check_source,
                    } => format!(
                        "hash {} {}",
                        source_hash
                            .iter()
                            .map(|b| format!("{b:02x}"))
                            .collect::<String>(),
                        if check_source { "checked" } else { "unchecked" }
                    ),
                };
                assert_eq!(described, expected);
                let rewritten = pyc.to_bytes();
                assert_eq!(rewritten[..16], data[..16], "{expected}: header not kept");
                headers += 1;
            }
            other => panic!("bad case kind {other}"),
        }
    }
    assert!(
        ok > 300 && rejected > 10 && headers == 3,
        "{ok} ok, {rejected} rejected, {headers} headers"
    );
}

#[test]
fn replays_crafted_hostile_inputs_without_panicking() {
    // Nesting beyond CPython's limit, a self-referencing tuple, references to nothing, and a
    // huge declared long.
    let mut deep = vec![b'['; 0];
    for _ in 0..100_000 {
        deep.extend_from_slice(b"\xa9\x01");
    }
    let self_ref = b"\xa8\x01\x00\x00\x00r\x00\x00\x00\x00".to_vec();
    let huge_long = b"l\xff\xff\xff\x7f\x01\x00".to_vec();
    for input in [deep, self_ref, huge_long] {
        assert!(marshal::loads(&input).is_err());
        marshal::fuzz_check::check_input(&input);
    }
}

#[test]
fn deepest_accepted_nesting_is_handled_on_a_small_stack() {
    // 1,999 nested one-element tuples: the most CPython accepts. Reading, repr, comparison,
    // writing and dropping must all cope on a test thread's stack in a debug build.
    let mut data = Vec::new();
    for _ in 0..1999 {
        data.extend_from_slice(b")\x01");
    }
    data.push(b'N');
    let value = marshal::loads(&data).expect("CPython accepts this depth");
    marshal::fuzz_check::check_input(&data);
    assert!(value.repr_string().starts_with("(((("));
    let mut too_deep = b")\x01".to_vec();
    too_deep.extend_from_slice(&data);
    assert!(marshal::loads(&too_deep).is_err());
}
