//! Checks every case CPython 3.11 produced in `tests/data/` (see
//! `scripts/gen_format_cases.py` for the line format), reporting all mismatches of a file at
//! once.

use std::fmt::Write as _;

use dashu_int::IBig;
use pyformat::percent::{
    percent_char_from_int, percent_char_type_error, percent_float_type_error,
    percent_int_type_error, star_wants_int,
};
use pyformat::{
    float_fromhex, float_hex, float_repr, float_to_int, format_complex, format_float, format_int,
    format_str, int_to_float, int_to_string, parse_float_or_error, parse_format_spec, parse_int,
    percent_format, round_float, round_float_to_int, round_int, FormatError, PercentArgs,
    PercentHost, PercentValue,
};

/// Reverses `esc` of the generator.
fn unesc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('s') => out.push(' '),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("bad \\u escape");
                out.push(char::from_u32(cp).expect("bad code point"));
            }
            other => panic!("bad escape {other:?} in {text:?}"),
        }
    }
    out
}

fn bits(text: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(text, 16).expect("bad float bits"))
}

/// Python's `hex(n)`.
fn hex_int(text: &str) -> IBig {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits = rest.strip_prefix("0x").expect("not hex");
    let magnitude = IBig::from_str_radix(digits, 16).expect("bad hex int");
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn to_hex(n: &IBig) -> String {
    if *n < IBig::ZERO {
        format!("-0x{:x}", -n)
    } else {
        format!("0x{n:x}")
    }
}

/// The expected outcome columns: `ok VALUE` or `err KIND MESSAGE`.
fn expected(fields: &[&str]) -> Result<String, (String, String)> {
    match fields {
        ["ok", value] => Ok(unesc(value)),
        ["ok"] => Ok(String::new()),
        ["err", kind, message] => Err((kind.to_string(), unesc(message))),
        ["err", kind] => Err((kind.to_string(), String::new())),
        _ => panic!("bad expectation {fields:?}"),
    }
}

fn actual<T>(
    result: Result<T, FormatError>,
    show: impl Fn(T) -> String,
) -> Result<String, (String, String)> {
    result
        .map(show)
        .map_err(|e| (e.kind.name().to_string(), e.message))
}

/// Runs `check` on every case line of `name` (input fields, then expectation fields) and
/// fails with all mismatches.
fn run_file(
    name: &str,
    inputs: usize,
    check: impl Fn(&[&str]) -> Result<String, (String, String)>,
) {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut cases = 0;
    let mut failures = Vec::new();
    for (number, line) in text.lines().enumerate() {
        // Spaces in fields are escaped, so only comments start with "# ".
        if line.starts_with("# ") || line.is_empty() {
            continue;
        }
        cases += 1;
        let fields: Vec<&str> = line.split('\t').collect();
        let want = expected(&fields[inputs..]);
        let got = check(&fields[..inputs]);
        if got != want {
            let mut shown = line.to_string();
            if shown.len() > 300 {
                let mut cut = 300;
                while !shown.is_char_boundary(cut) {
                    cut -= 1;
                }
                shown.truncate(cut);
                shown.push('…');
            }
            failures.push(format!(
                "{name}:{}: {shown}\n    got:  {}",
                number + 1,
                short(&format!("{got:?}"))
            ));
        }
    }
    assert!(cases > 0, "{name} has no cases");
    if !failures.is_empty() {
        let mut report = format!(
            "{} of {cases} cases in {name} differ from CPython:\n",
            failures.len()
        );
        for failure in failures.iter().take(60) {
            let _ = writeln!(report, "{failure}");
        }
        panic!("{report}");
    }
}

fn short(text: &str) -> String {
    if text.chars().count() > 300 {
        let cut: String = text.chars().take(300).collect();
        format!("{cut}…")
    } else {
        text.to_string()
    }
}

#[test]
fn format_float_cases() {
    run_file("format_float.txt", 3, |f| {
        let spec = unesc(f[1]);
        actual(
            parse_format_spec(&spec, f[2]).and_then(|s| format_float(bits(f[0]), &s, f[2])),
            |s| s,
        )
    });
}

#[test]
fn format_int_cases() {
    run_file("format_int.txt", 3, |f| {
        let spec = unesc(f[1]);
        actual(
            parse_format_spec(&spec, f[2]).and_then(|s| format_int(&hex_int(f[0]), &s, f[2], 4300)),
            |s| s,
        )
    });
}

#[test]
fn format_complex_cases() {
    run_file("format_complex.txt", 4, |f| {
        let spec = unesc(f[2]);
        actual(
            parse_format_spec(&spec, f[3])
                .and_then(|s| format_complex(bits(f[0]), bits(f[1]), &s, f[3])),
            |s| s,
        )
    });
}

#[test]
fn format_str_cases() {
    run_file("format_str.txt", 3, |f| {
        let spec = unesc(f[1]);
        actual(
            parse_format_spec(&spec, f[2]).and_then(|s| format_str(&unesc(f[0]), &s, f[2])),
            |s| s,
        )
    });
}

#[test]
fn parse_int_cases() {
    run_file("parse_int.txt", 3, |f| {
        let base: i64 = f[1].parse().expect("base");
        let limit: usize = f[2].parse().expect("limit");
        actual(parse_int(&unesc(f[0]), base, limit), |n| to_hex(&n))
    });
}

#[test]
fn parse_float_cases() {
    run_file("parse_float.txt", 1, |f| {
        actual(parse_float_or_error(&unesc(f[0])), |x| {
            format!("{:016x}", x.to_bits())
        })
    });
}

#[test]
fn int_str_cases() {
    run_file("int_str.txt", 2, |f| {
        let limit: usize = f[1].parse().expect("limit");
        actual(int_to_string(&hex_int(f[0]), 10, limit), |s| s)
    });
}

#[test]
fn float_operation_cases() {
    let show_bits = |x: f64| format!("{:016x}", x.to_bits());
    run_file("floats.txt", 3, |f| match f[0] {
        "repr" => Ok(float_repr(bits(f[1]))),
        "hex" => Ok(float_hex(bits(f[1]))),
        "round0" => actual(round_float_to_int(bits(f[1])), |n| to_hex(&n)),
        "int" => actual(float_to_int(bits(f[1])), |n| to_hex(&n)),
        "round" => actual(
            round_float(bits(f[1]), f[2].parse().expect("ndigits")),
            show_bits,
        ),
        "fromhex" => actual(float_fromhex(&unesc(f[1])), show_bits),
        "tofloat" => actual(int_to_float(&hex_int(f[1])), show_bits),
        "roundint" => Ok(to_hex(&round_int(
            &hex_int(f[1]),
            f[2].parse().expect("ndigits"),
        ))),
        other => panic!("unknown operation {other}"),
    });
}

/// A few Python values, enough to drive `%` the way the VM will.
#[derive(Clone, Debug)]
enum Value {
    Int(IBig),
    Bool(bool),
    Float(f64),
    Str(String),
    None,
    Dict(Vec<(String, Value)>),
}

impl Value {
    fn decode(token: &str) -> Value {
        let (tag, rest) = token.split_at(1);
        match tag {
            "i" => Value::Int(hex_int(rest)),
            "b" => Value::Bool(rest == "1"),
            "f" => Value::Float(bits(rest)),
            "s" => Value::Str(unesc(rest)),
            "n" => Value::None,
            _ => panic!("bad value {token}"),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Bool(_) => "bool",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::None => "NoneType",
            Value::Dict(_) => "dict",
        }
    }

    fn repr(&self) -> Result<String, FormatError> {
        Ok(match self {
            Value::Str(s) => {
                let mut out = String::new();
                bytecode::pyrepr::repr_str(&bytecode::PyStr::new(s), &mut out);
                out
            }
            Value::Dict(items) => {
                let mut parts = Vec::new();
                for (k, v) in items {
                    parts.push(format!("{}: {}", Value::Str(k.clone()).repr()?, v.repr()?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            other => other.str()?,
        })
    }

    fn str(&self) -> Result<String, FormatError> {
        Ok(match self {
            Value::Int(n) => int_to_string(n, 10, 4300)?,
            Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Value::Float(x) => float_repr(*x),
            Value::Str(s) => s.clone(),
            Value::None => "None".to_string(),
            Value::Dict(_) => self.repr()?,
        })
    }

    fn int(&self) -> Option<IBig> {
        match self {
            Value::Int(n) => Some(n.clone()),
            Value::Bool(b) => Some(IBig::from(u8::from(*b))),
            _ => None,
        }
    }
}

/// Python's `ascii()` applied to a repr.
fn ascii(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let cp = u32::from(c);
        match cp {
            0..=0x7F => out.push(c),
            0x80..=0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out
}

#[derive(Debug)]
enum HostError {
    Format(FormatError),
    Key(String),
}

impl From<FormatError> for HostError {
    fn from(e: FormatError) -> HostError {
        HostError::Format(e)
    }
}

struct Host;

impl PercentHost for Host {
    type Value = Value;
    type Error = HostError;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, HostError> {
        let Value::Dict(items) = mapping else {
            panic!("not a mapping");
        };
        items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| HostError::Key(Value::Str(key.to_string()).repr().unwrap_or_default()))
    }

    fn star_int(&mut self, value: &Value) -> Result<IBig, HostError> {
        value.int().ok_or_else(|| star_wants_int().into())
    }

    fn convert(&mut self, value: &Value, conversion: char) -> Result<PercentValue, HostError> {
        Ok(match conversion {
            's' => PercentValue::Str(value.str()?),
            'r' => PercentValue::Str(value.repr()?),
            'a' => PercentValue::Str(ascii(&value.repr()?)),
            'c' => match value {
                Value::Str(s) if s.chars().count() == 1 => {
                    PercentValue::Char(s.chars().next().unwrap_or('?'))
                }
                Value::Int(_) | Value::Bool(_) => {
                    PercentValue::Char(percent_char_from_int(&value.int().unwrap_or_default())?)
                }
                _ => return Err(percent_char_type_error().into()),
            },
            'd' | 'i' | 'u' => match value {
                Value::Float(x) => PercentValue::Int(float_to_int(*x)?),
                _ => PercentValue::Int(
                    value
                        .int()
                        .ok_or_else(|| percent_int_type_error(conversion, value.type_name()))?,
                ),
            },
            'o' | 'x' | 'X' => PercentValue::Int(
                value
                    .int()
                    .ok_or_else(|| percent_int_type_error(conversion, value.type_name()))?,
            ),
            _ => match value {
                Value::Float(x) => PercentValue::Float(*x),
                Value::Int(_) | Value::Bool(_) => {
                    PercentValue::Float(int_to_float(&value.int().unwrap_or_default())?)
                }
                _ => return Err(percent_float_type_error(value.type_name()).into()),
            },
        })
    }
}

fn decode_args(text: &str) -> PercentArgs<Value> {
    let mut tokens = text.split(' ');
    let kind = tokens.next().unwrap_or("");
    match kind {
        "T" => PercentArgs::Tuple(tokens.map(Value::decode).collect()),
        "S" => PercentArgs::Single(Value::decode(tokens.next().unwrap_or("n"))),
        "M" => PercentArgs::Mapping(Value::Dict(
            tokens
                .map(|entry| {
                    let (k, v) = entry.split_once('=').expect("key=value");
                    (unesc(k), Value::decode(v))
                })
                .collect(),
        )),
        _ => panic!("bad args {text}"),
    }
}

#[test]
fn percent_cases() {
    run_file("percent.txt", 2, |f| {
        match percent_format(&mut Host, &unesc(f[0]), decode_args(f[1]), 4300) {
            Ok(s) => Ok(s),
            Err(HostError::Format(e)) => Err((e.kind.name().to_string(), e.message)),
            Err(HostError::Key(k)) => Err(("KeyError".to_string(), k)),
        }
    });
}
